//! The product list: search, filters, and the catalogue as cards or as a sortable table. Only the
//! rows on screen are laid out, so 10,000 products scroll as smoothly as 15.

use super::theme;
use super::widgets::{completeness_ui, halal_ui, in_lang};
use crate::app::{Command, EtalaseApp, ListView, SortKey};
use crate::domain::{HalalStatus, Product};
use egui::{RichText, Ui};

const CARD_WIDTH: f32 = 250.0;
const CARD_HEIGHT: f32 = 138.0;

pub fn products_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    toolbar_ui(ui, app, out);
    ui.separator();
    app.refresh_visible();
    if app.catalogue.products.is_empty() {
        ui.add_space(theme::SPACE_L);
        ui.label(RichText::new(app.tr.t("app-no-products")).weak());
        return;
    }
    if app.visible.is_empty() {
        ui.add_space(theme::SPACE_L);
        ui.label(RichText::new(app.tr.t("app-no-matches")).weak());
        return;
    }
    match app.prefs.view {
        ListView::Grid => grid_ui(ui, app, out),
        ListView::Table => table_ui(ui, app, out),
    }
}

fn toolbar_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    let tr = &app.tr;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr.t("app-search"));
        let search = ui.add(
            egui::TextEdit::singleline(&mut app.filters.query)
                .hint_text(tr.t("app-search-hint"))
                .desired_width(300.0),
        );
        let search = search.labelled_by(label.id);
        if app.focus_search {
            search.request_focus();
            app.focus_search = false;
        }
        let all = tr.t("app-filter-all");
        let cat_text = app
            .filters
            .category
            .and_then(|id| app.catalogue.category(id))
            .map(|c| in_lang(app.prefs.lang, &c.name).to_string())
            .unwrap_or_else(|| all.clone());
        egui::ComboBox::from_label(tr.t("app-filter-category"))
            .selected_text(cat_text)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut app.filters.category, None, all.clone());
                for c in &app.catalogue.categories {
                    let name = in_lang(app.prefs.lang, &c.name).to_string();
                    ui.selectable_value(&mut app.filters.category, Some(c.id), name);
                }
            });
        let prod_text = app
            .filters
            .producer
            .and_then(|id| app.catalogue.producer(id))
            .map(|p| p.pesantren.clone())
            .unwrap_or_else(|| all.clone());
        egui::ComboBox::from_label(tr.t("app-filter-producer"))
            .selected_text(prod_text)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut app.filters.producer, None, all.clone());
                for p in &app.catalogue.producers {
                    ui.selectable_value(&mut app.filters.producer, Some(p.id), p.pesantren.clone());
                }
            });
        let halal_text = app
            .filters
            .halal
            .map(|h| crate::messages::halal_status(tr, h))
            .unwrap_or_else(|| all.clone());
        egui::ComboBox::from_label(tr.t("app-filter-halal"))
            .selected_text(halal_text)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut app.filters.halal, None, all.clone());
                for h in HalalStatus::ALL {
                    let words = crate::messages::halal_status(tr, h);
                    ui.selectable_value(&mut app.filters.halal, Some(h), words);
                }
            });
        ui.checkbox(
            &mut app.filters.needs_translation,
            tr.t("app-filter-needs-translation"),
        );
        if app.filters != Default::default() && ui.button(tr.t("app-filter-clear")).clicked() {
            app.filters = Default::default();
        }
    });
    ui.horizontal(|ui| {
        ui.selectable_value(&mut app.prefs.view, ListView::Grid, tr.t("app-view-grid"));
        ui.selectable_value(&mut app.prefs.view, ListView::Table, tr.t("app-view-table"));
        if !app.selected.is_empty() {
            ui.label(
                RichText::new(tr.t_args("app-selected", &[("count", app.selected.len().into())]))
                    .color(theme::GREEN),
            );
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let new = egui::Button::new(
                RichText::new(tr.t("app-new-product")).color(egui::Color32::WHITE),
            )
            .fill(theme::GREEN);
            if ui.add(new).clicked() {
                out.push(Command::NewProduct);
            }
        });
    });
}

/// Opens on click; Ctrl/Cmd-click adds to or removes from the selection.
fn name_button(ui: &mut Ui, app: &EtalaseApp, p: &Product, out: &mut Vec<Command>) {
    let name = in_lang(app.prefs.lang, &p.name);
    let selected = app.selected.contains(&p.id);
    let text = RichText::new(name).strong().size(15.0);
    let response = ui.add(egui::Button::selectable(selected, text).frame_when_inactive(false));
    if response.clicked() {
        if ui.input(|i| i.modifiers.command) {
            out.push(Command::ToggleSelect(p.id));
        } else {
            out.push(Command::Open(p.id));
        }
    }
}

fn grid_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    let spacing = theme::SPACE_M;
    let per_row = ((ui.available_width() + spacing) / (CARD_WIDTH + spacing))
        .floor()
        .max(1.0) as usize;
    let rows = app.visible.len().div_ceil(per_row);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, CARD_HEIGHT + spacing, rows, |ui, range| {
            for row in range {
                ui.horizontal(|ui| {
                    for slot in 0..per_row {
                        let i = row * per_row + slot;
                        let Some(&index) = app.visible.get(i) else {
                            break;
                        };
                        card_ui(ui, app, index, app.cursor == Some(i), out);
                    }
                });
            }
        });
}

fn card_ui(ui: &mut Ui, app: &EtalaseApp, index: usize, has_cursor: bool, out: &mut Vec<Command>) {
    let p = &app.catalogue.products[index];
    let tr = &app.tr;
    let stroke = if has_cursor || app.selected.contains(&p.id) {
        egui::Stroke::new(2.0, theme::GREEN)
    } else {
        ui.visuals().widgets.noninteractive.bg_stroke
    };
    egui::Frame::group(ui.style())
        .fill(ui.visuals().extreme_bg_color)
        .stroke(stroke)
        .corner_radius(8.0)
        .inner_margin(egui::Margin::same(10))
        .show(ui, |ui| {
            ui.set_width(CARD_WIDTH - 22.0);
            ui.set_height(CARD_HEIGHT - 22.0);
            ui.vertical(|ui| {
                ui.spacing_mut().item_spacing.y = 4.0;
                name_button(ui, app, p, out);
                ui.horizontal(|ui| {
                    let price = p
                        .price
                        .map(|n| tr.rupiah(n))
                        .unwrap_or_else(|| tr.t("app-no-price"));
                    ui.label(RichText::new(price).strong().color(theme::GREEN));
                    if !p.net_content.is_empty() {
                        ui.label(RichText::new(&p.net_content).weak());
                    }
                    if p.featured {
                        ui.label(
                            RichText::new(tr.t("app-featured"))
                                .small()
                                .color(theme::AMBER),
                        );
                    }
                    if p.hidden {
                        ui.label(RichText::new(tr.t("app-hidden")).small().weak());
                    }
                });
                let producer = app
                    .catalogue
                    .producer(p.producer)
                    .map(|x| x.pesantren.as_str())
                    .unwrap_or("");
                ui.add(egui::Label::new(RichText::new(producer).small().weak()).truncate());
                halal_ui(ui, tr, p);
                completeness_ui(ui, tr, p);
            });
        });
}

fn table_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    use egui_extras::{Column, TableBuilder};
    let tr = &app.tr;
    let headers = [
        (SortKey::Sku, "app-col-sku"),
        (SortKey::Name, "app-col-name"),
        (SortKey::Category, "app-col-category"),
        (SortKey::Price, "app-col-price"),
        (SortKey::Producer, "app-col-producer"),
        (SortKey::Halal, "app-col-halal"),
        (SortKey::Complete, "app-col-complete"),
    ];
    let mut clicked_sort = None;
    TableBuilder::new(ui)
        .striped(true)
        .column(Column::auto().at_least(90.0))
        .column(Column::initial(220.0).at_least(120.0).clip(true))
        .column(Column::initial(150.0).clip(true))
        .column(Column::auto().at_least(90.0))
        .column(Column::initial(200.0).clip(true))
        .column(Column::initial(230.0).clip(true))
        .column(Column::remainder().at_least(160.0))
        .header(26.0, |mut header| {
            for (key, id) in headers {
                header.col(|ui| {
                    let arrow = match (app.sort == key, app.sort_descending) {
                        (true, false) => " ▲",
                        (true, true) => " ▼",
                        _ => "",
                    };
                    let text = RichText::new(format!("{}{arrow}", tr.t(id))).strong();
                    if ui.add(egui::Button::new(text).frame(false)).clicked() {
                        clicked_sort = Some(key);
                    }
                });
            }
        })
        .body(|body| {
            body.rows(30.0, app.visible.len(), |mut row| {
                let i = row.index();
                let p = &app.catalogue.products[app.visible[i]];
                row.set_selected(app.cursor == Some(i) || app.selected.contains(&p.id));
                row.col(|ui| {
                    ui.label(&p.sku);
                });
                row.col(|ui| name_button(ui, app, p, out));
                row.col(|ui| {
                    let c = app.catalogue.category(p.category);
                    ui.label(c.map(|c| in_lang(app.prefs.lang, &c.name)).unwrap_or(""));
                });
                row.col(|ui| {
                    let price = p
                        .price
                        .map(|n| tr.rupiah(n))
                        .unwrap_or_else(|| tr.t("app-no-price"));
                    ui.label(price);
                });
                row.col(|ui| {
                    let producer = app.catalogue.producer(p.producer);
                    ui.label(producer.map(|x| x.pesantren.as_str()).unwrap_or(""));
                });
                row.col(|ui| halal_ui(ui, tr, p));
                row.col(|ui| completeness_ui(ui, tr, p));
            });
        });
    if let Some(key) = clicked_sort {
        if app.sort == key {
            app.sort_descending = !app.sort_descending;
        } else {
            app.sort = key;
            app.sort_descending = false;
        }
    }
}
