//! CSV import and export from the window: a file dialog picks the file, a background job reads
//! and checks it, the user sees what will change before anything is written, and the accepted
//! plan is saved in one batch. Export writes the products shown (or the selection).

use super::jobs::{self, Job, Outcome, Purpose};
use super::{EtalaseApp, Screen};
use crate::domain::{PhotoId, Product};
use crate::interchange::ImportPlan;
use crate::ops::export::ExportFailure;
use crate::ops::import::ReadFailure;
use crate::storage::{PhotoProblem, StoreError};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// A checked import waiting for the user's go-ahead.
pub struct ImportPreview {
    pub path: PathBuf,
    pub plan: ImportPlan,
    /// Where the rows came from (a CSV file's lines, a workbook sheet's rows), for messages.
    pub origin: crate::interchange::import::Origin,
    /// Photos stored while reading that nothing used before; removed if the import is dropped.
    pub new_photos: BTreeSet<PhotoId>,
}

impl ImportPreview {
    /// Whether accepting would change anything.
    pub fn changes_anything(&self) -> bool {
        !self.plan.changes.is_empty()
    }
}

/// Why a transfer failed; translated when shown.
#[derive(Debug)]
pub enum Failure {
    Read(PathBuf, ReadFailure),
    Write(PathBuf, std::io::Error),
    Store(StoreError),
    Stopped,
    /// The PDF library refused the catalogue (its own words).
    Pdf(String),
    /// A backup or restore did not happen.
    Backup(crate::backup::BackupError),
    /// The workbook could not be made.
    Workbook(crate::interchange::workbook::WriteError),
    /// No file dialog could be shown for this.
    NoDialog(Purpose),
    /// The producer whose profile was asked for is no longer in the catalogue.
    ProducerGone,
}

impl Failure {
    /// An export that did not finish, writing `path`.
    fn export(path: PathBuf, e: ExportFailure) -> Failure {
        match e {
            ExportFailure::Store(e) => Failure::Store(e),
            ExportFailure::Pdf(detail) => Failure::Pdf(detail),
            ExportFailure::Write(e) => Failure::Write(path, e),
            ExportFailure::Workbook(e) => Failure::Workbook(e),
        }
    }
}

/// The last transfer's result, shown in a dialog until dismissed.
#[derive(Debug)]
pub enum Finished {
    Imported {
        created: usize,
        updated: usize,
        rejected: usize,
    },
    Exported {
        path: PathBuf,
        count: usize,
    },
    /// The blank workbook to fill in.
    TemplateSaved {
        path: PathBuf,
    },
    /// A producer's grant profile: `met` of `total` readiness requirements met.
    ProfileExported {
        path: PathBuf,
        producer: String,
        met: usize,
        total: usize,
    },
    /// The buyer price list with `count` products.
    PricelistExported {
        path: PathBuf,
        count: usize,
    },
    /// The printable catalogue with `count` products.
    PdfExported {
        path: PathBuf,
        count: usize,
    },
    /// `count` social-media cards and their captions in the folder `dir`.
    CardsExported {
        dir: PathBuf,
        count: usize,
    },
    /// A backup written with `products` products.
    BackedUp {
        path: PathBuf,
        products: usize,
    },
    /// A backup restored over a damaged catalogue, which was kept in `kept`.
    Restored {
        products: usize,
        kept: Option<PathBuf>,
    },
    /// The visitors' sign-ups, `rows` lines.
    LeadsExported {
        path: PathBuf,
        rows: usize,
    },
    /// The Compliance list, `rows` lines.
    ComplianceExported {
        path: PathBuf,
        rows: usize,
    },
    Failed(Failure),
    /// Photo files that could not be added, with the reason for each.
    PhotosRefused(Vec<(PathBuf, PhotoProblem)>),
}

impl EtalaseApp {
    /// Whether a background job (or a file dialog) is running.
    pub fn busy(&self) -> bool {
        self.job.is_some()
    }

    /// How many products an export writes (see [`Self::export_targets`]).
    pub fn export_count(&self) -> usize {
        if self.list.selected().is_empty() {
            self.list.visible().len()
        } else {
            self.list.selected().len()
        }
    }

    /// The products an export writes: the selection when there is one, else what the list shows.
    pub fn export_targets(&self) -> Vec<Product> {
        let products = &self.catalogue.products;
        if self.list.selected().is_empty() {
            self.list
                .visible()
                .iter()
                .map(|&i| products[i].clone())
                .collect()
        } else {
            products
                .iter()
                .filter(|p| self.list.is_selected(p.id))
                .cloned()
                .collect()
        }
    }

    /// The file name a save dialog suggests for `purpose` (dated today).
    pub fn file_name_for(&self, purpose: Purpose) -> String {
        let tr = &self.tr;
        let name_key = match purpose {
            Purpose::ComplianceCsv => "app-compliance-file-name",
            Purpose::ExportPdf => "app-pdf-file-name",
            Purpose::LeadsCsv => "app-leads-file-name",
            Purpose::Backup if self.backup_lock.on => "app-backup-protected-file-name",
            Purpose::Backup => "app-backup-file-name",
            Purpose::ExportXlsx => "app-export-xlsx-file-name",
            Purpose::Template => "app-template-file-name",
            Purpose::ExportCards => "app-cards-folder-name",
            Purpose::ExportProfile => "app-profile-file-name",
            Purpose::ExportPricelistPdf => "app-pricelist-file-name-pdf",
            Purpose::ExportPricelistXlsx => "app-pricelist-file-name-xlsx",
            _ => "app-export-file-name",
        };
        // A document's file is named in the document's language.
        let namer = match (purpose, self.profile_for) {
            (Purpose::ExportProfile, Some((_, lang))) => crate::i18n::translator(lang),
            (
                Purpose::ExportPdf | Purpose::ExportPricelistPdf | Purpose::ExportPricelistXlsx,
                _,
            ) => crate::i18n::translator(self.pdf.form.lang),
            _ => tr,
        };
        let producer = self.profile_producer_name();
        namer.t_args(
            name_key,
            &[
                ("date", self.today().to_string().into()),
                ("producer", producer.into()),
            ],
        )
    }

    /// Where a file goes when no save dialog can open: the user's Documents folder (else the
    /// home folder), under the name the dialog would have suggested, never over another file.
    pub fn documents_path(&self, purpose: Purpose) -> Option<PathBuf> {
        let folder = match &self.documents_dir {
            Some(dir) => dir.clone(),
            None => {
                let dirs = directories::UserDirs::new()?;
                dirs.document_dir()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| dirs.home_dir().to_path_buf())
            }
        };
        let name = self.file_name_for(purpose);
        let (stem, ext) = match name.rsplit_once('.') {
            Some((s, e)) => (s.to_string(), format!(".{e}")),
            None => (name.clone(), String::new()),
        };
        (1..1000)
            .map(|n| {
                if n == 1 {
                    folder.join(&name)
                } else {
                    folder.join(format!("{stem}-{n}{ext}"))
                }
            })
            .find(|p| !p.exists())
    }

    /// No file dialog could open: say so, and for a save offer the Documents folder (where the
    /// file would go is worked out here once, not in every frame).
    pub fn no_dialog(&mut self, purpose: Purpose) {
        self.documents_offer = purpose
            .saves()
            .then(|| self.documents_path(purpose))
            .flatten();
        self.finished = Some(Finished::Failed(Failure::NoDialog(purpose)));
    }

    /// Saves into the Documents folder what a missing save dialog could not ask about.
    pub(super) fn save_to_documents(&mut self, purpose: Purpose) {
        self.finished = None;
        let Some(path) = self.documents_offer.take() else {
            self.say(self.tr.t("app-documents-none"));
            return;
        };
        if let Some(folder) = path.parent()
            && let Err(e) = std::fs::create_dir_all(folder)
        {
            self.say(
                self.tr
                    .t_args("app-documents-failed", &[("reason", e.to_string().into())]),
            );
            return;
        }
        match purpose {
            Purpose::ExportCsv | Purpose::ExportXlsx => self.start_export(path),
            Purpose::Template => self.write_template(path),
            Purpose::ComplianceCsv => self.export_compliance(path),
            Purpose::ExportPdf => self.start_pdf_export(path),
            Purpose::ExportCards => self.start_cards_export(path),
            Purpose::ExportProfile => self.start_profile_export(path),
            Purpose::ExportPricelistPdf => {
                self.start_pricelist_export(path, crate::ops::pricelist::Format::Pdf)
            }
            Purpose::ExportPricelistXlsx => {
                self.start_pricelist_export(path, crate::ops::pricelist::Format::Xlsx)
            }
            Purpose::LeadsCsv => self.export_leads(path),
            Purpose::Backup => self.start_backup(path),
            Purpose::Import | Purpose::Photos | Purpose::Logo | Purpose::RestoreFile => {}
        }
    }

    pub(super) fn pick_file(&mut self, purpose: Purpose) {
        if self.busy() || self.store().is_none() {
            return;
        }
        let tr = &self.tr;
        let title = match purpose {
            Purpose::Photos => tr.t("app-photos-pick-title"),
            Purpose::Logo => tr.t("app-logo-pick-title"),
            Purpose::Import => tr.t("app-import-pick-title"),
            Purpose::ExportXlsx => tr.t_args(
                "app-export-xlsx-pick-title",
                &[("count", self.export_count().into())],
            ),
            Purpose::Template => tr.t("app-template-pick-title"),
            Purpose::ComplianceCsv => tr.t("app-compliance-pick-title"),
            Purpose::ExportCsv => tr.t_args(
                "app-export-pick-title",
                &[("count", self.export_count().into())],
            ),
            Purpose::ExportPdf => tr.t("app-pdf-pick-title"),
            Purpose::ExportCards => tr.t("app-cards-pick-title"),
            Purpose::ExportProfile => tr.t("app-profile-pick-title"),
            Purpose::ExportPricelistPdf | Purpose::ExportPricelistXlsx => {
                tr.t("app-pricelist-pick-title")
            }
            Purpose::LeadsCsv => tr.t("app-leads-pick-title"),
            Purpose::Backup => tr.t("app-backup-pick-title"),
            Purpose::RestoreFile => tr.t("app-restore-pick-title"),
        };
        let file_name = self.file_name_for(purpose);
        let filter = match purpose {
            Purpose::Photos | Purpose::Logo => tr.t("app-photos-filter"),
            Purpose::ExportPdf | Purpose::ExportProfile | Purpose::ExportPricelistPdf => {
                tr.t("app-pdf-filter")
            }
            Purpose::Backup | Purpose::RestoreFile => tr.t("app-backup-filter"),
            Purpose::Import => tr.t("app-sheet-filter"),
            Purpose::ExportXlsx
            | Purpose::Template
            | Purpose::LeadsCsv
            | Purpose::ExportPricelistXlsx => tr.t("app-xlsx-filter"),
            _ => tr.t("app-csv-filter"),
        };
        self.job = Some(jobs::pick(purpose, title, filter, file_name));
    }

    /// Reads and checks a CSV file in the background; nothing is written until confirmed.
    pub(super) fn start_import(&mut self, path: PathBuf) {
        if self.busy() {
            return;
        }
        self.job = Some(jobs::plan(
            path,
            self.catalogue.clone(),
            self.store.clone(),
            crate::domain::model::now(),
        ));
    }

    /// Writes the previewed import.
    pub(super) fn confirm_import(&mut self) {
        if self.busy() {
            return;
        }
        let (Some(preview), Some(store)) = (self.import_preview.take(), self.store.clone()) else {
            return;
        };
        let report = &preview.plan.report;
        self.pending_import = Some((
            report.created.len(),
            report.updated.len(),
            report.rejected_rows(),
        ));
        self.job = Some(jobs::save(store, preview.plan));
    }

    pub(super) fn start_export(&mut self, path: PathBuf) {
        let Some(store) = self.store.clone() else {
            return;
        };
        if self.busy() {
            return;
        }
        self.job = Some(jobs::export(
            path,
            store,
            self.export_targets(),
            self.catalogue.producers.clone(),
            self.catalogue.categories.clone(),
        ));
    }

    /// Writes the printable catalogue as chosen on the Export screen.
    pub(super) fn start_pdf_export(&mut self, path: PathBuf) {
        let Some(store) = self.store.clone() else {
            return;
        };
        if self.busy() {
            return;
        }
        self.refresh_visible();
        self.job = Some(jobs::export_pdf(path, store, self.pdf_options()));
    }

    /// Draws the social-media cards into `dir` in the background (made when missing).
    pub(super) fn start_cards_export(&mut self, dir: PathBuf) {
        let Some(store) = self.store.clone() else {
            return;
        };
        if self.busy() {
            return;
        }
        self.refresh_visible();
        self.job = Some(jobs::export_cards(
            dir,
            store,
            self.card_options(),
            self.card_filters(),
        ));
    }

    /// Writes the Compliance list as CSV (small: written at once).
    pub(super) fn export_compliance(&mut self, path: PathBuf) {
        let bytes = self.compliance_csv();
        let rows = self.compliance.rows.len();
        self.finished = Some(match crate::fsio::write_atomically(&path, &bytes) {
            Ok(()) => Finished::ComplianceExported { path, rows },
            Err(e) => Finished::Failed(Failure::Write(path, e)),
        });
    }

    /// Writes the blank workbook to fill in (small: written at once).
    pub(super) fn write_template(&mut self, path: PathBuf) {
        let (categories, producers) = (&self.catalogue.categories, &self.catalogue.producers);
        self.finished = Some(
            match crate::ops::export::template_with(&path, categories, producers) {
                Ok(()) => Finished::TemplateSaved { path },
                Err(e) => Finished::Failed(Failure::export(path, e)),
            },
        );
    }

    /// Drops the previewed import, and the photos stored for it that nothing uses.
    pub(super) fn cancel_import(&mut self) {
        let Some(preview) = self.import_preview.take() else {
            return;
        };
        if let Some(store) = &self.store {
            let _ = store.remove_unused_photos(&preview.new_photos);
        }
    }

    /// Reads photo files for the product in the editor (in the background).
    pub(super) fn add_photos(&mut self, paths: Vec<PathBuf>) {
        let target = match self.screen {
            Screen::Producers => self.producer_form.is_some(),
            _ => self.editor.is_some(),
        };
        if paths.is_empty() || self.busy() || !target {
            return;
        }
        let Some(store) = self.store.clone() else {
            return;
        };
        self.job = Some(jobs::add_photos(store, paths));
    }

    pub(super) fn cancel_job(&mut self) {
        if let Some(job) = &self.job
            && job.kind.cancellable()
        {
            job.progress.cancel();
        }
    }

    /// Takes a finished job's outcome (called every frame).
    pub fn poll_job(&mut self) {
        let Some(outcome) = self.job.as_ref().and_then(Job::poll) else {
            return;
        };
        self.job = None;
        match outcome {
            Outcome::Picked(Purpose::Photos | Purpose::Logo, paths) => self.add_photos(paths),
            Outcome::Picked(purpose, paths) => match (purpose, paths.into_iter().next()) {
                (Purpose::Import, Some(path)) => self.start_import(path),
                (Purpose::ExportCsv | Purpose::ExportXlsx, Some(path)) => self.start_export(path),
                (Purpose::Template, Some(path)) => self.write_template(path),
                (Purpose::ComplianceCsv, Some(path)) => self.export_compliance(path),
                (Purpose::ExportPdf, Some(path)) => self.start_pdf_export(path),
                (Purpose::ExportCards, Some(dir)) => self.start_cards_export(dir),
                (Purpose::LeadsCsv, Some(path)) => self.export_leads(path),
                (Purpose::Backup, Some(path)) => self.start_backup(path),
                (Purpose::RestoreFile, Some(path)) => self.confirm_restore = Some(path),
                _ => {}
            },
            Outcome::PhotosAdded(None) => self.notice = Some(self.tr.t("app-photos-cancelled")),
            Outcome::PhotosAdded(Some(results)) => {
                let mut refused = Vec::new();
                for (path, result) in results {
                    match result {
                        Ok(id) => {
                            if self.screen == Screen::Producers {
                                if let Some(form) = &mut self.producer_form {
                                    form.draft.logo = Some(id);
                                }
                            } else if let Some(editor) = &mut self.editor
                                && !editor.draft.photos.contains(&id)
                            {
                                editor.draft.photos.push(id);
                            }
                        }
                        Err(problem) => refused.push((path, problem)),
                    }
                }
                if !refused.is_empty() {
                    self.finished = Some(Finished::PhotosRefused(refused));
                }
            }
            Outcome::Planned { path, result } => match result {
                Ok(Some(planned)) => {
                    let planned = *planned;
                    self.import_preview = Some(ImportPreview {
                        path,
                        plan: planned.plan,
                        origin: planned.origin,
                        new_photos: planned.new_photos,
                    })
                }
                Ok(None) => self.notice = Some(self.tr.t("app-import-cancelled")),
                Err(e) => self.finished = Some(Finished::Failed(Failure::Read(path, e))),
            },
            Outcome::Saved(result) => {
                let counts = self.pending_import.take().unwrap_or_default();
                match result {
                    Ok(()) => {
                        self.reload();
                        self.last_save = Some(Instant::now());
                        self.screen = Screen::Products;
                        let (created, updated, rejected) = counts;
                        self.finished = Some(Finished::Imported {
                            created,
                            updated,
                            rejected,
                        });
                    }
                    Err(e) => self.finished = Some(Finished::Failed(Failure::Store(e))),
                }
            }
            Outcome::Exported { path, result } => match result {
                Ok(Some(count)) => self.finished = Some(Finished::Exported { path, count }),
                Ok(None) => self.notice = Some(self.tr.t("app-export-cancelled")),
                Err(e) => self.finished = Some(Finished::Failed(Failure::export(path, e))),
            },
            Outcome::PdfExported { path, result } => match result {
                Ok(Some(count)) => self.finished = Some(Finished::PdfExported { path, count }),
                Ok(None) => self.notice = Some(self.tr.t("app-export-cancelled")),
                Err(e) => self.finished = Some(Finished::Failed(Failure::export(path, e))),
            },
            Outcome::ProfileExported { path, result } => match result {
                Ok(Some(made)) => {
                    self.finished = Some(Finished::ProfileExported {
                        path,
                        producer: made.producer,
                        met: made.readiness.met(),
                        total: made.readiness.items.len(),
                    })
                }
                Ok(None) => self.notice = Some(self.tr.t("app-export-cancelled")),
                Err(crate::ops::profile::ProfileFailure::UnknownProducer(_)) => {
                    self.finished = Some(Finished::Failed(Failure::ProducerGone))
                }
                Err(crate::ops::profile::ProfileFailure::Export(e)) => {
                    self.finished = Some(Finished::Failed(Failure::export(path, e)))
                }
            },
            Outcome::PricelistExported { path, result } => match result {
                Ok(Some(count)) => {
                    self.finished = Some(Finished::PricelistExported { path, count })
                }
                Ok(None) => self.notice = Some(self.tr.t("app-export-cancelled")),
                Err(e) => self.finished = Some(Finished::Failed(Failure::export(path, e))),
            },
            Outcome::CardsExported { dir, result } => match result {
                Ok(Some(count)) => self.finished = Some(Finished::CardsExported { dir, count }),
                Ok(None) => self.notice = Some(self.tr.t("app-export-cancelled")),
                Err(e) => self.finished = Some(Finished::Failed(Failure::export(dir, e))),
            },
            Outcome::SampleLoaded(result) => self.sample_loaded(result),
            Outcome::Restored(result) => self.restored(result),
            Outcome::BackedUp {
                result: Err(crate::backup::BackupError::Cancelled),
                ..
            } => self.notice = Some(self.tr.t("backup-err-cancelled")),
            Outcome::BackedUp { path, result } => {
                self.reload_backups();
                self.finished = Some(match result {
                    Ok(counts) => Finished::BackedUp {
                        path,
                        products: counts.products,
                    },
                    Err(e) => Finished::Failed(Failure::Backup(e)),
                })
            }
            Outcome::ExampleRemoved { backup, result } => self.example_removed(backup, result),
            Outcome::Stopped => self.finished = Some(Finished::Failed(Failure::Stopped)),
            Outcome::NoDialog(purpose) => self.no_dialog(purpose),
        }
    }
}
