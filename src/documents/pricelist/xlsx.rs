//! The price list as an Excel workbook (one sheet) for buyers who sort, filter and paste it into
//! their own purchase sheets: a title block (title, publisher, contacts, date, and the dollar rate
//! when there is one) above a frozen, styled header row with a filter, then a row per product in
//! category order.
//!
//! Cells are typed as the catalogue workbook types them (`crate::interchange::workbook`):
//! identifiers (SKU, HS code, halal number, PIRT, BPOM) as text cells in Text-formatted columns,
//! so Excel keeps their leading zeros and never shows `6,28E+12`; rupiah as numbers in a rupiah
//! format; dollars as numbers in a two-decimal USD format; counts as numbers; everything else as
//! string cells, never formulas, whatever the text starts with (formula injection: a workbook
//! cell written as a string is never evaluated). Without prices (`--no-prices`) there is no price
//! column at all. The same list gives the same bytes: the creation date is the list's date.

use super::{Halal, PriceList, Row};
use crate::i18n::Translator;
use crate::interchange::workbook::WriteError;
use rust_xlsxwriter::{
    Color, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
};

/// The most characters a workbook cell holds.
const MAX_CELL_CHARS: usize = 32_767;

/// What a column holds, and so how its cells are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Text,
    /// Text that wraps in its cell (names, storage).
    Long,
    /// An identifier: a text cell in a column formatted as Text.
    Identifier,
    Rupiah,
    Usd,
    Count,
}

/// The columns, left to right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Col {
    Sku,
    Name,
    Category,
    Producer,
    Net,
    Price,
    Usd,
    /// The `n`th wholesale tier (0-based): its least quantity, its price, its price in dollars.
    TierQty(usize),
    TierPrice(usize),
    TierUsd(usize),
    MinOrder,
    Carton,
    ShelfLife,
    Storage,
    Hs,
    Halal,
    Pirt,
    Bpom,
}

impl Col {
    fn kind(self) -> Kind {
        match self {
            Col::Sku | Col::Hs | Col::Halal | Col::Pirt | Col::Bpom => Kind::Identifier,
            Col::Name | Col::Producer | Col::Storage => Kind::Long,
            Col::Category | Col::Net => Kind::Text,
            Col::Price | Col::TierPrice(_) => Kind::Rupiah,
            Col::Usd | Col::TierUsd(_) => Kind::Usd,
            Col::TierQty(_) | Col::MinOrder | Col::Carton | Col::ShelfLife => Kind::Count,
        }
    }

    /// The heading; tiers are numbered only when there are several.
    fn heading(self, tr: &Translator, tiers: usize) -> String {
        let tier = |key: &str, n: usize| {
            let n = if tiers > 1 { n + 1 } else { 0 };
            tr.t_args(key, &[("n", n.into())])
        };
        match self {
            Col::TierQty(n) => tier("pricelist-col-tier-qty", n),
            Col::TierPrice(n) => tier("pricelist-col-tier-idr", n),
            Col::TierUsd(n) => tier("pricelist-col-tier-usd", n),
            other => tr.t(match other {
                Col::Sku => "pricelist-col-sku",
                Col::Name => "pricelist-col-name",
                Col::Category => "pricelist-col-category",
                Col::Producer => "pricelist-col-producer",
                Col::Net => "pricelist-col-net",
                Col::Price => "pricelist-col-price-idr",
                Col::Usd => "pricelist-col-price-usd",
                Col::MinOrder => "pricelist-col-min-order",
                Col::Carton => "pricelist-col-carton",
                Col::ShelfLife => "pricelist-col-shelf-life",
                Col::Storage => "pricelist-col-storage",
                Col::Hs => "pricelist-col-hs",
                Col::Halal => "pricelist-col-halal",
                Col::Pirt => "pricelist-col-pirt",
                _ => "pricelist-col-bpom",
            }),
        }
    }
}

/// The columns of this list: no price columns without prices, no dollar columns without a rate,
/// a set of tier columns for each tier the products have.
fn columns(list: &PriceList) -> Vec<Col> {
    let mut cols = vec![Col::Sku, Col::Name, Col::Category, Col::Producer, Col::Net];
    if list.prices {
        let usd = list.dollars().is_some();
        cols.push(Col::Price);
        if usd {
            cols.push(Col::Usd);
        }
        for n in 0..list.most_tiers() {
            cols.extend([Col::TierQty(n), Col::TierPrice(n)]);
            if usd {
                cols.push(Col::TierUsd(n));
            }
        }
    }
    cols.extend([
        Col::MinOrder,
        Col::Carton,
        Col::ShelfLife,
        Col::Storage,
        Col::Hs,
        Col::Halal,
        Col::Pirt,
        Col::Bpom,
    ]);
    cols
}

/// A cell's value.
enum Value {
    Empty,
    Text(String),
    Number(f64),
}

fn text(s: &str) -> Value {
    if s.trim().is_empty() {
        Value::Empty
    } else {
        Value::Text(s.to_string())
    }
}

fn count(n: Option<u32>) -> Value {
    n.map_or(Value::Empty, |n| Value::Number(f64::from(n)))
}

fn value(col: Col, row: &Row, category: &str, tr: &Translator) -> Value {
    let tier = |n: usize| row.tiers.get(n);
    match col {
        Col::Sku => text(&row.sku),
        Col::Name => text(&row.name),
        Col::Category => text(category),
        Col::Producer => text(&row.producer),
        Col::Net => text(&row.net_content),
        Col::Price => row.price.map_or(Value::Empty, |p| Value::Number(p as f64)),
        Col::Usd => row.usd.map_or(Value::Empty, |u| Value::Number(u.dollars())),
        Col::TierQty(n) => count(tier(n).map(|t| t.min_qty)),
        Col::TierPrice(n) => tier(n).map_or(Value::Empty, |t| Value::Number(t.price as f64)),
        Col::TierUsd(n) => tier(n)
            .and_then(|t| t.usd)
            .map_or(Value::Empty, |u| Value::Number(u.dollars())),
        Col::MinOrder => count(row.min_order),
        Col::Carton => count(row.units_per_carton),
        Col::ShelfLife => count(row.shelf_life_months),
        Col::Storage => text(&row.storage),
        Col::Hs => text(&row.hs_code),
        Col::Halal => match &row.halal {
            Halal::Number(n) => text(n),
            other => other.words(tr).map_or(Value::Empty, Value::Text),
        },
        Col::Pirt => text(&row.pirt),
        Col::Bpom => text(&row.bpom),
    }
}

/// The cell formats, made once.
struct Formats {
    title: Format,
    strong: Format,
    note: Format,
    header: Format,
    text: Format,
    long: Format,
    identifier: Format,
    rupiah: Format,
    usd: Format,
    count: Format,
}

impl Formats {
    fn new(tr: &Translator) -> Formats {
        let cell = || Format::new().set_align(FormatAlign::Top);
        let green = Color::RGB(0x1F6F4A);
        // The currency as the list's language writes it; Excel groups the digits as the reader's
        // own settings do.
        let rupiah = match tr.lang() {
            crate::domain::Lang::Id => "\"Rp\" #,##0",
            crate::domain::Lang::En => "\"IDR\" #,##0",
        };
        Formats {
            title: Format::new()
                .set_bold()
                .set_font_size(16)
                .set_font_color(green),
            strong: Format::new().set_bold(),
            note: Format::new().set_font_color(Color::RGB(0x6B6B66)),
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Top)
                .set_background_color(Color::RGB(0xD9EAD3))
                .set_border_bottom(FormatBorder::Thin),
            text: cell(),
            long: cell().set_text_wrap(),
            identifier: cell().set_num_format("@"),
            rupiah: cell().set_num_format(rupiah),
            usd: cell().set_num_format("\"USD\" #,##0.00"),
            count: cell().set_num_format("#,##0"),
        }
    }

    fn of(&self, kind: Kind) -> &Format {
        match kind {
            Kind::Text => &self.text,
            Kind::Long => &self.long,
            Kind::Identifier => &self.identifier,
            Kind::Rupiah => &self.rupiah,
            Kind::Usd => &self.usd,
            Kind::Count => &self.count,
        }
    }
}

/// Text cut to what a cell holds.
fn cell_text(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().count() <= MAX_CELL_CHARS {
        std::borrow::Cow::Borrowed(s)
    } else {
        let cut: String = s.chars().take(MAX_CELL_CHARS - 1).collect();
        std::borrow::Cow::Owned(format!("{cut}…"))
    }
}

/// How many lines `text` takes wrapped at spaces in a column `width` characters wide, counted a
/// little generously (a character short of the width), so a row is never too short for its text.
fn lines_in(text: &str, width: usize) -> usize {
    let room = width.saturating_sub(1).max(1);
    text.lines()
        .map(|paragraph| {
            let mut lines = 1;
            let mut used = 0;
            for word in paragraph.split_whitespace() {
                let n = word.chars().count();
                if used > 0 && used + 1 + n <= room {
                    used += 1 + n;
                    continue;
                }
                if used > 0 {
                    lines += 1;
                }
                // A word longer than the line takes several.
                lines += (n - 1) / room;
                used = (n - 1) % room + 1;
            }
            lines
        })
        .sum::<usize>()
        .max(1)
}

/// The workbook for `list`, in its language. Reports `(rows written, rows in all)`; `Ok(None)`
/// when `progress` returns false.
pub fn workbook(
    list: &PriceList,
    tr: &Translator,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Result<Option<Vec<u8>>, WriteError> {
    let formats = Formats::new(tr);
    let cols = columns(list);
    let tiers = list.most_tiers();
    let mut sheet = Worksheet::new();
    sheet.set_name(tr.t("pricelist-sheet"))?;

    // The title block.
    let mut r: u32 = 0;
    let title = tr.t("pricelist-title");
    sheet.write_string_with_format(r, 0, &title, &formats.title)?;
    sheet.set_row_height(r, 22)?;
    r += 1;
    if !list.publisher.is_empty() {
        sheet.write_string_with_format(r, 0, cell_text(&list.publisher), &formats.strong)?;
        r += 1;
    }
    if !list.contacts.is_empty() {
        let contacts = list.contacts.join("  ·  ");
        sheet.write_string_with_format(r, 0, cell_text(&contacts), &formats.note)?;
        r += 1;
    }
    let (dated, rate) = list.date_and_rate(tr);
    sheet.write_string(r, 0, &dated)?;
    r += 1;
    if let Some(line) = rate {
        sheet.write_string_with_format(r, 0, &line, &formats.strong)?;
        sheet.write_string_with_format(r + 1, 0, tr.t("pricelist-rate-note"), &formats.note)?;
        r += 2;
    }
    let header = r + 1;

    // The header and the column formats (so rows typed in later are typed too).
    let mut widths: Vec<usize> = Vec::with_capacity(cols.len());
    // What wraps in its cell: the headings and the long texts, by row, for the rows' heights.
    let mut wrapping: Vec<(u32, usize, String)> = Vec::new();
    for (i, col) in cols.iter().enumerate() {
        let c = i as u16;
        let heading = col.heading(tr, tiers);
        sheet.write_string_with_format(header, c, &heading, &formats.header)?;
        widths.push(heading.chars().count().min(16) + 2);
        wrapping.push((header, i, heading));
        if matches!(col.kind(), Kind::Identifier) {
            sheet.set_column_format(c, &formats.identifier)?;
        }
    }

    let total = list.rows().count();
    let mut row_index = header;
    let mut done = 0;
    for section in &list.sections {
        for row in &section.rows {
            if done % 64 == 0 && !progress(done, total) {
                return Ok(None);
            }
            row_index += 1;
            for (i, col) in cols.iter().enumerate() {
                let c = i as u16;
                let format = formats.of(col.kind());
                match value(*col, row, &section.title, tr) {
                    Value::Empty => continue,
                    Value::Text(t) => {
                        let t = cell_text(&t);
                        let longest = t.lines().map(|l| l.chars().count()).max().unwrap_or(0);
                        widths[i] = widths[i].max(longest + 2);
                        sheet.write_string_with_format(row_index, c, t.as_ref(), format)?;
                        if col.kind() == Kind::Long {
                            wrapping.push((row_index, i, t.into_owned()));
                        }
                    }
                    Value::Number(n) => {
                        // As the format shows it: "Rp 1.250.000", "USD 5.85".
                        let shown = match col.kind() {
                            Kind::Usd => 8 + n.trunc().to_string().len() * 4 / 3,
                            _ => 4 + n.to_string().len() * 4 / 3,
                        };
                        widths[i] = widths[i].max(shown + 2);
                        sheet.write_number_with_format(row_index, c, n, format)?;
                    }
                }
            }
            done += 1;
        }
    }
    for (i, col) in cols.iter().enumerate() {
        let (least, most) = match col.kind() {
            Kind::Long => (16, 40),
            Kind::Count => (8, 14),
            _ => (8, 30),
        };
        widths[i] = widths[i].clamp(least, most);
        sheet.set_column_width(i as u16, widths[i] as f64)?;
    }
    // Rows as tall as their wrapped text: neither Excel nor LibreOffice measures it again when
    // the file is opened (the headings are bold, so a little wider).
    let mut lines: std::collections::BTreeMap<u32, usize> = std::collections::BTreeMap::new();
    for (r, i, t) in &wrapping {
        let room = if *r == header {
            widths[*i] * 7 / 8
        } else {
            widths[*i]
        };
        let n = lines_in(t, room);
        let most = lines.entry(*r).or_insert(1);
        *most = (*most).max(n);
    }
    for (r, n) in lines {
        if n > 1 {
            sheet.set_row_height(r, (15 * n).min(400) as f64)?;
        }
    }
    let last_col = cols.len() as u16 - 1;
    sheet.set_freeze_panes(header + 1, 2)?;
    sheet.autofilter(header, 0, row_index, last_col)?;
    // Printed: landscape A4, as wide as one page, the header on every page, pages numbered.
    sheet.set_landscape();
    sheet.set_paper_size(9);
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(header, header)?;
    sheet.set_footer("&R&[Page] / &[Pages]");
    progress(total, total);

    let mut book = Workbook::new();
    let d = list.date;
    let created = match u16::try_from(d.year()) {
        Ok(year) if (1900..=9999).contains(&year) => {
            ExcelDateTime::from_ymd(year, d.month(), d.day())?
        }
        _ => ExcelDateTime::from_ymd(2024, 1, 1)?,
    };
    let mut properties = DocProperties::new()
        .set_title(&title)
        .set_creation_datetime(&created);
    if !list.publisher.is_empty() {
        properties = properties.set_author(&list.publisher);
    }
    book.set_properties(&properties);
    sheet.set_active(true);
    book.push_worksheet(sheet);
    Ok(Some(book.save_to_buffer()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::documents::pricelist::{Section, Tier};
    use crate::domain::currency::UsdRate;
    use crate::domain::{Date, Lang};
    use calamine::{Data, Reader, Xlsx};

    fn row(sku: &str, name: &str) -> Row {
        let rate = UsdRate::new(16_250).unwrap();
        Row {
            sku: sku.into(),
            name: name.into(),
            producer: "-Pondok Pesantren Baitul A'la".into(),
            net_content: "250 g".into(),
            price: Some(95_000),
            usd: Some(rate.convert(95_000)),
            tiers: vec![Tier {
                min_qty: 24,
                price: 80_750,
                usd: Some(rate.convert(80_750)),
            }],
            min_order: Some(100),
            units_per_carton: Some(24),
            shelf_life_months: Some(12),
            storage: "Simpan di tempat kering.".into(),
            hs_code: "0901.21".into(),
            halal: Halal::Number("ID35110017058840424".into()),
            pirt: "P-IRT No. 2063516044567-27".into(),
            bpom: String::new(),
        }
    }

    fn list(lang: Lang, prices: bool, rate: bool) -> PriceList {
        PriceList {
            lang,
            date: Date::new(2026, 12, 1).unwrap(),
            publisher: "=HYPERLINK(\"http://x\")".into(),
            contacts: vec![],
            prices,
            rate: rate.then(|| UsdRate::new(16_250).unwrap()),
            sections: vec![Section {
                title: "Minuman".into(),
                rows: vec![row("BAL-KOP-01", "=1+1"), row("007", "Kopi")],
            }],
        }
    }

    fn read(list: &PriceList) -> (Vec<Vec<Data>>, Xlsx<std::io::Cursor<Vec<u8>>>) {
        let tr = Translator::new(list.lang);
        let bytes = workbook(list, &tr, &mut |_, _| true).unwrap().unwrap();
        let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        let name = tr.t("pricelist-sheet");
        let range = book.worksheet_range(&name).unwrap();
        let rows = range.rows().map(|r| r.to_vec()).collect();
        (rows, book)
    }

    fn header_at(rows: &[Vec<Data>], first: &str) -> usize {
        rows.iter()
            .position(|r| r.first() == Some(&Data::String(first.into())))
            .unwrap()
    }

    #[test]
    fn cells_are_typed_and_text_is_never_a_formula() {
        let l = list(Lang::En, true, true);
        let (rows, mut book) = read(&l);
        let h = header_at(&rows, "SKU");
        let header: Vec<String> = rows[h].iter().map(|c| c.to_string()).collect();
        let col = |name: &str| {
            header
                .iter()
                .position(|c| c == name)
                .unwrap_or_else(|| panic!("{name} in {header:?}"))
        };
        let first = &rows[h + 1];
        assert_eq!(first[col("SKU")], Data::String("BAL-KOP-01".into()));
        assert_eq!(first[col("Product")], Data::String("=1+1".into()));
        assert_eq!(first[col("Unit price (IDR)")], Data::Float(95_000.0));
        assert_eq!(first[col("Unit price (USD)")], Data::Float(5.85));
        assert_eq!(first[col("Wholesale: from (pcs)")], Data::Float(24.0));
        assert_eq!(first[col("Wholesale price (USD)")], Data::Float(4.97));
        assert_eq!(first[col("HS code")], Data::String("0901.21".into()));
        assert_eq!(first[col("Units per carton")], Data::Float(24.0));
        assert_eq!(
            first[col("Halal certificate")],
            Data::String("ID35110017058840424".into())
        );
        assert_eq!(rows[h + 2][col("SKU")], Data::String("007".into()));
        assert!(
            rows.iter()
                .flatten()
                .any(|c| *c
                    == Data::String("Exchange rate: 1 USD = IDR 16,250, 1 December 2026".into())),
            "{rows:?}"
        );
        assert_eq!(rows[1][0], Data::String(l.publisher.clone()));
        // The formats: text for identifiers, rupiah and dollars with their currency.
        let styles = book
            .worksheet_style(&Translator::new(Lang::En).t("pricelist-sheet"))
            .unwrap();
        let format = |c: usize| {
            styles
                .get(((h + 1) as u32, c as u32))
                .and_then(|s| s.number_format.clone())
                .map(|f| f.format_code)
                .unwrap_or_default()
        };
        assert!(
            format(col("Unit price (USD)")).contains("USD"),
            "{}",
            format(col("Unit price (USD)"))
        );
        assert!(format(col("Unit price (USD)")).contains("0.00"));
        assert!(format(col("Unit price (IDR)")).contains("IDR"));
        assert_eq!(format(col("HS code")), "@");
    }

    #[test]
    fn no_prices_no_price_columns_and_no_rate_no_dollars() {
        let (rows, _) = read(&list(Lang::Id, false, true));
        let h = header_at(&rows, "SKU");
        let header: Vec<String> = rows[h].iter().map(|c| c.to_string()).collect();
        assert!(
            !header
                .iter()
                .any(|c| c.contains("Harga") || c.contains("USD")),
            "{header:?}"
        );
        assert!(
            !rows
                .iter()
                .flatten()
                .any(|c| c.to_string().contains("Kurs"))
        );
        let (rows, _) = read(&list(Lang::Id, true, false));
        let h = header_at(&rows, "SKU");
        let header: Vec<String> = rows[h].iter().map(|c| c.to_string()).collect();
        assert!(
            header.iter().any(|c| c == "Harga satuan (Rp)"),
            "{header:?}"
        );
        assert!(!header.iter().any(|c| c.contains("USD")), "{header:?}");
    }

    #[test]
    fn wrapped_lines_are_counted_generously() {
        assert_eq!(lines_in("", 10), 1);
        assert_eq!(lines_in("Kopi", 10), 1);
        assert_eq!(lines_in("Simpan di tempat kering", 10), 3);
        assert_eq!(lines_in("satu\ndua", 40), 2);
        assert_eq!(lines_in("abcdefghijklmnopqrst", 11), 2);
        assert_eq!(lines_in("abcdefghijklmnopqrstu", 11), 3);
    }

    #[test]
    fn cancelled_writes_nothing() {
        let l = list(Lang::Id, true, true);
        let tr = Translator::new(Lang::Id);
        assert_eq!(workbook(&l, &tr, &mut |_, _| false).unwrap(), None);
    }
}
