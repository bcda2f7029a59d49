//! The card model: what one card holds, placed in pixels from its top-left corner. The layout
//! (`super::layout`) builds it without drawing anything; the raster writer (`super::raster`) draws
//! it; tests look at it directly (nothing outside the card, text clear of a story's bars, the
//! halal badge only where the mark holds, no QR code without a number).

use super::text::{Align, Measured};
use crate::domain::PhotoId;
use crate::domain::photo::Crop;
pub use crate::pdf::model::{GREEN, GREEN_LIGHT, GREY, INK, PAPER, Rgb, WHITE};

/// Warm gold of the price tag (the window's "featured" colour, lightened).
pub const GOLD: Rgb = Rgb(0xf2, 0xc9, 0x4c);
/// Pale gold: a price on green that reads as gold and stays clear (contrast above 4.5:1).
pub const GOLD_PALE: Rgb = Rgb(0xff, 0xe0, 0x8a);
/// Deep gold for text on light gold.
pub const GOLD_DEEP: Rgb = Rgb(0x7a, 0x4f, 0x00);
/// A deeper green for the band's foot and shadows.
pub const GREEN_DEEP: Rgb = Rgb(0x15, 0x4f, 0x35);
/// Pale green text on the green band.
pub const GREEN_PALE: Rgb = Rgb(0xcf, 0xe8, 0xda);

/// Muted tints for a product without a photo, one per category position (the same tints the
/// window's cover placeholders use).
pub const CATEGORY_TINTS: [Rgb; 6] = [
    Rgb(0x2f, 0x7d, 0x5b),
    Rgb(0x8a, 0x6a, 0x2f),
    Rgb(0x3d, 0x6e, 0x8c),
    Rgb(0x7a, 0x4e, 0x6b),
    Rgb(0x5c, 0x72, 0x3a),
    Rgb(0x9a, 0x55, 0x3b),
];

/// A box in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub fn new(x: f32, y: f32, w: f32, h: f32) -> Rect {
        Rect { x, y, w, h }
    }
    pub fn right(&self) -> f32 {
        self.x + self.w
    }
    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }
    /// Whether `other` lies wholly inside this box (half a pixel of rounding allowed).
    pub fn contains(&self, other: &Rect) -> bool {
        other.x >= self.x - 0.5
            && other.y >= self.y - 0.5
            && other.right() <= self.right() + 0.5
            && other.bottom() <= self.bottom() + 0.5
    }
    /// Whether the two boxes share any area.
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right() - 0.5
            && other.x < self.right() - 0.5
            && self.y < other.bottom() - 0.5
            && other.y < self.bottom() - 0.5
    }
    /// The box grown by `by` on every side.
    pub fn grown(&self, by: f32) -> Rect {
        Rect::new(
            self.x - by,
            self.y - by,
            self.w + 2.0 * by,
            self.h + 2.0 * by,
        )
    }
}

/// What a text on the card says (for tests, and for whoever reads the model).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    Name,
    Price,
    NetContent,
    /// Producer and city.
    Producer,
    Category,
    /// "Pesan: wa.me/62...".
    Order,
    /// The words under the QR code.
    Scan,
    /// The call to action on a price tag without a price.
    Call,
    /// The halal badge's words and number.
    Halal,
    /// The publisher's name, where there is no logo.
    Publisher,
}

/// A text in a box: wrapped to the box's width, from its top, in one size.
#[derive(Clone, Debug, PartialEq)]
pub struct TextRun {
    pub role: Role,
    pub text: String,
    /// Font size in pixels.
    pub size: f32,
    pub bold: bool,
    pub color: Rgb,
    /// Where the text goes: its width is the wrapping width; its height that of the lines.
    pub rect: Rect,
    pub align: Align,
    /// The measure the layout took (lines, widest line, height).
    pub measured: Measured,
}

/// One thing drawn on a card, in drawing order.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// A filled box with rounded corners (`radius` half the short side: a pill or a circle);
    /// `alpha` 255 is opaque.
    Shape {
        rect: Rect,
        fill: Rgb,
        alpha: u8,
        radius: f32,
    },
    /// A colour fading from `top_alpha` at the top of the box to `bottom_alpha` at its foot.
    Fade {
        rect: Rect,
        color: Rgb,
        top_alpha: u8,
        bottom_alpha: u8,
    },
    /// The `crop` of a photo filling the box (never stretched: the crop has the box's shape),
    /// from a copy `edge` px on its long side.
    Photo {
        rect: Rect,
        photo: PhotoId,
        crop: Crop,
        edge: u32,
        radius: f32,
    },
    Text(TextRun),
    /// A QR code of `link`: `modules` x `modules` squares, dark where `dark` is true, row by row,
    /// filling the box (its quiet zone is the white around it).
    Qr {
        rect: Rect,
        modules: usize,
        dark: Vec<bool>,
        link: String,
    },
}

impl Item {
    /// The box the item covers.
    pub fn rect(&self) -> Rect {
        match self {
            Item::Shape { rect, .. }
            | Item::Fade { rect, .. }
            | Item::Photo { rect, .. }
            | Item::Qr { rect, .. } => *rect,
            Item::Text(run) => run.rect,
        }
    }
}

/// One card, ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    pub width: u32,
    pub height: u32,
    /// Rows at the top and at the bottom no text may enter (a story's bars).
    pub safe: u32,
    pub background: Rgb,
    pub items: Vec<Item>,
    /// The certificate number beside the halal badge, when the card carries the mark.
    pub halal: Option<String>,
    /// The WhatsApp order link the QR code holds, when there is a number.
    pub order_link: Option<String>,
}

impl Card {
    /// The whole card as a box.
    pub fn bounds(&self) -> Rect {
        Rect::new(0.0, 0.0, self.width as f32, self.height as f32)
    }

    /// The box text must stay within (the card less a story's bars).
    pub fn text_area(&self) -> Rect {
        let safe = self.safe as f32;
        Rect::new(
            0.0,
            safe,
            self.width as f32,
            self.height as f32 - 2.0 * safe,
        )
    }

    pub fn texts(&self) -> impl Iterator<Item = &TextRun> {
        self.items.iter().filter_map(|i| match i {
            Item::Text(run) => Some(run),
            _ => None,
        })
    }

    /// The first text in this role.
    pub fn text(&self, role: Role) -> Option<&TextRun> {
        self.texts().find(|t| t.role == role)
    }

    pub fn photos(&self) -> impl Iterator<Item = (&Rect, PhotoId, Crop, u32)> {
        self.items.iter().filter_map(|i| match i {
            Item::Photo {
                rect,
                photo,
                crop,
                edge,
                ..
            } => Some((rect, *photo, *crop, *edge)),
            _ => None,
        })
    }

    pub fn has_qr(&self) -> bool {
        self.items.iter().any(|i| matches!(i, Item::Qr { .. }))
    }
}
