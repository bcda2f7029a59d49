//! The buyer price list: page model and workbook.
