//! The pure core: catalogue records and the rules about them. No egui, sled, krilla or file system
//! here; everything that decides something lives in this module and is unit-tested beside it.

pub mod completeness;
pub mod compliance;
pub mod currency;
pub mod date;
pub mod halal;
pub mod lang;
pub mod lead;
pub mod legal;
pub mod listing;
pub mod model;
pub mod order;
pub mod parse;
pub mod photo;
pub mod pricing;
pub mod readiness;
pub mod registration;
pub mod search;
pub mod sort;
pub mod spreadsheet;
pub mod standing;

pub use date::Date;
pub use halal::{HalalData, HalalIssuer, HalalScheme, HalalStatus};
pub use lang::Lang;
pub use legal::{LegalIdentity, Trademark, TrademarkStatus};
pub use model::{
    Bilingual, Catalogue, Category, CategoryId, ExportData, OpopPillar, PhotoId, Producer,
    ProducerId, Product, ProductId, Settings, WholesaleTier,
};
