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
//! This file holds the input, the profile's own drawing helpers and the assembly; what it draws
//! as the catalogue does (values that never break, photos, the halal mark, the footer, the
//! margins) comes from `crate::pdf::layout::draw`. The first page is in `identity`, the product
//! blocks and the photo pages in `products`, the checklist and the signature in `checklist`.

mod checklist;
mod identity;
mod products;
#[cfg(test)]
mod tests;

use crate::domain::halal::{HalalLabel, Surface};
use crate::domain::readiness::{Readiness, producer_readiness};
use crate::domain::{Catalogue, Category, Date, Lang, PhotoId, Producer, ProducerId, Product};
use crate::i18n::Translator;
use crate::pdf::fonts::{Face, Measure};
use crate::pdf::layout::draw::{FOOTER, MARGIN, Pen, TOP};
use crate::pdf::model::*;
use crate::pdf::{Notice, Paper};
use std::collections::HashMap;

/// A4, in points, with the catalogue's margins (`MARGIN`, `TOP`, `FOOTER`).
const PAGE: (f32, f32) = Paper::A4.size();
/// A missing field: a muted red, readable but not alarming.
const MISSING: Rgb = Rgb(0xb0, 0x45, 0x3c);
/// The summary box of a producer not yet ready.
const RED_LIGHT: Rgb = Rgb(0xf8, 0xea, 0xe7);

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
    own.sort_by(|a, b| crate::pdf::catalogue_order(&categories, a, b));
    let readiness = producer_readiness(producer, &own, &categories, today);
    let mut notices = Vec::new();
    let entries: Vec<Entry> = own
        .into_iter()
        .filter(|p| !p.hidden)
        .map(|p| {
            notices.extend(crate::pdf::notices_for(p, lang, today));
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

/// What every part of the profile draws with: the input and, through `Deref`, the catalogue's
/// [`Pen`] (values that never break, photos, the halal mark, the footer).
struct Ctx<'a> {
    input: &'a Input<'a>,
    pen: Pen<'a>,
}

impl<'a> std::ops::Deref for Ctx<'a> {
    type Target = Pen<'a>;

    fn deref(&self) -> &Pen<'a> {
        &self.pen
    }
}

// Drawing helpers take a position, a size, a face and a colour: more arguments than clippy likes,
// but each call reads as what it draws.
#[allow(clippy::too_many_arguments)]
impl Ctx<'_> {
    fn width(&self) -> f32 {
        PAGE.0 - 2.0 * MARGIN
    }

    /// One line at baseline `y` ([`Pen::text`]); a blank one (spaces, a stray carriage return)
    /// is not drawn.
    fn text(&self, page: &mut Page, x: f32, y: f32, size: f32, face: Face, color: Rgb, text: &str) {
        if !text.trim().is_empty() {
            self.pen.text(page, x, y, size, face, color, text);
        }
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
    let ctx = Ctx {
        input,
        pen: Pen {
            tr: input.tr,
            m: measure,
            photo_sizes: input.photo_sizes,
        },
    };
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
        title(ctx.tr, ctx.input.producer)
    } else {
        ctx.tr.t_args(
            "profile-footer",
            &[
                ("publisher", publisher.into()),
                ("producer", ctx.input.producer.pesantren.trim().into()),
            ],
        )
    };
    for (i, page) in pages.iter_mut().enumerate() {
        ctx.footer(page, w, h, &left, i + 1, total);
    }
}
