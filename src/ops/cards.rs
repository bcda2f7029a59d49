//! Social-media cards from the store: which products get one (the PDF's filters, plus SKUs),
//! the photo copies they are drawn from (made once from the master and kept in the store beside
//! the PDF's print copies), the files (`SKU-size.png`, `SKU.txt`, `captions.txt`) written whole
//! on all cores with progress and cancel, the live preview the window redraws, and the caption
//! it copies. The card model, its layout and the raster writer are in `crate::cards` and never
//! touch the store.

use super::export::ExportFailure;
use crate::cards::{self, CardOptions, layout, raster, text};
use crate::domain::photo::Crop;
use crate::domain::{Catalogue, PhotoId, Product, ProductId};
use crate::fsio::write_atomically;
use crate::storage::{Store, StoreError};
use image::{RgbImage, RgbaImage};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Which products get a card: the PDF catalogue's choices, and SKUs. Empty lists choose all;
/// hidden products never get one.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filters {
    /// Category names (either language, any case).
    pub categories: Vec<String>,
    /// Producer (pesantren) names.
    pub producers: Vec<String>,
    pub featured_only: bool,
    /// SKUs (any case).
    pub skus: Vec<String>,
    /// Only these products (the window's selection); `None` = all.
    pub only: Option<Vec<ProductId>>,
}

/// Something the export noticed about a product, named in its report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// No photo: the card is the designed one in the category's tint.
    NoPhoto { sku: String },
    /// A stored photo could not be read: the card shows the category's tint instead.
    PhotoUnreadable { sku: String },
    /// Prices are shown but this product has none: no price line.
    NoPrice { sku: String },
    /// Neither its producer nor the publisher has a WhatsApp number: no QR code, no order line.
    NoNumber { sku: String },
    /// Marked certified, but the certificate has expired: no halal claim on the card.
    HalalExpired { sku: String },
    /// Marked certified with a number in no known form: no halal claim either.
    HalalNumberInvalid { sku: String },
    /// In English, but the name or description has no English (the Indonesian stands in).
    NotTranslated { sku: String },
    /// Hidden: no card.
    Hidden { sku: String },
    /// Asked for by SKU, but the catalogue has no such product.
    UnknownSku { sku: String },
}

impl Notice {
    /// The product the notice is about.
    pub fn sku(&self) -> &str {
        match self {
            Notice::NoPhoto { sku }
            | Notice::PhotoUnreadable { sku }
            | Notice::NoPrice { sku }
            | Notice::NoNumber { sku }
            | Notice::HalalExpired { sku }
            | Notice::HalalNumberInvalid { sku }
            | Notice::NotTranslated { sku }
            | Notice::Hidden { sku }
            | Notice::UnknownSku { sku } => sku,
        }
    }
}

/// What an export wrote.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// How many cards (each with its caption file).
    pub written: usize,
    /// The card images, in catalogue order.
    pub files: Vec<PathBuf>,
    pub notices: Vec<Notice>,
}

/// Why a preview could not be drawn.
#[derive(Debug)]
pub enum PreviewError {
    Store(StoreError),
    /// The product is not in the catalogue given.
    NoSuchProduct,
}

impl From<StoreError> for PreviewError {
    fn from(e: StoreError) -> Self {
        PreviewError::Store(e)
    }
}

fn pdf_options(options: &CardOptions, filters: &Filters) -> crate::pdf::Options {
    crate::pdf::Options {
        lang: options.lang,
        prices: options.prices,
        categories: filters.categories.clone(),
        producers: filters.producers.clone(),
        featured_only: filters.featured_only,
        only: filters.only.clone(),
        date: options.date,
        ..crate::pdf::Options::default()
    }
}

/// The products `filters` choose, in catalogue order (category, then SKU), with what the report
/// says about them (and about hidden products and unknown SKUs the filters name).
pub fn choose<'a>(
    source: &'a Catalogue,
    options: &CardOptions,
    filters: &Filters,
) -> (Vec<&'a Product>, Vec<Notice>) {
    use crate::domain::parse::match_key;
    let pdf_options = pdf_options(options, filters);
    let (mut chosen, pdf_notices) = crate::pdf::choose(source, &pdf_options);
    let skus: HashSet<String> = filters.skus.iter().map(|s| match_key(s)).collect();
    if !skus.is_empty() {
        chosen.retain(|p| skus.contains(&match_key(&p.sku)));
    }
    let kept: HashSet<&str> = chosen.iter().map(|p| p.sku.as_str()).collect();
    let mut notices = Vec::new();
    for n in pdf_notices {
        use crate::pdf::Notice as Pdf;
        let notice = match n {
            Pdf::NotTranslated { sku } => Notice::NotTranslated { sku },
            Pdf::NoPhoto { sku } => Notice::NoPhoto { sku },
            Pdf::PhotoUnreadable { sku } => Notice::PhotoUnreadable { sku },
            Pdf::NoPrice { sku } => Notice::NoPrice { sku },
            Pdf::HalalExpired { sku } => Notice::HalalExpired { sku },
            Pdf::HalalNumberInvalid { sku } => Notice::HalalNumberInvalid { sku },
        };
        if kept.contains(notice.sku()) {
            notices.push(notice);
        }
    }
    for p in &chosen {
        let producer = source.producer(p.producer);
        if crate::domain::order::order_link(&source.settings, producer, p, options.lang).is_none() {
            notices.push(Notice::NoNumber { sku: p.sku.clone() });
        }
    }
    // Hidden products the filters would otherwise take: named, never drawn.
    let hidden: Vec<Product> = source
        .products
        .iter()
        .filter(|p| p.hidden)
        .map(|p| Product {
            hidden: false,
            ..p.clone()
        })
        .collect();
    if !hidden.is_empty() {
        let shadow = Catalogue {
            products: hidden,
            producers: source.producers.clone(),
            categories: source.categories.clone(),
            settings: source.settings.clone(),
        };
        let (would, _) = crate::pdf::choose(&shadow, &pdf_options);
        for p in would {
            if skus.is_empty() || skus.contains(&match_key(&p.sku)) {
                notices.push(Notice::Hidden { sku: p.sku.clone() });
            }
        }
    }
    for sku in &filters.skus {
        let key = match_key(sku);
        if !source.products.iter().any(|p| match_key(&p.sku) == key) {
            notices.push(Notice::UnknownSku { sku: sku.clone() });
        }
    }
    (chosen, notices)
}

/// A file name's stem for a SKU, safe on Windows and everywhere: letters, digits, `-`, `_` and
/// `.` kept, anything else `_`; no leading or trailing dot or space; never a reserved device name
/// (`CON`, `NUL`, `COM1`...); never empty.
pub fn file_stem(sku: &str) -> String {
    let mut stem: String = sku
        .trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    stem = stem.trim_matches(['.', ' ']).to_string();
    if stem.is_empty() {
        stem = "product".into();
    }
    let base = stem
        .split('.')
        .next()
        .unwrap_or_default()
        .to_ascii_uppercase();
    let reserved = matches!(base.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((base.starts_with("COM") || base.starts_with("LPT"))
            && base.len() == 4
            && base.as_bytes()[3].is_ascii_digit());
    if reserved {
        stem.insert(0, '_');
    }
    // Long SKUs stay well within every file system's limit.
    if stem.chars().count() > 100 {
        stem = stem.chars().take(100).collect();
    }
    stem
}

/// File stems for the products, one each: where two SKUs make the same stem (or differ only in
/// case, which Windows does not tell apart) the later ones get `-2`, `-3`...
fn file_stems(products: &[&Product]) -> Vec<String> {
    let mut taken: HashSet<String> = HashSet::new();
    products
        .iter()
        .map(|p| {
            let stem = file_stem(&p.sku);
            let mut name = stem.clone();
            let mut n = 1;
            while !taken.insert(name.to_lowercase()) {
                n += 1;
                name = format!("{stem}-{n}");
            }
            name
        })
        .collect()
}

/// Long edge of the copy a preview crops from when the card's own copy is not made yet.
pub const SCREEN_EDGE: u32 = 1600;

/// Reads photos for the raster writer from the store. A card's copy (the part of the photo the
/// card shows, at the card's pixel size rounded up the print ladder) is made once from the master
/// and kept with `put_photo_print`; every card is drawn from the stored JPEG of its copy, so the
/// first export and the next give the same bytes. A preview never decodes a master for a new
/// crop: it uses the card's copy when there is one, else a whole-photo copy of [`SCREEN_EDGE`]
/// px (made once per photo) cropped in memory.
pub struct StoreCards<'a> {
    store: &'a Store,
    sizes: &'a HashMap<PhotoId, (u32, u32)>,
    preview: bool,
    /// Photos that could not be read (their cards show the category's tint).
    unreadable: Mutex<Vec<PhotoId>>,
}

impl<'a> StoreCards<'a> {
    pub fn new(store: &'a Store, sizes: &'a HashMap<PhotoId, (u32, u32)>, preview: bool) -> Self {
        StoreCards {
            store,
            sizes,
            preview,
            unreadable: Mutex::new(Vec::new()),
        }
    }

    /// The photos that could not be read so far.
    pub fn unreadable(&self) -> Vec<PhotoId> {
        self.unreadable
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    fn decode(bytes: &[u8]) -> Option<RgbImage> {
        crate::photos::decode_for_display(bytes, u32::MAX).ok()
    }

    /// The `crop` of a decoded image.
    fn cropped(image: RgbImage, crop: Crop) -> RgbImage {
        if crop.is_full() {
            return image;
        }
        let (x, y, w, h) = crop.pixels(image.width(), image.height());
        image::imageops::crop_imm(&image, x, y, w, h).to_image()
    }

    /// A whole-photo copy at `edge`, made from the master when missing; its bytes.
    fn copy(&self, photo: PhotoId, crop: Crop, edge: u32) -> Result<Option<Vec<u8>>, StoreError> {
        if let Some(bytes) = self.store.photo_print(photo, crop, edge)? {
            return Ok(Some(bytes));
        }
        let Some(master) = self.store.photo_master(photo)? else {
            return Ok(None);
        };
        let Some(image) = Self::decode(&master) else {
            return Ok(None);
        };
        drop(master);
        let jpeg = crate::photos::print_copy(&image, crop, edge);
        drop(image);
        // Kept for the next card and export; a copy that cannot be kept is still used now.
        let _ = self.store.put_photo_print(photo, crop, edge, &jpeg);
        Ok(Some(jpeg))
    }

    fn read(&self, photo: PhotoId, crop: Crop, edge: u32) -> Result<Option<RgbImage>, StoreError> {
        let Some(&(w, h)) = self.sizes.get(&photo) else {
            return Ok(None);
        };
        // A small part (a logo): the thumbnail has the pixels.
        let (tw, th) = crate::photos::fit(w, h, crate::photos::THUMB_EDGE);
        if crop.long_edge(tw, th) >= edge
            && let Some(thumb) = self.store.photo_thumb(photo)?
        {
            return Ok(Self::decode(&thumb).map(|i| Self::cropped(i, crop)));
        }
        // The whole photo at its full size: the master is the copy.
        if crop.is_full() && edge >= w.max(h) {
            return Ok(self
                .store
                .photo_master(photo)?
                .and_then(|b| Self::decode(&b)));
        }
        if self.preview {
            if let Some(bytes) = self.store.photo_print(photo, crop, edge)? {
                return Ok(Self::decode(&bytes));
            }
            let bytes = if w.max(h) <= SCREEN_EDGE {
                self.store.photo_master(photo)?
            } else {
                self.copy(photo, Crop::FULL, SCREEN_EDGE)?
            };
            return Ok(bytes
                .and_then(|b| Self::decode(&b))
                .map(|i| Self::cropped(i, crop)));
        }
        Ok(self.copy(photo, crop, edge)?.and_then(|b| Self::decode(&b)))
    }
}

impl raster::Photos for StoreCards<'_> {
    fn rgb(&self, photo: PhotoId, crop: Crop, edge: u32) -> Option<RgbImage> {
        match self.read(photo, crop, edge) {
            Ok(Some(image)) => Some(image),
            _ => {
                let mut unreadable = self.unreadable.lock().unwrap_or_else(|e| e.into_inner());
                if !unreadable.contains(&photo) {
                    unreadable.push(photo);
                }
                None
            }
        }
    }
}

/// Pixel sizes of the photos a product's card may show: its cover and the publisher's logo.
fn card_photo_sizes(
    store: &Store,
    products: &[&Product],
    settings: &crate::domain::Settings,
) -> Result<HashMap<PhotoId, (u32, u32)>, StoreError> {
    let mut out = HashMap::new();
    let ids = products
        .iter()
        .filter_map(|p| p.photos.first())
        .chain(settings.publisher_logo.iter());
    for id in ids {
        if let Some(s) = store.photo_size(*id)? {
            out.insert(*id, (s.width, s.height));
        }
    }
    Ok(out)
}

/// The card of one product as the export draws it, for the window's live preview: the same
/// layout and writer, from photo copies already at hand (see [`StoreCards`]), fast enough to
/// redraw as options change.
pub fn preview(
    store: &Store,
    catalogue: &Catalogue,
    product: ProductId,
    options: &CardOptions,
) -> Result<RgbaImage, PreviewError> {
    let p = catalogue
        .products
        .iter()
        .find(|p| p.id == product)
        .ok_or(PreviewError::NoSuchProduct)?;
    let sizes = card_photo_sizes(store, &[p], &catalogue.settings)?;
    let photos = StoreCards::new(store, &sizes, true);
    let tr = crate::i18n::translator(options.lang);
    let input = layout::Input::new(catalogue, p, options, &sizes);
    Ok(text::with_shaper(|shaper| {
        let card = layout::lay_out(&input, options, tr, shaper);
        raster::draw(&card, &photos, shaper)
    }))
}

/// The caption of a product's card, in the options' language (the window's "copy caption").
pub fn caption_for(catalogue: &Catalogue, product: &Product, options: &CardOptions) -> String {
    cards::caption(
        catalogue,
        product,
        options,
        crate::i18n::translator(options.lang),
    )
}

/// The captions file: every caption under its SKU, separated by a blank line.
fn all_captions(products: &[&Product], captions: &[String]) -> String {
    products
        .iter()
        .zip(captions)
        .map(|(p, c)| format!("--- {} ---\n{c}", p.sku))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Draws the cards `filters` choose into `out_dir` (made when missing): `SKU-size.png` and
/// `SKU.txt` for each, on all cores, then `captions.txt` with them all. `progress(done, total)`
/// counts cards and may cancel: `Ok(None)` then, and no file is ever left half-written (each is
/// written beside its name and renamed whole; the cards finished before the cancel stay, and
/// `captions.txt` is not written).
pub fn export(
    store: &Store,
    options: &CardOptions,
    filters: &Filters,
    out_dir: &Path,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<Option<Report>, ExportFailure> {
    let source = store.catalogue()?;
    let (chosen, mut notices) = choose(&source, options, filters);
    if chosen.is_empty() {
        return Ok(Some(Report {
            written: 0,
            files: Vec::new(),
            notices,
        }));
    }
    let sizes = card_photo_sizes(store, &chosen, &source.settings)?;
    std::fs::create_dir_all(out_dir)?;
    let tr = crate::i18n::translator(options.lang);
    let stems = file_stems(&chosen);
    let photos = StoreCards::new(store, &sizes, false);
    let size = options.size.name();
    let failed: Mutex<Option<std::io::Error>> = Mutex::new(None);
    let order: Vec<usize> = (0..chosen.len()).collect();
    let done = crate::workers::map(
        &order,
        crate::workers::cores(),
        |&i| -> Option<(PathBuf, String)> {
            let p = chosen[i];
            let input = layout::Input::new(&source, p, options, &sizes);
            let png = text::with_shaper(|shaper| {
                let card = layout::lay_out(&input, options, tr, shaper);
                raster::png(&card, &photos, shaper)
            });
            let caption = cards::caption(&source, p, options, tr);
            let file = out_dir.join(format!("{}-{size}.png", stems[i]));
            let written = write_atomically(&file, &png).and_then(|()| {
                write_atomically(
                    &out_dir.join(format!("{}.txt", stems[i])),
                    caption.as_bytes(),
                )
            });
            match written {
                Ok(()) => Some((file, caption)),
                Err(e) => {
                    failed
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .get_or_insert(e);
                    None
                }
            }
        },
        &mut |made: Option<&Option<(PathBuf, String)>>, d, t| {
            made.is_none_or(|m| m.is_some()) && progress(d, t)
        },
    );
    if let Some(e) = failed.into_inner().unwrap_or_else(|e| e.into_inner()) {
        return Err(ExportFailure::Write(e));
    }
    let Some(done) = done else {
        return Ok(None);
    };
    let (files, captions): (Vec<PathBuf>, Vec<String>) = done.into_iter().flatten().unzip();
    write_atomically(
        &out_dir.join("captions.txt"),
        all_captions(&chosen, &captions).as_bytes(),
    )?;
    let unreadable = photos.unreadable();
    for p in chosen
        .iter()
        .filter(|p| p.photos.first().is_some_and(|id| unreadable.contains(id)))
    {
        notices.push(Notice::PhotoUnreadable { sku: p.sku.clone() });
    }
    Ok(Some(Report {
        written: files.len(),
        files,
        notices,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Date, Lang};

    /// A store with the example's records and settings (no photos: every card is the designed
    /// one without photo, quick to draw).
    fn example() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("store")).unwrap();
        let day = Date::new(2026, 11, 28).unwrap();
        let changes = crate::sample::sample_changes(&store.categories().unwrap(), day);
        store.apply(&changes).unwrap();
        let settings = crate::sample::sample_settings(store.settings().unwrap());
        store.save_settings(&settings).unwrap();
        (dir, store)
    }

    fn options() -> CardOptions {
        CardOptions {
            date: Some(Date::new(2026, 11, 28).unwrap()),
            ..CardOptions::default()
        }
    }

    #[test]
    fn an_export_writes_every_card_its_caption_and_all_captions_and_names_what_is_missing() {
        let (dir, store) = example();
        let out = dir.path().join("new").join("cards");
        let mut seen = (0, 0);
        let report = export(
            &store,
            &options(),
            &Filters::default(),
            &out,
            &mut |d, t| {
                seen = (d, t);
                true
            },
        )
        .unwrap()
        .unwrap();
        let visible: Vec<Product> = store
            .products()
            .unwrap()
            .into_iter()
            .filter(|p| !p.hidden)
            .collect();
        assert_eq!(report.written, visible.len());
        assert_eq!(seen, (visible.len(), visible.len()));
        let captions = std::fs::read_to_string(out.join("captions.txt")).unwrap();
        for p in &visible {
            let png = out.join(format!("{}-square.png", p.sku));
            assert!(report.files.contains(&png));
            assert_eq!(image::open(&png).unwrap().width(), 1080);
            let own = std::fs::read_to_string(out.join(format!("{}.txt", p.sku))).unwrap();
            assert!(captions.contains(&format!("--- {} ---\n{own}", p.sku)));
            assert!(
                report
                    .notices
                    .contains(&Notice::NoPhoto { sku: p.sku.clone() })
            );
        }
        assert!(report.notices.contains(&Notice::Hidden {
            sku: "AIK-KOP-02".into()
        }));
        assert!(report.notices.contains(&Notice::HalalExpired {
            sku: "NHM-MDU-01".into()
        }));
    }

    #[test]
    fn a_cancelled_export_leaves_no_half_written_file_and_no_captions_file() {
        let (dir, store) = example();
        let out = dir.path().join("cards");
        let made = export(
            &store,
            &options(),
            &Filters::default(),
            &out,
            &mut |d, _| d < 2,
        );
        assert!(matches!(made, Ok(None)));
        let names: Vec<String> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .collect();
        assert!(!names.iter().any(|n| n.ends_with(".partial")), "{names:?}");
        assert!(!names.contains(&"captions.txt".to_string()), "{names:?}");
        // What was written is whole: each card reads, with its caption beside it.
        let cards: Vec<&String> = names.iter().filter(|n| n.ends_with(".png")).collect();
        assert!(!cards.is_empty() && cards.len() < 14, "{names:?}");
        for card in cards {
            assert!(image::open(out.join(card)).is_ok(), "{card}");
            let sku = card.trim_end_matches("-square.png");
            assert!(out.join(format!("{sku}.txt")).is_file());
        }
    }

    #[test]
    fn filters_choose_by_sku_category_producer_and_featured() {
        let (_dir, store) = example();
        let source = store.catalogue().unwrap();
        let skus = |f: &Filters| -> Vec<String> {
            choose(&source, &options(), f)
                .0
                .iter()
                .map(|p| p.sku.clone())
                .collect()
        };
        let by_sku = Filters {
            skus: vec!["nhm-mdu-01".into(), "BAL-KTP-01".into()],
            ..Filters::default()
        };
        assert_eq!(skus(&by_sku), vec!["BAL-KTP-01", "NHM-MDU-01"]);
        let herbal = Filters {
            categories: vec!["herbal & wellness".into()],
            ..Filters::default()
        };
        assert!(
            skus(&herbal)
                .iter()
                .all(|s| s.starts_with("NHM-") || s.starts_with("DFL-"))
        );
        let featured = Filters {
            featured_only: true,
            ..Filters::default()
        };
        let all = source
            .products
            .iter()
            .filter(|p| p.featured && !p.hidden)
            .count();
        assert_eq!(skus(&featured).len(), all);
        let (_, notices) = choose(
            &source,
            &options(),
            &Filters {
                skus: vec!["NOPE".into()],
                ..Filters::default()
            },
        );
        assert_eq!(notices, vec![Notice::UnknownSku { sku: "NOPE".into() }]);
    }

    #[test]
    fn the_preview_is_the_card_the_export_draws() {
        let (dir, store) = example();
        let source = store.catalogue().unwrap();
        let p = source
            .products
            .iter()
            .find(|p| p.sku == "BAL-KTP-01")
            .unwrap();
        let o = CardOptions {
            lang: Lang::En,
            size: crate::cards::CardSize::Story,
            ..options()
        };
        let shown = preview(&store, &source, p.id, &o).unwrap();
        assert_eq!(shown.dimensions(), (1080, 1920));
        let out = dir.path().join("cards");
        let only = Filters {
            only: Some(vec![p.id]),
            ..Filters::default()
        };
        export(&store, &o, &only, &out, &mut |_, _| true).unwrap();
        let file = image::open(out.join("BAL-KTP-01-story.png"))
            .unwrap()
            .to_rgba8();
        assert!(file == shown, "the same model, the same pixels");
        assert!(matches!(
            preview(&store, &source, ProductId::new(), &o),
            Err(PreviewError::NoSuchProduct)
        ));
        let caption = caption_for(&source, p, &o);
        assert!(caption.contains("#OPOPJatim"));
    }

    #[test]
    fn file_names_are_safe_on_windows() {
        assert_eq!(file_stem("NHM-MDU-01"), "NHM-MDU-01");
        assert_eq!(file_stem("A/B:C*?\"<>|"), "A_B_C______");
        assert_eq!(file_stem(" con "), "_con");
        assert_eq!(file_stem("LPT1.x"), "_LPT1.x");
        assert_eq!(file_stem("COM10"), "COM10");
        assert_eq!(file_stem("..."), "product");
        assert_eq!(file_stem("kopi."), "kopi");
        assert_eq!(file_stem(&"x".repeat(300)).len(), 100);
    }

    #[test]
    fn two_skus_that_make_one_name_get_two_files() {
        use crate::domain::{CategoryId, ProducerId};
        let (c, m) = (CategoryId::new(), ProducerId::new());
        let a = Product::new("A/1", c, m);
        let b = Product::new("A:1", c, m);
        let d = Product::new("a_1", c, m);
        assert_eq!(file_stems(&[&a, &b, &d]), vec!["A_1", "A_1-2", "a_1-3"]);
    }
}
