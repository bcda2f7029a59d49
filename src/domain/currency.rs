//! US dollar prices for export buyers: the rate the user gives (whole rupiah for one dollar) and
//! the one rule that turns a rupiah price into dollars and cents. Pure: the price list, its PDF
//! and its workbook all convert here, so a buyer reads the same cents everywhere.
//!
//! The rupiah price is the price; the dollar figure is a courtesy at the rate printed beside it,
//! rounded to the cent the way a buyer expects (half a cent and more goes up), in integer
//! arithmetic so that no binary fraction ever moves a cent.

use super::lang::{Lang, group_thousands};
use super::parse::{PriceError, parse_rupiah};

/// The lowest rate taken: a rupiah worth more than a tenth of a cent is a typing slip (or a
/// rate written in thousands, `16.25`).
pub const MIN_RATE: u64 = 1_000;
/// The highest rate taken: ten times today's, anything above is a typing slip.
pub const MAX_RATE: u64 = 200_000;

/// Why a rate could not be taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RateError {
    #[error("not an amount of rupiah")]
    NotANumber,
    /// A rate with rupiah cents (`16250,50`): rates are whole rupiah.
    #[error("a rate is whole rupiah")]
    NotWhole,
    /// Zero, or outside [`MIN_RATE`]..=[`MAX_RATE`].
    #[error("a rate between {MIN_RATE} and {MAX_RATE} rupiah per dollar")]
    OutOfRange,
}

/// How many whole rupiah one US dollar costs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UsdRate(u64);

impl UsdRate {
    /// A rate of `rupiah_per_usd`, refused when zero or absurd (see [`MIN_RATE`], [`MAX_RATE`]).
    pub fn new(rupiah_per_usd: u64) -> Result<UsdRate, RateError> {
        if (MIN_RATE..=MAX_RATE).contains(&rupiah_per_usd) {
            Ok(UsdRate(rupiah_per_usd))
        } else {
            Err(RateError::OutOfRange)
        }
    }

    /// Reads a rate as people write it: `16250`, `16.250`, `16,250`, `Rp 16.250`, `IDR 16,250`,
    /// `16.250,00` (the rupiah forms [`parse_rupiah`] reads).
    pub fn parse(text: &str) -> Result<UsdRate, RateError> {
        match parse_rupiah(text) {
            Ok(n) => UsdRate::new(n),
            Err(PriceError::HasCents) => Err(RateError::NotWhole),
            Err(PriceError::TooLarge) => Err(RateError::OutOfRange),
            Err(PriceError::NotANumber) => Err(RateError::NotANumber),
        }
    }

    /// Rupiah per dollar.
    pub fn rupiah(self) -> u64 {
        self.0
    }

    /// `rupiah` in dollars at this rate, rounded half up to the cent.
    pub fn convert(self, rupiah: u64) -> Usd {
        // cents = rupiah * 100 / rate, rounded half up: floor((2 * rupiah * 100 + rate) / (2 * rate)).
        let rate = u128::from(self.0);
        let cents = (u128::from(rupiah) * 200 + rate) / (rate * 2);
        Usd(u64::try_from(cents).unwrap_or(u64::MAX))
    }
}

/// An amount in US dollars, held in whole cents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Usd(u64);

impl Usd {
    pub fn from_cents(cents: u64) -> Usd {
        Usd(cents)
    }

    pub fn cents(self) -> u64 {
        self.0
    }

    /// The amount as a number of dollars, for a spreadsheet's number cell (`5.85`). Exact to
    /// the cent as displayed: the nearest double to the decimal amount.
    pub fn dollars(self) -> f64 {
        // Both operands are exact and division rounds correctly: 585 cents is the double
        // nearest 5.85, which a spreadsheet shows as 5.85.
        self.0 as f64 / 100.0
    }

    /// The amount as a buyer reads it: "USD 1,234.50" in English, "USD 1.234,50" in Indonesian.
    pub fn text(self, lang: Lang) -> String {
        let (group, decimal) = lang.separators();
        let whole = group_thousands(self.0 / 100, group);
        format!("USD {whole}{decimal}{:02}", self.0 % 100)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rate(n: u64) -> UsdRate {
        UsdRate::new(n).unwrap()
    }

    #[test]
    fn a_rate_is_read_as_people_write_rupiah() {
        for text in [
            "16250",
            "16.250",
            "16,250",
            "Rp 16.250",
            "Rp16.250",
            "IDR 16,250",
        ] {
            assert_eq!(UsdRate::parse(text), Ok(rate(16_250)), "{text}");
        }
        assert_eq!(UsdRate::parse(" 16.250,00 "), Ok(rate(16_250)));
        assert_eq!(UsdRate::parse("16250.50"), Err(RateError::NotWhole));
        assert_eq!(
            UsdRate::parse("enam belas ribu"),
            Err(RateError::NotANumber)
        );
        assert_eq!(UsdRate::parse(""), Err(RateError::NotANumber));
        assert_eq!(UsdRate::parse("-16250"), Err(RateError::NotANumber));
        assert_eq!(UsdRate::parse("16.25"), Err(RateError::NotWhole));
    }

    #[test]
    fn zero_and_absurd_rates_are_refused() {
        assert_eq!(UsdRate::new(0), Err(RateError::OutOfRange));
        assert_eq!(UsdRate::parse("0"), Err(RateError::OutOfRange));
        assert_eq!(UsdRate::parse("16"), Err(RateError::OutOfRange));
        assert_eq!(UsdRate::parse("999"), Err(RateError::OutOfRange));
        assert_eq!(UsdRate::parse("1.000"), Ok(rate(MIN_RATE)));
        assert_eq!(UsdRate::parse("200.000"), Ok(rate(MAX_RATE)));
        assert_eq!(UsdRate::parse("200.001"), Err(RateError::OutOfRange));
        assert_eq!(
            UsdRate::parse("16.250.000.000.000"),
            Err(RateError::OutOfRange)
        );
    }

    #[test]
    fn rupiah_become_cents_rounded_half_up() {
        let r = rate(16_250);
        // 95,000 / 16,250 = 5.846...
        assert_eq!(r.convert(95_000), Usd::from_cents(585));
        assert_eq!(r.convert(0), Usd::from_cents(0));
        // 8,125 is exactly half a dollar.
        assert_eq!(r.convert(8_125), Usd::from_cents(50));
        // Half a cent at 20,000 per dollar is 100 rupiah: it goes up; a rupiah less does not.
        let r = rate(20_000);
        assert_eq!(r.convert(100), Usd::from_cents(1));
        assert_eq!(r.convert(99), Usd::from_cents(0));
        assert_eq!(r.convert(299), Usd::from_cents(1));
        assert_eq!(r.convert(300), Usd::from_cents(2));
        // 0.4999... cents stays down, 0.5 goes up, at an odd rate too.
        let r = rate(16_251);
        assert_eq!(r.convert(81), Usd::from_cents(0)); // 0.4984 cents
        assert_eq!(r.convert(82), Usd::from_cents(1)); // 0.5046 cents
        // The largest price the catalogue takes converts without overflow.
        let big = rate(MIN_RATE).convert(crate::domain::parse::MAX_RUPIAH);
        assert_eq!(big.cents(), 100_000_000_000);
    }

    #[test]
    fn dollars_read_naturally_in_each_language() {
        let r = rate(16_250);
        assert_eq!(r.convert(95_000).text(Lang::En), "USD 5.85");
        assert_eq!(r.convert(95_000).text(Lang::Id), "USD 5,85");
        assert_eq!(Usd::from_cents(5).text(Lang::En), "USD 0.05");
        assert_eq!(Usd::from_cents(0).text(Lang::Id), "USD 0,00");
        assert_eq!(Usd::from_cents(123_450).text(Lang::En), "USD 1,234.50");
        assert_eq!(Usd::from_cents(123_450).text(Lang::Id), "USD 1.234,50");
        assert_eq!(
            Usd::from_cents(12_345_678_900).text(Lang::En),
            "USD 123,456,789.00"
        );
    }

    #[test]
    fn dollars_as_a_number_are_the_cents_shown() {
        assert_eq!(Usd::from_cents(585).dollars(), 5.85);
        assert_eq!(Usd::from_cents(5).dollars(), 0.05);
        assert_eq!(Usd::from_cents(0).dollars(), 0.0);
        assert_eq!(Usd::from_cents(123_450).dollars(), 1234.5);
        for cents in [1, 7, 10, 99, 101, 585, 1_999, 100_001] {
            let shown = format!("{}", Usd::from_cents(cents).dollars());
            let back: f64 = shown.parse().unwrap();
            assert_eq!((back * 100.0).round() as u64, cents, "{shown}");
        }
    }
}
