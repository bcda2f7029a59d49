//! Files written by both the command line and the window: atomic writes, and the CSV export with
//! its photo folder.

use std::path::Path;

/// Makes a folder's entries (new and renamed names) durable. On Windows there is nothing to do:
/// a folder cannot be opened as a file there (access denied), and NTFS journals its metadata.
pub fn sync_folder(dir: &Path) -> std::io::Result<()> {
    #[cfg(windows)]
    {
        let _ = dir;
        Ok(())
    }
    #[cfg(not(windows))]
    {
        std::fs::File::open(dir)?.sync_all()
    }
}

/// Writes beside the target, syncs and renames, so a reader never sees half a file. Each call
/// has a temporary name of its own (`.NAME.PID-N.partial`), so two writers of the same file (two
/// import threads adding the same photo) never share one.
pub fn write_atomically(file: &Path, bytes: &[u8]) -> std::io::Result<()> {
    static WRITERS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = WRITERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let tmp = file.with_file_name(format!(".{name}.{}-{n}.partial", std::process::id()));
    let result = (|| {
        use std::io::Write;
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, file)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Writes `products` as CSV to `file`, with their photos as JPEG files in a folder beside it
/// named after it (`STEM_photos/SKU-1.jpg`, ...), so that the export imports back unchanged.
/// `progress(photos, done, total)` counts rows (`photos` false) then photos; when it returns
/// false nothing more is written and `Ok(None)` comes back (the CSV itself is written last, and
/// only when complete).
pub fn export_csv(
    store: &crate::storage::Store,
    file: &Path,
    products: &[crate::domain::Product],
    producers: &[crate::domain::Producer],
    categories: &[crate::domain::Category],
    progress: &mut dyn FnMut(bool, usize, usize) -> bool,
) -> std::io::Result<Option<usize>> {
    use crate::interchange::export::{photo_files, write_csv_with};
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_else(|| "etalase".into());
    let folder = format!("{stem}_photos");
    let rows = &mut |d, t| progress(false, d, t);
    let Some(bytes) = write_csv_with(products, producers, categories, Some(&folder), rows) else {
        return Ok(None);
    };
    let names = photo_files(products, &folder);
    let base = file.parent().unwrap_or(Path::new("."));
    let total: usize = names.values().map(Vec::len).sum();
    let mut done = 0;
    if total > 0 {
        std::fs::create_dir_all(base.join(&folder))?;
    }
    for p in products {
        let Some(files) = names.get(&p.id) else {
            continue;
        };
        for (id, name) in p.photos.iter().zip(files) {
            if !progress(true, done, total) {
                return Ok(None);
            }
            let master = store
                .photo_master(*id)
                .map_err(|e| std::io::Error::other(e.to_string()))?;
            // A photo missing from a damaged store is left out; `check` reports it.
            if let Some(master) = master {
                write_atomically(&base.join(name), &master)?;
            }
            done += 1;
        }
    }
    if total > 0 && !progress(true, total, total) {
        return Ok(None);
    }
    write_atomically(file, &bytes)?;
    Ok(Some(products.len()))
}
