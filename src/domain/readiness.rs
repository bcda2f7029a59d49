//! A producer's readiness for OPOP curation and grants: NIB present, every product's halal status
//! settled, PIRT or BPOM where the category needs it, at least one photo per product, and the
//! texts complete in both languages. Each requirement lists what is missing, product by product.
//! Hidden products are left out: they are not offered to curators.

use super::date::Date;
use super::halal::{HalalStatus, Validity};
use super::lang::Lang;
use super::model::{Category, CategoryId, Producer, Product};
use super::registration::{is_valid_nib, parse_bpom, parse_pirt};
use std::collections::HashMap;

/// The requirements of the checklist, in the order it shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Requirement {
    Nib,
    /// At least one product listed (not hidden).
    Products,
    HalalSettled,
    Registration,
    Photos,
    BothLanguages,
}

impl Requirement {
    pub const ALL: [Requirement; 6] = [
        Requirement::Nib,
        Requirement::Products,
        Requirement::HalalSettled,
        Requirement::Registration,
        Requirement::Photos,
        Requirement::BothLanguages,
    ];
}

/// Why a product's halal status is not settled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HalalGap {
    NotYet,
    InProcess,
    /// "Certified" but the number is missing, malformed or a registration number.
    NumberNotValid,
    Expired,
    /// "Not required" in a category where certification is mandatory.
    NotRequiredButMandatory,
}

/// Why a product's registration does not hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegistrationGap {
    Missing,
    PirtMalformed,
    PirtExpired { year: i32 },
    BpomMalformed,
}

/// One thing missing for a requirement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Gap {
    NibEmpty,
    NibMalformed,
    NoProducts,
    Halal {
        sku: String,
        why: HalalGap,
    },
    Registration {
        sku: String,
        why: RegistrationGap,
    },
    NoPhoto {
        sku: String,
    },
    /// Name or description empty in these languages.
    Text {
        sku: String,
        langs: Vec<Lang>,
    },
}

/// The checklist of one producer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Readiness {
    /// Per requirement, in [`Requirement::ALL`] order, what is missing (empty = met).
    pub items: Vec<(Requirement, Vec<Gap>)>,
}

impl Readiness {
    /// Every requirement met.
    pub fn ready(&self) -> bool {
        self.items.iter().all(|(_, gaps)| gaps.is_empty())
    }

    /// How many requirements are met.
    pub fn met(&self) -> usize {
        self.items
            .iter()
            .filter(|(_, gaps)| gaps.is_empty())
            .count()
    }

    /// Every gap, in checklist order.
    pub fn gaps(&self) -> impl Iterator<Item = &Gap> {
        self.items.iter().flat_map(|(_, gaps)| gaps)
    }
}

/// The checklist for `producer` given its products (any order; hidden ones are skipped).
pub fn producer_readiness(
    producer: &Producer,
    products: &[&Product],
    categories: &HashMap<CategoryId, &Category>,
    today: Date,
) -> Readiness {
    let listed: Vec<&Product> = products.iter().copied().filter(|p| !p.hidden).collect();
    let nib = if producer.nib.trim().is_empty() {
        vec![Gap::NibEmpty]
    } else if !is_valid_nib(&producer.nib) {
        vec![Gap::NibMalformed]
    } else {
        Vec::new()
    };
    let any = if listed.is_empty() {
        vec![Gap::NoProducts]
    } else {
        Vec::new()
    };
    let sku = |p: &Product| p.sku.clone();
    let mut halal = Vec::new();
    let mut registration = Vec::new();
    let mut photos = Vec::new();
    let mut texts = Vec::new();
    for p in &listed {
        let category = categories.get(&p.category).copied();
        if let Some(why) = halal_gap(p, category, today) {
            halal.push(Gap::Halal { sku: sku(p), why });
        }
        if let Some(why) = registration_gap(p, category, today) {
            registration.push(Gap::Registration { sku: sku(p), why });
        }
        if p.photos.is_empty() {
            photos.push(Gap::NoPhoto { sku: sku(p) });
        }
        let langs: Vec<Lang> = Lang::ALL
            .into_iter()
            .filter(|&lang| {
                [&p.name, &p.description]
                    .iter()
                    .any(|b| b.get(lang).trim().is_empty())
            })
            .collect();
        if !langs.is_empty() {
            texts.push(Gap::Text { sku: sku(p), langs });
        }
    }
    Readiness {
        items: vec![
            (Requirement::Nib, nib),
            (Requirement::Products, any),
            (Requirement::HalalSettled, halal),
            (Requirement::Registration, registration),
            (Requirement::Photos, photos),
            (Requirement::BothLanguages, texts),
        ],
    }
}

/// Settled means: certified with a certificate that holds today (a well-formed number, not
/// expired), or not required where the category does not make certification mandatory.
fn halal_gap(p: &Product, category: Option<&Category>, today: Date) -> Option<HalalGap> {
    let mandatory = category.is_some_and(|c| c.halal_mandatory);
    match p.halal.status {
        HalalStatus::NotYet => Some(HalalGap::NotYet),
        HalalStatus::InProcess => Some(HalalGap::InProcess),
        HalalStatus::NotRequired if mandatory => Some(HalalGap::NotRequiredButMandatory),
        HalalStatus::NotRequired => None,
        HalalStatus::Certified => {
            if p.halal.mark_number().is_none() {
                Some(HalalGap::NumberNotValid)
            } else if matches!(p.halal.validity(today), Validity::Expired { .. }) {
                Some(HalalGap::Expired)
            } else {
                None
            }
        }
    }
}

/// Where the category expects a PIRT or BPOM number: one is there, well-formed, and a PIRT has
/// not expired. Elsewhere a number given is still checked for form.
fn registration_gap(
    p: &Product,
    category: Option<&Category>,
    today: Date,
) -> Option<RegistrationGap> {
    let expected = category.is_some_and(|c| c.registration_expected);
    let pirt = p.pirt.trim();
    let bpom = p.bpom.trim();
    if pirt.is_empty() && bpom.is_empty() {
        return expected.then_some(RegistrationGap::Missing);
    }
    if !bpom.is_empty() && parse_bpom(bpom).is_none() {
        return Some(RegistrationGap::BpomMalformed);
    }
    if !pirt.is_empty() {
        match parse_pirt(pirt) {
            None => return Some(RegistrationGap::PirtMalformed),
            // A valid BPOM number covers the product even when an old PIRT is still on record.
            Some(x) if x.expiry_year < today.year() && bpom.is_empty() => {
                return Some(RegistrationGap::PirtExpired {
                    year: x.expiry_year,
                });
            }
            Some(_) => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::halal::HalalData;
    use crate::domain::model::{PhotoId, default_categories};

    fn today() -> Date {
        Date::new(2026, 11, 29).unwrap()
    }

    struct World {
        categories: Vec<Category>,
        producer: Producer,
    }

    impl World {
        fn new() -> World {
            let mut producer = Producer::new("Pondok Pesantren Sidogiri");
            producer.nib = "9120001234567".into();
            World {
                categories: default_categories(),
                producer,
            }
        }
        fn food(&self) -> CategoryId {
            self.categories[0].id
        }
        fn crafts(&self) -> CategoryId {
            self.categories[5].id
        }
        /// A product that meets every requirement.
        fn good(&self, sku: &str) -> Product {
            let mut p = Product::new(sku, self.food(), self.producer.id);
            p.name = crate::domain::Bilingual::new("Kopi Robusta", "Robusta Coffee");
            p.description = crate::domain::Bilingual::new("Kopi petik merah", "Red-picked coffee");
            p.photos.push(PhotoId([7; 32]));
            p.pirt = "P-IRT No. 2063507011234-28".into();
            p.halal = HalalData {
                status: HalalStatus::Certified,
                number: "ID35110017058840424".into(),
                ..HalalData::default()
            };
            p
        }
        fn check(&self, products: &[Product]) -> Readiness {
            let by_id = self.categories.iter().map(|c| (c.id, c)).collect();
            let refs: Vec<&Product> = products.iter().collect();
            producer_readiness(&self.producer, &refs, &by_id, today())
        }
    }

    fn gaps_of(r: &Readiness, req: Requirement) -> Vec<Gap> {
        r.items.iter().find(|(q, _)| *q == req).unwrap().1.clone()
    }

    #[test]
    fn a_complete_producer_is_ready() {
        let w = World::new();
        let r = w.check(&[w.good("A-1"), w.good("A-2")]);
        assert!(r.ready(), "{r:?}");
        assert_eq!(r.met(), Requirement::ALL.len());
    }

    #[test]
    fn nib_missing_or_malformed() {
        let mut w = World::new();
        w.producer.nib.clear();
        let r = w.check(&[w.good("A-1")]);
        assert_eq!(gaps_of(&r, Requirement::Nib), vec![Gap::NibEmpty]);
        assert!(!r.ready());
        w.producer.nib = "912000123456".into();
        let r = w.check(&[w.good("A-1")]);
        assert_eq!(gaps_of(&r, Requirement::Nib), vec![Gap::NibMalformed]);
        assert_eq!(r.met(), Requirement::ALL.len() - 1);
    }

    #[test]
    fn no_listed_products_is_not_ready() {
        let w = World::new();
        assert_eq!(
            gaps_of(&w.check(&[]), Requirement::Products),
            vec![Gap::NoProducts]
        );
        let mut hidden = w.good("A-1");
        hidden.hidden = true;
        assert_eq!(
            gaps_of(&w.check(&[hidden]), Requirement::Products),
            vec![Gap::NoProducts]
        );
    }

    #[test]
    fn hidden_products_are_not_judged() {
        let w = World::new();
        let mut draft = w.good("A-2");
        draft.hidden = true;
        draft.photos.clear();
        draft.halal.status = HalalStatus::NotYet;
        assert!(w.check(&[w.good("A-1"), draft]).ready());
    }

    #[test]
    fn halal_status_must_be_settled() {
        let w = World::new();
        let cases = [
            (HalalStatus::NotYet, "", None, Some(HalalGap::NotYet)),
            (HalalStatus::InProcess, "", None, Some(HalalGap::InProcess)),
            (
                HalalStatus::Certified,
                "ID351100",
                None,
                Some(HalalGap::NumberNotValid),
            ),
            (
                HalalStatus::Certified,
                "SH2024-1-0123456",
                None,
                Some(HalalGap::NumberNotValid),
            ),
            // Expired yesterday, holds today (its last day).
            (
                HalalStatus::Certified,
                "LPPOM-00150012345678",
                Some(Date::new(2026, 11, 28).unwrap()),
                Some(HalalGap::Expired),
            ),
            (
                HalalStatus::Certified,
                "LPPOM-00150012345678",
                Some(today()),
                None,
            ),
            (
                HalalStatus::NotRequired,
                "",
                None,
                Some(HalalGap::NotRequiredButMandatory),
            ),
        ];
        for (status, number, until, want) in cases {
            let mut p = w.good("A-1");
            p.halal.status = status;
            p.halal.number = number.into();
            p.halal.valid_until = until;
            let got = gaps_of(&w.check(&[p]), Requirement::HalalSettled);
            let want: Vec<Gap> = want
                .map(|why| Gap::Halal {
                    sku: "A-1".into(),
                    why,
                })
                .into_iter()
                .collect();
            assert_eq!(got, want, "{status:?} {number} {until:?}");
        }
        // Crafts need no certificate.
        let mut batik = w.good("B-1");
        batik.category = w.crafts();
        batik.pirt.clear();
        batik.halal = HalalData {
            status: HalalStatus::NotRequired,
            ..HalalData::default()
        };
        assert!(w.check(&[batik]).ready());
    }

    #[test]
    fn registration_where_the_category_needs_it() {
        let w = World::new();
        let with = |pirt: &str, bpom: &str| {
            let mut p = w.good("A-1");
            p.pirt = pirt.into();
            p.bpom = bpom.into();
            gaps_of(&w.check(&[p]), Requirement::Registration)
        };
        let gap = |why| {
            vec![Gap::Registration {
                sku: "A-1".into(),
                why,
            }]
        };
        assert_eq!(with("", ""), gap(RegistrationGap::Missing));
        assert_eq!(
            with("2063507011234", ""),
            gap(RegistrationGap::PirtMalformed)
        );
        // Digits 14-15 are the expiry year: 2025 ended last year, 2026 holds to the year's end.
        assert_eq!(
            with("206350701123425", ""),
            gap(RegistrationGap::PirtExpired { year: 2025 })
        );
        assert!(with("206350701123426", "").is_empty());
        assert_eq!(
            with("", "MD 22451000123"),
            gap(RegistrationGap::BpomMalformed)
        );
        assert!(with("", "MD 224510001234").is_empty());
        assert!(
            with("206350701123425", "MD 224510001234").is_empty(),
            "a BPOM number covers an old PIRT"
        );
        // Crafts expect no number, but one given must still be well-formed.
        let mut batik = w.good("B-1");
        batik.category = w.crafts();
        batik.pirt.clear();
        assert!(gaps_of(&w.check(&[batik.clone()]), Requirement::Registration).is_empty());
        batik.bpom = "NA 123".into();
        assert_eq!(
            gaps_of(&w.check(&[batik]), Requirement::Registration).len(),
            1
        );
    }

    #[test]
    fn photos_and_both_languages() {
        let w = World::new();
        let mut p = w.good("A-1");
        p.photos.clear();
        p.description.en.clear();
        let mut q = w.good("A-2");
        q.name.id = "  ".into();
        q.name.en.clear();
        let r = w.check(&[p, q]);
        assert_eq!(
            gaps_of(&r, Requirement::Photos),
            vec![Gap::NoPhoto { sku: "A-1".into() }]
        );
        assert_eq!(
            gaps_of(&r, Requirement::BothLanguages),
            vec![
                Gap::Text {
                    sku: "A-1".into(),
                    langs: vec![Lang::En]
                },
                Gap::Text {
                    sku: "A-2".into(),
                    langs: vec![Lang::Id, Lang::En]
                },
            ]
        );
        assert_eq!(r.met(), Requirement::ALL.len() - 2);
    }
}
