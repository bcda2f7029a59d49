//! Social-media product cards ("konten produk digital", see `shared/spec/cards.md`): one image per
//! product in the size of its channel, in one of three designed styles, and the caption to paste
//! beside it. Pure: no store, no window. `model` is what a card holds (placed photo, text runs,
//! shapes, halal badge, QR code), `layout` places it for a style and size, `text` shapes and
//! measures with the real layout engine (cosmic-text: bidi, Arabic shaping, wrapping) and
//! `raster` draws a card into pixels (tiny-skia) and writes the PNG. `ops::cards` reads the store,
//! makes the photo copies and writes the files for the command line and the window alike.

pub mod layout;
pub mod model;
pub mod raster;
pub mod text;

use crate::domain::halal::{HalalLabel, Surface};
use crate::domain::{Catalogue, Date, Lang, Product};
use crate::i18n::Translator;

/// The size of a card: the shape its channel shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CardSize {
    /// 1080 x 1080: Instagram and Facebook feed, WhatsApp catalogue.
    #[default]
    Square,
    /// 1080 x 1350: Instagram feed 4:5.
    Portrait,
    /// 1080 x 1920: Instagram Stories, WhatsApp Status (text kept out of the top and bottom
    /// [`STORY_SAFE`] px, where the apps draw their own bars).
    Story,
}

/// How far from the top and the bottom of a story no text may go.
pub const STORY_SAFE: u32 = 250;

impl CardSize {
    pub const ALL: [CardSize; 3] = [CardSize::Square, CardSize::Portrait, CardSize::Story];

    pub fn parse(text: &str) -> Option<CardSize> {
        match text.trim().to_lowercase().as_str() {
            "square" => Some(CardSize::Square),
            "portrait" => Some(CardSize::Portrait),
            "story" => Some(CardSize::Story),
            _ => None,
        }
    }

    /// The word the command line takes and the file names carry.
    pub fn name(self) -> &'static str {
        match self {
            CardSize::Square => "square",
            CardSize::Portrait => "portrait",
            CardSize::Story => "story",
        }
    }

    /// Width and height in pixels.
    pub fn pixels(self) -> (u32, u32) {
        match self {
            CardSize::Square => (1080, 1080),
            CardSize::Portrait => (1080, 1350),
            CardSize::Story => (1080, 1920),
        }
    }

    /// The bands at the top and the bottom where no text goes (the apps' own bars).
    pub fn safe_zone(self) -> u32 {
        match self {
            CardSize::Story => STORY_SAFE,
            _ => 0,
        }
    }
}

/// The designed styles, all in the catalogue's palette.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Style {
    /// The photo full bleed, the words on a green band across its foot.
    #[default]
    Band,
    /// The photo framed on a plain paper panel, the words beneath it.
    Panel,
    /// A promotion: the photo above, the price on a large gold price tag.
    Tag,
}

impl Style {
    pub const ALL: [Style; 3] = [Style::Band, Style::Panel, Style::Tag];

    pub fn parse(text: &str) -> Option<Style> {
        match text.trim().to_lowercase().as_str() {
            "band" => Some(Style::Band),
            "panel" => Some(Style::Panel),
            "tag" => Some(Style::Tag),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Style::Band => "band",
            Style::Panel => "panel",
            Style::Tag => "tag",
        }
    }
}

/// What a card shows and how.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CardOptions {
    /// The language of every word on the card and in the caption.
    pub lang: Lang,
    pub size: CardSize,
    pub style: Style,
    /// Prices on the cards and in the captions.
    pub prices: bool,
    /// The day the halal rule is judged on; today when `None`.
    pub date: Option<Date>,
}

impl Default for CardOptions {
    fn default() -> Self {
        CardOptions {
            lang: Lang::Id,
            size: CardSize::Square,
            style: Style::Band,
            prices: true,
            date: None,
        }
    }
}

impl CardOptions {
    /// The day the halal mark is judged on: `date`, else today.
    pub fn day(&self) -> Date {
        self.date.unwrap_or_else(crate::clock::today)
    }
}

/// The campaign's hashtags, the same in both languages (they are the programme's names).
pub const HASHTAGS: [&str; 2] = ["#OPOPJatim", "#ProdukPesantren"];
/// Said only where the halal mark holds (see [`caption`]).
pub const HALAL_HASHTAG: &str = "#ProdukHalal";

/// A short description for a caption: the first sentence, or about 160 characters cut at a word
/// with an ellipsis.
pub fn short_description(text: &str) -> String {
    const LONG: usize = 160;
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let chars: Vec<char> = text.chars().collect();
    // The first sentence: up to the first ". ", "! " or "? " (or the end).
    let mut end = chars.len();
    for i in 0..chars.len() {
        if matches!(chars[i], '.' | '!' | '?') && chars.get(i + 1).is_none_or(|c| *c == ' ') {
            end = i + 1;
            break;
        }
    }
    if end <= LONG {
        return chars[..end].iter().collect();
    }
    let cut: String = chars[..LONG].iter().collect();
    let cut = match cut.rfind(' ') {
        Some(at) if at > LONG / 2 => &cut[..at],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ', '-', '–']))
}

/// A category name as a hashtag: each word capitalised, joined, nothing but letters and digits
/// ("Makanan & Camilan" -> `#MakananCamilan`); `None` when nothing is left.
pub fn hashtag(name: &str) -> Option<String> {
    let mut tag = String::from("#");
    for word in name.split(|c: char| !c.is_alphanumeric()) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            tag.extend(first.to_uppercase());
            tag.extend(chars);
        }
    }
    (tag.len() > 1).then_some(tag)
}

/// The caption to paste beside a product's card, in the card's language: the name, a short
/// description, the price (when prices are shown and known) with the net content, who makes it
/// and where, the WhatsApp order link (when a number is known), and the hashtags.
///
/// `#ProdukHalal` is a halal claim like any other on a public surface (data.md, "public
/// surfaces"): it is added only where the halal mark holds on the day (certified, a well-formed
/// number, not expired). A lapsed or malformed certificate, "in process", "not yet" and "not
/// required" all leave it out; the two campaign hashtags stay.
pub fn caption(
    source: &Catalogue,
    product: &Product,
    options: &CardOptions,
    tr: &Translator,
) -> String {
    let lang = options.lang;
    let producer = source.producer(product.producer);
    let mut blocks: Vec<String> = vec![product.name.shown(lang).trim().to_string()];
    let description = short_description(product.description.shown(lang));
    if !description.is_empty() {
        blocks.push(description);
    }
    let mut facts: Vec<String> = Vec::new();
    let net = product.net_content.trim();
    match (product.price.filter(|_| options.prices), net.is_empty()) {
        (Some(price), true) => {
            facts.push(tr.t_args("cards-caption-price", &[("price", tr.rupiah(price).into())]))
        }
        (Some(price), false) => facts.push(tr.t_args(
            "cards-caption-price-net",
            &[("price", tr.rupiah(price).into()), ("net", net.into())],
        )),
        (None, false) => facts.push(tr.t_args("cards-caption-net", &[("net", net.into())])),
        (None, true) => {}
    }
    if let Some(p) = producer.filter(|p| !p.pesantren.trim().is_empty()) {
        let city = p.city.trim();
        facts.push(if city.is_empty() {
            tr.t_args(
                "cards-caption-producer",
                &[("producer", p.pesantren.trim().into())],
            )
        } else {
            tr.t_args(
                "cards-caption-producer-city",
                &[
                    ("producer", p.pesantren.trim().into()),
                    ("city", city.into()),
                ],
            )
        });
    }
    if let Some(link) = crate::domain::order::order_link(&source.settings, producer, product, lang)
    {
        facts.push(tr.t_args("cards-caption-order", &[("link", link.into())]));
    }
    if !facts.is_empty() {
        blocks.push(facts.join("\n"));
    }
    let mut tags: Vec<String> = HASHTAGS.iter().map(|t| t.to_string()).collect();
    if matches!(
        product.halal.label(options.day(), Surface::Public),
        HalalLabel::Mark(_)
    ) {
        tags.push(HALAL_HASHTAG.to_string());
    }
    if let Some(tag) = source
        .category(product.category)
        .and_then(|c| hashtag(c.name.shown(lang)))
        .filter(|t| !tags.contains(t))
    {
        tags.push(tag);
    }
    blocks.push(tags.join(" "));
    let mut out = blocks.join("\n\n");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Bilingual, Category, HalalStatus, Producer};

    #[test]
    fn sizes_and_styles_read_and_name_themselves() {
        for size in CardSize::ALL {
            assert_eq!(CardSize::parse(size.name()), Some(size));
        }
        for style in Style::ALL {
            assert_eq!(Style::parse(&style.name().to_uppercase()), Some(style));
        }
        assert_eq!(CardSize::Story.pixels(), (1080, 1920));
        assert_eq!(CardSize::Portrait.pixels(), (1080, 1350));
        assert_eq!(CardSize::parse("poster"), None);
        assert_eq!(Style::parse("banner"), None);
    }

    #[test]
    fn a_short_description_is_the_first_sentence_or_cut_at_a_word() {
        assert_eq!(
            short_description("Madu murni dari randu. Dipanen di Madura."),
            "Madu murni dari randu."
        );
        assert_eq!(short_description("  Kopi  robusta  "), "Kopi robusta");
        let long = "kata ".repeat(60);
        let short = short_description(&long);
        assert!(short.chars().count() <= 161, "{short}");
        assert!(short.ends_with("kata…"), "{short}");
        // A decimal point is not the end of a sentence.
        assert_eq!(short_description("Isi 2.5 kg. Segar."), "Isi 2.5 kg.");
    }

    #[test]
    fn category_hashtags_are_camel_case_without_punctuation() {
        assert_eq!(
            hashtag("Makanan & Camilan").as_deref(),
            Some("#MakananCamilan")
        );
        assert_eq!(
            hashtag("Kosmetik & Perawatan Diri").as_deref(),
            Some("#KosmetikPerawatanDiri")
        );
        assert_eq!(hashtag("food & snacks").as_deref(), Some("#FoodSnacks"));
        assert_eq!(hashtag(" & "), None);
    }

    fn catalogue() -> (Catalogue, Product) {
        let mut c = Catalogue::default();
        let mut cat = Category::new("Herbal & Kesehatan", "Herbal & Wellness", 30);
        cat.halal_mandatory = true;
        let mut producer = Producer::new("Pondok Pesantren Nurul Huda");
        producer.city = "Kab. Sumenep".into();
        producer.whatsapp = "6285735551212".into();
        let mut p = Product::new("NHM-MDU-01", cat.id, producer.id);
        p.name = Bilingual::new("Madu Hutan Randu", "Kapok Blossom Forest Honey");
        p.description = Bilingual::new(
            "Madu murni dari bunga randu. Dipanen peternak binaan.",
            "Pure kapok honey. Harvested by partner beekeepers.",
        );
        p.price = Some(85_000);
        p.net_content = "500 g".into();
        p.halal.status = HalalStatus::Certified;
        p.halal.number = "ID35110017058840424".into();
        c.categories.push(cat);
        c.producers.push(producer);
        (c, p)
    }

    #[test]
    fn a_caption_holds_name_description_price_link_and_hashtags_in_its_language() {
        let (c, p) = catalogue();
        let options = CardOptions {
            date: Some(Date::new(2026, 11, 28).unwrap()),
            ..CardOptions::default()
        };
        let id = caption(&c, &p, &options, &Translator::new(Lang::Id));
        assert!(id.starts_with("Madu Hutan Randu\n\nMadu murni dari bunga randu.\n\n"));
        assert!(id.contains("Rp 85.000"), "{id}");
        assert!(id.contains("https://wa.me/6285735551212?text="), "{id}");
        assert!(id.contains("Kab. Sumenep"), "{id}");
        assert!(
            id.trim_end()
                .ends_with("#OPOPJatim #ProdukPesantren #ProdukHalal #HerbalKesehatan"),
            "{id}"
        );
        let en = caption(
            &c,
            &p,
            &CardOptions {
                lang: Lang::En,
                prices: false,
                ..options.clone()
            },
            &Translator::new(Lang::En),
        );
        assert!(en.starts_with("Kapok Blossom Forest Honey\n\nPure kapok honey.\n\n"));
        assert!(!en.contains("IDR") && !en.contains("Rp"), "{en}");
        assert!(en.contains("#HerbalWellness"), "{en}");
    }

    #[test]
    fn no_halal_hashtag_where_the_mark_does_not_hold() {
        let (c, mut p) = catalogue();
        let options = CardOptions {
            date: Some(Date::new(2026, 11, 28).unwrap()),
            ..CardOptions::default()
        };
        let tr = Translator::new(Lang::Id);
        p.halal.valid_until = Some(Date::new(2022, 6, 30).unwrap());
        let lapsed = caption(&c, &p, &options, &tr);
        assert!(!lapsed.contains(HALAL_HASHTAG), "{lapsed}");
        assert!(!lapsed.to_lowercase().contains("halal"), "{lapsed}");
        p.halal.valid_until = None;
        p.halal.number = "12345".into();
        assert!(!caption(&c, &p, &options, &tr).contains(HALAL_HASHTAG));
        p.halal.status = HalalStatus::InProcess;
        assert!(!caption(&c, &p, &options, &tr).contains(HALAL_HASHTAG));
    }

    #[test]
    fn no_order_line_without_a_number_and_no_price_line_without_a_price() {
        let (mut c, mut p) = catalogue();
        c.producers[0].whatsapp.clear();
        p.price = None;
        let text = caption(&c, &p, &CardOptions::default(), &Translator::new(Lang::Id));
        assert!(!text.contains("wa.me"), "{text}");
        assert!(!text.contains("Rp"), "{text}");
        assert!(text.contains("500 g"), "{text}");
    }
}
