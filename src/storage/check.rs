//! The store's self-check behind `etalase check`: every record decodes, every reference and photo
//! resolves, the indexes agree with the records. `repair` rebuilds the indexes from the records and
//! removes photos nothing refers to; it never deletes a record.

use super::codec::{Record, category_index_key, producer_index_key, sku_key};
use super::{Store, StoreError};
use crate::domain::sort::natural_cmp;
use crate::domain::{Category, CategoryId, PhotoId, Producer, ProducerId, Product, Settings};
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// One way the store is damaged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Damage {
    /// A record that does not decode.
    Undecodable {
        kind: &'static str,
        key: String,
    },
    MissingCategory {
        sku: String,
    },
    MissingProducer {
        sku: String,
    },
    MissingPhoto {
        sku: String,
    },
    /// Two products share a SKU.
    DuplicateSku {
        sku: String,
    },
    /// The SKU, category or producer index disagrees with the records.
    IndexMismatch {
        index: &'static str,
        entries: usize,
    },
    /// Stored photos no record refers to (harmless; `repair` removes them).
    UnusedPhotos {
        count: usize,
    },
}

impl Damage {
    /// Whether this damage can lose or hide data (as opposed to wasted space).
    pub fn is_serious(&self) -> bool {
        !matches!(self, Damage::UnusedPhotos { .. })
    }

    /// Whether `repair` fixes it.
    pub fn is_repairable(&self) -> bool {
        matches!(
            self,
            Damage::IndexMismatch { .. } | Damage::UnusedPhotos { .. }
        )
    }
}

/// What a check found, with the records it could read.
pub struct CheckReport {
    pub damage: Vec<Damage>,
    pub products: Vec<Product>,
    pub producers: Vec<Producer>,
    pub categories: Vec<Category>,
    pub settings: Settings,
}

impl Store {
    /// Reads and cross-checks everything.
    pub fn check(&self) -> Result<CheckReport, StoreError> {
        let mut damage = Vec::new();
        let mut products: Vec<Product> = decode_each(&self.products, &mut damage)?;
        products.sort_by(|a, b| natural_cmp(&a.sku, &b.sku));
        let producers: Vec<Producer> = decode_each(&self.producers, &mut damage)?;
        let categories: Vec<Category> = decode_each(&self.categories, &mut damage)?;
        let settings = match self.settings.get(b"catalogue")? {
            None => Settings::default(),
            Some(v) => Settings::decode(&v).unwrap_or_else(|| {
                damage.push(Damage::Undecodable {
                    kind: Settings::KIND,
                    key: "catalogue".into(),
                });
                Settings::default()
            }),
        };
        let category_ids: HashSet<CategoryId> = categories.iter().map(|c| c.id).collect();
        let producer_ids: HashSet<ProducerId> = producers.iter().map(|p| p.id).collect();
        let mut photos_used: BTreeSet<PhotoId> = BTreeSet::new();
        let mut seen_skus: BTreeMap<Vec<u8>, usize> = BTreeMap::new();
        for p in &products {
            if !category_ids.contains(&p.category) {
                damage.push(Damage::MissingCategory { sku: p.sku.clone() });
            }
            if !producer_ids.contains(&p.producer) {
                damage.push(Damage::MissingProducer { sku: p.sku.clone() });
            }
            for photo in &p.photos {
                if !self.has_photo(*photo)? || !self.has_master_file(*photo) {
                    damage.push(Damage::MissingPhoto { sku: p.sku.clone() });
                }
                photos_used.insert(*photo);
            }
            *seen_skus.entry(sku_key(&p.sku)).or_default() += 1;
        }
        for p in &products {
            if seen_skus.get(&sku_key(&p.sku)).copied().unwrap_or(0) > 1 {
                damage.push(Damage::DuplicateSku { sku: p.sku.clone() });
            }
        }
        photos_used.extend(producers.iter().filter_map(|p| p.logo));
        photos_used.extend(settings.publisher_logo);
        let expected = expected_indexes(&products);
        for (name, tree, want) in [
            ("sku", &self.sku_index, &expected.sku),
            ("category", &self.category_index, &expected.category),
            ("producer", &self.producer_index, &expected.producer),
        ] {
            let mut wrong = 0;
            let mut have = BTreeMap::new();
            for entry in tree.iter() {
                let (k, v) = entry?;
                have.insert(k.to_vec(), v.to_vec());
            }
            for (k, v) in want {
                if have.get(k) != Some(v) {
                    wrong += 1;
                }
            }
            wrong += have.keys().filter(|k| !want.contains_key(*k)).count();
            if wrong > 0 {
                damage.push(Damage::IndexMismatch {
                    index: name,
                    entries: wrong,
                });
            }
        }
        let unused = self
            .photo_ids()?
            .iter()
            .filter(|id| !photos_used.contains(id))
            .count();
        if unused > 0 {
            damage.push(Damage::UnusedPhotos { count: unused });
        }
        Ok(CheckReport {
            damage,
            products,
            producers,
            categories,
            settings,
        })
    }

    /// Rebuilds the indexes from the records, removes unused photos and half-written photo files,
    /// then flushes.
    pub fn repair(&self, report: &CheckReport) -> Result<(), StoreError> {
        let expected = expected_indexes(&report.products);
        for (tree, want) in [
            (&self.sku_index, &expected.sku),
            (&self.category_index, &expected.category),
            (&self.producer_index, &expected.producer),
        ] {
            let mut batch = sled::Batch::default();
            for key in tree.iter().keys() {
                let key = key?;
                if !want.contains_key(key.as_ref()) {
                    batch.remove(key);
                }
            }
            for (k, v) in want {
                batch.insert(k.as_slice(), v.as_slice());
            }
            tree.apply_batch(batch)?;
        }
        let mut used: BTreeSet<PhotoId> = report
            .products
            .iter()
            .flat_map(|p| p.photos.iter().copied())
            .collect();
        used.extend(report.producers.iter().filter_map(|p| p.logo));
        used.extend(report.settings.publisher_logo);
        let unused: BTreeSet<PhotoId> = self
            .photo_ids()?
            .into_iter()
            .filter(|id| !used.contains(id))
            .collect();
        self.remove_photos(&unused)?;
        self.remove_partial_photo_files()?;
        self.db.flush()?;
        Ok(())
    }
}

struct ExpectedIndexes {
    sku: BTreeMap<Vec<u8>, Vec<u8>>,
    category: BTreeMap<Vec<u8>, Vec<u8>>,
    producer: BTreeMap<Vec<u8>, Vec<u8>>,
}

fn expected_indexes(products: &[Product]) -> ExpectedIndexes {
    let mut out = ExpectedIndexes {
        sku: BTreeMap::new(),
        category: BTreeMap::new(),
        producer: BTreeMap::new(),
    };
    for p in products {
        out.sku.insert(sku_key(&p.sku), p.id.as_bytes().to_vec());
        out.category
            .insert(category_index_key(p.category, p.id).to_vec(), Vec::new());
        out.producer
            .insert(producer_index_key(p.producer, p.id).to_vec(), Vec::new());
    }
    out
}

fn decode_each<R: Record>(
    tree: &sled::Tree,
    damage: &mut Vec<Damage>,
) -> Result<Vec<R>, StoreError> {
    let mut out = Vec::new();
    for entry in tree.iter() {
        let (k, v) = entry?;
        match R::decode(&v) {
            Some(r) => out.push(r),
            None => damage.push(Damage::Undecodable {
                kind: R::KIND,
                key: k.iter().map(|b| format!("{b:02x}")).collect(),
            }),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::ChangeSet;

    #[test]
    fn a_sound_store_checks_clean_and_a_broken_index_is_found_and_repaired() {
        let dir = tempfile::tempdir().unwrap();
        let s = Store::open(dir.path()).unwrap();
        let cat = s.categories().unwrap()[0].id;
        let prod = Producer::new("PP Al-Amien");
        let p = Product::new("X-1", cat, prod.id);
        s.apply(&ChangeSet {
            producers: vec![prod],
            products: vec![p],
            ..Default::default()
        })
        .unwrap();
        assert!(s.check().unwrap().damage.is_empty());

        s.sku_index.insert("ghost", &[0u8; 16]).unwrap();
        s.category_index.clear().unwrap();
        s.products.insert([9u8; 16], &b"not a record"[..]).unwrap();
        let report = s.check().unwrap();
        assert!(report.damage.contains(&Damage::IndexMismatch {
            index: "sku",
            entries: 1
        }));
        assert!(report.damage.contains(&Damage::IndexMismatch {
            index: "category",
            entries: 1
        }));
        assert!(report.damage.iter().any(|d| matches!(
            d,
            Damage::Undecodable {
                kind: "product",
                ..
            }
        )));
        s.repair(&report).unwrap();
        let after = s.check().unwrap();
        assert_eq!(
            after.damage.len(),
            1,
            "only the undecodable record is left: {:?}",
            after.damage
        );
        assert_eq!(s.product_by_sku("X-1").unwrap().unwrap().sku, "X-1");
    }
}
