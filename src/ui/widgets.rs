//! Small pieces shared by the screens: the halal mark, the completeness meter, field messages.

use super::theme;
use crate::app::draft::Check;
use crate::domain::completeness::completeness;
use crate::domain::{Lang, Product};
use crate::i18n::Translator;
use egui::{Color32, RichText, Ui};

/// The halal mark with its number (only under the data model's rule), else the status in words.
pub fn halal_ui(ui: &mut Ui, tr: &Translator, product: &Product, today: crate::domain::Date) {
    halal_standing(ui, tr, &product.halal, today, 22.0);
}

/// The badge for `halal` on `today` at a given height, or why there is none: "certificate
/// expired" in red, else the status in words.
pub fn halal_standing(
    ui: &mut Ui,
    tr: &Translator,
    halal: &crate::domain::halal::HalalData,
    today: crate::domain::Date,
    height: f32,
) {
    let label = halal.label(today, crate::domain::halal::Surface::Manager);
    if let crate::domain::halal::HalalLabel::Mark(number) = label {
        halal_badge(ui, &tr.t("app-halal-mark"), number, height);
    } else if let Some(words) = crate::i18n::words::halal_label(tr, label) {
        // A problem (expired, a number in no known form) in red, a standing in grey.
        let text = RichText::new(words).small();
        ui.label(if label.is_problem() {
            text.color(theme::RED)
        } else {
            text.weak()
        });
    }
}

/// The Arabic word for halal. egui shapes it (joining forms) but does no bidi reordering of mixed
/// text, so the badge always lays it out on its own, where the shaper runs it right to left.
use crate::domain::halal::HALAL_ARABIC as HALAL_AR;

/// The laid-out pieces of a halal badge at one height.
struct BadgeParts {
    arabic: std::sync::Arc<egui::Galley>,
    word_g: std::sync::Arc<egui::Galley>,
    number_g: std::sync::Arc<egui::Galley>,
    inset: f32,
    pad: f32,
    roundel_w: f32,
    width: f32,
}

impl BadgeParts {
    fn new(ui: &Ui, word: &str, number: &str, height: f32) -> BadgeParts {
        use egui::FontId;
        let painter = ui.painter();
        let arabic = painter.layout_no_wrap(
            HALAL_AR.to_string(),
            FontId::proportional(height * 0.56),
            theme::GREEN,
        );
        let word_g = painter.layout_no_wrap(
            word.to_string(),
            FontId::new(height * 0.5, theme::bold()),
            Color32::WHITE,
        );
        let number_g = painter.layout_no_wrap(
            number.to_string(),
            FontId::proportional(height * 0.46),
            Color32::WHITE,
        );
        let inset = (height * 0.1).round().max(2.0);
        let pad = (height * 0.3).round();
        let roundel_w = arabic.size().x + pad * 1.4;
        let width =
            inset + roundel_w + pad + word_g.size().x + pad + 1.0 + pad + number_g.size().x + pad;
        BadgeParts {
            arabic,
            word_g,
            number_g,
            inset,
            pad,
            roundel_w,
            width,
        }
    }
}

/// A drawn halal badge (not the official logo artwork): a white roundel holding حلال, the word
/// HALAL and the certificate number, on green. `height` scales it: 22 in lists, 30 in the editor.
pub fn halal_badge(ui: &mut Ui, word: &str, number: &str, height: f32) -> egui::Response {
    use egui::{Stroke, vec2};
    // Text widths grow with the height: shrink the whole badge to fit a narrow card, so the
    // number is never cut off (down to a size that stays legible).
    let natural = BadgeParts::new(ui, word, number, height).width;
    let room = ui.available_width();
    let height = if natural > room && room > 0.0 {
        (height * room / natural).floor().max(15.0)
    } else {
        height
    };
    let BadgeParts {
        arabic,
        word_g,
        number_g,
        inset,
        pad,
        roundel_w,
        width,
    } = BadgeParts::new(ui, word, number, height);
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), egui::Sense::hover());
    let label = format!("{word} {HALAL_AR} {number}");
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        let radius = height / 2.0;
        painter.rect_filled(rect, radius, theme::GREEN);
        let roundel = egui::Rect::from_min_size(
            rect.min + vec2(inset, inset),
            vec2(roundel_w, height - 2.0 * inset),
        );
        painter.rect_filled(roundel, roundel.height() / 2.0, Color32::WHITE);
        let centre_left =
            |g: &egui::Galley, x: f32| egui::pos2(x, rect.center().y - g.size().y / 2.0);
        painter.galley(
            egui::pos2(
                roundel.center().x - arabic.size().x / 2.0,
                roundel.center().y - arabic.size().y / 2.0,
            ),
            arabic,
            theme::GREEN,
        );
        let x = roundel.right() + pad;
        let word_w = word_g.size().x;
        painter.galley(centre_left(&word_g, x), word_g, Color32::WHITE);
        let rule_x = x + word_w + pad;
        painter.line_segment(
            [
                egui::pos2(rule_x, rect.top() + inset * 2.0),
                egui::pos2(rule_x, rect.bottom() - inset * 2.0),
            ],
            Stroke::new(1.0, Color32::from_white_alpha(150)),
        );
        painter.galley(
            centre_left(&number_g, rule_x + 1.0 + pad),
            number_g,
            Color32::WHITE,
        );
    }
    response
}

/// "ID 100% · EN 66%" as two small bars.
pub fn completeness_ui(ui: &mut Ui, tr: &Translator, product: &Product) {
    completeness_bars(ui, tr, product, 70.0);
}

/// The completeness bars at a given width each.
pub fn completeness_bars(ui: &mut Ui, tr: &Translator, product: &Product, width: f32) {
    ui.horizontal(|ui| {
        let mut langs = Lang::ALL.to_vec();
        if ui.layout().main_dir() == egui::Direction::RightToLeft {
            langs.reverse();
        }
        for lang in langs {
            let c = completeness(product, lang);
            let text = tr.t_args(
                "app-complete-lang",
                &[
                    ("lang", lang.code().to_uppercase().into()),
                    ("percent", i64::from(c.percent).into()),
                ],
            );
            let fill = if c.percent == 100 {
                theme::GREEN_BRIGHT
            } else {
                theme::AMBER_LIGHT
            };
            meter(ui, &text, f32::from(c.percent) / 100.0, fill, width);
        }
    });
}

/// A small labelled meter: a light track, a fill up to `fraction`, dark text on top (readable
/// whatever the fill). Drawn by hand because egui's bar paints a dot at 0%.
fn meter(ui: &mut Ui, text: &str, fraction: f32, fill: Color32, width: f32) {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(width, 14.0), egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ProgressIndicator, true, text));
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        let radius = egui::CornerRadius::same(7);
        painter.rect_filled(rect, radius, Color32::from_rgb(0xee, 0xec, 0xe4));
        let filled = rect.width() * fraction.clamp(0.0, 1.0);
        if filled >= 1.0 {
            let mut bar = rect;
            bar.set_width(filled);
            painter.rect_filled(bar, radius, fill);
        }
        painter.rect_stroke(
            rect,
            radius,
            egui::Stroke::new(1.0, fill.gamma_multiply(0.9)),
            egui::StrokeKind::Inside,
        );
        painter.text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            text,
            egui::FontId::proportional(10.5),
            theme::INK,
        );
    }
}

/// The message for a field check, in its colour.
pub fn check_ui(ui: &mut Ui, tr: &Translator, check: &Check) {
    let text = match check {
        Check::Required => tr.t("app-check-required"),
        Check::SkuTaken => tr.t("app-check-sku-taken"),
        Check::NotRupiah => tr.t("app-check-not-rupiah"),
        Check::NotCount => tr.t("app-check-not-count"),
        Check::NotDate => tr.t("app-check-not-date"),
        Check::WholesaleHalf => tr.t("app-check-wholesale-half"),
        Check::HalalNumberOdd => tr.t("app-check-halal-odd"),
        Check::HalalNumberIsRegistration => tr.t("app-check-halal-registration"),
        Check::CertifiedWithoutNumber => tr.t("app-check-certified-without-number"),
        Check::PirtOdd => tr.t("app-check-pirt-odd"),
        Check::PirtExpired(year) => tr.t_args(
            "app-check-pirt-expired",
            &[("year", year.to_string().into())],
        ),
        Check::PirtValidUntil(year) => tr.t_args(
            "app-check-pirt-valid-until",
            &[("year", year.to_string().into())],
        ),
        Check::BpomOdd => tr.t("app-check-bpom-odd"),
        Check::NameTaken => tr.t("app-check-name-taken"),
        Check::NotWhatsapp => tr.t("app-check-not-whatsapp"),
        Check::NotEmail => tr.t("app-check-not-email"),
        Check::NibOdd => tr.t("app-check-nib-odd"),
        Check::NikKoperasiOdd => tr.t("app-check-nik-koperasi-odd"),
        Check::NotYear => tr.t("app-check-not-year"),
        Check::TrademarkNumberMissing => tr.t("app-check-trademark-number-missing"),
        Check::TrademarkNumberOdd => tr.t("app-check-trademark-number-odd"),
    };
    let color = if check.is_info() {
        theme::accent(ui.visuals())
    } else if check.is_error() {
        theme::RED
    } else {
        theme::AMBER
    };
    ui.label(RichText::new(text).small().color(color));
}

/// A product's text in the UI language (Indonesian when the English is empty).
pub fn in_lang(lang: Lang, text: &crate::domain::Bilingual) -> &str {
    text.shown(lang)
}

/// A label, then a drop-down list named by it (egui puts a combo box's own label after it).
pub fn combo(
    ui: &mut Ui,
    label: &str,
    id_salt: &str,
    selected: String,
    add_contents: impl FnOnce(&mut Ui),
) -> egui::Response {
    let label = ui.label(label);
    let inner = egui::ComboBox::from_id_salt(id_salt)
        .selected_text(selected)
        .truncate()
        .show_ui(ui, add_contents);
    inner.response.labelled_by(label.id)
}

/// A label, then a drop-down list as wide as its longest choice (`widest`, up to a limit), so
/// that names such as "Kosmetik & Perawatan Diri" are not cut.
pub fn combo_wide(
    ui: &mut Ui,
    label: &str,
    id_salt: &str,
    selected: String,
    widest: f32,
    add_contents: impl FnOnce(&mut Ui),
) -> egui::Response {
    let label = ui.label(label);
    let width = (widest + 2.0 * ui.spacing().button_padding.x + ui.spacing().icon_width + 8.0)
        .clamp(ui.spacing().combo_width, 320.0);
    let inner = egui::ComboBox::from_id_salt(id_salt)
        .selected_text(selected)
        .width(width)
        .truncate()
        .show_ui(ui, add_contents);
    inner.response.labelled_by(label.id)
}

/// How wide a text is in the body font.
pub fn text_width(ui: &Ui, text: &str) -> f32 {
    let font = egui::TextStyle::Button.resolve(ui.style());
    ui.painter()
        .layout_no_wrap(text.to_string(), font, Color32::WHITE)
        .size()
        .x
}

/// A drop-down list with its label above it, as the editor's fields are.
pub fn combo_above(
    ui: &mut Ui,
    label: &str,
    id_salt: &str,
    selected: String,
    add_contents: impl FnOnce(&mut Ui),
) -> egui::Response {
    let label = ui.label(RichText::new(label).small().strong());
    let inner = egui::ComboBox::from_id_salt(id_salt)
        .selected_text(selected)
        .width(ui.available_width().min(420.0))
        .truncate()
        .show_ui(ui, add_contents);
    inner.response.labelled_by(label.id)
}

/// A section title in a form.
pub fn section(ui: &mut Ui, title: &str) {
    ui.add_space(theme::SPACE_M);
    ui.label(
        RichText::new(title)
            .size(17.0)
            .family(theme::bold())
            .color(theme::accent(ui.visuals())),
    );
    ui.add_space(theme::SPACE_S);
}

/// A labelled one-line field (label above, full width), its id taken from its label so that a
/// message appearing above it never moves the focus.
pub fn text_field(ui: &mut Ui, label: &str, text: &mut String) -> egui::Response {
    let id = ("field", label);
    let label = ui.label(RichText::new(label).small().strong());
    ui.add(
        egui::TextEdit::singleline(text)
            .id_salt(id)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id)
}

/// A labelled multi-line field (label above, full width), with a stable id as above.
pub fn text_area(ui: &mut Ui, label: &str, text: &mut String, rows: usize) -> egui::Response {
    let id = ("field", label);
    let label = ui.label(RichText::new(label).small().strong());
    ui.add(
        egui::TextEdit::multiline(text)
            .id_salt(id)
            .desired_rows(rows)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id)
}

/// A labelled rupiah field (label above, full width): see [`rupiah_edit`].
pub fn rupiah_field(
    ui: &mut Ui,
    tr: &Translator,
    label: &str,
    text: &mut String,
) -> egui::Response {
    let caption = ui.label(RichText::new(label).small().strong());
    rupiah_edit(ui, tr, text, ("field", label), f32::INFINITY).labelled_by(caption.id)
}

/// An amount of rupiah: while the field is not being typed in it shows the amount as read,
/// grouped (Rp 47.500 / IDR 47,500); typing works on what the user wrote (25000, 25.000,
/// Rp25.000,00 are all read).
pub fn rupiah_edit(
    ui: &mut Ui,
    tr: &Translator,
    text: &mut String,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    width: f32,
) -> egui::Response {
    let id = ui.make_persistent_id(id_salt);
    let focused = ui.memory(|m| m.has_focus(id));
    let amount = crate::domain::parse::parse_rupiah(text).ok();
    match amount {
        Some(value) if !focused => {
            let mut shown = tr.rupiah(value);
            ui.add(
                egui::TextEdit::singleline(&mut shown)
                    .id(id)
                    .desired_width(width),
            )
        }
        _ => ui.add(egui::TextEdit::singleline(text).id(id).desired_width(width)),
    }
}

/// A labelled date field with a calendar beside it: dates can be typed (2026-08-17 or
/// 17/08/2026) or picked.
pub fn date_field(
    ui: &mut Ui,
    tr: &Translator,
    label: &str,
    text: &mut String,
    today: crate::domain::Date,
) -> egui::Response {
    let caption = ui.label(RichText::new(label).small().strong());
    ui.horizontal(|ui| {
        let button_width = 90.0;
        let edit = ui
            .add(
                egui::TextEdit::singleline(text)
                    .id_salt(("field", label))
                    .hint_text(tr.t("app-date-hint"))
                    .desired_width((ui.available_width() - button_width).max(80.0)),
            )
            .labelled_by(caption.id);
        let button = ui.button(tr.t("app-date-pick"));
        egui::Popup::from_toggle_button_response(&button)
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
            .show(|ui| calendar_ui(ui, tr, ("calendar", label), text, today));
        edit
    })
    .inner
}

/// Short weekday names, Monday first.
const WEEKDAY_IDS: [&str; 7] = [
    "app-weekday-mon",
    "app-weekday-tue",
    "app-weekday-wed",
    "app-weekday-thu",
    "app-weekday-fri",
    "app-weekday-sat",
    "app-weekday-sun",
];

/// A month of days to pick from, Monday first, with the month's name in the UI language.
fn calendar_ui(
    ui: &mut Ui,
    tr: &Translator,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    text: &mut String,
    today: crate::domain::Date,
) {
    use crate::domain::Date;
    let current = Date::parse(text).ok();
    let id = ui.make_persistent_id(id_salt);
    let start = current.unwrap_or(today);
    let (mut year, mut month) = ui
        .data(|d| d.get_temp::<(i32, u8)>(id))
        .unwrap_or((start.year(), start.month()));
    ui.horizontal(|ui| {
        if icon_button(ui, "◀", &tr.t("app-date-previous"), true).clicked() {
            (year, month) = if month == 1 {
                (year - 1, 12)
            } else {
                (year, month - 1)
            };
        }
        let name = tr.t(crate::i18n::MONTH_IDS[usize::from(month - 1)]);
        ui.label(RichText::new(format!("{name} {year}")).strong());
        if icon_button(ui, "▶", &tr.t("app-date-next"), true).clicked() {
            (year, month) = if month == 12 {
                (year + 1, 1)
            } else {
                (year, month + 1)
            };
        }
    });
    ui.data_mut(|d| d.insert_temp(id, (year, month)));
    let Ok(first) = Date::new(year, month, 1) else {
        return;
    };
    // 1970-01-01 was a Thursday: Monday is 0.
    let lead = (first.days_since_epoch() + 3).rem_euclid(7);
    let days = (28..=31)
        .filter(|d| Date::new(year, month, *d).is_ok())
        .max()
        .unwrap_or(28);
    egui::Grid::new(id.with("days"))
        .spacing(egui::vec2(2.0, 2.0))
        .show(ui, |ui| {
            for w in WEEKDAY_IDS {
                ui.label(RichText::new(tr.t(w)).small().weak());
            }
            ui.end_row();
            for _ in 0..lead {
                ui.label("");
            }
            for day in 1..=days {
                let date = first.add_days(i64::from(day) - 1);
                let mut text_day = RichText::new(format!("{day:>2}")).monospace();
                if date == today {
                    text_day = text_day.strong().color(theme::GREEN);
                }
                if ui
                    .add(egui::Button::selectable(current == Some(date), text_day))
                    .clicked()
                {
                    *text = date.to_string();
                    ui.close();
                }
                if (lead + i64::from(day)) % 7 == 0 {
                    ui.end_row();
                }
            }
        });
    if ui.small_button(tr.t("app-date-today")).clicked() {
        *text = today.to_string();
        ui.close();
    }
}

/// A form's Save button: green, and only enabled when there is something to save.
pub fn save_button(ui: &mut Ui, tr: &Translator, dirty: bool) -> egui::Response {
    let save = egui::Button::new(RichText::new(tr.t("app-edit-save")).color(Color32::WHITE))
        .fill(theme::GREEN);
    ui.add_enabled(dirty, save)
        .on_disabled_hover_text(tr.t("app-edit-nothing-to-save"))
}

/// A whole-screen form's title line: the title, "not saved" while it holds changes, and Cancel
/// (back to what was saved) and Save on the right, both only enabled when there is a change.
pub fn form_header_ui(
    ui: &mut Ui,
    tr: &Translator,
    title: &str,
    dirty: bool,
    out: &mut Vec<crate::app::Command>,
) {
    use crate::app::Command;
    ui.horizontal(|ui| {
        ui.label(RichText::new(title).heading());
        unsaved_marker(ui, tr, dirty);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .add_enabled(dirty, egui::Button::new(tr.t("app-edit-cancel")))
                .clicked()
            {
                out.push(Command::Revert);
            }
            if save_button(ui, tr, dirty).clicked() {
                out.push(Command::Save);
            }
        });
    });
}

/// "not saved" beside a form's title while it holds changes.
pub fn unsaved_marker(ui: &mut Ui, tr: &Translator, dirty: bool) {
    if dirty {
        ui.label(RichText::new(tr.t("app-edit-unsaved")).color(theme::AMBER))
            .on_hover_text(tr.t("app-edit-unsaved-hint"));
    }
}

/// The primary action of a form (green).
pub fn primary_button(ui: &mut Ui, text: String) -> egui::Response {
    ui.add(egui::Button::new(RichText::new(text).color(Color32::WHITE)).fill(theme::GREEN))
}

/// Messages for one field of a form.
pub fn checks_for<F: PartialEq>(ui: &mut Ui, tr: &Translator, checks: &[(F, Check)], field: F) {
    for (f, c) in checks {
        if *f == field {
            check_ui(ui, tr, c);
        }
    }
}

/// Messages for one field that speaks only once left (or on Save): while it does not, a blank
/// line stands where they will be, so nothing below moves when they appear.
pub fn checks_kept<F: PartialEq>(
    ui: &mut Ui,
    tr: &Translator,
    checks: &[(F, Check)],
    field: F,
    speaks: bool,
) {
    let mine: Vec<&Check> = checks
        .iter()
        .filter(|(f, _)| *f == field)
        .map(|(_, c)| c)
        .collect();
    if mine.is_empty() {
        return;
    }
    if speaks {
        for c in mine {
            check_ui(ui, tr, c);
        }
    } else {
        ui.label(RichText::new(" ").small());
    }
}

/// A product name in the UI language, for lists of what uses a record.
pub fn product_names(lang: Lang, products: &[&Product], max: usize) -> String {
    // Each name in its own visual order (an Arabic name reads right to left among the others).
    let mut names: Vec<String> = products
        .iter()
        .take(max)
        .map(|p| crate::bidi::for_display(in_lang(lang, &p.name)))
        .collect();
    if products.len() > max {
        names.push("…".to_string());
    }
    names.join(", ")
}

/// Two columns of form fields, left-aligned (egui's own columns justify wrapped text, which
/// stretches the spaces of hints and messages).
pub fn two_columns(ui: &mut Ui, add: impl FnOnce(&mut Ui, &mut Ui)) {
    // Keep clear of the scroll bar, which floats over the right edge of a scroll area.
    let scroll = &ui.spacing().scroll;
    let gutter = scroll.bar_width + scroll.bar_outer_margin + 6.0;
    let mut rect = ui.available_rect_before_wrap();
    rect.max.x -= gutter;
    ui.scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
        columns_in(ui, add)
    });
}

fn columns_in(ui: &mut Ui, add: impl FnOnce(&mut Ui, &mut Ui)) {
    ui.columns(2, |cols| {
        let layout = egui::Layout::top_down(egui::Align::Min);
        let mut a = cols[0].new_child(
            egui::UiBuilder::new()
                .max_rect(cols[0].max_rect())
                .layout(layout),
        );
        let mut b = cols[1].new_child(
            egui::UiBuilder::new()
                .max_rect(cols[1].max_rect())
                .layout(layout),
        );
        add(&mut a, &mut b);
        cols[0].advance_cursor_after_rect(a.min_rect());
        cols[1].advance_cursor_after_rect(b.min_rect());
    });
}

/// A small button showing a symbol, named in words for screen readers and on hover.
pub fn icon_button(ui: &mut Ui, icon: &str, words: &str, enabled: bool) -> egui::Response {
    let response = ui
        .add_enabled(enabled, egui::Button::new(icon).small())
        .on_hover_text(words);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, words));
    response
}

/// Asks before deleting: a title, what will go, a red confirm button and a cancel button.
/// `Some(true)` when confirmed, `Some(false)` when cancelled or closed, `None` while open.
pub fn confirm_delete(ui: &Ui, tr: &Translator, id: &str, title: &str, body: &str) -> Option<bool> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique(id)).show(ui.ctx(), |ui| {
        ui.set_max_width(420.0);
        ui.label(RichText::new(title).heading());
        ui.label(body);
        ui.add_space(theme::SPACE_M);
        ui.horizontal(|ui| {
            let delete =
                egui::Button::new(RichText::new(tr.t("app-delete-confirm")).color(Color32::WHITE))
                    .fill(theme::RED);
            if ui.add(delete).clicked() {
                answer = Some(true);
            }
            if ui.button(tr.t("app-delete-cancel")).clicked() {
                answer = Some(false);
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(false);
    }
    answer
}
