//! Merging another catalogue's backup into this one: categories and producers matched, photos
//! and products added, a SKU both use settled by an [`OnClash`] rule, all in one atomic write.

use super::BackupError;
use super::check::{check, put_photos, records};
use crate::domain::{Category, Producer};
use crate::storage::{ChangeSet, Store};
use std::path::Path;

/// What to do when a product in the archive has a SKU this catalogue already uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnClash {
    /// Keep this catalogue's product; theirs is left out.
    Keep,
    /// Their product replaces ours (under our product's id, so nothing pointing at it breaks).
    Take,
    /// Keep both: theirs is added with a suffix on its SKU (`-2`, `-3`, ...).
    Both,
}

impl OnClash {
    pub fn parse(text: &str) -> Option<OnClash> {
        match text.trim().to_lowercase().as_str() {
            "keep" => Some(OnClash::Keep),
            "take" => Some(OnClash::Take),
            "both" => Some(OnClash::Both),
            _ => None,
        }
    }
}

/// A SKU both catalogues use, and how it was settled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clash {
    pub sku: String,
    /// The SKU theirs went in under (`Both`), else the same SKU.
    pub added_as: Option<String>,
}

/// What a merge added.
#[derive(Debug, Default)]
pub struct Merged {
    pub products: usize,
    pub producers: usize,
    pub categories: usize,
    pub photos: usize,
    pub leads: usize,
    pub clashes: Vec<Clash>,
}

/// Merges another catalogue's backup into `store` in one atomic write: categories and producers
/// are matched by id or name (new ones added; a known producer keeps its data and only gains the
/// grant fields it lacks), photos added, products added; a SKU already used is settled by `rule`
/// and listed. This catalogue's settings stay.
pub fn merge(store: &Store, archive: &Path, rule: OnClash) -> Result<Merged, BackupError> {
    use crate::domain::parse::match_key;
    use std::collections::HashMap;
    let checked = check(archive)?;
    let theirs = records(&checked)?;
    let photos_before = store.photo_ids()?.len();
    put_photos(&checked, store)?;
    let mut report = Merged::default();
    let ours_categories = store.categories()?;
    let ours_producers = store.producers()?;
    let ours_products = store.products()?;
    let mut changes = ChangeSet::default();
    let mut category_map = HashMap::new();
    let mut next_order = ours_categories
        .iter()
        .map(|c| c.sort_order)
        .max()
        .unwrap_or(0);
    for c in theirs.categories {
        let same = ours_categories
            .iter()
            .find(|o| o.id == c.id || match_key(&o.name.id) == match_key(&c.name.id));
        match same {
            Some(o) => {
                category_map.insert(c.id, o.id);
            }
            None => {
                category_map.insert(c.id, c.id);
                next_order += 1;
                changes.categories.push(Category {
                    sort_order: next_order,
                    ..c
                });
                report.categories += 1;
            }
        }
    }
    let mut producer_map = HashMap::new();
    for p in theirs.producers {
        let same = ours_producers
            .iter()
            .find(|o| o.id == p.id || match_key(&o.pesantren) == match_key(&p.pesantren));
        match same {
            Some(o) => {
                producer_map.insert(p.id, o.id);
                // Ours stays; what ours has not filled in of the grant data comes from theirs.
                let legal = o.legal.filled_from(&p.legal);
                if legal != o.legal {
                    changes.producers.push(Producer { legal, ..o.clone() });
                }
            }
            None => {
                producer_map.insert(p.id, p.id);
                changes.producers.push(p);
                report.producers += 1;
            }
        }
    }
    let mut used: std::collections::HashSet<String> =
        ours_products.iter().map(|p| match_key(&p.sku)).collect();
    let ids: std::collections::HashSet<_> = ours_products.iter().map(|p| p.id).collect();
    for mut p in theirs.products {
        p.category = category_map.get(&p.category).copied().unwrap_or(p.category);
        p.producer = producer_map.get(&p.producer).copied().unwrap_or(p.producer);
        let key = match_key(&p.sku);
        if let Some(ours) = ours_products.iter().find(|o| match_key(&o.sku) == key) {
            match rule {
                OnClash::Keep => {
                    report.clashes.push(Clash {
                        sku: p.sku.clone(),
                        added_as: None,
                    });
                    continue;
                }
                OnClash::Take => {
                    p.id = ours.id;
                    report.clashes.push(Clash {
                        sku: p.sku.clone(),
                        added_as: Some(p.sku.clone()),
                    });
                }
                OnClash::Both => {
                    let mut n = 2;
                    let sku = loop {
                        let candidate = format!("{}-{n}", p.sku.trim());
                        if !used.contains(&match_key(&candidate)) {
                            break candidate;
                        }
                        n += 1;
                    };
                    report.clashes.push(Clash {
                        sku: p.sku.clone(),
                        added_as: Some(sku.clone()),
                    });
                    p.sku = sku;
                    p.id = crate::domain::ProductId::new();
                }
            }
        } else if ids.contains(&p.id) {
            // The same record id under another SKU: a copy edited elsewhere; kept apart.
            p.id = crate::domain::ProductId::new();
        }
        used.insert(match_key(&p.sku));
        if !matches!(rule, OnClash::Take) || !ids.contains(&p.id) {
            report.products += 1;
        }
        changes.products.push(p);
    }
    store.apply(&changes)?;
    let known: std::collections::HashSet<_> = store.leads()?.iter().map(|l| l.id).collect();
    for lead in theirs.leads.iter().filter(|l| !known.contains(&l.id)) {
        store.add_lead(lead)?;
        report.leads += 1;
    }
    report.photos = store.photo_ids()?.len() - photos_before;
    Ok(report)
}
