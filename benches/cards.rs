//! Social-card benchmark: 100 products, each with its own 12-megapixel phone-like JPEG (4000 x
//! 3000), imported with the real binary; then `etalase export cards` (square, band) timed as a
//! separate process under GNU time for its wall time and peak memory: the first export, which makes
//! each card's photo copy from the stored master (run on a fresh copy of the imported data folder
//! each time), and an export again, which finds the copies made. Then, in this process, the
//! window's live preview (`ops::cards::preview`): the first card of a product, and the redraw when
//! an option changes (size, style, language, prices).
//!
//! Targets (issue 23): 100 square cards in under 10 s on 2 cores, peak under 300 MB; a changed
//! option redrawn in under 100 ms.
//!
//! Run with `cargo bench --bench cards`. `ETALASE_BENCH_RUNS` (default 3) sets the runs per
//! figure, `ETALASE_CARDS` (default 100) the number of products.

mod common;

use common::{env, median, ms, phone_picture, secs, timed};
use etalase::cards::{CardOptions, CardSize, Style};
use etalase::domain::Lang;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

fn copy_dir(from: &Path, to: &Path) {
    let status = Command::new("cp")
        .arg("-a")
        .arg(from)
        .arg(to)
        .status()
        .unwrap();
    assert!(status.success());
}

fn csv_for(products: usize) -> String {
    let categories = [
        "Makanan & Camilan",
        "Minuman",
        "Herbal & Kesehatan",
        "Kerajinan",
    ];
    let mut csv = String::from(
        "sku,name_id,name_en,description_id,description_en,category,price,net_content,producer,whatsapp,halal_status,halal_number,photos\n",
    );
    for i in 0..products {
        csv.push_str(&format!(
            "C-{i:04},Keripik Tempe Renyah {i},Crunchy Tempeh Chips {i},\"Keripik tempe tipis dan renyah dari kedelai pilihan, digoreng setiap hari.\",\"Thin crunchy tempeh chips from selected soybeans, fried every day.\",{},{},200 g,Pondok Pesantren Bench {},0812-3456-{:04},certified,ID35110017058840424,photo-{i:03}.jpg\n",
            categories[i % categories.len()],
            15_000 + i * 100,
            i % 20,
            i % 20,
        ));
    }
    csv
}

fn main() {
    let runs = env("ETALASE_BENCH_RUNS", 3);
    let products = env("ETALASE_CARDS", 100);
    let dir = tempfile::tempdir().unwrap();
    let files = dir.path().join("files");
    std::fs::create_dir_all(&files).unwrap();
    println!(
        "Etalase social-card benchmark: {products} products, each with its own 12-megapixel photo (4000 x 3000); {} cores; medians of {runs} runs",
        etalase::workers::cores()
    );
    // Twenty scenes, each saved at five JPEG qualities: 100 different files, as from a phone.
    for i in 0..products {
        let scene = (i / 5) as u32;
        let picture = phone_picture(4000, 3000, 2000 + scene);
        let jpeg = etalase::photos::encode_jpeg(&picture, 84 + (i % 5) as u8);
        std::fs::write(files.join(format!("photo-{i:03}.jpg")), &jpeg).unwrap();
    }
    let imported = dir.path().join("imported");
    let csv = files.join("products.csv");
    std::fs::write(&csv, csv_for(products)).unwrap();
    let (import, _) = timed(&imported, &["import", &csv.display().to_string()]);
    println!(
        "import of the {products} products with their photos: {}",
        secs(import)
    );

    let export = |data: &Path, out: &Path| {
        timed(
            data,
            &[
                "export",
                "cards",
                &out.display().to_string(),
                "--lang",
                "id",
                "--date",
                "2026-11-29",
            ],
        )
    };
    // The first export: every card's photo copy made from its master.
    let mut first = Vec::new();
    let mut first_peak: f64 = 0.0;
    let mut data = dir.path().join("data-0");
    for run in 0..runs {
        data = dir.path().join(format!("data-{run}"));
        copy_dir(&imported, &data);
        let out = dir.path().join(format!("first-{run}"));
        let (t, peak) = export(&data, &out);
        first.push(t);
        first_peak = first_peak.max(peak);
        let cards = std::fs::read_dir(&out)
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .path()
                    .extension()
                    .is_some_and(|x| x == "png")
            })
            .count();
        assert_eq!(cards, products);
    }
    let bytes: u64 = std::fs::read_dir(dir.path().join("first-0"))
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum();
    println!(
        "export cards, first (copies made from the masters): {} (peak {first_peak:.0} MB; {:.1} MB of cards, {:.0} KB each)  (targets: < 10 s, < 300 MB)",
        secs(median(first)),
        bytes as f64 / 1e6,
        bytes as f64 / 1e3 / products as f64
    );
    // Again: the copies are there.
    let mut again = Vec::new();
    let mut again_peak: f64 = 0.0;
    for run in 0..runs {
        let (t, peak) = export(&data, &dir.path().join(format!("again-{run}")));
        again.push(t);
        again_peak = again_peak.max(peak);
    }
    println!(
        "export cards again (copies kept): {} (peak {again_peak:.0} MB)",
        secs(median(again))
    );
    let same = std::fs::read(dir.path().join("first-0").join("C-0000-square.png")).unwrap()
        == std::fs::read(dir.path().join("again-0").join("C-0000-square.png")).unwrap();
    println!("same bytes from the first export and the next: {same}");

    // The window's live preview, on a fresh copy of the imported data (no card copy made yet).
    let fresh = dir.path().join("preview");
    copy_dir(&imported, &fresh);
    let store = etalase::storage::Store::open(&fresh.join("store")).unwrap();
    let catalogue = store.catalogue().unwrap();
    let product = catalogue.products[0].id;
    let start = Instant::now();
    let options = CardOptions {
        date: Some(etalase::domain::Date::new(2026, 11, 29).unwrap()),
        ..CardOptions::default()
    };
    let card = etalase::ops::cards::preview(&store, &catalogue, product, &options).unwrap();
    println!(
        "preview, a product's first card (its screen copy made from the master): {} ({} x {})",
        ms(start.elapsed()),
        card.width(),
        card.height()
    );
    let mut changes = Vec::new();
    for size in CardSize::ALL {
        for style in Style::ALL {
            for lang in Lang::ALL {
                for prices in [true, false] {
                    changes.push(CardOptions {
                        lang,
                        size,
                        style,
                        prices,
                        ..options.clone()
                    });
                }
            }
        }
    }
    let mut times = Vec::new();
    for _ in 0..runs.max(1) {
        for o in &changes {
            let start = Instant::now();
            let card = etalase::ops::cards::preview(&store, &catalogue, product, o).unwrap();
            std::hint::black_box(card.width());
            times.push(start.elapsed());
        }
    }
    times.sort();
    let worst = *times.last().unwrap();
    println!(
        "preview redraw for a changed option ({} changes of size, style, language, prices): median {}, worst {}  (target: < 100 ms)",
        times.len(),
        ms(median(times)),
        ms(worst)
    );
    // Another product's first card, its screen copy made once.
    let next = catalogue.products[1].id;
    let start = Instant::now();
    etalase::ops::cards::preview(&store, &catalogue, next, &options).unwrap();
    println!(
        "preview, stepping to the next product (first time): {}",
        ms(start.elapsed())
    );
    let start = Instant::now();
    etalase::ops::cards::preview(&store, &catalogue, next, &options).unwrap();
    println!("preview, the same card again: {}", ms(start.elapsed()));
}
