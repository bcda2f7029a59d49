//! Changing many prices at once: by a percentage or by an amount of rupiah, rounded as shops
//! round (to Rp 100, Rp 500 or Rp 1.000), applied to the retail price and every wholesale tier
//! alike so that a tier never ends up dearer than before relative to retail. Pure rules, used by
//! the bulk price dialog's preview and by the change it applies.

use super::model::Product;
use super::parse::MAX_RUPIAH;

/// How prices change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PriceChange {
    /// In hundredths of a percent: `1000` is +10 %, `-250` is -2.5 %.
    Percent(i64),
    /// Whole rupiah added (or taken off when negative).
    Amount(i64),
}

/// What a changed price is rounded to (half up): 1 keeps it exact.
pub const ROUNDINGS: [u64; 4] = [1, 100, 500, 1000];

/// Why a price change cannot be applied to a product.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PriceRefusal {
    /// The new price would be zero or less.
    BelowOne,
    /// Above the largest price the catalogue accepts.
    TooLarge,
}

/// A price after the change, rounded to `step` rupiah (half up).
pub fn changed_price(price: u64, change: PriceChange, step: u64) -> Result<u64, PriceRefusal> {
    let price = i128::from(price);
    let raw = match change {
        // Half up on the exact value: price * (10000 + bp) / 10000.
        PriceChange::Percent(bp) => {
            let num = price * (10_000 + i128::from(bp));
            if num <= 0 {
                return Err(PriceRefusal::BelowOne);
            }
            (num + 5_000) / 10_000
        }
        PriceChange::Amount(amount) => price + i128::from(amount),
    };
    let step = i128::from(step.max(1));
    let rounded = (raw + step / 2) / step * step;
    if rounded < 1 {
        return Err(PriceRefusal::BelowOne);
    }
    if rounded > i128::from(MAX_RUPIAH) {
        return Err(PriceRefusal::TooLarge);
    }
    Ok(rounded as u64)
}

/// The product with its retail and wholesale prices changed; a product without a price keeps
/// none. Refused when any of its prices could not take the change.
pub fn reprice(product: &Product, change: PriceChange, step: u64) -> Result<Product, PriceRefusal> {
    let mut p = product.clone();
    p.price = new_price(product, change, step)?;
    for tier in &mut p.wholesale {
        tier.price = changed_price(tier.price, change, step)?;
    }
    Ok(p)
}

/// The retail price after the change (what the preview shows), refused as [`reprice`] would be,
/// without copying the product.
pub fn new_price(
    product: &Product,
    change: PriceChange,
    step: u64,
) -> Result<Option<u64>, PriceRefusal> {
    for tier in &product.wholesale {
        changed_price(tier.price, change, step)?;
    }
    product
        .price
        .map(|price| changed_price(price, change, step))
        .transpose()
}

/// Reads a percentage as people type it: `10`, `+10`, `-5`, `2,5`, `2.5`, `10%`. Hundredths of a
/// percent; `None` when it is not a number, is zero, or is -100 % or lower.
pub fn parse_percent(text: &str) -> Option<i64> {
    let t: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '%')
        .collect();
    let (negative, digits) = match t.strip_prefix('-').or_else(|| t.strip_prefix('−')) {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(&t)),
    };
    let (whole, fraction) = match digits.split_once([',', '.']) {
        Some((w, f)) => (w, f),
        None => (digits, ""),
    };
    if whole.is_empty() && fraction.is_empty()
        || fraction.len() > 2
        || !whole
            .bytes()
            .chain(fraction.bytes())
            .all(|b| b.is_ascii_digit())
        || whole.len() > 6
    {
        return None;
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let fraction: i64 = format!("{fraction:0<2}").parse().ok()?;
    let value = whole * 100 + fraction;
    let value = if negative { -value } else { value };
    (value != 0 && value > -10_000).then_some(value)
}

/// Reads an amount of rupiah to add (`5000`, `+5.000`, `Rp 5.000`) or take off (`-2.500`).
pub fn parse_amount(text: &str) -> Option<i64> {
    let t = text.trim();
    let (negative, rest) = match t.strip_prefix('-').or_else(|| t.strip_prefix('−')) {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let value = super::parse::parse_rupiah(rest).ok()? as i64;
    (value != 0).then_some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{CategoryId, ProducerId, WholesaleTier};

    #[test]
    fn percentages_round_half_up_to_the_step() {
        assert_eq!(
            changed_price(47_500, PriceChange::Percent(1000), 1),
            Ok(52_250)
        );
        assert_eq!(
            changed_price(47_500, PriceChange::Percent(1000), 500),
            Ok(52_500)
        );
        assert_eq!(
            changed_price(47_500, PriceChange::Percent(1000), 1000),
            Ok(52_000)
        );
        assert_eq!(
            changed_price(15_000, PriceChange::Percent(-1000), 100),
            Ok(13_500)
        );
        // 2.5 % of 12.345 is 308.625: 12.653,625 rounds to 12.654.
        assert_eq!(
            changed_price(12_345, PriceChange::Percent(250), 1),
            Ok(12_654)
        );
    }

    #[test]
    fn amounts_add_and_take_off_but_never_to_nothing() {
        assert_eq!(
            changed_price(25_000, PriceChange::Amount(2_500), 1),
            Ok(27_500)
        );
        assert_eq!(
            changed_price(25_000, PriceChange::Amount(-5_000), 1),
            Ok(20_000)
        );
        assert_eq!(
            changed_price(5_000, PriceChange::Amount(-5_000), 1),
            Err(PriceRefusal::BelowOne)
        );
        // Rounding must not make a small price vanish either.
        assert_eq!(
            changed_price(40, PriceChange::Percent(0), 100),
            Err(PriceRefusal::BelowOne)
        );
        assert_eq!(
            changed_price(MAX_RUPIAH, PriceChange::Amount(1), 1),
            Err(PriceRefusal::TooLarge)
        );
    }

    #[test]
    fn wholesale_tiers_move_with_the_retail_price() {
        let mut p = Product::new("A", CategoryId::new(), ProducerId::new());
        p.price = Some(20_000);
        p.wholesale = vec![WholesaleTier {
            min_qty: 24,
            price: 17_000,
        }];
        let q = reprice(&p, PriceChange::Percent(1000), 100).unwrap();
        assert_eq!(q.price, Some(22_000));
        assert_eq!(q.wholesale[0].price, 18_700);
        let none = Product::new("B", CategoryId::new(), ProducerId::new());
        assert_eq!(
            reprice(&none, PriceChange::Amount(500), 1).unwrap().price,
            None
        );
        p.wholesale[0].price = 1_000;
        assert_eq!(
            reprice(&p, PriceChange::Amount(-1_000), 1),
            Err(PriceRefusal::BelowOne)
        );
    }

    #[test]
    fn percentages_and_amounts_as_typed() {
        assert_eq!(parse_percent("10"), Some(1000));
        assert_eq!(parse_percent("+10 %"), Some(1000));
        assert_eq!(parse_percent("-5"), Some(-500));
        assert_eq!(parse_percent("2,5"), Some(250));
        assert_eq!(parse_percent("2.75"), Some(275));
        assert_eq!(parse_percent("0"), None);
        assert_eq!(parse_percent("-100"), None);
        assert_eq!(parse_percent("sepuluh"), None);
        assert_eq!(parse_percent("1,234"), None);
        assert_eq!(parse_amount("5.000"), Some(5_000));
        assert_eq!(parse_amount("-Rp 2.500"), Some(-2_500));
        assert_eq!(parse_amount("-2.500"), Some(-2_500));
        assert_eq!(parse_amount("Rp 1.000"), Some(1_000));
        assert_eq!(parse_amount("0"), None);
    }
}
