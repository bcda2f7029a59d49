//! Drawing on the page model, shared by the catalogue's layouts and by the documents built on it
//! (`crate::documents`: the grant profile, the price list), so that each rule is written once: the
//! page's margins, one line of text placed and measured with the embedded fonts, a value that never
//! breaks (no-break spaces, a little smaller when short of room), photos fitted whole or cropped
//! around their focus point, the drawn halal mark and the footer with its page number.
//!
//! [`Pen`] holds what drawing needs (the words, the measure, the photos' pixel sizes); each
//! document's own context derefs to it and adds its own parts (bands, paragraphs, fields).

use super::super::fonts::{Face, Measure};
use super::super::model::{GREEN, GREY, Item, Page, RULE, Rgb, WHITE};
use crate::domain::photo::{Crop, Focus, PRINT_DPI_MIN, cover_crop, print_edge};
use crate::domain::{Lang, PhotoId};
use crate::i18n::Translator;
use std::collections::HashMap;

/// The page's margin on each side.
pub(crate) const MARGIN: f32 = 40.0;
/// Where the content of a page starts.
pub(crate) const TOP: f32 = 44.0;
/// The room kept at the foot of a page for its footer.
pub(crate) const FOOTER: f32 = 40.0;
/// The no-break space: joins the parts of a value that wrapping must not separate.
pub(crate) const NBSP: char = '\u{a0}';

/// `text` with its spaces made no-break: wrapping keeps it on one line.
pub(crate) fn unbreakable(text: &str) -> String {
    text.replace(' ', "\u{a0}")
}

/// The size at which `text` fits `room` on one line: `size`, or smaller down to two thirds of it.
fn fit_size(m: &Measure, face: Face, size: f32, text: &str, room: f32) -> f32 {
    let w = m.width(face, size, text);
    if w <= room || w <= 0.0 {
        return size;
    }
    (size * room / w).max(size * 2.0 / 3.0)
}

/// The most points `px` pixels of a photo may take and still print sharp (at 250 dpi): a small
/// original is shown smaller rather than blurred.
pub(crate) fn sharp_extent(px: u32) -> f32 {
    px as f32 / (PRINT_DPI_MIN + 2.0) * 72.0
}

/// One line of text at baseline `y`. No-break spaces (which kept a value whole while wrapping)
/// are written as plain spaces, so that the PDF's text reads and searches as typed.
#[allow(clippy::too_many_arguments)]
pub(crate) fn text(
    page: &mut Page,
    m: &Measure,
    x: f32,
    y: f32,
    size: f32,
    face: Face,
    color: Rgb,
    text: &str,
) {
    if text.is_empty() {
        return;
    }
    let text = text.replace(NBSP, " ");
    page.items.push(Item::Text {
        x,
        y,
        size,
        face,
        color,
        width: m.width(face, size, &text),
        text,
    });
}

/// What drawing needs: the document's words, the fonts' measure and the photos' pixel sizes (a
/// photo without one is not drawn).
pub(crate) struct Pen<'a> {
    pub(crate) tr: &'a Translator,
    pub(crate) m: &'a Measure,
    pub(crate) photo_sizes: &'a HashMap<PhotoId, (u32, u32)>,
}

// Drawing helpers take a position, a size, a face and a colour: more arguments than clippy likes,
// but each call reads as what it draws.
#[allow(clippy::too_many_arguments)]
impl Pen<'_> {
    pub(crate) fn lang(&self) -> Lang {
        self.tr.lang()
    }

    pub(crate) fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }

    /// One line of text at baseline `y` (see [`text`]).
    pub(crate) fn text(
        &self,
        page: &mut Page,
        x: f32,
        y: f32,
        size: f32,
        face: Face,
        color: Rgb,
        text: &str,
    ) {
        self::text(page, self.m, x, y, size, face, color, text);
    }

    /// Text ending at `right`.
    pub(crate) fn text_right(
        &self,
        page: &mut Page,
        right: f32,
        y: f32,
        size: f32,
        face: Face,
        color: Rgb,
        text: &str,
    ) {
        let w = self.m.width(face, size, text);
        self.text(page, right - w, y, size, face, color, text);
    }

    /// A value that must never break (a price, a number, a quantity with its unit): one line at
    /// `size`, or smaller down to two thirds of it when the room is short; only past that is it
    /// cut with an ellipsis. Returns the size used.
    pub(crate) fn value(
        &self,
        page: &mut Page,
        x: f32,
        y: f32,
        size: f32,
        face: Face,
        color: Rgb,
        text: &str,
        room: f32,
    ) -> f32 {
        let fit = fit_size(self.m, face, size, text, room);
        let line = self
            .m
            .wrap(face, fit, &unbreakable(text), room, 1)
            .pop()
            .unwrap_or_default();
        self.text(page, x, y, fit, face, color, &line);
        fit
    }

    /// A photo fitted whole (never cropped) into a box, centred; returns its placed box, or
    /// `None` when its size is unknown (nothing drawn).
    pub(crate) fn photo(
        &self,
        page: &mut Page,
        photo: PhotoId,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
    ) -> Option<(f32, f32, f32, f32)> {
        self.whole_photo(page, photo, x, y, w, h, false)
    }

    /// [`Self::photo`], never larger than the photo prints sharp (see [`sharp_extent`]).
    pub(crate) fn sharp_photo(
        &self,
        page: &mut Page,
        photo: PhotoId,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
    ) -> Option<(f32, f32, f32, f32)> {
        self.whole_photo(page, photo, x, y, w, h, true)
    }

    fn whole_photo(
        &self,
        page: &mut Page,
        photo: PhotoId,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        sharp: bool,
    ) -> Option<(f32, f32, f32, f32)> {
        let &(pw, ph) = self.photo_sizes.get(&photo)?;
        if pw == 0 || ph == 0 {
            return None;
        }
        let (room_w, room_h) = if sharp {
            (w.min(sharp_extent(pw)), h.min(sharp_extent(ph)))
        } else {
            (w, h)
        };
        let scale = (room_w / pw as f32).min(room_h / ph as f32);
        let (fw, fh) = (pw as f32 * scale, ph as f32 * scale);
        let placed = (x + (w - fw) / 2.0, y + (h - fh) / 2.0, fw, fh);
        page.items.push(Item::Image {
            x: placed.0,
            y: placed.1,
            w: fw,
            h: fh,
            photo,
            crop: Crop::FULL,
            edge: print_edge(fw.max(fh), pw.max(ph)),
        });
        Some(placed)
    }

    /// A photo filling a box, cropped around its focus point (never stretched); false when the
    /// photo's size is unknown (nothing drawn).
    pub(crate) fn photo_fill(
        &self,
        page: &mut Page,
        photo: PhotoId,
        focus: Focus,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
    ) -> bool {
        let Some(&(pw, ph)) = self.photo_sizes.get(&photo) else {
            return false;
        };
        if pw == 0 || ph == 0 {
            return false;
        }
        let crop = cover_crop(pw, ph, w, h, focus);
        page.items.push(Item::Image {
            x,
            y,
            w,
            h,
            photo,
            crop,
            edge: print_edge(w.max(h), crop.long_edge(pw, ph)),
        });
        true
    }

    /// The drawn halal mark (a green pill: the Arabic word on white, "Halal", the certificate
    /// number), its text `size` points; returns its width. Only for `HalalLabel::Mark`: where
    /// the mark does not hold, a public page draws no mark.
    pub(crate) fn halal_mark(
        &self,
        page: &mut Page,
        number: &str,
        x: f32,
        y: f32,
        size: f32,
    ) -> f32 {
        let h = size * 1.9;
        let word = self.t("app-halal-mark");
        let ar = crate::domain::halal::HALAL_ARABIC;
        let pad = size * 0.5;
        let ar_w = self.m.width(Face::Bold, size, ar);
        let word_w = self.m.width(Face::Bold, size, &word);
        let num_w = self.m.width(Face::Regular, size * 0.92, number);
        let w = pad + ar_w + pad * 2.0 + word_w + pad * 1.5 + num_w + pad * 1.2;
        page.items.push(Item::Rect {
            x,
            y,
            w,
            h,
            fill: GREEN,
            radius: h / 2.0,
        });
        page.items.push(Item::Rect {
            x: x + 1.5,
            y: y + 1.5,
            w: ar_w + pad * 1.6,
            h: h - 3.0,
            fill: WHITE,
            radius: (h - 3.0) / 2.0,
        });
        let base = y + h / 2.0 + size * 0.35;
        self.text(page, x + pad + 1.0, base, size, Face::Bold, GREEN, ar);
        let wx = x + pad * 3.0 + ar_w;
        self.text(page, wx, base, size, Face::Bold, WHITE, &word);
        let nx = wx + word_w + pad * 1.5;
        self.text(page, nx, base, size * 0.92, Face::Regular, WHITE, number);
        w
    }

    /// The footer of a page `w` by `h`: a rule, `left` on one line (cut with an ellipsis when
    /// long) and "page `number` of `total`" on the right.
    pub(crate) fn footer(
        &self,
        page: &mut Page,
        w: f32,
        h: f32,
        left: &str,
        number: usize,
        total: usize,
    ) {
        let y = h - FOOTER + 18.0;
        page.items.push(Item::Rect {
            x: MARGIN,
            y: h - FOOTER,
            w: w - 2.0 * MARGIN,
            h: 0.6,
            fill: RULE,
            radius: 0.0,
        });
        let label = self.tr.t_args(
            "pdf-page-of",
            &[("page", number.into()), ("total", total.into())],
        );
        let label_w = self.m.width(Face::Regular, 8.5, &label);
        let room = w - 2.0 * MARGIN - label_w - 20.0;
        let shown = self
            .m
            .wrap(Face::Regular, 8.5, left, room, 1)
            .pop()
            .unwrap_or_default();
        self.text(page, MARGIN, y, 8.5, Face::Regular, GREY, &shown);
        self.text_right(page, w - MARGIN, y, 8.5, Face::Regular, GREY, &label);
    }
}
