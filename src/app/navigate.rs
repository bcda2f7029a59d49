//! Moving between screens: leaving the editor (or another form) asks first when it holds
//! unsaved changes, then [`After`] says where to go and which form opens there.

use super::draft::ProductDraft;
use super::forms::{self, CategoriesDraft, ProducerDraft, SettingsDraft};
use super::{After, Editor, EtalaseApp, Form, ProducerForm, Screen};
use crate::domain::Producer;

impl EtalaseApp {
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

    pub(super) fn go(&mut self, after: After) {
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
                let category = self.list.filters().category;
                let producer = self.list.filters().producer.or_else(|| {
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
            After::Cards(product) => self.open_cards(product),
            After::CloseWindow => self.allow_close = true,
        }
    }

    /// Closes the editor without saving; photos added in it that nothing else uses are removed
    /// from the store again.
    pub(super) fn discard_editor(&mut self) {
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

    pub(super) fn open_producer_form(&mut self, producer: Producer, is_new: bool) {
        let draft = ProducerDraft::from_producer(&producer);
        self.producer_form = Some(ProducerForm {
            base: producer,
            is_new,
            original: draft.clone(),
            draft,
            voice: forms::Voice::new(is_new),
        });
    }
}
