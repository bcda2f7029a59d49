//! The visitor's sign-up: the form (name, WhatsApp, product, consent) with the on-screen
//! keyboard typing into the field last tapped, and the thank-you that follows.

use super::{big_button, product};
use crate::app::showcase::Showcase;
use crate::app::{Command, EtalaseApp};
use crate::domain::lead::LeadProblem;
use crate::i18n::Translator;
use crate::ui::theme;
use egui::{Align, FontId, Layout, RichText, Ui};

/// The visitor's sign-up: the form, and beside it (below it on a narrow screen) the on-screen
/// keyboard, which types into the field last tapped.
pub(super) fn sign_up_view(
    ui: &mut Ui,
    app: &EtalaseApp,
    s: &mut Showcase,
    k: f32,
    out: &mut Vec<Command>,
) {
    let tr = &app.tr;
    let wide = ui.available_width() >= 1100.0 * k;
    let form_w = if wide {
        (600.0 * k).min(ui.available_width() * 0.48)
    } else {
        (720.0 * k).min(ui.available_width())
    };
    egui::ScrollArea::vertical()
        .id_salt("sign-up")
        .show(ui, |ui| {
            ui.label(
                RichText::new(tr.t("showcase-sign-up-title"))
                    .size(34.0 * k)
                    .family(theme::bold()),
            );
            ui.label(RichText::new(tr.t("showcase-sign-up-intro")).size(18.0 * k));
            ui.add_space(16.0 * k);
            if wide {
                ui.horizontal_top(|ui| {
                    let fields = ui
                        .vertical(|ui| {
                            ui.set_width(form_w);
                            sign_up_form(ui, app, s, k, form_w, out)
                        })
                        .inner;
                    ui.add_space(40.0 * k);
                    ui.vertical(|ui| on_screen_keys(ui, tr, s, fields, k));
                });
            } else {
                ui.set_max_width(form_w);
                let fields = sign_up_form(ui, app, s, k, form_w, out);
                ui.add_space(16.0 * k);
                on_screen_keys(ui, tr, s, fields, k);
            }
        });
}

/// The fields, the consent and the buttons; gives the ids of the name and WhatsApp fields.
fn sign_up_form(
    ui: &mut Ui,
    app: &EtalaseApp,
    s: &mut Showcase,
    k: f32,
    width: f32,
    out: &mut Vec<Command>,
) -> [egui::Id; 2] {
    use crate::app::showcase::SignUpField;
    let tr = &app.tr;
    let lang = app.prefs.lang;
    let font = FontId::proportional(24.0 * k);
    let field = |ui: &mut Ui, label: &str, text: &mut String, hint: &str| -> egui::Response {
        let l = ui.label(RichText::new(label).size(18.0 * k).strong());
        ui.add(
            egui::TextEdit::singleline(text)
                .id_salt(("sign_up", label))
                .font(font.clone())
                .hint_text(hint)
                .desired_width(width),
        )
        .labelled_by(l.id)
    };
    ui.with_layout(Layout::top_down(Align::Min), |ui| {
        let name = field(ui, &tr.t("showcase-field-name"), &mut s.form.name, "");
        if name.has_focus() {
            s.typing = SignUpField::Name;
        }
        // A fresh form is ready for a real keyboard as well as the keys on screen.
        if s.form.name.is_empty()
            && s.form.whatsapp.is_empty()
            && ui.memory(|m| m.focused().is_none())
        {
            name.request_focus();
        }
        problem(ui, tr, &s.form_problems, LeadProblem::NoName, k);
        ui.add_space(8.0 * k);
        let whatsapp = field(
            ui,
            &tr.t("showcase-field-whatsapp"),
            &mut s.form.whatsapp,
            "0812…",
        );
        if whatsapp.has_focus() {
            s.typing = SignUpField::Whatsapp;
        }
        problem(ui, tr, &s.form_problems, LeadProblem::BadNumber, k);
        ui.add_space(8.0 * k);
        let label = ui.label(
            RichText::new(tr.t("showcase-field-product"))
                .size(18.0 * k)
                .strong(),
        );
        let current = s
            .form
            .product
            .and_then(|id| product(app, id))
            .map(|p| crate::bidi::for_display(p.name.shown(lang)))
            .unwrap_or_else(|| tr.t("showcase-product-none"));
        egui::ComboBox::from_id_salt("sign-up-product")
            .selected_text(RichText::new(current).size(20.0 * k))
            .width(width)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(s.form.product.is_none(), tr.t("showcase-product-none"))
                    .clicked()
                {
                    s.form.product = None;
                }
                for id in &s.order {
                    if let Some(p) = product(app, *id)
                        && ui
                            .selectable_label(
                                s.form.product == Some(p.id),
                                crate::bidi::for_display(p.name.shown(lang)),
                            )
                            .clicked()
                    {
                        s.form.product = Some(p.id);
                    }
                }
            })
            .response
            .labelled_by(label.id);
        ui.add_space(12.0 * k);
        // A tick box a finger can hit.
        let spacing = ui.spacing_mut();
        spacing.icon_width = 30.0 * k;
        spacing.icon_width_inner = 18.0 * k;
        spacing.icon_spacing = 12.0 * k;
        ui.checkbox(
            &mut s.form.consent,
            RichText::new(app.consent_text()).size(17.0 * k),
        );
        problem(ui, tr, &s.form_problems, LeadProblem::NoConsent, k);
        if let Some(e) = &s.save_error {
            ui.label(RichText::new(e).size(18.0 * k).color(theme::RED));
        }
        ui.add_space(16.0 * k);
        ui.horizontal(|ui| {
            if big_button(ui, &tr.t("showcase-send"), k, true).clicked() {
                out.push(Command::SubmitSignUp);
            }
            if big_button(ui, &tr.t("showcase-cancel"), k, false).clicked() {
                s.back_to_loop(app.clock);
            }
        });
        [name.id, whatsapp.id]
    })
    .inner
}

/// The keyboard for the field being typed in; a tapped key puts the typing cursor back in that
/// field, at its end, so the field stays lit and a real keyboard goes on from there.
fn on_screen_keys(ui: &mut Ui, tr: &Translator, s: &mut Showcase, fields: [egui::Id; 2], k: f32) {
    use crate::app::showcase::SignUpField;
    use crate::ui::keyboard::{Keys, keyboard};
    let (label, text, keys, id) = match s.typing {
        SignUpField::Name => (
            "showcase-field-name",
            &mut s.form.name,
            Keys::Letters,
            fields[0],
        ),
        SignUpField::Whatsapp => (
            "showcase-field-whatsapp",
            &mut s.form.whatsapp,
            Keys::Digits,
            fields[1],
        ),
    };
    ui.label(
        RichText::new(tr.t_args("showcase-keyboard-into", &[("field", tr.t(label).into())]))
            .size(17.0 * k)
            .weak(),
    );
    ui.add_space(6.0 * k);
    let space = tr.t("showcase-key-space");
    if keyboard(ui, text, keys, &mut s.shift, &space, k) {
        let end = text.chars().count();
        let ctx = ui.ctx().clone();
        ctx.memory_mut(|m| m.request_focus(id));
        let mut state = egui::TextEdit::load_state(&ctx, id).unwrap_or_default();
        state
            .cursor
            .set_char_range(Some(egui::text_selection::CCursorRange::one(
                egui::text::CCursor::new(end),
            )));
        egui::TextEdit::store_state(&ctx, id, state);
    }
}

fn problem(ui: &mut Ui, tr: &Translator, problems: &[LeadProblem], which: LeadProblem, k: f32) {
    if problems.contains(&which) {
        let key = match which {
            LeadProblem::NoName => "showcase-problem-name",
            LeadProblem::BadNumber => "showcase-problem-whatsapp",
            LeadProblem::NoConsent => "showcase-problem-consent",
        };
        ui.label(RichText::new(tr.t(key)).size(17.0 * k).color(theme::RED));
    }
}

pub(super) fn thanks_view(ui: &mut Ui, tr: &Translator, k: f32) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.3);
        ui.label(
            RichText::new(tr.t("showcase-thanks"))
                .size(44.0 * k)
                .family(theme::bold())
                .color(theme::GREEN),
        );
        ui.label(RichText::new(tr.t("showcase-thanks-body")).size(22.0 * k));
    });
}
