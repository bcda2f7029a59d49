//! A producer's readiness for OPOP curation and grants: NIB present, the legal identity a grant
//! form asks for filled in, every product's halal status settled, PIRT or BPOM where the category
//! needs it, the brand registered or filed as a trademark, at least one photo per product, and the
//! texts complete in both languages. Each requirement lists what is missing, product by product.
//! Hidden products are left out: they are not offered to curators.

use super::date::Date;
use super::halal::{HalalStatus, Validity};
use super::lang::Lang;
use super::legal::{TrademarkProblem, is_plausible_founded_year, is_valid_nik_koperasi};
use super::model::{Category, CategoryId, Producer, Product};
use super::registration::{is_valid_nib, parse_bpom, parse_pirt};
use std::collections::HashMap;

/// The requirements of the checklist, in the order it shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Requirement {
    Nib,
    /// The cooperative's legal identity, Kemenag registration, size and contact person.
    Legal,
    /// At least one product listed (not hidden).
    Products,
    HalalSettled,
    Registration,
    /// Each product's brand registered or filed with DJKI.
    Trademark,
    Photos,
    BothLanguages,
}

impl Requirement {
    pub const ALL: [Requirement; 8] = [
        Requirement::Nib,
        Requirement::Legal,
        Requirement::Products,
        Requirement::HalalSettled,
        Requirement::Registration,
        Requirement::Trademark,
        Requirement::Photos,
        Requirement::BothLanguages,
    ];
}

/// A piece of the producer's legal identity that is missing or not in its form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LegalGap {
    KopontrenName,
    LegalEntityNumber,
    NikKoperasiEmpty,
    NikKoperasiMalformed,
    /// Nobody has said whether the pesantren is registered with Kemenag.
    KemenagUnanswered,
    /// The pesantren is not registered with Kemenag.
    KemenagNotRegistered,
    /// Registered with Kemenag but its NSPP is not filled in.
    Nspp,
    FoundedYearEmpty,
    FoundedYearImplausible,
    Members,
    Santri,
    ContactPerson,
    ContactRole,
}

/// Why a product's trademark does not count as secured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrademarkGap {
    NotFiled,
    /// "Registered" without its IDM number.
    NumberMissing,
    /// A number not in DJKI's form.
    NumberMalformed,
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
    Legal(LegalGap),
    NoProducts,
    Halal {
        sku: String,
        why: HalalGap,
    },
    Registration {
        sku: String,
        why: RegistrationGap,
    },
    Trademark {
        sku: String,
        why: TrademarkGap,
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

impl Gap {
    /// The product a gap is about, when it is about one.
    pub fn sku(&self) -> Option<&str> {
        match self {
            Gap::Halal { sku, .. }
            | Gap::Registration { sku, .. }
            | Gap::Trademark { sku, .. }
            | Gap::NoPhoto { sku }
            | Gap::Text { sku, .. } => Some(sku),
            Gap::NibEmpty | Gap::NibMalformed | Gap::Legal(_) | Gap::NoProducts => None,
        }
    }
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
    let mut trademark = Vec::new();
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
        let tm = match p.trademark.problem() {
            _ if !p.trademark.is_secured() => Some(TrademarkGap::NotFiled),
            Some(TrademarkProblem::NumberMissing) => Some(TrademarkGap::NumberMissing),
            Some(TrademarkProblem::NumberMalformed) => Some(TrademarkGap::NumberMalformed),
            None => None,
        };
        if let Some(why) = tm {
            trademark.push(Gap::Trademark { sku: sku(p), why });
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
            (Requirement::Legal, legal_gaps(producer, today)),
            (Requirement::Products, any),
            (Requirement::HalalSettled, halal),
            (Requirement::Registration, registration),
            (Requirement::Trademark, trademark),
            (Requirement::Photos, photos),
            (Requirement::BothLanguages, texts),
        ],
    }
}

/// Each piece of the legal identity a grant form asks for that is missing or malformed, in the
/// order the form asks.
pub fn legal_gaps(producer: &Producer, today: Date) -> Vec<Gap> {
    let legal = &producer.legal;
    let blank = |s: &str| s.trim().is_empty();
    let mut gaps = Vec::new();
    let mut gap = |g| gaps.push(Gap::Legal(g));
    if blank(&producer.kopontren) {
        gap(LegalGap::KopontrenName);
    }
    if blank(&legal.legal_entity_number) {
        gap(LegalGap::LegalEntityNumber);
    }
    if blank(&legal.nik_koperasi) {
        gap(LegalGap::NikKoperasiEmpty);
    } else if !is_valid_nik_koperasi(&legal.nik_koperasi) {
        gap(LegalGap::NikKoperasiMalformed);
    }
    match legal.kemenag_registered {
        None => gap(LegalGap::KemenagUnanswered),
        Some(false) => gap(LegalGap::KemenagNotRegistered),
        Some(true) if blank(&producer.nspp) => gap(LegalGap::Nspp),
        Some(true) => {}
    }
    match legal.founded_year {
        None => gap(LegalGap::FoundedYearEmpty),
        Some(y) if !is_plausible_founded_year(y, today) => gap(LegalGap::FoundedYearImplausible),
        Some(_) => {}
    }
    if legal.members.is_none_or(|n| n == 0) {
        gap(LegalGap::Members);
    }
    if legal.santri_involved.is_none_or(|n| n == 0) {
        gap(LegalGap::Santri);
    }
    if blank(&legal.contact_person) {
        gap(LegalGap::ContactPerson);
    }
    if blank(&legal.contact_role) {
        gap(LegalGap::ContactRole);
    }
    gaps
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
            producer.kopontren = "Kopontren Sidogiri".into();
            producer.nspp = "510035140001".into();
            producer.legal = crate::domain::LegalIdentity {
                legal_entity_number: "AHU-0001234.AH.01.26.TAHUN 2019".into(),
                nik_koperasi: "3514010020001234".into(),
                kemenag_registered: Some(true),
                founded_year: Some(1745),
                members: Some(120),
                santri_involved: Some(40),
                contact_person: "H. Mahmud".into(),
                contact_role: "Ketua Kopontren".into(),
            };
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
            p.trademark = crate::domain::Trademark {
                status: crate::domain::TrademarkStatus::Registered,
                number: "IDM000123456".into(),
            };
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

    #[test]
    fn the_legal_identity_names_each_missing_piece_in_the_forms_order() {
        let mut w = World::new();
        w.producer.kopontren.clear();
        w.producer.legal = crate::domain::LegalIdentity::default();
        let r = w.check(&[w.good("A-1")]);
        use LegalGap::*;
        assert_eq!(
            gaps_of(&r, Requirement::Legal),
            [
                KopontrenName,
                LegalEntityNumber,
                NikKoperasiEmpty,
                KemenagUnanswered,
                FoundedYearEmpty,
                Members,
                Santri,
                ContactPerson,
                ContactRole
            ]
            .map(Gap::Legal)
        );
        assert_eq!(r.met(), Requirement::ALL.len() - 1);
        // Filled in, but some of it wrong.
        w.producer = World::new().producer;
        w.producer.legal.nik_koperasi = "351401002000123".into();
        w.producer.legal.founded_year = Some(2031);
        w.producer.legal.members = Some(0);
        w.producer.nspp.clear();
        assert_eq!(
            gaps_of(&w.check(&[w.good("A-1")]), Requirement::Legal),
            [NikKoperasiMalformed, Nspp, FoundedYearImplausible, Members].map(Gap::Legal)
        );
        w.producer = World::new().producer;
        w.producer.legal.kemenag_registered = Some(false);
        assert_eq!(
            gaps_of(&w.check(&[w.good("A-1")]), Requirement::Legal),
            vec![Gap::Legal(KemenagNotRegistered)]
        );
    }

    #[test]
    fn a_trademark_counts_when_registered_with_its_number_or_filed() {
        use crate::domain::TrademarkStatus::*;
        let w = World::new();
        let with = |status, number: &str| {
            let mut p = w.good("A-1");
            p.trademark = crate::domain::Trademark {
                status,
                number: number.into(),
            };
            gaps_of(&w.check(&[p]), Requirement::Trademark)
        };
        let gap = |why| {
            vec![Gap::Trademark {
                sku: "A-1".into(),
                why,
            }]
        };
        assert!(with(Registered, "IDM000123456").is_empty());
        assert!(with(Filed, "").is_empty(), "filed, number not yet known");
        assert!(with(Filed, "DID2023012345").is_empty());
        assert_eq!(with(NotFiled, ""), gap(TrademarkGap::NotFiled));
        assert_eq!(with(Registered, ""), gap(TrademarkGap::NumberMissing));
        assert_eq!(
            with(Registered, "IDM12"),
            gap(TrademarkGap::NumberMalformed)
        );
        assert_eq!(with(Filed, "12345"), gap(TrademarkGap::NumberMalformed));
    }
}
