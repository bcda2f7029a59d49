//! Drawing the window: top bar (screens, language), status line, the current screen, dialogs and
//! keyboard shortcuts. UI functions read the app and return [`Command`]s; they do no IO.

pub mod cards;
pub mod catalogue_pdf;
pub mod categories;
pub mod compliance;
pub mod documents;
pub mod editor;
pub mod fair;
pub mod keyboard;
pub mod producers;
pub mod products;
pub mod settings;
pub mod showcase;
pub mod theme;
pub mod transfer;
pub mod welcome;
pub mod widgets;

use crate::app::{After, Command, DeleteTarget, EtalaseApp, Screen, UNDO_SECONDS};
use crate::domain::Lang;
use egui::{Key, Modifiers, RichText, Ui};

/// Draws one frame and returns what the user asked for.
pub fn app_ui(ui: &mut Ui, app: &mut EtalaseApp) -> Vec<Command> {
    let mut out = Vec::new();
    if app.showcase.is_some() {
        // Fair mode owns the whole window: no bar, no editing, no shortcuts, no dropped files.
        showcase::showcase_ui(ui, app, &mut out);
        transfer::transfer_dialogs_ui(ui, app, &mut out);
        return out;
    }
    egui::Panel::top("top").show(ui, |ui| top_bar_ui(ui, app, &mut out));
    egui::Panel::bottom("status").show(ui, |ui| status_ui(ui, app, &mut out));
    egui::CentralPanel::default().show(ui, |ui| match app.screen {
        Screen::Welcome => welcome::welcome_ui(ui, app, &mut out),
        Screen::Products => products::products_ui(ui, app, &mut out),
        Screen::Editor => editor::editor_ui(ui, app, &mut out),
        Screen::Producers => producers::producers_ui(ui, app, &mut out),
        Screen::Categories => categories::categories_ui(ui, app, &mut out),
        Screen::Settings => settings::settings_ui(ui, app, &mut out),
        Screen::Compliance => compliance::compliance_ui(ui, app, &mut out),
        Screen::Export => catalogue_pdf::export_ui(ui, app, &mut out),
        Screen::Cards => cards::cards_ui(ui, app, &mut out),
        Screen::Fair => fair::fair_ui(ui, app, &mut out),
        Screen::StoreError => store_error_ui(ui, app, &mut out),
    });
    dialogs_ui(ui, app, &mut out);
    transfer::transfer_dialogs_ui(ui, app, &mut out);
    if !app.busy() {
        unlock_ui(ui, app, &mut out);
    }
    shortcuts(ui, app, &mut out);
    dropped_files(ui, app, &mut out);
    out
}

fn top_bar_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    let tr = &app.tr;
    ui.horizontal(|ui| {
        ui.add_space(theme::SPACE_S);
        ui.label(
            RichText::new(tr.t("app-title"))
                .size(20.0)
                .family(theme::bold())
                .color(theme::accent(ui.visuals())),
        );
        ui.add_space(theme::SPACE_L);
        if !matches!(app.screen, Screen::Welcome | Screen::StoreError) {
            let tabs = [
                (Screen::Products, "app-nav-products"),
                (Screen::Producers, "app-nav-producers"),
                (Screen::Categories, "app-nav-categories"),
                (Screen::Compliance, "app-nav-compliance"),
                (Screen::Export, "app-nav-export"),
                (Screen::Cards, "app-nav-cards"),
                (Screen::Fair, "app-nav-fair"),
                (Screen::Settings, "app-nav-settings"),
            ];
            for (screen, id) in tabs {
                let on = app.screen == screen
                    || (screen == Screen::Products && app.screen == Screen::Editor);
                if ui.selectable_label(on, tr.t(id)).clicked() && app.screen != screen {
                    out.push(Command::Leave(if screen == Screen::Products {
                        After::Products
                    } else {
                        After::Screen(screen)
                    }));
                }
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let mut dark = app.prefs.dark;
            let theme_label = if dark {
                tr.t("app-theme-light")
            } else {
                tr.t("app-theme-dark")
            };
            if ui.button(theme_label).clicked() {
                dark = !dark;
                out.push(Command::SetDark(dark));
            }
            ui.separator();
            for lang in [Lang::En, Lang::Id] {
                let id = if lang == Lang::Id {
                    "app-lang-id"
                } else {
                    "app-lang-en"
                };
                let on = app.prefs.lang == lang;
                if ui
                    .selectable_label(on, RichText::new(tr.t(id)).strong())
                    .clicked()
                    && !on
                {
                    out.push(Command::SetLang(lang));
                }
            }
            ui.label(RichText::new(tr.t("app-lang-switch")).weak());
        });
    });
}

fn status_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let tr = &app.tr;
        let count = app.catalogue.products.len();
        ui.label(tr.t_args("app-status-count", &[("count", count.into())]));
        if app.list.visible().len() != count {
            ui.separator();
            ui.label(tr.t_args(
                "app-status-filtered",
                &[
                    ("shown", app.list.visible().len().into()),
                    ("count", count.into()),
                ],
            ));
        }
        ui.separator();
        let saved = match app.last_save {
            None => tr.t("app-status-not-saved"),
            Some(t) if t.elapsed().as_secs() < 60 => tr.t("app-status-saved-now"),
            Some(t) => tr.t_args(
                "app-status-saved-ago",
                &[("minutes", (t.elapsed().as_secs() / 60).into())],
            ),
        };
        ui.label(RichText::new(saved).weak());
        if !app.list.selected().is_empty() {
            ui.separator();
            ui.label(
                RichText::new(tr.t_args(
                    "app-selected",
                    &[("count", app.list.selected().len().into())],
                ))
                .color(theme::accent(ui.visuals())),
            );
        }
        notice_ui(ui, app);
        let tr = &app.tr;
        let undo_live = app
            .undo
            .as_ref()
            .is_some_and(|u| u.at.elapsed().as_secs_f64() < UNDO_SECONDS);
        if undo_live {
            if ui.button(tr.t("app-undo")).clicked() {
                out.push(Command::Undo);
            }
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(500));
        }
    });
}

/// The status line's remark (it goes by itself: see `EtalaseApp::expire_remarks`).
fn notice_ui(ui: &mut Ui, app: &EtalaseApp) {
    let Some(notice) = &app.notice else {
        return;
    };
    ui.separator();
    ui.label(notice);
}

fn store_error_ui(ui: &mut Ui, app: &EtalaseApp, out: &mut Vec<Command>) {
    ui.vertical_centered(|ui| {
        ui.add_space(60.0);
        ui.label(
            RichText::new(app.tr.t("app-store-error-title"))
                .heading()
                .color(theme::RED),
        );
        if let Some(e) = &app.store_error {
            ui.label(crate::messages::store_error(&app.tr, e));
        }
        // A damaged store: offer the newest automatic backup (the damaged files are kept aside).
        if matches!(
            app.store_error,
            Some(crate::storage::StoreError::Corrupt { .. })
        ) && let Some((day, _)) = app.newest_backup()
        {
            ui.add_space(theme::SPACE_L);
            ui.label(
                app.tr
                    .t_args("app-restore-offer", &[("date", app.tr.date(day).into())]),
            );
            ui.add_space(theme::SPACE_M);
            if widgets::primary_button(ui, app.tr.t("app-restore-newest")).clicked() {
                out.push(Command::RestoreNewestBackup);
            }
        }
    });
}

fn dialogs_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    let tr = &app.tr;
    if let Some(path) = &app.confirm_restore {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        let modal = egui::Modal::new(egui::Id::unique("restore")).show(ui.ctx(), |ui| {
            ui.set_max_width(440.0);
            ui.label(RichText::new(tr.t("app-restore-title")).heading());
            ui.label(tr.t_args("app-restore-body", &[("file", name.into())]));
            ui.add_space(theme::SPACE_M);
            ui.horizontal(|ui| {
                if widgets::primary_button(ui, tr.t("app-restore-confirm")).clicked() {
                    out.push(Command::RestoreFrom(path.clone()));
                }
                if ui.button(tr.t("app-restore-cancel")).clicked() {
                    out.push(Command::CancelRestore);
                }
            });
        });
        if modal.should_close() && out.is_empty() {
            out.push(Command::CancelRestore);
        }
    }
    if app.leaving.is_some() {
        let modal = egui::Modal::new(egui::Id::unique("leave")).show(ui.ctx(), |ui| {
            ui.set_max_width(380.0);
            ui.label(RichText::new(tr.t("app-leave-title")).heading());
            ui.label(tr.t("app-leave-body"));
            ui.add_space(theme::SPACE_M);
            ui.horizontal(|ui| {
                if ui.button(tr.t("app-leave-save")).clicked() {
                    out.push(Command::SaveAndLeave);
                }
                if ui.button(tr.t("app-leave-discard")).clicked() {
                    out.push(Command::DiscardAndLeave);
                }
                if ui.button(tr.t("app-leave-stay")).clicked() {
                    out.push(Command::StayInEditor);
                }
            });
        });
        if modal.should_close() && out.is_empty() {
            out.push(Command::StayInEditor);
        }
    }
    if app.confirm_bulk_delete {
        let lang = app.prefs.lang;
        let chosen = app.selected_products();
        let names = widgets::product_names(lang, &chosen, 5);
        let title = tr.t_args("app-bulk-delete-title", &[("count", chosen.len().into())]);
        let body = tr.t_args("app-bulk-delete-body", &[("names", names.into())]);
        match widgets::confirm_delete(ui, tr, "bulk-delete", &title, &body) {
            Some(true) => out.push(Command::BulkDelete),
            Some(false) => out.push(Command::CancelBulkDelete),
            None => {}
        }
    }
    if let Some(found) = &app.confirm_remove_example {
        let modal = egui::Modal::new(egui::Id::unique("remove-example")).show(ui.ctx(), |ui| {
            ui.set_max_width(460.0);
            ui.label(RichText::new(tr.t("app-example-remove-title")).heading());
            ui.label(tr.t_args(
                "app-example-remove-body",
                &[
                    ("products", found.products.len().into()),
                    ("producers", found.producers.len().into()),
                ],
            ));
            if found.publisher {
                ui.label(tr.t("app-example-remove-publisher"));
            }
            ui.label(RichText::new(tr.t("app-example-remove-backup")).weak());
            ui.add_space(theme::SPACE_M);
            ui.horizontal(|ui| {
                let remove = egui::Button::new(
                    RichText::new(tr.t("app-example-remove-confirm")).color(egui::Color32::WHITE),
                )
                .fill(theme::RED);
                if ui.add(remove).clicked() {
                    out.push(Command::RemoveExample);
                }
                if ui.button(tr.t("app-delete-cancel")).clicked() {
                    out.push(Command::CancelRemoveExample);
                }
            });
        });
        if modal.should_close() && out.is_empty() {
            out.push(Command::CancelRemoveExample);
        }
    }
    if app.price_form.is_some() {
        products::price_dialog_ui(ui, app, out);
    }
    if app.pin_setup.is_some() {
        fair::pin_setup_ui(ui, app, out);
    }
    let tr = &app.tr;
    if let Some(target) = app.confirm_delete {
        let (title, body) = match target {
            DeleteTarget::Product(id) => {
                let name = app
                    .catalogue
                    .products
                    .iter()
                    .find(|p| p.id == id)
                    .map(|p| crate::bidi::for_display(widgets::in_lang(app.prefs.lang, &p.name)))
                    .unwrap_or_default();
                (
                    tr.t("app-delete-title"),
                    tr.t_args("app-delete-body", &[("name", name.into())]),
                )
            }
            DeleteTarget::Producer(id) => {
                let name = app
                    .catalogue
                    .producer(id)
                    .map(|p| p.pesantren.clone())
                    .unwrap_or_default();
                (
                    tr.t("app-producer-delete-title"),
                    tr.t_args("app-producer-delete-body", &[("name", name.into())]),
                )
            }
        };
        match widgets::confirm_delete(ui, tr, "delete", &title, &body) {
            Some(true) => out.push(Command::Delete(target)),
            Some(false) => out.push(Command::CancelDelete),
            None => {}
        }
    }
}

/// Files dropped on the window: a product list (workbook or CSV) on the product list is imported (after the usual
/// preview); photos dropped on the product editor are added to the product.
fn dropped_files(ui: &Ui, app: &EtalaseApp, out: &mut Vec<Command>) {
    if app.busy() || app.import_preview.is_some() {
        return;
    }
    let dropped: Vec<std::path::PathBuf> = ui.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_path_buf())
            .collect()
    });
    if dropped.is_empty() {
        return;
    }
    use crate::interchange::workbook::{IMPORT_EXTENSIONS, has_extension};
    match app.screen {
        Screen::Products => {
            if let Some(path) = dropped
                .into_iter()
                .find(|p| has_extension(p, &IMPORT_EXTENSIONS))
            {
                out.push(Command::ImportFrom(path));
            }
        }
        // Every file is tried, so one that is not a photo is named in the refusal.
        Screen::Editor => out.push(Command::AddPhotos(dropped)),
        Screen::Producers if app.producer_form.is_some() => {
            out.push(Command::AddPhotos(dropped.into_iter().take(1).collect()));
        }
        _ => {}
    }
}

fn shortcuts(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    if app.leaving.is_some()
        || app.confirm_delete.is_some()
        || app.confirm_bulk_delete
        || app.price_form.is_some()
        || app.confirm_remove_example.is_some()
        || app.pin_setup.is_some()
    {
        return;
    }
    let typing = ui.ctx().memory(|m| m.focused().is_some());
    if app.screen != Screen::Editor
        && app.screen != Screen::Welcome
        && app.screen != Screen::StoreError
        && !app.form_dirty()
        && pressed_f11(ui)
    {
        out.push(Command::EnterShowcase);
    }
    let pressed = |m: Modifiers, k: Key| ui.input_mut(|i| i.consume_key(m, k));
    match app.screen {
        Screen::Products => {
            if pressed(Modifiers::COMMAND, Key::F) {
                out.push(Command::FocusSearch);
            }
            if pressed(Modifiers::COMMAND, Key::N) {
                out.push(Command::NewProduct);
            }
            if !typing && pressed(Modifiers::COMMAND, Key::A) {
                out.push(Command::SelectAll);
            }
            if !typing && !app.list.selected().is_empty() && pressed(Modifiers::NONE, Key::Escape) {
                out.push(Command::ClearSelection);
            }
            if !typing && !app.list.visible().is_empty() {
                if pressed(Modifiers::NONE, Key::ArrowDown)
                    || pressed(Modifiers::NONE, Key::ArrowRight)
                {
                    out.push(Command::MoveCursor(1));
                }
                if pressed(Modifiers::NONE, Key::ArrowUp)
                    || pressed(Modifiers::NONE, Key::ArrowLeft)
                {
                    out.push(Command::MoveCursor(-1));
                }
                if let Some(c) = app.list.cursor()
                    && pressed(Modifiers::NONE, Key::Enter)
                {
                    out.push(Command::Open(
                        app.catalogue.products[app.list.visible()[c]].id,
                    ));
                }
            }
        }
        Screen::Editor => {
            if pressed(Modifiers::COMMAND, Key::S) {
                out.push(Command::Save);
            }
            if pressed(Modifiers::NONE, Key::Escape) {
                out.push(Command::Leave(After::Products));
            }
        }
        Screen::Producers | Screen::Categories | Screen::Settings => {
            if pressed(Modifiers::COMMAND, Key::S) {
                out.push(Command::Save);
            }
        }
        Screen::Welcome
        | Screen::StoreError
        | Screen::Compliance
        | Screen::Export
        | Screen::Cards
        | Screen::Fair => {}
    }
}

fn pressed_f11(ui: &mut Ui) -> bool {
    ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::F11))
}

/// Asks for the passphrase of a protected backup before it is restored; a wrong one is said here
/// and asked again.
fn unlock_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    let tr = &app.tr;
    let Some(unlock) = app.unlock.as_mut() else {
        return;
    };
    let name = unlock
        .file
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let modal = egui::Modal::new(egui::Id::unique("unlock")).show(ui.ctx(), |ui| {
        ui.set_max_width(440.0);
        ui.label(RichText::new(tr.t("app-unlock-title")).heading());
        ui.label(tr.t_args("app-unlock-body", &[("file", name.into())]));
        ui.add_space(theme::SPACE_S);
        let label = ui.label(RichText::new(tr.t("app-unlock-field")).small().strong());
        let field = ui
            .add(
                egui::TextEdit::singleline(&mut unlock.text)
                    .id_salt("unlock_passphrase")
                    .password(true)
                    .desired_width(300.0),
            )
            .labelled_by(label.id);
        // Read before the field takes the focus back (that would undo its losing it to Enter).
        let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if !entered && ui.memory(|m| m.focused().is_none()) {
            field.request_focus();
        }
        let words = if unlock.wrong {
            tr.t("backup-err-wrong-passphrase")
        } else {
            String::new()
        };
        ui.label(RichText::new(words).color(theme::RED));
        ui.add_space(theme::SPACE_S);
        ui.horizontal(|ui| {
            if widgets::primary_button(ui, tr.t("app-unlock-ok")).clicked() || entered {
                out.push(Command::UnlockRestore);
            }
            if ui.button(tr.t("app-restore-cancel")).clicked() {
                out.push(Command::CancelUnlock);
            }
        });
    });
    if modal.should_close() && out.is_empty() {
        out.push(Command::CancelUnlock);
    }
}
