//! The price-list layout: one table flowing over the pages, a row per product and a header row
//! where each section begins.

use super::{Ctx, Entry, FOOTER, MARGIN, Section};
use crate::domain::halal::{HalalLabel, Surface};
use crate::pdf::fonts::Face;
use crate::pdf::model::{GREEN, GREEN_LIGHT, GREY, INK, Item, Page, RULE};

/// The width of column `i` whose left edges are `xs` (the last one ends at `right`).
fn column_width(xs: &[f32], i: usize, right: f32) -> f32 {
    xs.get(i + 1).copied().unwrap_or(right) - xs[i]
}

/// A price list flowing over the pages: the column headings on every page, a header row where
/// each section begins (never alone at the foot of a page).
pub(super) fn list(
    ctx: &Ctx,
    sections: &[Section],
    body: &mut Vec<Page>,
    starts: &mut Vec<(String, usize)>,
) {
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
                ctx.photo_fill(
                    &mut page,
                    ph,
                    p.focus_of(ph),
                    xs[0] + 1.0,
                    y + 4.0,
                    photo,
                    photo,
                );
            }
            let base = y + 16.0;
            let cell = |i: usize| column_width(&xs, i, right) - 6.0;
            // Text that may wrap (two lines at most, values inside it kept whole).
            let put = |page: &mut Page, i: usize, text: &str, face: Face, size: f32, color| {
                for (n, line) in ctx.m.wrap(face, size, text, cell(i), 2).iter().enumerate() {
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
            // A value on one line: the font gives way, the value stays whole.
            let value = |page: &mut Page, i: usize, text: &str, face: Face, size: f32, color| {
                ctx.value(page, xs[i] + 2.0, base, size, face, color, text, cell(i));
            };
            value(&mut page, 1, &p.sku, Face::Regular, 7.5, GREY);
            put(&mut page, 2, ctx.text_of(&p.name), Face::Bold, 9.0, INK);
            value(&mut page, 3, &p.net_content, Face::Regular, 8.5, INK);
            if ctx.input.prices {
                value(&mut page, 4, &ctx.price(p), Face::Bold, 8.5, GREEN);
                if let Some(t) = p.wholesale.first() {
                    put(&mut page, 5, &ctx.tier(t), Face::Regular, 8.0, INK);
                }
            }
            let label = p.halal.label(ctx.input.date, Surface::Public);
            if let HalalLabel::Mark(n) = label {
                value(&mut page, 6, n, Face::Regular, 7.5, GREEN);
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
