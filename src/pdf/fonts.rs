//! The catalogue's fonts: DejaVu Sans regular and bold from the `dejavu` crate (the same family the
//! window uses; Latin and Arabic), and text measurement from their advance widths, for wrapping.

use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};
use std::collections::HashMap;
use std::sync::Mutex;

/// Which face a text run uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Face {
    Regular,
    Bold,
}

impl Face {
    pub fn bytes(self) -> &'static [u8] {
        match self {
            Face::Regular => dejavu::sans::regular(),
            Face::Bold => dejavu::sans::bold(),
        }
    }
}

/// Measures text in points. Advance widths are cached per character; kerning is ignored, which
/// only ever overestimates a width a little, so a measured line never overflows its box.
pub struct Measure {
    widths: Mutex<HashMap<(Face, char), f32>>,
}

impl Default for Measure {
    fn default() -> Self {
        Measure::new()
    }
}

impl Measure {
    pub fn new() -> Measure {
        Measure {
            widths: Mutex::new(HashMap::new()),
        }
    }

    /// Width of `text` at `size` points.
    pub fn width(&self, face: Face, size: f32, text: &str) -> f32 {
        let mut cache = self.widths.lock().unwrap_or_else(|e| e.into_inner());
        let mut em = 0.0;
        let font = FontRef::new(face.bytes()).ok();
        for c in text.chars() {
            let w = *cache.entry((face, c)).or_insert_with(|| {
                font.as_ref()
                    .map(|f| {
                        let gid = f.charmap().map(c).unwrap_or_default();
                        f.glyph_metrics(Size::new(1.0), LocationRef::default())
                            .advance_width(gid)
                            .unwrap_or(0.6)
                    })
                    .unwrap_or(0.6)
            });
            em += w;
        }
        em * size
    }

    /// Whether the font has a glyph for every character (else the PDF would show boxes).
    pub fn covers(&self, face: Face, text: &str) -> bool {
        let Ok(font) = FontRef::new(face.bytes()) else {
            return false;
        };
        let map = font.charmap();
        text.chars()
            .all(|c| c.is_whitespace() || map.map(c).is_some())
    }

    /// Breaks `text` into lines no wider than `width`, at most `max_lines`, at plain spaces (a
    /// no-break space keeps its neighbours on one line); a word too long for a line is broken
    /// between characters; text left over ends the last line with an ellipsis.
    pub fn wrap(
        &self,
        face: Face,
        size: f32,
        text: &str,
        width: f32,
        max_lines: usize,
    ) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let mut truncated = false;
        'paragraphs: for paragraph in text.split('\n') {
            let mut line = String::new();
            // Lines break at plain spaces only: a no-break space (U+00A0) holds a value together.
            for word in paragraph.split([' ', '\t']).filter(|w| !w.is_empty()) {
                let candidate = if line.is_empty() {
                    word.to_string()
                } else {
                    format!("{line} {word}")
                };
                if self.width(face, size, &candidate) <= width {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    if lines.len() == max_lines {
                        truncated = true;
                        break 'paragraphs;
                    }
                }
                // The word alone: break it where it must.
                let mut piece = String::new();
                for c in word.chars() {
                    piece.push(c);
                    if self.width(face, size, &piece) > width && piece.chars().count() > 1 {
                        piece.pop();
                        lines.push(std::mem::take(&mut piece));
                        if lines.len() == max_lines {
                            truncated = true;
                            break 'paragraphs;
                        }
                        piece.push(c);
                    }
                }
                line = piece;
            }
            if !line.is_empty() {
                lines.push(line);
                if lines.len() == max_lines {
                    truncated = true;
                    break;
                }
            }
        }
        if truncated {
            // Something was left out if the text goes on past what the lines hold.
            let shown: usize = lines.iter().map(|l| l.split_whitespace().count()).sum();
            let total = text.split_whitespace().count();
            let broken_word = lines
                .concat()
                .chars()
                .filter(|c| !c.is_whitespace())
                .count()
                < text.chars().filter(|c| !c.is_whitespace()).count();
            if shown < total || broken_word {
                let last = lines.last_mut().expect("max_lines > 0");
                while !last.is_empty() && self.width(face, size, &format!("{last}…")) > width {
                    last.pop();
                }
                let trimmed = last.trim_end().to_string();
                *last = format!("{trimmed}…");
            }
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wider_text_measures_wider_and_bold_is_wider() {
        let m = Measure::new();
        let a = m.width(Face::Regular, 10.0, "Kopi");
        let b = m.width(Face::Regular, 10.0, "Kopi Robusta");
        assert!(a > 10.0 && b > a);
        assert!(m.width(Face::Bold, 10.0, "Kopi") > a);
        assert!((m.width(Face::Regular, 20.0, "Kopi") - 2.0 * a).abs() < 0.01);
    }

    #[test]
    fn wrapping_keeps_every_line_within_the_width() {
        let m = Measure::new();
        let text = "Keripik tempe renyah dari kedelai pilihan, digoreng dengan minyak kelapa \
                    Supercalifragilisticexpialidocious-panjang-sekali-tanpa-spasi";
        let lines = m.wrap(Face::Regular, 9.0, text, 120.0, 10);
        assert!(lines.len() > 3);
        for l in &lines {
            assert!(m.width(Face::Regular, 9.0, l) <= 120.0, "{l}");
        }
        let joined: String = lines.concat();
        assert!(
            joined.contains("Supercalif"),
            "a long word is broken, not dropped"
        );
    }

    #[test]
    fn text_that_does_not_fit_ends_with_an_ellipsis() {
        let m = Measure::new();
        let lines = m.wrap(
            Face::Regular,
            9.0,
            "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh",
            60.0,
            2,
        );
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'), "{lines:?}");
        assert!(m.width(Face::Regular, 9.0, &lines[1]) <= 60.0);
        let short = m.wrap(Face::Regular, 9.0, "Kopi", 60.0, 2);
        assert_eq!(short, vec!["Kopi".to_string()]);
    }

    #[test]
    fn arabic_is_covered() {
        let m = Measure::new();
        assert!(m.covers(Face::Regular, "Kurma Ajwa عجوة"));
        assert!(m.covers(Face::Bold, "حلال"));
    }
}
