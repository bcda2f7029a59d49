//! Instant search over products: every word of the query must appear in the SKU, the name or
//! description in either language, or the producer's name; case and accents are ignored
//! ("kafe" finds "Café"). Texts are folded once into an index so a keystroke only scans.

use super::model::{Product, ProductId};
use unicode_normalization::UnicodeNormalization;

/// Lower-cases and strips accents (NFD, then combining marks dropped).
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Folded search texts of a set of products.
#[derive(Default)]
pub struct SearchIndex {
    entries: Vec<(ProductId, String)>,
}

impl SearchIndex {
    /// Builds the index; `producer_name` gives each product's producer name.
    pub fn build<'a>(
        products: impl IntoIterator<Item = &'a Product>,
        producer_name: impl Fn(&Product) -> String,
    ) -> SearchIndex {
        let entries = products
            .into_iter()
            .map(|p| {
                let text = [
                    p.sku.as_str(),
                    &p.name.id,
                    &p.name.en,
                    &p.description.id,
                    &p.description.en,
                    &producer_name(p),
                ]
                .join("\u{1f}");
                (p.id, fold(&text))
            })
            .collect();
        SearchIndex { entries }
    }

    /// Ids of the products matching every word of `query`, in index order. An empty query
    /// matches everything.
    pub fn search(&self, query: &str) -> Vec<ProductId> {
        let folded = fold(query);
        let words: Vec<&str> = folded.split_whitespace().collect();
        self.entries
            .iter()
            .filter(|(_, text)| words.iter().all(|w| text.contains(w)))
            .map(|(id, _)| *id)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{CategoryId, ProducerId};

    fn product(sku: &str, id: &str, en: &str) -> Product {
        let mut p = Product::new(sku, CategoryId::new(), ProducerId::new());
        p.name.id = id.into();
        p.name.en = en.into();
        p
    }

    #[test]
    fn words_match_across_fields_and_languages_ignoring_case_and_accents() {
        let a = product("KPG-01", "Kopi Café Dampit", "Dampit Coffee");
        let b = product("MDU-01", "Madu Hutan", "Forest Honey");
        let index = SearchIndex::build([&a, &b], |p| {
            if p.sku == "MDU-01" {
                "PP Nurul Huda".into()
            } else {
                "PP Baitul A'la".into()
            }
        });
        assert_eq!(index.search("kafe"), Vec::<ProductId>::new());
        assert_eq!(index.search("CAFE"), vec![a.id]);
        assert_eq!(index.search("coffee kpg"), vec![a.id]);
        assert_eq!(index.search("honey nurul"), vec![b.id]);
        assert_eq!(index.search("honey dampit"), Vec::<ProductId>::new());
        assert_eq!(index.search("  ").len(), 2);
        assert_eq!(fold("Çafé ÀÉÎ"), "cafe aei");
    }
}
