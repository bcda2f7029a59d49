//! The price list's table: its columns (which the list has and how wide each is), what each
//! cell holds as lines of text (values kept whole, text wrapped), and the drawing of headings,
//! category bands, rows and rules. `super` flows the rows over the pages.

use super::{MARGIN, WIDTH};
use crate::documents::pricelist::{Halal, PriceList, Row};
use crate::domain::lang::group_thousands;
use crate::i18n::Translator;
use crate::pdf::fonts::{Face, Measure};
use crate::pdf::layout::draw::{self, NBSP, unbreakable};
use crate::pdf::model::{GREEN, GREEN_LIGHT, GREY, INK, Item, Page, RULE, Rgb, WHITE};

/// The space between a cell's edge and its text.
const PAD: f32 = 3.0;
/// Text in the table.
const BODY: f32 = 7.0;
const HEAD: f32 = 6.6;

/// The columns a price list can have, left to right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Col {
    Sku,
    /// The product's name with its producer beneath.
    Name,
    Net,
    Price,
    Usd,
    Wholesale,
    MinOrder,
    Carton,
    ShelfLife,
    Storage,
    Hs,
    Halal,
    Registration,
}

impl Col {
    /// The width of a column that does not share out the rest of the line.
    fn fixed(self) -> Option<f32> {
        Some(match self {
            Col::Sku => 58.0,
            Col::Net => 44.0,
            Col::Price => 56.0,
            Col::Usd => 46.0,
            Col::Wholesale => 76.0,
            Col::MinOrder | Col::Carton | Col::ShelfLife => 38.0,
            Col::Hs => 42.0,
            Col::Halal => 86.0,
            Col::Registration => 82.0,
            Col::Name | Col::Storage => return None,
        })
    }

    /// Numbers line up on the right.
    fn right(self) -> bool {
        matches!(
            self,
            Col::Price | Col::Usd | Col::MinOrder | Col::Carton | Col::ShelfLife
        )
    }

    fn heading(self) -> &'static str {
        match self {
            Col::Sku => "pricelist-col-sku",
            Col::Name => "pricelist-col-name-producer",
            Col::Net => "pricelist-col-net",
            Col::Price => "pricelist-col-price-idr",
            Col::Usd => "pricelist-col-price-usd",
            Col::Wholesale => "pricelist-col-wholesale",
            Col::MinOrder => "pricelist-col-min-order",
            Col::Carton => "pricelist-col-carton",
            Col::ShelfLife => "pricelist-col-shelf-life",
            Col::Storage => "pricelist-col-storage",
            Col::Hs => "pricelist-col-hs",
            Col::Halal => "pricelist-col-halal",
            Col::Registration => "pricelist-col-registration",
        }
    }
}

/// One line of a cell.
#[derive(Clone, Debug)]
pub(super) struct Line {
    pub(super) text: String,
    pub(super) face: Face,
    pub(super) size: f32,
    pub(super) color: Rgb,
}

impl Line {
    pub(super) fn lead(&self) -> f32 {
        self.size * 1.28
    }
}

/// The lines of one cell, top to bottom.
type Cell = Vec<Line>;

fn height(cell: &Cell) -> f32 {
    cell.iter().map(Line::lead).sum()
}

/// `text` trimmed, with its spaces made no-break: wrapping keeps it on one line.
fn whole(text: &str) -> String {
    unbreakable(text.trim())
}

/// The size at which `text` fits `room` on one line: `size`, or smaller down to two thirds of it.
fn fit_size(m: &Measure, face: Face, size: f32, text: &str, room: f32) -> f32 {
    let w = m.width(face, size, text);
    if w <= room || w <= 0.0 {
        return size;
    }
    // A hair under the room, so that the line measured again at this size still fits.
    (size * room / w * 0.995).max(size * 2.0 / 3.0)
}

/// The table, its columns placed.
pub(super) struct Table<'a> {
    pub(super) list: &'a PriceList,
    pub(super) tr: &'a Translator,
    pub(super) m: &'a Measure,
    /// Each column with its left edge and width.
    pub(super) cols: Vec<(Col, f32, f32)>,
}

impl Table<'_> {
    pub(super) fn new<'a>(list: &'a PriceList, tr: &'a Translator, m: &'a Measure) -> Table<'a> {
        let mut kinds = vec![Col::Sku, Col::Name, Col::Net];
        if list.prices {
            kinds.push(Col::Price);
            if list.dollars().is_some() {
                kinds.push(Col::Usd);
            }
            kinds.push(Col::Wholesale);
        }
        kinds.extend([
            Col::MinOrder,
            Col::Carton,
            Col::ShelfLife,
            Col::Storage,
            Col::Hs,
            Col::Halal,
            Col::Registration,
        ]);
        let room = WIDTH - 2.0 * MARGIN;
        let fixed: f32 = kinds.iter().filter_map(|c| c.fixed()).sum();
        // The rest goes to the name (a little more) and the storage instructions.
        let rest = (room - fixed).max(180.0);
        let name = (rest * 0.52).round();
        let mut x = MARGIN;
        let cols = kinds
            .into_iter()
            .map(|c| {
                let w = c
                    .fixed()
                    .unwrap_or(if c == Col::Name { name } else { rest - name });
                let placed = (c, x, w);
                x += w;
                placed
            })
            .collect();
        Table { list, tr, m, cols }
    }

    pub(super) fn right(&self) -> f32 {
        self.cols
            .last()
            .map(|(_, x, w)| x + w)
            .unwrap_or(WIDTH - MARGIN)
    }

    /// A value on one line: smaller when short of room, down to two thirds; cut with an
    /// ellipsis only past that.
    pub(super) fn value(&self, text: &str, face: Face, size: f32, color: Rgb, room: f32) -> Line {
        let text = whole(text);
        let size = fit_size(self.m, face, size, &text, room);
        let text = self
            .m
            .wrap(face, size, &text, room, 1)
            .pop()
            .unwrap_or_default()
            .replace(NBSP, " ");
        Line {
            text,
            face,
            size,
            color,
        }
    }

    /// Text wrapped into `room`, at most `max` lines; its values (runs joined by no-break spaces)
    /// each kept whole, the text made smaller when one of them is wider than the cell.
    pub(super) fn wrapped(
        &self,
        text: &str,
        face: Face,
        size: f32,
        color: Rgb,
        room: f32,
        max: usize,
    ) -> Vec<Line> {
        let size = text
            .split([' ', '\n'])
            .filter(|w| w.contains(NBSP))
            .map(|w| fit_size(self.m, face, size, w, room))
            .fold(size, f32::min);
        self.m
            .wrap(face, size, text, room, max)
            .into_iter()
            .map(|text| Line {
                text: text.replace(NBSP, " "),
                face,
                size,
                color,
            })
            .collect()
    }

    /// Places `line` with its baseline at `y`, starting at `x`, or ending there when `right`.
    pub(super) fn place(&self, page: &mut Page, x: f32, y: f32, right: bool, line: &Line) {
        let left = if right {
            x - self.m.width(line.face, line.size, &line.text)
        } else {
            x
        };
        text(page, self.m, left, y, line);
    }

    /// A count as the list's language groups it: 1.000 / 1,000.
    fn count(&self, n: u32) -> String {
        group_thousands(u64::from(n), self.tr.lang().separators().0)
    }

    fn cell(&self, col: Col, room: f32, row: &Row) -> Cell {
        let tr = self.tr;
        let lang = self.list.lang;
        let count = |n: Option<u32>| {
            n.map(|n| vec![self.value(&self.count(n), Face::Regular, BODY, INK, room)])
                .unwrap_or_default()
        };
        match col {
            Col::Sku => vec![self.value(&row.sku, Face::Regular, BODY - 0.4, GREY, room)],
            Col::Name => {
                let mut lines = self.wrapped(&row.name, Face::Bold, BODY + 0.4, INK, room, 4);
                lines.extend(self.wrapped(&row.producer, Face::Regular, BODY - 0.6, GREY, room, 2));
                lines
            }
            Col::Net => self.wrapped(
                &quantity(&row.net_content),
                Face::Regular,
                BODY,
                INK,
                room,
                3,
            ),
            Col::Price => match row.price {
                Some(p) => vec![self.value(&tr.rupiah(p), Face::Bold, BODY + 0.2, INK, room)],
                None => self.wrapped(
                    &tr.t("pricelist-on-request"),
                    Face::Regular,
                    BODY - 0.4,
                    GREY,
                    room,
                    2,
                ),
            },
            Col::Usd => row
                .usd
                .map(|u| vec![self.value(&u.text(lang), Face::Regular, BODY, INK, room)])
                .unwrap_or_default(),
            Col::Wholesale => row
                .tiers
                .iter()
                .flat_map(|t| {
                    let qty = tr.t_args("pricelist-pieces", &[("count", t.min_qty.into())]);
                    let mut args = vec![
                        ("qty", whole(&qty).into()),
                        ("price", whole(&tr.rupiah(t.price)).into()),
                    ];
                    let key = match t.usd.filter(|_| self.list.dollars().is_some()) {
                        Some(u) => {
                            args.push(("usd", whole(&u.text(lang)).into()));
                            "pricelist-wholesale-usd"
                        }
                        None => "pricelist-wholesale",
                    };
                    let text = tr.t_args(key, &args);
                    self.wrapped(&text, Face::Regular, BODY - 0.4, INK, room, 4)
                })
                .collect(),
            Col::MinOrder => count(row.min_order),
            Col::Carton => count(row.units_per_carton),
            Col::ShelfLife => count(row.shelf_life_months),
            Col::Storage => self.wrapped(&row.storage, Face::Regular, BODY - 0.6, INK, room, 6),
            Col::Hs => vec![self.value(&row.hs_code, Face::Regular, BODY, INK, room)]
                .into_iter()
                .filter(|l| !l.text.is_empty())
                .collect(),
            Col::Halal => match &row.halal {
                Halal::Number(n) => vec![self.value(n, Face::Bold, BODY - 0.4, GREEN, room)],
                other => other
                    .words(tr)
                    .map(|w| self.wrapped(&w, Face::Regular, BODY - 0.4, GREY, room, 2))
                    .unwrap_or_default(),
            },
            Col::Registration => [("P-IRT", &row.pirt), ("BPOM", &row.bpom)]
                .into_iter()
                .filter(|(_, text)| !text.is_empty())
                .flat_map(|(kind, text)| {
                    self.wrapped(
                        &registration(kind, text),
                        Face::Regular,
                        BODY - 0.6,
                        INK,
                        room,
                        3,
                    )
                })
                .collect(),
        }
    }

    /// The row's cells and its height.
    pub(super) fn row(&self, row: &Row) -> (Vec<Cell>, f32) {
        let cells: Vec<Cell> = self
            .cols
            .iter()
            .map(|&(c, _, w)| self.cell(c, w - 2.0 * PAD, row))
            .collect();
        let h = cells.iter().map(height).fold(BODY * 1.28, f32::max) + 2.0 * PAD + 1.0;
        (cells, h)
    }

    /// Draws `cells` in a band of the page from `top`.
    pub(super) fn draw_cells(&self, page: &mut Page, cells: &[Cell], top: f32) {
        for (cell, &(col, x, w)) in cells.iter().zip(&self.cols) {
            let mut y = top + PAD;
            for line in cell {
                y += line.lead();
                let base = y - line.size * 0.3;
                let width = self.m.width(line.face, line.size, &line.text);
                let left = if col.right() {
                    x + w - PAD - width
                } else {
                    x + PAD
                };
                text(page, self.m, left, base, line);
            }
        }
    }

    /// The column headings, white on green, never a word broken (a long one makes its heading
    /// smaller); returns the y below them.
    pub(super) fn headings(&self, page: &mut Page, top: f32) -> f32 {
        let cells: Vec<Cell> = self
            .cols
            .iter()
            .map(|&(c, _, w)| {
                let words = self.tr.t(c.heading());
                let room = w - 2.0 * PAD;
                let size = words
                    .split_whitespace()
                    .map(|w| fit_size(self.m, Face::Bold, HEAD, w, room))
                    .fold(HEAD, f32::min);
                self.wrapped(&words, Face::Bold, size, WHITE, room, 4)
            })
            .collect();
        let h = cells.iter().map(height).fold(0.0, f32::max) + 2.0 * PAD + 1.0;
        page.items.push(Item::Rect {
            x: MARGIN,
            y: top,
            w: self.right() - MARGIN,
            h,
            fill: GREEN,
            radius: 0.0,
        });
        self.draw_cells(page, &cells, top);
        top + h
    }

    /// The band where a category begins (or goes on); returns the y below it.
    pub(super) fn band(&self, page: &mut Page, top: f32, title: &str) -> f32 {
        let h = 15.0;
        page.items.push(Item::Rect {
            x: MARGIN,
            y: top + 2.0,
            w: self.right() - MARGIN,
            h: h - 2.0,
            fill: GREEN_LIGHT,
            radius: 0.0,
        });
        let line = self.value(title, Face::Bold, 8.0, GREEN, self.right() - MARGIN - 12.0);
        text(page, self.m, MARGIN + 6.0, top + 11.5, &line);
        top + h
    }

    pub(super) fn rule(&self, page: &mut Page, y: f32) {
        page.items.push(Item::Rect {
            x: MARGIN,
            y,
            w: self.right() - MARGIN,
            h: 0.4,
            fill: RULE,
            radius: 0.0,
        });
    }
}

/// A net content with each number kept with its unit: "2 m x 1,15 m" may break before or after
/// the "x", never between "1,15" and "m".
fn quantity(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = String::new();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            let before = words[i - 1];
            let joined = before.chars().any(|c| c.is_ascii_digit())
                && !w.chars().any(|c| c.is_ascii_digit())
                && !matches!(*w, "x" | "X" | "×" | "+" | "/");
            out.push(if joined { NBSP } else { ' ' });
        }
        out.push_str(w);
    }
    out
}

/// A registration as printed, its number kept whole: "P-IRT No. 2063507011234-28" may break after
/// "No.", never inside the number; a letter code before the digits ("MD 224510001234") stays with
/// them. A bare number gets the kind it is ("P-IRT", "BPOM") in front.
fn registration(kind: &str, text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(first_digits) = words
        .iter()
        .position(|w| w.chars().any(|c| c.is_ascii_digit()))
    else {
        return text.to_string();
    };
    let code = |w: &str| w.len() <= 3 && w.chars().all(|c| c.is_ascii_uppercase());
    let start = match first_digits.checked_sub(1) {
        Some(i) if code(words[i]) => i,
        _ => first_digits,
    };
    let number = words[start..].join("\u{a0}");
    let label = words[..start].join(" ");
    if label.is_empty() {
        format!("{kind} {number}")
    } else {
        format!("{label} {number}")
    }
}

/// One placed line of text (`crate::pdf::layout::draw::text`: no-break spaces written as plain
/// ones, so the PDF's text searches as typed).
pub(super) fn text(page: &mut Page, m: &Measure, x: f32, y: f32, line: &Line) {
    let Line {
        text,
        face,
        size,
        color,
    } = line;
    draw::text(page, m, x, y, *size, *face, *color, text);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registrations_keep_their_numbers_whole() {
        assert_eq!(
            registration("P-IRT", "P-IRT No. 2063516044567-27"),
            "P-IRT No. 2063516044567-27"
        );
        assert_eq!(
            registration("BPOM", "MD 224510001234"),
            "BPOM MD\u{a0}224510001234"
        );
        assert_eq!(
            registration("BPOM", "BPOM RI TR 203 612 345"),
            "BPOM RI TR\u{a0}203\u{a0}612\u{a0}345"
        );
        assert_eq!(
            registration("P-IRT", "206351604456727"),
            "P-IRT 206351604456727"
        );
        assert_eq!(registration("BPOM", "belum ada"), "belum ada");
    }

    #[test]
    fn a_quantity_keeps_its_numbers_with_their_units() {
        assert_eq!(quantity("2 m x 1,15 m"), "2\u{a0}m x 1,15\u{a0}m");
        assert_eq!(quantity("10 sachet x 7 g"), "10\u{a0}sachet x 7\u{a0}g");
        assert_eq!(quantity(" 250  g "), "250\u{a0}g");
        assert_eq!(quantity("1 pcs"), "1\u{a0}pcs");
        assert_eq!(quantity("isi 12"), "isi 12");
    }
}
