//! The grid layout: six product cards a page (2 x 3), each with photo, name, description,
//! price, halal line, producer and order QR code.

use super::{Ctx, Entry, FOOTER, MARGIN, Section};
use crate::pdf::fonts::Face;
use crate::pdf::model::{GREEN, GREEN_LIGHT, GREY, INK, Item, Page, RULE, WHITE};

/// Six cards per page (2 x 3), a new page for each section.
pub(super) fn grid(ctx: &Ctx, section: &Section, body: &mut Vec<Page>) {
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
