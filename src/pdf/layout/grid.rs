//! The grid layout: product cards two across, flowing over the pages. A category (or producer)
//! starts on the page in progress, under its header, whenever a row of cards still fits there;
//! a page it continues on repeats its header. Each card: the photo filling a square frame around
//! its focus point, name, net content, price, description, halal line, producer and order QR.

use super::{Ctx, Entry, FOOTER, MARGIN, Section, TOP};
use crate::domain::photo::CARD_PHOTO;
use crate::pdf::fonts::Face;
use crate::pdf::model::{GREEN, GREEN_LIGHT, GREY, INK, Item, Page, RULE, WHITE};

/// Height of a card, and the gap between cards.
pub(super) const CARD_H: f32 = 206.0;
const GAP: f32 = 10.0;
const COLS: usize = 2;
/// A section's header band and the space under it.
const BAND: f32 = 24.0;
const BAND_GAP: f32 = 8.0;

/// Lays the sections out as one flow of card rows; records where each section starts.
pub(super) fn grid(
    ctx: &Ctx,
    sections: &[Section],
    body: &mut Vec<Page>,
    starts: &mut Vec<(String, usize)>,
) {
    let limit = ctx.h - FOOTER - 10.0;
    let card_w = (ctx.w - 2.0 * MARGIN - GAP * (COLS as f32 - 1.0)) / COLS as f32;
    let mut page: Option<Page> = None;
    let mut y = TOP;
    for section in sections.iter().filter(|s| !s.entries.is_empty()) {
        for (row, entries) in section.entries.chunks(COLS).enumerate() {
            let first = row == 0;
            let need = if first { BAND + BAND_GAP } else { 0.0 } + CARD_H;
            if page.is_none() || y + need > limit {
                if let Some(done) = page.take() {
                    body.push(done);
                }
                page = Some(Page::default());
                y = TOP;
                if !first {
                    // Continued on a new page: the header again, so the page says what it shows.
                    y = band(ctx, page.as_mut().expect("just made"), y, &section.title);
                }
            }
            let current = page.as_mut().expect("a page in progress");
            if first {
                starts.push((section.title.clone(), body.len()));
                y = band(ctx, current, y, &section.title);
            }
            for (i, e) in entries.iter().enumerate() {
                let x = MARGIN + i as f32 * (card_w + GAP);
                card(ctx, current, e, x, y, card_w, CARD_H);
            }
            y += CARD_H + GAP;
        }
    }
    if let Some(done) = page {
        body.push(done);
    }
}

/// A section's header band at `y`; returns the y below it.
fn band(ctx: &Ctx, page: &mut Page, y: f32, title: &str) -> f32 {
    page.items.push(Item::Rect {
        x: MARGIN,
        y,
        w: ctx.w - 2.0 * MARGIN,
        h: BAND,
        fill: GREEN,
        radius: 4.0,
    });
    let room = ctx.w - 2.0 * MARGIN - 20.0;
    let line = ctx
        .m
        .wrap(Face::Bold, 12.0, title, room, 1)
        .pop()
        .unwrap_or_default();
    ctx.text(
        page,
        MARGIN + 10.0,
        y + 16.5,
        12.0,
        Face::Bold,
        WHITE,
        &line,
    );
    y + BAND + BAND_GAP
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
    // The photo fills its square, cropped around its focus point.
    let (px, py) = (x + pad, y + pad);
    let drawn = p.photos.first().is_some_and(|&ph| {
        ctx.photo_fill(page, ph, p.focus_of(ph), px, py, CARD_PHOTO, CARD_PHOTO)
    });
    if !drawn {
        page.items.push(Item::Rect {
            x: px,
            y: py,
            w: CARD_PHOTO,
            h: CARD_PHOTO,
            fill: GREEN_LIGHT,
            radius: 4.0,
        });
    }
    // Beside the photo: the name from the top, the price on the photo's bottom line and the net
    // content just above it.
    let rx = px + CARD_PHOTO + 10.0;
    let rw = x + w - pad - rx;
    let photo_bottom = py + CARD_PHOTO;
    let mut bottom_line = photo_bottom - 2.0;
    if ctx.input.prices {
        ctx.value(
            page,
            rx,
            bottom_line,
            13.0,
            Face::Bold,
            GREEN,
            &ctx.price(p),
            rw,
        );
        bottom_line -= 17.0;
    }
    if !p.net_content.trim().is_empty() {
        ctx.value(
            page,
            rx,
            bottom_line,
            8.5,
            Face::Regular,
            GREY,
            &p.net_content,
            rw,
        );
        bottom_line -= 12.0;
    }
    let name_lead = 11.0 * 1.3;
    let name_lines = (((bottom_line - 4.0) - py) / name_lead)
        .floor()
        .clamp(1.0, 5.0) as usize;
    ctx.para(
        page,
        rx,
        py - 3.0,
        rw,
        11.0,
        Face::Bold,
        INK,
        ctx.text_of(&p.name),
        name_lines,
    );
    // Under the photo: description, halal line and producer, beside the QR code.
    let qr = 58.0;
    let text_w = if e.order_link.is_some() {
        inner - qr - 8.0
    } else {
        inner
    };
    let bottom = y + h - pad;
    let mut by = bottom - 1.0;
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
    by -= 16.0;
    ctx.halal(page, p, x + pad, by, 7.5);
    // The description gets the lines left between the photo and the halal line.
    let lead = 8.0 * 1.3;
    let top = photo_bottom + 4.0;
    let room = by - 3.0 - top;
    let desc_lines = ((room / lead).floor().max(0.0) as usize).min(3);
    if desc_lines > 0 {
        ctx.para(
            page,
            x + pad,
            top,
            text_w,
            8.0,
            Face::Regular,
            GREY,
            ctx.text_of(&p.description),
            desc_lines,
        );
    }
    if let Some(link) = &e.order_link {
        ctx.qr(page, link, x + w - pad - qr, bottom - qr, qr);
    }
}
