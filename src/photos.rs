//! Photo preparation: a file a user hands in becomes a master JPEG (at most [`MASTER_EDGE`] px on
//! the long edge, upright) and a thumbnail JPEG (about [`THUMB_EDGE`] px), named by the hash of
//! the master's bytes. JPEG (also CMYK and progressive), PNG (alpha flattened onto white) and WebP
//! are accepted; anything else, a broken or truncated file, or an image too large to be a photo
//! is refused before much memory is used. A JPEG already within the limits and upright is kept
//! byte for byte. Pure: bytes in, bytes out; no store, no files.
//!
//! Speed: decoding uses the `image` crate (zune-jpeg), resizing uses `fast_image_resize` (SIMD
//! convolution) instead of `image`'s scalar resize, and encoding uses `jpeg-encoder` (AVX2)
//! instead of `image`'s encoder. The orientation is applied after the resize, on the smaller
//! image. [`prepare_plain`] is the straightforward `image`-only path, kept for the benchmark.

use crate::domain::PhotoId;
use crate::domain::photo::Crop;
use image::{DynamicImage, ImageDecoder, ImageReader, Limits, RgbImage, metadata::Orientation};
use sha2::{Digest, Sha256};
use std::io::Cursor;

/// Long edge of the master: enough for a full-page print at 200-300 dpi.
pub const MASTER_EDGE: u32 = 2400;
/// Long edge of the thumbnail shown in lists.
pub const THUMB_EDGE: u32 = 400;
/// JPEG quality of print copies.
pub const PRINT_QUALITY: u8 = 85;
/// Files larger than this are refused before being read whole.
pub const MAX_FILE_BYTES: u64 = 60 * 1024 * 1024;
/// Images with more pixels than this are refused before decoding.
pub const MAX_PIXELS: u64 = 50_000_000;
const MASTER_QUALITY: u8 = 88;
const THUMB_QUALITY: u8 = 80;

/// Why a photo was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhotoError {
    #[error("not a JPEG, PNG or WebP image")]
    Unsupported,
    #[error("the file is damaged or incomplete")]
    Broken,
    #[error("the file is too large ({bytes} bytes)")]
    FileTooLarge { bytes: u64 },
    #[error("the image is too large ({width} x {height} pixels)")]
    TooManyPixels { width: u32, height: u32 },
}

/// A photo ready to store.
#[derive(Clone, Debug)]
pub struct Prepared {
    pub id: PhotoId,
    pub master: Vec<u8>,
    pub width: u32,
    pub height: u32,
    pub thumb: Vec<u8>,
    /// Whether the master is the file itself, unchanged.
    pub kept_original: bool,
    /// Print-size copies made now (part, long edge in px, JPEG), so a PDF export passes their
    /// bytes through.
    pub print: Vec<(Crop, u32, Vec<u8>)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Jpeg,
    Png,
    WebP,
}

fn sniff(bytes: &[u8]) -> Option<Format> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(Format::Jpeg)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(Format::Png)
    } else if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        Some(Format::WebP)
    } else {
        None
    }
}

/// Whether a JPEG ends with its end-of-image marker (the decoder silently fills in a truncated
/// file, so this is checked by hand). Padding after the marker is allowed.
fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let end = bytes
        .iter()
        .rposition(|&b| b != 0x00 && b != 0xFF)
        .map_or(0, |i| i + 1);
    // The last non-padding byte must be the D9 of FF D9.
    let tail = &bytes[..(end).min(bytes.len())];
    tail.len() >= 2 && tail[tail.len() - 1] == 0xD9 && tail[tail.len() - 2] == 0xFF
}

/// Checks what can be checked without decoding: kind, completeness, pixel count.
fn screen(bytes: &[u8]) -> Result<(Format, u32, u32), PhotoError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(PhotoError::FileTooLarge {
            bytes: bytes.len() as u64,
        });
    }
    let format = sniff(bytes).ok_or(PhotoError::Unsupported)?;
    if format == Format::Jpeg && !jpeg_is_complete(bytes) {
        return Err(PhotoError::Broken);
    }
    let (width, height) = reader(bytes)
        .into_dimensions()
        .map_err(|_| PhotoError::Broken)?;
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(PhotoError::TooManyPixels { width, height });
    }
    if width == 0 || height == 0 {
        return Err(PhotoError::Broken);
    }
    Ok((format, width, height))
}

fn reader(bytes: &[u8]) -> ImageReader<Cursor<&[u8]>> {
    let mut limits = Limits::default();
    limits.max_image_width = Some(30_000);
    limits.max_image_height = Some(30_000);
    limits.max_alloc = Some(MAX_PIXELS * 4 + 64 * 1024 * 1024);
    let mut r = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .expect("reading from memory does not fail");
    r.limits(limits);
    r
}

/// Decodes with its orientation; alpha is flattened onto white.
fn decode(bytes: &[u8]) -> Result<(RgbImage, Orientation, bool), PhotoError> {
    let mut decoder = reader(bytes)
        .into_decoder()
        .map_err(|_| PhotoError::Broken)?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let has_alpha = decoder.color_type().has_alpha();
    let image = DynamicImage::from_decoder(decoder).map_err(|_| PhotoError::Broken)?;
    let rgb = if has_alpha {
        flatten_on_white(&image)
    } else {
        image.into_rgb8()
    };
    Ok((rgb, orientation, has_alpha))
}

fn flatten_on_white(image: &DynamicImage) -> RgbImage {
    let rgba = image.to_rgba8();
    let mut out = RgbImage::new(rgba.width(), rgba.height());
    for (o, p) in out.pixels_mut().zip(rgba.pixels()) {
        let a = u16::from(p[3]);
        for c in 0..3 {
            o[c] = ((u16::from(p[c]) * a + 255 * (255 - a) + 127) / 255) as u8;
        }
    }
    out
}

/// Size that fits `edge` on the long side, keeping the aspect (never enlarging).
pub fn fit(width: u32, height: u32, edge: u32) -> (u32, u32) {
    let long = width.max(height);
    if long <= edge {
        return (width, height);
    }
    let scale = f64::from(edge) / f64::from(long);
    let w = ((f64::from(width) * scale).round() as u32).max(1);
    let h = ((f64::from(height) * scale).round() as u32).max(1);
    (w, h)
}

/// SIMD resize (Lanczos3) of an RGB image.
fn resize(image: &RgbImage, width: u32, height: u32) -> RgbImage {
    use fast_image_resize as fr;
    let src = fr::images::ImageRef::new(
        image.width(),
        image.height(),
        image.as_raw(),
        fr::PixelType::U8x3,
    )
    .expect("an RGB buffer of the right size");
    let mut dst = fr::images::Image::new(width, height, fr::PixelType::U8x3);
    let options =
        fr::ResizeOptions::new().resize_alg(fr::ResizeAlg::Convolution(fr::FilterType::Lanczos3));
    fr::Resizer::new()
        .resize(&src, &mut dst, &options)
        .expect("same pixel type on both sides");
    RgbImage::from_raw(width, height, dst.into_vec()).expect("buffer of the right size")
}

fn orient(image: RgbImage, orientation: Orientation) -> RgbImage {
    if orientation == Orientation::NoTransforms {
        return image;
    }
    let mut d = DynamicImage::ImageRgb8(image);
    d.apply_orientation(orientation);
    d.into_rgb8()
}

/// Encodes RGB as a baseline JPEG (4:2:0) with the SIMD encoder.
pub fn encode_jpeg(image: &RgbImage, quality: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity((image.width() * image.height() / 4) as usize);
    let encoder = jpeg_encoder::Encoder::new(&mut out, quality);
    encoder
        .encode(
            image.as_raw(),
            image.width() as u16,
            image.height() as u16,
            jpeg_encoder::ColorType::Rgb,
        )
        .expect("encoding to memory does not fail");
    out
}

fn photo_id(master: &[u8]) -> PhotoId {
    PhotoId(Sha256::digest(master).into())
}

/// Whether a JPEG can be kept as it is: within the size, upright, and plain RGB/grey (a CMYK
/// JPEG is re-encoded, since screens and PDF viewers treat it differently).
fn keepable(bytes: &[u8], width: u32, height: u32, orientation: Orientation) -> bool {
    width.max(height) <= MASTER_EDGE
        && orientation == Orientation::NoTransforms
        && !jpeg_is_cmyk(bytes)
}

/// Whether the JPEG's frame has four components (CMYK or YCCK).
fn jpeg_is_cmyk(bytes: &[u8]) -> bool {
    let mut i = 2;
    while i + 4 <= bytes.len() {
        if bytes[i] != 0xFF {
            return false;
        }
        let marker = bytes[i + 1];
        if marker == 0xFF {
            i += 1;
            continue;
        }
        let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        // Start of frame (baseline, extended, progressive, lossless): components at offset 9.
        if matches!(marker, 0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF) {
            return bytes.get(i + 9).is_some_and(|&n| n == 4);
        }
        i += 2 + len;
    }
    false
}

/// Prepares a photo file's bytes for the store.
pub fn prepare(bytes: &[u8]) -> Result<Prepared, PhotoError> {
    let (format, width, height) = screen(bytes)?;
    let (image, orientation, _) = decode(bytes)?;
    let keep = format == Format::Jpeg && keepable(bytes, width, height, orientation);
    // Resize first, then turn: the turn works on fewer pixels.
    let (mw, mh) = fit(image.width(), image.height(), MASTER_EDGE);
    let sized = if (mw, mh) == image.dimensions() {
        image // already within the limit: no copy
    } else {
        resize(&image, mw, mh)
    };
    let master_image = orient(sized, orientation);
    let master = if keep {
        bytes.to_vec()
    } else {
        encode_jpeg(&master_image, MASTER_QUALITY)
    };
    let (tw, th) = fit(master_image.width(), master_image.height(), THUMB_EDGE);
    let thumb = encode_jpeg(&resize(&master_image, tw, th), THUMB_QUALITY);
    // The grid card's copy, made now from the pixels at hand, so that the first export of the
    // default layout passes JPEG bytes through.
    let (crop, edge) = crate::domain::photo::card_copy(master_image.width(), master_image.height());
    let print = vec![(crop, edge, print_copy(&master_image, crop, edge))];
    Ok(Prepared {
        id: photo_id(&master),
        master,
        width: master_image.width(),
        height: master_image.height(),
        thumb,
        kept_original: keep,
        print,
    })
}

/// The same result with `image` alone (scalar Lanczos3 resize, `image`'s JPEG encoder): the
/// plain path the benchmark compares [`prepare`] with.
pub fn prepare_plain(bytes: &[u8]) -> Result<Prepared, PhotoError> {
    let (_, _, _) = screen(bytes)?;
    let (image, orientation, _) = decode(bytes)?;
    let mut d = DynamicImage::ImageRgb8(image);
    d.apply_orientation(orientation);
    let (mw, mh) = fit(d.width(), d.height(), MASTER_EDGE);
    let master_image = d.resize_exact(mw, mh, image::imageops::FilterType::Lanczos3);
    let encode = |img: &DynamicImage, q: u8| {
        let mut out = Vec::new();
        let enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, q);
        img.write_with_encoder(enc).expect("encoding to memory");
        out
    };
    let master = encode(&master_image, MASTER_QUALITY);
    let (tw, th) = fit(mw, mh, THUMB_EDGE);
    let thumb = encode(
        &master_image.resize_exact(tw, th, image::imageops::FilterType::Lanczos3),
        THUMB_QUALITY,
    );
    Ok(Prepared {
        id: photo_id(&master),
        master,
        width: mw,
        height: mh,
        thumb,
        kept_original: false,
        print: Vec::new(),
    })
}

/// The JPEG of `crop` of an image, at most `edge` px on its long side.
pub fn print_copy(image: &RgbImage, crop: Crop, edge: u32) -> Vec<u8> {
    let (x, y, w, h) = crop.pixels(image.width(), image.height());
    let part;
    let from = if crop.is_full() {
        image
    } else {
        part = image::imageops::crop_imm(image, x, y, w, h).to_image();
        &part
    };
    let (pw, ph) = fit(from.width(), from.height(), edge);
    if (pw, ph) == from.dimensions() {
        return encode_jpeg(from, PRINT_QUALITY);
    }
    encode_jpeg(&resize(from, pw, ph), PRINT_QUALITY)
}

/// Decodes a stored JPEG (master or thumbnail) to RGB for display, at most `edge` px on the long
/// side.
pub fn decode_for_display(bytes: &[u8], edge: u32) -> Result<RgbImage, PhotoError> {
    let image = reader(bytes)
        .decode()
        .map_err(|_| PhotoError::Broken)?
        .into_rgb8();
    let (w, h) = fit(image.width(), image.height(), edge);
    if (w, h) == image.dimensions() {
        return Ok(image);
    }
    Ok(resize(&image, w, h))
}

/// A JPEG with an EXIF block carrying this orientation (1-8) inserted after its start marker,
/// as a phone writes a photo taken sideways. For tests, the benchmark and the example photos.
pub fn with_exif_orientation(jpeg: &[u8], orientation: u16) -> Vec<u8> {
    let mut tiff = Vec::new();
    tiff.extend_from_slice(b"MM\0\x2a\0\0\0\x08"); // big-endian TIFF, first IFD at 8
    tiff.extend_from_slice(&1u16.to_be_bytes()); // one entry
    tiff.extend_from_slice(&0x0112u16.to_be_bytes()); // Orientation
    tiff.extend_from_slice(&3u16.to_be_bytes()); // SHORT
    tiff.extend_from_slice(&1u32.to_be_bytes());
    tiff.extend_from_slice(&orientation.to_be_bytes());
    tiff.extend_from_slice(&[0, 0]);
    tiff.extend_from_slice(&0u32.to_be_bytes()); // no next IFD
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&tiff);
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// A valid PNG whose header claims `width` x `height` pixels while holding almost no data: the
/// hostile file the pixel limit is for. For tests and the benchmark.
pub fn png_claiming_size(width: u32, height: u32) -> Vec<u8> {
    fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        let mut crc = crc32fast::Hasher::new();
        crc.update(kind);
        crc.update(data);
        out.extend_from_slice(kind);
        out.extend_from_slice(data);
        out.extend_from_slice(&crc.finalize().to_be_bytes());
    }
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]); // 8-bit RGB
    chunk(&mut out, b"IHDR", &ihdr);
    chunk(
        &mut out,
        b"IDAT",
        &[0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
    );
    chunk(&mut out, b"IEND", &[]);
    out
}

#[cfg(test)]
mod tests;
