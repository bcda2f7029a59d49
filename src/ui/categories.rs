//! The Categories screen: bilingual names in the order catalogues use, the halal and registration
//! rules per category. A category that holds products cannot be removed; the row says which.

use super::theme;
use super::widgets::{check_ui, icon_button, product_names};
use crate::app::forms::{CategoryField, CategoryRow};
use crate::app::{Command, EtalaseApp};
use crate::domain::Bilingual;
use egui::{RichText, Ui};

pub fn categories_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    let tr = &app.tr;
    let Some(form) = app.categories_form.as_ref() else {
        return;
    };
    let dirty = form.is_dirty();
    let checks = form.draft.checks();
    super::widgets::form_header_ui(ui, tr, &tr.t("app-categories-title"), dirty, out);
    ui.label(RichText::new(tr.t("app-categories-hint")).weak());
    ui.separator();
    // Who uses each stored category, read before the draft is borrowed for editing.
    let users: Vec<(usize, String)> = form
        .draft
        .rows
        .iter()
        .map(|row| {
            let list = row
                .id
                .map(|id| app.products_in_category(id))
                .unwrap_or_default();
            (list.len(), product_names(app.prefs.lang, &list, 2))
        })
        .collect();
    let Some(form) = app.categories_form.as_mut() else {
        return;
    };
    let rows = form.draft.rows.len();
    let mut action: Option<(usize, i8)> = None;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("categories")
                .num_columns(6)
                .spacing(egui::vec2(theme::SPACE_M, theme::SPACE_S))
                .striped(true)
                .show(ui, |ui| {
                    let head = |ui: &mut Ui, id: &str| {
                        ui.label(RichText::new(tr.t(id)).small().strong()).id
                    };
                    head(ui, "app-category-order");
                    let name_id_header = head(ui, "app-category-name-id");
                    let name_en_header = head(ui, "app-category-name-en");
                    head(ui, "app-category-halal-mandatory");
                    head(ui, "app-category-registration");
                    head(ui, "app-category-actions");
                    ui.end_row();
                    for (i, row) in form.draft.rows.iter_mut().enumerate() {
                        ui.label((i + 1).to_string());
                        for (text, field, header, code) in [
                            (
                                &mut row.name.id,
                                CategoryField::NameId(i),
                                name_id_header,
                                "id",
                            ),
                            (
                                &mut row.name.en,
                                CategoryField::NameEn(i),
                                name_en_header,
                                "en",
                            ),
                        ] {
                            ui.vertical(|ui| {
                                // Named by its column header, as a table cell is.
                                ui.add_sized(
                                    [190.0, 24.0],
                                    egui::TextEdit::singleline(text).id_salt((
                                        "category-name",
                                        i,
                                        code,
                                    )),
                                )
                                .labelled_by(header);
                                for (f, c) in &checks {
                                    if *f == field {
                                        check_ui(ui, tr, c);
                                    }
                                }
                            });
                        }
                        ui.checkbox(&mut row.halal_mandatory, tr.t("app-category-halal-short"));
                        ui.checkbox(
                            &mut row.registration_expected,
                            tr.t("app-category-registration-short"),
                        );
                        ui.horizontal(|ui| {
                            if icon_button(ui, "↑", &tr.t("app-category-up"), i > 0).clicked() {
                                action = Some((i, -1));
                            }
                            if icon_button(ui, "↓", &tr.t("app-category-down"), i + 1 < rows)
                                .clicked()
                            {
                                action = Some((i, 1));
                            }
                            let (count, names) = &users[i];
                            let remove = ui.add_enabled(
                                *count == 0,
                                egui::Button::new(
                                    RichText::new(tr.t("app-category-remove")).color(theme::RED),
                                )
                                .small(),
                            );
                            if remove.clicked() {
                                action = Some((i, 0));
                            }
                            if *count > 0 {
                                let text = tr.t_args(
                                    "app-category-in-use",
                                    &[("count", (*count).into()), ("names", names.as_str().into())],
                                );
                                // Cut at the window's edge; the whole list shows on hover.
                                let room = ui.clip_rect().right() - ui.cursor().left() - 8.0;
                                ui.allocate_ui(egui::vec2(room.max(80.0), 18.0), |ui| {
                                    ui.add(
                                        egui::Label::new(RichText::new(&text).small().weak())
                                            .truncate(),
                                    )
                                    .on_hover_text(&text);
                                });
                            }
                        });
                        ui.end_row();
                    }
                });
            ui.add_space(theme::SPACE_M);
            if ui.button(tr.t("app-category-add")).clicked() {
                form.draft.rows.push(CategoryRow {
                    id: None,
                    name: Bilingual::default(),
                    halal_mandatory: false,
                    registration_expected: false,
                });
            }
        });
    match action {
        Some((i, 0)) => form.draft.remove_row(i),
        Some((i, d)) => form.draft.move_row(i, d < 0),
        None => {}
    }
}
