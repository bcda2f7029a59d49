//! Text on cards, shaped and ordered by a real layout engine: cosmic-text (HarfRust shaping, the
//! Unicode bidirectional algorithm with bracket pairs, line breaking) over DejaVu Sans regular and
//! bold from the `dejavu` crate, the catalogue's fonts (Latin and Arabic). No system font is
//! loaded, so a card looks the same, byte for byte, on every machine.
//!
//! The layout measures with the same [`Shaper`] the raster writer draws with: a text that fits
//! its box here is drawn exactly so.

use cosmic_text::{Attrs, Buffer, Family, FontSystem, Metrics, Shaping, SwashCache, Weight, Wrap};
use std::sync::{Arc, Mutex};

/// The family name of DejaVu Sans, the only fonts a card uses.
const FAMILY: &str = "DejaVu Sans";
/// Line height as a multiple of the font size.
pub const LINE: f32 = 1.22;

/// How a text sits in its box, across.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Align {
    Start,
    Centre,
    End,
}

/// A text laid out in a box: how many lines, the widest line and the height of them all.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Measured {
    pub lines: usize,
    pub width: f32,
    pub height: f32,
    /// A word is wider than the box (it would have to be broken between letters).
    pub overflow: bool,
}

/// A text fitted into a box: the text drawn (with an ellipsis when even the smallest size could
/// not hold it whole), the size chosen, and its measure.
#[derive(Clone, Debug, PartialEq)]
pub struct Fitted {
    pub text: String,
    pub size: f32,
    pub measured: Measured,
    /// The whole text, every word unbroken (not shortened, not broken inside a word).
    pub whole: bool,
}

/// The shaping engine with the card fonts loaded, and a cache of rendered glyphs.
pub struct Shaper {
    pub(crate) fonts: FontSystem,
    pub(crate) glyphs: SwashCache,
}

impl Default for Shaper {
    fn default() -> Self {
        Shaper::new()
    }
}

impl Shaper {
    /// The engine with DejaVu Sans regular and bold, and nothing else.
    pub fn new() -> Shaper {
        let mut db = cosmic_text::fontdb::Database::new();
        for bytes in [dejavu::sans::regular(), dejavu::sans::bold()] {
            db.load_font_source(cosmic_text::fontdb::Source::Binary(Arc::new(bytes)));
        }
        db.set_sans_serif_family(FAMILY);
        // A fixed locale: the engine's choices never depend on the machine's.
        let fonts = FontSystem::new_with_locale_and_db("en-US".into(), db);
        Shaper {
            fonts,
            glyphs: SwashCache::new(),
        }
    }

    /// `text` shaped at `size` px, wrapped to `width` (none: one line per paragraph).
    pub(crate) fn buffer(
        &mut self,
        text: &str,
        size: f32,
        bold: bool,
        width: Option<f32>,
        align: Align,
        wrap: Wrap,
    ) -> Buffer {
        let mut buffer = Buffer::new(&mut self.fonts, Metrics::new(size, size * LINE));
        buffer.set_wrap(wrap);
        buffer.set_size(width, None);
        let attrs = Attrs::new().family(Family::Name(FAMILY)).weight(if bold {
            Weight::BOLD
        } else {
            Weight::NORMAL
        });
        let align = match align {
            Align::Start => cosmic_text::Align::Left,
            Align::Centre => cosmic_text::Align::Center,
            Align::End => cosmic_text::Align::Right,
        };
        buffer.set_text(text, &attrs, Shaping::Advanced, Some(align));
        buffer.shape_until_scroll(&mut self.fonts, false);
        buffer
    }

    fn measure_with(
        &mut self,
        text: &str,
        size: f32,
        bold: bool,
        width: Option<f32>,
        wrap: Wrap,
    ) -> Measured {
        let buffer = self.buffer(text, size, bold, width, Align::Start, wrap);
        let mut lines = 0;
        let mut widest: f32 = 0.0;
        for run in buffer.layout_runs() {
            lines += 1;
            widest = widest.max(run.line_w);
        }
        Measured {
            lines,
            width: widest,
            height: lines as f32 * size * LINE,
            overflow: width.is_some_and(|w| widest > w + 0.5),
        }
    }

    /// `text` at `size`, wrapped at words to `width` (a word wider than that stays whole and is
    /// reported as overflowing).
    pub fn measure(&mut self, text: &str, size: f32, bold: bool, width: Option<f32>) -> Measured {
        self.measure_with(text, size, bold, width, Wrap::Word)
    }

    /// The width of `text` on one line.
    pub fn width(&mut self, text: &str, size: f32, bold: bool) -> f32 {
        self.measure(text, size, bold, None).width
    }

    /// The size and lines `text` takes in a box `width` wide: fewer lines first, each number of
    /// lines tried from `max` down to three quarters of it (the last one, `max_lines`, down to
    /// `min`), every word whole. Where even `min` is too large, the text is drawn at `min`,
    /// broken inside a word if it must, and shortened at its end with an ellipsis: it is never
    /// cut by the box's edge.
    pub fn fit(
        &mut self,
        text: &str,
        bold: bool,
        max: f32,
        min: f32,
        width: f32,
        max_lines: usize,
    ) -> Fitted {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let max_lines = max_lines.max(1);
        for lines in 1..=max_lines {
            let floor = if lines == max_lines {
                min
            } else {
                (max * 0.75).max(min)
            };
            let mut size = max;
            loop {
                let m = self.measure(&text, size, bold, Some(width));
                if m.lines <= lines && !m.overflow {
                    return Fitted {
                        text,
                        size,
                        measured: m,
                        whole: true,
                    };
                }
                // More lines at this size will not do with fewer allowed: go smaller.
                if size <= floor {
                    break;
                }
                size = (size * 0.95).max(floor);
            }
        }
        // Still too long at the smallest size: break words where they must, then shorten.
        let size = min;
        let glyph_fits = |shaper: &mut Shaper, t: &str| {
            let m = shaper.measure_with(t, size, bold, Some(width), Wrap::WordOrGlyph);
            (m.lines <= max_lines).then_some(m)
        };
        if let Some(m) = glyph_fits(self, &text) {
            return Fitted {
                text,
                size,
                measured: m,
                whole: false,
            };
        }
        let mut chars: Vec<char> = text.chars().collect();
        while !chars.is_empty() {
            chars.pop();
            // Prefer to end at a word.
            let cut: String = chars.iter().collect();
            let cut = cut.trim_end();
            let shown = format!("{cut}…");
            if let Some(m) = glyph_fits(self, &shown) {
                return Fitted {
                    text: shown,
                    size,
                    measured: m,
                    whole: false,
                };
            }
        }
        Fitted {
            text: String::new(),
            size,
            measured: Measured {
                lines: 0,
                width: 0.0,
                height: 0.0,
                overflow: false,
            },
            whole: false,
        }
    }

    /// Forgets rendered glyphs once there are many (sizes vary from card to card).
    fn trim(&mut self) {
        if self.glyphs.image_cache.len() > 4000 {
            self.glyphs.image_cache.clear();
        }
    }
}

/// Shapers ready for use: making one parses the fonts, so they are kept between cards (one per
/// thread at work).
static SHAPERS: Mutex<Vec<Shaper>> = Mutex::new(Vec::new());

/// Runs `work` with a shaper of its own (from the pool, or a new one), then returns it.
pub fn with_shaper<R>(work: impl FnOnce(&mut Shaper) -> R) -> R {
    let taken = SHAPERS.lock().unwrap_or_else(|e| e.into_inner()).pop();
    let mut shaper = taken.unwrap_or_default();
    let result = work(&mut shaper);
    shaper.trim();
    let mut pool = SHAPERS.lock().unwrap_or_else(|e| e.into_inner());
    if pool.len() < 8 {
        pool.push(shaper);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wider_text_measures_wider_and_bold_wider_still() {
        let mut s = Shaper::new();
        let a = s.width("Kopi", 40.0, false);
        let b = s.width("Kopi Robusta", 40.0, false);
        assert!(a > 40.0 && b > a, "{a} {b}");
        assert!(s.width("Kopi", 40.0, true) > a);
        let double = s.width("Kopi", 80.0, false);
        assert!((double - 2.0 * a).abs() < 2.0, "{double} {a}");
    }

    #[test]
    fn a_long_text_shrinks_then_wraps_within_its_box() {
        let mut s = Shaper::new();
        let short = s.fit("Kopi", true, 80.0, 40.0, 600.0, 2);
        assert_eq!(short.size, 80.0);
        assert_eq!(short.measured.lines, 1);
        assert!(short.whole);
        // A little too long for one line: a little smaller, still one line.
        let box_w = s.width("Kopi Robusta Dampit", 80.0, true) * 0.85;
        let medium = s.fit("Kopi Robusta Dampit", true, 80.0, 40.0, box_w, 3);
        assert_eq!(medium.measured.lines, 1, "{medium:?}");
        assert!(medium.size < 80.0 && medium.size >= 60.0, "{medium:?}");
        let long = "Keripik Tempe Renyah Pedas Manis Khas Pesantren Dengan Daun Jeruk Purut";
        let f = s.fit(long, true, 80.0, 30.0, 600.0, 4);
        assert!(f.size < 80.0 && f.size >= 30.0, "{}", f.size);
        assert!(f.measured.lines <= 4 && f.measured.width <= 600.5, "{f:?}");
        assert_eq!(f.text, long, "shrunk and wrapped, not shortened");
        // Far too long for the box even at the smallest size: shortened with an ellipsis.
        let huge = "kata ".repeat(80);
        let f = s.fit(&huge, false, 40.0, 30.0, 400.0, 2);
        assert!(f.text.ends_with('…') && !f.whole, "{}", f.text);
        assert!(f.measured.lines <= 2 && f.measured.width <= 400.5, "{f:?}");
        // One word longer than the box: broken, never past the edge.
        let word = "Supercalifragilisticexpialidocious".repeat(2);
        let f = s.fit(&word, true, 60.0, 40.0, 300.0, 3);
        assert!(f.measured.width <= 300.5, "{f:?}");
    }

    #[test]
    fn arabic_is_joined_and_laid_right_to_left_inside_latin() {
        let mut s = Shaper::new();
        let glyphs = |s: &mut Shaper, text: &str| -> Vec<(usize, u16, f32)> {
            let b = s.buffer(text, 60.0, false, None, Align::Start, Wrap::Word);
            b.layout_runs()
                .flat_map(|r| r.glyphs.iter().map(|g| (g.start, g.glyph_id, g.x)))
                .collect()
        };
        // ع alone is its isolated form; at the start of عجوة it takes its initial form.
        let alone = glyphs(&mut s, "ع")[0].1;
        let word = "Kurma Ajwa Pilihan (عجوة)";
        let laid = glyphs(&mut s, word);
        let at = |byte: usize| laid.iter().find(|g| g.0 == byte).copied().unwrap();
        let ain = word.find('ع').unwrap();
        let teh = word.find('ة').unwrap();
        assert_ne!(at(ain).1, alone, "joined forms");
        // Right to left: the first letter is drawn right of the last one...
        assert!(at(ain).2 > at(teh).2);
        // ...and the whole word between its brackets, which stay in place and face outwards.
        let open = word.find('(').unwrap();
        let close = word.find(')').unwrap();
        assert!(
            at(open).2 < at(teh).2 && at(ain).2 < at(close).2,
            "{laid:?}"
        );
    }
}
