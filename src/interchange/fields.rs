//! Reading one row of cell strings into a product: where each column's cell is ([`Cells`]), how
//! each field's cell is tidied, parsed and checked, and the problems of the row collected with
//! their line and column ([`RowCheck`]). Knows nothing of CSV: any table with the same columns
//! (a CSV file, a workbook sheet) gives its rows to these functions; matching products, producers
//! and categories against the catalogue is the import driver's (`super::import`).

use super::columns::Column;
use super::report::{Problem, RowError, Warning};
use crate::domain::halal::{HalalNumberKind, classify_halal_number, normalize_halal_number};
use crate::domain::parse::{normalize_whatsapp, parse_count, parse_flag, parse_rupiah, tidy_text};
use crate::domain::spreadsheet::{Damage, Identifier, damage};
use crate::domain::{
    Category, Date, HalalIssuer, HalalScheme, HalalStatus, PhotoId, Producer, Product,
    TrademarkStatus, WholesaleTier,
};
use crate::storage::PhotoProblem;
use std::collections::HashMap;

/// What became of each entry of the photos column (as written in the file): the stored photo,
/// or why the file was not used. Entries missing here are reported as not imported.
pub type PhotoLookup = HashMap<String, Result<PhotoId, PhotoProblem>>;

/// The entries of one photos cell: `|`-separated, blanks dropped.
pub(super) fn split_photos(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(str::to_string)
        .collect()
}

/// One row's cells, found by column.
pub(super) struct Cells<'a> {
    pub(super) row: &'a [String],
    /// Where each column of the header is in the row.
    pub(super) columns: &'a HashMap<Column, usize>,
}

impl Cells<'_> {
    /// The cell of `column`: `None` when the file has no such column.
    pub(super) fn get(&self, column: Column) -> Option<&str> {
        let i = *self.columns.get(&column)?;
        Some(self.row.get(i).map(String::as_str).unwrap_or(""))
    }
}

/// The problems found so far in one row; any of them rejects the row.
pub(super) struct RowCheck {
    pub(super) line: usize,
    pub(super) sku: Option<String>,
    pub(super) errors: Vec<RowError>,
}

impl RowCheck {
    pub(super) fn fail(&mut self, column: Column, problem: Problem, value: &str) {
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

/// Sets the category's English name from a non-empty `category_en` cell.
pub(super) fn fill_category(c: &mut Category, cells: &Cells) {
    if let Some(en) = cells.get(Column::CategoryEn).map(tidy_line)
        && !en.is_empty()
    {
        c.name.en = en;
    }
}

/// Sets the producer's shared fields from the row's non-empty cells.
pub(super) fn fill_producer(
    p: &mut Producer,
    cells: &Cells,
    row: &mut RowCheck,
    warnings: &mut Vec<Warning>,
) {
    let filled = |c: Column| cells.get(c).filter(|v| !v.trim().is_empty());
    for (column, field) in [
        (Column::Nib, &mut p.nib),
        (Column::Nspp, &mut p.nspp),
        (Column::LegalEntityNumber, &mut p.legal.legal_entity_number),
        (Column::NikKoperasi, &mut p.legal.nik_koperasi),
    ] {
        if let Some(v) = filled(column)
            && identifier_usable(column, v, row, warnings)
        {
            *field = tidy_line(v);
        }
    }
    for (column, field) in [
        (Column::ContactPerson, &mut p.legal.contact_person),
        (Column::ContactRole, &mut p.legal.contact_role),
    ] {
        if let Some(v) = filled(column) {
            *field = tidy_line(v);
        }
    }
    if let Some(v) = filled(Column::KemenagRegistered) {
        match parse_flag(v) {
            Some(b) => p.legal.kemenag_registered = Some(b),
            None => row.fail(Column::KemenagRegistered, Problem::Flag, v),
        }
    }
    for (column, field) in [
        (Column::Members, &mut p.legal.members),
        (Column::SantriInvolved, &mut p.legal.santri_involved),
    ] {
        if let Some(v) = filled(column) {
            match parse_count(v) {
                Some(n) => *field = Some(n),
                None => row.fail(column, Problem::Count, v),
            }
        }
    }
    if let Some(v) = filled(Column::YearFounded) {
        match parse_count(v).and_then(|n| u16::try_from(n).ok()) {
            Some(year) if (1000..=9999).contains(&year) => p.legal.founded_year = Some(year),
            _ => row.fail(Column::YearFounded, Problem::Year, v),
        }
    }
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
        if let Some(Damage::ScientificNotation) = damage(Identifier::Whatsapp, v) {
            // Say what the spreadsheet did, not only that this is no phone number.
            row.fail(Column::Whatsapp, Problem::ScientificNotation, v);
        } else {
            match normalize_whatsapp(v) {
                Ok(n) => p.whatsapp = n,
                Err(e) => row.fail(Column::Whatsapp, Problem::Phone(e), v),
            }
        }
    }
}

/// Names what a spreadsheet did to the cell of an identifier column: a number in scientific
/// notation has lost its digits and rejects the row; a lost leading zero is a warning, and the
/// cell is kept as written (the likely value is only a guess). False when the row is rejected.
pub(super) fn identifier_usable(
    column: Column,
    cell: &str,
    row: &mut RowCheck,
    warnings: &mut Vec<Warning>,
) -> bool {
    let identifier = match column {
        Column::Sku => Identifier::Sku,
        Column::Whatsapp => Identifier::Whatsapp,
        Column::HalalNumber => Identifier::HalalNumber,
        Column::Pirt => Identifier::Pirt,
        Column::Bpom => Identifier::Bpom,
        Column::HsCode => Identifier::HsCode,
        Column::Nib => Identifier::Nib,
        Column::NikKoperasi => Identifier::NikKoperasi,
        _ => return true,
    };
    match damage(identifier, cell) {
        None => true,
        Some(Damage::ScientificNotation) => {
            row.fail(column, Problem::ScientificNotation, cell);
            false
        }
        Some(Damage::LeadingZeroLost { likely }) => {
            warnings.push(Warning::LeadingZeroLost {
                line: row.line,
                sku: row.sku.clone().unwrap_or_default(),
                column,
                value: cell.trim().to_string(),
                likely,
            });
            true
        }
    }
}

/// Sets the product's own fields from the row: a column the file lacks leaves its field as it
/// is, an empty cell clears it (a required one is a problem), except that for a product the file
/// `creates` a missing `halal_status` column reads as an empty cell. Bad cells go to `row`; halal
/// numbers of no known form, identifiers a spreadsheet damaged and photos that could not be used
/// go to `warnings`.
pub(super) fn fill_product(
    p: &mut Product,
    cells: &Cells,
    creates: bool,
    photos: &PhotoLookup,
    row: &mut RowCheck,
    warnings: &mut Vec<Warning>,
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
    for (column, field) in [
        (Column::Pirt, &mut p.pirt),
        (Column::Bpom, &mut p.bpom),
        (Column::HsCode, &mut p.export.hs_code),
    ] {
        if let Some(v) = cells.get(column)
            && identifier_usable(column, v, row, warnings)
        {
            *field = tidy_line(v);
        }
    }
    set(&mut p.halal.examiner, line(Column::HalalExaminer));
    for (column, field) in [
        (Column::TrademarkNumber, &mut p.trademark.number),
        (Column::Sni, &mut p.sni),
    ] {
        if let Some(v) = cells.get(column) {
            *field = tidy_line(v);
        }
    }
    if let Some(v) = cells.get(Column::TrademarkStatus) {
        if v.trim().is_empty() {
            p.trademark.status = TrademarkStatus::default();
        } else {
            match TrademarkStatus::parse(v) {
                Some(status) => p.trademark.status = status,
                None => row.fail(Column::TrademarkStatus, Problem::TrademarkStatus, v),
            }
        }
    }

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
    if let Some(v) = cells.get(Column::HalalNumber)
        && identifier_usable(Column::HalalNumber, v, row, warnings)
    {
        p.halal.number = normalize_halal_number(v);
    }
    let kind = (!p.halal.number.is_empty()).then(|| classify_halal_number(&p.halal.number));
    // A new product's status follows its number when the file has no status column: a list of
    // certificate numbers without one would otherwise make every product "not certified".
    let status = cells.get(Column::HalalStatus).or(creates.then_some(""));
    if let Some(v) = status {
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
        Some(HalalNumberKind::Malformed) => warnings.push(Warning::HalalNumberUnrecognised {
            line: row.line,
            sku: sku.clone(),
        }),
        // A registration number is what an application in process has; only as the
        // number of a "certified" product is it a mistake.
        Some(HalalNumberKind::Registration) if p.halal.status == HalalStatus::Certified => warnings
            .push(Warning::HalalNumberIsRegistration {
                line: row.line,
                sku: sku.clone(),
            }),
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
            match photos.get(entry) {
                Some(Ok(id)) => {
                    if !ids.contains(id) {
                        ids.push(*id);
                    }
                }
                Some(Err(problem)) => warnings.push(Warning::PhotoRefused {
                    line: row.line,
                    sku: sku.clone(),
                    file: entry.clone(),
                    problem: problem.clone(),
                }),
                None => missing = true,
            }
        }
        if missing {
            warnings.push(Warning::PhotosNotImported {
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
pub(super) fn tidy_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
