//! What the UI asks for, and how the app carries it out. Every store write of the window happens
//! here, after drawing, never inside a UI closure.

use super::draft::ProductDraft;
use super::forms::{self, CategoriesDraft, ProducerDraft, SettingsDraft};
use super::jobs::Purpose;
use super::{DeleteTarget, Editor, EtalaseApp, Form, ProducerForm, Screen};
use crate::domain::{Lang, Producer, ProducerId, ProductId};
use crate::storage::ChangeSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Where to go after the editor is left.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum After {
    Products,
    Open(ProductId),
    NewProduct,
    /// Another screen (Producers, Categories, Settings).
    Screen(Screen),
    OpenProducer(ProducerId),
    NewProducer,
    /// The Export screen, set to what the list shows.
    PdfExport,
    CloseWindow,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    LoadSample,
    StartEmpty,
    SetLang(Lang),
    Open(ProductId),
    /// Open the product at this place in the list as filtered now (Enter in the search field).
    OpenShown(usize),
    NewProduct,
    /// Leave the editor (asks first when there are unsaved changes).
    Leave(After),
    Save,
    /// The unsaved-changes dialog: save, then go on.
    SaveAndLeave,
    DiscardAndLeave,
    StayInEditor,
    /// Cancel in the editor: drop the changes and go back to the list.
    DiscardAndLeaveNow,
    AskDelete(DeleteTarget),
    Delete(DeleteTarget),
    CancelDelete,
    Undo,
    ToggleSelect(ProductId),
    /// A click on the product at this place in the list, with Ctrl and/or Shift held.
    ClickProduct {
        place: usize,
        ctrl: bool,
        shift: bool,
    },
    SelectAll,
    ClearSelection,
    /// Sort the product table by this column (again: the other way round).
    SortProducts(crate::app::SortKey),
    ClearFilters,
    /// Move the keyboard cursor in the product list by this many places (kept inside it).
    MoveCursor(isize),
    /// Put the keyboard focus in the search field (Ctrl+F).
    FocusSearch,
    SetDark(bool),
    ComplianceTab(crate::app::compliance::Tab),
    /// Show one group of the Compliance list, or all (`None`).
    ComplianceFilter(Option<crate::app::compliance::Group>),
    ComplianceSort(crate::app::compliance::SortBy),
    /// The Export screen's choices changed.
    PdfForm(crate::app::catalogue_pdf::PdfForm),
    /// Change every selected product the same way.
    BulkEdit(super::bulk::BulkEdit),
    AskBulkDelete,
    BulkDelete,
    CancelBulkDelete,
    OpenPriceChange,
    ApplyPriceChange,
    ClosePriceChange,
    /// Ask whether to remove the example catalogue (Settings).
    AskRemoveExample,
    /// Back up, then remove what the example catalogue added.
    RemoveExample,
    CancelRemoveExample,
    /// No save dialog could open: save into the Documents folder instead.
    SaveToDocuments(Purpose),
    /// Put the form on screen back as it was when opened or last saved.
    Revert,
    OpenDataFolder,
    /// Open a file dialog to pick a CSV file to import.
    PickImportCsv,
    /// Open a file dialog to choose where the CSV export goes.
    PickExportCsv,
    /// Read and check this CSV file (what the dialog leads to; tests use it directly).
    ImportFrom(PathBuf),
    /// Write the products shown (or selected) as CSV here.
    ExportTo(PathBuf),
    ConfirmImport,
    CancelImport,
    /// Stop the running job where that loses nothing.
    CancelJob,
    CloseFinished,
    /// Show a file's folder in the system's file manager.
    OpenFolderOf(PathBuf),
    /// Open a file dialog to add photos to the product in the editor.
    PickPhotos,
    /// Add these photo files to the product in the editor, or make the first the logo of the
    /// producer on screen (dropped files; tests).
    AddPhotos(Vec<PathBuf>),
    /// Open a file dialog to choose the producer's logo.
    PickLogo,
    /// Open a file dialog to save the Compliance list as CSV.
    PickComplianceCsv,
    /// Write the Compliance list as CSV here (what the dialog leads to; tests use it directly).
    ExportComplianceTo(PathBuf),
    /// Go to the Export screen, set to what the list shows (selection, filter or all).
    OpenPdfExport,
    /// Open a file dialog to choose where the printable catalogue goes.
    PickExportPdf,
    /// Write the printable catalogue as chosen on the Export screen here.
    ExportPdfTo(PathBuf),
    /// Open a file in the system's viewer for it.
    OpenFile(PathBuf),
    /// A visitor's language in fair mode (the manager's comes back when the booth is idle).
    ShowcaseLang(Lang),
    /// Start fair mode (full screen).
    EnterShowcase,
    /// Leave fair mode (the UI checked the long press and chord).
    LeaveShowcase,
    /// Check the PIN typed in fair mode's way-out prompt.
    TryShowcasePin,
    /// Take the new PIN typed twice and start fair mode.
    SetShowcasePin,
    CancelPinSetup,
    /// Narrow fair mode's loop to a category and/or producer.
    ShowcaseFilter(Option<crate::domain::CategoryId>, Option<ProducerId>),
    /// Save the visitor's sign-up.
    SubmitSignUp,
    /// Ask before deleting one sign-up (`Some`) or all of them (`None`).
    AskDeleteLeads(Option<crate::domain::lead::LeadId>),
    DeleteLeads(Option<crate::domain::lead::LeadId>),
    CancelDeleteLeads,
    /// Ask before deleting the sign-ups kept longer than the retention time.
    AskDeleteOldLeads,
    DeleteOldLeads,
    CancelDeleteOldLeads,
    /// Open a file dialog to save the sign-ups as CSV.
    PickLeadsCsv,
    /// Write the sign-ups as CSV here.
    ExportLeadsTo(PathBuf),
    /// The store cannot be read: restore the newest automatic backup (the damaged one is kept).
    RestoreNewestBackup,
    /// Open a file dialog to save a backup now.
    PickBackup,
    /// Write a backup of the catalogue here.
    BackupTo(PathBuf),
    /// Open a file dialog to pick a backup to restore.
    PickRestore,
    /// Restore the backup waiting for its passphrase, with the passphrase typed.
    UnlockRestore,
    /// Give up a restore that waits for its passphrase.
    CancelUnlock,
    /// Ask before restoring this backup over the catalogue.
    AskRestore(PathBuf),
    CancelRestore,
    /// Restore this backup over the catalogue (which is backed up first and kept aside).
    RestoreFrom(PathBuf),
}

impl EtalaseApp {
    /// Carries out one command. The status line's last remark goes: it was about what came before.
    pub fn apply(&mut self, command: Command) {
        self.notice = None;
        match command {
            Command::LoadSample => self.load_sample(),
            Command::StartEmpty => self.start_empty(),
            Command::SetLang(lang) => self.set_lang(lang),
            Command::Open(id) => self.leave_editor_then(After::Open(id)),
            Command::OpenShown(place) => {
                self.refresh_visible();
                if let Some(&i) = self.visible.get(place) {
                    let id = self.catalogue.products[i].id;
                    self.leave_editor_then(After::Open(id));
                }
            }
            Command::NewProduct => self.leave_editor_then(After::NewProduct),
            Command::Leave(after) => self.leave_editor_then(after),
            Command::Save => {
                // Ctrl+S with nothing changed does nothing (the button is disabled then).
                if self.form_dirty() {
                    self.save_current();
                }
            }
            Command::SaveAndLeave => {
                if self.save_current()
                    && let Some(after) = self.leaving.take()
                {
                    self.go(after);
                }
            }
            Command::DiscardAndLeave => {
                if let Some(after) = self.leaving.take() {
                    self.discard_editor();
                    self.revert();
                    self.go(after);
                }
            }
            Command::StayInEditor => self.leaving = None,
            Command::DiscardAndLeaveNow => {
                self.discard_editor();
                self.leaving = None;
                self.go(After::Products);
            }
            Command::AskDelete(id) => self.confirm_delete = Some(id),
            Command::CancelDelete => self.confirm_delete = None,
            Command::Delete(DeleteTarget::Product(id)) => self.delete(id),
            Command::Delete(DeleteTarget::Producer(id)) => self.delete_producer(id),
            Command::Undo => self.undo_last(),
            Command::ToggleSelect(id) => {
                if !self.selected.remove(&id) {
                    self.selected.insert(id);
                }
                self.anchor = Some(id);
            }
            Command::ClickProduct { place, ctrl, shift } => self.click_product(place, ctrl, shift),
            Command::SelectAll => self.select_all_shown(),
            Command::SortProducts(key) => {
                if self.sort == key {
                    self.sort_descending = !self.sort_descending;
                } else {
                    self.sort = key;
                    self.sort_descending = false;
                }
            }
            Command::ClearFilters => self.filters = Default::default(),
            Command::MoveCursor(by) => {
                if let Some(last) = self.visible.len().checked_sub(1) {
                    let at = self
                        .cursor
                        .map_or(0, |c| c.saturating_add_signed(by).min(last));
                    self.cursor = Some(at);
                }
            }
            Command::FocusSearch => self.focus_search = true,
            Command::SetDark(dark) => self.prefs.dark = dark,
            Command::ComplianceTab(tab) => self.compliance.tab = tab,
            Command::ComplianceFilter(group) => self.compliance.filter = group,
            Command::ComplianceSort(sort) => self.compliance.sort = sort,
            Command::PdfForm(form) => {
                if form.lang != self.pdf.form.lang || form.layout != self.pdf.form.layout {
                    self.pdf.first_page = 0;
                }
                self.pdf.form = form;
            }
            Command::ClearSelection => self.clear_selection(),
            Command::BulkEdit(edit) => self.bulk_edit(edit),
            Command::AskBulkDelete => self.confirm_bulk_delete = !self.selected.is_empty(),
            Command::BulkDelete => self.bulk_delete(),
            Command::CancelBulkDelete => self.confirm_bulk_delete = false,
            Command::OpenPriceChange => {
                if !self.selected.is_empty() {
                    self.price_form = Some(super::bulk::PriceForm::default());
                }
            }
            Command::ApplyPriceChange => self.apply_price_change(),
            Command::ClosePriceChange => self.price_form = None,
            Command::AskRemoveExample => {
                self.confirm_remove_example = crate::sample::example_records(
                    &self.catalogue.products,
                    &self.catalogue.producers,
                    &self.catalogue.settings,
                );
            }
            Command::RemoveExample => self.remove_example(),
            Command::CancelRemoveExample => self.confirm_remove_example = None,
            Command::SaveToDocuments(purpose) => self.save_to_documents(purpose),
            Command::Revert => self.revert(),
            Command::OpenDataFolder => self.open_folder(self.data_dir.clone()),
            Command::PickImportCsv => self.pick_file(Purpose::ImportCsv),
            Command::PickExportCsv => self.pick_file(Purpose::ExportCsv),
            Command::ImportFrom(path) => self.start_import(path),
            Command::ExportTo(path) => self.start_export(path),
            Command::ConfirmImport => self.confirm_import(),
            Command::CancelImport => self.cancel_import(),
            Command::CancelJob => self.cancel_job(),
            Command::CloseFinished => self.finished = None,
            Command::PickPhotos => self.pick_file(Purpose::Photos),
            Command::AddPhotos(paths) => self.add_photos(paths),
            Command::PickLogo => self.pick_file(Purpose::Logo),
            Command::PickComplianceCsv => self.pick_file(Purpose::ComplianceCsv),
            Command::ExportComplianceTo(path) => self.export_compliance(path),
            Command::OpenPdfExport => self.leave_editor_then(After::PdfExport),
            Command::PickExportPdf => self.pick_file(Purpose::ExportPdf),
            Command::ExportPdfTo(path) => self.start_pdf_export(path),
            Command::EnterShowcase => {
                let now = self.clock;
                self.enter_showcase(now);
            }
            Command::LeaveShowcase => self.leave_showcase(),
            Command::ShowcaseLang(lang) => self.set_lang(lang),
            Command::TryShowcasePin => {
                let now = self.clock;
                self.try_leave_with_pin(now);
            }
            Command::SetShowcasePin => {
                let now = self.clock;
                self.set_showcase_pin(now);
            }
            Command::CancelPinSetup => self.pin_setup = None,
            Command::ShowcaseFilter(category, producer) => {
                let now = self.clock;
                self.showcase_filter(category, producer, now);
            }
            Command::SubmitSignUp => {
                let now = self.clock;
                self.submit_sign_up(now);
            }
            Command::AskDeleteLeads(which) => self.confirm_delete_leads = Some(which),
            Command::DeleteLeads(which) => self.delete_leads(which),
            Command::CancelDeleteLeads => self.confirm_delete_leads = None,
            Command::AskDeleteOldLeads => self.confirm_delete_old_leads = true,
            Command::DeleteOldLeads => self.delete_old_leads(),
            Command::CancelDeleteOldLeads => self.confirm_delete_old_leads = false,
            Command::PickLeadsCsv => self.pick_file(Purpose::LeadsCsv),
            Command::ExportLeadsTo(path) => self.export_leads(path),
            Command::RestoreNewestBackup => self.restore_newest_backup(),
            Command::PickBackup => {
                let lock = &mut self.backup_lock;
                lock.problem = None;
                if lock.on
                    && let Err(p) = crate::protect::check_new(&lock.first, &lock.second)
                {
                    lock.problem = Some(p);
                } else {
                    self.pick_file(Purpose::Backup);
                }
            }
            Command::PickRestore => self.pick_file(Purpose::RestoreFile),
            Command::UnlockRestore => {
                if let Some(unlock) = &mut self.unlock {
                    let passphrase =
                        crate::protect::Passphrase::from(std::mem::take(&mut unlock.text));
                    let file = unlock.file.clone();
                    self.restore_over(file, Some(passphrase));
                }
            }
            Command::CancelUnlock => self.unlock = None,
            Command::BackupTo(path) => self.start_backup(path),
            Command::AskRestore(path) => self.confirm_restore = Some(path),
            Command::CancelRestore => self.confirm_restore = None,
            Command::RestoreFrom(path) => {
                self.confirm_restore = None;
                self.restore_over(path, None);
            }
            Command::OpenFile(path) => {
                if let Err(e) = open::that_detached(&path) {
                    self.notice = Some(
                        self.tr
                            .t_args("app-open-file-failed", &[("reason", e.to_string().into())]),
                    );
                }
            }
            Command::OpenFolderOf(path) => {
                let folder = path.parent().map(Path::to_path_buf).unwrap_or(path);
                self.open_folder(folder);
            }
        }
    }

    fn open_folder(&mut self, folder: PathBuf) {
        if let Err(e) = open::that_detached(&folder) {
            self.notice = Some(self.tr.t_args(
                "app-settings-open-failed",
                &[("reason", e.to_string().into())],
            ));
        }
    }

    /// Saves the form on screen. Returns whether it was saved (or had nothing to save).
    fn save_current(&mut self) -> bool {
        match self.screen {
            Screen::Editor => self.save_editor(),
            Screen::Producers => self.save_producer(),
            Screen::Categories => self.save_categories(),
            Screen::Settings => self.save_settings(),
            _ => true,
        }
    }

    /// Drops the changes of the form on screen.
    fn revert(&mut self) {
        if let Some(f) = &mut self.producer_form {
            if f.is_new {
                self.producer_form = None;
            } else {
                f.draft = f.original.clone();
            }
        }
        if let Some(f) = &mut self.categories_form {
            f.draft = f.original.clone();
        }
        if let Some(f) = &mut self.settings_form {
            f.draft = f.original.clone();
        }
    }

    fn save_producer(&mut self) -> bool {
        let Some(form) = &self.producer_form else {
            return true;
        };
        let own = form.base.id;
        let taken = |key: &str| {
            self.catalogue
                .producers
                .iter()
                .any(|p| p.id != own && crate::domain::parse::match_key(&p.pesantren) == key)
        };
        if form.draft.checks(&taken).iter().any(|(_, c)| c.is_error()) {
            if let Some(form) = &mut self.producer_form {
                form.voice.tried_save();
            }
            self.notice = Some(self.tr.t("app-edit-has-errors"));
            return false;
        }
        let producer = form.draft.apply_to(&form.base);
        let changes = ChangeSet {
            producers: vec![producer.clone()],
            ..ChangeSet::default()
        };
        if !self.write(&changes) {
            return false;
        }
        self.open_producer_form(producer, false);
        self.notice = Some(self.tr.t("app-saved"));
        true
    }

    fn open_producer_form(&mut self, producer: Producer, is_new: bool) {
        let draft = ProducerDraft::from_producer(&producer);
        self.producer_form = Some(ProducerForm {
            base: producer,
            is_new,
            original: draft.clone(),
            draft,
            voice: forms::Voice::new(is_new),
        });
    }

    fn delete_producer(&mut self, id: ProducerId) {
        self.confirm_delete = None;
        let changes = ChangeSet {
            delete_producers: vec![id],
            ..ChangeSet::default()
        };
        if self.write(&changes) {
            self.producer_form = None;
            if self.filters.producer == Some(id) {
                self.filters.producer = None;
            }
            self.notice = Some(self.tr.t("app-producer-deleted"));
        }
    }

    fn save_categories(&mut self) -> bool {
        let Some(form) = &self.categories_form else {
            return true;
        };
        if form.draft.checks().iter().any(|(_, c)| c.is_error()) {
            self.notice = Some(self.tr.t("app-edit-has-errors"));
            return false;
        }
        let changes = ChangeSet {
            categories: form.draft.to_categories(&self.catalogue.categories),
            delete_categories: form.draft.removed.clone(),
            ..ChangeSet::default()
        };
        if !self.write(&changes) {
            return false;
        }
        self.categories_form = Some(Form::new(CategoriesDraft::from_categories(
            &self.catalogue.categories,
        )));
        self.notice = Some(self.tr.t("app-saved"));
        true
    }

    fn save_settings(&mut self) -> bool {
        let Some(form) = &self.settings_form else {
            return true;
        };
        if form.draft.checks().iter().any(|(_, c)| c.is_error()) {
            self.notice = Some(self.tr.t("app-edit-has-errors"));
            return false;
        }
        let settings = form.draft.apply_to(&self.catalogue.settings);
        let Some(store) = self.store() else {
            return false;
        };
        match store.save_settings(&settings) {
            Ok(()) => {
                self.last_save = Some(Instant::now());
                self.reload();
                self.settings_form = Some(Form::new(SettingsDraft::from_settings(&settings)));
                self.notice = Some(self.tr.t("app-saved"));
                true
            }
            Err(e) => {
                self.notice = Some(crate::messages::store_error(&self.tr, &e));
                false
            }
        }
    }

    pub(super) fn write(&mut self, changes: &ChangeSet) -> bool {
        // Undo is offered for the last change only: any other write takes the offer back
        // (deletes and bulk changes set it again once written).
        self.undo = None;
        let Some(store) = self.store() else {
            return false;
        };
        match store.apply(changes) {
            Ok(()) => {
                self.last_save = Some(Instant::now());
                self.patch(changes);
                true
            }
            Err(e) => {
                self.notice = Some(crate::messages::store_error(&self.tr, &e));
                false
            }
        }
    }

    /// Loads the example catalogue with its illustrations, in the background.
    fn load_sample(&mut self) {
        let Some(store) = self.store.clone() else {
            return;
        };
        if !store.is_empty() || self.busy() {
            return;
        }
        let publisher = self.welcome_publisher.trim().to_string();
        self.job = Some(super::jobs::load_sample(store, publisher, self.today()));
    }

    /// After the example catalogue was written.
    pub(super) fn sample_loaded(&mut self, result: Result<(), crate::storage::StoreError>) {
        match result {
            Ok(()) => {
                self.notice = Some(self.tr.t("app-sample-loaded"));
                self.last_save = Some(Instant::now());
                self.screen = Screen::Products;
                self.reload();
            }
            Err(e) => self.notice = Some(crate::messages::store_error(&self.tr, &e)),
        }
    }

    fn start_empty(&mut self) {
        let name = self.welcome_publisher.trim().to_string();
        if name.is_empty() {
            self.welcome_missing_name = true;
            return;
        }
        let Some(store) = self.store() else {
            return;
        };
        let result = store.settings().and_then(|mut s| {
            s.publisher_name = name;
            store.save_settings(&s)
        });
        match result {
            Ok(()) => {
                self.last_save = Some(Instant::now());
                self.screen = Screen::Products;
                self.reload();
            }
            Err(e) => self.notice = Some(crate::messages::store_error(&self.tr, &e)),
        }
    }

    /// Closes the editor without saving; photos added in it that nothing else uses are removed
    /// from the store again.
    fn discard_editor(&mut self) {
        let Some(editor) = self.editor.take() else {
            return;
        };
        let added: std::collections::BTreeSet<_> = editor
            .draft
            .photos
            .iter()
            .filter(|id| !editor.original.photos.contains(id))
            .copied()
            .collect();
        if let Some(store) = &self.store {
            let _ = store.remove_unused_photos(&added);
        }
    }

    /// Leaves the editor for `after`, asking first if it holds unsaved changes.
    pub(super) fn leave_editor_then(&mut self, after: After) {
        if self.form_dirty() {
            self.leaving = Some(after);
            return;
        }
        if self.screen == Screen::Editor {
            self.editor = None;
        }
        self.go(after);
    }

    fn go(&mut self, after: After) {
        match after {
            After::Products => self.screen = Screen::Products,
            After::Open(id) => {
                if let Some(p) = self.catalogue.products.iter().find(|p| p.id == id) {
                    let draft = ProductDraft::from_product(p);
                    self.editor = Some(Editor::new(p.clone(), false, draft));
                    self.screen = Screen::Editor;
                }
            }
            After::NewProduct => {
                let category = self.filters.category;
                let producer = self.filters.producer.or_else(|| {
                    (self.catalogue.producers.len() == 1).then(|| self.catalogue.producers[0].id)
                });
                let draft = ProductDraft::new_product(category, producer);
                let base = crate::domain::Product::new(
                    "",
                    category.unwrap_or_default(),
                    producer.unwrap_or_default(),
                );
                self.editor = Some(Editor::new(base, true, draft));
                self.screen = Screen::Editor;
            }
            After::Screen(screen) => {
                self.screen = screen;
                match screen {
                    Screen::Producers => {
                        if self.producer_form.is_none()
                            && let Some(first) = self.sorted_producers().first()
                        {
                            let first = (*first).clone();
                            self.open_producer_form(first, false);
                        }
                    }
                    Screen::Categories => {
                        self.categories_form = Some(Form::new(CategoriesDraft::from_categories(
                            &self.catalogue.categories,
                        )));
                    }
                    Screen::Fair => self.reload_leads(),
                    Screen::Settings => {
                        self.reload_backups();
                        self.example_present = crate::sample::example_records(
                            &self.catalogue.products,
                            &self.catalogue.producers,
                            &self.catalogue.settings,
                        )
                        .is_some();
                        self.settings_form = Some(Form::new(SettingsDraft::from_settings(
                            &self.catalogue.settings,
                        )));
                    }
                    _ => {}
                }
            }
            After::OpenProducer(id) => {
                self.screen = Screen::Producers;
                if let Some(p) = self.catalogue.producer(id).cloned() {
                    self.open_producer_form(p, false);
                }
            }
            After::NewProducer => {
                self.screen = Screen::Producers;
                self.open_producer_form(Producer::new(""), true);
            }
            After::PdfExport => self.open_pdf_export(),
            After::CloseWindow => self.allow_close = true,
        }
    }

    /// Saves the editor's draft when it has no errors. Returns whether it was saved.
    fn save_editor(&mut self) -> bool {
        let Some(editor) = &self.editor else {
            return false;
        };
        let editing = (!editor.is_new).then_some(editor.base.id);
        let checks = editor
            .draft
            .checks(&|k| self.sku_taken(k, editing), self.today());
        if checks.iter().any(|(_, c)| c.is_error()) {
            if let Some(editor) = &mut self.editor {
                editor.voice.tried_save();
            }
            self.notice = Some(self.tr.t("app-edit-has-errors"));
            return false;
        }
        let product = editor.draft.apply_to(&editor.base);
        let changes = ChangeSet {
            products: vec![product.clone()],
            ..ChangeSet::default()
        };
        if !self.write(&changes) {
            return false;
        }
        let draft = ProductDraft::from_product(&product);
        self.editor = Some(Editor::new(product, false, draft));
        self.notice = Some(self.tr.t("app-saved"));
        true
    }

    fn delete(&mut self, id: ProductId) {
        self.confirm_delete = None;
        let Some(product) = self.catalogue.products.iter().find(|p| p.id == id).cloned() else {
            return;
        };
        let changes = ChangeSet {
            delete_products: vec![id],
            ..ChangeSet::default()
        };
        if self.write(&changes) {
            self.selected.remove(&id);
            if self.editor.as_ref().is_some_and(|e| e.base.id == id) {
                self.editor = None;
                self.screen = Screen::Products;
            }
            let name = product.name.id.clone();
            self.undo = Some(super::bulk::Undo {
                products: vec![product],
                at: Instant::now(),
            });
            self.notice = Some(self.tr.t_args("app-deleted", &[("name", name.into())]));
        }
    }
}
