//! Import: read a CSV file or a workbook (.xlsx, .xlsm, .xls, .ods: one sheet), store the photos
//! it names (on all cores), and plan its import against the catalogue. Nothing is written to the
//! catalogue here: the plan is shown (window) or counted (command line) first, then written in
//! one atomic batch with `Store::apply`.

use super::{Phase, Progress};
use crate::domain::model::Timestamp;
use crate::domain::{Catalogue, PhotoId};
use crate::interchange::import::{plan_table, read_csv_table};
use crate::interchange::report::Origin;
use crate::interchange::table::{Table, photo_entries};
use crate::interchange::workbook::{self, MAX_INFLATED_BYTES, WorkbookError};
use crate::interchange::{FileError, ImportPlan, PhotoLookup};
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
    /// Where the rows came from (a CSV file and its delimiter, or a workbook's sheet), for
    /// messages that point at a row: `crate::messages::row_error` and `warning` take it.
    pub origin: Origin,
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
    /// The sheet of a workbook to read (`--sheet`); the first worksheet when `None`. Naming one
    /// for a CSV file is refused.
    pub sheet: Option<String>,
}

/// Reads `source` and plans its import against `catalogue`. The photos it names are stored in
/// `store` when one is given (a dry run passes none: they are only checked). `Ok(None)` when
/// cancelled.
///
/// A file is read as a workbook when its content is one (a ZIP or OLE compound file, whatever
/// its name) or its name ends in `.xlsx`, `.xlsm`, `.xls` or `.ods` (a text file by such a name is
/// refused, not read as CSV); otherwise as CSV.
pub fn plan(
    source: &Source,
    store: Option<&Store>,
    catalogue: &Catalogue,
    now: Timestamp,
    progress: &Progress,
) -> Result<Option<Planned>, ReadFailure> {
    let table = read(source)?;
    let entries = photo_entries(&table);
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
        match super::photos::import_listed(store, &base, &entries, &progress.counter()) {
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
    let origin = table.origin.clone();
    let plan = plan_table(table, catalogue, now, &photos, &mut |d, t| {
        progress.report(d, t)
    })
    .map_err(ReadFailure::File)?;
    Ok(plan.map(|plan| Planned {
        plan,
        origin,
        new_photos,
    }))
}

/// Reads the file into rows of cells: as a workbook or as CSV (see [`plan`]).
fn read(source: &Source) -> Result<Table, ReadFailure> {
    let workbook_name = workbook::has_workbook_extension(source.file);
    if workbook_name {
        // A workbook is read whole into memory: refuse one larger than it may unpack to first.
        let size = std::fs::metadata(source.file)
            .map_err(ReadFailure::Io)?
            .len();
        if size > MAX_INFLATED_BYTES {
            return Err(workbook_failure(WorkbookError::TooLarge {
                megabytes: MAX_INFLATED_BYTES / 1_000_000,
            }));
        }
    }
    let bytes = std::fs::read(source.file).map_err(ReadFailure::Io)?;
    if workbook_name || workbook::container(&bytes).is_some() {
        return workbook::read(&bytes, source.sheet.as_deref()).map_err(workbook_failure);
    }
    if source.sheet.is_some() {
        return Err(workbook_failure(WorkbookError::SheetOfCsv));
    }
    read_csv_table(&bytes).map_err(ReadFailure::File)
}

fn workbook_failure(e: WorkbookError) -> ReadFailure {
    ReadFailure::File(FileError::Workbook(e))
}
