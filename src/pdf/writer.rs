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
    for (index, page_model) in doc.pages.iter().enumerate() {
        let settings = PageSettings::from_wh(doc.width, doc.height)
            .ok_or_else(|| WriteError::Pdf("page size".into()))?;
        let mut page = pdf.start_page_with(settings);
        let mut links = Vec::new();
        {
            let mut surface = page.surface();
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
            surface.finish();
        }
        for (x, y, w, h, target) in links {
            let Some(rect) = Rect::from_xywh(x, y, w, h) else {
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

fn colour(c: Rgb) -> rgb::Color {
    rgb::Color::new(c.0, c.1, c.2)
}

fn fill(surface: &mut Surface, c: Rgb) {
    surface.set_fill(Some(Fill {
        paint: colour(c).into(),
        ..Default::default()
    }));
}

/// Draws a line of text in runs of one script each (krilla shapes a run in one direction):
/// Arabic runs right to left, the rest left to right, placed one after another.
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
    for (run, arabic) in script_runs(text) {
        let direction = if arabic {
            TextDirection::RightToLeft
        } else {
            TextDirection::LeftToRight
        };
        surface.draw_text(
            Point::from_xy(cx, y),
            font.clone(),
            size,
            run,
            false,
            direction,
        );
        cx += measure.width(face, size, run);
    }
}

fn is_arabic(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Splits text into runs of Arabic and of everything else; blanks join the run they are in.
pub fn script_runs(text: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut current: Option<bool> = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() || c.is_ascii_punctuation() {
            continue;
        }
        let a = is_arabic(c);
        match current {
            Some(cur) if cur != a => {
                out.push((&text[start..i], cur));
                start = i;
                current = Some(a);
            }
            None => current = Some(a),
            _ => {}
        }
    }
    if start < text.len() {
        out.push((&text[start..], current.unwrap_or(false)));
    }
    out
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
    fn runs_split_by_script() {
        assert_eq!(script_runs("Kopi"), vec![("Kopi", false)]);
        assert_eq!(
            script_runs("Kurma Ajwa عجوة"),
            vec![("Kurma Ajwa ", false), ("عجوة", true)]
        );
        assert_eq!(script_runs("حلال"), vec![("حلال", true)]);
    }
}
