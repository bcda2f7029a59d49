//! The printable catalogue (PDF): choose and order the products, lay them out as a page model
//! (`layout`), make print-size photo copies once and keep them in the store, then write the PDF
//! (`writer`). The command line and the app run the same `export`.

pub mod fonts;
pub mod layout;
pub mod model;
pub mod writer;

use crate::domain::{Catalogue, Date, Lang, PhotoId, Product, Settings};
use crate::i18n::Translator;
use crate::storage::{Store, StoreError};
use std::collections::HashMap;
use std::sync::Arc;

/// How products are laid out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Layout {
    #[default]
    Grid,
    List,
    Sheet,
}

impl Layout {
    pub fn parse(text: &str) -> Option<Layout> {
        match text.trim().to_lowercase().as_str() {
            "grid" => Some(Layout::Grid),
            "list" => Some(Layout::List),
            "sheet" => Some(Layout::Sheet),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// Width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }

    pub fn parse(text: &str) -> Option<Paper> {
        match text.trim().to_lowercase().as_str() {
            "a4" => Some(Paper::A4),
            "letter" => Some(Paper::Letter),
            _ => None,
        }
    }
}

/// What goes into the catalogue and how.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    pub lang: Lang,
    pub layout: Layout,
    pub paper: Paper,
    pub prices: bool,
    /// Category names (either language, any case); empty = all.
    pub categories: Vec<String>,
    /// Producer (pesantren) names; empty = all.
    pub producers: Vec<String>,
    pub featured_only: bool,
    /// Sections (and the contents) by producer instead of by category.
    pub by_producer: bool,
    /// Only these products (the app's selection or filter); `None` = all.
    pub only: Option<Vec<crate::domain::ProductId>>,
    /// The date on the cover and for the halal rule; today when `None`.
    pub date: Option<Date>,
}

/// Something the export noticed about the products that went in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Exporting in English, and the product's English name or description is empty (the
    /// Indonesian stands in).
    NotTranslated {
        sku: String,
    },
    NoPhoto {
        sku: String,
    },
    /// A stored photo could not be read (a damaged store): it is left out; `check` says more.
    PhotoUnreadable {
        sku: String,
    },
    NoPrice {
        sku: String,
    },
    /// Marked certified, but the certificate has expired: the PDF makes no halal claim for it.
    HalalExpired {
        sku: String,
    },
    /// Marked certified with a number in no known form: no halal claim either.
    HalalNumberInvalid {
        sku: String,
    },
}

impl Notice {
    /// The product the notice is about.
    pub fn sku(&self) -> &str {
        match self {
            Notice::NotTranslated { sku }
            | Notice::NoPhoto { sku }
            | Notice::PhotoUnreadable { sku }
            | Notice::NoPrice { sku }
            | Notice::HalalExpired { sku }
            | Notice::HalalNumberInvalid { sku } => sku,
        }
    }
}

impl Options {
    /// The day the catalogue is dated and judged on (halal validity): `--date`, else today.
    pub fn day(&self) -> Date {
        self.date.unwrap_or_else(crate::clock::today)
    }
}

/// The products chosen by `options`, in catalogue order (category order, then SKU), with what
/// is missing from them.
pub fn choose<'a>(source: &'a Catalogue, options: &Options) -> (Vec<&'a Product>, Vec<Notice>) {
    use crate::domain::parse::match_key;
    let wanted = |list: &[String], names: &[&str]| {
        list.is_empty()
            || list
                .iter()
                .any(|w| names.iter().any(|n| match_key(n) == match_key(w)))
    };
    let producers: HashMap<_, _> = source.producers.iter().map(|p| (p.id, p)).collect();
    let categories: HashMap<_, _> = source.categories.iter().map(|c| (c.id, c)).collect();
    let only: Option<std::collections::HashSet<_>> =
        options.only.as_ref().map(|ids| ids.iter().collect());
    let mut chosen: Vec<&Product> = source
        .products
        .iter()
        .filter(|p| !p.hidden)
        .filter(|p| !options.featured_only || p.featured)
        .filter(|p| only.as_ref().is_none_or(|ids| ids.contains(&p.id)))
        .filter(|p| {
            let c = categories.get(&p.category);
            let names: Vec<&str> = c
                .map(|c| vec![c.name.id.as_str(), c.name.en.as_str()])
                .unwrap_or_default();
            wanted(&options.categories, &names)
        })
        .filter(|p| {
            let names: Vec<&str> = producers
                .get(&p.producer)
                .map(|x| vec![x.pesantren.as_str()])
                .unwrap_or_default();
            wanted(&options.producers, &names)
        })
        .collect();
    let natural = crate::domain::sort::natural_cmp;
    chosen.sort_by(|a, b| {
        let order = |p: &Product| {
            categories
                .get(&p.category)
                .map(|c| c.sort_order)
                .unwrap_or(u32::MAX)
        };
        let producer = |p: &Product| {
            producers
                .get(&p.producer)
                .map(|x| x.pesantren.as_str())
                .unwrap_or_default()
        };
        let by_producer = if options.by_producer {
            natural(producer(a), producer(b))
        } else {
            std::cmp::Ordering::Equal
        };
        by_producer
            .then_with(|| order(a).cmp(&order(b)))
            .then_with(|| natural(&a.sku, &b.sku))
    });
    let mut notices = Vec::new();
    let today = options.day();
    for p in &chosen {
        let sku = p.sku.clone();
        match p.halal.dropped_claim(today) {
            Some(crate::domain::halal::HalalLabel::Expired) => {
                notices.push(Notice::HalalExpired { sku: sku.clone() })
            }
            Some(_) => notices.push(Notice::HalalNumberInvalid { sku: sku.clone() }),
            None => {}
        }
        if options.lang == Lang::En && p.english_missing() {
            notices.push(Notice::NotTranslated { sku: sku.clone() });
        }
        if p.photos.is_empty() {
            notices.push(Notice::NoPhoto { sku: sku.clone() });
        }
        if options.prices && p.price.is_none() {
            notices.push(Notice::NoPrice { sku });
        }
    }
    (chosen, notices)
}

/// Lays out the chosen products (one section per category, or per producer).
pub fn build(
    source: &Catalogue,
    chosen: &[&Product],
    options: &Options,
    tr: &Translator,
    photo_sizes: &HashMap<PhotoId, (u32, u32)>,
    measure: &fonts::Measure,
) -> model::Document {
    let producers: HashMap<_, _> = source.producers.iter().map(|p| (p.id, p)).collect();
    let mut sections: Vec<layout::Section> = Vec::new();
    for p in chosen {
        let producer = producers.get(&p.producer).copied();
        let title = if options.by_producer {
            producer.map(|x| x.pesantren.clone()).unwrap_or_default()
        } else {
            let category = source.categories.iter().find(|c| c.id == p.category);
            category
                .map(|c| c.name.shown(options.lang).to_string())
                .unwrap_or_default()
        };
        let entry = layout::Entry {
            product: p,
            producer,
            order_link: crate::domain::order::order_link(
                &source.settings,
                producer,
                p,
                options.lang,
            ),
        };
        match sections.last_mut() {
            Some(s) if s.title == title => s.entries.push(entry),
            _ => sections.push(layout::Section {
                title,
                entries: vec![entry],
            }),
        }
    }
    let settings = &source.settings;
    let title = settings.cover_title.shown(options.lang).to_string();
    let input = layout::Input {
        tr,
        layout: options.layout,
        paper: options.paper,
        prices: options.prices,
        date: options.day(),
        title,
        publisher: settings.publisher_name.clone(),
        publisher_logo: settings.publisher_logo,
        sections,
        photo_sizes,
    };
    layout::layout(&input, measure)
}

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
        let mut needed: Vec<(PhotoId, u32)> = Vec::new();
        for page in &doc.pages {
            for item in &page.items {
                if let model::Item::Image { photo, edge, .. } = item {
                    let long = self.sizes.get(photo).map(|(w, h)| *w.max(h)).unwrap_or(0);
                    if *edge < long
                        && !needed.contains(&(*photo, *edge))
                        && self.store.photo_print(*photo, *edge)?.is_none()
                    {
                        needed.push((*photo, *edge));
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
            |&(photo, edge)| match self.make_copy(photo, edge) {
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

    fn make_copy(&self, photo: PhotoId, edge: u32) -> Result<(), StoreError> {
        // The thumbnail is source enough for small copies (the price list's).
        let source = if edge <= crate::photos::THUMB_EDGE {
            self.store.photo_thumb(photo)?
        } else {
            self.store.photo_master(photo)?
        };
        let Some(master) = source else {
            return Ok(());
        };
        // A master that cannot be decoded is left out of the PDF, not fatal.
        if let Ok(image) = crate::photos::decode_for_display(&master, edge) {
            let jpeg = crate::photos::encode_jpeg(&image, crate::photos::PRINT_QUALITY);
            self.store.put_photo_print(photo, edge, &jpeg)?;
        }
        Ok(())
    }
}

impl writer::Photos for StorePhotos<'_> {
    fn jpeg(&self, photo: PhotoId, edge: u32) -> Option<Arc<Vec<u8>>> {
        let long = self.sizes.get(&photo).map(|(w, h)| *w.max(h))?;
        let bytes = if edge >= long {
            self.store.photo_master(photo)
        } else {
            self.store.photo_print(photo, edge)
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
    let mut out = HashMap::new();
    let ids = chosen
        .iter()
        .flat_map(|p| p.photos.iter().take(4))
        .chain(settings.publisher_logo.iter());
    for id in ids {
        if let Some(s) = store.photo_size(*id)? {
            out.insert(*id, (s.width, s.height));
        }
    }
    Ok(out)
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

/// Why an export did not finish.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Write(#[from] writer::WriteError),
}

/// What an export made.
pub struct Exported {
    /// The PDF, or `None` when cancelled.
    pub pdf: Option<Vec<u8>>,
    pub notices: Vec<Notice>,
    /// How many products went in.
    pub products: usize,
}

/// The whole export: choose, lay out, prepare photos, write. Returns the PDF bytes (or `None`
/// when cancelled) and the notices. `progress(done, total)` covers photos then pages.
pub fn export(
    store: &Store,
    options: &Options,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<Exported, ExportError> {
    let source = store.catalogue()?;
    let Laid {
        doc,
        notices,
        chosen,
        sizes,
    } = lay_out(store, &source, options)?;
    let photos = StorePhotos::new(store, &sizes);
    let pages = doc.pages.len();
    // One count over both steps: photo copies made, then pages written.
    let mut copies = 0;
    let prepared = photos.prepare(&doc, &mut |d, t| {
        copies = t;
        progress(d, t + pages)
    })?;
    if !prepared {
        return Ok(Exported {
            pdf: None,
            notices,
            products: chosen.len(),
        });
    }
    let pdf = writer::write(&doc, &photos, &mut |d, t| progress(copies + d, copies + t))?;
    let mut notices = notices;
    let unreadable = photos
        .unreadable
        .into_inner()
        .expect("no panic while holding");
    for p in chosen
        .iter()
        .filter(|p| p.photos.iter().any(|id| unreadable.contains(id)))
    {
        notices.push(Notice::PhotoUnreadable { sku: p.sku.clone() });
    }
    Ok(Exported {
        pdf,
        notices,
        products: chosen.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paper_and_layout_words() {
        assert_eq!(Layout::parse("Sheet"), Some(Layout::Sheet));
        assert_eq!(Layout::parse("poster"), None);
        assert_eq!(Paper::parse("LETTER"), Some(Paper::Letter));
        assert_eq!(Paper::A4.size().0.round(), 595.0);
    }
}
