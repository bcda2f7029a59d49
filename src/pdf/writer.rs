//! Writes a page model as a PDF with krilla: fonts embedded and subset, photos passed through as
//! JPEG, QR modules as vector squares, links, outline and metadata. Nothing time- or
//! random-dependent goes in, so the same model gives the same bytes.

use super::fonts::Face;
use super::model::{Document, Item, Rgb, Target};
use crate::domain::PhotoId;
use crate::domain::photo::Crop;
use krilla::action::{Action, LinkAction};
use krilla::annotation::{Annotation, LinkAnnotation, Target as LinkTarget};
use krilla::color::rgb;
use krilla::destination::{Destination, XyzDestination};
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::image::Image;
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};
use std::collections::HashMap;

/// Where the writer gets each photo's JPEG bytes at the pixel size asked for.
pub trait Photos {
    /// The JPEG of `crop` of the photo, `edge` px on its long side.
    fn jpeg(&self, photo: PhotoId, crop: Crop, edge: u32) -> Option<std::sync::Arc<Vec<u8>>>;
}

/// Why the PDF could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("the PDF library refused the document: {0}")]
    Pdf(String),
}

/// Whether to go on (`false` stops the export between pages).
pub type Progress<'a> = &'a mut dyn FnMut(usize, usize) -> bool;

/// Writes `doc`; `progress(done, total)` is called after each page and may cancel.
pub fn write(
    doc: &Document,
    photos: &dyn Photos,
    progress: Progress,
) -> Result<Option<Vec<u8>>, WriteError> {
    let mut pdf = krilla::Document::new();
    let regular = Font::new(Face::Regular.bytes().to_vec().into(), 0)
        .ok_or_else(|| WriteError::Pdf("font".into()))?;
    let bold = Font::new(Face::Bold.bytes().to_vec().into(), 0)
        .ok_or_else(|| WriteError::Pdf("font".into()))?;
    let mut images: HashMap<(PhotoId, Crop, u32), Image> = HashMap::new();
    let measure = super::fonts::Measure::new();
    let total = doc.pages.len();
    // With a print-shop bleed the page grows by it on every side and the model, laid out on the
    // trimmed page, is drawn moved in by it.
    let bleed = doc.bleed.max(0.0);
    for (index, page_model) in doc.pages.iter().enumerate() {
        let mut page = pdf.start_page_with(page_settings(doc)?);
        let mut links = Vec::new();
        {
            let mut surface = page.surface();
            surface.push_transform(&Transform::from_translate(bleed, bleed));
            for item in &page_model.items {
                match item {
                    Item::Text {
                        x,
                        y,
                        size,
                        face,
                        color,
                        text,
                        ..
                    } => {
                        fill(&mut surface, *color);
                        let font = match face {
                            Face::Regular => regular.clone(),
                            Face::Bold => bold.clone(),
                        };
                        draw_runs(&mut surface, &measure, &font, *face, (*x, *y), *size, text);
                    }
                    Item::Rect {
                        x,
                        y,
                        w,
                        h,
                        fill: c,
                        radius,
                    } => {
                        fill(&mut surface, *c);
                        if let Some(path) = rounded(*x, *y, *w, *h, *radius) {
                            surface.draw_path(&path);
                        }
                    }
                    Item::Frame {
                        x,
                        y,
                        w,
                        h,
                        color,
                        radius,
                    } => {
                        surface.set_fill(None);
                        surface.set_stroke(Some(krilla::paint::Stroke {
                            paint: colour(*color).into(),
                            width: 0.7,
                            ..Default::default()
                        }));
                        if let Some(path) = rounded(*x, *y, *w, *h, *radius) {
                            surface.draw_path(&path);
                        }
                        surface.set_stroke(None);
                    }
                    Item::Image {
                        x,
                        y,
                        w,
                        h,
                        photo,
                        crop,
                        edge,
                    } => {
                        let key = (*photo, *crop, *edge);
                        if !images.contains_key(&key)
                            && let Some(bytes) = photos.jpeg(*photo, *crop, *edge)
                            && let Ok(image) = Image::from_jpeg(bytes.into(), true)
                        {
                            images.insert(key, image);
                        }
                        if let (Some(image), Some(size)) = (images.get(&key), Size::from_wh(*w, *h))
                        {
                            surface.push_transform(&Transform::from_translate(*x, *y));
                            surface.draw_image(image.clone(), size);
                            surface.pop();
                        }
                    }
                    Item::Qr {
                        x,
                        y,
                        size,
                        modules,
                        dark,
                    } => {
                        fill(&mut surface, Rgb(0, 0, 0));
                        let m = size / *modules as f32;
                        let mut pb = PathBuilder::new();
                        for (i, on) in dark.iter().enumerate() {
                            if *on
                                && let Some(r) = Rect::from_xywh(
                                    x + (i % modules) as f32 * m,
                                    y + (i / modules) as f32 * m,
                                    // A hair of overlap so that viewers show no seams.
                                    m + 0.02,
                                    m + 0.02,
                                )
                            {
                                pb.push_rect(r);
                            }
                        }
                        if let Some(path) = pb.finish() {
                            surface.draw_path(&path);
                        }
                    }
                    Item::Link { x, y, w, h, target } => {
                        links.push((*x, *y, *w, *h, target.clone()));
                    }
                }
            }
            surface.pop();
            if bleed > 0.0 {
                crop_marks(&mut surface, doc);
            }
            surface.finish();
        }
        for (x, y, w, h, target) in links {
            let Some(rect) = Rect::from_xywh(x + bleed, y + bleed, w, h) else {
                continue;
            };
            let target = match target {
                Target::Page(p) => LinkTarget::Destination(Destination::Xyz(XyzDestination::new(
                    p,
                    Point::from_xy(0.0, 0.0),
                ))),
                Target::Url(url) => LinkTarget::Action(Action::Link(LinkAction::new(url))),
            };
            page.add_annotation(Annotation::new_link(
                LinkAnnotation::new(rect, target),
                None,
            ));
        }
        page.finish();
        if !progress(index + 1, total) {
            return Ok(None);
        }
    }
    let mut outline = Outline::new();
    for (title, page) in &doc.outline {
        outline.push_child(OutlineNode::new(
            title.clone(),
            XyzDestination::new(*page, Point::from_xy(0.0, 0.0)),
        ));
    }
    pdf.set_outline(outline);
    pdf.set_metadata(
        Metadata::new()
            .title(doc.title.clone())
            .authors(vec![doc.author.clone()])
            .language(doc.lang.code().to_string())
            .creator("Etalase".to_string()),
    );
    pdf.finish()
        .map(Some)
        .map_err(|e| WriteError::Pdf(format!("{e:?}")))
}

/// The page's size, and with a bleed its trim box (the finished page) and bleed box (all of it).
fn page_settings(doc: &Document) -> Result<PageSettings, WriteError> {
    let b = doc.bleed.max(0.0);
    let (w, h) = (doc.width + 2.0 * b, doc.height + 2.0 * b);
    let settings =
        PageSettings::from_wh(w, h).ok_or_else(|| WriteError::Pdf("page size".into()))?;
    if b <= 0.0 {
        return Ok(settings);
    }
    Ok(settings
        .with_bleed_box(Rect::from_xywh(0.0, 0.0, w, h))
        .with_trim_box(Rect::from_xywh(b, b, doc.width, doc.height)))
}

/// Crop marks for the print shop: at each corner of the trimmed page, two thin black lines on
/// the extensions of its edges, in the bleed only (they stop short of the trim, so none shows on
/// the finished page), each on a white halo so that it shows over the cover's colour too.
fn crop_marks(surface: &mut Surface, doc: &Document) {
    let b = doc.bleed;
    let (right, bottom) = (b + doc.width, b + doc.height);
    let gap = (b * 0.25).min(2.0);
    let mut pb = PathBuilder::new();
    for (cx, cy) in [(b, b), (right, b), (b, bottom), (right, bottom)] {
        // Along the horizontal trim line, out to the page's side edge.
        let (x0, x1) = if cx == b {
            (0.0, b - gap)
        } else {
            (cx + gap, cx + b)
        };
        pb.move_to(x0, cy);
        pb.line_to(x1, cy);
        // Along the vertical trim line, out to the top or bottom edge.
        let (y0, y1) = if cy == b {
            (0.0, b - gap)
        } else {
            (cy + gap, cy + b)
        };
        pb.move_to(cx, y0);
        pb.line_to(cx, y1);
    }
    let Some(path) = pb.finish() else {
        return;
    };
    surface.set_fill(None);
    for (c, width) in [(Rgb(0xff, 0xff, 0xff), 1.4), (Rgb(0, 0, 0), 0.3)] {
        surface.set_stroke(Some(krilla::paint::Stroke {
            paint: colour(c).into(),
            width,
            ..Default::default()
        }));
        surface.draw_path(&path);
    }
    surface.set_stroke(None);
}

fn colour(c: Rgb) -> rgb::Color {
    rgb::Color::new(c.0, c.1, c.2)
}

fn fill(surface: &mut Surface, c: Rgb) {
    surface.set_fill(Some(Fill {
        paint: colour(c).into(),
        ..Default::default()
    }));
}

/// Draws one line of text as its bidi runs (`crate::bidi::visual_runs_in`, brackets paired), left
/// to right in visual order, each run shaped by krilla in its own direction and placed after the
/// one before. The paragraph direction is the catalogue's, left to right (every line is set from
/// the left): a line is often one piece of a wrapped name, such as "السدر)" from "Madu Sidr
/// (عسل السدر)", and must not take a direction of its own from its first letter.
fn draw_runs(
    surface: &mut Surface,
    measure: &super::fonts::Measure,
    font: &Font,
    face: Face,
    (x, y): (f32, f32),
    size: f32,
    text: &str,
) {
    let mut cx = x;
    for (i, run) in crate::bidi::visual_runs_in(text, Some(false))
        .into_iter()
        .enumerate()
    {
        let direction = if run.rtl {
            TextDirection::RightToLeft
        } else {
            TextDirection::LeftToRight
        };
        // Text extractors that rebuild logical order from the page (poppler's pdftotext and the
        // viewers built on it) reverse each stretch that starts with a right-to-left letter, up
        // to the next left-to-right letter or digit, and read the rest as it stands. An invisible
        // mark at each run's left edge (the shaper draws it as nothing, with no width) makes those
        // stretches the runs themselves: RIGHT-TO-LEFT MARK at the logical end of a right-to-left
        // run, LEFT-TO-RIGHT MARK before a left-to-right run that follows another. Without them a
        // closing bracket or a space after an Arabic word came out before it.
        let marked;
        let drawn = if run.rtl {
            marked = format!("{}\u{200F}", run.text);
            marked.as_str()
        } else if i > 0 {
            marked = format!("\u{200E}{}", run.text);
            marked.as_str()
        } else {
            run.text.as_str()
        };
        surface.draw_text(
            Point::from_xy(cx, y),
            font.clone(),
            size,
            drawn,
            false,
            direction,
        );
        // An Arabic run is as wide as its joined forms (the glyphs the shaper picks), not as its
        // letters' isolated forms.
        cx += if run.rtl {
            measure.width(face, size, &crate::bidi::shape_arabic(&run.text))
        } else {
            measure.width(face, size, &run.text)
        };
    }
}

/// A rectangle with rounded corners (plain when `r` is 0).
fn rounded(x: f32, y: f32, w: f32, h: f32, r: f32) -> Option<krilla::geom::Path> {
    let mut pb = PathBuilder::new();
    let r = r.min(w / 2.0).min(h / 2.0).max(0.0);
    if r == 0.0 {
        pb.push_rect(Rect::from_xywh(x, y, w, h)?);
    } else {
        pb.move_to(x + r, y);
        pb.line_to(x + w - r, y);
        pb.quad_to(x + w, y, x + w, y + r);
        pb.line_to(x + w, y + h - r);
        pb.quad_to(x + w, y + h, x + w - r, y + h);
        pb.line_to(x + r, y + h);
        pb.quad_to(x, y + h, x, y + h - r);
        pb.line_to(x, y + r);
        pb.quad_to(x, y, x + r, y);
        pb.close();
    }
    pb.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mixed_line_is_drawn_as_its_bidi_runs() {
        let runs: Vec<(String, bool)> =
            crate::bidi::visual_runs_in("Kurma Ajwa Pilihan (عجوة)", Some(false))
                .into_iter()
                .map(|r| (r.text, r.rtl))
                .collect();
        assert_eq!(
            runs,
            vec![
                ("Kurma Ajwa Pilihan (".to_string(), false),
                ("عجوة".to_string(), true),
                (")".to_string(), false)
            ]
        );
    }

    #[test]
    fn an_arabic_run_advances_by_its_joined_width() {
        // rustybuzz (what krilla shapes with) gives "عسل السدر" in DejaVu Sans an advance of
        // 5.0464 em and "عجوة" 2.2827 em (checked outside the project); their letters' isolated
        // forms would say 6.0151 and 2.2490.
        let m = super::super::fonts::Measure::new();
        for (word, em) in [("عسل السدر", 5.0464), ("عجوة", 2.2827)] {
            let joined = m.width(Face::Regular, 10.0, &crate::bidi::shape_arabic(word));
            assert!((joined - em * 10.0).abs() < 0.01, "{word}: {joined}");
        }
    }
}
