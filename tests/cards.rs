//! Social-media cards through the real binary (`etalase export cards`), read back as a buyer's
//! phone and eyes would: zbarimg for the QR code, tesseract for the name and price, the captions
//! as pasted.

mod common;

use common::{en, etalase};
use etalase::domain::Lang;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A tool's output, or `None` when it is not installed (on CI it must be).
fn tool(name: &str, package: &str, args: &[&str]) -> Option<String> {
    match Command::new(name).args(args).output() {
        Ok(out) => Some(String::from_utf8_lossy(&out.stdout).into_owned()),
        Err(_) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "{name} must be installed on CI: apt-get install {package}"
            );
            eprintln!("note: {name} is not installed; that check was not run");
            None
        }
    }
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Only the letters and digits of a text.
fn squash(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// What tesseract reads on a card, or `None` without tesseract. It is given the card in grey
/// and in negative: it reads dark words on light best, and the cards also have light words on
/// green (a phone's text reader copes with both).
fn ocr(png: &Path) -> Option<String> {
    let grey = image::open(png).unwrap().to_luma8();
    let mut negative = grey.clone();
    image::imageops::invert(&mut negative);
    let mut text = String::new();
    for (name, picture) in [("grey", grey), ("negative", negative)] {
        let file = png.with_extension(format!("{name}.png"));
        picture.save(&file).unwrap();
        text.push_str(&tool(
            "tesseract",
            "tesseract-ocr",
            &[&file.display().to_string(), "-"],
        )?);
        text.push('\n');
        std::fs::remove_file(&file).unwrap();
    }
    Some(words(&text))
}

/// The example catalogue's products as the export sees them: SKU -> (name, price, order link).
fn visible(data: &Path, lang: Lang) -> BTreeMap<String, (String, String, String)> {
    let store = etalase::storage::Store::open(&data.join("store")).unwrap();
    let c = store.catalogue().unwrap();
    let tr = etalase::i18n::Translator::new(lang);
    c.products
        .iter()
        .filter(|p| !p.hidden)
        .map(|p| {
            let producer = c.producer(p.producer);
            let link = etalase::domain::order::order_link(&c.settings, producer, p, lang).unwrap();
            (
                p.sku.clone(),
                (
                    p.name.shown(lang).to_string(),
                    tr.rupiah(p.price.unwrap()),
                    link,
                ),
            )
        })
        .collect()
}

fn export(data: &Path, out: &Path, args: &[&str]) -> common::Run {
    let dir = out.display().to_string();
    let mut all = vec!["export", "cards", &dir, "--date", common::TODAY];
    all.extend_from_slice(args);
    en(data, &all)
}

fn pngs(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "png"))
        .collect();
    files.sort();
    files
}

#[test]
fn the_examples_cards_are_named_right_scan_to_the_right_chat_and_come_out_the_same_twice() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert_eq!(en(&data, &["sample"]).code, 0);
    let out = dir.path().join("cards");
    let run = export(&data, &out, &["--lang", "id"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let expected = visible(&data, Lang::Id);
    assert!(
        run.stdout.contains(&format!("{} cards", expected.len())),
        "{}",
        run.stdout
    );
    // The hidden product gets no card, and the report says so; so does the lapsed certificate.
    assert!(
        run.stderr.contains("AIK-KOP-02 is hidden"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("halal certificate of NHM-MDU-01 has expired"),
        "{}",
        run.stderr
    );
    assert!(!out.join("AIK-KOP-02-square.png").exists());
    let files = pngs(&out);
    assert_eq!(files.len(), expected.len());
    for (sku, (name, _, link)) in &expected {
        let png = out.join(format!("{sku}-square.png"));
        let bytes = std::fs::read(&png).unwrap();
        assert!(bytes.windows(4).any(|w| w == b"sRGB"), "{sku}: marked sRGB");
        let image = image::load_from_memory(&bytes).unwrap();
        assert_eq!((image.width(), image.height()), (1080, 1080), "{sku}");
        let caption = std::fs::read_to_string(out.join(format!("{sku}.txt"))).unwrap();
        assert!(caption.starts_with(&format!("{name}\n\n")), "{caption}");
        assert!(caption.contains(link.as_str()), "{caption}");
    }
    // zbarimg reads every QR code as that product's WhatsApp order link.
    let paths: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    let mut args = vec!["-q", "--raw"];
    args.extend(paths.iter().map(String::as_str));
    if let Some(codes) = tool("zbarimg", "zbar-tools", &args) {
        let read: Vec<&str> = codes.lines().collect();
        assert_eq!(read.len(), expected.len(), "{codes}");
        // `files` and `expected` are both in SKU order.
        for ((sku, (_, _, link)), code) in expected.iter().zip(&read) {
            assert_eq!(code, link, "{sku}");
            assert!(code.starts_with("https://wa.me/62"), "{code}");
        }
    }
    // The same catalogue and options again: the same bytes.
    let again = dir.path().join("again");
    assert_eq!(export(&data, &again, &["--lang", "id"]).code, 0);
    for file in &files {
        let twin = again.join(file.file_name().unwrap());
        assert!(
            std::fs::read(file).unwrap() == std::fs::read(&twin).unwrap(),
            "{} differs between two exports",
            file.display()
        );
    }
    assert_eq!(
        std::fs::read(out.join("captions.txt")).unwrap(),
        std::fs::read(again.join("captions.txt")).unwrap()
    );
    // No temporary file is left behind.
    assert!(std::fs::read_dir(&out).unwrap().all(|e| {
        !e.unwrap()
            .file_name()
            .to_string_lossy()
            .ends_with(".partial")
    }));
}

#[test]
fn captions_paste_cleanly_and_claim_halal_only_where_the_certificate_holds() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert_eq!(en(&data, &["sample"]).code, 0);
    let out = dir.path().join("cards");
    assert_eq!(
        export(&data, &out, &["--lang", "en", "--style", "panel"]).code,
        0
    );
    let all = std::fs::read_to_string(out.join("captions.txt")).unwrap();
    let expected = visible(&data, Lang::En);
    for (sku, (name, price, link)) in &expected {
        let own = std::fs::read_to_string(out.join(format!("{sku}.txt"))).unwrap();
        // Each caption also in captions.txt, under its SKU.
        assert!(all.contains(&format!("--- {sku} ---\n{own}")), "{sku}");
        assert!(own.starts_with(&format!("{name}\n\n")));
        assert!(
            own.contains(price.as_str()) && price.starts_with("IDR "),
            "{own}"
        );
        assert!(own.contains(link.as_str()));
        let tags = own.trim_end().lines().last().unwrap();
        assert!(tags.starts_with("#OPOPJatim #ProdukPesantren"), "{own}");
        // Plain text to paste: no markup, no tab, no carriage return, no control character.
        assert!(!own.contains('\r') && !own.contains('\t'));
        assert!(own.chars().all(|c| c == '\n' || !c.is_control()));
    }
    let lapsed = std::fs::read_to_string(out.join("NHM-MDU-01.txt")).unwrap();
    assert!(!lapsed.to_lowercase().contains("halal"), "{lapsed}");
    let certified = std::fs::read_to_string(out.join("NHM-JMU-01.txt")).unwrap();
    assert!(certified.contains("#ProdukHalal"), "{certified}");
    assert!(certified.contains("#HerbalWellness"), "{certified}");
    // The same SKU's caption in Indonesian: the category's own hashtag, Indonesian words.
    let id = dir.path().join("id");
    assert_eq!(
        export(&data, &id, &["--lang", "id", "--sku", "nhm-jmu-01"]).code,
        0
    );
    let caption = std::fs::read_to_string(id.join("NHM-JMU-01.txt")).unwrap();
    assert!(caption.contains("#HerbalKesehatan") && caption.contains("Harga: Rp "));
    assert!(
        caption.contains("Pesan lewat WhatsApp: https://wa.me/62"),
        "{caption}"
    );
}

#[test]
fn tesseract_reads_the_name_and_the_price_in_every_style_and_size() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert_eq!(en(&data, &["sample"]).code, 0);
    let expected = visible(&data, Lang::Id);
    let skus = ["BAL-KTP-01", "NHM-MDU-01"];
    for style in ["band", "panel", "tag"] {
        for size in ["square", "portrait", "story"] {
            let out = dir.path().join(format!("{style}-{size}"));
            let run = export(
                &data,
                &out,
                &[
                    "--lang", "id", "--style", style, "--size", size, "--sku", skus[0], "--sku",
                    skus[1],
                ],
            );
            assert_eq!(run.code, 0, "{}", run.stderr);
            assert_eq!(pngs(&out).len(), 2);
            for sku in skus {
                let png = out.join(format!("{sku}-{size}.png"));
                let image = image::open(&png).unwrap();
                let tall = match size {
                    "story" => 1920,
                    "portrait" => 1350,
                    _ => 1080,
                };
                assert_eq!((image.width(), image.height()), (1080, tall));
                // Both products read on square cards, one on each taller size (reading takes
                // a while).
                let read_here = match size {
                    "square" => true,
                    "portrait" => sku == skus[0],
                    _ => sku == skus[1],
                };
                if !read_here {
                    continue;
                }
                let Some(text) = ocr(&png) else {
                    return;
                };
                // Compared letters and digits only: a reader may take the thousands dot for a
                // colon, or see a space in it.
                let (name, price, _) = &expected[sku];
                let read = squash(&text);
                assert!(read.contains(&squash(name)), "{style} {size} {sku}: {text}");
                assert!(
                    read.contains(&squash(price)),
                    "{style} {size} {sku}: {text}"
                );
            }
        }
    }
}

#[test]
fn without_prices_no_price_and_unknown_or_hidden_skus_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert_eq!(en(&data, &["sample"]).code, 0);
    let out = dir.path().join("cards");
    let run = export(
        &data,
        &out,
        &[
            "--lang",
            "id",
            "--size",
            "portrait",
            "--no-prices",
            "--sku",
            "BAL-KTP-01",
            "--sku",
            "NOPE-99",
            "--sku",
            "AIK-KOP-02",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("no product with the code NOPE-99"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("AIK-KOP-02 is hidden"),
        "{}",
        run.stderr
    );
    assert_eq!(pngs(&out), vec![out.join("BAL-KTP-01-portrait.png")]);
    let caption = std::fs::read_to_string(out.join("BAL-KTP-01.txt")).unwrap();
    assert!(!caption.contains("Rp"), "{caption}");
    if let Some(text) = ocr(&out.join("BAL-KTP-01-portrait.png")) {
        assert!(text.contains("Keripik Tempe"), "{text}");
        assert!(!text.contains("Rp"), "{text}");
    }
    // Nothing chosen: said plainly, exit 1, no file.
    let none = dir.path().join("none");
    let run = etalase(
        &data,
        "id_ID.UTF-8",
        &[
            "export",
            "cards",
            &none.display().to_string(),
            "--lang",
            "id",
            "--category",
            "Tidak Ada",
        ],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("Tidak ada produk yang cocok"),
        "{}",
        run.stderr
    );
    assert!(!none.exists() || pngs(&none).is_empty());
    // Bad words are usage errors.
    let run = export(&data, &out, &["--lang", "id", "--size", "poster"]);
    assert_eq!(run.code, 2);
}

#[test]
fn a_publishers_logo_goes_on_every_card() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert_eq!(en(&data, &["sample"]).code, 0);
    {
        let store = etalase::storage::Store::open(&data.join("store")).unwrap();
        // A wide green logo with a white square: easy to find on the card.
        let logo = image::RgbImage::from_fn(600, 300, |x, y| {
            if (250..350).contains(&x) && (100..200).contains(&y) {
                image::Rgb([255, 255, 255])
            } else {
                image::Rgb([0x1f, 0x6f, 0x4a])
            }
        });
        let prepared = etalase::photos::prepare(&etalase::photos::encode_jpeg(&logo, 90)).unwrap();
        store.put_photo(&prepared).unwrap();
        let mut settings = store.settings().unwrap();
        settings.publisher_logo = Some(prepared.id);
        store.save_settings(&settings).unwrap();
    }
    let out = dir.path().join("cards");
    let run = export(&data, &out, &["--lang", "id", "--sku", "BAL-KTP-01"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let card = image::open(out.join("BAL-KTP-01-square.png"))
        .unwrap()
        .to_rgb8();
    // The logo's green fills the chip at the top right, where the publisher's name was.
    let green = card
        .enumerate_pixels()
        .filter(|(x, y, p)| {
            *x > 780 && *y < 200 && p[0] < 60 && (95..130).contains(&p[1]) && p[2] < 100
        })
        .count();
    assert!(green > 5000, "{green}");
}
