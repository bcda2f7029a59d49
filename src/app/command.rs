//! What the UI asks for, and how the app carries it out: the `Command`s the screens return and
//! [`EtalaseApp::apply`], which runs after drawing, never inside a UI closure. Every store write of
//! the window starts here; the work itself is in `save.rs` (saves, deletes), `navigate.rs`
//! (leaving the editor, screens), `bulk.rs`, `welcome.rs` and the background `jobs`.

use super::jobs::Purpose;
use super::{DeleteTarget, EtalaseApp, Screen};
use crate::domain::{Lang, ProducerId, ProductId};
use std::path::{Path, PathBuf};

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
    /// The Social media screen, on one product or on what the list shows.
    Cards(Option<ProductId>),
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
    /// The search text and filters as the toolbar now shows them.
    Filter(crate::app::Filters),
    /// Puts the keyboard cursor on a row of the list (Down from the search field).
    CursorTo(usize),
    /// Grid or table.
    SetView(crate::app::ListView),
    /// Move the keyboard cursor in the product list by this many places (kept inside it).
    MoveCursor(isize),
    /// Put the keyboard focus in the search field (Ctrl+F).
    FocusSearch,
    /// The search field took the focus asked for.
    SearchFocused,
    /// The grid rows drawn in the last frame, of how many.
    GridShown(std::ops::Range<usize>, usize),
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
    /// Open a file dialog to pick a product list to import (a workbook or CSV).
    PickImport,
    /// Open a file dialog to choose where the Excel workbook export goes.
    PickExportXlsx,
    /// Open a file dialog to choose where the CSV export goes.
    PickExportCsv,
    /// Open a file dialog to choose where the blank workbook to fill in goes.
    PickTemplate,
    /// Read and check this product list, a workbook or CSV (what the dialog leads to; tests use
    /// it directly).
    ImportFrom(PathBuf),
    /// Write the products shown (or selected) here: an Excel workbook when the name ends in
    /// `.xlsx`, else CSV.
    ExportTo(PathBuf),
    /// Write the blank workbook to fill in here.
    TemplateTo(PathBuf),
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
    /// Choose where this producer's grant profile goes, then write it.
    PickExportProfile(ProducerId, Lang),
    /// Choose where the buyer price list goes (PDF or workbook), then write it.
    PickExportPricelist(crate::ops::pricelist::Format),
    /// Write this producer's grant profile here (what the save dialog leads to).
    ExportProfileTo(ProducerId, Lang, PathBuf),
    /// Write the price list here (what the save dialog leads to).
    ExportPricelistTo(crate::ops::pricelist::Format, PathBuf),
    /// Open a file in the system's viewer for it.
    OpenFile(PathBuf),
    /// Go to the Social media screen: on this product (from the editor) or on what the list
    /// shows (selection, filter or all).
    OpenCards(Option<ProductId>),
    /// The Social media screen's choices changed.
    CardForm(crate::app::cards::CardForm),
    /// Show the card of the product this many places on.
    CardStep(isize),
    /// Put the shown card's caption on the clipboard.
    CopyCaption,
    /// Choose the folder the cards go to: all of them, or the one shown.
    PickExportCards {
        all: bool,
    },
    /// Write the cards as chosen into this folder (what the dialog leads to; tests use it).
    ExportCardsTo(PathBuf),
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

impl Command {
    /// Whether the status line's remark stays: the window keeping track of what it shows, or
    /// the search and filters changing as they are typed (as they did when fields were bound).
    fn keeps_remark(&self) -> bool {
        matches!(
            self,
            Command::Filter(_)
                | Command::SearchFocused
                | Command::GridShown(..)
                | Command::CursorTo(_)
        )
    }
}

impl EtalaseApp {
    /// Carries out one command. The status line's last remark goes: it was about what came before.
    pub fn apply(&mut self, command: Command) {
        if !command.keeps_remark() {
            self.notice = None;
        }
        match command {
            Command::LoadSample => self.load_sample(),
            Command::StartEmpty => self.start_empty(),
            Command::SetLang(lang) => self.set_lang(lang),
            Command::Open(id) => self.leave_editor_then(After::Open(id)),
            Command::OpenShown(place) => {
                self.refresh_visible();
                if let Some(&i) = self.list.visible().get(place) {
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
            Command::ToggleSelect(id) => self.list.toggle(id),
            Command::ClickProduct { place, ctrl, shift } => self.click_product(place, ctrl, shift),
            Command::SelectAll => self.select_all_shown(),
            Command::SortProducts(key) => self.list.sort_by(key),
            Command::ClearFilters => self.list.set_filters(Default::default()),
            Command::Filter(filters) => self.list.set_filters(filters),
            Command::MoveCursor(by) => {
                self.refresh_visible();
                self.list.move_cursor(by);
            }
            Command::CursorTo(at) => {
                self.refresh_visible();
                self.list.set_cursor(Some(at));
            }
            Command::SetView(view) => self.prefs.view = view,
            Command::FocusSearch => self.focus_search = true,
            Command::SearchFocused => self.focus_search = false,
            Command::GridShown(range, rows) => self.grid_rows = (range, rows),
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
            Command::AskBulkDelete => self.confirm_bulk_delete = !self.list.selected().is_empty(),
            Command::BulkDelete => self.bulk_delete(),
            Command::CancelBulkDelete => self.confirm_bulk_delete = false,
            Command::OpenPriceChange => {
                if !self.list.selected().is_empty() {
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
            Command::PickImport => self.pick_file(Purpose::Import),
            Command::PickExportXlsx => self.pick_file(Purpose::ExportXlsx),
            Command::PickExportCsv => self.pick_file(Purpose::ExportCsv),
            Command::PickTemplate => self.pick_file(Purpose::Template),
            Command::TemplateTo(path) => self.write_template(path),
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
            Command::OpenCards(product) => self.leave_editor_then(After::Cards(product)),
            Command::CardForm(form) => {
                self.cards.form = form;
                self.keep_card_in_scope();
            }
            Command::CardStep(step) => self.step_card(step),
            Command::CopyCaption => {
                if let Some(caption) = self.card_caption() {
                    self.copy_to_clipboard = Some(caption);
                    self.say(self.tr.t("app-cards-caption-copied"));
                }
            }
            Command::PickExportCards { all } => {
                self.cards.export_all = all;
                self.pick_file(Purpose::ExportCards);
            }
            Command::ExportCardsTo(dir) => self.start_cards_export(dir),
            Command::PickExportPdf => self.pick_file(Purpose::ExportPdf),
            Command::ExportPdfTo(path) => self.start_pdf_export(path),
            Command::PickExportProfile(producer, lang) => self.pick_profile(producer, lang),
            Command::PickExportPricelist(format) => self.pick_pricelist(format),
            Command::ExportProfileTo(producer, lang, path) => {
                self.profile_for = Some((producer, lang));
                self.start_profile_export(path);
            }
            Command::ExportPricelistTo(format, path) => {
                if self.pdf.form.usd_rate().is_ok() {
                    self.start_pricelist_export(path, format);
                }
            }
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
}
