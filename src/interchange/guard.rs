//! Keeps spreadsheet programs from evaluating the text cells of the CSV files Etalase writes (OWASP
//! "CSV injection": a visitor at the fair who types `=HYPERLINK(...)` as their name). Excel and
//! LibreOffice treat a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a
//! formula; [`guard`] puts a single apostrophe in front of such a cell so it stays text, and
//! [`unguard`] takes it off again when a CSV is imported, so `unguard(guard(t)) == t` for every
//! `t`. A cell that already starts with `'` is guarded too, or its own apostrophe would be taken
//! off on the way back in.
//!
//! Only text cells are guarded: numbers written as digits (prices, counts) are left alone, and
//! workbooks need no guard at all, since they write text as string cells, never formulas. These
//! functions know nothing of columns or files; the writers and the CSV import call them.

use std::borrow::Cow;

/// The first characters that make a spreadsheet read a cell as a formula.
pub const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// True when `text` would need the guard: it starts with a trigger or with an apostrophe.
fn needs_guard(text: &str) -> bool {
    text.starts_with(TRIGGERS) || text.starts_with('\'')
}

/// The text as it goes into a CSV cell: with an apostrophe in front when it starts with a trigger
/// character or with an apostrophe; otherwise unchanged.
pub fn guard(text: &str) -> Cow<'_, str> {
    if needs_guard(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The text of a CSV cell without the guard: one leading apostrophe goes when what follows it
/// starts with a trigger character or with an apostrophe; anything else is left as it is.
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn formulas_are_guarded_and_plain_text_is_not() {
        assert_eq!(guard("=1+1"), "'=1+1");
        assert_eq!(guard("+62 812"), "'+62 812");
        assert_eq!(guard("-5"), "'-5");
        assert_eq!(guard("@SUM(1+1)"), "'@SUM(1+1)");
        assert_eq!(guard("\tx"), "'\tx");
        assert_eq!(guard("\rx"), "'\rx");
        assert_eq!(guard("'quoted"), "''quoted");
        assert_eq!(guard("Keripik = enak"), "Keripik = enak");
        assert_eq!(guard(""), "");
        assert!(matches!(guard("Kopi"), Cow::Borrowed(_)));
    }

    #[test]
    fn the_guard_comes_off_only_where_it_was_put() {
        assert_eq!(unguard("'=1+1"), "=1+1");
        assert_eq!(unguard("''quoted"), "'quoted");
        assert_eq!(unguard("'quoted"), "'quoted", "an apostrophe of the text");
        assert_eq!(unguard("'"), "'");
        assert_eq!(unguard("=1+1"), "=1+1", "written by someone else: kept");
        assert_eq!(unguard(""), "");
    }

    /// Text as people type it, heavy in trigger characters and apostrophes.
    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            "[=+\\-@\t\r' a-z0-9]{0,12}",
            "['=]{0,3}\\PC{0,12}",
            "\\PC{0,20}",
        ]
    }

    proptest! {
        #[test]
        fn unguard_undoes_guard_exactly(t in text()) {
            let guarded = guard(&t);
            prop_assert_eq!(unguard(&guarded), t.as_str());
        }

        #[test]
        fn guarded_text_never_starts_with_a_trigger(t in text()) {
            prop_assert!(!guard(&t).starts_with(TRIGGERS));
        }
    }
}
