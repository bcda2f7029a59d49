//! Backup and restore through the real binary: a round trip keeps every record and photo byte,
//! a catalogue that holds data is only replaced on request (and backed up first), and crafted
//! archives (a `../` entry, a zip bomb, an unlisted entry, a bad checksum, a newer format) are
//! refused with a clear message and nothing written.

mod common;

use common::{en, etalase};
use sha2::Digest;
use std::io::Write;
use std::path::Path;

fn manifest(zip_path: &Path) -> serde_json::Value {
    let file = std::fs::File::open(zip_path).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let entry = zip.by_name("manifest.json").unwrap();
    serde_json::from_reader(entry).unwrap()
}

fn sample_backup(dir: &Path) -> std::path::PathBuf {
    let data = dir.join("asli");
    assert_eq!(en(&data, &["sample"]).code, 0);
    let out = dir.join("cadangan.zip");
    let run = en(&data, &["backup", &out.display().to_string()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("15 products, 15 photos"),
        "{}",
        run.stdout
    );
    out
}

#[test]
fn backup_restore_backup_keeps_every_record_and_photo_byte() {
    let dir = tempfile::tempdir().unwrap();
    let first = sample_backup(dir.path());
    let restored = dir.path().join("pulih");
    let run = etalase(
        &restored,
        "id_ID.UTF-8",
        &["restore", &first.display().to_string()],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("Katalog dipulihkan"), "{}", run.stdout);
    let second = dir.path().join("lagi.zip");
    assert_eq!(
        en(&restored, &["backup", &second.display().to_string()]).code,
        0
    );
    let (a, b) = (manifest(&first), manifest(&second));
    assert_eq!(a["entries"], b["entries"], "same files, same checksums");
    // Same checksums cover the grant fields too: the backup holds them.
    let entry = |name: &str| {
        let mut zip = zip::ZipArchive::new(std::fs::File::open(&second).unwrap()).unwrap();
        std::io::read_to_string(zip.by_name(name).unwrap()).unwrap()
    };
    let producers = entry("producers.jsonl");
    assert!(
        producers.contains("\"nik_koperasi\":\"3507010020004521\""),
        "{producers}"
    );
    assert!(producers.contains("\"contact_role\":\"Ketua Kopontren\""));
    let products = entry("products.jsonl");
    assert!(
        products.contains("\"number\":\"IDM000874512\""),
        "{products}"
    );
    assert!(products.contains("\"sni\":\"SNI 01-3542-2004\""));
    assert_eq!(a["counts"], b["counts"]);
    let list = |d: &Path| en(d, &["list", "--json"]).stdout;
    assert_eq!(list(&dir.path().join("asli")), list(&restored));
    // The restored catalogue checks clean and its photos are whole.
    assert_eq!(en(&restored, &["check"]).code, 0);
}

#[test]
fn a_catalogue_with_data_is_replaced_only_on_request_and_backed_up_first() {
    let dir = tempfile::tempdir().unwrap();
    let archive = sample_backup(dir.path());
    let data = dir.path().join("lain");
    assert_eq!(en(&data, &["sample"]).code, 0);
    let csv = dir.path().join("satu.csv");
    std::fs::write(
        &csv,
        "sku,name_id,category,price,producer\nX-1,Produk Baru,Kerajinan,10000,PP Baru\n",
    )
    .unwrap();
    assert_eq!(en(&data, &["import", &csv.display().to_string()]).code, 0);
    let refused = en(&data, &["restore", &archive.display().to_string()]);
    assert_eq!(refused.code, 1);
    assert!(
        refused.stderr.contains("already holds data"),
        "{}",
        refused.stderr
    );
    assert!(
        en(&data, &["list"]).stdout.contains("X-1"),
        "nothing changed"
    );
    let run = en(
        &data,
        &["restore", &archive.display().to_string(), "--replace"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!en(&data, &["list"]).stdout.contains("X-1"));
    // What was replaced is in the automatic backup, and restores.
    let saved: Vec<_> = std::fs::read_dir(data.join("backups"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(saved.len(), 1);
    let back = dir.path().join("kembali");
    assert_eq!(
        en(&back, &["restore", &saved[0].display().to_string()]).code,
        0
    );
    assert!(en(&back, &["list"]).stdout.contains("X-1"));
}

/// Writes a ZIP whose manifest lists `listed` (name, size, sha256) and that holds `files`.
fn crafted(path: &Path, format: u32, listed: &[(&str, u64, String)], files: &[(&str, Vec<u8>)]) {
    let entries: Vec<serde_json::Value> = listed
        .iter()
        .map(|(n, s, h)| serde_json::json!({"name": n, "size": s, "sha256": h}))
        .collect();
    let manifest = serde_json::json!({
        "format": format, "app_version": "0.1.0", "created": 0,
        "counts": {"products": 0, "producers": 0, "categories": 0, "photos": 0, "leads": 0},
        "photo_sizes": {}, "entries": entries,
    });
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("manifest.json", options).unwrap();
    zip.write_all(manifest.to_string().as_bytes()).unwrap();
    for (name, bytes) in files {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
}

fn sha(bytes: &[u8]) -> String {
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn crafted_archives_are_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let small = b"{}\n".to_vec();
    let bomb = vec![0u8; 64 << 20];
    let cases: Vec<(&str, std::path::PathBuf, &str)> = vec![
        ("dotdot", dir.path().join("dotdot.zip"), "unsafe file name"),
        (
            "bomb",
            dir.path().join("bomb.zip"),
            "larger than its manifest says",
        ),
        (
            "unlisted",
            dir.path().join("unlisted.zip"),
            "not listed in its manifest",
        ),
        (
            "checksum",
            dir.path().join("checksum.zip"),
            "does not match its checksum",
        ),
        (
            "newer",
            dir.path().join("newer.zip"),
            "newer Etalase (format 9)",
        ),
        (
            "garbage",
            dir.path().join("garbage.zip"),
            "not an Etalase backup",
        ),
        (
            "swapped-photo",
            dir.path().join("swapped.zip"),
            "does not match its checksum",
        ),
    ];
    crafted(
        &cases[0].1,
        1,
        &[("../evil.txt", 3, sha(&small))],
        &[("../evil.txt", small.clone())],
    );
    // 64 MB of zeros that deflate to about 64 KB, declared as 10 bytes.
    crafted(
        &cases[1].1,
        1,
        &[("products.jsonl", 10, sha(&bomb[..10]))],
        &[("products.jsonl", bomb)],
    );
    crafted(&cases[2].1, 1, &[], &[("extra.jsonl", small.clone())]);
    crafted(
        &cases[3].1,
        1,
        &[("products.jsonl", 3, sha(b"xyz"))],
        &[("products.jsonl", small.clone())],
    );
    crafted(&cases[4].1, 9, &[], &[]);
    std::fs::write(&cases[5].1, b"PK\x03\x04 not really a zip").unwrap();
    // A photo named by another photo's hash (its own checksum is right).
    let named = format!("photos/{}.jpg", sha(b"the real photo"));
    crafted(
        &cases[6].1,
        1,
        &[(&named, 13, sha(b"another photo"))],
        &[(&named, b"another photo".to_vec())],
    );
    for (what, archive, expected) in &cases {
        let data = dir.path().join(format!("data-{what}"));
        let run = en(&data, &["restore", &archive.display().to_string()]);
        assert_eq!(run.code, 1, "{what}: {}", run.stdout);
        assert!(run.stderr.contains(expected), "{what}: {}", run.stderr);
        assert!(
            run.stderr.contains("Nothing was changed"),
            "{what}: {}",
            run.stderr
        );
        assert!(!data.exists(), "{what}: the data folder was written");
        assert!(!dir.path().join("evil.txt").exists());
    }
}

#[test]
fn closing_the_window_after_changes_leaves_todays_automatic_backup() {
    use etalase::app::{Command, Prefs};
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(en(dir.path(), &["sample"]).code, 0);
    let mut app = common::app(
        &dir.path().join("store"),
        Prefs::new(etalase::domain::Lang::Id),
    );
    assert!(app.auto_backup().is_none(), "nothing changed, no backup");
    let id = app.catalogue.products[0].id;
    app.apply(Command::Open(id));
    app.editor.as_mut().unwrap().draft.price = "99.000".into();
    app.apply(Command::Save);
    let file = app.auto_backup().expect("a backup after a change");
    assert!(file.ends_with(format!("auto-{}.zip", common::TODAY)));
    assert!(app.auto_backup().is_none(), "one a day");
    drop(app);
    let restored = dir.path().join("pulih");
    assert_eq!(
        en(&restored, &["restore", &file.display().to_string()]).code,
        0
    );
    let json = en(&restored, &["list", "--json"]).stdout;
    assert!(json.contains("99000"), "{json}");
}

#[test]
fn merging_another_catalogue_lists_sku_clashes_and_settles_them_by_the_rule() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("kabupaten");
    let csv = dir.path().join("kiriman.csv");
    std::fs::write(
        &csv,
        "sku,name_id,category,price,producer,nik_koperasi,year_founded,contact_person\n\
         BAL-KTP-01,Keripik Tempe Pedas,Makanan & Camilan,21000,Pondok Pesantren Baitul A'la,,,\n\
         NEW-01,Madu Klanceng,Makanan & Camilan,90000,Ponpes Baru Sejahtera,,,\n\
         DFL-NEW-01,Kerupuk Rambak,Makanan & Camilan,18000,Pondok Pesantren Darul Falah Sumenep,3529010020008819,1990,KH. Abdul Mun'im\n",
    )
    .unwrap();
    assert_eq!(en(&other, &["import", &csv.display().to_string()]).code, 0);
    let archive = dir.path().join("kabupaten.zip");
    assert_eq!(
        en(&other, &["backup", &archive.display().to_string()]).code,
        0
    );
    let price = |data: &Path, sku: &str| -> Option<u64> {
        let json: serde_json::Value =
            serde_json::from_str(&en(data, &["list", "--json"]).stdout).unwrap();
        json.as_array()
            .unwrap()
            .iter()
            .find(|p| p["sku"] == sku)
            .and_then(|p| p["price"].as_u64())
    };
    for rule in ["keep", "take", "both"] {
        let data = dir.path().join(format!("provinsi-{rule}"));
        assert_eq!(en(&data, &["sample"]).code, 0);
        let run = en(
            &data,
            &["merge", &archive.display().to_string(), "--on-clash", rule],
        );
        assert_eq!(run.code, 0, "{rule}: {}", run.stderr);
        assert!(
            run.stderr.contains("SKU BAL-KTP-01 exists"),
            "{rule}: {}",
            run.stderr
        );
        assert!(
            run.stdout.contains("1 SKU clashes"),
            "{rule}: {}",
            run.stdout
        );
        assert_eq!(
            price(&data, "NEW-01"),
            Some(90_000),
            "{rule}: the new product is added"
        );
        match rule {
            "keep" => assert_eq!(price(&data, "BAL-KTP-01"), Some(15_000)),
            "take" => assert_eq!(price(&data, "BAL-KTP-01"), Some(21_000)),
            _ => {
                assert_eq!(price(&data, "BAL-KTP-01"), Some(15_000));
                assert_eq!(price(&data, "BAL-KTP-01-2"), Some(21_000));
                assert!(
                    run.stderr.contains("added as BAL-KTP-01-2"),
                    "{}",
                    run.stderr
                );
            }
        }
        assert_eq!(en(&data, &["check"]).code, 0, "{rule}: checks clean");
        // The shared producer is matched by name, not duplicated; the new one is added.
        let store = etalase::storage::Store::open(&data.join("store")).unwrap();
        let names: Vec<String> = store
            .producers()
            .unwrap()
            .into_iter()
            .map(|p| p.pesantren)
            .collect();
        assert_eq!(
            names.iter().filter(|n| n.contains("Baitul")).count(),
            1,
            "{names:?}"
        );
        assert!(names.iter().any(|n| n == "Ponpes Baru Sejahtera"));
        // A known producer keeps its own data and gains only the grant fields it lacked.
        let darul = store
            .producers()
            .unwrap()
            .into_iter()
            .find(|p| p.pesantren == "Pondok Pesantren Darul Falah Sumenep")
            .unwrap();
        assert_eq!(darul.legal.nik_koperasi, "3529010020008819", "{rule}");
        assert_eq!(darul.legal.contact_person, "KH. Abdul Mun'im");
        assert_eq!(darul.legal.founded_year, Some(1995), "ours stays");
        assert_eq!(darul.city, "Kab. Sumenep");
    }
}

/// Damages a store's log the way a failing disk does.
fn damage(store_dir: &Path) {
    let db = store_dir.join("db");
    let mut bytes = std::fs::read(&db).unwrap();
    for i in (0..bytes.len()).step_by(97) {
        bytes[i] ^= 0xff;
    }
    std::fs::write(&db, bytes).unwrap();
}

#[test]
fn a_damaged_store_is_named_never_shown_empty_and_the_app_offers_the_newest_backup() {
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    use etalase::app::{EtalaseApp, Prefs, Screen};
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert_eq!(en(&data, &["sample"]).code, 0);
    let auto = data.join("backups").join("auto-2026-11-28.zip");
    std::fs::create_dir_all(auto.parent().unwrap()).unwrap();
    assert_eq!(en(&data, &["backup", &auto.display().to_string()]).code, 0);
    damage(&data.join("store"));
    let run = en(&data, &["list"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    assert!(
        run.stderr.contains("is damaged and cannot be read"),
        "{}",
        run.stderr
    );
    let app = common::app(&data.join("store"), Prefs::new(etalase::domain::Lang::En));
    assert_eq!(app.screen, Screen::StoreError);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(200)
        .build_ui_state(|ui, app: &mut EtalaseApp| app.frame(ui), app);
    h.run();
    h.get_by_label_contains("There is an automatic backup from 28 November 2026");
    h.get_by_label("Restore the newest automatic backup")
        .click();
    for _ in 0..2000 {
        h.step();
        if !h.state().busy() && h.state().screen == Screen::Products {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    h.run();
    h.get_by_label("Catalogue restored");
    assert_eq!(h.state().catalogue.products.len(), 15);
    let kept: Vec<_> = std::fs::read_dir(&data)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.starts_with("store.damaged-"))
        .collect();
    assert_eq!(kept.len(), 1, "the damaged store is kept aside");
}

#[test]
fn settings_back_up_now_and_restore_an_automatic_backup_in_the_window() {
    use egui_kittest::Harness;
    use egui_kittest::kittest::{NodeT, Queryable};
    use etalase::app::{Command, EtalaseApp, Prefs};
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert_eq!(en(&data, &["sample"]).code, 0);
    let auto = data.join("backups").join("auto-2026-11-28.zip");
    std::fs::create_dir_all(auto.parent().unwrap()).unwrap();
    assert_eq!(en(&data, &["backup", &auto.display().to_string()]).code, 0);
    let app = common::app(&data.join("store"), Prefs::new(etalase::domain::Lang::En));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(200)
        .build_ui_state(|ui, app: &mut EtalaseApp| app.frame(ui), app);
    h.run();
    let wait = |h: &mut Harness<'_, EtalaseApp>| {
        for _ in 0..2000 {
            h.step();
            if !h.state().busy() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        h.run();
    };
    // A change made after the automatic backup.
    let id = h.state().catalogue.products[0].id;
    let sku = h.state().catalogue.products[0].sku.clone();
    h.state_mut().apply(Command::Open(id));
    h.state_mut().editor.as_mut().unwrap().draft.price = "77.000".into();
    h.state_mut().apply(Command::Save);
    h.state_mut()
        .apply(Command::Leave(etalase::app::After::Products));
    let now = dir.path().join("sekarang.zip");
    h.state_mut().apply(Command::BackupTo(now.clone()));
    h.step();
    wait(&mut h);
    h.get_by_label("Backup finished");
    assert!(now.exists());
    h.state_mut().apply(Command::CloseFinished);
    h.state_mut()
        .apply(Command::Leave(etalase::app::After::Screen(
            etalase::app::Screen::Settings,
        )));
    h.run();
    h.query_all_by_label("Restore the automatic backup of 28 November 2026")
        .find(|n| n.accesskit_node().role() == egui::accesskit::Role::Button)
        .unwrap()
        .click();
    h.run();
    h.get_by_label("Restore this backup?");
    h.get_by_label("Yes, restore").click();
    wait(&mut h);
    h.get_by_label("Catalogue restored");
    let price = h
        .state()
        .store()
        .unwrap()
        .product_by_sku(&sku)
        .unwrap()
        .unwrap()
        .price;
    assert_ne!(price, Some(77_000), "the backup's price is back");
    // What was replaced is kept twice: as a backup and as a folder.
    let names: Vec<String> = std::fs::read_dir(data.join("backups"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    assert!(
        names.iter().any(|n| n.starts_with("before-restore-")),
        "{names:?}"
    );
    assert!(std::fs::read_dir(&data).unwrap().any(|e| {
        e.unwrap()
            .file_name()
            .to_string_lossy()
            .starts_with("store.replaced-")
    }));
}

#[test]
fn a_cancelled_backup_leaves_no_file_and_progress_counts_every_photo() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert_eq!(en(&data, &["sample"]).code, 0);
    let store = etalase::storage::Store::open(&data.join("store")).unwrap();
    let out = dir.path().join("cadangan.zip");
    let mut seen = Vec::new();
    let stopped = etalase::backup::backup_with(&store, &out, &mut |done, total| {
        seen.push((done, total));
        done < 5
    })
    .unwrap();
    assert!(stopped.is_none(), "cancelled");
    assert_eq!(seen.last(), Some(&(5, 15)));
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        left,
        vec![std::ffi::OsString::from("data")],
        "no file, no partial"
    );
    let mut seen = Vec::new();
    let counts = etalase::backup::backup_with(&store, &out, &mut |done, total| {
        seen.push((done, total));
        true
    })
    .unwrap()
    .expect("finished");
    assert_eq!(counts.photos, 15);
    assert_eq!(seen.first(), Some(&(0, 15)));
    assert_eq!(seen.last(), Some(&(15, 15)));
    // The manifest, written last, lists every entry.
    assert_eq!(
        manifest(&out)["entries"].as_array().unwrap().len(),
        5 + 2 * 15
    );
}

#[test]
fn a_backup_in_the_window_shows_its_progress_and_can_be_cancelled() {
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    use etalase::app::jobs::{Job, JobKind, Outcome, Phase};
    use etalase::app::{EtalaseApp, Prefs};
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert_eq!(en(&data, &["sample"]).code, 0);
    let app = common::app(&data.join("store"), Prefs::new(etalase::domain::Lang::Id));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(200)
        .wgpu()
        .build_ui_state(|ui, app: &mut EtalaseApp| app.frame(ui), app);
    h.run();
    // A backup of a large catalogue, held at photo 1,204 of 30,000 until it is cancelled, then
    // written the way `backup_with` is (the real one is too quick to catch on the sample).
    let store = h.state().store().unwrap().clone();
    let out = dir.path().join("cadangan.zip");
    let target = out.clone();
    h.state_mut().job = Some(Job::spawn(JobKind::BackingUp, move |progress| {
        progress.set_phase(Phase::Photos);
        let mut photo = 0;
        let result = etalase::backup::backup_with(&store, &target, &mut |_, _| {
            photo += 1;
            while progress.report(1_204, 30_000) {
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
            photo < 1
        })
        .and_then(|c| c.ok_or(etalase::backup::BackupError::Cancelled));
        Outcome::BackedUp {
            path: target,
            result,
        }
    }));
    for _ in 0..50 {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    h.get_by_label("Membuat cadangan…");
    h.get_by_label_contains("foto 1.204 dari 30.000");
    if std::env::var_os("ETALASE_SHOT").is_some() {
        h.render()
            .unwrap()
            .save("/tmp/shots/backup-progress.png")
            .unwrap();
    }
    h.get_by_label("Batalkan").click();
    for _ in 0..500 {
        h.step();
        if !h.state().busy() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    assert!(!h.state().busy(), "the backup stopped");
    h.run();
    h.get_by_label_contains("Pencadangan dibatalkan");
    assert!(!out.exists(), "a cancelled backup leaves no file");
    assert!(!out.with_extension("zip.partial").exists());
}

/// Runs the binary in English with `input` on its standard input (a script's passphrase).
fn en_with_input(data: &Path, args: &[&str], input: &str) -> common::Run {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_etalase"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "en_US.UTF-8")
        .env(etalase::clock::TODAY_VAR, common::TODAY)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    common::Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn a_protected_backup_opens_only_with_its_passphrase_and_a_wrong_one_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("asli");
    assert_eq!(en(&data, &["sample"]).code, 0);
    let out = dir.path().join("booth.age");
    let file = out.display().to_string();
    let short = en_with_input(&data, &["backup", &file, "--protect"], "pendek\n");
    assert_ne!(short.code, 0);
    assert!(
        short.stderr.contains("at least 8 characters"),
        "{}",
        short.stderr
    );
    assert!(!out.exists());
    let made = en_with_input(
        &data,
        &["backup", &file, "--protect"],
        "sandi koperasi 2026\n",
    );
    assert_eq!(made.code, 0, "{}", made.stderr);
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1\n"));
    // Nothing of the catalogue can be read from the file.
    let text = String::from_utf8_lossy(&bytes);
    assert!(!text.contains("products.jsonl") && !text.contains("Keripik"));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.contains("unprotected") || n.contains("partial"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    let restored = dir.path().join("pulih");
    for wrong in ["", "sandi koperasi 2025\n"] {
        let run = en_with_input(&restored, &["restore", &file], wrong);
        assert_ne!(run.code, 0);
        assert!(run.stderr.contains("Wrong passphrase"), "{}", run.stderr);
        assert!(!restored.join("store").exists(), "nothing restored");
        if restored.exists() {
            let left: Vec<_> = std::fs::read_dir(&restored).unwrap().collect();
            assert!(left.is_empty(), "nothing written: {left:?}");
        }
    }
    let run = etalase(&restored, "id_ID.UTF-8", &["restore", &file, "--replace"]);
    // Without a terminal and without input, the Indonesian refusal names the passphrase too.
    assert!(run.stderr.contains("Kata sandi salah"), "{}", run.stderr);
    let run = en_with_input(&restored, &["restore", &file], "sandi koperasi 2026\n");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let list = |d: &Path| en(d, &["list", "--json"]).stdout;
    assert_eq!(list(&data), list(&restored));
    let opened: Vec<_> = std::fs::read_dir(&restored)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.starts_with("opening-"))
        .collect();
    assert!(opened.is_empty(), "the decrypted copy is gone: {opened:?}");
    // A merge asks for it as well.
    let other = dir.path().join("lain");
    assert_eq!(en(&other, &["sample"]).code, 0);
    let merged = en_with_input(&other, &["merge", &file], "sandi koperasi 2026\n");
    assert_eq!(merged.code, 0, "{}", merged.stderr);
}

#[test]
fn the_window_protects_a_backup_and_asks_for_the_passphrase_again_when_it_is_wrong() {
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    use etalase::app::{Command, EtalaseApp, Prefs, Screen};
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert_eq!(en(&data, &["sample"]).code, 0);
    let app = common::app(&data.join("store"), Prefs::new(etalase::domain::Lang::En));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(200)
        .build_ui_state(|ui, app: &mut EtalaseApp| app.frame(ui), app);
    h.run();
    h.state_mut()
        .apply(Command::Leave(etalase::app::After::Screen(
            Screen::Settings,
        )));
    h.run();
    h.get_by_label("Protect with a passphrase").click();
    h.run();
    h.get_by_label("Passphrase").focus();
    h.step();
    common::type_keys(&mut h, "sandi booth 2026");
    h.get_by_label("Passphrase again").focus();
    h.step();
    common::type_keys(&mut h, "sandi booth 2025");
    h.get_by_label("Back up now…").scroll_to_me();
    h.run();
    h.get_by_label("Back up now…").click();
    h.run();
    h.get_by_label("The two passphrases differ. Type the second one again.");
    assert!(!h.state().busy(), "no file dialog for a mismatch");
    h.get_by_label("Passphrase again").focus();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    common::type_keys(&mut h, "sandi booth 2026");
    h.run();
    // What the save dialog would answer.
    assert!(
        h.state()
            .file_name_for(etalase::app::jobs::Purpose::Backup)
            .ends_with(".age")
    );
    let file = dir.path().join("booth.age");
    h.state_mut().apply(Command::PickBackup);
    assert!(h.state().backup_lock.problem.is_none());
    h.state_mut().job = None;
    h.state_mut().apply(Command::BackupTo(file.clone()));
    common::finish_job(&mut h);
    h.get_by_label("Backup finished");
    assert!(etalase::protect::is_protected(&file).unwrap());
    assert!(
        h.state().backup_lock.first.is_empty(),
        "the typed passphrase is not kept"
    );
    h.state_mut().apply(Command::CloseFinished);
    // A change after the backup, which the restore takes back.
    let sku = h.state().catalogue.products[0].sku.clone();
    let id = h.state().catalogue.products[0].id;
    h.state_mut().apply(Command::Open(id));
    h.state_mut().editor.as_mut().unwrap().draft.price = "77.000".into();
    h.state_mut().apply(Command::Save);
    h.state_mut()
        .apply(Command::Leave(etalase::app::After::Screen(
            Screen::Settings,
        )));
    h.run();
    h.state_mut().apply(Command::AskRestore(file.clone()));
    h.run();
    h.get_by_label("Yes, restore").click();
    h.run();
    h.run();
    h.get_by_label("Protected backup");
    common::type_keys(&mut h, "sandi booth 2020");
    h.key_press(egui::Key::Enter);
    h.step();
    common::finish_job(&mut h);
    h.run();
    h.get_by_label("Wrong passphrase. Nothing was changed; please try again.");
    assert_eq!(
        common::price_of(&h, &sku),
        Some(77_000),
        "nothing was changed"
    );
    assert!(h.state().finished.is_none());
    common::type_keys(&mut h, "sandi booth 2026");
    h.get_by_label("Open and restore").hover();
    h.run();
    h.get_by_label("Open and restore").click();
    h.step();
    common::finish_job(&mut h);
    h.get_by_label("Catalogue restored");
    assert_ne!(
        common::price_of(&h, &sku),
        Some(77_000),
        "the backup's price is back"
    );
    assert!(h.state().unlock.is_none());
}
