//! Excel and LibreOffice workbooks in and out: the first-class way for a catalogue to travel through
//! a spreadsheet without the damage a CSV round trip through Excel does to identifiers.
//!
//! - [`read`] turns a workbook's bytes (.xlsx/.xlsm, .xls, .ods, told apart by their content) into
//!   the same [`Table`](super::table::Table) of cell strings a CSV file gives, one sheet, with the
//!   sheet's own row numbers; the cell rules are in `cells`, the limits that keep a hostile file
//!   from inflating without bound in `limits`.
//! - [`write`] writes the catalogue as an .xlsx workbook with the CSV's columns and cell contents,
//!   typed (identifiers as text, prices as numbers, dates as dates), and a second sheet that
//!   explains each column.
//!
//! Pure: bytes in, rows out; products in, bytes out. Nothing here opens a file.

mod cells;
mod compound;
mod limits;
mod read;
mod untyped;
mod write;

pub use limits::{MAX_CELLS, MAX_INFLATED_BYTES};
pub use read::read;
pub use write::{WriteError, guide_key, write_workbook, write_workbook_with};

/// Why a workbook was refused as a whole. Nothing is imported when it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WorkbookError {
    /// The file has a workbook's name but holds plain text: a CSV file renamed, most often.
    #[error("the file is text, not a workbook")]
    TextNotWorkbook,
    /// Neither a workbook nor text (another kind of file, or an .xlsb binary workbook).
    #[error("the file is not a workbook Etalase can read")]
    NotWorkbook,
    /// It starts like a workbook but cannot be read: damaged, or cut off while being copied.
    /// The detail is the reading library's, for a debug log only.
    #[error("the workbook is damaged or incomplete: {0}")]
    Damaged(String),
    /// Encrypted with a password (an encrypted .xlsx is an OLE compound file, not a ZIP).
    #[error("the workbook is protected with a password")]
    Protected,
    /// Unpacks to more than [`MAX_INFLATED_BYTES`], or its parts are larger than they say.
    #[error("the workbook unpacks to more than {megabytes} MB")]
    TooLarge { megabytes: u64 },
    /// More than [`MAX_CELLS`] cells.
    #[error("the workbook has more than {limit} cells")]
    TooManyCells { limit: usize },
    /// The workbook has no worksheet at all (only charts, say).
    #[error("the workbook has no worksheet")]
    NoSheets,
    /// The sheet asked for is not in the workbook; these are.
    #[error("no sheet named {sheet:?}; the sheets are {sheets:?}")]
    NoSuchSheet { sheet: String, sheets: Vec<String> },
    /// The sheet holds nothing at all.
    #[error("sheet {sheet:?} is empty")]
    EmptySheet { sheet: String },
    /// None of the sheet's first rows names a column Etalase knows.
    #[error("sheet {sheet:?} has no header row")]
    NoHeader { sheet: String },
    /// A sheet was named for a file that is CSV, which has none.
    #[error("a sheet was named for a CSV file")]
    SheetOfCsv,
}

/// What a file's first bytes say it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Container {
    /// A ZIP archive: .xlsx, .xlsm, .ods (or another ZIP).
    Zip,
    /// An OLE compound file: .xls, or an .xlsx encrypted with a password.
    Compound,
}

/// The container a file's bytes start with, if any.
pub fn container(bytes: &[u8]) -> Option<Container> {
    const ZIP: [&[u8]; 2] = [b"PK\x03\x04", b"PK\x05\x06"];
    const CFB: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    if ZIP.iter().any(|m| bytes.starts_with(m)) {
        Some(Container::Zip)
    } else if bytes.starts_with(CFB) {
        Some(Container::Compound)
    } else {
        None
    }
}

/// The names a workbook to import may end in.
pub const WORKBOOK_EXTENSIONS: [&str; 4] = ["xlsx", "xlsm", "xls", "ods"];

/// Every name a product list to import may end in: workbooks first, then CSV.
pub const IMPORT_EXTENSIONS: [&str; 6] = ["xlsx", "xlsm", "xls", "ods", "csv", "txt"];

/// Whether a file's name ends in one of `extensions` (any case).
pub fn has_extension(name: &std::path::Path, extensions: &[&str]) -> bool {
    name.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| extensions.iter().any(|w| e.eq_ignore_ascii_case(w)))
}

/// Whether a file name asks to be read as a workbook: `.xlsx`, `.xlsm`, `.xls`, `.ods` (any case).
pub fn has_workbook_extension(name: &std::path::Path) -> bool {
    has_extension(name, &WORKBOOK_EXTENSIONS)
}

/// The spreadsheet's name for a column index (0 = `A`, 26 = `AA`).
pub fn column_letters(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod roundtrip_tests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn containers_are_told_by_their_first_bytes() {
        assert_eq!(container(b"PK\x03\x04rest"), Some(Container::Zip));
        assert_eq!(
            container(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]),
            Some(Container::Compound)
        );
        assert_eq!(container(b"sku,name_id\n"), None);
        assert_eq!(container(b""), None);
        assert!(has_workbook_extension(std::path::Path::new("a/B.XLSX")));
        assert!(has_workbook_extension(std::path::Path::new("b.ods")));
        assert!(!has_workbook_extension(std::path::Path::new("b.csv")));
        assert!(has_extension(
            std::path::Path::new("Daftar.XLSM"),
            &IMPORT_EXTENSIONS
        ));
        assert!(
            WORKBOOK_EXTENSIONS
                .iter()
                .all(|w| IMPORT_EXTENSIONS.contains(w))
        );
    }

    #[test]
    fn column_letters_count_like_a_spreadsheet() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(36), "AK");
        assert_eq!(column_letters(16_383), "XFD");
    }
}
