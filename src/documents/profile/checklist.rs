//! The readiness checklist (every requirement with a tick or a cross, and under each unmet one
//! what is missing, in the words the app and `check` use) and the signature block that ends the
//! profile.

use super::{Ctx, Flow, MARGIN, MISSING, PAGE};
use crate::messages;
use crate::pdf::fonts::Face;
use crate::pdf::model::{GREEN, GREY, INK, Item, WHITE};

const ICON: f32 = 13.0;
const TEXT_SIZE: f32 = 10.0;
const GAP_SIZE: f32 = 9.0;

/// A requirement measured: met or not, the face it is set in (bold while unmet), its lines and
/// the lines of each of its gaps.
struct Measured {
    ok: bool,
    face: Face,
    lines: Vec<String>,
    gaps: Vec<Vec<String>>,
}

/// The checklist under its band; returns the index (in `flow`) of the page it starts on.
pub(super) fn checklist(ctx: &Ctx, flow: &mut Flow) -> usize {
    let r = ctx.input.readiness;
    let tr = ctx.tr;
    let producer = ctx.input.producer;
    let width = ctx.width();
    let tx = MARGIN + ICON + 9.0;
    let tw = width - ICON - 9.0;
    let gx = tx + 12.0;
    let gw = tw - 12.0;
    let lead = TEXT_SIZE * 1.35;
    let gap_lead = GAP_SIZE * 1.35;
    // Each requirement's lines (bold while unmet) and its gaps' lines, measured first.
    let items: Vec<Measured> = r
        .items
        .iter()
        .map(|(requirement, gaps)| {
            let ok = gaps.is_empty();
            let face = if ok { Face::Regular } else { Face::Bold };
            let words = messages::requirement(tr, *requirement);
            let lines = ctx.lines(face, TEXT_SIZE, &words, tw, 3);
            let gaps = gaps
                .iter()
                .map(|g| {
                    let text = messages::gap(tr, producer, g);
                    ctx.lines(Face::Regular, GAP_SIZE, &text, gw, 3)
                })
                .collect();
            Measured {
                ok,
                face,
                lines,
                gaps,
            }
        })
        .collect();
    let item_h = |lines: &[String], gaps: &[Vec<String>]| {
        let gaps: f32 = gaps.iter().map(|g| g.len() as f32 * gap_lead + 1.0).sum();
        lines.len() as f32 * lead + 2.0 + gaps + 7.0
    };
    let (met, total) = (r.met(), r.items.len());
    let headline = if r.ready() {
        tr.t_args("profile-readiness-complete", &[("total", total.into())])
    } else {
        tr.t_args(
            "profile-readiness-partial",
            &[("met", met.into()), ("total", total.into())],
        )
    };
    let headline_lines = ctx.lines(Face::Bold, 12.0, &headline, width, 2).len();
    let head = 36.0 + 12.0 * 1.35 * headline_lines as f32 + 8.0;
    // The space after the last requirement need not fit.
    let whole: f32 = head + items.iter().map(|i| item_h(&i.lines, &i.gaps)).sum::<f32>() - 7.0;
    // The whole checklist on one page when a page holds it; else at least the band, the
    // headline and the first requirement together.
    if whole <= Flow::bottom() - super::TOP {
        flow.need(whole);
    } else {
        flow.need(head + 40.0);
    }
    let start = flow.pages.len() - 1;
    flow.outline
        .push((ctx.t("profile-section-checklist"), start));
    ctx.band(flow, &ctx.t("profile-section-checklist"));
    let y = flow.y;
    let colour = if r.ready() { GREEN } else { MISSING };
    flow.y = ctx.para(
        flow.page(),
        MARGIN,
        y,
        width,
        12.0,
        Face::Bold,
        colour,
        &headline,
        2,
    ) + 8.0;
    for Measured {
        ok,
        face,
        lines,
        gaps: gap_words,
    } in &items
    {
        let ok = *ok;
        // A requirement stays with its gaps when a page holds them all, else with the first.
        let together = item_h(lines, gap_words);
        if together <= Flow::bottom() - super::TOP {
            flow.need(together);
        } else {
            let first_gap = gap_words.first().map_or(0.0, |l| l.len() as f32 * gap_lead);
            flow.need(lines.len() as f32 * lead + first_gap + 6.0);
        }
        let top = flow.y;
        let page = flow.page();
        page.items.push(Item::Rect {
            x: MARGIN,
            y: top + 1.5,
            w: ICON,
            h: ICON,
            fill: if ok { GREEN } else { MISSING },
            radius: ICON / 2.0,
        });
        let mark = if ok { "✓" } else { "✗" };
        let mw = ctx.m.width(Face::Bold, 9.0, mark);
        let mx = MARGIN + (ICON - mw) / 2.0;
        ctx.text(
            page,
            mx,
            top + 1.5 + ICON * 0.74,
            9.0,
            Face::Bold,
            WHITE,
            mark,
        );
        let mut y = top;
        for line in lines {
            y += lead;
            ctx.text(page, tx, y - 3.5, TEXT_SIZE, *face, INK, line);
        }
        flow.y = y + 2.0;
        for gap in gap_words {
            flow.need(gap.len() as f32 * gap_lead + 2.0);
            let mut y = flow.y;
            let page = flow.page();
            ctx.text(
                page,
                tx + 2.0,
                y + gap_lead - 3.0,
                GAP_SIZE,
                Face::Bold,
                MISSING,
                "–",
            );
            for line in gap {
                y += gap_lead;
                ctx.text(page, gx, y - 3.0, GAP_SIZE, Face::Regular, GREY, line);
            }
            flow.y = y + 1.0;
        }
        flow.y += 7.0;
    }
    start
}

/// The closing sentence and, on the right, place and date, the signer's role and cooperative,
/// room to sign, and the name (a dotted line when nobody is named).
pub(super) fn signature(ctx: &Ctx, flow: &mut Flow) {
    let p = ctx.input.producer;
    let legal = &p.legal;
    let tr = ctx.tr;
    let width = ctx.width();
    let closing = ctx.t("profile-signature-closing");
    let closing_lines = ctx.lines(Face::Regular, 9.5, &closing, width, 3);
    let height = 14.0 + closing_lines.len() as f32 * 13.0 + 16.0 + 4.0 * 14.0 + 60.0 + 20.0;
    flow.need(height);
    flow.y += 14.0;
    let y = flow.y;
    let page = flow.page();
    let mut y = ctx.para(page, MARGIN, y, width, 9.5, Face::Regular, INK, &closing, 3) + 16.0;
    let col = 230.0;
    let cx = PAGE.0 - MARGIN - col;
    let centred = |page: &mut crate::pdf::model::Page, y: f32, size: f32, face, text: &str| {
        let lines = ctx.lines(face, size, text, col, 2);
        let mut y = y;
        for line in lines {
            y += size * 1.4;
            let w = ctx.m.width(face, size, &line.replace('\u{a0}', " "));
            ctx.text(page, cx + (col - w) / 2.0, y - 3.0, size, face, INK, &line);
        }
        y
    };
    let place = if p.city.trim().is_empty() {
        "………………".to_string()
    } else {
        p.city.trim().to_string()
    };
    let date = tr.t_args(
        "profile-signature-place-date",
        &[
            ("place", place.into()),
            ("date", tr.date(ctx.input.today).into()),
        ],
    );
    y = centred(page, y, 10.0, Face::Regular, &date);
    let role = if legal.contact_role.trim().is_empty() {
        ctx.t("profile-signature-role-default")
    } else {
        legal.contact_role.trim().to_string()
    };
    y = centred(page, y + 2.0, 10.0, Face::Regular, &role);
    if !p.kopontren.trim().is_empty() {
        y = centred(page, y, 10.0, Face::Regular, p.kopontren.trim());
    }
    y += 60.0;
    let name = legal.contact_person.trim();
    if name.is_empty() {
        let dots = "(".to_string() + &".".repeat(48) + ")";
        centred(page, y, 10.0, Face::Regular, &dots);
        y += 14.0;
    } else {
        let end = centred(page, y, 10.5, Face::Bold, name);
        let w = ctx.m.width(Face::Bold, 10.5, name).min(col).max(col * 0.6);
        page.items.push(Item::Rect {
            x: cx + (col - w) / 2.0,
            y: end + 1.5,
            w,
            h: 0.8,
            fill: INK,
            radius: 0.0,
        });
        y = end + 4.0;
    }
    flow.y = y + 10.0;
}
