//! The cover page, in three bands: a mosaic of the featured products' photos running off the top
//! edge, a green band with the title, the product count, the edition's language and the date (and
//! "prices on request" when prices are left out), and a white colophon with the publisher's logo,
//! name and contacts. With no photos the green runs up to the top under a halftone of light green
//! dots (and the logo, if any, on a white disc). Colour that runs off an edge runs
//! `Document::bleed` past it when the print-shop option is on. No footer.
//!
//! The bands share the page by what they hold: a short title leaves the photos more room, a long
//! one (or a long publisher name) takes it back, and the title's size gives way before the
//! photos shrink below a third of the page.

use super::{Ctx, MARGIN, unbreakable};
use crate::domain::PhotoId;
use crate::domain::photo::Focus;
use crate::pdf::fonts::Face;
use crate::pdf::model::{GREEN, GREEN_LIGHT, INK, Item, Page, RULE, WHITE};

/// Sizes tried for the title, largest first, with the most lines each may take: the first that
/// sets the whole title and leaves the photos their room is used. A long title gets more, smaller
/// lines; only past the last is it cut with an ellipsis.
const TITLE_SIZES: [(f32, usize); 8] = [
    (38.0, 3),
    (34.0, 3),
    (31.0, 3),
    (28.0, 3),
    (25.0, 4),
    (22.0, 4),
    (20.0, 5),
    (18.0, 5),
];
/// The white gap between the photos of the mosaic.
const GAP: f32 = 4.0;
/// Padding above and below the green band's text.
const BAND_PAD: f32 = 34.0;
/// Padding above and below the colophon.
const COLOPHON_PAD: f32 = 24.0;
/// The publisher's logo in the colophon.
const LOGO: f32 = 64.0;
/// The spacing of the halftone pattern shown when there are no photos.
const DOT: f32 = 15.0;

/// Lines set as one block: their size, line distance and face.
struct Block {
    lines: Vec<String>,
    size: f32,
    lead: f32,
    face: Face,
}

impl Block {
    /// `text` wrapped to `width` in at most `max_lines` lines.
    fn new(
        ctx: &Ctx,
        text: &str,
        face: Face,
        size: f32,
        lead: f32,
        width: f32,
        max: usize,
    ) -> Block {
        Block {
            lines: ctx.m.wrap(face, size, text, width, max),
            size,
            lead: size * lead,
            face,
        }
    }

    /// From the top of the first line's capitals (roughly) to below the last line's descenders.
    fn height(&self) -> f32 {
        match self.lines.len() {
            0 => 0.0,
            n => self.size * 0.95 + (n - 1) as f32 * self.lead + self.size * 0.25,
        }
    }

    /// Draws the block from `top`; returns the y below it.
    fn draw(
        &self,
        ctx: &Ctx,
        page: &mut Page,
        x: f32,
        top: f32,
        color: crate::pdf::model::Rgb,
    ) -> f32 {
        for (i, line) in self.lines.iter().enumerate() {
            let baseline = top + self.size * 0.95 + i as f32 * self.lead;
            ctx.text(page, x, baseline, self.size, self.face, color, line);
        }
        top + self.height()
    }
}

/// The colophon: the publisher's logo and name on the left, the contacts on the right, parted by
/// a hairline; whichever there is takes the whole width when the other is missing. A name or an
/// address too long for half the width puts the contacts under the name instead.
struct Colophon {
    logo: Option<PhotoId>,
    name: Block,
    contacts: Vec<Block>,
    /// Where the name starts.
    name_x: f32,
    /// Side by side: where the contacts column starts; stacked: `None`.
    contacts_x: Option<f32>,
}

impl Colophon {
    /// Space between contacts, and between the name and the contacts when stacked.
    const CONTACT_GAP: f32 = 3.0;
    const STACK_GAP: f32 = 8.0;
    /// Between the logo and the name, and either side of the rule between the columns.
    const GUTTER: f32 = 18.0;

    /// Set for the column from `x`, `width` wide.
    fn new(ctx: &Ctx, logo: Option<PhotoId>, x: f32, width: f32) -> Colophon {
        let input = ctx.input;
        let name_x = if logo.is_some() {
            x + LOGO + Self::GUTTER
        } else {
            x
        };
        let set_name = |width: f32, size: f32, lines: usize| {
            Block::new(ctx, &input.publisher, Face::Bold, size, 1.25, width, lines)
        };
        let set_contacts = |width: f32, lines: usize| -> Vec<Block> {
            input
                .contacts
                .iter()
                .map(|c| Block::new(ctx, c, Face::Regular, 9.5, 1.3, width, lines))
                .collect()
        };
        // Side by side when both are there and each fits its half.
        let half = (width - 2.0 * Self::GUTTER) / 2.0;
        let contacts_x = x + half + 2.0 * Self::GUTTER;
        let has_name = !input.publisher.trim().is_empty() || logo.is_some();
        if has_name && !input.contacts.is_empty() {
            let name = set_name(x + half - name_x, 15.0, 4);
            let contacts = set_contacts(half, 3);
            if name.lines.len() <= 3 && contacts.iter().all(|c| c.lines.len() <= 2) {
                return Colophon {
                    logo,
                    name,
                    contacts,
                    name_x,
                    contacts_x: Some(contacts_x),
                };
            }
        }
        // Stacked: the name across, a long one on a fourth, smaller line.
        let name_w = x + width - name_x;
        let name = match set_name(name_w, 15.0, 4) {
            fits if fits.lines.len() <= 3 => fits,
            _ => set_name(name_w, 13.0, 4),
        };
        Colophon {
            logo,
            name,
            contacts: set_contacts(name_w, 2),
            name_x,
            contacts_x: None,
        }
    }

    fn contacts_height(&self) -> f32 {
        let gaps = self.contacts.len().saturating_sub(1) as f32 * Self::CONTACT_GAP;
        self.contacts.iter().map(Block::height).sum::<f32>() + gaps
    }

    /// The name and contacts: side by side, or one under the other.
    fn text_height(&self) -> f32 {
        let (name, contacts) = (self.name.height(), self.contacts_height());
        match self.contacts_x {
            Some(_) => name.max(contacts),
            None if name > 0.0 && contacts > 0.0 => name + Self::STACK_GAP + contacts,
            None => name + contacts,
        }
    }

    fn height(&self) -> f32 {
        let logo = if self.logo.is_some() { LOGO } else { 0.0 };
        logo.max(self.text_height())
    }

    /// Draws it from `top`, each column centred on the other.
    fn draw(&self, ctx: &Ctx, page: &mut Page, x: f32, top: f32) {
        let h = self.height();
        if let Some(logo) = self.logo {
            let _ = ctx.photo(page, logo, x, top + (h - LOGO) / 2.0, LOGO, LOGO);
        }
        let (contacts_x, mut y) = match self.contacts_x {
            Some(cx) => {
                let name_top = top + (h - self.name.height()) / 2.0;
                self.name.draw(ctx, page, self.name_x, name_top, GREEN);
                page.items.push(Item::Rect {
                    x: cx - Self::GUTTER - 0.35,
                    y: top,
                    w: 0.7,
                    h,
                    fill: RULE,
                    radius: 0.0,
                });
                (cx, top + (h - self.contacts_height()) / 2.0)
            }
            None => {
                let name_top = top + (h - self.text_height()) / 2.0;
                let below = self.name.draw(ctx, page, self.name_x, name_top, GREEN);
                let gap = if below > name_top {
                    Self::STACK_GAP
                } else {
                    0.0
                };
                (self.name_x, below + gap)
            }
        };
        for (i, c) in self.contacts.iter().enumerate() {
            if i > 0 {
                y += Self::CONTACT_GAP;
            }
            y = c.draw(ctx, page, contacts_x, y, INK);
        }
    }
}

pub(super) fn cover(ctx: &Ctx, count: usize) -> Page {
    let input = ctx.input;
    let (w, h) = (ctx.w, ctx.h);
    let b = if input.bleed { crate::pdf::BLEED } else { 0.0 };
    let x = MARGIN + 8.0;
    let width = w - 2.0 * x;
    let photos: Vec<(PhotoId, Focus)> = input
        .cover_photos
        .iter()
        .copied()
        .filter(|(id, _)| {
            input
                .photo_sizes
                .get(id)
                .is_some_and(|&(a, b)| a > 0 && b > 0)
        })
        .take(4)
        .collect();
    let logo = input
        .publisher_logo
        .filter(|id| input.photo_sizes.contains_key(id));
    // With no photos the logo, if any, stands large in the pattern instead of in the colophon.
    let logo_in_colophon = logo.filter(|_| !photos.is_empty());

    // The colophon at the foot, set first: the rest of the page is shared by the other two.
    let colophon = Colophon::new(ctx, logo_in_colophon, x, width);
    let body = colophon.height();
    let colophon_h = if body > 0.0 {
        body + 2.0 * COLOPHON_PAD
    } else {
        0.0
    };

    // The green band's words below the title: count, edition and date on one line if they fit,
    // each kept whole; then "prices on request".
    let facts = [
        input
            .tr
            .t_args("pdf-cover-products", &[("count", count.into())]),
        ctx.t("pdf-cover-language"),
        input.tr.date(input.date),
    ]
    .iter()
    .map(|f| unbreakable(f))
    .collect::<Vec<_>>()
    .join("  ·  ");
    let facts = Block::new(ctx, &facts, Face::Regular, 12.5, 1.35, width, 3);
    let no_prices = (!input.prices).then(|| ctx.t("pdf-cover-no-prices"));
    let pill_h = 24.0;
    let below_title =
        14.0 + 3.0 + 16.0 + facts.height() + no_prices.as_ref().map_or(0.0, |_| 14.0 + pill_h);

    // The title at the largest size that sets it whole and leaves the photos their room.
    let (min_top, max_top) = if photos.is_empty() {
        (h * 0.22, h * 0.42)
    } else {
        (h * 0.36, h * 0.58)
    };
    let band = |title: &Block| 2.0 * BAND_PAD + title.height() + below_title;
    let set_title = |size: f32, lines: usize| {
        Block::new(ctx, &input.title, Face::Bold, size, 1.12, width, lines)
    };
    let title = TITLE_SIZES
        .iter()
        .map(|&(size, lines)| (set_title(size, lines + 1), lines))
        .find(|(t, lines)| t.lines.len() <= *lines && h - colophon_h - band(t) >= min_top)
        .map(|(t, _)| t)
        .unwrap_or_else(|| {
            let (size, lines) = TITLE_SIZES[TITLE_SIZES.len() - 1];
            set_title(size, lines)
        });
    let band_bottom = h - colophon_h;
    let top = (band_bottom - band(&title)).min(max_top);

    let mut page = Page::default();
    // White under everything: the gaps of the mosaic and the colophon.
    page.items.push(Item::Rect {
        x: -b,
        y: -b,
        w: w + 2.0 * b,
        h: h + 2.0 * b,
        fill: WHITE,
        radius: 0.0,
    });
    // The green band, to the page's foot when there is no colophon; without photos from the
    // page's head, the pattern over its upper part.
    let band_top = if photos.is_empty() { -b } else { top };
    let band_end = if colophon_h > 0.0 { band_bottom } else { h + b };
    page.items.push(Item::Rect {
        x: -b,
        y: band_top,
        w: w + 2.0 * b,
        h: band_end - band_top,
        fill: GREEN,
        radius: 0.0,
    });
    if photos.is_empty() {
        pattern(ctx, &mut page, top, logo);
    } else {
        mosaic(ctx, &mut page, &photos, b, top);
    }
    // The words sit in the middle of the band's room.
    let spare = (band_bottom - top - band(&title)).max(0.0);
    let mut y = top + BAND_PAD + spare / 2.0;
    y = title.draw(ctx, &mut page, x, y, WHITE);
    y += 14.0;
    page.items.push(Item::Rect {
        x,
        y,
        w: 56.0,
        h: 3.0,
        fill: GREEN_LIGHT,
        radius: 1.5,
    });
    y += 3.0 + 16.0;
    y = facts.draw(ctx, &mut page, x, y, GREEN_LIGHT);
    if let Some(words) = no_prices {
        y += 14.0;
        let size = 10.5;
        let pad = 12.0;
        let room = width - 2.0 * pad;
        let text_w = ctx.m.width(Face::Bold, size, &words).min(room);
        page.items.push(Item::Rect {
            x,
            y,
            w: text_w + 2.0 * pad,
            h: pill_h,
            fill: GREEN_LIGHT,
            radius: pill_h / 2.0,
        });
        ctx.value(
            &mut page,
            x + pad,
            y + pill_h / 2.0 + size * 0.36,
            size,
            Face::Bold,
            GREEN,
            &words,
            room,
        );
    }

    if colophon_h > 0.0 {
        colophon.draw(ctx, &mut page, x, band_bottom + COLOPHON_PAD);
    }
    page
}

/// The photos as a mosaic over the top of the page down to `bottom`, running off the top and
/// side edges (and `b` past them): one photo across, two side by side, or the first large on the
/// left with the others stacked on the right. Each fills its frame, cropped around its focus.
fn mosaic(ctx: &Ctx, page: &mut Page, photos: &[(PhotoId, Focus)], b: f32, bottom: f32) {
    let w = ctx.w;
    // Frames in trimmed-page coordinates, then those on an edge are stretched into the bleed.
    let frames: Vec<(f32, f32, f32, f32)> = match photos.len() {
        1 => vec![(0.0, 0.0, w, bottom)],
        2 => {
            let half = (w - GAP) / 2.0;
            vec![
                (0.0, 0.0, half, bottom),
                (half + GAP, 0.0, w - half - GAP, bottom),
            ]
        }
        n => {
            let left = ((w - GAP) * 0.6).round();
            let right_x = left + GAP;
            let rest = n - 1;
            let each = (bottom - GAP * (rest - 1) as f32) / rest as f32;
            let mut frames = vec![(0.0, 0.0, left, bottom)];
            for i in 0..rest {
                frames.push((right_x, i as f32 * (each + GAP), w - right_x, each));
            }
            frames
        }
    };
    for (&(photo, focus), (fx, fy, frame_w, frame_h)) in photos.iter().zip(frames) {
        let (mut x, mut y, mut fw, mut fh) = (fx, fy, frame_w, frame_h);
        if x <= 0.0 {
            x -= b;
            fw += b;
        }
        if (fx + frame_w - w).abs() < 0.01 {
            fw += b;
        }
        if y <= 0.0 {
            y -= b;
            fh += b;
        }
        let _ = ctx.photo_fill(page, photo, focus, x, y, fw, fh);
    }
}

/// In place of photos, over the green above `bottom`: a halftone of light green dots, fullest at
/// the top right and fading out towards the title, with the publisher's logo on a white disc
/// when there is one.
fn pattern(ctx: &Ctx, page: &mut Page, bottom: f32, logo: Option<PhotoId>) {
    let w = ctx.w;
    let cols = (w / DOT).floor() as usize;
    let rows = ((bottom - DOT * 0.5) / DOT).floor().max(0.0) as usize;
    let left = (w - cols as f32 * DOT) / 2.0;
    for row in 0..rows {
        for col in 0..cols {
            let cx = left + (col as f32 + 0.5) * DOT;
            let cy = (row as f32 + 0.5) * DOT;
            let fade = (1.0 - cy / bottom).clamp(0.0, 1.0);
            let d = DOT * 0.62 * fade.powf(1.4) * (0.45 + 0.55 * cx / w);
            if d < 1.0 {
                continue;
            }
            page.items.push(Item::Rect {
                x: cx - d / 2.0,
                y: cy - d / 2.0,
                w: d,
                h: d,
                fill: GREEN_LIGHT,
                radius: d / 2.0,
            });
        }
    }
    if let Some(logo) = logo {
        let disc = (bottom * 0.62).min(220.0);
        let (dx, dy) = ((w - disc) / 2.0, (bottom - disc) / 2.0);
        page.items.push(Item::Rect {
            x: dx,
            y: dy,
            w: disc,
            h: disc,
            fill: WHITE,
            radius: disc / 2.0,
        });
        // The largest square inside the disc, with a little air.
        let side = disc * 0.62;
        let inset = (disc - side) / 2.0;
        let _ = ctx.photo(page, logo, dx + inset, dy + inset, side, side);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Ctx, Input, MARGIN};
    use super::cover;
    use crate::domain::photo::{Crop, Focus};
    use crate::domain::{Date, Lang, PhotoId};
    use crate::i18n::Translator;
    use crate::pdf::fonts::Measure;
    use crate::pdf::model::{Item, Page};
    use crate::pdf::{BLEED, Layout, Paper};
    use std::collections::HashMap;

    const LOGO_ID: PhotoId = PhotoId([200; 32]);
    /// Photos of every shape a phone gives: landscape, portrait, square, wide.
    const SHAPES: [(u32, u32); 4] = [(4000, 3000), (3000, 4000), (2000, 2000), (1920, 1080)];

    struct Case<'a> {
        title: &'a str,
        publisher: &'a str,
        contacts: &'a [&'a str],
        photos: usize,
        logo: bool,
        prices: bool,
        bleed: bool,
        lang: Lang,
        paper: Paper,
    }

    const CONTACTS: [&str; 4] = [
        "Jl. Pesantren No. 1, Surabaya",
        "WhatsApp +6281130001000",
        "katalog@opop-jatim.example",
        "opop-jatim.example",
    ];

    fn case() -> Case<'static> {
        Case {
            title: "Katalog Produk Halal Pesantren",
            publisher: "Forum Kopontren OPOP Jawa Timur",
            contacts: &CONTACTS,
            photos: 4,
            logo: true,
            prices: true,
            bleed: false,
            lang: Lang::Id,
            paper: Paper::A4,
        }
    }

    /// The cover for `c`, with the page's width and height.
    fn lay_out(c: &Case) -> (Page, f32, f32) {
        let tr = Translator::new(c.lang);
        let mut sizes: HashMap<PhotoId, (u32, u32)> = HashMap::new();
        let photos: Vec<(PhotoId, Focus)> = (0..c.photos)
            .map(|i| {
                let id = PhotoId([i as u8 + 1; 32]);
                sizes.insert(id, SHAPES[i % SHAPES.len()]);
                (id, Focus::at(0.3 * (i % 3) as f32, 0.5))
            })
            .collect();
        sizes.insert(LOGO_ID, (600, 240));
        let input = Input {
            tr: &tr,
            layout: Layout::Grid,
            paper: c.paper,
            prices: c.prices,
            date: Date::new(2026, 11, 29).unwrap(),
            title: c.title.into(),
            publisher: c.publisher.into(),
            publisher_logo: c.logo.then_some(LOGO_ID),
            contacts: c.contacts.iter().map(|s| s.to_string()).collect(),
            cover_photos: photos,
            bleed: c.bleed,
            sections: Vec::new(),
            photo_sizes: &sizes,
        };
        let m = Measure::new();
        let ctx = Ctx::new(&input, &m);
        (cover(&ctx, 14), ctx.w, ctx.h)
    }

    /// Everything the cover of `c` must be: nothing past the page (or the bleed), text inside the
    /// margins and apart, the title once, the publisher, contacts and facts there, and each
    /// photo filling its frame.
    fn check(c: &Case) -> Page {
        let (page, w, h) = lay_out(c);
        let what = format!("{} photos, bleed {}, {:?}", c.photos, c.bleed, c.lang);
        let b = if c.bleed { BLEED } else { 0.0 };
        let inside = |x0: f32, y0: f32, x1: f32, y1: f32| {
            x0 >= -b - 0.01 && y0 >= -b - 0.01 && x1 <= w + b + 0.01 && y1 <= h + b + 0.01
        };
        let mut boxes = Vec::new();
        let mut frames = Vec::new();
        for item in &page.items {
            match item {
                Item::Rect {
                    x, y, w: iw, h: ih, ..
                } => {
                    assert!(
                        inside(*x, *y, x + iw, y + ih),
                        "{what}: a shape past the edge"
                    );
                }
                Item::Text {
                    x,
                    y,
                    size,
                    width,
                    text,
                    ..
                } => {
                    assert!(
                        *x >= MARGIN && x + width <= w - MARGIN,
                        "{what}: “{text}” runs from {x} to {}",
                        x + width
                    );
                    assert!(y - size > 0.0 && *y < h, "{what}: “{text}” at {y}");
                    boxes.push((*x, y - size * 0.75, x + width, y + size * 0.2, text.clone()));
                }
                Item::Image {
                    x,
                    y,
                    w: iw,
                    h: ih,
                    photo,
                    crop,
                    ..
                } => {
                    assert!(
                        inside(*x, *y, x + iw, y + ih),
                        "{what}: a photo past the edge"
                    );
                    if *photo == LOGO_ID {
                        assert_eq!(*crop, Crop::FULL, "{what}: the logo is shown whole");
                        continue;
                    }
                    // Filled: the part of the photo shown has the frame's shape.
                    let (pw, ph) = SHAPES[(photo.0[0] as usize - 1) % SHAPES.len()];
                    let (_, _, cw, ch) = crop.pixels(pw, ph);
                    let (shown, frame) = (cw as f32 / ch as f32, iw / ih);
                    assert!(
                        (shown / frame - 1.0).abs() < 0.01,
                        "{what}: a photo of shape {shown} in a frame of shape {frame}"
                    );
                    frames.push((*x, *y, x + iw, y + ih));
                }
                _ => {}
            }
        }
        for (i, a) in boxes.iter().enumerate() {
            for bx in &boxes[i + 1..] {
                let apart = a.2 <= bx.0 || bx.2 <= a.0 || a.3 <= bx.1 || bx.3 <= a.1;
                assert!(apart, "{what}: “{}” touches “{}”", a.4, bx.4);
            }
        }
        // The photos: one frame each, none over another, together running off the top and
        // both sides (into the bleed when there is one).
        assert_eq!(frames.len(), c.photos.min(4), "{what}");
        for (i, a) in frames.iter().enumerate() {
            for f in &frames[i + 1..] {
                let apart = a.2 <= f.0 || f.2 <= a.0 || a.3 <= f.1 || f.3 <= a.1;
                assert!(apart, "{what}: photos overlap");
            }
        }
        if !frames.is_empty() {
            let left = frames.iter().map(|f| f.0).fold(f32::MAX, f32::min);
            let right = frames.iter().map(|f| f.2).fold(f32::MIN, f32::max);
            let top = frames.iter().map(|f| f.1).fold(f32::MAX, f32::min);
            assert!(
                (left + b).abs() < 0.01 && (right - w - b).abs() < 0.01,
                "{what}"
            );
            assert!((top + b).abs() < 0.01, "{what}");
            let area: f32 = frames.iter().map(|f| (f.2 - f.0) * (f.3 - f.1)).sum();
            assert!(
                area > w * h * 0.3,
                "{what}: the photos are a third of the page"
            );
        }
        // The ground covers the whole sheet, bleed and all.
        let ground = page.items.iter().any(|i| {
            matches!(i, Item::Rect { x, y, w: gw, h: gh, .. }
                if *x <= -b && *y <= -b && x + gw >= w + b && y + gh >= h + b)
        });
        assert!(ground, "{what}: the colour runs to the sheet's edge");
        let logos = page
            .items
            .iter()
            .filter(|i| matches!(i, Item::Image { photo, .. } if *photo == LOGO_ID))
            .count();
        assert_eq!(logos, usize::from(c.logo), "{what}: the logo once");
        page
    }

    /// All the cover's words, one line after another.
    fn words(page: &Page) -> String {
        page.texts().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn one_to_four_photos_or_none_each_make_a_full_cover() {
        for photos in 0..=5 {
            for bleed in [false, true] {
                for lang in [Lang::Id, Lang::En] {
                    let c = Case {
                        photos,
                        bleed,
                        lang,
                        ..case()
                    };
                    let page = check(&c);
                    let text = words(&page);
                    assert!(text.contains("Forum Kopontren OPOP Jawa Timur"), "{text}");
                    for contact in CONTACTS {
                        assert!(text.contains(contact), "no {contact}: {text}");
                    }
                    assert!(text.contains("29 "), "the date: {text}");
                    let (count, edition) = match lang {
                        Lang::Id => ("14 produk", "Edisi bahasa Indonesia"),
                        Lang::En => ("14 products", "English edition"),
                    };
                    assert!(text.contains(count) && text.contains(edition), "{text}");
                }
            }
        }
    }

    #[test]
    fn the_title_is_there_once_and_nothing_repeats_it() {
        for (lang, title) in [
            (Lang::Id, "Katalog Produk Halal Pesantren"),
            (Lang::En, "Pesantren Halal Product Catalogue"),
        ] {
            let page = check(&Case {
                title,
                lang,
                ..case()
            });
            // The contacts aside (an e-mail address may well hold the word).
            let mut text = words(&page).to_lowercase();
            for contact in CONTACTS {
                text = text.replace(&contact.to_lowercase(), "");
            }
            assert_eq!(text.matches(&title.to_lowercase()).count(), 1, "{text}");
            for word in ["katalog", "catalogue", "halal"] {
                assert!(text.matches(word).count() <= 1, "“{word}” twice: {text}");
            }
        }
    }

    #[test]
    fn prices_on_request_is_said_only_when_prices_are_left_out() {
        let with = words(&check(&case()));
        let without = words(&check(&Case {
            prices: false,
            ..case()
        }));
        assert!(!with.contains("permintaan"), "{with}");
        assert!(
            without.contains("Harga tersedia atas permintaan"),
            "{without}"
        );
    }

    #[test]
    fn long_titles_and_publisher_names_wrap_inside_the_page() {
        let title = "Katalog Produk Unggulan Halal Koperasi Pondok Pesantren Se-Jawa Timur \
                     untuk Pembeli Grosir, Ritel Modern dan Pasar Ekspor Tahun 2027";
        let publisher = "Induk Koperasi Pondok Pesantren (Inkopontren) Wilayah Jawa Timur \
                         bersama Forum One Pesantren One Product";
        let address = "Jl. Raya Pesantren Nomor 123 RT 004 RW 007, Kelurahan Sidoresmo, \
                       Kecamatan Jambangan, Kota Surabaya, Jawa Timur 60239";
        let contacts = [address, "WhatsApp +6281130001000"];
        for paper in [Paper::A4, Paper::Letter] {
            for photos in [0, 1, 4] {
                for logo in [false, true] {
                    let page = check(&Case {
                        title,
                        publisher,
                        contacts: &contacts,
                        photos,
                        logo,
                        prices: false,
                        bleed: true,
                        lang: Lang::Id,
                        paper,
                    });
                    // Both whole: smaller and on more lines, not cut.
                    let text = words(&page);
                    assert!(text.contains(title), "{text}");
                    assert!(text.contains(publisher), "{text}");
                    assert!(text.contains("Harga tersedia"), "{text}");
                    assert!(text.contains("Kecamatan"), "{text}");
                }
            }
        }
        // A word too long for a line is broken, not run off the page.
        check(&Case {
            title: "Supercalifragilistikekspialidosius-Tanpa-Spasi-Sama-Sekali-Dan-Masih-Panjang",
            ..case()
        });
    }

    #[test]
    fn nothing_but_a_title_still_makes_a_cover() {
        let page = check(&Case {
            publisher: "",
            contacts: &[],
            photos: 0,
            logo: false,
            ..case()
        });
        assert!(words(&page).contains("Katalog Produk Halal Pesantren"));
    }
}
