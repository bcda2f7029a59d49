//! Documents benchmark: a catalogue of 1,000 products from 20 pesantren (50 each) with 20
//! different 12-megapixel phone-like JPEGs shared round-robin (each pesantren's 50 products use all
//! 20), imported with the real binary; then
//! `etalase export profile` of one producer (50 products, photo pages) and `etalase export
//! pricelist` of all 1,000 products with a dollar rate, as PDF and as workbook, each timed as a
//! separate process with its peak memory and file size. The issue sets no target; for scale, the
//! catalogue's 200-product grid PDF takes about 0.65 s here.
//!
//! Run with `cargo bench --bench documents`. `ETALASE_BENCH_RUNS` (default 3) sets the runs per
//! figure.

mod common;

use common::{env, median, phone_picture, secs, timed};

fn csv_for(products: usize, photos: usize) -> String {
    let categories = [
        "Makanan & Camilan",
        "Minuman",
        "Herbal & Kesehatan",
        "Kerajinan",
    ];
    let mut csv = String::from(
        "sku,name_id,name_en,description_id,description_en,category,price,wholesale_price,wholesale_min_qty,net_content,shelf_life_months,storage_id,storage_en,hs_code,min_order,units_per_carton,producer,whatsapp,halal_status,halal_number,pirt,trademark_status,trademark_number,photos\n",
    );
    for i in 0..products {
        csv.push_str(&format!(
            "B-{i:05},Keripik Tempe Renyah {i},Crunchy Tempeh Chips {i},\"Keripik tempe tipis dan renyah dari kedelai pilihan.\",\"Thin crunchy tempeh chips from selected soybeans.\",{},{},{},24,200 g,6,\"Simpan di tempat kering dan sejuk.\",\"Keep cool and dry.\",2008.99,100,24,Pondok Pesantren Bench {},0812-3456-{:04},certified,ID35110017058840424,P-IRT No. 2063507011234-29,registered,IDM000{:06},photo-{:02}.jpg\n",
            categories[i % categories.len()],
            15_000 + i * 100,
            (15_000 + i * 100) * 85 / 100,
            i % 20,
            i % 20,
            i,
            // Each pesantren's products go round all the photos (product i is pesantren i % 20's).
            (i / 20) % photos,
        ));
    }
    csv
}

fn main() {
    let runs = env("ETALASE_BENCH_RUNS", 3);
    let (products, photos) = (1000, 20);
    let dir = tempfile::tempdir().unwrap();
    let files = dir.path().join("files");
    std::fs::create_dir_all(&files).unwrap();
    println!(
        "Etalase documents benchmark: {products} products from 20 pesantren, {photos} different 12-megapixel photos, medians of {runs} runs"
    );
    for i in 0..photos {
        let picture = phone_picture(4000, 3000, 2000 + i as u32);
        let jpeg = etalase::photos::encode_jpeg(&picture, 88);
        std::fs::write(files.join(format!("photo-{i:02}.jpg")), jpeg).unwrap();
    }
    let data = dir.path().join("data");
    let csv = files.join("products.csv");
    std::fs::write(&csv, csv_for(products, photos)).unwrap();
    let (import, peak) = timed(&data, &["import", &csv.display().to_string()]);
    println!("import: {} (peak {peak:.0} MB)", secs(import));

    let profile = dir.path().join("profil.pdf");
    let pdf = dir.path().join("daftar-harga.pdf");
    let xlsx = dir.path().join("daftar-harga.xlsx");
    let cases: [(&str, Vec<String>, &std::path::Path); 3] = [
        (
            "grant profile, 50 products with photos",
            [
                "export",
                "profile",
                &profile.display().to_string(),
                "--producer",
                "Pondok Pesantren Bench 3",
                "--lang",
                "id",
                "--date",
                "2026-12-04",
            ]
            .map(String::from)
            .to_vec(),
            &profile,
        ),
        (
            "price list, 1,000 products, PDF with USD",
            [
                "export",
                "pricelist",
                &pdf.display().to_string(),
                "--lang",
                "en",
                "--usd-rate",
                "16250",
                "--date",
                "2026-12-04",
            ]
            .map(String::from)
            .to_vec(),
            &pdf,
        ),
        (
            "price list, 1,000 products, workbook with USD",
            [
                "export",
                "pricelist",
                &xlsx.display().to_string(),
                "--lang",
                "id",
                "--usd-rate",
                "16250",
                "--date",
                "2026-12-04",
            ]
            .map(String::from)
            .to_vec(),
            &xlsx,
        ),
    ];
    for (label, args, out) in &cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        // The first run makes any print-size photo copies the import did not.
        let (first, _) = timed(&data, &args);
        let mut times = Vec::new();
        let mut peak: f64 = 0.0;
        for _ in 0..runs {
            let (t, p) = timed(&data, &args);
            times.push(t);
            peak = peak.max(p);
        }
        let size = std::fs::metadata(out).unwrap().len();
        println!(
            "{label}: {} (first run {}), peak {peak:.0} MB, file {:.1} MB",
            secs(median(times)),
            secs(first),
            size as f64 / 1e6
        );
    }
}
