//! The two languages of the catalogue: every bilingual text has an Indonesian and an English side.

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
