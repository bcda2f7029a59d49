//! The store's layout and its upgrades. Trees carry the schema version in their name
//! (`v1.products`); `meta` records which version is current. A migration copies every tree into
//! the next version's trees, flushes, and only then flips `meta` to the new version and drops the
//! old trees: a crash mid-migration leaves the old version whole and in charge, and the half-made
//! new trees are cleared on the next try.

use sled::Db;

/// The schema this build writes. 2: photos as files in the store's folder, not a tree each.
/// 3: products with a trademark and SNI, producers with a legal identity (an older Etalase
/// cannot read these records, so it must refuse the store rather than call it damaged).
pub const CURRENT_VERSION: u32 = 3;

/// Key of the schema version in the `meta` tree.
pub const VERSION_KEY: &[u8] = b"schema_version";

/// The unversioned tree holding the schema version.
pub const META_TREE: &str = "meta";

/// Record trees (one per aggregate) and index trees.
pub const PRODUCTS: &str = "products";
pub const PRODUCERS: &str = "producers";
pub const CATEGORIES: &str = "categories";
pub const PHOTOS: &str = "photos";
pub const SETTINGS: &str = "settings";
pub const LEADS: &str = "leads";
pub const SKU_INDEX: &str = "index.sku";
pub const CATEGORY_INDEX: &str = "index.category";
pub const PRODUCER_INDEX: &str = "index.producer";
/// A cache, not a record: which stored photo a file on this computer became (see
/// `Store::photo_from_source`). Not copied by upgrades or backups; an empty one only costs time.
pub const PHOTO_SOURCES: &str = "cache.photo-sources";

pub const ALL_TREES: [&str; 9] = [
    PRODUCTS,
    PRODUCERS,
    CATEGORIES,
    PHOTOS,
    SETTINGS,
    LEADS,
    SKU_INDEX,
    CATEGORY_INDEX,
    PRODUCER_INDEX,
];

/// The sled name of a tree at a schema version.
pub fn tree_name(version: u32, tree: &str) -> String {
    format!("v{version}.{tree}")
}

/// One upgrade step: reads the trees of `from`, writes the trees of `from + 1` (and files in the
/// store's folder, given as the path).
pub struct Migration {
    pub from: u32,
    pub run: fn(&Db, &std::path::Path, u32) -> sled::Result<()>,
}

/// The upgrades this build knows, oldest first.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        from: 1,
        run: photos_into_files,
    },
    Migration {
        from: 2,
        run: records_in_current_envelopes,
    },
];

/// 2 -> 3: every product and producer record re-written in this build's envelope (older
/// envelopes still decode, with the new fields empty). A record that does not decode is copied
/// as it is, for `check` to report; nothing is dropped.
fn records_in_current_envelopes(db: &Db, _dir: &std::path::Path, from: u32) -> sled::Result<()> {
    use super::codec::Record;
    copy_all(db, from)?;
    fn rewrite<R: Record>(db: &Db, tree: &str, from: u32) -> sled::Result<()> {
        let t = db.open_tree(tree_name(from + 1, tree))?;
        for entry in t.iter() {
            let (k, v) = entry?;
            if let Some(record) = R::decode(&v) {
                t.insert(k, record.encode())?;
            }
        }
        Ok(())
    }
    rewrite::<crate::domain::Product>(db, PRODUCTS, from)?;
    rewrite::<crate::domain::Producer>(db, PRODUCERS, from)
}

/// 1 -> 2: the records as they are; each photo's own tree written out as files (content-named,
/// so files of an interrupted try are simply written again). The old photo trees are dropped
/// once schema 2 is in charge (see `Store::open`).
fn photos_into_files(db: &Db, dir: &std::path::Path, from: u32) -> sled::Result<()> {
    copy_all(db, from)?;
    super::photos::legacy::write_out(db, &dir.join(super::photos::FOLDER))
}

/// Why the store could not be brought to the current schema.
#[derive(Debug, thiserror::Error)]
pub enum MigrationError {
    #[error(
        "the store was written by a newer Etalase (schema {found}, this one knows {supported})"
    )]
    Newer { found: u32, supported: u32 },
    #[error("no upgrade from schema {from}")]
    NoPath { from: u32 },
    #[error("the schema version record is damaged")]
    BadVersion,
    #[error(transparent)]
    Sled(#[from] sled::Error),
}

/// Reads the stored schema version; `None` for a new, empty store.
pub fn stored_version(db: &Db) -> Result<Option<u32>, MigrationError> {
    let meta = db.open_tree(META_TREE)?;
    match meta.get(VERSION_KEY)? {
        None => Ok(None),
        Some(bytes) => {
            let raw: [u8; 4] = bytes
                .as_ref()
                .try_into()
                .map_err(|_| MigrationError::BadVersion)?;
            Ok(Some(u32::from_be_bytes(raw)))
        }
    }
}

/// Records `version` as current and makes it durable.
pub fn set_version(db: &Db, version: u32) -> sled::Result<()> {
    db.open_tree(META_TREE)?
        .insert(VERSION_KEY, &version.to_be_bytes())?;
    db.flush()?;
    Ok(())
}

/// Brings the store from its stored version up to `target` with `migrations`.
pub fn migrate(
    db: &Db,
    dir: &std::path::Path,
    migrations: &[Migration],
    target: u32,
) -> Result<(), MigrationError> {
    loop {
        let Some(version) = stored_version(db)? else {
            return Ok(());
        };
        if version == target {
            return Ok(());
        }
        if version > target {
            return Err(MigrationError::Newer {
                found: version,
                supported: target,
            });
        }
        let step = migrations
            .iter()
            .find(|m| m.from == version)
            .ok_or(MigrationError::NoPath { from: version })?;
        // Leftovers of an interrupted earlier try.
        for tree in ALL_TREES {
            db.drop_tree(tree_name(version + 1, tree))?;
        }
        (step.run)(db, dir, version)?;
        db.flush()?;
        set_version(db, version + 1)?;
        for tree in ALL_TREES {
            db.drop_tree(tree_name(version, tree))?;
        }
        db.flush()?;
    }
}

/// A migration that copies every tree unchanged; the base that real migrations adapt.
pub fn copy_all(db: &Db, from: u32) -> sled::Result<()> {
    for tree in ALL_TREES {
        let old = db.open_tree(tree_name(from, tree))?;
        let new = db.open_tree(tree_name(from + 1, tree))?;
        for entry in old.iter() {
            let (k, v) = entry?;
            new.insert(k, v)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_db() -> (tempfile::TempDir, Db) {
        let dir = tempfile::tempdir().unwrap();
        let db = sled::Config::new().path(dir.path()).open().unwrap();
        (dir, db)
    }

    fn upper_case_values(db: &Db, _dir: &std::path::Path, from: u32) -> sled::Result<()> {
        copy_all(db, from)?;
        let t = db.open_tree(tree_name(from + 1, PRODUCTS))?;
        for entry in t.iter() {
            let (k, v) = entry?;
            t.insert(k, v.to_ascii_uppercase())?;
        }
        Ok(())
    }

    fn fails_half_way(db: &Db, _dir: &std::path::Path, from: u32) -> sled::Result<()> {
        db.open_tree(tree_name(from + 1, PRODUCTS))?
            .insert("half", "made")?;
        Err(sled::Error::Unsupported("simulated crash".into()))
    }

    #[test]
    fn migration_copies_then_flips_and_drops_the_old_trees() {
        let (_dir, db) = temp_db();
        set_version(&db, 1).unwrap();
        db.open_tree(tree_name(1, PRODUCTS))
            .unwrap()
            .insert("a", "kopi")
            .unwrap();
        let steps = [Migration {
            from: 1,
            run: upper_case_values,
        }];
        migrate(&db, _dir.path(), &steps, 2).unwrap();
        assert_eq!(stored_version(&db).unwrap(), Some(2));
        let new = db.open_tree(tree_name(2, PRODUCTS)).unwrap();
        assert_eq!(new.get("a").unwrap().unwrap().as_ref(), b"KOPI");
        assert!(
            !db.tree_names()
                .iter()
                .any(|n| n.as_ref() == tree_name(1, PRODUCTS).as_bytes())
        );
    }

    #[test]
    fn an_interrupted_migration_leaves_the_old_version_in_charge() {
        let (_dir, db) = temp_db();
        set_version(&db, 1).unwrap();
        db.open_tree(tree_name(1, PRODUCTS))
            .unwrap()
            .insert("a", "kopi")
            .unwrap();
        let broken = [Migration {
            from: 1,
            run: fails_half_way,
        }];
        assert!(migrate(&db, _dir.path(), &broken, 2).is_err());
        assert_eq!(stored_version(&db).unwrap(), Some(1));
        let old = db.open_tree(tree_name(1, PRODUCTS)).unwrap();
        assert_eq!(old.get("a").unwrap().unwrap().as_ref(), b"kopi");
        // The next try starts clean: the half-made row is gone.
        let good = [Migration {
            from: 1,
            run: upper_case_values,
        }];
        migrate(&db, _dir.path(), &good, 2).unwrap();
        let new = db.open_tree(tree_name(2, PRODUCTS)).unwrap();
        assert!(new.get("half").unwrap().is_none());
        assert_eq!(new.len(), 1);
    }

    #[test]
    fn a_newer_store_is_refused_untouched() {
        let (_dir, db) = temp_db();
        set_version(&db, 7).unwrap();
        assert!(matches!(
            migrate(&db, _dir.path(), MIGRATIONS, CURRENT_VERSION),
            Err(MigrationError::Newer { found: 7, .. })
        ));
        assert_eq!(stored_version(&db).unwrap(), Some(7));
    }
}
