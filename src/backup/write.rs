//! Making a backup: the record files and every photo streamed into a ZIP written aside and
//! renamed into place once complete, the manifest last; optionally sealed with a passphrase.

use super::{BackupError, Counts, Entry, FORMAT, MANIFEST, Manifest, hex, io};
use crate::storage::Store;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

fn jsonl<T: serde::Serialize>(items: &[T]) -> Vec<u8> {
    let mut out = Vec::new();
    for item in items {
        // Plain records always serialise.
        out.extend(serde_json::to_vec(item).unwrap_or_default());
        out.push(b'\n');
    }
    out
}

/// Files of an archive, by name, with their bytes.
type Files = Vec<(String, Vec<u8>)>;

/// The record files of a backup (small: read whole); photos are read one at a time.
fn record_files(store: &Store) -> Result<(Files, Counts), BackupError> {
    let products = store.products()?;
    let producers = store.producers()?;
    let categories = store.categories()?;
    let leads = store.leads()?;
    let settings = store.settings()?;
    let counts = Counts {
        products: products.len(),
        producers: producers.len(),
        categories: categories.len(),
        photos: 0,
        leads: leads.len(),
    };
    let files = vec![
        ("products.jsonl".to_string(), jsonl(&products)),
        ("producers.jsonl".to_string(), jsonl(&producers)),
        ("categories.jsonl".to_string(), jsonl(&categories)),
        ("leads.jsonl".to_string(), jsonl(&leads)),
        (
            "settings.json".to_string(),
            serde_json::to_vec(&settings).unwrap_or_default(),
        ),
    ];
    Ok((files, counts))
}

/// Writes a backup of `store` to `out` (atomically: a complete file or none). Returns the counts.
pub fn backup(store: &Store, out: &Path) -> Result<Counts, BackupError> {
    backup_with(store, out, &mut |_, _| true)?.ok_or(BackupError::Cancelled)
}

/// [`backup`] that reports `(photos written, photos in all)` and stops, leaving no file, when
/// `progress` returns false (`Ok(None)`). Photos are read from the store and written one at a
/// time, so memory stays flat however large the catalogue; the manifest, which lists every
/// entry with its checksum, is written last.
pub fn backup_with(
    store: &Store,
    out: &Path,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<Option<Counts>, BackupError> {
    let tmp = out.with_extension("zip.partial");
    let file = std::fs::File::create(&tmp).map_err(io(&tmp))?;
    let writer = std::io::BufWriter::with_capacity(1 << 20, file);
    let result = write_backup(store, writer, &tmp, progress).and_then(|written| match written {
        Some((writer, counts)) => writer
            .into_inner()
            .map_err(|e| io(&tmp)(e.into_error()))
            .and_then(|file| file.sync_all().map_err(io(&tmp)))
            .map(|()| Some(counts)),
        None => Ok(None),
    });
    match result {
        Ok(Some(counts)) => {
            std::fs::rename(&tmp, out).map_err(io(out))?;
            Ok(Some(counts))
        }
        other => {
            let _ = std::fs::remove_file(&tmp);
            other
        }
    }
}

type BackupWriter = std::io::BufWriter<std::fs::File>;

/// Writes the archive into `w` (the file `tmp`); `None` when `progress` said stop.
fn write_backup(
    store: &Store,
    w: BackupWriter,
    tmp: &Path,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<Option<(BackupWriter, Counts)>, BackupError> {
    use zip::write::SimpleFileOptions;
    let failed = |e: zip::result::ZipError| io(tmp)(std::io::Error::other(e));
    let mut zip = zip::ZipWriter::new(w);
    let deflated = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    // Photos are JPEG already: stored as they are.
    let stored = deflated.compression_method(zip::CompressionMethod::Stored);
    let mut entries = Vec::new();
    let mut add = |zip: &mut zip::ZipWriter<BackupWriter>,
                   name: String,
                   bytes: &[u8]|
     -> Result<(), BackupError> {
        let options = if name.ends_with(".jpg") {
            stored
        } else {
            deflated
        };
        zip.start_file(
            name.as_str(),
            options.large_file(bytes.len() as u64 >= u32::MAX as u64),
        )
        .map_err(failed)?;
        zip.write_all(bytes).map_err(io(tmp))?;
        entries.push(Entry {
            name,
            size: bytes.len() as u64,
            sha256: hex(&Sha256::digest(bytes)),
        });
        Ok(())
    };
    let (records, mut counts) = record_files(store)?;
    for (name, bytes) in records {
        add(&mut zip, name, &bytes)?;
    }
    let ids = store.photo_ids()?;
    let mut photo_sizes = BTreeMap::new();
    for (done, id) in ids.iter().enumerate() {
        if !progress(done, ids.len()) {
            return Ok(None);
        }
        // A photo left half-written by a crash (no size) is not part of the catalogue.
        let Some(size) = store.photo_size(*id)? else {
            continue;
        };
        let (Some(master), Some(thumb)) = (store.photo_master(*id)?, store.photo_thumb(*id)?)
        else {
            continue;
        };
        let name = hex(&id.0);
        add(&mut zip, format!("photos/{name}.jpg"), &master)?;
        add(&mut zip, format!("photos/{name}.thumb.jpg"), &thumb)?;
        photo_sizes.insert(name, (size.width, size.height));
    }
    if !progress(ids.len(), ids.len()) {
        return Ok(None);
    }
    counts.photos = photo_sizes.len();
    let manifest = Manifest {
        format: FORMAT,
        app_version: env!("CARGO_PKG_VERSION").to_string(),
        created: crate::domain::model::now(),
        counts: counts.clone(),
        photo_sizes,
        entries,
    };
    zip.start_file(MANIFEST, deflated).map_err(failed)?;
    zip.write_all(&serde_json::to_vec_pretty(&manifest).unwrap_or_default())
        .map_err(io(tmp))?;
    Ok(Some((zip.finish().map_err(failed)?, counts)))
}

/// [`backup_with`], protected by `passphrase` when one is given: the ZIP is written aside, then
/// sealed into `out` (see [`crate::protect`]), and the unprotected copy removed.
pub fn backup_protected_with(
    store: &Store,
    out: &Path,
    passphrase: Option<&crate::protect::Passphrase>,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<Option<Counts>, BackupError> {
    let Some(passphrase) = passphrase else {
        return backup_with(store, out, progress);
    };
    let mut name = out.file_name().unwrap_or_default().to_os_string();
    name.push(".unprotected");
    let plain = out.with_file_name(name);
    let result = backup_with(store, &plain, progress).and_then(|counts| match counts {
        Some(counts) => {
            crate::protect::seal(&plain, out, passphrase)?;
            Ok(Some(counts))
        }
        None => Ok(None),
    });
    let _ = std::fs::remove_file(&plain);
    result
}
