//! Etalase: a desktop catalogue of halal products made by pesantren and their cooperatives.
//!
//! `domain` is the pure core; `storage` keeps it in sled; `interchange` reads and writes CSV;
//! `i18n` holds the translations and number/date formatting; `pdf` lays out and writes the printable
//! catalogue; `cards` lays out and draws social-media product cards and writes their captions;
//! `documents` lays out the grant profile and the buyer price list; `bidi` orders mixed Arabic and
//! Latin text for drawing; `cli` is the command line.

pub mod app;
pub mod backup;
pub mod bidi;
pub mod cards;
pub mod cli;
pub mod clock;
pub mod documents;
pub mod domain;
pub mod fsio;
pub mod i18n;
pub mod interchange;
pub mod messages;
pub mod ops;
pub mod pdf;
pub mod photos;
pub mod protect;
pub mod sample;
pub mod storage;
pub mod ui;
pub mod workers;
