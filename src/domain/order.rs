//! The WhatsApp order link every surface offers (the PDF's QR codes and links, the showcase's QR
//! code): one rule for the number it goes to and the message it carries.

use super::Lang;
use super::model::{Producer, Product, Settings};
use super::parse::normalize_whatsapp;

/// The WhatsApp order link: the catalogue's message in `lang` with the SKU and name, to the
/// producer's number, else the publisher's; `None` when neither is a usable number.
pub fn order_link(
    settings: &Settings,
    producer: Option<&Producer>,
    product: &Product,
    lang: Lang,
) -> Option<String> {
    let number = producer
        .and_then(|p| normalize_whatsapp(&p.whatsapp).ok())
        .or_else(|| normalize_whatsapp(&settings.publisher_whatsapp).ok())?;
    let message = settings
        .order_template
        .shown(lang)
        .replace("{sku}", &product.sku)
        .replace("{name}", product.name.shown(lang));
    Some(format!(
        "https://wa.me/{number}?text={}",
        url_encode(&message)
    ))
}

/// Percent-encodes everything but the unreserved characters (RFC 3986).
fn url_encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{CategoryId, ProducerId};

    #[test]
    fn order_link_uses_the_producers_number_and_the_message_in_the_language() {
        let mut settings = Settings::default();
        let mut producer = Producer::new("PP Sidogiri");
        producer.whatsapp = "0812-3456-7890".into();
        let mut p = Product::new("KS-01", CategoryId::new(), ProducerId::new());
        p.name = crate::domain::Bilingual::new("Kopi Santri", "Santri Coffee");
        let link = order_link(&settings, Some(&producer), &p, Lang::En).unwrap();
        assert!(
            link.starts_with("https://wa.me/6281234567890?text="),
            "{link}"
        );
        assert!(
            link.contains("Santri%20Coffee%20%28code%20KS-01%29"),
            "{link}"
        );
        producer.whatsapp.clear();
        assert_eq!(order_link(&settings, Some(&producer), &p, Lang::Id), None);
        settings.publisher_whatsapp = "+62 811 000 111".into();
        let link = order_link(&settings, Some(&producer), &p, Lang::Id).unwrap();
        assert!(link.starts_with("https://wa.me/62811000111?text="));
        assert!(link.contains("Kopi%20Santri"));
    }
}
