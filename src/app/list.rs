//! What the product list shows and who is picked in it: filters, sort, the rows on screen (in
//! display order), the selection, the keyboard cursor and the Shift-click anchor, and the search
//! index behind the query. Fields are private: the UI reads them through the getters and changes
//! them only by returning [`super::Command`]s, which `app` applies through the `pub(super)`
//! methods here. The filter and sort rules themselves are `domain::listing`'s.

use crate::domain::listing::{Filters, Listing, SortKey};
use crate::domain::search::SearchIndex;
use crate::domain::{Catalogue, Lang, ProducerId, Product, ProductId};
use std::collections::{BTreeSet, HashMap, HashSet};

/// The product list's state (see the module doc).
pub struct ProductList {
    search: SearchIndex,
    filters: Filters,
    sort: SortKey,
    descending: bool,
    /// Indices into the catalogue's products of what the list shows, in display order.
    visible: Vec<usize>,
    /// What `visible` was computed for; `None` after the catalogue changed.
    shown_for: Option<(Filters, SortKey, bool, Lang)>,
    selected: BTreeSet<ProductId>,
    cursor: Option<usize>,
    /// Where the last plain or Ctrl click was: Shift+click selects from here.
    anchor: Option<ProductId>,
}

impl Default for ProductList {
    fn default() -> Self {
        ProductList {
            search: SearchIndex::default(),
            filters: Filters::default(),
            sort: SortKey::Sku,
            descending: false,
            visible: Vec::new(),
            shown_for: None,
            selected: BTreeSet::new(),
            cursor: None,
            anchor: None,
        }
    }
}

impl ProductList {
    /// Indices into the catalogue's products of the rows shown, in display order.
    pub fn visible(&self) -> &[usize] {
        &self.visible
    }
    pub fn filters(&self) -> &Filters {
        &self.filters
    }
    pub fn sort(&self) -> SortKey {
        self.sort
    }
    pub fn descending(&self) -> bool {
        self.descending
    }
    pub fn selected(&self) -> &BTreeSet<ProductId> {
        &self.selected
    }
    pub fn is_selected(&self, id: ProductId) -> bool {
        self.selected.contains(&id)
    }
    /// The keyboard cursor's row among the visible ones.
    pub fn cursor(&self) -> Option<usize> {
        self.cursor
    }

    /// The products shown, in display order.
    pub fn shown<'a>(&'a self, catalogue: &'a Catalogue) -> impl Iterator<Item = &'a Product> {
        self.visible.iter().map(|&i| &catalogue.products[i])
    }

    pub(super) fn set_filters(&mut self, filters: Filters) {
        self.filters = filters;
    }

    /// Leaves out the producer filter when it names this producer (deleted).
    pub(super) fn forget_producer(&mut self, id: ProducerId) {
        if self.filters.producer == Some(id) {
            self.filters.producer = None;
        }
    }

    /// Sorts by `key`; sorting again by the same key turns the order round.
    pub(super) fn sort_by(&mut self, key: SortKey) {
        if self.sort == key {
            self.descending = !self.descending;
        } else {
            self.sort = key;
            self.descending = false;
        }
    }

    /// Puts the cursor on a row (kept within the list).
    pub(super) fn set_cursor(&mut self, at: Option<usize>) {
        self.cursor = at.map(|at| at.min(self.visible.len().saturating_sub(1)));
    }

    /// Moves the cursor by `delta` rows (from the top when there was none).
    pub(super) fn move_cursor(&mut self, delta: isize) {
        if let Some(last) = self.visible.len().checked_sub(1) {
            let at = self
                .cursor
                .map_or(0, |c| c.saturating_add_signed(delta).min(last));
            self.cursor = Some(at);
        }
    }

    /// Ctrl+click: the product joins or leaves the selection and becomes the anchor.
    pub(super) fn toggle(&mut self, id: ProductId) {
        if !self.selected.remove(&id) {
            self.selected.insert(id);
        }
        self.anchor = Some(id);
    }

    /// A click on the row at `place`: Ctrl toggles it, Shift selects from the anchor to it
    /// (adding to the selection with Ctrl too). Returns the product to open for a plain click.
    pub(super) fn click(
        &mut self,
        catalogue: &Catalogue,
        place: usize,
        ctrl: bool,
        shift: bool,
    ) -> Option<ProductId> {
        let &index = self.visible.get(place)?;
        let id = catalogue.products[index].id;
        if shift {
            let anchor = self
                .anchor
                .and_then(|a| self.place_of(catalogue, a))
                .or(self.cursor)
                .unwrap_or(place);
            if !ctrl {
                self.selected.clear();
            }
            let (from, to) = (anchor.min(place), anchor.max(place));
            for &i in &self.visible[from..=to] {
                self.selected.insert(catalogue.products[i].id);
            }
            self.cursor = Some(place);
            None
        } else if ctrl {
            self.toggle(id);
            self.cursor = Some(place);
            None
        } else {
            self.anchor = Some(id);
            Some(id)
        }
    }

    /// Where a product stands in the list as shown now.
    fn place_of(&self, catalogue: &Catalogue, id: ProductId) -> Option<usize> {
        self.visible
            .iter()
            .position(|&i| catalogue.products[i].id == id)
    }

    /// Selects every product the list shows (Ctrl+A).
    pub(super) fn select_all_shown(&mut self, catalogue: &Catalogue) {
        let products = &catalogue.products;
        self.selected
            .extend(self.visible.iter().map(|&i| products[i].id));
    }

    pub(super) fn clear_selection(&mut self) {
        self.selected.clear();
        self.anchor = None;
    }

    /// A deleted product leaves the selection.
    pub(super) fn deselect(&mut self, id: ProductId) {
        self.selected.remove(&id);
    }

    /// Builds the search index again over the whole catalogue (after a reload).
    pub(super) fn reindex(&mut self, catalogue: &Catalogue) {
        let names = producer_names(catalogue);
        self.search = SearchIndex::build(&catalogue.products, |p| {
            names.get(&p.producer).cloned().unwrap_or_default()
        });
        self.shown_for = None;
    }

    /// Patches the search index after a save: `removed` left, `changed` were written.
    pub(super) fn patch_index(
        &mut self,
        catalogue: &Catalogue,
        removed: &HashSet<ProductId>,
        changed: &[Product],
    ) {
        let names = producer_names(catalogue);
        self.search.patch(removed, changed, |p| {
            names.get(&p.producer).cloned().unwrap_or_default()
        });
        self.shown_for = None;
    }

    /// Recomputes the visible rows when the filters, sort, language or catalogue changed.
    pub(super) fn refresh(&mut self, catalogue: &Catalogue, lang: Lang) {
        let key = (self.filters.clone(), self.sort, self.descending, lang);
        if self.shown_for.as_ref() == Some(&key) {
            return;
        }
        let matches: HashSet<ProductId> = self
            .search
            .search(&self.filters.query)
            .into_iter()
            .collect();
        let listing = Listing {
            filters: &self.filters,
            sort: self.sort,
            descending: self.descending,
            lang,
        };
        self.visible = listing.list(catalogue, |p| matches.contains(&p.id));
        if let Some(c) = self.cursor
            && c >= self.visible.len()
        {
            self.cursor = self.visible.len().checked_sub(1);
        }
        self.shown_for = Some(key);
    }
}

fn producer_names(catalogue: &Catalogue) -> HashMap<ProducerId, String> {
    catalogue
        .producers
        .iter()
        .map(|p| (p.id, p.pesantren.clone()))
        .collect()
}
