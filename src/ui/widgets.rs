//! Small pieces shared by the screens: the halal mark, the completeness meter, field messages.

use super::theme;
use crate::app::draft::Check;
use crate::domain::completeness::completeness;
use crate::domain::{Lang, Product};
use crate::i18n::Translator;
use egui::{Color32, RichText, Ui};

/// The halal mark with its number (only under the data model's rule), else the status in words.
pub fn halal_ui(ui: &mut Ui, tr: &Translator, product: &Product) {
    match product.halal.mark_number() {
        Some(number) => {
            egui::Frame::new()
                .fill(theme::GREEN)
                .corner_radius(4.0)
                .inner_margin(egui::Margin::symmetric(6, 2))
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.spacing_mut().item_spacing.x = 6.0;
                        ui.label(
                            RichText::new(tr.t("app-halal-mark"))
                                .strong()
                                .color(Color32::WHITE)
                                .size(12.0),
                        );
                        ui.label(RichText::new(number).color(Color32::WHITE).size(11.5));
                    });
                });
        }
        None => {
            let words = crate::messages::halal_status(tr, product.halal.status);
            ui.label(RichText::new(words).small().weak());
        }
    }
}

/// "ID 100% · EN 66%" as two small bars.
pub fn completeness_ui(ui: &mut Ui, tr: &Translator, product: &Product) {
    ui.horizontal(|ui| {
        for lang in Lang::ALL {
            let c = completeness(product, lang);
            let text = tr.t_args(
                "app-complete-lang",
                &[
                    ("lang", lang.code().to_uppercase().into()),
                    ("percent", i64::from(c.percent).into()),
                ],
            );
            let color = if c.percent == 100 {
                theme::GREEN
            } else {
                theme::AMBER
            };
            ui.add(
                egui::ProgressBar::new(f32::from(c.percent) / 100.0)
                    .desired_width(70.0)
                    .desired_height(14.0)
                    .fill(color)
                    .text(RichText::new(text).size(10.5).color(Color32::WHITE)),
            );
        }
    });
}

/// The message for a field check, in its colour.
pub fn check_ui(ui: &mut Ui, tr: &Translator, check: &Check) {
    let text = match check {
        Check::Required => tr.t("app-check-required"),
        Check::SkuTaken => tr.t("app-check-sku-taken"),
        Check::NotRupiah => tr.t("app-check-not-rupiah"),
        Check::NotCount => tr.t("app-check-not-count"),
        Check::NotDate => tr.t("app-check-not-date"),
        Check::WholesaleHalf => tr.t("app-check-wholesale-half"),
        Check::HalalNumberOdd => tr.t("app-check-halal-odd"),
        Check::HalalNumberIsRegistration => tr.t("app-check-halal-registration"),
        Check::CertifiedWithoutNumber => tr.t("app-check-certified-without-number"),
        Check::PirtOdd => tr.t("app-check-pirt-odd"),
        Check::PirtExpired(year) => tr.t_args(
            "app-check-pirt-expired",
            &[("year", year.to_string().into())],
        ),
        Check::BpomOdd => tr.t("app-check-bpom-odd"),
    };
    let color = if check.is_error() {
        theme::RED
    } else {
        theme::AMBER
    };
    ui.label(RichText::new(text).small().color(color));
}

/// A product's text in the UI language (Indonesian when the English is empty).
pub fn in_lang(lang: Lang, text: &crate::domain::Bilingual) -> &str {
    match lang {
        Lang::En if !text.en.is_empty() => &text.en,
        _ => &text.id,
    }
}
