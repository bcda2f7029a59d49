//! How a photo fills a frame: the focus point a user sets on a photo, and the crop that fills a
//! frame of any shape around it (the PDF grid, the cover, the showcase and social cards all crop
//! with this one rule), and the print resolution rule every printed photo follows.

use super::model::PhotoId;
use serde::{Deserialize, Serialize};

/// Where the subject of a photo is, in percent of its width and height from the top-left corner.
/// A crop keeps this point as near the frame's centre as the photo allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Focus {
    pub x: u8,
    pub y: u8,
}

impl Default for Focus {
    fn default() -> Self {
        Focus::CENTRE
    }
}

impl Focus {
    pub const CENTRE: Focus = Focus { x: 50, y: 50 };

    /// The focus at a point given as fractions of the photo (clamped into it).
    pub fn at(fx: f32, fy: f32) -> Focus {
        let pct = |f: f32| (f.clamp(0.0, 1.0) * 100.0).round() as u8;
        Focus {
            x: pct(fx),
            y: pct(fy),
        }
    }
}

/// A photo's focus, kept on the product that shows it (only where it is not the centre).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhotoFocus {
    pub photo: PhotoId,
    pub focus: Focus,
}

/// The part of a photo that is shown, in ten-thousandths of its width and height (so it can name
/// a cached copy): left, top, right, bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Crop {
    pub x0: u16,
    pub y0: u16,
    pub x1: u16,
    pub y1: u16,
}

const WHOLE: u16 = 10_000;

impl Crop {
    /// The whole photo.
    pub const FULL: Crop = Crop {
        x0: 0,
        y0: 0,
        x1: WHOLE,
        y1: WHOLE,
    };

    pub fn is_full(&self) -> bool {
        *self == Crop::FULL
    }

    /// Left, top, right, bottom as fractions of the photo (what egui's UV rectangle takes).
    pub fn fractions(&self) -> [f32; 4] {
        let f = |v: u16| v as f32 / WHOLE as f32;
        [f(self.x0), f(self.y0), f(self.x1), f(self.y1)]
    }

    /// The crop in pixels of a `width` x `height` photo: left, top, width, height (at least 1).
    pub fn pixels(&self, width: u32, height: u32) -> (u32, u32, u32, u32) {
        let px = |v: u16, of: u32| ((v as u64 * of as u64) / WHOLE as u64) as u32;
        let (x0, x1) = (px(self.x0, width), px(self.x1, width).min(width));
        let (y0, y1) = (px(self.y0, height), px(self.y1, height).min(height));
        let x0 = x0.min(width.saturating_sub(1));
        let y0 = y0.min(height.saturating_sub(1));
        (x0, y0, (x1 - x0).max(1), (y1 - y0).max(1))
    }

    /// The long edge in pixels of this part of a `width` x `height` photo.
    pub fn long_edge(&self, width: u32, height: u32) -> u32 {
        let (_, _, w, h) = self.pixels(width, height);
        w.max(h)
    }

    /// A short name for file names: `c0-1250-10000-8750`.
    pub fn tag(&self) -> String {
        format!("c{}-{}-{}-{}", self.x0, self.y0, self.x1, self.y1)
    }
}

/// The largest part of a `width` x `height` photo with the frame's shape (`frame_w` : `frame_h`),
/// placed so that the focus point is as near its centre as the photo allows: the photo fills the
/// frame, cropped, never stretched. A photo of the frame's shape is shown whole.
pub fn cover_crop(width: u32, height: u32, frame_w: f32, frame_h: f32, focus: Focus) -> Crop {
    if width == 0 || height == 0 || frame_w <= 0.0 || frame_h <= 0.0 {
        return Crop::FULL;
    }
    let photo = width as f64 / height as f64;
    let frame = frame_w as f64 / frame_h as f64;
    // Within half a percent the photo is the frame's shape: nothing worth cutting.
    if (photo / frame - 1.0).abs() < 0.005 {
        return Crop::FULL;
    }
    let place = |part: f64, centre: f64| -> (u16, u16) {
        // `part` of the side is kept; its start slides so `centre` sits mid-way, within bounds.
        let start = (centre - part / 2.0).clamp(0.0, 1.0 - part);
        let a = (start * WHOLE as f64).round() as u16;
        let b = ((start + part) * WHOLE as f64).round().min(WHOLE as f64) as u16;
        (a, b)
    };
    if photo > frame {
        // Wider than the frame: keep the full height, cut the sides.
        let (x0, x1) = place(frame / photo, focus.x as f64 / 100.0);
        Crop {
            x0,
            y0: 0,
            x1,
            y1: WHOLE,
        }
    } else {
        let (y0, y1) = place(photo / frame, focus.y as f64 / 100.0);
        Crop {
            x0: 0,
            y0,
            x1: WHOLE,
            y1,
        }
    }
}

/// Print resolution: every printed photo is between these, whenever the stored photo has the
/// pixels (a small original prints at what it has, never upscaled).
pub const PRINT_DPI_MIN: f32 = 250.0;
pub const PRINT_DPI_MAX: f32 = 450.0;

/// The long edges, in pixels, of the print copies Etalase makes: each step at most 1.6 times the
/// one before, so rounding a need up to the next step stays under 1.6 x 250 = 400 dpi.
pub const PRINT_LADDER: [u32; 10] = [64, 100, 160, 250, 400, 640, 1000, 1600, 2400, 3600];

/// The long edge of the copy that prints a part of a photo whose long side is printed `points`
/// long: the need at [`PRINT_DPI_MIN`] rounded up to the ladder, never more than the part has
/// (`available` pixels).
pub fn print_edge(points: f32, available: u32) -> u32 {
    ladder_edge((points / 72.0 * PRINT_DPI_MIN).ceil() as u32, available)
}

/// The copy size for a need of `needed` pixels: rounded up to [`PRINT_LADDER`] (so copies are
/// shared and named alike), never more than the part of the photo has (`available` pixels).
pub fn ladder_edge(needed: u32, available: u32) -> u32 {
    let needed = needed.max(1);
    let step = PRINT_LADDER
        .iter()
        .copied()
        .find(|&e| e >= needed)
        .unwrap_or(needed);
    step.min(available.max(1))
}

/// The side of the grid card's square photo frame, in points: the catalogue's most printed photo,
/// so the import makes its print copy ahead (see [`card_copy`]).
pub const CARD_PHOTO: f32 = 118.0;

/// The part and size of the print copy a grid card shows of a `width` x `height` photo with its
/// focus in the centre.
pub fn card_copy(width: u32, height: u32) -> (Crop, u32) {
    let crop = cover_crop(width, height, CARD_PHOTO, CARD_PHOTO, Focus::CENTRE);
    (crop, print_edge(CARD_PHOTO, crop.long_edge(width, height)))
}

/// Dots per inch of `pixels` printed over `points`.
pub fn dpi(pixels: u32, points: f32) -> f32 {
    pixels as f32 / (points / 72.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_portrait_photo_in_a_square_frame_keeps_its_width_and_the_focus() {
        // 3000 x 4000 into a square: a 3000 x 3000 part, centred by default.
        let c = cover_crop(3000, 4000, 100.0, 100.0, Focus::CENTRE);
        assert_eq!(c.pixels(3000, 4000), (0, 500, 3000, 3000));
        // The subject near the top: the part slides up, and stops at the edge.
        let top = cover_crop(3000, 4000, 100.0, 100.0, Focus { x: 50, y: 10 });
        assert_eq!(top.pixels(3000, 4000), (0, 0, 3000, 3000));
        let low = cover_crop(3000, 4000, 100.0, 100.0, Focus { x: 50, y: 60 });
        assert_eq!(low.pixels(3000, 4000).1, 900);
    }

    #[test]
    fn a_wide_photo_in_a_tall_frame_is_cut_at_the_sides_never_stretched() {
        let c = cover_crop(4000, 3000, 60.0, 90.0, Focus { x: 100, y: 50 });
        let (x, y, w, h) = c.pixels(4000, 3000);
        assert_eq!((y, h), (0, 3000));
        assert_eq!(w, 2000, "the frame's 2:3 shape");
        assert_eq!(x + w, 4000, "focus at the right edge: the part ends there");
        assert!(cover_crop(4000, 3000, 400.0, 300.0, Focus::CENTRE).is_full());
        assert!(cover_crop(0, 3000, 1.0, 1.0, Focus::CENTRE).is_full());
    }

    #[test]
    fn print_edges_round_up_into_the_dpi_window_and_never_upscale() {
        for points in [20.0, 32.0, 58.0, 96.0, 118.0, 150.0, 231.0, 300.0, 515.0] {
            let e = print_edge(points, 10_000);
            let d = dpi(e, points);
            assert!(
                (PRINT_DPI_MIN..=PRINT_DPI_MAX).contains(&d),
                "{points} pt: {e} px = {d} dpi"
            );
        }
        // A small original prints at what it has.
        assert_eq!(print_edge(300.0, 640), 640);
        assert_eq!(Focus::at(0.25, 1.5), Focus { x: 25, y: 100 });
    }
}
