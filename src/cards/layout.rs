//! Lays one product out as a card, in one of the three styles at one of the three sizes. Pure:
//! text is measured with the same shaper that draws it, nothing is drawn.
//!
//! Every style puts the same things on the card: the cover photo filling its frame, cropped
//! around the product's focus point (or, with no photo, a designed panel in the category's tint
//! with the category's name), the name (shrunk, then wrapped, never cut by its box), producer and
//! city, price and net content (no price line without a price or with prices off), the halal
//! badge only where the mark holds on public surfaces, the QR code of the WhatsApp order link
//! and a short "Pesan: wa.me/62..." line (neither without a number), and the publisher's logo
//! (its name where there is no logo). A story keeps every text out of its top and bottom bars.

// Placing helpers take a position, a size and a colour: more arguments than clippy likes, but
// each call reads as what it places.
#![allow(clippy::too_many_arguments)]

use super::model::*;
use super::text::{Align, Shaper};
use super::{CardOptions, CardSize, Style};
use crate::domain::halal::{HalalLabel, Surface};
use crate::domain::photo::{Crop, Focus, cover_crop};
use crate::domain::{Catalogue, Category, PhotoId, Producer, Product, Settings};
use crate::i18n::Translator;
use std::collections::HashMap;

/// One product and what its card needs from the catalogue.
pub struct Input<'a> {
    pub product: &'a Product,
    pub producer: Option<&'a Producer>,
    pub category: Option<&'a Category>,
    /// The category's place in the catalogue's list (picks the tint of a card without photo).
    pub category_position: usize,
    pub settings: &'a Settings,
    /// The WhatsApp order link in the card's language, when a number is known.
    pub order_link: Option<String>,
    /// Pixel sizes of the photos the card may show (the cover photo, the publisher's logo).
    pub photo_sizes: &'a HashMap<PhotoId, (u32, u32)>,
}

impl<'a> Input<'a> {
    /// Everything the card of `product` needs, from the catalogue it belongs to.
    pub fn new(
        source: &'a Catalogue,
        product: &'a Product,
        options: &CardOptions,
        photo_sizes: &'a HashMap<PhotoId, (u32, u32)>,
    ) -> Input<'a> {
        let producer = source.producer(product.producer);
        Input {
            product,
            producer,
            category: source.category(product.category),
            category_position: source
                .categories
                .iter()
                .position(|c| c.id == product.category)
                .unwrap_or(0),
            settings: &source.settings,
            order_link: crate::domain::order::order_link(
                &source.settings,
                producer,
                product,
                options.lang,
            ),
            photo_sizes,
        }
    }
}

/// The long edge of the photo copy a box `px` pixels long needs: the next step of the print
/// ladder (so copies are shared with the PDF's and named alike), never more than the part of
/// the photo has.
pub fn copy_edge(px: f32, available: u32) -> u32 {
    crate::domain::photo::ladder_edge(px.ceil().max(1.0) as u32, available)
}

/// A photo with its pixel size and focus.
#[derive(Clone, Copy)]
struct PhotoRef {
    id: PhotoId,
    width: u32,
    height: u32,
    focus: Focus,
}

/// The words and pictures of one card, in its language.
struct Content {
    name: String,
    category: String,
    price: Option<String>,
    net: Option<String>,
    producer: Option<String>,
    /// The certificate number, where the halal mark holds.
    halal: Option<String>,
    halal_word: String,
    /// The full link and the short line under it.
    order: Option<(String, String)>,
    scan: String,
    call: String,
    photo: Option<PhotoRef>,
    logo: Option<PhotoRef>,
    publisher: String,
    tint: Rgb,
}

fn content(input: &Input, options: &CardOptions, tr: &Translator) -> Content {
    let p = input.product;
    let lang = options.lang;
    let sized = |id: PhotoId, focus: Focus| {
        input
            .photo_sizes
            .get(&id)
            .filter(|(w, h)| *w > 0 && *h > 0)
            .map(|&(width, height)| PhotoRef {
                id,
                width,
                height,
                focus,
            })
    };
    let producer = input.producer.map(|x| {
        let name = x.pesantren.trim();
        let city = x.city.trim();
        match (name.is_empty(), city.is_empty()) {
            (false, false) => format!("{name} · {city}"),
            (false, true) => name.to_string(),
            _ => city.to_string(),
        }
    });
    let net = p.net_content.trim();
    Content {
        name: p.name.shown(lang).trim().to_string(),
        category: input
            .category
            .map(|c| c.name.shown(lang).trim().to_string())
            .unwrap_or_default(),
        price: p.price.filter(|_| options.prices).map(|v| tr.rupiah(v)),
        net: (!net.is_empty()).then(|| net.to_string()),
        producer: producer.filter(|s| !s.is_empty()),
        // Public surfaces: the mark where it holds, and nothing at all about certification
        // elsewhere. "In process" or "not required" could be said in words, but a promotion
        // card says nothing rather than a non-claim.
        halal: match p.halal.label(options.day(), Surface::Public) {
            HalalLabel::Mark(number) => Some(number.to_string()),
            _ => None,
        },
        halal_word: tr.t("app-halal-mark"),
        order: input.order_link.as_ref().map(|link| {
            let short = link
                .trim_start_matches("https://")
                .split('?')
                .next()
                .unwrap_or_default()
                .to_string();
            (
                link.clone(),
                tr.t_args("cards-order-line", &[("link", short.into())]),
            )
        }),
        scan: tr.t("cards-scan"),
        call: tr.t("cards-call"),
        photo: p.photos.first().and_then(|&id| sized(id, p.focus_of(id))),
        logo: input
            .settings
            .publisher_logo
            .and_then(|id| sized(id, Focus::CENTRE)),
        publisher: input.settings.publisher_name.trim().to_string(),
        tint: CATEGORY_TINTS[input.category_position % CATEGORY_TINTS.len()],
    }
}

/// A card being laid out.
struct Board<'s> {
    card: Card,
    shaper: &'s mut Shaper,
    /// The words' and the QR code's sizes are multiplied by this (a story's are larger).
    scale: f32,
}

/// The font sizes a text may take, largest first.
#[derive(Clone, Copy)]
struct Sizes(f32, f32);

impl Board<'_> {
    fn shape(&mut self, rect: Rect, fill: Rgb, alpha: u8, radius: f32) {
        self.card.items.push(Item::Shape {
            rect,
            fill,
            alpha,
            radius,
        });
    }

    /// A text wrapped into `width` from (`x`, `y`); returns the height it takes (0 when empty).
    fn text(
        &mut self,
        role: Role,
        text: &str,
        bold: bool,
        sizes: Sizes,
        x: f32,
        y: f32,
        width: f32,
        max_lines: usize,
        color: Rgb,
        align: Align,
    ) -> f32 {
        if text.trim().is_empty() || width <= 1.0 {
            return 0.0;
        }
        let fitted = self
            .shaper
            .fit(text, bold, sizes.0, sizes.1, width, max_lines);
        if fitted.text.is_empty() {
            return 0.0;
        }
        let height = fitted.measured.height;
        self.card.items.push(Item::Text(TextRun {
            role,
            text: fitted.text,
            size: fitted.size,
            bold,
            color,
            rect: Rect::new(x, y, width, height),
            align,
            measured: fitted.measured,
        }));
        height
    }

    /// The measure `text` would take (without placing it).
    fn height_of(
        &mut self,
        text: &str,
        bold: bool,
        sizes: Sizes,
        width: f32,
        max_lines: usize,
    ) -> f32 {
        if text.trim().is_empty() || width <= 1.0 {
            return 0.0;
        }
        self.shaper
            .fit(text, bold, sizes.0, sizes.1, width, max_lines)
            .measured
            .height
    }

    /// The photo filling `rect`, cropped around its focus; a panel of `fallback` behind it shows
    /// if the photo cannot be read.
    fn photo(&mut self, rect: Rect, photo: PhotoRef, radius: f32, fallback: Rgb) {
        self.shape(rect, fallback, 255, radius);
        let crop = cover_crop(photo.width, photo.height, rect.w, rect.h, photo.focus);
        self.card.items.push(Item::Photo {
            rect,
            photo: photo.id,
            crop,
            edge: copy_edge(
                rect.w.max(rect.h),
                crop.long_edge(photo.width, photo.height),
            ),
            radius,
        });
    }

    /// A QR code of `link` on a white card whose right edge is `right` and top `y`, the code
    /// about `side` px; returns the card's box.
    fn qr(&mut self, link: &str, right: f32, y: f32, side: f32) -> Option<Rect> {
        let code = qrcode::QrCode::with_error_correction_level(link.as_bytes(), qrcode::EcLevel::M)
            .ok()?;
        let modules = code.width();
        // Whole pixels per module keep the squares crisp for a phone's camera.
        let module = (side / modules as f32).floor().max(2.0);
        let inner = module * modules as f32;
        let pad = (module * 2.0).max(14.0);
        let chip = Rect::new(
            right - inner - 2.0 * pad,
            y,
            inner + 2.0 * pad,
            inner + 2.0 * pad,
        );
        self.shape(chip, WHITE, 255, 18.0);
        let dark = code
            .to_colors()
            .into_iter()
            .map(|c| c == qrcode::Color::Dark)
            .collect();
        self.card.items.push(Item::Qr {
            rect: Rect::new(chip.x + pad, chip.y + pad, inner, inner),
            modules,
            dark,
            link: link.to_string(),
        });
        Some(chip)
    }

    /// The halal badge (حلال, the word and the certificate number) at (`x`, `y`), `h` high;
    /// returns its box.
    fn badge(&mut self, number: &str, word: &str, x: f32, y: f32, h: f32) -> Rect {
        let ar = crate::domain::halal::HALAL_ARABIC;
        let (ar_size, word_size, num_size) = (h * 0.46, h * 0.40, h * 0.32);
        let pad = h * 0.3;
        let ar_w = self.shaper.width(ar, ar_size, true);
        let word_w = self.shaper.width(word, word_size, true);
        let num_w = self.shaper.width(number, num_size, false);
        let seal_w = ar_w + pad * 2.0;
        let w = 4.0 + seal_w + pad + word_w + pad * 0.8 + num_w + pad * 1.2;
        let rect = Rect::new(x, y, w, h);
        self.shape(rect.grown(4.0), WHITE, 255, h / 2.0 + 4.0);
        self.shape(rect, GREEN, 255, h / 2.0);
        let seal = Rect::new(x + 4.0, y + 4.0, seal_w, h - 8.0);
        self.shape(seal, WHITE, 255, (h - 8.0) / 2.0);
        let line = |board: &mut Board, text: &str, bold, size: f32, left: f32, w: f32, c| {
            let top = y + (h - size * super::text::LINE) / 2.0;
            // A little room past the measure: the box wraps nothing.
            board.text(
                Role::Halal,
                text,
                bold,
                Sizes(size, size),
                left,
                top,
                w + 2.0,
                1,
                c,
                Align::Start,
            );
        };
        line(self, ar, true, ar_size, seal.x + pad, ar_w, GREEN);
        let word_x = seal.right() + pad;
        line(self, word, true, word_size, word_x, word_w, WHITE);
        let num_x = word_x + word_w + pad * 0.8;
        line(self, number, false, num_size, num_x, num_w, WHITE);
        rect
    }

    /// The publisher's logo on a white chip whose right edge is `right` and top `top` (its name
    /// where there is no logo); returns the chip's box.
    fn publisher(&mut self, c: &Content, right: f32, top: f32, max_w: f32) -> Option<Rect> {
        let pad = 14.0;
        if let Some(logo) = c.logo {
            let (bw, bh) = (max_w.min(190.0), 96.0);
            let scale = (bw / logo.width as f32).min(bh / logo.height as f32);
            let (w, h) = (logo.width as f32 * scale, logo.height as f32 * scale);
            let chip = Rect::new(right - w - 2.0 * pad, top, w + 2.0 * pad, h + 2.0 * pad);
            self.shape(chip, WHITE, 240, 18.0);
            let rect = Rect::new(chip.x + pad, chip.y + pad, w, h);
            self.card.items.push(Item::Photo {
                rect,
                photo: logo.id,
                crop: Crop::FULL,
                edge: copy_edge(w.max(h), logo.width.max(logo.height)),
                radius: 0.0,
            });
            return Some(chip);
        }
        if c.publisher.is_empty() {
            return None;
        }
        let sizes = Sizes(24.0, 18.0);
        let width = max_w - 2.0 * pad;
        let fitted = self
            .shaper
            .fit(&c.publisher, true, sizes.0, sizes.1, width, 2);
        let w = fitted.measured.width.ceil() + 2.0;
        let chip = Rect::new(
            right - w - 2.0 * pad,
            top,
            w + 2.0 * pad,
            fitted.measured.height + 2.0 * pad - 6.0,
        );
        self.shape(chip, WHITE, 240, 18.0);
        self.text(
            Role::Publisher,
            &c.publisher,
            true,
            sizes,
            chip.x + pad,
            chip.y + pad - 3.0,
            w,
            2,
            GREEN,
            Align::Start,
        );
        Some(chip)
    }

    /// The marks on top of the photo: the halal badge at the left and the publisher at the
    /// right, from `top`; returns the bottom of the lower one.
    fn marks(&mut self, c: &Content, left: f32, right: f32, top: f32) -> f32 {
        let mut bottom = top;
        let mut badge_right = left;
        if let Some(number) = &c.halal {
            let r = self.badge(number, &c.halal_word, left + 4.0, top + 4.0, 60.0);
            bottom = bottom.max(r.bottom() + 4.0);
            badge_right = r.right() + 4.0;
        }
        let room = (right - badge_right - 24.0).clamp(0.0, 420.0);
        if room > 120.0
            && let Some(r) = self.publisher(c, right, top, room)
        {
            bottom = bottom.max(r.bottom());
        }
        bottom
    }

    /// A card without photo: the frame in the category's tint with the category's name large in
    /// its middle, between `clear_top` and the frame's foot.
    fn placeholder(&mut self, rect: Rect, c: &Content, radius: f32, clear_top: f32) {
        self.shape(rect, c.tint, 255, radius);
        // A soft lighter disc behind the words, for depth.
        let side = rect.w.min(rect.h) * 0.9;
        let disc = Rect::new(
            rect.x + (rect.w - side) / 2.0,
            rect.y + (rect.h - side) / 2.0,
            side,
            side,
        );
        self.shape(disc, WHITE, 22, side / 2.0);
        let label = if c.category.is_empty() {
            c.name.clone()
        } else {
            c.category.clone()
        };
        let width = rect.w - 160.0;
        let sizes = Sizes(84.0, 44.0);
        let h = self.height_of(&label, true, sizes, width, 2);
        let top = clear_top.max(rect.y + 24.0);
        let bottom = rect.bottom() - 24.0;
        if h <= 0.0 || bottom - top < h {
            return;
        }
        let y = (top + (bottom - top - h) / 2.0).max(top);
        self.text(
            Role::Category,
            &label,
            true,
            sizes,
            rect.x + 80.0,
            y,
            width,
            2,
            WHITE,
            Align::Centre,
        );
        let rule = Rect::new(rect.x + rect.w / 2.0 - 60.0, y + h + 18.0, 120.0, 6.0);
        if rule.bottom() < bottom {
            self.shape(rule, WHITE, 200, 3.0);
        }
    }

    /// The photo, or the designed panel where there is none.
    fn picture(&mut self, rect: Rect, c: &Content, radius: f32, clear_top: f32) {
        match c.photo {
            Some(photo) => self.photo(rect, photo, radius, c.tint),
            None => self.placeholder(rect, c, radius, clear_top),
        }
    }
}

/// The colours of a block of words.
struct Palette {
    name: Rgb,
    quiet: Rgb,
    price: Rgb,
    category: Rgb,
    order: Rgb,
}

/// A column of words: where, how wide, in which colours, and what it holds.
struct Column<'p> {
    x: f32,
    width: f32,
    pal: &'p Palette,
    name: Sizes,
    name_lines: usize,
    /// The price line (a price tag shows it elsewhere).
    price: bool,
    /// The net content (beside the price, or alone).
    net: bool,
}

/// The words of a card as one block in a column from `y`: category, name, producer, price with
/// net content, order line. Returns the block's height; `place` false only measures.
fn words(b: &mut Board, c: &Content, col: &Column, y: f32, place: bool) -> f32 {
    let at = std::cell::Cell::new(y);
    let put = |b: &mut Board, role, text: &str, bold, sizes: Sizes, lines, color, gap: f32| {
        if text.trim().is_empty() {
            return;
        }
        let h = if place {
            b.text(
                role,
                text,
                bold,
                sizes,
                col.x,
                at.get(),
                col.width,
                lines,
                color,
                Align::Start,
            )
        } else {
            b.height_of(text, bold, sizes, col.width, lines)
        };
        if h > 0.0 {
            at.set(at.get() + h + gap);
        }
    };
    let pal = col.pal;
    let k = b.scale;
    put(
        b,
        Role::Category,
        &c.category.to_uppercase(),
        true,
        Sizes(26.0 * k, 20.0 * k),
        1,
        pal.category,
        6.0,
    );
    put(
        b,
        Role::Name,
        &c.name,
        true,
        col.name,
        col.name_lines,
        pal.name,
        10.0,
    );
    if let Some(producer) = &c.producer {
        put(
            b,
            Role::Producer,
            producer,
            false,
            Sizes(28.0 * k, 22.0 * k),
            2,
            pal.quiet,
            10.0,
        );
    }
    let price = c.price.as_deref().filter(|_| col.price);
    let net = c.net.as_deref().filter(|_| col.net);
    if price.is_some() || net.is_some() {
        let row_y = at.get() + 8.0;
        let row = price_row(b, price, net, col, row_y, place);
        at.set(row_y + row + 10.0);
    }
    if let Some((_, line)) = &c.order {
        put(
            b,
            Role::Order,
            line,
            false,
            Sizes(26.0 * k, 20.0 * k),
            1,
            pal.order,
            0.0,
        );
    }
    (at.get() - y).max(0.0)
}

/// The price large and the net content after it (under it when the row is too short, alone
/// without a price); returns the row's height.
fn price_row(
    b: &mut Board,
    price: Option<&str>,
    net: Option<&str>,
    col: &Column,
    y: f32,
    place: bool,
) -> f32 {
    let k = b.scale;
    let big = Sizes(60.0 * k, 40.0 * k);
    let small = Sizes(30.0 * k, 24.0 * k);
    let (x, width, pal) = (col.x, col.width, col.pal);
    let line = |b: &mut Board, role, text: &str, bold, sizes: Sizes, x, y, w, color| {
        if place {
            b.text(role, text, bold, sizes, x, y, w, 1, color, Align::Start)
        } else {
            b.height_of(text, bold, sizes, w, 1)
        }
    };
    let Some(price) = price else {
        let net = net.unwrap_or_default();
        return line(
            b,
            Role::NetContent,
            net,
            false,
            small,
            x,
            y,
            width,
            pal.quiet,
        );
    };
    let fitted = b.shaper.fit(price, true, big.0, big.1, width, 1);
    let price_h = line(b, Role::Price, price, true, big, x, y, width, pal.price);
    let Some(net) = net else {
        return price_h;
    };
    let text = format!("/ {net}");
    let after = fitted.measured.width + 16.0;
    let room = width - after;
    if b.shaper.width(&text, small.0, false) <= room {
        // On the price's line, sitting on its baseline.
        let dy = (fitted.size - small.0) * 0.92;
        line(
            b,
            Role::NetContent,
            &text,
            false,
            small,
            x + after,
            y + dy,
            room,
            pal.quiet,
        );
        price_h
    } else {
        let h = line(
            b,
            Role::NetContent,
            net,
            false,
            small,
            x,
            y + price_h,
            width,
            pal.quiet,
        );
        price_h + h
    }
}

/// Side margin of every style.
const M: f32 = 64.0;
/// Side of the QR code (without its white border).
const QR: f32 = 196.0;
/// Room between the words and the QR code.
const GUTTER: f32 = 36.0;

/// The card of one product.
pub fn lay_out(input: &Input, options: &CardOptions, tr: &Translator, shaper: &mut Shaper) -> Card {
    let (width, height) = options.size.pixels();
    let c = content(input, options, tr);
    let mut b = Board {
        card: Card {
            width,
            height,
            safe: options.size.safe_zone(),
            background: PAPER,
            items: Vec::new(),
            halal: c.halal.clone(),
            order_link: c.order.as_ref().map(|(link, _)| link.clone()),
        },
        shaper,
        scale: if options.size == CardSize::Story {
            1.15
        } else {
            1.0
        },
    };
    match options.style {
        Style::Band => band(&mut b, &c, options.size),
        Style::Panel => panel(&mut b, &c, options.size),
        Style::Tag => tag(&mut b, &c, options.size),
    }
    b.card
}

/// How many lines a name may take (it takes fewer where it can: see [`Shaper::fit`]); a
/// taller card has room for more.
fn name_lines(size: CardSize) -> usize {
    match size {
        CardSize::Square => 4,
        CardSize::Portrait => 5,
        CardSize::Story => 6,
    }
}

/// The QR code beside the words: its white card's width (0 without a link).
fn qr_room(b: &Board, c: &Content) -> f32 {
    if c.order.is_some() {
        QR * b.scale + 2.0 * 14.0 + GUTTER
    } else {
        0.0
    }
}

/// The QR code with "scan to order" under it, its right edge at `right`, from `top`.
fn qr_block(b: &mut Board, c: &Content, right: f32, top: f32, words: Rgb) {
    let Some((link, _)) = &c.order else {
        return;
    };
    let k = b.scale;
    if let Some(chip) = b.qr(link, right, top, QR * k) {
        b.text(
            Role::Scan,
            &c.scan,
            false,
            Sizes(22.0 * k, 16.0 * k),
            chip.x - 10.0,
            chip.bottom() + 8.0,
            chip.w + 20.0,
            2,
            words,
            Align::Centre,
        );
    }
}

/// The height of the QR block (code and words under it).
fn qr_height(b: &mut Board, c: &Content) -> f32 {
    if c.order.is_none() {
        return 0.0;
    }
    let k = b.scale;
    let side = QR * k;
    let words = b.height_of(
        &c.scan,
        false,
        Sizes(22.0 * k, 16.0 * k),
        side + 2.0 * 14.0 + 20.0,
        2,
    );
    // The code's card: modules snap to whole pixels, so at most `side` plus its border.
    side + 2.0 * 14.0 + 8.0 + words
}

/// Band: the photo full bleed above a green band that holds the words, with the QR code at
/// the band's right.
fn band(b: &mut Board, c: &Content, size: CardSize) {
    let (w, h) = (b.card.width as f32, b.card.height as f32);
    let safe = b.card.safe as f32;
    let pal = Palette {
        name: WHITE,
        quiet: GREEN_PALE,
        price: GOLD_PALE,
        category: GREEN_PALE,
        order: WHITE,
    };
    let col = Column {
        x: M,
        width: w - 2.0 * M - qr_room(b, c),
        pal: &pal,
        name: Sizes(76.0 * b.scale, 34.0),
        name_lines: name_lines(size),
        price: true,
        net: true,
    };
    let text_h = words(b, c, &col, 0.0, false);
    let block = text_h.max(qr_height(b, c));
    let (pad_top, pad_bottom) = (48.0, 52.0);
    let band_top = (h - safe - pad_bottom - block - pad_top).round();
    let top_marks = safe + 48.0;
    let picture = Rect::new(0.0, 0.0, w, band_top);
    b.picture(picture, c, 0.0, top_marks + 80.0);
    // The photo melts into the band.
    let fade = 160.0_f32.min(band_top);
    b.card.items.push(Item::Fade {
        rect: Rect::new(0.0, band_top - fade, w, fade),
        color: GREEN,
        top_alpha: 0,
        bottom_alpha: 255,
    });
    b.shape(Rect::new(0.0, band_top, w, h - band_top), GREEN, 255, 0.0);
    // A short gold rule on the band's top edge.
    b.shape(Rect::new(M, band_top, 140.0, 6.0), GOLD, 255, 3.0);
    let y = band_top + pad_top;
    words(b, c, &col, y, true);
    qr_block(b, c, w - M, y, GREEN_PALE);
    b.marks(c, M, w - M, top_marks);
}

/// Panel: the photo framed with rounded corners on paper, the words beneath it in ink and
/// green, the QR code beside them.
fn panel(b: &mut Board, c: &Content, size: CardSize) {
    let (w, h) = (b.card.width as f32, b.card.height as f32);
    let safe = b.card.safe as f32;
    b.card.background = PAPER;
    let pal = Palette {
        name: INK,
        quiet: GREY,
        price: GREEN,
        category: GREEN,
        order: INK,
    };
    let m = 56.0;
    let col = Column {
        x: m,
        width: w - 2.0 * m - 8.0 - qr_room(b, c),
        pal: &pal,
        name: Sizes(66.0 * b.scale, 32.0),
        name_lines: name_lines(size),
        price: true,
        net: true,
    };
    let text_h = words(b, c, &col, 0.0, false);
    let block = text_h.max(qr_height(b, c));
    let bottom = h - safe - m;
    let block_top = (bottom - block).round();
    // The photo's frame: from the top margin (a story's photo may run under its top bar) to
    // just above the words.
    let top = if size == CardSize::Story {
        (safe * 0.5).round()
    } else {
        m
    };
    let frame = Rect::new(m, top, w - 2.0 * m, block_top - 40.0 - top);
    // A green strip at the foot, and the frame's soft shadow.
    b.shape(Rect::new(0.0, h - 18.0, w, 18.0), GREEN, 255, 0.0);
    b.shape(
        Rect::new(frame.x + 6.0, frame.y + 10.0, frame.w, frame.h),
        INK,
        28,
        34.0,
    );
    let marks_top = frame.y.max(safe) + 28.0;
    b.picture(frame, c, 34.0, marks_top + 80.0);
    words(b, c, &col, block_top, true);
    qr_block(b, c, w - m, block_top, GREY);
    b.marks(c, frame.x + 24.0, frame.right() - 24.0, marks_top);
}

/// Tag: a promotion. The photo above, melting into green; the price on a large gold tag at
/// the photo's foot, the words on green below, the QR code beside them.
fn tag(b: &mut Board, c: &Content, size: CardSize) {
    let (w, h) = (b.card.width as f32, b.card.height as f32);
    let safe = b.card.safe as f32;
    b.card.background = GREEN;
    let pal = Palette {
        name: WHITE,
        quiet: GREEN_PALE,
        price: GOLD_PALE,
        category: GOLD_PALE,
        order: WHITE,
    };
    // The tag's words: the price (with the net content when it fits), else a call to order,
    // else no tag.
    let tag_text = match (&c.price, &c.order) {
        (Some(price), _) => Some((price.clone(), Role::Price)),
        (None, Some(_)) => Some((c.call.clone(), Role::Call)),
        (None, None) => None,
    };
    let tag_w = w - 2.0 * M;
    let on_tag = tag_text
        .as_ref()
        .map(|(text, role)| tag_fit(b, c, text, *role, tag_w));
    let col = Column {
        x: M,
        width: w - 2.0 * M - qr_room(b, c),
        pal: &pal,
        name: Sizes(70.0 * b.scale, 34.0),
        name_lines: name_lines(size),
        price: false,
        net: !on_tag.as_ref().is_some_and(|t| t.with_net),
    };
    let tag_h = 148.0;
    let text_h = words(b, c, &col, 0.0, false);
    let block = text_h.max(qr_height(b, c));
    let bottom = h - safe - 56.0;
    let block_top = (bottom - block).round();
    // The photo melts into the green just above the tag, which sits wholly on green (so its
    // words stand on one flat colour: also what a text reader needs).
    let photo_bottom = if tag_text.is_some() {
        (block_top - 36.0 - tag_h + 16.0).round()
    } else {
        block_top - 48.0
    };
    let top_marks = safe + 48.0;
    b.picture(
        Rect::new(0.0, 0.0, w, photo_bottom),
        c,
        0.0,
        top_marks + 80.0,
    );
    let fade = 120.0_f32.min(photo_bottom);
    b.card.items.push(Item::Fade {
        rect: Rect::new(0.0, photo_bottom - fade, w, fade),
        color: GREEN,
        top_alpha: 0,
        bottom_alpha: 255,
    });
    if let (Some((text, role)), Some(fit)) = (tag_text, on_tag) {
        let y = photo_bottom - 16.0;
        price_tag(b, c, &text, role, &fit, M, y, tag_h);
    }
    words(b, c, &col, block_top, true);
    qr_block(b, c, w - M, block_top, GREEN_PALE);
    b.marks(c, M, w - M, top_marks);
}

/// How the words on a price tag fit it.
struct TagFit {
    /// The room for the words, and their measure there.
    room: f32,
    fitted: crate::cards::text::Fitted,
    /// The net content goes on the tag after the price.
    with_net: bool,
    net_w: f32,
}

const TAG_LEFT: f32 = 30.0 + 48.0;
const TAG_RIGHT: f32 = 44.0;
const TAG_BIG: Sizes = Sizes(92.0, 52.0);
const TAG_SMALL: Sizes = Sizes(34.0, 26.0);

fn tag_fit(b: &mut Board, c: &Content, text: &str, role: Role, max_w: f32) -> TagFit {
    let room = max_w - TAG_LEFT - TAG_RIGHT;
    let net = c.net.as_ref().filter(|_| role == Role::Price);
    let net_w = net.map_or(0.0, |n| b.shaper.width(n, TAG_SMALL.0, false));
    // The net content beside the price when the price can stay large enough for it.
    if net.is_some() {
        let beside = room - net_w - 24.0;
        let fitted = b
            .shaper
            .fit(text, true, TAG_BIG.0, TAG_BIG.0 * 0.78, beside, 1);
        if fitted.whole && fitted.measured.lines == 1 {
            return TagFit {
                room: beside,
                fitted,
                with_net: true,
                net_w,
            };
        }
    }
    let fitted = b.shaper.fit(text, true, TAG_BIG.0, TAG_BIG.1, room, 1);
    TagFit {
        room,
        fitted,
        with_net: false,
        net_w,
    }
}

/// The gold price tag: a rounded label with a punched hole, the price large on it and the net
/// content after it.
fn price_tag(
    b: &mut Board,
    c: &Content,
    text: &str,
    role: Role,
    fit: &TagFit,
    x: f32,
    y: f32,
    h: f32,
) {
    let hole = 30.0;
    let measured = fit.fitted.measured;
    let inner = measured.width + if fit.with_net { 24.0 + fit.net_w } else { 0.0 };
    let tag = Rect::new(x, y, (TAG_LEFT + inner + TAG_RIGHT).ceil(), h);
    b.shape(
        Rect::new(tag.x + 8.0, tag.y + 12.0, tag.w, tag.h),
        GREEN_DEEP,
        90,
        28.0,
    );
    b.shape(tag, GOLD, 255, 28.0);
    b.shape(
        Rect::new(tag.x + 30.0, tag.y + h / 2.0 - hole / 2.0, hole, hole),
        GREEN_DEEP,
        255,
        hole / 2.0,
    );
    let top = y + (h - measured.height) / 2.0;
    let size = fit.fitted.size;
    b.text(
        role,
        text,
        true,
        Sizes(size, size),
        tag.x + TAG_LEFT,
        top,
        fit.room,
        1,
        INK,
        Align::Start,
    );
    if fit.with_net
        && let Some(net) = &c.net
    {
        let nx = tag.x + TAG_LEFT + measured.width + 24.0;
        let dy = (fit.fitted.size - TAG_SMALL.0) * 0.92;
        b.text(
            Role::NetContent,
            net,
            false,
            TAG_SMALL,
            nx,
            top + dy,
            fit.net_w + 4.0,
            1,
            GOLD_DEEP,
            Align::Start,
        );
    }
}

#[cfg(test)]
mod tests;
