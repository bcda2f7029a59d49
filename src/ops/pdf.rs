//! The printable catalogue from the store: the photos' pixel sizes, print-size copies made once
//! (on all cores) and kept in the store, the layout the Export screen previews, and the whole
//! export the command line and the window's job both run; the grant profile writes its photos and
//! pages the same way ([`write_with_photos`]). The page model and the PDF writer are in
//! `crate::pdf` and never touch the store.

use super::export::ExportFailure;
use crate::domain::photo::Crop;
use crate::domain::{Catalogue, PhotoId, Product, Settings};
use crate::i18n::Translator;
use crate::pdf::{Notice, Options, build, choose, fonts, model, writer};
use crate::storage::{Store, StoreError};
use std::collections::HashMap;
use std::sync::Arc;

/// Reads photos for the writer: the master when it is already small enough, else a print-size
/// copy kept in the store.
pub struct StorePhotos<'a> {
    pub store: &'a Store,
    pub sizes: &'a HashMap<PhotoId, (u32, u32)>,
    /// Photos that could not be read while writing (left out of the PDF, and said so).
    pub unreadable: std::sync::Mutex<Vec<PhotoId>>,
}

impl<'a> StorePhotos<'a> {
    pub fn new(store: &'a Store, sizes: &'a HashMap<PhotoId, (u32, u32)>) -> Self {
        StorePhotos {
            store,
            sizes,
            unreadable: std::sync::Mutex::new(Vec::new()),
        }
    }
}

impl StorePhotos<'_> {
    /// Makes the print-size copies a document needs and does not have yet, on all cores.
    /// `progress(done, total)` may cancel (returns false).
    pub fn prepare(
        &self,
        doc: &model::Document,
        progress: &mut dyn FnMut(usize, usize) -> bool,
    ) -> Result<bool, StoreError> {
        let mut needed: Vec<(PhotoId, Crop, u32)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for page in &doc.pages {
            for item in &page.items {
                if let model::Item::Image {
                    photo, crop, edge, ..
                } = item
                {
                    let key = (*photo, *crop, *edge);
                    if seen.insert(key)
                        && !self.is_master(*photo, *crop, *edge)
                        && self.store.photo_print(*photo, *crop, *edge)?.is_none()
                    {
                        needed.push(key);
                    }
                }
            }
        }
        let total = needed.len();
        if total == 0 {
            return Ok(true);
        }
        // The first failure is kept and stops the work; a cancel stops it too.
        let failed = std::sync::Mutex::new(None);
        let copied = crate::workers::map(
            &needed,
            crate::workers::cores(),
            |&(photo, crop, edge)| match self.make_copy(photo, crop, edge) {
                Ok(()) => true,
                Err(e) => {
                    failed
                        .lock()
                        .expect("no panic while holding")
                        .get_or_insert(e);
                    false
                }
            },
            &mut |ok, done, total| ok.is_none_or(|ok| *ok) && progress(done, total),
        );
        if let Some(e) = failed.into_inner().expect("no panic while holding") {
            return Err(e);
        }
        Ok(copied.is_some())
    }

    /// Whether the copy asked for is the master itself: the whole photo at its full size.
    fn is_master(&self, photo: PhotoId, crop: Crop, edge: u32) -> bool {
        let long = self.sizes.get(&photo).map(|(w, h)| *w.max(h)).unwrap_or(0);
        crop.is_full() && edge >= long
    }

    fn make_copy(&self, photo: PhotoId, crop: Crop, edge: u32) -> Result<(), StoreError> {
        // The thumbnail is source enough when its part has the pixels (the price list's).
        let (w, h) = self.sizes.get(&photo).copied().unwrap_or((0, 0));
        let (tw, th) = crate::photos::fit(w, h, crate::photos::THUMB_EDGE);
        let source = if crop.long_edge(tw, th) >= edge {
            self.store.photo_thumb(photo)?
        } else {
            self.store.photo_master(photo)?
        };
        let Some(bytes) = source else {
            return Ok(());
        };
        // A master that cannot be decoded is left out of the PDF, not fatal.
        if let Ok(image) = crate::photos::decode_for_display(&bytes, u32::MAX) {
            let jpeg = crate::photos::print_copy(&image, crop, edge);
            self.store.put_photo_print(photo, crop, edge, &jpeg)?;
        }
        Ok(())
    }
}

impl writer::Photos for StorePhotos<'_> {
    fn jpeg(&self, photo: PhotoId, crop: Crop, edge: u32) -> Option<Arc<Vec<u8>>> {
        self.sizes.get(&photo)?;
        let bytes = if self.is_master(photo, crop, edge) {
            self.store.photo_master(photo)
        } else {
            self.store.photo_print(photo, crop, edge)
        };
        match bytes {
            Ok(Some(bytes)) => Some(Arc::new(bytes)),
            _ => {
                let mut unreadable = self.unreadable.lock().expect("no panic while holding");
                if !unreadable.contains(&photo) {
                    unreadable.push(photo);
                }
                None
            }
        }
    }
}

/// Pixel sizes of every photo the chosen products and the cover use.
pub fn photo_sizes(
    store: &Store,
    chosen: &[&Product],
    settings: &Settings,
) -> Result<HashMap<PhotoId, (u32, u32)>, StoreError> {
    let ids = chosen
        .iter()
        .flat_map(|p| p.photos.iter().take(4))
        .chain(settings.publisher_logo.iter());
    sizes_of(store, ids)
}

/// Pixel sizes of the photos `ids` (those the store knows).
pub fn sizes_of<'a>(
    store: &Store,
    ids: impl IntoIterator<Item = &'a PhotoId>,
) -> Result<HashMap<PhotoId, (u32, u32)>, StoreError> {
    let mut out = HashMap::new();
    for id in ids {
        if let Some(s) = store.photo_size(*id)? {
            out.insert(*id, (s.width, s.height));
        }
    }
    Ok(out)
}

/// A document written with its photos: the PDF (`None` when cancelled) and the photos that could
/// not be read (left out of it).
pub struct Written {
    pub pdf: Option<Vec<u8>>,
    pub unreadable: Vec<PhotoId>,
}

/// Makes the print-size copies `doc` needs, then writes it. `progress(done, total)` counts the
/// copies made, then the pages written, as one count, and cancels by returning false.
pub fn write_with_photos(
    store: &Store,
    doc: &model::Document,
    sizes: &HashMap<PhotoId, (u32, u32)>,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<Written, ExportFailure> {
    let photos = StorePhotos::new(store, sizes);
    let pages = doc.pages.len();
    let mut copies = 0;
    let prepared = photos.prepare(doc, &mut |d, t| {
        copies = t;
        progress(d, t + pages)
    })?;
    if !prepared {
        return Ok(Written {
            pdf: None,
            unreadable: Vec::new(),
        });
    }
    let pdf = writer::write(doc, &photos, &mut |d, t| progress(copies + d, copies + t))?;
    let unreadable = photos
        .unreadable
        .into_inner()
        .expect("no panic while holding");
    Ok(Written { pdf, unreadable })
}

/// A catalogue laid out: the pages, what is missing from the products, the products chosen and
/// their photos' pixel sizes.
pub struct Laid<'a> {
    pub doc: model::Document,
    pub notices: Vec<Notice>,
    pub chosen: Vec<&'a Product>,
    pub sizes: HashMap<PhotoId, (u32, u32)>,
}

/// Chooses the products `options` ask for and lays them out: what the export writes and the
/// Export screen previews.
pub fn lay_out<'a>(
    store: &Store,
    source: &'a Catalogue,
    options: &Options,
) -> Result<Laid<'a>, StoreError> {
    let tr = Translator::new(options.lang);
    let (chosen, notices) = choose(source, options);
    let sizes = photo_sizes(store, &chosen, &source.settings)?;
    let measure = fonts::Measure::new();
    let doc = build(source, &chosen, options, &tr, &sizes, &measure);
    Ok(Laid {
        doc,
        notices,
        chosen,
        sizes,
    })
}

/// What an export made.
pub struct Made {
    /// The PDF, or `None` when cancelled.
    pub pdf: Option<Vec<u8>>,
    pub notices: Vec<Notice>,
    /// How many products went in.
    pub products: usize,
}

/// The whole export: choose, lay out, prepare photos, write. Returns the PDF bytes (or `None`
/// when cancelled) and the notices. `progress(done, total)` covers photos then pages.
pub fn make(
    store: &Store,
    options: &Options,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<Made, ExportFailure> {
    let source = store.catalogue()?;
    let Laid {
        doc,
        notices,
        chosen,
        sizes,
    } = lay_out(store, &source, options)?;
    let Written { pdf, unreadable } = write_with_photos(store, &doc, &sizes, progress)?;
    let mut notices = notices;
    for p in chosen
        .iter()
        .filter(|p| p.photos.iter().any(|id| unreadable.contains(id)))
    {
        notices.push(Notice::PhotoUnreadable { sku: p.sku.clone() });
    }
    Ok(Made {
        pdf,
        notices,
        products: chosen.len(),
    })
}
