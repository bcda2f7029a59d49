//! Unit tests of import planning: what a spreadsheet row does to the catalogue.

use super::*;
use crate::domain::model::default_categories;
use crate::domain::{Date, HalalScheme, HalalStatus, PhotoId, WholesaleTier};

fn empty() -> Catalogue {
    Catalogue {
        categories: default_categories(),
        ..Catalogue::default()
    }
}

fn plan(csv: &str, catalogue: &Catalogue) -> ImportPlan {
    plan_import(csv.as_bytes(), catalogue, 1_000).unwrap()
}

/// The catalogue after applying a plan (what the store would hold).
fn applied(catalogue: &Catalogue, plan: &ImportPlan) -> Catalogue {
    let mut c = catalogue.clone();
    for p in &plan.changes.products {
        c.products.retain(|q| q.id != p.id);
        c.products.push(p.clone());
    }
    for p in &plan.changes.producers {
        c.producers.retain(|q| q.id != p.id);
        c.producers.push(p.clone());
    }
    for x in &plan.changes.categories {
        c.categories.retain(|q| q.id != x.id);
        c.categories.push(x.clone());
    }
    c
}

fn product<'a>(c: &'a Catalogue, sku: &str) -> &'a Product {
    c.products.iter().find(|p| p.sku == sku).unwrap()
}

const EXCEL_ID: &str = "\u{feff}SKU;Name_ID;name_en;category;price;producer;whatsapp;halal_valid_until;description_id\r\n\
KTP-01;Keripik Tempe;Tempeh Chips;makanan & camilan;Rp 25.000;PP Baitul A'la;0812-3456-789;17/08/2027;\"Renyah.\r\nGurih.\"\r\n\
KOP-01;Kopi Dampit;;Minuman;Rp45.000,00;PP Baitul A'la;;;\r\n";

#[test]
fn excel_indonesian_file_creates_products_and_matches_categories() {
    let c = empty();
    let p = plan(EXCEL_ID, &c);
    assert!(p.report.errors.is_empty(), "{:?}", p.report.errors);
    assert_eq!(p.report.created, vec!["KTP-01", "KOP-01"]);
    assert!(
        p.report.new_categories.is_empty(),
        "matched case-insensitively"
    );
    assert_eq!(p.report.new_producers, vec!["PP Baitul A'la"]);
    let after = applied(&c, &p);
    let ktp = product(&after, "KTP-01");
    assert_eq!(ktp.price, Some(25_000));
    assert_eq!(ktp.description.id, "Renyah.\nGurih.");
    assert_eq!(ktp.halal.valid_until, Date::new(2027, 8, 17).ok());
    assert_eq!(ktp.category, c.categories[0].id);
    assert_eq!(product(&after, "KOP-01").price, Some(45_000));
    assert_eq!(after.producers[0].whatsapp, "628123456789");
}

#[test]
fn bad_rows_are_named_and_change_nothing_not_even_their_producer() {
    let csv = "sku,name_id,category,price,producer,halal_issued\n\
A-1,Kopi,Minuman,\"25,000\",PP Satu,2024-01-01\n\
A-2,Teh,Minuman,dua ribu,PP Dua,\n\
,Gula,Minuman,5000,PP Tiga,\n\
A-4,Susu,Minuman,5000,PP Empat,31/02/2024\n";
    let p = plan(csv, &empty());
    assert_eq!(p.report.created, vec!["A-1"]);
    assert_eq!(p.report.rejected_rows(), 3);
    let e = &p.report.errors;
    assert_eq!(
        (e[0].line, e[0].sku.as_deref(), e[0].column),
        (3, Some("A-2"), Some(Column::Price))
    );
    assert_eq!(
        (e[1].line, e[1].sku.as_deref(), e[1].column),
        (4, None, Some(Column::Sku))
    );
    assert_eq!(
        (e[2].line, e[2].column, e[2].value.as_str()),
        (5, Some(Column::HalalIssued), "31/02/2024")
    );
    let names: Vec<_> = p
        .changes
        .producers
        .iter()
        .map(|p| p.pesantren.as_str())
        .collect();
    assert_eq!(names, vec!["PP Satu"]);
}

#[test]
fn upsert_keeps_absent_columns_and_clears_empty_cells() {
    let c = applied(
        &empty(),
        &plan(
            "sku,name_id,name_en,category,price,producer,net_content,hs_code\nA-1,Kopi,Coffee,Minuman,25000,PP Satu,250 g,0901\n",
            &empty(),
        ),
    );
    let csv =
        "sku,name_id,category,price,producer,net_content\na-1,Kopi Bubuk,Minuman,26000,PP Satu,\n";
    let p = plan_import(csv.as_bytes(), &c, 2_000).unwrap();
    assert_eq!(p.report.updated, vec!["a-1"]);
    let after = applied(&c, &p);
    assert_eq!(after.products.len(), 1, "SKU matched regardless of case");
    let a = &after.products[0];
    assert_eq!(a.name.en, "Coffee", "absent column left as it was");
    assert_eq!(a.export.hs_code, "0901");
    assert_eq!(a.net_content, "", "empty cell cleared");
    assert_eq!(a.price, Some(26_000));
    assert!(
        a.english_is_stale(),
        "Indonesian name changed after the English"
    );
    // The same file again changes nothing.
    let again = plan(
        "sku,name_id,category,price,producer,net_content\na-1,Kopi Bubuk,Minuman,26000,PP Satu,\n",
        &after,
    );
    assert_eq!(
        (again.report.unchanged, again.changes.products.len()),
        (1, 0)
    );
}

#[test]
fn producer_fields_are_shared_and_the_last_row_wins() {
    let csv = "sku,name_id,category,price,producer,city,kopontren\n\
A-1,Kopi,Minuman,1,pp satu,Kab. Malang,Kopontren A\n\
A-2,Teh,Minuman,1,PP  Satu,,Kopontren B\n";
    let p = plan(csv, &empty());
    assert_eq!(p.changes.producers.len(), 1);
    let prod = &p.changes.producers[0];
    assert_eq!(
        (prod.city.as_str(), prod.kopontren.as_str()),
        ("Kab. Malang", "Kopontren B")
    );
    assert_eq!(
        p.changes.products[0].producer,
        p.changes.products[1].producer
    );
}

#[test]
fn halal_status_follows_the_number_when_empty_and_odd_numbers_warn() {
    let csv = "sku,name_id,category,price,producer,halal_status,halal_number,halal_scheme,halal_issuer\n\
A-1,Kopi,Minuman,1,P,,ID35110017058840424,reguler,bpjph\n\
A-2,Teh,Minuman,1,P,,,,\n\
A-3,Gula,Minuman,1,P,proses,SH2024-1-0123456,self-declare,\n\
A-4,Susu,Minuman,1,P,certified,12345,,\n\
A-5,Air,Minuman,1,P,kinda,,,\n\
A-6,Jahe,Minuman,1,P,certified,SH2024-1-0123457,,\n\
A-7,Kunyit,Minuman,1,P,,SH2024-1-0123458,,\n";
    let p = plan(csv, &empty());
    let by = |sku: &str| p.changes.products.iter().find(|x| x.sku == sku).unwrap();
    assert_eq!(by("A-1").halal.status, HalalStatus::Certified);
    assert_eq!(by("A-1").halal.scheme, Some(HalalScheme::Regular));
    assert_eq!(by("A-2").halal.status, HalalStatus::NotYet);
    assert_eq!(by("A-3").halal.status, HalalStatus::InProcess);
    assert_eq!(by("A-4").halal.number, "12345");
    assert!(by("A-4").halal.mark_number().is_none());
    // A registration number is right for "in process", wrong for "certified"; without a
    // status it means in process.
    assert!(
        !p.report
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::HalalNumberIsRegistration { sku, .. } if sku == "A-3" || sku == "A-7"))
    );
    assert!(
        p.report
            .warnings
            .contains(&Warning::HalalNumberIsRegistration {
                line: 7,
                sku: "A-6".into()
            })
    );
    assert_eq!(by("A-7").halal.status, HalalStatus::InProcess);
    assert!(
        p.report
            .warnings
            .contains(&Warning::HalalNumberUnrecognised {
                line: 5,
                sku: "A-4".into()
            })
    );
    assert_eq!(p.report.errors[0].column, Some(Column::HalalStatus));
}

#[test]
fn file_level_problems() {
    let missing = plan_import(b"sku,name_id,price\nA,b,1\n", &empty(), 0).unwrap_err();
    assert_eq!(
        missing,
        FileError::MissingColumns(vec![Column::Category, Column::Producer])
    );
    let dup = plan_import(b"sku,SKU,name_id,category,price,producer\n", &empty(), 0).unwrap_err();
    assert_eq!(dup, FileError::DuplicateColumn("sku".into()));
    let p = plan(
        "sku,name_id,category,price,producer,colour\nA,b,Minuman,1,P,red\n",
        &empty(),
    );
    assert_eq!(
        p.report.warnings,
        vec![Warning::UnknownColumn("colour".into())]
    );
}

#[test]
fn an_unquoted_delimiter_shifts_cells_and_is_refused() {
    let p = plan(
        "sku,name_id,category,price,producer\nA,Kopi, bubuk,Minuman,1,P\nB,Teh,Minuman,1,P,\n",
        &empty(),
    );
    assert_eq!(p.report.errors.len(), 1);
    assert!(matches!(
        p.report.errors[0].problem,
        Problem::TooManyCells {
            cells: 6,
            columns: 5
        }
    ));
    assert_eq!(
        p.report.created,
        vec!["B"],
        "a trailing empty cell is harmless"
    );
}

#[test]
fn wholesale_tier_needs_both_cells() {
    let p = plan(
        "sku,name_id,category,price,producer,wholesale_price,wholesale_min_qty\n\
A,Kopi,Minuman,1000,P,900,24\nB,Teh,Minuman,1000,P,900,\n",
        &empty(),
    );
    assert_eq!(
        p.changes.products[0].wholesale,
        vec![WholesaleTier {
            min_qty: 24,
            price: 900
        }]
    );
    assert_eq!(p.report.errors[0].problem, Problem::WholesaleHalf);
    assert_eq!(p.report.errors[0].column, Some(Column::WholesaleMinQty));
}

#[test]
fn a_repeated_sku_updates_the_row_before_it() {
    let p = plan(
        "sku,name_id,category,price,producer\nA,Kopi,Minuman,1,P\na,Kopi Baru,Minuman,2,P\n",
        &empty(),
    );
    assert_eq!(p.report.created, vec!["A"]);
    assert!(p.report.updated.is_empty());
    assert_eq!(p.changes.products.len(), 1);
    assert_eq!(p.changes.products[0].price, Some(2));
    assert_eq!(
        p.report.warnings,
        vec![Warning::RepeatedSku {
            line: 3,
            sku: "a".into(),
            first_line: 2
        }]
    );
}

#[test]
fn planning_reports_progress_and_stops_when_cancelled() {
    let mut csv = String::from("sku,name_id,category,price,producer\n");
    for i in 0..300 {
        csv.push_str(&format!("S-{i},Produk {i},Minuman,1000,PP A\n"));
    }
    let mut seen = Vec::new();
    let plan = plan_import_with(
        csv.as_bytes(),
        &empty(),
        1_000,
        &PhotoLookup::new(),
        &mut |d, t| {
            seen.push((d, t));
            true
        },
    )
    .unwrap()
    .unwrap();
    assert_eq!(plan.report.created.len(), 300);
    assert_eq!(seen.first(), Some(&(0, 300)));
    assert_eq!(seen.last(), Some(&(300, 300)));
    let mut calls = 0;
    let cancelled = plan_import_with(
        csv.as_bytes(),
        &empty(),
        1_000,
        &PhotoLookup::new(),
        &mut |_, _| {
            calls += 1;
            calls < 3
        },
    )
    .unwrap();
    assert!(cancelled.is_none());
    assert_eq!(calls, 3);
}

#[test]
fn the_photos_column_sets_the_photo_list_and_names_a_refused_file() {
    use crate::photos::PhotoError;
    use crate::storage::PhotoProblem;
    let csv = "sku,name_id,category,price,producer,photos\n\
               A-1,Kopi,Minuman,1000,PP A,img/a.jpg | img/b.png|img/rusak.jpg\n\
               A-2,Teh,Minuman,1000,PP A,img/b.png\n";
    let (a, b) = (PhotoId([1; 32]), PhotoId([2; 32]));
    assert_eq!(
        photo_entries(csv.as_bytes()),
        vec!["img/a.jpg", "img/b.png", "img/rusak.jpg"]
    );
    let lookup: PhotoLookup = [
        ("img/a.jpg".to_string(), Ok(a)),
        ("img/b.png".to_string(), Ok(b)),
        (
            "img/rusak.jpg".to_string(),
            Err(PhotoProblem::Refused(PhotoError::Broken)),
        ),
    ]
    .into_iter()
    .collect();
    let plan = plan_import_with(csv.as_bytes(), &empty(), 1_000, &lookup, &mut |_, _| true)
        .unwrap()
        .unwrap();
    let c = applied(&empty(), &plan);
    assert_eq!(product(&c, "A-1").photos, vec![a, b]);
    assert_eq!(product(&c, "A-2").photos, vec![b]);
    assert_eq!(
        plan.report.warnings,
        vec![Warning::PhotoRefused {
            line: 2,
            sku: "A-1".into(),
            file: "img/rusak.jpg".into(),
            problem: PhotoProblem::Refused(PhotoError::Broken),
        }]
    );
    // When every file of a row fails, the product keeps the photos it had.
    let again =
        "sku,name_id,category,price,producer,photos\nA-2,Teh,Minuman,1000,PP A,img/rusak.jpg\n";
    let plan2 = plan_import_with(again.as_bytes(), &c, 2_000, &lookup, &mut |_, _| true)
        .unwrap()
        .unwrap();
    assert_eq!(product(&applied(&c, &plan2), "A-2").photos, vec![b]);
}

#[test]
fn without_a_status_column_a_new_product_follows_its_number_and_a_stored_one_keeps_its_status() {
    let csv = "sku,name_id,category,price,producer,halal_number\n\
               A-1,Kopi,Minuman,1,P,ID35110017058840424\n\
               A-2,Teh,Minuman,1,P,SH2024-1-0123456\n\
               A-3,Gula,Minuman,1,P,\n";
    let p = plan(csv, &empty());
    assert!(p.report.errors.is_empty(), "{:?}", p.report.errors);
    let c = applied(&empty(), &p);
    assert_eq!(product(&c, "A-1").halal.status, HalalStatus::Certified);
    assert_eq!(product(&c, "A-2").halal.status, HalalStatus::InProcess);
    assert_eq!(product(&c, "A-3").halal.status, HalalStatus::NotYet);

    // Stored products keep their status when the column is absent, whatever the number says.
    let mut stored = c.clone();
    stored.products.iter_mut().for_each(|x| {
        x.halal.status = HalalStatus::NotRequired;
    });
    let update = "sku,name_id,category,price,producer,halal_number\n\
                  A-1,Kopi,Minuman,1,P,ID35110017058840425\n\
                  A-3,Gula,Minuman,1,P,ID35110017058840426\n\
                  A-4,Jahe,Minuman,1,P,ID35110017058840427\n\
                  A-4,Jahe,Minuman,2,P,ID35110017058840427\n";
    let after = applied(
        &stored,
        &plan_import(update.as_bytes(), &stored, 2_000).unwrap(),
    );
    assert_eq!(
        product(&after, "A-1").halal.status,
        HalalStatus::NotRequired
    );
    assert_eq!(
        product(&after, "A-3").halal.status,
        HalalStatus::NotRequired
    );
    assert_eq!(
        product(&after, "A-4").halal.status,
        HalalStatus::Certified,
        "created by the file, even when its SKU comes twice"
    );
}

#[test]
fn the_formula_guard_comes_off_csv_cells() {
    let csv = "sku,name_id,category,price,producer,description_id,photos\n\
               '-A1,'=1+1,Minuman,1,'@PP,'quoted,'-foto/a.jpg\n\
               A-2,''=x,Minuman,1,PP,''already,\n";
    assert_eq!(photo_entries(csv.as_bytes()), vec!["-foto/a.jpg"]);
    let p = plan(csv, &empty());
    assert!(p.report.errors.is_empty(), "{:?}", p.report.errors);
    let c = applied(&empty(), &p);
    let a = product(&c, "-A1");
    assert_eq!(a.name.id, "=1+1");
    assert_eq!(
        a.description.id, "'quoted",
        "an apostrophe of the text stays"
    );
    assert_eq!(
        c.producers.iter().filter(|x| x.pesantren == "@PP").count(),
        1
    );
    let b = product(&c, "A-2");
    assert_eq!(b.name.id, "'=x");
    assert_eq!(b.description.id, "'already");
}

/// A CSV as Excel in an Indonesian locale saves it (`;`, decimal comma, BOM, CRLF), with the
/// damage a spreadsheet does to identifiers typed into columns not formatted as Text.
const EXCEL_DAMAGED: &str = "\u{feff}sku;name_id;category;price;producer;whatsapp;pirt;bpom;hs_code;halal_number\r\n\
A-1;Kopi;Minuman;Rp 25.000;PP Satu;6,28123E+12;;;;\r\n\
A-2;Teh;Minuman;Rp 5.000;PP Dua;0812-3456-789;2,06351E+14;;;\r\n\
A-3;Gula;Minuman;5000;PP Dua;;20635070112342;;901,21;\r\n\
A-4;Susu;Minuman;5000;PP Dua;;;;90121;3,51100E+16\r\n\
1,23457E+12;Jahe;Minuman;5000;PP Dua;;;;;\r\n\
A-6;Kunyit;Minuman;5000;PP Dua;;;2,2451E+11;901.21;\r\n\
A-7;Madu;Minuman;5000;PP Dua;;206350701123428;MD 224510001234;0901.21;\r\n";

#[test]
fn what_excel_did_to_identifiers_is_named() {
    let p = plan(EXCEL_DAMAGED, &empty());
    let errors: Vec<(usize, Option<Column>, Problem, &str)> = p
        .report
        .errors
        .iter()
        .map(|e| (e.line, e.column, e.problem.clone(), e.value.as_str()))
        .collect();
    let sci = Problem::ScientificNotation;
    assert_eq!(
        errors,
        vec![
            (2, Some(Column::Whatsapp), sci.clone(), "6,28123E+12"),
            (3, Some(Column::Pirt), sci.clone(), "2,06351E+14"),
            (5, Some(Column::HalalNumber), sci.clone(), "3,51100E+16"),
            (6, Some(Column::Sku), sci.clone(), "1,23457E+12"),
            (7, Some(Column::Bpom), sci, "2,2451E+11"),
        ],
        "scientific notation has lost the digits: the row is refused"
    );
    assert_eq!(p.report.created, vec!["A-3", "A-7"]);
    let zero = |line, sku: &str, column, value: &str, likely: &str| Warning::LeadingZeroLost {
        line,
        sku: sku.into(),
        column,
        value: value.into(),
        likely: likely.into(),
    };
    assert_eq!(
        p.report.warnings,
        vec![
            zero(4, "A-3", Column::Pirt, "20635070112342", "020635070112342"),
            zero(4, "A-3", Column::HsCode, "901,21", "0901.21"),
            zero(5, "A-4", Column::HsCode, "90121", "090121"),
            zero(7, "A-6", Column::HsCode, "901.21", "0901.21"),
        ]
    );
    let c = applied(&empty(), &p);
    let a3 = product(&c, "A-3");
    assert_eq!(
        (a3.pirt.as_str(), a3.export.hs_code.as_str()),
        ("20635070112342", "901,21"),
        "kept as written: the zero is only likely"
    );
    assert_eq!(product(&c, "A-7").export.hs_code, "0901.21");
    assert!(
        c.producers.iter().all(|x| x.whatsapp.is_empty()),
        "the refused row set no WhatsApp number"
    );
}

#[test]
fn trademark_sni_and_the_producers_legal_identity_are_read_in_either_language() {
    let c = empty();
    let csv = "sku;name_id;category;price;producer;trademark_status;trademark_number;sni;nib;nik_koperasi;kemenag_registered;year_founded;members;santri_involved;contact_person;contact_role;legal_entity_number\r\n\
MDU-01;Madu Randu;Minuman;95000;PP Nurul Huda;terdaftar;IDM000651290;SNI 8664:2018;9120007654321;3516020030001175;ya;1972;212;54;Hj. Siti Maryam;Ketua Koperasi;188.4/215/BH/XVI.12/2011\r\n\
MDU-02;Madu Hutan;Minuman;85000;PP Nurul Huda;diajukan;;;;;;;;;;;\r\n\
BAD-01;Sabun;Lainnya;10000;PP Darul Falah;maybe;;;;3,50701E+15;;95;;;;;\r\n";
    let p = plan(csv, &c);
    let after = applied(&c, &p);
    let honey = product(&after, "MDU-01");
    assert_eq!(
        honey.trademark.status,
        crate::domain::TrademarkStatus::Registered
    );
    assert_eq!(honey.trademark.number, "IDM000651290");
    assert_eq!(honey.sni, "SNI 8664:2018");
    assert_eq!(
        product(&after, "MDU-02").trademark.status,
        crate::domain::TrademarkStatus::Filed
    );
    // The second row's empty producer cells leave what the first row set.
    let producer = after.producer(honey.producer).unwrap();
    assert_eq!(
        producer.legal,
        crate::domain::LegalIdentity {
            legal_entity_number: "188.4/215/BH/XVI.12/2011".into(),
            nik_koperasi: "3516020030001175".into(),
            kemenag_registered: Some(true),
            founded_year: Some(1972),
            members: Some(212),
            santri_involved: Some(54),
            contact_person: "Hj. Siti Maryam".into(),
            contact_role: "Ketua Koperasi".into(),
        }
    );
    assert_eq!(producer.nib, "9120007654321");
    // A bad status, a NIK that Excel turned into scientific notation and a two-digit year reject
    // the row, each named; its producer is not created.
    let columns: Vec<_> = p.report.errors.iter().map(|e| e.column).collect();
    assert_eq!(
        columns,
        vec![
            Some(Column::NikKoperasi),
            Some(Column::YearFounded),
            Some(Column::TrademarkStatus)
        ],
        "{:?}",
        p.report.errors
    );
    assert!(p.report.errors.iter().all(|e| e.line == 4));
    assert_eq!(p.report.new_producers, vec!["PP Nurul Huda"]);
}
