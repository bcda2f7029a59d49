//! The catalogue store: sled behind a small typed layer. One tree per aggregate, index trees (SKU,
//! category, producer) kept in step inside the same transaction as the records, and every write
//! flushed before it returns, so "saved" means on disk. This module must not know about CSV, the
//! command line or the window.

pub mod check;
pub mod codec;
pub mod photos;
pub mod schema;

pub use photos::PhotoProblem;

use crate::domain::model::default_categories;
use crate::domain::parse::match_key;
use crate::domain::sort::natural_cmp;
use crate::domain::{Category, CategoryId, Producer, ProducerId, Product, ProductId, Settings};
use codec::{Record, category_index_key, producer_index_key, sku_key};
use schema::{CURRENT_VERSION, MIGRATIONS, MigrationError, tree_name};
use sled::transaction::{ConflictableTransactionError, TransactionError, TransactionalTree};
use sled::{Db, Transactional, Tree};
use std::path::{Path, PathBuf};

/// Bytes of memory sled may use for its page cache.
pub const CACHE_BYTES: u64 = 64 * 1024 * 1024;

/// What can go wrong with the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the catalogue at {path} is open in another Etalase window or command")]
    Locked { path: PathBuf },
    #[error("cannot use the data folder {path}: {source}")]
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the catalogue at {path} was written by a newer Etalase (schema {found})")]
    NewerSchema { path: PathBuf, found: u32 },
    #[error("the catalogue at {path} cannot be upgraded: {reason}")]
    Upgrade { path: PathBuf, reason: String },
    #[error("a stored {kind} record is damaged")]
    Damaged { kind: &'static str },
    /// The store's files no longer hold the catalogue that was there (sled dropped what it
    /// could not read): never shown as an empty catalogue.
    #[error("the catalogue at {path} is damaged and cannot be read")]
    Corrupt { path: PathBuf },
    #[error("SKU {sku} is already used by another product")]
    SkuTaken { sku: String },
    /// A producer or category that products still use cannot be deleted.
    #[error("{count} products still use this {kind}")]
    InUse { kind: &'static str, count: usize },
    #[error("storage error: {0}")]
    Sled(#[from] sled::Error),
}

/// A set of changes written in one atomic step.
#[derive(Default, Debug)]
pub struct ChangeSet {
    pub categories: Vec<Category>,
    pub producers: Vec<Producer>,
    pub products: Vec<Product>,
    pub delete_products: Vec<ProductId>,
    /// Refused with [`StoreError::InUse`] while a product (after this change set) still uses one.
    pub delete_producers: Vec<ProducerId>,
    pub delete_categories: Vec<CategoryId>,
}

impl ChangeSet {
    pub fn is_empty(&self) -> bool {
        self.categories.is_empty()
            && self.producers.is_empty()
            && self.products.is_empty()
            && self.delete_products.is_empty()
            && self.delete_producers.is_empty()
            && self.delete_categories.is_empty()
    }
}

/// The open catalogue store. Holding it (or a clone) holds the data folder's lock.
#[derive(Clone)]
pub struct Store {
    db: Db,
    path: PathBuf,
    pub(crate) products: Tree,
    pub(crate) producers: Tree,
    pub(crate) categories: Tree,
    pub(crate) photos: Tree,
    pub(crate) settings: Tree,
    /// Visitor sign-ups from the showcase, keyed by their time-ordered id.
    pub(crate) leads: Tree,
    pub(crate) sku_index: Tree,
    pub(crate) category_index: Tree,
    pub(crate) producer_index: Tree,
    /// Photo files already imported: path, size and time -> photo (a cache).
    pub(crate) photo_sources: Tree,
}

const SETTINGS_KEY: &[u8] = b"catalogue";
/// The file that says this folder's store was set up (see [`Store::open`]).
const MARKER: &str = "etalase-store";

impl Store {
    /// Opens (creating when new) the store in `dir`, upgrading an older schema. A new store gets
    /// the default categories and settings.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        Store::open_inner(dir).map_err(|e| match e {
            StoreError::Sled(sled::Error::Corruption { .. }) => StoreError::Corrupt {
                path: dir.to_path_buf(),
            },
            e => e,
        })
    }

    fn open_inner(dir: &Path) -> Result<Store, StoreError> {
        std::fs::create_dir_all(dir).map_err(|source| StoreError::Folder {
            path: dir.to_path_buf(),
            source,
        })?;
        // Written once the first set-up is complete: a store that has it but no schema version
        // lost its contents (sled drops a log it cannot read and would start over empty).
        let marker = dir.join(MARKER);
        let set_up_before = marker.exists();
        let db = open_db(dir)?;
        let fresh = schema::stored_version(&db)
            .map_err(|e| migration_error(dir, e))?
            .is_none();
        if fresh && set_up_before {
            return Err(StoreError::Corrupt {
                path: dir.to_path_buf(),
            });
        }
        schema::migrate(&db, dir, MIGRATIONS, CURRENT_VERSION)
            .map_err(|e| migration_error(dir, e))?;
        // Schema 1's photo trees, left when an upgrade stopped right after it took charge.
        photos::legacy::drop_trees(&db)?;
        let tree = |name: &str| db.open_tree(tree_name(CURRENT_VERSION, name));
        let store = Store {
            products: tree(schema::PRODUCTS)?,
            producers: tree(schema::PRODUCERS)?,
            categories: tree(schema::CATEGORIES)?,
            photos: tree(schema::PHOTOS)?,
            settings: tree(schema::SETTINGS)?,
            leads: tree(schema::LEADS)?,
            sku_index: tree(schema::SKU_INDEX)?,
            category_index: tree(schema::CATEGORY_INDEX)?,
            producer_index: tree(schema::PRODUCER_INDEX)?,
            photo_sources: tree(schema::PHOTO_SOURCES)?,
            path: dir.to_path_buf(),
            db,
        };
        if fresh {
            // A crash during this first set-up may leave part of it; only add what is missing.
            if store.categories.is_empty() {
                store.apply(&ChangeSet {
                    categories: default_categories(),
                    ..ChangeSet::default()
                })?;
            }
            if store.settings.get(SETTINGS_KEY)?.is_none() {
                store.save_settings(&Settings::default())?;
            }
            schema::set_version(&store.db, CURRENT_VERSION)?;
            store.db.flush()?;
        }
        if !set_up_before {
            // Written and synced through a handle that may write (Windows refuses to flush a
            // file opened for reading).
            crate::fsio::write_atomically(&marker, b"etalase store\n").map_err(|source| {
                StoreError::Folder {
                    path: dir.to_path_buf(),
                    source,
                }
            })?;
        }
        Ok(store)
    }

    /// The folder the store lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Bytes the store takes on disk.
    /// Bytes on disk: sled's files and the photo files.
    pub fn size_on_disk(&self) -> Result<u64, StoreError> {
        Ok(self.db.size_on_disk()? + self.photo_bytes()?)
    }

    pub fn product_count(&self) -> usize {
        self.products.len()
    }

    /// All products, ordered by SKU as people read it ("A-2" before "A-10").
    /// The whole catalogue: products, producers, categories and settings.
    pub fn catalogue(&self) -> Result<crate::domain::Catalogue, StoreError> {
        Ok(crate::domain::Catalogue {
            products: self.products()?,
            producers: self.producers()?,
            categories: self.categories()?,
            settings: self.settings()?,
        })
    }

    pub fn products(&self) -> Result<Vec<Product>, StoreError> {
        let mut out = read_all::<Product>(&self.products)?;
        out.sort_by(|a, b| natural_cmp(&a.sku, &b.sku));
        Ok(out)
    }

    pub fn product(&self, id: ProductId) -> Result<Option<Product>, StoreError> {
        read_one(&self.products, id.as_bytes())
    }

    /// The product with this SKU (case and surrounding blanks ignored).
    pub fn product_by_sku(&self, sku: &str) -> Result<Option<Product>, StoreError> {
        match self.sku_index.get(sku_key(sku))? {
            None => Ok(None),
            Some(id) => read_one(&self.products, &id),
        }
    }

    /// Ids of the products in a category, from the index.
    pub fn products_in_category(&self, id: CategoryId) -> Result<Vec<ProductId>, StoreError> {
        index_members(&self.category_index, id.as_bytes())
    }

    /// Ids of the products of a producer, from the index.
    pub fn products_of_producer(&self, id: ProducerId) -> Result<Vec<ProductId>, StoreError> {
        index_members(&self.producer_index, id.as_bytes())
    }

    /// All producers, by pesantren name.
    pub fn producers(&self) -> Result<Vec<Producer>, StoreError> {
        let mut out = read_all::<Producer>(&self.producers)?;
        out.sort_by(|a, b| natural_cmp(&a.pesantren, &b.pesantren));
        Ok(out)
    }

    /// All categories, in their sort order.
    pub fn categories(&self) -> Result<Vec<Category>, StoreError> {
        let mut out = read_all::<Category>(&self.categories)?;
        out.sort_by(|a, b| {
            a.sort_order
                .cmp(&b.sort_order)
                .then_with(|| natural_cmp(&a.name.id, &b.name.id))
        });
        Ok(out)
    }

    pub fn settings(&self) -> Result<Settings, StoreError> {
        Ok(read_one(&self.settings, SETTINGS_KEY)?.unwrap_or_default())
    }

    pub fn save_settings(&self, settings: &Settings) -> Result<(), StoreError> {
        self.settings.insert(SETTINGS_KEY, settings.encode())?;
        self.db.flush()?;
        Ok(())
    }

    /// Stores a visitor's sign-up and flushes it to disk before returning: once this says Ok, a
    /// power cut does not lose it.
    pub fn add_lead(&self, lead: &crate::domain::lead::Lead) -> Result<(), StoreError> {
        self.leads.insert(lead.id.as_bytes(), lead.encode())?;
        self.db.flush()?;
        Ok(())
    }

    /// Every sign-up, oldest first.
    pub fn leads(&self) -> Result<Vec<crate::domain::lead::Lead>, StoreError> {
        read_all(&self.leads)
    }

    /// Deletes these sign-ups (one, or all of them).
    pub fn delete_leads(&self, ids: &[crate::domain::lead::LeadId]) -> Result<(), StoreError> {
        let mut batch = sled::Batch::default();
        for id in ids {
            batch.remove(id.as_bytes().as_slice());
        }
        self.leads.apply_batch(batch)?;
        self.db.flush()?;
        Ok(())
    }

    /// Writes a set of changes in one transaction, keeping the indexes in step, and flushes.
    /// Either all of it is stored or none of it.
    pub fn apply(&self, changes: &ChangeSet) -> Result<(), StoreError> {
        if changes.is_empty() {
            return Ok(());
        }
        self.refuse_deleting_what_is_used(changes)?;
        let trees = [
            &self.products,
            &self.producers,
            &self.categories,
            &self.sku_index,
            &self.category_index,
            &self.producer_index,
        ];
        let result = trees.as_slice().transaction(|tx| {
            let [
                products,
                producers,
                categories,
                skus,
                by_category,
                by_producer,
            ] = tx.as_slice()
            else {
                return Err(ConflictableTransactionError::Abort(TxAbort::Damaged(
                    "trees",
                )));
            };
            for c in &changes.categories {
                categories.insert(c.id.as_bytes(), c.encode())?;
            }
            for p in &changes.producers {
                producers.insert(p.id.as_bytes(), p.encode())?;
            }
            for id in &changes.delete_categories {
                categories.remove(id.as_bytes())?;
            }
            for id in &changes.delete_producers {
                producers.remove(id.as_bytes())?;
            }
            let idx = Indexes {
                skus,
                by_category,
                by_producer,
            };
            for id in &changes.delete_products {
                if let Some(old) = products.remove(id.as_bytes())? {
                    let old = Product::decode(&old).ok_or(ConflictableTransactionError::Abort(
                        TxAbort::Damaged("product"),
                    ))?;
                    idx.remove(&old)?;
                }
            }
            for p in &changes.products {
                if let Some(old) = products.get(p.id.as_bytes())? {
                    let old = Product::decode(&old).ok_or(ConflictableTransactionError::Abort(
                        TxAbort::Damaged("product"),
                    ))?;
                    idx.remove(&old)?;
                }
                if let Some(holder) = skus.get(sku_key(&p.sku))?
                    && holder.as_ref() != p.id.as_bytes()
                {
                    return Err(ConflictableTransactionError::Abort(TxAbort::SkuTaken(
                        p.sku.clone(),
                    )));
                }
                products.insert(p.id.as_bytes(), p.encode())?;
                idx.insert(p)?;
            }
            Ok(())
        });
        match result {
            Ok(()) => {}
            Err(TransactionError::Abort(TxAbort::SkuTaken(sku))) => {
                return Err(StoreError::SkuTaken { sku });
            }
            Err(TransactionError::Abort(TxAbort::Damaged(kind))) => {
                return Err(StoreError::Damaged { kind });
            }
            Err(TransactionError::Storage(e)) => return Err(e.into()),
        }
        self.db.flush()?;
        Ok(())
    }

    /// Products that use a producer or category after `changes` would be applied; a deletion of
    /// one still in use is refused before anything is written. (The store is open in one process
    /// only, so checking before the transaction is not racy.)
    fn refuse_deleting_what_is_used(&self, changes: &ChangeSet) -> Result<(), StoreError> {
        if changes.delete_producers.is_empty() && changes.delete_categories.is_empty() {
            return Ok(());
        }
        let leaving: std::collections::HashSet<[u8; 16]> = changes
            .delete_products
            .iter()
            .map(|id| *id.as_bytes())
            .collect();
        let rewritten: std::collections::HashMap<[u8; 16], &Product> = changes
            .products
            .iter()
            .map(|p| (*p.id.as_bytes(), p))
            .collect();
        let still_used = |index: &Tree, owner: &[u8; 16], uses: &dyn Fn(&Product) -> bool| {
            let mut count = 0usize;
            for entry in index.scan_prefix(owner) {
                let (key, _) = entry?;
                let mut product = [0u8; 16];
                product.copy_from_slice(&key[16..32]);
                if leaving.contains(&product) {
                    continue;
                }
                if rewritten.get(&product).is_none_or(|p| uses(p)) {
                    count += 1;
                }
            }
            // Products of this change set newly pointing at it.
            count += changes
                .products
                .iter()
                .filter(|p| uses(p) && !self.product_indexed(index, owner, p.id))
                .count();
            Ok::<usize, StoreError>(count)
        };
        for id in &changes.delete_producers {
            let count = still_used(&self.producer_index, id.as_bytes(), &|p| p.producer == *id)?;
            if count > 0 {
                return Err(StoreError::InUse {
                    kind: "producer",
                    count,
                });
            }
        }
        for id in &changes.delete_categories {
            let count = still_used(&self.category_index, id.as_bytes(), &|p| p.category == *id)?;
            if count > 0 {
                return Err(StoreError::InUse {
                    kind: "category",
                    count,
                });
            }
        }
        Ok(())
    }

    fn product_indexed(&self, index: &Tree, owner: &[u8; 16], product: ProductId) -> bool {
        let mut key = [0u8; 32];
        key[..16].copy_from_slice(owner);
        key[16..].copy_from_slice(product.as_bytes());
        index.contains_key(key).unwrap_or(false)
    }

    /// Saves one product (new or changed).
    pub fn save_product(&self, product: &Product) -> Result<(), StoreError> {
        self.apply(&ChangeSet {
            products: vec![product.clone()],
            ..ChangeSet::default()
        })
    }

    /// Whether the catalogue holds no products yet.
    pub fn is_empty(&self) -> bool {
        self.products.is_empty()
    }

    /// Producer matched by pesantren name (case and blanks ignored).
    pub fn producer_by_name(&self, name: &str) -> Result<Option<Producer>, StoreError> {
        let key = match_key(name);
        Ok(self
            .producers()?
            .into_iter()
            .find(|p| match_key(&p.pesantren) == key))
    }

    /// Category matched by its Indonesian name (case and blanks ignored).
    pub fn category_by_name(&self, name: &str) -> Result<Option<Category>, StoreError> {
        let key = match_key(name);
        Ok(self
            .categories()?
            .into_iter()
            .find(|c| match_key(&c.name.id) == key))
    }
}

enum TxAbort {
    SkuTaken(String),
    Damaged(&'static str),
}

type TxResult = Result<(), ConflictableTransactionError<TxAbort>>;

struct Indexes<'a> {
    skus: &'a TransactionalTree,
    by_category: &'a TransactionalTree,
    by_producer: &'a TransactionalTree,
}

impl Indexes<'_> {
    fn remove(&self, old: &Product) -> TxResult {
        let key = sku_key(&old.sku);
        if self.skus.get(&key)?.as_deref() == Some(old.id.as_bytes().as_slice()) {
            self.skus.remove(key)?;
        }
        self.by_category
            .remove(&category_index_key(old.category, old.id))?;
        self.by_producer
            .remove(&producer_index_key(old.producer, old.id))?;
        Ok(())
    }

    fn insert(&self, p: &Product) -> TxResult {
        self.skus.insert(sku_key(&p.sku), p.id.as_bytes())?;
        self.by_category
            .insert(&category_index_key(p.category, p.id), &[])?;
        self.by_producer
            .insert(&producer_index_key(p.producer, p.id), &[])?;
        Ok(())
    }
}

fn read_all<R: Record>(tree: &Tree) -> Result<Vec<R>, StoreError> {
    let mut out = Vec::with_capacity(tree.len());
    for entry in tree.iter() {
        let (_, value) = entry?;
        out.push(R::decode(&value).ok_or(StoreError::Damaged { kind: R::KIND })?);
    }
    Ok(out)
}

fn read_one<R: Record>(tree: &Tree, key: &[u8]) -> Result<Option<R>, StoreError> {
    match tree.get(key)? {
        None => Ok(None),
        Some(v) => R::decode(&v)
            .map(Some)
            .ok_or(StoreError::Damaged { kind: R::KIND }),
    }
}

fn index_members(tree: &Tree, prefix: &[u8; 16]) -> Result<Vec<ProductId>, StoreError> {
    let mut out = Vec::new();
    for entry in tree.scan_prefix(prefix) {
        let (key, _) = entry?;
        if let Some(id) = ProductId::from_slice(&key[16..]) {
            out.push(id);
        }
    }
    Ok(out)
}

/// How long opening waits for another holder of the lock to let go. sled releases its file lock
/// only when its background flusher has stopped, a moment after the last handle is dropped, so
/// a window reopened right after closing (or a command run right after the window) would
/// otherwise be told the catalogue is in use.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_millis(1500);

fn open_db(dir: &Path) -> Result<Db, StoreError> {
    let started = std::time::Instant::now();
    loop {
        let opened = sled::Config::new()
            .path(dir)
            .cache_capacity(CACHE_BYTES)
            .open()
            .map_err(|e| open_error(dir, e));
        match opened {
            Err(StoreError::Locked { .. }) if started.elapsed() < LOCK_WAIT => {
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            other => return other,
        }
    }
}

fn open_error(dir: &Path, e: sled::Error) -> StoreError {
    if let sled::Error::Io(io) = &e
        && (io.kind() == std::io::ErrorKind::WouldBlock
            || io.to_string().contains("could not acquire lock"))
    {
        return StoreError::Locked {
            path: dir.to_path_buf(),
        };
    }
    StoreError::Sled(e)
}

fn migration_error(dir: &Path, e: MigrationError) -> StoreError {
    match e {
        MigrationError::Newer { found, .. } => StoreError::NewerSchema {
            path: dir.to_path_buf(),
            found,
        },
        MigrationError::Sled(e) => StoreError::Sled(e),
        other => StoreError::Upgrade {
            path: dir.to_path_buf(),
            reason: other.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("store")).unwrap();
        (dir, store)
    }

    #[test]
    fn a_new_store_has_the_default_categories() {
        let (_d, s) = store();
        let cats = s.categories().unwrap();
        assert_eq!(cats.len(), 8);
        assert_eq!(cats[0].name.id, "Makanan & Camilan");
        assert!(cats[0].halal_mandatory && !cats[4].halal_mandatory);
        assert!(s.is_empty());
    }

    #[test]
    fn products_are_indexed_by_sku_category_and_producer() {
        let (_d, s) = store();
        let cat = s.categories().unwrap()[1].clone();
        let prod = Producer::new("Pondok Pesantren Al-Falah");
        let mut p = Product::new("KPG-01", cat.id, prod.id);
        p.name.id = "Kopi".into();
        s.apply(&ChangeSet {
            producers: vec![prod.clone()],
            products: vec![p.clone()],
            ..Default::default()
        })
        .unwrap();
        assert_eq!(s.product_by_sku("kpg-01").unwrap(), Some(p.clone()));
        assert_eq!(s.products_in_category(cat.id).unwrap(), vec![p.id]);
        assert_eq!(s.products_of_producer(prod.id).unwrap(), vec![p.id]);
        // Renaming the SKU moves the index entry.
        p.sku = "KPG-02".into();
        s.save_product(&p).unwrap();
        assert_eq!(s.product_by_sku("KPG-01").unwrap(), None);
        assert_eq!(s.product_by_sku("KPG-02").unwrap().unwrap().id, p.id);
    }

    #[test]
    fn a_producer_or_category_in_use_is_not_deleted() {
        let (_d, s) = store();
        let cats = s.categories().unwrap();
        let (food, crafts) = (cats[0].id, cats[4].id);
        let prod = Producer::new("PP Nurul Huda");
        let spare = Producer::new("PP Cadangan");
        let p = Product::new("A-1", food, prod.id);
        s.apply(&ChangeSet {
            producers: vec![prod.clone(), spare.clone()],
            products: vec![p.clone()],
            ..Default::default()
        })
        .unwrap();
        let refuse = |changes: ChangeSet| match s.apply(&changes) {
            Err(StoreError::InUse { kind, count }) => (kind, count),
            other => panic!("expected InUse, got {other:?}"),
        };
        assert_eq!(
            refuse(ChangeSet {
                delete_producers: vec![prod.id],
                ..Default::default()
            }),
            ("producer", 1)
        );
        assert_eq!(
            refuse(ChangeSet {
                delete_categories: vec![food],
                ..Default::default()
            }),
            ("category", 1)
        );
        // A product moved onto the producer in the same change set counts too.
        let mut moved = p.clone();
        moved.producer = spare.id;
        assert_eq!(
            refuse(ChangeSet {
                products: vec![moved.clone()],
                delete_producers: vec![spare.id],
                ..Default::default()
            }),
            ("producer", 1)
        );
        assert_eq!(s.producers().unwrap().len(), 2, "nothing was deleted");
        // Moving the product away in the same change set frees the old producer and category.
        moved.category = crafts;
        s.apply(&ChangeSet {
            products: vec![moved],
            delete_producers: vec![prod.id],
            delete_categories: vec![food],
            ..Default::default()
        })
        .unwrap();
        assert_eq!(s.producers().unwrap(), vec![spare]);
        assert!(s.categories().unwrap().iter().all(|c| c.id != food));
    }

    #[test]
    fn a_taken_sku_is_refused_and_nothing_is_written() {
        let (_d, s) = store();
        let cat = s.categories().unwrap()[0].id;
        let prod = Producer::new("PP Nurul Huda");
        let a = Product::new("A-1", cat, prod.id);
        s.apply(&ChangeSet {
            producers: vec![prod.clone()],
            products: vec![a],
            ..Default::default()
        })
        .unwrap();
        let other = Producer::new("PP Lain");
        let b = Product::new("a-1", cat, prod.id);
        let err = s
            .apply(&ChangeSet {
                producers: vec![other],
                products: vec![b],
                ..Default::default()
            })
            .unwrap_err();
        assert!(matches!(err, StoreError::SkuTaken { .. }));
        assert_eq!(
            s.producers().unwrap().len(),
            1,
            "the whole change set was rolled back"
        );
    }

    #[test]
    fn a_second_open_of_the_same_folder_says_it_is_locked() {
        let (d, _s) = store();
        let err = Store::open(&d.path().join("store")).err().unwrap();
        assert!(matches!(err, StoreError::Locked { .. }), "{err:?}");
    }

    #[test]
    fn data_survives_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("store");
        let prod = Producer::new("PP Sunan Drajat");
        {
            let s = Store::open(&path).unwrap();
            s.apply(&ChangeSet {
                producers: vec![prod.clone()],
                ..Default::default()
            })
            .unwrap();
        }
        let s = Store::open(&path).unwrap();
        assert_eq!(s.producers().unwrap(), vec![prod]);
        assert_eq!(
            s.categories().unwrap().len(),
            8,
            "defaults are not added twice"
        );
    }
}
