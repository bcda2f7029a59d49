//! The sheet layout: one page per product. The photos across the top (the first whole and large,
//! up to three more beside it, cropped to their frames), then the name, price and halal status,
//! the description, every filled-in field, and the order QR code.

use super::{Ctx, FOOTER, MARGIN, Section};
use crate::pdf::fonts::Face;
use crate::pdf::model::{GREEN, GREEN_LIGHT, GREY, INK, Item, Page, RULE};

/// The tallest the photo block gets.
const PHOTO_H: f32 = 330.0;
/// Room kept on the right of the fields for the QR code and its caption.
const QR_COLUMN: f32 = 130.0;

/// One product per page with every field.
pub(super) fn sheets(ctx: &Ctx, section: &Section, body: &mut Vec<Page>) {
    for e in &section.entries {
        let p = e.product;
        let mut page = Page::default();
        let top = ctx.section_band(&mut page, &section.title);
        let width = ctx.w - 2.0 * MARGIN;
        let mut y = photos(ctx, &mut page, p, top, width);
        y = ctx.para(
            &mut page,
            MARGIN,
            y,
            width,
            20.0,
            Face::Bold,
            INK,
            ctx.text_of(&p.name),
            2,
        );
        y += 4.0;
        // The price and the halal status on one line.
        let mut x = MARGIN;
        if ctx.input.prices {
            let size = ctx.value(
                &mut page,
                MARGIN,
                y + 18.0,
                18.0,
                Face::Bold,
                GREEN,
                &ctx.price(p),
                width / 2.0,
            );
            x += ctx.m.width(Face::Bold, size, &ctx.price(p)) + 18.0;
        }
        ctx.halal(&mut page, p, x, y + 2.0, 9.5);
        y += 30.0;
        y = ctx.para(
            &mut page,
            MARGIN,
            y,
            width,
            10.5,
            Face::Regular,
            INK,
            ctx.text_of(&p.description),
            8,
        );
        y += 10.0;
        page.items.push(Item::Rect {
            x: MARGIN,
            y,
            w: width,
            h: 0.6,
            fill: RULE,
            radius: 0.0,
        });
        y += 6.0;
        let fields_top = y;
        let fields_w = if e.order_link.is_some() {
            width - QR_COLUMN - 12.0
        } else {
            width
        };
        fields(ctx, &mut page, e, fields_top, fields_w);
        if let Some(link) = &e.order_link {
            let qs = 104.0;
            let qx = ctx.w - MARGIN - QR_COLUMN + (QR_COLUMN - qs) / 2.0;
            ctx.qr(&mut page, link, qx, fields_top + 6.0, qs);
            ctx.para(
                &mut page,
                ctx.w - MARGIN - QR_COLUMN,
                fields_top + qs + 8.0,
                QR_COLUMN,
                8.5,
                Face::Regular,
                GREY,
                &ctx.t("pdf-order-qr"),
                4,
            );
        }
        body.push(page);
    }
}

/// The photo block: the first photo whole (as large as the block allows), up to three more in a
/// column beside it, each filling its frame. Returns the y below the block.
fn photos(ctx: &Ctx, page: &mut Page, p: &crate::domain::Product, top: f32, width: f32) -> f32 {
    let Some(&first) = p.photos.first() else {
        // No photo: a quiet band, not a page-high empty box.
        page.items.push(Item::Rect {
            x: MARGIN,
            y: top,
            w: width,
            h: 6.0,
            fill: GREEN_LIGHT,
            radius: 3.0,
        });
        return top + 20.0;
    };
    let extras: Vec<_> = p.photos.iter().skip(1).take(3).copied().collect();
    let gap = 10.0;
    let side = if extras.is_empty() { 0.0 } else { 150.0 };
    let main_room = width - if extras.is_empty() { 0.0 } else { side + gap };
    // Never larger than the photo prints at 250 dpi: a small original is shown smaller, sharp.
    let Some((_, _, mw, mh)) = ctx.sharp_photo(page, first, MARGIN, top, main_room, PHOTO_H) else {
        return top + 20.0;
    };
    // The whole photo sits at the top left of the block, not floating in its middle.
    if let Some(Item::Image { x, y, .. }) = page.items.last_mut() {
        *x = MARGIN;
        *y = top;
    }
    if !extras.is_empty() {
        // The extras take the room the first photo leaves, up to twice the usual column.
        let sx = MARGIN + mw + gap;
        let sw = (width - mw - gap).min(2.0 * side);
        let n = extras.len() as f32;
        let sh = ((mh - gap * (n - 1.0)) / n).min(sw);
        for (i, &photo) in extras.iter().enumerate() {
            let sy = top + i as f32 * (sh + gap);
            if !ctx.photo_fill(page, photo, p.focus_of(photo), sx, sy, sw, sh) {
                page.items.push(Item::Rect {
                    x: sx,
                    y: sy,
                    w: sw,
                    h: sh,
                    fill: GREEN_LIGHT,
                    radius: 3.0,
                });
            }
        }
    }
    top + mh + 14.0
}

/// Every filled-in field as label and value, one under another, while the page has room.
fn fields(ctx: &Ctx, page: &mut Page, e: &super::Entry, top: f32, width: f32) {
    let p = e.product;
    let tr = ctx.input.tr;
    // (label, value, whether the value is one unbreakable item such as a number)
    let mut fields: Vec<(String, String, bool)> = Vec::new();
    let mut add = |key: &str, value: String, whole: bool| {
        if !value.trim().is_empty() {
            fields.push((tr.t(key), value, whole));
        }
    };
    add("pdf-field-net", p.net_content.clone(), true);
    if ctx.input.prices {
        for t in &p.wholesale {
            add("pdf-field-wholesale", ctx.tier(t), false);
        }
    }
    add(
        "pdf-field-ingredients",
        ctx.text_of(&p.ingredients).to_string(),
        false,
    );
    add(
        "pdf-field-storage",
        ctx.text_of(&p.storage).to_string(),
        false,
    );
    if let Some(m) = p.shelf_life_months {
        add(
            "pdf-field-shelf-life",
            tr.t_args("pdf-months", &[("count", m.into())]),
            true,
        );
    }
    add("pdf-field-pirt", p.pirt.clone(), true);
    add("pdf-field-bpom", p.bpom.clone(), true);
    add("pdf-field-sku", p.sku.clone(), true);
    add("pdf-field-hs", p.export.hs_code.clone(), true);
    if let Some(n) = p.export.min_order {
        add("pdf-field-min-order", n.to_string(), true);
    }
    if let Some(n) = p.export.units_per_carton {
        add("pdf-field-carton", n.to_string(), true);
    }
    if let Some(pr) = e.producer {
        add("pdf-field-producer", pr.pesantren.clone(), false);
        add("pdf-field-kopontren", pr.kopontren.clone(), false);
        let place = [pr.city.as_str(), pr.province.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        add("pdf-field-city", place, false);
        if !pr.whatsapp.is_empty() {
            add("pdf-field-whatsapp", format!("+{}", pr.whatsapp), true);
        }
        add("pdf-field-email", pr.email.clone(), true);
    }
    let label_w = 104.0;
    let limit = ctx.h - FOOTER - 10.0;
    let mut y = top;
    for (label, value, whole) in fields {
        if y + 14.0 > limit {
            break;
        }
        let label_line = ctx
            .m
            .wrap(Face::Bold, 8.5, &label, label_w - 8.0, 1)
            .pop()
            .unwrap_or_default();
        ctx.text(page, MARGIN, y + 11.5, 8.5, Face::Bold, GREY, &label_line);
        let room = width - label_w;
        if whole {
            ctx.value(
                page,
                MARGIN + label_w,
                y + 11.5,
                9.5,
                Face::Regular,
                INK,
                &value,
                room,
            );
            y += 12.5;
        } else {
            let lines_left = ((limit - y) / 12.5).floor().max(1.0) as usize;
            y = ctx.para(
                page,
                MARGIN + label_w,
                y,
                room,
                9.5,
                Face::Regular,
                INK,
                &value,
                lines_left.min(6),
            );
        }
        y += 4.0;
    }
}
