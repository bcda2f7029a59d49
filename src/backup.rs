//! Backups: one ZIP holding a manifest (format version, app version, counts, a SHA-256 and size
//! per entry), every record as JSON Lines and every photo as files. Independent of sled's on-disk
//! format, so it is also the way across a future store upgrade.
//!
//! A restore trusts nothing in the archive: names with `..`, absolute paths and links, entries the
//! manifest does not list, entries larger than declared (checked while reading, so a zip bomb
//! stops at its declared size), implausible totals, bad checksums and newer formats are refused
//! before anything is written. The new store is built aside, verified, and only then swapped in;
//! a replaced store is first backed up and kept aside, never deleted.

use crate::domain::lead::Lead;
use crate::domain::{Category, PhotoId, Producer, Product, Settings};
use crate::storage::{ChangeSet, Store, StoreError};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The archive format this build writes and reads.
pub const FORMAT: u32 = 1;
const MANIFEST: &str = "manifest.json";
/// Largest manifest read (a catalogue of 30,000 photos needs about 6 MB).
const MANIFEST_MAX: u64 = 64 << 20;
/// Largest single entry (a photo master is a few MB; record files of 10,000 products ~50 MB).
const ENTRY_MAX: u64 = 1 << 30;
/// Largest whole archive once unpacked.
const TOTAL_MAX: u64 = 64 << 30;
/// Largest unpacked-to-packed ratio believed for one entry (JSON compresses ~10x; more is a bomb).
const RATIO_MAX: u64 = 200;

/// What the manifest says about one entry.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Entry {
    pub name: String,
    pub size: u64,
    pub sha256: String,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Counts {
    pub products: usize,
    pub producers: usize,
    pub categories: usize,
    pub photos: usize,
    pub leads: usize,
}

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Manifest {
    pub format: u32,
    pub app_version: String,
    /// Milliseconds since 1970 (UTC).
    pub created: i64,
    pub counts: Counts,
    /// Pixel sizes of the photos, by hex id.
    pub photo_sizes: BTreeMap<String, (u32, u32)>,
    pub entries: Vec<Entry>,
}

/// Why a backup or restore did not happen.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot read or write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("not an Etalase backup: {0}")]
    NotBackup(String),
    #[error("the backup was made by a newer Etalase (format {0})")]
    NewerFormat(u32),
    #[error("unsafe entry name {0}")]
    UnsafeName(String),
    #[error("entry {0} is not listed in the manifest")]
    Unlisted(String),
    #[error("entry {0} listed in the manifest is missing")]
    Missing(String),
    #[error("entry {0} is larger than the manifest says")]
    TooLarge(String),
    #[error("entry {0} does not match its checksum")]
    Checksum(String),
    #[error("entry {name} is damaged: {reason}")]
    BadRecord { name: String, reason: String },
    #[error("the catalogue in {0} is not empty")]
    NotEmpty(PathBuf),
    #[error("the backup was cancelled")]
    Cancelled,
    #[error(transparent)]
    Protect(#[from] crate::protect::ProtectError),
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> BackupError + '_ {
    move |source| BackupError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
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

/// What a restore put in place.
#[derive(Debug)]
pub struct Restored {
    pub counts: Counts,
    /// The automatic backup of the catalogue that was replaced, if any.
    pub replaced_backup: Option<PathBuf>,
    /// Where the replaced store was kept.
    pub replaced_store: Option<PathBuf>,
}

/// Restores `archive` as the store in `store_dir`: checked, built aside in a sibling folder,
/// verified, then swapped in. With `replace`, a non-empty catalogue is first backed up into
/// `backups` and kept aside; without it, a non-empty catalogue is refused.
pub fn restore(
    archive: &Path,
    store_dir: &Path,
    backups: &Path,
    replace: bool,
) -> Result<Restored, BackupError> {
    let checked = check(archive)?;
    let parent = store_dir.parent().unwrap_or(Path::new("."));
    let existing = store_dir.exists();
    // A damaged store is what a restore is for: it is moved aside (kept), never backed up.
    let mut damaged = false;
    if existing {
        match Store::open(store_dir) {
            Ok(store) => {
                let empty = store.is_empty() && store.leads()?.is_empty();
                if !empty && !replace {
                    return Err(BackupError::NotEmpty(store_dir.to_path_buf()));
                }
            }
            Err(StoreError::Corrupt { .. }) => damaged = true,
            Err(e) => return Err(e.into()),
        }
    }
    let aside = parent.join("store.restoring");
    if aside.exists() {
        std::fs::remove_dir_all(&aside).map_err(io(&aside))?;
    }
    let counts = match build(&checked, &aside) {
        Ok(counts) => counts,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&aside);
            return Err(e);
        }
    };
    let stamp = crate::domain::date::iso_utc(crate::domain::model::now()).replace([':', '-'], "");
    let (mut replaced_backup, mut replaced_store) = (None, None);
    if existing && damaged {
        let kept = parent.join(format!("store.damaged-{stamp}"));
        rename_when_free(store_dir, &kept)?;
        replaced_store = Some(kept);
    } else if existing {
        let store = Store::open(store_dir)?;
        if !(store.is_empty() && store.leads()?.is_empty()) {
            std::fs::create_dir_all(backups).map_err(io(backups))?;
            let file = backups.join(format!("before-restore-{stamp}.zip"));
            backup(&store, &file)?;
            replaced_backup = Some(file);
        }
        drop(store);
        let kept = parent.join(format!("store.replaced-{stamp}"));
        rename_when_free(store_dir, &kept)?;
        replaced_store = Some(kept);
    }
    rename_when_free(&aside, store_dir)?;
    Ok(Restored {
        counts,
        replaced_backup,
        replaced_store,
    })
}

/// Renames a store folder, waiting a moment for sled to let go of a store just closed.
fn rename_when_free(from: &Path, to: &Path) -> Result<(), BackupError> {
    let started = std::time::Instant::now();
    loop {
        match std::fs::rename(from, to) {
            Ok(()) => return Ok(()),
            Err(_) if started.elapsed() < std::time::Duration::from_secs(2) => {
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            Err(e) => return Err(io(from)(e)),
        }
    }
}

/// The records of a checked archive.
struct Records {
    products: Vec<Product>,
    producers: Vec<Producer>,
    categories: Vec<Category>,
    leads: Vec<Lead>,
    settings: Settings,
}

fn records(checked: &Checked) -> Result<Records, BackupError> {
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
fn put_photos(checked: &Checked, store: &Store) -> Result<(), BackupError> {
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

/// Writes a checked archive into a new store at `dir` and verifies it.
fn build(checked: &Checked, dir: &Path) -> Result<Counts, BackupError> {
    let manifest = &checked.manifest;
    let Records {
        products,
        producers,
        categories,
        leads,
        settings,
    } = records(checked)?;
    let store = Store::open(dir)?;
    put_photos(checked, &store)?;
    // A new store starts with the default categories: the backup's replace them.
    let defaults: Vec<_> = store.categories()?.into_iter().map(|c| c.id).collect();
    store.apply(&ChangeSet {
        delete_categories: defaults
            .into_iter()
            .filter(|id| !categories.iter().any(|c| c.id == *id))
            .collect(),
        categories,
        producers,
        products,
        ..ChangeSet::default()
    })?;
    store.save_settings(&settings)?;
    for lead in &leads {
        store.add_lead(lead)?;
    }
    let counts = Counts {
        products: store.products()?.len(),
        producers: store.producers()?.len(),
        categories: store.categories()?.len(),
        photos: store.photo_ids()?.len(),
        leads: store.leads()?.len(),
    };
    if counts != manifest.counts {
        return Err(BackupError::BadRecord {
            name: MANIFEST.to_string(),
            reason: format!("counts {counts:?} differ from {:?}", manifest.counts),
        });
    }
    Ok(counts)
}

/// What to do when a product in the archive has a SKU this catalogue already uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnClash {
    /// Keep this catalogue's product; theirs is left out.
    Keep,
    /// Their product replaces ours (under our product's id, so nothing pointing at it breaks).
    Take,
    /// Keep both: theirs is added with a suffix on its SKU (`-2`, `-3`, ...).
    Both,
}

impl OnClash {
    pub fn parse(text: &str) -> Option<OnClash> {
        match text.trim().to_lowercase().as_str() {
            "keep" => Some(OnClash::Keep),
            "take" => Some(OnClash::Take),
            "both" => Some(OnClash::Both),
            _ => None,
        }
    }
}

/// A SKU both catalogues use, and how it was settled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clash {
    pub sku: String,
    /// The SKU theirs went in under (`Both`), else the same SKU.
    pub added_as: Option<String>,
}

/// What a merge added.
#[derive(Debug, Default)]
pub struct Merged {
    pub products: usize,
    pub producers: usize,
    pub categories: usize,
    pub photos: usize,
    pub leads: usize,
    pub clashes: Vec<Clash>,
}

/// Merges another catalogue's backup into `store` in one atomic write: categories and producers
/// are matched by id or name (new ones added), photos added, products added; a SKU already used
/// is settled by `rule` and listed. This catalogue's settings stay.
pub fn merge(store: &Store, archive: &Path, rule: OnClash) -> Result<Merged, BackupError> {
    use crate::domain::parse::match_key;
    use std::collections::HashMap;
    let checked = check(archive)?;
    let theirs = records(&checked)?;
    let photos_before = store.photo_ids()?.len();
    put_photos(&checked, store)?;
    let mut report = Merged::default();
    let ours_categories = store.categories()?;
    let ours_producers = store.producers()?;
    let ours_products = store.products()?;
    let mut changes = ChangeSet::default();
    let mut category_map = HashMap::new();
    let mut next_order = ours_categories
        .iter()
        .map(|c| c.sort_order)
        .max()
        .unwrap_or(0);
    for c in theirs.categories {
        let same = ours_categories
            .iter()
            .find(|o| o.id == c.id || match_key(&o.name.id) == match_key(&c.name.id));
        match same {
            Some(o) => {
                category_map.insert(c.id, o.id);
            }
            None => {
                category_map.insert(c.id, c.id);
                next_order += 1;
                changes.categories.push(Category {
                    sort_order: next_order,
                    ..c
                });
                report.categories += 1;
            }
        }
    }
    let mut producer_map = HashMap::new();
    for p in theirs.producers {
        let same = ours_producers
            .iter()
            .find(|o| o.id == p.id || match_key(&o.pesantren) == match_key(&p.pesantren));
        match same {
            Some(o) => {
                producer_map.insert(p.id, o.id);
            }
            None => {
                producer_map.insert(p.id, p.id);
                changes.producers.push(p);
                report.producers += 1;
            }
        }
    }
    let mut used: std::collections::HashSet<String> =
        ours_products.iter().map(|p| match_key(&p.sku)).collect();
    let ids: std::collections::HashSet<_> = ours_products.iter().map(|p| p.id).collect();
    for mut p in theirs.products {
        p.category = category_map.get(&p.category).copied().unwrap_or(p.category);
        p.producer = producer_map.get(&p.producer).copied().unwrap_or(p.producer);
        let key = match_key(&p.sku);
        if let Some(ours) = ours_products.iter().find(|o| match_key(&o.sku) == key) {
            match rule {
                OnClash::Keep => {
                    report.clashes.push(Clash {
                        sku: p.sku.clone(),
                        added_as: None,
                    });
                    continue;
                }
                OnClash::Take => {
                    p.id = ours.id;
                    report.clashes.push(Clash {
                        sku: p.sku.clone(),
                        added_as: Some(p.sku.clone()),
                    });
                }
                OnClash::Both => {
                    let mut n = 2;
                    let sku = loop {
                        let candidate = format!("{}-{n}", p.sku.trim());
                        if !used.contains(&match_key(&candidate)) {
                            break candidate;
                        }
                        n += 1;
                    };
                    report.clashes.push(Clash {
                        sku: p.sku.clone(),
                        added_as: Some(sku.clone()),
                    });
                    p.sku = sku;
                    p.id = crate::domain::ProductId::new();
                }
            }
        } else if ids.contains(&p.id) {
            // The same record id under another SKU: a copy edited elsewhere; kept apart.
            p.id = crate::domain::ProductId::new();
        }
        used.insert(match_key(&p.sku));
        if !matches!(rule, OnClash::Take) || !ids.contains(&p.id) {
            report.products += 1;
        }
        changes.products.push(p);
    }
    store.apply(&changes)?;
    let known: std::collections::HashSet<_> = store.leads()?.iter().map(|l| l.id).collect();
    for lead in theirs.leads.iter().filter(|l| !known.contains(&l.id)) {
        store.add_lead(lead)?;
        report.leads += 1;
    }
    report.photos = store.photo_ids()?.len() - photos_before;
    Ok(report)
}

/// Automatic backups kept: the newest this many days...
const KEEP_DAILY: usize = 7;
/// ...and, older than those, the newest of each of this many weeks.
const KEEP_WEEKLY: usize = 4;

/// The automatic backups in `dir` (`auto-YYYY-MM-DD.zip`), newest first.
pub fn automatic_backups(dir: &Path) -> Vec<(crate::domain::Date, PathBuf)> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().to_string();
            let day = name.strip_prefix("auto-")?.strip_suffix(".zip")?;
            Some((crate::domain::Date::parse(day).ok()?, e.path()))
        })
        .collect();
    out.sort_by_key(|b| std::cmp::Reverse(b.0));
    out
}

/// Which automatic backups rotation drops: all but the newest seven days and, before those, the
/// newest of each of four weeks.
pub fn to_prune(backups: &[(crate::domain::Date, PathBuf)]) -> Vec<PathBuf> {
    let mut sorted: Vec<_> = backups.to_vec();
    sorted.sort_by_key(|b| std::cmp::Reverse(b.0));
    // Weeks start on Monday; 1970-01-01 was a Thursday.
    let week = |d: crate::domain::Date| (d.days_since_epoch() + 3).div_euclid(7);
    let mut weeks_kept: Vec<i64> = Vec::new();
    let mut drop = Vec::new();
    for (i, (day, path)) in sorted.into_iter().enumerate() {
        if i < KEEP_DAILY {
            continue;
        }
        let w = week(day);
        if !weeks_kept.contains(&w) && weeks_kept.len() < KEEP_WEEKLY {
            weeks_kept.push(w);
        } else {
            drop.push(path);
        }
    }
    drop
}

/// Today's automatic backup into `dir` (once a day), then rotation. Returns the file written,
/// `None` when today's exists already.
pub fn auto_backup(
    store: &Store,
    dir: &Path,
    today: crate::domain::Date,
) -> Result<Option<PathBuf>, BackupError> {
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let file = dir.join(format!("auto-{today}.zip"));
    if file.exists() {
        return Ok(None);
    }
    backup(store, &file)?;
    for old in to_prune(&automatic_backups(dir)) {
        let _ = std::fs::remove_file(old);
    }
    Ok(Some(file))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotation_keeps_seven_days_and_four_weeks() {
        use crate::domain::Date;
        // Sixty daily backups up to Sunday 2026-11-29.
        let last = Date::new(2026, 11, 29).unwrap();
        let all: Vec<(Date, PathBuf)> = (0..60)
            .map(|i| {
                let d = last.add_days(-i);
                (d, PathBuf::from(format!("auto-{d}.zip")))
            })
            .collect();
        let dropped = to_prune(&all);
        let kept: Vec<String> = all
            .iter()
            .filter(|(_, p)| !dropped.contains(p))
            .map(|(d, _)| d.to_string())
            .collect();
        assert_eq!(
            kept,
            vec![
                "2026-11-29",
                "2026-11-28",
                "2026-11-27",
                "2026-11-26",
                "2026-11-25",
                "2026-11-24",
                "2026-11-23",
                // The newest of each older week (weeks start on Monday).
                "2026-11-22",
                "2026-11-15",
                "2026-11-08",
                "2026-11-01",
            ]
        );
        assert!(to_prune(&all[..7]).is_empty());
    }

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
}
