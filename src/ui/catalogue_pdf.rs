//! The Export screen: the printable catalogue's choices on the left (language, layout, paper,
//! which products, prices), what is missing from the products going in, and a preview of the
//! pages drawn from the same page model the PDF is written from.

use super::theme;
use super::widgets::section;
use crate::app::catalogue_pdf::{Preview, Scope};
use crate::app::thumbs::{Size, Thumbs};
use crate::app::{Command, EtalaseApp};
use crate::domain::Lang;
use crate::i18n::Translator;
use crate::pdf::model::{Document, Item, Rgb};
use crate::pdf::{Layout, Notice, Paper};
use egui::{Color32, FontId, Pos2, Rect, RichText, Ui, pos2, vec2};

const OPTIONS_WIDTH: f32 = 340.0;
/// SKUs named per kind of gap; the rest are counted.
const SKUS_SHOWN: usize = 24;
/// The height of the list of what is missing, before it scrolls.
const NOTICES_HEIGHT: f32 = 120.0;
/// Pages side by side at most.
const PAGES_SHOWN: usize = 3;
/// The narrowest a previewed page is drawn, in screen points, when several are shown.
const MIN_PAGE_WIDTH: f32 = 270.0;

pub fn export_ui(ui: &mut Ui, app: &mut EtalaseApp, out: &mut Vec<Command>) {
    let ready = app.pdf.preview().map(|p| p.products).unwrap_or(0) > 0 && !app.pdf.updating();
    let tr = &app.tr;
    ui.horizontal(|ui| {
        ui.label(RichText::new(tr.t("app-pdf-title")).heading());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let button =
                egui::Button::new(RichText::new(tr.t("app-pdf-export")).color(Color32::WHITE))
                    .fill(theme::GREEN);
            if ui.add_enabled(ready && !app.busy(), button).clicked() {
                out.push(Command::PickExportPdf);
            }
        });
    });
    ui.separator();
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            ui.set_width(OPTIONS_WIDTH);
            egui::ScrollArea::vertical()
                .id_salt("pdf-options")
                .auto_shrink([false, false])
                .show(ui, |ui| options_ui(ui, app, out));
        });
        ui.separator();
        ui.vertical(|ui| {
            notices_ui(ui, app, out);
            preview_ui(ui, app);
        });
    });
}

fn options_ui(ui: &mut Ui, app: &EtalaseApp, out: &mut Vec<Command>) {
    let tr = &app.tr;
    let mut form = app.pdf.form.clone();
    section(ui, &tr.t("app-pdf-lang"));
    ui.horizontal(|ui| {
        ui.radio_value(&mut form.lang, Lang::Id, tr.t("app-lang-name-id"));
        ui.radio_value(&mut form.lang, Lang::En, tr.t("app-lang-name-en"));
    });
    section(ui, &tr.t("app-pdf-layout"));
    for (layout, name, hint) in [
        (
            Layout::Grid,
            "app-pdf-layout-grid",
            "app-pdf-layout-grid-hint",
        ),
        (
            Layout::List,
            "app-pdf-layout-list",
            "app-pdf-layout-list-hint",
        ),
        (
            Layout::Sheet,
            "app-pdf-layout-sheet",
            "app-pdf-layout-sheet-hint",
        ),
    ] {
        ui.radio_value(&mut form.layout, layout, tr.t(name));
        ui.indent(name, |ui| {
            ui.label(RichText::new(tr.t(hint)).weak().small())
        });
    }
    section(ui, &tr.t("app-pdf-group"));
    ui.horizontal(|ui| {
        ui.radio_value(&mut form.by_producer, false, tr.t("app-pdf-group-category"));
        ui.radio_value(&mut form.by_producer, true, tr.t("app-pdf-group-producer"));
    });
    section(ui, &tr.t("app-pdf-paper"));
    ui.horizontal(|ui| {
        ui.radio_value(&mut form.paper, Paper::A4, "A4");
        ui.radio_value(&mut form.paper, Paper::Letter, "Letter");
    });
    section(ui, &tr.t("app-pdf-which"));
    scope_ui(ui, app, &mut form.scope, "pdf");
    ui.add_space(theme::SPACE_S);
    ui.checkbox(&mut form.featured_only, tr.t("app-pdf-featured"));
    ui.checkbox(&mut form.prices, tr.t("app-pdf-prices"));
    ui.label(RichText::new(tr.t("app-pdf-hidden-hint")).weak().small());
    // The print-shop option last, its hint always shown: nothing moves when it is ticked.
    ui.add_space(theme::SPACE_S);
    ui.checkbox(&mut form.bleed, tr.t("app-pdf-bleed"));
    ui.indent("app-pdf-bleed", |ui| {
        ui.label(RichText::new(tr.t("app-pdf-bleed-hint")).weak().small())
    });
    super::documents::pricelist_ui(ui, app, &mut form, out);
    if form != app.pdf.form {
        out.push(Command::PdfForm(form));
    }
}

/// What the products going in lack, each SKU a link to its product.
/// Which products go in: everything, the list as shown, the selection, one category or one
/// producer (the PDF catalogue and the social-media cards ask the same).
pub fn scope_ui(ui: &mut Ui, app: &EtalaseApp, scope: &mut Scope, salt: &str) {
    let tr = &app.tr;
    // Counted as printed: hidden products never go in.
    let products = &app.catalogue.products;
    let total = products.iter().filter(|p| !p.hidden).count();
    ui.radio_value(
        scope,
        Scope::All,
        tr.t_args("app-pdf-scope-all", &[("count", total.into())]),
    );
    let filtered = app.list.visible().len() < products.len();
    let shown = app
        .list
        .visible()
        .iter()
        .filter(|&&i| !products[i].hidden)
        .count();
    ui.add_enabled_ui(filtered || *scope == Scope::Shown, |ui| {
        ui.radio_value(
            scope,
            Scope::Shown,
            tr.t_args("app-pdf-scope-shown", &[("count", shown.into())]),
        );
    });
    let selected = products
        .iter()
        .filter(|p| !p.hidden && app.list.is_selected(p.id))
        .count();
    ui.add_enabled_ui(
        !app.list.selected().is_empty() || *scope == Scope::Selected,
        |ui| {
            ui.radio_value(
                scope,
                Scope::Selected,
                tr.t_args("app-pdf-scope-selected", &[("count", selected.into())]),
            );
        },
    );
    let lang = app.prefs.lang;
    let mut categories: Vec<_> = app.catalogue.categories.iter().collect();
    categories.sort_by_key(|c| c.sort_order);
    ui.horizontal(|ui| {
        let on = matches!(*scope, Scope::Category(_));
        let radio = ui.radio(on, tr.t("app-pdf-scope-category"));
        if radio.clicked()
            && !on
            && let Some(first) = categories.first()
        {
            *scope = Scope::Category(first.id);
        }
        let current = match *scope {
            Scope::Category(id) => app.catalogue.category(id).map(|c| c.name.shown(lang)),
            _ => None,
        };
        let combo = egui::ComboBox::from_id_salt((salt, "category"))
            .selected_text(current.unwrap_or("…"))
            .width(170.0)
            .truncate()
            .show_ui(ui, |ui| {
                for c in &categories {
                    let on = *scope == Scope::Category(c.id);
                    if ui.selectable_label(on, c.name.shown(lang)).clicked() {
                        *scope = Scope::Category(c.id);
                    }
                }
            });
        combo.response.labelled_by(radio.id);
    });
    let producers = app.sorted_producers();
    ui.horizontal(|ui| {
        let on = matches!(*scope, Scope::Producer(_));
        let radio = ui.radio(on, tr.t("app-pdf-scope-producer"));
        if radio.clicked()
            && !on
            && let Some(first) = producers.first()
        {
            *scope = Scope::Producer(first.id);
        }
        let current = match *scope {
            Scope::Producer(id) => app.catalogue.producer(id).map(|p| p.pesantren.as_str()),
            _ => None,
        };
        let combo = egui::ComboBox::from_id_salt((salt, "producer"))
            .selected_text(current.unwrap_or("…"))
            .width(170.0)
            .truncate()
            .show_ui(ui, |ui| {
                for p in &producers {
                    let on = *scope == Scope::Producer(p.id);
                    if ui.selectable_label(on, &p.pesantren).clicked() {
                        *scope = Scope::Producer(p.id);
                    }
                }
            });
        combo.response.labelled_by(radio.id);
    });
}

fn notices_ui(ui: &mut Ui, app: &EtalaseApp, out: &mut Vec<Command>) {
    let tr = &app.tr;
    let Some(preview) = app.pdf.preview() else {
        return;
    };
    if preview.products == 0 {
        ui.label(RichText::new(tr.t("app-pdf-nothing")).color(theme::RED));
        ui.add_space(theme::SPACE_M);
        return;
    }
    if preview.notices.is_empty() {
        ui.label(RichText::new(tr.t("app-pdf-complete")).color(theme::accent(ui.visuals())));
        ui.add_space(theme::SPACE_M);
        return;
    }
    ui.label(RichText::new(tr.t("app-pdf-check")).family(theme::bold()));
    egui::ScrollArea::vertical()
        .id_salt("pdf-notices")
        .max_height(NOTICES_HEIGHT)
        .auto_shrink([false, true])
        .show(ui, |ui| notice_lines(ui, app, &preview.notices, out));
    ui.label(RichText::new(tr.t("app-pdf-gap-hint")).weak().small());
    ui.add_space(theme::SPACE_M);
}

/// The line a notice is listed under on the screen.
fn gap_key(n: &Notice) -> &'static str {
    match n {
        Notice::HalalExpired { .. } => "app-pdf-gap-halal-expired",
        Notice::HalalNumberInvalid { .. } => "app-pdf-gap-halal-number",
        Notice::NotTranslated { .. } => "app-pdf-gap-english",
        Notice::NoPhoto { .. } | Notice::PhotoUnreadable { .. } => "app-pdf-gap-photo",
        Notice::NoPrice { .. } => "app-pdf-gap-price",
    }
}

/// Those lines in the order they are shown: dropped halal claims first.
const GAP_KEYS: [&str; 5] = [
    "app-pdf-gap-halal-expired",
    "app-pdf-gap-halal-number",
    "app-pdf-gap-english",
    "app-pdf-gap-photo",
    "app-pdf-gap-price",
];

fn notice_lines(ui: &mut Ui, app: &EtalaseApp, notices: &[Notice], out: &mut Vec<Command>) {
    let tr = &app.tr;
    for key in GAP_KEYS {
        let skus: Vec<&str> = notices
            .iter()
            .filter(|n| gap_key(n) == key)
            .map(Notice::sku)
            .collect();
        if skus.is_empty() {
            continue;
        }
        ui.label(
            RichText::new(tr.t_args(key, &[("count", skus.len().into())])).color(theme::AMBER),
        );
        ui.horizontal_wrapped(|ui| {
            for sku in skus.iter().take(SKUS_SHOWN) {
                if ui.link(*sku).clicked()
                    && let Some(p) = app.catalogue.products.iter().find(|p| p.sku == *sku)
                {
                    out.push(Command::Open(p.id));
                }
            }
            if skus.len() > SKUS_SHOWN {
                let more = skus.len() - SKUS_SHOWN;
                ui.label(tr.t_args("app-pdf-gap-more", &[("count", more.into())]));
            }
        });
    }
}

fn preview_ui(ui: &mut Ui, app: &mut EtalaseApp) {
    let EtalaseApp {
        tr, pdf, thumbs, ..
    } = app;
    let Some(preview) = pdf.preview() else {
        ui.label(tr.t("app-pdf-preparing"));
        return;
    };
    let doc = &preview.doc;
    let pages = doc.pages.len();
    let area = ui.available_size();
    // As many pages side by side as stay readable (up to three), each as large as fits.
    let tallest = (area.y - 48.0).max(120.0) / doc.height;
    let width_for = |n: usize| (area.x / n as f32 - theme::SPACE_L - 8.0) / doc.width;
    let count = (1..=PAGES_SHOWN)
        .rev()
        .find(|&n| width_for(n).min(tallest) * doc.width >= MIN_PAGE_WIDTH)
        .unwrap_or(1)
        .min(pages.max(1));
    let scale = width_for(count).min(tallest).max(0.05);
    let first = pdf.first_page.min(pages.saturating_sub(1));
    let last = (first + count).min(pages);
    let updating = pdf.updating();
    let mut go_to = None;
    ui.horizontal(|ui| {
        let back = ui.add_enabled(first > 0, egui::Button::new("‹"));
        back.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Button, first > 0, tr.t("app-pdf-back"))
        });
        if back.clicked() {
            go_to = Some(first.saturating_sub(count));
        }
        let more = last < pages;
        let next = ui.add_enabled(more, egui::Button::new("›"));
        next.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Button, more, tr.t("app-pdf-next"))
        });
        if next.clicked() {
            go_to = Some(last);
        }
        ui.label(summary(tr, preview, first, last));
        if updating {
            ui.label(RichText::new(tr.t("app-pdf-updating")).weak());
        }
    });
    ui.add_space(theme::SPACE_S);
    ui.horizontal_top(|ui| {
        for index in first..last {
            let (rect, _) = ui.allocate_exact_size(
                vec2(doc.width * scale, doc.height * scale),
                egui::Sense::hover(),
            );
            paint_page(ui, thumbs, doc, index, rect, scale);
            ui.add_space(theme::SPACE_L);
        }
    });
    if let Some(page) = go_to {
        pdf.first_page = page;
    }
}

fn summary(tr: &Translator, preview: &Preview, first: usize, last: usize) -> String {
    let range = if first + 1 >= last {
        (first + 1).to_string()
    } else {
        format!("{}–{last}", first + 1)
    };
    tr.t_args(
        "app-pdf-summary",
        &[
            ("products", preview.products.into()),
            ("range", range.into()),
            ("pages", preview.doc.pages.len().into()),
        ],
    )
}

fn colour(c: Rgb) -> Color32 {
    Color32::from_rgb(c.0, c.1, c.2)
}

/// Draws one page of the model at `scale` screen points per PDF point.
fn paint_page(ui: &Ui, thumbs: &mut Thumbs, doc: &Document, index: usize, rect: Rect, scale: f32) {
    let painter = ui.painter_at(rect.expand(4.0));
    painter.rect_filled(
        rect.translate(vec2(2.0, 3.0)),
        2.0,
        Color32::from_black_alpha(40),
    );
    painter.rect_filled(rect, 0.0, Color32::WHITE);
    // The trimmed page: colour laid into a print-shop bleed runs past it and is cut off here.
    let painter = painter.with_clip_rect(rect);
    let at = |x: f32, y: f32| -> Pos2 { rect.min + vec2(x * scale, y * scale) };
    let size_factor = text_size_factor(ui);
    let Some(page) = doc.pages.get(index) else {
        return;
    };
    for item in &page.items {
        match item {
            Item::Rect {
                x,
                y,
                w,
                h,
                fill,
                radius,
            } => {
                let r = Rect::from_min_size(at(*x, *y), vec2(w * scale, h * scale));
                painter.rect_filled(r, radius * scale, colour(*fill));
            }
            Item::Frame {
                x,
                y,
                w,
                h,
                color,
                radius,
            } => {
                let r = Rect::from_min_size(at(*x, *y), vec2(w * scale, h * scale));
                painter.rect_stroke(
                    r,
                    radius * scale,
                    egui::Stroke::new(1.0, colour(*color)),
                    egui::StrokeKind::Inside,
                );
            }
            Item::Text {
                x,
                y,
                size,
                face,
                color,
                text,
                width,
            } => {
                let px = size * scale * size_factor;
                if px < 3.0 {
                    // Too small to read: a grey line where the text runs, as previews do.
                    let base = at(*x, *y - size * 0.35);
                    painter.line_segment(
                        [base, base + vec2(width * scale, 0.0)],
                        egui::Stroke::new(
                            (size * scale * 0.5).max(0.5),
                            colour(*color).gamma_multiply(0.5),
                        ),
                    );
                    continue;
                }
                let font = FontId::new(px, theme::pdf_family(*face));
                let galley = painter.layout_no_wrap(text.clone(), font, colour(*color));
                let baseline = galley
                    .rows
                    .first()
                    .and_then(|r| r.glyphs.first())
                    .map(|g| g.pos.y)
                    .unwrap_or(px * 0.8);
                painter.galley(at(*x, *y) - vec2(0.0, baseline), galley, colour(*color));
            }
            Item::Image {
                x,
                y,
                w,
                h,
                photo,
                crop,
                ..
            } => {
                let r = Rect::from_min_size(at(*x, *y), vec2(w * scale, h * scale));
                match thumbs.get(ui.ctx(), *photo, Size::Thumb) {
                    Some(texture) => {
                        // The part of the photo the PDF shows (cropped to fill its frame).
                        let [u0, v0, u1, v1] = crop.fractions();
                        let uv = Rect::from_min_max(pos2(u0, v0), pos2(u1, v1));
                        painter.image(texture.id(), r, uv, Color32::WHITE);
                    }
                    None => {
                        painter.rect_filled(r, 0.0, Color32::from_gray(225));
                    }
                }
            }
            Item::Qr {
                x,
                y,
                size,
                modules,
                dark,
            } => {
                let cell = size * scale / *modules as f32;
                if cell < 1.0 {
                    let r = Rect::from_min_size(at(*x, *y), vec2(size * scale, size * scale));
                    painter.rect_filled(r, 0.0, Color32::from_gray(150));
                    continue;
                }
                for (i, on) in dark.iter().enumerate() {
                    if *on {
                        let (row, col) = (i / modules, i % modules);
                        let min = at(*x, *y) + vec2(col as f32 * cell, row as f32 * cell);
                        painter.rect_filled(
                            Rect::from_min_size(min, vec2(cell, cell)),
                            0.0,
                            Color32::BLACK,
                        );
                    }
                }
            }
            Item::Link { .. } => {}
        }
    }
}

/// The factor from a PDF font size to the egui font size that sets text as wide (egui sizes a
/// font by a different measure than the em square the PDF uses).
fn text_size_factor(ui: &Ui) -> f32 {
    static FACTOR: std::sync::OnceLock<f32> = std::sync::OnceLock::new();
    *FACTOR.get_or_init(|| measure_factor(ui))
}

fn measure_factor(ui: &Ui) -> f32 {
    const PROBE: &str = "Katalog Produk Halal";
    let family = theme::pdf_family(crate::pdf::fonts::Face::Regular);
    let galley =
        ui.painter()
            .layout_no_wrap(PROBE.into(), FontId::new(100.0, family), Color32::BLACK);
    let pdf =
        crate::pdf::fonts::Measure::new().width(crate::pdf::fonts::Face::Regular, 100.0, PROBE);
    if galley.size().x > 0.0 {
        pdf / galley.size().x
    } else {
        1.0
    }
}
