//! The Compliance screen: a tile per group with its count (click to show only that group), then
//! the list of products and findings, sortable, each row opening the product; export as CSV.

use super::theme;
use super::widgets::in_lang;
use crate::app::compliance::{Group, SortBy};
use crate::app::{Command, EtalaseApp};
use egui::{RichText, Ui};

pub fn compliance_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    app.refresh_compliance();
    let tr = &app.tr;
    ui.horizontal(|ui| {
        ui.label(RichText::new(tr.t("app-compliance-title")).heading());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let export = ui.add_enabled(
                !app.compliance.rows.is_empty(),
                egui::Button::new(tr.t("app-compliance-export")),
            );
            if export.clicked() {
                out.push(Command::PickComplianceCsv);
            }
        });
    });
    ui.label(
        RichText::new(tr.t_args(
            "app-compliance-hint",
            &[(
                "deadline",
                tr.date(app.catalogue.settings.halal_deadline).into(),
            )],
        ))
        .weak(),
    );
    ui.add_space(theme::SPACE_M);
    ui.horizontal_wrapped(|ui| {
        for group in Group::ALL {
            let n = app.compliance.counts.get(&group).copied().unwrap_or(0);
            let on = app.compliance.filter == Some(group);
            let colour = if !group.is_problem() {
                ui.visuals().text_color()
            } else if n > 0 {
                theme::RED
            } else {
                ui.visuals().weak_text_color()
            };
            let text = RichText::new(format!("{n}  {}", tr.t(group.key()))).color(colour);
            if ui.selectable_label(on, text).clicked() {
                app.compliance.filter = if on { None } else { Some(group) };
            }
        }
    });
    ui.separator();
    let lang = app.prefs.lang;
    let deadline = app.catalogue.settings.halal_deadline;
    let shown = &app.compliance.shown;
    if shown.is_empty() {
        ui.label(RichText::new(tr.t("app-compliance-none")).weak());
        return;
    }
    use egui_extras::{Column, TableBuilder};
    let mut sort = app.compliance.sort;
    TableBuilder::new(ui)
        .striped(true)
        .column(Column::exact(110.0))
        .column(Column::initial(240.0).at_least(140.0).clip(true))
        .column(Column::initial(236.0).at_least(100.0).clip(true))
        .column(Column::remainder().at_least(200.0).clip(true))
        .header(24.0, |mut header| {
            for (key, by) in [
                ("app-col-sku", SortBy::Sku),
                ("app-col-name", SortBy::Name),
                ("app-compliance-col-group", SortBy::Urgency),
                ("app-compliance-col-reason", SortBy::Days),
            ] {
                header.col(|ui| {
                    if ui
                        .selectable_label(sort == by, RichText::new(tr.t(key)).strong())
                        .clicked()
                    {
                        sort = by;
                    }
                });
            }
        })
        .body(|body| {
            body.rows(24.0, shown.len(), |mut row| {
                let r = &app.compliance.rows[shown[row.index()]];
                let p = &app.catalogue.products[r.product];
                row.col(|ui| {
                    ui.label(&p.sku);
                });
                row.col(|ui| {
                    let name = in_lang(lang, &p.name);
                    if ui
                        .link(name)
                        .on_hover_text(tr.t("app-compliance-open"))
                        .clicked()
                    {
                        out.push(Command::Open(p.id));
                    }
                });
                row.col(|ui| {
                    let colour = if r.group.is_problem() {
                        theme::RED
                    } else {
                        ui.visuals().text_color()
                    };
                    ui.label(RichText::new(tr.t(r.group.key())).color(colour));
                });
                row.col(|ui| {
                    let reason = match &r.finding {
                        Some(f) => crate::messages::finding(tr, p, f, deadline),
                        None => crate::messages::halal_status(tr, p.halal.status),
                    };
                    ui.label(&reason).on_hover_text(&reason);
                });
            });
        });
    app.compliance.sort = sort;
}
