//! Product illustrations for the example catalogue, drawn here pixel by pixel (no pictures copied
//! from anywhere): a soft studio backdrop, a shadow, and the product's package (a pouch, a jar,
//! a bottle, folded cloth, a woven bag, a sack, a soap bar) in colours of its own.

use image::{Rgb, RgbImage};

/// What the illustration shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Art {
    /// A stand-up pouch with a label (chips, ground coffee, powdered jamu, crackers).
    Pouch,
    /// A glass jar with a lid (sambal, honey, shrimp paste).
    Jar,
    /// A slim bottle with a cap (cajuput oil, herbal drink).
    Bottle,
    /// Folded cloth with a pattern (batik, sarong).
    Cloth,
    /// A woven bag with a handle.
    Basket,
    /// A sack of grain.
    Sack,
    /// A bar of soap.
    Soap,
}

/// The illustration for a product of the example catalogue, by SKU.
pub fn art_for(sku: &str) -> Art {
    match sku {
        "BAL-SMB-01" | "NHM-MDU-01" | "DFL-PTS-01" => Art::Jar,
        "NHM-JMU-01" | "NHM-MYK-01" => Art::Bottle,
        "AIK-BTK-01" | "DFL-SRG-01" => Art::Cloth,
        "AIK-ANY-01" => Art::Basket,
        "AIK-BRS-01" => Art::Sack,
        "NHM-SBN-01" => Art::Soap,
        _ => Art::Pouch,
    }
}

type Colour = [f32; 3];

fn mix(a: Colour, b: Colour, t: f32) -> Colour {
    let t = t.clamp(0.0, 1.0);
    [
        a[0] + (b[0] - a[0]) * t,
        a[1] + (b[1] - a[1]) * t,
        a[2] + (b[2] - a[2]) * t,
    ]
}

fn shade(c: Colour, f: f32) -> Colour {
    [c[0] * f, c[1] * f, c[2] * f]
}

/// Signed distance to a rounded box centred at (cx, cy) with half sizes (hw, hh).
fn rounded_box(x: f32, y: f32, cx: f32, cy: f32, hw: f32, hh: f32, r: f32) -> f32 {
    let qx = (x - cx).abs() - hw + r;
    let qy = (y - cy).abs() - hh + r;
    qx.max(0.0).hypot(qy.max(0.0)) + qx.max(qy).min(0.0) - r
}

/// Approximate signed distance, in pixels, to an ellipse.
fn ellipse(x: f32, y: f32, cx: f32, cy: f32, rx: f32, ry: f32) -> f32 {
    (((x - cx) / rx).hypot((y - cy) / ry) - 1.0) * rx.min(ry)
}

/// Coverage of a shape from its signed distance, anti-aliased over about a pixel.
fn cover(d: f32) -> f32 {
    (0.5 - d).clamp(0.0, 1.0)
}

/// Draws the illustration: `main` is the package colour, `accent` its label or pattern.
pub fn draw(art: Art, main: [u8; 3], accent: [u8; 3], width: u32, height: u32) -> RgbImage {
    let f = |c: [u8; 3]| [f32::from(c[0]), f32::from(c[1]), f32::from(c[2])];
    let (main, accent) = (f(main), f(accent));
    let (w, h) = (width as f32, height as f32);
    let s = h / 900.0; // drawn on a 1200 x 900 canvas, scaled
    let cx = w / 2.0;
    let floor = h * 0.78;
    let backdrop_top = mix([255.0; 3], main, 0.18);
    let backdrop_bottom = [250.0, 248.0, 243.0];
    RgbImage::from_fn(width, height, |px, py| {
        let (x, y) = (px as f32 + 0.5, py as f32 + 0.5);
        // Backdrop and table.
        let mut c = if y < floor {
            mix(backdrop_top, backdrop_bottom, y / floor)
        } else {
            mix(
                [236.0, 230.0, 218.0],
                [222.0, 214.0, 199.0],
                (y - floor) / (h - floor),
            )
        };
        // Soft shadow under the object.
        let shadow = ellipse(x, y, cx, floor + 6.0 * s, 260.0 * s, 34.0 * s) / (34.0 * s);
        if shadow < 0.6 {
            c = shade(c, 1.0 - 0.22 * (0.6 - shadow).min(1.0));
        }
        let paint = |c: &mut Colour, d: f32, colour: Colour| {
            let a = cover(d);
            if a > 0.0 {
                *c = mix(*c, colour, a);
            }
        };
        // Light from the upper left: darker towards the right edge of each body.
        let light = |base: Colour, left: f32, right: f32| {
            let t = ((x - left) / (right - left)).clamp(0.0, 1.0);
            shade(base, 1.08 - 0.28 * t)
        };
        match art {
            Art::Pouch => {
                let (hw, top, bottom) = (200.0 * s, floor - 520.0 * s, floor);
                let body = rounded_box(
                    x,
                    y,
                    cx,
                    (top + bottom) / 2.0,
                    hw,
                    (bottom - top) / 2.0,
                    28.0 * s,
                );
                // A crimped top edge.
                let crimp = if y < top + 40.0 * s {
                    ((x / (14.0 * s)).sin() * 6.0 * s).abs()
                } else {
                    0.0
                };
                paint(&mut c, body + crimp, light(main, cx - hw, cx + hw));
                let label = rounded_box(x, y, cx, top + 290.0 * s, 150.0 * s, 110.0 * s, 18.0 * s);
                paint(&mut c, label, accent);
                let window = ellipse(x, y, cx, top + 290.0 * s, 90.0 * s, 62.0 * s);
                paint(&mut c, window, mix(accent, main, 0.55));
                let seal = rounded_box(x, y, cx, top + 70.0 * s, hw - 12.0 * s, 5.0 * s, 3.0 * s);
                paint(&mut c, seal, shade(main, 0.7));
            }
            Art::Jar => {
                let (hw, top, bottom) = (170.0 * s, floor - 400.0 * s, floor);
                let glass = rounded_box(
                    x,
                    y,
                    cx,
                    (top + bottom) / 2.0,
                    hw,
                    (bottom - top) / 2.0,
                    40.0 * s,
                );
                paint(&mut c, glass, light(main, cx - hw, cx + hw));
                let lid = rounded_box(x, y, cx, top - 30.0 * s, hw + 10.0 * s, 40.0 * s, 12.0 * s);
                paint(&mut c, lid, light(accent, cx - hw, cx + hw));
                let label = rounded_box(x, y, cx, top + 210.0 * s, hw + 1.0, 85.0 * s, 2.0 * s);
                paint(&mut c, label, [248.0, 244.0, 232.0]);
                let mark = ellipse(x, y, cx, top + 210.0 * s, 58.0 * s, 58.0 * s);
                paint(&mut c, mark, accent);
                let shine = rounded_box(
                    x,
                    y,
                    cx - 118.0 * s,
                    top + 120.0 * s,
                    10.0 * s,
                    60.0 * s,
                    10.0 * s,
                );
                paint(&mut c, shine + 0.3, [255.0, 255.0, 255.0]);
            }
            Art::Bottle => {
                let (hw, top, bottom) = (105.0 * s, floor - 470.0 * s, floor);
                let body = rounded_box(
                    x,
                    y,
                    cx,
                    (top + bottom) / 2.0 + 60.0 * s,
                    hw,
                    (bottom - top) / 2.0 - 60.0 * s,
                    36.0 * s,
                );
                let neck = rounded_box(x, y, cx, top + 10.0 * s, 42.0 * s, 70.0 * s, 14.0 * s);
                paint(&mut c, body.min(neck), light(main, cx - hw, cx + hw));
                let cap = rounded_box(x, y, cx, top - 70.0 * s, 48.0 * s, 34.0 * s, 8.0 * s);
                paint(&mut c, cap, accent);
                let label = rounded_box(x, y, cx, top + 300.0 * s, hw + 1.0, 95.0 * s, 2.0 * s);
                paint(&mut c, label, mix([250.0, 246.0, 236.0], accent, 0.15));
                let band = rounded_box(x, y, cx, top + 300.0 * s, hw + 1.0, 14.0 * s, 2.0 * s);
                paint(&mut c, band, accent);
            }
            Art::Cloth => {
                // Three folded layers, each a little smaller, with the pattern on top.
                for (i, (lift, half)) in [(0.0, 330.0), (110.0, 310.0), (220.0, 290.0)]
                    .into_iter()
                    .enumerate()
                {
                    let cy = floor - 60.0 * s - lift * s;
                    let fold = rounded_box(x, y, cx, cy, half * s, 56.0 * s, 14.0 * s);
                    let base = shade(main, 0.85 + 0.08 * i as f32);
                    let pattern = {
                        let u = (x - cx) / (26.0 * s);
                        let v = (y - cy) / (26.0 * s);
                        let diamond =
                            (u.rem_euclid(1.0) - 0.5).abs() + (v.rem_euclid(1.0) - 0.5).abs();
                        if diamond < 0.2 || (u + v).rem_euclid(3.0) < 0.25 {
                            accent
                        } else {
                            base
                        }
                    };
                    paint(&mut c, fold, pattern);
                    let edge = rounded_box(x, y, cx, cy + 50.0 * s, half * s, 4.0 * s, 2.0 * s);
                    paint(&mut c, edge, shade(main, 0.6));
                }
            }
            Art::Basket => {
                let (top, bottom) = (floor - 330.0 * s, floor);
                let t = ((y - top) / (bottom - top)).clamp(0.0, 1.0);
                let half = (250.0 - 50.0 * t) * s;
                let inside = y > top && y < bottom && (x - cx).abs() < half;
                if inside {
                    let weave =
                        ((x / (22.0 * s)).floor() + (y / (22.0 * s)).floor()) as i32 % 2 == 0;
                    let base = light(main, cx - half, cx + half);
                    c = if weave { base } else { shade(base, 0.8) };
                }
                let handle = ellipse(x, y, cx, top, 170.0 * s, 170.0 * s).abs() - 9.0 * s;
                if y < top {
                    paint(&mut c, handle, shade(accent, 0.9));
                }
            }
            Art::Sack => {
                let (top, bottom) = (floor - 430.0 * s, floor);
                let body = ellipse(
                    x,
                    y,
                    cx,
                    (top + bottom) / 2.0 + 40.0 * s,
                    230.0 * s,
                    220.0 * s,
                );
                let neck = rounded_box(x, y, cx, top + 20.0 * s, 120.0 * s, 70.0 * s, 30.0 * s);
                paint(
                    &mut c,
                    body.min(neck),
                    light(main, cx - 230.0 * s, cx + 230.0 * s),
                );
                let tie = rounded_box(x, y, cx, top + 60.0 * s, 110.0 * s, 10.0 * s, 5.0 * s);
                paint(&mut c, tie, accent);
                // Grains spilled in front.
                for k in 0..9 {
                    let gx = cx - 220.0 * s + k as f32 * 55.0 * s;
                    let gy = floor + 18.0 * s + (k % 3) as f32 * 9.0 * s;
                    let grain = ellipse(x, y, gx, gy, 12.0 * s, 7.0 * s);
                    paint(&mut c, grain, shade(main, 0.75));
                }
            }
            Art::Soap => {
                let (cy, hw, hh) = (floor - 110.0 * s, 270.0 * s, 110.0 * s);
                let bar = rounded_box(x, y, cx, cy, hw, hh, 60.0 * s);
                paint(&mut c, bar, light(main, cx - hw, cx + hw));
                let emboss = ellipse(x, y, cx, cy, 150.0 * s, 60.0 * s).abs() - 3.0 * s;
                paint(&mut c, emboss, shade(main, 0.8));
                let leaf = ellipse(x, y, cx + 200.0 * s, floor - 250.0 * s, 70.0 * s, 30.0 * s);
                paint(&mut c, leaf, accent);
            }
        }
        Rgb([c[0] as u8, c[1] as u8, c[2] as u8])
    })
}
