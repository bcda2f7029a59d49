//! Fair mode on screen: the attract loop (a big photo edge to edge, name, price, halal mark,
//! producer), a product page with every photo and a large QR code to order on WhatsApp, category
//! and producer tiles, the ID | EN toggle, the visitor sign-up and the way out. Sized from the
//! screen's height so it reads from two metres at 1366x768 and 1920x1080 alike. No editing
//! control is drawn here.

mod loop_view;
mod pin;
mod product;
mod sign_up;
mod tiles;
mod top_bar;

use super::theme;
use crate::app::showcase::View;
use crate::app::thumbs::{Size, Thumbs};
use crate::app::{Command, EtalaseApp};
use crate::domain::{Product, ProductId};
use egui::{Color32, Rect, RichText, Ui, vec2};

/// The long edge photos are decoded at for the big screen.
pub const SCREEN_EDGE: u32 = 1280;
/// The showcase's background: warm paper, readable in a bright hall.
const PAPER: Color32 = Color32::from_rgb(0xfb, 0xfa, 0xf6);

pub fn showcase_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    let now = app.clock;
    let Some(mut s) = app.showcase.take() else {
        return;
    };
    let touched = ui.input(|i| i.pointer.any_pressed() || i.events.iter().any(is_key_event));
    if touched {
        s.touched(now);
    }
    // A visitor's language lasts until the booth has been left alone for the idle time.
    let idle = f64::from(app.prefs.showcase.idle_secs.max(5));
    if app.prefs.lang != s.home_lang && now - s.last_touch >= idle {
        out.push(Command::ShowcaseLang(s.home_lang));
    }
    let wait = s.tick(now, &app.prefs.showcase);
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_secs_f64(wait.max(0.016)));
    // Sizes follow the screen's height: 1.0 at 768 points, 1.4 at 1080.
    let k = (ui.ctx().content_rect().height() / 768.0).clamp(0.8, 2.0);
    egui::CentralPanel::default()
        .frame(egui::Frame::new().fill(PAPER).inner_margin(16.0 * k))
        .show(ui, |ui| {
            ui.visuals_mut().override_text_color = Some(theme::INK);
            top_bar::top_bar(ui, app, &mut s, k, out);
            ui.add_space(8.0 * k);
            match s.view.clone() {
                View::Loop => loop_view::loop_view(ui, app, &mut s, k, out),
                View::Product { id, photo } => product::product_view(ui, app, &mut s, id, photo, k),
                View::SignUp => sign_up::sign_up_view(ui, app, &mut s, k, out),
                View::Thanks => sign_up::thanks_view(ui, &app.tr, k),
            }
        });
    pin::exit_prompt(ui, app, &mut s, k, out);
    app.showcase = Some(s);
}

fn is_key_event(e: &egui::Event) -> bool {
    matches!(
        e,
        egui::Event::Key { pressed: true, .. } | egui::Event::Text(_) | egui::Event::Touch { .. }
    )
}

/// A large touch target; `primary` ones are green.
pub(super) fn big_button(ui: &mut Ui, text: &str, k: f32, primary: bool) -> egui::Response {
    let text = RichText::new(text).size(20.0 * k).family(theme::bold());
    let button = if primary {
        egui::Button::new(text.color(Color32::WHITE)).fill(theme::GREEN)
    } else {
        egui::Button::new(text.color(theme::GREEN)).fill(Color32::WHITE)
    };
    ui.add(button.min_size(vec2(56.0 * k, 52.0 * k)))
}

pub(super) fn product(app: &EtalaseApp, id: ProductId) -> Option<&Product> {
    app.catalogue.products.iter().find(|p| p.id == id)
}

/// Draws the product's photo number `index` to cover `rect` (cropped around its focus point,
/// never stretched): the screen-size copy once decoded, the thumbnail meanwhile.
pub(super) fn photo(ui: &Ui, thumbs: &mut Thumbs, p: &Product, index: usize, rect: Rect) {
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, Color32::from_rgb(0xef, 0xed, 0xe6));
    let Some(&id) = p.photos.get(index) else {
        return;
    };
    let ctx = ui.ctx().clone();
    let texture = match thumbs.get(&ctx, id, Size::Screen(SCREEN_EDGE)) {
        Some(t) => Some(t.clone()),
        None => thumbs.get(&ctx, id, Size::Thumb).cloned(),
    };
    if let Some(texture) = texture {
        let [w, h] = texture.size();
        let [x0, y0, x1, y1] =
            crate::ui::products::fill_uv(vec2(w as f32, h as f32), rect.size(), p.focus_of(id));
        let uv = Rect::from_min_max(egui::pos2(x0, y0), egui::pos2(x1, y1));
        painter.image(texture.id(), rect, uv, Color32::WHITE);
    }
}
