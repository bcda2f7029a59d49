//! Photo preparation against files of every kind a cooperative hands in, all made here.

use super::*;
use image::{Rgb, Rgba, RgbaImage};

/// A test picture: red on the left half, blue on the right, so a turn is visible.
fn picture(width: u32, height: u32) -> RgbImage {
    RgbImage::from_fn(width, height, |x, _| {
        if x < width / 2 {
            Rgb([220, 30, 30])
        } else {
            Rgb([30, 30, 220])
        }
    })
}

fn png(image: &DynamicImage) -> Vec<u8> {
    let mut out = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

fn rgb_at(jpeg: &[u8], x: u32, y: u32) -> [u8; 3] {
    let img = image::load_from_memory(jpeg).unwrap().into_rgb8();
    img.get_pixel(x, y).0
}

fn near(a: [u8; 3], b: [u8; 3]) -> bool {
    a.iter().zip(b).all(|(x, y)| x.abs_diff(y) < 40)
}

#[test]
fn a_small_upright_jpeg_is_kept_byte_for_byte() {
    let jpeg = encode_jpeg(&picture(800, 600), 90);
    let p = prepare(&jpeg).unwrap();
    assert!(p.kept_original);
    assert_eq!(p.master, jpeg);
    assert_eq!((p.width, p.height), (800, 600));
    let thumb = image::load_from_memory(&p.thumb).unwrap();
    assert_eq!((thumb.width(), thumb.height()), (400, 300));
    // The same file twice is the same photo.
    assert_eq!(prepare(&jpeg).unwrap().id, p.id);
}

#[test]
fn a_large_photo_is_capped_and_keeps_its_shape() {
    let jpeg = encode_jpeg(&picture(4000, 3000), 90);
    let p = prepare(&jpeg).unwrap();
    assert!(!p.kept_original);
    assert_eq!((p.width, p.height), (2400, 1800));
    let master = image::load_from_memory(&p.master).unwrap();
    assert_eq!((master.width(), master.height()), (2400, 1800));
    assert!(near(rgb_at(&p.master, 100, 900), [220, 30, 30]));
    assert!(near(rgb_at(&p.master, 2300, 900), [30, 30, 220]));
}

#[test]
fn a_sideways_phone_photo_is_turned_upright() {
    // Stored landscape with "rotate 90 clockwise to view" (EXIF 6), as phones write it.
    let jpeg = with_exif_orientation(&encode_jpeg(&picture(600, 400), 90), 6);
    let p = prepare(&jpeg).unwrap();
    assert!(!p.kept_original, "a turned photo cannot be kept as it is");
    assert_eq!((p.width, p.height), (400, 600));
    // The left half (red) is now on top.
    assert!(near(rgb_at(&p.master, 200, 50), [220, 30, 30]));
    assert!(near(rgb_at(&p.master, 200, 550), [30, 30, 220]));
}

#[test]
fn a_cmyk_jpeg_is_converted_to_rgb() {
    // Pure cyan-free "red" in CMYK: no cyan, full magenta and yellow, no black.
    let (w, h) = (200u16, 100u16);
    let cmyk: Vec<u8> = (0..usize::from(w) * usize::from(h))
        .flat_map(|_| [0u8, 255, 255, 0])
        .collect();
    let mut jpeg = Vec::new();
    jpeg_encoder::Encoder::new(&mut jpeg, 90)
        .encode(&cmyk, w, h, jpeg_encoder::ColorType::Cmyk)
        .unwrap();
    assert!(jpeg_is_cmyk(&jpeg));
    let p = prepare(&jpeg).unwrap();
    assert!(!p.kept_original);
    assert!(!jpeg_is_cmyk(&p.master));
    let [r, g, b] = rgb_at(&p.master, 100, 50);
    assert!(
        r > 180 && g < 90 && b < 90,
        "red stays red, got {r} {g} {b}"
    );
}

#[test]
fn a_png_logo_with_transparency_is_flattened_onto_white() {
    let logo = RgbaImage::from_fn(300, 200, |x, _| {
        if x < 150 {
            Rgba([0, 128, 0, 255])
        } else {
            Rgba([0, 0, 0, 0])
        }
    });
    let p = prepare(&png(&DynamicImage::ImageRgba8(logo))).unwrap();
    assert!(near(rgb_at(&p.master, 50, 100), [0, 128, 0]));
    assert!(near(rgb_at(&p.master, 250, 100), [255, 255, 255]));
}

#[test]
fn a_webp_is_accepted() {
    let mut webp = Vec::new();
    DynamicImage::ImageRgb8(picture(320, 240))
        .write_to(&mut Cursor::new(&mut webp), image::ImageFormat::WebP)
        .unwrap();
    let p = prepare(&webp).unwrap();
    assert_eq!((p.width, p.height), (320, 240));
    assert!(near(rgb_at(&p.master, 10, 10), [220, 30, 30]));
}

#[test]
fn a_truncated_jpeg_is_refused() {
    let jpeg = encode_jpeg(&picture(800, 600), 90);
    let cut = &jpeg[..jpeg.len() * 2 / 3];
    assert_eq!(prepare(cut).unwrap_err(), PhotoError::Broken);
    // Padding after the end marker is fine.
    let mut padded = jpeg.clone();
    padded.extend_from_slice(&[0, 0, 0]);
    assert!(prepare(&padded).is_ok());
}

#[test]
fn other_files_are_refused_by_kind() {
    assert_eq!(prepare(b"GIF89a....").unwrap_err(), PhotoError::Unsupported);
    assert_eq!(prepare(b"sku,name\n").unwrap_err(), PhotoError::Unsupported);
    let png = png(&DynamicImage::ImageRgb8(picture(64, 64)));
    assert_eq!(prepare(&png[..40]).unwrap_err(), PhotoError::Broken);
}

#[test]
fn a_huge_image_of_a_few_bytes_is_refused_before_decoding() {
    let bomb = png_claiming_size(30_000, 30_000);
    assert!(bomb.len() < 100);
    assert_eq!(
        prepare(&bomb).unwrap_err(),
        PhotoError::TooManyPixels {
            width: 30_000,
            height: 30_000
        }
    );
}

#[test]
fn fit_keeps_the_aspect_and_never_enlarges() {
    assert_eq!(fit(4000, 3000, 2400), (2400, 1800));
    assert_eq!(fit(3000, 4000, 2400), (1800, 2400));
    assert_eq!(fit(300, 200, 2400), (300, 200));
    assert_eq!(fit(10_000, 10, 400), (400, 1));
}
