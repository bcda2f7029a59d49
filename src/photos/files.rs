//! Photo files from the disk into the store: each file is checked for size before it is read,
//! prepared (see [`super::prepare`]) and stored, on as many threads as there are cores. A file
//! that cannot be used is reported with its reason; the others go on.

use super::{MAX_FILE_BYTES, PhotoError, prepare};
use crate::domain::PhotoId;
use crate::storage::{Store, StoreError};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Why a photo file was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhotoProblem {
    NotFound,
    /// The file could not be read (the system's reason).
    Unreadable(String),
    Refused(PhotoError),
    /// The photo could not be saved in the store.
    NotStored(String),
}

/// Reads, prepares and (when `store` is given) stores one file.
pub fn import_file(store: Option<&Store>, path: &Path) -> Result<PhotoId, PhotoProblem> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => PhotoProblem::NotFound,
        _ => PhotoProblem::Unreadable(e.to_string()),
    })?;
    if !meta.is_file() {
        return Err(PhotoProblem::NotFound);
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(PhotoProblem::Refused(PhotoError::FileTooLarge {
            bytes: meta.len(),
        }));
    }
    let bytes = std::fs::read(path).map_err(|e| PhotoProblem::Unreadable(e.to_string()))?;
    let prepared = prepare(&bytes).map_err(PhotoProblem::Refused)?;
    drop(bytes);
    if let Some(store) = store {
        store
            .put_photo(&prepared)
            .map_err(|e: StoreError| PhotoProblem::NotStored(e.to_string()))?;
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
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    import_files_on(cores, store, paths, progress)
}

/// [`import_files`] on at most `threads` threads (the benchmark compares one with all).
pub fn import_files_on(
    threads: usize,
    store: Option<&Store>,
    paths: &[PathBuf],
    progress: &(dyn Fn(usize, usize) -> bool + Sync),
) -> Option<Vec<Result<PhotoId, PhotoProblem>>> {
    let total = paths.len();
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let stop = AtomicBool::new(!progress(0, total));
    let results: Mutex<Vec<Option<Result<PhotoId, PhotoProblem>>>> = Mutex::new(vec![None; total]);
    let threads = threads.clamp(1, total.max(1));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    if stop.load(Ordering::Relaxed) {
                        return;
                    }
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = paths.get(i) else {
                        return;
                    };
                    let result = import_file(store, path);
                    results.lock().expect("no panic while holding")[i] = Some(result);
                    let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                    if !progress(n, total) {
                        stop.store(true, Ordering::Relaxed);
                    }
                }
            });
        }
    });
    if stop.load(Ordering::Relaxed) {
        return None;
    }
    Some(
        results
            .into_inner()
            .expect("no panic while holding")
            .into_iter()
            .map(|r| r.expect("every file was done"))
            .collect(),
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
