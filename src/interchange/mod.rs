//! CSV interchange: what spreadsheets write comes in (`import`), the catalogue goes out (`export`)
//! in a form that comes back in unchanged. Pure: bytes in, change sets and bytes out.

pub mod columns;
pub mod export;
pub mod import;
pub mod reader;

pub use columns::Column;
pub use export::{write_csv, write_csv_with};
pub use import::{
    FileError, ImportPlan, ImportReport, PhotoLookup, photo_entries, plan_import, plan_import_with,
};
