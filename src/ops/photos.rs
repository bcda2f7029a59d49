//! Photo files from the disk into the store: each file is checked for size before it is read,
//! prepared (see [`crate::photos::prepare`]) and stored, on as many threads as there are cores. A file
//! that cannot be used is reported with its reason; the others go on. A file imported before and
//! unchanged since (same path, size and time) is not read again: its stored photo is reused.

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
    // A file imported before and unchanged since is not read again (prices edited in Excel,
    // the list imported again). A cache that cannot be read only costs the time to decode.
    let modified = meta.modified().ok();
    if let (Some(store), Some(modified)) = (store, modified)
        && let Ok(Some(id)) = store.photo_from_source(path, meta.len(), modified)
    {
        return Ok(id);
    }
    let bytes = std::fs::read(path).map_err(|e| PhotoProblem::Unreadable(Arc::new(e)))?;
    let prepared = prepare(&bytes).map_err(PhotoProblem::Refused)?;
    drop(bytes);
    if let Some(store) = store {
        store
            .put_photo(&prepared)
            .map_err(|e| PhotoProblem::NotStored(Arc::new(e)))?;
        if let Some(modified) = modified {
            // Only a cache: when it cannot be written, the next import decodes the file again.
            let _ = store.remember_photo_source(path, meta.len(), modified, prepared.id);
        }
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

/// Imports the files a product list's photos column names (relative to `base`, the list's
/// folder or the folder given with `--photos`) and says what became of each entry. `None` when
/// stopped.
pub fn import_listed(
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unchanged_file_is_not_read_again_and_a_changed_one_is() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("store")).unwrap();
        let img = image::RgbImage::from_pixel(64, 48, image::Rgb([120, 90, 40]));
        let jpeg = crate::photos::encode_jpeg(&img, 90);
        let file = dir.path().join("kopi.jpg");
        std::fs::write(&file, &jpeg).unwrap();
        let first = import_file(Some(&store), &file).unwrap();
        let when = std::fs::metadata(&file).unwrap().modified().unwrap();

        // Same size and time, other bytes: the stored photo is taken without reading the file
        // (reading it would refuse these bytes).
        std::fs::write(&file, vec![0u8; jpeg.len()]).unwrap();
        let f = std::fs::File::options().write(true).open(&file).unwrap();
        f.set_modified(when).unwrap();
        drop(f);
        assert_eq!(import_file(Some(&store), &file), Ok(first));

        // A new time: the file is read again, and these bytes are no photo.
        let f = std::fs::File::options().write(true).open(&file).unwrap();
        f.set_modified(when + std::time::Duration::from_secs(60))
            .unwrap();
        drop(f);
        assert!(matches!(
            import_file(Some(&store), &file),
            Err(PhotoProblem::Refused(_))
        ));
        // Without a store (a dry run) nothing is remembered or reused.
        std::fs::write(&file, &jpeg).unwrap();
        assert_eq!(import_file(None, &file), Ok(first));
    }
}
