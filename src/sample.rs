//! The example catalogue `etalase sample` loads (and the app offers on first start): four pesantren
//! from East Java, fifteen products across six categories, with halal data of every kind. The
//! pesantren and their numbers are made up; the kinds of products are what OPOP pesantren sell.

pub mod art;

use crate::domain::halal::{HalalData, HalalIssuer, HalalScheme, HalalStatus};
use crate::domain::model::{OpopPillar, now};
use crate::domain::parse::match_key;
use crate::domain::{
    Bilingual, Category, Date, LegalIdentity, Producer, Product, Settings, Trademark,
    TrademarkStatus, WholesaleTier,
};
use crate::storage::{ChangeSet, Store, StoreError};

struct ProducerSeed {
    pesantren: &'static str,
    kopontren: &'static str,
    city: &'static str,
    whatsapp: &'static str,
    nib: &'static str,
    pillar: OpopPillar,
    about: (&'static str, &'static str),
    nspp: &'static str,
    address: &'static str,
    email: &'static str,
    legal: LegalSeed,
}

/// A producer's legal identity as the example has it; Darul Falah's is still to be filled in, so
/// that its grant profile shows what is missing.
struct LegalSeed {
    entity: &'static str,
    nik: &'static str,
    kemenag: Option<bool>,
    founded: Option<u16>,
    members: Option<u32>,
    santri: Option<u32>,
    contact: (&'static str, &'static str),
}

impl LegalSeed {
    fn identity(&self) -> LegalIdentity {
        LegalIdentity {
            legal_entity_number: self.entity.into(),
            nik_koperasi: self.nik.into(),
            kemenag_registered: self.kemenag,
            founded_year: self.founded,
            members: self.members,
            santri_involved: self.santri,
            contact_person: self.contact.0.into(),
            contact_role: self.contact.1.into(),
        }
    }
}

const PRODUCERS: [ProducerSeed; 4] = [
    ProducerSeed {
        pesantren: "Pondok Pesantren Baitul A'la",
        kopontren: "Kopontren Rukun Amanah Barokah",
        city: "Kab. Malang",
        whatsapp: "6281234567890",
        nib: "9120001234567",
        pillar: OpopPillar::Pesantrenpreneur,
        about: (
            "Pesantren di lereng Gunung Semeru yang mengolah hasil kebun warga sekitar: kopi, tempe dan sambal.",
            "A pesantren on the slopes of Mount Semeru that processes the harvest of local farmers: coffee, tempeh and sambal.",
        ),
        address: "Jl. Raya Sukodono No. 27, Dampit",
        email: "kopontren.rab@gmail.com",
        nspp: "510035070123",
        legal: LegalSeed {
            entity: "AHU-0004521.AH.01.26.TAHUN 2019",
            nik: "3507010020004521",
            kemenag: Some(true),
            founded: Some(1987),
            members: Some(146),
            santri: Some(38),
            contact: ("Ustadz Ahmad Fauzi", "Ketua Kopontren"),
        },
    },
    ProducerSeed {
        pesantren: "Pondok Pesantren Nurul Huda Mojosari",
        kopontren: "Kopontren Nurul Huda Sejahtera",
        city: "Kab. Mojokerto",
        whatsapp: "6285735551212",
        nib: "9120007654321",
        pillar: OpopPillar::Santripreneur,
        about: (
            "Santri meracik jamu, madu dan sabun herbal di rumah produksi milik koperasi pesantren.",
            "Students blend herbal drinks, honey and herbal soap in the cooperative's own production house.",
        ),
        address: "Jl. Pemuda No. 101, Mojosari",
        email: "koperasi.nurulhuda@gmail.com",
        nspp: "510035160456",
        legal: LegalSeed {
            entity: "188.4/215/BH/XVI.12/2011",
            nik: "3516020030001175",
            kemenag: Some(true),
            founded: Some(1972),
            members: Some(212),
            santri: Some(54),
            contact: ("Hj. Siti Maryam", "Ketua Koperasi"),
        },
    },
    ProducerSeed {
        pesantren: "Pondok Pesantren Al-Ikhlas Banyuwangi",
        kopontren: "Kopontren Al-Ikhlas Mandiri",
        city: "Kab. Banyuwangi",
        whatsapp: "6282232324545",
        nib: "91200055512345",
        pillar: OpopPillar::Sosiopreneur,
        about: (
            "Membina pembatik dan perajin bambu dari desa sekitar pesantren, sekaligus bertani padi organik.",
            "Supports batik makers and bamboo weavers from the villages around the pesantren, and farms organic rice.",
        ),
        address: "Dusun Krajan RT 02 RW 01, Desa Kemiren, Glagah",
        email: "",
        nspp: "",
        legal: LegalSeed {
            entity: "AHU-0012877.AH.01.26.TAHUN 2021",
            nik: "",
            kemenag: Some(true),
            founded: Some(2004),
            members: Some(63),
            santri: None,
            contact: ("Muhammad Rizal", "Manajer Usaha"),
        },
    },
    ProducerSeed {
        pesantren: "Pondok Pesantren Darul Falah Sumenep",
        kopontren: "Kopontren Darul Falah",
        city: "Kab. Sumenep",
        whatsapp: "6281913141516",
        nib: "9120003332221",
        pillar: OpopPillar::Pesantrenpreneur,
        about: (
            "Olahan laut khas Madura dan tenun sarung dari para santri dan nelayan binaan.",
            "Madurese seafood specialities and woven sarongs made by students and partner fishermen.",
        ),
        address: "Jl. Trunojoyo No. 45, Kalianget",
        email: "darulfalah.sumenep@gmail.com",
        nspp: "510035290789",
        legal: LegalSeed {
            entity: "",
            nik: "",
            kemenag: None,
            founded: Some(1995),
            members: None,
            santri: None,
            contact: ("", ""),
        },
    },
];

struct ProductSeed {
    sku: &'static str,
    producer: usize,
    category: &'static str,
    name: (&'static str, &'static str),
    description: (&'static str, &'static str),
    ingredients: (&'static str, &'static str),
    price: u64,
    net_content: &'static str,
    shelf_life: Option<u32>,
    /// The halal data on the day the example is loaded.
    halal: fn(Date) -> HalalData,
    /// As printed, with its expiry year as seen from [`WRITTEN_IN`] (shifted to the day of loading).
    pirt: &'static str,
    bpom: &'static str,
    featured: bool,
}

/// The year the seeds' PIRT expiry years are written for: loaded in a later year, each expiry moves
/// on by as many years, so a registration meant to be valid (or lapsed) stays so.
const WRITTEN_IN: i32 = 2026;

/// A seed's PIRT number as printed on `today`: its two-digit expiry year shifted by the years since
/// [`WRITTEN_IN`].
fn pirt_on(seed: &str, today: Date) -> String {
    let Some((head, year)) = seed.rsplit_once('-') else {
        return seed.to_string();
    };
    match year.parse::<i32>() {
        Ok(yy) => {
            let shifted = (2000 + yy + today.year() - WRITTEN_IN).rem_euclid(100);
            format!("{head}-{shifted:02}")
        }
        Err(_) => seed.to_string(),
    }
}

fn date(y: i32, m: u8, d: u8) -> Option<Date> {
    Date::new(y, m, d).ok()
}

fn certified(number: &str, scheme: HalalScheme, issued: Option<Date>, examiner: &str) -> HalalData {
    HalalData {
        status: HalalStatus::Certified,
        scheme: Some(scheme),
        number: number.into(),
        issuer: Some(HalalIssuer::Bpjph),
        issued,
        valid_until: None,
        examiner: examiner.into(),
    }
}

const PRODUCTS: [ProductSeed; 15] = [
    ProductSeed {
        sku: "BAL-KTP-01",
        producer: 0,
        category: "Makanan & Camilan",
        name: ("Keripik Tempe Original", "Original Tempeh Chips"),
        description: (
            "Keripik tempe tipis dan renyah dari kedelai pilihan, digoreng dengan minyak baru setiap hari. Cocok untuk camilan dan oleh-oleh.",
            "Thin, crunchy tempeh chips made from selected soybeans and fried in fresh oil every day. A snack and a gift from East Java.",
        ),
        ingredients: (
            "Tempe kedelai, tepung beras, bawang putih, ketumbar, garam, minyak sawit.",
            "Soybean tempeh, rice flour, garlic, coriander, salt, palm oil.",
        ),
        price: 15_000,
        net_content: "200 g",
        shelf_life: Some(6),
        halal: |_| {
            certified(
                "ID35070012345670524",
                HalalScheme::SelfDeclare,
                date(2024, 5, 14),
                "PPH Pesantren Baitul A'la",
            )
        },
        pirt: "P-IRT No. 2063507011234-28",
        bpom: "",
        featured: true,
    },
    ProductSeed {
        sku: "BAL-KOP-01",
        producer: 0,
        category: "Minuman",
        name: ("Kopi Robusta Dampit Bubuk", "Dampit Robusta Ground Coffee"),
        description: (
            "Kopi robusta petik merah dari kebun Dampit, disangrai sedang. Rasa cokelat dan kacang, kental dan tidak asam.",
            "Red-cherry robusta from the Dampit highlands, medium roast. Chocolate and nutty notes, full body, low acidity.",
        ),
        ingredients: ("100% biji kopi robusta.", "100% robusta coffee beans."),
        price: 45_000,
        net_content: "250 g",
        shelf_life: Some(12),
        halal: |_| {
            certified(
                "ID35070023456780125",
                HalalScheme::Regular,
                date(2025, 1, 20),
                "LPH LPPOM",
            )
        },
        pirt: "P-IRT No. 2063507022345-29",
        bpom: "",
        featured: true,
    },
    ProductSeed {
        sku: "BAL-SMB-01",
        producer: 0,
        category: "Makanan & Camilan",
        name: ("Sambal Bawang Khas Pesantren", "Pesantren Shallot Sambal"),
        description: (
            "Sambal bawang pedas gurih dalam botol kaca. Sertifikasi halal sedang diproses.",
            "Spicy, savoury shallot sambal in a glass jar. Halal certification is in process.",
        ),
        ingredients: (
            "Cabai rawit, bawang merah, bawang putih, minyak kelapa, garam, gula.",
            "Bird's eye chilli, shallots, garlic, coconut oil, salt, sugar.",
        ),
        price: 22_000,
        net_content: "150 g",
        shelf_life: Some(3),
        halal: |_| HalalData {
            status: HalalStatus::InProcess,
            scheme: Some(HalalScheme::SelfDeclare),
            number: "SH2025-1-0456789".into(),
            ..HalalData::default()
        },
        pirt: "P-IRT No. 2063507033456-29",
        bpom: "",
        featured: false,
    },
    ProductSeed {
        sku: "NHM-JMU-01",
        producer: 1,
        category: "Herbal & Kesehatan",
        name: ("Jamu Kunyit Asam", "Turmeric Tamarind Herbal Drink"),
        description: (
            "Jamu kunyit asam siap minum, diseduh dari kunyit segar dan asam jawa tanpa pengawet. Simpan di lemari es.",
            "Ready-to-drink turmeric and tamarind jamu, brewed from fresh roots without preservatives. Keep refrigerated.",
        ),
        ingredients: (
            "Kunyit, asam jawa, gula aren, air.",
            "Turmeric, tamarind, palm sugar, water.",
        ),
        price: 12_000,
        net_content: "250 ml",
        shelf_life: Some(1),
        halal: |_| {
            certified(
                "ID35160034567890823",
                HalalScheme::SelfDeclare,
                date(2023, 8, 2),
                "PPH Universitas Islam Majapahit",
            )
        },
        pirt: "P-IRT No. 2063516044567-27",
        bpom: "",
        featured: false,
    },
    ProductSeed {
        sku: "NHM-MDU-01",
        producer: 1,
        category: "Herbal & Kesehatan",
        name: ("Madu Hutan Randu", "Kapok Blossom Forest Honey"),
        description: (
            "Madu murni dari bunga randu, dipanen peternak lebah binaan pesantren. Sertifikat MUI lamanya sudah habis dan sedang diperpanjang.",
            "Pure honey from kapok blossoms, harvested by the pesantren's partner beekeepers. Its old MUI certificate has lapsed and is being renewed.",
        ),
        ingredients: ("100% madu randu.", "100% kapok honey."),
        price: 85_000,
        net_content: "500 g",
        shelf_life: Some(24),
        halal: |_| HalalData {
            status: HalalStatus::Certified,
            scheme: Some(HalalScheme::Regular),
            number: "LPPOM-00150081234519".into(),
            issuer: Some(HalalIssuer::Mui),
            issued: date(2020, 6, 30),
            valid_until: date(2022, 6, 30),
            examiner: "LPPOM MUI Jawa Timur".into(),
        },
        pirt: "P-IRT No. 2063516055678-25",
        bpom: "",
        featured: true,
    },
    ProductSeed {
        sku: "NHM-SBN-01",
        producer: 1,
        category: "Kosmetik & Perawatan Diri",
        name: ("Sabun Zaitun Habbatussauda", "Olive and Black Seed Soap"),
        description: (
            "Sabun batang dari minyak zaitun dan jintan hitam, dibuat dengan proses dingin. Lembut untuk kulit sensitif.",
            "Cold-process bar soap with olive oil and black seed. Gentle on sensitive skin.",
        ),
        ingredients: (
            "Minyak zaitun, minyak kelapa, minyak habbatussauda, natrium hidroksida, air.",
            "Olive oil, coconut oil, black seed oil, sodium hydroxide, water.",
        ),
        price: 18_000,
        net_content: "100 g",
        shelf_life: Some(24),
        halal: |_| {
            certified(
                "ID35160045678901224",
                HalalScheme::Regular,
                date(2024, 12, 3),
                "LPH Surveyor Indonesia",
            )
        },
        pirt: "",
        bpom: "NA18231200456",
        featured: false,
    },
    ProductSeed {
        sku: "NHM-MYK-01",
        producer: 1,
        category: "Herbal & Kesehatan",
        name: ("Minyak Kayu Putih Santri", "Santri Cajuput Oil"),
        description: (
            "Minyak kayu putih sulingan sendiri untuk menghangatkan badan dan meredakan masuk angin.",
            "Cajuput oil distilled in-house, to warm the body and ease colds.",
        ),
        ingredients: ("Minyak daun kayu putih.", "Cajuput leaf oil."),
        price: 28_000,
        net_content: "60 ml",
        shelf_life: Some(36),
        halal: |_| HalalData::default(),
        pirt: "",
        bpom: "",
        featured: false,
    },
    ProductSeed {
        sku: "AIK-BTK-01",
        producer: 2,
        category: "Busana & Batik",
        name: ("Batik Tulis Gajah Oling", "Gajah Oling Hand-drawn Batik"),
        description: (
            "Kain batik tulis motif Gajah Oling khas Banyuwangi, pewarna alam, dikerjakan sekitar tiga minggu per lembar.",
            "Hand-drawn batik cloth in Banyuwangi's Gajah Oling pattern, natural dyes, about three weeks of work per piece.",
        ),
        ingredients: (
            "Katun primissima, malam, pewarna alam.",
            "Primissima cotton, wax, natural dyes.",
        ),
        price: 450_000,
        net_content: "2 m x 1,15 m",
        shelf_life: None,
        halal: |_| HalalData {
            status: HalalStatus::NotRequired,
            ..HalalData::default()
        },
        pirt: "",
        bpom: "",
        featured: true,
    },
    ProductSeed {
        sku: "AIK-ANY-01",
        producer: 2,
        category: "Kerajinan",
        name: ("Tas Anyaman Bambu", "Woven Bamboo Bag"),
        description: (
            "Tas jinjing anyaman bambu dengan lapisan kain batik di dalamnya. Kuat untuk belanja harian.",
            "Woven bamboo tote lined with batik cloth. Sturdy enough for daily shopping.",
        ),
        ingredients: ("", ""),
        price: 95_000,
        net_content: "1 pcs",
        shelf_life: None,
        halal: |_| HalalData {
            status: HalalStatus::NotRequired,
            ..HalalData::default()
        },
        pirt: "",
        bpom: "",
        featured: false,
    },
    ProductSeed {
        sku: "AIK-BRS-01",
        producer: 2,
        category: "Pertanian & Perkebunan",
        name: ("Beras Merah Organik", "Organic Red Rice"),
        description: (
            "Beras merah dari sawah organik pesantren, digiling pecah kulit sehingga seratnya tetap utuh.",
            "Red rice from the pesantren's organic paddies, hulled only so the bran and fibre stay.",
        ),
        ingredients: ("Beras merah.", "Red rice."),
        price: 28_000,
        net_content: "1 kg",
        shelf_life: Some(6),
        halal: |_| HalalData::default(),
        pirt: "",
        bpom: "",
        featured: false,
    },
    ProductSeed {
        sku: "AIK-KOP-02",
        producer: 2,
        category: "Minuman",
        name: ("Kopi Arabika Osing", "Osing Arabica Coffee"),
        description: (
            "Arabika dari lereng Ijen, proses madu. Edisi terbatas, sementara disembunyikan dari katalog sampai panen berikutnya.",
            "Arabica from the slopes of Ijen, honey process. Limited edition, hidden from the catalogue until the next harvest.",
        ),
        ingredients: ("100% biji kopi arabika.", "100% arabica coffee beans."),
        price: 65_000,
        net_content: "200 g",
        shelf_life: Some(12),
        halal: |_| {
            certified(
                "ID35100056789012325",
                HalalScheme::SelfDeclare,
                date(2025, 3, 11),
                "PPH Banyuwangi",
            )
        },
        pirt: "P-IRT No. 2063510066789-30",
        bpom: "",
        featured: false,
    },
    ProductSeed {
        sku: "DFL-KRP-01",
        producer: 3,
        category: "Makanan & Camilan",
        name: ("Kerupuk Ikan Tenggiri", "Mackerel Fish Crackers"),
        description: (
            "Kerupuk ikan tenggiri asli Sumenep, tinggal digoreng. Kandungan ikannya tinggi, gurih tanpa penyedap tambahan.",
            "Sumenep mackerel crackers, ready to fry. High in fish, savoury without added flavour enhancer.",
        ),
        ingredients: (
            "Ikan tenggiri, tepung tapioka, bawang putih, garam.",
            "Mackerel, tapioca flour, garlic, salt.",
        ),
        price: 25_000,
        net_content: "250 g",
        shelf_life: Some(9),
        // A certificate from before UU 6/2023, with a four-year term that ends 45 days after
        // the example is loaded: the "expiring" case, on any day.
        halal: |today| {
            let valid_until = today.add_days(45);
            HalalData {
                valid_until: Some(valid_until),
                ..certified(
                    "ID35290099887766012",
                    HalalScheme::Regular,
                    Some(valid_until.add_days(-4 * 365 - 1)),
                    "LPH LPPOM MUI Jawa Timur",
                )
            }
        },
        pirt: "P-IRT No. 2063529077890-28",
        bpom: "",
        featured: false,
    },
    ProductSeed {
        sku: "DFL-PTS-01",
        producer: 3,
        category: "Makanan & Camilan",
        name: ("Petis Udang Madura", "Madurese Shrimp Paste"),
        description: (
            "Petis udang hitam pekat untuk rujak, tahu tek dan lontong balap. Dimasak lama di tungku kayu.",
            "Thick black shrimp paste for rujak and other East Javanese dishes, slow-cooked over a wood fire.",
        ),
        ingredients: (
            "Kaldu udang, gula merah, tepung beras.",
            "Shrimp stock, palm sugar, rice flour.",
        ),
        price: 30_000,
        net_content: "200 g",
        shelf_life: Some(6),
        halal: |_| {
            certified(
                "ID35290067890123424",
                HalalScheme::SelfDeclare,
                date(2024, 9, 9),
                "PPH Darul Falah",
            )
        },
        pirt: "P-IRT No. 2063529088901-29",
        bpom: "",
        featured: false,
    },
    ProductSeed {
        sku: "DFL-SRG-01",
        producer: 3,
        category: "Busana & Batik",
        name: ("Sarung Tenun Madura", "Madurese Woven Sarong"),
        description: (
            "Sarung tenun ATBM motif kotak, benang katun mercerisasi. Dingin dipakai dan awet.",
            "Hand-loomed sarong in a checked pattern, mercerised cotton. Cool to wear and long-lasting.",
        ),
        ingredients: ("", ""),
        price: 175_000,
        net_content: "1 pcs",
        shelf_life: None,
        halal: |_| HalalData {
            status: HalalStatus::NotRequired,
            ..HalalData::default()
        },
        pirt: "",
        bpom: "",
        featured: true,
    },
    ProductSeed {
        sku: "DFL-JMU-02",
        producer: 3,
        category: "Herbal & Kesehatan",
        name: (
            "Jamu Serbuk Sehat Wanita Madura",
            "Madurese Women's Herbal Powder",
        ),
        description: (
            "Jamu serbuk racikan turun-temurun perempuan Madura, diseduh dengan air hangat.",
            "A powdered jamu from a recipe handed down by Madurese women; stir into warm water.",
        ),
        ingredients: (
            "Kunyit, temulawak, kencur, jahe, daun sirih.",
            "Turmeric, Javanese ginger, aromatic ginger, ginger, betel leaf.",
        ),
        price: 20_000,
        net_content: "10 sachet x 7 g",
        shelf_life: Some(24),
        halal: |_| {
            certified(
                "ID35290078901234525",
                HalalScheme::Regular,
                date(2025, 2, 1),
                "LPH LPPOM",
            )
        },
        pirt: "",
        bpom: "TR 203 612 345",
        featured: false,
    },
];

/// The example catalogue as a change set for the store, using the store's categories where their
/// Indonesian names match (and adding any that were renamed or removed).
/// Package and label colours of each example product's illustration.
/// A product's trademark and SNI in the example: most brands registered or filed, a few not yet.
fn brand(sku: &str) -> (Trademark, String) {
    use TrademarkStatus::*;
    let (status, number, sni) = match sku {
        "BAL-KOP-01" => (Registered, "IDM000874512", "SNI 01-3542-2004"),
        "BAL-KTP-01" => (Registered, "IDM000874513", ""),
        "BAL-SMB-01" => (Filed, "DID2025041187", ""),
        "NHM-MDU-01" => (Registered, "IDM000651290", "SNI 8664:2018"),
        "NHM-JMU-01" => (Registered, "IDM000651291", ""),
        "NHM-SBN-01" => (Filed, "", ""),
        "AIK-BTK-01" => (Registered, "IDM001102376", ""),
        "AIK-ANY-01" => (Filed, "DID2024118830", ""),
        "DFL-KRP-01" => (Registered, "IDM000990417", ""),
        "DFL-PTS-01" => (Registered, "IDM000990418", ""),
        "DFL-SRG-01" => (Filed, "DID2025020514", ""),
        "DFL-JMU-02" => (Filed, "DID2025020515", ""),
        _ => (NotFiled, "", ""),
    };
    (
        Trademark {
            status,
            number: number.into(),
        },
        sni.into(),
    )
}

fn colours(sku: &str) -> ([u8; 3], [u8; 3]) {
    match sku {
        "BAL-KTP-01" => ([214, 160, 60], [120, 60, 20]),
        "BAL-KOP-01" => ([92, 58, 38], [214, 170, 90]),
        "BAL-SMB-01" => ([178, 40, 30], [40, 100, 60]),
        "NHM-JMU-01" => ([222, 150, 30], [90, 60, 20]),
        "NHM-MDU-01" => ([200, 130, 30], [60, 90, 50]),
        "NHM-SBN-01" => ([196, 205, 150], [60, 110, 60]),
        "NHM-MYK-01" => ([150, 200, 170], [30, 100, 70]),
        "AIK-BTK-01" => ([120, 70, 40], [235, 200, 140]),
        "AIK-ANY-01" => ([200, 160, 100], [120, 80, 40]),
        "AIK-BRS-01" => ([180, 150, 110], [150, 50, 40]),
        "AIK-KOP-02" => ([40, 90, 70], [220, 190, 120]),
        "DFL-KRP-01" => ([70, 120, 170], [240, 220, 160]),
        "DFL-PTS-01" => ([80, 50, 40], [200, 120, 40]),
        "DFL-SRG-01" => ([40, 60, 120], [200, 60, 60]),
        _ => ([60, 130, 90], [240, 220, 160]),
    }
}

/// The example catalogue with an illustration for every product, drawn by [`art`], stored in
/// `store` (on all cores) before the products that show them are written.
pub fn sample_changes_with_photos(store: &Store, today: Date) -> Result<ChangeSet, StoreError> {
    let mut changes = sample_changes(&store.categories()?, today);
    let skus: Vec<String> = changes.products.iter().map(|p| p.sku.clone()).collect();
    let draw = |sku: &String| -> Result<crate::domain::PhotoId, StoreError> {
        let (main, accent) = colours(sku);
        let image = art::draw(art::art_for(sku), main, accent, 2400, 1800);
        let jpeg = crate::photos::encode_jpeg(&image, 90);
        let prepared =
            crate::photos::prepare(&jpeg).expect("the example illustrations are valid JPEGs");
        store.put_photo(&prepared).map(|()| prepared.id)
    };
    let drawn = crate::workers::map(&skus, crate::workers::cores(), draw, &mut |_, _, _| true)
        .expect("never stopped");
    for (p, id) in changes.products.iter_mut().zip(drawn) {
        p.photos = vec![id?];
    }
    Ok(changes)
}

/// The example catalogue's records (without photos), dated for loading on `today`: certificates
/// meant to be valid, expiring or long expired read so on any day (legacy MUI ones stay in the past).
pub fn sample_changes(existing: &[Category], today: Date) -> ChangeSet {
    let mut changes = ChangeSet::default();
    let producers: Vec<Producer> = PRODUCERS
        .iter()
        .map(|s| Producer {
            kopontren: s.kopontren.into(),
            city: s.city.into(),
            whatsapp: s.whatsapp.into(),
            nib: s.nib.into(),
            pillar: Some(s.pillar),
            description: Bilingual::new(s.about.0, s.about.1),
            nspp: s.nspp.into(),
            address: s.address.into(),
            email: s.email.into(),
            legal: s.legal.identity(),
            ..Producer::new(s.pesantren)
        })
        .collect();
    let defaults = crate::domain::model::default_categories();
    let mut categories: Vec<Category> = existing.to_vec();
    let t = now();
    for seed in &PRODUCTS {
        let key = match_key(seed.category);
        let category = match categories.iter().find(|c| match_key(&c.name.id) == key) {
            Some(c) => c.id,
            None => {
                let c = defaults
                    .iter()
                    .find(|c| match_key(&c.name.id) == key)
                    .cloned()
                    .unwrap_or_else(|| Category::new(seed.category, "", 1000));
                changes.categories.push(c.clone());
                categories.push(c.clone());
                c.id
            }
        };
        let mut p = Product::new(seed.sku, category, producers[seed.producer].id);
        p.name = Bilingual::new(seed.name.0, seed.name.1);
        p.description = Bilingual::new(seed.description.0, seed.description.1);
        p.ingredients = Bilingual::new(seed.ingredients.0, seed.ingredients.1);
        if seed.shelf_life.is_some() {
            p.storage = Bilingual::new(
                "Simpan di tempat kering dan sejuk, jauh dari sinar matahari langsung.",
                "Store in a cool, dry place away from direct sunlight.",
            );
        }
        p.price = Some(seed.price);
        if seed.price < 100_000 {
            p.wholesale = vec![WholesaleTier {
                min_qty: 24,
                price: seed.price * 85 / 100,
            }];
        }
        p.net_content = seed.net_content.into();
        p.shelf_life_months = seed.shelf_life;
        p.halal = (seed.halal)(today);
        p.pirt = pirt_on(seed.pirt, today);
        p.bpom = seed.bpom.into();
        (p.trademark, p.sni) = brand(seed.sku);
        p.featured = seed.featured;
        p.hidden = seed.sku == "AIK-KOP-02";
        if seed.producer == 0 {
            p.export.hs_code = match seed.category {
                "Minuman" => "0901.21".into(),
                _ => "2008.99".into(),
            };
            p.export.min_order = Some(100);
            p.export.units_per_carton = Some(24);
        }
        p.created = t;
        p.updated = t;
        p.text_id_changed = t;
        p.text_en_changed = t;
        changes.products.push(p);
    }
    changes.producers = producers;
    changes
}

/// Publisher settings for the example catalogue, keeping what the user already set.
pub fn sample_settings(mut settings: Settings) -> Settings {
    if settings.publisher_name.is_empty() {
        settings.publisher_name = "Forum Kopontren OPOP Jawa Timur".into();
        settings.publisher_address = "Jl. Pesantren No. 1, Surabaya".into();
        settings.publisher_whatsapp = "6281130001000".into();
        settings.publisher_email = "katalog@opop-jatim.example".into();
    }
    settings
}

/// What the example catalogue put into a catalogue, found again to remove it: products with an
/// example SKU made by an example pesantren (by name), the example pesantren no other product
/// uses, and the example's publisher details where they are still the example's. Records are
/// recognised by what they say, since the store keeps no mark of where a record came from; a
/// product the user renamed is still the example's, one moved to their own producer is not.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExampleRecords {
    pub products: Vec<crate::domain::ProductId>,
    pub producers: Vec<crate::domain::ProducerId>,
    /// The example's photos (removed once nothing else shows them).
    pub photos: std::collections::BTreeSet<crate::domain::PhotoId>,
    /// Whether the publisher details are still the example's (they are cleared).
    pub publisher: bool,
}

impl ExampleRecords {
    pub fn is_empty(&self) -> bool {
        self.products.is_empty() && self.producers.is_empty() && !self.publisher
    }

    /// The change that removes them (the publisher details are settings, written apart).
    pub fn changes(&self) -> ChangeSet {
        ChangeSet {
            delete_products: self.products.clone(),
            delete_producers: self.producers.clone(),
            ..ChangeSet::default()
        }
    }
}

/// Finds the example catalogue's records in a catalogue; `None` when there are none.
pub fn example_records(
    products: &[Product],
    producers: &[Producer],
    settings: &Settings,
) -> Option<ExampleRecords> {
    let names: std::collections::HashSet<String> =
        PRODUCERS.iter().map(|s| match_key(s.pesantren)).collect();
    let skus: std::collections::HashSet<String> =
        PRODUCTS.iter().map(|s| match_key(s.sku)).collect();
    let example_producers: std::collections::HashSet<crate::domain::ProducerId> = producers
        .iter()
        .filter(|p| names.contains(&match_key(&p.pesantren)))
        .map(|p| p.id)
        .collect();
    let mut found = ExampleRecords::default();
    for p in products {
        if skus.contains(&match_key(&p.sku)) && example_producers.contains(&p.producer) {
            found.products.push(p.id);
            found.photos.extend(p.photos.iter().copied());
        }
    }
    let gone: std::collections::HashSet<_> = found.products.iter().copied().collect();
    for id in &example_producers {
        let used = products
            .iter()
            .any(|p| p.producer == *id && !gone.contains(&p.id));
        if !used {
            found.producers.push(*id);
        }
    }
    found.producers.sort();
    let example = sample_settings(Settings::default());
    found.publisher = !settings.publisher_name.is_empty()
        && settings.publisher_name == example.publisher_name
        && settings.publisher_email == example.publisher_email;
    (!found.is_empty()).then_some(found)
}

/// The settings with the example's publisher details taken out.
pub fn without_example_publisher(mut settings: Settings) -> Settings {
    let example = sample_settings(Settings::default());
    for (mine, theirs) in [
        (&mut settings.publisher_name, example.publisher_name),
        (&mut settings.publisher_address, example.publisher_address),
        (&mut settings.publisher_whatsapp, example.publisher_whatsapp),
        (&mut settings.publisher_email, example.publisher_email),
    ] {
        if *mine == theirs {
            mine.clear();
        }
    }
    settings
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_example_is_found_again_and_the_users_own_records_are_not() {
        let today = date(2026, 11, 28).unwrap();
        let example = sample_changes(&default_categories(), today);
        let mut products = example.products.clone();
        let mut producers = example.producers.clone();
        // The user's own producer and product, and one example product moved to their producer.
        let own = Producer::new("Pondok Pesantren Al-Ikhlas Sumenep");
        let mut mine = Product::new("AIK-BTK-01", products[0].category, own.id);
        mine.name.id = "Batik milik sendiri".into();
        products[3].producer = own.id;
        let moved = products[3].id;
        products.push(mine.clone());
        producers.push(own.clone());
        let settings = sample_settings(Settings::default());
        let found = example_records(&products, &producers, &settings).unwrap();
        assert_eq!(found.products.len(), 14);
        assert!(!found.products.contains(&mine.id));
        assert!(!found.products.contains(&moved));
        assert_eq!(found.producers.len(), 4);
        assert!(!found.producers.contains(&own.id));
        assert!(found.publisher);
        let cleared = without_example_publisher(settings);
        assert!(cleared.publisher_name.is_empty() && cleared.publisher_email.is_empty());
        // A catalogue without the example has nothing to remove.
        assert_eq!(example_records(&[mine], &[own], &Settings::default()), None);
    }
    use super::*;
    use crate::domain::model::default_categories;
    use std::collections::HashSet;

    #[test]
    fn the_example_covers_what_the_brief_asks() {
        let changes = sample_changes(&default_categories(), date(2026, 11, 28).unwrap());
        assert!(changes.products.len() >= 12);
        assert_eq!(changes.producers.len(), 4);
        assert!(changes.categories.is_empty(), "uses the default categories");
        let cats: HashSet<_> = changes.products.iter().map(|p| p.category).collect();
        assert!(cats.len() >= 5);
        let h: Vec<&HalalData> = changes.products.iter().map(|p| &p.halal).collect();
        assert!(
            h.iter()
                .any(|h| h.scheme == Some(HalalScheme::Regular) && h.mark_number().is_some())
        );
        assert!(
            h.iter()
                .any(|h| h.scheme == Some(HalalScheme::SelfDeclare) && h.mark_number().is_some())
        );
        assert!(
            h.iter()
                .any(|h| h.issuer == Some(HalalIssuer::Mui) && h.valid_until < date(2025, 1, 1))
        );
        assert!(h.iter().any(|h| h.status == HalalStatus::InProcess));
        assert!(h.iter().any(|h| h.status == HalalStatus::NotRequired));
        let skus: HashSet<_> = changes.products.iter().map(|p| p.sku.as_str()).collect();
        assert_eq!(skus.len(), changes.products.len());
    }

    #[test]
    fn pirt_expiry_years_move_with_the_day_of_loading() {
        let seed = "P-IRT No. 2063507011234-28";
        assert_eq!(pirt_on(seed, date(2026, 1, 1).unwrap()), seed);
        assert_eq!(
            pirt_on(seed, date(2031, 12, 31).unwrap()),
            "P-IRT No. 2063507011234-33"
        );
        assert_eq!(
            pirt_on(seed, date(2099, 6, 1).unwrap()),
            "P-IRT No. 2063507011234-01",
            "the two-digit year wraps"
        );
        assert_eq!(pirt_on("", date(2031, 1, 1).unwrap()), "");
    }

    #[test]
    fn the_expiring_certificate_is_expiring_and_the_legacy_one_long_expired_on_any_day() {
        use crate::domain::halal::Validity;
        for today in [date(2026, 12, 1), date(2029, 3, 1), date(2031, 12, 31)] {
            let today = today.unwrap();
            let changes = sample_changes(&default_categories(), today);
            let halal = |sku: &str| {
                let p = changes.products.iter().find(|p| p.sku == sku).unwrap();
                p.halal.validity(today)
            };
            assert!(matches!(halal("DFL-KRP-01"), Validity::Expiring { .. }));
            assert!(
                matches!(halal("NHM-MDU-01"), Validity::Expired { days_ago } if days_ago > 365)
            );
            assert_eq!(halal("BAL-KTP-01"), Validity::WhileUnchanged);
            for p in &changes.products {
                if let Some(issued) = p.halal.issued {
                    assert!(issued < today, "{} issued in the future", p.sku);
                }
            }
        }
    }
}
