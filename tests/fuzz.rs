//! Arbitrary and damaged input for the two doors into the catalogue: a backup ZIP and a CSV file.
//! Nothing may panic; a damaged backup is refused before anything is written, and nothing is
//! ever written outside the data folder. Found cases are kept below as plain tests.

use etalase::backup;
use proptest::prelude::*;
use std::path::Path;

/// Cases per property: 96 in CI, more with `ETALASE_FUZZ_CASES` for a long run.
fn fuzz_cases() -> u32 {
    std::env::var("ETALASE_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(96)
}

/// Every path under `root`, relative.
fn tree(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            out.push(path.strip_prefix(root).unwrap().display().to_string());
            if path.is_dir() {
                stack.push(path);
            }
        }
    }
    out.sort();
    out
}

/// A real backup of the example catalogue (without photos), made once.
fn valid_backup() -> &'static [u8] {
    static BYTES: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    BYTES.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let store = etalase::storage::Store::open(&dir.path().join("store")).unwrap();
        store
            .apply(&etalase::sample::sample_changes(
                &store.categories().unwrap(),
                etalase::domain::Date::new(2026, 11, 28).unwrap(),
            ))
            .unwrap();
        let out = dir.path().join("b.zip");
        backup::backup(&store, &out).unwrap();
        std::fs::read(out).unwrap()
    })
}

/// Restores `bytes` as a backup in a fresh folder; returns whether it was accepted and checks
/// that nothing appeared outside the data folder.
fn try_restore(bytes: &[u8]) -> bool {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("in.zip");
    std::fs::write(&archive, bytes).unwrap();
    let data = dir.path().join("data");
    let result = backup::restore(&archive, &data.join("store"), &data.join("backups"), false);
    for path in tree(dir.path()) {
        assert!(
            path == "in.zip" || path.starts_with("data"),
            "written outside the data folder: {path}"
        );
    }
    if result.is_err() {
        assert!(!data.exists(), "a refused restore wrote {:?}", tree(&data));
    }
    result.is_ok()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(fuzz_cases()))]

    #[test]
    fn arbitrary_bytes_are_never_a_backup(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        prop_assert!(!try_restore(&bytes));
    }

    #[test]
    fn a_damaged_backup_is_refused_whole(flips in proptest::collection::vec((any::<usize>(), 1u8..=255), 1..6)) {
        let mut bytes = valid_backup().to_vec();
        for (at, x) in flips {
            let i = at % bytes.len();
            bytes[i] ^= x;
        }
        // Either refused with nothing written, or (a flip in a part nothing reads, such as a
        // comment or timestamp) restored completely.
        let _ = try_restore(&bytes);
    }

    #[test]
    fn arbitrary_csv_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let catalogue = etalase::domain::Catalogue::default();
        let photos = etalase::interchange::PhotoLookup::new();
        let _ = etalase::interchange::plan_import_with(&bytes, &catalogue, 0, &photos, &mut |_, _| true);
    }

    #[test]
    fn csv_like_text_never_panics(text in "[a-z_;,\"\\n\\r 0-9.Rp-]{0,600}") {
        let header = "sku,name_id,category,price,producer\n";
        let bytes = format!("{header}{text}").into_bytes();
        let catalogue = etalase::domain::Catalogue::default();
        let photos = etalase::interchange::PhotoLookup::new();
        let _ = etalase::interchange::plan_import_with(&bytes, &catalogue, 0, &photos, &mut |_, _| true);
    }
}

#[test]
fn the_valid_backup_restores() {
    assert!(try_restore(valid_backup()));
}

#[test]
fn a_truncated_backup_is_refused() {
    let bytes = valid_backup();
    for cut in [0, 4, 22, bytes.len() / 2, bytes.len() - 1] {
        assert!(!try_restore(&bytes[..cut]), "cut at {cut}");
    }
}
