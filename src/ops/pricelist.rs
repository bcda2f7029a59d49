//! The buyer price list from the store, as a PDF or an Excel workbook: choose the products with
//! the catalogue's filters (`crate::pdf::choose`: categories, producers, featured, hidden left
//! out), make the rows (`crate::documents::pricelist`), lay them out or write the workbook. The
//! command line and the window's job both run [`make`] (or [`write`], which also saves the file
//! whole); neither does it again.

use super::export::ExportFailure;
use super::{Phase, Progress};
use crate::documents::pricelist::{self, PriceList};
use crate::domain::currency::UsdRate;
use crate::domain::photo::Crop;
use crate::domain::{Date, Lang, PhotoId, ProductId};
use crate::i18n::Translator;
use crate::interchange::workbook::has_extension;
use crate::pdf::{Notice, fonts, writer};
use crate::storage::Store;
use std::path::Path;
use std::sync::Arc;

/// What the price list is written as.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    #[default]
    Pdf,
    /// An Excel workbook (`.xlsx`).
    Xlsx,
}

impl Format {
    /// The format a file's name asks for: `.pdf` or `.xlsx` (any case); `None` for anything else.
    pub fn of_file(file: &Path) -> Option<Format> {
        if has_extension(file, &["pdf"]) {
            Some(Format::Pdf)
        } else if has_extension(file, &["xlsx"]) {
            Some(Format::Xlsx)
        } else {
            None
        }
    }
}

/// What goes into the price list and how.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PricelistOptions {
    pub lang: Lang,
    /// Prices at all (`--no-prices` leaves every price column out, dollars too).
    pub prices: bool,
    /// Category names (either language, any case); empty = all.
    pub categories: Vec<String>,
    /// Producer (pesantren) names; empty = all.
    pub producers: Vec<String>,
    pub featured_only: bool,
    /// Only these products (the app's selection or filter); `None` = all.
    pub only: Option<Vec<ProductId>>,
    /// The list's date, the date the rate is given for, and the day halal certificates are
    /// judged on; today when `None`.
    pub date: Option<Date>,
    /// Dollar prices at this rate beside the rupiah ones; `None`: rupiah only.
    pub usd_rate: Option<UsdRate>,
    pub format: Format,
}

impl PricelistOptions {
    /// The catalogue's filters, as `crate::pdf::choose` takes them.
    fn filters(&self) -> crate::pdf::Options {
        crate::pdf::Options {
            lang: self.lang,
            prices: self.prices,
            categories: self.categories.clone(),
            producers: self.producers.clone(),
            featured_only: self.featured_only,
            only: self.only.clone(),
            date: self.date,
            ..crate::pdf::Options::default()
        }
    }

    /// The day the list is dated and judged on: `date`, else today.
    pub fn day(&self) -> Date {
        self.date.unwrap_or_else(crate::clock::today)
    }
}

/// The price list's rows for `options`, and what is worth saying about the products in it
/// (no English, no price, a halal claim left out; photos do not matter here).
pub fn rows(
    source: &crate::domain::Catalogue,
    options: &PricelistOptions,
) -> (PriceList, Vec<Notice>) {
    let (chosen, notices) = crate::pdf::choose(source, &options.filters());
    let notices = notices
        .into_iter()
        .filter(|n| !matches!(n, Notice::NoPhoto { .. } | Notice::PhotoUnreadable { .. }))
        .collect();
    let list = PriceList::new(
        source,
        &chosen,
        options.lang,
        options.day(),
        options.prices,
        options.usd_rate,
    );
    (list, notices)
}

/// What an export made.
pub struct Made {
    /// The PDF or workbook, or `None` when cancelled.
    pub bytes: Option<Vec<u8>>,
    /// What is missing from the products that went in; worded by
    /// `crate::documents::pricelist::notice`.
    pub notices: Vec<Notice>,
    /// How many products went in.
    pub products: usize,
}

/// A price list has no photos.
struct NoPhotos;

impl writer::Photos for NoPhotos {
    fn jpeg(&self, _: PhotoId, _: Crop, _: u32) -> Option<Arc<Vec<u8>>> {
        None
    }
}

/// The whole export: choose, make the rows, lay out and write the PDF or the workbook.
/// `progress(done, total)` counts pages (PDF) or rows (workbook) and may cancel: then `bytes` is
/// `None`.
pub fn make(
    store: &Store,
    options: &PricelistOptions,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<Made, ExportFailure> {
    let source = store.catalogue()?;
    let (list, notices) = rows(&source, options);
    let products = list.rows().count();
    let tr = Translator::new(options.lang);
    let bytes = match options.format {
        Format::Pdf => {
            let doc = pricelist::pdf::layout(&list, &tr, &fonts::Measure::new());
            writer::write(&doc, &NoPhotos, progress)?
        }
        Format::Xlsx => pricelist::xlsx::workbook(&list, &tr, progress)?,
    };
    Ok(Made {
        bytes,
        notices,
        products,
    })
}

/// A price list written: how many products went in, and what is missing from them.
#[derive(Debug)]
pub struct Written {
    pub products: usize,
    pub notices: Vec<Notice>,
}

/// Makes the price list (see [`make`]) and writes it to `file` whole (a reader never sees half a
/// file). `Ok(None)` when cancelled: nothing was written. A list that no product matches is not
/// written either (`products` is 0).
pub fn write(
    store: &Store,
    options: &PricelistOptions,
    file: &Path,
    progress: &Progress,
) -> Result<Option<Written>, ExportFailure> {
    progress.set_phase(match options.format {
        Format::Pdf => Phase::PdfSteps,
        Format::Xlsx => Phase::Rows,
    });
    let made = make(store, options, &mut |d, t| progress.report(d, t))?;
    let Some(bytes) = made.bytes else {
        return Ok(None);
    };
    if made.products > 0 {
        crate::fsio::write_atomically(file, &bytes)?;
    }
    Ok(Some(Written {
        products: made.products,
        notices: made.notices,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_comes_from_the_files_name() {
        assert_eq!(Format::of_file(Path::new("harga.pdf")), Some(Format::Pdf));
        assert_eq!(
            Format::of_file(Path::new("a/HARGA.XLSX")),
            Some(Format::Xlsx)
        );
        assert_eq!(Format::of_file(Path::new("harga.csv")), None);
        assert_eq!(Format::of_file(Path::new("harga.xls")), None);
        assert_eq!(Format::of_file(Path::new("harga")), None);
    }

    #[test]
    fn the_example_store_gives_a_pdf_and_a_workbook_and_cancel_gives_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("store")).unwrap();
        let day = Date::new(2026, 12, 1).unwrap();
        let changes = crate::sample::sample_changes(&store.categories().unwrap(), day);
        store.apply(&changes).unwrap();
        let mut options = PricelistOptions {
            lang: Lang::Id,
            prices: true,
            date: Some(day),
            usd_rate: Some(UsdRate::new(16_250).unwrap()),
            ..PricelistOptions::default()
        };
        let made = make(&store, &options, &mut |_, _| true).unwrap();
        let pdf = made.bytes.unwrap();
        assert!(pdf.starts_with(b"%PDF"));
        let visible = changes.products.iter().filter(|p| !p.hidden).count();
        assert_eq!(made.products, visible);
        // The expired certificate of the example is said, its missing photos are not.
        assert!(
            made.notices
                .iter()
                .any(|n| matches!(n, Notice::HalalExpired { .. }))
        );
        assert!(
            !made
                .notices
                .iter()
                .any(|n| matches!(n, Notice::NoPhoto { .. }))
        );
        options.format = Format::Xlsx;
        options.featured_only = true;
        let made = make(&store, &options, &mut |_, _| true).unwrap();
        assert!(made.bytes.unwrap().starts_with(b"PK"));
        assert!(made.products < visible && made.products > 0);
        let cancelled = make(&store, &options, &mut |_, _| false).unwrap();
        assert!(cancelled.bytes.is_none());
    }
}
