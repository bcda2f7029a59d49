//! Image snapshots of the main screens in both languages, rendered on the CPU (Mesa) by
//! egui_kittest. A changed look fails here until the new images are looked at and accepted with
//! `UPDATE_SNAPSHOTS=1 cargo test --test snapshots`.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use etalase::app::{EtalaseApp, ListView, Prefs};
use etalase::domain::Lang;
use etalase::storage::Store;
use std::path::PathBuf;

mod common;

/// A data folder at a fixed path (Settings shows it, so it must not change between runs).
fn data_dir(name: &str, sample: bool) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("etalase-snapshot-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    if sample {
        let store = Store::open(&dir.join("store")).unwrap();
        let changes = etalase::sample::sample_changes_with_photos(&store, common::today()).unwrap();
        store.apply(&changes).unwrap();
        store
            .save_settings(&etalase::sample::sample_settings(store.settings().unwrap()))
            .unwrap();
    }
    dir
}

fn harness(
    name: &str,
    lang: Lang,
    sample: bool,
    prefs: impl FnOnce(&mut Prefs),
) -> Harness<'static, EtalaseApp> {
    let dir = data_dir(name, sample);
    let mut p = Prefs::new(lang);
    prefs(&mut p);
    let app = common::app(&dir.join("store"), p);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(32)
        .wgpu()
        .build_ui_state(|ui, app: &mut EtalaseApp| app.frame(ui), app);
    h.run();
    h
}

fn shoot(h: &mut Harness<'_, EtalaseApp>, name: &str) {
    h.remove_cursor();
    h.run();
    // Photos are decoded on a worker: wait until what is on screen has arrived.
    for _ in 0..1000 {
        h.step();
        if h.state().thumbs.idle() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    h.run();
    h.snapshot(name);
}

#[test]
fn welcome_id() {
    let mut h = harness("welcome-id", Lang::Id, false, |_| {});
    shoot(&mut h, "welcome-id");
}

#[test]
fn welcome_en() {
    let mut h = harness("welcome-en", Lang::En, false, |_| {});
    shoot(&mut h, "welcome-en");
}

#[test]
fn products_grid_id() {
    let mut h = harness("grid-id", Lang::Id, true, |_| {});
    shoot(&mut h, "products-grid-id");
}

#[test]
fn products_table_en() {
    let mut h = harness("table-en", Lang::En, true, |p| p.view = ListView::Table);
    shoot(&mut h, "products-table-en");
}

#[test]
fn products_grid_en_dark() {
    let mut h = harness("grid-dark", Lang::En, true, |p| p.dark = true);
    shoot(&mut h, "products-grid-en-dark");
}

#[test]
fn editor_id() {
    let mut h = harness("editor-id", Lang::Id, true, |_| {});
    h.get_by_label("Kopi Robusta Dampit Bubuk").click();
    h.run();
    shoot(&mut h, "editor-id");
}

#[test]
fn producers_en() {
    let mut h = harness("producers-en", Lang::En, true, |_| {});
    common::click_control(&mut h, "Producers");
    shoot(&mut h, "producers-en");
}

#[test]
fn categories_id() {
    let mut h = harness("categories-id", Lang::Id, true, |_| {});
    common::click_control(&mut h, "Kategori");
    shoot(&mut h, "categories-id");
}

#[test]
fn settings_en() {
    let mut h = harness("settings-en", Lang::En, true, |_| {});
    common::click_control(&mut h, "Settings");
    shoot(&mut h, "settings-en");
}

#[test]
fn import_preview_id() {
    let mut h = harness("import-preview-id", Lang::Id, true, |_| {});
    let csv = std::env::temp_dir().join("etalase-snapshot-import-preview.csv");
    std::fs::write(
        &csv,
        "sku;name_id;category;price;producer;halal_number\n\
         BAL-KTP-01;Keripik Tempe Original;Makanan & Camilan;17.500;Pondok Pesantren Baitul A'la;\n\
         OPO-001;Sambal Roa Pesantren;Makanan & Camilan;Rp 32.000;Ponpes Darul Falah;ID3511000123\n\
         OPO-002;Madu Hutan;Minuman;dua puluh ribu;Ponpes Darul Falah;\n",
    )
    .unwrap();
    h.state_mut().apply(etalase::app::Command::ImportFrom(csv));
    for _ in 0..1000 {
        h.step();
        if !h.state().busy() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    shoot(&mut h, "import-preview-id");
}

#[test]
fn compliance_id() {
    let mut h = harness("compliance-id", Lang::Id, true, |_| {});
    common::click_control(&mut h, "Kepatuhan");
    shoot(&mut h, "compliance-id");
}

#[test]
fn pdf_export_en() {
    let mut h = harness("pdf-export-en", Lang::En, true, |_| {});
    common::click_control(&mut h, "PDF catalogue");
    // The preview is laid out on a worker.
    for _ in 0..2000 {
        h.step();
        let pdf = &h.state().pdf;
        if pdf.preview().is_some() && !pdf.updating() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    shoot(&mut h, "pdf-export-en");
}

#[test]
fn showcase_loop_id() {
    let mut h = harness("showcase-loop-id", Lang::Id, true, |_| {});
    h.state_mut().prefs.showcase.pin = "1357".into();
    // The loop moves on with the harness's clock, which runs a frame at a time while the photos
    // are decoded: a long interval keeps the first slide on screen however long that takes.
    h.state_mut().prefs.showcase.interval_secs = 3600;
    h.state_mut().apply(etalase::app::Command::EnterShowcase);
    h.run_steps(4);
    shoot(&mut h, "showcase-loop-id");
}

#[test]
fn showcase_product_en() {
    let mut h = harness("showcase-product-en", Lang::En, true, |_| {});
    h.state_mut().prefs.showcase.pin = "1357".into();
    h.state_mut().apply(etalase::app::Command::EnterShowcase);
    h.run_steps(4);
    let now = h.state().clock;
    let s = h.state_mut().showcase.as_mut().unwrap();
    let id = s.current().unwrap();
    s.open(id, now);
    h.run_steps(2);
    shoot(&mut h, "showcase-product-en");
}

#[test]
fn showcase_sign_up_keyboard_id() {
    let mut h = harness("showcase-sign-up-keyboard-id", Lang::Id, true, |_| {});
    h.state_mut().prefs.showcase.pin = "1357".into();
    h.state_mut().apply(etalase::app::Command::EnterShowcase);
    h.run_steps(4);
    let now = h.state().clock;
    let s = h.state_mut().showcase.as_mut().unwrap();
    s.open_sign_up(None, now);
    s.form.name = "Siti ".into();
    h.run_steps(3);
    shoot(&mut h, "showcase-sign-up-keyboard-id");
}
