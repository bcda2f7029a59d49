//! The way out of fair mode: the PIN prompt, typed or on the pad, locked for a while after too
//! many wrong tries.

use super::big_button;
use crate::app::showcase::Showcase;
use crate::app::{Command, EtalaseApp};
use crate::ui::theme;
use egui::{FontId, Key, RichText, Ui, vec2};

/// The way out: the PIN, typed or on the pad; after too many wrong ones it waits a minute.
pub(super) fn exit_prompt(
    ui: &mut Ui,
    app: &EtalaseApp,
    s: &mut Showcase,
    k: f32,
    out: &mut Vec<Command>,
) {
    let now = app.clock;
    let locked = (s.locked_until - now).ceil().max(0.0) as u32;
    let Some(prompt) = &mut s.exit else {
        return;
    };
    let tr = &app.tr;
    let mut close = false;
    egui::Modal::new(egui::Id::unique("way-out")).show(ui.ctx(), |ui| {
        ui.set_width(420.0 * k);
        ui.label(
            RichText::new(tr.t("showcase-exit-title"))
                .size(26.0 * k)
                .family(theme::bold()),
        );
        ui.add_space(8.0 * k);
        let label = ui.label(RichText::new(tr.t("showcase-exit-pin")).size(18.0 * k));
        let field = ui
            .add_enabled(
                locked == 0,
                egui::TextEdit::singleline(&mut prompt.pin)
                    .id_salt("showcase_pin")
                    .password(true)
                    .char_limit(8)
                    .font(FontId::proportional(28.0 * k))
                    .desired_width(240.0 * k),
            )
            .labelled_by(label.id);
        if locked == 0 && field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            out.push(Command::TryShowcasePin);
        }
        if locked > 0 {
            ui.label(
                RichText::new(tr.t_args("showcase-exit-locked", &[("seconds", locked.into())]))
                    .size(18.0 * k)
                    .color(theme::RED),
            );
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(500));
        } else if prompt.wrong {
            ui.label(
                RichText::new(tr.t("showcase-exit-wrong"))
                    .size(18.0 * k)
                    .color(theme::RED),
            );
        }
        // A pad for touch screens.
        ui.add_enabled_ui(locked == 0, |ui| {
            egui::Grid::new("pin-pad")
                .spacing(vec2(8.0 * k, 8.0 * k))
                .show(ui, |ui| {
                    for row in [["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"]] {
                        for d in row {
                            if pad_key(ui, d, k).clicked() && prompt.pin.len() < 8 {
                                prompt.pin.push_str(d);
                            }
                        }
                        ui.end_row();
                    }
                    if pad_key(ui, "⌫", k).clicked() {
                        prompt.pin.pop();
                    }
                    if pad_key(ui, "0", k).clicked() && prompt.pin.len() < 8 {
                        prompt.pin.push('0');
                    }
                    if pad_key(ui, "OK", k).clicked() {
                        out.push(Command::TryShowcasePin);
                    }
                    ui.end_row();
                });
        });
        ui.add_space(12.0 * k);
        if big_button(ui, &tr.t("showcase-exit-stay"), k, false).clicked() {
            close = true;
        }
    });
    if close {
        s.exit = None;
    }
}

fn pad_key(ui: &mut Ui, text: &str, k: f32) -> egui::Response {
    ui.add(
        egui::Button::new(RichText::new(text).size(24.0 * k).family(theme::bold()))
            .min_size(vec2(72.0 * k, 56.0 * k)),
    )
}
