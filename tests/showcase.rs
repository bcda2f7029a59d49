//! Fair mode driven through the accessibility tree with the harness's clock (no sleeping): the
//! loop advances on its timer, a tap opens a product and pauses it, the idle time brings the loop
//! back, the language toggle relabels everything, leaving needs the PIN (or the long press and
//! chord), and a visitor's sign-up is stored.

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use etalase::app::showcase::View;
use etalase::app::{Command, EtalaseApp, Prefs};
use etalase::domain::Lang;

/// Seconds of clock per harness step.
const STEP: f32 = 0.5;

fn showcase(lang: Lang, pin: &str) -> (tempfile::TempDir, Harness<'static, EtalaseApp>) {
    let dir = common::sample_data();
    let mut prefs = Prefs::new(lang);
    prefs.showcase.pin = pin.to_string();
    let app = common::app(&dir.path().join("store"), prefs);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .with_step_dt(STEP)
        .with_max_steps(64)
        .build_ui_state(|ui, app: &mut EtalaseApp| app.frame(ui), app);
    h.step();
    h.state_mut().apply(Command::EnterShowcase);
    h.step();
    h.step();
    (dir, h)
}

/// Lets `seconds` of clock pass.
fn wait(h: &mut Harness<'_, EtalaseApp>, seconds: f32) {
    for _ in 0..(seconds / STEP).round() as usize {
        h.step();
    }
}

/// Lets the clock run to `time`.
fn wait_until(h: &mut Harness<'_, EtalaseApp>, time: f64) {
    while h.state().clock + f64::from(STEP) <= time {
        h.step();
    }
}

fn view(h: &Harness<'_, EtalaseApp>) -> View {
    h.state()
        .showcase
        .as_ref()
        .expect("in fair mode")
        .view
        .clone()
}

fn place(h: &Harness<'_, EtalaseApp>) -> usize {
    h.state().showcase.as_ref().unwrap().place
}

fn name_at(h: &Harness<'_, EtalaseApp>, place: usize) -> String {
    let s = h.state().showcase.as_ref().unwrap();
    let id = s.order[place];
    let p = h
        .state()
        .catalogue
        .products
        .iter()
        .find(|p| p.id == id)
        .unwrap();
    p.name.shown(h.state().prefs.lang).to_string()
}

fn click(h: &mut Harness<'_, EtalaseApp>, label: &str) {
    h.query_all_by_label(label)
        .find(|n| n.accesskit_node().role() != egui::accesskit::Role::Label)
        .unwrap_or_else(|| panic!("no control labelled {label}"))
        .click();
    h.step();
    h.step();
}

fn press(h: &mut Harness<'_, EtalaseApp>, key: egui::Key) {
    h.key_press(key);
    h.step();
    h.step();
}

#[test]
fn the_loop_shows_featured_products_first_and_advances_on_its_timer() {
    let (_dir, mut h) = showcase(Lang::Id, "1357");
    let s = h.state().showcase.as_ref().unwrap();
    let products = &h.state().catalogue.products;
    let featured = products.iter().filter(|p| p.featured && !p.hidden).count();
    assert!(featured > 0);
    for (i, id) in s.order.iter().enumerate() {
        let p = products.iter().find(|p| p.id == *id).unwrap();
        assert!(!p.hidden);
        assert_eq!(p.featured, i < featured, "featured first: {}", p.sku);
    }
    let first = name_at(&h, 0);
    h.get_by_label(&first);
    let since = h.state().showcase.as_ref().unwrap().slide_since;
    wait_until(&mut h, since + 5.5);
    assert_eq!(place(&h), 0, "still the first before the interval");
    wait_until(&mut h, since + 6.5);
    assert_eq!(place(&h), 1);
    let second = name_at(&h, 1);
    h.get_by_label(&second);
    assert!(h.query_by_label(&first).is_none(), "one product at a time");
}

#[test]
fn a_tap_opens_the_product_pauses_the_loop_and_idle_brings_it_back() {
    let (_dir, mut h) = showcase(Lang::Id, "1357");
    let name = name_at(&h, 0);
    click(&mut h, &format!("Lihat {name}"));
    assert!(matches!(view(&h), View::Product { .. }));
    h.get_by_label("Pindai untuk pesan via WhatsApp");
    wait(&mut h, 40.0);
    assert!(
        matches!(view(&h), View::Product { .. }),
        "paused while looked at"
    );
    assert_eq!(place(&h), 0);
    wait(&mut h, 21.0);
    assert_eq!(
        view(&h),
        View::Loop,
        "back to the loop after 60 s untouched"
    );
    h.get_by_label("Sentuh layar untuk melihat detail dan memesan");
}

#[test]
fn the_language_toggle_changes_every_label_at_once() {
    let (_dir, mut h) = showcase(Lang::Id, "1357");
    let name = name_at(&h, 0);
    click(&mut h, &format!("Lihat {name}"));
    click(&mut h, "Tampilkan dalam bahasa Inggris");
    assert_eq!(h.state().prefs.lang, Lang::En);
    h.get_by_label("Scan to order via WhatsApp");
    h.get_by_label("‹ Back");
    // No word of the Indonesian interface is left on screen.
    let id = etalase::i18n::Translator::new(Lang::Id);
    let en = etalase::i18n::Translator::new(Lang::En);
    let indonesian: Vec<String> = etalase::i18n::message_ids(Lang::Id)
        .into_iter()
        .filter(|k| k.starts_with("showcase-") || k.starts_with("app-halal"))
        .map(|k| id.t(&k))
        .filter(|t| !t.contains('{') && *t != en.t("showcase-photo"))
        .collect();
    for node in h
        .root()
        .query_all(egui_kittest::kittest::by().predicate(|_| true))
    {
        let ak = node.accesskit_node();
        for text in [ak.label(), ak.value()].into_iter().flatten() {
            assert!(
                !indonesian.contains(&text.to_string()),
                "Indonesian left on an English screen: {text}"
            );
        }
    }
    // And back, mid-loop.
    click(&mut h, "‹ Back");
    click(&mut h, "Show in Indonesian");
    h.get_by_label("Sentuh layar untuk melihat detail dan memesan");
}

#[test]
fn a_visitors_language_is_theirs_only_and_goes_home_when_the_booth_is_idle() {
    let (_dir, mut h) = showcase(Lang::Id, "1357");
    let name = name_at(&h, 0);
    click(&mut h, &format!("Lihat {name}"));
    click(&mut h, "Tampilkan dalam bahasa Inggris");
    h.get_by_label("Scan to order via WhatsApp");
    // What is kept between runs stays the manager's language.
    assert_eq!(h.state().saved_prefs().lang, Lang::Id);
    // Left alone for the idle time, the booth returns to the loop in Indonesian.
    let idle = f64::from(h.state().prefs.showcase.idle_secs);
    let until = h.state().clock + idle + 1.0;
    wait_until(&mut h, until);
    h.run();
    assert!(matches!(view(&h), View::Loop));
    assert_eq!(h.state().prefs.lang, Lang::Id);
    h.get_by_label("Sentuh layar untuk melihat detail dan memesan");
    // A visitor's English also ends when fair mode is left.
    click(&mut h, "Tampilkan dalam bahasa Inggris");
    h.state_mut().apply(Command::LeaveShowcase);
    assert_eq!(h.state().prefs.lang, Lang::Id);
}

#[test]
fn leaving_without_the_pin_is_refused_and_with_it_allowed() {
    let (_dir, mut h) = showcase(Lang::Id, "2468");
    h.key_press(egui::Key::Escape);
    h.step();
    h.get_by_label("Keluar dari mode pameran");
    for d in ["1", "1", "1", "1", "OK"] {
        click(&mut h, d);
    }
    h.get_by_label("PIN salah. Coba lagi.");
    assert!(h.state().showcase.is_some(), "a wrong PIN does not leave");
    click(&mut h, "Tetap di mode pameran");
    assert!(h.state().showcase.as_ref().unwrap().exit.is_none());
    // Closing the window (Alt+F4) is caught the same way.
    h.input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    h.step();
    h.step();
    assert!(h.state().showcase.is_some());
    h.get_by_label("Keluar dari mode pameran");
    click(&mut h, "Tetap di mode pameran");
    h.event(egui::Event::Key {
        key: egui::Key::Q,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
    });
    h.step();
    assert!(
        h.state().showcase.is_some(),
        "the chord alone does nothing with a PIN"
    );
    h.key_press(egui::Key::Escape);
    h.step();
    for d in ["2", "4", "6", "8", "OK"] {
        click(&mut h, d);
    }
    assert!(h.state().showcase.is_none(), "the right PIN leaves");
}

#[test]
fn the_first_start_asks_for_a_new_pin_typed_twice() {
    let dir = common::sample_data();
    let app = common::app(&dir.path().join("store"), Prefs::new(Lang::Id));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .with_step_dt(STEP)
        .with_max_steps(64)
        .build_ui_state(|ui, app: &mut EtalaseApp| app.frame(ui), app);
    h.step();
    h.state_mut().apply(Command::EnterShowcase);
    h.run();
    // No booth without a PIN: it is asked for first.
    assert!(h.state().showcase.is_none());
    h.get_by_label("Buat PIN pameran");
    common::type_keys(&mut h, "12");
    click(&mut h, "Simpan PIN dan mulai pameran");
    h.get_by_label("PIN harus 4 sampai 8 angka.");
    assert!(h.state().showcase.is_none());
    h.get_by_label("PIN baru").focus();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    // Typed as people do: the PIN, Enter, the same again, Enter (no clicks between).
    common::type_keys(&mut h, "2468");
    press(&mut h, egui::Key::Enter);
    common::type_keys(&mut h, "2469");
    press(&mut h, egui::Key::Enter);
    h.get_by_label("Kedua PIN tidak sama. Ketik ulang PIN yang kedua.");
    assert!(h.state().showcase.is_none());
    common::type_keys(&mut h, "2468");
    press(&mut h, egui::Key::Enter);
    assert!(h.state().showcase.is_some());
    assert_eq!(h.state().prefs.showcase.pin, "2468");
}

#[test]
fn every_way_out_leads_to_the_pin_and_five_wrong_ones_wait_a_minute() {
    let (_dir, mut h) = showcase(Lang::En, "2468");
    let chord = egui::Event::Key {
        key: egui::Key::Q,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
    };
    h.event(chord.clone());
    h.step();
    assert!(
        h.state().showcase.as_ref().unwrap().exit.is_none(),
        "no chord"
    );
    // A short press on the publisher's name does nothing; a long one opens the PIN prompt.
    let publisher = h.state().catalogue.settings.publisher_name.clone();
    let at = h.get_by_label(&publisher).rect().center();
    h.event(egui::Event::PointerMoved(at));
    let press = |pressed| egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    h.event(press(true));
    wait(&mut h, 1.0);
    h.event(press(false));
    h.step();
    assert!(h.state().showcase.as_ref().unwrap().exit.is_none());
    h.event(press(true));
    wait(&mut h, 2.5);
    h.event(press(false));
    h.step();
    h.get_by_label("Staff PIN:");
    // Nothing on screen tells a visitor another way out.
    for node in h
        .root()
        .query_all(egui_kittest::kittest::by().predicate(|_| true))
    {
        let ak = node.accesskit_node();
        for text in [ak.label(), ak.value()].into_iter().flatten() {
            assert!(!text.contains("Ctrl+Shift"), "{text}");
        }
    }
    h.event(chord);
    h.step();
    assert!(h.state().showcase.is_some());
    for _ in 0..5 {
        for d in ["1", "1", "1", "1", "OK"] {
            click(&mut h, d);
        }
    }
    h.get_by_label_contains("Too many wrong PINs. Try again in 60 seconds");
    // While it waits, even the right PIN does not open.
    h.state_mut()
        .showcase
        .as_mut()
        .unwrap()
        .exit
        .as_mut()
        .unwrap()
        .pin = "2468".into();
    h.state_mut().apply(Command::TryShowcasePin);
    assert!(h.state().showcase.is_some());
    wait(&mut h, 61.0);
    // The idle time closed the prompt meanwhile; Escape opens it again.
    h.key_press(egui::Key::Escape);
    h.step();
    for d in ["2", "4", "6", "8", "OK"] {
        click(&mut h, d);
    }
    assert!(
        h.state().showcase.is_none(),
        "the right PIN leaves after the wait"
    );
}

#[test]
fn a_sign_up_needs_consent_and_is_stored_before_the_thanks() {
    let (_dir, mut h) = showcase(Lang::Id, "1357");
    let name = name_at(&h, 0);
    click(&mut h, &format!("Lihat {name}"));
    click(&mut h, "Minta info produk");
    assert_eq!(view(&h), View::SignUp);
    h.get_by_label("Nama").focus();
    h.step();
    common::type_keys(&mut h, "Siti Aminah");
    h.get_by_label("Nomor WhatsApp").focus();
    h.step();
    common::type_keys(&mut h, "0812 3456 7890");
    click(&mut h, "Kirim");
    h.get_by_label("Centang persetujuan agar kami boleh menyimpan kontak Anda.");
    assert!(h.state().store().unwrap().leads().unwrap().is_empty());
    let consent = h.state().consent_text();
    click(&mut h, &consent);
    click(&mut h, "Kirim");
    assert_eq!(view(&h), View::Thanks);
    h.get_by_label("Terima kasih!");
    let leads = h.state().store().unwrap().leads().unwrap();
    assert_eq!(leads.len(), 1);
    assert_eq!(leads[0].name, "Siti Aminah");
    assert_eq!(leads[0].whatsapp, "6281234567890");
    assert!(
        leads[0].product_label.contains(&name),
        "{}",
        leads[0].product_label
    );
    assert_eq!(leads[0].consent_text, consent);
    wait(&mut h, 7.0);
    assert!(matches!(view(&h), View::Loop));
}

#[test]
fn sign_ups_kept_longer_than_the_retention_time_are_offered_for_deletion() {
    let (_dir, mut h) = showcase(Lang::Id, "1357");
    h.state_mut().apply(Command::LeaveShowcase);
    h.step();
    // One sign-up from 100 days before the app's today, one from yesterday.
    let today = h.state().today();
    let at = |d: etalase::domain::Date| d.days_since_epoch() * 86_400_000 + 36_000_000;
    for (name, day) in [
        ("Lama Sekali", today.add_days(-100)),
        ("Baru Saja", today.add_days(-1)),
    ] {
        let lead = etalase::domain::lead::Lead {
            id: etalase::domain::lead::LeadId::new(),
            name: name.into(),
            whatsapp: "6281234567890".into(),
            product: None,
            product_label: String::new(),
            consent_text: "setuju".into(),
            lang: Lang::Id,
            created: at(day),
        };
        h.state().store().unwrap().add_lead(&lead).unwrap();
    }
    click(&mut h, "Pameran");
    h.get_by_label_contains("1 pendaftar sudah disimpan lebih dari 90 hari");
    click(&mut h, "Hapus 1 pendaftar lama…");
    // The question fades in.
    h.run();
    click(&mut h, "Ya, hapus");
    let left: Vec<String> = h.state().leads.iter().map(|l| l.name.clone()).collect();
    assert_eq!(left, vec!["Baru Saja".to_string()]);
    assert!(h.query_by_label_contains("lebih dari 90 hari").is_none());
}

#[test]
fn the_fair_screen_lists_exports_and_deletes_sign_ups() {
    let (dir, mut h) = showcase(Lang::Id, "1357");
    for (name, number) in [
        ("Siti Aminah", "081234567890"),
        ("Budi Santoso", "+62 857 1122 3344"),
    ] {
        let now = h.state().clock;
        let s = h.state_mut().showcase.as_mut().unwrap();
        s.open_sign_up(None, now);
        s.form.name = name.into();
        s.form.whatsapp = number.into();
        s.form.consent = true;
        h.state_mut().apply(Command::SubmitSignUp);
        h.step();
    }
    h.state_mut().apply(Command::LeaveShowcase);
    h.step();
    click(&mut h, "Pameran");
    h.get_by_label("Pengunjung yang mendaftar (2)");
    h.get_by_label("Siti Aminah");
    h.get_by_label("+6285711223344");
    let out = dir.path().join("pengunjung.csv");
    h.state_mut().apply(Command::ExportLeadsTo(out.clone()));
    h.step();
    h.step();
    h.get_by_label("Ekspor selesai");
    let csv = std::fs::read_to_string(&out).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 3, "{csv}");
    assert!(
        lines[1].starts_with("Siti Aminah,6281234567890,"),
        "oldest first: {csv}"
    );
    assert!(csv.contains("Saya setuju"), "the consent as given: {csv}");
    click(&mut h, "Tutup");
    wait(&mut h, 2.0);
    click(&mut h, "Hapus data Budi Santoso");
    assert!(h.state().confirm_delete_leads.is_some(), "asks first");
    wait(&mut h, 1.0);
    click(&mut h, "Ya, hapus");
    assert!(h.query_by_label("Budi Santoso").is_none());
    h.get_by_label("Siti Aminah");
    let stored = h.state().store().unwrap().leads().unwrap();
    assert_eq!(stored.len(), 1);
    click(&mut h, "Hapus semua…");
    wait(&mut h, 1.0);
    click(&mut h, "Ya, hapus");
    assert!(h.state().store().unwrap().leads().unwrap().is_empty());
    h.get_by_label("Belum ada pengunjung yang mendaftar.");
}

#[test]
fn the_loop_claims_halal_only_where_the_mark_holds() {
    // The example's honey holds a legacy MUI certificate that expired on 30 June 2022.
    let (_dir, mut h) = showcase(Lang::Id, "1234");
    let count = h.state().showcase.as_ref().unwrap().order.len();
    let mut seen = (false, false);
    for place in 0..count {
        let now = h.state().clock;
        let s = h.state_mut().showcase.as_mut().unwrap();
        s.place = place;
        s.slide_since = now;
        wait(&mut h, 2.0);
        let name = name_at(&h, place);
        // Everything the slide says, labels and texts alike.
        let screen = format!("{:#?}", h.root());
        let total = format!("\"{} / {count}\"", place + 1);
        assert!(screen.contains(&total), "slide {place} is not on screen");
        let badge = screen.contains("HALAL");
        let words = ["Bersertifikat", "kedaluwarsa", "tidak sah"]
            .iter()
            .any(|w| screen.contains(w));
        match name.as_str() {
            "Madu Hutan Randu" => {
                assert!(!badge && !words, "the expired honey claims halal");
                seen.0 = true;
            }
            "Keripik Tempe Original" => {
                assert!(badge, "the valid certificate lost its mark");
                seen.1 = true;
            }
            _ => {}
        }
    }
    assert_eq!(seen, (true, true), "both products are in the loop");
}

#[test]
fn a_visitor_signs_up_with_the_on_screen_keyboard_alone() {
    let (_dir, mut h) = showcase(Lang::Id, "1357");
    click(&mut h, "Minta info produk");
    assert_eq!(view(&h), View::SignUp);
    h.get_by_label("Ketuk tombol untuk mengisi: Nama");
    // A capital at the start of each word, lower case after it; backspace takes a slip back.
    for key in [
        "S", "i", "t", "i", "spasi", "A", "m", "i", "n", "a", "x", "⌫", "h",
    ] {
        click(&mut h, key);
    }
    assert_eq!(
        h.state().showcase.as_ref().unwrap().form.name,
        "Siti Aminah"
    );
    // The tapped key keeps the field lit, ready for a real keyboard too.
    assert!(h.get_by_label("Nama").is_focused());
    // Tapping the WhatsApp field turns the keys into a number pad.
    h.get_by_label("Nomor WhatsApp").click();
    h.step();
    h.step();
    h.get_by_label("Ketuk tombol untuk mengisi: Nomor WhatsApp");
    assert!(h.query_by_label("q").is_none());
    for key in "081234567890".chars() {
        click(&mut h, &key.to_string());
    }
    let form = &h.state().showcase.as_ref().unwrap().form;
    assert_eq!(form.name, "Siti Aminah");
    assert_eq!(form.whatsapp, "081234567890");
    let consent = h.state().consent_text();
    click(&mut h, &consent);
    click(&mut h, "Kirim");
    assert_eq!(view(&h), View::Thanks);
    let leads = h.state().store().unwrap().leads().unwrap();
    assert_eq!(leads[0].name, "Siti Aminah");
    assert_eq!(leads[0].whatsapp, "6281234567890");
}

#[test]
fn tile_rows_that_do_not_fit_show_arrows_that_bring_the_rest_into_view() {
    let dir = common::sample_data();
    let mut prefs = Prefs::new(Lang::Id);
    prefs.showcase.pin = "1357".into();
    let app = common::app(&dir.path().join("store"), prefs);
    let width = 800.0;
    let mut h = Harness::builder()
        .with_size(egui::vec2(width, 600.0))
        .with_step_dt(STEP)
        .with_max_steps(64)
        .build_ui_state(|ui, app: &mut EtalaseApp| app.frame(ui), app);
    h.step();
    h.state_mut().apply(Command::EnterShowcase);
    for _ in 0..4 {
        h.step();
    }
    let last = h
        .state()
        .sorted_producers()
        .last()
        .unwrap()
        .pesantren
        .clone();
    let right_of = |h: &Harness<'_, EtalaseApp>, label: &str| {
        h.query_all_by_label(label)
            .find(|n| n.accesskit_node().role() == egui::accesskit::Role::Button)
            .unwrap()
            .rect()
            .max
            .x
    };
    assert!(right_of(&h, &last) > width, "the last producer is cut off");
    let arrows = |h: &Harness<'_, EtalaseApp>, text: &str| -> Vec<bool> {
        h.query_all_by_label(text)
            .map(|n| !n.accesskit_node().is_disabled())
            .collect()
    };
    // One pair of arrows per row that does not fit: more lies to the right, nothing to the left.
    let rows = arrows(&h, "›").len();
    assert!(rows >= 1);
    assert!(arrows(&h, "‹").iter().all(|on| !on));
    assert!(arrows(&h, "›").iter().all(|on| *on));
    let producers_arrow = rows - 1;
    for _ in 0..10 {
        let more = h
            .query_all_by_label("›")
            .nth(producers_arrow)
            .map(|n| !n.accesskit_node().is_disabled())
            .unwrap();
        if !more {
            break;
        }
        h.query_all_by_label("›")
            .nth(producers_arrow)
            .unwrap()
            .click();
        h.step();
        h.step();
    }
    assert!(
        right_of(&h, &last) <= width,
        "the last producer came into view"
    );
    assert!(arrows(&h, "‹")[producers_arrow], "the way back is lit");
}
