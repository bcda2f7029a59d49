//! Orders as people expect them: "SKU-2" before "SKU-10", case ignored; products the way every
//! document and screen that goes through them lists them (by category, then SKU).

use super::model::{CategoryId, Product};
use std::cmp::Ordering;

/// The order products stand in a catalogue, a document, the card screen and the showcase: by
/// their category's sort order (`order_of` gives it; a product whose category has none goes
/// last), then by SKU in natural order.
pub fn catalogue_order(
    order_of: &dyn Fn(CategoryId) -> Option<u32>,
    a: &Product,
    b: &Product,
) -> Ordering {
    let order = |p: &Product| order_of(p.category).unwrap_or(u32::MAX);
    order(a)
        .cmp(&order(b))
        .then_with(|| natural_cmp(&a.sku, &b.sku))
}

/// Compares two texts case-insensitively with runs of digits compared by value; ties are broken
/// by plain byte order so the order is total and deterministic.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (a.chars().peekable(), b.chars().peekable());
    loop {
        match (x.peek().copied(), y.peek().copied()) {
            (None, None) => return a.cmp(b),
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(c), Some(d)) if c.is_ascii_digit() && d.is_ascii_digit() => {
                let run = |it: &mut std::iter::Peekable<std::str::Chars>| {
                    let mut s = String::new();
                    while let Some(c) = it.peek().copied().filter(char::is_ascii_digit) {
                        s.push(c);
                        it.next();
                    }
                    s
                };
                let (m, n) = (run(&mut x), run(&mut y));
                let (m_trim, n_trim) = (m.trim_start_matches('0'), n.trim_start_matches('0'));
                let ord = m_trim
                    .len()
                    .cmp(&n_trim.len())
                    .then_with(|| m_trim.cmp(n_trim));
                if ord != Ordering::Equal {
                    return ord;
                }
            }
            (Some(c), Some(d)) => {
                let ord = c.to_lowercase().cmp(d.to_lowercase());
                if ord != Ordering::Equal {
                    return ord;
                }
                x.next();
                y.next();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn products_go_by_category_order_then_natural_sku_and_uncategorised_last() {
        use crate::domain::{CategoryId, ProducerId};
        let (food, drinks, gone) = (CategoryId::new(), CategoryId::new(), CategoryId::new());
        let order_of = |c| {
            if c == food {
                Some(10)
            } else if c == drinks {
                Some(20)
            } else {
                None
            }
        };
        let p = |sku: &str, c| Product::new(sku, c, ProducerId::new());
        let mut list = [
            p("X-1", gone),
            p("D-10", drinks),
            p("F-10", food),
            p("D-2", drinks),
            p("F-9", food),
        ];
        list.sort_by(|a, b| catalogue_order(&order_of, a, b));
        let skus: Vec<&str> = list.iter().map(|p| p.sku.as_str()).collect();
        assert_eq!(skus, ["F-9", "F-10", "D-2", "D-10", "X-1"]);
    }

    #[test]
    fn numbers_sort_by_value_and_case_is_ignored() {
        let mut skus = vec!["SKU-10", "sku-2", "SKU-1", "ABC", "SKU-02"];
        skus.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(skus, vec!["ABC", "SKU-1", "SKU-02", "sku-2", "SKU-10"]);
        assert_eq!(natural_cmp("a", "a"), Ordering::Equal);
        assert_ne!(natural_cmp("A", "a"), Ordering::Equal);
    }
}
