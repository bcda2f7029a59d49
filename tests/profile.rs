//! The producer's grant/curation profile through the real binary, read back with poppler's
//! tools (pdftotext, pdfimages, pdfinfo): the example's Darul Falah, whose legal data is missing,
//! says what is missing, reads complete once it is filled in, speaks English when asked, and an
//! unknown producer is refused with the names there are.

mod common;

use common::etalase;
use std::path::Path;
use std::process::Command;

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} is needed (poppler-utils): {e}"));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The PDF's text with every run of blanks made one space.
fn text_of(pdf: &Path) -> String {
    let text = tool("pdftotext", &[&pdf.display().to_string(), "-"]);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

const ID: &str = "id_ID.UTF-8";

/// `export profile` for `producer` in `lang`; returns the run.
fn profile(data: &Path, pdf: &Path, producer: &str, lang: &str) -> common::Run {
    let file = pdf.display().to_string();
    etalase(
        data,
        ID,
        &[
            "export",
            "profile",
            &file,
            "--producer",
            producer,
            "--lang",
            lang,
            "--date",
            "2026-11-29",
        ],
    )
}

#[test]
fn darul_falah_says_what_is_missing_then_reads_complete_once_filled_in() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert_eq!(etalase(&data, ID, &["sample"]).code, 0);
    // A logo for the header.
    {
        let store = etalase::storage::Store::open(&data.join("store")).unwrap();
        let logo =
            image::RgbImage::from_fn(600, 450, |x, _| image::Rgb([0x1f, (x / 3) as u8, 0x4a]));
        let prepared = etalase::photos::prepare(&etalase::photos::encode_jpeg(&logo, 90)).unwrap();
        store.put_photo(&prepared).unwrap();
        let mut producer = store
            .producer_by_name("Pondok Pesantren Darul Falah Sumenep")
            .unwrap()
            .unwrap();
        producer.logo = Some(prepared.id);
        let changes = etalase::storage::ChangeSet {
            producers: vec![producer],
            ..Default::default()
        };
        store.apply(&changes).unwrap();
    }
    let pdf = dir.path().join("darul-falah.pdf");
    let run = profile(&data, &pdf, "kopontren darul falah", "id");
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
    assert!(
        run.stdout.contains("7 dari 8 syarat terpenuhi"),
        "{}",
        run.stdout
    );
    let text = text_of(&pdf);
    for words in [
        "Profil Produsen",
        "Pondok Pesantren Darul Falah Sumenep",
        "NIK koperasi belum diisi",
        "nomor badan hukum koperasi belum diisi",
        "7 dari 8 syarat terpenuhi",
        "Daftar periksa kesiapan",
        "Foto produk",
        "Kerupuk Ikan Tenggiri",
        "Rp 25.000",
        "HALAL ID35290099887766012",
        "Terdaftar, IDM000990417",
        "Kab. Sumenep, 29 November 2026",
        "Halaman 1 dari",
        "Forum Kopontren OPOP Jawa Timur",
    ] {
        assert!(text.contains(words), "no “{words}” in {text}");
    }
    for words in [
        "Lengkap: semua",
        "not filled in",
        "Page ",
        "Price",
        "requirements",
    ] {
        assert!(!text.contains(words), "“{words}” in {text}");
    }
    let info = tool("pdfinfo", &[&pdf.display().to_string()]);
    assert!(
        info.contains("Profil Produsen: Pondok Pesantren Darul Falah Sumenep"),
        "{info}"
    );
    // Every photo, the logo too, prints sharp: 250-450 dpi.
    let images = tool("pdfimages", &["-list", &pdf.display().to_string()]);
    let rows: Vec<&str> = images.lines().skip(2).collect();
    assert_eq!(rows.len(), 1 + 4 + 4, "logo, covers, photo page: {images}");
    assert!(
        rows[0].split_whitespace().next() == Some("1"),
        "the logo on page 1"
    );
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        for ppi in [cols[12], cols[13]] {
            let ppi: f32 = ppi.parse().unwrap();
            assert!((249.0..=451.0).contains(&ppi), "{row}");
        }
    }

    // The manager fills the legal data in (the data folder closed, as the window would).
    {
        let store = etalase::storage::Store::open(&data.join("store")).unwrap();
        let mut producer = store
            .producer_by_name("Pondok Pesantren Darul Falah Sumenep")
            .unwrap()
            .unwrap();
        producer.legal = etalase::domain::LegalIdentity {
            legal_entity_number: "AHU-0003321.AH.01.26.TAHUN 2020".into(),
            nik_koperasi: "3529010020003321".into(),
            kemenag_registered: Some(true),
            founded_year: Some(1995),
            members: Some(87),
            santri_involved: Some(25),
            contact_person: "KH. Abdul Wahid".into(),
            contact_role: "Ketua Kopontren".into(),
        };
        store
            .apply(&etalase::storage::ChangeSet {
                producers: vec![producer],
                ..Default::default()
            })
            .unwrap();
    }
    let run = profile(&data, &pdf, "Pondok Pesantren Darul Falah Sumenep", "id");
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("8 dari 8 syarat terpenuhi"),
        "{}",
        run.stdout
    );
    let text = text_of(&pdf);
    for words in [
        "Lengkap: semua 8 syarat terpenuhi",
        "AHU-0003321.AH.01.26.TAHUN 2020",
        "3529010020003321",
        "87 anggota",
        "25 santri",
        "KH. Abdul Wahid",
        "Ketua Kopontren",
    ] {
        assert!(text.contains(words), "no “{words}” in {text}");
    }
    for words in [
        "syarat terpenuhi Yang masih kurang",
        "NIK koperasi belum diisi",
        "(.....",
    ] {
        assert!(!text.contains(words), "“{words}” in {text}");
    }
}

#[test]
fn the_english_profile_has_the_english_words() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert_eq!(etalase(&data, ID, &["sample"]).code, 0);
    let pdf = dir.path().join("profile-en.pdf");
    let run = profile(&data, &pdf, "Darul Falah", "en");
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let text = text_of(&pdf);
    for words in [
        "Producer Profile",
        "not filled in",
        "the NIK koperasi is not filled in",
        "7 of 8 requirements met",
        "Readiness checklist",
        "Mackerel Fish Crackers",
        "IDR 25,000",
        "Page 1 of",
        "29 November 2026",
        "Chairperson",
    ] {
        assert!(text.contains(words), "no “{words}” in {text}");
    }
    for words in [
        "belum diisi",
        "Halaman",
        "syarat",
        "Kerupuk",
        "Rp ",
        "Daftar periksa",
        "Ketua",
    ] {
        assert!(
            !text.contains(words),
            "“{words}” on the English profile: {text}"
        );
    }
}

#[test]
fn an_unknown_producer_is_refused_with_the_names_there_are() {
    let data = common::sample_data();
    let pdf = data.path().join("nobody.pdf");
    let run = profile(data.path(), &pdf, "Pesantren Tidak Ada", "id");
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("“Pesantren Tidak Ada”"),
        "{}",
        run.stderr
    );
    for known in [
        "“Pondok Pesantren Al-Ikhlas Banyuwangi”",
        "“Pondok Pesantren Baitul A'la”",
        "“Pondok Pesantren Darul Falah Sumenep”",
        "“Pondok Pesantren Nurul Huda Mojosari”",
    ] {
        assert!(run.stderr.contains(known), "{}", run.stderr);
    }
    assert!(!pdf.exists(), "nothing written");
    // "Pondok Pesantren" is part of every name: not one producer, so refused too.
    assert_eq!(profile(data.path(), &pdf, "pondok pesantren", "id").code, 1);
    // Without --producer it is bad usage.
    let file = pdf.display().to_string();
    let run = etalase(
        data.path(),
        ID,
        &["export", "profile", &file, "--lang", "id"],
    );
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(!pdf.exists());
}
