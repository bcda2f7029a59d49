//! Exports: the catalogue as CSV with its photos in a folder beside it, and the printable
//! catalogue as PDF. Both write nothing when cancelled and replace a file only once the new one is
//! complete.

use super::{Phase, Progress};
use crate::domain::{Category, Producer, Product};
use crate::fsio::write_atomically;
use crate::storage::{Store, StoreError};
use std::path::Path;

/// Why an export did not finish.
#[derive(Debug)]
pub enum ExportFailure {
    Store(StoreError),
    /// The PDF library refused the document (its own words).
    Pdf(String),
    Write(std::io::Error),
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

/// Writes `products` as CSV to `file`, with their photos as JPEG files in a folder beside it
/// named after it (`STEM_photos/SKU-1.jpg`, ...), so that the export imports back unchanged.
/// `progress` counts rows, then photos; when cancelled nothing more is written and `Ok(None)`
/// comes back (the CSV itself is written last, and only when complete).
pub fn csv(
    store: &Store,
    file: &Path,
    products: &[Product],
    producers: &[Producer],
    categories: &[Category],
    progress: &Progress,
) -> Result<Option<usize>, ExportFailure> {
    use crate::interchange::export::{photo_files, write_csv_with};
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_else(|| "etalase".into());
    let folder = format!("{stem}_photos");
    let rows = &mut |d, t| progress.report(d, t);
    let Some(bytes) = write_csv_with(products, producers, categories, Some(&folder), rows) else {
        return Ok(None);
    };
    let names = photo_files(products, &folder);
    let base = file.parent().unwrap_or(Path::new("."));
    let total: usize = names.values().map(Vec::len).sum();
    let mut done = 0;
    if total > 0 {
        progress.set_phase(Phase::Photos);
        std::fs::create_dir_all(base.join(&folder))?;
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
    write_atomically(file, &bytes)?;
    Ok(Some(products.len()))
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
