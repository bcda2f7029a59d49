//! The printable catalogue (PDF): choose and order the products, lay them out as a page model
//! (`layout`), then write the PDF (`writer`). Pure of the store: photos reach the writer through
//! [`writer::Photos`]; `ops::pdf` reads the store, makes print-size photo copies and runs the
//! whole export for the command line and the window alike. The documents built on the catalogue
//! (`crate::documents`) take their product order, notices and publisher's contacts from here.

pub mod fonts;
pub mod layout;
pub mod model;
pub mod writer;

use crate::domain::{Catalogue, Category, CategoryId, Date, Lang, PhotoId, Product};
use crate::i18n::Translator;
use std::collections::HashMap;

/// How products are laid out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Layout {
    #[default]
    Grid,
    List,
    Sheet,
}

impl Layout {
    pub fn parse(text: &str) -> Option<Layout> {
        match text.trim().to_lowercase().as_str() {
            "grid" => Some(Layout::Grid),
            "list" => Some(Layout::List),
            "sheet" => Some(Layout::Sheet),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// Width and height in points.
    pub const fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }

    pub fn parse(text: &str) -> Option<Paper> {
        match text.trim().to_lowercase().as_str() {
            "a4" => Some(Paper::A4),
            "letter" => Some(Paper::Letter),
            _ => None,
        }
    }
}

/// What goes into the catalogue and how.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    pub lang: Lang,
    pub layout: Layout,
    pub paper: Paper,
    pub prices: bool,
    /// Category names (either language, any case); empty = all.
    pub categories: Vec<String>,
    /// Producer (pesantren) names; empty = all.
    pub producers: Vec<String>,
    pub featured_only: bool,
    /// Sections (and the contents) by producer instead of by category.
    pub by_producer: bool,
    /// Only these products (the app's selection or filter); `None` = all.
    pub only: Option<Vec<crate::domain::ProductId>>,
    /// The date on the cover and for the halal rule; today when `None`.
    pub date: Option<Date>,
    /// For a print shop: 3 mm bleed on every side and crop marks.
    pub bleed: bool,
}

/// The bleed a print shop asks for: 3 mm, in points.
pub const BLEED: f32 = 3.0 / 25.4 * 72.0;

/// Something the export noticed about the products that went in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Exporting in English, and the product's English name or description is empty (the
    /// Indonesian stands in).
    NotTranslated {
        sku: String,
    },
    NoPhoto {
        sku: String,
    },
    /// A stored photo could not be read (a damaged store): it is left out; `check` says more.
    PhotoUnreadable {
        sku: String,
    },
    NoPrice {
        sku: String,
    },
    /// Marked certified, but the certificate has expired: the PDF makes no halal claim for it.
    HalalExpired {
        sku: String,
    },
    /// Marked certified with a number in no known form: no halal claim either.
    HalalNumberInvalid {
        sku: String,
    },
}

impl Notice {
    /// The product the notice is about.
    pub fn sku(&self) -> &str {
        match self {
            Notice::NotTranslated { sku }
            | Notice::NoPhoto { sku }
            | Notice::PhotoUnreadable { sku }
            | Notice::NoPrice { sku }
            | Notice::HalalExpired { sku }
            | Notice::HalalNumberInvalid { sku } => sku,
        }
    }
}

impl Options {
    /// The day the catalogue is dated and judged on (halal validity): `--date`, else today.
    pub fn day(&self) -> Date {
        self.date.unwrap_or_else(crate::clock::today)
    }
}

/// The products chosen by `options`, in catalogue order (category order, then SKU), with what
/// is missing from them.
pub fn choose<'a>(source: &'a Catalogue, options: &Options) -> (Vec<&'a Product>, Vec<Notice>) {
    use crate::domain::parse::match_key;
    let wanted = |list: &[String], names: &[&str]| {
        list.is_empty()
            || list
                .iter()
                .any(|w| names.iter().any(|n| match_key(n) == match_key(w)))
    };
    let producers: HashMap<_, _> = source.producers.iter().map(|p| (p.id, p)).collect();
    let categories: HashMap<_, _> = source.categories.iter().map(|c| (c.id, c)).collect();
    let only: Option<std::collections::HashSet<_>> =
        options.only.as_ref().map(|ids| ids.iter().collect());
    let mut chosen: Vec<&Product> = source
        .products
        .iter()
        .filter(|p| !p.hidden)
        .filter(|p| !options.featured_only || p.featured)
        .filter(|p| only.as_ref().is_none_or(|ids| ids.contains(&p.id)))
        .filter(|p| {
            let c = categories.get(&p.category);
            let names: Vec<&str> = c
                .map(|c| vec![c.name.id.as_str(), c.name.en.as_str()])
                .unwrap_or_default();
            wanted(&options.categories, &names)
        })
        .filter(|p| {
            let names: Vec<&str> = producers
                .get(&p.producer)
                .map(|x| vec![x.pesantren.as_str()])
                .unwrap_or_default();
            wanted(&options.producers, &names)
        })
        .collect();
    let natural = crate::domain::sort::natural_cmp;
    chosen.sort_by(|a, b| {
        let producer = |p: &Product| {
            producers
                .get(&p.producer)
                .map(|x| x.pesantren.as_str())
                .unwrap_or_default()
        };
        let by_producer = if options.by_producer {
            natural(producer(a), producer(b))
        } else {
            std::cmp::Ordering::Equal
        };
        by_producer.then_with(|| catalogue_order(&categories, a, b))
    });
    let mut notices = Vec::new();
    let today = options.day();
    for p in &chosen {
        notices.extend(notices_for(p, options.lang, today));
        if options.prices && p.price.is_none() {
            notices.push(Notice::NoPrice { sku: p.sku.clone() });
        }
    }
    (chosen, notices)
}

/// [`crate::domain::sort::catalogue_order`] with the categories looked up by id.
pub fn catalogue_order(
    categories: &HashMap<CategoryId, &Category>,
    a: &Product,
    b: &Product,
) -> std::cmp::Ordering {
    crate::domain::sort::catalogue_order(&|c| categories.get(&c).map(|c| c.sort_order), a, b)
}

/// What a document in `lang` on `day` says is missing from a product that goes in (its price
/// aside, which not every document shows): a halal claim left out (an expired certificate, a
/// number in no known form), no English in an English document, no photo.
pub fn notices_for(p: &Product, lang: Lang, day: Date) -> Vec<Notice> {
    let sku = || p.sku.clone();
    let mut notices = Vec::new();
    match p.halal.dropped_claim(day) {
        Some(crate::domain::halal::HalalLabel::Expired) => {
            notices.push(Notice::HalalExpired { sku: sku() })
        }
        Some(_) => notices.push(Notice::HalalNumberInvalid { sku: sku() }),
        None => {}
    }
    if lang == Lang::En && p.english_missing() {
        notices.push(Notice::NotTranslated { sku: sku() });
    }
    if p.photos.is_empty() {
        notices.push(Notice::NoPhoto { sku: sku() });
    }
    notices
}

/// Lays out the chosen products (one section per category, or per producer).
pub fn build(
    source: &Catalogue,
    chosen: &[&Product],
    options: &Options,
    tr: &Translator,
    photo_sizes: &HashMap<PhotoId, (u32, u32)>,
    measure: &fonts::Measure,
) -> model::Document {
    let producers: HashMap<_, _> = source.producers.iter().map(|p| (p.id, p)).collect();
    let mut sections: Vec<layout::Section> = Vec::new();
    for p in chosen {
        let producer = producers.get(&p.producer).copied();
        let title = if options.by_producer {
            producer.map(|x| x.pesantren.clone()).unwrap_or_default()
        } else {
            let category = source.categories.iter().find(|c| c.id == p.category);
            category
                .map(|c| c.name.shown(options.lang).to_string())
                .unwrap_or_default()
        };
        let entry = layout::Entry {
            product: p,
            producer,
            order_link: crate::domain::order::order_link(
                &source.settings,
                producer,
                p,
                options.lang,
            ),
        };
        match sections.last_mut() {
            Some(s) if s.title == title => s.entries.push(entry),
            _ => sections.push(layout::Section {
                title,
                entries: vec![entry],
            }),
        }
    }
    let settings = &source.settings;
    let title = settings.cover_title.shown(options.lang).to_string();
    let input = layout::Input {
        tr,
        layout: options.layout,
        paper: options.paper,
        prices: options.prices,
        date: options.day(),
        title,
        publisher: settings.publisher_name.clone(),
        publisher_logo: settings.publisher_logo,
        contacts: publisher_contacts(settings),
        cover_photos: cover_photos(chosen),
        bleed: options.bleed,
        sections,
        photo_sizes,
    };
    layout::layout(&input, measure)
}

/// The publisher's address, WhatsApp number, e-mail and website, those filled in, in that order,
/// as a document prints them.
pub fn publisher_contacts(settings: &crate::domain::Settings) -> Vec<String> {
    let whatsapp = if settings.publisher_whatsapp.is_empty() {
        String::new()
    } else {
        format!("WhatsApp +{}", settings.publisher_whatsapp)
    };
    [
        settings.publisher_address.clone(),
        whatsapp,
        settings.publisher_email.clone(),
        settings.publisher_website.clone(),
    ]
    .into_iter()
    .filter(|c| !c.trim().is_empty())
    .collect()
}

/// The photos the cover shows: the featured products' first photos, then the others', up to
/// four, each with its focus point.
fn cover_photos(chosen: &[&Product]) -> Vec<(PhotoId, crate::domain::photo::Focus)> {
    let featured = chosen.iter().filter(|p| p.featured);
    let others = chosen.iter().filter(|p| !p.featured);
    let mut out: Vec<(PhotoId, crate::domain::photo::Focus)> = Vec::new();
    for p in featured.chain(others) {
        if let Some(&photo) = p.photos.first()
            && !out.iter().any(|(id, _)| *id == photo)
        {
            out.push((photo, p.focus_of(photo)));
        }
        if out.len() == 4 {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paper_and_layout_words() {
        assert_eq!(Layout::parse("Sheet"), Some(Layout::Sheet));
        assert_eq!(Layout::parse("poster"), None);
        assert_eq!(Paper::parse("LETTER"), Some(Paper::Letter));
        assert_eq!(Paper::A4.size().0.round(), 595.0);
    }
}
