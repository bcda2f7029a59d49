//! The showcase's top bar: the publisher's name (a long press, or Escape, opens the way out), the
//! visitor sign-up button and the ID | EN language toggle.

use super::big_button;
use crate::app::showcase::{ExitPrompt, LONG_PRESS_SECS, Showcase, View};
use crate::app::{Command, EtalaseApp};
use crate::domain::Lang;
use crate::ui::theme;
use egui::{Align, Color32, Key, Layout, Modifiers, RichText, Sense, Ui, vec2};

/// The publisher's name (a long press there opens the way out), the sign-up button and the
/// language toggle.
pub(super) fn top_bar(
    ui: &mut Ui,
    app: &EtalaseApp,
    s: &mut Showcase,
    k: f32,
    out: &mut Vec<Command>,
) {
    let tr = &app.tr;
    let now = app.clock;
    ui.horizontal(|ui| {
        let name = if app.catalogue.settings.publisher_name.is_empty() {
            tr.t("app-title")
        } else {
            app.catalogue.settings.publisher_name.clone()
        };
        let corner = ui.add(
            egui::Label::new(
                RichText::new(name)
                    .size(24.0 * k)
                    .family(theme::bold())
                    .color(theme::GREEN),
            )
            .sense(Sense::click_and_drag()),
        );
        if corner.is_pointer_button_down_on() {
            let since = *s.press_since.get_or_insert(now);
            if now - since >= LONG_PRESS_SECS && s.exit.is_none() {
                s.exit = Some(ExitPrompt::default());
                s.press_since = None;
            } else {
                ui.ctx().request_repaint();
            }
        } else {
            s.press_since = None;
        }
        // Escape, like the long press and closing the window, only leads to the PIN prompt.
        if s.exit.is_none() && ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape)) {
            s.exit = Some(ExitPrompt::default());
        }
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            for lang in [Lang::En, Lang::Id] {
                let on = app.prefs.lang == lang;
                let text = RichText::new(lang.code().to_uppercase())
                    .size(22.0 * k)
                    .family(theme::bold())
                    .color(if on { Color32::WHITE } else { theme::GREEN });
                let button = egui::Button::new(text)
                    .fill(if on { theme::GREEN } else { Color32::WHITE })
                    .min_size(vec2(64.0 * k, 48.0 * k));
                let words = tr.t(if lang == Lang::Id {
                    "showcase-lang-id"
                } else {
                    "showcase-lang-en"
                });
                let response = ui.add(button).on_hover_text(&words);
                response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &words));
                if response.clicked() && !on {
                    out.push(Command::ShowcaseLang(lang));
                }
            }
            if app.prefs.showcase.signup && matches!(s.view, View::Loop | View::Product { .. }) {
                ui.add_space(16.0 * k);
                let product = match s.view {
                    View::Product { id, .. } => Some(id),
                    _ => None,
                };
                if big_button(ui, &tr.t("showcase-sign-up"), k, true).clicked() {
                    s.open_sign_up(product, now);
                }
            }
        });
    });
}
