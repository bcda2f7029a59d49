//! The attract loop: the current product's photo edge to edge beside its name, price, halal mark
//! and producer, fading in slide by slide; a touch opens the product's page. The category and
//! producer tiles sit at its foot.

use super::product::product_facts;
use super::tiles::{tiles, tiles_height};
use super::{SCREEN_EDGE, photo, product};
use crate::app::showcase::{FADE_SECS, Showcase};
use crate::app::thumbs::Size;
use crate::app::{Command, EtalaseApp};
use crate::ui::theme;
use egui::{Rect, RichText, Sense, Ui, vec2};

pub(super) fn loop_view(
    ui: &mut Ui,
    app: &mut EtalaseApp,
    s: &mut Showcase,
    k: f32,
    out: &mut Vec<Command>,
) {
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
            photo(&child, &mut app.thumbs, &p, 0, photo_rect);
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
