//! Working on many products at once: the selection as desktop lists keep it (Ctrl+click
//! toggles, Shift+click extends from the anchor, Ctrl+A, Esc), and the actions on it (delete,
//! category, producer, featured, hidden, prices), each undoable once from the status line.
//! Saves patch the cached catalogue from the change set instead of reading the store again.

use super::EtalaseApp;
use crate::domain::pricing::{self, PriceChange, PriceRefusal};
use crate::domain::sort::natural_cmp;
use crate::domain::{CategoryId, ProducerId, Product, ProductId};
use crate::storage::ChangeSet;
use std::collections::{HashMap, HashSet};
use std::time::Instant;

/// What a bulk action changes on each selected product.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BulkEdit {
    Category(CategoryId),
    Producer(ProducerId),
    Featured(bool),
    Hidden(bool),
}

/// Whether the bulk price dialog changes by a percentage or an amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PriceMode {
    Percent,
    Amount,
}

/// The bulk price dialog as filled in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PriceForm {
    pub mode: PriceMode,
    pub text: String,
    /// Rounded to this many rupiah (one of [`pricing::ROUNDINGS`]).
    pub step: u64,
}

impl Default for PriceForm {
    fn default() -> PriceForm {
        PriceForm {
            mode: PriceMode::Percent,
            text: String::new(),
            step: 100,
        }
    }
}

impl PriceForm {
    /// The change typed, if it reads as one.
    pub fn change(&self) -> Option<PriceChange> {
        match self.mode {
            PriceMode::Percent => pricing::parse_percent(&self.text).map(PriceChange::Percent),
            PriceMode::Amount => pricing::parse_amount(&self.text).map(PriceChange::Amount),
        }
    }
}

/// One selected product in the price preview: its old price and what it becomes.
pub struct PriceRow {
    pub index: usize,
    pub old: Option<u64>,
    pub new: Result<Option<u64>, PriceRefusal>,
}

/// What a bulk change can take back: the products as they were (deleted ones included).
pub struct Undo {
    pub products: Vec<Product>,
    pub at: Instant,
}

impl EtalaseApp {
    /// A click on the product at `place` in the list: Ctrl toggles it, Shift selects from the
    /// anchor to it (adding to the selection with Ctrl too), a plain click opens it.
    pub(super) fn click_product(&mut self, place: usize, ctrl: bool, shift: bool) {
        self.refresh_visible();
        if let Some(id) = self.list.click(&self.catalogue, place, ctrl, shift) {
            self.leave_editor_then(super::After::Open(id));
        }
    }

    /// Selects every product the list shows (Ctrl+A).
    pub(super) fn select_all_shown(&mut self) {
        self.refresh_visible();
        self.list.select_all_shown(&self.catalogue);
    }

    pub(super) fn clear_selection(&mut self) {
        self.list.clear_selection();
    }

    /// The selected products, in catalogue order (those since deleted are left out).
    pub fn selected_products(&self) -> Vec<&Product> {
        self.catalogue
            .products
            .iter()
            .filter(|p| self.list.is_selected(p.id))
            .collect()
    }

    /// Applies one edit to every selected product.
    pub(super) fn bulk_edit(&mut self, edit: BulkEdit) {
        let t = crate::domain::model::now();
        let before: Vec<Product> = self.selected_products().into_iter().cloned().collect();
        let after: Vec<Product> = before
            .iter()
            .filter_map(|p| {
                let mut q = p.clone();
                match edit {
                    BulkEdit::Category(c) => q.category = c,
                    BulkEdit::Producer(x) => q.producer = x,
                    BulkEdit::Featured(on) => q.featured = on,
                    BulkEdit::Hidden(on) => q.hidden = on,
                }
                (q != *p).then(|| {
                    q.updated = t;
                    q
                })
            })
            .collect();
        let key = match edit {
            BulkEdit::Category(_) => "app-bulk-done-category",
            BulkEdit::Producer(_) => "app-bulk-done-producer",
            BulkEdit::Featured(true) => "app-bulk-done-featured",
            BulkEdit::Featured(false) => "app-bulk-done-unfeatured",
            BulkEdit::Hidden(true) => "app-bulk-done-hidden",
            BulkEdit::Hidden(false) => "app-bulk-done-shown",
        };
        self.write_undoable(before, after, key);
    }

    /// Writes `after` (changed copies of some of `before`), offering Undo, and says `key` with
    /// the count.
    fn write_undoable(&mut self, before: Vec<Product>, after: Vec<Product>, key: &str) {
        if after.is_empty() {
            self.say(self.tr.t("app-bulk-nothing"));
            return;
        }
        let changed: HashSet<ProductId> = after.iter().map(|p| p.id).collect();
        let count = after.len();
        let changes = ChangeSet {
            products: after,
            ..ChangeSet::default()
        };
        if self.write(&changes) {
            let before = before
                .into_iter()
                .filter(|p| changed.contains(&p.id))
                .collect();
            self.undo = Some(Undo {
                products: before,
                at: Instant::now(),
            });
            self.say(self.tr.t_args(key, &[("count", count.into())]));
        }
    }

    /// The price preview for the selection: every selected product, old and new price.
    pub fn price_rows(&self) -> Vec<PriceRow> {
        let Some(form) = &self.price_form else {
            return Vec::new();
        };
        let change = form.change();
        self.catalogue
            .products
            .iter()
            .enumerate()
            .filter(|(_, p)| self.list.is_selected(p.id))
            .map(|(index, p)| PriceRow {
                index,
                old: p.price,
                new: match change {
                    Some(c) => pricing::new_price(p, c, form.step),
                    None => Ok(p.price),
                },
            })
            .collect()
    }

    /// Changes the prices of the selection as the dialog says, when every one can take it.
    pub(super) fn apply_price_change(&mut self) {
        let Some(form) = &self.price_form else {
            return;
        };
        let Some(change) = form.change() else {
            self.say(self.tr.t("app-price-not-a-change"));
            return;
        };
        let step = form.step;
        let t = crate::domain::model::now();
        let before: Vec<Product> = self.selected_products().into_iter().cloned().collect();
        let mut after = Vec::with_capacity(before.len());
        for p in &before {
            match pricing::reprice(p, change, step) {
                Ok(mut q) if q != *p => {
                    q.updated = t;
                    after.push(q);
                }
                Ok(_) => {}
                Err(_) => {
                    self.say(self.tr.t("app-price-refused"));
                    return;
                }
            }
        }
        self.price_form = None;
        self.write_undoable(before, after, "app-bulk-done-prices");
    }

    /// Deletes the selected products (asked once before), offering Undo.
    pub(super) fn bulk_delete(&mut self) {
        self.confirm_bulk_delete = false;
        let gone: Vec<Product> = self.selected_products().into_iter().cloned().collect();
        if gone.is_empty() {
            return;
        }
        let changes = ChangeSet {
            delete_products: gone.iter().map(|p| p.id).collect(),
            ..ChangeSet::default()
        };
        if self.write(&changes) {
            let count = gone.len();
            self.clear_selection();
            self.undo = Some(Undo {
                products: gone,
                at: Instant::now(),
            });
            self.say(
                self.tr
                    .t_args("app-bulk-done-deleted", &[("count", count.into())]),
            );
        }
    }

    /// Puts back what the last delete or bulk change altered.
    pub(super) fn undo_last(&mut self) {
        let Some(undo) = self.undo.take() else {
            return;
        };
        let count = undo.products.len();
        let changes = ChangeSet {
            products: undo.products,
            ..ChangeSet::default()
        };
        if self.write(&changes) {
            self.say(self.tr.t_args("app-undone", &[("count", count.into())]));
        }
    }

    /// Brings the cached catalogue up to date with changes just written: products are replaced,
    /// added or removed in place and only they are indexed again. Producer or category changes
    /// (rare, and they rename what many products show) read the store again.
    pub(super) fn patch(&mut self, changes: &ChangeSet) {
        if !changes.producers.is_empty()
            || !changes.categories.is_empty()
            || !changes.delete_producers.is_empty()
            || !changes.delete_categories.is_empty()
        {
            self.reload();
            return;
        }
        let removed: HashSet<ProductId> = changes.delete_products.iter().copied().collect();
        let products = &mut self.catalogue.products;
        // The store lists products by SKU (natural order); the cache keeps that order. A product
        // whose SKU is unchanged is replaced where it is; a new one, or one with a new SKU, is
        // put where its SKU sorts.
        let place: HashMap<ProductId, usize> = products
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id, i))
            .collect();
        let mut leaving = removed.clone();
        let mut placed: Vec<&Product> = Vec::new();
        for p in &changes.products {
            match place.get(&p.id) {
                Some(&i) if products[i].sku == p.sku => products[i] = p.clone(),
                Some(_) => {
                    leaving.insert(p.id);
                    placed.push(p);
                }
                None => placed.push(p),
            }
        }
        if !leaving.is_empty() {
            products.retain(|p| !leaving.contains(&p.id));
        }
        for p in placed {
            let at = products
                .partition_point(|q| natural_cmp(&q.sku, &p.sku) == std::cmp::Ordering::Less);
            products.insert(at, p.clone());
        }
        self.list
            .patch_index(&self.catalogue, &removed, &changes.products);
        self.compliance.stale = true;
        self.catalogue_version += 1;
        self.refresh_visible();
    }

    /// Backs up, then removes the example catalogue (asked before), in the background.
    pub(super) fn remove_example(&mut self) {
        let Some(records) = self.confirm_remove_example.take() else {
            return;
        };
        let Some(store) = self.store.clone() else {
            return;
        };
        if self.busy() || self.form_dirty() {
            return;
        }
        let dir = self.data_dir.join("backups");
        if let Err(e) = std::fs::create_dir_all(&dir) {
            self.say(crate::messages::backup_error(
                &self.tr,
                &crate::backup::BackupError::Io {
                    path: dir,
                    source: e,
                },
            ));
            return;
        }
        let today = self.today();
        let backup = (1..)
            .map(|n| {
                let tail = if n == 1 {
                    String::new()
                } else {
                    format!("-{n}")
                };
                dir.join(format!("before-removing-example-{today}{tail}.zip"))
            })
            .find(|p| !p.exists())
            .expect("some name is free");
        self.job = Some(super::jobs::remove_example(store, records, backup));
    }

    /// After the example catalogue was removed (or why not).
    pub(super) fn example_removed(
        &mut self,
        backup: std::path::PathBuf,
        result: Result<(usize, usize), crate::ops::sample::ExampleFailure>,
    ) {
        use crate::ops::sample::ExampleFailure;
        self.reload();
        self.reload_backups();
        let file = backup.display().to_string();
        let message = match result {
            Ok((products, producers)) => {
                self.example_present = false;
                self.clear_selection();
                self.undo = None;
                self.settings_form = Some(super::Form::new(
                    super::forms::SettingsDraft::from_settings(&self.catalogue.settings),
                ));
                self.tr.t_args(
                    "app-example-removed",
                    &[
                        ("products", products.into()),
                        ("producers", producers.into()),
                        ("file", file.into()),
                    ],
                )
            }
            Err(ExampleFailure::Backup(crate::backup::BackupError::Cancelled)) => {
                self.tr.t("app-example-remove-cancelled")
            }
            Err(ExampleFailure::Backup(e)) => self.tr.t_args(
                "app-example-remove-no-backup",
                &[("reason", crate::messages::backup_error(&self.tr, &e).into())],
            ),
            Err(ExampleFailure::Store(e)) => crate::messages::store_error(&self.tr, &e),
        };
        self.say(message);
    }
}
