//! The Settings screen: UI language and theme (kept as preferences), the publisher profile printed
//! on catalogues, the mandatory-halal deadline, the WhatsApp order message, and the data folder.

use super::theme;
use super::widgets::{checks_for, section, text_area, text_field, two_columns};
use crate::app::forms::SettingsField;
use crate::app::{Command, EtalaseApp};
use crate::domain::Lang;
use egui::{RichText, Ui};

pub fn settings_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    let tr = &app.tr;
    let Some(form) = app.settings_form.as_ref() else {
        return;
    };
    let dirty = form.is_dirty();
    let checks = form.draft.checks();
    super::widgets::form_header_ui(ui, tr, &tr.t("app-settings-title"), dirty, out);
    ui.separator();
    let data_dir = app.data_dir.display().to_string();
    let backups = app.backups.clone();
    let example_present = app.example_present;
    let busy = app.busy();
    let current_lang = app.prefs.lang;
    let mut dark = app.prefs.dark;
    let Some(form) = app.settings_form.as_mut() else {
        return;
    };
    let d = &mut form.draft;
    let lock = &mut app.backup_lock;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            two_columns(ui, |left, right| {
                section(left, &tr.t("app-settings-section-app"));
                left.label(
                    RichText::new(tr.t("app-settings-language"))
                        .small()
                        .strong(),
                );
                left.horizontal(|ui| {
                    for lang in [Lang::Id, Lang::En] {
                        let name = if lang == Lang::Id {
                            "app-lang-name-id"
                        } else {
                            "app-lang-name-en"
                        };
                        if ui.radio(current_lang == lang, tr.t(name)).clicked()
                            && current_lang != lang
                        {
                            out.push(Command::SetLang(lang));
                        }
                    }
                });
                left.label(RichText::new(tr.t("app-settings-theme")).small().strong());
                left.horizontal(|ui| {
                    ui.radio_value(&mut dark, false, tr.t("app-settings-theme-light"));
                    ui.radio_value(&mut dark, true, tr.t("app-settings-theme-dark"));
                });
                section(left, &tr.t("app-settings-section-publisher"));
                left.label(
                    RichText::new(tr.t("app-settings-publisher-hint"))
                        .small()
                        .weak(),
                );
                text_field(
                    left,
                    &tr.t("app-settings-publisher-name"),
                    &mut d.publisher_name,
                );
                checks_for(left, tr, &checks, SettingsField::PublisherName);
                text_area(
                    left,
                    &tr.t("app-settings-publisher-address"),
                    &mut d.publisher_address,
                    2,
                );
                text_field(
                    left,
                    &tr.t("app-settings-publisher-whatsapp"),
                    &mut d.publisher_whatsapp,
                );
                checks_for(left, tr, &checks, SettingsField::Whatsapp);
                text_field(
                    left,
                    &tr.t("app-settings-publisher-email"),
                    &mut d.publisher_email,
                );
                checks_for(left, tr, &checks, SettingsField::Email);
                text_field(
                    left,
                    &tr.t("app-settings-publisher-website"),
                    &mut d.publisher_website,
                );
                let id_name = tr.t("app-lang-name-id");
                let en_name = tr.t("app-lang-name-en");
                let cover = tr.t("app-settings-cover-title");
                for (lang_name, text) in [
                    (&id_name, &mut d.cover_title.id),
                    (&en_name, &mut d.cover_title.en),
                ] {
                    let caption = tr.t_args(
                        "app-field-in-lang",
                        &[
                            ("field", cover.as_str().into()),
                            ("lang", lang_name.as_str().into()),
                        ],
                    );
                    text_field(left, &caption, text);
                }

                section(right, &tr.t("app-settings-section-halal"));
                text_field(right, &tr.t("app-settings-deadline"), &mut d.halal_deadline);
                right.label(
                    RichText::new(tr.t("app-settings-deadline-hint"))
                        .small()
                        .weak(),
                );
                checks_for(right, tr, &checks, SettingsField::Deadline);

                section(right, &tr.t("app-settings-section-order"));
                right.label(
                    RichText::new(tr.t("app-settings-order-hint"))
                        .small()
                        .weak(),
                );
                let template = tr.t("app-settings-order-template");
                for (lang_name, text) in [
                    (&id_name, &mut d.order_template.id),
                    (&en_name, &mut d.order_template.en),
                ] {
                    let caption = tr.t_args(
                        "app-field-in-lang",
                        &[
                            ("field", template.as_str().into()),
                            ("lang", lang_name.as_str().into()),
                        ],
                    );
                    text_area(right, &caption, text, 3);
                }

                section(right, &tr.t("app-settings-section-data"));
                right.label(
                    RichText::new(tr.t("app-settings-data-folder"))
                        .small()
                        .strong(),
                );
                right.add(egui::Label::new(RichText::new(&data_dir).monospace()).wrap());
                right.horizontal(|ui| {
                    if ui.button(tr.t("app-settings-open-folder")).clicked() {
                        out.push(Command::OpenDataFolder);
                    }
                });
                right.add_space(theme::SPACE_S);
                backups_ui(right, tr, &backups, lock, out);
                if example_present {
                    section(right, &tr.t("app-example-section"));
                    right.label(RichText::new(tr.t("app-example-hint")).small().weak());
                    let button = egui::Button::new(
                        RichText::new(tr.t("app-example-remove")).color(theme::RED),
                    );
                    if right.add_enabled(!busy, button).clicked() {
                        out.push(Command::AskRemoveExample);
                    }
                }
            });
        });
    if dark != app.prefs.dark {
        out.push(Command::SetDark(dark));
    }
}

/// Backing up now, and the automatic backups with a restore button each.
fn backups_ui(
    ui: &mut Ui,
    tr: &crate::i18n::Translator,
    backups: &[(crate::domain::Date, std::path::PathBuf, u64)],
    lock: &mut crate::app::BackupLock,
    out: &mut Vec<Command>,
) {
    section(ui, &tr.t("app-backup-section"));
    ui.label(RichText::new(tr.t("app-backup-hint")).small().weak());
    ui.checkbox(&mut lock.on, tr.t("app-backup-protect"));
    if lock.on {
        ui.label(
            RichText::new(tr.t("app-backup-protect-hint"))
                .small()
                .weak(),
        );
        for (key, text, salt) in [
            (
                "app-backup-passphrase",
                &mut lock.first,
                "backup_pass_first",
            ),
            (
                "app-backup-passphrase-again",
                &mut lock.second,
                "backup_pass_second",
            ),
        ] {
            let label = ui.label(RichText::new(tr.t(key)).small().strong());
            ui.add(
                egui::TextEdit::singleline(text)
                    .id_salt(salt)
                    .password(true)
                    .desired_width(260.0),
            )
            .labelled_by(label.id);
        }
        // One line kept for the message, so the button below does not move under the pointer.
        let words = lock
            .problem
            .map(|p| crate::messages::passphrase_problem(tr, p))
            .unwrap_or_default();
        ui.label(RichText::new(words).small().color(theme::RED));
    }
    ui.horizontal(|ui| {
        if ui.button(tr.t("app-backup-now")).clicked() {
            out.push(Command::PickBackup);
        }
        if ui.button(tr.t("app-restore-from-file")).clicked() {
            out.push(Command::PickRestore);
        }
    });
    ui.add_space(theme::SPACE_S);
    if backups.is_empty() {
        ui.label(RichText::new(tr.t("app-backup-none")).weak());
    }
    for (day, path, size) in backups {
        ui.horizontal(|ui| {
            ui.label(tr.t_args(
                "app-backup-line",
                &[
                    ("date", tr.date(*day).into()),
                    ("size", format!("{:.1}", *size as f64 / 1_048_576.0).into()),
                ],
            ));
            let words = tr.t_args("app-backup-restore", &[("date", tr.date(*day).into())]);
            let button = ui.button(tr.t("app-backup-restore-short"));
            button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &words));
            if button.on_hover_text(&words).clicked() {
                out.push(Command::AskRestore(path.clone()));
            }
        });
    }
}
