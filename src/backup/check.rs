//! Reading an archive: [`check`] opens one and verifies it completely (names, listing, sizes,
//! checksums, format) before anything is written; once checked, its records are parsed and its
//! photos read again, one at a time, for a restore or a merge.

use super::{BackupError, Entry, FORMAT, MANIFEST, Manifest, hex, io};
use crate::domain::lead::Lead;
use crate::domain::{Category, PhotoId, Producer, Product, Settings};
use crate::storage::Store;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Largest manifest read (a catalogue of 30,000 photos needs about 6 MB).
const MANIFEST_MAX: u64 = 64 << 20;
/// Largest single entry (a photo master is a few MB; record files of 10,000 products ~50 MB).
const ENTRY_MAX: u64 = 1 << 30;
/// Largest whole archive once unpacked.
const TOTAL_MAX: u64 = 64 << 30;
/// Largest unpacked-to-packed ratio believed for one entry (JSON compresses ~10x; more is a bomb).
const RATIO_MAX: u64 = 200;

/// Whether an entry is a photo (verified while streamed, read again when written).
fn is_photo(name: &str) -> bool {
    name.starts_with("photos/")
}

/// A checked archive: the manifest and the record files' bytes, verified; photos were verified
/// as they streamed past and are read again, one at a time, when written.
pub struct Checked {
    pub manifest: Manifest,
    files: BTreeMap<String, Vec<u8>>,
    archive: PathBuf,
}

/// Opens and checks an archive completely, writing nothing.
pub fn check(archive: &Path) -> Result<Checked, BackupError> {
    let file = std::fs::File::open(archive).map_err(io(archive))?;
    let mut zip = zip::ZipArchive::new(file).map_err(|e| BackupError::NotBackup(e.to_string()))?;
    // Names and kinds first, before any content is read.
    for i in 0..zip.len() {
        let entry = zip
            .by_index_raw(i)
            .map_err(|e| BackupError::NotBackup(e.to_string()))?;
        let name = entry_name(entry.name())?;
        if !safe_name(&name) || entry.is_symlink() || entry.is_dir() {
            return Err(BackupError::UnsafeName(name));
        }
    }
    let manifest: Manifest = {
        let entry = zip
            .by_name(MANIFEST)
            .map_err(|_| BackupError::NotBackup(MANIFEST.to_string()))?;
        let bytes = read_entry(entry, MANIFEST, MANIFEST_MAX)?;
        let value: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|e| BackupError::NotBackup(e.to_string()))?;
        // The format is read before the rest, so a newer one is named as such.
        let format = value.get("format").and_then(|f| f.as_u64()).unwrap_or(0) as u32;
        if format > FORMAT {
            return Err(BackupError::NewerFormat(format));
        }
        serde_json::from_value(value).map_err(|e| BackupError::NotBackup(e.to_string()))?
    };
    let listed: BTreeMap<&str, &Entry> = manifest
        .entries
        .iter()
        .map(|e| (e.name.as_str(), e))
        .collect();
    let total: u64 = manifest.entries.iter().map(|e| e.size).sum();
    if total > TOTAL_MAX {
        return Err(BackupError::TooLarge(MANIFEST.to_string()));
    }
    for i in 0..zip.len() {
        let name = entry_name(
            zip.by_index_raw(i)
                .map_err(|e| BackupError::NotBackup(e.to_string()))?
                .name(),
        )?;
        if name != MANIFEST && !listed.contains_key(name.as_str()) {
            return Err(BackupError::Unlisted(name));
        }
    }
    let mut files = BTreeMap::new();
    for entry in &manifest.entries {
        if !safe_name(&entry.name) || entry.name == MANIFEST {
            return Err(BackupError::UnsafeName(entry.name.clone()));
        }
        if entry.size > ENTRY_MAX {
            return Err(BackupError::TooLarge(entry.name.clone()));
        }
        let file = zip
            .by_name(&entry.name)
            .map_err(|_| BackupError::Missing(entry.name.clone()))?;
        let packed = file.compressed_size().max(1);
        if entry.size / packed > RATIO_MAX && entry.size > (1 << 20) {
            return Err(BackupError::TooLarge(entry.name.clone()));
        }
        if is_photo(&entry.name) {
            let (size, sha) = hash_entry(file, &entry.name, entry.size)?;
            // A master is named by its own hash: a renamed or swapped photo is refused here.
            let master_hash = entry
                .name
                .strip_prefix("photos/")
                .and_then(|n| n.strip_suffix(".jpg"))
                .filter(|n| !n.ends_with(".thumb"));
            if size != entry.size
                || sha != entry.sha256
                || master_hash.is_some_and(|hash| hash != sha)
            {
                return Err(BackupError::Checksum(entry.name.clone()));
            }
            continue;
        }
        let bytes = read_entry(file, &entry.name, entry.size)?;
        if bytes.len() as u64 != entry.size || hex(&Sha256::digest(&bytes)) != entry.sha256 {
            return Err(BackupError::Checksum(entry.name.clone()));
        }
        files.insert(entry.name.clone(), bytes);
    }
    Ok(Checked {
        manifest,
        files,
        archive: archive.to_path_buf(),
    })
}

/// Whether an entry name is a plain relative path inside the archive.
fn safe_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('/')
        && !name.starts_with('\\')
        && !name.contains('\\')
        && !name.contains(':')
        && name
            .split('/')
            .all(|part| !part.is_empty() && part != ".." && part != ".")
}

/// An entry's name; one that is not UTF-8 is refused.
fn entry_name<E>(name: Result<std::borrow::Cow<'_, str>, E>) -> Result<String, BackupError> {
    name.map(|n| n.to_string())
        .map_err(|_| BackupError::UnsafeName("(not UTF-8)".into()))
}

/// Reads one entry, refusing it as soon as it grows past `declared` bytes.
fn read_entry<R: Read>(reader: R, name: &str, declared: u64) -> Result<Vec<u8>, BackupError> {
    let mut out = Vec::with_capacity(declared.min(64 << 20) as usize);
    let read = reader
        .take(declared + 1)
        .read_to_end(&mut out)
        .map_err(|e| BackupError::BadRecord {
            name: name.to_string(),
            reason: e.to_string(),
        })?;
    if read as u64 > declared {
        return Err(BackupError::TooLarge(name.to_string()));
    }
    Ok(out)
}

/// Reads one entry through SHA-256 without keeping it; refused as soon as it grows past
/// `declared` bytes. Returns its size and hex digest.
fn hash_entry<R: Read>(reader: R, name: &str, declared: u64) -> Result<(u64, String), BackupError> {
    let mut reader = reader.take(declared + 1);
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 64 << 10];
    let mut total = 0u64;
    loop {
        let n = reader.read(&mut buf).map_err(|e| BackupError::BadRecord {
            name: name.to_string(),
            reason: e.to_string(),
        })?;
        if n == 0 {
            break;
        }
        total += n as u64;
        hasher.update(&buf[..n]);
    }
    if total > declared {
        return Err(BackupError::TooLarge(name.to_string()));
    }
    Ok((total, hex(&hasher.finalize())))
}

fn parse_lines<T: serde::de::DeserializeOwned>(
    files: &BTreeMap<String, Vec<u8>>,
    name: &str,
) -> Result<Vec<T>, BackupError> {
    let Some(bytes) = files.get(name) else {
        return Err(BackupError::Missing(name.to_string()));
    };
    let bad = |reason: String| BackupError::BadRecord {
        name: name.to_string(),
        reason,
    };
    let text = std::str::from_utf8(bytes).map_err(|e| bad(e.to_string()))?;
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).map_err(|e| bad(e.to_string())))
        .collect()
}

/// The records of a checked archive.
pub(super) struct Records {
    pub(super) products: Vec<Product>,
    pub(super) producers: Vec<Producer>,
    pub(super) categories: Vec<Category>,
    pub(super) leads: Vec<Lead>,
    pub(super) settings: Settings,
}

pub(super) fn records(checked: &Checked) -> Result<Records, BackupError> {
    let files = &checked.files;
    Ok(Records {
        products: parse_lines(files, "products.jsonl")?,
        producers: parse_lines(files, "producers.jsonl")?,
        categories: parse_lines(files, "categories.jsonl")?,
        leads: parse_lines(files, "leads.jsonl")?,
        settings: files
            .get("settings.json")
            .ok_or_else(|| BackupError::Missing("settings.json".into()))
            .and_then(|b| {
                serde_json::from_slice(b).map_err(|e| BackupError::BadRecord {
                    name: "settings.json".into(),
                    reason: e.to_string(),
                })
            })?,
    })
}

/// Stores every photo of a checked archive (content-addressed: one already there is kept),
/// reading them from the archive again one at a time, each checked again as it is read.
pub(super) fn put_photos(checked: &Checked, store: &Store) -> Result<(), BackupError> {
    let archive = &checked.archive;
    let file = std::fs::File::open(archive).map_err(io(archive))?;
    let mut zip = zip::ZipArchive::new(std::io::BufReader::new(file))
        .map_err(|e| BackupError::NotBackup(e.to_string()))?;
    let listed: BTreeMap<&str, &Entry> = checked
        .manifest
        .entries
        .iter()
        .map(|e| (e.name.as_str(), e))
        .collect();
    let mut read = |name: String| -> Result<Vec<u8>, BackupError> {
        let entry = listed
            .get(name.as_str())
            .ok_or_else(|| BackupError::Missing(name.clone()))?;
        let file = zip
            .by_name(&name)
            .map_err(|_| BackupError::Missing(name.clone()))?;
        let bytes = read_entry(file, &name, entry.size)?;
        if hex(&Sha256::digest(&bytes)) != entry.sha256 {
            return Err(BackupError::Checksum(name));
        }
        Ok(bytes)
    };
    for (name, (width, height)) in &checked.manifest.photo_sizes {
        let id = photo_from_hex(name).ok_or_else(|| BackupError::UnsafeName(name.clone()))?;
        if store.has_photo(id)? {
            continue;
        }
        // `read` holds each entry to the manifest's checksum, and `check` held a master's
        // checksum to its name: a renamed or swapped photo never gets here.
        let master = read(format!("photos/{name}.jpg"))?;
        let thumb = read(format!("photos/{name}.thumb.jpg"))?;
        store.put_photo(&crate::photos::Prepared {
            id,
            master,
            width: *width,
            height: *height,
            thumb,
            kept_original: true,
            print: Vec::new(),
        })?;
    }
    Ok(())
}

fn photo_from_hex(text: &str) -> Option<PhotoId> {
    if text.len() != 64 {
        return None;
    }
    let mut id = [0u8; 32];
    for (i, pair) in text.as_bytes().chunks(2).enumerate() {
        id[i] = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
    }
    Some(PhotoId(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_relative_names_are_safe() {
        for bad in [
            "../evil",
            "photos/../../evil",
            "/etc/passwd",
            "C:\\x",
            "a\\..\\b",
            "./x",
            "a//b",
            "",
        ] {
            assert!(!safe_name(bad), "{bad}");
        }
        for good in ["products.jsonl", "photos/ab.jpg", "photos/ab.thumb.jpg"] {
            assert!(safe_name(good), "{good}");
        }
    }

    #[test]
    fn an_entry_growing_past_its_declared_size_is_stopped() {
        let data = vec![0u8; 10_000];
        assert!(matches!(
            read_entry(&data[..], "x", 100),
            Err(BackupError::TooLarge(_))
        ));
        assert_eq!(read_entry(&data[..], "x", 10_000).unwrap().len(), 10_000);
    }

    #[test]
    fn a_backup_written_before_focus_points_legal_data_and_trademarks_reads_with_them_empty() {
        use crate::domain::{CategoryId, Producer, ProducerId, Product};
        let mut producer = Producer::new("Pondok Pesantren Sidogiri");
        producer.nib = "9120001234567".into();
        let mut product = Product::new("KPG-01", CategoryId::new(), ProducerId::new());
        product.name.id = "Kopi Dampit".into();
        // The lines as an older Etalase wrote them: without the fields added since.
        let old = |value: serde_json::Value, gone: &[&str]| {
            let mut map = value.as_object().unwrap().clone();
            for key in gone {
                assert!(map.remove(*key).is_some(), "{key}");
            }
            serde_json::to_string(&map).unwrap()
        };
        let files: BTreeMap<String, Vec<u8>> = [
            (
                "producers.jsonl".to_string(),
                old(serde_json::to_value(&producer).unwrap(), &["legal"]).into_bytes(),
            ),
            (
                "products.jsonl".to_string(),
                old(
                    serde_json::to_value(&product).unwrap(),
                    &["photo_focus", "trademark", "sni"],
                )
                .into_bytes(),
            ),
        ]
        .into();
        let producers: Vec<Producer> = parse_lines(&files, "producers.jsonl").unwrap();
        assert_eq!(producers, vec![producer]);
        let products: Vec<Product> = parse_lines(&files, "products.jsonl").unwrap();
        assert_eq!(products, vec![product]);
    }
}
