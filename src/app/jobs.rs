//! Work that runs off the UI thread: the file dialogs, and the ops (`crate::ops`: import, export,
//! photos, the example, backup and restore) run on a thread of their own. A job reports progress
//! through an [`ops::Progress`], can be cancelled where stopping loses nothing, and hands its
//! outcome back through a channel that `logic()` polls every frame. Outcomes carry typed errors;
//! the window words them when it shows them.

use crate::domain::model::Timestamp;
use crate::domain::{Catalogue, Category, PhotoId, Producer, Product};
use crate::interchange::ImportPlan;
use crate::ops::export::{ExportFailure, Sheet};
use crate::ops::import::{Planned, ReadFailure};
use crate::ops::sample::ExampleFailure;
use crate::storage::{PhotoProblem, Store, StoreError};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

pub use crate::ops::{Phase, Progress};

/// What a job is doing, for its progress dialog.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JobKind {
    /// A file dialog is open.
    Picking,
    /// Reading and checking a CSV file.
    ReadingCsv,
    /// Writing an accepted import to the store (one atomic batch: not cancellable).
    SavingImport,
    /// Writing a CSV file.
    WritingCsv,
    /// Writing an Excel workbook.
    WritingWorkbook,
    /// Reading photo files into the store.
    AddingPhotos,
    /// Drawing and writing the example catalogue.
    LoadingSample,
    /// Making the printable catalogue.
    WritingPdf,
    /// Drawing and writing social-media cards.
    WritingCards,
    /// Making a producer's grant profile.
    WritingProfile,
    /// Making the buyer price list.
    WritingPricelist,
    /// Restoring a backup (not cancellable: it swaps folders at the end).
    Restoring,
    /// Writing a backup (cancelled, it leaves no file).
    BackingUp,
    /// Backing up, then removing the example catalogue (cancelled while backing up, nothing is
    /// removed).
    RemovingExample,
}

impl JobKind {
    pub fn cancellable(self) -> bool {
        matches!(
            self,
            JobKind::ReadingCsv
                | JobKind::WritingCsv
                | JobKind::WritingWorkbook
                | JobKind::AddingPhotos
                | JobKind::WritingPdf
                | JobKind::WritingCards
                | JobKind::WritingProfile
                | JobKind::WritingPricelist
                | JobKind::BackingUp
                | JobKind::RemovingExample
        )
    }
}

/// What a file dialog was opened for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// A product list to import: CSV or a workbook (.xlsx, .xls, .ods).
    Import,
    ExportCsv,
    /// Where the catalogue goes as an Excel workbook.
    ExportXlsx,
    /// Where the blank workbook to fill in goes.
    Template,
    /// Photos for the product in the editor.
    Photos,
    /// A logo for the producer on screen.
    Logo,
    /// Where the Compliance list goes as CSV.
    ComplianceCsv,
    /// Where the printable catalogue goes.
    ExportPdf,
    /// The folder the social-media cards go to.
    ExportCards,
    /// Where a producer's grant profile goes (a PDF).
    ExportProfile,
    /// Where the buyer price list goes, as a PDF.
    ExportPricelistPdf,
    /// Where the buyer price list goes, as an Excel workbook.
    ExportPricelistXlsx,
    /// Where the visitors' sign-ups go: an Excel workbook, or CSV by the file's name.
    LeadsCsv,
    /// Where a backup goes.
    Backup,
    /// A backup to restore.
    RestoreFile,
}

impl Purpose {
    /// Whether the dialog saves a file (rather than opening one).
    pub fn saves(self) -> bool {
        !matches!(
            self,
            Purpose::Import | Purpose::Photos | Purpose::Logo | Purpose::RestoreFile
        )
    }
}

/// What a finished job hands back.
#[derive(Debug)]
pub enum Outcome {
    /// The dialog closed; empty when the user cancelled it (or it never opened: see
    /// [`Outcome::NoDialog`]).
    Picked(Purpose, Vec<PathBuf>),
    /// Photo files read into the store, in the order given; `None` when cancelled.
    PhotosAdded(Option<Vec<(PathBuf, Result<PhotoId, PhotoProblem>)>>),
    /// The dialog came back empty faster than a person can cancel one: the system has no file
    /// dialog service (no desktop portal and no zenity).
    NoDialog(Purpose),
    /// A plan to show before anything is written; `Ok(None)` when cancelled.
    Planned {
        path: PathBuf,
        result: Result<Option<Box<Planned>>, ReadFailure>,
    },
    Saved(Result<(), StoreError>),
    SampleLoaded(Result<(), StoreError>),
    /// `Ok(None)` when cancelled (nothing was written).
    Exported {
        path: PathBuf,
        result: Result<Option<usize>, ExportFailure>,
    },
    /// The printable catalogue: how many products went in, `Ok(None)` when cancelled (nothing
    /// was written).
    PdfExported {
        path: PathBuf,
        result: Result<Option<usize>, ExportFailure>,
    },
    /// A producer's grant profile: what went in, `Ok(None)` when cancelled.
    ProfileExported {
        path: PathBuf,
        result: Result<Option<crate::ops::profile::Made>, crate::ops::profile::ProfileFailure>,
    },
    /// The buyer price list: how many products, `Ok(None)` when cancelled.
    PricelistExported {
        path: PathBuf,
        result: Result<Option<usize>, ExportFailure>,
    },
    /// Social-media cards written into `dir`: how many, `Ok(None)` when cancelled.
    CardsExported {
        dir: PathBuf,
        result: Result<Option<usize>, ExportFailure>,
    },
    /// A backup written (the counts), or why not.
    BackedUp {
        path: PathBuf,
        result: Result<crate::backup::Counts, crate::backup::BackupError>,
    },
    /// A backup restored (the store is not open yet).
    Restored(Result<crate::backup::Restored, crate::backup::BackupError>),
    /// The example catalogue removed after a backup to `backup`: how many products and
    /// producers went.
    ExampleRemoved {
        backup: PathBuf,
        result: Result<(usize, usize), ExampleFailure>,
    },
    /// The job's thread ended without an outcome (a bug); nothing is known to be written.
    Stopped,
}

/// A running job.
pub struct Job {
    pub kind: JobKind,
    pub progress: Arc<Progress>,
    outcome: Receiver<Outcome>,
}

impl Job {
    /// Runs `work` on its own thread.
    pub fn spawn(kind: JobKind, work: impl FnOnce(&Progress) -> Outcome + Send + 'static) -> Job {
        let progress = Arc::new(Progress::default());
        let (send, outcome) = channel();
        let shared = progress.clone();
        std::thread::Builder::new()
            .name("etalase-job".into())
            .spawn(move || {
                let _ = send.send(work(&shared));
            })
            .expect("a thread can be started");
        Job {
            kind,
            progress,
            outcome,
        }
    }

    /// The outcome once the job has finished.
    pub fn poll(&self) -> Option<Outcome> {
        match self.outcome.try_recv() {
            Ok(o) => Some(o),
            Err(TryRecvError::Empty) => None,
            // The thread panicked: say so rather than leave the dialog hanging.
            Err(TryRecvError::Disconnected) => Some(Outcome::Stopped),
        }
    }
}

/// What the import dialog offers, in lower and upper case (case matters on some systems).
fn import_filter() -> Vec<String> {
    let extensions = crate::interchange::workbook::IMPORT_EXTENSIONS;
    let upper = extensions.iter().map(|e| e.to_uppercase());
    extensions
        .iter()
        .map(|e| e.to_string())
        .chain(upper)
        .collect()
}

/// What the photo dialogs offer (case matters on some systems).
const PHOTO_EXTENSIONS: &[&str] = &["jpg", "jpeg", "png", "webp", "JPG", "JPEG", "PNG", "WEBP"];

/// Opens a native file dialog on its own thread (the window keeps drawing meanwhile).
pub fn pick(purpose: Purpose, title: String, filter_name: String, file_name: String) -> Job {
    Job::spawn(JobKind::Picking, move |_| {
        let started = std::time::Instant::now();
        let dialog = rfd::FileDialog::new().set_title(title);
        let paths: Vec<PathBuf> = match purpose {
            Purpose::Import => dialog
                .add_filter(filter_name, &import_filter())
                .pick_file()
                .into_iter()
                .collect(),
            Purpose::RestoreFile => dialog
                .add_filter(filter_name, &["zip", "age", "ZIP", "AGE"])
                .pick_file()
                .into_iter()
                .collect(),
            Purpose::Backup => dialog
                .add_filter(filter_name, &["zip", "age"])
                .set_file_name(file_name)
                .save_file()
                .into_iter()
                .collect(),
            Purpose::ExportCards => dialog.pick_folder().into_iter().collect(),
            Purpose::ExportPdf | Purpose::ExportProfile | Purpose::ExportPricelistPdf => dialog
                .add_filter(filter_name, &["pdf"])
                .set_file_name(file_name)
                .save_file()
                .into_iter()
                .collect(),
            Purpose::ExportXlsx | Purpose::Template | Purpose::ExportPricelistXlsx => dialog
                .add_filter(filter_name, &["xlsx"])
                .set_file_name(file_name)
                .save_file()
                .into_iter()
                .collect(),
            Purpose::LeadsCsv => dialog
                .add_filter(filter_name, &["xlsx"])
                .add_filter("CSV", &["csv"])
                .set_file_name(file_name)
                .save_file()
                .into_iter()
                .collect(),
            Purpose::ExportCsv | Purpose::ComplianceCsv => dialog
                .add_filter(filter_name, &["csv", "txt"])
                .set_file_name(file_name)
                .save_file()
                .into_iter()
                .collect(),
            Purpose::Photos => dialog
                .add_filter(filter_name, PHOTO_EXTENSIONS)
                .pick_files()
                .unwrap_or_default(),
            Purpose::Logo => dialog
                .add_filter(filter_name, PHOTO_EXTENSIONS)
                .pick_file()
                .into_iter()
                .collect(),
        };
        if paths.is_empty() && started.elapsed() < std::time::Duration::from_millis(300) {
            return Outcome::NoDialog(purpose);
        }
        Outcome::Picked(purpose, paths)
    })
}

/// Reads a CSV file, stores the photos it names and plans its import against `catalogue` (see
/// [`crate::ops::import::plan`]); no product is written.
pub fn plan(path: PathBuf, catalogue: Catalogue, store: Option<Store>, now: Timestamp) -> Job {
    Job::spawn(JobKind::ReadingCsv, move |progress| {
        let source = crate::ops::import::Source {
            file: &path,
            photo_folder: None,
            sheet: None,
        };
        let result = crate::ops::import::plan(&source, store.as_ref(), &catalogue, now, progress)
            .map(|p| p.map(Box::new));
        Outcome::Planned { path, result }
    })
}

/// Reads photo files into the store on all cores.
pub fn add_photos(store: Store, paths: Vec<PathBuf>) -> Job {
    Job::spawn(JobKind::AddingPhotos, move |progress| {
        progress.set_phase(Phase::Photos);
        let results = crate::ops::photos::import_files(Some(&store), &paths, &progress.counter());
        Outcome::PhotosAdded(results.map(|r| paths.into_iter().zip(r).collect()))
    })
}

/// Loads the example catalogue (see [`crate::ops::sample::load`]).
pub fn load_sample(store: Store, publisher: String, today: crate::domain::Date) -> Job {
    Job::spawn(JobKind::LoadingSample, move |_| {
        let loaded = crate::ops::sample::load(&store, today, Some(&publisher));
        Outcome::SampleLoaded(loaded.map(|_| ()))
    })
}

/// Writes an accepted import in one batch.
pub fn save(store: Store, plan: ImportPlan) -> Job {
    Job::spawn(JobKind::SavingImport, move |_| {
        Outcome::Saved(store.apply(&plan.changes))
    })
}

/// Writes these products to `path`, as an Excel workbook when it ends in `.xlsx`, else as CSV,
/// their photos in a folder beside it.
pub fn export(
    path: PathBuf,
    store: Store,
    products: Vec<Product>,
    producers: Vec<Producer>,
    categories: Vec<Category>,
) -> Job {
    let kind = match Sheet::of_file(&path) {
        Sheet::Xlsx => JobKind::WritingWorkbook,
        Sheet::Csv => JobKind::WritingCsv,
    };
    Job::spawn(kind, move |progress| {
        export_work(path, &store, &products, &producers, &categories, progress)
    })
}

/// The export job's work; a cancel before the end leaves no file behind.
fn export_work(
    path: PathBuf,
    store: &Store,
    products: &[Product],
    producers: &[Producer],
    categories: &[Category],
    progress: &Progress,
) -> Outcome {
    let format = Sheet::of_file(&path);
    let result = crate::ops::export::sheet(
        format, store, &path, products, producers, categories, progress,
    );
    Outcome::Exported { path, result }
}

/// Writes the printable catalogue to `path` (see [`crate::ops::export::pdf`]).
pub fn export_pdf(path: PathBuf, store: Store, options: crate::pdf::Options) -> Job {
    Job::spawn(JobKind::WritingPdf, move |progress| {
        export_pdf_work(path, &store, &options, progress)
    })
}

/// The PDF job's work; a cancel before the end leaves no file behind, and a file is replaced
/// only once the new one is complete.
fn export_pdf_work(
    path: PathBuf,
    store: &Store,
    options: &crate::pdf::Options,
    progress: &Progress,
) -> Outcome {
    let result = crate::ops::export::pdf(store, options, &path, progress)
        .map(|written| written.map(|w| w.products));
    Outcome::PdfExported { path, result }
}

/// Writes a producer's grant profile to `path` (see [`crate::ops::profile::write`]).
pub fn export_profile(
    path: PathBuf,
    store: Store,
    options: crate::ops::profile::ProfileOptions,
) -> Job {
    Job::spawn(JobKind::WritingProfile, move |progress| {
        let result = crate::ops::profile::write(&store, &options, &path, progress);
        Outcome::ProfileExported { path, result }
    })
}

/// Writes the buyer price list to `path` (see [`crate::ops::pricelist::write`]).
pub fn export_pricelist(
    path: PathBuf,
    store: Store,
    options: crate::ops::pricelist::PricelistOptions,
) -> Job {
    Job::spawn(JobKind::WritingPricelist, move |progress| {
        let result = crate::ops::pricelist::write(&store, &options, &path, progress)
            .map(|written| written.map(|w| w.products));
        Outcome::PricelistExported { path, result }
    })
}

/// Draws the social-media cards the filters name into `dir` (see [`crate::ops::cards::export`]);
/// a cancel leaves no half-written file.
pub fn export_cards(
    dir: PathBuf,
    store: Store,
    options: crate::cards::CardOptions,
    filters: crate::ops::cards::Filters,
) -> Job {
    Job::spawn(JobKind::WritingCards, move |progress| {
        progress.set_phase(Phase::Cards);
        let result = crate::ops::cards::export(&store, &options, &filters, &dir, &mut |d, t| {
            progress.report(d, t)
        })
        .map(|written| written.map(|report| report.written));
        Outcome::CardsExported { dir, result }
    })
}

/// Backs the catalogue up to `backup`, then removes the example (see
/// [`crate::ops::sample::remove`]).
pub fn remove_example(
    store: Store,
    records: crate::sample::ExampleRecords,
    backup: PathBuf,
) -> Job {
    Job::spawn(JobKind::RemovingExample, move |progress| {
        let result = crate::ops::sample::remove(&store, &records, &backup, progress);
        Outcome::ExampleRemoved { backup, result }
    })
}

/// Writes a backup of the catalogue (see [`crate::ops::backup::write`]).
pub fn backup(store: Store, path: PathBuf, passphrase: Option<crate::protect::Passphrase>) -> Job {
    Job::spawn(JobKind::BackingUp, move |progress| {
        let result = crate::ops::backup::write(&store, &path, passphrase.as_ref(), progress);
        Outcome::BackedUp { path, result }
    })
}

/// Restores a backup into the data folder (see [`crate::ops::backup::restore`]); the store
/// must have been let go.
pub fn restore(
    file: PathBuf,
    passphrase: Option<crate::protect::Passphrase>,
    folders: crate::ops::backup::Folders,
    replace: bool,
) -> Job {
    Job::spawn(JobKind::Restoring, move |_| {
        let result = crate::ops::backup::restore(&file, passphrase.as_ref(), &folders, replace);
        Outcome::Restored(result)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait(job: &Job) -> Outcome {
        loop {
            if let Some(o) = job.poll() {
                return o;
            }
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
    }

    #[test]
    fn a_cancelled_export_writes_no_file_and_a_finished_one_does() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        let products: Vec<Product> = (0..500)
            .map(|i| {
                Product::new(
                    &format!("SKU-{i}"),
                    crate::domain::CategoryId::new(),
                    crate::domain::ProducerId::new(),
                )
            })
            .collect();
        let store = Store::open(&dir.path().join("store")).unwrap();
        let cancelled = Progress::default();
        cancelled.cancel();
        let outcome = export_work(path.clone(), &store, &products, &[], &[], &cancelled);
        assert!(matches!(
            outcome,
            Outcome::Exported {
                result: Ok(None),
                ..
            }
        ));
        assert!(!path.exists());
        let progress = Progress::default();
        let outcome = export_work(path.clone(), &store, &products, &[], &[], &progress);
        assert!(matches!(
            outcome,
            Outcome::Exported {
                result: Ok(Some(500)),
                ..
            }
        ));
        assert_eq!(progress.counts(), (500, 500), "no photos: rows only");
        assert_eq!(std::fs::read_to_string(&path).unwrap().lines().count(), 501);
    }

    #[test]
    fn a_cancelled_pdf_export_writes_no_file_and_a_finished_one_does() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("store")).unwrap();
        store
            .apply(&crate::sample::sample_changes(
                &store.categories().unwrap(),
                crate::domain::Date::new(2026, 11, 28).unwrap(),
            ))
            .unwrap();
        let path = dir.path().join("katalog.pdf");
        let options = crate::pdf::Options {
            prices: true,
            ..Default::default()
        };
        let cancelled = Progress::default();
        cancelled.cancel();
        let outcome = export_pdf_work(path.clone(), &store, &options, &cancelled);
        assert!(matches!(
            outcome,
            Outcome::PdfExported {
                result: Ok(None),
                ..
            }
        ));
        assert!(!path.exists());
        let progress = Progress::default();
        let outcome = export_pdf_work(path.clone(), &store, &options, &progress);
        let count = store
            .products()
            .unwrap()
            .iter()
            .filter(|p| !p.hidden)
            .count();
        assert!(matches!(outcome, Outcome::PdfExported { result: Ok(Some(n)), .. } if n == count));
        let (done, total) = progress.counts();
        assert!(total > 0 && done == total, "{done} of {total}");
        assert!(std::fs::read(&path).unwrap().starts_with(b"%PDF"));
    }

    #[test]
    fn an_unreadable_file_is_reported_not_panicked() {
        let job = plan(
            PathBuf::from("/nonexistent/etalase.csv"),
            Catalogue::default(),
            None,
            crate::domain::model::now(),
        );
        match wait(&job) {
            Outcome::Planned {
                result: Err(ReadFailure::Io(_)),
                ..
            } => {}
            other => panic!("unexpected {other:?}"),
        }
    }
}
