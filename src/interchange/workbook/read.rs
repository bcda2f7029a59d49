//! Reads one sheet of a workbook into the [`Table`] a CSV file would give: the header row, then
//! each row with a value, numbered as the sheet numbers them, each cell made text by what its
//! column holds (`super::cells`).
//!
//! The kind of workbook is told by its bytes, whatever its name: a ZIP is an .xlsx or an .ods, an
//! OLE compound file an .xls (or an .xlsx encrypted with a password, which is refused). The limits
//! in `super::limits` are checked before the reading library unpacks anything; an .xlsx sheet is
//! streamed cell by cell and counted as it comes, and its untyped cells that a number would change
//! are read as their text (`super::untyped`).
//!
//! The header is the first row among the sheet's first [`HEADER_SEARCH_ROWS`] rows with a value
//! that names a column Etalase knows, so a title above it ("Daftar produk Kopontren ...") is
//! passed over. Values in columns without a title are ignored, with one warning per sheet.

use super::cells::{Value, text};
use super::limits::{self, MAX_CELLS, ZipKind};
use super::{Container, WorkbookError, column_letters, container};
use crate::interchange::columns::{CellKind, Column};
use crate::interchange::reader::RawRow;
use crate::interchange::report::{Origin, Warning};
use crate::interchange::table::{CellFault, Table};
use calamine::{
    Ods, OdsError, Reader, Sheet, SheetType, SheetVisible, Xls, XlsError, Xlsx, XlsxError,
};
use std::collections::BTreeMap;
use std::io::Cursor;

/// The cells of a sheet that hold a value, by row and then column (0-based, where the sheet has
/// them).
type Cells = BTreeMap<u32, Vec<(u32, Value)>>;

/// How many of a sheet's rows with a value may come before its header row.
pub const HEADER_SEARCH_ROWS: usize = 20;

/// Reads the sheet named `sheet` (the first worksheet when `None`) of a workbook's bytes.
pub fn read(bytes: &[u8], sheet: Option<&str>) -> Result<Table, WorkbookError> {
    let (name, cells) = match container(bytes) {
        Some(Container::Zip) => match limits::check_zip(bytes)? {
            ZipKind::Xlsx => read_xlsx(bytes, sheet)?,
            ZipKind::Ods => {
                limits::check_ods(bytes)?;
                let book: Ods<_> = Ods::new(Cursor::new(bytes)).map_err(ods_error)?;
                read_whole(book, sheet)?
            }
        },
        Some(Container::Compound) => {
            if limits::is_encrypted_package(bytes) {
                return Err(WorkbookError::Protected);
            }
            limits::check_xls(bytes)?;
            let book: Xls<_> = Xls::new(Cursor::new(bytes)).map_err(xls_error)?;
            read_whole(book, sheet)?
        }
        None if looks_like_text(bytes) => return Err(WorkbookError::TextNotWorkbook),
        None => return Err(WorkbookError::NotWorkbook),
    };
    table(&name, cells)
}

fn xlsx_error(e: XlsxError) -> WorkbookError {
    match e {
        XlsxError::Password => WorkbookError::Protected,
        e => WorkbookError::Damaged(e.to_string()),
    }
}

fn xls_error(e: XlsError) -> WorkbookError {
    match e {
        XlsError::Password => WorkbookError::Protected,
        e => WorkbookError::Damaged(e.to_string()),
    }
}

fn ods_error(e: OdsError) -> WorkbookError {
    match e {
        OdsError::Password => WorkbookError::Protected,
        e => WorkbookError::Damaged(e.to_string()),
    }
}

/// Text, not a binary file: no NUL byte and hardly any control characters in its first bytes
/// (UTF-16 text, which has NULs, starts with its byte-order mark).
fn looks_like_text(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return true;
    }
    let head = &bytes[..bytes.len().min(8192)];
    let control = head
        .iter()
        .filter(|b| **b < 0x20 && !matches!(**b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    !head.is_empty() && !head.contains(&0) && control * 100 <= head.len()
}

/// The sheet to read: the one named (exactly, else ignoring case and outer blanks), or the first
/// visible worksheet.
fn pick(sheets: &[Sheet], wanted: Option<&str>) -> Result<String, WorkbookError> {
    let worksheets: Vec<&Sheet> = sheets
        .iter()
        .filter(|s| s.typ == SheetType::WorkSheet)
        .collect();
    let Some(wanted) = wanted else {
        return worksheets
            .iter()
            .find(|s| s.visible == SheetVisible::Visible)
            .or(worksheets.first())
            .map(|s| s.name.clone())
            .ok_or(WorkbookError::NoSheets);
    };
    let loose = |s: &str| s.trim().to_lowercase();
    worksheets
        .iter()
        .find(|s| s.name == wanted)
        .or_else(|| worksheets.iter().find(|s| loose(&s.name) == loose(wanted)))
        .map(|s| s.name.clone())
        .ok_or_else(|| WorkbookError::NoSuchSheet {
            sheet: wanted.to_string(),
            sheets: worksheets.iter().map(|s| s.name.clone()).collect(),
        })
}

/// Adds a cell that holds a value, counting it against [`MAX_CELLS`].
fn keep(
    cells: &mut Cells,
    count: &mut usize,
    row: u32,
    col: u32,
    value: Value,
) -> Result<(), WorkbookError> {
    if value.is_empty() {
        return Ok(());
    }
    *count += 1;
    if *count > MAX_CELLS {
        return Err(WorkbookError::TooManyCells { limit: MAX_CELLS });
    }
    cells.entry(row).or_default().push((col, value));
    Ok(())
}

/// An .xlsx sheet, streamed cell by cell.
fn read_xlsx(bytes: &[u8], wanted: Option<&str>) -> Result<(String, Cells), WorkbookError> {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(xlsx_error)?;
    let name = pick(book.sheets_metadata(), wanted)?;
    let mut reader = book.worksheet_cells_reader(&name).map_err(xlsx_error)?;
    let mut cells = Cells::new();
    let mut count = 0;
    while let Some(cell) = reader.next_cell().map_err(xlsx_error)? {
        let (row, col) = cell.get_position();
        keep(
            &mut cells,
            &mut count,
            row,
            col,
            Value::from(cell.get_value().clone()),
        )?;
    }
    drop(reader);
    // A cell without a type whose text a number would change is read as its text.
    for ((row, col), text) in super::untyped::untyped_texts(bytes, &name)? {
        if let Some(value) = cells
            .get_mut(&row)
            .and_then(|r| r.iter_mut().find(|(c, _)| *c == col))
            .map(|(_, v)| v)
            && matches!(value, Value::Number(_) | Value::Int(_))
        {
            *value = Value::Text(text);
        }
    }
    Ok((name, cells))
}

/// A sheet of a reader that lays out whole sheets (.ods, .xls; their size was checked before).
fn read_whole<'a, R>(mut book: R, wanted: Option<&str>) -> Result<(String, Cells), WorkbookError>
where
    R: Reader<Cursor<&'a [u8]>>,
    R::Error: std::fmt::Display,
{
    let name = pick(book.sheets_metadata(), wanted)?;
    let range = book
        .worksheet_range(&name)
        .map_err(|e| WorkbookError::Damaged(e.to_string()))?;
    let (top, left) = range.start().unwrap_or((0, 0));
    let mut cells = Cells::new();
    let mut count = 0;
    for (row, col, data) in range.used_cells() {
        let (row, col) = (top + row as u32, left + col as u32);
        keep(&mut cells, &mut count, row, col, Value::from(data))?;
    }
    Ok((name, cells))
}

/// The sheet's cells as a table: its header row, then every row below it with a value in a
/// titled column (or an error value there), each cell made text by its column's kind.
fn table(sheet: &str, cells: Cells) -> Result<Table, WorkbookError> {
    if cells.is_empty() {
        return Err(WorkbookError::EmptySheet {
            sheet: sheet.to_string(),
        });
    }
    let names_a_column =
        |v: &Value| matches!(v, Value::Text(t) if Column::from_header(t).is_some());
    let (header_row, header_cells) = cells
        .iter()
        .take(HEADER_SEARCH_ROWS)
        .find(|(_, row)| row.iter().any(|(_, v)| names_a_column(v)))
        .ok_or_else(|| WorkbookError::NoHeader {
            sheet: sheet.to_string(),
        })?;
    let width = header_cells
        .iter()
        .map(|(c, _)| *c as usize + 1)
        .max()
        .unwrap_or(0);
    let mut header = vec![String::new(); width];
    for (c, v) in header_cells {
        header[*c as usize] = text(v, CellKind::Text).unwrap_or_default();
    }
    let kinds: Vec<CellKind> = header
        .iter()
        .map(|h| Column::from_header(h).map_or(CellKind::Text, Column::kind))
        .collect();
    let mut laid_out = width;
    let mut rows = vec![RawRow {
        line: *header_row as usize + 1,
        cells: header.clone(),
    }];
    let mut faults = Vec::new();
    let mut warnings = Vec::new();
    for (row, values) in cells.range(header_row + 1..) {
        let line = *row as usize + 1;
        let mut out: Vec<String> = Vec::new();
        for (col, value) in values {
            let col = *col as usize;
            if header.get(col).is_none_or(|h| h.trim().is_empty()) {
                if !warnings
                    .iter()
                    .any(|w| matches!(w, Warning::UntitledCells { .. }))
                {
                    warnings.push(Warning::UntitledCells {
                        line,
                        column: column_letters(col),
                    });
                }
                continue;
            }
            if out.len() <= col {
                out.resize(col + 1, String::new());
            }
            match text(value, kinds[col]) {
                Ok(t) => out[col] = t,
                Err(shown) => faults.push(CellFault {
                    line,
                    index: col,
                    shown,
                }),
            }
        }
        if out.is_empty() {
            continue;
        }
        laid_out += out.len();
        if laid_out > MAX_CELLS {
            return Err(WorkbookError::TooManyCells { limit: MAX_CELLS });
        }
        rows.push(RawRow { line, cells: out });
    }
    Ok(Table {
        rows,
        origin: Origin::Sheet {
            name: sheet.to_string(),
        },
        faults,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(rows: &[(u32, &[(u32, Value)])]) -> Cells {
        rows.iter().map(|(r, c)| (*r, c.to_vec())).collect()
    }

    fn s(t: &str) -> Value {
        Value::Text(t.to_string())
    }

    #[test]
    fn a_title_above_the_header_is_passed_over_and_rows_keep_the_sheets_numbers() {
        let t = table(
            "Produk",
            cells(&[
                (0, &[(0, s("Daftar produk Kopontren"))]),
                (
                    2,
                    &[
                        (0, s("sku")),
                        (1, s("whatsapp")),
                        (2, s("price")),
                        (3, s("halal_issued")),
                    ],
                ),
                (
                    3,
                    &[
                        (0, Value::Number(1001.0)),
                        (1, Value::Number(6_282_231_234_567.0)),
                        (2, Value::Number(25_000.0)),
                        (
                            3,
                            Value::Date {
                                year: 2024,
                                month: 3,
                                day: 15,
                            },
                        ),
                    ],
                ),
                (
                    6,
                    &[
                        (0, s("A-2")),
                        (2, Value::Error("#N/A".into())),
                        (5, s("catatan")),
                    ],
                ),
            ]),
        )
        .unwrap();
        assert_eq!(
            t.origin,
            Origin::Sheet {
                name: "Produk".into()
            }
        );
        let lines: Vec<usize> = t.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, vec![3, 4, 7]);
        assert_eq!(
            t.rows[1].cells,
            vec!["1001", "6282231234567", "25000", "2024-03-15"]
        );
        assert_eq!(t.rows[2].cells, vec!["A-2", "", ""]);
        assert_eq!(
            t.faults,
            vec![CellFault {
                line: 7,
                index: 2,
                shown: "#N/A".into()
            }]
        );
        assert_eq!(
            t.warnings,
            vec![Warning::UntitledCells {
                line: 7,
                column: "F".into()
            }]
        );
    }

    #[test]
    fn empty_sheets_and_sheets_without_a_header_are_refused() {
        assert_eq!(
            table("Kosong", Cells::new()).unwrap_err(),
            WorkbookError::EmptySheet {
                sheet: "Kosong".into()
            }
        );
        assert_eq!(
            table(
                "Angka",
                cells(&[(0, &[(0, Value::Number(1.0)), (1, s("Kopi"))])])
            )
            .unwrap_err(),
            WorkbookError::NoHeader {
                sheet: "Angka".into()
            }
        );
    }

    #[test]
    fn sheets_are_picked_by_name_or_the_first_visible_worksheet() {
        let sheet = |name: &str, typ, visible| Sheet {
            name: name.to_string(),
            typ,
            visible,
        };
        let sheets = [
            sheet("Grafik", SheetType::ChartSheet, SheetVisible::Visible),
            sheet("Rahasia", SheetType::WorkSheet, SheetVisible::Hidden),
            sheet("Produk", SheetType::WorkSheet, SheetVisible::Visible),
            sheet("Petunjuk", SheetType::WorkSheet, SheetVisible::Visible),
        ];
        assert_eq!(pick(&sheets, None).unwrap(), "Produk");
        assert_eq!(pick(&sheets, Some(" petunjuk ")).unwrap(), "Petunjuk");
        assert_eq!(
            pick(&sheets, Some("Harga")).unwrap_err(),
            WorkbookError::NoSuchSheet {
                sheet: "Harga".into(),
                sheets: vec!["Rahasia".into(), "Produk".into(), "Petunjuk".into()],
            }
        );
        assert_eq!(
            pick(&sheets[..1], None).unwrap_err(),
            WorkbookError::NoSheets
        );
    }

    #[test]
    fn text_files_and_other_files_are_told_apart() {
        assert_eq!(
            read(b"sku;name_id\nA;Kopi\n", None).unwrap_err(),
            WorkbookError::TextNotWorkbook
        );
        assert_eq!(
            read(&[0x89, b'P', b'N', b'G', 0, 0, 0, 1], None).unwrap_err(),
            WorkbookError::NotWorkbook
        );
        assert_eq!(read(b"", None).unwrap_err(), WorkbookError::NotWorkbook);
    }
}
