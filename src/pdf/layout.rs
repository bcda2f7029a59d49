//! Lays a prepared product list out as pages: cover, table of contents, then the products as a
//! grid of cards, a price list or one sheet per product, and a footer on every page but the cover.
//! Pure: text is measured with the embedded fonts, nothing is written.

use super::fonts::{Face, Measure};
use super::model::*;
use super::{Layout, Paper};
use crate::domain::halal::{HalalLabel, Surface};
use crate::domain::{Date, Lang, PhotoId, Producer, Product};
use crate::i18n::Translator;
use std::collections::HashMap;

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
    pub sections: Vec<Section<'a>>,
    /// Pixel sizes of the photos (for fitting them into their boxes).
    pub photo_sizes: &'a HashMap<PhotoId, (u32, u32)>,
}

const MARGIN: f32 = 40.0;
const TOP: f32 = 44.0;
const FOOTER: f32 = 40.0;
/// Print resolution the photos are prepared for.
pub const DPI: f32 = 300.0;

/// The long edge in pixels of the copy that prints `points` at no more than 300 dpi: one of the
/// shared print sizes, or for small pictures a step of 50 px.
pub fn print_edge(points: f32) -> u32 {
    let needed = (points / 72.0 * DPI) as u32;
    crate::photos::PRINT_EDGES
        .iter()
        .rev()
        .find(|&&e| e <= needed)
        .copied()
        .unwrap_or((needed / 50 * 50).max(50))
}

struct Ctx<'a> {
    input: &'a Input<'a>,
    m: &'a Measure,
    w: f32,
    h: f32,
}

// Drawing helpers take a position, a size, a face and a colour: more arguments than clippy likes,
// but each call reads as what it draws.
#[allow(clippy::too_many_arguments)]
impl Ctx<'_> {
    fn lang(&self) -> Lang {
        self.input.tr.lang()
    }

    fn t(&self, id: &str) -> String {
        self.input.tr.t(id)
    }

    fn text(&self, page: &mut Page, x: f32, y: f32, size: f32, face: Face, color: Rgb, text: &str) {
        if text.is_empty() {
            return;
        }
        page.items.push(Item::Text {
            x,
            y,
            size,
            face,
            color,
            text: text.to_string(),
            width: self.m.width(face, size, text),
        });
    }

    /// Text ending at `right`.
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
        let w = self.m.width(face, size, text);
        self.text(page, right - w, y, size, face, color, text);
    }

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

    /// A photo fitted (never cropped) into a box, centred; returns the y below it.
    fn photo(&self, page: &mut Page, photo: PhotoId, x: f32, y: f32, w: f32, h: f32) -> f32 {
        let Some(&(pw, ph)) = self.input.photo_sizes.get(&photo) else {
            return y + h;
        };
        if pw == 0 || ph == 0 {
            return y + h;
        }
        let scale = (w / pw as f32).min(h / ph as f32);
        let (fw, fh) = (pw as f32 * scale, ph as f32 * scale);
        let edge = print_edge(fw.max(fh));
        page.items.push(Item::Image {
            x: x + (w - fw) / 2.0,
            y: y + (h - fh) / 2.0,
            w: fw,
            h: fh,
            photo,
            edge,
        });
        y + (h - fh) / 2.0 + fh
    }

    fn price(&self, p: &Product) -> String {
        match p.price {
            Some(v) => self.input.tr.rupiah(v),
            None => self.t("pdf-price-on-request"),
        }
    }

    fn text_of<'b>(&self, b: &'b crate::domain::Bilingual) -> &'b str {
        b.shown(self.lang())
    }

    /// The halal badge (only under the mark rule) or the status in words; returns its width.
    fn halal(&self, page: &mut Page, p: &Product, x: f32, y: f32, size: f32) -> f32 {
        match p.halal.label(self.input.date, Surface::Public) {
            HalalLabel::Mark(number) => {
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
                self.text(
                    page,
                    wx + word_w + pad * 1.5,
                    base,
                    size * 0.92,
                    Face::Regular,
                    WHITE,
                    number,
                );
                w
            }
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

/// Lays out the whole catalogue.
pub fn layout(input: &Input, measure: &Measure) -> Document {
    let (w, h) = input.paper.size();
    let ctx = Ctx {
        input,
        m: measure,
        w,
        h,
    };
    // Product pages first, with where each section starts; the contents are numbered after.
    let mut body: Vec<Page> = Vec::new();
    let mut starts: Vec<(String, usize)> = Vec::new();
    if input.layout == Layout::List {
        list(&ctx, &input.sections, &mut body, &mut starts);
    }
    for section in &input.sections {
        if section.entries.is_empty() || input.layout == Layout::List {
            continue;
        }
        starts.push((section.title.clone(), body.len()));
        match input.layout {
            Layout::Grid => grid(&ctx, section, &mut body),
            Layout::Sheet => sheets(&ctx, section, &mut body),
            Layout::List => {}
        }
    }
    let toc_lines_per_page = ((h - TOP - 90.0 - FOOTER) / 24.0).floor().max(1.0) as usize;
    let toc_pages = starts.len().div_ceil(toc_lines_per_page).max(1);
    let offset = 1 + toc_pages;
    let count: usize = input.sections.iter().map(|s| s.entries.len()).sum();
    let mut pages = vec![cover(&ctx, count)];
    for chunk_index in 0..toc_pages {
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
        let lines = starts
            .iter()
            .skip(chunk_index * toc_lines_per_page)
            .take(toc_lines_per_page);
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
        pages.push(page);
    }
    pages.extend(body);
    let total = pages.len();
    for (i, page) in pages.iter_mut().enumerate().skip(1) {
        let y = h - FOOTER + 18.0;
        page.items.push(Item::Rect {
            x: MARGIN,
            y: h - FOOTER,
            w: w - 2.0 * MARGIN,
            h: 0.6,
            fill: RULE,
            radius: 0.0,
        });
        let label = input.tr.t_args(
            "pdf-page-of",
            &[("page", (i + 1).into()), ("total", total.into())],
        );
        let label_w = measure.width(Face::Regular, 8.5, &label);
        let title = measure
            .wrap(
                Face::Regular,
                8.5,
                &input.title,
                w - 2.0 * MARGIN - label_w - 20.0,
                1,
            )
            .pop()
            .unwrap_or_default();
        ctx.text(page, MARGIN, y, 8.5, Face::Regular, GREY, &title);
        ctx.text_right(page, w - MARGIN, y, 8.5, Face::Regular, GREY, &label);
    }
    let mut outline = vec![(ctx.t("pdf-contents"), 1)];
    outline.extend(starts.into_iter().map(|(t, s)| (t, s + offset)));
    Document {
        width: w,
        height: h,
        pages,
        outline,
        title: input.title.clone(),
        author: input.publisher.clone(),
        lang: input.tr.lang(),
    }
}

fn cover(ctx: &Ctx, count: usize) -> Page {
    let input = ctx.input;
    let (w, h) = (ctx.w, ctx.h);
    let mut page = Page::default();
    page.items.push(Item::Rect {
        x: 0.0,
        y: 0.0,
        w,
        h,
        fill: PAPER,
        radius: 0.0,
    });
    page.items.push(Item::Rect {
        x: 0.0,
        y: h * 0.58,
        w,
        h: h * 0.42,
        fill: GREEN,
        radius: 0.0,
    });
    let mut y = 90.0;
    if let Some(logo) = input.publisher_logo {
        let _ = ctx.photo(&mut page, logo, MARGIN + 10.0, y, 110.0, 110.0);
        y += 140.0;
    } else {
        y += 60.0;
    }
    y = ctx.para(
        &mut page,
        MARGIN + 10.0,
        y,
        w - 2.0 * MARGIN - 20.0,
        34.0,
        Face::Bold,
        GREEN,
        &input.title,
        4,
    );
    y += 10.0;
    let subtitle = input
        .tr
        .t_args("pdf-cover-count", &[("count", count.into())]);
    ctx.para(
        &mut page,
        MARGIN + 10.0,
        y,
        w - 2.0 * MARGIN - 20.0,
        15.0,
        Face::Regular,
        INK,
        &subtitle,
        2,
    );
    let mut y = h * 0.58 + 50.0;
    y = ctx.para(
        &mut page,
        MARGIN + 10.0,
        y,
        w - 2.0 * MARGIN - 20.0,
        18.0,
        Face::Bold,
        WHITE,
        &input.publisher,
        3,
    );
    y += 14.0;
    let date = input.tr.date(input.date);
    ctx.text(
        &mut page,
        MARGIN + 10.0,
        y,
        12.0,
        Face::Regular,
        WHITE,
        &date,
    );
    ctx.text(
        &mut page,
        MARGIN + 10.0,
        y + 20.0,
        12.0,
        Face::Regular,
        WHITE,
        &ctx.t("pdf-cover-language"),
    );
    if !input.prices {
        ctx.text(
            &mut page,
            MARGIN + 10.0,
            y + 40.0,
            12.0,
            Face::Regular,
            WHITE,
            &ctx.t("pdf-cover-no-prices"),
        );
    }
    page
}

/// Six cards per page (2 x 3), a new page for each section.
fn grid(ctx: &Ctx, section: &Section, body: &mut Vec<Page>) {
    let gap = 12.0;
    let cols = 2;
    let rows = 3;
    for chunk in section.entries.chunks(cols * rows) {
        let mut page = Page::default();
        let top = ctx.section_band(&mut page, &section.title);
        let card_w = (ctx.w - 2.0 * MARGIN - gap) / cols as f32;
        let card_h = (ctx.h - top - FOOTER - 10.0 - gap * (rows as f32 - 1.0)) / rows as f32;
        for (i, e) in chunk.iter().enumerate() {
            let x = MARGIN + (i % cols) as f32 * (card_w + gap);
            let y = top + (i / cols) as f32 * (card_h + gap);
            card(ctx, &mut page, e, x, y, card_w, card_h);
        }
        body.push(page);
    }
}

fn card(ctx: &Ctx, page: &mut Page, e: &Entry, x: f32, y: f32, w: f32, h: f32) {
    let p = e.product;
    page.items.push(Item::Rect {
        x,
        y,
        w,
        h,
        fill: WHITE,
        radius: 6.0,
    });
    page.items.push(Item::Frame {
        x,
        y,
        w,
        h,
        color: RULE,
        radius: 6.0,
    });
    let pad = 10.0;
    let inner = w - 2.0 * pad;
    let photo_h = h * 0.42;
    if let Some(&photo) = p.photos.first() {
        let _ = ctx.photo(page, photo, x + pad, y + pad, inner, photo_h);
    } else {
        page.items.push(Item::Rect {
            x: x + pad,
            y: y + pad,
            w: inner,
            h: photo_h,
            fill: GREEN_LIGHT,
            radius: 4.0,
        });
    }
    let mut cy = y + pad + photo_h + 4.0;
    cy = ctx.para(
        page,
        x + pad,
        cy,
        inner,
        11.5,
        Face::Bold,
        INK,
        ctx.text_of(&p.name),
        2,
    );
    // Price (or net content alone) and the halal line, then the producer, beside the QR code.
    let qr = 58.0;
    let text_w = if e.order_link.is_some() {
        inner - qr - 8.0
    } else {
        inner
    };
    let bottom = y + h - pad;
    let mut by = bottom - 4.0;
    let producer = e
        .producer
        .map(|x| {
            if x.city.is_empty() {
                x.pesantren.clone()
            } else {
                format!("{}, {}", x.pesantren, x.city)
            }
        })
        .unwrap_or_default();
    let producer_lines = ctx.m.wrap(Face::Regular, 7.5, &producer, text_w, 2);
    for line in producer_lines.iter().rev() {
        ctx.text(page, x + pad, by, 7.5, Face::Regular, GREY, line);
        by -= 9.5;
    }
    by -= 20.0;
    ctx.halal(page, p, x + pad, by, 7.5);
    by -= 6.0;
    let price_line = if ctx.input.prices {
        ctx.price(p)
    } else {
        String::new()
    };
    if !price_line.is_empty() {
        ctx.text(page, x + pad, by, 12.5, Face::Bold, GREEN, &price_line);
    }
    // The description gets the lines left between the name and the price (at most three).
    let lead = 8.2 * 1.3;
    let room = by - 12.5 - 3.0 - cy;
    let desc_lines = ((room / lead).floor().max(0.0) as usize).min(3);
    if desc_lines > 0 {
        ctx.para(
            page,
            x + pad,
            cy,
            inner,
            8.2,
            Face::Regular,
            GREY,
            ctx.text_of(&p.description),
            desc_lines,
        );
    }
    let price_w = ctx.m.width(Face::Bold, 12.5, &price_line);
    if !p.net_content.is_empty() {
        let nx = if price_line.is_empty() {
            x + pad
        } else {
            x + pad + price_w + 8.0
        };
        let room = x + pad + text_w - nx;
        if let Some(net) = ctx
            .m
            .wrap(Face::Regular, 9.0, &p.net_content, room, 1)
            .pop()
        {
            ctx.text(page, nx, by, 9.0, Face::Regular, GREY, &net);
        }
    }
    if let Some(link) = &e.order_link {
        ctx.qr(page, link, x + w - pad - qr, bottom - qr, qr);
    }
}

/// The width of column `i` whose left edges are `xs` (the last one ends at `right`).
fn column_width(xs: &[f32], i: usize, right: f32) -> f32 {
    xs.get(i + 1).copied().unwrap_or(right) - xs[i]
}

/// A price list flowing over the pages: the column headings on every page, a header row where
/// each section begins (never alone at the foot of a page).
fn list(ctx: &Ctx, sections: &[Section], body: &mut Vec<Page>, starts: &mut Vec<(String, usize)>) {
    let row_h = 40.0;
    let photo = 32.0;
    let right = ctx.w - MARGIN;
    // Columns: photo, SKU, name, net content, price, wholesale, halal number.
    let widths = [34.0, 64.0, 0.0, 54.0, 74.0, 76.0, 100.0];
    let fixed: f32 = widths.iter().sum();
    let name_w = (right - MARGIN) - fixed;
    let mut xs = Vec::new();
    let mut x = MARGIN;
    for (i, w) in widths.iter().enumerate() {
        xs.push(x);
        x += if i == 2 { name_w } else { *w };
    }
    let heads = [
        "",
        "pdf-col-sku",
        "pdf-col-name",
        "pdf-col-net",
        "pdf-col-price",
        "pdf-col-wholesale",
        "pdf-col-halal",
    ];
    enum Row<'a> {
        Header(&'a str),
        Product(&'a Entry<'a>),
    }
    let rows: Vec<Row> = sections
        .iter()
        .filter(|s| !s.entries.is_empty())
        .flat_map(|s| {
            std::iter::once(Row::Header(s.title.as_str())).chain(s.entries.iter().map(Row::Product))
        })
        .collect();
    let header_h = 24.0;
    let mut rows = rows.iter().peekable();
    while rows.peek().is_some() {
        let mut page = Page::default();
        let mut y = ctx.section_band(&mut page, &ctx.t("pdf-price-list"));
        // A heading wider than its column (a long translation) takes a second line.
        let mut head_lines = 1;
        for (i, key) in heads.iter().enumerate() {
            if key.is_empty() || (!ctx.input.prices && (i == 4 || i == 5)) {
                continue;
            }
            let room = column_width(&xs, i, right) - 6.0;
            let lines = ctx.m.wrap(Face::Bold, 8.0, &ctx.t(key), room, 2);
            head_lines = head_lines.max(lines.len());
            for (l, line) in lines.iter().enumerate() {
                let baseline = y + 10.0 + l as f32 * 9.5;
                ctx.text(
                    &mut page,
                    xs[i] + 2.0,
                    baseline,
                    8.0,
                    Face::Bold,
                    GREY,
                    line,
                );
            }
        }
        y += 16.0 + (head_lines - 1) as f32 * 9.5;
        page.items.push(Item::Rect {
            x: MARGIN,
            y,
            w: right - MARGIN,
            h: 0.8,
            fill: GREEN,
            radius: 0.0,
        });
        y += 2.0;
        let limit = ctx.h - FOOTER - 6.0;
        while let Some(row) = rows.peek() {
            let e = match row {
                Row::Header(title) => {
                    if y + header_h + row_h > limit {
                        break;
                    }
                    starts.push((title.to_string(), body.len()));
                    page.items.push(Item::Rect {
                        x: MARGIN,
                        y: y + 4.0,
                        w: right - MARGIN,
                        h: header_h - 6.0,
                        fill: GREEN_LIGHT,
                        radius: 3.0,
                    });
                    ctx.text(
                        &mut page,
                        MARGIN + 6.0,
                        y + 17.0,
                        10.0,
                        Face::Bold,
                        GREEN,
                        title,
                    );
                    y += header_h;
                    rows.next();
                    continue;
                }
                Row::Product(e) => *e,
            };
            if y + row_h > limit {
                break;
            }
            let p = e.product;
            if let Some(&ph) = p.photos.first() {
                let _ = ctx.photo(&mut page, ph, xs[0] + 2.0, y + 4.0, photo, photo);
            }
            let base = y + 16.0;
            let cell = |i: usize| {
                let next = if i + 1 < xs.len() { xs[i + 1] } else { right };
                next - xs[i] - 6.0
            };
            let fit = |text: &str, i: usize, face: Face, size: f32| {
                ctx.m.wrap(face, size, text, cell(i), 2)
            };
            let put = |page: &mut Page, i: usize, text: &str, face: Face, size: f32, color| {
                for (n, line) in fit(text, i, face, size).iter().enumerate() {
                    ctx.text(
                        page,
                        xs[i] + 2.0,
                        base + n as f32 * (size * 1.25),
                        size,
                        face,
                        color,
                        line,
                    );
                }
            };
            put(&mut page, 1, &p.sku, Face::Regular, 7.5, GREY);
            put(&mut page, 2, ctx.text_of(&p.name), Face::Bold, 9.0, INK);
            put(&mut page, 3, &p.net_content, Face::Regular, 8.5, INK);
            if ctx.input.prices {
                put(&mut page, 4, &ctx.price(p), Face::Bold, 8.5, GREEN);
                if let Some(t) = p.wholesale.first() {
                    let words = ctx.input.tr.t_args(
                        "pdf-wholesale",
                        &[
                            ("qty", t.min_qty.into()),
                            ("price", ctx.input.tr.rupiah(t.price).into()),
                        ],
                    );
                    put(&mut page, 5, &words, Face::Regular, 8.0, INK);
                }
            }
            let label = p.halal.label(ctx.input.date, Surface::Public);
            if let HalalLabel::Mark(n) = label {
                put(&mut page, 6, n, Face::Regular, 7.5, GREEN);
            } else if let Some(words) = crate::i18n::words::halal_label(ctx.input.tr, label) {
                put(&mut page, 6, &words, Face::Regular, 8.0, GREY);
            }
            y += row_h;
            page.items.push(Item::Rect {
                x: MARGIN,
                y,
                w: right - MARGIN,
                h: 0.4,
                fill: RULE,
                radius: 0.0,
            });
            rows.next();
        }
        body.push(page);
    }
}

/// One product per page with every field.
fn sheets(ctx: &Ctx, section: &Section, body: &mut Vec<Page>) {
    for e in &section.entries {
        let p = e.product;
        let mut page = Page::default();
        let top = ctx.section_band(&mut page, &section.title);
        let col = (ctx.w - 2.0 * MARGIN - 20.0) / 2.0;
        let big = col;
        let mut below = match p.photos.first() {
            Some(&first) => ctx.photo(&mut page, first, MARGIN, top, big, big),
            None => {
                page.items.push(Item::Rect {
                    x: MARGIN,
                    y: top,
                    w: big,
                    h: big * 0.75,
                    fill: GREEN_LIGHT,
                    radius: 4.0,
                });
                top + big * 0.75
            }
        };
        // The photo sits at the top of its column, not in the middle of a square.
        let shift = match p.photos.first() {
            Some(_) if below < top + big => {
                let fitted_top = top + (top + big - below);
                fitted_top - top
            }
            _ => 0.0,
        };
        if shift > 0.0 {
            for item in page.items.iter_mut().rev() {
                if let Item::Image { y, .. } = item {
                    *y -= shift;
                    break;
                }
            }
            below -= shift;
        }
        let small = (big - 2.0 * 8.0) / 3.0;
        let mut small_bottom = below;
        for (i, &ph) in p.photos.iter().skip(1).take(3).enumerate() {
            let b = ctx.photo(
                &mut page,
                ph,
                MARGIN + i as f32 * (small + 8.0),
                below + 8.0,
                small,
                small,
            );
            small_bottom = small_bottom.max(b);
        }
        // Below the photos: the QR code with its caption.
        if let Some(link) = &e.order_link {
            let qy = small_bottom + 24.0;
            let qs = 120.0;
            ctx.qr(&mut page, link, MARGIN, qy, qs);
            ctx.para(
                &mut page,
                MARGIN + qs + 12.0,
                qy + 30.0,
                big - qs - 12.0,
                10.5,
                Face::Regular,
                GREY,
                &ctx.t("pdf-order-qr"),
                5,
            );
        }
        let x = MARGIN + col + 20.0;
        let mut y = ctx.para(
            &mut page,
            x,
            top - 6.0,
            col,
            22.0,
            Face::Bold,
            INK,
            ctx.text_of(&p.name),
            3,
        );
        y += 6.0;
        if ctx.input.prices {
            y += 18.0;
            ctx.text(&mut page, x, y, 20.0, Face::Bold, GREEN, &ctx.price(p));
            y += 6.0;
        }
        y += 6.0;
        ctx.halal(&mut page, p, x, y, 10.0);
        y += 30.0;
        y = ctx.para(
            &mut page,
            x,
            y,
            col,
            10.5,
            Face::Regular,
            INK,
            ctx.text_of(&p.description),
            14,
        );
        y += 12.0;
        let tr = ctx.input.tr;
        let mut fields: Vec<(String, String)> = Vec::new();
        let mut add = |key: &str, value: String| {
            if !value.trim().is_empty() {
                fields.push((tr.t(key), value));
            }
        };
        add("pdf-field-net", p.net_content.clone());
        if ctx.input.prices {
            for t in &p.wholesale {
                add(
                    "pdf-field-wholesale",
                    tr.t_args(
                        "pdf-wholesale",
                        &[
                            ("qty", t.min_qty.into()),
                            ("price", tr.rupiah(t.price).into()),
                        ],
                    ),
                );
            }
        }
        add(
            "pdf-field-ingredients",
            ctx.text_of(&p.ingredients).to_string(),
        );
        add("pdf-field-storage", ctx.text_of(&p.storage).to_string());
        if let Some(m) = p.shelf_life_months {
            add(
                "pdf-field-shelf-life",
                tr.t_args("pdf-months", &[("count", m.into())]),
            );
        }
        add("pdf-field-pirt", p.pirt.clone());
        add("pdf-field-bpom", p.bpom.clone());
        add("pdf-field-sku", p.sku.clone());
        add("pdf-field-hs", p.export.hs_code.clone());
        if let Some(n) = p.export.min_order {
            add("pdf-field-min-order", n.to_string());
        }
        if let Some(n) = p.export.units_per_carton {
            add("pdf-field-carton", n.to_string());
        }
        if let Some(pr) = e.producer {
            add("pdf-field-producer", pr.pesantren.clone());
            add("pdf-field-kopontren", pr.kopontren.clone());
            let place = [pr.city.as_str(), pr.province.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", ");
            add("pdf-field-city", place);
            if !pr.whatsapp.is_empty() {
                add("pdf-field-whatsapp", format!("+{}", pr.whatsapp));
            }
            add("pdf-field-email", pr.email.clone());
        }
        let label_w = 96.0;
        let limit = ctx.h - FOOTER - 10.0;
        for (label, value) in fields {
            if y + 16.0 > limit {
                break;
            }
            ctx.text(&mut page, x, y + 11.5, 8.5, Face::Bold, GREY, &label);
            let lines_left = ((limit - y) / 12.5).floor().max(1.0) as usize;
            y = ctx.para(
                &mut page,
                x + label_w,
                y,
                col - label_w,
                9.5,
                Face::Regular,
                INK,
                &value,
                lines_left.min(6),
            );
            y += 5.0;
        }
        body.push(page);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{CategoryId, ProducerId};

    fn product(i: usize, name: &str) -> Product {
        let mut p = Product::new(&format!("SKU-{i:05}"), CategoryId::new(), ProducerId::new());
        p.name = crate::domain::Bilingual::new(name, name);
        p.description = crate::domain::Bilingual::new(
            "Deskripsi yang cukup panjang untuk dibungkus ke beberapa baris dan dipotong dengan elipsis bila tidak muat di kartunya sama sekali.",
            "",
        );
        p.price = Some(1_250_000 + i as u64);
        p.net_content = "250 g".into();
        p.photos.push(PhotoId([(i % 250) as u8; 32]));
        p.halal.status = crate::domain::HalalStatus::Certified;
        p.halal.number = "ID35110017058840424".into();
        p
    }

    fn doc(products: &[Product], layout: Layout, per_section: usize) -> Document {
        doc_in(products, layout, per_section, Lang::Id)
    }

    fn doc_in(products: &[Product], layout: Layout, per_section: usize, lang: Lang) -> Document {
        let tr = Translator::new(lang);
        let mut producer = Producer::new("Pondok Pesantren Al-Hikmah Langitan Tuban");
        producer.city = "Kab. Tuban".into();
        let sizes: HashMap<PhotoId, (u32, u32)> = products
            .iter()
            .flat_map(|p| p.photos.iter())
            .map(|id| (*id, (4000, 3000)))
            .collect();
        let sizes = Box::leak(Box::new(sizes));
        let producer = Box::leak(Box::new(producer));
        let sections = products
            .chunks(per_section.max(1))
            .enumerate()
            .map(|(i, chunk)| Section {
                title: format!("Kategori {i}"),
                entries: chunk
                    .iter()
                    .map(|p| Entry {
                        product: p,
                        producer: Some(producer),
                        order_link: Some(format!("https://wa.me/628123?text={}", p.sku)),
                    })
                    .collect(),
            })
            .collect();
        let input = Input {
            tr: Box::leak(Box::new(tr)),
            layout,
            paper: Paper::A4,
            prices: true,
            date: Date::new(2026, 11, 29).unwrap(),
            title: "Katalog".into(),
            publisher: "Forum".into(),
            publisher_logo: None,
            sections,
            photo_sizes: sizes,
        };
        layout_doc(&input)
    }

    fn layout_doc(input: &Input) -> Document {
        layout(input, &Measure::new())
    }

    /// Nothing is drawn past the margins, and every photo is at most 300 dpi.
    fn assert_inside(d: &Document) {
        for (n, page) in d.pages.iter().enumerate().skip(1) {
            for item in &page.items {
                match item {
                    Item::Text {
                        x, y, width, text, ..
                    } => {
                        assert!(
                            *x >= MARGIN - 0.5 && x + width <= d.width - MARGIN + 0.5,
                            "page {n}: “{text}” runs from {x} to {}",
                            x + width
                        );
                        assert!(*y > TOP - 1.0 && *y < d.height, "page {n}: “{text}” at {y}");
                    }
                    Item::Image { w, h, edge, .. } => {
                        let dpi = *edge as f32 / (w.max(*h) / 72.0);
                        assert!(dpi <= DPI + 0.5, "page {n}: {dpi} dpi");
                    }
                    _ => {}
                }
            }
        }
    }

    #[test]
    fn long_names_and_words_stay_inside_in_every_layout() {
        let long = "Keripik Singkong Balado Pedas Manis Khas Pondok Pesantren Al-Hikmah Langitan \
                    Supercalifragilistikekspialidosius-Tanpa-Spasi-Sama-Sekali";
        let products: Vec<Product> = (0..9).map(|i| product(i, long)).collect();
        for layout in [Layout::Grid, Layout::List, Layout::Sheet] {
            let d = doc(&products, layout, 4);
            assert_inside(&d);
            let names: Vec<&str> = d.pages.iter().flat_map(|p| p.texts()).collect();
            assert!(
                names.iter().any(|t| t.ends_with('…')),
                "{layout:?}: a long name is cut with an ellipsis"
            );
        }
    }

    #[test]
    fn no_two_lines_of_text_overlap_in_any_layout() {
        let long = "Keripik Singkong Balado Pedas Manis Khas Pondok Pesantren Al-Hikmah Langitan";
        let products: Vec<Product> = (0..7).map(|i| product(i, long)).collect();
        let cases = [Layout::Grid, Layout::List, Layout::Sheet]
            .into_iter()
            .flat_map(|l| [(l, Lang::Id), (l, Lang::En)]);
        for (layout, lang) in cases {
            let d = doc_in(&products, layout, 7, lang);
            for (n, page) in d.pages.iter().enumerate() {
                let boxes: Vec<(f32, f32, f32, f32, &str)> = page
                    .items
                    .iter()
                    .filter_map(|i| match i {
                        Item::Text {
                            x,
                            y,
                            size,
                            width,
                            text,
                            ..
                        } => Some((
                            *x,
                            y - size * 0.75,
                            x + width,
                            y + size * 0.2,
                            text.as_str(),
                        )),
                        _ => None,
                    })
                    .collect();
                for (i, a) in boxes.iter().enumerate() {
                    for b in &boxes[i + 1..] {
                        // Side by side, texts keep a visible gap (column headings, say).
                        let apart =
                            a.2 + 2.0 <= b.0 || b.2 + 2.0 <= a.0 || a.3 <= b.1 || b.3 <= a.1;
                        assert!(
                            apart,
                            "{layout:?} {lang:?} page {n}: “{}” touches “{}”",
                            a.4, b.4
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn grid_has_six_cards_a_page_and_a_page_per_section() {
        let products: Vec<Product> = (0..13).map(|i| product(i, "Kopi")).collect();
        // Sections of 7 and 6: 2 + 1 pages, after the cover and one contents page.
        let d = doc(&products, Layout::Grid, 7);
        assert_eq!(d.pages.len(), 1 + 1 + 3);
        let footer = d.pages[4].texts().any(|t| t == "Halaman 5 dari 5");
        assert!(footer);
        assert!(
            !d.pages[0].texts().any(|t| t.starts_with("Halaman")),
            "no footer on the cover"
        );
        // The contents link to each section's first page and the outline says the same.
        assert_eq!(d.outline[1], ("Kategori 0".to_string(), 2));
        assert_eq!(d.outline[2], ("Kategori 1".to_string(), 4));
        let links: Vec<usize> = d.pages[1]
            .items
            .iter()
            .filter_map(|i| match i {
                Item::Link {
                    target: Target::Page(p),
                    ..
                } => Some(*p),
                _ => None,
            })
            .collect();
        assert_eq!(links, vec![2, 4]);
        let qrs = d.pages[2]
            .items
            .iter()
            .filter(|i| matches!(i, Item::Qr { .. }))
            .count();
        assert_eq!(qrs, 6);
    }

    #[test]
    fn no_products_single_product_and_many_lay_out_without_empty_pages() {
        let d = doc(&[], Layout::Grid, 6);
        assert_eq!(d.pages.len(), 2, "cover and contents only");
        let one = doc(&[product(1, "Kopi")], Layout::Sheet, 6);
        assert_eq!(one.pages.len(), 3);
        let many: Vec<Product> = (0..5000).map(|i| product(i, "Madu Hutan Randu")).collect();
        for layout in [Layout::Grid, Layout::List] {
            let d = doc(&many, layout, 250);
            assert_inside(&d);
            let last = d.pages.last().unwrap();
            assert!(
                last.texts()
                    .any(|t| t.starts_with("SKU-04999") || t == "Madu Hutan Randu"),
                "{layout:?}: the last page holds products"
            );
            for page in d.pages.iter().skip(1) {
                assert!(page.texts().count() > 2, "{layout:?}: an empty page");
            }
        }
    }

    #[test]
    fn no_prices_means_no_rupiah_anywhere() {
        let products: Vec<Product> = (0..3).map(|i| product(i, "Kopi")).collect();
        let mut d_input_prices = doc(&products, Layout::Grid, 6);
        assert!(
            d_input_prices
                .pages
                .iter()
                .flat_map(|p| p.texts())
                .any(|t| t.starts_with("Rp "))
        );
        d_input_prices.pages.clear();
        let tr = Translator::new(Lang::Id);
        let sizes = HashMap::new();
        let input = Input {
            tr: &tr,
            layout: Layout::Sheet,
            paper: Paper::Letter,
            prices: false,
            date: Date::new(2026, 11, 29).unwrap(),
            title: "Katalog".into(),
            publisher: "Forum".into(),
            publisher_logo: None,
            sections: vec![Section {
                title: "A".into(),
                entries: products
                    .iter()
                    .map(|p| Entry {
                        product: p,
                        producer: None,
                        order_link: None,
                    })
                    .collect(),
            }],
            photo_sizes: &sizes,
        };
        let d = layout_doc(&input);
        assert!(
            !d.pages
                .iter()
                .flat_map(|p| p.texts())
                .any(|t| t.contains("Rp "))
        );
        assert_eq!(d.width, 612.0);
    }
}
