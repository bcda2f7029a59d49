//! Photo blobs in the `photos` tree, content-addressed: the key is the photo's id (the SHA-256 of
//! its master JPEG) followed by one byte naming the part: `m` master, `t` thumbnail, `i` size.
//! All parts of a photo are written in one batch and flushed before the record that refers to it
//! is saved, so a crash never leaves a product pointing at a missing photo.

use super::{Store, StoreError};
use crate::domain::PhotoId;
use crate::photos::Prepared;
use std::collections::BTreeSet;

const MASTER: u8 = b'm';
const THUMB: u8 = b't';
const INFO: u8 = b'i';

fn key(id: PhotoId, part: u8) -> [u8; 33] {
    let mut k = [0u8; 33];
    k[..32].copy_from_slice(&id.0);
    k[32] = part;
    k
}

/// The photo a key belongs to.
pub(crate) fn id_of_key(key: &[u8]) -> Option<PhotoId> {
    let id: [u8; 32] = key.get(..32)?.try_into().ok()?;
    Some(PhotoId(id))
}

/// Pixel size of a stored master.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PhotoSize {
    pub width: u32,
    pub height: u32,
}

impl Store {
    /// Stores a prepared photo (nothing happens when it is there already) and flushes.
    pub fn put_photo(&self, photo: &Prepared) -> Result<(), StoreError> {
        if self.has_photo(photo.id)? {
            return Ok(());
        }
        let size = PhotoSize {
            width: photo.width,
            height: photo.height,
        };
        let info = postcard::to_stdvec(&size).expect("a size encodes");
        let mut batch = sled::Batch::default();
        batch.insert(&key(photo.id, MASTER)[..], photo.master.as_slice());
        batch.insert(&key(photo.id, THUMB)[..], photo.thumb.as_slice());
        batch.insert(&key(photo.id, INFO)[..], info);
        self.photos.apply_batch(batch)?;
        self.photos.flush()?;
        Ok(())
    }

    pub fn has_photo(&self, id: PhotoId) -> Result<bool, StoreError> {
        Ok(self.photos.contains_key(key(id, MASTER))?)
    }

    /// The master JPEG's bytes.
    pub fn photo_master(&self, id: PhotoId) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.photos.get(key(id, MASTER))?.map(|v| v.to_vec()))
    }

    /// The thumbnail JPEG's bytes.
    pub fn photo_thumb(&self, id: PhotoId) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.photos.get(key(id, THUMB))?.map(|v| v.to_vec()))
    }

    pub fn photo_size(&self, id: PhotoId) -> Result<Option<PhotoSize>, StoreError> {
        match self.photos.get(key(id, INFO))? {
            None => Ok(None),
            Some(v) => postcard::from_bytes(&v)
                .map(Some)
                .map_err(|_| StoreError::Damaged { kind: "photo" }),
        }
    }

    /// Every stored photo.
    pub fn photo_ids(&self) -> Result<BTreeSet<PhotoId>, StoreError> {
        let mut ids = BTreeSet::new();
        for k in self.photos.iter().keys() {
            if let Some(id) = id_of_key(&k?) {
                ids.insert(id);
            }
        }
        Ok(ids)
    }

    /// Bytes of all stored photo parts (masters and thumbnails).
    pub fn photo_bytes(&self) -> Result<u64, StoreError> {
        let mut total = 0u64;
        for entry in self.photos.iter() {
            total += entry?.1.len() as u64;
        }
        Ok(total)
    }

    /// Removes these photos, all their parts.
    pub(crate) fn remove_photos(&self, ids: &BTreeSet<PhotoId>) -> Result<(), StoreError> {
        let mut batch = sled::Batch::default();
        for k in self.photos.iter().keys() {
            let k = k?;
            if id_of_key(&k).is_some_and(|id| ids.contains(&id)) {
                batch.remove(k);
            }
        }
        self.photos.apply_batch(batch)?;
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
