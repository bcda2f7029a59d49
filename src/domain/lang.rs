//! The two languages of the catalogue: every bilingual text has an Indonesian and an English side,
//! and each language groups the digits of a number its own way.

/// The languages Etalase speaks.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Lang {
    /// Bahasa Indonesia.
    #[default]
    Id,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    pub fn parse(text: &str) -> Option<Lang> {
        match text.trim().to_lowercase().as_str() {
            "id" | "ind" | "indonesia" => Some(Lang::Id),
            "en" | "eng" | "english" => Some(Lang::En),
            _ => None,
        }
    }

    /// How the language writes numbers: the thousands separator and the decimal mark
    /// (`1.250.000,50` in Indonesian, `1,250,000.50` in English).
    pub fn separators(self) -> (char, char) {
        match self {
            Lang::Id => ('.', ','),
            Lang::En => (',', '.'),
        }
    }

    /// `id_ID.UTF-8`, `id-ID`, `id` -> Indonesian; anything else -> English.
    pub fn from_locale_name(name: &str) -> Lang {
        let lower = name.to_lowercase();
        let base = lower.split(['_', '-', '.', '@']).next().unwrap_or("");
        if base == "id" || base == "in" {
            Lang::Id
        } else {
            Lang::En
        }
    }
}

/// `1250000` with `.` -> `1.250.000`.
pub fn group_thousands(amount: u64, sep: char) -> String {
    let digits = amount.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}
