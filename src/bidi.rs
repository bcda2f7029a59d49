//! Mixed-script text, such as the product name "Kurma Ajwa Pilihan (عجوة)", put into the order in
//! which it is seen, by the Unicode bidirectional algorithm (UAX #9, the `unicode-bidi` crate, which
//! also pairs brackets, rule N0). Text stays in logical order wherever it is stored, searched,
//! exported or read out by a screen reader; only drawing goes through this module, at two places
//! that cannot do it themselves:
//!
//! - the PDF writer: krilla shapes (rustybuzz) and draws one run in one direction, but does not
//!   split a line into runs nor order them, so [`visual_runs`] cuts a line into runs of one
//!   direction each, in left-to-right visual order;
//! - the window: egui 0.37 shapes a line (harfrust) in one direction, the one of the script of
//!   its first letter, with no bidi. A line that starts with Latin is set left to right and its
//!   Arabic letters come out in stored order and unjoined; a line that starts with Arabic is set
//!   right to left as a whole, joined, but with the digits and Latin words inside it reversed.
//!   [`for_display`] hands egui a string made for the way it will take it: either the line in
//!   visual order with each right-to-left run reversed, its brackets mirrored and its Arabic letters
//!   turned into their contextual presentation forms (U+FB50..U+FEFF, which DejaVu Sans has, by
//!   the `ar-reshaper` crate, lam-alef ligatures included), or, when that would start with an
//!   Arabic letter, the visual order reversed, which egui's right-to-left pass turns round again.
//!
//! Written here by hand, because the crates leave them to the caller: the fast path (no
//! right-to-left character means the text is returned as it is, without running the algorithm),
//! turning the crate's levels into runs, reversing runs with mirroring (rule L4; the mirror pairs
//! come from `unicode-bidi-mirroring`), and the choice between egui's two ways. Not handled:
//! combining marks keep no place of their own in a reversed run (rule L3): the reshaper drops
//! Arabic harakat from a line egui sets left to right.

use ar_reshaper::ArabicReshaper;
use ar_reshaper::prelude::{LigatureNames, ReshaperConfig};
use std::sync::LazyLock;
use unicode_bidi::{BidiClass, ParagraphBidiInfo};

/// A piece of one line in one direction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    /// The characters of the run in logical (stored) order.
    pub text: String,
    /// Whether the run reads right to left.
    pub rtl: bool,
}

/// Whether `text` holds anything that can start right-to-left text (Hebrew or Arabic letters,
/// RLM, or an explicit right-to-left embedding, override or isolate). Without one, a line is a
/// single left-to-right run.
pub fn has_rtl(text: &str) -> bool {
    // Nothing below U+0590 (Hebrew) is right to left: Latin text is judged without a table look-up.
    text.chars().any(|c| {
        c >= '\u{0590}'
            && matches!(
                unicode_bidi::bidi_class(c),
                BidiClass::R | BidiClass::AL | BidiClass::RLE | BidiClass::RLO | BidiClass::RLI
            )
    })
}

/// Cuts one line (no line break inside) into runs of one direction, in left-to-right visual
/// order. The paragraph direction comes from the first strong character (left to right when
/// there is none); brackets are paired.
pub fn visual_runs(line: &str) -> Vec<Run> {
    visual_runs_in(line, None)
}

/// [`visual_runs`] with the paragraph direction given (`Some(true)` right to left, `Some(false)`
/// left to right) instead of found from the first strong character (`None`): for the lines of a
/// wrapped text, which must all take the direction of the whole text, not each its own (UAX #9
/// allows a higher-level protocol to set it, HL1).
pub fn visual_runs_in(line: &str, rtl_paragraph: Option<bool>) -> Vec<Run> {
    if line.is_empty() {
        return Vec::new();
    }
    if !has_rtl(line) && rtl_paragraph != Some(true) {
        return vec![Run {
            text: line.to_string(),
            rtl: false,
        }];
    }
    let level = rtl_paragraph.map(|rtl| {
        if rtl {
            unicode_bidi::Level::rtl()
        } else {
            unicode_bidi::Level::ltr()
        }
    });
    let info = ParagraphBidiInfo::new(line, level);
    let (levels, runs) = info.visual_runs(0..line.len());
    runs.into_iter()
        .filter(|r| !r.is_empty())
        .map(|r| Run {
            rtl: levels[r.start].is_rtl(),
            text: line[r].to_string(),
        })
        .collect()
}

/// The reshaper used for the window and for measuring Arabic runs in the PDF: its default set of
/// ligatures (lam-alef and the word "Allah") minus "Allah" (U+FDF2), which DejaVu Sans lacks.
static RESHAPER: LazyLock<ArabicReshaper> = LazyLock::new(|| {
    let mut config = ReshaperConfig::default();
    config.update_ligature(LigatureNames::ARABIC_LIGATURE_ALLAH, false);
    ArabicReshaper::new(config)
});

/// Arabic letters in `text` turned into their contextual presentation forms, still in logical
/// order (what a shaper would draw, one code point per glyph); other characters as they are.
pub fn shape_arabic(text: &str) -> String {
    if RESHAPER.need_reshape(text) {
        RESHAPER.reshape(text)
    } else {
        text.to_string()
    }
}

/// Text for an egui label: each line laid out by the bidirectional algorithm (paragraph direction
/// from its first strong character), in the form egui then draws in that order, Arabic joined and
/// brackets the right way round (see the module doc). Text without a right-to-left character
/// comes back unchanged.
pub fn for_display(text: &str) -> String {
    if !has_rtl(text) {
        return text.to_string();
    }
    let lines: Vec<String> = text.split('\n').map(display_line).collect();
    lines.join("\n")
}

fn mirrored(c: char) -> char {
    unicode_bidi_mirroring::get_mirrored(c).unwrap_or(c)
}

/// Whether egui would set `text` right to left: the script of its first letter (Latin, Arabic...)
/// decides; digits and punctuation have none. Judged by bidi class, which follows the script's
/// direction (Arabic-Indic digits, class AN, are of the Arabic script).
fn egui_sets_rtl(text: &str) -> bool {
    text.chars()
        .find_map(|c| match unicode_bidi::bidi_class(c) {
            BidiClass::L => Some(false),
            BidiClass::R | BidiClass::AL | BidiClass::AN => Some(true),
            _ => None,
        })
        .unwrap_or(false)
}

fn display_line(line: &str) -> String {
    let runs = visual_runs(line);
    // Left to right: the visual order itself, right-to-left runs reversed, mirrored and joined.
    let mut ltr = String::with_capacity(line.len() + 8);
    for run in &runs {
        if run.rtl {
            ltr.extend(shape_arabic(&run.text).chars().rev().map(mirrored));
        } else {
            ltr.push_str(&run.text);
        }
    }
    if !egui_sets_rtl(&ltr) {
        return ltr;
    }
    // egui will set the line right to left (reversing and mirroring it, joining its letters):
    // give it the visual order reversed and mirrored, i.e. the runs from the right, each
    // right-to-left run as stored and each left-to-right one reversed and mirrored.
    let mut rtl = String::with_capacity(line.len());
    for run in runs.iter().rev() {
        if run.rtl {
            rtl.push_str(&run.text);
        } else {
            rtl.extend(run.text.chars().rev().map(mirrored));
        }
    }
    if egui_sets_rtl(&rtl) { rtl } else { ltr }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(line: &str) -> Vec<(&str, bool)> {
        // Borrowed views for readable assertions.
        let owned = visual_runs(line);
        owned
            .iter()
            .map(|r| {
                let start = line.find(r.text.as_str()).expect("run text is in the line");
                (&line[start..start + r.text.len()], r.rtl)
            })
            .collect()
    }

    #[test]
    fn mixed_name_keeps_its_brackets_round_the_arabic_word() {
        let name = "Kurma Ajwa Pilihan (عجوة)";
        assert_eq!(
            runs(name),
            vec![
                ("Kurma Ajwa Pilihan (", false),
                ("عجوة", true),
                (")", false)
            ]
        );
        // ain initial, jeem medial, waw final, teh marbuta isolated; drawn right to left.
        assert_eq!(
            for_display(name),
            "Kurma Ajwa Pilihan (\u{FE93}\u{FEEE}\u{FEA0}\u{FECB})"
        );
    }

    #[test]
    fn purely_arabic_name_is_one_right_to_left_run() {
        let name = "عسل السدر";
        assert_eq!(runs(name), vec![(name, true)]);
        // egui sets a line that starts with Arabic right to left and joins it itself.
        assert_eq!(for_display(name), name);
        // "عسل" is ain-seen-lam joined; in "السدر" alef and reh do not join to the next letter.
        assert_eq!(
            shape_arabic(name).chars().rev().collect::<String>(),
            "\u{FEAD}\u{FEAA}\u{FEB4}\u{FEDF}\u{FE8D} \u{FEDE}\u{FEB4}\u{FECB}"
        );
    }

    #[test]
    fn digits_in_an_arabic_name_read_left_to_right_in_their_place() {
        let name = "تمر 500 غرام";
        assert_eq!(
            runs(name),
            vec![(" غرام", true), ("500", false), ("تمر ", true)]
        );
        // egui sets this line right to left as a whole, digits too: they go to it reversed.
        assert_eq!(for_display(name), "تمر 005 غرام");
    }

    #[test]
    fn a_name_that_starts_in_arabic_reads_right_to_left() {
        assert_eq!(runs("عجوة Kurma"), vec![("Kurma", false), ("عجوة ", true)]);
        assert_eq!(
            for_display("عجوة Kurma"),
            "Kurma \u{FE93}\u{FEEE}\u{FEA0}\u{FECB}"
        );
    }

    #[test]
    fn a_given_paragraph_direction_overrides_the_first_strong_character() {
        // The second line of "Madu Sidr (عسل السدر)" once wrapped: left to right like the whole
        // name, its closing bracket stays at the right of the Arabic word.
        assert_eq!(runs("السدر)"), vec![("السدر)", true)]);
        let ltr: Vec<(String, bool)> = visual_runs_in("السدر)", Some(false))
            .into_iter()
            .map(|r| (r.text, r.rtl))
            .collect();
        assert_eq!(
            ltr,
            vec![("السدر".to_string(), true), (")".to_string(), false)]
        );
        let rtl: Vec<bool> = visual_runs_in("Kopi", Some(true))
            .iter()
            .map(|r| r.rtl)
            .collect();
        assert_eq!(rtl, vec![false]);
    }

    #[test]
    fn brackets_in_a_right_to_left_run_are_mirrored() {
        // Set left to right (the line starts with Latin): the right-to-left run "عسل (سدر)" is
        // reversed, so its brackets are mirrored to still open towards "سدر".
        assert_eq!(
            for_display("Madu عسل (سدر)"),
            "Madu (\u{FEAD}\u{FEAA}\u{FEB3}) \u{FEDE}\u{FEB4}\u{FECB}"
        );
        // Right to left, but the visual order starts with the Latin word: set left to right.
        assert_eq!(for_display("عسل (Sidr)"), "(Sidr) \u{FEDE}\u{FEB4}\u{FECB}");
        // Set right to left by egui, which mirrors brackets itself: as stored.
        assert_eq!(for_display("عسل (سدر)"), "عسل (سدر)");
    }

    #[test]
    fn latin_inside_a_line_egui_sets_right_to_left_goes_to_it_reversed() {
        assert_eq!(for_display("عسل Sidr أصلي"), "عسل rdiS أصلي");
    }

    #[test]
    fn lam_alef_becomes_one_ligature() {
        // hah, lam-alef (final), lam alone, in a line egui sets left to right.
        assert_eq!(for_display("Kopi حلال"), "Kopi \u{FEDD}\u{FEFC}\u{FEA3}");
        assert_eq!(shape_arabic("لا"), "\u{FEFB}");
    }

    #[test]
    fn latin_text_is_unchanged() {
        for text in [
            "Kopi Robusta (250 g)",
            "Keripik Tempe – 100% halal, Rp 15.000",
            "Sabun Sereh [baru] {promo} <3",
            "",
            "Dua\nbaris",
        ] {
            assert_eq!(for_display(text), text);
            assert!(!has_rtl(text));
        }
        assert_eq!(
            visual_runs("Kopi (250 g)"),
            vec![Run {
                text: "Kopi (250 g)".into(),
                rtl: false
            }]
        );
        assert!(visual_runs("").is_empty());
    }

    #[test]
    fn each_line_is_ordered_on_its_own() {
        assert_eq!(
            for_display("Kurma (عجوة)\nعجوة"),
            "Kurma (\u{FE93}\u{FEEE}\u{FEA0}\u{FECB})\nعجوة"
        );
    }

    #[test]
    fn egui_draws_the_display_string_in_visual_order() {
        // Lays the strings out with the window's own fonts and reads the glyphs from left to
        // right: what a buyer sees. (Presentation forms where the line is set left to right; the
        // stored letters, joined by egui's shaper, where it sets the line right to left.)
        let ctx = egui::Context::default();
        crate::ui::theme::install_fonts(&ctx);
        ctx.run_ui(egui::RawInput::default(), |_| {})
            .textures_delta
            .clear();
        for family in [egui::FontFamily::Proportional, crate::ui::theme::bold()] {
            for (name, seen) in [
                (
                    "Kurma Ajwa Pilihan (عجوة)",
                    "Kurma Ajwa Pilihan (\u{FE93}\u{FEEE}\u{FEA0}\u{FECB})",
                ),
                ("عسل السدر", "ردسلا لسع"),
                ("تمر 500 غرام", "مارغ 500 رمت"),
                ("عسل Sidr أصلي", "يلصأ Sidr لسع"),
                ("Kopi Robusta (250 g)", "Kopi Robusta (250 g)"),
            ] {
                let galley = ctx.fonts_mut(|f| {
                    f.layout_no_wrap(
                        for_display(name),
                        egui::FontId::new(15.0, family.clone()),
                        egui::Color32::BLACK,
                    )
                });
                let mut glyphs: Vec<(f32, char)> = galley
                    .rows
                    .iter()
                    .flat_map(|r| r.row.glyphs.iter())
                    .filter(|g| g.advance_width > 0.0)
                    .map(|g| (g.pos.x, g.chr))
                    .collect();
                glyphs.sort_by(|a, b| a.0.total_cmp(&b.0));
                let shown: String = glyphs.iter().map(|g| g.1).collect();
                assert_eq!(shown, seen, "{name} in {family:?}");
            }
        }
        ctx.run_ui(egui::RawInput::default(), |_| {})
            .textures_delta
            .clear();
    }

    #[test]
    fn shaped_arabic_stays_within_dejavu_sans() {
        use crate::pdf::fonts::{Face, Measure};
        let m = Measure::new();
        // Every basic letter alone, first, between and last, and the word that has a ligature.
        let letters: String = ('\u{0621}'..='\u{064A}')
            .filter(|c| !matches!(c, '\u{063B}'..='\u{0640}'))
            .collect();
        let mut words = vec![letters.clone(), "الله".to_string()];
        for c in letters.chars() {
            words.push(format!("{c}"));
            words.push(format!("ب{c}ب"));
        }
        for word in words {
            let shown = shape_arabic(&word);
            assert!(
                m.covers(Face::Regular, &shown) && m.covers(Face::Bold, &shown),
                "{word} -> {shown} {:?}",
                shown.chars().map(|c| c as u32).collect::<Vec<_>>()
            );
        }
    }
}
