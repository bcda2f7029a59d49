//! A product's page: every photo to pick from, the facts at full length and a large QR code to
//! order on WhatsApp. The facts block is shared with the loop.

use super::{big_button, photo, product};
use crate::app::EtalaseApp;
use crate::app::showcase::{Showcase, View};
use crate::domain::{Product, ProductId};
use crate::ui::theme;
use crate::ui::widgets::halal_badge;
use egui::{Color32, Rect, RichText, Sense, Ui, vec2};

pub(super) fn product_view(
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
    photo(ui, &mut app.thumbs, &p, shown, photo_rect);
    // Every photo as a tile to pick.
    if p.photos.len() > 1 {
        let mut x = photo_rect.min.x;
        let y = photo_rect.max.y + 8.0 * k;
        for i in 0..p.photos.len() {
            let r = Rect::from_min_size(egui::pos2(x, y), vec2(88.0 * k, 80.0 * k));
            photo(ui, &mut app.thumbs, &p, i, r);
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

/// Name, price, net content, halal mark and producer, large.
pub(super) fn product_facts(ui: &mut Ui, app: &EtalaseApp, p: &Product, k: f32, short: bool) {
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
        RichText::new(crate::bidi::for_display(p.name.shown(lang)))
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
