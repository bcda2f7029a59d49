//! What grant and curation applications ask of a producer and a product beyond the catalogue's own
//! fields: the cooperative's legal identity (legal entity number, NIK koperasi, Kemenag
//! registration, year founded, members, santri involved, contact person) and a product's
//! trademark and SNI. The forms of their numbers are decided here, once.

use super::date::Date;
use serde::{Deserialize, Serialize};

/// A producer's legal identity, as the OPOP grant (hibah) and curation forms ask for it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LegalIdentity {
    /// The cooperative's legal entity number as its deed gives it ("AHU-0001234.AH.01.26.TAHUN
    /// 2019", or an older "188.4/123/BH/XVI.2/2010"). Free text: the forms vary by year.
    pub legal_entity_number: String,
    /// Nomor Induk Koperasi: 16 digits.
    pub nik_koperasi: String,
    /// Whether the pesantren is registered with the Ministry of Religious Affairs; `None` while
    /// nobody has said.
    pub kemenag_registered: Option<bool>,
    pub founded_year: Option<u16>,
    /// Members of the cooperative.
    pub members: Option<u32>,
    /// Santri who take part in making and selling.
    pub santri_involved: Option<u32>,
    /// Who answers for the producer; also the name under the profile's signature.
    pub contact_person: String,
    /// Their role, e.g. "Ketua Kopontren".
    pub contact_role: String,
}

impl LegalIdentity {
    /// This identity with each field it lacks taken from `other` (a field filled in here stays as
    /// it is): what a merge keeps when both catalogues know the producer.
    pub fn filled_from(&self, other: &LegalIdentity) -> LegalIdentity {
        let text = |ours: &String, theirs: &String| {
            if ours.trim().is_empty() {
                theirs.clone()
            } else {
                ours.clone()
            }
        };
        LegalIdentity {
            legal_entity_number: text(&self.legal_entity_number, &other.legal_entity_number),
            nik_koperasi: text(&self.nik_koperasi, &other.nik_koperasi),
            kemenag_registered: self.kemenag_registered.or(other.kemenag_registered),
            founded_year: self.founded_year.or(other.founded_year),
            members: self.members.or(other.members),
            santri_involved: self.santri_involved.or(other.santri_involved),
            contact_person: text(&self.contact_person, &other.contact_person),
            contact_role: text(&self.contact_role, &other.contact_role),
        }
    }
}

/// NIK koperasi: 16 digits (blanks between groups allowed).
pub fn is_valid_nik_koperasi(text: &str) -> bool {
    let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    digits.len() == 16 && digits.bytes().all(|b| b.is_ascii_digit())
}

/// A plausible founding year: not before the oldest pesantren (1700s) and not in the future.
pub fn is_plausible_founded_year(year: u16, today: Date) -> bool {
    (1700..=today.year()).contains(&i32::from(year))
}

/// Where a product's brand stands with DJKI (the trademark office).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TrademarkStatus {
    /// Nothing filed.
    #[default]
    NotFiled,
    /// An application is with DJKI.
    Filed,
    /// Registered: the certificate has an IDM number.
    Registered,
}

impl TrademarkStatus {
    pub const ALL: [TrademarkStatus; 3] = [
        TrademarkStatus::Registered,
        TrademarkStatus::Filed,
        TrademarkStatus::NotFiled,
    ];

    /// The word written to CSV files.
    pub fn code(self) -> &'static str {
        match self {
            TrademarkStatus::NotFiled => "none",
            TrademarkStatus::Filed => "filed",
            TrademarkStatus::Registered => "registered",
        }
    }

    /// Reads the English or Indonesian word for a status (`registered`, `terdaftar`, ...).
    pub fn parse(text: &str) -> Option<TrademarkStatus> {
        let key = text.trim().to_lowercase().replace([' ', '-'], "_");
        Some(match key.as_str() {
            "registered" | "terdaftar" | "sudah_terdaftar" => TrademarkStatus::Registered,
            "filed" | "diajukan" | "permohonan" | "dalam_permohonan" | "proses" => {
                TrademarkStatus::Filed
            }
            "none" | "belum" | "tidak" | "tidak_ada" | "not_filed" | "belum_diajukan" => {
                TrademarkStatus::NotFiled
            }
            _ => return None,
        })
    }
}

/// A product's trademark: its status and the number that goes with it (the registration number
/// "IDM000123456" once registered, the application number "DID2023012345" while filed).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trademark {
    pub status: TrademarkStatus,
    pub number: String,
}

/// What is wrong with a trademark's number, if anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrademarkProblem {
    /// "Registered" with no number.
    NumberMissing,
    /// A number that is not in DJKI's form for the status.
    NumberMalformed,
}

impl Trademark {
    /// Registered or filed: the brand is protected or on its way.
    pub fn is_secured(&self) -> bool {
        self.status != TrademarkStatus::NotFiled
    }

    /// A registration needs its IDM number; an application number is optional but, when given,
    /// must be in DJKI's form. Nothing is asked of a brand not filed.
    pub fn problem(&self) -> Option<TrademarkProblem> {
        let number = self.number.trim();
        match self.status {
            TrademarkStatus::NotFiled => None,
            TrademarkStatus::Registered if number.is_empty() => {
                Some(TrademarkProblem::NumberMissing)
            }
            TrademarkStatus::Registered => {
                (!is_registration_number(number)).then_some(TrademarkProblem::NumberMalformed)
            }
            TrademarkStatus::Filed if number.is_empty() => None,
            TrademarkStatus::Filed => {
                (!is_application_number(number)).then_some(TrademarkProblem::NumberMalformed)
            }
        }
    }
}

fn compact(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '.' && *c != '-')
        .collect::<String>()
        .to_uppercase()
}

/// A DJKI trademark registration number: "IDM" + 9 digits.
pub fn is_registration_number(text: &str) -> bool {
    let s = compact(text);
    s.strip_prefix("IDM")
        .is_some_and(|d| d.len() == 9 && d.bytes().all(|b| b.is_ascii_digit()))
}

/// A DJKI trademark application number: "DID" or "D00" + the year (4 digits) + 6 digits.
pub fn is_application_number(text: &str) -> bool {
    let s = compact(text);
    ["DID", "D00", "JID", "J00"].iter().any(|prefix| {
        s.strip_prefix(prefix)
            .is_some_and(|d| d.len() == 10 && d.bytes().all(|b| b.is_ascii_digit()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_merge_fills_only_the_fields_this_side_lacks() {
        let ours = LegalIdentity {
            nik_koperasi: "3507010020004521".into(),
            members: Some(146),
            kemenag_registered: Some(false),
            ..LegalIdentity::default()
        };
        let theirs = LegalIdentity {
            legal_entity_number: "AHU-0004521.AH.01.26.TAHUN 2019".into(),
            nik_koperasi: "3507010020009999".into(),
            kemenag_registered: Some(true),
            founded_year: Some(1987),
            members: Some(200),
            santri_involved: None,
            contact_person: "Ustadz Ahmad Fauzi".into(),
            contact_role: "Ketua Kopontren".into(),
        };
        assert_eq!(
            ours.filled_from(&theirs),
            LegalIdentity {
                legal_entity_number: "AHU-0004521.AH.01.26.TAHUN 2019".into(),
                nik_koperasi: "3507010020004521".into(),
                kemenag_registered: Some(false),
                founded_year: Some(1987),
                members: Some(146),
                santri_involved: None,
                contact_person: "Ustadz Ahmad Fauzi".into(),
                contact_role: "Ketua Kopontren".into(),
            }
        );
        assert_eq!(theirs.filled_from(&LegalIdentity::default()), theirs);
    }

    #[test]
    fn nik_koperasi_has_sixteen_digits() {
        assert!(is_valid_nik_koperasi("3507010020001234"));
        assert!(is_valid_nik_koperasi("3507 0100 2000 1234"));
        assert!(!is_valid_nik_koperasi("350701002000123"), "15 digits");
        assert!(!is_valid_nik_koperasi("35070100200012345"), "17 digits");
        assert!(!is_valid_nik_koperasi("350701002000123A"));
        assert!(!is_valid_nik_koperasi(""));
    }

    #[test]
    fn founding_years_from_the_1700s_to_this_year() {
        let today = Date::new(2026, 12, 4).unwrap();
        assert!(is_plausible_founded_year(1745, today), "Sidogiri");
        assert!(is_plausible_founded_year(2026, today));
        assert!(!is_plausible_founded_year(2027, today));
        assert!(!is_plausible_founded_year(1699, today));
        assert!(!is_plausible_founded_year(19, today), "a two-digit year");
    }

    #[test]
    fn trademark_words_in_both_languages() {
        for s in TrademarkStatus::ALL {
            assert_eq!(TrademarkStatus::parse(s.code()), Some(s));
        }
        assert_eq!(
            TrademarkStatus::parse(" Terdaftar "),
            Some(TrademarkStatus::Registered)
        );
        assert_eq!(
            TrademarkStatus::parse("diajukan"),
            Some(TrademarkStatus::Filed)
        );
        assert_eq!(
            TrademarkStatus::parse("belum"),
            Some(TrademarkStatus::NotFiled)
        );
        assert_eq!(TrademarkStatus::parse("maybe"), None);
    }

    #[test]
    fn a_registration_needs_its_idm_number_and_an_application_number_is_checked_when_given() {
        let tm = |status, number: &str| Trademark {
            status,
            number: number.into(),
        };
        use TrademarkStatus::*;
        assert_eq!(tm(Registered, "IDM000123456").problem(), None);
        assert_eq!(tm(Registered, "idm 000 123 456").problem(), None);
        assert_eq!(
            tm(Registered, "").problem(),
            Some(TrademarkProblem::NumberMissing)
        );
        assert_eq!(
            tm(Registered, "IDM00012345").problem(),
            Some(TrademarkProblem::NumberMalformed),
            "8 digits"
        );
        assert_eq!(
            tm(Registered, "DID2023012345").problem(),
            Some(TrademarkProblem::NumberMalformed),
            "an application number is not a registration"
        );
        assert_eq!(tm(Filed, "").problem(), None);
        assert_eq!(tm(Filed, "DID2023012345").problem(), None);
        assert_eq!(tm(Filed, "D002019012345").problem(), None);
        assert_eq!(
            tm(Filed, "12345").problem(),
            Some(TrademarkProblem::NumberMalformed)
        );
        assert_eq!(tm(NotFiled, "whatever").problem(), None);
        assert!(tm(Filed, "").is_secured());
        assert!(!tm(NotFiled, "").is_secured());
    }
}
