//! The buyer price list for B2B and export buyers: one row per product (SKU, name, net content,
//! unit price in rupiah and, at a rate the user gives, in US dollars, wholesale tiers, minimum
//! order, units per carton, shelf life, storage, HS code, halal number, PIRT/BPOM, producer),
//! grouped by category; laid out as an A4 landscape PDF table (`pdf`) or written as an Excel
//! workbook (`xlsx`).
//!
//! Pure of the store, like `crate::pdf`: the products come chosen (`crate::pdf::choose`, the
//! catalogue's filters) and `ops::pricelist` runs the export. The rows hold values, not words:
//! each output words and formats them in the list's language. The halal column follows the one
//! public rule (`HalalData::label(day, Surface::Public)`): a number only where the mark holds,
//! "in process" or "not required" in words, nothing at all for an expired or malformed
//! certificate.

pub mod pdf;
pub mod xlsx;

use crate::domain::currency::{Usd, UsdRate};
use crate::domain::halal::{HalalLabel, Surface};
use crate::domain::{Catalogue, Date, Lang, Product};
use crate::i18n::Translator;

/// What the halal column says about a product, under the public rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Halal {
    /// Certified, the certificate well-formed and in force: its number.
    Number(String),
    InProcess,
    NotRequired,
    /// Nothing: not certified, or a certificate the public rule drops (expired, malformed).
    Blank,
}

impl Halal {
    /// The halal column's value for `product` on `day`.
    pub fn of(product: &Product, day: Date) -> Halal {
        match product.halal.label(day, Surface::Public) {
            HalalLabel::Mark(number) => Halal::Number(number.to_string()),
            HalalLabel::InProcess => Halal::InProcess,
            HalalLabel::NotRequired => Halal::NotRequired,
            _ => Halal::Blank,
        }
    }

    /// The status in words (`None` for a number, which is printed as it is, and for a blank).
    pub fn words(&self, tr: &Translator) -> Option<String> {
        let label = match self {
            Halal::InProcess => HalalLabel::InProcess,
            Halal::NotRequired => HalalLabel::NotRequired,
            Halal::Number(_) | Halal::Blank => return None,
        };
        crate::i18n::words::halal_label(tr, label)
    }
}

/// One wholesale tier: from `min_qty` units on, each at `price` rupiah (and `usd`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tier {
    pub min_qty: u32,
    pub price: u64,
    pub usd: Option<Usd>,
}

/// One product as the price list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub sku: String,
    pub name: String,
    pub producer: String,
    pub net_content: String,
    /// Whole rupiah; `None` when the product has no price ("on request").
    pub price: Option<u64>,
    /// The price in dollars at the list's rate (when it has one and the product a price).
    pub usd: Option<Usd>,
    pub tiers: Vec<Tier>,
    pub min_order: Option<u32>,
    pub units_per_carton: Option<u32>,
    pub shelf_life_months: Option<u32>,
    pub storage: String,
    pub hs_code: String,
    pub halal: Halal,
    /// As printed on the pack ("P-IRT No. 2063507011234-28"), or empty.
    pub pirt: String,
    pub bpom: String,
}

/// A category and its products.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub title: String,
    pub rows: Vec<Row>,
}

/// The whole price list, ready to lay out or write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PriceList {
    pub lang: Lang,
    /// The day the list is dated, the rate is given for, and halal certificates are judged on.
    pub date: Date,
    /// The publisher (the cooperative or office that issues the list) and its contacts (address,
    /// WhatsApp, e-mail, website: those filled in).
    pub publisher: String,
    pub contacts: Vec<String>,
    /// Whether prices are shown at all (`--no-prices` leaves every price column out).
    pub prices: bool,
    /// The rate dollar prices are converted at; `None`: rupiah only.
    pub rate: Option<UsdRate>,
    pub sections: Vec<Section>,
}

impl PriceList {
    /// The price list of `chosen` (in the order given: `crate::pdf::choose` gives category order,
    /// then SKU), one section per category. A rate is kept only when prices are shown.
    pub fn new(
        source: &Catalogue,
        chosen: &[&Product],
        lang: Lang,
        date: Date,
        prices: bool,
        rate: Option<UsdRate>,
    ) -> PriceList {
        let rate = rate.filter(|_| prices);
        let mut sections: Vec<Section> = Vec::new();
        for p in chosen {
            let title = source
                .category(p.category)
                .map(|c| c.name.shown(lang).to_string())
                .unwrap_or_default();
            let row = row(source, p, lang, date, prices, rate);
            match sections.last_mut() {
                Some(s) if s.title == title => s.rows.push(row),
                _ => sections.push(Section {
                    title,
                    rows: vec![row],
                }),
            }
        }
        PriceList {
            lang,
            date,
            publisher: source.settings.publisher_name.clone(),
            contacts: crate::pdf::publisher_contacts(&source.settings),
            prices,
            rate,
            sections,
        }
    }

    /// The rate dollars are shown at: only with prices.
    pub fn dollars(&self) -> Option<UsdRate> {
        self.rate.filter(|_| self.prices)
    }

    /// The list's words for its date and, with dollars, its rate ("1 USD = Rp 16.250, 1
    /// Desember 2026"), as both outputs print them.
    pub fn date_and_rate(&self, tr: &Translator) -> (String, Option<String>) {
        let date = tr.date(self.date);
        let dated = tr.t_args("pricelist-date", &[("date", date.as_str().into())]);
        let rate = self.dollars().map(|r| {
            tr.t_args(
                "pricelist-rate",
                &[
                    ("rate", tr.rupiah(r.rupiah()).into()),
                    ("date", date.as_str().into()),
                ],
            )
        });
        (dated, rate)
    }

    /// Every row, section by section.
    pub fn rows(&self) -> impl Iterator<Item = &Row> {
        self.sections.iter().flat_map(|s| s.rows.iter())
    }

    /// The most wholesale tiers any row has (the workbook gives each its columns).
    pub fn most_tiers(&self) -> usize {
        self.rows().map(|r| r.tiers.len()).max().unwrap_or(0)
    }
}

/// One product's row; prices left out when `prices` is false.
fn row(
    source: &Catalogue,
    p: &Product,
    lang: Lang,
    date: Date,
    prices: bool,
    rate: Option<UsdRate>,
) -> Row {
    let usd = |rupiah: u64| rate.map(|r| r.convert(rupiah));
    let mut tiers: Vec<Tier> = if prices {
        p.wholesale
            .iter()
            .map(|t| Tier {
                min_qty: t.min_qty,
                price: t.price,
                usd: usd(t.price),
            })
            .collect()
    } else {
        Vec::new()
    };
    tiers.sort_by_key(|t| t.min_qty);
    let price = p.price.filter(|_| prices);
    Row {
        sku: p.sku.clone(),
        name: p.name.shown(lang).to_string(),
        producer: source
            .producer(p.producer)
            .map(|x| x.pesantren.clone())
            .unwrap_or_default(),
        net_content: p.net_content.clone(),
        price,
        usd: price.and_then(usd),
        tiers,
        min_order: p.export.min_order,
        units_per_carton: p.export.units_per_carton,
        shelf_life_months: p.shelf_life_months,
        storage: p.storage.shown(lang).trim().to_string(),
        hs_code: p.export.hs_code.trim().to_string(),
        halal: Halal::of(p, date),
        pirt: p.pirt.trim().to_string(),
        bpom: p.bpom.trim().to_string(),
    }
}

/// What the export noticed about the products that went in, in words (the catalogue's notices
/// that matter to a price list: no English, no price, a halal claim left out).
pub fn notice(tr: &Translator, n: &crate::pdf::Notice) -> Option<String> {
    use crate::pdf::Notice;
    let key = match n {
        Notice::NotTranslated { .. } => "pricelist-notice-not-translated",
        Notice::NoPrice { .. } => "pricelist-notice-no-price",
        Notice::HalalExpired { .. } => "pricelist-notice-halal-expired",
        Notice::HalalNumberInvalid { .. } => "pricelist-notice-halal-number",
        Notice::NoPhoto { .. } | Notice::PhotoUnreadable { .. } => return None,
    };
    Some(tr.t_args(key, &[("sku", n.sku().into())]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        Bilingual, Category, HalalData, HalalIssuer, HalalStatus, Producer, WholesaleTier,
    };

    fn day() -> Date {
        Date::new(2026, 12, 1).unwrap()
    }

    fn catalogue() -> Catalogue {
        let food = Category::new("Minuman", "Beverages", 20);
        let craft = Category::new("Kerajinan", "Crafts", 60);
        let producer = Producer::new("Pondok Pesantren Baitul A'la");
        let mut coffee = Product::new("BAL-KOP-01", food.id, producer.id);
        coffee.name = Bilingual::new("Kopi Robusta", "Robusta Coffee");
        coffee.storage = Bilingual::new("Simpan di tempat kering.", "");
        coffee.price = Some(95_000);
        coffee.wholesale = vec![
            WholesaleTier {
                min_qty: 100,
                price: 75_000,
            },
            WholesaleTier {
                min_qty: 24,
                price: 80_750,
            },
        ];
        coffee.export.hs_code = " 0901.21 ".into();
        coffee.export.min_order = Some(100);
        coffee.halal = HalalData {
            status: HalalStatus::Certified,
            number: "ID35110017058840424".into(),
            issuer: Some(HalalIssuer::Bpjph),
            ..HalalData::default()
        };
        let mut honey = Product::new("NHM-MDU-01", food.id, producer.id);
        honey.name = Bilingual::new("Madu Hutan", "");
        honey.halal = HalalData {
            status: HalalStatus::Certified,
            number: "LPPOM-00150081234519".into(),
            issuer: Some(HalalIssuer::Mui),
            valid_until: Some(Date::new(2022, 6, 30).unwrap()),
            ..HalalData::default()
        };
        let mut bag = Product::new("AIK-ANY-01", craft.id, producer.id);
        bag.price = Some(95_000);
        bag.halal.status = HalalStatus::NotRequired;
        let mut bad = Product::new("AIK-BAD-01", craft.id, producer.id);
        bad.halal = HalalData {
            status: HalalStatus::Certified,
            number: "12345".into(),
            ..HalalData::default()
        };
        Catalogue {
            products: vec![coffee, honey, bag, bad],
            producers: vec![producer],
            categories: vec![food, craft],
            settings: Default::default(),
        }
    }

    fn list(lang: Lang, prices: bool, rate: Option<u64>) -> PriceList {
        let c = catalogue();
        let chosen: Vec<&Product> = c.products.iter().collect();
        let rate = rate.map(|r| UsdRate::new(r).unwrap());
        PriceList::new(&c, &chosen, lang, day(), prices, rate)
    }

    #[test]
    fn rows_are_grouped_by_category_in_the_lists_language() {
        let l = list(Lang::En, true, None);
        let titles: Vec<&str> = l.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["Beverages", "Crafts"]);
        let coffee = &l.sections[0].rows[0];
        assert_eq!(coffee.name, "Robusta Coffee");
        assert_eq!(coffee.producer, "Pondok Pesantren Baitul A'la");
        // No English storage: the Indonesian stands in, as everywhere.
        assert_eq!(coffee.storage, "Simpan di tempat kering.");
        assert_eq!(coffee.hs_code, "0901.21");
        assert_eq!(l.sections[0].rows[1].name, "Madu Hutan");
        assert_eq!(list(Lang::Id, true, None).sections[1].title, "Kerajinan");
    }

    #[test]
    fn dollars_only_with_a_rate_and_tiers_in_quantity_order() {
        let l = list(Lang::Id, true, Some(16_250));
        let coffee = &l.sections[0].rows[0];
        assert_eq!(coffee.price, Some(95_000));
        assert_eq!(coffee.usd.map(|u| u.cents()), Some(585));
        let tiers: Vec<(u32, u64, Option<u64>)> = coffee
            .tiers
            .iter()
            .map(|t| (t.min_qty, t.price, t.usd.map(|u| u.cents())))
            .collect();
        assert_eq!(tiers, [(24, 80_750, Some(497)), (100, 75_000, Some(462))]);
        assert_eq!(l.most_tiers(), 2);
        // A product without a price has no dollars either.
        assert_eq!(l.sections[0].rows[1].usd, None);
        let rupiah_only = list(Lang::Id, true, None);
        assert!(rupiah_only.rows().all(|r| r.usd.is_none()));
        assert!(
            rupiah_only
                .rows()
                .flat_map(|r| &r.tiers)
                .all(|t| t.usd.is_none())
        );
    }

    #[test]
    fn without_prices_no_price_tier_or_rate_is_kept() {
        let l = list(Lang::Id, false, Some(16_250));
        assert_eq!(l.rate, None);
        assert!(
            l.rows()
                .all(|r| r.price.is_none() && r.usd.is_none() && r.tiers.is_empty())
        );
        assert_eq!(l.most_tiers(), 0);
    }

    #[test]
    fn the_halal_column_follows_the_public_rule() {
        let l = list(Lang::Id, true, None);
        let by_sku = |sku: &str| l.rows().find(|r| r.sku == sku).unwrap().halal.clone();
        assert_eq!(
            by_sku("BAL-KOP-01"),
            Halal::Number("ID35110017058840424".into())
        );
        assert_eq!(by_sku("NHM-MDU-01"), Halal::Blank, "expired: no number");
        assert_eq!(by_sku("AIK-BAD-01"), Halal::Blank, "malformed: no number");
        assert_eq!(by_sku("AIK-ANY-01"), Halal::NotRequired);
        let tr = Translator::new(Lang::Id);
        assert!(Halal::NotRequired.words(&tr).is_some());
        assert!(Halal::InProcess.words(&tr).is_some());
        assert_eq!(Halal::Blank.words(&tr), None);
    }

    #[test]
    fn notices_that_matter_to_a_price_list_are_worded() {
        use crate::pdf::Notice;
        for lang in Lang::ALL {
            let tr = Translator::new(lang);
            let sku = || "BAL-KOP-01".to_string();
            for n in [
                Notice::NotTranslated { sku: sku() },
                Notice::NoPrice { sku: sku() },
                Notice::HalalExpired { sku: sku() },
                Notice::HalalNumberInvalid { sku: sku() },
            ] {
                let words = notice(&tr, &n).unwrap();
                assert!(words.contains("BAL-KOP-01"), "{words}");
            }
            assert_eq!(notice(&tr, &Notice::NoPhoto { sku: sku() }), None);
        }
    }
}
