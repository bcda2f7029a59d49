//! Fair mode on screen: the attract loop (a big photo edge to edge, name, price, halal mark,
//! producer), a product page with every photo and a large QR code to order on WhatsApp, category
//! and producer tiles, the ID | EN toggle, the visitor sign-up and the way out. Sized from the
//! screen's height so it reads from two metres at 1366x768 and 1920x1080 alike. No editing
//! control is drawn here.

use super::theme;
use super::widgets::halal_badge;
use crate::app::showcase::{ExitPrompt, FADE_SECS, LONG_PRESS_SECS, Showcase, View};
use crate::app::thumbs::{Size, Thumbs};
use crate::app::{Command, EtalaseApp};
use crate::domain::lead::LeadProblem;
use crate::domain::{Lang, Product, ProductId};
use crate::i18n::Translator;
use egui::{Align, Color32, FontId, Key, Layout, Modifiers, Rect, RichText, Sense, Ui, vec2};

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
            top_bar(ui, app, &mut s, k, out);
            ui.add_space(8.0 * k);
            match s.view.clone() {
                View::Loop => loop_view(ui, app, &mut s, k, out),
                View::Product { id, photo } => product_view(ui, app, &mut s, id, photo, k),
                View::SignUp => sign_up_view(ui, app, &mut s, k, out),
                View::Thanks => thanks_view(ui, &app.tr, k),
            }
        });
    exit_prompt(ui, app, &mut s, k, out);
    app.showcase = Some(s);
}

fn is_key_event(e: &egui::Event) -> bool {
    matches!(
        e,
        egui::Event::Key { pressed: true, .. } | egui::Event::Text(_) | egui::Event::Touch { .. }
    )
}

/// The publisher's name (a long press there opens the way out), the sign-up button and the
/// language toggle.
fn top_bar(ui: &mut Ui, app: &EtalaseApp, s: &mut Showcase, k: f32, out: &mut Vec<Command>) {
    let tr = &app.tr;
    let now = app.clock;
    ui.horizontal(|ui| {
        let name = if app.catalogue.settings.publisher_name.is_empty() {
            tr.t("app-title")
        } else {
            app.catalogue.settings.publisher_name.clone()
        };
        let corner = ui.add(
            egui::Label::new(
                RichText::new(name)
                    .size(24.0 * k)
                    .family(theme::bold())
                    .color(theme::GREEN),
            )
            .sense(Sense::click_and_drag()),
        );
        if corner.is_pointer_button_down_on() {
            let since = *s.press_since.get_or_insert(now);
            if now - since >= LONG_PRESS_SECS && s.exit.is_none() {
                s.exit = Some(ExitPrompt::default());
                s.press_since = None;
            } else {
                ui.ctx().request_repaint();
            }
        } else {
            s.press_since = None;
        }
        // Escape, like the long press and closing the window, only leads to the PIN prompt.
        if s.exit.is_none() && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
            s.exit = Some(ExitPrompt::default());
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            for lang in [Lang::En, Lang::Id] {
                let on = app.prefs.lang == lang;
                let text = RichText::new(lang.code().to_uppercase())
                    .size(22.0 * k)
                    .family(theme::bold())
                    .color(if on { Color32::WHITE } else { theme::GREEN });
                let button = egui::Button::new(text)
                    .fill(if on { theme::GREEN } else { Color32::WHITE })
                    .min_size(vec2(64.0 * k, 48.0 * k));
                let words = tr.t(if lang == Lang::Id {
                    "showcase-lang-id"
                } else {
                    "showcase-lang-en"
                });
                let response = ui.add(button).on_hover_text(&words);
                response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &words));
                if response.clicked() && !on {
                    out.push(Command::ShowcaseLang(lang));
                }
            }
            if app.prefs.showcase.signup && matches!(s.view, View::Loop | View::Product { .. }) {
                ui.add_space(16.0 * k);
                let product = match s.view {
                    View::Product { id, .. } => Some(id),
                    _ => None,
                };
                if big_button(ui, &tr.t("showcase-sign-up"), k, true).clicked() {
                    s.open_sign_up(product, now);
                }
            }
        });
    });
}

/// A large touch target; `primary` ones are green.
fn big_button(ui: &mut Ui, text: &str, k: f32, primary: bool) -> egui::Response {
    let text = RichText::new(text).size(20.0 * k).family(theme::bold());
    let button = if primary {
        egui::Button::new(text.color(Color32::WHITE)).fill(theme::GREEN)
    } else {
        egui::Button::new(text.color(theme::GREEN)).fill(Color32::WHITE)
    };
    ui.add(button.min_size(vec2(56.0 * k, 52.0 * k)))
}

fn product(app: &EtalaseApp, id: ProductId) -> Option<&Product> {
    app.catalogue.products.iter().find(|p| p.id == id)
}

/// Draws a photo to cover `rect` (cropped, never stretched): the screen-size copy once decoded,
/// the thumbnail meanwhile.
fn photo(ui: &Ui, thumbs: &mut Thumbs, id: Option<crate::domain::PhotoId>, rect: Rect) {
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, Color32::from_rgb(0xef, 0xed, 0xe6));
    let Some(id) = id else {
        return;
    };
    let ctx = ui.ctx().clone();
    let texture = match thumbs.get(&ctx, id, Size::Screen(SCREEN_EDGE)) {
        Some(t) => Some(t.clone()),
        None => thumbs.get(&ctx, id, Size::Thumb).cloned(),
    };
    if let Some(texture) = texture {
        let [w, h] = texture.size();
        let (tw, th) = (w as f32, h as f32);
        // Cover: scale to fill, crop the overflow evenly.
        let scale = (rect.width() / tw).max(rect.height() / th);
        let (u, v) = (
            (rect.width() / (tw * scale)).min(1.0),
            (rect.height() / (th * scale)).min(1.0),
        );
        let uv = Rect::from_center_size(egui::pos2(0.5, 0.5), vec2(u, v));
        painter.image(texture.id(), rect, uv, Color32::WHITE);
    }
}

fn loop_view(ui: &mut Ui, app: &mut EtalaseApp, s: &mut Showcase, k: f32, out: &mut Vec<Command>) {
    let tr = &app.tr;
    let now = app.clock;
    let tiles_h = tiles_height(app, k);
    let area = ui.available_rect_before_wrap();
    let slide = Rect::from_min_max(area.min, egui::pos2(area.max.x, area.max.y - tiles_h));
    match s.current().and_then(|id| product(app, id)).cloned() {
        None => {
            ui.scope_builder(egui::UiBuilder::new().max_rect(slide), |ui| {
                ui.centered_and_justified(|ui| {
                    ui.label(RichText::new(tr.t("showcase-empty")).size(28.0 * k));
                });
            });
        }
        Some(p) => {
            let fade = ((now - s.slide_since) / FADE_SECS).clamp(0.0, 1.0) as f32;
            // Load the next product's photo ahead, so the change is not to an empty frame.
            if let Some(next) = s
                .next()
                .and_then(|id| product(app, id))
                .and_then(|p| p.photos.first().copied())
            {
                let ctx = ui.ctx().clone();
                let _ = app.thumbs.get(&ctx, next, Size::Screen(SCREEN_EDGE));
            }
            let response = ui.interact(slide, ui.scope_id().with("slide"), Sense::click());
            let name = p.name.shown(app.prefs.lang).to_string();
            response.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    tr.t_args("showcase-open", &[("name", name.as_str().into())]),
                )
            });
            let mut child = ui.new_child(egui::UiBuilder::new().max_rect(slide));
            child.multiply_opacity(fade);
            let photo_rect =
                Rect::from_min_size(slide.min, vec2(slide.width() * 0.55, slide.height()));
            photo(
                &child,
                &mut app.thumbs,
                p.photos.first().copied(),
                photo_rect,
            );
            let text_rect = Rect::from_min_max(
                egui::pos2(photo_rect.max.x + 32.0 * k, slide.min.y + 16.0 * k),
                slide.max,
            );
            child.scope_builder(egui::UiBuilder::new().max_rect(text_rect), |ui| {
                product_facts(ui, app, &p, k, true);
                ui.add_space(24.0 * k);
                ui.label(
                    RichText::new(tr.t("showcase-touch-hint"))
                        .size(18.0 * k)
                        .color(theme::GREEN),
                );
                ui.label(
                    RichText::new(format!("{} / {}", s.place + 1, s.order.len()))
                        .size(15.0 * k)
                        .weak(),
                );
            });
            if response.clicked() {
                s.open(p.id, now);
            }
        }
    }
    ui.scope_builder(
        egui::UiBuilder::new().max_rect(Rect::from_min_max(
            egui::pos2(area.min.x, area.max.y - tiles_h + 8.0 * k),
            area.max,
        )),
        |ui| tiles(ui, app, s, k, out),
    );
}

/// Name, price, net content, halal mark and producer, large.
fn product_facts(ui: &mut Ui, app: &EtalaseApp, p: &Product, k: f32, short: bool) {
    let tr = &app.tr;
    let lang = app.prefs.lang;
    if let Some(c) = app.catalogue.category(p.category) {
        ui.label(
            RichText::new(c.name.shown(lang).to_uppercase())
                .size(16.0 * k)
                .color(theme::GREEN),
        );
    }
    ui.label(
        RichText::new(p.name.shown(lang))
            .size(40.0 * k)
            .family(theme::bold()),
    );
    ui.add_space(8.0 * k);
    ui.horizontal_wrapped(|ui| {
        let price = match p.price {
            Some(price) => tr.rupiah(price),
            None => tr.t("pdf-price-on-request"),
        };
        ui.label(
            RichText::new(price)
                .size(34.0 * k)
                .family(theme::bold())
                .color(theme::GREEN),
        );
        if !p.net_content.is_empty() {
            ui.label(RichText::new(&p.net_content).size(22.0 * k).weak());
        }
    });
    ui.add_space(10.0 * k);
    // Visitors see the mark where it holds, and no word of certification where it does not.
    let label = p
        .halal
        .label(app.today(), crate::domain::halal::Surface::Public);
    if let crate::domain::halal::HalalLabel::Mark(number) = label {
        halal_badge(ui, &tr.t("app-halal-mark"), number, 36.0 * k);
    } else if let Some(words) = crate::i18n::words::halal_label(tr, label) {
        ui.label(RichText::new(words).size(18.0 * k).weak());
    }
    ui.add_space(10.0 * k);
    if let Some(producer) = app.catalogue.producer(p.producer) {
        let place = if producer.city.is_empty() {
            producer.pesantren.clone()
        } else {
            format!("{} · {}", producer.pesantren, producer.city)
        };
        ui.label(RichText::new(place).size(18.0 * k));
    }
    if !short {
        ui.add_space(12.0 * k);
        ui.label(RichText::new(p.description.shown(lang)).size(19.0 * k));
    }
}

/// Room the category and producer tiles take at the foot of the loop.
fn tiles_height(app: &EtalaseApp, k: f32) -> f32 {
    let rows = if app.catalogue.producers.len() > 1 {
        2.0
    } else {
        1.0
    };
    rows * 62.0 * k + 12.0 * k
}

/// Category tiles, then (for a shared booth) producer tiles.
fn tiles(ui: &mut Ui, app: &EtalaseApp, s: &Showcase, k: f32, out: &mut Vec<Command>) {
    let tr = &app.tr;
    let lang = app.prefs.lang;
    let mut used: Vec<&crate::domain::Category> = app
        .catalogue
        .categories
        .iter()
        .filter(|c| {
            app.catalogue
                .products
                .iter()
                .any(|p| p.category == c.id && !p.hidden)
        })
        .collect();
    used.sort_by_key(|c| c.sort_order);
    let tile = |ui: &mut Ui, text: &str, on: bool| -> bool {
        let rich = RichText::new(text).size(18.0 * k).family(theme::bold());
        let button = egui::Button::new(rich.color(if on { Color32::WHITE } else { theme::INK }))
            .fill(if on { theme::GREEN } else { Color32::WHITE })
            .min_size(vec2(0.0, 52.0 * k));
        ui.add(button).clicked()
    };
    tile_row(ui, "category-tiles", k, |ui| {
        if tile(ui, &tr.t("showcase-all-categories"), s.category.is_none()) {
            out.push(Command::ShowcaseFilter(None, s.producer));
        }
        for c in used {
            if tile(ui, c.name.shown(lang), s.category == Some(c.id)) {
                out.push(Command::ShowcaseFilter(Some(c.id), s.producer));
            }
        }
    });
    if app.catalogue.producers.len() > 1 {
        ui.add_space(6.0 * k);
        tile_row(ui, "producer-tiles", k, |ui| {
            if tile(ui, &tr.t("showcase-all-producers"), s.producer.is_none()) {
                out.push(Command::ShowcaseFilter(s.category, None));
            }
            for p in app.sorted_producers() {
                if tile(ui, &p.pesantren, s.producer == Some(p.id)) {
                    out.push(Command::ShowcaseFilter(s.category, Some(p.id)));
                }
            }
        });
    }
}

/// What a row of tiles measured in the last frame, to know whether it overflows and where it is.
#[derive(Clone, Copy, Default)]
struct RowScroll {
    offset: f32,
    content: f32,
    view: f32,
    /// Where an arrow asked the row to go (applied in the next frame).
    target: Option<f32>,
}

/// One row of tiles. When it does not fit, arrows at both ends show that more is there (the one
/// towards the hidden tiles is lit) and move the row by most of its width; a finger can drag it too.
fn tile_row(ui: &mut Ui, salt: &str, k: f32, add: impl FnOnce(&mut Ui)) {
    let id = ui.scope_id().with(salt).with("row");
    let last: RowScroll = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    let full = ui.available_width();
    let overflows = last.content > full + 0.5;
    let arrow_w = 48.0 * k;
    let step = (last.view * 0.8).max(1.0);
    let max = (last.content - last.view).max(0.0);
    let mut target = last.target;
    let arrow = |ui: &mut Ui, text: &str, enabled: bool| -> bool {
        let rich = RichText::new(text).size(30.0 * k).family(theme::bold());
        let button = egui::Button::new(rich.color(if enabled {
            Color32::WHITE
        } else {
            theme::INK.gamma_multiply(0.25)
        }))
        .fill(if enabled {
            theme::GREEN
        } else {
            Color32::TRANSPARENT
        })
        .min_size(vec2(arrow_w, 52.0 * k));
        ui.add_enabled(enabled, button).clicked()
    };
    ui.horizontal_top(|ui| {
        if overflows && arrow(ui, "‹", last.offset > 0.5) {
            target = Some((last.offset - step).max(0.0));
        }
        let width = if overflows {
            full - 2.0 * (arrow_w + ui.spacing().item_spacing.x)
        } else {
            full
        };
        let mut area = egui::ScrollArea::horizontal()
            .id_salt(salt)
            .max_width(width)
            .auto_shrink([!overflows, true]);
        if let Some(x) = last.target {
            area = area.horizontal_scroll_offset(x);
            target = None;
        }
        let shown = area.show(ui, |ui| ui.horizontal(add));
        if overflows && arrow(ui, "›", shown.state.clamped_offset().x < max - 0.5) {
            target = Some((shown.state.clamped_offset().x + step).min(max));
        }
        let now = RowScroll {
            offset: shown.state.clamped_offset().x,
            content: shown.content_size.x,
            view: shown.inner_rect.width(),
            target,
        };
        if target.is_some() || (now.content - last.content).abs() > 0.5 {
            ui.ctx().request_repaint();
        }
        ui.data_mut(|d| d.insert_temp(id, now));
    });
}

fn product_view(
    ui: &mut Ui,
    app: &mut EtalaseApp,
    s: &mut Showcase,
    id: ProductId,
    shown: usize,
    k: f32,
) {
    let tr = &app.tr;
    let now = app.clock;
    let Some(p) = product(app, id).cloned() else {
        s.back_to_loop(now);
        return;
    };
    let area = ui.available_rect_before_wrap();
    let thumbs_h = if p.photos.len() > 1 { 96.0 * k } else { 0.0 };
    let photo_rect = Rect::from_min_size(
        area.min,
        vec2(area.width() * 0.5, area.height() - thumbs_h - 64.0 * k),
    );
    photo(
        ui,
        &mut app.thumbs,
        p.photos.get(shown).copied(),
        photo_rect,
    );
    // Every photo as a tile to pick.
    if p.photos.len() > 1 {
        let mut x = photo_rect.min.x;
        let y = photo_rect.max.y + 8.0 * k;
        for (i, id) in p.photos.iter().enumerate() {
            let r = Rect::from_min_size(egui::pos2(x, y), vec2(88.0 * k, 80.0 * k));
            photo(ui, &mut app.thumbs, Some(*id), r);
            let response = ui.interact(r, ui.scope_id().with(("photo", i)), Sense::click());
            let words = tr.t_args("showcase-photo", &[("number", (i + 1).into())]);
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &words));
            if i == shown {
                ui.painter().rect_stroke(
                    r,
                    0.0,
                    egui::Stroke::new(3.0 * k, theme::GREEN),
                    egui::StrokeKind::Inside,
                );
            }
            if response.clicked() {
                s.view = View::Product { id: p.id, photo: i };
            }
            x += 96.0 * k;
        }
    }
    let back_rect = Rect::from_min_max(
        egui::pos2(area.min.x, area.max.y - 56.0 * k),
        egui::pos2(photo_rect.max.x, area.max.y),
    );
    ui.scope_builder(egui::UiBuilder::new().max_rect(back_rect), |ui| {
        if big_button(ui, &tr.t("showcase-back"), k, false).clicked() {
            s.back_to_loop(now);
        }
    });
    let right = Rect::from_min_max(
        egui::pos2(photo_rect.max.x + 32.0 * k, area.min.y),
        area.max,
    );
    ui.scope_builder(egui::UiBuilder::new().max_rect(right), |ui| {
        let qr_side = (260.0 * k).min(right.height() * 0.45);
        egui::ScrollArea::vertical()
            .id_salt("product-text")
            .max_height(right.height() - qr_side - 24.0 * k)
            .show(ui, |ui| product_facts(ui, app, &p, k, false));
        ui.add_space(12.0 * k);
        let producer = app.catalogue.producer(p.producer);
        match crate::domain::order::order_link(
            &app.catalogue.settings,
            producer,
            &p,
            app.prefs.lang,
        ) {
            Some(link) => {
                ui.horizontal(|ui| {
                    qr(ui, &link, qr_side);
                    ui.add_space(16.0 * k);
                    ui.vertical(|ui| {
                        ui.add_space(qr_side * 0.3);
                        ui.label(
                            RichText::new(tr.t("showcase-scan"))
                                .size(24.0 * k)
                                .family(theme::bold())
                                .color(theme::GREEN),
                        );
                    });
                });
            }
            None => {
                ui.label(RichText::new(tr.t("showcase-no-order-link")).size(18.0 * k));
            }
        }
    });
}

/// A QR code drawn in modules, with its quiet zone.
fn qr(ui: &mut Ui, link: &str, side: f32) {
    let (rect, _) = ui.allocate_exact_size(vec2(side, side), Sense::hover());
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 4.0, Color32::WHITE);
    let Ok(code) = qrcode::QrCode::with_error_correction_level(link.as_bytes(), qrcode::EcLevel::M)
    else {
        return;
    };
    let n = code.width();
    // Whole pixels per module keep the edges crisp; the white around is the quiet zone.
    let ppp = ui.ctx().pixels_per_point();
    let cell = ((side * ppp / (n + 4) as f32).floor() / ppp).max(1.0 / ppp);
    let offset = (side - cell * n as f32) / 2.0;
    for (i, c) in code.to_colors().into_iter().enumerate() {
        if c == qrcode::Color::Dark {
            let min = rect.min
                + vec2(
                    offset + (i % n) as f32 * cell,
                    offset + (i / n) as f32 * cell,
                );
            painter.rect_filled(
                Rect::from_min_size(min, vec2(cell, cell)),
                0.0,
                Color32::BLACK,
            );
        }
    }
}

/// The visitor's sign-up: the form, and beside it (below it on a narrow screen) the on-screen
/// keyboard, which types into the field last tapped.
fn sign_up_view(ui: &mut Ui, app: &EtalaseApp, s: &mut Showcase, k: f32, out: &mut Vec<Command>) {
    let tr = &app.tr;
    let wide = ui.available_width() >= 1100.0 * k;
    let form_w = if wide {
        (600.0 * k).min(ui.available_width() * 0.48)
    } else {
        (720.0 * k).min(ui.available_width())
    };
    egui::ScrollArea::vertical()
        .id_salt("sign-up")
        .show(ui, |ui| {
            ui.label(
                RichText::new(tr.t("showcase-sign-up-title"))
                    .size(34.0 * k)
                    .family(theme::bold()),
            );
            ui.label(RichText::new(tr.t("showcase-sign-up-intro")).size(18.0 * k));
            ui.add_space(16.0 * k);
            if wide {
                ui.horizontal_top(|ui| {
                    let fields = ui
                        .vertical(|ui| {
                            ui.set_width(form_w);
                            sign_up_form(ui, app, s, k, form_w, out)
                        })
                        .inner;
                    ui.add_space(40.0 * k);
                    ui.vertical(|ui| on_screen_keys(ui, tr, s, fields, k));
                });
            } else {
                ui.set_max_width(form_w);
                let fields = sign_up_form(ui, app, s, k, form_w, out);
                ui.add_space(16.0 * k);
                on_screen_keys(ui, tr, s, fields, k);
            }
        });
}

/// The fields, the consent and the buttons; gives the ids of the name and WhatsApp fields.
fn sign_up_form(
    ui: &mut Ui,
    app: &EtalaseApp,
    s: &mut Showcase,
    k: f32,
    width: f32,
    out: &mut Vec<Command>,
) -> [egui::Id; 2] {
    use crate::app::showcase::SignUpField;
    let tr = &app.tr;
    let lang = app.prefs.lang;
    let font = FontId::proportional(24.0 * k);
    let field = |ui: &mut Ui, label: &str, text: &mut String, hint: &str| -> egui::Response {
        let l = ui.label(RichText::new(label).size(18.0 * k).strong());
        ui.add(
            egui::TextEdit::singleline(text)
                .id_salt(("sign_up", label))
                .font(font.clone())
                .hint_text(hint)
                .desired_width(width),
        )
        .labelled_by(l.id)
    };
    ui.with_layout(Layout::top_down(Align::Min), |ui| {
        let name = field(ui, &tr.t("showcase-field-name"), &mut s.form.name, "");
        if name.has_focus() {
            s.typing = SignUpField::Name;
        }
        // A fresh form is ready for a real keyboard as well as the keys on screen.
        if s.form.name.is_empty()
            && s.form.whatsapp.is_empty()
            && ui.memory(|m| m.focused().is_none())
        {
            name.request_focus();
        }
        problem(ui, tr, &s.form_problems, LeadProblem::NoName, k);
        ui.add_space(8.0 * k);
        let whatsapp = field(
            ui,
            &tr.t("showcase-field-whatsapp"),
            &mut s.form.whatsapp,
            "0812…",
        );
        if whatsapp.has_focus() {
            s.typing = SignUpField::Whatsapp;
        }
        problem(ui, tr, &s.form_problems, LeadProblem::BadNumber, k);
        ui.add_space(8.0 * k);
        let label = ui.label(
            RichText::new(tr.t("showcase-field-product"))
                .size(18.0 * k)
                .strong(),
        );
        let current = s
            .form
            .product
            .and_then(|id| product(app, id))
            .map(|p| p.name.shown(lang).to_string())
            .unwrap_or_else(|| tr.t("showcase-product-none"));
        egui::ComboBox::from_id_salt("sign-up-product")
            .selected_text(RichText::new(current).size(20.0 * k))
            .width(width)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(s.form.product.is_none(), tr.t("showcase-product-none"))
                    .clicked()
                {
                    s.form.product = None;
                }
                for id in &s.order {
                    if let Some(p) = product(app, *id)
                        && ui
                            .selectable_label(s.form.product == Some(p.id), p.name.shown(lang))
                            .clicked()
                    {
                        s.form.product = Some(p.id);
                    }
                }
            })
            .response
            .labelled_by(label.id);
        ui.add_space(12.0 * k);
        // A tick box a finger can hit.
        let spacing = ui.spacing_mut();
        spacing.icon_width = 30.0 * k;
        spacing.icon_width_inner = 18.0 * k;
        spacing.icon_spacing = 12.0 * k;
        ui.checkbox(
            &mut s.form.consent,
            RichText::new(app.consent_text()).size(17.0 * k),
        );
        problem(ui, tr, &s.form_problems, LeadProblem::NoConsent, k);
        if let Some(e) = &s.save_error {
            ui.label(RichText::new(e).size(18.0 * k).color(theme::RED));
        }
        ui.add_space(16.0 * k);
        ui.horizontal(|ui| {
            if big_button(ui, &tr.t("showcase-send"), k, true).clicked() {
                out.push(Command::SubmitSignUp);
            }
            if big_button(ui, &tr.t("showcase-cancel"), k, false).clicked() {
                s.back_to_loop(app.clock);
            }
        });
        [name.id, whatsapp.id]
    })
    .inner
}

/// The keyboard for the field being typed in; a tapped key puts the typing cursor back in that
/// field, at its end, so the field stays lit and a real keyboard goes on from there.
fn on_screen_keys(ui: &mut Ui, tr: &Translator, s: &mut Showcase, fields: [egui::Id; 2], k: f32) {
    use super::keyboard::{Keys, keyboard};
    use crate::app::showcase::SignUpField;
    let (label, text, keys, id) = match s.typing {
        SignUpField::Name => (
            "showcase-field-name",
            &mut s.form.name,
            Keys::Letters,
            fields[0],
        ),
        SignUpField::Whatsapp => (
            "showcase-field-whatsapp",
            &mut s.form.whatsapp,
            Keys::Digits,
            fields[1],
        ),
    };
    ui.label(
        RichText::new(tr.t_args("showcase-keyboard-into", &[("field", tr.t(label).into())]))
            .size(17.0 * k)
            .weak(),
    );
    ui.add_space(6.0 * k);
    let space = tr.t("showcase-key-space");
    if keyboard(ui, text, keys, &mut s.shift, &space, k) {
        let end = text.chars().count();
        let ctx = ui.ctx().clone();
        ctx.memory_mut(|m| m.request_focus(id));
        let mut state = egui::TextEdit::load_state(&ctx, id).unwrap_or_default();
        state
            .cursor
            .set_char_range(Some(egui::text_selection::CCursorRange::one(
                egui::text::CCursor::new(end),
            )));
        egui::TextEdit::store_state(&ctx, id, state);
    }
}

fn problem(ui: &mut Ui, tr: &Translator, problems: &[LeadProblem], which: LeadProblem, k: f32) {
    if problems.contains(&which) {
        let key = match which {
            LeadProblem::NoName => "showcase-problem-name",
            LeadProblem::BadNumber => "showcase-problem-whatsapp",
            LeadProblem::NoConsent => "showcase-problem-consent",
        };
        ui.label(RichText::new(tr.t(key)).size(17.0 * k).color(theme::RED));
    }
}

fn thanks_view(ui: &mut Ui, tr: &Translator, k: f32) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.3);
        ui.label(
            RichText::new(tr.t("showcase-thanks"))
                .size(44.0 * k)
                .family(theme::bold())
                .color(theme::GREEN),
        );
        ui.label(RichText::new(tr.t("showcase-thanks-body")).size(22.0 * k));
    });
}

/// The way out: the PIN, typed or on the pad; after too many wrong ones it waits a minute.
fn exit_prompt(ui: &mut Ui, app: &EtalaseApp, s: &mut Showcase, k: f32, out: &mut Vec<Command>) {
    let now = app.clock;
    let locked = (s.locked_until - now).ceil().max(0.0) as u32;
    let Some(prompt) = &mut s.exit else {
        return;
    };
    let tr = &app.tr;
    let mut close = false;
    egui::Modal::new(egui::Id::unique("way-out")).show(ui.ctx(), |ui| {
        ui.set_width(420.0 * k);
        ui.label(
            RichText::new(tr.t("showcase-exit-title"))
                .size(26.0 * k)
                .family(theme::bold()),
        );
        ui.add_space(8.0 * k);
        let label = ui.label(RichText::new(tr.t("showcase-exit-pin")).size(18.0 * k));
        let field = ui
            .add_enabled(
                locked == 0,
                egui::TextEdit::singleline(&mut prompt.pin)
                    .id_salt("showcase_pin")
                    .password(true)
                    .char_limit(8)
                    .font(FontId::proportional(28.0 * k))
                    .desired_width(240.0 * k),
            )
            .labelled_by(label.id);
        if locked == 0 && field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            out.push(Command::TryShowcasePin);
        }
        if locked > 0 {
            ui.label(
                RichText::new(tr.t_args("showcase-exit-locked", &[("seconds", locked.into())]))
                    .size(18.0 * k)
                    .color(theme::RED),
            );
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(500));
        } else if prompt.wrong {
            ui.label(
                RichText::new(tr.t("showcase-exit-wrong"))
                    .size(18.0 * k)
                    .color(theme::RED),
            );
        }
        // A pad for touch screens.
        ui.add_enabled_ui(locked == 0, |ui| {
            egui::Grid::new("pin-pad")
                .spacing(vec2(8.0 * k, 8.0 * k))
                .show(ui, |ui| {
                    for row in [["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"]] {
                        for d in row {
                            if pad_key(ui, d, k).clicked() && prompt.pin.len() < 8 {
                                prompt.pin.push_str(d);
                            }
                        }
                        ui.end_row();
                    }
                    if pad_key(ui, "⌫", k).clicked() {
                        prompt.pin.pop();
                    }
                    if pad_key(ui, "0", k).clicked() && prompt.pin.len() < 8 {
                        prompt.pin.push('0');
                    }
                    if pad_key(ui, "OK", k).clicked() {
                        out.push(Command::TryShowcasePin);
                    }
                    ui.end_row();
                });
        });
        ui.add_space(12.0 * k);
        if big_button(ui, &tr.t("showcase-exit-stay"), k, false).clicked() {
            close = true;
        }
    });
    if close {
        s.exit = None;
    }
}

fn pad_key(ui: &mut Ui, text: &str, k: f32) -> egui::Response {
    ui.add(
        egui::Button::new(RichText::new(text).size(24.0 * k).family(theme::bold()))
            .min_size(vec2(72.0 * k, 56.0 * k)),
    )
}
