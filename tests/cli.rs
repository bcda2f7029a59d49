//! Whole flows through the real `etalase` binary against a temporary data folder.

mod common;

use common::{en, etalase};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
        .display()
        .to_string()
}

fn list_json(data: &Path) -> Vec<serde_json::Value> {
    let run = en(data, &["list", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("list --json prints one JSON array")
}

#[test]
fn sample_fills_an_empty_catalogue_once() {
    let dir = tempfile::tempdir().unwrap();
    let run = en(dir.path(), &["sample"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("15 products from 4 pesantren"),
        "{}",
        run.stdout
    );
    let products = list_json(dir.path());
    assert_eq!(products.len(), 15);
    let skus: Vec<&str> = products
        .iter()
        .map(|p| p["sku"].as_str().unwrap())
        .collect();
    let mut sorted = skus.clone();
    sorted.sort();
    assert_eq!(skus, sorted, "ordered by SKU");
    let kopi = products.iter().find(|p| p["sku"] == "BAL-KOP-01").unwrap();
    for field in [
        "name_id",
        "name_en",
        "category",
        "price",
        "producer",
        "halal_status",
        "halal_number",
        "photo_count",
    ] {
        assert!(kopi.get(field).is_some(), "list --json lacks {field}");
    }
    assert_eq!(kopi["price"], 45_000);
    assert_eq!(kopi["halal_status"], "certified");
    let again = en(dir.path(), &["sample"]);
    assert_eq!(again.code, 1);
    assert!(
        again.stderr.contains("already holds 15 products"),
        "{}",
        again.stderr
    );
}

#[test]
fn a_spreadsheet_with_broken_rows_names_exactly_those_rows() {
    let dir = tempfile::tempdir().unwrap();
    let run = en(
        dir.path(),
        &["import", &fixture("excel-id-with-errors.csv")],
    );
    assert_eq!(run.code, 1, "rows were rejected: {}", run.stderr);
    let errors: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| !l.starts_with("Note:"))
        .collect();
    assert_eq!(errors.len(), 3, "{}", run.stderr);
    assert!(
        errors[0].contains("line 5 (SKU SMB-02), column price") && errors[0].contains("cents"),
        "{}",
        errors[0]
    );
    assert!(
        errors[1].contains("line 7 (SKU JHE-02), column halal_valid_until")
            && errors[1].contains("31/13/2026"),
        "{}",
        errors[1]
    );
    assert!(errors[2].contains("line 8, column sku"), "{}", errors[2]);
    assert!(
        run.stdout
            .contains("3 new, 0 updated, 0 unchanged, 3 rows rejected"),
        "{}",
        run.stdout
    );

    let products = list_json(dir.path());
    let skus: Vec<&str> = products
        .iter()
        .map(|p| p["sku"].as_str().unwrap())
        .collect();
    assert_eq!(skus, vec!["BTK-07", "JHE-01", "SMB-01"]);
    let sambal = &products[2];
    assert_eq!(sambal["price"], 35_000);
    assert_eq!(sambal["category"], "Makanan & Camilan");
    assert_eq!(sambal["halal_number"], "ID35280012345678924");
}

#[test]
fn the_same_report_in_indonesian() {
    let dir = tempfile::tempdir().unwrap();
    let run = etalase(
        dir.path(),
        "id_ID.UTF-8",
        &["import", &fixture("excel-id-with-errors.csv")],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("baris 5 (SKU SMB-02), kolom price"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("3 produk baru"), "{}", run.stdout);
    let list = etalase(dir.path(), "id_ID.UTF-8", &["list"]);
    assert!(
        list.stdout.contains("Rp 35.000") && list.stdout.contains("Harga"),
        "{}",
        list.stdout
    );
    let list_en = en(dir.path(), &["list"]);
    assert!(
        list_en.stdout.contains("IDR 35,000") && list_en.stdout.contains("Spicy Roa Fish Sambal")
    );
}

#[test]
fn strict_and_dry_run_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let strict = en(
        dir.path(),
        &["import", "--strict", &fixture("excel-id-with-errors.csv")],
    );
    assert_eq!(strict.code, 1);
    assert!(
        strict.stderr.contains("Nothing was imported"),
        "{}",
        strict.stderr
    );
    assert!(list_json(dir.path()).is_empty());

    let dry = en(
        dir.path(),
        &["import", "--dry-run", &fixture("libreoffice.csv")],
    );
    assert_eq!(dry.code, 0, "{}", dry.stderr);
    assert!(dry.stdout.contains("would add 2 new"), "{}", dry.stdout);
    assert!(list_json(dir.path()).is_empty());

    let real = en(dir.path(), &["import", &fixture("libreoffice.csv")]);
    assert_eq!(real.code, 0, "{}", real.stderr);
    let products = list_json(dir.path());
    assert_eq!(products[1]["name_id"], "Madu \"Klanceng\" Asli");
    assert_eq!(products[1]["name_en"], "Stingless Bee Honey, Raw");
    assert_eq!(products[0]["price"], 27_000);
}

#[test]
fn export_import_export_gives_the_same_file() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    assert_eq!(en(a.path(), &["sample"]).code, 0);
    assert_eq!(
        en(a.path(), &["import", &fixture("excel-id-with-errors.csv")]).code,
        1
    );
    let first: PathBuf = a.path().join("catalogue.csv");
    let run = en(a.path(), &["export", "csv", first.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("18 products"), "{}", run.stdout);

    let run = en(b.path(), &["import", first.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let second = b.path().join("catalogue.csv");
    assert_eq!(
        en(b.path(), &["export", "csv", second.to_str().unwrap()]).code,
        0
    );
    let (x, y) = (
        std::fs::read(&first).unwrap(),
        std::fs::read(&second).unwrap(),
    );
    assert!(
        x.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 with a byte-order mark"
    );
    assert_eq!(String::from_utf8_lossy(&x), String::from_utf8_lossy(&y));

    // Importing the export back into the catalogue it came from changes nothing.
    let run = en(a.path(), &["import", first.to_str().unwrap()]);
    assert!(
        run.stdout.contains("0 new, 0 updated, 18 unchanged"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_catalogue_held_by_another_process_is_refused_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let store = etalase::storage::Store::open(&dir.path().join("store")).unwrap();
    let run = en(dir.path(), &["list"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("is open in another Etalase window"),
        "{}",
        run.stderr
    );
    assert_eq!(
        run.stderr.lines().count(),
        1,
        "one sentence, no dump: {}",
        run.stderr
    );
    drop(store);
    assert_eq!(en(dir.path(), &["list"]).code, 0);
}

#[test]
fn check_reports_findings_and_exits_zero_on_a_sound_store() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(en(dir.path(), &["sample"]).code, 0);
    let run = en(dir.path(), &["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = &run.stdout;
    assert!(
        out.contains("NHM-MDU-01 (Kapok Blossom Forest Honey): the halal certificate expired"),
        "{out}"
    );
    assert!(
        out.contains("NHM-MYK-01 (Santri Cajuput Oil): no PIRT or BPOM number"),
        "{out}"
    );
    assert!(
        out.contains("the PIRT registration “P-IRT No. 2063516055678-25” expired in 2025"),
        "{out}"
    );
    assert!(
        out.contains("NIB “91200055512345” does not have 13 digits"),
        "{out}"
    );
    assert!(
        out.contains("The catalogue is sound: 15 products, 4 producers, 8 categories."),
        "{out}"
    );
    assert!(
        !out.contains("BAL-KOP-01"),
        "a well-certified product has no findings: {out}"
    );
}

#[test]
fn bad_usage_exits_two_with_a_sentence() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["frobnicate"][..],
        &["import"],
        &["list", "--colour"],
        &["export"],
    ] {
        let run = en(dir.path(), args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(!run.stderr.contains("panicked"));
    }
    let missing = en(dir.path(), &["import", "/no/such/file.csv"]);
    assert_eq!(missing.code, 1);
    assert!(
        missing
            .stderr
            .contains("Cannot read /no/such/file.csv: the file or folder does not exist"),
        "{}",
        missing.stderr
    );
    let help = etalase(dir.path(), "id_ID.UTF-8", &["--help"]);
    assert_eq!(help.code, 0);
    assert!(
        help.stdout.contains("Perintah") && help.stdout.contains("Impor produk"),
        "{}",
        help.stdout
    );
}

/// The spreadsheet from the halal issue's "done when": every kind of halal or registration
/// problem, dated relative to today so that it stays true in later years.
fn halal_problems_csv(dir: &Path) -> PathBuf {
    let today = common::today();
    let last_month = today.add_days(-30);
    let last_year = (today.year() - 1) % 100;
    let next_year = (today.year() + 1) % 100;
    let producer = "Pondok Pesantren Uji Halal";
    let csv = format!(
        "sku,name_id,name_en,category,price,producer,halal_status,halal_number,halal_issuer,halal_valid_until,pirt\n\
         HP-01,Dodol Ketan,Sticky Rice Dodol,Makanan & Camilan,15000,{producer},certified,LPPOM-00150012345678,MUI,2016-03-01,P-IRT No. 2063507011234-{next_year:02}\n\
         HP-02,Keripik Tempe,Tempeh Chips,Makanan & Camilan,12000,{producer},certified,ID35110017058840424,BPJPH,{last_month},P-IRT No. 2063507011235-{next_year:02}\n\
         HP-03,Sirup Jahe,Ginger Syrup,Minuman,20000,{producer},in_process,SH2025-1-0456789,,,P-IRT No. 2063507011236-{next_year:02}\n\
         HP-04,Abon Lele,Catfish Floss,Makanan & Camilan,25000,{producer},certified,ID351100170588,BPJPH,,P-IRT No. 2063507011237-{next_year:02}\n\
         HP-05,Kerupuk Ikan,Fish Crackers,Makanan & Camilan,10000,{producer},none,,,,P-IRT No. 2063507011238-{last_year:02}\n\
         HP-06,Rengginang,Rice Crackers,Makanan & Camilan,18000,{producer},,,,,P-IRT No. 2063507011239-{next_year:02}\n\
         HP-07,Kopi Robusta,Robusta Coffee,Minuman,45000,{producer},certified,ID35110017058840426,BPJPH,,P-IRT No. 2063507011240-{next_year:02}\n"
    );
    let path = dir.join("halal.csv");
    std::fs::write(&path, csv).unwrap();
    path
}

#[test]
fn check_names_every_halal_problem_of_a_spreadsheet_and_none_gets_a_mark() {
    let dir = tempfile::tempdir().unwrap();
    let csv = halal_problems_csv(dir.path());
    let import = en(dir.path(), &["import", &csv.display().to_string()]);
    assert_eq!(import.code, 0, "{}{}", import.stdout, import.stderr);
    let run = en(dir.path(), &["check"]);
    assert_eq!(run.code, 0, "findings are not failures: {}", run.stderr);
    let out = &run.stdout;
    let line = |sku: &str, words: &str| {
        assert!(
            out.lines().any(|l| l.contains(sku) && l.contains(words)),
            "no line for {sku} saying “{words}”:\n{out}"
        );
    };
    line("HP-01", "the halal certificate expired");
    line(
        "HP-01",
        "no valid certificate, but had to be halal certified by",
    );
    line("HP-02", "the halal certificate expired 30 days ago");
    line("HP-03", "still in process, but had to be halal certified");
    line("HP-03", "Certification in process");
    line(
        "HP-04",
        "the certificate number “ID351100170588” is not in a known form",
    );
    line("HP-05", "expired in 20");
    line("HP-05", "not certified, but had to be halal certified");
    line("HP-06", "not certified, but had to be halal certified");
    let (products, _) = out
        .split_once("Producer readiness for OPOP curation:")
        .expect("a readiness section");
    assert!(
        !products.contains("HP-07"),
        "a sound product is only counted: {out}"
    );
    assert!(
        out.contains("1 product is halal certified with a certificate that holds."),
        "{out}"
    );
    // The producer's checklist says what is missing, product by product.
    assert!(
        out.contains("Pondok Pesantren Uji Halal: not ready yet"),
        "{out}"
    );
    for words in [
        "the NIB is not filled in",
        "HP-03: halal certification still in process",
        "HP-04: the certificate number is missing or not in a known form",
        "HP-05: the PIRT registration expired in",
        "HP-07: no photo",
        "HP-07: name or description missing in Indonesian and English",
    ] {
        assert!(out.contains(words), "missing “{words}”:\n{out}");
    }
    let marks: Vec<(String, bool)> = list_json(dir.path())
        .iter()
        .map(|p| {
            (
                p["sku"].as_str().unwrap().to_string(),
                p["halal_mark"].as_bool().unwrap(),
            )
        })
        .collect();
    for (sku, mark) in &marks {
        assert_eq!(*mark, sku == "HP-07", "{sku}: halal mark {mark}");
    }
    // The same in Indonesian.
    let id = etalase(dir.path(), "id_ID.UTF-8", &["check"]);
    assert!(
        id.stdout.lines().any(|l| l.contains("HP-03")
            && l.contains("masih dalam proses sertifikasi, padahal wajib bersertifikat halal")),
        "{}",
        id.stdout
    );
    assert!(id.stdout.contains("belum siap"), "{}", id.stdout);
}

#[test]
fn the_example_loaded_years_later_reads_the_same_on_that_day() {
    // `ETALASE_TODAY` is the binary's "today": the example loaded and checked on 2031-12-31 has
    // the same findings as on any other day, with the lapsed PIRT's year moved on with it.
    let dir = tempfile::tempdir().unwrap();
    let day = "2031-12-31";
    let lang = "en_US.UTF-8";
    assert_eq!(
        common::etalase_on(dir.path(), lang, day, &["sample"]).code,
        0
    );
    let run = common::etalase_on(dir.path(), lang, day, &["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = &run.stdout;
    assert!(
        out.contains("the PIRT registration “P-IRT No. 2063516055678-30” expired in 2030"),
        "{out}"
    );
    assert!(
        out.contains(
            "DFL-KRP-01 (Mackerel Fish Crackers): the halal certificate expires in 45 days"
        ),
        "{out}"
    );
    assert_eq!(
        out.matches("the PIRT registration “").count(),
        1,
        "only the lapsed one: {out}"
    );
}
