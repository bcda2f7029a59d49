//! CSV interchange: what spreadsheets write comes in (`import`), the catalogue goes out (`export`)
//! in a form that comes back in unchanged, and the other lists the app hands out as CSV (`lists`),
//! every text cell guarded against formula evaluation (`guard`). Excel and LibreOffice workbooks
//! come in and go out in `workbook`, through the same rows of cells (`table`) and the same
//! per-column cell contents as CSV. Pure: bytes in, change sets and bytes out.

pub mod columns;
pub mod export;
mod fields;
pub mod guard;
pub mod import;
pub mod lists;
pub mod reader;
pub mod report;
pub mod table;
pub mod workbook;

pub use columns::Column;
pub use export::{write_csv, write_csv_with};
pub use import::{
    FileError, ImportPlan, ImportReport, PhotoLookup, photo_entries, plan_import, plan_import_with,
};
