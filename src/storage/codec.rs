//! How records are written into sled: postcard inside a versioned envelope per record kind, so an
//! older record still decodes after its shape changes. Keys for the index trees live here too.
//!
//! When a stored type changes, freeze its current shape as `...V1`, add a `V2` variant holding the
//! new one, and convert in `into_current`. Never reorder or remove variants.

use crate::domain::model::Timestamp;
use crate::domain::parse::match_key;
use crate::domain::photo::PhotoFocus;
use crate::domain::{
    Bilingual, Category, CategoryId, ExportData, HalalData, LegalIdentity, OpopPillar, PhotoId,
    Producer, ProducerId, Product, ProductId, Settings, Trademark, WholesaleTier,
};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
enum ProductRecord {
    V1(ProductV1),
    /// Photo focus points added.
    V2(ProductV2),
    /// Trademark and SNI added.
    V3(Product),
}

/// A product as written until it had a trademark and an SNI number (frozen: never change it).
#[derive(Serialize, Deserialize)]
struct ProductV2 {
    id: ProductId,
    sku: String,
    name: Bilingual,
    description: Bilingual,
    ingredients: Bilingual,
    storage: Bilingual,
    category: CategoryId,
    producer: ProducerId,
    price: Option<u64>,
    wholesale: Vec<WholesaleTier>,
    net_content: String,
    shelf_life_months: Option<u32>,
    photos: Vec<PhotoId>,
    photo_focus: Vec<PhotoFocus>,
    halal: HalalData,
    pirt: String,
    bpom: String,
    export: ExportData,
    featured: bool,
    hidden: bool,
    created: Timestamp,
    updated: Timestamp,
    text_id_changed: Timestamp,
    text_en_changed: Timestamp,
}

impl ProductV2 {
    fn into_current(self) -> Product {
        Product {
            id: self.id,
            sku: self.sku,
            name: self.name,
            description: self.description,
            ingredients: self.ingredients,
            storage: self.storage,
            category: self.category,
            producer: self.producer,
            price: self.price,
            wholesale: self.wholesale,
            net_content: self.net_content,
            shelf_life_months: self.shelf_life_months,
            photos: self.photos,
            photo_focus: self.photo_focus,
            halal: self.halal,
            pirt: self.pirt,
            bpom: self.bpom,
            trademark: Trademark::default(),
            sni: String::new(),
            export: self.export,
            featured: self.featured,
            hidden: self.hidden,
            created: self.created,
            updated: self.updated,
            text_id_changed: self.text_id_changed,
            text_en_changed: self.text_en_changed,
        }
    }
}

/// A product as written until photos had focus points (frozen: never change it).
#[derive(Serialize, Deserialize)]
struct ProductV1 {
    id: ProductId,
    sku: String,
    name: Bilingual,
    description: Bilingual,
    ingredients: Bilingual,
    storage: Bilingual,
    category: CategoryId,
    producer: ProducerId,
    price: Option<u64>,
    wholesale: Vec<WholesaleTier>,
    net_content: String,
    shelf_life_months: Option<u32>,
    photos: Vec<PhotoId>,
    halal: HalalData,
    pirt: String,
    bpom: String,
    export: ExportData,
    featured: bool,
    hidden: bool,
    created: Timestamp,
    updated: Timestamp,
    text_id_changed: Timestamp,
    text_en_changed: Timestamp,
}

impl ProductV1 {
    fn into_current(self) -> Product {
        ProductV2 {
            id: self.id,
            sku: self.sku,
            name: self.name,
            description: self.description,
            ingredients: self.ingredients,
            storage: self.storage,
            category: self.category,
            producer: self.producer,
            price: self.price,
            wholesale: self.wholesale,
            net_content: self.net_content,
            shelf_life_months: self.shelf_life_months,
            photos: self.photos,
            photo_focus: Vec::new(),
            halal: self.halal,
            pirt: self.pirt,
            bpom: self.bpom,
            export: self.export,
            featured: self.featured,
            hidden: self.hidden,
            created: self.created,
            updated: self.updated,
            text_id_changed: self.text_id_changed,
            text_en_changed: self.text_en_changed,
        }
        .into_current()
    }
}

impl Record for Product {
    const KIND: &'static str = "product";
    fn encode(&self) -> Vec<u8> {
        postcard::to_stdvec(&ProductRecord::V3(self.clone())).unwrap_or_default()
    }
    fn decode(bytes: &[u8]) -> Option<Self> {
        match postcard::from_bytes::<ProductRecord>(bytes).ok()? {
            ProductRecord::V1(v) => Some(v.into_current()),
            ProductRecord::V2(v) => Some(v.into_current()),
            ProductRecord::V3(v) => Some(v),
        }
    }
}

#[derive(Serialize, Deserialize)]
enum ProducerRecord {
    V1(ProducerV1),
    /// Legal identity added (legal entity number, NIK koperasi, Kemenag, size, contact person).
    V2(Producer),
}

/// A producer as written until it had a legal identity (frozen: never change it).
#[derive(Serialize, Deserialize)]
struct ProducerV1 {
    id: ProducerId,
    pesantren: String,
    kopontren: String,
    city: String,
    province: String,
    address: String,
    email: String,
    whatsapp: String,
    nib: String,
    nspp: String,
    pillar: Option<OpopPillar>,
    description: Bilingual,
    logo: Option<PhotoId>,
}

impl ProducerV1 {
    fn into_current(self) -> Producer {
        Producer {
            id: self.id,
            pesantren: self.pesantren,
            kopontren: self.kopontren,
            city: self.city,
            province: self.province,
            address: self.address,
            email: self.email,
            whatsapp: self.whatsapp,
            nib: self.nib,
            nspp: self.nspp,
            pillar: self.pillar,
            description: self.description,
            logo: self.logo,
            legal: LegalIdentity::default(),
        }
    }
}

impl Record for Producer {
    const KIND: &'static str = "producer";
    fn encode(&self) -> Vec<u8> {
        postcard::to_stdvec(&ProducerRecord::V2(self.clone())).unwrap_or_default()
    }
    fn decode(bytes: &[u8]) -> Option<Self> {
        match postcard::from_bytes::<ProducerRecord>(bytes).ok()? {
            ProducerRecord::V1(v) => Some(v.into_current()),
            ProducerRecord::V2(v) => Some(v),
        }
    }
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
    fn a_product_written_before_focus_points_reads_with_every_field_and_centred_photos() {
        let mut p = Product::new("KPG-01", CategoryId::new(), ProducerId::new());
        p.name = Bilingual::new("Kopi Dampit", "Dampit Coffee");
        p.price = Some(45_000);
        p.photos = vec![PhotoId([7; 32]), PhotoId([9; 32])];
        p.pirt = "2063507011234-28".into();
        let old = ProductV1 {
            id: p.id,
            sku: p.sku.clone(),
            name: p.name.clone(),
            description: p.description.clone(),
            ingredients: p.ingredients.clone(),
            storage: p.storage.clone(),
            category: p.category,
            producer: p.producer,
            price: p.price,
            wholesale: p.wholesale.clone(),
            net_content: p.net_content.clone(),
            shelf_life_months: p.shelf_life_months,
            photos: p.photos.clone(),
            halal: p.halal.clone(),
            pirt: p.pirt.clone(),
            bpom: p.bpom.clone(),
            export: p.export.clone(),
            featured: p.featured,
            hidden: p.hidden,
            created: p.created,
            updated: p.updated,
            text_id_changed: p.text_id_changed,
            text_en_changed: p.text_en_changed,
        };
        let bytes = postcard::to_stdvec(&ProductRecord::V1(old)).unwrap();
        let read = Product::decode(&bytes).expect("a schema-2 product record still reads");
        assert_eq!(read, p);
        assert_eq!(
            read.focus_of(PhotoId([7; 32])),
            crate::domain::photo::Focus::CENTRE
        );
        // A focus set now is kept.
        let mut q = read;
        q.set_focus(
            PhotoId([9; 32]),
            crate::domain::photo::Focus { x: 30, y: 20 },
        );
        assert_eq!(Product::decode(&q.encode()), Some(q.clone()));
        assert_eq!(q.focus_of(PhotoId([9; 32])).y, 20);
    }

    #[test]
    fn sku_keys_ignore_case_and_blanks() {
        assert_eq!(sku_key(" kpg-01 "), sku_key("KPG-01"));
    }
}
