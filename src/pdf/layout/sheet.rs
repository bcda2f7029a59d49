//! The sheet layout: one page per product, photos and order QR code on the left, name, price,
//! halal status, description and every filled-in field on the right.

use super::{Ctx, FOOTER, MARGIN, Section};
use crate::pdf::fonts::Face;
use crate::pdf::model::{GREEN, GREEN_LIGHT, GREY, INK, Item, Page};

/// One product per page with every field.
pub(super) fn sheets(ctx: &Ctx, section: &Section, body: &mut Vec<Page>) {
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
