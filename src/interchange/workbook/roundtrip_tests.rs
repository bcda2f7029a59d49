//! Workbooks written and read back through the library alone (the command line's round trip, with
//! photos and LibreOffice, is in `tests/workbook.rs`).

use super::*;
use crate::domain::model::default_categories;
use crate::domain::{Catalogue, Category, Date, Producer, Product};
use crate::interchange::import::{ImportPlan, plan_table};
use crate::interchange::report::Origin;
use crate::interchange::{PhotoLookup, write_csv};

/// The example catalogue, with cells that tempt a spreadsheet: a formula-like name, a number
/// with a leading zero, a long number, a multi-line description, and more categories than a
/// dropdown may spell out.
fn catalogue() -> Catalogue {
    let mut categories = default_categories();
    let day = Date::parse("2026-11-28").unwrap();
    let changes = crate::sample::sample_changes(&categories, day);
    categories.extend(changes.categories.iter().cloned());
    for i in 0..30 {
        categories.push(Category::new(
            &format!("Kategori tambahan nomor {i}"),
            "",
            900 + i,
        ));
    }
    let mut products = changes.products.clone();
    let producer: &Producer = &changes.producers[0];
    let mut odd = Product::new("=SUM(A1)", categories[0].id, producer.id);
    odd.name.id = "=HYPERLINK(\"http://x\")".into();
    odd.name.en = "+62 promo, \"quoted\"".into();
    odd.description.id = "baris satu\nbaris dua".into();
    odd.export.hs_code = "0901.21".into();
    odd.pirt = "2063507011234529".into();
    odd.price = Some(1_000_000_000);
    odd.shelf_life_months = Some(12);
    odd.halal.issued = Some(Date::parse("1904-01-02").unwrap());
    odd.featured = true;
    products.push(odd);
    Catalogue {
        products,
        producers: changes.producers.clone(),
        categories,
        ..Catalogue::default()
    }
}

fn import(bytes: &[u8], into: &Catalogue) -> ImportPlan {
    let table = read(bytes, None).unwrap();
    assert_eq!(
        table.origin,
        Origin::Sheet {
            name: "Produk".into()
        }
    );
    plan_table(table, into, 1_000, &PhotoLookup::new(), &mut |_, _| true)
        .unwrap()
        .unwrap()
}

#[test]
fn a_written_workbook_reads_back_to_the_same_catalogue_and_is_the_same_each_time() {
    let c = catalogue();
    let bytes = write_workbook(&c.products, &c.producers, &c.categories).unwrap();
    assert_eq!(
        bytes,
        write_workbook(&c.products, &c.producers, &c.categories).unwrap(),
        "the same catalogue gives the same bytes"
    );
    let empty = Catalogue {
        categories: c.categories.clone(),
        ..Catalogue::default()
    };
    let plan = import(&bytes, &empty);
    assert!(plan.report.errors.is_empty(), "{:?}", plan.report.errors);
    assert_eq!(plan.report.created.len(), c.products.len());
    let back = Catalogue {
        products: plan.changes.products.clone(),
        producers: plan.changes.producers.clone(),
        categories: c.categories.clone(),
        ..Catalogue::default()
    };
    assert_eq!(
        String::from_utf8(write_csv(&back.products, &back.producers, &back.categories)).unwrap(),
        String::from_utf8(write_csv(&c.products, &c.producers, &c.categories)).unwrap(),
    );
    // Imported again over itself, nothing changes.
    let again = import(&bytes, &back);
    assert_eq!(again.report.unchanged, c.products.len());
    assert!(again.changes.products.is_empty());
}

#[test]
fn a_text_too_long_for_a_cell_is_named() {
    let mut c = catalogue();
    c.products[0].description.en = "x".repeat(40_000);
    let sku = c.products[0].sku.clone();
    assert_eq!(
        write_workbook(&c.products, &c.producers, &c.categories).unwrap_err(),
        WriteError::TextTooLong {
            sku,
            column: crate::interchange::Column::DescriptionEn,
        }
    );
}

#[test]
fn a_cut_off_workbook_is_damaged() {
    let c = catalogue();
    let bytes = write_workbook(&c.products, &c.producers, &c.categories).unwrap();
    assert!(matches!(
        read(&bytes[..bytes.len() / 2], None),
        Err(WorkbookError::Damaged(_))
    ));
}

/// A workbook as a program that does not type its cells writes it: `<c r="B2"><v>0857...</v></c>`.
#[test]
fn an_untyped_cell_keeps_its_leading_zero() {
    use std::io::{Read, Write};
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Toko & Co").unwrap();
    for (i, h) in ["sku", "whatsapp", "price"].iter().enumerate() {
        sheet.write_string(0, i as u16, *h).unwrap();
    }
    sheet.write_string(1, 0, "A-1").unwrap();
    sheet.write_number(1, 1, 857_123_456_780.0).unwrap();
    sheet.write_number(1, 2, 25_000.0).unwrap();
    let bytes = book.save_to_buffer().unwrap();
    // The same workbook with the WhatsApp cell's text as an untyped program writes it.
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut content = Vec::new();
        entry.read_to_end(&mut content).unwrap();
        if name == "xl/worksheets/sheet1.xml" {
            let text = String::from_utf8(content).unwrap();
            assert!(text.contains("<v>857123456780</v>"), "{text}");
            content = text
                .replace("<v>857123456780</v>", "<v>0857123456780</v>")
                .into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&content).unwrap();
    }
    let patched = out.finish().unwrap().into_inner();
    let table = read(&patched, None).unwrap();
    assert_eq!(table.rows[1].cells, vec!["A-1", "0857123456780", "25000"]);
}
