//! The desktop window driven through its accessibility tree (egui_kittest): first start, create,
//! edit in both languages, search and filter, language switch, delete and undo, and the guard on
//! unsaved changes. No display or GPU needed.

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use etalase::app::{EtalaseApp, Prefs, Screen};
use etalase::domain::Lang;
use std::path::Path;

fn harness(data: &Path, lang: Lang) -> Harness<'static, EtalaseApp> {
    let app = common::app(&data.join("store"), Prefs::new(lang));
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        // Dialogs fade in and out over a few frames.
        .with_max_steps(32)
        .build_ui_state(|ui, app: &mut EtalaseApp| app.frame(ui), app)
}

fn with_sample(lang: Lang) -> (tempfile::TempDir, Harness<'static, EtalaseApp>) {
    let dir = common::sample_data();
    let h = harness(dir.path(), lang);
    (dir, h)
}

/// Focuses the field with this label and types at the end of its text.
fn type_into(h: &mut Harness<'_, EtalaseApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    common::type_keys(h, text);
}

/// Focuses the field with this label and replaces its whole text.
fn replace_text(h: &mut Harness<'_, EtalaseApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    common::type_keys(h, text);
}

#[test]
fn first_start_offers_the_example_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::En);
    h.run();
    assert_eq!(h.state().screen, Screen::Welcome);
    type_into(
        &mut h,
        "Name of your cooperative or office",
        "Kopontren Al-Hikmah",
    );
    h.get_by_label("Load the example catalogue").click();
    h.step();
    // Drawn and stored in the background, with a progress dialog meanwhile.
    assert!(h.state().busy());
    common::finish_job(&mut h);
    assert_eq!(h.state().screen, Screen::Products);
    h.get_by_label_contains("15 products");
    h.get_by_label("Dampit Robusta Ground Coffee");
    // Every example product has its illustration.
    let store = h.state().store().unwrap();
    for p in store.products().unwrap() {
        assert_eq!(p.photos.len(), 1, "{}", p.sku);
        assert!(store.has_photo(p.photos[0]).unwrap());
    }
    let settings = h.state().store().unwrap().settings().unwrap();
    assert_eq!(settings.publisher_name, "Kopontren Al-Hikmah");
}

#[test]
fn starting_empty_needs_the_publisher_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = harness(dir.path(), Lang::Id);
    h.run();
    h.get_by_label("Mulai dengan katalog kosong").click();
    h.run();
    h.get_by_label("Isi dulu nama koperasi Anda.");
    type_into(
        &mut h,
        "Nama koperasi atau lembaga Anda",
        "Kopontren Sidogiri",
    );
    h.get_by_label("Mulai dengan katalog kosong").click();
    h.run();
    assert_eq!(h.state().screen, Screen::Products);
    h.get_by_label_contains("Belum ada produk");
}

#[test]
fn search_finds_an_english_name_while_the_ui_is_in_indonesian() {
    let (_dir, mut h) = with_sample(Lang::Id);
    h.run();
    type_into(&mut h, "Cari", "ground coffee");
    assert_eq!(h.state().list.visible().len(), 1);
    h.get_by_label("Kopi Robusta Dampit Bubuk");
    assert!(h.query_by_label("Madu Hutan Randu").is_none());
    h.get_by_label_contains("1 dari 15 ditampilkan");
    // Enter in the search field opens the match.
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(h.state().screen, Screen::Editor);
    let editor = h.state().editor.as_ref().unwrap();
    assert_eq!(editor.draft.name.en, "Dampit Robusta Ground Coffee");
}

#[test]
fn switching_language_relabels_everything() {
    let (_dir, mut h) = with_sample(Lang::Id);
    h.run();
    h.get_by_label("Produk baru");
    h.get_by_label("EN").click();
    h.run();
    h.get_by_label("New product");
    h.get_by_label("Search");
    h.get_by_label("Dampit Robusta Ground Coffee");
    h.get_by_label("IDR 45,000");
    assert!(h.query_by_label("Produk baru").is_none());
    assert_eq!(h.state().prefs.lang, Lang::En);
}

#[test]
fn editing_price_and_english_description_is_saved() {
    let (_dir, mut h) = with_sample(Lang::Id);
    h.run();
    h.get_by_label("Kopi Robusta Dampit Bubuk").click();
    h.run();
    assert_eq!(h.state().screen, Screen::Editor);
    replace_text(&mut h, "Harga (rupiah)", "Rp 47.500");
    type_into(&mut h, "Deskripsi (Inggris)", " Roasted weekly.");
    h.get_by_label("Simpan").click();
    h.run();
    assert_eq!(common::price_of(&h, "BAL-KOP-01"), Some(47_500));
    let p = h
        .state()
        .store()
        .unwrap()
        .product_by_sku("BAL-KOP-01")
        .unwrap()
        .unwrap();
    assert!(
        p.description.en.ends_with("Roasted weekly."),
        "{}",
        p.description.en
    );
    h.get_by_label("← Kembali ke daftar produk").click();
    h.run();
    h.get_by_label("Rp 47.500");
}

#[test]
fn a_trademark_typed_key_by_key_is_saved_and_an_odd_number_is_named() {
    let (_dir, mut h) = with_sample(Lang::Id);
    h.run();
    // The rice's brand is not filed yet in the example.
    h.get_by_label("Beras Merah Organik").click();
    h.run();
    h.get_by_label("Merek (DJKI)").scroll_to_me();
    h.run();
    h.get_by_label("Merek (DJKI)").click();
    h.run();
    h.get_by_label("Sudah terdaftar").click();
    h.run();
    // A number typed half way is named once the field is left, and typing on clears it.
    let number = "Nomor merek (IDM… atau nomor permohonan DID…)";
    type_into(&mut h, number, "IDM00112");
    h.get_by_label("Nomor SNI (bila ada)").focus();
    h.run();
    h.get_by_label_contains("Nomor merek biasanya IDM + 9 angka");
    type_into(&mut h, number, "2377");
    type_into(&mut h, "Nomor SNI (bila ada)", "SNI 6128:2020");
    assert!(h.query_by_label_contains("Nomor merek biasanya").is_none());
    h.get_by_label("Simpan").click();
    h.run();
    let p = h
        .state()
        .store()
        .unwrap()
        .product_by_sku("AIK-BRS-01")
        .unwrap()
        .unwrap();
    assert_eq!(
        p.trademark,
        etalase::domain::Trademark {
            status: etalase::domain::TrademarkStatus::Registered,
            number: "IDM001122377".into(),
        }
    );
    assert_eq!(p.sni, "SNI 6128:2020");
}

#[test]
fn renaming_in_indonesian_keeps_every_key_while_the_stale_english_notice_appears() {
    // The first changed character of the Indonesian text brings up "the English text may be out
    // of date" above the fields; every later key must still land in the same field.
    let (_dir, mut h) = with_sample(Lang::Id);
    h.run();
    h.get_by_label("Keripik Tempe Original").click();
    h.run();
    type_into(&mut h, "Nama (Indonesia)", " Pedas");
    h.get_by_label_contains("Teks bahasa Inggris");
    type_into(&mut h, "Deskripsi (Indonesia)", " Tersedia level 1-5.");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    let p = h
        .state()
        .store()
        .unwrap()
        .product_by_sku("BAL-KTP-01")
        .unwrap()
        .unwrap();
    assert_eq!(p.name.id, "Keripik Tempe Original Pedas");
    assert!(
        p.description.id.ends_with("oleh-oleh. Tersedia level 1-5."),
        "{}",
        p.description.id
    );
}

#[test]
fn a_new_product_is_created_with_validation_first() {
    let (_dir, mut h) = with_sample(Lang::En);
    h.run();
    h.get_by_label("New product").click();
    h.run();
    // Nothing is wrong before the user starts, and there is nothing to save yet.
    assert_eq!(h.query_all_by_label("Required.").count(), 0);
    assert!(h.get_by_label("Save").accesskit_node().is_disabled());
    type_into(&mut h, "SKU", "BAL-KTP-01");
    // While the field is being typed in, it does not speak; once left, it does.
    assert!(
        h.query_by_label("Another product already uses this SKU.")
            .is_none()
    );
    h.key_press(egui::Key::Tab);
    h.run();
    h.get_by_label("Another product already uses this SKU.");
    assert_eq!(h.query_all_by_label("Required.").count(), 0);
    // Save speaks for every field.
    h.get_by_label("Save").click();
    h.run();
    assert!(h.query_all_by_label("Required.").count() >= 2);
    type_into(&mut h, "SKU", "X");
    type_into(&mut h, "Name (Indonesian)", "Rengginang Lorjuk");
    type_into(&mut h, "Name (English)", "Razor Clam Rice Crackers");
    type_into(&mut h, "Price (rupiah)", "Rp 20.000");
    h.get_by_label("Category").click();
    h.run();
    h.get_by_label("Food & Snacks").click();
    h.run();
    h.get_by_label("Producer").click();
    h.run();
    h.get_by_label("Pondok Pesantren Darul Falah Sumenep")
        .click();
    h.run();
    h.get_by_label("Save").click();
    h.run();
    assert_eq!(common::price_of(&h, "BAL-KTP-01X"), Some(20_000));
    assert_eq!(h.state().catalogue.products.len(), 16);
}

#[test]
fn delete_asks_once_and_undo_brings_it_back() {
    let (_dir, mut h) = with_sample(Lang::En);
    h.run();
    type_into(&mut h, "Search", "honey");
    h.get_by_label("Kapok Blossom Forest Honey").click();
    h.run();
    h.get_by_label("Delete").click();
    h.run();
    h.get_by_label("Delete product?");
    h.get_by_label("Yes, delete it").click();
    h.run();
    assert_eq!(h.state().screen, Screen::Products);
    assert_eq!(common::price_of(&h, "NHM-MDU-01"), None);
    assert!(h.query_by_label("Kapok Blossom Forest Honey").is_none());
    h.get_by_label("Undo").click();
    h.run();
    assert_eq!(common::price_of(&h, "NHM-MDU-01"), Some(85_000));
    h.get_by_label("Kapok Blossom Forest Honey");
}

#[test]
fn leaving_with_unsaved_changes_asks_first() {
    let (_dir, mut h) = with_sample(Lang::En);
    h.run();
    h.get_by_label("Olive and Black Seed Soap").click();
    h.run();
    type_into(&mut h, "Net content", " x 2");
    h.get_by_label("← Back to products").click();
    h.run();
    h.get_by_label("Unsaved changes");
    h.get_by_label("Keep editing").click();
    h.run();
    assert_eq!(h.state().screen, Screen::Editor);
    h.get_by_label("← Back to products").click();
    h.run();
    h.get_by_label("Discard changes").click();
    h.run();
    assert_eq!(h.state().screen, Screen::Products);
    let p = h
        .state()
        .store()
        .unwrap()
        .product_by_sku("NHM-SBN-01")
        .unwrap()
        .unwrap();
    assert_eq!(p.net_content, "100 g", "nothing was saved");
}

#[test]
fn closing_the_window_with_unsaved_changes_is_caught() {
    let (_dir, mut h) = with_sample(Lang::En);
    h.run();
    h.get_by_label("Olive and Black Seed Soap").click();
    h.run();
    type_into(&mut h, "Net content", " x 2");
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.step();
    // The harness keeps viewport events until told otherwise; a real window sends one.
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .clear();
    h.run();
    h.get_by_label("Unsaved changes");
    h.get_by_label("Save changes").click();
    h.run();
    assert!(h.state().allow_close);
    let p = h
        .state()
        .store()
        .unwrap()
        .product_by_sku("NHM-SBN-01")
        .unwrap()
        .unwrap();
    assert_eq!(p.net_content, "100 g x 2");
}

#[test]
fn a_producer_in_use_cannot_be_deleted_and_says_by_whom() {
    let (_dir, mut h) = with_sample(Lang::En);
    h.run();
    common::click_control(&mut h, "Producers");
    assert_eq!(h.state().screen, Screen::Producers);
    h.get_by_label_contains("Pondok Pesantren Baitul A'la")
        .click();
    h.run();
    h.get_by_label_contains("Used by 3 products");
    h.get_by_label_contains("Dampit Robusta Ground Coffee");
    assert!(h.get_by_label("Delete").accesskit_node().is_disabled());
    // A new producer, saved, then deleted: nothing uses it.
    h.get_by_label("New producer").click();
    h.run();
    // Silent before the user starts; Save speaks for the empty name.
    assert!(h.query_by_label("Required.").is_none());
    type_into(&mut h, "City or regency", "Kab. Sumenep");
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label("Required.");
    type_into(
        &mut h,
        "Pesantren name",
        "Pondok Pesantren Al-Amien Prenduan",
    );
    type_into(&mut h, "WhatsApp number", "0812 abc");
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label_contains("Write a mobile number");
    replace_text(&mut h, "WhatsApp number", "0812-3300-4400");
    h.get_by_label("Save").click();
    h.run();
    let stored = h
        .state()
        .store()
        .unwrap()
        .producer_by_name("Pondok Pesantren Al-Amien Prenduan");
    assert_eq!(stored.unwrap().unwrap().whatsapp, "6281233004400");
    h.get_by_label("Delete").click();
    h.run();
    h.get_by_label("Yes, delete it").click();
    h.run();
    let gone = h
        .state()
        .store()
        .unwrap()
        .producer_by_name("Pondok Pesantren Al-Amien Prenduan");
    assert!(gone.unwrap().is_none());
}

#[test]
fn categories_are_renamed_reordered_and_a_used_one_stays() {
    let (_dir, mut h) = with_sample(Lang::Id);
    h.run();
    let before = h.state().store().unwrap().categories().unwrap().len();
    common::click_control(&mut h, "Kategori");
    assert_eq!(h.state().screen, Screen::Categories);
    // The first category holds products, so it cannot be removed, and the row says by whom.
    let first = h.query_all_by_label("Hapus").next().unwrap();
    assert!(first.accesskit_node().is_disabled());
    h.get_by_label_contains("Keripik Tempe Original");
    h.get_by_label("Tambah kategori").click();
    h.run();
    h.get_by_label("Simpan").click();
    h.run();
    assert!(h.query_all_by_label("Wajib diisi.").count() >= 2);
    let last = h.state().categories_form.as_ref().unwrap().draft.rows.len() - 1;
    h.query_all_by_label("Nama Indonesia")
        .nth(last)
        .unwrap()
        .focus();
    h.run();
    common::type_keys(&mut h, "Oleh-oleh");
    h.run();
    h.query_all_by_label("Nama Inggris")
        .nth(last)
        .unwrap()
        .focus();
    h.run();
    common::type_keys(&mut h, "Souvenirs");
    h.run();
    h.query_all_by_label("Naikkan").nth(last).unwrap().click();
    h.run();
    h.get_by_label("Simpan").click();
    h.run();
    let mut cats = h.state().store().unwrap().categories().unwrap();
    cats.sort_by_key(|c| c.sort_order);
    assert_eq!(cats.len(), before + 1);
    assert_eq!(cats[before - 1].name.en, "Souvenirs", "moved up one place");
    assert_eq!(cats[before].sort_order, (before as u32 + 1) * 10);
}

#[test]
fn settings_keep_the_publisher_and_refuse_a_bad_deadline() {
    let (_dir, mut h) = with_sample(Lang::En);
    h.run();
    common::click_control(&mut h, "Settings");
    replace_text(
        &mut h,
        "Deadline for mandatory halal certification",
        "2026-02-30",
    );
    h.get_by_label("Save").click();
    h.run();
    h.get_by_label_contains("Write a date");
    replace_text(
        &mut h,
        "Deadline for mandatory halal certification",
        "2027-10-17",
    );
    replace_text(
        &mut h,
        "Name of the cooperative or office",
        "Kopontren Sidogiri",
    );
    h.get_by_label("Save").click();
    h.run();
    let s = h.state().store().unwrap().settings().unwrap();
    assert_eq!(s.publisher_name, "Kopontren Sidogiri");
    assert_eq!(s.halal_deadline.to_string(), "2027-10-17");
    h.get_by_label("Indonesian").click();
    h.run();
    assert!(
        h.query_all_by_label("Pengaturan").count() >= 2,
        "tab and heading"
    );
    assert_eq!(h.state().prefs.lang, Lang::Id);
}

/// Carries out a command the way the window does after a frame, then waits for the background
/// job it starts (a file chosen in a dialog leads to these commands).
fn run_command(h: &mut Harness<'_, EtalaseApp>, command: etalase::app::Command) {
    h.state_mut().apply(command);
    common::finish_job(h);
}

#[test]
fn a_csv_import_is_previewed_then_saved_and_bad_rows_are_named() {
    let (dir, mut h) = with_sample(Lang::En);
    h.run();
    let before = h.state().catalogue.products.len();
    let csv = dir.path().join("kiriman.csv");
    std::fs::write(
        &csv,
        "sku,name_id,name_en,category,price,producer\n\
         BAL-KTP-01,Keripik Tempe Original,Original Tempeh Chips,Makanan & Camilan,17.500,Pondok Pesantren Baitul A'la\n\
         NEW-01,Sambal Bawang,Shallot Sambal,Makanan & Camilan,\"Rp 22.000\",Ponpes Baru Sejahtera\n\
         NEW-02,Madu Hutan,Forest Honey,Makanan & Camilan,dua puluh ribu,Ponpes Baru Sejahtera\n",
    )
    .unwrap();
    run_command(&mut h, etalase::app::Command::ImportFrom(csv.clone()));
    // Nothing is written before the user agrees.
    assert!(h.state().import_preview.is_some());
    assert!(
        h.state()
            .store()
            .unwrap()
            .product_by_sku("NEW-01")
            .unwrap()
            .is_none()
    );
    h.get_by_label("Import from kiriman.csv");
    h.get_by_label_contains("NEW-02");
    h.get_by_label_contains("Ponpes Baru Sejahtera");
    common::click_control(&mut h, "Import 2 products");
    common::finish_job(&mut h);
    h.get_by_label("Import finished");
    h.get_by_label_contains("1 rows were refused");
    assert_eq!(common::price_of(&h, "NEW-01"), Some(22_000));
    assert_eq!(common::price_of(&h, "BAL-KTP-01"), Some(17_500));
    assert!(
        h.state()
            .store()
            .unwrap()
            .product_by_sku("NEW-02")
            .unwrap()
            .is_none()
    );
    assert_eq!(h.state().catalogue.products.len(), before + 1);
    common::click_control(&mut h, "Close");
    assert!(h.state().finished.is_none());
    h.get_by_label("Shallot Sambal");
}

#[test]
fn a_malformed_csv_is_refused_in_indonesian_and_changes_nothing() {
    let (dir, mut h) = with_sample(Lang::Id);
    h.run();
    let before = h.state().catalogue.products.len();
    let csv = dir.path().join("rusak.csv");
    std::fs::write(&csv, "kode;nama\nA;B\n").unwrap();
    run_command(&mut h, etalase::app::Command::ImportFrom(csv.clone()));
    assert!(h.state().import_preview.is_none());
    h.get_by_label("Tidak berhasil");
    h.get_by_label_contains("rusak.csv tidak memiliki kolom wajib");
    common::click_control(&mut h, "Tutup");
    assert_eq!(h.state().store().unwrap().products().unwrap().len(), before);
}

#[test]
fn export_writes_the_filtered_products_and_imports_back() {
    let (dir, mut h) = with_sample(Lang::En);
    h.run();
    type_into(&mut h, "Search", "keripik");
    let shown = h.state().list.visible().len();
    assert!(shown > 0 && shown < h.state().catalogue.products.len());
    let out = dir.path().join("keripik.csv");
    run_command(&mut h, etalase::app::Command::ExportTo(out.clone()));
    h.get_by_label("Export finished");
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(
        text.lines().count(),
        shown + 1,
        "header and one row per product shown"
    );
    assert!(text.to_lowercase().contains("keripik"));
    // What was exported comes back unchanged.
    run_command(&mut h, etalase::app::Command::ImportFrom(out.clone()));
    let preview = h.state().import_preview.as_ref().unwrap();
    assert_eq!(preview.plan.report.unchanged, shown);
    assert!(!preview.changes_anything());
}

/// A file as the window system hands it over when dropped.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// Drops these files on the window, as a file manager does, and waits for what that starts.
fn drop_files<const N: usize>(h: &mut Harness<'_, EtalaseApp>, paths: [std::path::PathBuf; N]) {
    h.input_mut()
        .dropped_files
        .extend(paths.map(|p| std::sync::Arc::new(Dropped(p)) as egui::DroppedFileHandle));
    h.step();
    common::finish_job(h);
}

#[test]
fn a_csv_dropped_on_the_list_is_previewed() {
    let (dir, mut h) = with_sample(Lang::Id);
    h.run();
    let csv = dir.path().join("Daftar Produk.CSV");
    std::fs::write(
        &csv,
        "sku,name_id,category,price,producer\nX-1,Dodol Apel,Makanan & Camilan,12000,PP Baru\n",
    )
    .unwrap();
    let photo = dir.path().join("foto.jpg");
    std::fs::write(&photo, b"not a csv").unwrap();
    drop_files(&mut h, [photo, csv]);
    h.get_by_label("Impor dari Daftar Produk.CSV");
    common::click_control(&mut h, "Impor 1 produk");
    common::finish_job(&mut h);
    assert_eq!(common::price_of(&h, "X-1"), Some(12_000));
}

#[test]
fn photos_dropped_on_the_editor_are_added_and_a_broken_one_is_named() {
    let (dir, mut h) = with_sample(Lang::En);
    h.run();
    h.get_by_label("Olive and Black Seed Soap").click();
    h.run();
    h.get_by_label("No photos yet.");
    let img = image::RgbImage::from_fn(900, 600, |x, _| {
        image::Rgb(if x < 450 {
            [200, 40, 40]
        } else {
            [40, 40, 200]
        })
    });
    let good = dir.path().join("sabun.jpg");
    let sideways = dir.path().join("sabun-miring.jpg");
    let broken = dir.path().join("rusak.jpg");
    let jpeg = etalase::photos::encode_jpeg(&img, 90);
    std::fs::write(&good, &jpeg).unwrap();
    std::fs::write(&sideways, etalase::photos::with_exif_orientation(&jpeg, 6)).unwrap();
    std::fs::write(&broken, &jpeg[..jpeg.len() / 2]).unwrap();
    drop_files(&mut h, [good, broken, sideways]);
    h.get_by_label("One photo could not be used");
    h.get_by_label_contains("rusak.jpg: the photo file is damaged or incomplete");
    common::click_control(&mut h, "Close");
    // Let the dialog finish fading out before clicking what was behind it.
    h.run_steps(10);
    // In the order dropped, the broken one left out.
    let added = h.state().editor.as_ref().unwrap().draft.photos.clone();
    assert_eq!(added.len(), 2);
    let sideways_id = added[1];
    // The second photo becomes the cover, then the product is saved.
    common::click_control(&mut h, "Make cover");
    assert_eq!(
        h.state().editor.as_ref().unwrap().draft.photos,
        vec![added[1], added[0]]
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    let stored = h
        .state()
        .store()
        .unwrap()
        .product_by_sku("NHM-SBN-01")
        .unwrap()
        .unwrap();
    assert_eq!(stored.photos.len(), 2);
    assert_eq!(stored.photos[0], sideways_id);
    let size = h
        .state()
        .store()
        .unwrap()
        .photo_size(sideways_id)
        .unwrap()
        .unwrap();
    assert_eq!((size.width, size.height), (600, 900), "stored upright");
    // The photos show once decoded.
    for _ in 0..400 {
        h.step();
        if h.state().thumbs.idle() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    h.run();
    h.get_by_label("Photo 1 of 2");
    h.get_by_label("Photo 2 of 2");

    // A click on the cover marks its subject: a quarter from the left, a fifth from the top.
    let cover = h.get_by_label("Photo 1: click its subject").rect();
    let at = cover.min + egui::vec2(cover.width() * 0.25, cover.height() * 0.2);
    h.hover_at(at);
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::default(),
        });
    }
    h.run();
    let draft = &h.state().editor.as_ref().unwrap().draft;
    let focus = draft.focus_of(sideways_id);
    assert!(
        (24..=26).contains(&focus.x) && (19..=21).contains(&focus.y),
        "{focus:?}"
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    let stored = h
        .state()
        .store()
        .unwrap()
        .product_by_sku("NHM-SBN-01")
        .unwrap()
        .unwrap();
    assert_eq!(stored.focus_of(sideways_id), focus, "kept when saved");

    // A photo added and then cancelled does not stay in the store.
    let before = h.state().store().unwrap().photo_ids().unwrap().len();
    let other = dir.path().join("lain.png");
    image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(
        300,
        200,
        image::Rgb([9, 99, 9]),
    ))
    .save(&other)
    .unwrap();
    drop_files(&mut h, [other]);
    assert_eq!(
        h.state().store().unwrap().photo_ids().unwrap().len(),
        before + 1
    );
    common::click_control(&mut h, "Cancel");
    assert_eq!(
        h.state().store().unwrap().photo_ids().unwrap().len(),
        before
    );
}

#[test]
fn a_producer_logo_dropped_on_the_profile_is_kept_after_saving() {
    let (dir, mut h) = with_sample(Lang::Id);
    h.run();
    common::click_control(&mut h, "Produsen");
    h.get_by_label_contains("Pondok Pesantren Baitul A'la")
        .click();
    h.run();
    let logo = dir.path().join("logo.png");
    let circle = image::RgbaImage::from_fn(200, 200, |x, y| {
        let inside = (x as i32 - 100).pow(2) + (y as i32 - 100).pow(2) < 90 * 90;
        image::Rgba(if inside {
            [31, 111, 74, 255]
        } else {
            [0, 0, 0, 0]
        })
    });
    image::DynamicImage::ImageRgba8(circle).save(&logo).unwrap();
    drop_files(&mut h, [logo]);
    let chosen = h.state().producer_form.as_ref().unwrap().draft.logo;
    assert!(chosen.is_some());
    h.get_by_label("Lepas logo");
    h.get_by_label("Simpan").click();
    h.run();
    let stored = h
        .state()
        .store()
        .unwrap()
        .producers()
        .unwrap()
        .into_iter()
        .find(|p| p.pesantren == "Pondok Pesantren Baitul A'la")
        .unwrap();
    assert_eq!(stored.logo, chosen);
}

#[test]
fn the_compliance_screen_names_each_problem_and_opens_the_product() {
    let (dir, mut h) = with_sample(Lang::Id);
    h.run();
    common::click_control(&mut h, "Kepatuhan");
    assert_eq!(h.state().screen, Screen::Compliance);
    // The example honey's certificate expired in 2022: its group tile counts it.
    common::click_control(&mut h, "1  Sertifikat kedaluwarsa");
    h.get_by_label_contains("sudah habis masa berlakunya");
    let out = dir.path().join("kepatuhan.csv");
    h.state_mut()
        .apply(etalase::app::Command::ExportComplianceTo(out.clone()));
    h.run();
    let csv = std::fs::read_to_string(&out).unwrap();
    assert!(
        csv.lines()
            .any(|l| l.starts_with("NHM-MDU-01,") && l.contains(",expired,"))
    );
    assert!(
        csv.lines()
            .any(|l| l.starts_with("BAL-SMB-01,") && l.contains(",mandatory_missing,"))
    );
    h.get_by_label_contains("Daftar kepatuhan (");
    common::click_control(&mut h, "Tutup");
    h.run_steps(10);
    // A second click on the tile shows every group again; sorted by SKU on a click of its
    // heading (the not-required batik and basketry are listed too).
    common::click_control(&mut h, "1  Sertifikat kedaluwarsa");
    common::click_control(&mut h, "SKU");
    let view = &h.state().compliance;
    let first = &h.state().catalogue.products[view.rows[view.shown[0]].product];
    assert_eq!(first.sku, "AIK-ANY-01");
    // The honey has several rows now (expired, must be certified, PIRT); any opens it.
    h.query_all_by_label("Madu Hutan Randu")
        .next()
        .unwrap()
        .click();
    h.run();
    assert_eq!(h.state().screen, Screen::Editor);
}

#[test]
fn certified_products_wear_the_drawn_badge_and_producers_show_what_is_missing() {
    let (_dir, mut h) = with_sample(Lang::En);
    h.run();
    // The badge carries the word, the Arabic and the number; the expired honey shows none.
    let badges: Vec<String> = h
        .query_all_by_label_contains("HALAL حلال ")
        .map(|n| n.accesskit_node().value().unwrap_or_default().to_string())
        .collect();
    assert!(!badges.is_empty(), "no halal badge on the list");
    assert!(
        badges
            .iter()
            .all(|b| b.contains(" ID") || b.contains(" LPPOM-")),
        "{badges:?}"
    );
    h.get_by_label("Halal certificate expired");
    common::click_control(&mut h, "Compliance");
    common::click_control(&mut h, "Producer readiness");
    // The test catalogue has no photos: every producer misses that one at least.
    h.get_by_label_contains("Pondok Pesantren Darul Falah Sumenep  ·  6 of 8 requirements met");
    h.get_by_label_contains("Pondok Pesantren Al-Ikhlas Banyuwangi  ·  3 of 8 requirements met");
    h.get_by_label("the NIB “91200055512345” does not have 13 digits");
    // A line about a product opens it (scrolled to first: the checklists are long).
    h.get_by_label("NHM-MYK-01: no PIRT or BPOM number")
        .scroll_to_me();
    h.run();
    h.get_by_label("NHM-MYK-01: no PIRT or BPOM number").click();
    h.run();
    assert_eq!(h.state().screen, Screen::Editor);
    let form = h.state().editor.as_ref().expect("an open product");
    assert_eq!(form.base.sku, "NHM-MYK-01");
}

#[test]
fn the_producer_profile_lists_its_readiness_in_indonesian() {
    let (_dir, mut h) = with_sample(Lang::Id);
    h.run();
    common::click_control(&mut h, "Produsen");
    h.get_by_label_contains("Pondok Pesantren Nurul Huda Mojosari")
        .click();
    h.run();
    h.get_by_label("Kesiapan kurasi OPOP");
    // The test catalogue has no photos, so that requirement fails too.
    h.get_by_label("4 dari 8 syarat terpenuhi");
    h.get_by_label("NHM-MDU-01: belum ada foto");
    h.get_by_label("NHM-MDU-01: sertifikat halal sudah kedaluwarsa");
    h.get_by_label("NHM-MDU-01: izin PIRT sudah habis pada 2025");
}

#[test]
fn the_legal_identity_typed_key_by_key_completes_the_producers_readiness() {
    let (_dir, mut h) = with_sample(Lang::Id);
    h.run();
    common::click_control(&mut h, "Produsen");
    h.get_by_label_contains("Pondok Pesantren Darul Falah Sumenep")
        .click();
    h.run();
    h.get_by_label("NIK koperasi belum diisi");
    h.get_by_label("belum dijawab apakah pesantren terdaftar di Kemenag");
    type_into(
        &mut h,
        "Nomor badan hukum koperasi",
        "AHU-0002291.AH.01.26.TAHUN 2018",
    );
    // A NIK one digit short is named as the field is left, and kept typing goes on in the field.
    type_into(&mut h, "NIK koperasi (16 angka)", "352901002000881");
    h.get_by_label("Tahun berdiri").focus();
    h.run();
    h.get_by_label_contains("NIK koperasi terdiri dari 16 angka");
    type_into(&mut h, "NIK koperasi (16 angka)", "9");
    type_into(&mut h, "Jumlah anggota koperasi", "88");
    type_into(&mut h, "Jumlah santri yang terlibat", "35");
    type_into(&mut h, "Narahubung (nama)", "KH. Abdul Mun'im");
    type_into(&mut h, "Jabatan narahubung", "Ketua Kopontren");
    h.get_by_label("Terdaftar di Kemenag").click();
    h.run();
    h.get_by_label("Ya, sudah terdaftar").click();
    h.run();
    h.get_by_label("Simpan").click();
    h.run();
    let stored = h
        .state()
        .store()
        .unwrap()
        .producers()
        .unwrap()
        .into_iter()
        .find(|p| p.pesantren == "Pondok Pesantren Darul Falah Sumenep")
        .unwrap();
    assert_eq!(
        stored.legal,
        etalase::domain::LegalIdentity {
            legal_entity_number: "AHU-0002291.AH.01.26.TAHUN 2018".into(),
            nik_koperasi: "3529010020008819".into(),
            kemenag_registered: Some(true),
            founded_year: Some(1995),
            members: Some(88),
            santri_involved: Some(35),
            contact_person: "KH. Abdul Mun'im".into(),
            contact_role: "Ketua Kopontren".into(),
        }
    );
    // Only the photos the test catalogue lacks are still missing.
    h.get_by_label("7 dari 8 syarat terpenuhi");
    assert!(h.query_by_label("NIK koperasi belum diisi").is_none());
}

/// The text of a PDF as a reader copies it, blanks collapsed.
fn pdf_words(pdf: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) runs");
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_grant_profile_is_saved_from_the_producer_screen_and_says_what_is_missing() {
    let (dir, mut h) = with_sample(Lang::Id);
    h.run();
    common::click_control(&mut h, "Produsen");
    h.get_by_label_contains("Pondok Pesantren Darul Falah Sumenep")
        .click();
    h.run();
    // Made from what is saved: an unsaved change holds the button back until saved.
    type_into(&mut h, "Jumlah anggota koperasi", "7");
    assert!(
        h.get_by_label("Profil untuk hibah ▾")
            .accesskit_node()
            .is_disabled()
    );
    h.get_by_label("Batal").click();
    h.run();
    // Indonesian for the grant, English for an export curation.
    h.get_by_label("Profil untuk hibah ▾").click();
    h.run();
    h.get_by_label("Dalam bahasa Indonesia…");
    h.get_by_label("Dalam bahasa Inggris (untuk kurasi ekspor)…");
    h.key_press(egui::Key::Escape);
    h.run();
    let id = h.state().producer_form.as_ref().unwrap().base.id;
    let out = dir.path().join("profil darul falah.pdf");
    run_command(
        &mut h,
        etalase::app::Command::ExportProfileTo(id, Lang::Id, out.clone()),
    );
    h.get_by_label("Profil untuk hibah tersimpan");
    h.get_by_label_contains("6 dari 8 syarat terpenuhi; yang masih kurang tertulis di profil");
    h.get_by_label("Buka PDF");
    let text = pdf_words(&out);
    for missing in [
        "NIK koperasi belum diisi",
        "jumlah santri yang terlibat belum diisi",
        "belum dijawab apakah pesantren terdaftar di Kemenag",
    ] {
        assert!(
            text.contains(missing),
            "{missing:?} not in the profile: {text}"
        );
    }
    common::click_control(&mut h, "Tutup");
    let english = dir.path().join("profile darul falah.pdf");
    run_command(
        &mut h,
        etalase::app::Command::ExportProfileTo(id, Lang::En, english.clone()),
    );
    let text = pdf_words(&english);
    assert!(text.contains("the NIK koperasi is not filled in"), "{text}");
}

#[test]
fn the_price_list_goes_out_beside_the_catalogue_with_the_dollar_rate_typed() {
    let (dir, mut h) = with_sample(Lang::En);
    h.run();
    common::click_control(&mut h, "PDF catalogue");
    wait_for_preview(&mut h);
    // A rate with cents is refused in words, and nothing can be saved with it.
    type_into(&mut h, "Dollar rate (Rp per 1 USD), optional", "16250.50");
    h.get_by_label_contains("The rate cannot be read");
    assert!(
        h.get_by_label("Save price list (PDF)…")
            .accesskit_node()
            .is_disabled()
    );
    replace_text(&mut h, "Dollar rate (Rp per 1 USD), optional", "16,250");
    h.get_by_label("Printed: 1 USD = IDR 16,250, 28 November 2026");
    let out = dir.path().join("price list.xlsx");
    run_command(
        &mut h,
        etalase::app::Command::ExportPricelistTo(
            etalase::ops::pricelist::Format::Xlsx,
            out.clone(),
        ),
    );
    h.get_by_label("Price list saved");
    let visible = h
        .state()
        .catalogue
        .products
        .iter()
        .filter(|p| !p.hidden)
        .count();
    h.get_by_label_contains(&format!("{visible} products saved in"));
    assert!(std::fs::read(&out).unwrap().starts_with(b"PK"));
    let pdf = dir.path().join("price list.pdf");
    common::click_control(&mut h, "Close");
    run_command(
        &mut h,
        etalase::app::Command::ExportPricelistTo(etalase::ops::pricelist::Format::Pdf, pdf.clone()),
    );
    let text = pdf_words(&pdf);
    assert!(text.contains("1 USD = IDR 16,250"), "{text}");
}

/// Steps the window until the Export screen's preview is laid out for the current choices.
fn wait_for_preview(h: &mut Harness<'_, EtalaseApp>) {
    wait_until(h, "the preview was not laid out", |app| {
        app.pdf.preview().is_some() && !app.pdf.updating()
    });
}

/// Steps the window (work on worker threads goes on meanwhile) until `done` holds, then settles it;
/// fails with `what` after about ten seconds.
fn wait_until(h: &mut Harness<'_, EtalaseApp>, what: &str, done: impl Fn(&EtalaseApp) -> bool) {
    for _ in 0..2000 {
        h.step();
        if done(h.state()) {
            h.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("{what}");
}

#[test]
fn the_pdf_catalogue_is_previewed_names_what_is_missing_and_exports_the_list_shown() {
    let (dir, mut h) = with_sample(Lang::Id);
    h.run();
    type_into(&mut h, "Cari", "keripik");
    let shown = h.state().list.visible().len();
    assert!(shown > 0 && shown < h.state().catalogue.products.len());
    common::click_control(&mut h, "Katalog PDF…");
    assert_eq!(h.state().screen, Screen::Export);
    wait_for_preview(&mut h);
    // Set to the filtered list, with the real page count of that catalogue.
    let pages = h.state().pdf.preview().unwrap().doc.pages.len();
    assert_eq!(h.state().pdf.preview().unwrap().products, shown);
    let last = pages.min(3);
    h.get_by_label_contains(&format!("{shown} produk · halaman 1–{last} dari {pages}"));
    // The example's products have no photos in this harness: each is named, and opens.
    h.get_by_label_contains(&format!("{shown} produk belum punya foto"));
    let sku = h.state().pdf.preview().unwrap().notices[0].clone();
    let etalase::pdf::Notice::NoPhoto { sku } = sku else {
        panic!("first notice: {sku:?}");
    };
    // Export first, then follow the link.
    let out = dir.path().join("katalog-keripik.pdf");
    run_command(&mut h, etalase::app::Command::ExportPdfTo(out.clone()));
    h.get_by_label("Katalog PDF selesai");
    h.get_by_label_contains(&format!("{shown} produk tersimpan di"));
    h.get_by_label("Buka PDF");
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF"));
    common::click_control(&mut h, "Tutup");
    assert!(h.state().finished.is_none());
    common::click_control(&mut h, &sku);
    assert_eq!(h.state().screen, Screen::Editor);
    assert_eq!(h.state().editor.as_ref().unwrap().base.sku, sku);
}

#[test]
fn the_pdf_catalogue_follows_the_chosen_category_language_and_prices() {
    let (_dir, mut h) = with_sample(Lang::En);
    h.run();
    common::click_control(&mut h, "PDF catalogue");
    wait_for_preview(&mut h);
    let all = h.state().pdf.preview().unwrap().products;
    let visible = h
        .state()
        .catalogue
        .products
        .iter()
        .filter(|p| !p.hidden)
        .count();
    assert_eq!(all, visible, "hidden products never go in");
    // One category, in English, without prices.
    let category = h.state().catalogue.categories[0].clone();
    h.state_mut().pdf.form.scope = etalase::app::catalogue_pdf::Scope::Category(category.id);
    common::click_control(&mut h, "English");
    h.get_by_label("Show prices").click();
    h.run();
    wait_for_preview(&mut h);
    let preview = h.state().pdf.preview().unwrap();
    let in_category = h
        .state()
        .catalogue
        .products
        .iter()
        .filter(|p| p.category == category.id && !p.hidden)
        .count();
    assert_eq!(preview.products, in_category);
    assert_eq!(preview.doc.lang, Lang::En);
    let text: Vec<&str> = preview.doc.pages.iter().flat_map(|p| p.texts()).collect();
    // One category on one page: no contents page for it.
    assert!(!text.contains(&"Contents"), "{text:?}");
    assert!(
        !text.iter().any(|t| t.contains("IDR")),
        "no prices: {text:?}"
    );
    assert!(
        text.iter()
            .any(|t| t.contains(category.name.shown(Lang::En)))
    );
    // An empty choice says so and cannot be exported.
    assert!(h.state().list.selected().is_empty());
    h.state_mut().pdf.form.scope = etalase::app::catalogue_pdf::Scope::Selected;
    h.run();
    wait_for_preview(&mut h);
    assert_eq!(h.state().pdf.preview().unwrap().products, 0);
    h.get_by_label("No product matches these choices.");
    assert!(h.get_by_label("Export PDF…").accesskit_node().is_disabled());
}

#[test]
fn the_example_shows_every_halal_standing_on_any_day_it_is_loaded() {
    // Today, and the days CI runs the suite on under faketime.
    let days = ["2026-12-01", "2027-06-01", "2029-03-01", "2031-12-31"];
    let mut first_counts = None;
    for day in days {
        let day = etalase::domain::Date::parse(day).unwrap();
        let dir = common::sample_data_on(day);
        let mut h = harness(dir.path(), Lang::Id);
        h.state_mut().set_today(day);
        h.run();
        common::click_control(&mut h, "Kepatuhan");
        for (group, product) in [
            ("Bersertifikat", "Keripik Tempe Original"),
            ("Habis dalam 90 hari", "Kerupuk Ikan Tenggiri"),
            ("Sertifikat kedaluwarsa", "Madu Hutan Randu"),
            ("Dalam proses", "Sambal Bawang Khas Pesantren"),
            ("Tidak wajib halal", "Batik Tulis Gajah Oling"),
        ] {
            let tile = h
                .query_all_by_label_contains(&format!("  {group}"))
                .filter_map(|n| n.accesskit_node().label())
                .find(|l| l.ends_with(&format!("  {group}")))
                .unwrap_or_else(|| panic!("{day}: no tile for {group}"));
            assert!(!tile.starts_with("0 "), "{day}: {tile}");
            common::click_control(&mut h, &tile);
            assert!(
                h.query_by_label(product).is_some(),
                "{day}: {product} is not listed under {group}"
            );
            common::click_control(&mut h, &tile);
        }
        // The same mix on every day: no certificate or PIRT drifts into another group.
        let counts = h.state().compliance.counts.clone();
        match &first_counts {
            None => first_counts = Some(counts),
            Some(first) => assert_eq!(&counts, first, "{day}"),
        }
    }
}

#[test]
fn the_catalogue_goes_out_as_a_workbook_and_a_dropped_workbook_comes_back_unchanged() {
    let (dir, mut h) = with_sample(Lang::Id);
    h.run();
    let count = h.state().list.visible().len();
    let out = dir.path().join("Katalog Kopontren.xlsx");
    run_command(&mut h, etalase::app::Command::ExportTo(out.clone()));
    h.get_by_label("Ekspor selesai");
    // A real workbook (a ZIP), not CSV text under another name.
    assert_eq!(&std::fs::read(&out).unwrap()[..2], b"PK");
    drop_files(&mut h, [out]);
    h.get_by_label("Impor dari Katalog Kopontren.xlsx");
    let preview = h.state().import_preview.as_ref().unwrap();
    assert_eq!(preview.plan.report.unchanged, count);
    assert!(!preview.changes_anything());
}

#[test]
fn the_blank_template_is_saved_and_its_example_row_imports() {
    let (dir, mut h) = with_sample(Lang::En);
    h.run();
    let out = dir.path().join("template.xlsx");
    run_command(&mut h, etalase::app::Command::TemplateTo(out.clone()));
    h.get_by_label("Template saved");
    common::click_control(&mut h, "Close");
    run_command(&mut h, etalase::app::Command::ImportFrom(out));
    let preview = h.state().import_preview.as_ref().unwrap();
    let report = &preview.plan.report;
    let rows = report.created.len() + report.updated.len() + report.unchanged;
    assert_eq!(rows, 1, "the one example row");
    assert_eq!(report.rejected_rows(), 0);
}

/// Steps until the card on the Social media screen is drawn for the current choices.
fn wait_for_card(h: &mut Harness<'_, EtalaseApp>) {
    wait_until(h, "the card was not drawn", |app| {
        app.cards.drawn().is_some() && !app.cards.updating()
    });
}

#[test]
fn a_card_is_made_from_the_editor_its_caption_copied_and_the_cards_saved_to_a_folder() {
    let (dir, mut h) = with_sample(Lang::Id);
    h.run();
    h.get_by_label("Keripik Tempe Original").click();
    h.run();
    // The card is drawn on a worker thread, a spinner turning meanwhile: step, don't settle.
    h.get_by_label("Buat kartu").click();
    h.step();
    h.step();
    assert_eq!(h.state().screen, Screen::Cards);
    wait_for_card(&mut h);
    let shown = h.state().cards.shown.unwrap();
    let product = h
        .state()
        .catalogue
        .products
        .iter()
        .find(|p| p.id == shown)
        .unwrap()
        .clone();
    assert_eq!(product.sku, "BAL-KTP-01", "the card of the product edited");
    let total = h.state().card_products().len();
    h.get_by_label_contains(&format!("dari {total}: Keripik Tempe Original"));
    h.get_by_label("Kartu produk");
    // The caption in Indonesian, copied as it is shown.
    h.get_by_label("Salin keterangan").click();
    h.step();
    let caption = h.state().card_caption().unwrap();
    assert!(caption.contains("Keripik Tempe Original"), "{caption}");
    assert!(caption.contains("Rp 15.000"), "{caption}");
    assert!(caption.contains("#OPOPJatim"), "{caption}");
    let copied: Vec<String> = h
        .output()
        .platform_output
        .commands
        .iter()
        .filter_map(|c| match c {
            egui::OutputCommand::CopyText(t) => Some(t.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(
        copied,
        vec![caption.clone()],
        "the caption goes to the clipboard"
    );
    h.run();
    h.get_by_label_contains("Keterangan sudah disalin");
    // Another size and the next product: a new card is drawn.
    h.get_by_label("Story 1080 × 1920").click();
    h.step();
    wait_for_card(&mut h);
    h.get_by_label("›").click();
    h.step();
    h.step();
    wait_for_card(&mut h);
    assert_ne!(h.state().cards.shown, Some(shown));
    // Every card into a folder, in the background; then the folder can be opened.
    let out = dir.path().join("kartu");
    h.state_mut().cards.export_all = true;
    run_command(&mut h, etalase::app::Command::ExportCardsTo(out.clone()));
    h.get_by_label("Kartu media sosial selesai");
    h.get_by_label("Buka folder");
    let pngs: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with("-story.png"))
        .collect();
    assert_eq!(pngs.len(), total, "{pngs:?}");
    assert!(pngs.contains(&"BAL-KTP-01-story.png".to_string()));
    assert!(out.join("captions.txt").is_file());
}

#[test]
fn cards_for_the_selection_come_from_the_selection_bar() {
    let (_dir, mut h) = with_sample(Lang::Id);
    h.run();
    type_into(&mut h, "Cari", "kopi");
    let shown = h.state().list.visible().len();
    assert!(shown >= 2);
    // Everything shown selected (Ctrl+A outside the search field), then cards for it.
    h.state_mut().apply(etalase::app::Command::SelectAll);
    h.run();
    assert_eq!(h.state().list.selected().len(), shown);
    h.get_by_label("Buat kartu media sosial").click();
    h.step();
    h.step();
    assert_eq!(h.state().screen, Screen::Cards);
    assert_eq!(
        h.state().cards.form.scope,
        etalase::app::catalogue_pdf::Scope::Selected
    );
    // A hidden product never gets a card (the example hides one of its coffees).
    let visible = h
        .state()
        .selected_products()
        .iter()
        .filter(|p| !p.hidden)
        .count();
    assert!(visible < shown, "the example hides a coffee");
    assert_eq!(h.state().card_products().len(), visible);
    wait_for_card(&mut h);
    h.get_by_label_contains(&format!("Kartu 1 dari {visible}"));
}
