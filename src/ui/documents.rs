//! The window's controls for the documents for funders and buyers: the price list's part of the
//! Export screen (a dollar rate and two save buttons, on the products the screen has chosen) and
//! the words of a grant profile's finish. Drawing only; the work is in `app::documents`.

use super::theme;
use super::widgets::{section, text_field};
use crate::app::catalogue_pdf::PdfForm;
use crate::app::{Command, EtalaseApp};
use crate::domain::currency::UsdRate;
use crate::i18n::Translator;
use crate::ops::pricelist::Format;
use egui::{RichText, Ui};

/// The buyer price list beside the catalogue: what it holds, the dollar rate, and where to save.
pub fn pricelist_ui(ui: &mut Ui, app: &EtalaseApp, form: &mut PdfForm, out: &mut Vec<Command>) {
    let tr = &app.tr;
    ui.add_space(theme::SPACE_M);
    ui.separator();
    section(ui, &tr.t("app-pricelist-title"));
    ui.label(RichText::new(tr.t("app-pricelist-hint")).weak().small());
    text_field(ui, &tr.t("app-pricelist-rate"), &mut form.usd_rate);
    // One line, always there: the rate as it will be printed, or what is wrong with it.
    let (line, bad) = match form.usd_rate() {
        Ok(None) => (tr.t("app-pricelist-rate-none"), false),
        Ok(Some(r)) => (rate_line(tr, r, app), false),
        Err(_) => (tr.t("app-pricelist-rate-bad"), true),
    };
    let line = RichText::new(line).small();
    ui.label(if bad {
        line.color(theme::RED)
    } else {
        line.weak()
    });
    let ready = !bad && !app.busy() && app.pdf.preview().is_some_and(|p| p.products > 0);
    ui.horizontal_wrapped(|ui| {
        for (format, key) in [
            (Format::Pdf, "app-pricelist-save-pdf"),
            (Format::Xlsx, "app-pricelist-save-xlsx"),
        ] {
            if ui
                .add_enabled(ready, egui::Button::new(tr.t(key)))
                .clicked()
            {
                out.push(Command::PickExportPricelist(format));
            }
        }
    });
}

/// "1 USD = Rp 16.250, 4 Desember 2026" in the list's language, as the list prints it.
fn rate_line(tr: &Translator, rate: UsdRate, app: &EtalaseApp) -> String {
    let list = crate::i18n::translator(app.pdf.form.lang);
    tr.t_args(
        "app-pricelist-rate-preview",
        &[
            ("rupiah", list.rupiah(rate.rupiah()).into()),
            ("date", list.date(app.today()).into()),
        ],
    )
}
