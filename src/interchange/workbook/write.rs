//! Writes the catalogue as an .xlsx workbook that imports back to the same catalogue:
//!
//! - the products sheet has the CSV's columns in the CSV's order and the CSV's cell contents
//!   (`crate::interchange::export::cell`), typed by [`Column::kind`]: identifiers as text cells in
//!   columns formatted as Text (`@`, so Excel keeps what is typed there as text), prices as
//!   numbers in rupiah format (`#,##0`), counts as whole numbers, dates as date cells
//!   (`yyyy-mm-dd`), everything else as string cells, never formulas, whatever the text starts
//!   with; a bold, frozen header row with a filter, widths to fit, and dropdown lists for category,
//!   producer, halal status, scheme and issuer and the yes/no columns (a list longer than Excel's
//!   255 characters points at a column of the hidden lists sheet);
//! - the guide sheet explains every column in Indonesian and English (from both languages'
//!   locale files, whatever the user's language);
//! - the lists sheet (hidden) holds the category and producer names the long dropdowns use.
//!
//! The same products give the same bytes: the creation date is fixed, and nothing depends on the
//! user's language or the clock.

use crate::domain::sort::natural_cmp;
use crate::domain::{Category, CategoryId, Date, Lang, Producer, ProducerId, Product};
use crate::i18n::Translator;
use crate::interchange::columns::{CellKind, Column};
use crate::interchange::export::{cell, photo_files};
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DocProperties, ExcelDateTime, Format,
    FormatBorder, Formula, Workbook, Worksheet, XlsxError,
};
use std::collections::HashMap;

/// Why a workbook could not be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WriteError {
    /// A text is longer than a workbook cell holds (32,767 characters).
    #[error("the {column:?} of {sku} has more than 32767 characters")]
    TextTooLong { sku: String, column: Column },
    /// The workbook library refused (its own words; not expected with the checks above).
    #[error("the workbook could not be made: {0}")]
    Library(String),
}

impl From<XlsxError> for WriteError {
    fn from(e: XlsxError) -> Self {
        WriteError::Library(e.to_string())
    }
}

/// The most characters a workbook cell holds.
const MAX_CELL_CHARS: usize = 32_767;

/// The last row a sheet has (0-based): dropdowns and formats reach down to it, so rows typed in
/// later get them too.
const LAST_ROW: u32 = 1_048_575;

/// The longest list a dropdown may spell out itself, commas included.
const MAX_LIST_CHARS: usize = 255;

/// The workbook for these products: [`write_workbook_with`] without photos.
pub fn write_workbook(
    products: &[Product],
    producers: &[Producer],
    categories: &[Category],
) -> Result<Vec<u8>, WriteError> {
    Ok(
        write_workbook_with(products, producers, categories, None, &mut |_, _| true)?
            .expect("never cancelled"),
    )
}

/// The workbook for these products, sorted by SKU; the photos column names the files in
/// `photo_folder` as the CSV export does (`FOLDER/SKU-1.jpg`). The dropdown lists offer every
/// category and producer given. Reports `(rows written, rows in all)`; `Ok(None)` when
/// `progress` returns false.
pub fn write_workbook_with(
    products: &[Product],
    producers: &[Producer],
    categories: &[Category],
    photo_folder: Option<&str>,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<Option<Vec<u8>>, WriteError> {
    let id = Translator::new(Lang::Id);
    let en = Translator::new(Lang::En);
    let names = SheetNames {
        products: id.t("workbook-sheet-products"),
        guide: id.t("workbook-sheet-guide"),
        lists: id.t("workbook-sheet-lists"),
    };
    let photos = photo_folder
        .map(|f| photo_files(products, f))
        .unwrap_or_default();
    let by_producer: HashMap<ProducerId, &Producer> = producers.iter().map(|p| (p.id, p)).collect();
    let by_category: HashMap<CategoryId, &Category> =
        categories.iter().map(|c| (c.id, c)).collect();
    let mut sorted: Vec<&Product> = products.iter().collect();
    sorted.sort_by(|a, b| natural_cmp(&a.sku, &b.sku));

    let formats = Formats::new();
    let mut sheet = Worksheet::new();
    sheet.set_name(&names.products)?;
    let mut widths: Vec<usize> = Column::ALL.iter().map(|c| c.name().len() + 3).collect();
    for (i, column) in Column::ALL.iter().enumerate() {
        let col = i as u16;
        sheet.write_string_with_format(0, col, column.name(), &formats.header)?;
        if let Some(format) = formats.column(column.kind()) {
            sheet.set_column_format(col, format)?;
        }
    }
    let total = sorted.len();
    for (done, p) in sorted.iter().enumerate() {
        if done % 64 == 0 && !progress(done, total) {
            return Ok(None);
        }
        let row = done as u32 + 1;
        let producer = by_producer.get(&p.producer).copied();
        let category = by_category.get(&p.category).copied();
        for (i, column) in Column::ALL.iter().enumerate() {
            let text = match column {
                Column::Photos => photos.get(&p.id).map(|n| n.join("|")).unwrap_or_default(),
                _ => cell(*column, p, producer, category),
            };
            if text.is_empty() {
                continue;
            }
            if text.chars().count() > MAX_CELL_CHARS {
                return Err(WriteError::TextTooLong {
                    sku: p.sku.clone(),
                    column: *column,
                });
            }
            let width = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
            widths[i] = widths[i].max(width + 2);
            write_cell(&mut sheet, row, i as u16, column.kind(), &text, &formats)?;
        }
    }
    for (i, kind) in Column::ALL.iter().map(|c| c.kind()).enumerate() {
        let least = match kind {
            CellKind::Date | CellKind::Rupiah => 12,
            _ => 8,
        };
        sheet.set_column_width(i as u16, widths[i].clamp(least, 50) as f64)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, total as u32, Column::ALL.len() as u16 - 1)?;

    let mut lists = Worksheet::new();
    lists.set_name(&names.lists)?;
    lists.set_hidden(true);
    add_dropdowns(&mut sheet, &mut lists, &names.lists, producers, categories)?;
    progress(total, total);

    let mut workbook = Workbook::new();
    // A fixed creation date: the same catalogue gives the same bytes.
    let created = ExcelDateTime::from_ymd(2024, 1, 1)?;
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&created));
    sheet.set_active(true);
    workbook.push_worksheet(sheet);
    workbook.push_worksheet(guide_sheet(&names.guide, &id, &en, &formats)?);
    workbook.push_worksheet(lists);
    Ok(Some(workbook.save_to_buffer()?))
}

/// The dropdown lists of the products sheet, reaching down to its last row. Category and
/// producer names may be new (the import creates them), and the import takes other spellings of
/// the fixed codes too, so the lists advise rather than stop. A list too long to spell out goes
/// into a column of the `lists` sheet (named `lists_name`).
fn add_dropdowns(
    sheet: &mut Worksheet,
    lists: &mut Worksheet,
    lists_name: &str,
    producers: &[Producer],
    categories: &[Category],
) -> Result<(), XlsxError> {
    let mut category_names: Vec<&str> = categories.iter().map(|c| c.name.id.as_str()).collect();
    let mut producer_names: Vec<&str> = producers.iter().map(|p| p.pesantren.as_str()).collect();
    for names in [&mut category_names, &mut producer_names] {
        names.sort_by(|a, b| natural_cmp(a, b));
        names.dedup();
    }
    let advise = || DataValidationErrorStyle::Information;
    let warn = || DataValidationErrorStyle::Warning;
    let dropdowns: [(&[Column], Vec<&str>, DataValidationErrorStyle); 7] = [
        (&[Column::Category], category_names, advise()),
        (&[Column::Producer], producer_names, advise()),
        (
            &[Column::HalalStatus],
            vec!["certified", "in_process", "none", "not_required"],
            warn(),
        ),
        (
            &[Column::HalalScheme],
            vec!["regular", "self_declare"],
            warn(),
        ),
        (&[Column::HalalIssuer], vec!["BPJPH", "MUI"], warn()),
        (
            &[Column::Featured, Column::Hidden, Column::KemenagRegistered],
            vec!["yes", "no"],
            warn(),
        ),
        (
            &[Column::TrademarkStatus],
            vec!["registered", "filed", "none"],
            warn(),
        ),
    ];
    let mut list_column = 0u16;
    for (columns, values, style) in dropdowns {
        if values.is_empty() {
            continue;
        }
        let validation = match list_source(&values) {
            ListSource::Inline => DataValidation::new().allow_list_strings(&values)?,
            ListSource::Range => {
                for (r, v) in values.iter().enumerate() {
                    lists.write_string(r as u32, list_column, *v)?;
                }
                let letters = super::column_letters(usize::from(list_column));
                let sheet_name = lists_name.replace('\'', "''");
                let formula = format!("='{sheet_name}'!${letters}$1:${letters}${}", values.len());
                list_column += 1;
                DataValidation::new().allow_list_formula(Formula::new(formula))
            }
        }
        .set_error_style(style);
        for column in columns {
            let col = column_index(*column);
            sheet.add_data_validation(1, col, LAST_ROW, col, &validation)?;
        }
    }
    Ok(())
}

struct SheetNames {
    products: String,
    guide: String,
    lists: String,
}

/// Where a column is on the products sheet.
fn column_index(column: Column) -> u16 {
    Column::ALL.iter().position(|c| *c == column).unwrap_or(0) as u16
}

/// How a dropdown's values are given to Excel.
#[derive(Debug, PartialEq, Eq)]
enum ListSource {
    /// Spelled out in the rule itself.
    Inline,
    /// A range of cells on the lists sheet: the list is longer than Excel allows inline, or a
    /// value has a comma (which would split it there).
    Range,
}

fn list_source(values: &[&str]) -> ListSource {
    let length: usize = values.iter().map(|v| v.encode_utf16().count() + 1).sum();
    if length.saturating_sub(1) > MAX_LIST_CHARS || values.iter().any(|v| v.contains([',', '"'])) {
        ListSource::Range
    } else {
        ListSource::Inline
    }
}

/// The cell formats, made once.
struct Formats {
    header: Format,
    text: Format,
    rupiah: Format,
    count: Format,
    date: Format,
    wrap: Format,
    bold: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            header: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xD9EAD3))
                .set_border_bottom(FormatBorder::Thin),
            text: Format::new().set_num_format("@"),
            rupiah: Format::new().set_num_format("#,##0"),
            count: Format::new().set_num_format("0"),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            wrap: Format::new()
                .set_text_wrap()
                .set_align(rust_xlsxwriter::FormatAlign::Top),
            bold: Format::new()
                .set_bold()
                .set_align(rust_xlsxwriter::FormatAlign::Top),
        }
    }

    /// The format a whole column of this kind gets (so rows typed in later get it too).
    fn column(&self, kind: CellKind) -> Option<&Format> {
        match kind {
            CellKind::Identifier => Some(&self.text),
            CellKind::Rupiah => Some(&self.rupiah),
            CellKind::Count => Some(&self.count),
            CellKind::Date => Some(&self.date),
            CellKind::Text | CellKind::Flag => None,
        }
    }
}

/// One cell, typed by its column's kind. Text the CSV writes that does not read as its kind (it
/// never happens with the catalogue's own values) is written as a string, so nothing is lost.
fn write_cell(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    kind: CellKind,
    text: &str,
    formats: &Formats,
) -> Result<(), XlsxError> {
    match kind {
        CellKind::Rupiah | CellKind::Count => {
            if let Ok(n) = text.parse::<u64>() {
                let format = if kind == CellKind::Rupiah {
                    &formats.rupiah
                } else {
                    &formats.count
                };
                sheet.write_number_with_format(row, col, n as f64, format)?;
                return Ok(());
            }
        }
        CellKind::Date => {
            if let Ok(d) = Date::parse(text)
                && let (Ok(year), true) =
                    (u16::try_from(d.year()), (1900..=9999).contains(&d.year()))
            {
                let date = ExcelDateTime::from_ymd(year, d.month(), d.day())?;
                sheet.write_datetime_with_format(row, col, &date, &formats.date)?;
                return Ok(());
            }
        }
        CellKind::Identifier => {
            sheet.write_string_with_format(row, col, text, &formats.text)?;
            return Ok(());
        }
        CellKind::Text | CellKind::Flag => {}
    }
    sheet.write_string(row, col, text)?;
    Ok(())
}

/// The sheet that explains every column, in Indonesian and English.
fn guide_sheet(
    name: &str,
    id: &Translator,
    en: &Translator,
    formats: &Formats,
) -> Result<Worksheet, XlsxError> {
    let mut sheet = Worksheet::new();
    sheet.set_name(name)?;
    let both = |key: &str| format!("{} / {}", id.t(key), en.t(key));
    let head = [
        both("workbook-guide-head-column"),
        both("workbook-guide-head-required"),
        id.t("workbook-guide-head-explanation"),
        en.t("workbook-guide-head-explanation"),
    ];
    for (col, text) in head.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, text, &formats.header)?;
    }
    let required = both("workbook-guide-required");
    for (i, column) in Column::ALL.iter().enumerate() {
        let row = i as u32 + 1;
        let key = guide_key(*column);
        sheet.write_string_with_format(row, 0, column.name(), &formats.bold)?;
        if Column::REQUIRED.contains(column) {
            sheet.write_string_with_format(row, 1, &required, &formats.wrap)?;
        }
        sheet.write_string_with_format(row, 2, id.t(&key), &formats.wrap)?;
        sheet.write_string_with_format(row, 3, en.t(&key), &formats.wrap)?;
    }
    let notes = [
        "workbook-guide-note-rows",
        "workbook-guide-note-identifiers",
        "workbook-guide-note-dropdowns",
        "workbook-guide-note-photos",
    ];
    let first = Column::ALL.len() as u32 + 2;
    for (i, key) in notes.iter().enumerate() {
        let row = first + i as u32;
        sheet.write_string_with_format(row, 2, id.t(key), &formats.wrap)?;
        sheet.write_string_with_format(row, 3, en.t(key), &formats.wrap)?;
    }
    sheet.set_column_width(0, 22)?;
    sheet.set_column_width(1, 18)?;
    sheet.set_column_width(2, 70)?;
    sheet.set_column_width(3, 70)?;
    sheet.set_freeze_panes(1, 0)?;
    Ok(sheet)
}

/// The locale id that explains a column: `workbook-col-name-id` for `name_id`.
pub fn guide_key(column: Column) -> String {
    format!("workbook-col-{}", column.name().replace('_', "-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lists_and_lists_with_commas_point_at_a_range() {
        assert_eq!(list_source(&["yes", "no"]), ListSource::Inline);
        let long: Vec<String> = (0..40).map(|i| format!("Kategori nomor {i}")).collect();
        let long: Vec<&str> = long.iter().map(String::as_str).collect();
        assert_eq!(list_source(&long), ListSource::Range);
        assert_eq!(list_source(&["Busana, Batik", "Kopi"]), ListSource::Range);
        // Exactly 255 characters with the commas still fits.
        let a = "a".repeat(127);
        let b = "b".repeat(127);
        assert_eq!(list_source(&[&a, &b]), ListSource::Inline);
        let b = "b".repeat(128);
        assert_eq!(list_source(&[&a, &b]), ListSource::Range);
    }

    #[test]
    fn every_column_is_explained_in_both_languages() {
        for lang in Lang::ALL {
            let tr = Translator::new(lang);
            for column in Column::ALL {
                let key = guide_key(column);
                assert!(tr.has(&key), "{lang:?} lacks {key}");
            }
            for key in [
                "workbook-sheet-products",
                "workbook-sheet-guide",
                "workbook-sheet-lists",
            ] {
                assert!(tr.has(key), "{lang:?} lacks {key}");
            }
        }
    }
}
