//! The Compliance screen: a tile per group with its count (click to show only that group), then
//! the list of products and findings, sortable, each row opening the product; export as CSV. A
//! second tab holds every producer's readiness checklist for OPOP curation.

use super::theme;
use super::widgets::in_lang;
use crate::app::compliance::{Group, SortBy, Tab};
use crate::app::{After, Command, EtalaseApp};
use crate::domain::Product;
use crate::domain::readiness::Readiness;
use crate::i18n::Translator;
use egui::{RichText, Ui};

pub fn compliance_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
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
    ui.horizontal(|ui| {
        for (tab, key) in [
            (Tab::Products, "app-compliance-tab-products"),
            (Tab::Producers, "app-compliance-tab-producers"),
        ] {
            let on = app.compliance.tab == tab;
            if ui
                .selectable_label(on, RichText::new(tr.t(key)).strong())
                .clicked()
            {
                out.push(Command::ComplianceTab(tab));
            }
        }
    });
    ui.add_space(theme::SPACE_S);
    if app.compliance.tab == Tab::Producers {
        producers_tab(ui, app, out);
        return;
    }
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
                out.push(Command::ComplianceFilter(if on {
                    None
                } else {
                    Some(group)
                }));
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
        .resizable(true)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::initial(110.0).at_least(80.0))
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
                    // No inner padding, so the header's words start where the column's do.
                    ui.spacing_mut().button_padding.x = 0.0;
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
                    let name = crate::bidi::for_display(in_lang(lang, &p.name));
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
                    let reason = crate::messages::standing(tr, p, r, deadline);
                    ui.label(&reason).on_hover_text(&reason);
                });
            });
        });
    if sort != app.compliance.sort {
        out.push(Command::ComplianceSort(sort));
    }
}

/// Every producer's checklist, least ready first; ready ones start folded.
fn producers_tab(ui: &mut Ui, app: &EtalaseApp, out: &mut Vec<Command>) {
    let tr = &app.tr;
    ui.label(RichText::new(tr.t("app-readiness-hint")).weak());
    ui.add_space(theme::SPACE_M);
    if app.compliance.readiness.is_empty() {
        ui.label(RichText::new(tr.t("app-readiness-none")).weak());
        return;
    }
    let few = app.compliance.readiness.len() <= 12;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (i, r) in &app.compliance.readiness {
                let producer = &app.catalogue.producers[*i];
                let summary = readiness_summary(tr, r);
                let header = RichText::new(format!("{}  ·  {summary}", producer.pesantren))
                    .strong()
                    .color(if r.ready() {
                        theme::accent(ui.visuals())
                    } else {
                        ui.visuals().text_color()
                    });
                egui::CollapsingHeader::new(header)
                    .id_salt(("readiness", producer.id))
                    .default_open(few && !r.ready())
                    .show(ui, |ui| {
                        if ui.link(tr.t("app-readiness-open-producer")).clicked() {
                            out.push(Command::Leave(After::OpenProducer(producer.id)));
                        }
                        readiness_ui(ui, tr, producer, r, &app.catalogue.products, out);
                    });
            }
        });
}

/// "Ready for curation" or "4 of 6 requirements met".
pub fn readiness_summary(tr: &Translator, r: &Readiness) -> String {
    if r.ready() {
        tr.t("readiness-ready")
    } else {
        tr.t_args(
            "readiness-met",
            &[("met", r.met().into()), ("total", r.items.len().into())],
        )
    }
}

/// Gap lines shown per requirement before "and N more".
const GAPS_SHOWN: usize = 8;

/// One producer's checklist: a tick or a cross per requirement, and under each cross what is
/// missing, in words; a line about a product opens it.
pub fn readiness_ui(
    ui: &mut Ui,
    tr: &Translator,
    producer: &crate::domain::Producer,
    r: &Readiness,
    products: &[Product],
    out: &mut Vec<Command>,
) {
    for (requirement, gaps) in &r.items {
        ui.horizontal(|ui| {
            let (mark, colour) = if gaps.is_empty() {
                ("✔", theme::accent(ui.visuals()))
            } else {
                ("✖", theme::RED)
            };
            ui.label(RichText::new(mark).color(colour));
            ui.label(crate::messages::requirement(tr, *requirement));
        });
        for g in gaps.iter().take(GAPS_SHOWN) {
            ui.horizontal(|ui| {
                ui.add_space(24.0);
                let words = crate::messages::gap(tr, producer, g);
                let sku = g.sku();
                match sku {
                    Some(sku) => {
                        let link = ui
                            .link(RichText::new(words).small())
                            .on_hover_text(tr.t("app-compliance-open"));
                        if link.clicked()
                            && let Some(p) = products.iter().find(|p| p.sku == sku)
                        {
                            out.push(Command::Open(p.id));
                        }
                    }
                    None => {
                        ui.label(RichText::new(words).small().color(theme::RED));
                    }
                }
            });
        }
        if gaps.len() > GAPS_SHOWN {
            ui.horizontal(|ui| {
                ui.add_space(24.0);
                ui.label(
                    RichText::new(tr.t_args(
                        "readiness-more",
                        &[("count", (gaps.len() - GAPS_SHOWN).into())],
                    ))
                    .small()
                    .weak(),
                );
            });
        }
    }
}
