//! The profile's page model, checked without writing a PDF: the example catalogue's producers
//! (Darul Falah with its legal data missing, Baitul A'la nearly complete), the public halal rule,
//! values kept whole, print resolution and nothing outside the page's margins.

use super::*;
use crate::domain::halal::{HalalData, HalalStatus};
use crate::domain::photo::{PRINT_DPI_MAX, PRINT_DPI_MIN, dpi};
use crate::domain::{Catalogue, Settings, TrademarkStatus};

fn today() -> Date {
    Date::new(2026, 11, 28).unwrap()
}

/// The example catalogue, each product with one photo (see [`sizes`]).
fn example() -> Catalogue {
    let changes = crate::sample::sample_changes(&[], today());
    let mut products = changes.products;
    for (i, p) in products.iter_mut().enumerate() {
        p.photos = vec![PhotoId([i as u8 + 1; 32])];
    }
    Catalogue {
        products,
        producers: changes.producers,
        categories: changes.categories,
        settings: crate::sample::sample_settings(Settings::default()),
    }
}

/// Pixel sizes of every photo in `c`, as the example's illustrations have them.
fn sizes(c: &Catalogue) -> HashMap<PhotoId, (u32, u32)> {
    c.products
        .iter()
        .flat_map(|p| p.photos.iter().map(|id| (*id, (1600, 1600))))
        .collect()
}

fn producer_id(c: &Catalogue, name: &str) -> ProducerId {
    c.producers
        .iter()
        .find(|p| p.pesantren.contains(name))
        .unwrap()
        .id
}

/// The profile of the producer whose name holds `name`, with these photo sizes.
fn profile_with(
    c: &Catalogue,
    name: &str,
    lang: Lang,
    sizes: &HashMap<PhotoId, (u32, u32)>,
) -> (Document, Vec<Notice>) {
    let tr = Translator::new(lang);
    let prepared = prepare(c, producer_id(c, name), lang, today()).unwrap();
    let input = Input {
        tr: &tr,
        today: today(),
        producer: prepared.producer,
        entries: &prepared.entries,
        readiness: &prepared.readiness,
        publisher: c.settings.publisher_name.clone(),
        photo_sizes: sizes,
    };
    (layout(&input, &Measure::new()), prepared.notices)
}

fn profile(c: &Catalogue, name: &str, lang: Lang) -> Document {
    profile_with(c, name, lang, &sizes(c)).0
}

fn texts(doc: &Document) -> Vec<String> {
    doc.pages
        .iter()
        .flat_map(|p| p.texts().map(str::to_string).collect::<Vec<_>>())
        .collect()
}

/// The labels beside "belum diisi" on the first page (label and value share a baseline).
fn missing_labels(doc: &Document, missing: &str) -> Vec<String> {
    let items = &doc.pages[0].items;
    let mut out = Vec::new();
    for item in items {
        if let Item::Text { y, text, x, .. } = item
            && text == missing
            && *x > MARGIN + 100.0
        {
            let label = items.iter().find_map(|i| match i {
                Item::Text {
                    y: ly, text, x: lx, ..
                } if (ly - y).abs() < 0.01 && *lx < MARGIN + 20.0 => Some(text.clone()),
                _ => None,
            });
            out.push(label.expect("a label beside each missing value"));
        }
    }
    out
}

#[test]
fn a_producer_with_missing_legal_data_names_exactly_what_is_missing() {
    let c = example();
    let doc = profile(&c, "Darul Falah", Lang::Id);
    assert_eq!(
        missing_labels(&doc, "belum diisi"),
        [
            "Terdaftar di Kemenag",
            "Nomor badan hukum",
            "NIK koperasi",
            "Narahubung",
            "Jabatan narahubung",
            "Anggota koperasi",
            "Santri yang terlibat",
        ]
    );
    let all = texts(&doc).join("\n");
    assert!(all.contains("7 dari 8 syarat terpenuhi"), "{all}");
    assert!(!all.contains("Lengkap: semua"));
    // The summary and the checklist say what is missing, in the checklist's own words.
    for gap in ["NIK koperasi belum diisi", "nama narahubung belum diisi"] {
        assert_eq!(all.matches(gap).count(), 2, "{gap}: summary and checklist");
    }
    // The signature has no name to print: a dotted line under the default role.
    assert!(all.contains("Kab. Sumenep, 28 November 2026"));
    assert!(all.contains("Ketua\n"), "{all}");
    assert!(all.contains("(....."));
    assert_eq!(
        doc.title,
        "Profil Produsen: Pondok Pesantren Darul Falah Sumenep"
    );
    assert_eq!(doc.lang, Lang::Id);
}

#[test]
fn a_complete_producer_reads_complete_and_has_no_gaps() {
    let mut c = example();
    let id = producer_id(&c, "Baitul A'la");
    let producer = c.producers.iter_mut().find(|p| p.id == id).unwrap();
    producer.address = "Jl. Raya Dampit No. 7".into();
    producer.email = "kopontren@baitulala.example".into();
    for p in c.products.iter_mut().filter(|p| p.producer == id) {
        if p.halal.status != HalalStatus::Certified {
            p.halal = HalalData {
                status: HalalStatus::Certified,
                number: "ID35070012345670999".into(),
                ..HalalData::default()
            };
        }
    }
    let doc = profile(&c, "Baitul A'la", Lang::Id);
    let all = texts(&doc).join("\n");
    assert!(all.contains("Lengkap: semua 8 syarat terpenuhi"), "{all}");
    assert!(!all.contains("belum diisi"));
    assert!(!all.contains("syarat terpenuhi\nYang masih kurang"));
    assert!(!all.contains("Yang masih kurang"));
    // The signature names the chairman under his role and cooperative.
    let signature: Vec<&str> = all.lines().rev().take(8).collect();
    assert!(signature.contains(&"Ustadz Ahmad Fauzi"), "{signature:?}");
    assert!(signature.contains(&"Ketua Kopontren"));
    assert!(signature.contains(&"Kab. Malang, 28 November 2026"));
}

#[test]
fn english_throughout_when_asked() {
    let c = example();
    let doc = profile(&c, "Darul Falah", Lang::En);
    let all = texts(&doc).join("\n");
    for words in [
        "not filled in",
        "7 of 8 requirements met",
        "Readiness checklist",
        "Mackerel Fish Crackers",
        "IDR 25,000",
        "Page 1 of",
        "valid until 2028",
        "Registered, IDM000990417",
        "Chairperson",
        "28 November 2026",
    ] {
        assert!(all.contains(words), "no “{words}” in\n{all}");
    }
    for words in [
        "belum diisi",
        "Halaman",
        "syarat",
        "Kerupuk",
        "Rp ",
        "Terdaftar",
        "berlaku",
    ] {
        assert!(!all.contains(words), "“{words}” on the English profile");
    }
}

#[test]
fn an_expired_or_malformed_certificate_makes_no_halal_claim_at_all() {
    for (number, until, notice) in [
        (
            "LPPOM-00150012345678",
            Some(Date::new(2022, 3, 1).unwrap()),
            "expired",
        ),
        ("12345", None, "number"),
    ] {
        let mut c = example();
        let id = producer_id(&c, "Darul Falah");
        let p = c
            .products
            .iter_mut()
            .find(|p| p.sku.starts_with("DFL") && p.halal.status == HalalStatus::Certified)
            .unwrap();
        let sku = p.sku.clone();
        p.halal.number = number.into();
        p.halal.valid_until = until;
        // Only this product, so that every halal word on its pages would be about it.
        c.products.retain(|p| p.producer != id || p.sku == sku);
        let (doc, notices) = profile_with(&c, "Darul Falah", Lang::Id, &sizes(&c));
        let all = texts(&doc);
        assert!(!all.iter().any(|t| t == "HALAL"), "{number}: the mark");
        assert!(!all.iter().any(|t| t.contains(number)), "{number}");
        assert!(
            !all.iter().any(|t| t == "Status halal"),
            "{number}: the row"
        );
        assert!(!all.iter().any(|t| t.contains("Bersertifikat")), "{number}");
        let claims: Vec<&String> = all
            .iter()
            .filter(|t| t.to_lowercase().contains("halal"))
            .collect();
        // Only the checklist's words about what is wrong (not a claim) mention halal.
        assert!(
            claims
                .iter()
                .all(|t| t.contains("Status halal semua") || t.starts_with(&format!("{sku}:"))),
            "{claims:?}"
        );
        let expected = match notice {
            "expired" => Notice::HalalExpired { sku: sku.clone() },
            _ => Notice::HalalNumberInvalid { sku: sku.clone() },
        };
        assert!(notices.contains(&expected), "{notices:?}");
    }
}

#[test]
fn in_process_and_not_required_are_said_in_words_and_the_mark_carries_its_number() {
    let c = example();
    let all = texts(&profile(&c, "Baitul A'la", Lang::Id));
    assert!(all.iter().any(|t| t == "Sertifikasi dalam proses"));
    assert!(all.iter().any(|t| t == "HALAL"));
    assert!(all.iter().any(|t| t == "ID35070012345670524"));
    let all = texts(&profile(&c, "Darul Falah", Lang::Id));
    assert!(all.iter().any(|t| t == "Tidak wajib"), "the sarong");
}

#[test]
fn product_fields_in_words_with_values_kept_whole() {
    let mut c = example();
    let id = producer_id(&c, "Darul Falah");
    let p = c
        .products
        .iter_mut()
        .find(|p| p.producer == id && !p.pirt.is_empty())
        .unwrap();
    p.price = None;
    p.pirt = "P-IRT No. 2063529077890-25".into();
    p.sni = "SNI 01-2713-1999".into();
    p.trademark.status = TrademarkStatus::NotFiled;
    let all = texts(&profile(&c, "Darul Falah", Lang::Id));
    let words = all.join(" ");
    assert!(words.contains("P-IRT No. 2063529077890-25 (masa berlaku habis pada 2025)"));
    assert!(words.contains("P-IRT No. 2063529088901-29 (berlaku sampai 2029)"));
    for whole in [
        "Harga atas permintaan",
        "P-IRT No. 2063529077890-25",
        "SNI 01-2713-1999",
        "Belum didaftarkan",
        "Rp 30.000",
        "Diajukan, DID2025020515",
        "P-IRT No. 2063529088901-29",
        "TR 203 612 345",
        "10 sachet x 7 g",
    ] {
        let held = |t: &String| t == whole || t.starts_with(&format!("{whole} "));
        assert!(all.iter().any(held), "“{whole}” not on one line");
    }
    // SNI only where a product has one.
    assert_eq!(all.iter().filter(|t| *t == "SNI").count(), 1);
}

#[test]
fn photos_print_between_250_and_450_dpi_and_the_logo_shows() {
    let mut c = example();
    let id = producer_id(&c, "Baitul A'la");
    let mut sizes = HashMap::new();
    let mut n = 0u8;
    let mut photo = |w: u32, h: u32| {
        n += 1;
        let id = PhotoId([n; 32]);
        sizes.insert(id, (w, h));
        id
    };
    let logo = photo(1200, 900);
    for p in c.products.iter_mut().filter(|p| p.producer == id) {
        p.photos = vec![photo(3000, 4000), photo(4000, 3000), photo(2400, 2400)];
    }
    let small = photo(300, 200);
    c.products
        .iter_mut()
        .find(|p| p.producer == id)
        .unwrap()
        .photos
        .push(small);
    c.producers.iter_mut().find(|p| p.id == id).unwrap().logo = Some(logo);
    let (doc, _) = profile_with(&c, "Baitul A'la", Lang::Id, &sizes);
    let mut seen = 0;
    for (i, page) in doc.pages.iter().enumerate() {
        for item in &page.items {
            if let Item::Image {
                w,
                h,
                photo,
                crop,
                edge,
                ..
            } = item
            {
                seen += 1;
                let (pw, ph) = sizes[photo];
                let available = crop.long_edge(pw, ph);
                assert!(*edge <= available, "never upscaled");
                if *photo == logo {
                    assert_eq!(i, 0, "the logo heads the first page");
                }
                if *photo == small {
                    continue;
                }
                let d = dpi(*edge, w.max(*h));
                assert!(
                    (PRINT_DPI_MIN..=PRINT_DPI_MAX).contains(&d),
                    "page {i}: {edge} px over {w}x{h} pt = {d} dpi"
                );
            }
        }
    }
    // The logo, a cover per product, and every photo (up to four) on the photo pages.
    assert_eq!(seen, 1 + 3 + (3 * 3 + 1));
}

#[test]
fn nothing_runs_past_the_margins_or_into_the_footer_however_many_products() {
    let mut c = example();
    let id = producer_id(&c, "Darul Falah");
    let template = c
        .products
        .iter()
        .find(|p| p.producer == id)
        .unwrap()
        .clone();
    let mut sizes = HashMap::new();
    for i in 0..23u8 {
        let mut p = template.clone();
        p.id = crate::domain::ProductId::new();
        p.sku = format!("DFS-X-{i:02}");
        p.name.id = format!(
            "Kerupuk Ikan Tenggiri Asli Madura Dengan Nama Yang Sangat Panjang Sekali Nomor {i}"
        );
        let photo = PhotoId([i + 100; 32]);
        sizes.insert(photo, (2000, 1500));
        p.photos = vec![photo];
        // Half of them with gaps: more than the first page's summary can list.
        if i % 2 == 0 {
            p.trademark.status = TrademarkStatus::NotFiled;
            p.name.en.clear();
        }
        c.products.push(p);
    }
    let (doc, _) = profile_with(&c, "Darul Falah", Lang::Id, &sizes);
    let first: Vec<&str> = doc.pages[0].texts().collect();
    assert!(
        first
            .iter()
            .any(|t| t.starts_with("… dan ") && t.ends_with(" lainnya")),
        "{first:?}"
    );
    assert!(doc.pages.len() >= 8, "{} pages", doc.pages.len());
    let bottom = Flow::bottom();
    for (i, page) in doc.pages.iter().enumerate() {
        for item in &page.items {
            match item {
                Item::Text {
                    x, y, width, text, ..
                } => {
                    assert!(*x >= MARGIN - 0.5, "page {i}: {text}");
                    assert!(*x + width <= PAGE.0 - MARGIN + 0.5, "page {i}: {text}");
                    let footer = *y > PAGE.1 - FOOTER;
                    assert!(footer || *y <= bottom, "page {i}: {text} at {y}");
                }
                Item::Image { y, h, .. } | Item::Rect { y, h, .. } => {
                    assert!(*y + h <= bottom + 0.5 || *y >= PAGE.1 - FOOTER, "page {i}");
                }
                _ => {}
            }
        }
    }
    // Every page is numbered, the checklist is pointed to where it is, and bookmarked.
    let last = doc.pages.len();
    let all = texts(&doc).join("\n");
    assert!(all.contains(&format!("Halaman {last} dari {last}")));
    let (_, checklist) = doc
        .outline
        .iter()
        .find(|(t, _)| t == "Daftar periksa kesiapan")
        .unwrap();
    assert!(all.contains(&format!(
        "daftar periksa kesiapan, halaman {}.",
        checklist + 1
    )));
    assert!(
        doc.pages[*checklist]
            .texts()
            .any(|t| t == "Daftar periksa kesiapan")
    );
}

#[test]
fn hidden_products_stay_out_and_the_tick_and_cross_are_in_the_font() {
    let mut c = example();
    let id = producer_id(&c, "Darul Falah");
    let hidden = c.products.iter_mut().find(|p| p.producer == id).unwrap();
    hidden.hidden = true;
    let name = hidden.name.id.clone();
    let all = texts(&profile(&c, "Darul Falah", Lang::Id));
    assert!(!all.iter().any(|t| t.contains(&name)));
    assert!(all.iter().any(|t| t == "Produk (3)"));
    let m = Measure::new();
    assert!(m.covers(Face::Bold, "✓✗–•…"));
}

#[test]
fn every_notice_has_words() {
    let tr = Translator::new(Lang::Id);
    let sku = || "DFS-1".to_string();
    for n in [
        Notice::NotTranslated { sku: sku() },
        Notice::NoPhoto { sku: sku() },
        Notice::PhotoUnreadable { sku: sku() },
        Notice::NoPrice { sku: sku() },
        Notice::HalalExpired { sku: sku() },
        Notice::HalalNumberInvalid { sku: sku() },
    ] {
        let words = notice_words(&tr, &n);
        assert!(
            words.contains("DFS-1") && words.starts_with("Catatan"),
            "{words}"
        );
    }
}
