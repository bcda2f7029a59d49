//! The card layout, looked at as a model: every style at every size in both languages, for
//! products with and without photo, price, number and a valid certificate, and with long and
//! Arabic names.

use super::*;
use crate::cards::raster;
use crate::cards::text::Shaper;
use crate::domain::{Bilingual, Date, HalalStatus, Lang};

fn day() -> Date {
    Date::new(2026, 11, 28).unwrap()
}

struct Example {
    catalogue: Catalogue,
    sizes: HashMap<PhotoId, (u32, u32)>,
}

const PHOTO: PhotoId = PhotoId([7; 32]);
const TALL: PhotoId = PhotoId([8; 32]);
const LOGO: PhotoId = PhotoId([9; 32]);

fn example() -> Example {
    let mut c = Catalogue {
        categories: crate::domain::model::default_categories(),
        ..Catalogue::default()
    };
    c.settings.publisher_name = "Forum Kopontren OPOP Jawa Timur".into();
    let mut producer = Producer::new("Pondok Pesantren Nurul Huda");
    producer.city = "Kab. Sumenep".into();
    producer.whatsapp = "6285735551212".into();
    let mut quiet = Producer::new("Pondok Pesantren Sunyi");
    quiet.city = "Kab. Malang".into();
    let food = c.categories[0].id;
    let herbal = c.categories[2].id;
    let product = |sku: &str, name: (&str, &str), category| {
        let mut p = Product::new(sku, category, producer.id);
        p.name = Bilingual::new(name.0, name.1);
        p.description = Bilingual::new("Deskripsi singkat.", "A short description.");
        p.price = Some(85_000);
        p.net_content = "500 g".into();
        p.photos = vec![PHOTO];
        p.halal.status = HalalStatus::Certified;
        p.halal.number = "ID35110017058840424".into();
        p
    };
    let certified = product(
        "NHM-MDU-02",
        ("Madu Hutan Randu", "Kapok Blossom Forest Honey"),
        herbal,
    );
    let mut lapsed = product("NHM-MDU-01", ("Madu Lama", "Old Honey"), herbal);
    lapsed.halal.number = "LPPOM-00150081234519".into();
    lapsed.halal.valid_until = Some(Date::new(2022, 6, 30).unwrap());
    let mut bare = product("X-01", ("Keripik Tempe", "Tempeh Chips"), food);
    bare.photos.clear();
    bare.price = None;
    bare.net_content.clear();
    bare.producer = quiet.id;
    bare.halal.status = HalalStatus::InProcess;
    let mut long = product(
        "L-01",
        (
            "Keripik Tempe Renyah Pedas Manis Khas Pondok Pesantren Dengan Daun Jeruk Purut Pilihan Dan Bawang Goreng",
            "Crunchy Sweet and Spicy Tempeh Chips from the Pesantren with Selected Kaffir Lime Leaves and Fried Shallots",
        ),
        food,
    );
    long.photos = vec![TALL];
    long.price = Some(1_250_000);
    long.net_content = "12 x 250 g (karton besar)".into();
    let arabic = product(
        "K-01",
        ("Kurma Ajwa Pilihan (عجوة)", "Selected Ajwa Dates (عجوة)"),
        food,
    );
    c.producers = vec![producer, quiet];
    c.products = vec![certified, lapsed, bare, long, arabic];
    let mut sizes = HashMap::new();
    sizes.insert(PHOTO, (2400, 1800));
    sizes.insert(TALL, (1200, 2400));
    sizes.insert(LOGO, (600, 300));
    Example {
        catalogue: c,
        sizes,
    }
}

fn options(lang: Lang, size: CardSize, style: Style) -> CardOptions {
    CardOptions {
        lang,
        size,
        style,
        prices: true,
        date: Some(day()),
    }
}

fn card(e: &Example, sku: &str, o: &CardOptions, shaper: &mut Shaper) -> Card {
    let p = e.catalogue.products.iter().find(|p| p.sku == sku).unwrap();
    let input = Input::new(&e.catalogue, p, o, &e.sizes);
    lay_out(&input, o, &Translator::new(o.lang), shaper)
}

/// Where a text's letters are: its box narrowed to the measured line width as aligned.
fn ink(run: &TextRun) -> Rect {
    let w = run.measured.width;
    let x = match run.align {
        Align::Start => run.rect.x,
        Align::Centre => run.rect.x + (run.rect.w - w) / 2.0,
        Align::End => run.rect.right() - w,
    };
    Rect::new(x, run.rect.y, w, run.rect.h)
}

fn every_card(mut check: impl FnMut(&str, &CardOptions, &Card)) {
    let e = example();
    let mut shaper = Shaper::new();
    for lang in Lang::ALL {
        for size in CardSize::ALL {
            for style in Style::ALL {
                let o = options(lang, size, style);
                for p in &e.catalogue.products {
                    let c = card(&e, &p.sku, &o, &mut shaper);
                    check(&p.sku, &o, &c);
                }
            }
        }
    }
}

#[test]
fn nothing_lies_outside_the_card_and_no_text_in_a_storys_bars() {
    every_card(|sku, o, card| {
        let what = format!("{sku} {o:?}");
        let bounds = card.bounds();
        assert_eq!((card.width, card.height), o.size.pixels());
        for item in &card.items {
            assert!(bounds.contains(&item.rect()), "{what}: {item:?}");
        }
        let area = card.text_area();
        for run in card.texts() {
            assert!(area.contains(&run.rect), "{what}: {run:?} outside {area:?}");
            assert!(run.measured.width <= run.rect.w + 0.5, "{what}: {run:?}");
            assert!(!run.measured.overflow, "{what}: {run:?}");
            // Everything whole: these products' words all fit without shortening.
            assert!(!run.text.ends_with('…'), "{what}: {run:?}");
        }
        if o.size == CardSize::Story {
            for run in card.texts() {
                assert!(run.rect.y >= 250.0 && run.rect.bottom() <= 1920.0 - 250.0);
            }
        }
    });
}

#[test]
fn texts_and_the_qr_code_never_overlap() {
    every_card(|sku, o, card| {
        let what = format!("{sku} {o:?}");
        let mut boxes: Vec<(String, Rect)> =
            card.texts().map(|t| (t.text.clone(), ink(t))).collect();
        for item in &card.items {
            if let Item::Qr { rect, .. } = item {
                boxes.push(("QR".into(), *rect));
            }
        }
        for (i, (a, ra)) in boxes.iter().enumerate() {
            for (b, rb) in boxes.iter().skip(i + 1) {
                assert!(
                    !ra.overlaps(rb),
                    "{what}: {a:?} {ra:?} overlaps {b:?} {rb:?}"
                );
            }
        }
    });
}

#[test]
fn long_names_shrink_and_wrap_whole_inside_their_box() {
    let e = example();
    let mut shaper = Shaper::new();
    for size in CardSize::ALL {
        for style in Style::ALL {
            for lang in Lang::ALL {
                let o = options(lang, size, style);
                let c = card(&e, "L-01", &o, &mut shaper);
                let name = c.text(Role::Name).unwrap();
                let full = e.catalogue.products[3].name.shown(lang);
                // Shrunk and wrapped whole: never shortened, never cut off by the box.
                assert_eq!(name.text, full, "{size:?} {style:?}");
                assert!(name.measured.lines >= 2, "{name:?}");
                assert!(name.size < 76.0, "{name:?}");
                assert!(name.measured.width <= name.rect.w + 0.5);
                // The price stays whole on one line.
                let price = c.text(Role::Price).unwrap();
                assert_eq!(price.measured.lines, 1);
                assert!(price.text.contains("1.250.000") || price.text.contains("1,250,000"));
            }
        }
    }
    // A usual name stays large on one or two lines.
    for style in Style::ALL {
        let o = options(Lang::Id, CardSize::Square, style);
        let name = card(&e, "NHM-MDU-02", &o, &mut shaper)
            .text(Role::Name)
            .cloned()
            .unwrap();
        assert!(name.measured.lines <= 2 && name.size >= 60.0, "{name:?}");
    }
}

#[test]
fn the_halal_badge_only_where_the_mark_holds() {
    every_card(|sku, o, card| {
        let badge = card.texts().any(|t| t.role == Role::Halal);
        match sku {
            "NHM-MDU-01" | "X-01" => {
                assert!(card.halal.is_none() && !badge, "{sku} {o:?}");
                for t in card.texts() {
                    assert!(!t.text.to_lowercase().contains("halal"), "{sku}: {t:?}");
                    assert!(!t.text.contains(crate::domain::halal::HALAL_ARABIC));
                }
            }
            _ => {
                assert_eq!(card.halal.as_deref(), Some("ID35110017058840424"));
                let number = card.texts().find(|t| t.text == "ID35110017058840424");
                assert!(
                    number.is_some(),
                    "{sku} {o:?}: the mark always with its number"
                );
            }
        }
    });
}

#[test]
fn no_qr_code_and_no_order_line_without_a_number() {
    every_card(|sku, o, card| {
        if sku == "X-01" {
            assert!(!card.has_qr() && card.order_link.is_none(), "{o:?}");
            assert!(card.text(Role::Order).is_none() && card.text(Role::Scan).is_none());
            assert!(card.text(Role::Price).is_none(), "no price, no price line");
            assert!(
                card.text(Role::Call).is_none(),
                "no call to order without a number"
            );
        } else {
            assert!(card.has_qr(), "{sku} {o:?}");
            let order = card.text(Role::Order).unwrap();
            assert_eq!(order.text.split_once(' ').unwrap().1, "wa.me/6285735551212");
        }
    });
}

#[test]
fn a_card_without_photo_is_designed_in_its_categorys_tint() {
    let e = example();
    let mut shaper = Shaper::new();
    for style in Style::ALL {
        let o = options(Lang::En, CardSize::Square, style);
        let c = card(&e, "X-01", &o, &mut shaper);
        assert_eq!(c.photos().count(), 0);
        let label = c
            .texts()
            .find(|t| t.role == Role::Category && t.text == "Food & Snacks")
            .expect("the category's name large on the tint");
        assert!(label.size >= 44.0);
        assert!(
            c.items
                .iter()
                .any(|i| matches!(i, Item::Shape { fill, .. } if *fill == CATEGORY_TINTS[0]))
        );
        // The publisher's name stands in for a logo.
        assert!(c.text(Role::Publisher).is_some());
    }
}

#[test]
fn photos_fill_their_frames_cropped_to_the_frames_shape() {
    every_card(|sku, o, card| {
        for (rect, photo, crop, edge) in card.photos() {
            let (w, h) = example().sizes[&photo];
            let (_, _, cw, ch) = crop.pixels(w, h);
            let (a, b) = (cw as f32 / ch as f32, rect.w / rect.h);
            assert!((a / b - 1.0).abs() < 0.01, "{sku} {o:?}: {a} vs {b}");
            assert!(edge as f32 >= rect.w.max(rect.h).min(cw.max(ch) as f32));
        }
    });
}

#[test]
fn a_publishers_logo_goes_on_a_chip_instead_of_its_name() {
    let mut e = example();
    e.catalogue.settings.publisher_logo = Some(LOGO);
    let mut shaper = Shaper::new();
    let o = options(Lang::Id, CardSize::Story, Style::Band);
    let c = card(&e, "NHM-MDU-02", &o, &mut shaper);
    assert!(
        c.photos()
            .any(|(_, id, crop, _)| id == LOGO && crop.is_full())
    );
    assert!(c.text(Role::Publisher).is_none());
}

/// A photo source that draws a gradient of the size asked for.
struct Gradient;

impl raster::Photos for Gradient {
    fn rgb(&self, _: PhotoId, _: Crop, edge: u32) -> Option<image::RgbImage> {
        let side = edge.min(600);
        Some(image::RgbImage::from_fn(side, side * 3 / 4, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 120])
        }))
    }
}

#[test]
fn the_same_card_gives_the_same_bytes() {
    let e = example();
    let mut shaper = Shaper::new();
    let o = options(Lang::Id, CardSize::Square, Style::Tag);
    let c = card(&e, "K-01", &o, &mut shaper);
    let a = raster::png(&c, &Gradient, &mut shaper);
    // A new shaper (empty caches) and the same card again.
    let mut fresh = Shaper::new();
    let again = card(&e, "K-01", &o, &mut fresh);
    assert_eq!(c, again);
    let b = raster::png(&again, &Gradient, &mut fresh);
    assert_eq!(a, b);
    let image = image::load_from_memory(&a).unwrap();
    assert_eq!((image.width(), image.height()), (1080, 1080));
}

#[test]
fn text_is_drawn_where_the_layout_put_it() {
    let e = example();
    let mut shaper = Shaper::new();
    let o = options(Lang::Id, CardSize::Portrait, Style::Panel);
    let c = card(&e, "K-01", &o, &mut shaper);
    let image = raster::draw(&c, &raster::NoPhotos, &mut shaper);
    let name = c.text(Role::Name).unwrap();
    assert!(name.text.contains("عجوة"));
    // Ink inside the name's box, paper just left of it.
    let r = ink(name);
    let dark = |x: f32, y: f32| {
        let p = image.get_pixel(x as u32, y as u32);
        (p[0] as u32 + p[1] as u32 + p[2] as u32) < 200
    };
    let inked = (0..(r.w as u32))
        .flat_map(|dx| (0..(r.h as u32)).map(move |dy| (dx, dy)))
        .filter(|(dx, dy)| dark(r.x + *dx as f32, r.y + *dy as f32))
        .count();
    assert!(inked > 500, "{inked}");
    assert!(!dark(r.x - 8.0, r.y + r.h / 2.0));
}
