//! Photo files from the disk into the store: each file is checked for size before it is read,
//! prepared (see [`crate::photos::prepare`]) and stored, on as many threads as there are cores. A file
//! that cannot be used is reported with its reason; the others go on.

use crate::domain::PhotoId;
use crate::photos::{MAX_FILE_BYTES, PhotoError, prepare};
use crate::storage::{PhotoProblem, Store};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Reads, prepares and (when `store` is given) stores one file.
pub fn import_file(store: Option<&Store>, path: &Path) -> Result<PhotoId, PhotoProblem> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => PhotoProblem::NotFound,
        _ => PhotoProblem::Unreadable(Arc::new(e)),
    })?;
    if !meta.is_file() {
        return Err(PhotoProblem::NotFound);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(PhotoProblem::Refused(PhotoError::FileTooLarge {
            bytes: meta.len(),
        }));
    }
    let bytes = std::fs::read(path).map_err(|e| PhotoProblem::Unreadable(Arc::new(e)))?;
    let prepared = prepare(&bytes).map_err(PhotoProblem::Refused)?;
    drop(bytes);
    if let Some(store) = store {
        store
            .put_photo(&prepared)
            .map_err(|e| PhotoProblem::NotStored(Arc::new(e)))?;
    }
    Ok(prepared.id)
}

/// Imports these files on all cores, reporting `(done, total)`; results come back in the order
/// of `paths`. Returns `None` when `progress` asked to stop (photos stored so far stay, unused
/// until a product refers to them; `check --fix` removes them).
pub fn import_files(
    store: Option<&Store>,
    paths: &[PathBuf],
    progress: &(dyn Fn(usize, usize) -> bool + Sync),
) -> Option<Vec<Result<PhotoId, PhotoProblem>>> {
    import_files_on(crate::workers::cores(), store, paths, progress)
}

/// [`import_files`] on at most `threads` threads (the benchmark compares one with all).
pub fn import_files_on(
    threads: usize,
    store: Option<&Store>,
    paths: &[PathBuf],
    progress: &(dyn Fn(usize, usize) -> bool + Sync),
) -> Option<Vec<Result<PhotoId, PhotoProblem>>> {
    crate::workers::map(
        paths,
        threads,
        |path| import_file(store, path),
        &mut |_, done, total| progress(done, total),
    )
}

/// Imports the files a CSV's photos column names (relative to `base`, the CSV's folder or the
/// folder given with `--photos`) and says what became of each entry. `None` when stopped.
pub fn import_for_csv(
    store: Option<&Store>,
    base: &Path,
    entries: &[String],
    progress: &(dyn Fn(usize, usize) -> bool + Sync),
) -> Option<crate::interchange::PhotoLookup> {
    let paths: Vec<PathBuf> = entries
        .iter()
        .map(|e| {
            let p = Path::new(e);
            if p.is_absolute() {
                p.to_path_buf()
            } else {
                base.join(p)
            }
        })
        .collect();
    let results = import_files(store, &paths, progress)?;
    Some(entries.iter().cloned().zip(results).collect())
}
