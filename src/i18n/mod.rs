//! Translations (Fluent bundles from `locales/<lang>/*.ftl`, compiled in) and the formatting of
//! rupiah and dates in each language. Every sentence a user sees comes through a [`Translator`].

pub mod words;

use crate::domain::Date;
use crate::domain::lang::group_thousands;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;

pub use crate::domain::Lang;

/// The system's language: Indonesian when the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, first one
/// set) starts with `id`, else English.
pub fn system_lang() -> Lang {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(value) = std::env::var(var)
            && !value.is_empty()
        {
            return Lang::from_locale_name(&value);
        }
    }
    // Windows (and macOS) keep the language in the system settings, not in the environment.
    sys_locale::get_locale()
        .map(|name| Lang::from_locale_name(&name))
        .unwrap_or(Lang::En)
}

/// The Fluent sources of a language, in a fixed order.
pub fn sources(lang: Lang) -> [&'static str; 6] {
    match lang {
        Lang::Id => [
            include_str!("../../locales/id/common.ftl"),
            include_str!("../../locales/id/cli.ftl"),
            include_str!("../../locales/id/errors.ftl"),
            include_str!("../../locales/id/app.ftl"),
            include_str!("../../locales/id/profile.ftl"),
            include_str!("../../locales/id/pricelist.ftl"),
        ],
        Lang::En => [
            include_str!("../../locales/en/common.ftl"),
            include_str!("../../locales/en/cli.ftl"),
            include_str!("../../locales/en/errors.ftl"),
            include_str!("../../locales/en/app.ftl"),
            include_str!("../../locales/en/profile.ftl"),
            include_str!("../../locales/en/pricelist.ftl"),
        ],
    }
}

/// An argument for a translated message.
pub enum Arg<'a> {
    Str(Cow<'a, str>),
    Num(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(Cow::Borrowed(s.as_str()))
    }
}
impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}
impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(n as i64)
    }
}
impl From<u64> for Arg<'_> {
    fn from(n: u64) -> Self {
        Arg::Num(n as i64)
    }
}
impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Num(i64::from(n))
    }
}
impl From<i32> for Arg<'_> {
    fn from(n: i32) -> Self {
        Arg::Num(i64::from(n))
    }
}

/// Looks up translated messages in one language.
pub struct Translator {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Translator {
    pub fn new(lang: Lang) -> Translator {
        let langid = match lang {
            Lang::Id => unic_langid::langid!("id"),
            Lang::En => unic_langid::langid!("en"),
        };
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Without this Fluent wraps arguments in U+2068/U+2069, which fonts lack.
        bundle.set_use_isolating(false);
        // Counts are written as each language groups thousands: 10.000 produk, 10,000 products.
        bundle.set_formatter(Some(match lang {
            Lang::Id => grouped_with_dot,
            Lang::En => grouped_with_comma,
        }));
        for source in sources(lang) {
            // The sources are compiled in and checked by tests; a broken entry is skipped, not fatal.
            let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        Translator { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the message exists in this language.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id` with no arguments.
    pub fn t(&self, id: &str) -> String {
        self.t_args(id, &[])
    }

    /// The message `id` with named arguments. A missing id shows as itself, so a gap is visible
    /// rather than silent (tests make sure there are none).
    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fargs.set(*name, FluentValue::from(s.to_string())),
                Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned()
    }

    /// A rupiah amount: "Rp 25.000" in Indonesian, "IDR 25,000" in English.
    pub fn rupiah(&self, amount: u64) -> String {
        let prefix = match self.lang {
            Lang::Id => "Rp",
            Lang::En => "IDR",
        };
        format!(
            "{prefix} {}",
            group_thousands(amount, self.lang.separators().0)
        )
    }

    /// A date in words: "17 Agustus 2026" / "17 August 2026".
    pub fn date(&self, date: Date) -> String {
        let month = self.t(MONTH_IDS[usize::from(date.month() - 1)]);
        format!("{} {} {}", date.day(), month, date.year())
    }
}

/// The translator for a language, made once per run: parsing the messages takes a moment, and
/// what draws every frame (the card preview, the price list's rate line) must not pay it again.
pub fn translator(lang: Lang) -> &'static Translator {
    use std::sync::OnceLock;
    static ID: OnceLock<Translator> = OnceLock::new();
    static EN: OnceLock<Translator> = OnceLock::new();
    let cell = match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    };
    cell.get_or_init(|| Translator::new(lang))
}

/// Message ids of the month names, January first.
pub const MONTH_IDS: [&str; 12] = [
    "month-january",
    "month-february",
    "month-march",
    "month-april",
    "month-may",
    "month-june",
    "month-july",
    "month-august",
    "month-september",
    "month-october",
    "month-november",
    "month-december",
];

/// A whole number of 1,000 or more, grouped by thousands with `sep`; other values as Fluent
/// writes them.
fn grouped(value: &FluentValue, sep: char) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let v = n.value;
    if v.fract() != 0.0 || v.abs() < 1000.0 || v.abs() >= 1e15 {
        return None;
    }
    let digits = group_thousands(v.abs() as u64, sep);
    Some(if v < 0.0 {
        format!("-{digits}")
    } else {
        digits
    })
}

fn grouped_with_dot<M>(value: &FluentValue, _: &M) -> Option<String> {
    grouped(value, '.')
}

fn grouped_with_comma<M>(value: &FluentValue, _: &M) -> Option<String> {
    grouped(value, ',')
}

/// Every message id defined in a language's sources.
pub fn message_ids(lang: Lang) -> Vec<String> {
    let mut ids = Vec::new();
    for source in sources(lang) {
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.push(m.id.name.to_string());
            }
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rupiah_in_each_language() {
        assert_eq!(Translator::new(Lang::Id).rupiah(25_000), "Rp 25.000");
        assert_eq!(Translator::new(Lang::En).rupiah(25_000), "IDR 25,000");
        assert_eq!(Translator::new(Lang::Id).rupiah(1_250_000), "Rp 1.250.000");
        assert_eq!(Translator::new(Lang::En).rupiah(500), "IDR 500");
        assert_eq!(Translator::new(Lang::Id).rupiah(0), "Rp 0");
    }

    #[test]
    fn dates_in_words() {
        let d = Date::new(2026, 8, 17).unwrap();
        assert_eq!(Translator::new(Lang::Id).date(d), "17 Agustus 2026");
        assert_eq!(Translator::new(Lang::En).date(d), "17 August 2026");
    }

    #[test]
    fn system_locale_names() {
        assert_eq!(Lang::from_locale_name("id_ID.UTF-8"), Lang::Id);
        assert_eq!(Lang::from_locale_name("id"), Lang::Id);
        assert_eq!(Lang::from_locale_name("en_US.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale_name("C"), Lang::En);
        assert_eq!(Lang::from_locale_name("ida"), Lang::En);
    }

    #[test]
    fn arguments_are_not_wrapped_in_isolation_marks() {
        let tr = Translator::new(Lang::En);
        let text = tr.t_args("csv-where", &[("line", 7.into()), ("file", "x".into())]);
        // Counts are grouped as each language writes them; plural forms still follow the number.
        let count = |lang, n: usize| {
            Translator::new(lang).t_args("app-status-count", &[("count", n.into())])
        };
        assert_eq!(count(Lang::Id, 10_000), "10.000 produk");
        assert_eq!(count(Lang::En, 10_000), "10,000 products");
        assert_eq!(count(Lang::En, 999), "999 products");
        assert_eq!(count(Lang::En, 1), "1 product");
        assert!(!text.contains('\u{2068}'), "{text:?}");
        assert!(text.contains('7'));
    }
}
