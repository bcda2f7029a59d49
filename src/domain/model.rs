//! The catalogue's records: products, producers (a pesantren and its cooperative), categories and
//! the catalogue's own settings. Plain data; the rules that read it live beside it in `domain`.

use super::date::Date;
use super::halal::HalalData;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A new time-ordered id (UUID v7), so catalogues from different places merge cleanly.
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }
            pub fn as_bytes(&self) -> &[u8; 16] {
                self.0.as_bytes()
            }
            pub fn from_slice(bytes: &[u8]) -> Option<Self> {
                Uuid::from_slice(bytes).ok().map(Self)
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }
    };
}

id_type!(
    /// Identifies a product.
    ProductId
);
id_type!(
    /// Identifies a producer.
    ProducerId
);
id_type!(
    /// Identifies a category.
    CategoryId
);

/// A photo, named by the hash of its bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PhotoId(pub [u8; 32]);

/// Milliseconds since 1970-01-01 UTC.
pub type Timestamp = i64;

/// Now, as a [`Timestamp`].
pub fn now() -> Timestamp {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// A text in Indonesian and English. The Indonesian one is the original.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bilingual {
    pub id: String,
    pub en: String,
}

impl Bilingual {
    pub fn new(id: &str, en: &str) -> Bilingual {
        Bilingual {
            id: id.to_string(),
            en: en.to_string(),
        }
    }

    /// The text to show in `lang`: the English when there is some, else the Indonesian (which
    /// stands in for a missing translation).
    pub fn shown(&self, lang: super::lang::Lang) -> &str {
        match lang {
            super::lang::Lang::En if !self.en.trim().is_empty() => &self.en,
            _ => &self.id,
        }
    }

    /// The text in one language.
    pub fn get(&self, lang: super::lang::Lang) -> &str {
        match lang {
            super::lang::Lang::Id => &self.id,
            super::lang::Lang::En => &self.en,
        }
    }
}

/// One wholesale price: from `min_qty` units on, each costs `price` rupiah.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WholesaleTier {
    pub min_qty: u32,
    pub price: u64,
}

/// Data buyers abroad ask for.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportData {
    pub hs_code: String,
    pub min_order: Option<u32>,
    pub units_per_carton: Option<u32>,
}

/// A product in the catalogue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Product {
    pub id: ProductId,
    /// Unique in the catalogue; the key for CSV upserts.
    pub sku: String,
    pub name: Bilingual,
    pub description: Bilingual,
    pub ingredients: Bilingual,
    pub storage: Bilingual,
    pub category: CategoryId,
    pub producer: ProducerId,
    /// Whole rupiah; `None` while not set.
    pub price: Option<u64>,
    pub wholesale: Vec<WholesaleTier>,
    pub net_content: String,
    pub shelf_life_months: Option<u32>,
    /// Ordered; the first is the cover.
    pub photos: Vec<PhotoId>,
    /// Where the subject of a photo is, for photos whose focus is not the centre.
    #[serde(default)]
    pub photo_focus: Vec<super::photo::PhotoFocus>,
    pub halal: HalalData,
    /// As printed, e.g. "P-IRT No. 2063507011234-28".
    pub pirt: String,
    pub bpom: String,
    /// The brand's standing with DJKI.
    #[serde(default)]
    pub trademark: super::legal::Trademark,
    /// SNI (Indonesian National Standard) certificate or standard number, when the product has one.
    #[serde(default)]
    pub sni: String,
    pub export: ExportData,
    pub featured: bool,
    pub hidden: bool,
    pub created: Timestamp,
    pub updated: Timestamp,
    /// When any Indonesian text last changed.
    pub text_id_changed: Timestamp,
    /// When any English text last changed.
    pub text_en_changed: Timestamp,
}

impl Product {
    /// A new, empty product in the given category and producer.
    pub fn new(sku: &str, category: CategoryId, producer: ProducerId) -> Product {
        let t = now();
        Product {
            id: ProductId::new(),
            sku: sku.to_string(),
            name: Bilingual::default(),
            description: Bilingual::default(),
            ingredients: Bilingual::default(),
            storage: Bilingual::default(),
            category,
            producer,
            price: None,
            wholesale: Vec::new(),
            net_content: String::new(),
            shelf_life_months: None,
            photos: Vec::new(),
            photo_focus: Vec::new(),
            halal: HalalData::default(),
            pirt: String::new(),
            bpom: String::new(),
            trademark: super::legal::Trademark::default(),
            sni: String::new(),
            export: ExportData::default(),
            featured: false,
            hidden: false,
            created: t,
            updated: t,
            text_id_changed: t,
            text_en_changed: t,
        }
    }

    /// The English text may be out of date: the Indonesian changed after the English was edited.
    pub fn english_is_stale(&self) -> bool {
        self.text_id_changed > self.text_en_changed
    }

    /// Whether a text the catalogue prints (name, description) is written in Indonesian but has
    /// no English: an English surface shows the Indonesian in its place.
    /// The focus point of one of the product's photos (the centre unless the user set one).
    pub fn focus_of(&self, photo: PhotoId) -> super::photo::Focus {
        self.photo_focus
            .iter()
            .find(|f| f.photo == photo)
            .map(|f| f.focus)
            .unwrap_or_default()
    }

    /// Sets a photo's focus point (the centre is kept as no entry at all).
    pub fn set_focus(&mut self, photo: PhotoId, focus: super::photo::Focus) {
        self.photo_focus.retain(|f| f.photo != photo);
        if focus != super::photo::Focus::CENTRE {
            self.photo_focus
                .push(super::photo::PhotoFocus { photo, focus });
        }
    }

    pub fn english_missing(&self) -> bool {
        [&self.name, &self.description]
            .iter()
            .any(|b| !b.id.trim().is_empty() && b.en.trim().is_empty())
    }

    /// Whether the English needs work: missing ([`Product::english_missing`]) or written for an
    /// older Indonesian text ([`Product::english_is_stale`]). The "needs translation" filter.
    pub fn needs_translation(&self) -> bool {
        self.english_missing() || self.english_is_stale()
    }

    /// The bilingual text fields, for checks that treat them alike.
    pub fn texts(&self) -> [&Bilingual; 4] {
        [
            &self.name,
            &self.description,
            &self.ingredients,
            &self.storage,
        ]
    }
}

/// The three OPOP pillars a pesantren takes part in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OpopPillar {
    Santripreneur,
    Pesantrenpreneur,
    Sosiopreneur,
}

/// A producer: a pesantren and the cooperative (Kopontren) that sells for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Producer {
    pub id: ProducerId,
    /// Required, e.g. "Pondok Pesantren Baitul A'la".
    pub pesantren: String,
    pub kopontren: String,
    pub city: String,
    pub province: String,
    pub address: String,
    pub email: String,
    /// International digits without "+", e.g. "628123456789".
    pub whatsapp: String,
    pub nib: String,
    pub nspp: String,
    pub pillar: Option<OpopPillar>,
    pub description: Bilingual,
    pub logo: Option<PhotoId>,
    /// Legal entity, Kemenag registration, size and contact person, for grant applications.
    #[serde(default)]
    pub legal: super::legal::LegalIdentity,
}

/// The province most OPOP producers are in.
pub const DEFAULT_PROVINCE: &str = "Jawa Timur";

impl Producer {
    pub fn new(pesantren: &str) -> Producer {
        Producer {
            id: ProducerId::new(),
            pesantren: pesantren.to_string(),
            kopontren: String::new(),
            city: String::new(),
            province: DEFAULT_PROVINCE.to_string(),
            address: String::new(),
            email: String::new(),
            whatsapp: String::new(),
            nib: String::new(),
            nspp: String::new(),
            pillar: None,
            description: Bilingual::default(),
            logo: None,
            legal: super::legal::LegalIdentity::default(),
        }
    }
}

/// A product category.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Category {
    pub id: CategoryId,
    pub name: Bilingual,
    pub sort_order: u32,
    /// Halal certification is mandatory for products in it (food, beverages, herbal, cosmetics).
    pub halal_mandatory: bool,
    /// A PIRT or BPOM registration is expected.
    pub registration_expected: bool,
}

impl Category {
    pub fn new(name_id: &str, name_en: &str, sort_order: u32) -> Category {
        Category {
            id: CategoryId::new(),
            name: Bilingual::new(name_id, name_en),
            sort_order,
            halal_mandatory: false,
            registration_expected: false,
        }
    }
}

/// The categories a fresh catalogue starts with.
pub fn default_categories() -> Vec<Category> {
    let rows: [(&str, &str, bool); 8] = [
        ("Makanan & Camilan", "Food & Snacks", true),
        ("Minuman", "Beverages", true),
        ("Herbal & Kesehatan", "Herbal & Wellness", true),
        (
            "Kosmetik & Perawatan Diri",
            "Cosmetics & Personal Care",
            true,
        ),
        ("Busana & Batik", "Fashion & Batik", false),
        ("Kerajinan", "Crafts", false),
        ("Pertanian & Perkebunan", "Agriculture", false),
        ("Lainnya", "Other", false),
    ];
    rows.iter()
        .enumerate()
        .map(|(i, (id, en, regulated))| Category {
            halal_mandatory: *regulated,
            registration_expected: *regulated,
            ..Category::new(id, en, (i as u32 + 1) * 10)
        })
        .collect()
}

/// The day by which products in mandatory categories must be certified (micro and small businesses).
pub fn default_halal_deadline() -> Date {
    Date::new(2026, 10, 17).unwrap_or_else(|_| Date::from_days_since_epoch(0))
}

/// The whole catalogue as read from the store: what every surface (window, command line, CSV,
/// PDF) lists and prints.
#[derive(Clone, Debug, Default)]
pub struct Catalogue {
    pub products: Vec<Product>,
    pub producers: Vec<Producer>,
    pub categories: Vec<Category>,
    pub settings: Settings,
}

impl Catalogue {
    pub fn producer(&self, id: ProducerId) -> Option<&Producer> {
        self.producers.iter().find(|p| p.id == id)
    }
    pub fn category(&self, id: CategoryId) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }
}

/// Who issues the catalogue and how it reads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub publisher_name: String,
    pub publisher_logo: Option<PhotoId>,
    pub publisher_address: String,
    pub publisher_whatsapp: String,
    pub publisher_email: String,
    pub publisher_website: String,
    pub cover_title: Bilingual,
    pub halal_deadline: Date,
    /// WhatsApp order message; `{sku}` and `{name}` are filled in.
    pub order_template: Bilingual,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            publisher_name: String::new(),
            publisher_logo: None,
            publisher_address: String::new(),
            publisher_whatsapp: String::new(),
            publisher_email: String::new(),
            publisher_website: String::new(),
            cover_title: Bilingual::new(
                "Katalog Produk Halal Pesantren",
                "Pesantren Halal Product Catalogue",
            ),
            halal_deadline: default_halal_deadline(),
            order_template: Bilingual::new(
                "Assalamu'alaikum, saya ingin memesan {name} (kode {sku}).",
                "Assalamu'alaikum, I would like to order {name} (code {sku}).",
            ),
        }
    }
}
