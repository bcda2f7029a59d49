//! Calendar dates without time zones: parsing the forms spreadsheets write, arithmetic in whole days.
//!
//! Dates here are civil dates (a certificate's "valid until", a catalogue's cover date). They carry no
//! time zone and no clock; "today" is the caller's business (see `crate::clock`).

use serde::{Deserialize, Serialize};
use std::fmt;

/// A proleptic Gregorian calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a date could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("not a date in the form YYYY-MM-DD or DD/MM/YYYY")]
    Format,
    #[error("no such day in the calendar")]
    NoSuchDay,
}

impl Date {
    /// Builds a date, refusing days that do not exist (31 April, 29 February 2025).
    pub fn new(year: i32, month: u8, day: u8) -> Result<Date, DateError> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return Err(DateError::NoSuchDay);
        }
        if day > days_in_month(year, month) {
            return Err(DateError::NoSuchDay);
        }
        Ok(Date { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// Reads `YYYY-MM-DD` (ISO, what Etalase writes) or `DD/MM/YYYY` (what Excel writes in an
    /// Indonesian locale); one-digit days and months are accepted in the second form.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let text = text.trim();
        let (year, month, day) = if let Some((y, rest)) = split3(text, '-') {
            if y.len() != 4 || rest.0.len() != 2 || rest.1.len() != 2 {
                return Err(DateError::Format);
            }
            (y, rest.0, rest.1)
        } else if let Some((d, rest)) = split3(text, '/') {
            if d.is_empty()
                || d.len() > 2
                || rest.0.is_empty()
                || rest.0.len() > 2
                || rest.1.len() != 4
            {
                return Err(DateError::Format);
            }
            (rest.1, rest.0, d)
        } else {
            return Err(DateError::Format);
        };
        let number = |s: &str| -> Result<u32, DateError> {
            if s.bytes().all(|b| b.is_ascii_digit()) {
                s.parse().map_err(|_| DateError::Format)
            } else {
                Err(DateError::Format)
            }
        };
        let (y, m, d) = (number(year)?, number(month)?, number(day)?);
        if m > 12 || d > 31 {
            return Err(DateError::NoSuchDay);
        }
        Date::new(y as i32, m as u8, d as u8)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of [`Date::days_since_epoch`].
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: Date) -> i64 {
        other.days_since_epoch() - self.days_since_epoch()
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }
}

impl fmt::Display for Date {
    /// ISO form, `YYYY-MM-DD`: what Etalase writes to files.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn split3(text: &str, sep: char) -> Option<(&str, (&str, &str))> {
    let mut parts = text.split(sep);
    let a = parts.next()?;
    let b = parts.next()?;
    let c = parts.next()?;
    if parts.next().is_some() {
        return None;
    }
    Some((a, (b, c)))
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

/// A timestamp (milliseconds since 1970, UTC) as `YYYY-MM-DDTHH:MMZ`; the laptop's time zone is
/// not known.
pub fn iso_utc(ts: i64) -> String {
    let (day, minute) = utc_parts(ts);
    format!("{day}T{:02}:{:02}Z", minute / 60, minute % 60)
}

/// The UTC date of a timestamp and the minute of that day.
pub fn utc_parts(ts: i64) -> (Date, i64) {
    let secs = ts.div_euclid(1000);
    let day = Date::from_days_since_epoch(secs.div_euclid(86_400));
    (day, secs.rem_euclid(86_400) / 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_up_times_are_written_in_utc() {
        // 2026-11-29 07:45:30 UTC
        assert_eq!(iso_utc(1_795_938_330_000), "2026-11-29T07:45Z");
        assert_eq!(iso_utc(0), "1970-01-01T00:00Z");
    }

    #[test]
    fn reads_iso_and_indonesian_excel_forms() {
        assert_eq!(
            Date::parse("2026-08-17").unwrap(),
            Date::new(2026, 8, 17).unwrap()
        );
        assert_eq!(
            Date::parse("17/08/2026").unwrap(),
            Date::new(2026, 8, 17).unwrap()
        );
        assert_eq!(
            Date::parse(" 7/8/2026 ").unwrap(),
            Date::new(2026, 8, 7).unwrap()
        );
    }

    #[test]
    fn refuses_impossible_and_malformed_dates() {
        assert_eq!(Date::parse("2025-02-29"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("31/04/2026"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("2026-13-01"), Err(DateError::NoSuchDay));
        for bad in [
            "",
            "2026/08/17",
            "08/17",
            "17-08-2026",
            "2026-8-17",
            "abc",
            "17/08/26",
            "1/1/+202",
        ] {
            assert_eq!(Date::parse(bad), Err(DateError::Format), "{bad}");
        }
        assert!(Date::parse("2024-02-29").is_ok());
    }

    #[test]
    fn day_arithmetic_round_trips() {
        let epoch = Date::new(1970, 1, 1).unwrap();
        assert_eq!(epoch.days_since_epoch(), 0);
        for days in [-800_000, -1, 0, 1, 59, 60, 365, 20_000, 2_000_000] {
            assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days);
        }
        let a = Date::new(2026, 10, 17).unwrap();
        assert_eq!(Date::new(2026, 11, 28).unwrap().days_until(a), -42);
        assert_eq!(a.add_days(90), Date::new(2027, 1, 15).unwrap());
        assert_eq!(a.to_string(), "2026-10-17");
    }
}
