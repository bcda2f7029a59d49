//! Findings about halal certificates and registrations: what `etalase check` reports and, later,
//! the Compliance screen lists. Each finding names one product (or producer) and one problem.

use super::date::Date;
use super::halal::{HalalNumberKind, HalalStatus, Validity, classify_halal_number};
use super::model::{Category, Product, Settings};
use super::registration::{parse_bpom, parse_pirt};

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
    fn mandatory_deadline_on_either_side() {
        let mut p = product(HalalData::default());
        p.halal.status = HalalStatus::InProcess;
        let deadline = today();
        let settings = |d: Date| Settings {
            halal_deadline: d,
            ..Settings::default()
        };
        let days = |p: &Product, d: Date| {
            product_findings(p, Some(&food()), &settings(d), today())
                .into_iter()
                .find_map(|f| match f {
                    Finding::MandatoryHalalMissing { days_left } => Some(days_left),
                    _ => None,
                })
        };
        assert_eq!(days(&p, deadline.add_days(1)), Some(1));
        assert_eq!(days(&p, deadline), Some(0), "due today");
        assert_eq!(days(&p, deadline.add_days(-1)), Some(-1), "one day overdue");
        // A certificate that holds clears it; one expiring still holds.
        p.halal = HalalData {
            status: HalalStatus::Certified,
            number: "ID35110017058840424".into(),
            valid_until: Some(today()),
            ..Default::default()
        };
        assert_eq!(days(&p, deadline), None);
        let f = product_findings(&p, Some(&food()), &settings(deadline), today());
        assert_eq!(f, vec![Finding::HalalExpiring { days_left: 0 }]);
        p.halal.valid_until = Some(today().add_days(-1));
        let f = product_findings(&p, Some(&food()), &settings(deadline), today());
        assert_eq!(
            f,
            vec![
                Finding::HalalExpired { days_ago: 1 },
                Finding::MandatoryHalalMissing { days_left: 0 }
            ]
        );
    }

    #[test]
    fn pirt_expiry_year_either_side() {
        let year_of = |yy: u32| {
            let mut p = product(HalalData {
                status: HalalStatus::Certified,
                number: "ID35110017058840424".into(),
                ..Default::default()
            });
            p.pirt = format!("P-IRT No. 2063507011234-{yy:02}");
            product_findings(&p, Some(&food()), &Settings::default(), today())
        };
        // Today is in 2026: a PIRT ending in 2026 holds until the year is out.
        assert!(year_of(27).is_empty());
        assert!(year_of(26).is_empty());
        assert_eq!(year_of(25), vec![Finding::PirtExpired { year: 2025 }]);
    }

    #[test]
    fn bpom_and_certified_without_number() {
        let mut p = product(HalalData {
            status: HalalStatus::Certified,
            ..Default::default()
        });
        p.pirt.clear();
        p.bpom = "MD 224510001234".into();
        let f = product_findings(&p, Some(&food()), &Settings::default(), today());
        assert!(f.contains(&Finding::CertifiedWithoutNumber));
        assert!(!f.contains(&Finding::RegistrationMissing), "BPOM counts");
        assert!(!f.contains(&Finding::BpomMalformed));
        p.bpom = "MD 22451000123".into();
        let f = product_findings(&p, Some(&food()), &Settings::default(), today());
        assert!(f.contains(&Finding::BpomMalformed));
        // A registration number is fine while in process: that is what it is.
        p.halal.status = HalalStatus::InProcess;
        p.halal.number = "SH2025-1-0456789".into();
        let f = product_findings(&p, Some(&food()), &Settings::default(), today());
        assert!(!f.contains(&Finding::HalalNumberIsRegistration));
        assert!(!f.contains(&Finding::HalalNumberMalformed));
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
