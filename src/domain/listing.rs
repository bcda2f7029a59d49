//! The product list's rules: which products a filter keeps and the order a sort puts them in. The
//! window's product table uses them; so can any other list of products (search is
//! `domain::search`, and its matches come in as `matches`).

use super::completeness::completeness;
use super::model::{Catalogue, CategoryId, ProducerId, Product};
use super::sort::natural_cmp;
use super::{HalalStatus, Lang};

/// Columns the product table sorts by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    Sku,
    Name,
    Category,
    Price,
    Producer,
    Halal,
    Complete,
}

/// What the product list is narrowed to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    pub query: String,
    pub category: Option<CategoryId>,
    pub producer: Option<ProducerId>,
    pub halal: Option<HalalStatus>,
    pub needs_translation: bool,
}

/// A filter and a sort, in a language (names sort as they are shown).
pub struct Listing<'a> {
    pub filters: &'a Filters,
    pub sort: SortKey,
    pub descending: bool,
    pub lang: Lang,
}

impl Listing<'_> {
    /// The indices of the products that `matches` (the search) and the filters keep, sorted; ties
    /// go by SKU.
    pub fn list(&self, c: &Catalogue, matches: impl Fn(&Product) -> bool) -> Vec<usize> {
        let f = self.filters;
        let lang = self.lang;
        let mut visible: Vec<usize> = c
            .products
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                matches(p)
                    && f.category.is_none_or(|k| p.category == k)
                    && f.producer.is_none_or(|x| p.producer == x)
                    && f.halal.is_none_or(|h| p.halal.status == h)
                    && (!f.needs_translation || p.needs_translation())
            })
            .map(|(i, _)| i)
            .collect();
        let text = |b: &super::Bilingual| b.shown(lang).to_string();
        visible.sort_by(|&a, &b| {
            let (p, q) = (&c.products[a], &c.products[b]);
            let ord = match self.sort {
                SortKey::Sku => natural_cmp(&p.sku, &q.sku),
                SortKey::Name => natural_cmp(&text(&p.name), &text(&q.name)),
                SortKey::Category => {
                    let order = |x: &Product| c.category(x.category).map(|k| k.sort_order);
                    order(p).cmp(&order(q))
                }
                SortKey::Price => p.price.cmp(&q.price),
                SortKey::Producer => {
                    let name = |x: &Product| {
                        c.producer(x.producer)
                            .map(|k| k.pesantren.clone())
                            .unwrap_or_default()
                    };
                    natural_cmp(&name(p), &name(q))
                }
                SortKey::Halal => (p.halal.status as u8).cmp(&(q.halal.status as u8)),
                SortKey::Complete => completeness(p, lang)
                    .percent
                    .cmp(&completeness(q, lang).percent),
            }
            .then_with(|| natural_cmp(&p.sku, &q.sku));
            if self.descending { ord.reverse() } else { ord }
        });
        visible
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Bilingual;

    fn catalogue() -> Catalogue {
        let (k, x) = (CategoryId::new(), ProducerId::new());
        let product = |sku: &str, id: &str, en: &str, en_stale: bool| {
            let mut p = Product::new(sku, k, x);
            p.name = Bilingual::new(id, en);
            if en_stale {
                p.text_id_changed = 2;
                p.text_en_changed = 1;
            }
            p
        };
        Catalogue {
            products: vec![
                product("A-10", "Zaitun", "Olive", false),
                product("A-2", "Madu", "", false),
                product("A-3", "Kopi", "Coffee", true),
            ],
            ..Catalogue::default()
        }
    }

    #[test]
    fn needs_translation_keeps_missing_and_stale_english_and_names_sort_as_shown() {
        let c = catalogue();
        let filters = Filters {
            needs_translation: true,
            ..Filters::default()
        };
        let listing = Listing {
            filters: &filters,
            sort: SortKey::Sku,
            descending: false,
            lang: Lang::En,
        };
        assert_eq!(
            listing.list(&c, |_| true),
            vec![1, 2],
            "A-2 has no English, A-3 is stale"
        );
        let all = Filters::default();
        let by_name = Listing {
            filters: &all,
            sort: SortKey::Name,
            ..listing
        };
        // English names, with the Indonesian standing in where there is none: Coffee, Madu, Olive.
        assert_eq!(by_name.list(&c, |_| true), vec![2, 1, 0]);
        let by_sku_down = Listing {
            filters: &all,
            sort: SortKey::Sku,
            descending: true,
            lang: Lang::Id,
        };
        assert_eq!(
            by_sku_down.list(&c, |p| p.sku != "A-3"),
            vec![0, 1],
            "A-10 after A-2"
        );
    }
}
