//! Draws a card model into pixels and writes it as PNG: shapes, fades and QR modules with
//! tiny-skia, photos scaled to their boxes with a Lanczos filter (`fast_image_resize`), text from
//! the same shaper the layout measured with (glyphs rendered by swash through cosmic-text). The
//! PNG is 8-bit RGB marked sRGB; nothing time- or machine-dependent goes in, so the same card
//! and the same photos give the same bytes.

use super::model::{Card, Item, Rect, Rgb, TextRun};
use super::text::Shaper;
use crate::domain::PhotoId;
use crate::domain::photo::Crop;
use cosmic_text::{SwashContent, Wrap};
use image::{RgbImage, RgbaImage};
use tiny_skia::{
    Color, FillRule, GradientStop, LinearGradient, Mask, Paint, PathBuilder, Pixmap, PixmapPaint,
    Point, SpreadMode, Transform,
};

/// Where the writer gets each photo's pixels.
pub trait Photos {
    /// The `crop` of the photo, about `edge` px on its long side (the writer scales it to its
    /// box); `None` when it cannot be read (the box then shows its fallback colour).
    fn rgb(&self, photo: PhotoId, crop: Crop, edge: u32) -> Option<RgbImage>;
}

/// No photos at all (every photo box shows its fallback colour).
pub struct NoPhotos;

impl Photos for NoPhotos {
    fn rgb(&self, _: PhotoId, _: Crop, _: u32) -> Option<RgbImage> {
        None
    }
}

fn colour(c: Rgb, alpha: u8) -> Color {
    Color::from_rgba8(c.0, c.1, c.2, alpha)
}

/// A box with rounded corners (`radius` clamped to half the short side).
fn rounded(rect: &Rect, radius: f32) -> Option<tiny_skia::Path> {
    let r = radius.min(rect.w / 2.0).min(rect.h / 2.0).max(0.0);
    if r <= 0.0 {
        let rect = tiny_skia::Rect::from_xywh(rect.x, rect.y, rect.w, rect.h)?;
        return Some(PathBuilder::from_rect(rect));
    }
    // Cubic quarter circles (the usual 0.5523 handle).
    let k = r * 0.552_284_8;
    let (x0, y0, x1, y1) = (rect.x, rect.y, rect.right(), rect.bottom());
    let mut pb = PathBuilder::new();
    pb.move_to(x0 + r, y0);
    pb.line_to(x1 - r, y0);
    pb.cubic_to(x1 - r + k, y0, x1, y0 + r - k, x1, y0 + r);
    pb.line_to(x1, y1 - r);
    pb.cubic_to(x1, y1 - r + k, x1 - r + k, y1, x1 - r, y1);
    pb.line_to(x0 + r, y1);
    pb.cubic_to(x0 + r - k, y1, x0, y1 - r + k, x0, y1 - r);
    pb.line_to(x0, y0 + r);
    pb.cubic_to(x0, y0 + r - k, x0 + r - k, y0, x0 + r, y0);
    pb.close();
    pb.finish()
}

fn fill(pixmap: &mut Pixmap, rect: &Rect, c: Rgb, alpha: u8, radius: f32) {
    let Some(path) = rounded(rect, radius) else {
        return;
    };
    let mut paint = Paint::default();
    paint.set_color(colour(c, alpha));
    paint.anti_alias = true;
    pixmap.fill_path(
        &path,
        &paint,
        FillRule::Winding,
        Transform::identity(),
        None,
    );
}

fn fade(pixmap: &mut Pixmap, rect: &Rect, c: Rgb, top: u8, bottom: u8) {
    let Some(area) = tiny_skia::Rect::from_xywh(rect.x, rect.y, rect.w, rect.h) else {
        return;
    };
    let Some(shader) = LinearGradient::new(
        Point::from_xy(rect.x, rect.y),
        Point::from_xy(rect.x, rect.bottom()),
        vec![
            GradientStop::new(0.0, colour(c, top)),
            GradientStop::new(1.0, colour(c, bottom)),
        ],
        SpreadMode::Pad,
        Transform::identity(),
    ) else {
        return;
    };
    let paint = Paint {
        shader,
        anti_alias: true,
        ..Paint::default()
    };
    pixmap.fill_rect(area, &paint, Transform::identity(), None);
}

/// `image` scaled to exactly `width` x `height` (Lanczos3).
fn scaled(image: &RgbImage, width: u32, height: u32) -> RgbImage {
    if image.dimensions() == (width, height) {
        return image.clone();
    }
    use fast_image_resize as fr;
    let Ok(src) = fr::images::ImageRef::new(
        image.width(),
        image.height(),
        image.as_raw(),
        fr::PixelType::U8x3,
    ) else {
        return RgbImage::new(width, height);
    };
    let mut dst = fr::images::Image::new(width, height, fr::PixelType::U8x3);
    let options =
        fr::ResizeOptions::new().resize_alg(fr::ResizeAlg::Convolution(fr::FilterType::Lanczos3));
    if fr::Resizer::new().resize(&src, &mut dst, &options).is_err() {
        return RgbImage::new(width, height);
    }
    RgbImage::from_raw(width, height, dst.into_vec())
        .unwrap_or_else(|| RgbImage::new(width, height))
}

/// Draws a photo into its box, scaled to the box's whole pixels, its corners rounded.
fn photo(pixmap: &mut Pixmap, rect: &Rect, image: &RgbImage, radius: f32) {
    let (x, y) = (rect.x.round(), rect.y.round());
    let w = (rect.right().round() - x).max(1.0) as u32;
    let h = (rect.bottom().round() - y).max(1.0) as u32;
    let sized = scaled(image, w, h);
    let Some(mut tile) = Pixmap::new(w, h) else {
        return;
    };
    for (px, rgb) in tile.data_mut().chunks_exact_mut(4).zip(sized.pixels()) {
        px.copy_from_slice(&[rgb[0], rgb[1], rgb[2], 255]);
    }
    let mask = (radius > 0.0)
        .then(|| Mask::new(pixmap.width(), pixmap.height()))
        .flatten()
        .map(|mut mask| {
            if let Some(path) = rounded(&Rect::new(x, y, w as f32, h as f32), radius) {
                mask.fill_path(&path, FillRule::Winding, true, Transform::identity());
            }
            mask
        });
    pixmap.draw_pixmap(
        x as i32,
        y as i32,
        tile.as_ref(),
        &PixmapPaint::default(),
        Transform::identity(),
        mask.as_ref(),
    );
}

fn qr(pixmap: &mut Pixmap, rect: &Rect, modules: usize, dark: &[bool]) {
    if modules == 0 {
        return;
    }
    let module = (rect.w / modules as f32).floor().max(1.0);
    let (x0, y0) = (rect.x.round(), rect.y.round());
    let mut paint = Paint::default();
    paint.set_color(Color::BLACK);
    paint.anti_alias = false;
    for (i, _) in dark.iter().enumerate().filter(|(_, d)| **d) {
        let (col, row) = ((i % modules) as f32, (i / modules) as f32);
        if let Some(r) =
            tiny_skia::Rect::from_xywh(x0 + col * module, y0 + row * module, module, module)
        {
            pixmap.fill_rect(r, &paint, Transform::identity(), None);
        }
    }
}

/// Blends `c` into the (opaque) pixel at `at` with coverage `a`.
fn blend(data: &mut [u8], at: usize, c: [u8; 3], a: u8) {
    let a = u16::from(a);
    for (i, v) in c.iter().enumerate() {
        let d = u16::from(data[at + i]);
        data[at + i] = ((u16::from(*v) * a + d * (255 - a) + 127) / 255) as u8;
    }
    data[at + 3] = 255;
}

fn text(pixmap: &mut Pixmap, run: &TextRun, shaper: &mut Shaper) {
    let buffer = shaper.buffer(
        &run.text,
        run.size,
        run.bold,
        Some(run.rect.w),
        run.align,
        Wrap::WordOrGlyph,
    );
    let (width, height) = (pixmap.width() as i32, pixmap.height() as i32);
    let stride = pixmap.width() as usize * 4;
    let ink = [run.color.0, run.color.1, run.color.2];
    let data = pixmap.data_mut();
    for line in buffer.layout_runs() {
        for glyph in line.glyphs {
            let physical = glyph.physical((run.rect.x, run.rect.y), 1.0);
            let Some(image) = shaper
                .glyphs
                .get_image(&mut shaper.fonts, physical.cache_key)
            else {
                continue;
            };
            let p = image.placement;
            let left = physical.x + p.left;
            let top = line.line_y as i32 + physical.y - p.top;
            let step = match image.content {
                SwashContent::Mask => 1,
                SwashContent::Color => 4,
                SwashContent::SubpixelMask => 4,
            };
            for gy in 0..p.height as i32 {
                let y = top + gy;
                if y < 0 || y >= height {
                    continue;
                }
                for gx in 0..p.width as i32 {
                    let x = left + gx;
                    if x < 0 || x >= width {
                        continue;
                    }
                    let i = (gy as usize * p.width as usize + gx as usize) * step;
                    let at = y as usize * stride + x as usize * 4;
                    match image.content {
                        SwashContent::Mask => {
                            let a = image.data[i];
                            if a > 0 {
                                blend(data, at, ink, a);
                            }
                        }
                        SwashContent::Color => {
                            let px = &image.data[i..i + 4];
                            blend(data, at, [px[0], px[1], px[2]], px[3]);
                        }
                        SwashContent::SubpixelMask => {
                            let a = image.data[i..i + 3].iter().max().copied().unwrap_or(0);
                            if a > 0 {
                                blend(data, at, ink, a);
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Draws the card: opaque RGBA, `card.width` x `card.height`.
pub fn draw(card: &Card, photos: &dyn Photos, shaper: &mut Shaper) -> RgbaImage {
    let (w, h) = (card.width.max(1), card.height.max(1));
    let Some(mut pixmap) = Pixmap::new(w, h) else {
        return RgbaImage::new(w, h);
    };
    pixmap.fill(colour(card.background, 255));
    for item in &card.items {
        match item {
            Item::Shape {
                rect,
                fill: c,
                alpha,
                radius,
            } => fill(&mut pixmap, rect, *c, *alpha, *radius),
            Item::Fade {
                rect,
                color,
                top_alpha,
                bottom_alpha,
            } => fade(&mut pixmap, rect, *color, *top_alpha, *bottom_alpha),
            Item::Photo {
                rect,
                photo: id,
                crop,
                edge,
                radius,
            } => {
                // Unreadable: the shape the layout put behind it shows instead.
                if let Some(image) = photos.rgb(*id, *crop, *edge) {
                    photo(&mut pixmap, rect, &image, *radius);
                }
            }
            Item::Text(run) => text(&mut pixmap, run, shaper),
            Item::Qr {
                rect,
                modules,
                dark,
                ..
            } => qr(&mut pixmap, rect, *modules, dark),
        }
    }
    // Every pixel is opaque (the background is), so premultiplied RGBA is plain RGBA.
    RgbaImage::from_raw(w, h, pixmap.take()).unwrap_or_else(|| RgbaImage::new(w, h))
}

/// The card as PNG bytes: 8-bit RGB, marked sRGB.
pub fn encode_png(image: &RgbaImage) -> Vec<u8> {
    let rgb: Vec<u8> = image
        .as_raw()
        .chunks_exact(4)
        .flat_map(|p| [p[0], p[1], p[2]])
        .collect();
    let mut out = Vec::with_capacity(rgb.len() / 3);
    let mut encoder = png::Encoder::new(&mut out, image.width(), image.height());
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_source_srgb(png::SrgbRenderingIntent::Perceptual);
    encoder.set_compression(png::Compression::Fast);
    let written = encoder.write_header().and_then(|mut writer| {
        writer.write_image_data(&rgb)?;
        writer.finish()
    });
    debug_assert!(written.is_ok(), "writing to memory does not fail");
    out
}

/// Draws the card and writes it as PNG.
pub fn png(card: &Card, photos: &dyn Photos, shaper: &mut Shaper) -> Vec<u8> {
    encode_png(&draw(card, photos, shaper))
}
