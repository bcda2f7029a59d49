//! The lists Etalase hands out as CSV besides the catalogue: the visitors' sign-ups from the
//! showcase and the compliance list. Written like the catalogue CSV (comma-delimited, UTF-8 with a
//! byte-order mark for Excel, RFC 4180 quoting) and with every text cell guarded against formula
//! evaluation (`super::guard`): visitors type their own names. Pure: records in, bytes out; the
//! words of the compliance reasons are worded by the caller, which knows the language.

use super::export::write_row;
use super::guard::guard;
use crate::domain::date::iso_utc;
use crate::domain::lead::Lead;

/// The sign-ups' columns.
const LEAD_COLUMNS: [&str; 6] = [
    "name",
    "whatsapp",
    "product",
    "signed_up",
    "language",
    "consent",
];

/// One sign-up's cells, as typed (unguarded), in [`LEAD_COLUMNS`] order.
fn lead_cells(l: &Lead) -> [String; 6] {
    [
        l.name.clone(),
        l.whatsapp.clone(),
        l.product_label.clone(),
        iso_utc(l.created),
        l.lang.code().to_string(),
        l.consent_text.clone(),
    ]
}

/// The sign-ups as CSV, one row per sign-up in the order given.
pub fn leads_csv<'a>(leads: impl IntoIterator<Item = &'a Lead>) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    write_row(&mut out, &LEAD_COLUMNS);
    for l in leads {
        let cells = lead_cells(l).map(|c| guard(&c).into_owned());
        let cells: Vec<&str> = cells.iter().map(String::as_str).collect();
        write_row(&mut out, &cells);
    }
    out
}

/// The sign-ups as an Excel workbook: every cell a string cell (a visitor's `=1+1` shows as the
/// text `=1+1`, a WhatsApp number keeps all its digits), a bold frozen header, widths to fit.
pub fn leads_xlsx<'a>(
    leads: impl IntoIterator<Item = &'a Lead>,
) -> Result<Vec<u8>, super::workbook::WriteError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let bold = Format::new().set_bold();
    let text = Format::new().set_num_format("@");
    let mut widths = LEAD_COLUMNS.map(|c| c.chars().count());
    for (col, name) in LEAD_COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, *name, &bold)?;
    }
    for (row, l) in leads.into_iter().enumerate() {
        for (col, value) in lead_cells(l).iter().enumerate() {
            sheet.write_string_with_format(row as u32 + 1, col as u16, value, &text)?;
            widths[col] = widths[col].max(value.chars().count());
        }
    }
    for (col, width) in widths.iter().enumerate() {
        sheet.set_column_width(col as u16, (*width).clamp(8, 60) as f64 + 2.0)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(book.save_to_buffer()?)
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
