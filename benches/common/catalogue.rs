//! A provincial catalogue for the benchmarks: products of many kinds from many pesantren, with
//! Indonesian and English names and descriptions that suit each kind, and the photos given.

use etalase::domain::{Bilingual, Category, HalalStatus, PhotoId, Producer, Product};
use etalase::sample::art::Art;
use etalase::storage::{ChangeSet, Store};

/// Product kinds: category (by position among the store's default categories), Indonesian and
/// English name, net content, base price in thousands of rupiah, and how its package looks.
pub const KINDS: [(usize, &str, &str, &str, u64, Art); 24] = [
    (0, "Keripik Tempe", "Tempeh Chips", "200 g", 15, Art::Pouch),
    (0, "Kerupuk Ikan", "Fish Crackers", "250 g", 18, Art::Pouch),
    (
        0,
        "Sambal Bawang",
        "Shallot Chili Sauce",
        "150 g",
        22,
        Art::Jar,
    ),
    (
        0,
        "Rengginang",
        "Sticky Rice Crackers",
        "300 g",
        20,
        Art::Pouch,
    ),
    (0, "Abon Sapi", "Beef Floss", "100 g", 35, Art::Jar),
    (
        0,
        "Dodol Nangka",
        "Jackfruit Dodol",
        "250 g",
        25,
        Art::Pouch,
    ),
    (
        1,
        "Kopi Robusta Bubuk",
        "Ground Robusta Coffee",
        "200 g",
        45,
        Art::Pouch,
    ),
    (
        1,
        "Kopi Arabika Biji",
        "Arabica Coffee Beans",
        "250 g",
        75,
        Art::Pouch,
    ),
    (
        1,
        "Teh Daun Kelor",
        "Moringa Leaf Tea",
        "50 g",
        30,
        Art::Pouch,
    ),
    (
        1,
        "Sirup Jahe Merah",
        "Red Ginger Syrup",
        "500 ml",
        28,
        Art::Bottle,
    ),
    (2, "Madu Hutan", "Forest Honey", "350 g", 85, Art::Jar),
    (
        2,
        "Jamu Kunyit Asam",
        "Turmeric Tamarind Tonic",
        "250 ml",
        12,
        Art::Bottle,
    ),
    (
        2,
        "Minyak Kayu Putih",
        "Cajuput Oil",
        "60 ml",
        27,
        Art::Bottle,
    ),
    (
        2,
        "Temulawak Instan",
        "Instant Java Ginger",
        "200 g",
        24,
        Art::Pouch,
    ),
    (3, "Sabun Sereh", "Lemongrass Soap", "100 g", 18, Art::Soap),
    (
        3,
        "Minyak Rambut Kemiri",
        "Candlenut Hair Oil",
        "100 ml",
        32,
        Art::Bottle,
    ),
    (4, "Batik Tulis", "Hand-drawn Batik", "2 m", 350, Art::Cloth),
    (4, "Sarung Tenun", "Woven Sarong", "1 pcs", 185, Art::Cloth),
    (
        4,
        "Kopiah Rajut",
        "Knitted Skullcap",
        "1 pcs",
        45,
        Art::Cloth,
    ),
    (
        5,
        "Tas Anyaman Pandan",
        "Pandan Woven Bag",
        "1 pcs",
        95,
        Art::Basket,
    ),
    (
        5,
        "Keranjang Rotan",
        "Rattan Basket",
        "1 pcs",
        120,
        Art::Basket,
    ),
    (6, "Beras Organik", "Organic Rice", "5 kg", 90, Art::Sack),
    (6, "Gula Aren", "Palm Sugar", "500 g", 26, Art::Sack),
    (7, "Garam Beryodium", "Iodised Salt", "250 g", 8, Art::Sack),
];

/// The packages drawn, in the order the originals cycle through them.
pub const ARTS: [Art; 7] = [
    Art::Pouch,
    Art::Jar,
    Art::Bottle,
    Art::Cloth,
    Art::Basket,
    Art::Sack,
    Art::Soap,
];

/// Variants that suit each category (Indonesian, English).
pub const VARIANTS: [&[(&str, &str)]; 8] = [
    &[
        ("Original", "Original"),
        ("Pedas", "Spicy"),
        ("Balado", "Balado"),
        ("Bawang", "Garlic"),
        ("Daun Jeruk", "Lime Leaf"),
    ],
    &[
        ("Original", "Original"),
        ("Premium", "Premium"),
        ("Gula Aren", "Palm Sugar"),
        ("Jahe", "Ginger"),
    ],
    &[
        ("Asli", "Pure"),
        ("Premium", "Premium"),
        ("Kemasan Hemat", "Value Pack"),
    ],
    &[
        ("Original", "Original"),
        ("Zaitun", "Olive"),
        ("Melati", "Jasmine"),
    ],
    &[
        ("Motif Parang", "Parang Pattern"),
        ("Motif Kawung", "Kawung Pattern"),
        ("Hijau", "Green"),
        ("Biru", "Blue"),
    ],
    &[
        ("Kecil", "Small"),
        ("Besar", "Large"),
        ("Natural", "Natural"),
    ],
    &[
        ("Premium", "Premium"),
        ("Super", "Super"),
        ("Organik", "Organic"),
    ],
    &[("Halus", "Fine"), ("Kasar", "Coarse")],
];

pub const PESANTREN: [&str; 20] = [
    "Al-Hikmah",
    "Darul Ulum",
    "Nurul Jadid",
    "Miftahul Huda",
    "Al-Falah",
    "Darussalam",
    "Raudlatul Ulum",
    "Bahrul Ulum",
    "Mambaul Ulum",
    "Sidogiri",
    "Tebuireng",
    "Lirboyo",
    "Al-Amien",
    "Nurul Huda",
    "Al-Ikhlas",
    "Salafiyah Syafi'iyah",
    "Baitul A'la",
    "Darul Falah",
    "Hidayatul Mubtadiin",
    "Annuqayah",
];

pub const CITIES: [&str; 25] = [
    "Jombang",
    "Kediri",
    "Pasuruan",
    "Probolinggo",
    "Malang",
    "Sumenep",
    "Pamekasan",
    "Bangkalan",
    "Lamongan",
    "Gresik",
    "Tuban",
    "Situbondo",
    "Banyuwangi",
    "Jember",
    "Lumajang",
    "Blitar",
    "Tulungagung",
    "Ponorogo",
    "Madiun",
    "Ngawi",
    "Nganjuk",
    "Bojonegoro",
    "Sidoarjo",
    "Mojokerto",
    "Bondowoso",
];

/// Writes `producer_count` producers and `rows` products in one change; product `i` shows photos
/// `i * per_product ..` of `photos` (round the list).
pub fn fill(
    store: &Store,
    rows: usize,
    producer_count: usize,
    photos: &[PhotoId],
    per_product: usize,
) {
    let categories: Vec<Category> = store.categories().unwrap();
    let producers: Vec<Producer> = (0..producer_count)
        .map(|i| {
            let name = PESANTREN[i % PESANTREN.len()];
            let city = CITIES[(i / PESANTREN.len()) % CITIES.len()];
            let round = i / (PESANTREN.len() * CITIES.len());
            let suffix = if round == 0 {
                String::new()
            } else {
                format!(" {}", round + 1)
            };
            let mut p = Producer::new(&format!("Pondok Pesantren {name}{suffix} {city}"));
            p.kopontren = format!("Kopontren {name}{suffix}");
            p.city = format!("Kab. {city}");
            p.whatsapp = format!("62812{:07}", 3_000_000 + i);
            p.description = Bilingual::new(
                &format!("Pesantren di {city} yang mengembangkan usaha santri lewat koperasi."),
                &format!(
                    "A pesantren in {city} growing its students' business through its cooperative."
                ),
            );
            p
        })
        .collect();
    let products = (0..rows)
        .map(|i| {
            let (cat, kind_id, kind_en, net, base, _) = KINDS[i % KINDS.len()];
            let variants = VARIANTS[cat];
            let (taste_id, taste_en) = variants[(i / KINDS.len()) % variants.len()];
            let producer = &producers[(i * 7) % producers.len()];
            let city = producer.city.trim_start_matches("Kab. ");
            let mut p = Product::new(
                &format!("OPOP-{:03}-{i:05}", i % 1000),
                categories[cat.min(categories.len() - 1)].id,
                producer.id,
            );
            p.name = Bilingual::new(
                &format!("{kind_id} {taste_id} {city}"),
                &format!("{taste_en} {kind_en} from {city}"),
            );
            p.description = Bilingual::new(
                &format!(
                    "{kind_id} {} buatan santri {}, dari bahan pilihan petani sekitar pondok, tanpa pengawet. Dikemas rapi, cocok untuk oleh-oleh dan stok warung.",
                    taste_id.to_lowercase(),
                    producer.pesantren
                ),
                &format!(
                    "{taste_en} {} made by the students of {}, from ingredients grown by farmers around the school, without preservatives. Neatly packed for gifts and shops.",
                    kind_en.to_lowercase(),
                    producer.pesantren
                ),
            );
            p.ingredients = Bilingual::new("Bahan pilihan, garam, gula", "Selected ingredients, salt, sugar");
            p.price = Some((base + (i as u64 % 7) * 2) * 1000);
            p.net_content = net.into();
            p.shelf_life_months = Some(6 + (i as u32 % 18));
            p.halal.status = if i % 9 == 0 {
                HalalStatus::InProcess
            } else {
                HalalStatus::Certified
            };
            if p.halal.status == HalalStatus::Certified {
                p.halal.number = format!("ID{:017}", 35_110_000_000_000_000u64 + i as u64);
            }
            p.pirt = format!("P-IRT No. 2063507{:06}-29", i % 1_000_000);
            p.featured = i % 10 == 0;
            if !photos.is_empty() {
                p.photos = (0..per_product)
                    .map(|k| photos[(i * per_product + k) % photos.len()])
                    .collect();
            }
            p
        })
        .collect();
    store
        .apply(&ChangeSet {
            producers,
            products,
            ..ChangeSet::default()
        })
        .unwrap();
    let mut settings = store.settings().unwrap();
    settings.publisher_name = "Dinas Koperasi dan UKM Provinsi Jawa Timur".into();
    settings.publisher_whatsapp = "6281230000000".into();
    store.save_settings(&settings).unwrap();
}
