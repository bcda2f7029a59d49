//! File-system helpers every writer uses: atomic writes (a reader never sees half a file) and
//! making a folder's new names durable. Nothing here knows the catalogue.

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
