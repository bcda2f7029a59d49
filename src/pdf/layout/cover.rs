//! The cover page: title, product count, publisher, date and language, on a paper-and-green
//! ground. It carries no footer.

use super::{Ctx, MARGIN};
use crate::pdf::fonts::Face;
use crate::pdf::model::{GREEN, INK, Item, PAPER, Page, WHITE};

pub(super) fn cover(ctx: &Ctx, count: usize) -> Page {
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
