//! The one place Etalase reads the calendar: "today" for halal validity, compliance counts, the
//! PDF's date, file names and the example catalogue's dates. `domain` never reads a clock; callers
//! pass the day in.
//!
//! `ETALASE_TODAY=YYYY-MM-DD` fixes the day (tests of the binary, and reproducible exports, in the
//! spirit of `SOURCE_DATE_EPOCH`); otherwise it is the system clock's day in UTC. The window keeps
//! its own override on top of this (`EtalaseApp::set_today`), because tests in one process run on
//! several threads and cannot share an environment variable.

use crate::domain::Date;

/// The environment variable that fixes "today".
pub const TODAY_VAR: &str = "ETALASE_TODAY";

/// Today: `ETALASE_TODAY` when it holds a valid date, else the system clock's day in UTC.
pub fn today() -> Date {
    std::env::var(TODAY_VAR)
        .ok()
        .and_then(|s| Date::parse(s.trim()).ok())
        .unwrap_or_else(system_today)
}

/// The system clock's day in UTC.
fn system_today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    Date::from_days_since_epoch(secs.div_euclid(86_400))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_system_day_is_a_plausible_date() {
        // Whatever the clock says (CI runs this years ahead), it is after this code was written.
        assert!(system_today() > Date::new(2026, 11, 1).unwrap());
    }
}
