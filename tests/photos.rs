//! Photos through the real binary: a spreadsheet naming photos of every kind a cooperative has
//! (a sideways phone photo, a CMYK print-shop JPEG, a PNG logo with transparency, a WebP and a
//! truncated JPEG) imports with exactly the broken one named, and exports and imports back with
//! the same bytes.

mod common;

use common::en;
use image::{DynamicImage, Rgb, RgbImage, Rgba, RgbaImage};
use std::path::Path;

/// A photo-like picture: smooth colour with fine grain, so it compresses like a real one.
fn photo(width: u32, height: u32, seed: u32) -> RgbImage {
    RgbImage::from_fn(width, height, |x, y| {
        let mut h = x.wrapping_mul(374_761_393) ^ y.wrapping_mul(668_265_263) ^ seed;
        h = (h ^ (h >> 13)).wrapping_mul(1_274_126_177);
        let grain = (h >> 24) as u8 / 32;
        Rgb([
            (x * 200 / width) as u8 + grain,
            (y * 180 / height) as u8 + grain,
            120 + grain,
        ])
    })
}

fn jpeg(image: &RgbImage) -> Vec<u8> {
    etalase::photos::encode_jpeg(image, 92)
}

fn write_kinds(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    // A phone photo stored landscape with "turn 90 degrees" in EXIF.
    let phone = etalase::photos::with_exif_orientation(&jpeg(&photo(4000, 3000, 1)), 6);
    std::fs::write(dir.join("phone.jpg"), phone).unwrap();
    // A CMYK JPEG as print shops send them.
    let (w, h) = (1200u16, 800u16);
    let cmyk: Vec<u8> = (0..usize::from(w) * usize::from(h))
        .flat_map(|i| [(i % 97) as u8, 200, 40, 10])
        .collect();
    let mut out = Vec::new();
    jpeg_encoder::Encoder::new(&mut out, 90)
        .encode(&cmyk, w, h, jpeg_encoder::ColorType::Cmyk)
        .unwrap();
    std::fs::write(dir.join("print-shop cmyk.jpg"), out).unwrap();
    // A logo with transparency.
    let logo = RgbaImage::from_fn(600, 600, |x, y| {
        let d = (x as i32 - 300).pow(2) + (y as i32 - 300).pow(2);
        if d < 250 * 250 {
            Rgba([31, 111, 74, 255])
        } else {
            Rgba([0, 0, 0, 0])
        }
    });
    DynamicImage::ImageRgba8(logo)
        .save(dir.join("logo.png"))
        .unwrap();
    DynamicImage::ImageRgb8(photo(800, 600, 2))
        .save(dir.join("madu.webp"))
        .unwrap();
    let whole = jpeg(&photo(1600, 1200, 3));
    std::fs::write(dir.join("terpotong.jpg"), &whole[..whole.len() / 2]).unwrap();
}

fn folder_bytes(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let m = e.metadata().unwrap();
            if m.is_dir() {
                folder_bytes(&e.path())
            } else {
                m.len()
            }
        })
        .sum()
}

const HEADER: &str = "sku,name_id,category,price,producer,photos\n";

#[test]
fn photos_of_every_kind_import_and_only_the_broken_one_is_named() {
    let work = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    write_kinds(&work.path().join("foto"));
    let csv = work.path().join("produk.csv");
    std::fs::write(
        &csv,
        format!(
            "{HEADER}\
             KOP-1,Kopi,Minuman,25000,PP A,foto/phone.jpg|foto/terpotong.jpg\n\
             BTK-1,Batik,Busana & Batik,150000,PP A,foto/print-shop cmyk.jpg\n\
             MDU-1,Madu,Minuman,85000,PP A,foto/madu.webp | foto/logo.png\n"
        ),
    )
    .unwrap();
    let empty_store = {
        assert_eq!(en(data.path(), &["list"]).code, 0);
        folder_bytes(data.path())
    };
    let run = en(data.path(), &["import", csv.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("3 new"), "{}", run.stdout);
    // Exactly the broken photo is named, with its product, in words.
    assert!(
        run.stderr.contains("foto/terpotong.jpg") && run.stderr.contains("KOP-1"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("damaged or incomplete"),
        "{}",
        run.stderr
    );
    for fine in ["phone.jpg", "cmyk.jpg", "madu.webp", "logo.png"] {
        assert!(!run.stderr.contains(fine), "{fine} named: {}", run.stderr);
    }
    let list = en(data.path(), &["list", "--json"]);
    let products: Vec<serde_json::Value> = serde_json::from_str(&list.stdout).unwrap();
    let count = |sku: &str| {
        products.iter().find(|p| p["sku"] == sku).unwrap()["photo_count"]
            .as_u64()
            .unwrap()
    };
    assert_eq!((count("KOP-1"), count("BTK-1"), count("MDU-1")), (1, 1, 2));

    // The store grows by less than the photos handed in: masters within the size limit are
    // kept as they are (the PNG is turned into JPEG), plus their thumbnails and print copies.
    let originals = folder_bytes(&work.path().join("foto"));
    let grown = folder_bytes(data.path()).saturating_sub(empty_store);
    println!("photos handed in: {originals} bytes; store grew by {grown} bytes");
    assert!(grown < originals, "{grown} is not less than {originals}");

    // Export writes the photos beside the CSV; an empty catalogue imports them back unchanged.
    let out = work.path().join("ekspor.csv");
    let run = en(data.path(), &["export", "csv", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let folder = work.path().join("ekspor_photos");
    let mut files: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    files.sort();
    assert_eq!(
        files,
        ["BTK-1-1.jpg", "KOP-1-1.jpg", "MDU-1-1.jpg", "MDU-1-2.jpg"]
    );
    // The sideways photo was stored upright: portrait.
    let kop = image::open(folder.join("KOP-1-1.jpg")).unwrap();
    assert_eq!((kop.width(), kop.height()), (1800, 2400));

    let other = tempfile::tempdir().unwrap();
    let run = en(other.path(), &["import", out.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let again_dir = tempfile::tempdir().unwrap();
    let again = again_dir.path().join("ekspor.csv");
    assert_eq!(
        en(other.path(), &["export", "csv", again.to_str().unwrap()]).code,
        0
    );
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        std::fs::read_to_string(&again).unwrap()
    );
    for f in &files {
        assert_eq!(
            std::fs::read(folder.join(f)).unwrap(),
            std::fs::read(again_dir.path().join("ekspor_photos").join(f)).unwrap(),
            "{f} changed on the way round"
        );
    }
}

#[test]
fn a_photo_the_csv_names_but_is_missing_is_a_warning_not_a_lost_product() {
    let work = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let csv = work.path().join("produk.csv");
    std::fs::write(
        &csv,
        format!("{HEADER}KOP-1,Kopi,Minuman,25000,PP A,tidak-ada.jpg\n"),
    )
    .unwrap();
    let run = etalase_id(data.path(), &["import", csv.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("tidak-ada.jpg") && run.stderr.contains("tidak ditemukan"),
        "{}",
        run.stderr
    );
    assert!(en(data.path(), &["list"]).stdout.contains("KOP-1"));
}

fn etalase_id(data: &Path, args: &[&str]) -> common::Run {
    common::etalase(data, "id_ID.UTF-8", args)
}
