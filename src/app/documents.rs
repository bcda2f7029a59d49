//! The window's side of the documents for funders and buyers: the grant profile of the producer
//! on screen ("Profil untuk hibah" on the Producers screen) and the buyer price list (beside the
//! PDF catalogue on the Export screen, with the same choice of products). Both run as background
//! jobs on `ops::profile` and `ops::pricelist`, the code the command line uses.

use super::EtalaseApp;
use super::jobs::{self, Purpose};
use crate::domain::{Lang, ProducerId};
use crate::ops::pricelist::{Format, PricelistOptions};
use crate::ops::profile::{ProducerRef, ProfileOptions};
use std::path::PathBuf;

impl EtalaseApp {
    /// The price list of what the Export screen's choices name (language, products, featured,
    /// prices), dated today, in `format`.
    pub fn pricelist_options(&self, format: Format) -> PricelistOptions {
        let pdf = self.pdf_options();
        PricelistOptions {
            lang: pdf.lang,
            prices: pdf.prices,
            featured_only: pdf.featured_only,
            only: pdf.only,
            date: Some(self.today()),
            usd_rate: self.pdf.form.usd_rate().ok().flatten(),
            format,
            ..PricelistOptions::default()
        }
    }

    /// Asks where the price list goes.
    pub(super) fn pick_pricelist(&mut self, format: Format) {
        if self.pdf.form.usd_rate().is_err() {
            return;
        }
        self.pick_file(match format {
            Format::Pdf => Purpose::ExportPricelistPdf,
            Format::Xlsx => Purpose::ExportPricelistXlsx,
        });
    }

    /// Writes the price list to `path` in the background.
    pub(super) fn start_pricelist_export(&mut self, path: PathBuf, format: Format) {
        let Some(store) = self.store.clone() else {
            return;
        };
        if self.busy() {
            return;
        }
        self.refresh_visible();
        let options = self.pricelist_options(format);
        self.job = Some(jobs::export_pricelist(path, store, options));
    }

    /// Asks where the grant profile of `producer`, in `lang`, goes.
    pub(super) fn pick_profile(&mut self, producer: ProducerId, lang: Lang) {
        self.profile_for = Some((producer, lang));
        self.pick_file(Purpose::ExportProfile);
    }

    /// Writes the grant profile of the producer chosen with [`Self::pick_profile`] to `path`, in
    /// the language chosen with it.
    pub(super) fn start_profile_export(&mut self, path: PathBuf) {
        let (Some(store), Some((producer, lang))) = (self.store.clone(), self.profile_for) else {
            return;
        };
        if self.busy() {
            return;
        }
        let options = ProfileOptions {
            producer: ProducerRef::Id(producer),
            lang,
            today: self.today(),
        };
        self.job = Some(jobs::export_profile(path, store, options));
    }

    /// The pesantren name of the producer whose profile is being saved, as a file name may
    /// hold it on Windows (without `\ / : * ? " < > |`).
    pub(super) fn profile_producer_name(&self) -> String {
        self.profile_for
            .and_then(|(id, _)| self.catalogue.producer(id))
            .map(|p| {
                p.pesantren
                    .chars()
                    .filter(|c| !r#"\/:*?"<>|"#.contains(*c))
                    .collect::<String>()
                    .trim()
                    .to_string()
            })
            .unwrap_or_default()
    }
}
