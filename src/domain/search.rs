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

/// The folded text a product is found by.
fn entry_text(p: &Product, producer_name: &impl Fn(&Product) -> String) -> String {
    let text = [
        p.sku.as_str(),
        &p.name.id,
        &p.name.en,
        &p.description.id,
        &p.description.en,
        &producer_name(p),
    ]
    .join("\u{1f}");
    fold(&text)
}

/// Folded search texts of a set of products, by id.
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
        let mut entries: Vec<(ProductId, String)> = products
            .into_iter()
            .map(|p| (p.id, entry_text(p, &producer_name)))
            .collect();
        entries.sort_by_key(|(id, _)| *id);
        SearchIndex { entries }
    }

    /// Brings the index up to date after a save: `removed` leave it, `changed` are folded again
    /// (or added). Costs what changed, not the catalogue's size.
    pub fn patch<'a>(
        &mut self,
        removed: &std::collections::HashSet<ProductId>,
        changed: impl IntoIterator<Item = &'a Product>,
        producer_name: impl Fn(&Product) -> String,
    ) {
        if !removed.is_empty() {
            self.entries.retain(|(id, _)| !removed.contains(id));
        }
        for p in changed {
            let text = entry_text(p, &producer_name);
            match self.entries.binary_search_by_key(&p.id, |(id, _)| *id) {
                Ok(i) => self.entries[i].1 = text,
                Err(i) => self.entries.insert(i, (p.id, text)),
            }
        }
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

    #[test]
    fn a_patched_index_finds_what_a_rebuilt_one_finds() {
        let a = product("KPG-01", "Kopi Dampit", "Dampit Coffee");
        let mut b = product("MDU-01", "Madu Hutan", "Forest Honey");
        let c = product("SBN-01", "Sabun Sereh", "Lemongrass Soap");
        let name = |_: &Product| String::new();
        let mut index = SearchIndex::build([&a, &b], name);
        b.name.id = "Madu Randu".into();
        let gone: std::collections::HashSet<ProductId> = [a.id].into_iter().collect();
        index.patch(&gone, [&b, &c], name);
        let rebuilt = SearchIndex::build([&b, &c], name);
        for q in ["", "madu", "hutan", "randu", "kopi", "sabun"] {
            let mut got = index.search(q);
            let mut want = rebuilt.search(q);
            got.sort();
            want.sort();
            assert_eq!(got, want, "{q}");
        }
        assert!(index.search("hutan").is_empty());
        assert_eq!(index.search("sereh"), vec![c.id]);
    }
}
