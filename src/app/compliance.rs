//! The Compliance screen's state: which tab, filter and sort, and the rows it shows (built by
//! `domain::standing` when the catalogue changed), and the list as CSV.

use crate::domain::readiness::Readiness;
pub use crate::domain::standing::{Group, Row, counts, readiness, rows};
use std::collections::HashMap;

/// Columns the list sorts by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortBy {
    /// Most urgent first: by group, then days left.
    #[default]
    Urgency,
    Sku,
    Name,
    Days,
}

/// The two halves of the Compliance screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    /// Products by halal standing and finding.
    #[default]
    Products,
    /// Each producer's readiness checklist.
    Producers,
}

/// What the Compliance screen shows and how.
#[derive(Default)]
pub struct View {
    pub tab: Tab,
    pub rows: Vec<Row>,
    /// Every producer's checklist, least ready first.
    pub readiness: Vec<(usize, Readiness)>,
    pub filter: Option<Group>,
    pub sort: SortBy,
    /// Products per group, for the tiles.
    pub counts: HashMap<Group, usize>,
    /// Indices into `rows` the list shows, in order.
    pub shown: Vec<usize>,
    /// The filter, sort and language `shown` was made for.
    shown_for: Option<(Option<Group>, SortBy, crate::domain::Lang)>,
    /// Set when the catalogue changed since the rows were built.
    pub stale: bool,
}

impl super::EtalaseApp {
    /// Rebuilds the rows when the catalogue changed, and the list when the filter or sort did;
    /// nothing when neither changed (it runs every frame the screen is shown).
    pub fn refresh_compliance(&mut self) {
        let today = self.today();
        let view = &mut self.compliance;
        if view.stale {
            view.rows = rows(&self.catalogue, today);
            view.readiness = readiness(&self.catalogue, today);
            view.counts = counts(&view.rows);
            view.shown_for = None;
            view.stale = false;
        }
        let lang = self.prefs.lang;
        let key = (view.filter, view.sort, lang);
        if view.shown_for == Some(key) {
            return;
        }
        let products = &self.catalogue.products;
        let rows = &view.rows;
        let mut shown: Vec<usize> = (0..rows.len())
            .filter(|&i| view.filter.is_none_or(|g| rows[i].group == g))
            .collect();
        match view.sort {
            SortBy::Urgency => shown.sort_by_key(|&i| (rows[i].group, rows[i].days)),
            SortBy::Sku => shown.sort_by(|&a, &b| {
                let sku = |i: usize| &products[rows[i].product].sku;
                crate::domain::sort::natural_cmp(sku(a), sku(b))
            }),
            SortBy::Name => shown
                .sort_by_cached_key(|&i| products[rows[i].product].name.shown(lang).to_lowercase()),
            SortBy::Days => shown.sort_by_key(|&i| rows[i].days.unwrap_or(i64::MAX)),
        }
        view.shown = shown;
        view.shown_for = Some(key);
    }

    /// The rows as CSV (UTF-8 with a byte-order mark), reasons in the UI language.
    pub fn compliance_csv(&mut self) -> Vec<u8> {
        self.refresh_compliance();
        let tr = &self.tr;
        let deadline = self.catalogue.settings.halal_deadline;
        let catalogue = &self.catalogue;
        let rows: Vec<_> = self
            .compliance
            .rows
            .iter()
            .map(|r| {
                let p = &catalogue.products[r.product];
                (p, r, crate::messages::standing(tr, p, r, deadline))
            })
            .collect();
        crate::interchange::lists::compliance_csv(rows.iter().map(|(p, r, reason)| {
            crate::interchange::lists::ComplianceLine {
                sku: &p.sku,
                name: &p.name.id,
                producer: catalogue
                    .producer(p.producer)
                    .map_or("", |x| x.pesantren.as_str()),
                group: r.group.code(),
                reason,
                days: r.days,
            }
        }))
    }
}
