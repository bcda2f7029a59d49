//! Saving and deleting from the window: the form on screen (product editor, producer,
//! categories, settings) is checked, written to the store through `write` (which every change
//! goes through) and reopened as saved; "Revert" drops a form's changes; a product (undoable
//! once) or a producer is deleted.

use super::draft::ProductDraft;
use super::forms::{CategoriesDraft, SettingsDraft};
use super::{Editor, EtalaseApp, Form, Screen};
use crate::domain::{ProducerId, ProductId};
use crate::storage::ChangeSet;
use std::time::Instant;

impl EtalaseApp {
    /// Saves the form on screen. Returns whether it was saved (or had nothing to save).
    pub(super) fn save_current(&mut self) -> bool {
        match self.screen {
            Screen::Editor => self.save_editor(),
            Screen::Producers => self.save_producer(),
            Screen::Categories => self.save_categories(),
            Screen::Settings => self.save_settings(),
            _ => true,
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

    /// Drops the changes of the form on screen.
    pub(super) fn revert(&mut self) {
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

    pub(super) fn delete(&mut self, id: ProductId) {
        self.confirm_delete = None;
        let Some(product) = self.catalogue.products.iter().find(|p| p.id == id).cloned() else {
            return;
        };
        let changes = ChangeSet {
            delete_products: vec![id],
            ..ChangeSet::default()
        };
        if self.write(&changes) {
            self.list.deselect(id);
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

    pub(super) fn delete_producer(&mut self, id: ProducerId) {
        self.confirm_delete = None;
        let changes = ChangeSet {
            delete_producers: vec![id],
            ..ChangeSet::default()
        };
        if self.write(&changes) {
            self.producer_form = None;
            self.list.forget_producer(id);
            self.notice = Some(self.tr.t("app-producer-deleted"));
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
}
