//! Compliance rows: every product's halal standing and every finding about its certificate and
//! registrations, grouped the way a curator reads them, with counts per group; and each
//! producer's readiness. The Compliance screen and `etalase check` both list these rows.

use super::compliance::{Finding, product_findings};
use super::halal::HalalStatus;
use super::readiness::{Readiness, producer_readiness};
use super::{Catalogue, CategoryId, Date, ProducerId, Product};
use std::collections::HashMap;

/// What a row is about; the screen counts and filters by these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Group {
    /// Must be certified by the mandatory deadline (food, beverages, herbal, cosmetics) and is not.
    MandatoryMissing,
    Expired,
    /// Ends within 90 days.
    Expiring,
    /// A certificate or registration number in no known form (or a registration number entered
    /// as a certificate, or "certified" without a number).
    Malformed,
    /// PIRT expired, or PIRT/BPOM missing where the category needs one.
    Registration,
    InProcess,
    NotCertified,
    /// Certified with a certificate that holds.
    Certified,
    /// Needs no halal certificate (batik, crafts).
    NotRequired,
}

impl Group {
    pub const ALL: [Group; 9] = [
        Group::MandatoryMissing,
        Group::Expired,
        Group::Expiring,
        Group::Malformed,
        Group::Registration,
        Group::InProcess,
        Group::NotCertified,
        Group::Certified,
        Group::NotRequired,
    ];

    /// The group's words in the translations.
    pub fn key(self) -> &'static str {
        match self {
            Group::MandatoryMissing => "app-compliance-mandatory",
            Group::Expired => "app-compliance-expired",
            Group::Expiring => "app-compliance-expiring",
            Group::Malformed => "app-compliance-malformed",
            Group::Registration => "app-compliance-registration",
            Group::InProcess => "app-compliance-in-process",
            Group::NotCertified => "app-compliance-not-certified",
            Group::Certified => "app-compliance-certified",
            Group::NotRequired => "app-compliance-not-required",
        }
    }

    /// Groups that are a problem to act on (the others describe a standing).
    pub fn is_problem(self) -> bool {
        !matches!(
            self,
            Group::Certified | Group::InProcess | Group::NotCertified | Group::NotRequired
        )
    }

    /// A code for the CSV export.
    pub fn code(self) -> &'static str {
        match self {
            Group::MandatoryMissing => "mandatory_missing",
            Group::Expired => "expired",
            Group::Expiring => "expiring",
            Group::Malformed => "malformed",
            Group::Registration => "registration",
            Group::InProcess => "in_process",
            Group::NotCertified => "not_certified",
            Group::Certified => "certified",
            Group::NotRequired => "not_required",
        }
    }
}

/// One line of the screen: a product, what it is about, and the finding behind it if any.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Index into the catalogue's products.
    pub product: usize,
    pub group: Group,
    pub finding: Option<Finding>,
    /// Days left (negative: overdue or ago), where the finding has a date.
    pub days: Option<i64>,
}

fn group_of(f: &Finding) -> (Group, Option<i64>) {
    match f {
        Finding::MandatoryHalalMissing { days_left } => (Group::MandatoryMissing, Some(*days_left)),
        Finding::HalalExpired { days_ago } => (Group::Expired, Some(-days_ago)),
        Finding::HalalExpiring { days_left } => (Group::Expiring, Some(*days_left)),
        Finding::CertifiedWithoutNumber
        | Finding::HalalNumberIsRegistration
        | Finding::HalalNumberMalformed
        | Finding::PirtMalformed
        | Finding::BpomMalformed => (Group::Malformed, None),
        Finding::PirtExpired { .. } | Finding::RegistrationMissing => (Group::Registration, None),
    }
}

/// Every row for the catalogue on `today`: one standing row per product (certified, in process
/// or not certified) and one row per finding.
pub fn rows(catalogue: &Catalogue, today: Date) -> Vec<Row> {
    let categories: HashMap<CategoryId, &crate::domain::Category> =
        catalogue.categories.iter().map(|c| (c.id, c)).collect();
    let mut out = Vec::new();
    for (i, p) in catalogue.products.iter().enumerate() {
        let findings = product_findings(
            p,
            categories.get(&p.category).copied(),
            &catalogue.settings,
            today,
        );
        let holds = p.halal.status == HalalStatus::Certified
            && p.halal.mark(today).is_some()
            && !findings.iter().any(|f| {
                matches!(
                    f,
                    Finding::HalalExpired { .. } | Finding::HalalNumberIsRegistration
                )
            });
        let standing = match p.halal.status {
            HalalStatus::Certified if holds => Some(Group::Certified),
            HalalStatus::Certified => None, // its finding says why
            HalalStatus::InProcess => Some(Group::InProcess),
            HalalStatus::NotYet => Some(Group::NotCertified),
            HalalStatus::NotRequired => Some(Group::NotRequired),
        };
        if let Some(group) = standing {
            out.push(Row {
                product: i,
                group,
                finding: None,
                days: None,
            });
        }
        for f in findings {
            let (group, days) = group_of(&f);
            out.push(Row {
                product: i,
                group,
                finding: Some(f),
                days,
            });
        }
    }
    out
}

/// Every producer's readiness checklist (index into the catalogue's producers), least ready
/// first, then by name.
pub fn readiness(catalogue: &Catalogue, today: Date) -> Vec<(usize, Readiness)> {
    let categories: HashMap<CategoryId, &crate::domain::Category> =
        catalogue.categories.iter().map(|c| (c.id, c)).collect();
    let mut by_producer: HashMap<ProducerId, Vec<&Product>> = HashMap::new();
    for p in &catalogue.products {
        by_producer.entry(p.producer).or_default().push(p);
    }
    let mut out: Vec<(usize, Readiness)> = catalogue
        .producers
        .iter()
        .enumerate()
        .map(|(i, producer)| {
            let mut products = by_producer.remove(&producer.id).unwrap_or_default();
            products.sort_by(|a, b| crate::domain::sort::natural_cmp(&a.sku, &b.sku));
            (
                i,
                producer_readiness(producer, &products, &categories, today),
            )
        })
        .collect();
    out.sort_by_cached_key(|(i, r)| {
        (
            r.met(),
            crate::domain::parse::match_key(&catalogue.producers[*i].pesantren),
        )
    });
    out
}

/// How many products each group holds (a product counts once per group).
pub fn counts(rows: &[Row]) -> HashMap<Group, usize> {
    let mut seen = std::collections::HashSet::new();
    let mut out = HashMap::new();
    for r in rows {
        if seen.insert((r.group, r.product)) {
            *out.entry(r.group).or_insert(0) += 1;
        }
    }
    out
}
