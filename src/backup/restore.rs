//! Restoring a backup: the checked archive is built into a new store aside, verified against
//! the manifest's counts, and only then swapped in; a catalogue it replaces is backed up first
//! and kept aside, a damaged one moved aside.

use super::check::{Checked, Records, check, put_photos, records};
use super::write::backup;
use super::{BackupError, Counts, MANIFEST, io};
use crate::storage::{ChangeSet, Store, StoreError};
use std::path::{Path, PathBuf};

/// What a restore put in place.
#[derive(Debug)]
pub struct Restored {
    pub counts: Counts,
    /// The automatic backup of the catalogue that was replaced, if any.
    pub replaced_backup: Option<PathBuf>,
    /// Where the replaced store was kept.
    pub replaced_store: Option<PathBuf>,
}

/// Restores `archive` as the store in `store_dir`: checked, built aside in a sibling folder,
/// verified, then swapped in. With `replace`, a non-empty catalogue is first backed up into
/// `backups` and kept aside; without it, a non-empty catalogue is refused.
pub fn restore(
    archive: &Path,
    store_dir: &Path,
    backups: &Path,
    replace: bool,
) -> Result<Restored, BackupError> {
    let checked = check(archive)?;
    let parent = store_dir.parent().unwrap_or(Path::new("."));
    let existing = store_dir.exists();
    // A damaged store is what a restore is for: it is moved aside (kept), never backed up.
    let mut damaged = false;
    if existing {
        match Store::open(store_dir) {
            Ok(store) => {
                let empty = store.is_empty() && store.leads()?.is_empty();
                if !empty && !replace {
                    return Err(BackupError::NotEmpty(store_dir.to_path_buf()));
                }
            }
            Err(StoreError::Corrupt { .. }) => damaged = true,
            Err(e) => return Err(e.into()),
        }
    }
    let aside = parent.join("store.restoring");
    if aside.exists() {
        std::fs::remove_dir_all(&aside).map_err(io(&aside))?;
    }
    let counts = match build(&checked, &aside) {
        Ok(counts) => counts,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&aside);
            return Err(e);
        }
    };
    let stamp = crate::domain::date::iso_utc(crate::domain::model::now()).replace([':', '-'], "");
    let (mut replaced_backup, mut replaced_store) = (None, None);
    if existing && damaged {
        let kept = parent.join(format!("store.damaged-{stamp}"));
        rename_when_free(store_dir, &kept)?;
        replaced_store = Some(kept);
    } else if existing {
        let store = Store::open(store_dir)?;
        if !(store.is_empty() && store.leads()?.is_empty()) {
            std::fs::create_dir_all(backups).map_err(io(backups))?;
            let file = backups.join(format!("before-restore-{stamp}.zip"));
            backup(&store, &file)?;
            replaced_backup = Some(file);
        }
        drop(store);
        let kept = parent.join(format!("store.replaced-{stamp}"));
        rename_when_free(store_dir, &kept)?;
        replaced_store = Some(kept);
    }
    rename_when_free(&aside, store_dir)?;
    Ok(Restored {
        counts,
        replaced_backup,
        replaced_store,
    })
}

/// Renames a store folder, waiting a moment for sled to let go of a store just closed.
fn rename_when_free(from: &Path, to: &Path) -> Result<(), BackupError> {
    let started = std::time::Instant::now();
    loop {
        match std::fs::rename(from, to) {
            Ok(()) => return Ok(()),
            Err(_) if started.elapsed() < std::time::Duration::from_secs(2) => {
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            Err(e) => return Err(io(from)(e)),
        }
    }
}

/// Writes a checked archive into a new store at `dir` and verifies it.
fn build(checked: &Checked, dir: &Path) -> Result<Counts, BackupError> {
    let manifest = &checked.manifest;
    let Records {
        products,
        producers,
        categories,
        leads,
        settings,
    } = records(checked)?;
    let store = Store::open(dir)?;
    put_photos(checked, &store)?;
    // A new store starts with the default categories: the backup's replace them.
    let defaults: Vec<_> = store.categories()?.into_iter().map(|c| c.id).collect();
    store.apply(&ChangeSet {
        delete_categories: defaults
            .into_iter()
            .filter(|id| !categories.iter().any(|c| c.id == *id))
            .collect(),
        categories,
        producers,
        products,
        ..ChangeSet::default()
    })?;
    store.save_settings(&settings)?;
    for lead in &leads {
        store.add_lead(lead)?;
    }
    let counts = Counts {
        products: store.products()?.len(),
        producers: store.producers()?.len(),
        categories: store.categories()?.len(),
        photos: store.photo_ids()?.len(),
        leads: store.leads()?.len(),
    };
    if counts != manifest.counts {
        return Err(BackupError::BadRecord {
            name: MANIFEST.to_string(),
            reason: format!("counts {counts:?} differ from {:?}", manifest.counts),
        });
    }
    Ok(counts)
}
