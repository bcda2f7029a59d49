//! Import: read a CSV file, store the photos it names (on all cores), and plan its import against
//! the catalogue. Nothing is written to the catalogue here: the plan is shown (window) or counted
//! (command line) first, then written in one atomic batch with `Store::apply`.

use super::{Phase, Progress};
use crate::domain::model::Timestamp;
use crate::domain::{Catalogue, PhotoId};
use crate::interchange::reader::detect_delimiter;
use crate::interchange::{FileError, ImportPlan, PhotoLookup, photo_entries, plan_import_with};
use crate::storage::Store;
use std::collections::BTreeSet;
use std::path::Path;

/// Why an import could not be planned.
#[derive(Debug)]
pub enum ReadFailure {
    Io(std::io::Error),
    File(FileError),
}

/// A file read and planned.
#[derive(Debug)]
pub struct Planned {
    pub plan: ImportPlan,
    /// The file's cell delimiter, for messages that name a column.
    pub delimiter: char,
    /// Photos stored for this import that were not in the store before (removed again if the
    /// import is not accepted).
    pub new_photos: BTreeSet<PhotoId>,
}

/// What to read and where its photos are.
pub struct Source<'a> {
    pub file: &'a Path,
    /// The folder the photos column is relative to (`--photos`); the file's own folder when
    /// `None`.
    pub photo_folder: Option<&'a Path>,
}

/// Reads `source` and plans its import against `catalogue`. The photos it names are stored in
/// `store` when one is given (a dry run passes none: they are only checked). `Ok(None)` when
/// cancelled.
pub fn plan(
    source: &Source,
    store: Option<&Store>,
    catalogue: &Catalogue,
    now: Timestamp,
    progress: &Progress,
) -> Result<Option<Planned>, ReadFailure> {
    let bytes = std::fs::read(source.file).map_err(ReadFailure::Io)?;
    let delimiter = detect_delimiter(&String::from_utf8_lossy(&bytes)) as char;
    let entries = photo_entries(&bytes);
    let mut photos = PhotoLookup::new();
    let mut new_photos = BTreeSet::new();
    if !entries.is_empty() {
        progress.set_phase(Phase::Photos);
        let before = match store {
            Some(s) => s.photo_ids().unwrap_or_default(),
            None => BTreeSet::new(),
        };
        let base = match source.photo_folder {
            Some(folder) => folder.to_path_buf(),
            None => source
                .file
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_default(),
        };
        match super::photos::import_for_csv(store, &base, &entries, &progress.counter()) {
            Some(lookup) => photos = lookup,
            None => return Ok(None),
        }
        new_photos = photos
            .values()
            .filter_map(|r| r.as_ref().ok())
            .filter(|id| !before.contains(id))
            .copied()
            .collect();
        progress.set_phase(Phase::Rows);
    }
    let plan = plan_import_with(&bytes, catalogue, now, &photos, &mut |d, t| {
        progress.report(d, t)
    })
    .map_err(ReadFailure::File)?;
    Ok(plan.map(|plan| Planned {
        plan,
        delimiter,
        new_photos,
    }))
}
