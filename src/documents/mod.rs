//! Documents for funders and buyers, built on the PDF catalogue's page model, drawing
//! (`pdf::layout::draw`) and writer: the producer's grant/curation profile (`profile`) and the
//! buyer price list (`pricelist`, as PDF and as an Excel workbook). Pure of the store, like
//! `pdf`: `ops::profile` and `ops::pricelist` read the store and run the exports for the command
//! line and the window.

pub mod pricelist;
pub mod profile;
