//! Reading the values people type into spreadsheets and forms: rupiah amounts, WhatsApp numbers,
//! yes/no flags, whole numbers, and tidy text. Pure functions, no IO.

/// Why a rupiah amount could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PriceError {
    #[error("not an amount of rupiah")]
    NotANumber,
    #[error("rupiah amounts are whole numbers")]
    HasCents,
    #[error("amount too large")]
    TooLarge,
}

/// Largest price accepted: one trillion rupiah. Anything above is a typing slip.
pub const MAX_RUPIAH: u64 = 1_000_000_000_000;

/// Reads a rupiah amount as spreadsheets write it: `25000`, `25.000`, `Rp 25.000`, `Rp25.000,00`,
/// `IDR 25,000`, `25000.00`. A separator followed by exactly three digits groups thousands; one
/// followed by one or two digits at the end marks decimals, which must be zero.
pub fn parse_rupiah(text: &str) -> Result<u64, PriceError> {
    let mut s: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let lower = s.to_lowercase();
    for prefix in ["idr", "rp.", "rp"] {
        if lower.starts_with(prefix) {
            s = s[prefix.len()..].to_string();
            break;
        }
    }
    if s.is_empty()
        || !s
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
    {
        return Err(PriceError::NotANumber);
    }
    if !s.as_bytes()[0].is_ascii_digit() {
        return Err(PriceError::NotANumber);
    }
    // Split off a decimal part: the last separator with 1 or 2 digits after it.
    let mut integer = s.as_str();
    if let Some(pos) = s.rfind(['.', ',']) {
        let after = &s[pos + 1..];
        if !after.is_empty() && after.len() <= 2 && after.bytes().all(|b| b.is_ascii_digit()) {
            if after.bytes().any(|b| b != b'0') {
                return Err(PriceError::HasCents);
            }
            integer = &s[..pos];
        }
    }
    // What is left: digits, optionally grouped by one kind of separator in threes.
    let separators: Vec<char> = integer.chars().filter(|c| *c == '.' || *c == ',').collect();
    let digits: String = if separators.is_empty() {
        integer.to_string()
    } else {
        let sep = separators[0];
        if separators.iter().any(|c| *c != sep) {
            return Err(PriceError::NotANumber);
        }
        let groups: Vec<&str> = integer.split(sep).collect();
        let first_ok = (1..=3).contains(&groups[0].len());
        if !first_ok || groups[1..].iter().any(|g| g.len() != 3) {
            return Err(PriceError::NotANumber);
        }
        groups.concat()
    };
    if digits.is_empty() {
        return Err(PriceError::NotANumber);
    }
    if digits.len() > 13 {
        return Err(PriceError::TooLarge);
    }
    let value: u64 = digits.parse().map_err(|_| PriceError::NotANumber)?;
    if value > MAX_RUPIAH {
        return Err(PriceError::TooLarge);
    }
    Ok(value)
}

/// Why a WhatsApp number could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error("not a phone number")]
    NotANumber,
    #[error("too short or too long for a phone number")]
    Length,
}

/// Normalises a WhatsApp number to international digits without "+": `0812-3456-789`,
/// `+62 812 3456 789`, `(0812) 3456.789` and `812 3456 789` all become `628123456789`.
/// Numbers with another country code (`+60 ...`) keep it.
pub fn normalize_whatsapp(text: &str) -> Result<String, PhoneError> {
    let trimmed = text.trim();
    let mut digits = String::new();
    for (i, c) in trimmed.chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if i == 0 => {}
            ' ' | '-' | '.' | '(' | ')' | '\u{a0}' => {}
            _ => return Err(PhoneError::NotANumber),
        }
    }
    let international = if trimmed.starts_with('+') {
        digits
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.to_string()
    } else if let Some(rest) = digits.strip_prefix('0') {
        format!("62{rest}")
    } else if digits.starts_with('8') {
        format!("62{digits}")
    } else {
        digits
    };
    if international.starts_with('0') || international.is_empty() {
        return Err(PhoneError::NotANumber);
    }
    // Indonesian mobile numbers have 9 to 13 digits after the 0; E.164 allows 15 in all.
    if !(10..=15).contains(&international.len()) {
        return Err(PhoneError::Length);
    }
    Ok(international)
}

/// Reads a yes/no cell: `yes/no`, `ya/tidak`, `true/false`, `1/0` (also `y/n`), any case.
/// An empty cell is "no".
pub fn parse_flag(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "yes" | "ya" | "y" | "true" | "1" => Some(true),
        "no" | "tidak" | "n" | "false" | "0" | "" => Some(false),
        _ => None,
    }
}

/// Reads a whole, non-negative count (a shelf life in months, a carton size). Accepts thousands
/// grouping as in prices (`1.000`), refuses fractions and signs.
pub fn parse_count(text: &str) -> Option<u32> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    if t.bytes().all(|b| b.is_ascii_digit()) {
        return t.parse().ok();
    }
    parse_rupiah(t)
        .ok()
        .filter(|_| {
            t.bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        })
        .and_then(|v| u32::try_from(v).ok())
}

/// Tidies free text the way every field is stored: line breaks become `\n`, surrounding blanks go,
/// and trailing blanks on each line go.
pub fn tidy_text(text: &str) -> String {
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<&str> = unified.split('\n').map(str::trim_end).collect();
    lines.join("\n").trim().to_string()
}

/// A key for matching names as people mean them: case-insensitive, blanks collapsed.
pub fn match_key(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rupiah_in_every_form_spreadsheets_write() {
        for (text, value) in [
            ("25000", 25_000),
            ("25.000", 25_000),
            ("Rp 25.000", 25_000),
            ("Rp25.000,00", 25_000),
            ("IDR 25,000", 25_000),
            ("rp. 1.250.000", 1_250_000),
            ("25000.00", 25_000),
            ("25000,0", 25_000),
            ("Rp\u{a0}7.500", 7_500),
            ("0", 0),
            ("1,250,000.00", 1_250_000),
        ] {
            assert_eq!(parse_rupiah(text), Ok(value), "{text}");
        }
    }

    #[test]
    fn rupiah_refuses_what_is_not_a_whole_amount() {
        assert_eq!(parse_rupiah("25.000,50"), Err(PriceError::HasCents));
        assert_eq!(parse_rupiah("12.5"), Err(PriceError::HasCents));
        for bad in [
            "",
            "Rp",
            "dua puluh ribu",
            "-5000",
            "25.00.0",
            "1.25.000",
            "25,000.000.0",
            ".500",
            "25.000,000,0",
        ] {
            assert_eq!(parse_rupiah(bad), Err(PriceError::NotANumber), "{bad}");
        }
        assert_eq!(parse_rupiah("99999999999999"), Err(PriceError::TooLarge));
    }

    #[test]
    fn whatsapp_numbers_normalise_to_international_digits() {
        for text in [
            "0812-3456-789",
            "+62 812 3456 789",
            "62 812-3456-789",
            "(0812) 3456.789",
            "812 3456 789",
            "0062 8123456789",
        ] {
            assert_eq!(
                normalize_whatsapp(text).as_deref(),
                Ok("628123456789"),
                "{text}"
            );
        }
        assert_eq!(
            normalize_whatsapp("+60 12-345 6789").as_deref(),
            Ok("60123456789")
        );
        assert_eq!(normalize_whatsapp("0812"), Err(PhoneError::Length));
        assert_eq!(normalize_whatsapp("0812-ABC"), Err(PhoneError::NotANumber));
        assert_eq!(
            normalize_whatsapp("08+12345678"),
            Err(PhoneError::NotANumber)
        );
    }

    #[test]
    fn flags_in_both_languages() {
        assert_eq!(parse_flag("Ya"), Some(true));
        assert_eq!(parse_flag("TIDAK"), Some(false));
        assert_eq!(parse_flag(" 1 "), Some(true));
        assert_eq!(parse_flag(""), Some(false));
        assert_eq!(parse_flag("mungkin"), None);
    }

    #[test]
    fn counts_and_text() {
        assert_eq!(parse_count("12"), Some(12));
        assert_eq!(parse_count("1.000"), Some(1000));
        assert_eq!(parse_count("1,5"), None);
        assert_eq!(parse_count("-3"), None);
        assert_eq!(
            tidy_text("  Keripik\r\nenak  \r\rgurih \n"),
            "Keripik\nenak\n\ngurih"
        );
        assert_eq!(
            match_key("  Pondok   Pesantren\tAL-Hikmah "),
            "pondok pesantren al-hikmah"
        );
    }
}
