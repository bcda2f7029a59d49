//! The Social media screen: a product card for Instagram, Facebook or WhatsApp, drawn by the same
//! code that writes the files. Choices on the left (language, size, style, which products,
//! prices), the card large in the middle with the way to step through the products, and its
//! caption to copy beside it; export of the card shown or of all of them to a folder.

use super::catalogue_pdf::scope_ui;
use super::theme;
use super::widgets::{primary_button, section};
use crate::app::{Command, EtalaseApp};
use crate::cards::{CardSize, Style};
use crate::domain::Lang;
use egui::{RichText, Ui, vec2};

const OPTIONS_WIDTH: f32 = 320.0;
const CAPTION_WIDTH: f32 = 340.0;

pub fn cards_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    let tr = &app.tr;
    let products = app.card_products();
    let busy = app.busy();
    ui.horizontal(|ui| {
        ui.label(RichText::new(tr.t("app-cards-title")).heading());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let all = tr.t_args("app-cards-export-all", &[("count", products.len().into())]);
            let button = egui::Button::new(RichText::new(all).color(egui::Color32::WHITE))
                .fill(theme::GREEN);
            if ui
                .add_enabled(!products.is_empty() && !busy, button)
                .clicked()
            {
                out.push(Command::PickExportCards { all: true });
            }
            if ui
                .add_enabled(
                    app.cards.shown.is_some() && !busy,
                    egui::Button::new(tr.t("app-cards-export-one")),
                )
                .clicked()
            {
                out.push(Command::PickExportCards { all: false });
            }
        });
    });
    ui.separator();
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(OPTIONS_WIDTH);
            egui::ScrollArea::vertical()
                .id_salt("cards-options")
                .auto_shrink([false, false])
                .show(ui, |ui| options_ui(ui, app, out));
        });
        ui.separator();
        card_ui(ui, app, &products, out);
    });
}

fn options_ui(ui: &mut Ui, app: &EtalaseApp, out: &mut Vec<Command>) {
    let tr = &app.tr;
    let mut form = app.cards.form.clone();
    section(ui, &tr.t("app-cards-lang"));
    ui.horizontal(|ui| {
        ui.radio_value(&mut form.lang, Lang::Id, tr.t("app-lang-name-id"));
        ui.radio_value(&mut form.lang, Lang::En, tr.t("app-lang-name-en"));
    });
    section(ui, &tr.t("app-cards-size"));
    for size in CardSize::ALL {
        let (name, hint) = match size {
            CardSize::Square => ("app-cards-size-square", "app-cards-size-square-hint"),
            CardSize::Portrait => ("app-cards-size-portrait", "app-cards-size-portrait-hint"),
            CardSize::Story => ("app-cards-size-story", "app-cards-size-story-hint"),
        };
        ui.radio_value(&mut form.size, size, tr.t(name));
        ui.indent(name, |ui| {
            ui.label(RichText::new(tr.t(hint)).weak().small())
        });
    }
    section(ui, &tr.t("app-cards-style"));
    for style in Style::ALL {
        let name = match style {
            Style::Band => "app-cards-style-band",
            Style::Panel => "app-cards-style-panel",
            Style::Tag => "app-cards-style-tag",
        };
        ui.radio_value(&mut form.style, style, tr.t(name));
    }
    section(ui, &tr.t("app-cards-which"));
    scope_ui(ui, app, &mut form.scope, "cards");
    ui.add_space(theme::SPACE_S);
    ui.checkbox(&mut form.featured_only, tr.t("app-pdf-featured"));
    ui.checkbox(&mut form.prices, tr.t("app-pdf-prices"));
    ui.label(RichText::new(tr.t("app-pdf-hidden-hint")).weak().small());
    if form != app.cards.form {
        out.push(Command::CardForm(form));
    }
}

/// The card large, the way through the products, and the caption to copy.
fn card_ui(
    ui: &mut Ui,
    app: &EtalaseApp,
    products: &[crate::domain::ProductId],
    out: &mut Vec<Command>,
) {
    let tr = &app.tr;
    let Some(shown) = app.cards.shown else {
        ui.label(RichText::new(tr.t("app-cards-none")).weak());
        return;
    };
    let at = products.iter().position(|p| *p == shown).unwrap_or(0);
    let product = app.catalogue.products.iter().find(|p| p.id == shown);
    let room = ui.available_size();
    let card_w = (room.x - CAPTION_WIDTH - 24.0).max(200.0);
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(card_w);
            ui.horizontal(|ui| {
                let more = products.len() > 1;
                if ui
                    .add_enabled(more, egui::Button::new("‹"))
                    .on_hover_text(tr.t("app-cards-previous"))
                    .clicked()
                {
                    out.push(Command::CardStep(-1));
                }
                if ui
                    .add_enabled(more, egui::Button::new("›"))
                    .on_hover_text(tr.t("app-cards-next"))
                    .clicked()
                {
                    out.push(Command::CardStep(1));
                }
                let name = product
                    .map(|p| crate::bidi::for_display(p.name.shown(app.cards.form.lang)))
                    .unwrap_or_default();
                ui.label(tr.t_args(
                    "app-cards-position",
                    &[
                        ("n", (at + 1).into()),
                        ("total", products.len().into()),
                        ("name", name.into()),
                    ],
                ));
                if app.cards.updating() {
                    ui.spinner();
                }
            });
            ui.add_space(theme::SPACE_S);
            let (w, h) = app.cards.form.size.pixels();
            let height = (room.y - 48.0).max(200.0);
            let scale = (card_w / w as f32).min(height / h as f32);
            let size = vec2(w as f32 * scale, h as f32 * scale);
            match app.cards.drawn() {
                Some(drawn) => {
                    let image = egui::Image::new((drawn.texture.id(), size)).corner_radius(6.0);
                    let words = tr.t("app-cards-card");
                    ui.add(image)
                        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &words));
                }
                None => {
                    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
                    ui.painter()
                        .rect_filled(rect, 6.0, ui.visuals().faint_bg_color);
                    // A card that could not be drawn says why where it would be.
                    if let Some(crate::ops::cards::PreviewError::Store(e)) = app.cards.failure() {
                        let words = tr.t_args(
                            "app-cards-preview-failed",
                            &[("reason", crate::messages::store_error(tr, e).into())],
                        );
                        ui.put(
                            rect.shrink(24.0),
                            egui::Label::new(RichText::new(words).color(theme::RED)).wrap(),
                        );
                    }
                }
            }
        });
        ui.separator();
        ui.vertical(|ui| {
            ui.set_width(CAPTION_WIDTH);
            section(ui, &tr.t("app-cards-caption"));
            ui.label(RichText::new(tr.t("app-cards-caption-hint")).weak().small());
            ui.add_space(theme::SPACE_S);
            let caption = app.card_caption().unwrap_or_default();
            egui::ScrollArea::vertical()
                .id_salt("card-caption")
                .max_height(360.0)
                .show(ui, |ui| {
                    ui.label(crate::bidi::for_display(&caption));
                });
            ui.add_space(theme::SPACE_S);
            if primary_button(ui, tr.t("app-cards-copy")).clicked() {
                out.push(Command::CopyCaption);
            }
            if let Some(p) = product {
                ui.add_space(theme::SPACE_M);
                if ui.button(tr.t("app-cards-open-product")).clicked() {
                    out.push(Command::Open(p.id));
                }
            }
        });
    });
}
