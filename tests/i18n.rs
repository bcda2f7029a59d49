//! The translations are complete: both languages hold the same messages, every message the code
//! asks for exists, and no message is empty or broken.

use etalase::i18n::{Lang, Translator, message_ids, sources};
use std::collections::BTreeSet;
use std::path::Path;

/// Prefixes of every Fluent id in this project; literals starting with them in `src/` are ids.
const PREFIXES: [&str; 19] = [
    "profile-",
    "pricelist-",
    "legal-",
    "trademark-",
    "cli-",
    "csv-",
    "err-",
    "check-",
    "finding-",
    "list-",
    "month-",
    "halal-status-",
    "record-",
    "index-",
    "io-",
    "app-",
    "export-",
    "showcase-",
    "workbook-",
];

fn ids(lang: Lang) -> BTreeSet<String> {
    message_ids(lang).into_iter().collect()
}

#[test]
fn both_languages_hold_the_same_messages() {
    let (id, en) = (ids(Lang::Id), ids(Lang::En));
    let only_id: Vec<_> = id.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&id).collect();
    assert!(
        only_id.is_empty() && only_en.is_empty(),
        "only in id: {only_id:?}; only in en: {only_en:?}"
    );
    assert!(id.len() > 100);
}

#[test]
fn sources_parse_without_errors_and_no_id_is_defined_twice() {
    for lang in Lang::ALL {
        for source in sources(lang) {
            if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(source.to_string()) {
                panic!("{lang:?}: {errors:?}");
            }
        }
        let all = message_ids(lang);
        assert_eq!(all.len(), ids(lang).len(), "{lang:?} defines an id twice");
    }
}

fn string_literals(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('"') {
        let after = &rest[start + 1..];
        let end = after.find('"').unwrap_or(after.len());
        out.push(after[..end].to_string());
        rest = &after[(end + 1).min(after.len())..];
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_id_the_code_asks_for_exists() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let defined = ids(Lang::En);
    let mut used = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for lit in string_literals(&text) {
            let looks_like_id = PREFIXES.iter().any(|p| lit.starts_with(p))
                && lit.len() > 4
                && lit
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if looks_like_id {
                assert!(
                    defined.contains(&lit),
                    "{} asks for `{lit}`, which no locale defines",
                    file.display()
                );
                used.insert(lit);
            }
        }
    }
    assert!(used.len() > 80, "the scan found the ids: {}", used.len());
}

#[test]
fn no_message_is_empty_or_left_untranslated() {
    let (tr_id, tr_en) = (Translator::new(Lang::Id), Translator::new(Lang::En));
    let mut same = Vec::new();
    for id in ids(Lang::En) {
        let (a, b) = (tr_id.t(&id), tr_en.t(&id));
        assert!(
            !a.trim().is_empty() && !b.trim().is_empty(),
            "{id} is empty"
        );
        assert_ne!(a, id, "{id} does not format in Indonesian");
        if a == b && words_outside_placeholders(&a) > 12 {
            same.push(id);
        }
    }
    assert!(
        same.is_empty(),
        "identical in both languages, probably untranslated: {same:?}"
    );
}

/// Letters of a formatted message that are not inside a `{ $placeholder }` left unfilled.
fn words_outside_placeholders(text: &str) -> usize {
    let mut depth = 0;
    let mut n = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 && c.is_alphabetic() => n += 1,
            _ => {}
        }
    }
    n
}
