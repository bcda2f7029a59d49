//! A file read into rows of cell strings, header first: what the import plans from, whatever the
//! file was (a CSV file's lines, a workbook sheet's rows). Reading makes a [`Table`]
//! (`super::import::read_csv_table`, `super::workbook::read`); planning takes it
//! (`super::import::plan_table`).

use super::columns::Column;
use super::fields::split_photos;
use super::reader::RawRow;
use super::report::{Origin, Warning};
use std::collections::HashSet;

/// The rows of a file as cell strings, header first, ready to plan.
#[derive(Debug)]
pub struct Table {
    pub rows: Vec<RawRow>,
    pub origin: Origin,
    /// Cells that hold an error value instead of a value (a workbook's `#N/A`): their rows are
    /// rejected when the cell is in a column Etalase reads.
    pub faults: Vec<CellFault>,
    /// What reading noticed (a CSV read as Windows-1252, a workbook's untitled cells).
    pub warnings: Vec<Warning>,
}

/// A cell that holds an error value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellFault {
    /// The row's line (a workbook: the sheet's row number).
    pub line: usize,
    /// Where the cell is in its row (0 = first column).
    pub index: usize,
    /// The error as the spreadsheet shows it: `#N/A`, `#DIV/0!`.
    pub shown: String,
}

/// The distinct entries of the table's photos column, in row order.
pub fn photo_entries(table: &Table) -> Vec<String> {
    let mut rows = table.rows.iter();
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
