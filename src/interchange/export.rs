//! Writes the catalogue as CSV in the interchange format: every column in order, one row per
//! product sorted by SKU, comma-delimited, UTF-8 with a byte-order mark so Excel shows non-ASCII
//! text correctly. Text cells are guarded so that spreadsheets never evaluate them
//! (`super::guard`); numbers are written as plain digits. What it writes imports back to the same
//! catalogue.

use super::columns::Column;
use super::guard::guard;
use crate::domain::sort::natural_cmp;
use crate::domain::{Category, CategoryId, Producer, ProducerId, Product, ProductId};
use std::collections::HashMap;

/// The CSV text (with BOM) for these products.
pub fn write_csv(products: &[Product], producers: &[Producer], categories: &[Category]) -> Vec<u8> {
    write_csv_with(products, producers, categories, None, &mut |_, _| true)
        .expect("never cancelled")
}

/// The files an export writes for each product's photos, in photo order: `FOLDER/SKU-1.jpg`, ...
/// (the SKU made safe for file names; a clash after that gets a number). Products in SKU order.
pub fn photo_files(products: &[Product], folder: &str) -> HashMap<ProductId, Vec<String>> {
    let mut sorted: Vec<&Product> = products.iter().collect();
    sorted.sort_by(|a, b| natural_cmp(&a.sku, &b.sku));
    let mut used = std::collections::HashSet::new();
    let mut out = HashMap::new();
    for p in sorted {
        if p.photos.is_empty() {
            continue;
        }
        let safe: String = p
            .sku
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let mut stem = safe.clone();
        let mut n = 2;
        while !used.insert(stem.to_lowercase()) {
            stem = format!("{safe}~{n}");
            n += 1;
        }
        let names = (1..=p.photos.len())
            .map(|i| format!("{folder}/{stem}-{i}.jpg"))
            .collect();
        out.insert(p.id, names);
    }
    out
}

/// [`write_csv`] that reports `(rows written, rows in all)`; returns `None` when `progress`
/// returns false.
pub fn write_csv_with(
    products: &[Product],
    producers: &[Producer],
    categories: &[Category],
    photo_folder: Option<&str>,
    progress: &mut dyn FnMut(usize, usize) -> bool,
) -> Option<Vec<u8>> {
    let photos = photo_folder
        .map(|f| photo_files(products, f))
        .unwrap_or_default();
    let producers: HashMap<ProducerId, &Producer> = producers.iter().map(|p| (p.id, p)).collect();
    let categories: HashMap<CategoryId, &Category> = categories.iter().map(|c| (c.id, c)).collect();
    let mut sorted: Vec<&Product> = products.iter().collect();
    sorted.sort_by(|a, b| natural_cmp(&a.sku, &b.sku));

    let mut out = Vec::with_capacity(64 + products.len() * 600);
    out.extend_from_slice(b"\xEF\xBB\xBF");
    let header: Vec<&str> = Column::ALL.iter().map(|c| c.name()).collect();
    write_row(&mut out, &header);
    let total = sorted.len();
    for (done, p) in sorted.into_iter().enumerate() {
        if done % 64 == 0 && !progress(done, total) {
            return None;
        }
        let producer = producers.get(&p.producer);
        let category = categories.get(&p.category);
        let cells: Vec<String> = Column::ALL
            .iter()
            .map(|c| {
                let text = match c {
                    Column::Photos => photos.get(&p.id).map(|n| n.join("|")).unwrap_or_default(),
                    _ => cell(*c, p, producer.copied(), category.copied()),
                };
                if c.is_number() {
                    text
                } else {
                    guard(&text).into_owned()
                }
            })
            .collect();
        let refs: Vec<&str> = cells.iter().map(String::as_str).collect();
        write_row(&mut out, &refs);
    }
    progress(total, total);
    Some(out)
}

/// The contents of one column's cell for a product, as the CSV writes it before guarding (the
/// photos column is left empty: the caller knows where the photo files go). The workbook writer
/// uses the same contents, typed by [`Column::kind`].
pub fn cell(
    column: Column,
    p: &Product,
    producer: Option<&Producer>,
    category: Option<&Category>,
) -> String {
    let opt = |v: Option<u32>| v.map(|n| n.to_string()).unwrap_or_default();
    let tier = p.wholesale.first();
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_string();
    let legal = |f: &dyn Fn(&Producer) -> String| producer.map(f).unwrap_or_default();
    match column {
        Column::Sku => p.sku.clone(),
        Column::NameId => p.name.id.clone(),
        Column::NameEn => p.name.en.clone(),
        Column::Category => category.map(|c| c.name.id.clone()).unwrap_or_default(),
        Column::CategoryEn => category.map(|c| c.name.en.clone()).unwrap_or_default(),
        Column::DescriptionId => p.description.id.clone(),
        Column::DescriptionEn => p.description.en.clone(),
        Column::IngredientsId => p.ingredients.id.clone(),
        Column::IngredientsEn => p.ingredients.en.clone(),
        Column::Price => p.price.map(|n| n.to_string()).unwrap_or_default(),
        Column::WholesalePrice => tier.map(|t| t.price.to_string()).unwrap_or_default(),
        Column::WholesaleMinQty => tier.map(|t| t.min_qty.to_string()).unwrap_or_default(),
        Column::NetContent => p.net_content.clone(),
        Column::ShelfLifeMonths => opt(p.shelf_life_months),
        Column::Producer => producer.map(|x| x.pesantren.clone()).unwrap_or_default(),
        Column::Kopontren => producer.map(|x| x.kopontren.clone()).unwrap_or_default(),
        Column::City => producer.map(|x| x.city.clone()).unwrap_or_default(),
        Column::Whatsapp => producer.map(|x| x.whatsapp.clone()).unwrap_or_default(),
        Column::HalalStatus => p.halal.status.code().to_string(),
        Column::HalalScheme => p
            .halal
            .scheme
            .map(|s| s.code().to_string())
            .unwrap_or_default(),
        Column::HalalNumber => p.halal.number.clone(),
        Column::HalalIssuer => p
            .halal
            .issuer
            .map(|s| s.code().to_string())
            .unwrap_or_default(),
        Column::HalalIssued => p.halal.issued.map(|d| d.to_string()).unwrap_or_default(),
        Column::HalalValidUntil => p
            .halal
            .valid_until
            .map(|d| d.to_string())
            .unwrap_or_default(),
        Column::Pirt => p.pirt.clone(),
        Column::Bpom => p.bpom.clone(),
        Column::HsCode => p.export.hs_code.clone(),
        Column::MinOrder => opt(p.export.min_order),
        // Written by the caller, which knows where the photo files go.
        Column::Photos => String::new(),
        Column::Featured => yes_no(p.featured),
        Column::Hidden => yes_no(p.hidden),
        Column::HalalExaminer => p.halal.examiner.clone(),
        Column::StorageId => p.storage.id.clone(),
        Column::StorageEn => p.storage.en.clone(),
        Column::UnitsPerCarton => opt(p.export.units_per_carton),
        Column::TrademarkStatus => p.trademark.status.code().to_string(),
        Column::TrademarkNumber => p.trademark.number.clone(),
        Column::Sni => p.sni.clone(),
        Column::Nib => legal(&|x| x.nib.clone()),
        Column::Nspp => legal(&|x| x.nspp.clone()),
        Column::LegalEntityNumber => legal(&|x| x.legal.legal_entity_number.clone()),
        Column::NikKoperasi => legal(&|x| x.legal.nik_koperasi.clone()),
        Column::KemenagRegistered => {
            legal(&|x| x.legal.kemenag_registered.map(yes_no).unwrap_or_default())
        }
        Column::YearFounded => legal(&|x| opt(x.legal.founded_year.map(u32::from))),
        Column::Members => legal(&|x| opt(x.legal.members)),
        Column::SantriInvolved => legal(&|x| opt(x.legal.santri_involved)),
        Column::ContactPerson => legal(&|x| x.legal.contact_person.clone()),
        Column::ContactRole => legal(&|x| x.legal.contact_role.clone()),
    }
}

/// One RFC 4180 row ending in CRLF; cells with a comma, quote, line break or outer blank are quoted.
/// The cells are written as given: text cells must have been through [`guard`] already.
pub fn write_row(out: &mut Vec<u8>, cells: &[&str]) {
    for (i, c) in cells.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        let needs_quotes = c.contains([',', '"', '\n', '\r', ';'])
            || c.starts_with(char::is_whitespace)
            || c.ends_with(char::is_whitespace);
        if needs_quotes {
            out.push(b'"');
            out.extend_from_slice(c.replace('"', "\"\"").as_bytes());
            out.push(b'"');
        } else {
            out.extend_from_slice(c.as_bytes());
        }
    }
    out.extend_from_slice(b"\r\n");
}
