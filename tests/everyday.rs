//! The manager's everyday work in the window, as a user does it: selecting with Ctrl/Shift-click,
//! Ctrl+A and Esc; bulk price changes with their preview, bulk delete and Undo; removing the
//! example catalogue; fields that speak only once left; the unsaved marker; rupiah shown grouped;
//! dates picked from a calendar; saving into Documents when no file dialog opens.

mod common;

use egui::Modifiers;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use etalase::app::{Command, EtalaseApp, ListView, Prefs};
use etalase::domain::Lang;
use std::path::Path;

fn harness(data: &Path, lang: Lang) -> Harness<'static, EtalaseApp> {
    let mut prefs = Prefs::new(lang);
    prefs.view = ListView::Table;
    let app = common::app(&data.join("store"), prefs);
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(32)
        .build_ui_state(|ui, app: &mut EtalaseApp| app.frame(ui), app)
}

fn with_sample(lang: Lang) -> (tempfile::TempDir, Harness<'static, EtalaseApp>) {
    let dir = common::sample_data();
    let h = harness(dir.path(), lang);
    (dir, h)
}

/// Clicks the button with this label (where a cell shows the same words).
fn click_button(h: &mut Harness<'_, EtalaseApp>, label: &str) {
    h.query_all_by_label(label)
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::Button)
        .unwrap_or_else(|| panic!("no button labelled {label}"))
        .click();
    h.run();
}

/// Focuses the text field named by this label.
fn focus_field(h: &mut Harness<'_, EtalaseApp>, label: &str) {
    h.query_all_by_label(label)
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::TextInput)
        .unwrap_or_else(|| panic!("no field labelled {label}"))
        .focus();
    h.run();
}

/// Clicks a product's name in the table with these modifiers held.
fn click_name(h: &mut Harness<'_, EtalaseApp>, name: &str, modifiers: Modifiers) {
    h.get_by_label(name).click_modifiers(modifiers);
    h.run();
}

const FIVE: [(&str, &str, u64); 5] = [
    ("Woven Bamboo Bag", "AIK-ANY-01", 95_000),
    ("Organic Red Rice", "AIK-BRS-01", 28_000),
    ("Osing Arabica Coffee", "AIK-KOP-02", 65_000),
    ("Original Tempeh Chips", "BAL-KTP-01", 15_000),
    ("Madurese Shrimp Paste", "DFL-PTS-01", 30_000),
];

#[test]
fn five_products_picked_with_ctrl_click_get_ten_percent_dearer_and_back_with_undo() {
    let (_dir, mut h) = with_sample(Lang::En);
    h.run();
    let before = h.get_by_label("Madurese Shrimp Paste").rect();
    for (name, _, _) in FIVE {
        click_name(&mut h, name, Modifiers::COMMAND);
    }
    // The list did not move when the selection bar filled in.
    assert_eq!(h.get_by_label("Madurese Shrimp Paste").rect(), before);
    // Ctrl+click selects and does not open the editor.
    assert_eq!(h.state().screen, etalase::app::Screen::Products);
    assert_eq!(h.state().list.selected().len(), 5);
    assert!(h.query_all_by_label("5 selected").count() >= 1);
    // Ctrl+click again takes one out, and puts it back.
    click_name(&mut h, "Organic Red Rice", Modifiers::COMMAND);
    assert_eq!(h.state().list.selected().len(), 4);
    click_name(&mut h, "Organic Red Rice", Modifiers::COMMAND);

    h.get_by_label("Change prices…").click();
    h.run();
    common::type_keys(&mut h, "10");
    // The preview lists every product with its old and new price before anything is written.
    h.get_by_label("→ IDR 104,500");
    h.get_by_label("→ IDR 16,500");
    h.get_by_label("→ IDR 33,000");
    assert_eq!(common::price_of(&h, "AIK-ANY-01"), Some(95_000));
    h.get_by_label("Change 5 prices").click();
    h.run();
    for (_, sku, old) in FIVE {
        assert_eq!(common::price_of(&h, sku), Some(old * 11 / 10), "{sku}");
    }
    // Others are untouched; wholesale tiers moved with retail (15.000 -> 16.500, tier 12.750 -> 14.000).
    assert_eq!(common::price_of(&h, "BAL-KOP-01"), Some(45_000));
    let tempeh = h
        .state()
        .store()
        .unwrap()
        .product_by_sku("BAL-KTP-01")
        .unwrap()
        .unwrap();
    assert_eq!(tempeh.wholesale[0].price, 14_000);
    h.get_by_label_contains("Changed the prices of 5 products");
    h.get_by_label("Undo").click();
    h.run();
    for (_, sku, old) in FIVE {
        assert_eq!(common::price_of(&h, sku), Some(old), "{sku}");
    }
    // The selection is still there for the next action; Esc clears it.
    assert_eq!(h.state().list.selected().len(), 5);
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.state().list.selected().is_empty());
}

#[test]
fn a_price_change_that_would_make_a_price_nothing_is_refused_in_the_preview() {
    let (_dir, mut h) = with_sample(Lang::Id);
    h.run();
    click_name(&mut h, "Jamu Kunyit Asam", Modifiers::COMMAND);
    click_name(&mut h, "Tas Anyaman Bambu", Modifiers::COMMAND);
    h.get_by_label("Ubah harga…").click();
    h.run();
    h.get_by_label("Jumlah rupiah").click();
    h.run();
    focus_field(&mut h, "Naik/turun");
    common::type_keys(&mut h, "-20.000");
    h.get_by_label("harga jadi nol atau kurang");
    h.get_by_label("→ Rp 75.000");
    assert!(
        h.get_by_label("Ubah 1 harga")
            .accesskit_node()
            .is_disabled()
    );
    h.get_by_label("Batal").hover();
    h.run();
    h.get_by_label("Batal").click();
    h.run();
    assert!(h.state().price_form.is_none());
    assert_eq!(common::price_of(&h, "NHM-JMU-01"), Some(12_000));
}

#[test]
fn shift_click_selects_a_range_and_ctrl_a_everything_shown() {
    let (_dir, mut h) = with_sample(Lang::En);
    h.run();
    // The table is sorted by SKU: Woven Bamboo Bag (1st) to Original Tempeh Chips (6th).
    click_name(&mut h, "Woven Bamboo Bag", Modifiers::COMMAND);
    click_name(&mut h, "Original Tempeh Chips", Modifiers::SHIFT);
    assert_eq!(h.state().list.selected().len(), 6);
    assert_eq!(h.state().screen, etalase::app::Screen::Products);
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.state().list.selected().is_empty());
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    h.run();
    assert_eq!(h.state().list.selected().len(), 15);
    assert!(h.query_all_by_label_contains("15 selected").count() >= 1);
    // A plain click still opens the product.
    h.key_press(egui::Key::Escape);
    h.run();
    click_name(&mut h, "Organic Red Rice", Modifiers::NONE);
    assert_eq!(h.state().screen, etalase::app::Screen::Editor);
}

#[test]
fn a_bulk_delete_asks_once_and_undo_brings_every_product_back() {
    let (_dir, mut h) = with_sample(Lang::En);
    h.run();
    for (name, _, _) in FIVE.iter().take(3) {
        click_name(&mut h, name, Modifiers::COMMAND);
    }
    let bag_before = h
        .state()
        .catalogue
        .products
        .iter()
        .find(|p| p.sku == "AIK-ANY-01")
        .cloned()
        .unwrap();
    h.get_by_label("Delete…").click();
    h.run();
    h.get_by_label("Delete 3 products?");
    h.get_by_label("Yes, delete it").click();
    h.run();
    assert_eq!(h.state().catalogue.products.len(), 12);
    assert!(common::price_of(&h, "AIK-ANY-01").is_none());
    h.get_by_label_contains("Deleted 3 products");
    h.get_by_label("Undo").click();
    h.run();
    assert_eq!(h.state().catalogue.products.len(), 15);
    assert_eq!(common::price_of(&h, "AIK-ANY-01"), Some(95_000));
    // Back exactly as it was: id, texts, photos, halal data and all.
    let bag = h
        .state()
        .store()
        .unwrap()
        .product_by_sku("AIK-ANY-01")
        .unwrap()
        .unwrap();
    assert_eq!(bag, bag_before);
}

#[test]
fn featured_hidden_and_category_for_many_at_once() {
    let (_dir, mut h) = with_sample(Lang::En);
    h.run();
    click_name(&mut h, "Organic Red Rice", Modifiers::COMMAND);
    click_name(&mut h, "Woven Bamboo Bag", Modifiers::COMMAND);
    h.get_by_label("Hide").click();
    h.run();
    h.get_by_label("Move to category…").click();
    h.run();
    click_button(&mut h, "Crafts");
    h.run();
    let crafts = h
        .state()
        .catalogue
        .categories
        .iter()
        .find(|c| c.name.en == "Crafts")
        .unwrap()
        .id;
    for sku in ["AIK-BRS-01", "AIK-ANY-01"] {
        let p = h
            .state()
            .store()
            .unwrap()
            .product_by_sku(sku)
            .unwrap()
            .unwrap();
        assert!(p.hidden, "{sku}");
        assert_eq!(p.category, crafts, "{sku}");
    }
    // Undo takes back the last change only (the category), the products stay hidden.
    h.get_by_label("Undo").click();
    h.run();
    let rice = h
        .state()
        .store()
        .unwrap()
        .product_by_sku("AIK-BRS-01")
        .unwrap()
        .unwrap();
    assert!(rice.hidden);
    assert_ne!(rice.category, crafts);
}

#[test]
fn removing_the_example_backs_up_first_and_keeps_the_users_own_product() {
    let (dir, mut h) = with_sample(Lang::Id);
    h.run();
    // The manager's own product, made beside the example.
    let own = {
        let app = h.state();
        let mut p = etalase::domain::Product::new(
            "KOP-AH-01",
            app.catalogue.categories[0].id,
            app.catalogue.producers[0].id,
        );
        p.name.id = "Kopi Al-Hikmah".into();
        app.store()
            .unwrap()
            .apply(&etalase::storage::ChangeSet {
                products: vec![p.clone()],
                ..Default::default()
            })
            .unwrap();
        p
    };
    h.state_mut().reload();
    h.get_by_label("Pengaturan").click();
    h.run();
    h.get_by_label("Hapus katalog contoh…").scroll_to_me();
    h.run();
    h.get_by_label("Hapus katalog contoh…").click();
    h.run();
    h.get_by_label_contains("15 produk contoh dan 3 pesantren contoh");
    h.get_by_label("Buat cadangan lalu hapus").click();
    h.step();
    common::finish_job(&mut h);
    let app = h.state();
    assert_eq!(app.catalogue.products.len(), 1);
    assert_eq!(app.catalogue.products[0].id, own.id);
    // The producer the own product uses stays; the other example pesantren go.
    assert_eq!(app.catalogue.producers.len(), 1);
    assert!(app.catalogue.settings.publisher_name.is_empty());
    let backups: Vec<_> = std::fs::read_dir(dir.path().join("backups"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .collect();
    let backup = backups
        .iter()
        .find(|n| n.starts_with("before-removing-example-"))
        .expect("a backup was made first");
    let checked = etalase::backup::check(&dir.path().join("backups").join(backup)).unwrap();
    assert_eq!(checked.manifest.counts.products, 16);
    h.get_by_label_contains("Katalog contoh sudah dihapus: 15 produk dan 3 pesantren");
    // Nothing is left to remove.
    assert!(h.query_by_label("Hapus katalog contoh…").is_none());
}

#[test]
fn a_new_products_fields_speak_once_left_and_the_form_shows_it_is_unsaved() {
    let (_dir, mut h) = with_sample(Lang::Id);
    h.run();
    h.get_by_label("Produk baru").click();
    h.run();
    assert_eq!(h.query_all_by_label("Wajib diisi.").count(), 0);
    assert!(h.query_by_label("● belum disimpan").is_none());
    h.get_by_label("Harga (rupiah)").focus();
    h.run();
    common::type_keys(&mut h, "47500");
    // Typed as people type; the field is still being typed in, so nothing speaks yet.
    assert_eq!(h.query_all_by_label("Wajib diisi.").count(), 0);
    h.get_by_label("● belum disimpan");
    assert!(!h.get_by_label("Simpan").accesskit_node().is_disabled());
    h.key_press(egui::Key::Tab);
    h.run();
    // Left, the amount reads grouped.
    assert_eq!(
        h.get_by_label("Harga (rupiah)").value().as_deref(),
        Some("Rp 47.500")
    );
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    h.run();
    // Save speaks for every required field, and nothing was written.
    assert!(h.query_all_by_label("Wajib diisi.").count() >= 2);
    assert_eq!(h.state().catalogue.products.len(), 15);
}

#[test]
fn a_certificate_date_is_picked_from_the_calendar() {
    let (_dir, mut h) = with_sample(Lang::Id);
    h.run();
    let coffee = h
        .state()
        .catalogue
        .products
        .iter()
        .find(|p| p.sku == "BAL-KOP-01")
        .unwrap()
        .id;
    h.state_mut().apply(Command::Open(coffee));
    h.run();
    let field = h.get_by_label("Tanggal terbit");
    field.scroll_to_me();
    h.run();
    let before = h.get_by_label("Tanggal terbit").value().unwrap_or_default();
    // The first "Kalender" button belongs to the issue date.
    h.query_all_by_label("Kalender").next().unwrap().click();
    h.run();
    h.get_by_label("Bulan sebelumnya").click();
    h.run();
    h.get_by_label("15").click();
    h.run();
    let after = h.get_by_label("Tanggal terbit").value().unwrap();
    assert_ne!(after, before);
    assert!(after.ends_with("-15"), "{after}");
    h.get_by_label("● belum disimpan");
}

#[test]
fn without_a_save_dialog_the_csv_goes_into_documents() {
    let (dir, mut h) = with_sample(Lang::En);
    let documents = dir.path().join("Documents");
    h.state_mut().documents_dir = Some(documents.clone());
    h.state_mut()
        .no_dialog(etalase::app::jobs::Purpose::ExportCsv);
    h.run();
    h.get_by_label_contains("etalase export csv");
    h.get_by_label_contains("Save as etalase-products-").click();
    h.step();
    common::finish_job(&mut h);
    let files: Vec<_> = std::fs::read_dir(&documents).unwrap().flatten().collect();
    assert_eq!(files.len(), 1);
    let text = std::fs::read_to_string(files[0].path()).unwrap();
    assert!(text.contains("BAL-KTP-01"));
    h.get_by_label("Open its folder");
}

#[test]
fn a_status_remark_fades_after_some_seconds() {
    let (_dir, mut h) = with_sample(Lang::En);
    h.run();
    h.state_mut().say("Saved.".into());
    h.run();
    h.get_by_label("Saved.");
    let start = h.state().clock;
    while h.state().clock - start < etalase::app::NOTICE_SECONDS + 0.5 {
        h.step();
    }
    h.run();
    assert!(h.query_by_label("Saved.").is_none());
    assert!(h.state().notice.is_none());
}

#[test]
fn the_cached_catalogue_stays_what_the_store_holds() {
    let (_dir, mut h) = with_sample(Lang::En);
    h.run();
    let id_of = |h: &Harness<'_, EtalaseApp>, sku: &str| {
        h.state()
            .catalogue
            .products
            .iter()
            .find(|p| p.sku == sku)
            .unwrap()
            .id
    };
    // A new SKU that sorts first, an edit in place, a bulk change, a delete and its undo.
    let rice = id_of(&h, "AIK-BRS-01");
    let app = h.state_mut();
    app.apply(Command::Open(rice));
    let editor = app.editor.as_mut().unwrap();
    editor.draft.sku = "AAA-01".into();
    editor.draft.name.en = "Brown Rice Organic".into();
    app.apply(Command::Save);
    let coffee = id_of(&h, "BAL-KOP-01");
    let app = h.state_mut();
    app.apply(Command::Open(coffee));
    app.editor.as_mut().unwrap().draft.price = "47.500".into();
    app.apply(Command::Save);
    app.apply(Command::Leave(etalase::app::After::Products));
    app.apply(Command::ToggleSelect(rice));
    app.apply(Command::ToggleSelect(coffee));
    app.apply(Command::BulkEdit(etalase::app::bulk::BulkEdit::Featured(
        true,
    )));
    app.apply(Command::AskBulkDelete);
    app.apply(Command::BulkDelete);
    app.apply(Command::Undo);
    let app = h.state_mut();
    let cached = app.catalogue.products.clone();
    let stored = app.store().unwrap().products().unwrap();
    assert_eq!(cached, stored);
    assert_eq!(cached[0].sku, "AAA-01");
    // The search index followed: the new English name is found, the old SKU is not.
    let search = |app: &mut etalase::app::EtalaseApp, query: &str| {
        let mut filters = app.list.filters().clone();
        filters.query = query.into();
        app.apply(Command::Filter(filters));
        app.refresh_visible();
        app.list.visible().len()
    };
    assert_eq!(search(app, "brown rice"), 1);
    assert_eq!(search(app, "AIK-BRS"), 0);
}

#[test]
fn producer_and_settings_fields_keep_every_key_while_messages_come_and_go() {
    let (_dir, mut h) = with_sample(Lang::Id);
    h.run();
    common::click_control(&mut h, "Produsen");
    h.get_by_label("Produsen baru").click();
    h.run();
    // A new producer says nothing before the user starts.
    assert!(h.query_by_label("Wajib diisi.").is_none());
    focus_field(&mut h, "Nomor WhatsApp");
    // "0812 x" is not a number mid-word; the message may come once the field is left, and the
    // keys after it are all kept.
    common::type_keys(&mut h, "0812x");
    h.key_press(egui::Key::Backspace);
    common::type_keys(&mut h, "-3456-7890");
    focus_field(&mut h, "Nama pesantren");
    common::type_keys(&mut h, "Pondok Pesantren Al-Hikmah Tuban");
    focus_field(&mut h, "Kota/kabupaten");
    common::type_keys(&mut h, "Kab. Tuban");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    h.run();
    let app = h.state();
    let saved = app
        .catalogue
        .producers
        .iter()
        .find(|p| p.city == "Kab. Tuban")
        .expect("the producer was saved");
    assert_eq!(saved.pesantren, "Pondok Pesantren Al-Hikmah Tuban");
    assert_eq!(saved.whatsapp, "6281234567890");

    common::click_control(&mut h, "Pengaturan");
    focus_field(&mut h, "Nama koperasi atau lembaga");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    // Emptied, the required name speaks; the next keys still land.
    h.key_press(egui::Key::Backspace);
    h.run();
    common::type_keys(&mut h, "Kopontren Al-Hikmah");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert_eq!(
        h.state().catalogue.settings.publisher_name,
        "Kopontren Al-Hikmah"
    );
}

#[test]
fn undo_is_offered_for_the_last_change_only() {
    let (_dir, mut h) = with_sample(Lang::En);
    h.run();
    click_name(&mut h, "Organic Red Rice", Modifiers::COMMAND);
    h.get_by_label("Feature").click();
    h.run();
    h.get_by_label("Undo");
    // Another save (here from the editor) takes the offer back: Undo would otherwise undo
    // something other than what the user just did.
    click_name(&mut h, "Woven Bamboo Bag", Modifiers::NONE);
    focus_field(&mut h, "Net content");
    common::type_keys(&mut h, " anyaman");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::S);
    h.run();
    assert!(h.state().undo.is_none());
    assert!(h.query_by_label("Undo").is_none());
}
