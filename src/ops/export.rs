//! Exports: the catalogue as CSV or as an Excel workbook, each with its photos in a folder beside
//! it; the workbook to fill in (template); and the printable catalogue as PDF. They write nothing
//! when cancelled and replace a file only once the new one is complete.

use super::{Phase, Progress};
use crate::domain::{Category, Producer, Product};
use crate::fsio::write_atomically;
use crate::interchange::workbook::WriteError;
use crate::storage::{Store, StoreError};
use std::path::Path;

/// Why an export did not finish.
#[derive(Debug)]
pub enum ExportFailure {
    Store(StoreError),
    /// The PDF library refused the document (its own words).
    Pdf(String),
    Write(std::io::Error),
    /// The workbook could not be made (a text too long for a cell); worded by
    /// `crate::messages::workbook_write_error`.
    Workbook(WriteError),
}

impl From<StoreError> for ExportFailure {
    fn from(e: StoreError) -> Self {
        ExportFailure::Store(e)
    }
}

impl From<std::io::Error> for ExportFailure {
    fn from(e: std::io::Error) -> Self {
        ExportFailure::Write(e)
    }
}

impl From<crate::pdf::writer::WriteError> for ExportFailure {
    fn from(e: crate::pdf::writer::WriteError) -> Self {
        let crate::pdf::writer::WriteError::Pdf(detail) = e;
        ExportFailure::Pdf(detail)
    }
}

impl From<WriteError> for ExportFailure {
    fn from(e: WriteError) -> Self {
        ExportFailure::Workbook(e)
    }
}

/// The folder beside an exported file that holds its photos: `STEM_photos`.
fn photo_folder(file: &Path) -> String {
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_else(|| "etalase".into());
    format!("{stem}_photos")
}

/// A spreadsheet the catalogue goes out as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sheet {
    Csv,
    /// An Excel workbook (`.xlsx`), see `crate::interchange::workbook`.
    Xlsx,
}

impl Sheet {
    /// The format a file's name asks for: a workbook for `.xlsx`, CSV for anything else.
    pub fn of_file(file: &Path) -> Sheet {
        if crate::interchange::workbook::has_extension(file, &["xlsx"]) {
            Sheet::Xlsx
        } else {
            Sheet::Csv
        }
    }
}

/// Writes `products` to `file` as CSV or an Excel workbook, with their photos as JPEG files in a
/// folder beside it named after it (`STEM_photos/SKU-1.jpg`, ...), so that the export imports
/// back unchanged. A workbook's dropdown lists offer every producer and category given.
/// `progress` counts rows, then photos; when cancelled nothing more is written and `Ok(None)`
/// comes back (the file itself is written last, and only when complete).
pub fn sheet(
    format: Sheet,
    store: &Store,
    file: &Path,
    products: &[Product],
    producers: &[Producer],
    categories: &[Category],
    progress: &Progress,
) -> Result<Option<usize>, ExportFailure> {
    let folder = photo_folder(file);
    let rows = &mut |d, t| progress.report(d, t);
    let bytes = match format {
        Sheet::Csv => crate::interchange::export::write_csv_with(
            products,
            producers,
            categories,
            Some(&folder),
            rows,
        ),
        Sheet::Xlsx => crate::interchange::workbook::write_workbook_with(
            products,
            producers,
            categories,
            Some(&folder),
            rows,
        )?,
    };
    let Some(bytes) = bytes else {
        return Ok(None);
    };
    write_with_photos(store, file, &bytes, &folder, products, progress)
}

/// Writes the products' photos into `folder` beside `file` (named as the export's photos column
/// names them), then `file` itself, last.
fn write_with_photos(
    store: &Store,
    file: &Path,
    bytes: &[u8],
    folder: &str,
    products: &[Product],
    progress: &Progress,
) -> Result<Option<usize>, ExportFailure> {
    let names = crate::interchange::export::photo_files(products, folder);
    let base = file.parent().unwrap_or(Path::new("."));
    let total: usize = names.values().map(Vec::len).sum();
    let mut done = 0;
    if total > 0 {
        progress.set_phase(Phase::Photos);
        std::fs::create_dir_all(base.join(folder))?;
    }
    for p in products {
        let Some(files) = names.get(&p.id) else {
            continue;
        };
        for (id, name) in p.photos.iter().zip(files) {
            if !progress.report(done, total) {
                return Ok(None);
            }
            // A photo missing from a damaged store is left out; `check` reports it.
            if let Some(master) = store.photo_master(*id)? {
                write_atomically(&base.join(name), &master)?;
            }
            done += 1;
        }
    }
    if total > 0 && !progress.report(total, total) {
        return Ok(None);
    }
    write_atomically(file, bytes)?;
    Ok(Some(products.len()))
}

/// Writes the workbook to fill in: the export's workbook with one example row (a product of
/// the example catalogue, in Indonesian and English) to overwrite, and dropdown lists that
/// offer the example catalogue's categories and producer. [`template_with`] adds a catalogue's
/// own.
pub fn template(file: &Path) -> Result<(), ExportFailure> {
    template_with(file, &[], &[])
}

/// [`template`] whose dropdown lists also offer these categories and producers (a catalogue's
/// own: the command line passes the store's).
pub fn template_with(
    file: &Path,
    categories: &[Category],
    producers: &[Producer],
) -> Result<(), ExportFailure> {
    use crate::domain::parse::match_key;
    let example = crate::sample::sample_changes(categories, crate::clock::today());
    // The example with the most filled in: halal certificate, PIRT or BPOM, WhatsApp.
    let mut candidates: Vec<&Product> = example.products.iter().collect();
    candidates.sort_by(|a, b| crate::domain::sort::natural_cmp(&a.sku, &b.sku));
    let Some(product) = candidates
        .iter()
        .find(|p| {
            let registered = !p.pirt.is_empty() || !p.bpom.is_empty();
            !p.halal.number.is_empty() && registered
        })
        .or(candidates.first())
    else {
        return Err(ExportFailure::Workbook(WriteError::Library(
            "no example product".into(),
        )));
    };
    let mut product = (*product).clone();
    product.photos.clear();
    // The example's category is the catalogue's own when it has one by that name; the ones it
    // lacks come with the example.
    let mut all_categories: Vec<Category> = categories.to_vec();
    all_categories.extend(example.categories.iter().cloned());
    // Its producer likewise: the catalogue's own by that name, else the example's.
    let mut all_producers: Vec<Producer> = producers.to_vec();
    if let Some(p) = example.producers.iter().find(|p| p.id == product.producer) {
        let key = match_key(&p.pesantren);
        match producers.iter().find(|k| match_key(&k.pesantren) == key) {
            Some(own) => product.producer = own.id,
            None => all_producers.push(p.clone()),
        }
    }
    let bytes = crate::interchange::workbook::write_workbook(
        std::slice::from_ref(&product),
        &all_producers,
        &all_categories,
    )?;
    write_atomically(file, &bytes)?;
    Ok(())
}

/// A printable catalogue written: how many products went in, and what is missing from them.
#[derive(Debug)]
pub struct PdfWritten {
    pub products: usize,
    pub notices: Vec<crate::pdf::Notice>,
}

/// Writes the printable catalogue chosen by `options` to `file` (see [`super::pdf::make`]).
/// `Ok(None)` when cancelled: nothing was written.
pub fn pdf(
    store: &Store,
    options: &crate::pdf::Options,
    file: &Path,
    progress: &Progress,
) -> Result<Option<PdfWritten>, ExportFailure> {
    progress.set_phase(Phase::PdfSteps);
    let exported = super::pdf::make(store, options, &mut |d, t| progress.report(d, t))?;
    let Some(bytes) = exported.pdf else {
        return Ok(None);
    };
    write_atomically(file, &bytes)?;
    Ok(Some(PdfWritten {
        products: exported.products,
        notices: exported.notices,
    }))
}
