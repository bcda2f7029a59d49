//! Photo bytes, content-addressed: a photo's id is the SHA-256 of its master JPEG. Its parts are
//! files inside the store's folder, `photos/<first two hex digits>/<hex id>.jpg` (master),
//! `.thumb.jpg`, and `.p<edge>.jpg` (print-size copies), each written to a temporary name,
//! synced and renamed, so a part file is always whole. The `photos` tree in sled is the index and
//! the commit record: id -> pixel size, written only after the photo's files are synced, so an
//! entry there means a complete photo, and it is flushed before any record refers to the photo:
//! a crash never leaves a product pointing at a missing photo. Files with no index entry (a
//! crash mid-import) count as unused photos, which `check --fix` removes.
//!
//! Why not inside sled (schema 1 kept a sled tree per photo): measured at provincial scale, sled
//! keeps every large value it has read in memory whatever its cache size (reading 580 MB of
//! photos left 568 MB resident with a 64 MB cache), values cut small enough to be evicted cost
//! 1.6x their bytes on disk, and a tree per photo made sled rewrite its list of all trees on
//! every photo added (27,000 photos took 3.5x their bytes, 42 GB). Files cost their own bytes and
//! the operating system's page cache, not the window's memory.

use super::{Store, StoreError};
use crate::domain::PhotoId;
use crate::domain::photo::Crop;
use crate::photos::Prepared;
use std::collections::BTreeSet;

/// A photo file as it was when it was imported (the value of the photo-sources cache).
#[derive(serde::Serialize, serde::Deserialize)]
struct SourceSeen {
    len: u64,
    /// Modification time, nanoseconds since 1970.
    modified: u128,
    photo: [u8; 32],
}

/// The cache key of a photo file: its absolute path.
fn source_key(path: &Path) -> Vec<u8> {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    absolute.to_string_lossy().as_bytes().to_vec()
}

fn since_epoch(time: std::time::SystemTime) -> Option<u128> {
    time.duration_since(std::time::UNIX_EPOCH)
        .ok()
        .map(|d| d.as_nanos())
}
use std::path::{Path, PathBuf};

/// Why a photo file was not used (read from the disk, prepared and stored by `ops::photos`).
#[derive(Clone, Debug)]
pub enum PhotoProblem {
    NotFound,
    /// The file could not be read.
    Unreadable(std::sync::Arc<std::io::Error>),
    Refused(crate::photos::PhotoError),
    /// The photo could not be saved in the store.
    NotStored(std::sync::Arc<StoreError>),
}

/// Problems are equal when they say the same (the errors inside cannot be compared otherwise).
impl PartialEq for PhotoProblem {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (PhotoProblem::NotFound, PhotoProblem::NotFound) => true,
            (PhotoProblem::Unreadable(a), PhotoProblem::Unreadable(b)) => a.kind() == b.kind(),
            (PhotoProblem::Refused(a), PhotoProblem::Refused(b)) => a == b,
            (PhotoProblem::NotStored(a), PhotoProblem::NotStored(b)) => {
                a.to_string() == b.to_string()
            }
            _ => false,
        }
    }
}
impl Eq for PhotoProblem {}

/// The folder inside the store holding the photo files.
pub const FOLDER: &str = "photos";
const MASTER: &str = "jpg";
const THUMB: &str = "thumb.jpg";

/// Pixel size of a stored master.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PhotoSize {
    pub width: u32,
    pub height: u32,
}

fn hex(id: PhotoId) -> String {
    let mut out = String::with_capacity(64);
    for b in id.0 {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

fn from_hex(text: &str) -> Option<PhotoId> {
    if text.len() != 64 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let mut id = [0u8; 32];
    for (i, pair) in text.as_bytes().chunks(2).enumerate() {
        id[i] = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
    }
    Some(PhotoId(id))
}

/// The ending of a print-size copy's file name: `p640.jpg` for the whole photo,
/// `c0-1250-10000-8750.p640.jpg` for a part of it.
fn print_part(crop: Crop, edge: u32) -> String {
    if crop.is_full() {
        format!("p{edge}.jpg")
    } else {
        format!("{}.p{edge}.jpg", crop.tag())
    }
}

fn io_error(path: &Path, source: std::io::Error) -> StoreError {
    StoreError::Folder {
        path: path.to_path_buf(),
        source,
    }
}

/// Writes `bytes` to `path` whole (a temporary file of this writer's own, synced, renamed).
fn write_whole(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    crate::fsio::write_atomically(path, bytes).map_err(|e| io_error(path, e))
}

/// Makes a folder's entries (new names) durable.
fn sync_folder(dir: &Path) -> Result<(), StoreError> {
    crate::fsio::sync_folder(dir).map_err(|e| io_error(dir, e))
}

/// Writes a photo's part files into `root` (a store's photo folder) and syncs them.
fn write_parts(root: &Path, photo: &Prepared) -> Result<(), StoreError> {
    let name = hex(photo.id);
    let dir = root.join(&name[..2]);
    std::fs::create_dir_all(&dir).map_err(|e| io_error(&dir, e))?;
    write_whole(&dir.join(format!("{name}.{MASTER}")), &photo.master)?;
    write_whole(&dir.join(format!("{name}.{THUMB}")), &photo.thumb)?;
    for (crop, edge, jpeg) in &photo.print {
        write_whole(
            &dir.join(format!("{name}.{}", print_part(*crop, *edge))),
            jpeg,
        )?;
    }
    sync_folder(&dir)?;
    sync_folder(root)
}

impl Store {
    fn photo_folder(&self) -> PathBuf {
        self.path.join(FOLDER)
    }

    fn part_path(&self, id: PhotoId, part: &str) -> PathBuf {
        let name = hex(id);
        self.photo_folder()
            .join(&name[..2])
            .join(format!("{name}.{part}"))
    }

    fn photo_part(&self, id: PhotoId, part: &str) -> Result<Option<Vec<u8>>, StoreError> {
        if !self.has_photo(id)? {
            return Ok(None);
        }
        let path = self.part_path(id, part);
        match std::fs::read(&path) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io_error(&path, e)),
        }
    }

    /// Stores a prepared photo (nothing happens when it is there already): its files first,
    /// synced, then its index entry, flushed.
    pub fn put_photo(&self, photo: &Prepared) -> Result<(), StoreError> {
        if self.has_photo(photo.id)? {
            return Ok(());
        }
        write_parts(&self.photo_folder(), photo)?;
        let size = PhotoSize {
            width: photo.width,
            height: photo.height,
        };
        let info = postcard::to_stdvec(&size).expect("a size encodes");
        self.photos.insert(photo.id.0, info)?;
        self.photos.flush()?;
        Ok(())
    }

    /// The stored photo a file became when it was imported before, if the file is unchanged
    /// since: same path, size and modification time (as `make` and `rsync` judge a file), and the
    /// photo is still stored. Lets an import of a list whose photos have not changed skip
    /// reading and decoding them.
    pub fn photo_from_source(
        &self,
        path: &Path,
        len: u64,
        modified: std::time::SystemTime,
    ) -> Result<Option<PhotoId>, StoreError> {
        let Some(value) = self.photo_sources.get(source_key(path))? else {
            return Ok(None);
        };
        let Ok(seen) = postcard::from_bytes::<SourceSeen>(&value) else {
            return Ok(None); // a cache entry in an older form: read the file again
        };
        let id = PhotoId(seen.photo);
        let unchanged = seen.len == len && Some(seen.modified) == since_epoch(modified);
        Ok((unchanged && self.has_photo(id)?).then_some(id))
    }

    /// Remembers which photo a file became (see [`Store::photo_from_source`]).
    pub fn remember_photo_source(
        &self,
        path: &Path,
        len: u64,
        modified: std::time::SystemTime,
        id: PhotoId,
    ) -> Result<(), StoreError> {
        let Some(modified) = since_epoch(modified) else {
            return Ok(()); // a time before 1970: not worth remembering
        };
        let seen = SourceSeen {
            len,
            modified,
            photo: id.0,
        };
        let value = postcard::to_stdvec(&seen).expect("a source encodes");
        self.photo_sources.insert(source_key(path), value)?;
        Ok(())
    }

    /// Whether the photo is stored, complete.
    pub fn has_photo(&self, id: PhotoId) -> Result<bool, StoreError> {
        Ok(self.photos.contains_key(id.0)?)
    }

    /// Whether the photo's master file is there (the self-check asks).
    pub(crate) fn has_master_file(&self, id: PhotoId) -> bool {
        self.part_path(id, MASTER).is_file()
    }

    /// The master JPEG's bytes.
    pub fn photo_master(&self, id: PhotoId) -> Result<Option<Vec<u8>>, StoreError> {
        self.photo_part(id, MASTER)
    }

    /// The thumbnail JPEG's bytes.
    pub fn photo_thumb(&self, id: PhotoId) -> Result<Option<Vec<u8>>, StoreError> {
        self.photo_part(id, THUMB)
    }

    /// A print-size copy of `crop` of the photo (at most `edge` px on the long side) made at
    /// import or by an earlier PDF export.
    pub fn photo_print(
        &self,
        id: PhotoId,
        crop: Crop,
        edge: u32,
    ) -> Result<Option<Vec<u8>>, StoreError> {
        self.photo_part(id, &print_part(crop, edge))
    }

    /// Keeps a print-size copy beside the photo's master, so that later exports pass its bytes
    /// through. Removed with the photo.
    pub fn put_photo_print(
        &self,
        id: PhotoId,
        crop: Crop,
        edge: u32,
        jpeg: &[u8],
    ) -> Result<(), StoreError> {
        if !self.has_photo(id)? {
            return Ok(());
        }
        let path = self.part_path(id, &print_part(crop, edge));
        write_whole(&path, jpeg)?;
        sync_folder(path.parent().unwrap_or(&self.path))
    }

    pub fn photo_size(&self, id: PhotoId) -> Result<Option<PhotoSize>, StoreError> {
        match self.photos.get(id.0)? {
            None => Ok(None),
            Some(v) => postcard::from_bytes(&v)
                .map(Some)
                .map_err(|_| StoreError::Damaged { kind: "photo" }),
        }
    }

    /// Every photo file in the folder: `(photo, path, bytes)`.
    fn photo_files(&self) -> Result<Vec<(PhotoId, PathBuf, u64)>, StoreError> {
        let root = self.photo_folder();
        let mut out = Vec::new();
        let Ok(shards) = std::fs::read_dir(&root) else {
            return Ok(out); // no photo yet
        };
        for shard in shards {
            let shard = shard.map_err(|e| io_error(&root, e))?;
            let dir = shard.path();
            if !dir.is_dir() {
                continue;
            }
            for file in std::fs::read_dir(&dir).map_err(|e| io_error(&dir, e))? {
                let file = file.map_err(|e| io_error(&dir, e))?;
                let name = file.file_name();
                let name = name.to_string_lossy();
                let Some(id) = name.get(..64).and_then(from_hex) else {
                    continue;
                };
                let len = file.metadata().map_or(0, |m| m.len());
                out.push((id, file.path(), len));
            }
        }
        Ok(out)
    }

    /// Removes temporary files left by writes a crash interrupted (`check --fix`, while no photo
    /// is being written).
    pub(crate) fn remove_partial_photo_files(&self) -> Result<(), StoreError> {
        let root = self.photo_folder();
        let Ok(shards) = std::fs::read_dir(&root) else {
            return Ok(()); // no photo yet
        };
        for shard in shards.flatten() {
            let Ok(files) = std::fs::read_dir(shard.path()) else {
                continue;
            };
            for file in files.flatten() {
                if file.file_name().to_string_lossy().ends_with(".partial") {
                    let path = file.path();
                    std::fs::remove_file(&path).map_err(|e| io_error(&path, e))?;
                }
            }
        }
        Ok(())
    }

    /// Every photo stored, and any left half-written by a crash (those have files but no index
    /// entry).
    pub fn photo_ids(&self) -> Result<BTreeSet<PhotoId>, StoreError> {
        let mut ids: BTreeSet<PhotoId> = self.photo_files()?.into_iter().map(|f| f.0).collect();
        for k in self.photos.iter().keys() {
            if let Ok(id) = <[u8; 32]>::try_from(k?.as_ref()) {
                ids.insert(PhotoId(id));
            }
        }
        Ok(ids)
    }

    /// Bytes of all stored photo files (masters, thumbnails and print-size copies).
    pub fn photo_bytes(&self) -> Result<u64, StoreError> {
        Ok(self.photo_files()?.iter().map(|f| f.2).sum())
    }

    /// Removes these photos, all their files (index entry first).
    pub(crate) fn remove_photos(&self, ids: &BTreeSet<PhotoId>) -> Result<(), StoreError> {
        for id in ids {
            self.photos.remove(id.0)?;
        }
        self.photos.flush()?;
        for id in ids {
            let name = hex(*id);
            let dir = self.photo_folder().join(&name[..2]);
            let Ok(files) = std::fs::read_dir(&dir) else {
                continue;
            };
            for file in files.flatten() {
                if file.file_name().to_string_lossy().starts_with(&name) {
                    let _ = std::fs::remove_file(file.path());
                }
            }
        }
        Ok(())
    }
}

/// Schema 1 kept each photo in a sled tree of its own (`photo-<hex id>`, parts as keys). The
/// upgrade to schema 2 writes them out as files and drops those trees.
pub(crate) mod legacy {
    use super::*;

    pub const PREFIX: &str = "photo-";

    /// The photo a schema-1 tree name belongs to.
    pub fn id_of_tree(name: &[u8]) -> Option<PhotoId> {
        from_hex(std::str::from_utf8(name.strip_prefix(PREFIX.as_bytes())?).ok()?)
    }

    #[cfg(test)]
    pub fn tree_name(id: PhotoId) -> String {
        format!("{PREFIX}{}", hex(id))
    }

    /// Writes every schema-1 photo tree's parts as files into `root` (the store's photo folder).
    pub fn write_out(db: &sled::Db, root: &Path) -> sled::Result<()> {
        for name in db.tree_names() {
            let Some(id) = id_of_tree(&name) else {
                continue;
            };
            let tree = db.open_tree(&name)?;
            let part = |key: &[u8]| tree.get(key).map(|v| v.map(|v| v.to_vec()));
            let (Some(master), Some(thumb)) = (part(b"m")?, part(b"t")?) else {
                continue; // half-written: nothing refers to it
            };
            let mut print = Vec::new();
            for entry in tree.scan_prefix(b"p") {
                let (k, v) = entry?;
                if let Ok(edge) = <[u8; 4]>::try_from(&k[1..]) {
                    print.push((Crop::FULL, u32::from_be_bytes(edge), v.to_vec()));
                }
            }
            let photo = Prepared {
                id,
                master,
                width: 0,
                height: 0,
                thumb,
                kept_original: true,
                print,
            };
            write_parts(root, &photo)
                .map_err(|e| sled::Error::Io(std::io::Error::other(e.to_string())))?;
        }
        Ok(())
    }

    /// Drops the schema-1 photo trees (once schema 2 is in charge).
    pub fn drop_trees(db: &sled::Db) -> sled::Result<()> {
        for name in db.tree_names() {
            if id_of_tree(&name).is_some() {
                db.drop_tree(&name)?;
            }
        }
        Ok(())
    }
}

impl Store {
    /// Removes those of `candidates` that no product, producer or the settings refer to.
    pub fn remove_unused_photos(&self, candidates: &BTreeSet<PhotoId>) -> Result<(), StoreError> {
        if candidates.is_empty() {
            return Ok(());
        }
        let mut unused = candidates.clone();
        for p in self.products()? {
            for id in &p.photos {
                unused.remove(id);
            }
        }
        for p in self.producers()? {
            if let Some(id) = p.logo {
                unused.remove(&id);
            }
        }
        if let Some(id) = self.settings()?.publisher_logo {
            unused.remove(&id);
        }
        self.remove_photos(&unused)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir_bytes(dir: &std::path::Path) -> u64 {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                if e.metadata().unwrap().is_dir() {
                    dir_bytes(&e.path())
                } else {
                    e.metadata().unwrap().len()
                }
            })
            .sum()
    }

    #[test]
    fn photos_are_stored_once_and_without_much_overhead() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let empty = dir_bytes(dir.path());
        let mut total = 0;
        for seed in 0..12u32 {
            let img = image::RgbImage::from_fn(1600, 1200, |x, y| {
                let h = (x.wrapping_mul(2_654_435_761) ^ y.wrapping_mul(40_503) ^ seed) >> 27;
                image::Rgb([
                    ((x / 8 + h) % 256) as u8,
                    ((y / 6) % 256) as u8,
                    ((90 + seed * 5 + h) % 256) as u8,
                ])
            });
            let p = crate::photos::prepare(&crate::photos::encode_jpeg(&img, 90)).unwrap();
            store.put_photo(&p).unwrap();
            store.put_photo(&p).unwrap(); // the same photo twice
            total += (p.master.len() + p.thumb.len()) as u64;
        }
        store.db.flush().unwrap();
        assert_eq!(store.photo_ids().unwrap().len(), 12);
        let grown = dir_bytes(dir.path()) - empty;
        println!("photo bytes {total}, store grew {grown}");

        assert!(
            grown < total * 5 / 4,
            "{grown} on disk for {total} bytes of photos"
        );
        // Removing an unused photo leaves the others.
        let gone: BTreeSet<PhotoId> = store.photo_ids().unwrap().into_iter().take(1).collect();
        store.remove_unused_photos(&gone).unwrap();
        assert_eq!(store.photo_ids().unwrap().len(), 11);
        assert!(!store.has_photo(*gone.first().unwrap()).unwrap());
    }

    #[test]
    fn check_fix_removes_only_photos_nothing_refers_to() {
        use crate::domain::Product;
        use crate::storage::check::Damage;
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let photo = |shade: u8| {
            let img = image::RgbImage::from_pixel(64, 48, image::Rgb([shade, 90, 40]));
            crate::photos::prepare(&crate::photos::encode_jpeg(&img, 90)).unwrap()
        };
        let (used, unused) = (photo(10), photo(200));
        store.put_photo(&used).unwrap();
        store.put_photo(&unused).unwrap();
        let mut changes = crate::sample::sample_changes(
            &store.categories().unwrap(),
            crate::domain::Date::new(2026, 11, 28).unwrap(),
        );
        let mut p: Product = changes.products.remove(0);
        p.photos = vec![used.id];
        changes.products = vec![p];
        store.apply(&changes).unwrap();
        let report = store.check().unwrap();
        assert!(report.damage.contains(&Damage::UnusedPhotos { count: 1 }));
        store.repair(&report).unwrap();
        assert!(store.has_photo(used.id).unwrap());
        assert!(!store.has_photo(unused.id).unwrap());
        assert!(store.check().unwrap().damage.is_empty());
        // A crash mid-import: the files were written, the index entry was not; and a crash
        // mid-write left a temporary file beside a photo in use.
        let half = photo(120);
        write_parts(&store.photo_folder(), &half).unwrap();
        let master = store.part_path(used.id, MASTER);
        let partial = master.with_file_name(format!(".{}.{MASTER}.123-4.partial", hex(used.id)));
        std::fs::write(&partial, b"half a photo").unwrap();
        assert!(!store.has_photo(half.id).unwrap());
        let report = store.check().unwrap();
        assert!(report.damage.contains(&Damage::UnusedPhotos { count: 1 }));
        store.repair(&report).unwrap();
        assert!(store.check().unwrap().damage.is_empty());
        let left: Vec<PhotoId> = store.photo_files().unwrap().iter().map(|f| f.0).collect();
        assert!(
            left.iter().all(|id| *id == used.id),
            "only the used photo's files stay"
        );
        // A used photo whose master file went missing is named as missing.
        std::fs::remove_file(store.part_path(used.id, MASTER)).unwrap();
        let report = store.check().unwrap();
        assert!(
            report
                .damage
                .iter()
                .any(|d| matches!(d, Damage::MissingPhoto { .. })),
            "{:?}",
            report.damage
        );
    }

    /// A photo with print-size copies.
    fn big_photo(seed: u32) -> Prepared {
        let img = image::RgbImage::from_fn(1800, 1350, |x, y| {
            let h = (x.wrapping_mul(2_654_435_761) ^ y.wrapping_mul(40_503) ^ seed) >> 24;
            image::Rgb([
                (h % 256) as u8,
                ((x + y) % 256) as u8,
                (seed * 40 % 256) as u8,
            ])
        });
        crate::photos::prepare(&crate::photos::encode_jpeg(&img, 95)).unwrap()
    }

    #[test]
    fn the_same_photo_added_by_several_threads_at_once_is_stored_once_and_whole() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let p = big_photo(7);
        std::thread::scope(|scope| {
            for _ in 0..4 {
                scope.spawn(|| store.put_photo(&p).unwrap());
            }
        });
        assert_eq!(store.photo_master(p.id).unwrap().unwrap(), p.master);
        assert_eq!(store.photo_ids().unwrap().len(), 1);
        let shard = store
            .part_path(p.id, MASTER)
            .parent()
            .unwrap()
            .to_path_buf();
        let files: Vec<_> = std::fs::read_dir(shard)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(
            files.len(),
            2 + p.print.len(),
            "no temporary file left: {files:?}"
        );
    }

    #[test]
    fn a_photo_reads_back_byte_for_byte_and_is_removed_whole() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let p = big_photo(1);
        assert!(!p.print.is_empty());
        store.put_photo(&p).unwrap();
        assert_eq!(store.photo_master(p.id).unwrap().unwrap(), p.master);
        assert_eq!(store.photo_thumb(p.id).unwrap().unwrap(), p.thumb);
        let (crop, edge, copy) = &p.print[0];
        assert!(
            !crop.is_full(),
            "the grid card's square part of a 4:3 photo"
        );
        assert_eq!(
            store.photo_print(p.id, *crop, *edge).unwrap().as_ref(),
            Some(copy)
        );
        assert!(
            store
                .photo_print(p.id, Crop::FULL, *edge)
                .unwrap()
                .is_none()
        );
        // A new print copy replaces the old one and its chunks.
        store
            .put_photo_print(p.id, *crop, *edge, b"new copy")
            .unwrap();
        assert_eq!(
            store.photo_print(p.id, *crop, *edge).unwrap().unwrap(),
            b"new copy"
        );
        let parts: u64 = (p.master.len() + p.thumb.len()) as u64
            + p.print[1..]
                .iter()
                .map(|(_, _, j)| j.len() as u64)
                .sum::<u64>()
            + 8;
        assert_eq!(store.photo_bytes().unwrap(), parts);
        store.remove_photos(&BTreeSet::from([p.id])).unwrap();
        assert!(store.photo_files().unwrap().is_empty(), "no file left");
        assert!(store.photo_master(p.id).unwrap().is_none());
        assert!(store.photo_ids().unwrap().is_empty());
    }

    /// Opens the sled database under a store, waiting for a store just closed to let go.
    fn raw_db(dir: &std::path::Path) -> sled::Db {
        for _ in 0..100 {
            if let Ok(db) = sled::Config::new().path(dir).open() {
                return db;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        panic!("the store stayed locked");
    }

    #[test]
    fn a_schema_1_store_with_a_tree_per_photo_is_upgraded_keeping_every_byte() {
        use crate::storage::schema::{self, ALL_TREES, tree_name};
        let dir = tempfile::tempdir().unwrap();
        let photos = [big_photo(2), big_photo(3)];
        let skus = {
            let store = Store::open(dir.path()).unwrap();
            for p in &photos {
                store.put_photo(p).unwrap();
            }
            let mut changes = crate::sample::sample_changes(
                &store.categories().unwrap(),
                crate::domain::Date::new(2026, 11, 28).unwrap(),
            );
            changes.products[0].photos = vec![photos[0].id, photos[1].id];
            store.apply(&changes).unwrap();
            let mut skus: Vec<String> = store
                .products()
                .unwrap()
                .into_iter()
                .map(|p| p.sku)
                .collect();
            skus.sort();
            skus
        };
        // Turned back into schema 1: records under `v1.` names, each photo in a tree of its own.
        {
            let db = raw_db(dir.path());
            for name in ALL_TREES {
                let (new, old) = (
                    db.open_tree(tree_name(schema::CURRENT_VERSION, name))
                        .unwrap(),
                    db.open_tree(tree_name(1, name)).unwrap(),
                );
                for entry in new.iter() {
                    let (k, v) = entry.unwrap();
                    old.insert(k, v).unwrap();
                }
            }
            for tree in ALL_TREES {
                db.drop_tree(tree_name(schema::CURRENT_VERSION, tree))
                    .unwrap();
            }
            for p in &photos {
                let tree = db.open_tree(legacy::tree_name(p.id)).unwrap();
                tree.insert(b"m", p.master.as_slice()).unwrap();
                tree.insert(b"t", p.thumb.as_slice()).unwrap();
                for (_, edge, jpeg) in &p.print {
                    let mut key = b"p".to_vec();
                    key.extend_from_slice(&edge.to_be_bytes());
                    tree.insert(key, jpeg.as_slice()).unwrap();
                }
            }
            schema::set_version(&db, 1).unwrap();
        }
        std::fs::remove_dir_all(dir.path().join(FOLDER)).unwrap();
        let store = Store::open(dir.path()).unwrap();
        let mut skus_now: Vec<String> = store
            .products()
            .unwrap()
            .into_iter()
            .map(|p| p.sku)
            .collect();
        skus_now.sort();
        assert_eq!(skus_now, skus);
        for p in &photos {
            assert_eq!(store.photo_master(p.id).unwrap().unwrap(), p.master);
            assert_eq!(store.photo_thumb(p.id).unwrap().unwrap(), p.thumb);
            // Schema 1 kept whole-photo copies only.
            for (_, edge, jpeg) in &p.print {
                assert_eq!(
                    &store.photo_print(p.id, Crop::FULL, *edge).unwrap().unwrap(),
                    jpeg
                );
            }
        }
        assert_eq!(store.photo_ids().unwrap().len(), 2);
        assert!(store.check().unwrap().damage.is_empty());
        let names: Vec<String> = store
            .db
            .tree_names()
            .iter()
            .map(|n| String::from_utf8_lossy(n).to_string())
            .collect();
        assert!(
            !names
                .iter()
                .any(|n| n.starts_with(legacy::PREFIX) || n.starts_with("v1.")),
            "{names:?}"
        );
    }
}
