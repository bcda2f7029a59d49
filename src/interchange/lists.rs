//! The lists Etalase hands out as CSV besides the catalogue: the visitors' sign-ups from the
//! showcase and the compliance list. Written like the catalogue CSV (comma-delimited, UTF-8 with a
//! byte-order mark for Excel, RFC 4180 quoting) and with every text cell guarded against formula
//! evaluation (`super::guard`): visitors type their own names. Pure: records in, bytes out; the
//! words of the compliance reasons are worded by the caller, which knows the language.

use super::export::write_row;
use super::guard::guard;
use crate::domain::date::iso_utc;
use crate::domain::lead::Lead;

/// The sign-ups as CSV, one row per sign-up in the order given.
pub fn leads_csv<'a>(leads: impl IntoIterator<Item = &'a Lead>) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    write_row(
        &mut out,
        &[
            "name",
            "whatsapp",
            "product",
            "signed_up",
            "language",
            "consent",
        ],
    );
    for l in leads {
        let when = iso_utc(l.created);
        write_row(
            &mut out,
            &[
                &guard(&l.name),
                &guard(&l.whatsapp),
                &guard(&l.product_label),
                &when,
                l.lang.code(),
                &guard(&l.consent_text),
            ],
        );
    }
    out
}

/// One row of the compliance list as it is written.
#[derive(Clone, Copy, Debug)]
pub struct ComplianceLine<'a> {
    pub sku: &'a str,
    pub name: &'a str,
    pub producer: &'a str,
    /// The group's code (`expired`, `expiring`, ...).
    pub group: &'a str,
    /// Why the product is listed, in the user's language.
    pub reason: &'a str,
    /// Days left (negative: days past), written as a number.
    pub days: Option<i64>,
}

/// The compliance list as CSV, one row per line in the order given.
pub fn compliance_csv<'a>(lines: impl IntoIterator<Item = ComplianceLine<'a>>) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    write_row(
        &mut out,
        &["sku", "name_id", "producer", "group", "reason", "days"],
    );
    for l in lines {
        let days = l.days.map(|d| d.to_string()).unwrap_or_default();
        write_row(
            &mut out,
            &[
                &guard(l.sku),
                &guard(l.name),
                &guard(l.producer),
                &guard(l.group),
                &guard(l.reason),
                &days,
            ],
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Lang;
    use crate::domain::lead::LeadId;

    fn text(bytes: &[u8]) -> String {
        String::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap().to_vec()).unwrap()
    }

    #[test]
    fn a_visitor_who_types_a_formula_gets_text() {
        let lead = Lead {
            id: LeadId::new(),
            name: "=HYPERLINK(\"http://x.example/\",\"klik\")".into(),
            whatsapp: "628123456789".into(),
            product: None,
            product_label: "@SUM(1+1)".into(),
            consent_text: "Saya setuju.".into(),
            lang: Lang::Id,
            created: 0,
        };
        assert_eq!(
            text(&leads_csv([&lead])),
            "name,whatsapp,product,signed_up,language,consent\r\n\
             \"'=HYPERLINK(\"\"http://x.example/\"\",\"\"klik\"\")\",628123456789,'@SUM(1+1),\
             1970-01-01T00:00Z,id,Saya setuju.\r\n"
        );
    }

    #[test]
    fn compliance_text_is_guarded_and_days_stay_numbers() {
        let line = ComplianceLine {
            sku: "-K1",
            name: "+Kopi",
            producer: "PP Satu",
            group: "expired",
            reason: "=kedaluwarsa",
            days: Some(-12),
        };
        assert_eq!(
            text(&compliance_csv([line])),
            "sku,name_id,producer,group,reason,days\r\n\
             '-K1,'+Kopi,PP Satu,expired,'=kedaluwarsa,-12\r\n"
        );
    }
}
