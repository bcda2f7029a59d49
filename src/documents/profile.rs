//! The producer profile for grant (hibah) and curation applications: page model only. One A4 PDF
//! per producer, in one language: the identity of the pesantren and its Kopontren with every
//! missing field said in words, a readiness summary, a block per product (photo, price, halal
//! status under the public rule, PIRT/BPOM, trademark, SNI), the readiness checklist, a page of
//! photos and a signature block.
//!
//! Pure, like `crate::pdf::layout`: [`prepare`] picks the producer's listed products and judges
//! its readiness from a catalogue already read; [`layout`] places text and photos on pages,
//! measured with the catalogue's fonts; the catalogue's writer (`crate::pdf::writer`) writes
//! them. `crate::ops::profile` reads the store, makes the print-size photo copies and runs the
//! export. Nothing here opens the store or decides a rule: halal claims come from
//! `HalalData::label(.., Surface::Public)`, readiness from `domain::readiness`, its words from
//! `messages`.
//!
//! This file holds the input, the drawing helpers and the assembly; the first page is in
//! `identity`, the product blocks and the photo pages in `products`, the checklist and the
//! signature in `checklist`.

mod checklist;
mod identity;
mod products;
#[cfg(test)]
mod tests;

use crate::domain::halal::{HalalLabel, Surface};
use crate::domain::photo::{Crop, Focus, cover_crop, print_edge};
use crate::domain::readiness::{Readiness, producer_readiness};
use crate::domain::{Catalogue, Category, Date, Lang, PhotoId, Producer, ProducerId, Product};
use crate::i18n::Translator;
use crate::pdf::Notice;
use crate::pdf::fonts::{Face, Measure};
use crate::pdf::model::*;
use std::collections::HashMap;

/// A4, in points.
const PAGE: (f32, f32) = (595.28, 841.89);
const MARGIN: f32 = 40.0;
const TOP: f32 = 44.0;
const FOOTER: f32 = 40.0;
/// A missing field: a muted red, readable but not alarming.
const MISSING: Rgb = Rgb(0xb0, 0x45, 0x3c);
/// The summary box of a producer not yet ready.
const RED_LIGHT: Rgb = Rgb(0xf8, 0xea, 0xe7);
const NBSP: char = '\u{a0}';

/// One of the producer's products as the profile shows it.
pub struct Entry<'a> {
    pub product: &'a Product,
    pub category: Option<&'a Category>,
}

/// What the profile is laid out from.
pub struct Input<'a> {
    pub tr: &'a Translator,
    /// The date under the signature, and the day halal certificates and PIRT numbers are judged on.
    pub today: Date,
    pub producer: &'a Producer,
    /// The producer's listed (not hidden) products, in catalogue order.
    pub entries: &'a [Entry<'a>],
    /// The producer's checklist, from `domain::readiness::producer_readiness`.
    pub readiness: &'a Readiness,
    /// The publisher of the catalogue, named in the footer.
    pub publisher: String,
    /// Pixel sizes of the photos (products' and logo); a photo without one is not drawn.
    pub photo_sizes: &'a HashMap<PhotoId, (u32, u32)>,
}

/// A producer's profile made ready to lay out: its listed products, its checklist, and what the
/// export should tell the user about the products.
pub struct Prepared<'a> {
    pub producer: &'a Producer,
    pub entries: Vec<Entry<'a>>,
    pub readiness: Readiness,
    pub notices: Vec<Notice>,
}

/// Photos the profile shows of each product (the photo pages), the first being the cover.
pub const PHOTOS_PER_PRODUCT: usize = 4;

/// The producer's listed products in catalogue order (category order, then SKU), its readiness
/// on `today`, and notices (no photo, halal claim left out, English missing). `None` when the
/// catalogue has no such producer.
pub fn prepare(
    catalogue: &Catalogue,
    producer: ProducerId,
    lang: Lang,
    today: Date,
) -> Option<Prepared<'_>> {
    let producer = catalogue.producer(producer)?;
    let categories: HashMap<_, _> = catalogue.categories.iter().map(|c| (c.id, c)).collect();
    let mut own: Vec<&Product> = catalogue
        .products
        .iter()
        .filter(|p| p.producer == producer.id)
        .collect();
    let natural = crate::domain::sort::natural_cmp;
    own.sort_by(|a, b| {
        let order = |p: &Product| {
            categories
                .get(&p.category)
                .map_or(u32::MAX, |c| c.sort_order)
        };
        order(a)
            .cmp(&order(b))
            .then_with(|| natural(&a.sku, &b.sku))
    });
    let readiness = producer_readiness(producer, &own, &categories, today);
    let mut notices = Vec::new();
    let entries: Vec<Entry> = own
        .into_iter()
        .filter(|p| !p.hidden)
        .map(|p| {
            let sku = || p.sku.clone();
            match p.halal.dropped_claim(today) {
                Some(HalalLabel::Expired) => notices.push(Notice::HalalExpired { sku: sku() }),
                Some(_) => notices.push(Notice::HalalNumberInvalid { sku: sku() }),
                None => {}
            }
            if lang == Lang::En && p.english_missing() {
                notices.push(Notice::NotTranslated { sku: sku() });
            }
            if p.photos.is_empty() {
                notices.push(Notice::NoPhoto { sku: sku() });
            }
            Entry {
                product: p,
                category: categories.get(&p.category).copied(),
            }
        })
        .collect();
    Some(Prepared {
        producer,
        entries,
        readiness,
        notices,
    })
}

/// A note from the profile export, in words (the profile's own: it is not "the catalogue").
pub fn notice_words(tr: &Translator, n: &Notice) -> String {
    let key = match n {
        Notice::NotTranslated { .. } => "profile-notice-not-translated",
        Notice::NoPhoto { .. } => "profile-notice-no-photo",
        Notice::PhotoUnreadable { .. } => "profile-notice-photo-unreadable",
        Notice::NoPrice { .. } => "profile-notice-no-price",
        Notice::HalalExpired { .. } => "profile-notice-halal-expired",
        Notice::HalalNumberInvalid { .. } => "profile-notice-halal-number",
    };
    tr.t_args(key, &[("sku", n.sku().into())])
}

/// The document's title (PDF metadata, bookmarks): "Profil Produsen: Pondok Pesantren ...".
pub fn title(tr: &Translator, producer: &Producer) -> String {
    tr.t_args(
        "profile-doc-title",
        &[("name", producer.pesantren.trim().into())],
    )
}

/// `text` with its spaces made no-break: wrapping keeps it on one line.
fn unbreakable(text: &str) -> String {
    text.trim().replace(' ', "\u{a0}")
}

/// Pages filled from the top down; a new page when what comes next does not fit.
#[derive(Clone)]
struct Flow {
    pages: Vec<Page>,
    y: f32,
    /// Bookmarks: title and page index.
    outline: Vec<(String, usize)>,
}

impl Flow {
    fn new() -> Flow {
        Flow {
            pages: vec![Page::default()],
            y: TOP,
            outline: Vec::new(),
        }
    }

    fn page(&mut self) -> &mut Page {
        self.pages.last_mut().expect("a flow always has a page")
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = TOP;
    }

    /// The lowest a line may reach above the footer.
    fn bottom() -> f32 {
        PAGE.1 - FOOTER - 10.0
    }

    fn room(&self) -> f32 {
        Flow::bottom() - self.y
    }

    /// Starts a new page unless `height` fits below what is there (a fresh page takes anything).
    fn need(&mut self, height: f32) {
        if self.y > TOP && height > self.room() {
            self.new_page();
        }
    }
}

/// Measuring and drawing, shared by every part of the profile.
struct Ctx<'a> {
    input: &'a Input<'a>,
    m: &'a Measure,
}

// Drawing helpers take a position, a size, a face and a colour: more arguments than clippy likes,
// but each call reads as what it draws.
#[allow(clippy::too_many_arguments)]
impl Ctx<'_> {
    fn tr(&self) -> &Translator {
        self.input.tr
    }

    fn lang(&self) -> Lang {
        self.input.tr.lang()
    }

    fn t(&self, id: &str) -> String {
        self.input.tr.t(id)
    }

    fn width(&self) -> f32 {
        PAGE.0 - 2.0 * MARGIN
    }

    /// One line at baseline `y`; no-break spaces are written as plain spaces so that the PDF
    /// reads and searches as typed.
    fn text(&self, page: &mut Page, x: f32, y: f32, size: f32, face: Face, color: Rgb, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        let text = text.replace(NBSP, " ");
        page.items.push(Item::Text {
            x,
            y,
            size,
            face,
            color,
            width: self.m.width(face, size, &text),
            text,
        });
    }

    fn text_right(
        &self,
        page: &mut Page,
        right: f32,
        y: f32,
        size: f32,
        face: Face,
        color: Rgb,
        text: &str,
    ) {
        let w = self.m.width(face, size, &text.replace(NBSP, " "));
        self.text(page, right - w, y, size, face, color, text);
    }

    /// A value that must never break (a number, a price, a quantity with its unit): one line at
    /// `size`, or smaller down to two thirds of it when the room is short; only past that is it
    /// cut with an ellipsis.
    fn value(
        &self,
        page: &mut Page,
        x: f32,
        y: f32,
        size: f32,
        face: Face,
        color: Rgb,
        text: &str,
        room: f32,
    ) {
        let whole = unbreakable(text);
        let w = self.m.width(face, size, &whole);
        let fit = if w <= room || w <= 0.0 {
            size
        } else {
            (size * room / w).max(size * 2.0 / 3.0)
        };
        let line = self
            .m
            .wrap(face, fit, &whole, room, 1)
            .pop()
            .unwrap_or_default();
        self.text(page, x, y, fit, face, color, &line);
    }

    /// The lines `text` wraps to (no-break spaces hold values together).
    fn lines(&self, face: Face, size: f32, text: &str, width: f32, max: usize) -> Vec<String> {
        self.m.wrap(face, size, text, width, max)
    }

    /// Wrapped text from `top` (each line `lead` apart); returns the y below the last line.
    fn para(
        &self,
        page: &mut Page,
        x: f32,
        top: f32,
        width: f32,
        size: f32,
        face: Face,
        color: Rgb,
        text: &str,
        max_lines: usize,
    ) -> f32 {
        let lead = size * 1.35;
        let mut y = top;
        for line in self.lines(face, size, text, width, max_lines) {
            y += lead;
            self.text(page, x, y - size * 0.32, size, face, color, &line);
        }
        y
    }

    /// A photo fitted whole into a box (the logo), centred; never larger than it prints at
    /// 250 dpi. Returns the placed width, or `None` when its size is unknown.
    fn photo_fit(
        &self,
        page: &mut Page,
        photo: PhotoId,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
    ) -> Option<f32> {
        let &(pw, ph) = self.input.photo_sizes.get(&photo)?;
        if pw == 0 || ph == 0 {
            return None;
        }
        let most = |px: u32| px as f32 / (crate::domain::photo::PRINT_DPI_MIN + 2.0) * 72.0;
        let scale = (w.min(most(pw)) / pw as f32).min(h.min(most(ph)) / ph as f32);
        let (fw, fh) = (pw as f32 * scale, ph as f32 * scale);
        page.items.push(Item::Image {
            x: x + (w - fw) / 2.0,
            y: y + (h - fh) / 2.0,
            w: fw,
            h: fh,
            photo,
            crop: Crop::FULL,
            edge: print_edge(fw.max(fh), pw.max(ph)),
        });
        Some(fw)
    }

    /// A photo filling a box, cropped around its focus point; false when its size is unknown.
    fn photo_fill(
        &self,
        page: &mut Page,
        photo: PhotoId,
        focus: Focus,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
    ) -> bool {
        let Some(&(pw, ph)) = self.input.photo_sizes.get(&photo) else {
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

    /// A quiet box where a photo would be, with words in it.
    fn no_photo(&self, page: &mut Page, x: f32, y: f32, w: f32, h: f32) {
        page.items.push(Item::Rect {
            x,
            y,
            w,
            h,
            fill: GREEN_LIGHT,
            radius: 4.0,
        });
        let words = self.t("profile-no-photo");
        let size = 8.5;
        let tw = self.m.width(Face::Regular, size, &words);
        self.text(
            page,
            x + (w - tw).max(0.0) / 2.0,
            y + h / 2.0 + 3.0,
            size,
            Face::Regular,
            GREY,
            &words,
        );
    }

    /// The drawn halal mark with its certificate number, `size` points high text; returns its
    /// width. Only ever called for `HalalLabel::Mark`.
    fn halal_mark(&self, page: &mut Page, number: &str, x: f32, y: f32, size: f32) -> f32 {
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

    /// A section's heading: a green band across the page at the flow's place.
    fn band(&self, flow: &mut Flow, title: &str) {
        let y = flow.y;
        let page = flow.page();
        page.items.push(Item::Rect {
            x: MARGIN,
            y,
            w: self.width(),
            h: 24.0,
            fill: GREEN,
            radius: 4.0,
        });
        self.text(
            page,
            MARGIN + 10.0,
            y + 16.5,
            12.5,
            Face::Bold,
            WHITE,
            title,
        );
        flow.y = y + 24.0 + 12.0;
    }

    fn rule(&self, page: &mut Page, x: f32, y: f32, w: f32) {
        page.items.push(Item::Rect {
            x,
            y,
            w,
            h: 0.6,
            fill: RULE,
            radius: 0.0,
        });
    }

    /// The halal status a buyer may read: the mark and number where it holds, "in process" or
    /// "not required" in words, nothing at all otherwise.
    fn halal_label<'p>(&self, p: &'p Product) -> HalalLabel<'p> {
        p.halal.label(self.input.today, Surface::Public)
    }
}

/// Lays out the whole profile.
pub fn layout(input: &Input, measure: &Measure) -> Document {
    let ctx = Ctx { input, m: measure };
    // The products, checklist, photos and signature flow from the second page on; the first
    // page points to the checklist, so it is drawn once they are placed.
    let mut flow = Flow::new();
    products::blocks(&ctx, &mut flow);
    let checklist_page = checklist::checklist(&ctx, &mut flow);
    // Photos three to a row; four when that saves a page (one that would hold little more
    // than the last photos and the signature).
    let mut smaller = flow.clone();
    products::photo_pages(&ctx, &mut flow, 3);
    checklist::signature(&ctx, &mut flow);
    products::photo_pages(&ctx, &mut smaller, 4);
    checklist::signature(&ctx, &mut smaller);
    if smaller.pages.len() < flow.pages.len() {
        flow = smaller;
    }
    // The flow's first page is the document's second.
    let first = identity::first_page(&ctx, checklist_page + 2);
    let mut pages = vec![first];
    pages.extend(flow.pages);
    let mut outline = vec![(ctx.t("profile-section-identity"), 0)];
    outline.extend(flow.outline.into_iter().map(|(t, p)| (t, p + 1)));
    footers(&ctx, &mut pages);
    Document {
        width: PAGE.0,
        height: PAGE.1,
        pages,
        outline,
        title: title(input.tr, input.producer),
        author: if input.publisher.trim().is_empty() {
            input.producer.pesantren.clone()
        } else {
            input.publisher.clone()
        },
        lang: input.tr.lang(),
        bleed: 0.0,
    }
}

/// The footer of every page: the publisher on the left, "Halaman 2 dari 5" on the right.
fn footers(ctx: &Ctx, pages: &mut [Page]) {
    let total = pages.len();
    let (w, h) = PAGE;
    let publisher = ctx.input.publisher.trim();
    let left = if publisher.is_empty() {
        title(ctx.tr(), ctx.input.producer)
    } else {
        ctx.tr().t_args(
            "profile-footer",
            &[
                ("publisher", publisher.into()),
                ("producer", ctx.input.producer.pesantren.trim().into()),
            ],
        )
    };
    for (i, page) in pages.iter_mut().enumerate() {
        let y = h - FOOTER + 18.0;
        ctx.rule(page, MARGIN, h - FOOTER, w - 2.0 * MARGIN);
        let label = ctx.tr().t_args(
            "pdf-page-of",
            &[("page", (i + 1).into()), ("total", total.into())],
        );
        let label_w = ctx.m.width(Face::Regular, 8.5, &label);
        let room = w - 2.0 * MARGIN - label_w - 20.0;
        let shown = ctx
            .lines(Face::Regular, 8.5, &left, room, 1)
            .pop()
            .unwrap_or_default();
        ctx.text(page, MARGIN, y, 8.5, Face::Regular, GREY, &shown);
        ctx.text_right(page, w - MARGIN, y, 8.5, Face::Regular, GREY, &label);
    }
}
