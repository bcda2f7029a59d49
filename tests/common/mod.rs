//! What integration tests share: running the real `etalase` binary, and a data folder holding
//! the example catalogue.

#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

/// What one run of the binary did.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `etalase --data-dir DATA ARGS...` with the given locale.
pub fn etalase(data: &Path, lang: &str, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_etalase"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .output()
        .expect("the binary runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The same in English.
pub fn en(data: &Path, args: &[&str]) -> Run {
    etalase(data, "en_US.UTF-8", args)
}

/// A new data folder whose store holds the example catalogue's records and settings (no photos).
pub fn sample_data() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let store = etalase::storage::Store::open(&dir.path().join("store")).unwrap();
    let changes = etalase::sample::sample_changes(&store.categories().unwrap());
    store.apply(&changes).unwrap();
    store
        .save_settings(&etalase::sample::sample_settings(store.settings().unwrap()))
        .unwrap();
    dir
}
