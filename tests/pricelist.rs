//! The buyer price list through the real binary, on the example catalogue: the PDF read back with
//! poppler's pdftotext, the workbook with calamine and with LibreOffice (run when `soffice` is
//! installed; required on CI): dollar prices at the rate given and the rate printed, rupiah and
//! dollars as numbers in their formats, identifiers as text with their leading zeros, each
//! language's own words, no halal number for an expired certificate, and bad usage refused.

mod common;

use calamine::{Data, Reader, Xlsx};
use common::{en, etalase};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The example's crafts bag costs Rp 95.000: USD 5.85 at 16,250.
const BAG: &str = "AIK-ANY-01";
/// The example's coffee (HS code 0901.21).
const COFFEE: &str = "BAL-KOP-01";
/// The example's honey, whose MUI certificate expired in 2022.
const EXPIRED_NUMBER: &str = "LPPOM-00150081234519";

fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

/// The example catalogue, with one product whose name a spreadsheet would take for a formula.
fn data() -> tempfile::TempDir {
    let data = common::sample_data();
    let store = etalase::storage::Store::open(&data.path().join("store")).unwrap();
    let bag = store.product_by_sku(BAG).unwrap().unwrap();
    assert_eq!(bag.price, Some(95_000), "the example's bag");
    let mut coffee = store.product_by_sku(COFFEE).unwrap().unwrap();
    assert_eq!(coffee.export.hs_code, "0901.21", "the example's coffee");
    coffee.name.en = "=1+1 Robusta".into();
    store.save_product(&coffee).unwrap();
    data
}

fn export(data: &Path, out: &Path, lang: &str, extra: &[&str]) -> common::Run {
    let mut args = vec![
        "export",
        "pricelist",
        s(out),
        "--lang",
        lang,
        "--date",
        "2026-12-01",
    ];
    args.extend_from_slice(extra);
    en(data, &args)
}

fn pdf_text(file: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(file)
        .arg("-")
        .output()
        .expect("pdftotext is needed (poppler-utils)");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_pdf_shows_dollars_at_the_rate_in_each_language_and_no_expired_number() {
    let data = data();
    let out = tempfile::tempdir().unwrap();
    let cases = [
        (
            "en",
            [
                "USD 5.85",
                "IDR 95,000",
                "Exchange rate: 1 USD = IDR 16,250, 1 December 2026",
                "Wholesale price",
                "Page 1 of",
            ],
            ["Harga", "Halaman", "Kurs", "USD 5,85"],
        ),
        (
            "id",
            [
                "USD 5,85",
                "Rp 95.000",
                "Kurs: 1 USD = Rp 16.250, 1 Desember 2026",
                "Harga grosir",
                "Halaman 1 dari",
            ],
            ["Wholesale", "Page ", "Exchange rate", "USD 5.85"],
        ),
    ];
    for (lang, own, other) in cases {
        let file = out.path().join(format!("harga-{lang}.pdf"));
        let run = export(data.path(), &file, lang, &["--usd-rate", "16250"]);
        assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
        assert!(
            run.stdout.contains("Wrote a price list of 14 products"),
            "{}",
            run.stdout
        );
        // The expired certificate is named to the manager, and left off the list.
        assert!(run.stderr.contains("NHM-MDU-01"), "{}", run.stderr);
        let text = pdf_text(&file);
        for words in own {
            assert!(text.contains(words), "{lang}: {words} in {text}");
        }
        for words in other {
            assert!(!text.contains(words), "{lang}: {words} in {text}");
        }
        for value in [BAG, COFFEE, "0901.21", "ID35070023456780125"] {
            assert!(text.contains(value), "{lang}: {value}");
        }
        assert!(!text.contains(EXPIRED_NUMBER), "{lang}: {text}");
    }

    // Rupiah only: no dollar and no rate; without prices: no price at all.
    let file = out.path().join("rupiah.pdf");
    assert_eq!(export(data.path(), &file, "id", &[]).code, 0);
    let text = pdf_text(&file);
    assert!(text.contains("Rp 95.000") && !text.contains("USD") && !text.contains("Kurs"));
    let file = out.path().join("tanpa-harga.pdf");
    let run = export(
        data.path(),
        &file,
        "id",
        &["--no-prices", "--usd-rate", "16250"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = pdf_text(&file);
    assert!(!text.contains("Rp ") && !text.contains("USD"), "{text}");
    assert!(text.contains("0901.21"));
}

/// The rows of the workbook's sheet, and the header row's index.
fn sheet(
    file: &Path,
    name: &str,
) -> (
    Vec<Vec<Data>>,
    usize,
    Xlsx<std::io::BufReader<std::fs::File>>,
) {
    let mut book: Xlsx<_> = calamine::open_workbook(file).unwrap();
    assert_eq!(book.sheet_names(), vec![name.to_string()]);
    let range = book.worksheet_range(name).unwrap();
    assert_eq!(range.start(), Some((0, 0)));
    let rows: Vec<Vec<Data>> = range.rows().map(|r| r.to_vec()).collect();
    let header = rows
        .iter()
        .position(|r| r.first() == Some(&Data::String("SKU".into())))
        .expect("a header row");
    (rows, header, book)
}

fn column(rows: &[Vec<Data>], header: usize, name: &str) -> usize {
    rows[header]
        .iter()
        .position(|c| *c == Data::String(name.into()))
        .unwrap_or_else(|| panic!("{name} in {:?}", rows[header]))
}

fn row<'a>(rows: &'a [Vec<Data>], sku: &str) -> &'a [Data] {
    rows.iter()
        .find(|r| r.first() == Some(&Data::String(sku.into())))
        .unwrap_or_else(|| panic!("{sku}"))
}

#[test]
fn the_workbook_types_prices_dollars_and_identifiers() {
    let data = data();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("harga.xlsx");
    let run = export(data.path(), &file, "en", &["--usd-rate", "Rp 16.250"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let (rows, h, mut book) = sheet(&file, "Price list");
    let col = |name| column(&rows, h, name);
    let bag = row(&rows, BAG);
    assert_eq!(bag[col("Unit price (IDR)")], Data::Float(95_000.0));
    assert_eq!(bag[col("Unit price (USD)")], Data::Float(5.85));
    assert_eq!(
        bag[col("Halal certificate")],
        Data::String("Not required".into())
    );
    let coffee = row(&rows, COFFEE);
    assert_eq!(coffee[col("HS code")], Data::String("0901.21".into()));
    assert_eq!(coffee[col("Product")], Data::String("=1+1 Robusta".into()));
    assert_eq!(coffee[col("Min. order (pcs)")], Data::Float(100.0));
    assert_eq!(coffee[col("Units per carton")], Data::Float(24.0));
    assert!(matches!(
        coffee[col("Wholesale: from (pcs)")],
        Data::Float(_)
    ));
    assert!(
        rows.iter().flatten().any(
            |c| *c == Data::String("Exchange rate: 1 USD = IDR 16,250, 1 December 2026".into())
        ),
        "the rate above the table"
    );
    assert!(
        !rows
            .iter()
            .flatten()
            .any(|c| c.to_string().contains(EXPIRED_NUMBER))
    );
    // Each number in its format; identifiers in Text columns.
    let styles = book.worksheet_style("Price list").unwrap();
    let format = |sku: &str, c: usize| {
        let r = rows
            .iter()
            .position(|r| r.first() == Some(&Data::String(sku.into())))
            .unwrap();
        styles
            .get((r as u32, c as u32))
            .and_then(|s| s.number_format.clone())
            .map(|f| f.format_code)
            .unwrap_or_default()
    };
    let usd = format(BAG, col("Unit price (USD)"));
    assert!(usd.contains("USD") && usd.contains("0.00"), "{usd}");
    assert!(format(BAG, col("Unit price (IDR)")).contains("#,##0"));
    assert_eq!(format(COFFEE, col("HS code")), "@");
    assert_eq!(format(BAG, col("SKU")), "@");

    // In Indonesian: the sheet, headings and rate in its words.
    let file = out.path().join("harga-id.xlsx");
    let run = export(data.path(), &file, "id", &["--usd-rate", "16.250"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (rows, h, _) = sheet(&file, "Daftar harga");
    let bag = row(&rows, BAG);
    assert_eq!(
        bag[column(&rows, h, "Harga satuan (Rp)")],
        Data::Float(95_000.0)
    );
    assert_eq!(
        bag[column(&rows, h, "Harga satuan (USD)")],
        Data::Float(5.85)
    );
    assert!(
        rows.iter()
            .flatten()
            .any(|c| *c == Data::String("Kurs: 1 USD = Rp 16.250, 1 Desember 2026".into()))
    );
}

/// LibreOffice's converter, or `None` (with a note) where it is not installed; on CI (`CI` set)
/// it must be.
fn soffice() -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join("soffice"))
            .find(|p| p.is_file())
    });
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "LibreOffice (soffice) must be installed on CI: apt-get install libreoffice-calc-nogui"
        );
        eprintln!("note: soffice is not installed; the LibreOffice check was not run");
    }
    found
}

#[test]
fn libreoffice_reads_identifiers_as_text_and_prices_as_numbers() {
    let Some(soffice) = soffice() else {
        return;
    };
    let data = data();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("harga.xlsx");
    let run = export(data.path(), &file, "en", &["--usd-rate", "16250"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // Values as held, not as shown: numbers come out bare, text as it is.
    let profile = tempfile::tempdir().unwrap();
    let converted = Command::new(&soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .args([
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false",
            "--outdir",
        ])
        .arg(out.path())
        .arg(&file)
        .output()
        .expect("soffice runs");
    let csv = out.path().join("harga.csv");
    assert!(
        csv.is_file(),
        "{}",
        String::from_utf8_lossy(&converted.stderr)
    );
    let table = etalase::interchange::reader::read_table(&std::fs::read(&csv).unwrap()).unwrap();
    let rows: Vec<Vec<String>> = table.rows.iter().map(|r| r.cells.clone()).collect();
    let h = rows.iter().position(|r| r[0] == "SKU").expect("the header");
    let col = |name: &str| rows[h].iter().position(|c| c == name).unwrap();
    let by_sku = |sku: &str| rows.iter().find(|r| r[0] == sku).unwrap();
    let bag = by_sku(BAG);
    assert_eq!(bag[col("Unit price (IDR)")], "95000");
    assert_eq!(bag[col("Unit price (USD)")], "5.85");
    let coffee = by_sku(COFFEE);
    assert_eq!(coffee[col("HS code")], "0901.21", "the leading zero kept");
    assert_eq!(
        coffee[col("Product")],
        "=1+1 Robusta",
        "text, never evaluated"
    );
    assert_eq!(coffee[col("Units per carton")], "24");
    let pirt = &coffee[col("PIRT number")];
    assert!(pirt.is_empty() || pirt.starts_with("P-IRT"), "{pirt}");
    assert!(
        rows.iter()
            .any(|r| r[col("Halal certificate")] == "ID35070023456780125"),
        "{rows:?}"
    );
}

#[test]
fn bad_usage_is_refused_with_one_sentence_and_nothing_written() {
    let data = data();
    let out = tempfile::tempdir().unwrap();
    let csv = out.path().join("harga.csv");
    let run = export(data.path(), &csv, "id", &[]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains(".xlsx") && run.stderr.contains("harga.csv"),
        "{}",
        run.stderr
    );
    assert!(!csv.exists());

    let pdf = out.path().join("harga.pdf");
    for rate in ["enam belas ribu", "16250,5", "0", "16"] {
        let run = export(data.path(), &pdf, "id", &["--usd-rate", rate]);
        assert_eq!(run.code, 2, "{rate}: {}", run.stderr);
        assert!(run.stderr.contains(rate), "{rate}: {}", run.stderr);
        assert!(run.stderr.contains("--usd-rate"), "{}", run.stderr);
        assert_eq!(run.stderr.trim().lines().count(), 1, "{}", run.stderr);
        assert!(!pdf.exists());
    }
    // In the user's own language.
    let run = etalase(
        data.path(),
        "id_ID.UTF-8",
        &[
            "export",
            "pricelist",
            s(&pdf),
            "--lang",
            "en",
            "--usd-rate",
            "abc",
        ],
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("Kurs"), "{}", run.stderr);

    // No product matches: nothing is written.
    let run = export(
        data.path(),
        &pdf,
        "en",
        &["--producer", "Pesantren Yang Tidak Ada"],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("No product matches"), "{}", run.stderr);
    assert!(!pdf.exists());

    // The filters are the catalogue's: one category only.
    let run = export(data.path(), &pdf, "en", &["--category", "Crafts"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = pdf_text(&pdf);
    assert!(text.contains(BAG) && !text.contains(COFFEE), "{text}");
}
