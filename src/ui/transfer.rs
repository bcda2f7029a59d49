//! Dialogs of CSV import and export: progress with cancel while a job runs, the import preview
//! (what will be created, updated and refused) before anything is written, and the result.

use super::theme;
use super::widgets::primary_button;
use crate::app::jobs::{JobKind, Phase};
use crate::app::transfer::{Failure, Finished, ImportPreview};
use crate::app::{Command, EtalaseApp};
use crate::i18n::Translator;
use egui::{RichText, Ui};

const DIALOG_WIDTH: f32 = 520.0;
/// Problems listed in the import preview; the rest are counted.
const MAX_PROBLEMS_SHOWN: usize = 200;

pub fn transfer_dialogs_ui(ui: &mut Ui, app: &EtalaseApp, out: &mut Vec<Command>) {
    let tr = &app.tr;
    if let Some(job) = &app.job {
        egui::Modal::new(egui::Id::unique("job")).show(ui.ctx(), |ui| {
            ui.set_width(DIALOG_WIDTH.min(ui.ctx().content_rect().width() - 40.0));
            let title = match job.kind {
                JobKind::Picking => "app-job-picking",
                JobKind::ReadingCsv => "app-job-reading",
                JobKind::SavingImport => "app-job-saving",
                JobKind::WritingCsv => "app-job-writing",
                JobKind::WritingWorkbook => "app-job-writing-xlsx",
                JobKind::AddingPhotos => "app-job-photos-adding",
                JobKind::LoadingSample => "app-job-sample",
                JobKind::WritingPdf => "app-job-pdf",
                JobKind::WritingCards => "app-job-cards",
                JobKind::WritingProfile => "app-job-profile",
                JobKind::WritingPricelist => "app-job-pricelist",
                JobKind::Restoring => "app-job-restoring",
                JobKind::BackingUp => "app-job-backing-up",
                JobKind::RemovingExample => "app-job-removing-example",
            };
            ui.label(RichText::new(tr.t(title)).heading());
            ui.add_space(theme::SPACE_S);
            if job.kind != JobKind::Picking {
                let (done, total) = job.progress.counts();
                let bar = if total > 0 {
                    let key = match job.progress.phase() {
                        Phase::Rows => "app-job-rows",
                        Phase::Photos => "app-job-photos",
                        Phase::PdfSteps => "app-job-pdf-steps",
                        Phase::Cards => "app-job-cards-steps",
                    };
                    egui::ProgressBar::new(done as f32 / total as f32)
                        .text(tr.t_args(key, &[("done", done.into()), ("total", total.into())]))
                } else {
                    egui::ProgressBar::new(0.0).animate(true)
                };
                ui.add(bar);
            }
            if job.kind.cancellable() {
                ui.add_space(theme::SPACE_S);
                let cancelling = job.progress.is_cancelled();
                let text = if cancelling {
                    tr.t("app-job-cancelling")
                } else {
                    tr.t("app-job-cancel")
                };
                if ui
                    .add_enabled(!cancelling, egui::Button::new(text))
                    .clicked()
                {
                    out.push(Command::CancelJob);
                }
            }
        });
    } else if let Some(preview) = &app.import_preview {
        preview_ui(ui, tr, preview, out);
    } else if let Some(finished) = &app.finished {
        finished_ui(ui, tr, finished, app.documents_offer.as_ref(), out);
    }
}

fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| path.display().to_string())
}

fn preview_ui(ui: &mut Ui, tr: &Translator, preview: &ImportPreview, out: &mut Vec<Command>) {
    let report = &preview.plan.report;
    let file = file_name(&preview.path);
    let modal = egui::Modal::new(egui::Id::unique("import-preview")).show(ui.ctx(), |ui| {
        ui.set_width(DIALOG_WIDTH.min(ui.ctx().content_rect().width() - 40.0));
        ui.label(
            RichText::new(tr.t_args("app-import-title", &[("file", file.as_str().into())]))
                .heading(),
        );
        ui.add_space(theme::SPACE_S);
        let rejected = report.rejected_rows();
        egui::Grid::new("import-counts")
            .num_columns(2)
            .spacing([theme::SPACE_L, theme::SPACE_S])
            .show(ui, |ui| {
                let mut row = |key: &str, n: usize, colour: Option<egui::Color32>| {
                    ui.label(tr.t(key));
                    let text = RichText::new(n.to_string()).family(theme::bold());
                    ui.label(match colour {
                        Some(c) if n > 0 => text.color(c),
                        _ => text,
                    });
                    ui.end_row();
                };
                row("app-import-created", report.created.len(), None);
                row("app-import-updated", report.updated.len(), None);
                row("app-import-unchanged", report.unchanged, None);
                row("app-import-rejected", rejected, Some(theme::RED));
            });
        for (key, names) in [
            ("app-import-new-producers", &report.new_producers),
            ("app-import-new-categories", &report.new_categories),
        ] {
            if !names.is_empty() {
                ui.label(tr.t_args(key, &[("names", names.join(", ").into())]));
            }
        }
        let origin = &preview.origin;
        let problems = report.errors.len() + report.warnings.len();
        if problems > 0 {
            ui.add_space(theme::SPACE_S);
            ui.label(RichText::new(tr.t("app-import-problems")).family(theme::bold()));
            // Messages wrap to several lines, so only the first ones are laid out.
            let errors = report.errors.iter().map(|e| {
                let text = crate::messages::row_error(tr, &file, e, origin);
                RichText::new(text).color(theme::RED)
            });
            let warnings = report.warnings.iter().map(|w| {
                RichText::new(crate::messages::warning(tr, &file, w, origin)).color(theme::AMBER)
            });
            egui::ScrollArea::vertical()
                .max_height(200.0)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    for text in errors.chain(warnings).take(MAX_PROBLEMS_SHOWN) {
                        ui.label(text);
                    }
                    if problems > MAX_PROBLEMS_SHOWN {
                        let more = problems - MAX_PROBLEMS_SHOWN;
                        ui.label(tr.t_args("app-import-more-problems", &[("count", more.into())]));
                    }
                });
        }
        if rejected > 0 {
            ui.label(RichText::new(tr.t("app-import-rejected-hint")).weak());
        }
        ui.add_space(theme::SPACE_M);
        ui.horizontal(|ui| {
            let go = report.created.len() + report.updated.len();
            if preview.changes_anything() {
                if primary_button(ui, tr.t_args("app-import-confirm", &[("count", go.into())]))
                    .clicked()
                {
                    out.push(Command::ConfirmImport);
                }
            } else {
                ui.label(tr.t("app-import-nothing"));
            }
            if ui.button(tr.t("app-import-cancel")).clicked() {
                out.push(Command::CancelImport);
            }
        });
    });
    if modal.should_close() && out.is_empty() {
        out.push(Command::CancelImport);
    }
}

fn finished_ui(
    ui: &mut Ui,
    tr: &Translator,
    finished: &Finished,
    documents: Option<&std::path::PathBuf>,
    out: &mut Vec<Command>,
) {
    let modal = egui::Modal::new(egui::Id::unique("transfer-finished")).show(ui.ctx(), |ui| {
        ui.set_width(DIALOG_WIDTH.min(ui.ctx().content_rect().width() - 40.0));
        let (title, body) = match finished {
            Finished::Imported {
                created,
                updated,
                rejected,
            } => (
                tr.t("app-import-done-title"),
                tr.t_args(
                    "app-import-done",
                    &[
                        ("created", (*created).into()),
                        ("updated", (*updated).into()),
                        ("rejected", (*rejected).into()),
                    ],
                ),
            ),
            Finished::Exported { path, count } => (
                tr.t("app-export-done-title"),
                tr.t_args(
                    "app-export-done",
                    &[
                        ("count", (*count).into()),
                        ("file", path.display().to_string().into()),
                    ],
                ),
            ),
            Finished::TemplateSaved { path } => (
                tr.t("app-template-done-title"),
                tr.t_args(
                    "app-template-done",
                    &[("file", path.display().to_string().into())],
                ),
            ),
            Finished::PdfExported { path, count } => (
                tr.t("app-pdf-done-title"),
                tr.t_args(
                    "app-pdf-done",
                    &[
                        ("count", (*count).into()),
                        ("file", path.display().to_string().into()),
                    ],
                ),
            ),
            Finished::ProfileExported {
                path,
                producer,
                met,
                total,
            } => (
                tr.t("app-profile-done-title"),
                tr.t_args(
                    if met == total {
                        "app-profile-done-complete"
                    } else {
                        "app-profile-done"
                    },
                    &[
                        ("producer", producer.as_str().into()),
                        ("met", (*met).into()),
                        ("total", (*total).into()),
                        ("file", path.display().to_string().into()),
                    ],
                ),
            ),
            Finished::PricelistExported { path, count } => (
                tr.t("app-pricelist-done-title"),
                tr.t_args(
                    "app-pricelist-done",
                    &[
                        ("count", (*count).into()),
                        ("file", path.display().to_string().into()),
                    ],
                ),
            ),
            Finished::CardsExported { dir, count } => (
                tr.t("app-cards-done-title"),
                tr.t_args(
                    "app-cards-done",
                    &[
                        ("count", (*count).into()),
                        ("folder", dir.display().to_string().into()),
                    ],
                ),
            ),
            Finished::BackedUp { path, products } => (
                tr.t("app-backup-done-title"),
                tr.t_args(
                    "app-backup-done",
                    &[
                        ("products", (*products).into()),
                        ("file", path.display().to_string().into()),
                    ],
                ),
            ),
            Finished::Restored { products, kept } => (
                tr.t("app-restored-title"),
                tr.t_args(
                    "app-restored",
                    &[
                        ("products", (*products).into()),
                        (
                            "kept",
                            kept.as_ref()
                                .map(|k| k.display().to_string())
                                .unwrap_or_default()
                                .into(),
                        ),
                    ],
                ),
            ),
            Finished::LeadsExported { path, rows } => (
                tr.t("app-export-done-title"),
                tr.t_args(
                    "app-leads-export-done",
                    &[
                        ("rows", (*rows).into()),
                        ("file", path.display().to_string().into()),
                    ],
                ),
            ),
            Finished::ComplianceExported { path, rows } => (
                tr.t("app-export-done-title"),
                tr.t_args(
                    "app-compliance-export-done",
                    &[
                        ("rows", (*rows).into()),
                        ("file", path.display().to_string().into()),
                    ],
                ),
            ),
            Finished::Failed(f) => (tr.t("app-transfer-failed-title"), failure_words(tr, f)),
            Finished::PhotosRefused(list) => (
                tr.t_args("app-photos-refused-title", &[("count", list.len().into())]),
                list.iter()
                    .map(|(path, problem)| {
                        tr.t_args(
                            "app-photos-refused-line",
                            &[
                                ("file", file_name(path).into()),
                                ("reason", crate::messages::photo_problem(tr, problem).into()),
                            ],
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
        };
        ui.label(RichText::new(title).heading());
        ui.add_space(theme::SPACE_S);
        ui.label(body);
        ui.add_space(theme::SPACE_M);
        ui.horizontal(|ui| {
            if let Finished::PdfExported { path, .. }
            | Finished::ProfileExported { path, .. }
            | Finished::PricelistExported { path, .. } = finished
                && ui.button(tr.t("app-pdf-open-file")).clicked()
            {
                out.push(Command::OpenFile(path.clone()));
            }
            if let Finished::CardsExported { dir, .. } = finished
                && primary_button(ui, tr.t("app-cards-open-folder")).clicked()
            {
                out.push(Command::OpenFile(dir.clone()));
            }
            if let Finished::Exported { path, .. }
            | Finished::TemplateSaved { path }
            | Finished::ComplianceExported { path, .. }
            | Finished::PdfExported { path, .. }
            | Finished::ProfileExported { path, .. }
            | Finished::PricelistExported { path, .. }
            | Finished::LeadsExported { path, .. }
            | Finished::BackedUp { path, .. } = finished
                && ui.button(tr.t("app-export-open-folder")).clicked()
            {
                out.push(Command::OpenFolderOf(path.clone()));
            }
            if let Finished::Failed(Failure::NoDialog(purpose)) = finished
                && let Some(path) = documents
            {
                let words = tr.t_args("app-documents-save", &[("file", file_name(path).into())]);
                if primary_button(ui, words)
                    .on_hover_text(path.display().to_string())
                    .clicked()
                {
                    out.push(Command::SaveToDocuments(*purpose));
                }
            }
            if ui.button(tr.t("app-transfer-close")).clicked() {
                out.push(Command::CloseFinished);
            }
        });
        if let Finished::Failed(Failure::NoDialog(_)) = finished
            && let Some(path) = documents
        {
            ui.label(
                RichText::new(tr.t_args(
                    "app-documents-where",
                    &[(
                        "folder",
                        path.parent().unwrap_or(path).display().to_string().into(),
                    )],
                ))
                .small()
                .weak(),
            );
        }
    });
    if modal.should_close() && out.is_empty() {
        out.push(Command::CloseFinished);
    }
}

/// Why an import or export from the window failed.
pub fn failure_words(tr: &Translator, f: &Failure) -> String {
    use crate::messages::{file_error, io_reason, store_error};
    use crate::ops::import::ReadFailure;
    let name = |p: &std::path::Path| {
        p.file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_else(|| p.display().to_string())
    };
    match f {
        Failure::Read(path, ReadFailure::Io(e)) => tr.t_args(
            "err-file-read",
            &[
                ("file", name(path).into()),
                ("reason", io_reason(tr, e).into()),
            ],
        ),
        Failure::Read(path, ReadFailure::File(e)) => file_error(tr, &name(path), e),
        Failure::Write(path, e) => tr.t_args(
            "err-file-write",
            &[
                ("file", name(path).into()),
                ("reason", io_reason(tr, e).into()),
            ],
        ),
        Failure::Store(e) => store_error(tr, e),
        Failure::Stopped => tr.t("err-job-stopped"),
        Failure::Backup(e) => crate::messages::backup_error(tr, e),
        Failure::Workbook(e) => crate::messages::workbook_write_error(tr, e),
        Failure::Pdf(detail) => tr.t_args(
            "cli-export-pdf-failed",
            &[("reason", detail.as_str().into())],
        ),
        Failure::ProducerGone => tr.t("app-profile-producer-gone"),
        Failure::NoDialog(purpose) => {
            use crate::app::jobs::Purpose;
            tr.t(match purpose {
                Purpose::Import => "err-no-file-dialog",
                Purpose::Photos | Purpose::Logo => "err-no-file-dialog-photos",
                // Each names the command that does the same from the command line.
                Purpose::ExportCsv => "err-no-file-dialog-save",
                Purpose::ExportXlsx => "err-no-file-dialog-save-xlsx",
                Purpose::Template => "err-no-file-dialog-save-template",
                Purpose::ExportPdf => "err-no-file-dialog-save-pdf",
                Purpose::ExportCards => "err-no-file-dialog-save-cards",
                Purpose::ExportProfile => "err-no-file-dialog-save-profile",
                Purpose::ExportPricelistPdf | Purpose::ExportPricelistXlsx => {
                    "err-no-file-dialog-save-pricelist"
                }
                Purpose::Backup => "err-no-file-dialog-save-backup",
                Purpose::RestoreFile => "err-no-file-dialog-restore",
                Purpose::ComplianceCsv => "err-no-file-dialog-save-compliance",
                Purpose::LeadsCsv => "err-no-file-dialog-save-leads",
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::jobs::Purpose;

    #[test]
    fn without_a_save_dialog_each_export_names_its_own_command() {
        for lang in [crate::domain::Lang::Id, crate::domain::Lang::En] {
            let tr = Translator::new(lang);
            let words = |p| failure_words(&tr, &Failure::NoDialog(p));
            assert!(words(Purpose::ExportCsv).contains("etalase export csv"));
            assert!(words(Purpose::ExportXlsx).contains("etalase export xlsx"));
            assert!(words(Purpose::Template).contains("etalase template"));
            assert!(words(Purpose::ExportPdf).contains("etalase export pdf"));
            assert!(words(Purpose::Backup).contains("etalase backup"));
            assert!(words(Purpose::ComplianceCsv).contains("etalase check"));
            assert!(!words(Purpose::LeadsCsv).contains("etalase "));
        }
    }
}
