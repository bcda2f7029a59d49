//! Halal data of a product and the rules about it: certificate number forms, validity, and when
//! the halal mark may be shown (only "certified" with a well-formed number, always with it).

use super::date::Date;
use serde::{Deserialize, Serialize};

/// Where a product stands on halal certification.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum HalalStatus {
    /// Holds a halal certificate (an SH number).
    Certified,
    /// Registered with BPJPH, certificate not yet issued.
    InProcess,
    /// Not certified yet.
    #[default]
    NotYet,
    /// Certification does not apply (e.g. crafts, batik).
    NotRequired,
}

impl HalalStatus {
    pub const ALL: [HalalStatus; 4] = [
        HalalStatus::Certified,
        HalalStatus::InProcess,
        HalalStatus::NotYet,
        HalalStatus::NotRequired,
    ];

    /// The word written to CSV files.
    pub fn code(self) -> &'static str {
        match self {
            HalalStatus::Certified => "certified",
            HalalStatus::InProcess => "in_process",
            HalalStatus::NotYet => "none",
            HalalStatus::NotRequired => "not_required",
        }
    }

    /// Reads the English or Indonesian word for a status (`certified`, `bersertifikat`, ...).
    pub fn parse(text: &str) -> Option<HalalStatus> {
        let key = text.trim().to_lowercase().replace([' ', '-'], "_");
        Some(match key.as_str() {
            "certified" | "bersertifikat" | "sertifikat" | "halal" => HalalStatus::Certified,
            "in_process" | "proses" | "dalam_proses" | "process" => HalalStatus::InProcess,
            "none" | "belum" | "not_yet" | "belum_bersertifikat" => HalalStatus::NotYet,
            "not_required" | "tidak_wajib" => HalalStatus::NotRequired,
            _ => return None,
        })
    }
}

/// How the certificate was obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum HalalScheme {
    /// Audited by an LPH (Lembaga Pemeriksa Halal).
    Regular,
    /// Declared by a micro or small business, verified by a PPH (Pendamping Proses Produk Halal).
    SelfDeclare,
}

impl HalalScheme {
    pub fn code(self) -> &'static str {
        match self {
            HalalScheme::Regular => "regular",
            HalalScheme::SelfDeclare => "self_declare",
        }
    }

    pub fn parse(text: &str) -> Option<HalalScheme> {
        let key = text.trim().to_lowercase().replace([' ', '-'], "_");
        match key.as_str() {
            "regular" | "reguler" => Some(HalalScheme::Regular),
            "self_declare" | "selfdeclare" => Some(HalalScheme::SelfDeclare),
            _ => None,
        }
    }
}

/// Who issued the certificate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum HalalIssuer {
    Bpjph,
    /// Legacy certificates from MUI (LPPOM MUI), before BPJPH took over.
    Mui,
}

impl HalalIssuer {
    pub fn code(self) -> &'static str {
        match self {
            HalalIssuer::Bpjph => "BPJPH",
            HalalIssuer::Mui => "MUI",
        }
    }

    pub fn parse(text: &str) -> Option<HalalIssuer> {
        match text.trim().to_uppercase().as_str() {
            "BPJPH" => Some(HalalIssuer::Bpjph),
            "MUI" | "LPPOM MUI" | "LPPOM-MUI" => Some(HalalIssuer::Mui),
            _ => None,
        }
    }
}

/// The halal data held for one product.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HalalData {
    pub status: HalalStatus,
    pub scheme: Option<HalalScheme>,
    /// Certificate number as stored (normalised when well-formed, else as entered).
    pub number: String,
    pub issuer: Option<HalalIssuer>,
    pub issued: Option<Date>,
    /// `None`: valid while composition and process are unchanged (the rule since UU 6/2023).
    pub valid_until: Option<Date>,
    /// LPH name (regular) or PPH name (self-declare).
    pub examiner: String,
}

/// The Arabic word for halal, as the drawn badge shows it beside HALAL.
pub const HALAL_ARABIC: &str = "\u{62D}\u{644}\u{627}\u{644}";

/// What a halal certificate number looks like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HalalNumberKind {
    /// `ID` + 17 digits, issued by BPJPH.
    Bpjph,
    /// `LPPOM-` + 14 digits, a legacy MUI certificate.
    LegacyMui,
    /// A registration or KH number (`SH2024-1-...`, `KH...`, `Reg...`): the application is in
    /// process, it is not a certificate.
    Registration,
    /// Anything else.
    Malformed,
}

/// Puts a certificate number in its standard form when it is well-formed (`id 3511 0017...` ->
/// `ID35110017...`, `lppom 0015...` -> `LPPOM-0015...`); otherwise returns the text trimmed.
pub fn normalize_halal_number(text: &str) -> String {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    if let Some(digits) = compact.strip_prefix("ID")
        && is_digits(digits, 17)
    {
        return compact;
    }
    if let Some(rest) = compact.strip_prefix("LPPOM") {
        let digits = rest.trim_start_matches(['-', '.']);
        if is_digits(digits, 14) {
            return format!("LPPOM-{digits}");
        }
    }
    text.trim().to_string()
}

/// Classifies a certificate number (after [`normalize_halal_number`]).
pub fn classify_halal_number(number: &str) -> HalalNumberKind {
    let n = normalize_halal_number(number);
    if n.strip_prefix("ID").is_some_and(|d| is_digits(d, 17)) {
        return HalalNumberKind::Bpjph;
    }
    if n.strip_prefix("LPPOM-").is_some_and(|d| is_digits(d, 14)) {
        return HalalNumberKind::LegacyMui;
    }
    let upper = n.to_uppercase();
    let registration = ["SH20", "KH", "REG", "STTD"]
        .iter()
        .any(|p| upper.starts_with(p));
    if registration && upper.chars().any(|c| c.is_ascii_digit()) {
        return HalalNumberKind::Registration;
    }
    HalalNumberKind::Malformed
}

/// Where a certificate stands on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Validity {
    /// No end date: valid while composition and process are unchanged.
    WhileUnchanged,
    Valid {
        days_left: i64,
    },
    /// Ends within [`EXPIRING_WITHIN_DAYS`] days.
    Expiring {
        days_left: i64,
    },
    Expired {
        days_ago: i64,
    },
}

/// Who reads a halal label: the one rule behind every screen and file that shows one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Surface {
    /// The manager's own screens: a problem is named so that it gets fixed.
    Manager,
    /// What buyers and visitors see (PDF, showcase, social cards, documents): certification is
    /// claimed only where the mark holds, and nothing is said of it where it does not.
    Public,
}

/// What a product says about halal on one surface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HalalLabel<'a> {
    /// The drawn mark with this certificate number.
    Mark(&'a str),
    /// Manager only: certified with a good number, but the certificate has expired.
    Expired,
    /// Manager only: "certified" without a number in a known form.
    NumberInvalid,
    InProcess,
    /// Manager only: not certified yet.
    NotYet,
    NotRequired,
    /// Public only: no halal claim and no words about certification.
    Silent,
}

impl<'a> HalalLabel<'a> {
    /// A certified product whose claim a public surface leaves out (expired, bad number).
    pub fn is_problem(self) -> bool {
        matches!(self, HalalLabel::Expired | HalalLabel::NumberInvalid)
    }
}

/// A certificate ending within this many days is "expiring".
pub const EXPIRING_WITHIN_DAYS: i64 = 90;

impl HalalData {
    /// The certificate's validity on `today`.
    pub fn validity(&self, today: Date) -> Validity {
        match self.valid_until {
            None => Validity::WhileUnchanged,
            Some(end) => {
                let left = today.days_until(end);
                if left < 0 {
                    Validity::Expired { days_ago: -left }
                } else if left <= EXPIRING_WITHIN_DAYS {
                    Validity::Expiring { days_left: left }
                } else {
                    Validity::Valid { days_left: left }
                }
            }
        }
    }

    /// The halal mark to show on `today`, with its number: certified, a well-formed number, and a
    /// certificate that has not expired (an expired one is no longer a certificate to show).
    pub fn mark(&self, today: Date) -> Option<&str> {
        let number = self.mark_number()?;
        match self.validity(today) {
            Validity::Expired { .. } => None,
            _ => Some(number),
        }
    }

    /// What `surface` says of this product's halal standing on `today` (the data model's rule:
    /// the mark only for "certified" with a well-formed number that has not expired; public
    /// surfaces say nothing of certification where the mark does not hold).
    pub fn label(&self, today: Date, surface: Surface) -> HalalLabel<'_> {
        if let Some(number) = self.mark(today) {
            return HalalLabel::Mark(number);
        }
        let manager = surface == Surface::Manager;
        match self.status {
            HalalStatus::Certified if !manager => HalalLabel::Silent,
            HalalStatus::Certified if self.mark_number().is_some() => HalalLabel::Expired,
            HalalStatus::Certified => HalalLabel::NumberInvalid,
            HalalStatus::InProcess => HalalLabel::InProcess,
            HalalStatus::NotYet if manager => HalalLabel::NotYet,
            HalalStatus::NotYet => HalalLabel::Silent,
            HalalStatus::NotRequired => HalalLabel::NotRequired,
        }
    }

    /// Why a public surface leaves out the certification this product is marked with on
    /// `today` (the export lists these before it runs), or `None` when nothing is dropped.
    pub fn dropped_claim(&self, today: Date) -> Option<HalalLabel<'_>> {
        let label = self.label(today, Surface::Manager);
        label.is_problem().then_some(label)
    }

    /// The rule from the data model: a halal mark is shown only for "certified" with a well-formed
    /// number, and then always with that number. Returns the number to print beside the mark.
    pub fn mark_number(&self) -> Option<&str> {
        if self.status != HalalStatus::Certified {
            return None;
        }
        match classify_halal_number(&self.number) {
            HalalNumberKind::Bpjph | HalalNumberKind::LegacyMui => Some(self.number.as_str()),
            _ => None,
        }
    }
}

fn is_digits(text: &str, count: usize) -> bool {
    text.len() == count && text.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {

    #[test]
    fn no_mark_once_the_certificate_has_expired_and_one_on_its_last_day() {
        let today = Date::parse("2026-11-28").unwrap();
        let mut h = HalalData {
            status: HalalStatus::Certified,
            number: "LPPOM-00150081234519".into(),
            valid_until: Some(today),
            ..HalalData::default()
        };
        assert_eq!(h.mark(today), Some("LPPOM-00150081234519"));
        h.valid_until = Some(Date::parse("2026-11-27").unwrap());
        assert_eq!(h.mark(today), None);
        h.valid_until = None;
        assert!(
            h.mark(today).is_some(),
            "no end date: valid while unchanged"
        );
        h.status = HalalStatus::InProcess;
        assert_eq!(h.mark(today), None, "never for in process");
        h.status = HalalStatus::Certified;
        h.number = "ID3511001".into();
        assert_eq!(h.mark(today), None, "too short");
    }

    use super::*;

    #[test]
    fn certificate_number_forms() {
        assert_eq!(
            classify_halal_number("ID35110017058840424"),
            HalalNumberKind::Bpjph
        );
        assert_eq!(
            classify_halal_number(" id 3511 0017 0588 40424 "),
            HalalNumberKind::Bpjph
        );
        assert_eq!(
            normalize_halal_number(" id 3511 0017 0588 40424 "),
            "ID35110017058840424"
        );
        assert_eq!(
            classify_halal_number("LPPOM-00150012345678"),
            HalalNumberKind::LegacyMui
        );
        assert_eq!(
            normalize_halal_number("lppom 00150012345678"),
            "LPPOM-00150012345678"
        );
        assert_eq!(
            classify_halal_number("ID3511001705884042"),
            HalalNumberKind::Malformed
        );
        assert_eq!(
            classify_halal_number("SH2024-1-0123456"),
            HalalNumberKind::Registration
        );
        assert_eq!(
            classify_halal_number("halal MUI"),
            HalalNumberKind::Malformed
        );
        assert_eq!(normalize_halal_number("  halal MUI "), "halal MUI");
    }

    #[test]
    fn statuses_in_both_languages() {
        assert_eq!(
            HalalStatus::parse("Bersertifikat"),
            Some(HalalStatus::Certified)
        );
        assert_eq!(HalalStatus::parse("proses"), Some(HalalStatus::InProcess));
        assert_eq!(
            HalalStatus::parse("tidak wajib"),
            Some(HalalStatus::NotRequired)
        );
        assert_eq!(HalalStatus::parse("belum"), Some(HalalStatus::NotYet));
        assert_eq!(HalalStatus::parse("maybe"), None);
        for s in HalalStatus::ALL {
            assert_eq!(HalalStatus::parse(s.code()), Some(s));
        }
        assert_eq!(
            HalalScheme::parse("Self-Declare"),
            Some(HalalScheme::SelfDeclare)
        );
        assert_eq!(HalalScheme::parse("reguler"), Some(HalalScheme::Regular));
        assert_eq!(HalalIssuer::parse("mui"), Some(HalalIssuer::Mui));
    }

    #[test]
    fn mark_only_for_certified_with_well_formed_number() {
        let mut h = HalalData {
            status: HalalStatus::Certified,
            number: "ID35110017058840424".into(),
            ..HalalData::default()
        };
        assert_eq!(h.mark_number(), Some("ID35110017058840424"));
        h.status = HalalStatus::InProcess;
        assert_eq!(h.mark_number(), None);
        h.status = HalalStatus::Certified;
        h.number = "12345".into();
        assert_eq!(h.mark_number(), None);
    }

    #[test]
    fn expiring_and_expired_on_either_side_of_each_boundary() {
        let today = Date::new(2026, 11, 29).unwrap();
        let until = |days: i64| HalalData {
            status: HalalStatus::Certified,
            number: "ID35110017058840424".into(),
            valid_until: Some(today.add_days(days)),
            ..HalalData::default()
        };
        assert_eq!(until(91).validity(today), Validity::Valid { days_left: 91 });
        assert_eq!(
            until(90).validity(today),
            Validity::Expiring { days_left: 90 }
        );
        assert_eq!(
            until(0).validity(today),
            Validity::Expiring { days_left: 0 }
        );
        assert_eq!(until(-1).validity(today), Validity::Expired { days_ago: 1 });
        assert!(until(0).mark(today).is_some(), "valid on its last day");
        assert!(until(-1).mark(today).is_none(), "no mark the day after");
        // Across a year end and a leap day.
        let new_year = Date::new(2028, 1, 1).unwrap();
        let h = HalalData {
            valid_until: Some(Date::new(2027, 12, 31).unwrap()),
            ..until(0)
        };
        assert_eq!(h.validity(new_year), Validity::Expired { days_ago: 1 });
        let leap = HalalData {
            valid_until: Some(Date::new(2028, 2, 29).unwrap()),
            ..until(0)
        };
        assert_eq!(
            leap.validity(Date::new(2028, 2, 28).unwrap()),
            Validity::Expiring { days_left: 1 }
        );
        assert_eq!(
            leap.validity(Date::new(2028, 3, 1).unwrap()),
            Validity::Expired { days_ago: 1 }
        );
    }

    #[test]
    fn certificate_number_lengths_either_side() {
        let digits = |n: usize| "1".repeat(n);
        assert_eq!(
            classify_halal_number(&format!("ID{}", digits(16))),
            HalalNumberKind::Malformed
        );
        assert_eq!(
            classify_halal_number(&format!("ID{}", digits(17))),
            HalalNumberKind::Bpjph
        );
        assert_eq!(
            classify_halal_number(&format!("ID{}", digits(18))),
            HalalNumberKind::Malformed
        );
        assert_eq!(
            classify_halal_number(&format!("LPPOM-{}", digits(13))),
            HalalNumberKind::Malformed
        );
        assert_eq!(
            classify_halal_number(&format!("LPPOM-{}", digits(14))),
            HalalNumberKind::LegacyMui
        );
        assert_eq!(
            classify_halal_number(&format!("LPPOM-{}", digits(15))),
            HalalNumberKind::Malformed
        );
        // Letters where digits belong, and registration forms.
        assert_eq!(
            classify_halal_number("ID3511001705884042O"),
            HalalNumberKind::Malformed
        );
        for reg in ["KH.00.01/2024", "Reg-2024-001", "SH2025-1-0456789"] {
            assert_eq!(
                classify_halal_number(reg),
                HalalNumberKind::Registration,
                "{reg}"
            );
        }
        assert_eq!(classify_halal_number("KH"), HalalNumberKind::Malformed);
        assert_eq!(classify_halal_number(""), HalalNumberKind::Malformed);
    }

    #[test]
    fn validity_by_date() {
        let today = Date::new(2026, 11, 28).unwrap();
        let mut h = HalalData::default();
        assert_eq!(h.validity(today), Validity::WhileUnchanged);
        h.valid_until = Some(Date::new(2026, 12, 28).unwrap());
        assert_eq!(h.validity(today), Validity::Expiring { days_left: 30 });
        h.valid_until = Some(Date::new(2020, 11, 28).unwrap());
        assert!(matches!(h.validity(today), Validity::Expired { days_ago } if days_ago > 2000));
        h.valid_until = Some(Date::new(2028, 1, 1).unwrap());
        assert!(matches!(h.validity(today), Validity::Valid { .. }));
    }

    #[test]
    fn every_status_number_and_validity_on_each_surface() {
        let today = Date::parse("2026-11-28").unwrap();
        let good = ["ID35110017058840424", "LPPOM-00150081234519"];
        let bad = ["12345", "SH2025-1-0456789", ""];
        // Valid-until on both sides of each boundary: none, long ago, yesterday, today (the
        // last valid day), tomorrow, within 90 days, beyond.
        let ends: [(Option<i64>, bool); 7] = [
            (None, true),
            (Some(-1600), false),
            (Some(-1), false),
            (Some(0), true),
            (Some(1), true),
            (Some(90), true),
            (Some(91), true),
        ];
        for status in HalalStatus::ALL {
            for number in good.iter().chain(&bad) {
                for (end, holds) in ends {
                    let h = HalalData {
                        status,
                        number: number.to_string(),
                        valid_until: end.map(|d| today.add_days(d)),
                        ..HalalData::default()
                    };
                    let well_formed = good.contains(number);
                    let marked = status == HalalStatus::Certified && well_formed && holds;
                    let case = format!("{status:?} {number:?} {end:?}");
                    let manager = h.label(today, Surface::Manager);
                    let public = h.label(today, Surface::Public);
                    if marked {
                        assert_eq!(manager, HalalLabel::Mark(number), "{case}");
                        assert_eq!(public, manager, "{case}");
                        assert_eq!(h.dropped_claim(today), None, "{case}");
                        continue;
                    }
                    let expected_manager = match status {
                        HalalStatus::Certified if well_formed => HalalLabel::Expired,
                        HalalStatus::Certified => HalalLabel::NumberInvalid,
                        HalalStatus::InProcess => HalalLabel::InProcess,
                        HalalStatus::NotYet => HalalLabel::NotYet,
                        HalalStatus::NotRequired => HalalLabel::NotRequired,
                    };
                    assert_eq!(manager, expected_manager, "{case}");
                    // Public: no claim, and no word of certification, where the mark fails.
                    let expected_public = match status {
                        HalalStatus::InProcess => HalalLabel::InProcess,
                        HalalStatus::NotRequired => HalalLabel::NotRequired,
                        _ => HalalLabel::Silent,
                    };
                    assert_eq!(public, expected_public, "{case}");
                    assert_eq!(
                        h.dropped_claim(today).is_some(),
                        status == HalalStatus::Certified,
                        "{case}"
                    );
                }
            }
        }
    }
}
