//! The page model: pages of placed text runs, rectangles, photos, QR modules and links, in points
//! from the page's top-left corner. Layout builds it without touching a PDF; the writer turns it
//! into one. Tests look at it directly.

use super::fonts::Face;
use crate::domain::photo::Crop;
use crate::domain::{Lang, PhotoId};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

pub const INK: Rgb = Rgb(0x22, 0x22, 0x22);
pub const GREY: Rgb = Rgb(0x6b, 0x6b, 0x66);
pub const GREEN: Rgb = Rgb(0x1f, 0x6f, 0x4a);
pub const GREEN_LIGHT: Rgb = Rgb(0xe3, 0xf1, 0xe8);
pub const RULE: Rgb = Rgb(0xdd, 0xdb, 0xd3);
pub const PAPER: Rgb = Rgb(0xfb, 0xfa, 0xf6);
pub const RED: Rgb = Rgb(0xb0, 0x2a, 0x2a);
pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);

/// Where a link goes.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    /// A page index (0 = cover).
    Page(usize),
    Url(String),
}

/// One thing placed on a page.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// One line of text; `y` is its baseline. `width` is its measured width (for tests).
    Text {
        x: f32,
        y: f32,
        size: f32,
        face: Face,
        color: Rgb,
        text: String,
        width: f32,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Rgb,
        radius: f32,
    },
    /// A hairline frame.
    Frame {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: Rgb,
        radius: f32,
    },
    /// A photo, or the `crop` of it, drawn into the box: `edge` is the long edge in pixels of the
    /// copy embedded (see `domain::photo::print_edge`).
    Image {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        photo: PhotoId,
        crop: Crop,
        edge: u32,
    },
    /// A QR code: `modules` x `modules` squares, dark where `dark` is true, row by row.
    Qr {
        x: f32,
        y: f32,
        size: f32,
        modules: usize,
        dark: Vec<bool>,
    },
    Link {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        target: Target,
    },
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    pub items: Vec<Item>,
}

impl Page {
    /// Every text on the page, in order.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.items.iter().filter_map(|i| match i {
            Item::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
    }
}

/// A whole catalogue, ready to write.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Document {
    pub width: f32,
    pub height: f32,
    pub pages: Vec<Page>,
    /// Bookmarks: title and page index.
    pub outline: Vec<(String, usize)>,
    pub title: String,
    pub author: String,
    pub lang: Lang,
    /// Print-shop bleed in points on every side (0 = none). `width` and `height` are the trimmed
    /// page; items are placed in trim coordinates, and colour meant to run off the edge extends
    /// `bleed` past it (negative coordinates). The writer enlarges the page and adds crop marks.
    pub bleed: f32,
}
