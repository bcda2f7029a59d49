//! What an import tells the user: why a whole file was refused ([`FileError`]), the problems of
//! rejected rows with their line and column ([`RowError`], [`Problem`]), warnings that did not stop
//! a row ([`Warning`]), and the tally of products created, updated and unchanged
//! ([`ImportReport`]), and where the rows came from ([`Origin`]: a CSV file's lines or a
//! workbook sheet's rows). Only the data; the words are in `crate::messages`.

use super::columns::Column;
use super::reader::ReadError;
use super::workbook::WorkbookError;
use crate::domain::parse::{PhoneError, PriceError};
use crate::storage::PhotoProblem;
use std::collections::HashSet;

/// Why a whole file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error("required columns missing: {0:?}")]
    MissingColumns(Vec<Column>),
    #[error("column {0} appears twice")]
    DuplicateColumn(String),
    #[error(transparent)]
    Workbook(#[from] WorkbookError),
}

/// Where an import's rows came from, so that messages point at them the way the file shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A CSV file: numbers are physical lines; cells were split at this delimiter.
    Csv { delimiter: char },
    /// A sheet of a workbook: numbers are the sheet's row numbers.
    Sheet { name: String },
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
    /// Not a trademark status (registered, filed, none).
    TrademarkStatus,
    /// Not a four-digit year.
    Year,
    Scheme,
    Issuer,
    Phone(PhoneError),
    /// A spreadsheet turned the identifier into a number in scientific notation (`6,28223E+12`):
    /// its digits are lost.
    ScientificNotation,
    /// Only one of wholesale price and minimum quantity is given.
    WholesaleHalf,
    /// The row has more cells than the header has columns (CSV only: a workbook's cells
    /// without a title are ignored with [`Warning::UntitledCells`]).
    TooManyCells {
        cells: usize,
        columns: usize,
    },
    /// A workbook cell holds an error value (`#N/A`, `#DIV/0!`...), shown as `value`: a formula
    /// that could not be calculated. The row is rejected rather than the field cleared.
    ErrorValue,
}

/// One problem in a rejected row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// Physical line where the row starts, 1-based (a workbook: the sheet's row number).
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
    /// A spreadsheet read the identifier as a number and dropped its leading zero; the value
    /// was kept as written, `likely` is what it probably was.
    LeadingZeroLost {
        line: usize,
        sku: String,
        column: Column,
        value: String,
        likely: String,
    },
    /// The SKU was already in an earlier row; the later row's values win.
    RepeatedSku {
        line: usize,
        sku: String,
        first_line: usize,
    },
    /// A workbook row has values in a column with no title in the header row (`column` is its
    /// letter, `AK`); they were ignored. Said once per sheet, at the first such row.
    UntitledCells {
        line: usize,
        column: String,
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
