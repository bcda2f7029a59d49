//! Registration numbers printed on Indonesian food and cosmetic packs (PIRT, BPOM) and the
//! business id (NIB): what well-formed looks like, and what the digits say.

/// A PIRT number read from how it is printed ("P-IRT No. 2063507011234-28").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pirt {
    /// The year the registration ends, from digits 14-15.
    pub expiry_year: i32,
}

/// Reads a PIRT number: 15 digits, with or without the printed "P-IRT No." and separators.
pub fn parse_pirt(text: &str) -> Option<Pirt> {
    let mut s = text.trim().to_uppercase();
    for prefix in ["P-IRT", "PIRT", "SPP-IRT", "SPPIRT"] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.trim_start().to_string();
            break;
        }
    }
    for prefix in ["NO.", "NO", "NOMOR"] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.trim_start_matches([' ', ':', '.']).to_string();
            break;
        }
    }
    let mut digits = String::new();
    for c in s.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '-' | '.' => {}
            _ => return None,
        }
    }
    if digits.len() != 15 {
        return None;
    }
    let yy: i32 = digits[13..15].parse().ok()?;
    Some(Pirt {
        expiry_year: 2000 + yy,
    })
}

/// Kinds of BPOM registration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BpomKind {
    /// MD (domestic) or ML (imported) processed food.
    Food,
    /// NA: notified cosmetics.
    Cosmetic,
    /// TR, TI: traditional medicine (jamu, herbal); SD: health supplement.
    Herbal,
}

/// Reads a BPOM number: "MD"/"ML" + 12 digits, "NA" + 11, "TR"/"TI"/"SD" + 9; accepts the printed
/// "BPOM RI" prefix and blanks between groups.
pub fn parse_bpom(text: &str) -> Option<BpomKind> {
    let mut s: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.' && *c != '-')
        .collect::<String>()
        .to_uppercase();
    for prefix in ["BPOMRI", "BPOM"] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.trim_start_matches(':').to_string();
            break;
        }
    }
    if s.len() < 2 || !s.is_char_boundary(2) {
        return None;
    }
    let (kind, len) = match &s[..2] {
        "MD" | "ML" => (BpomKind::Food, 12),
        "NA" => (BpomKind::Cosmetic, 11),
        "TR" | "TI" | "SD" => (BpomKind::Herbal, 9),
        _ => return None,
    };
    let digits = &s[2..];
    (digits.len() == len && digits.bytes().all(|b| b.is_ascii_digit())).then_some(kind)
}

/// NIB (Nomor Induk Berusaha): 13 digits.
pub fn is_valid_nib(text: &str) -> bool {
    let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    digits.len() == 13 && digits.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pirt_as_printed_or_bare() {
        assert_eq!(
            parse_pirt("P-IRT No. 2063507011234-28"),
            Some(Pirt { expiry_year: 2028 })
        );
        assert_eq!(
            parse_pirt("206350701123425"),
            Some(Pirt { expiry_year: 2025 })
        );
        assert_eq!(parse_pirt("PIRT 2063507011234-2"), None);
        assert_eq!(parse_pirt("2063507011234256"), None, "16 digits");
        assert_eq!(
            parse_pirt("SPP-IRT No: 2063507011234-99"),
            Some(Pirt { expiry_year: 2099 })
        );
        assert_eq!(
            parse_pirt("P-IRT No. 2063507011234-00"),
            Some(Pirt { expiry_year: 2000 })
        );
        assert_eq!(parse_pirt("P-IRT No. 20635O7011234-28"), None);
    }

    #[test]
    fn bpom_by_kind() {
        assert_eq!(parse_bpom("MD 224510001234"), Some(BpomKind::Food));
        assert_eq!(parse_bpom("BPOM RI ML 123456789012"), Some(BpomKind::Food));
        assert_eq!(parse_bpom("NA18191200123"), Some(BpomKind::Cosmetic));
        assert_eq!(parse_bpom("TR 193 612 345"), Some(BpomKind::Herbal));
        assert_eq!(parse_bpom("MD 22451000123"), None);
        assert_eq!(parse_bpom("NA181912001234"), None);
        assert_eq!(parse_bpom("XX123456789"), None);
        assert_eq!(parse_bpom("TI123456789"), Some(BpomKind::Herbal));
        assert_eq!(parse_bpom("SD123456789"), Some(BpomKind::Herbal));
        assert_eq!(parse_bpom("TR12345678"), None, "8 digits");
        assert_eq!(parse_bpom("TR1234567890"), None, "10 digits");
        assert_eq!(parse_bpom("NA1819120012"), None, "10 digits");
        assert_eq!(parse_bpom("ML 1234567890123"), None, "13 digits");
        assert_eq!(parse_bpom(""), None);
        assert_eq!(parse_bpom("é"), None);
    }

    #[test]
    fn nib_has_thirteen_digits() {
        assert!(is_valid_nib("9120001234567"));
        assert!(!is_valid_nib("912000123456"));
        assert!(!is_valid_nib("912000123456A"));
        assert!(!is_valid_nib("91200012345678"), "14 digits");
        assert!(is_valid_nib(" 9120 0012 34567 "), "blanks between groups");
        assert!(!is_valid_nib(""));
    }
}
