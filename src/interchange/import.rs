//! Plans a CSV import against the current catalogue: each row becomes an upsert keyed by SKU,
//! producers and categories are matched by name or created, bad rows are rejected with their line
//! and column and change nothing. The result is a [`ChangeSet`] the store writes in one step, and a
//! report of what was created, updated, rejected and warned about. No IO here.
//!
//! Only reading the bytes into a [`Table`] of cell strings knows the file: a CSV here
//! ([`read_csv_table`], which also takes off the guard against formula evaluation that the CSV
//! export puts on text cells), a workbook in [`super::workbook`]. From the header row on,
//! [`plan_table`] works on rows of cell strings, whatever table they came from, with each row's
//! cells read and checked field by field in `fields` and the outcome told in [`super::report`].

use super::columns::Column;
use super::fields::{
    Cells, RowCheck, fill_category, fill_producer, fill_product, identifier_usable, tidy_line,
};
use super::guard::unguard;
use super::reader::{Encoding, RawTable, ReadError, read_table};
use super::table::{CellFault, Table};
use crate::domain::Catalogue;
use crate::domain::model::Timestamp;
use crate::domain::parse::match_key;
use crate::domain::{Category, Producer, Product};
use crate::storage::ChangeSet;
use std::collections::{HashMap, HashSet};

pub use super::fields::PhotoLookup;
pub use super::report::{FileError, ImportReport, Origin, Problem, RowError, Warning};

/// The changes to write and the report.
#[derive(Debug)]
pub struct ImportPlan {
    pub changes: ChangeSet,
    pub report: ImportReport,
}

/// The distinct entries of the file's photos column, in file order (none when the file cannot
/// be read: planning reports that).
pub fn photo_entries(bytes: &[u8]) -> Vec<String> {
    read_csv_table(bytes)
        .map(|t| super::table::photo_entries(&t))
        .unwrap_or_default()
}

/// Plans the import of a CSV file's bytes into `catalogue`, stamping changes with `now`.
pub fn plan_import(
    bytes: &[u8],
    catalogue: &Catalogue,
    now: Timestamp,
) -> Result<ImportPlan, FileError> {
    let plan = plan_import_with(bytes, catalogue, now, &PhotoLookup::new(), &mut |_, _| true)?;
    Ok(plan.expect("never cancelled"))
}

/// [`plan_import`] that reports `(rows done, rows in all)` as it goes; when `progress` returns
/// false the planning stops and `Ok(None)` is returned (nothing was changed: planning writes
/// nothing).
pub fn plan_import_with(
    bytes: &[u8],
    catalogue: &Catalogue,
    now: Timestamp,
    photos: &PhotoLookup,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<Option<ImportPlan>, FileError> {
    plan_table(read_csv_table(bytes)?, catalogue, now, photos, progress)
}

/// A CSV file's bytes as a [`Table`], the guard taken off (see `read_csv`).
pub fn read_csv_table(bytes: &[u8]) -> Result<Table, FileError> {
    let table = read_csv(bytes)?;
    let mut warnings = Vec::new();
    if table.encoding == Encoding::Windows1252 {
        warnings.push(Warning::Windows1252);
    }
    Ok(Table {
        rows: table.rows,
        origin: Origin::Csv {
            delimiter: char::from(table.delimiter),
        },
        faults: Vec::new(),
        warnings,
    })
}

/// The rows of a CSV file with the guard against formula evaluation taken off the cells below
/// the header (`super::guard`), so text comes back exactly as it was exported. Only CSV has the
/// guard: a workbook's string cells are read as they are.
fn read_csv(bytes: &[u8]) -> Result<RawTable, ReadError> {
    let mut table = read_table(bytes)?;
    for row in table.rows.iter_mut().skip(1) {
        for cell in &mut row.cells {
            let bare = unguard(cell);
            if bare.len() != cell.len() {
                *cell = bare.to_string();
            }
        }
    }
    Ok(table)
}

/// Plans the import of a table's rows of cell strings, header first, whatever file they were
/// read from; the table's warnings open the report. As [`plan_import_with`].
pub fn plan_table(
    table: Table,
    catalogue: &Catalogue,
    now: Timestamp,
    photos: &PhotoLookup,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<Option<ImportPlan>, FileError> {
    let mut report = ImportReport {
        warnings: table.warnings,
        ..ImportReport::default()
    };
    let mut faults: HashMap<usize, Vec<CellFault>> = HashMap::new();
    for f in table.faults {
        faults.entry(f.line).or_default().push(f);
    }
    let rows = table.rows;
    let total = rows.len().saturating_sub(1);
    let mut rows = rows.into_iter();
    let header = rows.next().ok_or(FileError::Read(ReadError::Empty))?;
    let mut columns: HashMap<Column, usize> = HashMap::new();
    for (i, name) in header.cells.iter().enumerate() {
        match Column::from_header(name) {
            Some(c) => {
                if columns.insert(c, i).is_some() {
                    return Err(FileError::DuplicateColumn(c.name().to_string()));
                }
            }
            None if name.trim().is_empty() => {}
            None => report
                .warnings
                .push(Warning::UnknownColumn(name.trim().to_string())),
        }
    }
    let missing: Vec<Column> = Column::REQUIRED
        .into_iter()
        .filter(|c| !columns.contains_key(c))
        .collect();
    if !missing.is_empty() {
        return Err(FileError::MissingColumns(missing));
    }
    let read: HashMap<usize, Column> = columns.iter().map(|(c, i)| (*i, *c)).collect();
    let mut work = Work::new(catalogue, now);
    work.photos = photos.clone();
    for (done, row) in rows.enumerate() {
        if done % 64 == 0 && !progress(done, total) {
            return Ok(None);
        }
        let cells = Cells {
            row: &row.cells,
            columns: &columns,
        };
        if row.cells.len() > header.cells.len()
            && row.cells[header.cells.len()..]
                .iter()
                .any(|c| !c.trim().is_empty())
        {
            let sku = cells.get(Column::Sku).map(|s| s.trim().to_string());
            report.errors.push(RowError {
                line: row.line,
                sku: sku.filter(|s| !s.is_empty()),
                column: None,
                problem: Problem::TooManyCells {
                    cells: row.cells.len(),
                    columns: header.cells.len(),
                },
                value: String::new(),
            });
            continue;
        }
        // An error value in a column that is read rejects the row: reading it as an empty cell
        // would clear the field.
        if let Some(found) = faults.get(&row.line) {
            let sku = cells.get(Column::Sku).map(|s| s.trim().to_string());
            let bad: Vec<RowError> = found
                .iter()
                .filter_map(|f| {
                    Some(RowError {
                        line: row.line,
                        sku: sku.clone().filter(|s| !s.is_empty()),
                        column: Some(*read.get(&f.index)?),
                        problem: Problem::ErrorValue,
                        value: f.shown.clone(),
                    })
                })
                .collect();
            if !bad.is_empty() {
                report.errors.extend(bad);
                continue;
            }
        }
        work.row(row.line, &cells, &mut report);
    }
    progress(total, total);
    Ok(Some(ImportPlan {
        changes: work.finish(&mut report),
        report,
    }))
}

/// The catalogue being changed row by row.
struct Work {
    now: Timestamp,
    products: HashMap<String, Product>,
    producers: HashMap<String, Producer>,
    categories: HashMap<String, Category>,
    next_sort_order: u32,
    /// Changed products in file order, and the same keys for lookup.
    dirty_products: Vec<String>,
    dirty_product_keys: HashSet<String>,
    dirty_producers: HashSet<String>,
    dirty_categories: HashSet<String>,
    created: HashSet<String>,
    first_line: HashMap<String, usize>,
    originals: HashMap<String, Product>,
    photos: PhotoLookup,
}

impl Work {
    fn new(catalogue: &Catalogue, now: Timestamp) -> Work {
        Work {
            now,
            products: catalogue
                .products
                .iter()
                .map(|p| (match_key(&p.sku), p.clone()))
                .collect(),
            producers: catalogue
                .producers
                .iter()
                .map(|p| (match_key(&p.pesantren), p.clone()))
                .collect(),
            categories: catalogue
                .categories
                .iter()
                .map(|c| (match_key(&c.name.id), c.clone()))
                .collect(),
            next_sort_order: catalogue
                .categories
                .iter()
                .map(|c| c.sort_order)
                .max()
                .unwrap_or(0)
                + 10,
            dirty_products: Vec::new(),
            dirty_product_keys: HashSet::new(),
            dirty_producers: HashSet::new(),
            dirty_categories: HashSet::new(),
            created: HashSet::new(),
            first_line: HashMap::new(),
            originals: HashMap::new(),
            photos: PhotoLookup::new(),
        }
    }

    fn row(&mut self, line: usize, cells: &Cells, report: &mut ImportReport) {
        let mut row = RowCheck {
            line,
            sku: None,
            errors: Vec::new(),
        };
        let sku = cells.get(Column::Sku).unwrap_or("").trim().to_string();
        if sku.is_empty() {
            row.fail(Column::Sku, Problem::Missing, "");
        } else {
            row.sku = Some(sku.clone());
            identifier_usable(Column::Sku, &sku, &mut row, &mut report.warnings);
        }
        let key = match_key(&sku);
        let existing = self.products.get(&key).cloned();

        // Category: matched by Indonesian name, created when new.
        let category_name = tidy_line(cells.get(Column::Category).unwrap_or(""));
        let mut category = None;
        if category_name.is_empty() {
            row.fail(Column::Category, Problem::Missing, "");
        } else {
            let ckey = match_key(&category_name);
            let mut c = self
                .categories
                .get(&ckey)
                .cloned()
                .unwrap_or_else(|| Category::new(&category_name, "", self.next_sort_order));
            fill_category(&mut c, cells);
            category = Some((ckey, c));
        }

        // Producer: matched by pesantren name; non-empty cells set its shared fields.
        let producer_name = tidy_line(cells.get(Column::Producer).unwrap_or(""));
        let mut producer = None;
        if producer_name.is_empty() {
            row.fail(Column::Producer, Problem::Missing, "");
        } else {
            let pkey = match_key(&producer_name);
            let mut p = self
                .producers
                .get(&pkey)
                .cloned()
                .unwrap_or_else(|| Producer::new(&producer_name));
            fill_producer(&mut p, cells, &mut row, &mut report.warnings);
            producer = Some((pkey, p));
        }

        let (category_id, producer_id) = (
            category.as_ref().map(|(_, c)| c.id),
            producer.as_ref().map(|(_, p)| p.id),
        );
        let mut product = match &existing {
            Some(p) => p.clone(),
            None => {
                let mut p = Product::new(&sku, Default::default(), Default::default());
                p.created = self.now;
                p.updated = self.now;
                p.text_id_changed = self.now;
                p.text_en_changed = self.now;
                p
            }
        };
        let before = product.clone();
        product.sku = sku.clone();
        if let Some(id) = category_id {
            product.category = id;
        }
        if let Some(id) = producer_id {
            product.producer = id;
        }
        fill_product(
            &mut product,
            cells,
            existing.is_none() || self.created.contains(&key),
            &self.photos,
            &mut row,
            &mut report.warnings,
        );
        if !row.errors.is_empty() {
            report.errors.append(&mut row.errors);
            return;
        }

        // The row is good: it joins the working catalogue.
        if let Some((ckey, c)) = category {
            if !self.categories.contains_key(&ckey) {
                report.new_categories.push(c.name.id.clone());
                self.next_sort_order += 10;
            }
            if self.categories.get(&ckey) != Some(&c) {
                self.dirty_categories.insert(ckey.clone());
                self.categories.insert(ckey, c);
            }
        }
        if let Some((pkey, p)) = producer {
            if !self.producers.contains_key(&pkey) {
                report.new_producers.push(p.pesantren.clone());
            }
            if self.producers.get(&pkey) != Some(&p) {
                self.dirty_producers.insert(pkey.clone());
                self.producers.insert(pkey, p);
            }
        }
        if let Some(first) = self.first_line.get(&key) {
            report.warnings.push(Warning::RepeatedSku {
                line,
                sku: sku.clone(),
                first_line: *first,
            });
        } else {
            self.first_line.insert(key.clone(), line);
        }
        let id_changed = texts(&before, |b| &b.id) != texts(&product, |b| &b.id);
        let en_changed = texts(&before, |b| &b.en) != texts(&product, |b| &b.en);
        if existing.is_some() || self.created.contains(&key) {
            if id_changed {
                product.text_id_changed = self.now;
            }
            if en_changed {
                product.text_en_changed = self.now;
            }
            if product != before {
                product.updated = self.now;
            }
        }
        if existing.is_none() && !self.created.contains(&key) {
            self.created.insert(key.clone());
            report.created.push(sku);
        } else if !self.created.contains(&key) && !self.originals.contains_key(&key) {
            self.originals.insert(key.clone(), before);
        }
        if self.dirty_product_keys.insert(key.clone()) {
            self.dirty_products.push(key.clone());
        }
        self.products.insert(key, product);
    }

    fn finish(self, report: &mut ImportReport) -> ChangeSet {
        let mut changes = ChangeSet::default();
        for key in &self.dirty_products {
            let Some(p) = self.products.get(key) else {
                continue;
            };
            if self.created.contains(key) {
                changes.products.push(p.clone());
            } else if self.originals.get(key) == Some(p) {
                report.unchanged += 1;
            } else {
                report.updated.push(p.sku.clone());
                changes.products.push(p.clone());
            }
        }
        changes.producers = self
            .dirty_producers
            .iter()
            .filter_map(|k| self.producers.get(k).cloned())
            .collect();
        changes.categories = self
            .dirty_categories
            .iter()
            .filter_map(|k| self.categories.get(k).cloned())
            .collect();
        changes
    }
}

fn texts(p: &Product, side: impl Fn(&crate::domain::Bilingual) -> &String) -> [String; 4] {
    p.texts().map(|b| side(b).clone())
}

#[cfg(test)]
#[path = "import_tests.rs"]
mod tests;
