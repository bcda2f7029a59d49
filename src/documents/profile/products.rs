//! The profile's products: a block per product (cover photo cropped around its focus point, name,
//! category, price, net content, halal status under the public rule, PIRT/BPOM with the PIRT's
//! expiry, trademark, SNI), then the pages of photos, each with its product's name.

use super::{Ctx, Entry, Flow, MARGIN, MISSING, PHOTOS_PER_PRODUCT};
use crate::domain::TrademarkStatus;
use crate::domain::halal::HalalLabel;
use crate::domain::registration::parse_pirt;
use crate::pdf::fonts::Face;
use crate::pdf::layout::draw::unbreakable;
use crate::pdf::model::{GREEN, GREY, INK, Rgb};

/// The side of a product block's square photo.
const PHOTO: f32 = 112.0;
const GUTTER: f32 = 16.0;
const LABEL_W: f32 = 92.0;
const ROW_LEAD: f32 = 12.5;
const VALUE_SIZE: f32 = 9.5;
/// Height of the drawn halal mark at [`VALUE_SIZE`].
const MARK_H: f32 = VALUE_SIZE * 1.9;

/// A product field's value.
pub(super) enum Value<'a> {
    /// Words that may wrap; values inside them are held together with no-break spaces.
    Words(String, Rgb),
    /// One value that never breaks.
    Whole(String, Rgb),
    /// The drawn halal mark with this certificate number.
    Mark(&'a str),
}

/// The rows of a product's block, in order: (label, value). Fields that do not apply are left
/// out; the halal row is left out entirely where a public surface may say nothing.
pub(super) fn rows<'a>(ctx: &Ctx, e: &Entry<'a>) -> Vec<(String, Value<'a>)> {
    let p = e.product;
    let tr = ctx.tr;
    let today = ctx.input.today;
    let mut rows = Vec::new();
    let label = |id: &str| ctx.t(id);
    rows.push((
        label("profile-field-price"),
        match p.price {
            Some(v) => Value::Whole(tr.rupiah(v), GREEN),
            None => Value::Words(ctx.t("pdf-price-on-request"), INK),
        },
    ));
    rows.push((
        label("profile-field-net"),
        if p.net_content.trim().is_empty() {
            Value::Words(ctx.t("profile-not-filled"), MISSING)
        } else {
            Value::Whole(p.net_content.trim().to_string(), INK)
        },
    ));
    match ctx.halal_label(p) {
        HalalLabel::Mark(number) => rows.push((label("profile-field-halal"), Value::Mark(number))),
        other => {
            if let Some(words) = crate::i18n::words::halal_label(tr, other) {
                rows.push((label("profile-field-halal"), Value::Words(words, INK)));
            }
        }
    }
    let pirt = p.pirt.trim();
    if !pirt.is_empty() {
        let value = match parse_pirt(pirt) {
            Some(x) if x.expiry_year < today.year() => Value::Words(
                format!(
                    "{} ({})",
                    unbreakable(pirt),
                    tr.t_args(
                        "profile-pirt-expired",
                        &[("year", x.expiry_year.to_string().into())]
                    )
                ),
                MISSING,
            ),
            Some(x) => Value::Words(
                format!(
                    "{} ({})",
                    unbreakable(pirt),
                    tr.t_args(
                        "profile-pirt-valid",
                        &[("year", x.expiry_year.to_string().into())]
                    )
                ),
                INK,
            ),
            None => Value::Whole(pirt.to_string(), INK),
        };
        rows.push((label("profile-field-pirt"), value));
    }
    if !p.bpom.trim().is_empty() {
        rows.push((
            label("profile-field-bpom"),
            Value::Whole(p.bpom.trim().to_string(), INK),
        ));
    }
    let expected = e.category.is_some_and(|c| c.registration_expected);
    if pirt.is_empty() && p.bpom.trim().is_empty() && expected {
        rows.push((
            label("profile-field-registration"),
            Value::Words(ctx.t("profile-not-filled"), MISSING),
        ));
    }
    let number = p.trademark.number.trim();
    let with_number = |id: &str| tr.t_args(id, &[("number", unbreakable(number).into())]);
    let trademark = match (p.trademark.status, number.is_empty()) {
        (TrademarkStatus::Registered, false) => {
            Value::Words(with_number("profile-trademark-registered"), INK)
        }
        (TrademarkStatus::Registered, true) => {
            Value::Words(ctx.t("profile-trademark-registered-plain"), INK)
        }
        (TrademarkStatus::Filed, false) => {
            Value::Words(with_number("profile-trademark-filed"), INK)
        }
        (TrademarkStatus::Filed, true) => Value::Words(ctx.t("profile-trademark-filed-plain"), INK),
        (TrademarkStatus::NotFiled, _) => Value::Words(ctx.t("profile-trademark-none"), MISSING),
    };
    rows.push((label("profile-field-trademark"), trademark));
    if !p.sni.trim().is_empty() {
        rows.push((
            label("profile-field-sni"),
            Value::Whole(p.sni.trim().to_string(), INK),
        ));
    }
    rows
}

/// Every product's block under a "Produk" band, a new page whenever the next block does not fit.
pub(super) fn blocks(ctx: &Ctx, flow: &mut Flow) {
    let entries = ctx.input.entries;
    flow.outline
        .push((ctx.t("profile-outline-products"), flow.pages.len() - 1));
    let title = ctx.tr.t_args(
        "profile-section-products",
        &[("count", entries.len().into())],
    );
    ctx.band(flow, &title);
    if entries.is_empty() {
        let y = flow.y;
        let width = ctx.width();
        flow.y = ctx.para(
            flow.page(),
            MARGIN,
            y,
            width,
            10.0,
            Face::Regular,
            MISSING,
            &ctx.t("profile-no-products"),
            2,
        ) + 10.0;
        return;
    }
    for (i, e) in entries.iter().enumerate() {
        block(ctx, flow, e, i + 1 == entries.len());
    }
}

/// One product: the photo on the left, its name, category and fields on the right.
fn block(ctx: &Ctx, flow: &mut Flow, e: &Entry, last: bool) {
    let p = e.product;
    let tx = MARGIN + PHOTO + GUTTER;
    let tw = ctx.width() - PHOTO - GUTTER;
    let room = tw - LABEL_W;
    let name = p.name.shown(ctx.lang()).trim().to_string();
    let name_lines = ctx.lines(Face::Bold, 13.0, &name, tw, 2);
    let category = e
        .category
        .map(|c| c.name.shown(ctx.lang()).to_string())
        .unwrap_or_default();
    let rows = rows(ctx, e);
    // Each row's height, known before anything is drawn, so that the block never splits.
    let wrapped: Vec<Vec<String>> = rows
        .iter()
        .map(|(_, v)| match v {
            Value::Words(text, _) => ctx.lines(Face::Regular, VALUE_SIZE, text, room, 3),
            _ => Vec::new(),
        })
        .collect();
    let row_h = |i: usize| match &rows[i].1 {
        Value::Mark(_) => MARK_H + 3.0,
        Value::Whole(..) => ROW_LEAD + 3.0,
        Value::Words(..) => wrapped[i].len().max(1) as f32 * ROW_LEAD + 3.0,
    };
    let head = name_lines.len() as f32 * 17.0 + if category.is_empty() { 0.0 } else { 13.0 } + 6.0;
    let body: f32 = (0..rows.len()).map(row_h).sum();
    let height = PHOTO.max(head + body);
    flow.need(height + 4.0);
    let top = flow.y;
    let page = flow.page();
    let drawn = p.photos.first().is_some_and(|&photo| {
        ctx.photo_fill(page, photo, p.focus_of(photo), MARGIN, top, PHOTO, PHOTO)
    });
    if !drawn {
        ctx.no_photo(page, MARGIN, top, PHOTO, PHOTO);
    }
    let mut y = top;
    for line in &name_lines {
        y += 17.0;
        ctx.text(page, tx, y - 4.0, 13.0, Face::Bold, INK, line);
    }
    if !category.is_empty() {
        y += 13.0;
        let category = category.trim();
        ctx.value(page, tx, y - 3.0, 9.0, Face::Regular, GREY, category, tw);
    }
    y += 6.0;
    for (i, (label, value)) in rows.iter().enumerate() {
        let base = y + 9.5;
        let label_line = ctx
            .lines(Face::Bold, 8.0, label, LABEL_W - 8.0, 1)
            .pop()
            .unwrap_or_default();
        let vx = tx + LABEL_W;
        match value {
            Value::Mark(number) => {
                let lift = (MARK_H - ROW_LEAD) / 2.0;
                ctx.text(page, tx, base + lift, 8.0, Face::Bold, GREY, &label_line);
                ctx.halal_mark(page, number, vx, y, VALUE_SIZE);
            }
            Value::Whole(text, colour) => {
                ctx.text(page, tx, base, 8.0, Face::Bold, GREY, &label_line);
                let face = if *colour == GREEN {
                    Face::Bold
                } else {
                    Face::Regular
                };
                ctx.value(page, vx, base, VALUE_SIZE, face, *colour, text, room);
            }
            Value::Words(_, colour) => {
                ctx.text(page, tx, base, 8.0, Face::Bold, GREY, &label_line);
                for (j, line) in wrapped[i].iter().enumerate() {
                    let b = base + j as f32 * ROW_LEAD;
                    ctx.text(page, vx, b, VALUE_SIZE, Face::Regular, *colour, line);
                }
            }
        }
        y += row_h(i);
    }
    let end = top + height + 10.0;
    if !last {
        ctx.rule(page, MARGIN, end, ctx.width());
    }
    flow.y = end + 12.0;
}

/// The products' photos (up to [`PHOTOS_PER_PRODUCT`] each), `cols` to a row, each with its
/// product's name; nothing when no product has a photo.
pub(super) fn photo_pages(ctx: &Ctx, flow: &mut Flow, cols: usize) {
    let sizes = ctx.input.photo_sizes;
    let photos: Vec<_> = ctx
        .input
        .entries
        .iter()
        .flat_map(|e| {
            let p = e.product;
            p.photos
                .iter()
                .take(PHOTOS_PER_PRODUCT)
                .filter(|id| sizes.contains_key(id))
                .map(move |&id| (id, p.focus_of(id), p.name.shown(ctx.lang()).trim()))
        })
        .collect();
    if photos.is_empty() {
        return;
    }
    let gap = 12.0;
    let cell = (ctx.width() - gap * (cols as f32 - 1.0)) / cols as f32;
    let row_h = cell + 30.0;
    flow.need(36.0 + row_h);
    flow.outline
        .push((ctx.t("profile-section-photos"), flow.pages.len() - 1));
    ctx.band(flow, &ctx.t("profile-section-photos"));
    for row in photos.chunks(cols) {
        flow.need(row_h);
        let top = flow.y;
        let page = flow.page();
        for (i, (photo, focus, name)) in row.iter().enumerate() {
            let x = MARGIN + i as f32 * (cell + gap);
            ctx.photo_fill(page, *photo, *focus, x, top, cell, cell);
            ctx.para(
                page,
                x,
                top + cell + 2.0,
                cell,
                8.5,
                Face::Regular,
                INK,
                name,
                2,
            );
        }
        flow.y = top + row_h + 6.0;
    }
}
