//! Plans a CSV import against the current catalogue: each row becomes an upsert keyed by SKU,
//! producers and categories are matched by name or created, bad rows are rejected with their line
//! and column and change nothing. The result is a [`ChangeSet`] the store writes in one step, and a
//! report of what was created, updated, rejected and warned about. No IO here.

use super::columns::Column;
use super::reader::{Encoding, ReadError, read_table};
use crate::domain::Catalogue;
use crate::domain::halal::{HalalNumberKind, classify_halal_number, normalize_halal_number};
use crate::domain::model::Timestamp;
use crate::domain::parse::{
    PhoneError, PriceError, match_key, normalize_whatsapp, parse_count, parse_flag, parse_rupiah,
    tidy_text,
};
use crate::domain::{
    Category, Date, HalalIssuer, HalalScheme, HalalStatus, PhotoId, Producer, Product,
    WholesaleTier,
};
use crate::storage::ChangeSet;
use crate::storage::PhotoProblem;
use std::collections::{HashMap, HashSet};

/// Why a whole file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error("required columns missing: {0:?}")]
    MissingColumns(Vec<Column>),
    #[error("column {0} appears twice")]
    DuplicateColumn(String),
}

/// What is wrong with one cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A required cell is empty.
    Missing,
    Price(PriceError),
    Date,
    Count,
    Flag,
    Status,
    Scheme,
    Issuer,
    Phone(PhoneError),
    /// Only one of wholesale price and minimum quantity is given.
    WholesaleHalf,
    /// The row has more cells than the header has columns.
    TooManyCells {
        cells: usize,
        columns: usize,
    },
}

/// One problem in a rejected row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// Physical line where the row starts, 1-based.
    pub line: usize,
    pub sku: Option<String>,
    pub column: Option<Column>,
    pub problem: Problem,
    /// The cell as written, for the message.
    pub value: String,
}

/// Something worth knowing that did not stop a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    UnknownColumn(String),
    Windows1252,
    /// The certificate number has no known form; kept, but no halal mark is shown.
    HalalNumberUnrecognised {
        line: usize,
        sku: String,
    },
    /// The certificate number looks like a registration/KH number.
    HalalNumberIsRegistration {
        line: usize,
        sku: String,
    },
    PhotosNotImported {
        line: usize,
        sku: String,
    },
    /// A file named in the photos column could not be used; the product keeps its other photos.
    PhotoRefused {
        line: usize,
        sku: String,
        file: String,
        problem: PhotoProblem,
    },
    /// The SKU was already in an earlier row; the later row's values win.
    RepeatedSku {
        line: usize,
        sku: String,
        first_line: usize,
    },
}

/// What an import did (or, for a dry run, would do).
#[derive(Debug, Default, Clone)]
pub struct ImportReport {
    pub created: Vec<String>,
    pub updated: Vec<String>,
    pub unchanged: usize,
    /// Rejected rows, one entry per problem, in file order.
    pub errors: Vec<RowError>,
    pub warnings: Vec<Warning>,
    pub new_producers: Vec<String>,
    pub new_categories: Vec<String>,
}

impl ImportReport {
    /// How many rows were rejected.
    pub fn rejected_rows(&self) -> usize {
        self.errors
            .iter()
            .map(|e| e.line)
            .collect::<HashSet<_>>()
            .len()
    }
}

/// The changes to write and the report.
#[derive(Debug)]
pub struct ImportPlan {
    pub changes: ChangeSet,
    pub report: ImportReport,
}

/// What became of each entry of the photos column (as written in the file): the stored photo,
/// or why the file was not used. Entries missing here are reported as not imported.
pub type PhotoLookup = HashMap<String, Result<PhotoId, PhotoProblem>>;

/// The distinct entries of the file's photos column, in file order (none when the file cannot
/// be read: planning reports that).
pub fn photo_entries(bytes: &[u8]) -> Vec<String> {
    let Ok(table) = read_table(bytes) else {
        return Vec::new();
    };
    let mut rows = table.rows.into_iter();
    let Some(header) = rows.next() else {
        return Vec::new();
    };
    let Some(col) = header
        .cells
        .iter()
        .position(|h| Column::from_header(h) == Some(Column::Photos))
    else {
        return Vec::new();
    };
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for row in rows {
        for entry in split_photos(row.cells.get(col).map_or("", String::as_str)) {
            if seen.insert(entry.clone()) {
                out.push(entry);
            }
        }
    }
    out
}

/// The entries of one photos cell: `|`-separated, blanks dropped.
fn split_photos(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(str::to_string)
        .collect()
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
    let table = read_table(bytes)?;
    let total = table.rows.len().saturating_sub(1);
    let mut report = ImportReport::default();
    if table.encoding == Encoding::Windows1252 {
        report.warnings.push(Warning::Windows1252);
    }
    let mut rows = table.rows.into_iter();
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
        work.row(row.line, &cells, &mut report);
    }
    progress(total, total);
    Ok(Some(ImportPlan {
        changes: work.finish(&mut report),
        report,
    }))
}

struct Cells<'a> {
    row: &'a [String],
    columns: &'a HashMap<Column, usize>,
}

impl Cells<'_> {
    /// The cell of `column`: `None` when the file has no such column.
    fn get(&self, column: Column) -> Option<&str> {
        let i = *self.columns.get(&column)?;
        Some(self.row.get(i).map(String::as_str).unwrap_or(""))
    }
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
            if let Some(en) = cells.get(Column::CategoryEn).map(tidy_line)
                && !en.is_empty()
            {
                c.name.en = en;
            }
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
            if let Some(v) = cells.get(Column::Kopontren).map(tidy_line)
                && !v.is_empty()
            {
                p.kopontren = v;
            }
            if let Some(v) = cells.get(Column::City).map(tidy_line)
                && !v.is_empty()
            {
                p.city = v;
            }
            if let Some(v) = cells.get(Column::Whatsapp)
                && !v.trim().is_empty()
            {
                match normalize_whatsapp(v) {
                    Ok(n) => p.whatsapp = n,
                    Err(e) => row.fail(Column::Whatsapp, Problem::Phone(e), v),
                }
            }
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
        self.fill_product(&mut product, cells, &mut row, report);
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

    fn fill_product(
        &self,
        p: &mut Product,
        cells: &Cells,
        row: &mut RowCheck,
        report: &mut ImportReport,
    ) {
        let text = |c: Column| cells.get(c).map(tidy_text);
        let line = |c: Column| cells.get(c).map(tidy_line);
        match text(Column::NameId) {
            Some(v) if v.is_empty() => row.fail(Column::NameId, Problem::Missing, ""),
            Some(v) => p.name.id = v,
            None => {}
        }
        set(&mut p.name.en, text(Column::NameEn));
        set(&mut p.description.id, text(Column::DescriptionId));
        set(&mut p.description.en, text(Column::DescriptionEn));
        set(&mut p.ingredients.id, text(Column::IngredientsId));
        set(&mut p.ingredients.en, text(Column::IngredientsEn));
        set(&mut p.storage.id, text(Column::StorageId));
        set(&mut p.storage.en, text(Column::StorageEn));
        set(&mut p.net_content, line(Column::NetContent));
        set(&mut p.pirt, line(Column::Pirt));
        set(&mut p.bpom, line(Column::Bpom));
        set(&mut p.export.hs_code, line(Column::HsCode));
        set(&mut p.halal.examiner, line(Column::HalalExaminer));

        if let Some(v) = cells.get(Column::Price) {
            p.price = if v.trim().is_empty() {
                None
            } else {
                match parse_rupiah(v) {
                    Ok(n) => Some(n),
                    Err(e) => {
                        row.fail(Column::Price, Problem::Price(e), v);
                        None
                    }
                }
            };
        }
        let count = |c: Column, row: &mut RowCheck| -> Option<Option<u32>> {
            let v = cells.get(c)?;
            if v.trim().is_empty() {
                return Some(None);
            }
            match parse_count(v) {
                Some(n) => Some(Some(n)),
                None => {
                    row.fail(c, Problem::Count, v);
                    Some(None)
                }
            }
        };
        if let Some(v) = count(Column::ShelfLifeMonths, row) {
            p.shelf_life_months = v;
        }
        if let Some(v) = count(Column::MinOrder, row) {
            p.export.min_order = v;
        }
        if let Some(v) = count(Column::UnitsPerCarton, row) {
            p.export.units_per_carton = v;
        }

        // One wholesale tier: both cells or neither.
        let tier_qty = count(Column::WholesaleMinQty, row);
        let tier_price = cells.get(Column::WholesalePrice).map(|v| {
            if v.trim().is_empty() {
                None
            } else {
                parse_rupiah(v)
                    .map_err(|e| row.fail(Column::WholesalePrice, Problem::Price(e), v))
                    .ok()
            }
        });
        if tier_qty.is_some() || tier_price.is_some() {
            let first = p.wholesale.first().copied();
            let qty = tier_qty.unwrap_or(first.map(|t| t.min_qty));
            let price = tier_price.unwrap_or(first.map(|t| t.price));
            let qty_cell = cells.get(Column::WholesaleMinQty).unwrap_or("").trim();
            let price_cell = cells.get(Column::WholesalePrice).unwrap_or("").trim();
            match (qty, price) {
                (Some(min_qty), Some(price)) => {
                    let tier = WholesaleTier { min_qty, price };
                    if p.wholesale.is_empty() {
                        p.wholesale.push(tier);
                    } else {
                        p.wholesale[0] = tier;
                    }
                }
                (None, None) if qty_cell.is_empty() && price_cell.is_empty() => {
                    // Both cells empty: the first tier goes, any further ones stay.
                    let first = p.wholesale.len().min(1);
                    p.wholesale.drain(..first);
                }
                (None, _) if qty_cell.is_empty() => {
                    row.fail(Column::WholesaleMinQty, Problem::WholesaleHalf, "")
                }
                (_, None) if price_cell.is_empty() => {
                    row.fail(Column::WholesalePrice, Problem::WholesaleHalf, "")
                }
                _ => {} // a malformed cell, already reported
            }
        }

        let flag = |c: Column, row: &mut RowCheck| -> Option<bool> {
            let v = cells.get(c)?;
            let parsed = parse_flag(v);
            if parsed.is_none() {
                row.fail(c, Problem::Flag, v);
            }
            parsed
        };
        if let Some(v) = flag(Column::Featured, row) {
            p.featured = v;
        }
        if let Some(v) = flag(Column::Hidden, row) {
            p.hidden = v;
        }

        // Halal data.
        let sku = p.sku.clone();
        if let Some(v) = cells.get(Column::HalalNumber) {
            p.halal.number = normalize_halal_number(v);
        }
        let kind = (!p.halal.number.is_empty()).then(|| classify_halal_number(&p.halal.number));
        if let Some(v) = cells.get(Column::HalalStatus) {
            if v.trim().is_empty() {
                // No status: a certificate number means certified, a registration number means
                // the application is in process.
                p.halal.status = match kind {
                    None => HalalStatus::NotYet,
                    Some(HalalNumberKind::Registration) => HalalStatus::InProcess,
                    Some(_) => HalalStatus::Certified,
                };
            } else {
                match HalalStatus::parse(v) {
                    Some(s) => p.halal.status = s,
                    None => row.fail(Column::HalalStatus, Problem::Status, v),
                }
            }
        }
        match kind {
            Some(HalalNumberKind::Malformed) => {
                report.warnings.push(Warning::HalalNumberUnrecognised {
                    line: row.line,
                    sku: sku.clone(),
                })
            }
            // A registration number is what an application in process has; only as the
            // number of a "certified" product is it a mistake.
            Some(HalalNumberKind::Registration) if p.halal.status == HalalStatus::Certified => {
                report.warnings.push(Warning::HalalNumberIsRegistration {
                    line: row.line,
                    sku: sku.clone(),
                })
            }
            _ => {}
        }
        if let Some(v) = cells.get(Column::HalalScheme) {
            p.halal.scheme = optional(v, HalalScheme::parse)
                .unwrap_or_else(|| row.fail_none(Column::HalalScheme, Problem::Scheme, v));
        }
        if let Some(v) = cells.get(Column::HalalIssuer) {
            p.halal.issuer = optional(v, HalalIssuer::parse)
                .unwrap_or_else(|| row.fail_none(Column::HalalIssuer, Problem::Issuer, v));
        }
        if let Some(v) = cells.get(Column::HalalIssued) {
            p.halal.issued = optional(v, |t| Date::parse(t).ok())
                .unwrap_or_else(|| row.fail_none(Column::HalalIssued, Problem::Date, v));
        }
        if let Some(v) = cells.get(Column::HalalValidUntil) {
            p.halal.valid_until = optional(v, |t| Date::parse(t).ok())
                .unwrap_or_else(|| row.fail_none(Column::HalalValidUntil, Problem::Date, v));
        }
        if let Some(v) = cells.get(Column::Photos) {
            let entries = split_photos(v);
            let mut ids = Vec::new();
            let mut missing = false;
            for entry in &entries {
                match self.photos.get(entry) {
                    Some(Ok(id)) => {
                        if !ids.contains(id) {
                            ids.push(*id);
                        }
                    }
                    Some(Err(problem)) => report.warnings.push(Warning::PhotoRefused {
                        line: row.line,
                        sku: sku.clone(),
                        file: entry.clone(),
                        problem: problem.clone(),
                    }),
                    None => missing = true,
                }
            }
            if missing {
                report.warnings.push(Warning::PhotosNotImported {
                    line: row.line,
                    sku,
                });
            } else if !ids.is_empty() || entries.is_empty() {
                // The cell is the product's photo list; when every file failed the product
                // keeps the photos it had.
                p.photos = ids;
            }
        }
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

struct RowCheck {
    line: usize,
    sku: Option<String>,
    errors: Vec<RowError>,
}

impl RowCheck {
    fn fail(&mut self, column: Column, problem: Problem, value: &str) {
        self.errors.push(RowError {
            line: self.line,
            sku: self.sku.clone(),
            column: Some(column),
            problem,
            value: value.trim().to_string(),
        });
    }

    fn fail_none<T>(&mut self, column: Column, problem: Problem, value: &str) -> Option<T> {
        self.fail(column, problem, value);
        None
    }
}

/// `Some(None)` for an empty cell, `Some(Some(v))` when it parses, `None` when it does not.
fn optional<T>(text: &str, parse: impl Fn(&str) -> Option<T>) -> Option<Option<T>> {
    if text.trim().is_empty() {
        Some(None)
    } else {
        parse(text).map(Some)
    }
}

fn set(field: &mut String, value: Option<String>) {
    if let Some(v) = value {
        *field = v;
    }
}

/// A one-line field: blanks collapsed, line breaks become spaces.
fn tidy_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn texts(p: &Product, side: impl Fn(&crate::domain::Bilingual) -> &String) -> [String; 4] {
    p.texts().map(|b| side(b).clone())
}

#[cfg(test)]
#[path = "import_tests.rs"]
mod tests;
