//! The example catalogue: loading it into an empty catalogue (illustrations drawn and stored,
//! then its records and publisher details), and removing it again after a backup.

use super::{Phase, Progress};
use crate::backup::BackupError;
use crate::domain::Date;
use crate::sample::ExampleRecords;
use crate::storage::{Store, StoreError};
use std::path::Path;

/// What loading the example wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Loaded {
    pub products: usize,
    pub producers: usize,
}

/// Draws the example catalogue's illustrations, stores them, then its records and settings;
/// `publisher` (typed on the welcome screen) replaces the example publisher's name when given.
pub fn load(store: &Store, today: Date, publisher: Option<&str>) -> Result<Loaded, StoreError> {
    let changes = crate::sample::sample_changes_with_photos(store, today)?;
    store.apply(&changes)?;
    let mut settings = crate::sample::sample_settings(store.settings()?);
    if let Some(name) = publisher.filter(|n| !n.is_empty()) {
        settings.publisher_name = name.to_string();
    }
    store.save_settings(&settings)?;
    Ok(Loaded {
        products: changes.products.len(),
        producers: changes.producers.len(),
    })
}

/// Why the example catalogue was not removed.
#[derive(Debug)]
pub enum ExampleFailure {
    /// The backup before it failed (or was cancelled): nothing was removed.
    Backup(BackupError),
    Store(StoreError),
}

/// Backs the catalogue up to `backup`, then removes the example's records, its photos nothing
/// else shows, and its publisher details. Returns how many products and producers went.
pub fn remove(
    store: &Store,
    records: &ExampleRecords,
    backup: &Path,
    progress: &Progress,
) -> Result<(usize, usize), ExampleFailure> {
    progress.set_phase(Phase::Photos);
    crate::backup::backup_with(store, backup, &mut |d, t| progress.report(d, t))
        .and_then(|c| c.ok_or(BackupError::Cancelled))
        .map_err(ExampleFailure::Backup)?;
    (|| {
        store.apply(&records.changes())?;
        store.remove_unused_photos(&records.photos)?;
        if records.publisher {
            let settings = crate::sample::without_example_publisher(store.settings()?);
            store.save_settings(&settings)?;
        }
        Ok((records.products.len(), records.producers.len()))
    })()
    .map_err(ExampleFailure::Store)
}
