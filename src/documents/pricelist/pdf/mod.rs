//! The price list as pages: an A4 landscape table flowing over as many pages as it needs, the
//! column headings repeated at the top of every page, a band where each category begins (named
//! again, "continued", when it goes on over a page), the title, publisher, date and dollar rate on
//! the first page, a running head on the others and page numbers on all. Pure: text is measured
//! with the embedded fonts and placed as a `crate::pdf::model::Document`; no photos.
//!
//! Values (prices, quantities, numbers) are never broken across lines: they stay whole, a little
//! smaller where a cell is short of room. Names, producers and storage wrap inside their cells.

mod table;

use super::PriceList;
use crate::i18n::Translator;
use crate::pdf::fonts::{Face, Measure};
use crate::pdf::model::{Document, GREEN, GREY, INK, Item, Page, RULE};
use table::{Line, Table, text};

/// A4 landscape, in points.
const WIDTH: f32 = 841.89;
const HEIGHT: f32 = 595.28;
const MARGIN: f32 = 28.0;
const TOP: f32 = 26.0;
/// The room kept at the foot of every page for its footer.
const FOOTER: f32 = 26.0;

/// The first page's head: title, publisher and contacts on the left, date and rate on the right.
fn first_head(table: &Table, page: &mut Page) -> f32 {
    let (list, tr) = (table.list, table.tr);
    let right = table.right();
    let half = (right - MARGIN) * 0.45;
    let title = tr.t("pricelist-title");
    let line = table.value(&title, Face::Bold, 18.0, GREEN, half);
    table.place(page, MARGIN, TOP + 16.0, false, &line);
    let mut y = TOP + 30.0;
    if !list.publisher.is_empty() {
        let line = table.value(&list.publisher, Face::Bold, 9.5, INK, half);
        table.place(page, MARGIN, y, false, &line);
        y += 11.0;
    }
    if !list.contacts.is_empty() {
        for line in table.wrapped(
            &list.contacts.join("  ·  "),
            Face::Regular,
            7.5,
            GREY,
            half,
            2,
        ) {
            text(page, table.m, MARGIN, y, &line);
            y += line.lead();
        }
    }
    let (dated, rate) = list.date_and_rate(tr);
    let room = right - MARGIN - half - 20.0;
    let line = table.value(&dated, Face::Regular, 8.5, INK, room);
    table.place(page, right, TOP + 12.0, true, &line);
    let mut ry = TOP + 12.0;
    if let Some(rate) = rate {
        ry += 12.0;
        let line = table.value(&rate, Face::Bold, 9.0, GREEN, room);
        table.place(page, right, ry, true, &line);
        let note = tr.t("pricelist-rate-note");
        for line in table.wrapped(&note, Face::Regular, 7.0, GREY, room, 3) {
            ry += line.lead();
            table.place(page, right, ry, true, &line);
        }
    }
    y.max(ry) + 10.0
}

/// Every other page's head: the title and publisher, and the date and rate.
fn running_head(table: &Table, page: &mut Page) -> f32 {
    let (list, tr) = (table.list, table.tr);
    let right = table.right();
    let half = (right - MARGIN) * 0.5;
    let mut title = tr.t("pricelist-title");
    if !list.publisher.is_empty() {
        title = format!("{title}  ·  {}", list.publisher);
    }
    let y = TOP + 9.0;
    let line = table.value(&title, Face::Bold, 8.5, GREEN, half);
    table.place(page, MARGIN, y, false, &line);
    let (dated, rate) = list.date_and_rate(tr);
    let words = match rate {
        Some(rate) => format!("{dated}  ·  {rate}"),
        None => dated,
    };
    let line = table.value(&words, Face::Regular, 7.5, GREY, half - 20.0);
    table.place(page, right, y, true, &line);
    TOP + 17.0
}

/// Lays the price list out: as many A4 landscape pages as its rows need.
pub fn layout(list: &PriceList, tr: &Translator, m: &Measure) -> Document {
    let table = Table::new(list, tr, m);
    let limit = HEIGHT - FOOTER - 4.0;
    let mut pages: Vec<Page> = Vec::new();
    let mut outline: Vec<(String, usize)> = Vec::new();
    let mut page = Page::default();
    let head = first_head(&table, &mut page);
    let mut y = table.headings(&mut page, head);
    if list.sections.is_empty() {
        let line = table.value(&tr.t("pricelist-empty"), Face::Regular, 9.0, GREY, 400.0);
        text(&mut page, m, MARGIN + 6.0, y + 18.0, &line);
    }
    for section in &list.sections {
        for (i, row) in section.rows.iter().enumerate() {
            let (cells, h) = table.row(row);
            // A category's band never stands alone at the foot of a page.
            let band = if i == 0 { 15.0 } else { 0.0 };
            if y + band + h > limit {
                pages.push(std::mem::take(&mut page));
                let top = running_head(&table, &mut page);
                y = table.headings(&mut page, top);
                if i > 0 {
                    let title = tr.t_args(
                        "pricelist-continued",
                        &[("section", section.title.as_str().into())],
                    );
                    y = table.band(&mut page, y, &title);
                }
            }
            if i == 0 {
                outline.push((section.title.clone(), pages.len()));
                y = table.band(&mut page, y, &section.title);
            }
            table.draw_cells(&mut page, &cells, y);
            y += h;
            table.rule(&mut page, y - 0.4);
        }
    }
    pages.push(page);
    footers(&table, &mut pages);
    let title = tr.t("pricelist-title");
    Document {
        width: WIDTH,
        height: HEIGHT,
        pages,
        outline,
        title: if list.publisher.is_empty() {
            title
        } else {
            format!("{title} · {}", list.publisher)
        },
        author: list.publisher.clone(),
        lang: list.lang,
        bleed: 0.0,
    }
}

/// A rule and "page N of M" at the foot of every page, the publisher and the date beside it.
fn footers(table: &Table, pages: &mut [Page]) {
    let (list, tr) = (table.list, table.tr);
    let total = pages.len();
    let right = table.right();
    let mut left = tr.t("pricelist-title");
    if !list.publisher.is_empty() {
        left = format!("{left}  ·  {}", list.publisher);
    }
    left = format!("{left}  ·  {}", tr.date(list.date));
    for (i, page) in pages.iter_mut().enumerate() {
        let y = HEIGHT - FOOTER + 12.0;
        page.items.push(Item::Rect {
            x: MARGIN,
            y: HEIGHT - FOOTER,
            w: right - MARGIN,
            h: 0.6,
            fill: RULE,
            radius: 0.0,
        });
        let label = tr.t_args(
            "pricelist-page-of",
            &[("page", (i + 1).into()), ("total", total.into())],
        );
        let label_w = table.m.width(Face::Regular, 7.5, &label);
        let line = table.value(&label, Face::Regular, 7.5, GREY, 200.0);
        table.place(page, right, y, true, &line);
        let room = right - MARGIN - label_w - 20.0;
        let line = table
            .m
            .wrap(Face::Regular, 7.5, &left, room, 1)
            .pop()
            .unwrap_or_default();
        let line = Line {
            text: line,
            face: Face::Regular,
            size: 7.5,
            color: GREY,
        };
        text(page, table.m, MARGIN, y, &line);
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::pricelist::{Halal, Row, Section, Tier};
    use crate::domain::currency::UsdRate;
    use crate::domain::{Date, Lang};

    fn row(sku: &str) -> Row {
        Row {
            sku: sku.into(),
            name: "Kopi Robusta Dampit Bubuk".into(),
            producer: "Pondok Pesantren Baitul A'la".into(),
            net_content: "250 g".into(),
            price: Some(95_000),
            usd: Some(UsdRate::new(16_250).unwrap().convert(95_000)),
            tiers: vec![Tier {
                min_qty: 24,
                price: 80_750,
                usd: Some(UsdRate::new(16_250).unwrap().convert(80_750)),
            }],
            min_order: Some(1_000),
            units_per_carton: Some(24),
            shelf_life_months: Some(12),
            storage: "Simpan di tempat kering dan sejuk, jauh dari sinar matahari langsung.".into(),
            hs_code: "0901.21".into(),
            halal: Halal::Number("ID35110017058840424".into()),
            pirt: "P-IRT No. 2063516044567-27".into(),
            bpom: "MD 224510001234".into(),
        }
    }

    fn list(lang: Lang, rows: usize, rate: bool, prices: bool) -> PriceList {
        PriceList {
            lang,
            date: Date::new(2026, 12, 1).unwrap(),
            publisher: "Forum Kopontren OPOP Jawa Timur".into(),
            contacts: vec!["Jl. Pesantren No. 1, Surabaya".into()],
            prices,
            rate: rate.then(|| UsdRate::new(16_250).unwrap()),
            sections: vec![
                Section {
                    title: "Minuman".into(),
                    rows: (0..rows).map(|i| row(&format!("BAL-KOP-{i:02}"))).collect(),
                },
                Section {
                    title: "Kerajinan".into(),
                    rows: vec![row("AIK-ANY-01")],
                },
            ],
        }
    }

    fn doc(l: &PriceList) -> Document {
        layout(l, &Translator::new(l.lang), &Measure::new())
    }

    fn texts(d: &Document) -> Vec<String> {
        d.pages
            .iter()
            .flat_map(|p| p.texts().map(str::to_string))
            .collect()
    }

    #[test]
    fn values_are_whole_on_one_line_and_the_rate_is_printed() {
        let d = doc(&list(Lang::Id, 2, true, true));
        let t = texts(&d);
        for value in [
            "Rp 95.000",
            "USD 5,85",
            "ID35110017058840424",
            "0901.21",
            "1.000",
            "2063516044567-27",
            "MD 224510001234",
            "Kurs: 1 USD = Rp 16.250, 1 Desember 2026",
        ] {
            assert!(t.iter().any(|l| l.contains(value)), "{value} in {t:?}");
        }
        assert!(t.iter().any(|l| l.contains("Rp 80.750")), "{t:?}");
        let en = texts(&doc(&list(Lang::En, 2, true, true)));
        for value in [
            "IDR 95,000",
            "USD 5.85",
            "1 USD = IDR 16,250, 1 December 2026",
        ] {
            assert!(en.iter().any(|l| l.contains(value)), "{value} in {en:?}");
        }
    }

    #[test]
    fn rupiah_only_and_no_prices_leave_their_columns_out() {
        let t = texts(&doc(&list(Lang::Id, 2, false, true)));
        assert!(t.iter().any(|l| l.contains("Rp 95.000")));
        assert!(!t.iter().any(|l| l.contains("USD")), "{t:?}");
        let t = texts(&doc(&list(Lang::Id, 2, false, false)));
        assert!(!t.iter().any(|l| l.contains("Rp ")), "{t:?}");
        assert!(t.iter().any(|l| l.contains("ID35110017058840424")));
    }

    #[test]
    fn every_page_has_the_headings_its_number_and_nothing_past_its_edges() {
        let l = list(Lang::Id, 60, true, true);
        let d = doc(&l);
        assert!(d.pages.len() >= 3, "{}", d.pages.len());
        let heading = Translator::new(Lang::Id).t("pricelist-col-hs");
        for (i, page) in d.pages.iter().enumerate() {
            let t: Vec<&str> = page.texts().collect();
            assert!(t.contains(&heading.as_str()), "page {i}: {t:?}");
            let number = format!("Halaman {} dari {}", i + 1, d.pages.len());
            assert!(t.contains(&number.as_str()), "page {i}: {t:?}");
            for item in &page.items {
                if let Item::Text {
                    x, y, width, text, ..
                } = item
                {
                    assert!(
                        *x >= MARGIN - 0.5 && x + width <= WIDTH - MARGIN + 0.5,
                        "{text}"
                    );
                    assert!(*y > 0.0 && *y < HEIGHT - 4.0, "{text}");
                }
            }
        }
        // The second page goes on with the category, named as continued; the rows all appear.
        let t = texts(&d);
        assert!(t.iter().any(|l| l == "Minuman (lanjutan)"), "{t:?}");
        assert_eq!(t.iter().filter(|l| l.starts_with("BAL-KOP-")).count(), 60);
        assert_eq!(d.outline.len(), 2);
        assert_eq!(d.outline[0], ("Minuman".to_string(), 0));
    }

    #[test]
    fn no_cell_runs_into_the_next_column() {
        for (lang, rate, prices) in [
            (Lang::Id, true, true),
            (Lang::En, true, true),
            (Lang::Id, false, true),
            (Lang::En, false, false),
        ] {
            let l = list(lang, 3, rate, prices);
            let tr = Translator::new(lang);
            let m = Measure::new();
            let table = Table::new(&l, &tr, &m);
            let d = layout(&l, &tr, &m);
            let page = &d.pages[0];
            for item in &page.items {
                let Item::Text {
                    x, width, text, y, ..
                } = item
                else {
                    continue;
                };
                // Text below the head block sits inside one column.
                if *y < 90.0 || *y > HEIGHT - FOOTER {
                    continue;
                }
                let inside = table
                    .cols
                    .iter()
                    .any(|&(_, cx, cw)| *x >= cx - 0.01 && x + width <= cx + cw + 0.01);
                let band = *x == MARGIN + 6.0;
                assert!(inside || band, "{lang:?}: {text} at {x}+{width}");
            }
        }
    }
}
