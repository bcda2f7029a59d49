//! Photo blobs, content-addressed: a photo's id is the SHA-256 of its master JPEG. Each photo has
//! its own small sled tree (`photo-<hex id>`) holding its bytes: `m` master, `t` thumbnail. One
//! tree per photo matters: in a shared tree sled rewrites a leaf with up to 16 photos in it
//! whenever one of them changes, which measured 2.5 times the photo bytes on disk; alone, a
//! photo is written once (1.0 times). The `photos` tree is the index: id -> pixel size, written
//! only after the photo's bytes are flushed, so an entry there means a complete photo. All of it
//! is flushed before any record refers to the photo: a crash never leaves a product pointing at
//! a missing photo.

use super::{Store, StoreError};
use crate::domain::PhotoId;
use crate::photos::Prepared;
use std::collections::BTreeSet;

const MASTER: &[u8] = b"m";
const THUMB: &[u8] = b"t";
const PREFIX: &str = "photo-";

fn tree_name(id: PhotoId) -> String {
    let mut name = String::with_capacity(PREFIX.len() + 64);
    name.push_str(PREFIX);
    for b in id.0 {
        name.push_str(&format!("{b:02x}"));
    }
    name
}

/// The photo a tree name belongs to.
fn id_of_tree(name: &[u8]) -> Option<PhotoId> {
    let hex = name.strip_prefix(PREFIX.as_bytes())?;
    if hex.len() != 64 {
        return None;
    }
    let mut id = [0u8; 32];
    for (i, pair) in hex.chunks(2).enumerate() {
        let text = std::str::from_utf8(pair).ok()?;
        id[i] = u8::from_str_radix(text, 16).ok()?;
    }
    Some(PhotoId(id))
}

/// Pixel size of a stored master.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PhotoSize {
    pub width: u32,
    pub height: u32,
}

/// The key of a print-size copy: `p` and the edge in pixels.
fn print_key(edge: u32) -> Vec<u8> {
    let mut key = b"p".to_vec();
    key.extend_from_slice(&edge.to_be_bytes());
    key
}

impl Store {
    fn photo_part(&self, id: PhotoId, part: &[u8]) -> Result<Option<sled::IVec>, StoreError> {
        if !self.has_photo(id)? {
            return Ok(None);
        }
        Ok(self.db.open_tree(tree_name(id))?.get(part)?)
    }

    /// Stores a prepared photo (nothing happens when it is there already) and flushes.
    pub fn put_photo(&self, photo: &Prepared) -> Result<(), StoreError> {
        if self.has_photo(photo.id)? {
            return Ok(());
        }
        let size = PhotoSize {
            width: photo.width,
            height: photo.height,
        };
        let tree = self.db.open_tree(tree_name(photo.id))?;
        let mut batch = sled::Batch::default();
        batch.insert(MASTER, photo.master.as_slice());
        batch.insert(THUMB, photo.thumb.as_slice());
        for (edge, jpeg) in &photo.print {
            batch.insert(print_key(*edge), jpeg.as_slice());
        }
        tree.apply_batch(batch)?;
        tree.flush()?;
        let info = postcard::to_stdvec(&size).expect("a size encodes");
        self.photos.insert(photo.id.0, info)?;
        self.photos.flush()?;
        Ok(())
    }

    /// Whether the photo is stored, complete.
    pub fn has_photo(&self, id: PhotoId) -> Result<bool, StoreError> {
        Ok(self.photos.contains_key(id.0)?)
    }

    /// The master JPEG's bytes.
    pub fn photo_master(&self, id: PhotoId) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.photo_part(id, MASTER)?.map(|v| v.to_vec()))
    }

    /// The thumbnail JPEG's bytes.
    pub fn photo_thumb(&self, id: PhotoId) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.photo_part(id, THUMB)?.map(|v| v.to_vec()))
    }

    /// A print-size copy (at most `edge` px on the long side) made earlier by the PDF export.
    pub fn photo_print(&self, id: PhotoId, edge: u32) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.photo_part(id, &print_key(edge))?.map(|v| v.to_vec()))
    }

    /// Keeps a print-size copy beside the photo's master, so that later exports pass its bytes
    /// through. Removed with the photo.
    pub fn put_photo_print(&self, id: PhotoId, edge: u32, jpeg: &[u8]) -> Result<(), StoreError> {
        if !self.has_photo(id)? {
            return Ok(());
        }
        let tree = self.db.open_tree(tree_name(id))?;
        tree.insert(print_key(edge), jpeg)?;
        tree.flush()?;
        Ok(())
    }

    pub fn photo_size(&self, id: PhotoId) -> Result<Option<PhotoSize>, StoreError> {
        match self.photos.get(id.0)? {
            None => Ok(None),
            Some(v) => postcard::from_bytes(&v)
                .map(Some)
                .map_err(|_| StoreError::Damaged { kind: "photo" }),
        }
    }

    /// Every photo stored, and any left half-written by a crash (those have a tree but no index
    /// entry).
    pub fn photo_ids(&self) -> Result<BTreeSet<PhotoId>, StoreError> {
        let mut ids: BTreeSet<PhotoId> = self
            .db
            .tree_names()
            .iter()
            .filter_map(|n| id_of_tree(n))
            .collect();
        for k in self.photos.iter().keys() {
            if let Ok(id) = <[u8; 32]>::try_from(k?.as_ref()) {
                ids.insert(PhotoId(id));
            }
        }
        Ok(ids)
    }

    /// Bytes of all stored photo parts (masters and thumbnails).
    pub fn photo_bytes(&self) -> Result<u64, StoreError> {
        let mut total = 0u64;
        for id in self.photo_ids()? {
            for entry in self.db.open_tree(tree_name(id))?.iter() {
                total += entry?.1.len() as u64;
            }
        }
        Ok(total)
    }

    /// Removes these photos, all their parts (index entry first).
    pub(crate) fn remove_photos(&self, ids: &BTreeSet<PhotoId>) -> Result<(), StoreError> {
        for id in ids {
            self.photos.remove(id.0)?;
            self.db.drop_tree(tree_name(*id))?;
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
        let mut changes = crate::sample::sample_changes(&store.categories().unwrap());
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
    }
}
