//! Lays a prepared product list out as pages: cover, table of contents, then the products as a
//! grid of cards, a price list or one sheet per product, and a footer on every page but the cover.
//! Pure: text is measured with the embedded fonts, nothing is written.
//!
//! This file holds the input types, the catalogue's own drawing helpers (`Ctx`) and `layout()`,
//! which assembles the cover, the contents, the product pages and the footers. The drawing the
//! other documents share (text, values that never break, photos, the halal mark, the footer) is
//! in `draw`; the cover and each way of showing the products live in their own files: `cover`,
//! `grid`, `list` and `sheet`.

use super::fonts::{Face, Measure};
use super::model::*;
use super::{Layout, Paper};
use crate::domain::halal::{HalalLabel, Surface};
use crate::domain::{Date, PhotoId, Producer, Product};
use crate::i18n::Translator;
use draw::{FOOTER, MARGIN, Pen, TOP, unbreakable};
use std::collections::HashMap;

mod cover;
pub(crate) mod draw;
mod grid;
mod list;
mod sheet;
#[cfg(test)]
mod tests;

use cover::cover;
use grid::grid;
use list::list;
use sheet::sheets;

/// One product as the catalogue shows it.
pub struct Entry<'a> {
    pub product: &'a Product,
    pub producer: Option<&'a Producer>,
    /// The WhatsApp order link, when a number is known.
    pub order_link: Option<String>,
}

/// A chapter: a category (or producer) and its products.
pub struct Section<'a> {
    pub title: String,
    pub entries: Vec<Entry<'a>>,
}

/// Everything the layout needs.
pub struct Input<'a> {
    pub tr: &'a Translator,
    pub layout: Layout,
    pub paper: Paper,
    pub prices: bool,
    pub date: Date,
    pub title: String,
    pub publisher: String,
    pub publisher_logo: Option<PhotoId>,
    /// The publisher's address, WhatsApp, e-mail and website, those filled in, in that order.
    pub contacts: Vec<String>,
    /// Photos for the cover (featured products first), with their focus points.
    pub cover_photos: Vec<(PhotoId, crate::domain::photo::Focus)>,
    /// Print-shop bleed (see `Document::bleed`).
    pub bleed: bool,
    pub sections: Vec<Section<'a>>,
    /// Pixel sizes of the photos (for fitting them into their boxes).
    pub photo_sizes: &'a HashMap<PhotoId, (u32, u32)>,
}

/// Everything a layout draws with: the input, the page's size and, through `Deref`, the shared
/// [`Pen`] (text, values, photos, the halal mark, the footer).
struct Ctx<'a> {
    input: &'a Input<'a>,
    pen: Pen<'a>,
    w: f32,
    h: f32,
}

impl<'a> std::ops::Deref for Ctx<'a> {
    type Target = Pen<'a>;

    fn deref(&self) -> &Pen<'a> {
        &self.pen
    }
}

impl<'a> Ctx<'a> {
    fn new(input: &'a Input<'a>, m: &'a Measure) -> Ctx<'a> {
        let (w, h) = input.paper.size();
        Ctx {
            input,
            pen: Pen {
                tr: input.tr,
                m,
                photo_sizes: input.photo_sizes,
            },
            w,
            h,
        }
    }
}

// Drawing helpers take a position, a size, a face and a colour: more arguments than clippy likes,
// but each call reads as what it draws.
#[allow(clippy::too_many_arguments)]
impl Ctx<'_> {
    /// Wrapped text from `top`; returns the y below the last line.
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
        let lead = size * 1.3;
        let mut y = top;
        for line in self.m.wrap(face, size, text, width, max_lines) {
            y += lead;
            self.text(page, x, y - size * 0.3, size, face, color, &line);
        }
        y
    }

    /// The price as one unbreakable value, or "on request" in words.
    fn price(&self, p: &Product) -> String {
        match p.price {
            Some(v) => unbreakable(&self.input.tr.rupiah(v)),
            None => self.t("pdf-price-on-request"),
        }
    }

    /// A wholesale tier in words, its quantity and its price each unbreakable.
    fn tier(&self, t: &crate::domain::WholesaleTier) -> String {
        self.input.tr.t_args(
            "pdf-wholesale",
            &[
                ("qty", t.min_qty.into()),
                ("price", unbreakable(&self.input.tr.rupiah(t.price)).into()),
            ],
        )
    }

    fn text_of<'b>(&self, b: &'b crate::domain::Bilingual) -> &'b str {
        b.shown(self.lang())
    }

    /// The halal badge (only under the mark rule) or the status in words; returns its width.
    fn halal(&self, page: &mut Page, p: &Product, x: f32, y: f32, size: f32) -> f32 {
        match p.halal.label(self.input.date, Surface::Public) {
            HalalLabel::Mark(number) => self.halal_mark(page, number, x, y, size),
            label => {
                // Public: no word of certification where the mark does not hold.
                let Some(words) = crate::i18n::words::halal_label(self.input.tr, label) else {
                    return 0.0;
                };
                self.text(page, x, y + size * 1.3, size, Face::Regular, GREY, &words);
                self.m.width(Face::Regular, size, &words)
            }
        }
    }

    fn qr(&self, page: &mut Page, link: &str, x: f32, y: f32, size: f32) {
        let Ok(code) =
            qrcode::QrCode::with_error_correction_level(link.as_bytes(), qrcode::EcLevel::M)
        else {
            return;
        };
        let dark = code
            .to_colors()
            .into_iter()
            .map(|c| c == qrcode::Color::Dark)
            .collect();
        page.items.push(Item::Qr {
            x,
            y,
            size,
            modules: code.width(),
            dark,
        });
        page.items.push(Item::Link {
            x,
            y,
            w: size,
            h: size,
            target: Target::Url(link.to_string()),
        });
    }

    fn section_band(&self, page: &mut Page, title: &str) -> f32 {
        page.items.push(Item::Rect {
            x: MARGIN,
            y: TOP,
            w: self.w - 2.0 * MARGIN,
            h: 26.0,
            fill: GREEN,
            radius: 4.0,
        });
        self.text(
            page,
            MARGIN + 10.0,
            TOP + 17.5,
            13.0,
            Face::Bold,
            WHITE,
            title,
        );
        TOP + 26.0 + 12.0
    }
}

/// One page of the contents: a line per section with its page number, each a link.
fn contents_page(
    ctx: &Ctx,
    starts: &[(String, usize)],
    chunk_index: usize,
    per_page: usize,
    offset: usize,
) -> Page {
    let (w, measure) = (ctx.w, ctx.m);
    let mut page = Page::default();
    let mut y = TOP + 30.0;
    ctx.text(
        &mut page,
        MARGIN,
        y,
        24.0,
        Face::Bold,
        GREEN,
        &ctx.t("pdf-contents"),
    );
    y += 36.0;
    let lines = starts.iter().skip(chunk_index * per_page).take(per_page);
    for (title, start) in lines {
        let number = (start + offset + 1).to_string();
        let right = w - MARGIN;
        let num_w = measure.width(Face::Regular, 12.0, &number);
        let room = right - MARGIN - num_w - 24.0;
        let shown = measure
            .wrap(Face::Regular, 12.0, title, room, 1)
            .pop()
            .unwrap_or_default();
        ctx.text(&mut page, MARGIN, y, 12.0, Face::Regular, INK, &shown);
        // Dotted leader between the title and its page number.
        let from = MARGIN + measure.width(Face::Regular, 12.0, &shown) + 8.0;
        let dots_w = right - num_w - 8.0 - from;
        let dot = measure.width(Face::Regular, 12.0, ".").max(1.0);
        let dots = ".".repeat((dots_w / dot).max(0.0) as usize);
        ctx.text(&mut page, from, y, 12.0, Face::Regular, RULE, &dots);
        ctx.text_right(&mut page, right, y, 12.0, Face::Regular, INK, &number);
        page.items.push(Item::Link {
            x: MARGIN,
            y: y - 14.0,
            w: right - MARGIN,
            h: 20.0,
            target: Target::Page(start + offset),
        });
        y += 24.0;
    }
    page
}

/// Lays out the whole catalogue.
pub fn layout(input: &Input, measure: &Measure) -> Document {
    let ctx = Ctx::new(input, measure);
    let (w, h) = (ctx.w, ctx.h);
    // Product pages first, with where each section starts; the contents are numbered after.
    let mut body: Vec<Page> = Vec::new();
    let mut starts: Vec<(String, usize)> = Vec::new();
    match input.layout {
        Layout::List => list(&ctx, &input.sections, &mut body, &mut starts),
        Layout::Grid => grid(&ctx, &input.sections, &mut body, &mut starts),
        Layout::Sheet => {
            for section in input.sections.iter().filter(|s| !s.entries.is_empty()) {
                starts.push((section.title.clone(), body.len()));
                sheets(&ctx, section, &mut body);
            }
        }
    }
    // Contents only where they help: more than one page of products in more than one section.
    let with_contents = body.len() > 1 && starts.len() > 1;
    let toc_lines_per_page = ((h - TOP - 90.0 - FOOTER) / 24.0).floor().max(1.0) as usize;
    let toc_pages = if with_contents {
        starts.len().div_ceil(toc_lines_per_page)
    } else {
        0
    };
    let offset = 1 + toc_pages;
    let count: usize = input.sections.iter().map(|s| s.entries.len()).sum();
    let mut pages = vec![cover(&ctx, count)];
    for chunk_index in 0..toc_pages {
        pages.push(contents_page(
            &ctx,
            &starts,
            chunk_index,
            toc_lines_per_page,
            offset,
        ));
    }
    pages.extend(body);
    let total = pages.len();
    for (i, page) in pages.iter_mut().enumerate().skip(1) {
        ctx.footer(page, w, h, &input.title, i + 1, total);
    }
    let mut outline = Vec::new();
    if with_contents {
        outline.push((ctx.t("pdf-contents"), 1));
    }
    outline.extend(starts.into_iter().map(|(t, s)| (t, s + offset)));
    Document {
        width: w,
        height: h,
        pages,
        outline,
        title: input.title.clone(),
        author: input.publisher.clone(),
        lang: input.tr.lang(),
        bleed: if input.bleed { super::BLEED } else { 0.0 },
    }
}
