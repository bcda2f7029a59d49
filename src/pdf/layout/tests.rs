//! Tests of the whole layout: every layout kept inside its margins, no overlapping text, page
//! counts, contents, outline, footers and the catalogue without prices.

use super::*;
use crate::domain::Lang;
use crate::domain::model::{CategoryId, ProducerId};
use crate::domain::photo::{Crop, Focus};

fn product(i: usize, name: &str) -> Product {
    let mut p = Product::new(&format!("SKU-{i:05}"), CategoryId::new(), ProducerId::new());
    p.name = crate::domain::Bilingual::new(name, name);
    p.description = crate::domain::Bilingual::new(
        "Deskripsi yang cukup panjang untuk dibungkus ke beberapa baris dan dipotong dengan elipsis bila tidak muat di kartunya sama sekali.",
        "",
    );
    p.price = Some(1_250_000 + i as u64);
    p.net_content = "250 g".into();
    p.photos.push(PhotoId([(i % 250) as u8; 32]));
    p.halal.status = crate::domain::HalalStatus::Certified;
    p.halal.number = "ID35110017058840424".into();
    p
}

fn doc(products: &[Product], layout: Layout, per_section: usize) -> Document {
    doc_in(products, layout, per_section, Lang::Id)
}

fn doc_in(products: &[Product], layout: Layout, per_section: usize, lang: Lang) -> Document {
    let tr = Translator::new(lang);
    let mut producer = Producer::new("Pondok Pesantren Al-Hikmah Langitan Tuban");
    producer.city = "Kab. Tuban".into();
    let sizes: HashMap<PhotoId, (u32, u32)> = products
        .iter()
        .flat_map(|p| p.photos.iter())
        .map(|id| (*id, (4000, 3000)))
        .collect();
    let sizes = Box::leak(Box::new(sizes));
    let producer = Box::leak(Box::new(producer));
    let sections = products
        .chunks(per_section.max(1))
        .enumerate()
        .map(|(i, chunk)| Section {
            title: format!("Kategori {i}"),
            entries: chunk
                .iter()
                .map(|p| Entry {
                    product: p,
                    producer: Some(producer),
                    order_link: Some(format!("https://wa.me/628123?text={}", p.sku)),
                })
                .collect(),
        })
        .collect();
    let input = Input {
        tr: Box::leak(Box::new(tr)),
        layout,
        paper: Paper::A4,
        prices: true,
        date: Date::new(2026, 11, 29).unwrap(),
        title: "Katalog".into(),
        publisher: "Forum".into(),
        publisher_logo: None,
        contacts: Vec::new(),
        cover_photos: Vec::new(),
        bleed: false,
        sections,
        photo_sizes: sizes,
    };
    layout_doc(&input)
}

fn input_for<'a>(
    products: &'a [Product],
    tr: &'a Translator,
    sizes: &'a HashMap<PhotoId, (u32, u32)>,
    layout: Layout,
) -> Input<'a> {
    Input {
        tr,
        layout,
        paper: Paper::A4,
        prices: true,
        date: Date::new(2026, 11, 29).unwrap(),
        title: "Katalog".into(),
        publisher: "Forum".into(),
        publisher_logo: None,
        contacts: Vec::new(),
        cover_photos: Vec::new(),
        bleed: false,
        sections: vec![Section {
            title: "A".into(),
            entries: products
                .iter()
                .map(|p| Entry {
                    product: p,
                    producer: None,
                    order_link: None,
                })
                .collect(),
        }],
        photo_sizes: sizes,
    }
}

fn layout_doc(input: &Input) -> Document {
    layout(input, &Measure::new())
}

/// Nothing is drawn past the margins, and every photo prints between 250 and 450 dpi (the test
/// photos have the pixels).
fn assert_inside(d: &Document) {
    for (n, page) in d.pages.iter().enumerate().skip(1) {
        for item in &page.items {
            match item {
                Item::Text {
                    x, y, width, text, ..
                } => {
                    assert!(
                        *x >= MARGIN - 0.5 && x + width <= d.width - MARGIN + 0.5,
                        "page {n}: “{text}” runs from {x} to {}",
                        x + width
                    );
                    assert!(*y > TOP - 1.0 && *y < d.height, "page {n}: “{text}” at {y}");
                }
                Item::Image { w, h, edge, .. } => {
                    let dpi = crate::domain::photo::dpi(*edge, w.max(*h));
                    let window =
                        crate::domain::photo::PRINT_DPI_MIN..=crate::domain::photo::PRINT_DPI_MAX;
                    assert!(window.contains(&dpi), "page {n}: {dpi} dpi");
                }
                _ => {}
            }
        }
    }
}

#[test]
fn long_names_and_words_stay_inside_in_every_layout() {
    let long = "Keripik Singkong Balado Pedas Manis Khas Pondok Pesantren Al-Hikmah Langitan \
                Supercalifragilistikekspialidosius-Tanpa-Spasi-Sama-Sekali";
    let products: Vec<Product> = (0..9).map(|i| product(i, long)).collect();
    for layout in [Layout::Grid, Layout::List, Layout::Sheet] {
        let d = doc(&products, layout, 4);
        assert_inside(&d);
        let names: Vec<&str> = d.pages.iter().flat_map(|p| p.texts()).collect();
        assert!(
            names.iter().any(|t| t.ends_with('…')),
            "{layout:?}: a long name is cut with an ellipsis"
        );
    }
}

#[test]
fn no_two_lines_of_text_overlap_in_any_layout() {
    let long = "Keripik Singkong Balado Pedas Manis Khas Pondok Pesantren Al-Hikmah Langitan";
    let products: Vec<Product> = (0..7).map(|i| product(i, long)).collect();
    let cases = [Layout::Grid, Layout::List, Layout::Sheet]
        .into_iter()
        .flat_map(|l| [(l, Lang::Id), (l, Lang::En)]);
    for (layout, lang) in cases {
        let d = doc_in(&products, layout, 7, lang);
        for (n, page) in d.pages.iter().enumerate() {
            let boxes: Vec<(f32, f32, f32, f32, &str)> = page
                .items
                .iter()
                .filter_map(|i| match i {
                    Item::Text {
                        x,
                        y,
                        size,
                        width,
                        text,
                        ..
                    } => Some((
                        *x,
                        y - size * 0.75,
                        x + width,
                        y + size * 0.2,
                        text.as_str(),
                    )),
                    _ => None,
                })
                .collect();
            for (i, a) in boxes.iter().enumerate() {
                for b in &boxes[i + 1..] {
                    // Side by side, texts keep a visible gap (column headings, say).
                    let apart = a.2 + 2.0 <= b.0 || b.2 + 2.0 <= a.0 || a.3 <= b.1 || b.3 <= a.1;
                    assert!(
                        apart,
                        "{layout:?} {lang:?} page {n}: “{}” touches “{}”",
                        a.4, b.4
                    );
                }
            }
        }
    }
}

#[test]
fn grid_flows_across_sections_and_contents_link_to_where_each_starts() {
    let products: Vec<Product> = (0..13).map(|i| product(i, "Kopi")).collect();
    // Sections of 7 and 6: four rows then three. Page 1 holds the header and three rows; page 2
    // the fourth row under the repeated header, then the second section starts on the same page.
    let d = doc(&products, Layout::Grid, 7);
    assert_eq!(
        d.pages.len(),
        1 + 1 + 3,
        "cover, contents, three pages of cards"
    );
    let cards = |n: usize| {
        d.pages[n]
            .items
            .iter()
            .filter(|i| matches!(i, Item::Qr { .. }))
            .count()
    };
    assert_eq!((cards(2), cards(3), cards(4)), (6, 1 + 4, 2));
    let page3: Vec<&str> = d.pages[3].texts().collect();
    assert!(
        page3.contains(&"Kategori 0"),
        "the header again where it continues"
    );
    assert!(
        page3.contains(&"Kategori 1"),
        "the next section starts on the same page"
    );
    assert!(d.pages[4].texts().any(|t| t == "Halaman 5 dari 5"));
    assert!(
        !d.pages[0].texts().any(|t| t.starts_with("Halaman")),
        "no footer on the cover"
    );
    assert_eq!(d.outline[0], ("Daftar isi".to_string(), 1));
    assert_eq!(d.outline[1], ("Kategori 0".to_string(), 2));
    assert_eq!(d.outline[2], ("Kategori 1".to_string(), 3));
    let links: Vec<usize> = d.pages[1]
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Link {
                target: Target::Page(p),
                ..
            } => Some(*p),
            _ => None,
        })
        .collect();
    assert_eq!(links, vec![2, 3]);
}

#[test]
fn small_sections_share_pages_and_a_short_catalogue_has_no_contents() {
    // Fifteen products in five categories of three (as the example): two rows each, and a new
    // category starts on the page in progress whenever its header and a row still fit.
    let products: Vec<Product> = (0..15).map(|i| product(i, "Kopi")).collect();
    let d = doc(&products, Layout::Grid, 3);
    let body = d.pages.len() - 2;
    assert_eq!(
        body, 4,
        "pages of cards for 15 products in 5 sections (was 9)"
    );
    for page in d.pages.iter().skip(2).take(body - 1) {
        let cards = page
            .items
            .iter()
            .filter(|i| matches!(i, Item::Qr { .. }))
            .count();
        assert!(cards >= 4, "a page with {cards} cards");
    }
    // One page of products: no contents page, the products follow the cover.
    let few: Vec<Product> = (0..4).map(|i| product(i, "Kopi")).collect();
    let d = doc(&few, Layout::Grid, 2);
    assert_eq!(d.pages.len(), 2, "cover and one page of cards");
    assert!(!d.pages[1].texts().any(|t| t == "Daftar isi"));
    assert_eq!(
        d.outline,
        vec![("Kategori 0".to_string(), 1), ("Kategori 1".to_string(), 1)]
    );
}

#[test]
fn grid_photos_fill_their_square_and_print_between_250_and_450_dpi() {
    let mut products: Vec<Product> = (0..2).map(|i| product(i, "Kopi")).collect();
    let second = products[1].photos[0];
    products[1].set_focus(second, Focus { x: 90, y: 50 });
    let d = doc(&products, Layout::Grid, 6);
    let images: Vec<(f32, f32, Crop, u32)> = d.pages[1]
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Image {
                w, h, crop, edge, ..
            } => Some((*w, *h, *crop, *edge)),
            _ => None,
        })
        .collect();
    assert_eq!(images.len(), 2);
    for (w, h, crop, edge) in &images {
        assert_eq!(
            (*w, *h),
            (
                crate::domain::photo::CARD_PHOTO,
                crate::domain::photo::CARD_PHOTO
            )
        );
        // A 4000 x 3000 photo in a square: its middle (or focus) 3000 x 3000.
        assert_eq!(crop.pixels(4000, 3000).2, 3000);
        let dpi = crate::domain::photo::dpi(*edge, *w);
        assert!((250.0..=450.0).contains(&dpi), "{dpi} dpi");
    }
    assert_eq!(images[0].2.pixels(4000, 3000).0, 500, "centred");
    assert_eq!(
        images[1].2.pixels(4000, 3000).0,
        1000,
        "slid right to the focus, up to the edge"
    );
}

#[test]
fn a_small_photo_prints_at_what_it_has_never_upscaled() {
    let products = vec![product(1, "Kopi")];
    let tr = Translator::new(Lang::Id);
    let sizes: HashMap<PhotoId, (u32, u32)> = HashMap::from([(products[0].photos[0], (300, 200))]);
    let input = input_for(&products, &tr, &sizes, Layout::Sheet);
    let d = layout_doc(&input);
    let edges: Vec<u32> = d
        .pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|i| match i {
            Item::Image { edge, .. } => Some(*edge),
            _ => None,
        })
        .collect();
    assert_eq!(edges, vec![300]);
}

#[test]
fn values_are_never_broken_across_lines() {
    let mut p = product(1, "Kain Tenun Ikat Khas Pesantren");
    p.price = Some(1_250_000);
    p.wholesale = vec![crate::domain::WholesaleTier {
        min_qty: 24,
        price: 12_750,
    }];
    p.net_content = "2 m x 1,15 m".into();
    p.halal.number = "LPPOM-00150099887766".into();
    p.pirt = "P-IRT No. 2063507011234-28".into();
    for layout in [Layout::List, Layout::Sheet, Layout::Grid] {
        let d = doc(&[p.clone()], layout, 6);
        let texts: Vec<&str> = d.pages.iter().flat_map(|p| p.texts()).collect();
        for whole in ["Rp 1.250.000", "2 m x 1,15 m"] {
            assert!(
                texts.iter().any(|t| t.contains(whole)),
                "{layout:?}: {whole} in {texts:?}"
            );
        }
        if layout != Layout::Grid {
            assert!(
                texts.iter().any(|t| t.contains("Rp 12.750")),
                "{layout:?}: {texts:?}"
            );
            assert!(
                texts.iter().any(|t| t.contains("24 pcs")),
                "{layout:?}: {texts:?}"
            );
        }
        if layout == Layout::List {
            assert!(texts.contains(&"LPPOM-00150099887766"), "{texts:?}");
        }
        for broken in ["m", "6", "Rp", "12.750", "1,15 m", "pcs: Rp"] {
            assert!(
                !texts.contains(&broken),
                "{layout:?}: “{broken}” alone on a line"
            );
        }
    }
}

#[test]
fn no_products_single_product_and_many_lay_out_without_empty_pages() {
    let d = doc(&[], Layout::Grid, 6);
    assert_eq!(d.pages.len(), 1, "the cover only");
    let one = doc(&[product(1, "Kopi")], Layout::Sheet, 6);
    assert_eq!(
        one.pages.len(),
        2,
        "cover and the sheet, no contents for one page"
    );
    let many: Vec<Product> = (0..5000).map(|i| product(i, "Madu Hutan Randu")).collect();
    for layout in [Layout::Grid, Layout::List] {
        let d = doc(&many, layout, 250);
        assert_inside(&d);
        let last = d.pages.last().unwrap();
        assert!(
            last.texts()
                .any(|t| t.starts_with("SKU-04999") || t.starts_with("Madu Hutan")),
            "{layout:?}: the last page holds products"
        );
        for page in d.pages.iter().skip(1) {
            assert!(page.texts().count() > 2, "{layout:?}: an empty page");
        }
    }
}

#[test]
fn no_prices_means_no_rupiah_anywhere() {
    let products: Vec<Product> = (0..3).map(|i| product(i, "Kopi")).collect();
    let mut d_input_prices = doc(&products, Layout::Grid, 6);
    assert!(
        d_input_prices
            .pages
            .iter()
            .flat_map(|p| p.texts())
            .any(|t| t.starts_with("Rp "))
    );
    d_input_prices.pages.clear();
    let tr = Translator::new(Lang::Id);
    let sizes = HashMap::new();
    let mut input = input_for(&products, &tr, &sizes, Layout::Sheet);
    input.paper = Paper::Letter;
    input.prices = false;
    let d = layout_doc(&input);
    assert!(
        !d.pages
            .iter()
            .flat_map(|p| p.texts())
            .any(|t| t.contains("Rp "))
    );
    assert_eq!(d.width, 612.0);
}
