//! The booth's on-screen keyboard. A touch screen at a fair has no keys, so the sign-up form brings
//! its own: big keys for letters (a capital at the start of each word, as phone keyboards do),
//! digits, space and backspace, or a number pad for a phone number. egui has no such widget; this
//! is a grid of buttons that edits the text it is handed.

use super::theme;
use egui::{Color32, RichText, Ui, vec2};

/// Which keys the field needs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Keys {
    Letters,
    Digits,
}

/// The label of the backspace key (also its accessible name).
pub const BACKSPACE: &str = "⌫";
/// The label of the shift key.
pub const SHIFT: &str = "⇧";

const DIGIT_ROW: &str = "1234567890";
const LETTER_ROWS: [&str; 3] = ["qwertyuiop", "asdfghjkl'", "zxcvbnm-"];

/// Whether the next letter starts a word (and so is a capital unless shift says otherwise).
fn starts_word(text: &str) -> bool {
    text.chars().last().is_none_or(char::is_whitespace)
}

/// Draws the keyboard and applies a tapped key to `text` (at its end). `shift` flips the case of
/// the next letter and is spent by it; `space` is the space bar's translated label. Returns whether
/// a key was tapped.
pub fn keyboard(
    ui: &mut Ui,
    text: &mut String,
    keys: Keys,
    shift: &mut bool,
    space: &str,
    k: f32,
) -> bool {
    let gap = 6.0 * k;
    ui.spacing_mut().item_spacing = vec2(gap, gap);
    let height = 58.0 * k;
    let key = |ui: &mut Ui, label: &str, width: f32, lit: bool| -> bool {
        let rich = RichText::new(label).size(24.0 * k).family(theme::bold());
        let button = egui::Button::new(rich.color(if lit { Color32::WHITE } else { theme::INK }))
            .fill(if lit { theme::GREEN } else { Color32::WHITE })
            .min_size(vec2(width, height));
        ui.add(button).clicked()
    };
    let mut tapped = false;
    match keys {
        Keys::Letters => {
            let unit = ((ui.available_width() - 9.0 * gap) / 10.0).clamp(36.0 * k, 84.0 * k);
            let capital = starts_word(text) != *shift;
            // The last letter row starts with shift and ends with backspace.
            let rows = [
                (DIGIT_ROW, false),
                (LETTER_ROWS[0], false),
                (LETTER_ROWS[1], false),
                (LETTER_ROWS[2], true),
            ];
            for (chars, edges) in rows {
                ui.horizontal(|ui| {
                    if edges && key(ui, SHIFT, unit, capital) {
                        *shift = !*shift;
                        tapped = true;
                    }
                    for c in chars.chars() {
                        let shown: String = if capital {
                            c.to_uppercase().collect()
                        } else {
                            c.to_string()
                        };
                        if key(ui, &shown, unit, false) {
                            text.push_str(&shown);
                            *shift = false;
                            tapped = true;
                        }
                    }
                    if edges && key(ui, BACKSPACE, unit, false) {
                        text.pop();
                        tapped = true;
                    }
                });
            }
            ui.horizontal(|ui| {
                ui.add_space(2.0 * (unit + gap));
                if key(ui, space, 6.0 * unit + 5.0 * gap, false) {
                    if !text.is_empty() && !starts_word(text) {
                        text.push(' ');
                    }
                    tapped = true;
                }
                if key(ui, ".", unit, false) {
                    text.push('.');
                    tapped = true;
                }
            });
        }
        Keys::Digits => {
            let unit = ((ui.available_width() - 2.0 * gap) / 3.0).clamp(60.0 * k, 120.0 * k);
            for row in ["123", "456", "789", "+0⌫"] {
                ui.horizontal(|ui| {
                    for c in row.chars() {
                        let label = c.to_string();
                        if key(ui, &label, unit, false) {
                            if label == BACKSPACE {
                                text.pop();
                            } else {
                                text.push(c);
                            }
                            tapped = true;
                        }
                    }
                });
            }
        }
    }
    tapped
}

#[cfg(test)]
mod tests {
    use super::starts_word;

    #[test]
    fn a_capital_comes_at_the_start_of_each_word() {
        assert!(starts_word(""));
        assert!(starts_word("Siti "));
        assert!(!starts_word("Siti"));
        assert!(!starts_word("Nur'"));
    }
}
