//! The Fair screen: start fair mode, set its timing, PIN and sign-up form, and manage the visitors
//! who signed up (list, export as CSV, delete one or all).

use super::theme;
use super::widgets::{primary_button, section};
use crate::app::showcase::ShowcasePrefs;
use crate::app::{Command, EtalaseApp};
use crate::domain::date::utc_parts;
use egui::{RichText, Ui};

pub fn fair_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    let tr = &app.tr;
    ui.horizontal(|ui| {
        ui.label(RichText::new(tr.t("app-fair-title")).heading());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let start = primary_button(ui, tr.t("app-fair-start"))
                .on_hover_text(tr.t("app-fair-start-hint"));
            if start.clicked() {
                out.push(Command::EnterShowcase);
            }
        });
    });
    ui.separator();
    let prefs = &mut app.prefs.showcase;
    section(ui, &tr.t("app-fair-settings"));
    egui::Grid::new("fair-settings")
        .num_columns(2)
        .spacing([theme::SPACE_L, theme::SPACE_M])
        .show(ui, |ui| {
            let label = ui.label(tr.t("app-fair-interval"));
            ui.add(egui::Slider::new(&mut prefs.interval_secs, 3..=30).suffix(" s"))
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(tr.t("app-fair-idle"));
            ui.add(egui::Slider::new(&mut prefs.idle_secs, 15..=300).suffix(" s"))
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(tr.t("app-fair-pin"));
            ui.vertical(|ui| {
                let mut pin = prefs.pin.clone();
                ui.add(
                    egui::TextEdit::singleline(&mut pin)
                        .id_salt("fair_pin")
                        .password(true)
                        .desired_width(140.0)
                        .char_limit(8),
                )
                .labelled_by(label.id);
                // Only digits are kept; a PIN of the wrong length is not used until it is right.
                pin.retain(|c| c.is_ascii_digit());
                if pin != prefs.pin {
                    prefs.pin = pin;
                }
                let hint = if ShowcasePrefs::pin_is_valid(&prefs.pin) {
                    if prefs.pin.is_empty() {
                        tr.t("app-fair-pin-none")
                    } else {
                        tr.t("app-fair-pin-set")
                    }
                } else {
                    tr.t("app-fair-pin-invalid")
                };
                let colour = if ShowcasePrefs::pin_is_valid(&prefs.pin) {
                    ui.visuals().weak_text_color()
                } else {
                    theme::RED
                };
                ui.label(RichText::new(hint).small().color(colour));
            });
            ui.end_row();
            ui.label("");
            ui.checkbox(&mut prefs.signup, tr.t("app-fair-signup"));
            ui.end_row();
            let label = ui.label(tr.t("app-fair-retention"));
            ui.add(
                egui::DragValue::new(&mut prefs.retention_days)
                    .range(7..=730)
                    .suffix(tr.t("app-fair-retention-days")),
            )
            .labelled_by(label.id);
            ui.end_row();
        });
    ui.add_space(theme::SPACE_M);
    ui.horizontal(|ui| {
        section(
            ui,
            &tr.t_args("app-leads-title", &[("count", app.leads.len().into())]),
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let any = !app.leads.is_empty();
            if ui
                .add_enabled(any, egui::Button::new(tr.t("app-leads-delete-all")))
                .clicked()
            {
                out.push(Command::AskDeleteLeads(None));
            }
            if ui
                .add_enabled(any, egui::Button::new(tr.t("app-leads-export")))
                .clicked()
            {
                out.push(Command::PickLeadsCsv);
            }
        });
    });
    let old = app.old_leads().len();
    if old > 0 {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(tr.t_args(
                    "app-leads-old",
                    &[
                        ("count", old.into()),
                        ("days", app.prefs.showcase.retention_days.into()),
                    ],
                ))
                .color(theme::AMBER),
            );
            if ui
                .button(tr.t_args("app-leads-delete-old", &[("count", old.into())]))
                .clicked()
            {
                out.push(Command::AskDeleteOldLeads);
            }
        });
    }
    if app.confirm_delete_old_leads {
        let title = tr.t("app-leads-delete-title");
        let body = tr.t_args(
            "app-leads-delete-old-body",
            &[
                ("count", old.into()),
                ("days", app.prefs.showcase.retention_days.into()),
            ],
        );
        match super::widgets::confirm_delete(ui, tr, "delete-old-leads", &title, &body) {
            Some(true) => out.push(Command::DeleteOldLeads),
            Some(false) => out.push(Command::CancelDeleteOldLeads),
            None => {}
        }
    }
    if app.leads.is_empty() {
        ui.label(RichText::new(tr.t("app-leads-none")).weak());
    } else {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                egui::Grid::new("leads")
                    .num_columns(5)
                    .striped(true)
                    .spacing([theme::SPACE_L, theme::SPACE_S])
                    .show(ui, |ui| {
                        for key in [
                            "app-leads-col-name",
                            "app-leads-col-whatsapp",
                            "app-leads-col-product",
                            "app-leads-col-when",
                        ] {
                            ui.label(RichText::new(tr.t(key)).strong());
                        }
                        ui.label("");
                        ui.end_row();
                        for lead in &app.leads {
                            ui.label(&lead.name);
                            ui.label(format!("+{}", lead.whatsapp));
                            ui.label(&lead.product_label);
                            let (day, minute) = utc_parts(lead.created);
                            ui.label(tr.t_args(
                                "app-leads-when",
                                &[
                                    ("date", tr.date(day).into()),
                                    (
                                        "time",
                                        format!("{:02}.{:02}", minute / 60, minute % 60).into(),
                                    ),
                                ],
                            ));
                            let delete = super::widgets::icon_button(
                                ui,
                                "✕",
                                &tr.t_args(
                                    "app-leads-delete",
                                    &[("name", lead.name.as_str().into())],
                                ),
                                true,
                            );
                            if delete.clicked() {
                                out.push(Command::AskDeleteLeads(Some(lead.id)));
                            }
                            ui.end_row();
                        }
                    });
            });
    }
    if let Some(which) = app.confirm_delete_leads {
        let body = match which {
            Some(id) => {
                let name = app
                    .leads
                    .iter()
                    .find(|l| l.id == id)
                    .map(|l| l.name.clone())
                    .unwrap_or_default();
                tr.t_args("app-leads-delete-one-body", &[("name", name.into())])
            }
            None => tr.t_args(
                "app-leads-delete-all-body",
                &[("count", app.leads.len().into())],
            ),
        };
        let title = tr.t("app-leads-delete-title");
        match super::widgets::confirm_delete(ui, tr, "delete-leads", &title, &body) {
            Some(true) => out.push(Command::DeleteLeads(which)),
            Some(false) => out.push(Command::CancelDeleteLeads),
            None => {}
        }
    }
}

/// The new PIN asked for before fair mode first starts: typed twice, 4 to 8 digits.
pub fn pin_setup_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    use crate::app::showcase::PinProblem;
    let tr = &app.tr;
    let Some(setup) = app.pin_setup.as_mut() else {
        return;
    };
    let modal = egui::Modal::new(egui::Id::unique("pin-setup")).show(ui.ctx(), |ui| {
        ui.set_max_width(420.0);
        ui.label(RichText::new(tr.t("app-pin-setup-title")).heading());
        ui.label(tr.t("app-pin-setup-body"));
        ui.add_space(theme::SPACE_S);
        // Typed as the spec says: the PIN, Enter, the same again, Enter.
        let mut edits = Vec::new();
        for (key, text, salt) in [
            ("app-pin-setup-first", &mut setup.first, "pin_setup_first"),
            (
                "app-pin-setup-second",
                &mut setup.second,
                "pin_setup_second",
            ),
        ] {
            let label = ui.label(RichText::new(tr.t(key)).small().strong());
            let edit = ui
                .add(
                    egui::TextEdit::singleline(text)
                        .id_salt(salt)
                        .password(true)
                        .char_limit(8)
                        .desired_width(160.0),
                )
                .labelled_by(label.id);
            text.retain(|c| c.is_ascii_digit());
            edits.push(edit);
        }
        let entered =
            |e: &egui::Response| e.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if entered(&edits[0]) && !setup.first.is_empty() {
            edits[1].request_focus();
        } else if entered(&edits[1]) {
            out.push(Command::SetShowcasePin);
        } else if ui.memory(|m| m.focused().is_none()) {
            let next = if setup.first.is_empty() { 0 } else { 1 };
            edits[next].request_focus();
        }
        match setup.problem {
            Some(PinProblem::Form) => {
                ui.label(RichText::new(tr.t("app-fair-pin-invalid")).color(theme::RED));
            }
            Some(PinProblem::Mismatch) => {
                ui.label(RichText::new(tr.t("app-pin-setup-mismatch")).color(theme::RED));
            }
            None => {}
        }
        ui.add_space(theme::SPACE_M);
        ui.horizontal(|ui| {
            if super::widgets::primary_button(ui, tr.t("app-pin-setup-ok")).clicked() {
                out.push(Command::SetShowcasePin);
            }
            if ui.button(tr.t("app-edit-cancel")).clicked() {
                out.push(Command::CancelPinSetup);
            }
        });
    });
    if modal.should_close() && out.is_empty() {
        out.push(Command::CancelPinSetup);
    }
}
