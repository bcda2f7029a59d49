//! The printable catalogue through the real binary, checked with poppler's tools (pdftotext,
//! pdffonts, pdfimages, pdftoppm) and zbarimg as a buyer's phone would read it.

mod common;

use common::{en, etalase};
use etalase::domain::Lang;
use std::path::Path;
use std::process::Command;

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} is needed (poppler-utils, zbar-tools): {e}"));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The example catalogue's visible products: (SKU, name in `lang`, price as printed in `lang`).
fn expected(data: &Path, lang: Lang) -> Vec<(String, String, String)> {
    let store = etalase::storage::Store::open(&data.join("store")).unwrap();
    let tr = etalase::i18n::Translator::new(lang);
    store
        .products()
        .unwrap()
        .into_iter()
        .filter(|p| !p.hidden)
        .map(|p| {
            let name = match lang {
                Lang::En => p.name.en.clone(),
                Lang::Id => p.name.id.clone(),
            };
            (p.sku.clone(), name, tr.rupiah(p.price.unwrap()))
        })
        .collect()
}

fn export(data: &Path, out: &Path, lang: &str, layout: &str, extra: &[&str]) {
    let file = out.display().to_string();
    let mut args = vec![
        "export",
        "pdf",
        &file,
        "--lang",
        lang,
        "--layout",
        layout,
        "--date",
        "2026-11-29",
    ];
    args.extend_from_slice(extra);
    let run = en(data, &args);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
}

#[test]
fn every_layout_in_both_languages_holds_every_name_and_price_and_only_that_language() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(en(dir.path(), &["sample"]).code, 0);
    for (lang, code, own, other) in [
        (
            Lang::Id,
            "id",
            ["Halaman 2 dari", "Daftar isi"],
            [
                "Page ",
                "Contents",
                "Net content",
                "Price list",
                "Scan this code",
            ],
        ),
        (
            Lang::En,
            "en",
            ["Page 2 of", "Contents"],
            [
                "Halaman",
                "Daftar isi",
                "Isi bersih",
                "Daftar harga",
                "Pindai kode",
            ],
        ),
    ] {
        let products = expected(dir.path(), lang);
        for layout in ["grid", "list", "sheet"] {
            let pdf = dir.path().join(format!("{code}-{layout}.pdf"));
            export(dir.path(), &pdf, code, layout, &[]);
            let text = words(&tool("pdftotext", &[&pdf.display().to_string(), "-"]));
            for (sku, name, price) in &products {
                assert!(
                    text.contains(price),
                    "{code} {layout}: no price {price} of {sku}"
                );
                if layout != "list" {
                    // Table cells interleave in extracted text; cards and sheets do not.
                    assert!(text.contains(name.as_str()), "{code} {layout}: no {name}");
                } else {
                    assert!(text.contains(sku.as_str()), "{code} {layout}: no {sku}");
                }
            }
            for word in own {
                assert!(text.contains(word), "{code} {layout}: no “{word}”");
            }
            for word in other {
                assert!(
                    !text.contains(word),
                    "{code} {layout}: “{word}” from the other language"
                );
            }
            let fonts = tool("pdffonts", &[&pdf.display().to_string()]);
            let rows: Vec<&str> = fonts.lines().skip(2).collect();
            assert!(!rows.is_empty());
            for row in rows {
                let cols: Vec<&str> = row.split_whitespace().collect();
                let n = cols.len();
                assert_eq!(&cols[n - 5..n - 2], ["yes", "yes", "yes"], "{row}");
            }
            // Every photo, the cover's too, prints sharp: 250-450 dpi (the example's photos
            // have the pixels), never soft and never needlessly heavy.
            let images = tool("pdfimages", &["-list", &pdf.display().to_string()]);
            assert!(images.lines().count() > 2, "{code} {layout}: no photos");
            for row in images.lines().skip(2) {
                let cols: Vec<&str> = row.split_whitespace().collect();
                let (ppi_x, ppi_y): (f32, f32) =
                    (cols[12].parse().unwrap(), cols[13].parse().unwrap());
                for ppi in [ppi_x, ppi_y] {
                    assert!((249.0..=451.0).contains(&ppi), "{code} {layout}: {row}");
                }
                assert_eq!(cols[8], "jpeg", "{row}");
            }
        }
    }
}

#[test]
fn the_same_catalogue_twice_is_byte_identical_and_no_prices_leaves_them_out() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(en(dir.path(), &["sample"]).code, 0);
    let a = dir.path().join("a.pdf");
    let b = dir.path().join("b.pdf");
    export(dir.path(), &a, "id", "grid", &[]);
    export(dir.path(), &b, "id", "grid", &[]);
    assert!(
        std::fs::read(&a).unwrap() == std::fs::read(&b).unwrap(),
        "two exports differ"
    );
    let c = dir.path().join("c.pdf");
    export(
        dir.path(),
        &c,
        "id",
        "grid",
        &["--no-prices", "--category", "Minuman"],
    );
    let text = words(&tool("pdftotext", &[&c.display().to_string(), "-"]));
    assert!(!text.contains("Rp "), "{text}");
    assert!(text.contains("Kopi Robusta Dampit"), "{text}");
    assert!(
        !text.contains("Keripik Tempe"),
        "only the chosen category: {text}"
    );
}

#[test]
fn each_qr_code_reads_as_the_products_whatsapp_order_link() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(en(dir.path(), &["sample"]).code, 0);
    let pdf = dir.path().join("grid.pdf");
    export(
        dir.path(),
        &pdf,
        "en",
        "grid",
        &["--category", "Food & Snacks"],
    );
    // One page of cards: no contents, the cards follow the cover.
    let prefix = dir.path().join("page");
    tool(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "200",
            "-f",
            "2",
            "-l",
            "2",
            &pdf.display().to_string(),
            &prefix.display().to_string(),
        ],
    );
    let page = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "png"))
        .expect("a rendered page");
    let codes = tool("zbarimg", &["-q", &page.display().to_string()]);
    let links: Vec<&str> = codes
        .lines()
        .filter_map(|l| l.strip_prefix("QR-Code:"))
        .collect();
    assert_eq!(links.len(), 4, "{codes}");
    for sku in ["BAL-KTP-01", "BAL-SMB-01", "DFL-KRP-01", "DFL-PTS-01"] {
        assert!(
            links
                .iter()
                .any(|l| l.starts_with("https://wa.me/62")
                    && l.contains(&format!("%28code%20{sku}%29"))),
            "{sku}: {links:?}"
        );
    }
}

#[test]
fn an_english_export_names_products_without_english_text() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("p.csv");
    std::fs::write(
        &csv,
        "sku,name_id,name_en,category,price,producer\nX-1,Dodol Ketan,,Makanan & Camilan,15000,PP Uji\n",
    )
    .unwrap();
    assert_eq!(
        en(dir.path(), &["import", &csv.display().to_string()]).code,
        0
    );
    let pdf = dir.path().join("x.pdf");
    let run = etalase(
        dir.path(),
        "id_ID.UTF-8",
        &["export", "pdf", &pdf.display().to_string(), "--lang", "en"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("X-1 belum punya nama atau deskripsi bahasa Inggris"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("X-1 belum punya foto"),
        "{}",
        run.stderr
    );
}

#[test]
fn by_producer_the_contents_and_sections_follow_the_producers() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(en(dir.path(), &["sample"]).code, 0);
    let out = dir.path().join("per-produsen.pdf");
    // A page per product: enough pages for a contents page.
    export(dir.path(), &out, "id", "sheet", &["--by-producer"]);
    let file = out.display().to_string();
    // The contents page: one line per producer, in name order, and no category line.
    let contents = words(&tool("pdftotext", &["-f", "2", "-l", "2", &file, "-"]));
    let store = etalase::storage::Store::open(&dir.path().join("store")).unwrap();
    let mut producers: Vec<String> = store
        .producers()
        .unwrap()
        .into_iter()
        .map(|p| p.pesantren)
        .collect();
    producers.sort();
    let mut at = 0;
    for name in &producers {
        let found = contents[at..]
            .find(name.as_str())
            .unwrap_or_else(|| panic!("{name} missing or out of order in: {contents}"));
        at += found + name.len();
    }
    for c in store.categories().unwrap() {
        assert!(
            !contents.contains(&c.name.id),
            "{} listed: {contents}",
            c.name.id
        );
    }
    // Every product of a producer comes under that producer's header row.
    let body = words(&tool("pdftotext", &["-f", "3", &file, "-"]));
    let all = store.products().unwrap();
    for producer in store.producers().unwrap() {
        let header = body.find(&producer.pesantren).unwrap();
        let next = producers
            .iter()
            .filter(|n| **n > producer.pesantren)
            .filter_map(|n| body.find(n.as_str()))
            .min()
            .unwrap_or(body.len());
        for p in all
            .iter()
            .filter(|p| p.producer == producer.id && !p.hidden)
        {
            let sku = body.find(&p.sku).unwrap();
            assert!(
                header < sku && sku < next,
                "{} not under {}",
                p.sku,
                producer.pesantren
            );
        }
    }
}

#[test]
fn a_certificate_that_does_not_hold_makes_no_halal_claim_in_any_layout() {
    // An expired legacy certificate, a valid-until in the past and a malformed number, from one
    // pesantren; the example's Baitul A'la holds valid BPJPH certificates.
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(en(dir.path(), &["sample"]).code, 0);
    let csv = dir.path().join("uji.csv");
    std::fs::write(
        &csv,
        "sku,name_id,name_en,category,price,producer,halal_status,halal_number,halal_issuer,halal_valid_until\n\
         UJI-01,Dodol Lama,Old Dodol,Makanan & Camilan,15000,Pondok Uji,certified,LPPOM-00150012345678,MUI,2016-03-01\n\
         UJI-02,Wingko Kemarin,Yesterday's Wingko,Makanan & Camilan,12000,Pondok Uji,certified,ID35110017058840424,BPJPH,2026-11-28\n\
         UJI-03,Jenang Nomor Salah,Wrong Number Jenang,Makanan & Camilan,18000,Pondok Uji,certified,12345,BPJPH,\n",
    )
    .unwrap();
    let import = en(dir.path(), &["import", &csv.display().to_string()]);
    assert_eq!(import.code, 0, "{}{}", import.stdout, import.stderr);
    // The export says which claims it left out, and why, before anything else.
    let out = dir.path().join("uji.pdf").display().to_string();
    let run = en(
        dir.path(),
        &[
            "export",
            "pdf",
            &out,
            "--lang",
            "id",
            "--date",
            "2026-11-29",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let said = format!("{}{}", run.stdout, run.stderr);
    for (sku, why) in [
        ("UJI-01", "has expired"),
        ("UJI-02", "has expired"),
        ("NHM-MDU-01", "has expired"),
        ("UJI-03", "is in no known form"),
    ] {
        assert!(
            said.lines().any(|l| l.contains(sku) && l.contains(why)),
            "{sku}: {said}"
        );
    }
    assert!(
        !said.contains("BAL-KTP-01"),
        "a valid certificate is not named: {said}"
    );
    for lang in ["id", "en"] {
        for layout in ["grid", "list", "sheet"] {
            let out = dir.path().join(format!("uji-{lang}-{layout}.pdf"));
            export(
                dir.path(),
                &out,
                lang,
                layout,
                &["--producer", "Pondok Uji"],
            );
            let text = words(&tool("pdftotext", &[&out.display().to_string(), "-"]));
            assert!(text.contains("UJI-03") || text.contains("Jenang"), "{text}");
            for claim in [
                "HALAL",
                "حلال",
                "Bersertifikat",
                "certified",
                "kedaluwarsa",
                "expired",
                "tidak sah",
                "not valid",
                "LPPOM-00150012345678",
                "ID35110017058840424",
                "12345",
            ] {
                assert!(
                    !text.contains(claim),
                    "{lang} {layout} says “{claim}”: {text}"
                );
            }
            let good = dir.path().join(format!("bal-{lang}-{layout}.pdf"));
            export(
                dir.path(),
                &good,
                lang,
                layout,
                &["--producer", "Pondok Pesantren Baitul A'la"],
            );
            let text = words(&tool("pdftotext", &[&good.display().to_string(), "-"]));
            assert!(
                text.contains("ID35070012345670524"),
                "{lang} {layout}: the valid mark's number is missing: {text}"
            );
        }
    }
}

#[test]
fn a_name_in_mixed_scripts_comes_back_in_logical_order_in_every_layout() {
    // Issue 22: Latin with an Arabic word in brackets. Run by run the brackets used to slip
    // ("Kurma Ajwa Pilihan ((عجوة"); by the bidirectional algorithm they stay round the word, and
    // pdftotext, which puts right-to-left text back in logical order, gives the names as stored.
    // It marks what it reversed with U+202B ... U+202C, and the PDF holds invisible U+200E and
    // U+200F at the edges of an Arabic run: bidi controls, dropped here like the spacing.
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("p.csv");
    // Also an Arabic phrase with a space inside brackets, and an Arabic-only name. (Two cases
    // poppler itself cannot put back: Latin right after "Arabic + space", and digits inside
    // Arabic; what the page shows is right in both.)
    let names = [
        "Kurma Ajwa Pilihan (عجوة)",
        "Madu Sidr (عسل السدر)",
        "عسل السدر",
    ];
    let rows: String = names
        .iter()
        .enumerate()
        .map(|(i, n)| format!("KRM-0{i},{n},{n},Makanan & Camilan,85000,PP Uji\n"))
        .collect();
    std::fs::write(
        &csv,
        format!("sku,name_id,name_en,category,price,producer\n{rows}"),
    )
    .unwrap();
    let import = en(dir.path(), &["import", &csv.display().to_string()]);
    assert_eq!(import.code, 0, "{}{}", import.stdout, import.stderr);
    for layout in ["grid", "list", "sheet"] {
        let pdf = dir.path().join(format!("{layout}.pdf"));
        export(dir.path(), &pdf, "id", layout, &[]);
        let text: String = tool("pdftotext", &[&pdf.display().to_string(), "-"])
            .chars()
            .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'))
            .collect();
        let text = words(&text);
        for name in names {
            assert!(text.contains(name), "{layout}: {name} not in {text}");
        }
    }
}

/// A page rendered by pdftoppm at 4 pixels a point, in grey: (width, height, pixels).
fn grey_page(pdf: &Path, page: usize) -> (usize, usize, Vec<u8>) {
    let n = page.to_string();
    let out = Command::new("pdftoppm")
        .args(["-gray", "-r", "288", "-f", &n, "-l", &n])
        .arg(pdf)
        .output()
        .expect("pdftoppm is needed (poppler-utils)");
    let data = out.stdout;
    // A binary PGM: "P5", width, height, maximum, one blank, then the pixels.
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while data[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !data[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&data[start..at]).into_owned());
    }
    assert_eq!(fields[0], "P5");
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    (w, h, data[at + 1..at + 1 + w * h].to_vec())
}

#[test]
fn bleed_adds_3_mm_on_every_side_with_crop_marks_and_without_it_the_page_is_plain_a4() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(en(dir.path(), &["sample"]).code, 0);
    let plain = dir.path().join("plain.pdf");
    let bleed = dir.path().join("bleed.pdf");
    export(dir.path(), &plain, "id", "grid", &[]);
    export(dir.path(), &bleed, "id", "grid", &["--bleed"]);
    let b = 3.0 / 25.4 * 72.0;
    let (a4_w, a4_h) = (595.28, 841.89);
    // Every page's size and boxes, as pdfinfo gives them: "Page    1 size:  612.288 x ...".
    let boxes = |pdf: &Path| -> Vec<(String, Vec<f64>)> {
        let info = tool(
            "pdfinfo",
            &["-box", "-f", "1", "-l", "99", &pdf.display().to_string()],
        );
        info.lines()
            .filter(|l| l.starts_with("Page "))
            .filter_map(|l| {
                let (head, rest) = l.split_once(':')?;
                let kind = head.split_whitespace().nth(2)?.to_string();
                let numbers = rest
                    .split_whitespace()
                    .filter_map(|v| v.parse().ok())
                    .collect();
                Some((kind, numbers))
            })
            .collect()
    };
    let near = |a: f64, b: f64| (a - b).abs() < 0.02;
    for (pdf, margin) in [(&plain, 0.0), (&bleed, b)] {
        let rows = boxes(pdf);
        let sizes: Vec<&Vec<f64>> = rows
            .iter()
            .filter(|(k, _)| k == "size")
            .map(|(_, v)| v)
            .collect();
        assert!(sizes.len() > 2, "{rows:?}");
        for size in sizes {
            assert!(
                near(size[0], a4_w + 2.0 * margin) && near(size[1], a4_h + 2.0 * margin),
                "{}: a page of {size:?}",
                pdf.display()
            );
        }
        // The trim box is the A4 page, inside the bleed.
        for (_, trim) in rows.iter().filter(|(k, _)| k == "TrimBox") {
            let want = [margin, margin, a4_w + margin, a4_h + margin];
            assert!(
                trim.iter().zip(want).all(|(a, b)| (a - b).abs() < 0.01),
                "{}: trim box {trim:?}",
                pdf.display()
            );
        }
    }
    // 612.29 x 858.90 pt, exactly the trim and 3 mm each side.
    assert!(near(a4_w + 2.0 * b, 612.288) && near(a4_h + 2.0 * b, 858.898));

    // Crop marks: dark lines in the bleed on the trim lines' extensions (over the cover's photo
    // and on a white page alike), none on the trimmed page near the corner.
    let plain_corner = grey_page(&plain, 2);
    for page in [1, 2] {
        let (w, _, px) = grey_page(&bleed, page);
        let at = |x: usize, y: usize| px[y * w + x];
        let edge = (b * 4.0).round() as usize;
        let on_line = (0..edge - 8).any(|y| (edge - 2..=edge + 1).any(|x| at(x, y) < 90));
        assert!(on_line, "page {page}: no crop mark at the top left corner");
        let across = (0..edge - 8).any(|x| (edge - 2..=edge + 1).any(|y| at(x, y) < 90));
        assert!(across, "page {page}: no crop mark along the top trim line");
        if page == 2 {
            // Every page but the cover is white in its corners: nothing of the marks comes in.
            let clean =
                (edge + 2..edge + 60).all(|y| (edge + 2..edge + 60).all(|x| at(x, y) > 200));
            assert!(clean, "a crop mark runs into the trimmed page");
        }
    }
    // Without bleed no marks at all: the second page's corner is blank.
    let (w, _, px) = plain_corner;
    assert!((0..60).all(|y| (0..60).all(|x| px[y * w + x] > 200)));
}
