//! How records are written into sled: postcard inside a versioned envelope per record kind, so an
//! older record still decodes after its shape changes. Keys for the index trees live here too.
//!
//! When a stored type changes, freeze its current shape as `...V1`, add a `V2` variant holding the
//! new one, and convert in `into_current`. Never reorder or remove variants.

use crate::domain::parse::match_key;
use crate::domain::{Category, CategoryId, Producer, ProducerId, Product, ProductId, Settings};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
enum ProductRecord {
    V1(Product),
}

#[derive(Serialize, Deserialize)]
enum ProducerRecord {
    V1(Producer),
}

#[derive(Serialize, Deserialize)]
enum CategoryRecord {
    V1(Category),
}

#[derive(Serialize, Deserialize)]
enum SettingsRecord {
    V1(Settings),
}

#[derive(Serialize, Deserialize)]
enum LeadRecord {
    V1(crate::domain::lead::Lead),
}

/// A record kind that can be stored.
pub trait Record: Sized {
    /// Name used in damage reports.
    const KIND: &'static str;
    fn encode(&self) -> Vec<u8>;
    fn decode(bytes: &[u8]) -> Option<Self>;
}

macro_rules! record {
    ($ty:ty, $envelope:ident, $kind:literal) => {
        impl Record for $ty {
            const KIND: &'static str = $kind;
            fn encode(&self) -> Vec<u8> {
                // Serialising plain data to a Vec cannot fail; an empty value would decode as damage.
                postcard::to_stdvec(&$envelope::V1(self.clone())).unwrap_or_default()
            }
            fn decode(bytes: &[u8]) -> Option<Self> {
                match postcard::from_bytes::<$envelope>(bytes).ok()? {
                    $envelope::V1(v) => Some(v),
                }
            }
        }
    };
}

record!(Product, ProductRecord, "product");
record!(Producer, ProducerRecord, "producer");
record!(Category, CategoryRecord, "category");
record!(Settings, SettingsRecord, "settings");
record!(crate::domain::lead::Lead, LeadRecord, "visitor sign-up");

/// The SKU index key: SKUs are unique regardless of case and surrounding blanks.
pub fn sku_key(sku: &str) -> Vec<u8> {
    match_key(sku).into_bytes()
}

/// Key in the category -> products index.
pub fn category_index_key(category: CategoryId, product: ProductId) -> [u8; 32] {
    pair_key(category.as_bytes(), product.as_bytes())
}

/// Key in the producer -> products index.
pub fn producer_index_key(producer: ProducerId, product: ProductId) -> [u8; 32] {
    pair_key(producer.as_bytes(), product.as_bytes())
}

fn pair_key(a: &[u8; 16], b: &[u8; 16]) -> [u8; 32] {
    let mut key = [0u8; 32];
    key[..16].copy_from_slice(a);
    key[16..].copy_from_slice(b);
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::halal::{HalalData, HalalIssuer, HalalScheme, HalalStatus};
    use crate::domain::{Date, WholesaleTier};
    use proptest::prelude::*;

    fn text() -> impl Strategy<Value = String> {
        "\\PC{0,40}"
    }

    prop_compose! {
        fn product()(
            sku in "[A-Z0-9-]{1,12}", name_id in text(), name_en in text(), desc in text(),
            price in proptest::option::of(0u64..10_000_000_000), tiers in proptest::collection::vec((1u32..1000, 0u64..1_000_000), 0..3),
            shelf in proptest::option::of(0u32..120), status in 0usize..4, number in text(),
            days in proptest::option::of(0i64..40_000), featured: bool, hidden: bool, t: i64,
        ) -> Product {
            let mut p = Product::new(&sku, CategoryId::new(), ProducerId::new());
            p.name.id = name_id; p.name.en = name_en; p.description.id = desc;
            p.price = price;
            p.wholesale = tiers.into_iter().map(|(min_qty, price)| WholesaleTier { min_qty, price }).collect();
            p.shelf_life_months = shelf;
            p.halal = HalalData {
                status: HalalStatus::ALL[status], scheme: Some(HalalScheme::SelfDeclare), number,
                issuer: Some(HalalIssuer::Mui), issued: days.map(Date::from_days_since_epoch),
                valid_until: days.map(|d| Date::from_days_since_epoch(d + 1)), examiner: "LPH".into(),
            };
            p.featured = featured; p.hidden = hidden; p.updated = t;
            p
        }
    }

    proptest! {
        #[test]
        fn products_survive_the_codec(p in product()) {
            let bytes = p.encode();
            prop_assert_eq!(Product::decode(&bytes), Some(p));
        }

        #[test]
        fn garbage_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let _ = Product::decode(&bytes);
            let _ = Producer::decode(&bytes);
        }
    }

    #[test]
    fn sku_keys_ignore_case_and_blanks() {
        assert_eq!(sku_key(" kpg-01 "), sku_key("KPG-01"));
    }
}
