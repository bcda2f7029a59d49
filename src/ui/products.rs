//! The product list: search, filters, and the catalogue as cards or as a sortable table. Only the
//! rows on screen are laid out, so 10,000 products scroll as smoothly as 15.

use super::theme;
use super::widgets::{combo, completeness_bars, completeness_ui, halal_ui, in_lang};
use crate::app::thumbs::Size;
use crate::app::{Command, EtalaseApp, ListView, SortKey};
use crate::domain::photo::Focus;
use crate::domain::{HalalStatus, Product};
use egui::{RichText, Ui};

const CARD_MIN_WIDTH: f32 = 300.0;
const CARD_HEIGHT: f32 = 158.0;
const COVER: f32 = 72.0;

pub fn products_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    toolbar_ui(ui, app, out);
    ui.separator();
    // Always there (a hint while nothing is selected), so the list never moves under the
    // pointer when the first product is picked.
    bulk_bar_ui(ui, app, out);
    ui.add_space(theme::SPACE_S);
    if app.catalogue.products.is_empty() {
        ui.add_space(theme::SPACE_L);
        ui.label(RichText::new(app.tr.t("app-no-products")).weak());
        return;
    }
    if app.list.visible().is_empty() {
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
        // The toolbar edits a copy; a change goes back as a command after this frame.
        let mut filters = app.list.filters().clone();
        let label = ui.label(tr.t("app-search"));
        let search = ui.add(
            egui::TextEdit::singleline(&mut filters.query)
                .id_salt("product_search")
                .hint_text(tr.t("app-search-hint"))
                .desired_width(300.0),
        );
        let search = search.labelled_by(label.id);
        if app.focus_search {
            search.request_focus();
            out.push(Command::SearchFocused);
        }
        // From the search field, Down goes to the results and Enter opens the first match.
        if search.has_focus() && ui.input(|i| i.key_pressed(egui::Key::ArrowDown)) {
            search.surrender_focus();
            out.push(Command::CursorTo(0));
        }
        if search.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            out.push(Command::OpenShown(app.list.cursor().unwrap_or(0)));
        }
        let all = tr.t("app-filter-all");
        let cat_text = filters
            .category
            .and_then(|id| app.catalogue.category(id))
            .map(|c| in_lang(app.prefs.lang, &c.name).to_string())
            .unwrap_or_else(|| all.clone());
        let widest = app
            .catalogue
            .categories
            .iter()
            .map(|c| super::widgets::text_width(ui, in_lang(app.prefs.lang, &c.name)))
            .fold(super::widgets::text_width(ui, &all), f32::max);
        super::widgets::combo_wide(
            ui,
            &tr.t("app-filter-category"),
            "filter-category",
            cat_text,
            widest,
            |ui| {
                ui.selectable_value(&mut filters.category, None, all.clone());
                for c in &app.catalogue.categories {
                    let name = in_lang(app.prefs.lang, &c.name).to_string();
                    ui.selectable_value(&mut filters.category, Some(c.id), name);
                }
            },
        );
        let prod_text = filters
            .producer
            .and_then(|id| app.catalogue.producer(id))
            .map(|p| p.pesantren.clone())
            .unwrap_or_else(|| all.clone());
        combo(
            ui,
            &tr.t("app-filter-producer"),
            "filter-producer",
            prod_text,
            |ui| {
                ui.selectable_value(&mut filters.producer, None, all.clone());
                for p in &app.catalogue.producers {
                    ui.selectable_value(&mut filters.producer, Some(p.id), p.pesantren.clone());
                }
            },
        );
        let halal_text = filters
            .halal
            .map(|h| crate::i18n::words::halal_status(tr, h))
            .unwrap_or_else(|| all.clone());
        combo(
            ui,
            &tr.t("app-filter-halal"),
            "filter-halal",
            halal_text,
            |ui| {
                ui.selectable_value(&mut filters.halal, None, all.clone());
                for h in HalalStatus::ALL {
                    let words = crate::i18n::words::halal_status(tr, h);
                    ui.selectable_value(&mut filters.halal, Some(h), words);
                }
            },
        );
        ui.checkbox(
            &mut filters.needs_translation,
            tr.t("app-filter-needs-translation"),
        );
        if filters != *app.list.filters() {
            out.push(Command::Filter(filters.clone()));
        }
        if filters != Default::default() && ui.button(tr.t("app-filter-clear")).clicked() {
            out.push(Command::ClearFilters);
        }
    });
    let export_count = app.export_count();
    ui.horizontal(|ui| {
        for (view, words) in [
            (ListView::Grid, tr.t("app-view-grid")),
            (ListView::Table, tr.t("app-view-table")),
        ] {
            if ui.selectable_label(app.prefs.view == view, words).clicked() {
                out.push(Command::SetView(view));
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let new = egui::Button::new(
                RichText::new(tr.t("app-new-product")).color(egui::Color32::WHITE),
            )
            .fill(theme::GREEN);
            if ui.add(new).clicked() {
                out.push(Command::NewProduct);
            }
            let targets = export_count;
            let pdf = ui
                .add_enabled(targets > 0, egui::Button::new(tr.t("app-pdf-open")))
                .on_hover_text(tr.t_args("app-pdf-open-hint", &[("count", targets.into())]));
            if pdf.clicked() {
                out.push(Command::OpenPdfExport);
            }
            // Right to left: Export (the workbook first, CSV second), then Import and the
            // blank template beside it.
            ui.add_enabled_ui(targets > 0, |ui| {
                ui.menu_button(tr.t("app-export"), |ui| {
                    let hint = |key| tr.t_args(key, &[("count", targets.into())]);
                    if ui
                        .button(tr.t("app-export-xlsx"))
                        .on_hover_text(hint("app-export-xlsx-hint"))
                        .clicked()
                    {
                        out.push(Command::PickExportXlsx);
                    }
                    if ui
                        .button(tr.t("app-export-csv"))
                        .on_hover_text(hint("app-export-csv-hint"))
                        .clicked()
                    {
                        out.push(Command::PickExportCsv);
                    }
                })
                .response
                .on_hover_text(tr.t_args("app-export-hint", &[("count", targets.into())]));
            });
            if ui
                .button(tr.t("app-template"))
                .on_hover_text(tr.t("app-template-hint"))
                .clicked()
            {
                out.push(Command::PickTemplate);
            }
            let import = ui
                .button(tr.t("app-import"))
                .on_hover_text(tr.t("app-import-hint"));
            if import.clicked() {
                out.push(Command::PickImport);
            }
        });
    });
}

/// Opens on click; Ctrl/Cmd-click adds to or removes from the selection, Shift-click selects
/// from the last clicked product to this one.
fn name_button(ui: &mut Ui, app: &EtalaseApp, p: &Product, place: usize, out: &mut Vec<Command>) {
    let name = &crate::bidi::for_display(in_lang(app.prefs.lang, &p.name));
    let selected = app.list.is_selected(p.id);
    let text = RichText::new(name).family(theme::bold()).size(15.0);
    let button = egui::Button::selectable(selected, text)
        .frame_when_inactive(false)
        .truncate();
    let response = ui.add(button).on_hover_text(name);
    if response.clicked() {
        let m = ui.input(|i| i.modifiers);
        out.push(Command::ClickProduct {
            place,
            ctrl: m.command,
            shift: m.shift,
        });
    }
}

/// What can be done with the selected products: shown above the list while any are selected.
fn bulk_bar_ui(ui: &mut Ui, app: &EtalaseApp, out: &mut Vec<Command>) {
    use crate::app::bulk::BulkEdit;
    let tr = &app.tr;
    let lang = app.prefs.lang;
    let stroke = if app.list.selected().is_empty() {
        ui.visuals().widgets.noninteractive.bg_stroke
    } else {
        egui::Stroke::new(1.0, theme::GREEN)
    };
    egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .stroke(stroke)
        .corner_radius(6.0)
        .inner_margin(egui::Margin::symmetric(8, 4))
        .show(ui, |ui| {
            if app.list.selected().is_empty() {
                ui.horizontal(|ui| {
                    ui.set_min_width(ui.available_width());
                    // Laid out as the bar's buttons are (frameless), so it is exactly as tall.
                    let hint = egui::Button::new(RichText::new(tr.t("app-bulk-hint")))
                        .fill(egui::Color32::TRANSPARENT)
                        .stroke(egui::Stroke::NONE);
                    ui.add_enabled(false, hint);
                });
                return;
            }
            ui.horizontal_wrapped(|ui| {
                ui.set_min_width(ui.available_width());
                ui.label(
                    RichText::new(tr.t_args(
                        "app-selected",
                        &[("count", app.list.selected().len().into())],
                    ))
                    .strong()
                    .color(theme::accent(ui.visuals())),
                );
                ui.separator();
                ui.menu_button(tr.t("app-bulk-category"), |ui| {
                    for c in &app.catalogue.categories {
                        if ui.button(in_lang(lang, &c.name)).clicked() {
                            out.push(Command::BulkEdit(BulkEdit::Category(c.id)));
                        }
                    }
                });
                ui.menu_button(tr.t("app-bulk-producer"), |ui| {
                    for p in app.sorted_producers() {
                        if ui.button(&p.pesantren).clicked() {
                            out.push(Command::BulkEdit(BulkEdit::Producer(p.id)));
                        }
                    }
                });
                for (key, edit) in [
                    ("app-bulk-feature", BulkEdit::Featured(true)),
                    ("app-bulk-unfeature", BulkEdit::Featured(false)),
                    ("app-bulk-hide", BulkEdit::Hidden(true)),
                    ("app-bulk-show", BulkEdit::Hidden(false)),
                ] {
                    if ui.button(tr.t(key)).clicked() {
                        out.push(Command::BulkEdit(edit));
                    }
                }
                if ui.button(tr.t("app-bulk-prices")).clicked() {
                    out.push(Command::OpenPriceChange);
                }
                if ui.button(tr.t("app-bulk-cards")).clicked() {
                    out.push(Command::OpenCards(None));
                }
                if ui
                    .button(RichText::new(tr.t("app-bulk-delete")).color(theme::RED))
                    .clicked()
                {
                    out.push(Command::AskBulkDelete);
                }
                ui.separator();
                if ui
                    .button(tr.t("app-bulk-clear"))
                    .on_hover_text(tr.t("app-bulk-clear-hint"))
                    .clicked()
                {
                    out.push(Command::ClearSelection);
                }
            });
        });
}

fn grid_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    let spacing = theme::SPACE_M;
    let available = ui.available_width() - theme::SPACE_M;
    let per_row = ((available + spacing) / (CARD_MIN_WIDTH + spacing))
        .floor()
        .max(1.0) as usize;
    let card_width = (available - spacing * (per_row as f32 - 1.0)) / per_row as f32;
    let rows = app.list.visible().len().div_ceil(per_row);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show_rows(ui, CARD_HEIGHT + spacing, rows, |ui, range| {
            if app.grid_rows() != (&range, rows) {
                out.push(Command::GridShown(range.clone(), rows));
            }
            ui.spacing_mut().item_spacing = egui::vec2(spacing, spacing);
            for row in range {
                ui.horizontal(|ui| {
                    for slot in 0..per_row {
                        let i = row * per_row + slot;
                        let Some(&index) = app.list.visible().get(i) else {
                            break;
                        };
                        let cover = app.catalogue.products[index]
                            .photos
                            .first()
                            .copied()
                            .and_then(|id| app.thumbs.get(ui.ctx(), id, Size::Thumb))
                            .map(|t| (t.id(), t.size_vec2()));
                        let cursor = app.list.cursor() == Some(i);
                        card_ui(ui, app, (index, i), cursor, cover, card_width, out);
                    }
                });
            }
        });
}

fn card_ui(
    ui: &mut Ui,
    app: &EtalaseApp,
    (index, place): (usize, usize),
    has_cursor: bool,
    cover: Option<(egui::TextureId, egui::Vec2)>,
    width: f32,
    out: &mut Vec<Command>,
) {
    let p = &app.catalogue.products[index];
    let tr = &app.tr;
    let stroke = if has_cursor || app.list.is_selected(p.id) {
        egui::Stroke::new(2.0, theme::GREEN)
    } else {
        egui::Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color)
    };
    let margin = 10.0;
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, CARD_HEIGHT), egui::Sense::hover());
    ui.painter().rect(
        rect,
        10.0,
        ui.visuals().extreme_bg_color,
        stroke,
        egui::StrokeKind::Inside,
    );
    let inner = rect.shrink(margin);
    let mut ui = ui.new_child(egui::UiBuilder::new().max_rect(inner));
    ui.set_clip_rect(inner.intersect(ui.clip_rect()));
    ui.horizontal_top(|ui| {
        let position = app
            .catalogue
            .categories
            .iter()
            .position(|c| c.id == p.category);
        match cover {
            Some((texture, size)) => {
                let focus = p
                    .photos
                    .first()
                    .map(|&id| p.focus_of(id))
                    .unwrap_or_default();
                photo_square(ui, texture, size, COVER, focus);
            }
            None => cover_ui(ui, in_lang(app.prefs.lang, &p.name), position),
        }
        ui.vertical(|ui| {
            ui.spacing_mut().item_spacing.y = 3.0;
            ui.spacing_mut().button_padding = egui::vec2(2.0, 1.0);
            name_button(ui, app, p, place, out);
            ui.horizontal(|ui| {
                let price = p
                    .price
                    .map(|n| tr.rupiah(n))
                    .unwrap_or_else(|| tr.t("app-no-price"));
                ui.label(
                    RichText::new(price)
                        .family(theme::bold())
                        .color(theme::accent(ui.visuals())),
                );
                if !p.net_content.is_empty() {
                    ui.add(egui::Label::new(RichText::new(&p.net_content).weak()).truncate());
                }
            });
            let producer = app
                .catalogue
                .producer(p.producer)
                .map(|x| x.pesantren.as_str())
                .unwrap_or("");
            ui.add(egui::Label::new(RichText::new(producer).small().weak()).truncate());
            halal_ui(ui, tr, p, app.today());
            completeness_bars(ui, tr, p, 58.0);
            // The tags have their own row, so that a long word is never cut by the card's edge.
            if p.featured || p.hidden {
                ui.horizontal(|ui| {
                    ui.spacing_mut().item_spacing.x = 4.0;
                    if p.featured {
                        tag_ui(ui, &tr.t("app-featured"), theme::AMBER);
                    }
                    if p.hidden {
                        tag_ui(ui, &tr.t("app-hidden"), ui.visuals().weak_text_color());
                    }
                });
            }
        });
    });
}

/// A photo filling a square of `side`, cropped around its focus point (as the catalogue's cards
/// show it).
pub fn photo_square(
    ui: &mut Ui,
    texture: egui::TextureId,
    size: egui::Vec2,
    side: f32,
    focus: Focus,
) -> egui::Response {
    photo_fill(
        ui,
        texture,
        size,
        egui::vec2(side, side),
        focus,
        egui::Sense::hover(),
    )
}

/// A photo filling `frame`, cropped around its focus point by the catalogue's own rule
/// (`domain::photo::cover_crop`), never stretched.
pub fn photo_fill(
    ui: &mut Ui,
    texture: egui::TextureId,
    size: egui::Vec2,
    frame: egui::Vec2,
    focus: Focus,
    sense: egui::Sense,
) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(frame, sense);
    let [x0, y0, x1, y1] = fill_uv(size, frame, focus);
    egui::Image::from_texture((texture, rect.size()))
        .uv(egui::Rect::from_min_max(
            egui::pos2(x0, y0),
            egui::pos2(x1, y1),
        ))
        .corner_radius(8.0)
        .paint_at(ui, rect);
    response
}

/// The part of a `size` photo that fills `frame` around `focus`, as UV fractions.
pub fn fill_uv(size: egui::Vec2, frame: egui::Vec2, focus: Focus) -> [f32; 4] {
    let w = size.x.max(1.0).round() as u32;
    let h = size.y.max(1.0).round() as u32;
    crate::domain::photo::cover_crop(w, h, frame.x, frame.y, focus).fractions()
}

/// A whole photo scaled to fit in `bounds`, with rounded corners.
pub fn photo_fit(
    ui: &mut Ui,
    texture: egui::TextureId,
    size: egui::Vec2,
    bounds: egui::Vec2,
    sense: egui::Sense,
) -> egui::Response {
    let scale = (bounds.x / size.x.max(1.0)).min(bounds.y / size.y.max(1.0));
    let shown = size * scale;
    let (rect, response) = ui.allocate_exact_size(shown, sense);
    egui::Image::from_texture((texture, shown))
        .corner_radius(8.0)
        .paint_at(ui, rect);
    response
}

/// A cover placeholder while the product has no photo: the name's initial on a tint of its category.
fn cover_ui(ui: &mut Ui, name: &str, category_position: Option<usize>) {
    let size = egui::vec2(COVER, COVER);
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    let tint = theme::CATEGORY_TINTS[category_position.unwrap_or(0) % theme::CATEGORY_TINTS.len()];
    ui.painter().rect_filled(rect, 8.0, tint);
    let initial: String = name
        .chars()
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    ui.painter().text(
        rect.center(),
        egui::Align2::CENTER_CENTER,
        initial,
        egui::FontId::new(30.0, theme::bold()),
        egui::Color32::from_white_alpha(235),
    );
}

/// A small outlined word such as "featured".
fn tag_ui(ui: &mut Ui, text: &str, color: egui::Color32) {
    egui::Frame::new()
        .stroke(egui::Stroke::new(1.0, color))
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(5, 1))
        .show(ui, |ui| {
            ui.label(RichText::new(text).size(11.5).color(color));
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
        .resizable(true)
        // Every cell centred in its row, so the name (a button) sits on the others' line.
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
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
                    ui.spacing_mut().button_padding.x = 0.0;
                    let arrow = match (app.list.sort() == key, app.list.descending()) {
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
            body.rows(30.0, app.list.visible().len(), |mut row| {
                let i = row.index();
                let p = &app.catalogue.products[app.list.visible()[i]];
                row.set_selected(app.list.cursor() == Some(i) || app.list.is_selected(p.id));
                row.col(|ui| {
                    ui.label(&p.sku);
                });
                row.col(|ui| name_button(ui, app, p, i, out));
                row.col(|ui| {
                    let c = app.catalogue.category(p.category);
                    let name = c.map(|c| in_lang(app.prefs.lang, &c.name)).unwrap_or("");
                    // Cut to the column with the whole name on hover.
                    ui.add(egui::Label::new(name).truncate());
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
                    let name = producer.map(|x| x.pesantren.as_str()).unwrap_or("");
                    ui.add(egui::Label::new(name).truncate());
                });
                row.col(|ui| halal_ui(ui, tr, p, app.today()));
                row.col(|ui| completeness_ui(ui, tr, p));
            });
        });
    if let Some(key) = clicked_sort {
        out.push(Command::SortProducts(key));
    }
}

/// Changing the selected products' prices: by a percentage or an amount, rounded, with every
/// product's old and new price listed before anything is written.
pub fn price_dialog_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    use crate::app::bulk::PriceMode;
    use crate::domain::pricing::{PriceRefusal, ROUNDINGS};
    let rows = app.price_rows();
    let tr = &app.tr;
    let lang = app.prefs.lang;
    let Some(form) = app.price_form.as_mut() else {
        return;
    };
    let change = form.change();
    let refused = rows.iter().filter(|r| r.new.is_err()).count();
    let changing = rows
        .iter()
        .filter(|r| matches!(r.new, Ok(n) if n != r.old))
        .count();
    let modal = egui::Modal::new(egui::Id::unique("price-change")).show(ui.ctx(), |ui| {
        ui.set_width(560.0);
        ui.label(
            RichText::new(tr.t_args("app-price-title", &[("count", rows.len().into())])).heading(),
        );
        ui.horizontal(|ui| {
            ui.radio_value(
                &mut form.mode,
                PriceMode::Percent,
                tr.t("app-price-by-percent"),
            );
            ui.radio_value(
                &mut form.mode,
                PriceMode::Amount,
                tr.t("app-price-by-amount"),
            );
        });
        ui.horizontal(|ui| {
            let hint = match form.mode {
                PriceMode::Percent => tr.t("app-price-percent-hint"),
                PriceMode::Amount => tr.t("app-price-amount-hint"),
            };
            let label = ui.label(tr.t("app-price-change"));
            let edit = ui
                .add(
                    egui::TextEdit::singleline(&mut form.text)
                        .id_salt("price_change_text")
                        .hint_text(hint)
                        .desired_width(120.0),
                )
                .labelled_by(label.id);
            if ui.memory(|m| m.focused().is_none()) {
                edit.request_focus();
            }
            let rounding = |step: u64| {
                if step == 1 {
                    tr.t("app-price-round-none")
                } else {
                    tr.t_args("app-price-round-to", &[("amount", tr.rupiah(step).into())])
                }
            };
            super::widgets::combo(
                ui,
                &tr.t("app-price-round"),
                "price-round",
                rounding(form.step),
                |ui| {
                    for step in ROUNDINGS {
                        ui.selectable_value(&mut form.step, step, rounding(step));
                    }
                },
            );
        });
        if !form.text.trim().is_empty() && change.is_none() {
            ui.label(
                RichText::new(tr.t("app-price-not-a-change"))
                    .small()
                    .color(theme::RED),
            );
        }
        ui.add_space(theme::SPACE_S);
        let height = 22.0;
        egui::ScrollArea::vertical()
            .max_height(280.0)
            .auto_shrink([false, true])
            .show_rows(ui, height, rows.len(), |ui, range| {
                egui::Grid::new("price-preview")
                    .num_columns(3)
                    .min_row_height(height)
                    .striped(true)
                    .show(ui, |ui| {
                        for row in &rows[range] {
                            let p = &app.catalogue.products[row.index];
                            let words = crate::bidi::for_display(&format!(
                                "{} · {}",
                                p.sku,
                                in_lang(lang, &p.name)
                            ));
                            ui.allocate_ui_with_layout(
                                egui::vec2(300.0, height),
                                egui::Layout::left_to_right(egui::Align::Center),
                                |ui| {
                                    ui.set_min_width(300.0);
                                    ui.add(egui::Label::new(words).truncate());
                                },
                            );
                            let money = |v: Option<u64>| {
                                v.map(|n| tr.rupiah(n))
                                    .unwrap_or_else(|| tr.t("app-no-price"))
                            };
                            ui.label(RichText::new(money(row.old)).weak());
                            match row.new {
                                Ok(new) if new != row.old => {
                                    ui.label(RichText::new(format!("→ {}", money(new))).strong())
                                }
                                Ok(_) => ui.label(RichText::new(tr.t("app-price-same")).weak()),
                                Err(PriceRefusal::BelowOne) => ui.label(
                                    RichText::new(tr.t("app-price-below-one")).color(theme::RED),
                                ),
                                Err(PriceRefusal::TooLarge) => ui.label(
                                    RichText::new(tr.t("app-price-too-large")).color(theme::RED),
                                ),
                            };
                            ui.end_row();
                        }
                    });
            });
        ui.add_space(theme::SPACE_S);
        if refused > 0 {
            ui.label(
                RichText::new(tr.t_args("app-price-refused-count", &[("count", refused.into())]))
                    .color(theme::RED),
            );
        }
        ui.horizontal(|ui| {
            let can = change.is_some() && refused == 0 && changing > 0;
            let apply = egui::Button::new(
                RichText::new(tr.t_args("app-price-apply", &[("count", changing.into())]))
                    .color(egui::Color32::WHITE),
            )
            .fill(theme::GREEN);
            if ui.add_enabled(can, apply).clicked()
                || (can && ui.input(|i| i.key_pressed(egui::Key::Enter)))
            {
                out.push(Command::ApplyPriceChange);
            }
            if ui.button(tr.t("app-edit-cancel")).clicked() {
                out.push(Command::ClosePriceChange);
            }
        });
    });
    if modal.should_close() && out.is_empty() {
        out.push(Command::ClosePriceChange);
    }
}
