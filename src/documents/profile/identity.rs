//! The profile's first page: the header (logo, pesantren and Kopontren), a few lines about the
//! producer, the identity table a grant form asks for, where a missing field reads "belum diisi"
//! in a muted red and never as a blank, and the readiness summary.

use super::{Ctx, Flow, MARGIN, MISSING, PAGE, RED_LIGHT, TOP};
use crate::domain::model::OpopPillar;
use crate::pdf::fonts::Face;
use crate::pdf::model::{GREEN, GREEN_LIGHT, GREY, INK, Item, Page};

/// A field's value as the table shows it.
pub(super) enum Field {
    /// Words that may wrap (names, the address).
    Text(String),
    /// One value that never breaks (a number, an e-mail address).
    Whole(String),
    /// Not filled in: said so, in a muted red.
    Missing,
}

impl Field {
    fn text(s: &str) -> Field {
        if s.trim().is_empty() {
            Field::Missing
        } else {
            Field::Text(s.trim().to_string())
        }
    }

    fn whole(s: &str) -> Field {
        if s.trim().is_empty() {
            Field::Missing
        } else {
            Field::Whole(s.trim().to_string())
        }
    }
}

const LABEL_W: f32 = 158.0;
const LEAD: f32 = 13.5;

/// The identity table's rows, in the order grant forms ask: (label id, value).
pub(super) fn identity_fields(ctx: &Ctx) -> Vec<(&'static str, Field)> {
    let p = ctx.input.producer;
    let legal = &p.legal;
    let tr = ctx.tr;
    let count = |id: &str, n: Option<u32>| match n.filter(|n| *n > 0) {
        Some(n) => Field::Whole(tr.t_args(id, &[("count", n.into())])),
        None => Field::Missing,
    };
    let place = [p.city.trim(), p.province.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let place = if p.city.trim().is_empty() {
        Field::Missing
    } else {
        Field::text(&place)
    };
    vec![
        ("profile-field-pesantren", Field::text(&p.pesantren)),
        ("profile-field-nspp", Field::whole(&p.nspp)),
        (
            "profile-field-kemenag",
            match legal.kemenag_registered {
                Some(true) => Field::Text(ctx.t("profile-yes")),
                Some(false) => Field::Text(ctx.t("profile-no")),
                None => Field::Missing,
            },
        ),
        ("profile-field-kopontren", Field::text(&p.kopontren)),
        (
            "profile-field-legal-entity",
            Field::whole(&legal.legal_entity_number),
        ),
        ("profile-field-nik", Field::whole(&legal.nik_koperasi)),
        ("profile-field-nib", Field::whole(&p.nib)),
        (
            "profile-field-pillar",
            match p.pillar {
                Some(OpopPillar::Santripreneur) => Field::Text(ctx.t("app-pillar-santripreneur")),
                Some(OpopPillar::Pesantrenpreneur) => {
                    Field::Text(ctx.t("app-pillar-pesantrenpreneur"))
                }
                Some(OpopPillar::Sosiopreneur) => Field::Text(ctx.t("app-pillar-sosiopreneur")),
                None => Field::Missing,
            },
        ),
        ("profile-field-address", Field::text(&p.address)),
        ("profile-field-city", place),
        ("profile-field-contact", Field::text(&legal.contact_person)),
        ("profile-field-role", Field::text(&legal.contact_role)),
        (
            "profile-field-whatsapp",
            if p.whatsapp.trim().is_empty() {
                Field::Missing
            } else {
                Field::Whole(format!("+{}", p.whatsapp.trim()))
            },
        ),
        ("profile-field-email", Field::whole(&p.email)),
        (
            "profile-field-founded",
            match legal.founded_year {
                Some(y) => Field::Whole(y.to_string()),
                None => Field::Missing,
            },
        ),
        (
            "profile-field-members",
            count("profile-members-count", legal.members),
        ),
        (
            "profile-field-santri",
            count("profile-santri-count", legal.santri_involved),
        ),
    ]
}

/// The first page; `checklist_page` is the checklist's page number (1-based) to point to.
pub(super) fn first_page(ctx: &Ctx, checklist_page: usize) -> Page {
    let mut flow = Flow::new();
    header(ctx, &mut flow);
    ctx.band(&mut flow, &ctx.t("profile-section-identity"));
    table(ctx, &mut flow);
    flow.y += 14.0;
    summary(ctx, &mut flow, checklist_page);
    flow.pages.swap_remove(0)
}

/// Logo (when there is one) on the right; the document's name, the pesantren and the Kopontren;
/// a green rule; then the producer's own description in the chosen language, when written.
fn header(ctx: &Ctx, flow: &mut Flow) {
    let p = ctx.input.producer;
    let width = ctx.width();
    let logo_box = 64.0;
    let page = flow.page();
    // Never larger than it prints sharp.
    let logo = p.logo.and_then(|logo| {
        ctx.sharp_photo(
            page,
            logo,
            PAGE.0 - MARGIN - logo_box,
            TOP,
            logo_box,
            logo_box,
        )
    });
    let text_w = if logo.is_some() {
        width - logo_box - 14.0
    } else {
        width
    };
    let mut y = TOP;
    ctx.text(
        page,
        MARGIN,
        y + 10.0,
        10.0,
        Face::Bold,
        GREEN,
        &ctx.t("profile-title"),
    );
    y += 14.0;
    y = ctx.para(
        page,
        MARGIN,
        y,
        text_w,
        19.0,
        Face::Bold,
        INK,
        p.pesantren.trim(),
        2,
    );
    if !p.kopontren.trim().is_empty() {
        y = ctx.para(
            page,
            MARGIN,
            y,
            text_w,
            12.0,
            Face::Regular,
            GREEN,
            p.kopontren.trim(),
            2,
        );
    }
    if logo.is_some() {
        y = y.max(TOP + logo_box);
    }
    y += 8.0;
    page.items.push(Item::Rect {
        x: MARGIN,
        y,
        w: width,
        h: 1.6,
        fill: GREEN,
        radius: 0.0,
    });
    y += 6.0;
    y = ctx.para(
        page,
        MARGIN,
        y,
        width,
        8.5,
        Face::Regular,
        GREY,
        &ctx.t("profile-subtitle"),
        2,
    );
    let about = p.description.get(ctx.lang()).trim();
    if !about.is_empty() {
        y += 4.0;
        y = ctx.para(page, MARGIN, y, width, 10.0, Face::Regular, INK, about, 4);
    }
    flow.y = y + 14.0;
}

/// Label and value, one row each, a hairline under each.
fn table(ctx: &Ctx, flow: &mut Flow) {
    let room = ctx.width() - LABEL_W - 6.0;
    let vx = MARGIN + LABEL_W;
    for (label, field) in identity_fields(ctx) {
        let mut y = flow.y;
        let page = flow.page();
        let label_lines = ctx.lines(Face::Bold, 8.5, &ctx.t(label), LABEL_W - 12.0, 2);
        for (i, line) in label_lines.iter().enumerate() {
            let base = y + 12.5 + i as f32 * LEAD;
            ctx.text(page, MARGIN + 6.0, base, 8.5, Face::Bold, GREY, line);
        }
        let value_lines = match &field {
            Field::Text(text) => {
                let lines = ctx.lines(Face::Regular, 10.0, text, room, 3);
                for (i, line) in lines.iter().enumerate() {
                    let base = y + 12.5 + i as f32 * LEAD;
                    ctx.text(page, vx, base, 10.0, Face::Regular, INK, line);
                }
                lines.len()
            }
            Field::Whole(text) => {
                ctx.value(page, vx, y + 12.5, 10.0, Face::Regular, INK, text, room);
                1
            }
            Field::Missing => {
                let words = ctx.t("profile-not-filled");
                ctx.text(page, vx, y + 12.5, 10.0, Face::Regular, MISSING, &words);
                1
            }
        };
        y += label_lines.len().max(value_lines).max(1) as f32 * LEAD + 4.5;
        ctx.rule(page, MARGIN, y, ctx.width());
        flow.y = y;
    }
}

/// The readiness in a box: "Lengkap: semua 8 syarat terpenuhi", or "7 dari 8 syarat terpenuhi"
/// and what is missing, as many lines as the page holds, then where the checklist is.
fn summary(ctx: &Ctx, flow: &mut Flow, checklist_page: usize) {
    let r = ctx.input.readiness;
    let tr = ctx.tr;
    let (met, total) = (r.met(), r.items.len());
    let ready = r.ready();
    let headline = if ready {
        tr.t_args("profile-readiness-complete", &[("total", total.into())])
    } else {
        tr.t_args(
            "profile-readiness-partial",
            &[("met", met.into()), ("total", total.into())],
        )
    };
    let pad = 12.0;
    let inner = ctx.width() - 2.0 * pad;
    let x = MARGIN + pad;
    let top = flow.y;
    // A little air between the box and the footer's rule.
    let bottom = Flow::bottom() - 6.0;
    let page = flow.page();
    let backdrop = page.items.len();
    let mut y = top + pad;
    y = ctx.para(
        page,
        x,
        y,
        inner,
        8.5,
        Face::Bold,
        GREY,
        &ctx.t("profile-readiness-title"),
        1,
    );
    y = ctx.para(
        page,
        x,
        y,
        inner,
        13.0,
        Face::Bold,
        if ready { GREEN } else { MISSING },
        &headline,
        2,
    );
    if !ready {
        y += 3.0;
        y = ctx.para(
            page,
            x,
            y,
            inner,
            9.0,
            Face::Bold,
            INK,
            &ctx.t("profile-readiness-missing"),
            1,
        );
        let gaps: Vec<String> = r
            .gaps()
            .map(|g| crate::messages::gap(tr, ctx.input.producer, g))
            .collect();
        let lead = 9.0 * 1.35;
        // Room for the gaps, keeping a line for "and N more" and one for the pointer.
        let mut shown = 0;
        for gap in &gaps {
            let lines = ctx.lines(Face::Regular, 9.0, gap, inner - 12.0, 2);
            let left = gaps.len() - shown;
            let reserve = if left > 1 { 2.0 } else { 1.0 } * lead + pad + 4.0;
            if y + lines.len() as f32 * lead + reserve > bottom {
                break;
            }
            ctx.text(page, x + 2.0, y + lead - 2.9, 9.0, Face::Regular, GREY, "•");
            y = ctx.para(
                page,
                x + 12.0,
                y,
                inner - 12.0,
                9.0,
                Face::Regular,
                INK,
                gap,
                2,
            );
            shown += 1;
        }
        if shown < gaps.len() {
            let more = tr.t_args("readiness-more", &[("count", (gaps.len() - shown).into())]);
            y = ctx.para(
                page,
                x + 12.0,
                y,
                inner - 12.0,
                9.0,
                Face::Regular,
                GREY,
                &more,
                1,
            );
        }
    }
    y += 3.0;
    y = ctx.para(
        page,
        x,
        y,
        inner,
        8.5,
        Face::Regular,
        GREY,
        &tr.t_args("profile-readiness-see", &[("page", checklist_page.into())]),
        2,
    );
    let h = y + pad - top;
    page.items.insert(
        backdrop,
        Item::Rect {
            x: MARGIN,
            y: top,
            w: ctx.width(),
            h,
            fill: if ready { GREEN_LIGHT } else { RED_LIGHT },
            radius: 6.0,
        },
    );
    flow.y = top + h;
}
