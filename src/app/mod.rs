//! The desktop app's runtime: the open store, a cached copy of the catalogue, what is shown and
//! selected, the product being edited. The UI (`crate::ui`) draws from it and returns
//! [`Command`]s; [`EtalaseApp::apply`] carries them out (store writes happen only there).

pub mod bulk;
pub mod cards;
pub mod catalogue_pdf;
pub mod command;
pub mod compliance;
pub mod documents;
pub mod draft;
pub mod forms;
pub mod jobs;
pub mod list;
mod navigate;
mod save;
pub mod showcase;
pub mod thumbs;
pub mod transfer;
mod welcome;
pub mod window;

pub use command::{After, Command};

use crate::domain::sort::natural_cmp;
use crate::domain::{CategoryId, Lang, Producer, ProducerId, Product, ProductId};
use crate::i18n::Translator;
use crate::storage::{Store, StoreError};
use draft::ProductDraft;
use std::path::Path;
use std::time::Instant;

/// UI preferences, kept by eframe between runs (catalogue data lives only in the store).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Prefs {
    pub lang: Lang,
    pub view: ListView,
    pub dark: bool,
    /// Fair mode's timing, PIN and sign-up form (absent in preferences saved before it).
    #[serde(default)]
    pub showcase: showcase::ShowcasePrefs,
}

impl Prefs {
    pub fn new(lang: Lang) -> Prefs {
        Prefs {
            lang,
            view: ListView::Grid,
            dark: false,
            showcase: showcase::ShowcasePrefs::default(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ListView {
    Grid,
    Table,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    Products,
    Editor,
    Producers,
    Categories,
    Settings,
    StoreError,
    Compliance,
    /// The printable catalogue (PDF).
    Export,
    /// Social-media cards and their captions.
    Cards,
    /// Fair mode's settings and the visitors who signed up.
    Fair,
}

pub use crate::domain::listing::{Filters, SortKey};

/// The product being edited.
pub struct Editor {
    pub base: Product,
    pub is_new: bool,
    pub draft: ProductDraft,
    pub original: ProductDraft,
    /// When each field's messages show.
    pub voice: forms::Voice<draft::Field>,
}

impl Editor {
    /// The editor on a product as stored (or a new one).
    pub fn new(base: Product, is_new: bool, draft: ProductDraft) -> Editor {
        Editor {
            base,
            is_new,
            original: draft.clone(),
            draft,
            voice: forms::Voice::new(is_new),
        }
    }

    pub fn is_dirty(&self) -> bool {
        self.draft != self.original
    }
}

/// The producer being edited on the Producers screen.
pub struct ProducerForm {
    pub base: Producer,
    pub is_new: bool,
    pub draft: forms::ProducerDraft,
    pub original: forms::ProducerDraft,
    /// When each field's messages show.
    pub voice: forms::Voice<forms::ProducerField>,
}

/// A form's draft and what it was when opened or last saved.
pub struct Form<T> {
    pub draft: T,
    pub original: T,
}

impl<T: PartialEq + Clone> Form<T> {
    pub fn new(value: T) -> Form<T> {
        Form {
            original: value.clone(),
            draft: value,
        }
    }
    pub fn is_dirty(&self) -> bool {
        self.draft != self.original
    }
}

/// What the delete dialog is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeleteTarget {
    Product(ProductId),
    Producer(ProducerId),
}

pub use crate::domain::Catalogue;

/// How long a remark stays in the status line.
pub const NOTICE_SECONDS: f64 = 8.0;

/// How long "Undo" stays offered after a delete.
pub const UNDO_SECONDS: f64 = 12.0;

/// The Settings choice to protect the next backup with a passphrase (typed twice).
#[derive(Default)]
pub struct BackupLock {
    pub on: bool,
    pub first: String,
    pub second: String,
    pub problem: Option<crate::protect::PassphraseProblem>,
}

/// A protected backup to restore, and the passphrase being typed for it.
pub struct Unlock {
    pub file: std::path::PathBuf,
    pub text: String,
    /// The last passphrase tried was wrong (nothing was changed).
    pub wrong: bool,
}

pub struct EtalaseApp {
    pub tr: Translator,
    pub prefs: Prefs,
    store: Option<Store>,
    pub store_error: Option<StoreError>,
    pub catalogue: Catalogue,
    /// The product list: filters, sort, rows shown, selection, cursor.
    pub list: list::ProductList,
    pub screen: Screen,
    pub editor: Option<Editor>,
    /// Set when leaving the editor with unsaved changes: what to do once the user decides.
    pub leaving: Option<After>,
    pub confirm_delete: Option<DeleteTarget>,
    pub producer_form: Option<ProducerForm>,
    pub categories_form: Option<Form<forms::CategoriesDraft>>,
    pub settings_form: Option<Form<forms::SettingsDraft>>,
    /// The folder holding the store (shown in Settings).
    pub data_dir: std::path::PathBuf,
    /// The store's own folder.
    pub store_dir: std::path::PathBuf,
    /// The automatic backups in the data folder, newest first, with their sizes in bytes: read
    /// when Settings or the damaged-store screen opens and after a backup or restore, not per frame.
    pub backups: Vec<(crate::domain::Date, std::path::PathBuf, u64)>,
    /// A backup the user asked to restore, waiting for confirmation.
    pub confirm_restore: Option<std::path::PathBuf>,
    /// Whether the next backup is protected, and the passphrase typed for it.
    pub backup_lock: BackupLock,
    /// A protected backup waiting for its passphrase before it is restored.
    pub unlock: Option<Unlock>,
    /// What the last delete or bulk change can take back, and when it was made.
    pub undo: Option<bulk::Undo>,
    /// The bulk price dialog, while open.
    pub price_form: Option<bulk::PriceForm>,
    /// Set while asking whether to delete the selected products.
    pub confirm_bulk_delete: bool,
    /// The Settings question "remove the example catalogue?", with what it would remove.
    pub confirm_remove_example: Option<crate::sample::ExampleRecords>,
    /// Where files go when no save dialog opens; `None` is the user's Documents folder (tests
    /// point it elsewhere).
    pub documents_dir: Option<std::path::PathBuf>,
    /// The file offered in the Documents folder after a save dialog could not open.
    pub documents_offer: Option<std::path::PathBuf>,
    /// Whether the catalogue still holds the example's records (read when Settings opens).
    pub example_present: bool,
    pub last_save: Option<Instant>,
    /// A one-line message for the status bar (errors are translated already).
    pub notice: Option<String>,
    /// Text to put on the clipboard once the commands of this frame are applied.
    pub copy_to_clipboard: Option<String>,
    pub welcome_publisher: String,
    pub welcome_missing_name: bool,
    pub focus_search: bool,
    pub allow_close: bool,
    /// The background job running (file dialog, import, export), if any.
    pub job: Option<jobs::Job>,
    /// A checked import waiting for confirmation.
    pub import_preview: Option<transfer::ImportPreview>,
    /// Counts of the import being saved: created, updated, rejected rows.
    pending_import: Option<(usize, usize, usize)>,
    /// The last transfer's result, until dismissed.
    pub finished: Option<transfer::Finished>,
    /// The producer whose grant profile the save dialog is for, and the profile's language.
    profile_for: Option<(crate::domain::ProducerId, crate::domain::Lang)>,
    /// Photos decoded for the screen.
    pub thumbs: thumbs::Thumbs,
    pub compliance: compliance::View,
    /// The Export screen (printable catalogue).
    pub pdf: catalogue_pdf::PdfView,
    pub cards: cards::CardsView,
    /// Fair mode, while it runs (the whole window then shows only it).
    pub showcase: Option<showcase::Showcase>,
    /// A new fair-mode PIN being asked for (before fair mode first starts).
    pub pin_setup: Option<showcase::PinSetup>,
    /// Enter fair mode on the first frame (`etalase --showcase`).
    pub start_showcase: bool,
    /// A full-screen change for the window to make on the next frame.
    pub fullscreen: Option<bool>,
    /// Visitor sign-ups, newest first (the Fair screen).
    pub leads: Vec<crate::domain::lead::Lead>,
    /// Set while asking whether to delete one sign-up (`Some(id)`) or all (`None`).
    pub confirm_delete_leads: Option<Option<crate::domain::lead::LeadId>>,
    /// Set while asking whether to delete the sign-ups kept longer than the retention time.
    pub confirm_delete_old_leads: bool,
    /// The window's clock (seconds) at the last frame; fair mode's timers run on it.
    pub clock: f64,
    /// The day the window counts from (halal validity, compliance, the PDF's date, the example's
    /// dates); `None` is `clock::today()`. Tests fix it with [`EtalaseApp::set_today`].
    today: Option<crate::domain::Date>,
    /// Counts reloads of the catalogue, so views built from it know when to rebuild.
    pub catalogue_version: u64,
    /// The product grid's rows laid out in the last frame, and how many it has in all (the
    /// scale benchmark scrolls until the last is on screen).
    grid_rows: (std::ops::Range<usize>, usize),
    /// The theme last applied (dark or not); `logic()` applies a changed one.
    theme_applied: Option<bool>,
    /// The status-line remark shown and since when (the window's clock).
    notice_since: Option<(String, f64)>,
    /// Whether fonts and theme were installed in the window's context.
    styled: bool,
    close_sent: bool,
    /// Whether the window's title was last set to show unsaved changes.
    title_dirty: Option<bool>,
    /// Frames drawn so far, up to 2 (for the start-up timing report).
    frames_drawn: u8,
}

impl EtalaseApp {
    /// Opens the store in `store_dir` (showing a translated error screen if that fails).
    pub fn new(store_dir: &Path, prefs: Prefs) -> EtalaseApp {
        let (store, store_error) = match Store::open(store_dir) {
            Ok(s) => (Some(s), None),
            Err(e) => (None, Some(e)),
        };
        let lang = prefs.lang;
        let mut app = EtalaseApp {
            tr: Translator::new(lang),
            prefs,
            store,
            store_error,
            catalogue: Catalogue::default(),
            list: list::ProductList::default(),
            screen: Screen::Products,
            editor: None,
            leaving: None,
            confirm_delete: None,
            producer_form: None,
            categories_form: None,
            settings_form: None,
            data_dir: store_dir.parent().unwrap_or(store_dir).to_path_buf(),
            store_dir: store_dir.to_path_buf(),
            confirm_restore: None,
            backup_lock: BackupLock::default(),
            unlock: None,
            backups: Vec::new(),
            undo: None,
            price_form: None,
            confirm_bulk_delete: false,
            confirm_remove_example: None,
            example_present: false,
            documents_dir: None,
            documents_offer: None,
            last_save: None,
            notice: None,
            copy_to_clipboard: None,
            welcome_publisher: String::new(),
            welcome_missing_name: false,
            focus_search: false,
            allow_close: false,
            job: None,
            import_preview: None,
            pending_import: None,
            finished: None,
            profile_for: None,
            thumbs: thumbs::Thumbs::new(None),
            compliance: compliance::View::default(),
            pdf: catalogue_pdf::PdfView::new(lang),
            cards: cards::CardsView::new(lang),
            catalogue_version: 0,
            grid_rows: (0..0, 0),
            theme_applied: None,
            notice_since: None,
            clock: 0.0,
            today: None,
            showcase: None,
            start_showcase: false,
            pin_setup: None,
            fullscreen: None,
            leads: Vec::new(),
            confirm_delete_leads: None,
            confirm_delete_old_leads: false,
            styled: false,
            close_sent: false,
            title_dirty: None,
            frames_drawn: 0,
        };
        app.thumbs = thumbs::Thumbs::new(app.store.clone());
        app.reload();
        if app.store.is_none() {
            app.reload_backups();
        }
        app.screen = if app.store.is_none() {
            Screen::StoreError
        } else if app.catalogue.products.is_empty()
            && app.catalogue.settings.publisher_name.is_empty()
        {
            Screen::Welcome
        } else {
            Screen::Products
        };
        app
    }

    /// The day everything in the window is judged on: halal marks, compliance counts, the PDF's
    /// date and the example catalogue's dates.
    pub fn today(&self) -> crate::domain::Date {
        self.today.unwrap_or_else(crate::clock::today)
    }

    /// Fixes "today" for this window (tests, so that nothing they check moves with the calendar).
    pub fn set_today(&mut self, today: crate::domain::Date) {
        self.today = Some(today);
        self.compliance.stale = true;
    }

    /// The product grid's rows laid out in the last frame, and how many it has in all.
    pub fn grid_rows(&self) -> (&std::ops::Range<usize>, usize) {
        (&self.grid_rows.0, self.grid_rows.1)
    }

    pub fn store(&self) -> Option<&Store> {
        self.store.as_ref()
    }

    /// Status-line remarks go `NOTICE_SECONDS` after they appeared, and Undo is offered for
    /// `UNDO_SECONDS`. No timer of its own: a remark goes at the first frame after its time
    /// (the pointer moving, the Undo button's clock), so an idle window does not wake up for it.
    pub(crate) fn expire_remarks(&mut self) {
        match &self.notice {
            None => self.notice_since = None,
            Some(text) => {
                let since = match &self.notice_since {
                    Some((shown, since)) if shown == text => *since,
                    _ => {
                        self.notice_since = Some((text.clone(), self.clock));
                        self.clock
                    }
                };
                if self.clock - since >= NOTICE_SECONDS {
                    self.notice = None;
                    self.notice_since = None;
                }
            }
        }
        if self
            .undo
            .as_ref()
            .is_some_and(|u| u.at.elapsed().as_secs_f64() >= UNDO_SECONDS)
        {
            self.undo = None;
        }
    }

    /// Reads the catalogue again from the store and rebuilds the search index.
    pub fn reload(&mut self) {
        let Some(store) = &self.store else {
            return;
        };
        match store.catalogue() {
            Ok(c) => self.catalogue = c,
            Err(e) => self.notice = Some(crate::messages::store_error(&self.tr, &e)),
        }
        self.list.reindex(&self.catalogue);
        self.compliance.stale = true;
        self.catalogue_version += 1;
        self.refresh_visible();
    }

    /// Recomputes the visible list when the filters, sort or language changed.
    pub fn refresh_visible(&mut self) {
        self.list.refresh(&self.catalogue, self.prefs.lang);
    }

    /// Whether another product than the one edited uses this SKU key.
    pub fn sku_taken(&self, key: &str, editing: Option<ProductId>) -> bool {
        self.catalogue
            .products
            .iter()
            .any(|p| Some(p.id) != editing && crate::domain::parse::match_key(&p.sku) == key)
    }

    /// Whether the form on screen holds changes not yet saved.
    pub fn form_dirty(&self) -> bool {
        match self.screen {
            Screen::Editor => self.editor.as_ref().is_some_and(Editor::is_dirty),
            Screen::Producers => self
                .producer_form
                .as_ref()
                .is_some_and(|f| f.draft != f.original),
            Screen::Categories => self.categories_form.as_ref().is_some_and(Form::is_dirty),
            Screen::Settings => self.settings_form.as_ref().is_some_and(Form::is_dirty),
            _ => false,
        }
    }

    /// Producers by pesantren name, as lists show them.
    pub fn sorted_producers(&self) -> Vec<&Producer> {
        let mut list: Vec<&Producer> = self.catalogue.producers.iter().collect();
        list.sort_by(|a, b| natural_cmp(&a.pesantren, &b.pesantren));
        list
    }

    /// Products using a producer.
    pub fn products_of_producer(&self, id: ProducerId) -> Vec<&Product> {
        self.catalogue
            .products
            .iter()
            .filter(|p| p.producer == id)
            .collect()
    }

    /// Products in a category.
    pub fn products_in_category(&self, id: CategoryId) -> Vec<&Product> {
        self.catalogue
            .products
            .iter()
            .filter(|p| p.category == id)
            .collect()
    }

    /// Reads the list of automatic backups again.
    pub fn reload_backups(&mut self) {
        self.backups = crate::backup::automatic_backups(&self.data_dir.join("backups"))
            .into_iter()
            .map(|(day, path)| {
                let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
                (day, path, size)
            })
            .collect();
    }

    /// The newest automatic backup, offered when the store cannot be read.
    pub fn newest_backup(&self) -> Option<(crate::domain::Date, std::path::PathBuf)> {
        self.backups.first().map(|(d, p, _)| (*d, p.clone()))
    }

    /// Restores the newest automatic backup over a damaged store (kept aside), in the background.
    pub(crate) fn restore_newest_backup(&mut self) {
        let Some((_, file)) = self.newest_backup() else {
            return;
        };
        if self.busy() || self.store.is_some() {
            return;
        }
        self.job = Some(jobs::restore(file, None, self.backup_folders(), false));
    }

    /// Writes a backup of the catalogue in the background.
    pub(crate) fn start_backup(&mut self, path: std::path::PathBuf) {
        let Some(store) = self.store.clone() else {
            return;
        };
        if self.busy() {
            return;
        }
        // The passphrase goes with the job; the typed copies are cleared.
        let lock = &mut self.backup_lock;
        let passphrase = lock
            .on
            .then(|| crate::protect::Passphrase::from(std::mem::take(&mut lock.first)));
        lock.second.clear();
        self.job = Some(jobs::backup(store, path, passphrase));
    }

    /// The data folder's store, backups and scratch folders.
    fn backup_folders(&self) -> crate::ops::backup::Folders {
        crate::ops::backup::Folders::of_store(&self.store_dir)
    }

    /// Restores a backup over the open catalogue: the store is let go, the restore backs up and
    /// keeps the old one aside, then the restored store is opened. A protected backup first asks
    /// for its passphrase; a wrong one asks again, with nothing changed.
    pub(crate) fn restore_over(
        &mut self,
        file: std::path::PathBuf,
        passphrase: Option<crate::protect::Passphrase>,
    ) {
        if passphrase.is_none() && crate::protect::is_protected(&file).unwrap_or(false) {
            self.unlock = Some(Unlock {
                file,
                text: String::new(),
                wrong: false,
            });
            return;
        }
        if self.form_dirty() {
            self.notice = Some(self.tr.t("app-restore-unsaved"));
            return;
        }
        if self.busy() {
            return;
        }
        // Let go of the store everywhere it is held, so the restore can take it.
        self.store = None;
        self.thumbs = thumbs::Thumbs::new(None);
        self.editor = None;
        self.producer_form = None;
        self.job = Some(jobs::restore(file, passphrase, self.backup_folders(), true));
    }

    /// After a restore: open the restored store and show the catalogue.
    pub(crate) fn restored(
        &mut self,
        result: Result<crate::backup::Restored, crate::backup::BackupError>,
    ) {
        self.reload_backups();
        // A wrong passphrase asks again; any other outcome ends the wait for one.
        let wrong = matches!(
            &result,
            Err(crate::backup::BackupError::Protect(
                crate::protect::ProtectError::WrongPassphrase
            ))
        );
        match &mut self.unlock {
            Some(unlock) if wrong => unlock.wrong = true,
            _ => self.unlock = None,
        }
        match result.and_then(|r| Ok((r, Store::open(&self.store_dir)?))) {
            Ok((restored, store)) => {
                self.thumbs = thumbs::Thumbs::new(Some(store.clone()));
                self.store = Some(store);
                self.store_error = None;
                self.reload();
                self.screen = Screen::Products;
                self.finished = Some(transfer::Finished::Restored {
                    products: restored.counts.products,
                    kept: restored.replaced_store,
                });
            }
            Err(e) => {
                // The catalogue as it was is still in place: open it again.
                if self.store.is_none()
                    && let Ok(store) = Store::open(&self.store_dir)
                {
                    self.thumbs = thumbs::Thumbs::new(Some(store.clone()));
                    self.store = Some(store);
                    self.store_error = None;
                    self.reload();
                }
                // A wrong passphrase is said in the prompt that asks again.
                if self.unlock.is_none() {
                    self.finished = Some(transfer::Finished::Failed(transfer::Failure::Backup(e)));
                }
            }
        }
    }

    /// On closing after changes: today's automatic backup in `backups/` of the data folder (at
    /// most one a day, older ones rotated). A failure is reported on stderr; closing goes on.
    pub fn auto_backup(&mut self) -> Option<std::path::PathBuf> {
        self.last_save?;
        let store = self.store.as_ref()?;
        let dir = self.data_dir.join("backups");
        match crate::backup::auto_backup(store, &dir, self.today()) {
            Ok(file) => file,
            Err(e) => {
                eprintln!("{}", crate::messages::backup_error(&self.tr, &e));
                None
            }
        }
    }

    /// Puts a passing remark in the status line (it fades after a few seconds, or at the next
    /// action).
    pub fn say(&mut self, message: String) {
        self.notice = Some(message);
    }

    pub fn set_lang(&mut self, lang: Lang) {
        self.prefs.lang = lang;
        self.tr = Translator::new(lang);
        // The status notice was worded in the old language; it is only a passing remark.
        self.notice = None;
        self.refresh_visible();
    }
}
