//! How a workbook cell becomes the text the import reads, by what its column holds: strings as
//! they are; numbers in identifier columns as the digits they hold (`6282231234567`, never
//! `6.28E+12`); other numbers as Excel shows them, to 15 significant digits and without a
//! trailing `.0`; dates as `YYYY-MM-DD` (either epoch, 1900 or 1904); yes/no for booleans;
//! formulas by their cached value. An error value (`#N/A`) is not text: it is handed back as such
//! and rejects its row (reading it as empty would clear the field).

use crate::interchange::columns::CellKind;
use calamine::{Data, DataRef, ExcelDateTime};

/// A cell's value as the workbook holds it, copied out of the reading library.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Empty,
    Text(String),
    Int(i64),
    Number(f64),
    Bool(bool),
    /// A date (a time of day on it is dropped).
    Date {
        year: u16,
        month: u8,
        day: u8,
    },
    /// A time of day or a duration, in whole seconds.
    Time(u64),
    /// An error value, as the spreadsheet shows it: `#N/A`.
    Error(String),
}

impl Value {
    pub fn is_empty(&self) -> bool {
        match self {
            Value::Empty => true,
            Value::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }
}

impl From<&Data> for Value {
    fn from(d: &Data) -> Value {
        match d {
            Data::Empty => Value::Empty,
            Data::String(s) => Value::Text(s.clone()),
            Data::Int(i) => Value::Int(*i),
            Data::Float(f) => Value::Number(*f),
            Data::Bool(b) => Value::Bool(*b),
            Data::DateTime(dt) => date_time(dt),
            Data::DateTimeIso(s) => iso_date(s),
            Data::DurationIso(s) => iso_duration(s),
            Data::Error(e) => Value::Error(e.to_string()),
        }
    }
}

impl From<DataRef<'_>> for Value {
    fn from(d: DataRef<'_>) -> Value {
        match d {
            DataRef::Empty => Value::Empty,
            DataRef::String(s) => Value::Text(s),
            DataRef::SharedString(s) => Value::Text(s.to_string()),
            DataRef::Int(i) => Value::Int(i),
            DataRef::Float(f) => Value::Number(f),
            DataRef::Bool(b) => Value::Bool(b),
            DataRef::DateTime(dt) => date_time(&dt),
            DataRef::DateTimeIso(s) => iso_date(&s),
            DataRef::DurationIso(s) => iso_duration(&s),
            DataRef::Error(e) => Value::Error(e.to_string()),
        }
    }
}

/// A serial date-time (either epoch: the library knows which the workbook uses).
fn date_time(dt: &ExcelDateTime) -> Value {
    let serial = dt.as_f64();
    if dt.is_duration() || (0.0..1.0).contains(&serial) {
        // A duration, or a time of day with no date.
        let seconds = (serial.abs() * 86_400.0).round() as u64;
        return Value::Time(seconds);
    }
    let (year, month, day, ..) = dt.to_ymd_hms_milli();
    Value::Date { year, month, day }
}

/// An ODF date value: `2024-03-15` or `2024-03-15T10:30:00`.
fn iso_date(text: &str) -> Value {
    let date = text.get(..10).unwrap_or("");
    let parts: Vec<&str> = date.split('-').collect();
    if let [y, m, d] = parts.as_slice()
        && let (Ok(year), Ok(month), Ok(day)) = (y.parse(), m.parse(), d.parse())
        && y.len() == 4
    {
        return Value::Date { year, month, day };
    }
    Value::Text(text.to_string())
}

/// An ODF duration value: `PT10H30M00S`.
fn iso_duration(text: &str) -> Value {
    let Some(rest) = text.strip_prefix("PT") else {
        return Value::Text(text.to_string());
    };
    let mut seconds = 0f64;
    let mut number = String::new();
    for c in rest.chars() {
        match c {
            '0'..='9' | '.' => number.push(c),
            'H' | 'M' | 'S' => {
                let Ok(n) = number.parse::<f64>() else {
                    return Value::Text(text.to_string());
                };
                seconds += n * match c {
                    'H' => 3600.0,
                    'M' => 60.0,
                    _ => 1.0,
                };
                number.clear();
            }
            _ => return Value::Text(text.to_string()),
        }
    }
    Value::Time(seconds.round() as u64)
}

/// The text of a cell in a column that holds `kind`; `Err` with the error as shown for an error
/// value.
pub fn text(value: &Value, kind: CellKind) -> Result<String, String> {
    Ok(match value {
        Value::Empty => String::new(),
        Value::Text(s) => s.clone(),
        Value::Int(i) => i.to_string(),
        Value::Number(f) => match kind {
            CellKind::Identifier => digits(*f),
            CellKind::Rupiah | CellKind::Count => whole_number_text(*f),
            _ => number(*f),
        },
        Value::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
        Value::Date { year, month, day } => format!("{year:04}-{month:02}-{day:02}"),
        Value::Time(s) => format!("{:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60),
        Value::Error(e) => return Err(e.clone()),
    })
}

/// A number as Excel shows it in a General cell: at most 15 significant digits (so a formula's
/// binary noise, `27500.000000000004`, goes), no exponent, no trailing `.0`.
pub fn number(f: f64) -> String {
    if f == 0.0 {
        return "0".to_string();
    }
    if !f.is_finite() {
        return f.to_string();
    }
    let rounded: f64 = format!("{f:.14e}").parse().unwrap_or(f);
    // Rust writes floats in full, never with an exponent.
    rounded.to_string()
}

/// An identifier typed as a number: the digits it holds. A whole number is written exactly, even
/// past 15 digits; anything else as [`number`].
pub fn digits(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0 {
        return format!("{}", f as i64);
    }
    number(f)
}

/// A number in a column of whole amounts or counts. A fraction must not read as thousands:
/// `1234.567` would pass for 1.234.567 rupiah, so a fraction of exactly three digits gets a fourth
/// (`1234.5670`) and is refused as not a whole amount.
fn whole_number_text(f: f64) -> String {
    let mut t = number(f);
    if let Some(dot) = t.find('.')
        && t.len() - dot - 1 == 3
    {
        t.push('0');
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::parse::{parse_count, parse_rupiah};
    use calamine::ExcelDateTimeType;

    fn t(v: Value, kind: CellKind) -> String {
        text(&v, kind).unwrap()
    }

    #[test]
    fn identifier_numbers_are_their_digits() {
        assert_eq!(
            t(Value::Number(6_282_231_234_567.0), CellKind::Identifier),
            "6282231234567"
        );
        assert_eq!(
            t(Value::Number(9_120_001_234_567.0), CellKind::Identifier),
            "9120001234567"
        );
        // 16 digits: more than Excel keeps, still written in full rather than as 2.06E+15.
        assert_eq!(
            t(Value::Number(2_063_507_011_234_529.0), CellKind::Identifier),
            "2063507011234529"
        );
        // What the spreadsheet did to an HS code is kept for the import to see.
        assert_eq!(t(Value::Number(901.21), CellKind::Identifier), "901.21");
        assert_eq!(t(Value::Int(812_3456), CellKind::Identifier), "8123456");
        assert!(!t(Value::Number(1e20), CellKind::Identifier).contains('e'));
    }

    #[test]
    fn other_numbers_as_excel_shows_them() {
        assert_eq!(t(Value::Number(25_000.0), CellKind::Rupiah), "25000");
        assert_eq!(t(Value::Number(12.0), CellKind::Count), "12");
        assert_eq!(t(Value::Number(250.0), CellKind::Text), "250");
        assert_eq!(t(Value::Number(1.5), CellKind::Text), "1.5");
        assert_eq!(t(Value::Number(-0.0), CellKind::Text), "0");
        // A formula's binary noise is gone, as Excel shows it.
        assert_eq!(t(Value::Number(25_000.0 * 1.1), CellKind::Rupiah), "27500");
        assert_eq!(t(Value::Number(0.1 + 0.2), CellKind::Text), "0.3");
        assert!(!t(Value::Number(1.5e-9), CellKind::Text).contains('e'));
    }

    #[test]
    fn fractions_in_amounts_are_refused_not_read_as_thousands() {
        let cell = t(Value::Number(1234.567), CellKind::Rupiah);
        assert!(parse_rupiah(&cell).is_err(), "{cell}");
        assert!(parse_rupiah(&t(Value::Number(25_000.5), CellKind::Rupiah)).is_err());
        assert_eq!(parse_count(&t(Value::Number(2.5), CellKind::Count)), None);
        assert_eq!(parse_count(&t(Value::Number(1.234), CellKind::Count)), None);
        assert_eq!(
            parse_rupiah(&t(Value::Number(25_000.0), CellKind::Rupiah)),
            Ok(25_000)
        );
    }

    #[test]
    fn dates_in_both_epochs_booleans_times_and_errors() {
        let date = |serial: f64, is_1904| {
            Value::from(&Data::DateTime(ExcelDateTime::new(
                serial,
                ExcelDateTimeType::DateTime,
                is_1904,
            )))
        };
        // 2024-03-15 is serial 45366 counted from 1900 and 43904 counted from 1904.
        assert_eq!(t(date(45_366.0, false), CellKind::Date), "2024-03-15");
        assert_eq!(t(date(43_904.0, true), CellKind::Date), "2024-03-15");
        // A time of day on the date is dropped.
        assert_eq!(t(date(45_366.75, false), CellKind::Date), "2024-03-15");
        assert_eq!(t(date(0.5, false), CellKind::Text), "12:00:00");
        let iso = |s: &str| Value::from(&Data::DateTimeIso(s.to_string()));
        assert_eq!(t(iso("2024-03-15"), CellKind::Date), "2024-03-15");
        assert_eq!(t(iso("2024-03-15T10:30:00"), CellKind::Date), "2024-03-15");
        assert_eq!(
            t(
                Value::from(&Data::DurationIso("PT10H30M00S".into())),
                CellKind::Text
            ),
            "10:30:00"
        );
        assert_eq!(t(Value::Bool(true), CellKind::Flag), "yes");
        assert_eq!(t(Value::Bool(false), CellKind::Flag), "no");
        assert_eq!(t(Value::Text(" Kopi ".into()), CellKind::Text), " Kopi ");
        assert_eq!(t(Value::Empty, CellKind::Rupiah), "");
        let na = Value::from(&Data::Error(calamine::CellErrorType::NA));
        assert_eq!(text(&na, CellKind::Rupiah), Err("#N/A".to_string()));
        assert!(!na.is_empty());
        assert!(Value::Text("  ".into()).is_empty());
    }
}
