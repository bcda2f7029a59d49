//! What integration tests share: running the real `etalase` binary, and a data folder holding
//! the example catalogue.

#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

/// The day every test is run on, whatever the calendar says: the binary gets it through
/// `ETALASE_TODAY`, windows through `EtalaseApp::set_today`, the example catalogue is dated for it.
pub const TODAY: &str = "2026-11-28";

/// [`TODAY`] as a date.
pub fn today() -> etalase::domain::Date {
    etalase::domain::Date::parse(TODAY).unwrap()
}

/// The window on the store in `store`, on [`TODAY`].
pub fn app(store: &Path, prefs: etalase::app::Prefs) -> etalase::app::EtalaseApp {
    let mut app = etalase::app::EtalaseApp::new(store, prefs);
    app.set_today(today());
    app
}

/// Types `text` into the focused field the way a person does: one key at a time, each in its own
/// frame with a frame after it (kittest's `type_text` sends the whole string in one frame, which
/// hides a field that loses focus after its first character).
pub fn type_keys<S>(h: &mut egui_kittest::Harness<'_, S>, text: &str) {
    for c in text.chars() {
        h.event(egui::Event::Text(c.to_string()));
        h.step();
        h.step();
    }
}

/// What one run of the binary did.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `etalase --data-dir DATA ARGS...` with the given locale, on [`TODAY`].
pub fn etalase(data: &Path, lang: &str, args: &[&str]) -> Run {
    etalase_on(data, lang, TODAY, args)
}

/// The same on another day (`YYYY-MM-DD`).
pub fn etalase_on(data: &Path, lang: &str, day: &str, args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_etalase"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .env(etalase::clock::TODAY_VAR, day)
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
    sample_data_on(today())
}

/// The same, with the example dated as if loaded on `day`.
pub fn sample_data_on(day: etalase::domain::Date) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let store = etalase::storage::Store::open(&dir.path().join("store")).unwrap();
    let changes = etalase::sample::sample_changes(&store.categories().unwrap(), day);
    store.apply(&changes).unwrap();
    store
        .save_settings(&etalase::sample::sample_settings(store.settings().unwrap()))
        .unwrap();
    dir
}

/// Steps a window until its background job has finished (the job runs on its own thread).
pub fn finish_job(h: &mut egui_kittest::Harness<'_, etalase::app::EtalaseApp>) {
    for _ in 0..2000 {
        h.step();
        if !h.state().busy() {
            h.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("the background job did not finish");
}

/// Clicks the control with this label where a plain text carries the same words (a tab named like
/// a heading, say).
pub fn click_control(h: &mut egui_kittest::Harness<'_, etalase::app::EtalaseApp>, label: &str) {
    use egui_kittest::kittest::{NodeT, Queryable};
    h.query_all_by_label(label)
        .find(|n| n.accesskit_node().role() != egui::accesskit::Role::Label)
        .unwrap_or_else(|| panic!("no control labelled {label}"))
        .click();
    // A click that starts a background job keeps the window repainting until the job ends (its
    // progress bar); the caller then waits with `finish_job`, so only settle a window that is idle.
    h.step();
    if !h.state().busy() {
        h.run();
    }
}

/// A product's price as stored, read through the store the window holds (it has the lock).
pub fn price_of(h: &egui_kittest::Harness<'_, etalase::app::EtalaseApp>, sku: &str) -> Option<u64> {
    h.state()
        .store()
        .unwrap()
        .product_by_sku(sku)
        .unwrap()
        .and_then(|p| p.price)
}
