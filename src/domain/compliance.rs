//! Findings about halal certificates and registrations: what `etalase check` reports and, later,
//! the Compliance screen lists. Each finding names one product (or producer) and one problem.

use super::date::Date;
use super::halal::{HalalNumberKind, HalalStatus, Validity, classify_halal_number};
use super::model::{Category, CategoryId, Producer, Product, Settings};
use super::registration::{is_valid_nib, parse_bpom, parse_pirt};
use std::collections::HashMap;

/// One problem found with a product's compliance data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Finding {
    /// Certificate valid-until date has passed.
    HalalExpired {
        days_ago: i64,
    },
    /// Certificate ends within 90 days.
    HalalExpiring {
        days_left: i64,
    },
    /// Status "certified" without any certificate number.
    CertifiedWithoutNumber,
    /// The certificate number is a registration/KH number, not a certificate.
    HalalNumberIsRegistration,
    /// The certificate number has no known form.
    HalalNumberMalformed,
    /// In a category where halal is mandatory, not certified; negative `days_left` = overdue.
    MandatoryHalalMissing {
        days_left: i64,
    },
    PirtMalformed,
    PirtExpired {
        year: i32,
    },
    BpomMalformed,
    /// The category expects a PIRT or BPOM number and there is none.
    RegistrationMissing,
}

/// One problem found with a producer's data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProducerFinding {
    NibMalformed,
}

/// Every finding about one product, on `today`.
pub fn product_findings(
    product: &Product,
    category: Option<&Category>,
    settings: &Settings,
    today: Date,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let halal = &product.halal;
    let certified = halal.status == HalalStatus::Certified;
    if certified || !halal.number.is_empty() {
        match classify_halal_number(&halal.number) {
            _ if halal.number.is_empty() => out.push(Finding::CertifiedWithoutNumber),
            HalalNumberKind::Bpjph | HalalNumberKind::LegacyMui => {}
            HalalNumberKind::Registration if certified => {
                out.push(Finding::HalalNumberIsRegistration)
            }
            HalalNumberKind::Registration => {}
            HalalNumberKind::Malformed => out.push(Finding::HalalNumberMalformed),
        }
    }
    let mut certified_valid = certified && halal.mark_number().is_some();
    if certified {
        match halal.validity(today) {
            Validity::Expired { days_ago } => {
                out.push(Finding::HalalExpired { days_ago });
                certified_valid = false;
            }
            Validity::Expiring { days_left } => out.push(Finding::HalalExpiring { days_left }),
            Validity::WhileUnchanged | Validity::Valid { .. } => {}
        }
    }
    let mandatory = category.is_some_and(|c| c.halal_mandatory);
    if mandatory && !certified_valid {
        out.push(Finding::MandatoryHalalMissing {
            days_left: today.days_until(settings.halal_deadline),
        });
    }
    if !product.pirt.trim().is_empty() {
        match parse_pirt(&product.pirt) {
            None => out.push(Finding::PirtMalformed),
            Some(p) if p.expiry_year < today.year() => out.push(Finding::PirtExpired {
                year: p.expiry_year,
            }),
            Some(_) => {}
        }
    }
    if !product.bpom.trim().is_empty() && parse_bpom(&product.bpom).is_none() {
        out.push(Finding::BpomMalformed);
    }
    let registration_expected = category.is_some_and(|c| c.registration_expected);
    if registration_expected && product.pirt.trim().is_empty() && product.bpom.trim().is_empty() {
        out.push(Finding::RegistrationMissing);
    }
    out
}

/// Every finding about one producer.
pub fn producer_findings(producer: &Producer) -> Vec<ProducerFinding> {
    let mut out = Vec::new();
    if !producer.nib.trim().is_empty() && !is_valid_nib(&producer.nib) {
        out.push(ProducerFinding::NibMalformed);
    }
    out
}

/// Findings for a whole catalogue, products in the order given.
pub fn catalogue_findings<'a>(
    products: &'a [Product],
    categories: &[Category],
    settings: &Settings,
    today: Date,
) -> Vec<(&'a Product, Finding)> {
    let by_id: HashMap<CategoryId, &Category> = categories.iter().map(|c| (c.id, c)).collect();
    products
        .iter()
        .flat_map(|p| {
            product_findings(p, by_id.get(&p.category).copied(), settings, today)
                .into_iter()
                .map(move |f| (p, f))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::halal::HalalData;
    use crate::domain::model::{Category, ProducerId, default_categories};

    fn food() -> Category {
        default_categories().remove(0)
    }

    fn today() -> Date {
        Date::new(2026, 11, 28).unwrap()
    }

    fn product(halal: HalalData) -> Product {
        let mut p = Product::new("SKU-1", food().id, ProducerId::new());
        p.halal = halal;
        p.pirt = "P-IRT No. 2063507011234-28".into();
        p
    }

    #[test]
    fn well_certified_food_has_no_findings() {
        let p = product(HalalData {
            status: HalalStatus::Certified,
            number: "ID35110017058840424".into(),
            ..Default::default()
        });
        assert!(product_findings(&p, Some(&food()), &Settings::default(), today()).is_empty());
    }

    #[test]
    fn expired_legacy_certificate_counts_as_missing_in_food() {
        let p = product(HalalData {
            status: HalalStatus::Certified,
            number: "LPPOM-00150012345678".into(),
            valid_until: Some(Date::new(2019, 5, 1).unwrap()),
            ..Default::default()
        });
        let f = product_findings(&p, Some(&food()), &Settings::default(), today());
        assert!(matches!(f[0], Finding::HalalExpired { .. }));
        assert_eq!(f[1], Finding::MandatoryHalalMissing { days_left: -42 });
    }

    #[test]
    fn malformed_and_registration_numbers_are_named() {
        let mut p = product(HalalData {
            status: HalalStatus::Certified,
            number: "ID351100".into(),
            ..Default::default()
        });
        p.pirt = "206350701123420".into();
        p.bpom = "MD 123".into();
        let f = product_findings(&p, Some(&food()), &Settings::default(), today());
        assert!(f.contains(&Finding::HalalNumberMalformed));
        assert!(f.contains(&Finding::PirtExpired { year: 2020 }));
        assert!(f.contains(&Finding::BpomMalformed));
        p.halal.number = "SH2024-1-0123456".into();
        let f = product_findings(&p, Some(&food()), &Settings::default(), today());
        assert!(f.contains(&Finding::HalalNumberIsRegistration));
    }

    #[test]
    fn crafts_need_nothing() {
        let crafts = default_categories().remove(5);
        let mut p = Product::new("K-1", crafts.id, ProducerId::new());
        p.halal.status = HalalStatus::NotRequired;
        assert!(product_findings(&p, Some(&crafts), &Settings::default(), today()).is_empty());
        p.pirt.clear();
        let f = product_findings(&p, Some(&food()), &Settings::default(), today());
        assert!(f.contains(&Finding::RegistrationMissing));
    }
}
