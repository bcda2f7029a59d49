//! Excel and LibreOffice workbooks through the real `etalase` binary: export, import into an empty
//! catalogue and export again gives the same records and photo bytes; a bad row is named by the
//! sheet's row number; damaged, protected, renamed and empty files are refused with one sentence
//! and nothing written; workbooks LibreOffice made (`tests/data/libreoffice-id.*`, see
//! `tests/data/README.md` for how) import with their values; and LibreOffice opening our export
//! and saving it again (as .xlsx, .ods and .xls) changes nothing (run when `soffice` is installed;
//! required on CI).

mod common;

use common::{en, etalase};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

fn list_json(data: &Path) -> Vec<serde_json::Value> {
    let run = en(data, &["list", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("one JSON array")
}

/// The catalogue as `export csv` writes it, by SKU and column (photos column left out: it names
/// the export's own folder).
fn records(data: &Path) -> (String, HashMap<String, HashMap<String, String>>) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("records.csv");
    let run = en(data, &["export", "csv", s(&file)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let bytes = std::fs::read(&file).unwrap();
    let table = etalase::interchange::reader::read_table(&bytes).unwrap();
    let header = table.rows[0].cells.clone();
    let mut out = HashMap::new();
    for row in &table.rows[1..] {
        let cells: HashMap<String, String> = header
            .iter()
            .cloned()
            .zip(row.cells.iter().cloned())
            .collect();
        out.insert(cells["sku"].clone(), cells);
    }
    (String::from_utf8(bytes).unwrap(), out)
}

/// Every file in a folder, by name, with its bytes.
fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

/// A data folder holding the example catalogue with its photos.
fn sample_with_photos() -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let run = en(data.path(), &["sample"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    data
}

#[test]
fn export_import_export_gives_the_same_records_and_photos() {
    let first = sample_with_photos();
    let out = tempfile::tempdir().unwrap();
    let a = out.path().join("a");
    let b = out.path().join("b");
    std::fs::create_dir_all(&a).unwrap();
    std::fs::create_dir_all(&b).unwrap();
    let book = a.join("katalog.xlsx");
    let run = en(first.path(), &["export", "xlsx", s(&book)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("Wrote 15 products"), "{}", run.stdout);
    let photos = files(&a.join("katalog_photos"));
    assert_eq!(photos.len(), 15);
    assert!(
        photos.iter().any(|(n, _)| n == "BAL-KOP-01-1.jpg"),
        "{photos:?}"
    );

    let second = tempfile::tempdir().unwrap();
    let run = en(second.path(), &["import", s(&book)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("15 new"), "{}", run.stdout);
    assert!(run.stderr.is_empty(), "{}", run.stderr);

    let again = b.join("katalog.xlsx");
    let run = en(second.path(), &["export", "xlsx", s(&again)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(records(first.path()).0, records(second.path()).0);
    assert_eq!(list_json(first.path()), list_json(second.path()));
    assert_eq!(photos, files(&b.join("katalog_photos")), "same photo bytes");
    assert_eq!(
        std::fs::read(&book).unwrap(),
        std::fs::read(&again).unwrap(),
        "the same catalogue gives the same workbook, byte for byte"
    );

    // Imported over the catalogue it came from, nothing changes.
    let run = en(first.path(), &["import", s(&book)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("0 new, 0 updated, 15 unchanged"),
        "{}",
        run.stdout
    );
}

#[test]
fn the_export_types_its_cells_and_explains_its_columns() {
    use calamine::{Data, Reader, Xlsx};
    let data = sample_with_photos();
    let out = tempfile::tempdir().unwrap();
    let book = out.path().join("katalog.xlsx");
    assert_eq!(en(data.path(), &["export", "xlsx", s(&book)]).code, 0);
    let mut wb: Xlsx<_> = calamine::open_workbook(&book).unwrap();
    assert_eq!(wb.sheet_names(), vec!["Produk", "Petunjuk", "Daftar"]);
    let sheet = wb.worksheet_range("Produk").unwrap();
    let header: Vec<String> = sheet
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = sheet
        .rows()
        .find(|r| r[col("sku")] == Data::String("BAL-KOP-01".into()))
        .unwrap();
    assert_eq!(row[col("whatsapp")], Data::String("6281234567890".into()));
    assert_eq!(row[col("price")], Data::Float(45_000.0));
    assert!(matches!(row[col("halal_issued")], Data::DateTime(_)));
    assert_eq!(row[col("featured")], Data::String("yes".into()));
    let guide = wb.worksheet_range("Petunjuk").unwrap();
    let explained: Vec<String> = guide
        .rows()
        .skip(1)
        .take(35)
        .map(|r| r[0].to_string())
        .collect();
    assert_eq!(explained.len(), 35);
    assert!(explained.iter().any(|c| c == "halal_number"));
    let sku_row: Vec<String> = guide
        .rows()
        .nth(1)
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert!(sku_row[2].contains("Kode produk"), "{sku_row:?}");
    assert!(sku_row[3].contains("Product code"), "{sku_row:?}");
}

#[test]
fn the_template_has_one_example_row_to_overwrite() {
    let data = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let book = out.path().join("templat.xlsx");
    let run = etalase(data.path(), "id_ID.UTF-8", &["template", s(&book)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("Templat sudah disimpan"),
        "{}",
        run.stdout
    );
    let run = en(data.path(), &["import", s(&book), "--dry-run"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("would add 1 new"), "{}", run.stdout);
    assert!(
        list_json(data.path()).is_empty(),
        "a template writes no product"
    );
}

/// A workbook with a title above its header and a bad price in sheet row 6.
fn workbook_with_a_bad_row(path: &Path) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Daftar Harga").unwrap();
    sheet
        .write_string(0, 0, "Daftar produk Kopontren Al-Amin")
        .unwrap();
    let header = [
        "sku", "name_id", "category", "price", "producer", "whatsapp",
    ];
    for (i, h) in header.iter().enumerate() {
        sheet.write_string(2, i as u16, *h).unwrap();
    }
    let rows: [(&str, &str, f64); 3] = [
        ("AM-01", "Kerupuk Udang", 27_000.0),
        ("AM-02", "Sambal Roa", 35_000.0),
        ("AM-03", "Abon Lele", 0.0),
    ];
    for (r, (sku, name, price)) in rows.iter().enumerate() {
        let row = r as u32 + 3;
        sheet.write_string(row, 0, *sku).unwrap();
        sheet.write_string(row, 1, *name).unwrap();
        sheet.write_string(row, 2, "Makanan & Camilan").unwrap();
        if *sku == "AM-03" {
            sheet.write_string(row, 3, "Rp 25.000,50").unwrap();
        } else {
            sheet.write_number(row, 3, *price).unwrap();
        }
        sheet
            .write_string(row, 4, "Pondok Pesantren Al-Amin")
            .unwrap();
        sheet.write_number(row, 5, 6_285_712_345_678.0).unwrap();
    }
    book.save(path).unwrap();
}

#[test]
fn a_bad_row_is_named_by_its_sheet_row() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("harga.xlsx");
    workbook_with_a_bad_row(&book);
    let data = tempfile::tempdir().unwrap();
    let run = en(data.path(), &["import", s(&book)]);
    assert_eq!(run.code, 1, "a rejected row is exit 1");
    assert!(
        run.stderr
            .contains("sheet “Daftar Harga”, row 6 (SKU AM-03), column price"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("2 new"), "{}", run.stdout);
    let data = tempfile::tempdir().unwrap();
    let run = etalase(
        data.path(),
        "id_ID.UTF-8",
        &["import", s(&book), "--strict"],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("lembar “Daftar Harga”, baris 6 (SKU AM-03), kolom price"),
        "{}",
        run.stderr
    );
    assert!(list_json(data.path()).is_empty(), "--strict writes nothing");
}

/// Imports `file` into an empty catalogue and expects one sentence on stderr, exit 1 and
/// nothing written.
fn refused(file: &Path, extra: &[&str], expect: &str) {
    let data = tempfile::tempdir().unwrap();
    let mut args = vec!["import", s(file)];
    args.extend(extra);
    let run = en(data.path(), &args);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains(expect), "{}", run.stderr);
    assert_eq!(
        run.stderr.trim().lines().count(),
        1,
        "one sentence: {}",
        run.stderr
    );
    assert!(!run.stderr.contains("Error") && !run.stderr.contains("panicked"));
    assert!(list_json(data.path()).is_empty(), "nothing written");
}

#[test]
fn files_that_cannot_be_read_are_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let renamed = dir.path().join("produk.xlsx");
    std::fs::copy(fixture("libreoffice-id.csv"), &renamed).unwrap();
    refused(&renamed, &[], "is a text file, not a workbook");

    let whole = std::fs::read(fixture("libreoffice-id.xlsx")).unwrap();
    let cut = dir.path().join("terpotong.xlsx");
    std::fs::write(&cut, &whole[..whole.len() * 2 / 3]).unwrap();
    refused(&cut, &[], "is damaged or incomplete");

    refused(
        &fixture("protected.xlsx"),
        &[],
        "is protected with a password",
    );

    let picture = dir.path().join("foto.xlsx");
    std::fs::write(
        &picture,
        [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0],
    )
    .unwrap();
    refused(&picture, &[], "not an Excel or LibreOffice workbook");

    let mut book = rust_xlsxwriter::Workbook::new();
    book.add_worksheet().set_name("Kosong").unwrap();
    book.add_worksheet()
        .set_name("Produk")
        .unwrap()
        .write_string(0, 0, "sku")
        .unwrap();
    let empty = dir.path().join("kosong.xlsx");
    book.save(&empty).unwrap();
    refused(&empty, &[], "Sheet “Kosong” of");
    refused(
        &empty,
        &["--sheet", "Harga"],
        "no sheet named “Harga”; its sheets are “Kosong”, “Produk”",
    );

    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_number(0, 0, 1.0).unwrap();
    sheet.write_string(0, 1, "Kopi").unwrap();
    let headless = dir.path().join("tanpa-judul.xlsx");
    book.save(&headless).unwrap();
    refused(&headless, &[], "has no header row");

    refused(
        &fixture("libreoffice-id.csv"),
        &["--sheet", "Produk"],
        "is a CSV file, which has no sheets",
    );
}

#[test]
fn a_workbook_named_csv_is_read_as_a_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let disguised = dir.path().join("produk.csv");
    std::fs::copy(fixture("libreoffice-id.xlsx"), &disguised).unwrap();
    let data = tempfile::tempdir().unwrap();
    let run = en(data.path(), &["import", s(&disguised)]);
    assert!(
        run.stdout.contains("3 new"),
        "{}\n{}",
        run.stdout,
        run.stderr
    );
}

fn check_libreoffice_values(data: &Path) {
    let (_, r) = records(data);
    assert_eq!(r.len(), 3, "{:?}", r.keys());
    assert!(!r.contains_key("LO-003"), "the bad row is not imported");
    let one = &r["LO-001"];
    assert_eq!(one["price"], "15000");
    assert_eq!(one["whatsapp"], "6285712345678", "a number cell's digits");
    assert_eq!(one["pirt"], "206351701123429", "15 digits, not 2.06E+14");
    assert_eq!(one["halal_status"], "certified");
    assert_eq!(one["halal_issued"], "2024-03-15");
    assert_eq!(one["halal_valid_until"], "2028-03-14");
    assert_eq!(one["shelf_life_months"], "6");
    assert_eq!(one["featured"], "yes");
    let two = &r["LO-002"];
    assert_eq!(
        two["price"], "25000",
        "25.000 typed in an Indonesian spreadsheet"
    );
    assert_eq!(
        two["hs_code"], "0901.21",
        "a text cell keeps its leading zero"
    );
    assert_eq!(
        two["whatsapp"], "6281234567890",
        "the number lost its 0; the country code is added"
    );
    assert_eq!(two["halal_status"], "in_process");
    let four = &r["LO-004"];
    assert_eq!(four["price"], "12500");
    assert_eq!(
        four["halal_issued"], "2024-03-15",
        "15/03/2024 typed as a date"
    );
    assert_eq!(four["whatsapp"], "6281330001111");
}

#[test]
fn workbooks_libreoffice_made_import_with_their_values_and_name_the_bad_row() {
    for name in [
        "libreoffice-id.xlsx",
        "libreoffice-id.ods",
        "libreoffice-id.xls",
    ] {
        let data = tempfile::tempdir().unwrap();
        let run = etalase(data.path(), "id_ID.UTF-8", &["import", s(&fixture(name))]);
        assert_eq!(run.code, 1, "{name}: {}", run.stderr);
        assert!(
            run.stderr
                .contains("lembar “libreoffice-id”, baris 4 (SKU LO-003), kolom price"),
            "{name}: {}",
            run.stderr
        );
        assert!(
            run.stdout.contains("3 produk baru"),
            "{name}: {}",
            run.stdout
        );
        check_libreoffice_values(data.path());
    }
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
        eprintln!("note: soffice is not installed; the LibreOffice round trip was not run");
    }
    found
}

/// Opens `file` in LibreOffice and saves it as `format` (`xlsx`, `ods`) into `out`, with a profile
/// of its own so it never meets another running LibreOffice.
fn libreoffice_saves(soffice: &Path, file: &Path, format: &str, out: &Path) -> PathBuf {
    let profile = tempfile::tempdir().unwrap();
    let filter = match format {
        "xlsx" => "xlsx:Calc MS Excel 2007 XML",
        other => other,
    };
    let status = std::process::Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .args(["--headless", "--convert-to", filter, "--outdir"])
        .arg(out)
        .arg(file)
        .output()
        .expect("soffice runs");
    assert!(status.status.success(), "{status:?}");
    let saved = out.join(file.with_extension(format).file_name().unwrap());
    assert!(
        saved.is_file(),
        "{}",
        String::from_utf8_lossy(&status.stdout)
    );
    saved
}

#[test]
fn libreoffice_opens_our_workbook_saves_it_and_it_imports_back_unchanged() {
    let Some(soffice) = soffice() else {
        return;
    };
    let data = sample_with_photos();
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("katalog.xlsx");
    assert_eq!(en(data.path(), &["export", "xlsx", s(&book)]).code, 0);
    for format in ["xlsx", "ods", "xls"] {
        let out = dir.path().join(format!("resaved-{format}"));
        std::fs::create_dir_all(&out).unwrap();
        let saved = libreoffice_saves(&soffice, &book, format, &out);
        // Photos are named relative to the workbook; --photos points at the originals.
        let run = en(
            data.path(),
            &["import", s(&saved), "--photos", s(dir.path())],
        );
        assert_eq!(run.code, 0, "{format}: {}", run.stderr);
        assert!(
            run.stdout.contains("0 new, 0 updated, 15 unchanged"),
            "{format}: {}\n{}",
            run.stdout,
            run.stderr
        );
        let empty = tempfile::tempdir().unwrap();
        let run = en(
            empty.path(),
            &["import", s(&saved), "--photos", s(dir.path())],
        );
        assert_eq!(run.code, 0, "{format}: {}", run.stderr);
        assert_eq!(records(empty.path()).0, records(data.path()).0, "{format}");
    }
}
