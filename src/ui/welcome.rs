//! First start: what Etalase is, the publisher's name, and the choice between the example
//! catalogue and an empty one.

use super::theme;
use crate::app::{Command, EtalaseApp};
use egui::{RichText, Ui};

pub fn welcome_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    let tr = &app.tr;
    ui.vertical_centered(|ui| {
        ui.add_space(48.0);
        ui.set_max_width(560.0);
        ui.label(
            RichText::new(tr.t("app-welcome-title"))
                .heading()
                .color(theme::accent(ui.visuals())),
        );
        ui.add_space(theme::SPACE_M);
        ui.label(tr.t("app-welcome-body"));
        ui.add_space(theme::SPACE_L * 1.5);
        let label = ui.label(RichText::new(tr.t("app-welcome-publisher")).strong());
        let field = ui.add(
            egui::TextEdit::singleline(&mut app.welcome_publisher)
                .id_salt("welcome_publisher")
                .hint_text(tr.t("app-welcome-publisher-hint"))
                .desired_width(400.0),
        );
        field.labelled_by(label.id);
        if app.welcome_missing_name {
            ui.label(RichText::new(tr.t("app-welcome-publisher-needed")).color(theme::RED));
        }
        ui.add_space(theme::SPACE_L);
        let sample = egui::Button::new(
            RichText::new(tr.t("app-welcome-sample"))
                .size(16.0)
                .color(egui::Color32::WHITE),
        )
        .fill(theme::GREEN)
        .min_size(egui::vec2(320.0, 40.0));
        if ui.add(sample).clicked() {
            out.push(Command::LoadSample);
        }
        ui.label(
            RichText::new(tr.t("app-welcome-sample-note"))
                .small()
                .weak(),
        );
        ui.add_space(theme::SPACE_M);
        let empty = egui::Button::new(RichText::new(tr.t("app-welcome-empty")).size(15.0))
            .min_size(egui::vec2(320.0, 36.0));
        if ui.add(empty).clicked() {
            out.push(Command::StartEmpty);
        }
    });
}
