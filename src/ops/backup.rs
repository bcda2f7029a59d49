//! Backups as use cases: write one (sealed with a passphrase when one is given), restore one into
//! the data folder, or merge one into the open catalogue; a protected backup is opened with its
//! passphrase first (a wrong one is refused before anything is written). The archive itself
//! (what is in it, how it is checked) is `crate::backup`.

use super::{Phase, Progress};
use crate::backup::{BackupError, Counts, Merged, OnClash, Restored};
use crate::protect::Passphrase;
use crate::storage::Store;
use std::path::{Path, PathBuf};

/// The folders of a data folder that backups use.
#[derive(Clone, Debug)]
pub struct Folders {
    /// The catalogue (`DATA/store`).
    pub store: PathBuf,
    /// Automatic backups and catalogues kept aside (`DATA/backups`).
    pub backups: PathBuf,
    /// Where a protected backup is opened for a moment (`DATA`: the same disk as the store).
    pub scratch: PathBuf,
}

impl Folders {
    /// The folders of the data folder that holds `store_dir`.
    pub fn of_store(store_dir: &Path) -> Folders {
        let data = store_dir.parent().unwrap_or(Path::new(".")).to_path_buf();
        Folders {
            store: store_dir.to_path_buf(),
            backups: data.join("backups"),
            scratch: data,
        }
    }
}

/// Writes a backup of the whole catalogue to `file`; cancelled, it leaves no file
/// ([`BackupError::Cancelled`]).
pub fn write(
    store: &Store,
    file: &Path,
    passphrase: Option<&Passphrase>,
    progress: &Progress,
) -> Result<Counts, BackupError> {
    progress.set_phase(Phase::Photos);
    crate::backup::backup_protected_with(store, file, passphrase, &mut |d, t| progress.report(d, t))
        .and_then(|counts| counts.ok_or(BackupError::Cancelled))
}

/// Restores `file` into the data folder: into an empty one, or over the catalogue there with
/// `replace` (backed up and kept aside first). The store must not be open.
pub fn restore(
    file: &Path,
    passphrase: Option<&Passphrase>,
    folders: &Folders,
    replace: bool,
) -> Result<Restored, BackupError> {
    let opened = crate::protect::open(file, passphrase, &folders.scratch)?;
    crate::backup::restore(opened.path(), &folders.store, &folders.backups, replace)
}

/// Adds the catalogue in `file` to `store`; SKU clashes are settled by `rule`.
pub fn merge(
    store: &Store,
    file: &Path,
    passphrase: Option<&Passphrase>,
    scratch: &Path,
    rule: OnClash,
) -> Result<Merged, BackupError> {
    let opened = crate::protect::open(file, passphrase, scratch)?;
    crate::backup::merge(store, opened.path(), rule)
}
