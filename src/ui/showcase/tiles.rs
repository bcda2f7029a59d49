//! The category and producer tiles at the foot of the loop, which filter what it shows; a row
//! that does not fit scrolls, with arrows at both ends.

use crate::app::showcase::Showcase;
use crate::app::{Command, EtalaseApp};
use crate::ui::theme;
use egui::{Color32, RichText, Ui, vec2};

/// Room the category and producer tiles take at the foot of the loop.
pub(super) fn tiles_height(app: &EtalaseApp, k: f32) -> f32 {
    let rows = if app.catalogue.producers.len() > 1 {
        2.0
    } else {
        1.0
    };
    rows * 62.0 * k + 12.0 * k
}

/// Category tiles, then (for a shared booth) producer tiles.
pub(super) fn tiles(ui: &mut Ui, app: &EtalaseApp, s: &Showcase, k: f32, out: &mut Vec<Command>) {
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
        let rich = RichText::new(crate::bidi::for_display(text))
            .size(18.0 * k)
            .family(theme::bold());
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
