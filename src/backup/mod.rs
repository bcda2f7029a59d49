//! Backups: one ZIP holding a manifest (format version, app version, counts, a SHA-256 and size
//! per entry), every record as JSON Lines and every photo as files. Independent of sled's on-disk
//! format, so it is also the way across a future store upgrade.
//!
//! A restore trusts nothing in the archive: names with `..`, absolute paths and links, entries the
//! manifest does not list, entries larger than declared (checked while reading, so a zip bomb
//! stops at its declared size), implausible totals, bad checksums and newer formats are refused
//! before anything is written. The new store is built aside, verified, and only then swapped in;
//! a replaced store is first backed up and kept aside, never deleted.
//!
//! This module holds what every part shares (the manifest, the counts, the error); the work is
//! split by concern: `write` makes a backup, `check` reads and verifies an archive (and reads its
//! records and photos back once verified), `restore` builds a store from one and swaps it in,
//! `merge` adds another catalogue's backup to this one, and `rotate` keeps the daily automatic
//! backups.

mod check;
mod merge;
mod restore;
mod rotate;
mod write;

pub use check::{Checked, check};
pub use merge::{Clash, Merged, OnClash, merge};
pub use restore::{Restored, restore};
pub use rotate::{auto_backup, automatic_backups, to_prune};
pub use write::{backup, backup_protected_with, backup_with};

use crate::storage::StoreError;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The archive format this build writes and reads.
pub const FORMAT: u32 = 1;
const MANIFEST: &str = "manifest.json";

/// What the manifest says about one entry.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Entry {
    pub name: String,
    pub size: u64,
    pub sha256: String,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Counts {
    pub products: usize,
    pub producers: usize,
    pub categories: usize,
    pub photos: usize,
    pub leads: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Manifest {
    pub format: u32,
    pub app_version: String,
    /// Milliseconds since 1970 (UTC).
    pub created: i64,
    pub counts: Counts,
    /// Pixel sizes of the photos, by hex id.
    pub photo_sizes: BTreeMap<String, (u32, u32)>,
    pub entries: Vec<Entry>,
}

/// Why a backup or restore did not happen.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot read or write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("not an Etalase backup: {0}")]
    NotBackup(String),
    #[error("the backup was made by a newer Etalase (format {0})")]
    NewerFormat(u32),
    #[error("unsafe entry name {0}")]
    UnsafeName(String),
    #[error("entry {0} is not listed in the manifest")]
    Unlisted(String),
    #[error("entry {0} listed in the manifest is missing")]
    Missing(String),
    #[error("entry {0} is larger than the manifest says")]
    TooLarge(String),
    #[error("entry {0} does not match its checksum")]
    Checksum(String),
    #[error("entry {name} is damaged: {reason}")]
    BadRecord { name: String, reason: String },
    #[error("the catalogue in {0} is not empty")]
    NotEmpty(PathBuf),
    #[error("the backup was cancelled")]
    Cancelled,
    #[error(transparent)]
    Protect(#[from] crate::protect::ProtectError),
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> BackupError + '_ {
    move |source| BackupError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
