//! Words for the catalogue's own values (halal status, the halal label a surface shows, record
//! kinds): used by every surface that prints them (window, PDF, command line), so each value is
//! worded once. Errors are worded in `messages`.

use super::Translator;
use crate::domain::halal::{HalalLabel, HalalStatus};

/// Name of a record kind ("product", "producer", ...).
pub fn record_kind(tr: &Translator, kind: &str) -> String {
    match kind {
        "product" => tr.t("record-product"),
        "producer" => tr.t("record-producer"),
        "category" => tr.t("record-category"),
        "visitor sign-up" => tr.t("record-lead"),
        _ => tr.t("record-settings"),
    }
}

/// The words for a halal status.
pub fn halal_status(tr: &Translator, status: HalalStatus) -> String {
    tr.t(match status {
        HalalStatus::Certified => "halal-status-certified",
        HalalStatus::InProcess => "halal-status-in-process",
        HalalStatus::NotYet => "halal-status-none",
        HalalStatus::NotRequired => "halal-status-not-required",
    })
}

/// The words of a halal label that is not the drawn mark (`None` for the mark, which is drawn,
/// and for a public surface's silence).
pub fn halal_label(tr: &Translator, label: HalalLabel<'_>) -> Option<String> {
    let key = match label {
        HalalLabel::Mark(_) | HalalLabel::Silent => return None,
        HalalLabel::Expired => "app-halal-expired",
        HalalLabel::NumberInvalid => "app-halal-number-invalid",
        HalalLabel::InProcess => "halal-status-in-process",
        HalalLabel::NotYet => "halal-status-none",
        HalalLabel::NotRequired => "halal-status-not-required",
    };
    Some(tr.t(key))
}
