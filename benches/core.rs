//! Core catalogue benchmark: generates a 10,000-row product spreadsheet, then measures the real
//! `etalase` binary importing it, listing it as JSON and exporting it (CSV, and an Excel workbook
//! exported and imported again, with each run's peak memory), the store opening, and the store's
//! size on disk against the CSV's. Prints medians of several runs.
//!
//! Run with `cargo bench --bench core` (release build). `ETALASE_BENCH_ROWS` and
//! `ETALASE_BENCH_RUNS` change the size and the number of runs.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const CATEGORIES: [&str; 8] = [
    "Makanan & Camilan",
    "Minuman",
    "Herbal & Kesehatan",
    "Kosmetik & Perawatan Diri",
    "Busana & Batik",
    "Kerajinan",
    "Pertanian & Perkebunan",
    "Lainnya",
];
const WORDS: [&str; 16] = [
    "keripik",
    "tempe",
    "kopi",
    "madu",
    "jamu",
    "sambal",
    "batik",
    "sabun",
    "kunyit",
    "jahe",
    "gurih",
    "renyah",
    "asli",
    "pesantren",
    "pilihan",
    "khas",
];

/// A spreadsheet like a provincial office would hold: Indonesian `;` export with BOM.
fn spreadsheet(rows: usize) -> String {
    let mut seed: u64 = 0x5eed;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let words = |n: usize, next: &mut dyn FnMut() -> u64| {
        (0..n)
            .map(|_| WORDS[(next() % 16) as usize])
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut out = String::from(
        "\u{feff}sku;name_id;name_en;category;description_id;description_en;price;net_content;producer;kopontren;city;whatsapp;halal_status;halal_number;halal_issued;pirt;featured\r\n",
    );
    for i in 0..rows {
        let producer = i % 1000;
        let name = words(3, &mut next);
        let desc_id = words(30, &mut next);
        let desc_en = words(28, &mut next);
        out.push_str(&format!(
            "OPOP-{i:05};{name};{name} (EN);{cat};\"{desc_id}.\r\n{desc_id}\";{desc_en};Rp {price}.000;250 g;Pondok Pesantren Nomor {producer};Kopontren {producer};Kab. Malang;0812-{p4:04}-{i4:04};bersertifikat;ID{n:017};{d:02}/03/2024;P-IRT No. 2063507{n7:06}-29;{f}\r\n",
            cat = CATEGORIES[i % 8],
            price = 10 + next() % 200,
            p4 = producer,
            i4 = i % 10_000,
            n = 35_000_000_000_000_000u64 + i as u64,
            d = 1 + i % 28,
            n7 = i % 1_000_000,
            f = if i % 10 == 0 { "ya" } else { "tidak" },
        ));
    }
    out
}

fn etalase(data: &Path, args: &[&str]) -> Duration {
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_etalase"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .output()
        .expect("the binary runs");
    let took = start.elapsed();
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    took
}

/// Runs the binary like [`etalase`] and also returns its own peak resident memory in MB (the
/// kernel's count for the child, from `wait4`).
// The child is reaped with `wait4` (for its resource use), not `Child::wait`.
#[allow(clippy::zombie_processes)]
fn etalase_peak(data: &Path, args: &[&str]) -> (Duration, f64) {
    use std::io::Read;
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_etalase"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut err = String::new();
    let _ = child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err);
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let took = start.elapsed();
    assert_eq!(waited, pid, "waited for etalase");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{args:?} failed: {err}"
    );
    (took, usage.ru_maxrss as f64 / 1024.0)
}

/// The median time and the largest peak memory of some runs.
fn median_and_peak(runs: Vec<(Duration, f64)>) -> (Duration, f64) {
    let peak = runs.iter().map(|r| r.1).fold(0.0, f64::max);
    (median(runs.into_iter().map(|r| r.0).collect()), peak)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn dir_size(path: &Path) -> u64 {
    std::fs::read_dir(path)
        .map(|rd| {
            rd.flatten()
                .map(|e| {
                    let p = e.path();
                    if p.is_dir() {
                        dir_size(&p)
                    } else {
                        e.metadata().map(|m| m.len()).unwrap_or(0)
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}

fn main() {
    let env_num = |name: &str, default: usize| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let rows = env_num("ETALASE_BENCH_ROWS", 10_000);
    let runs = env_num("ETALASE_BENCH_RUNS", 5);
    let work = tempfile::tempdir().expect("temp folder");
    let csv = work.path().join("products.csv");
    std::fs::write(&csv, spreadsheet(rows)).expect("write the CSV");
    let csv_bytes = std::fs::metadata(&csv).map(|m| m.len()).unwrap_or(0);
    let csv_arg = csv.to_str().expect("utf-8 path");
    println!(
        "etalase core benchmark: {rows} rows, CSV {:.2} MB, {runs} runs each, medians",
        csv_bytes as f64 / 1e6
    );

    let mut imports = Vec::new();
    let mut last = None;
    for _ in 0..runs {
        let data = tempfile::tempdir().expect("temp folder");
        imports.push(etalase(data.path(), &["import", csv_arg]));
        last = Some(data);
    }
    let data = last.expect("at least one run");
    let reimports: Vec<Duration> = (0..runs)
        .map(|_| etalase(data.path(), &["import", csv_arg]))
        .collect();
    let lists: Vec<Duration> = (0..runs)
        .map(|_| etalase(data.path(), &["list", "--json"]))
        .collect();
    let out_csv = work.path().join("export.csv");
    let exports: Vec<Duration> = (0..runs)
        .map(|_| {
            etalase(
                data.path(),
                &["export", "csv", out_csv.to_str().expect("utf-8 path")],
            )
        })
        .collect();
    // The same catalogue as an Excel workbook, out and back in (each import into a new store).
    let out_xlsx = work.path().join("export.xlsx");
    let xlsx_arg = out_xlsx.to_str().expect("utf-8 path");
    let (xlsx_export, xlsx_export_peak) = median_and_peak(
        (0..runs)
            .map(|_| etalase_peak(data.path(), &["export", "xlsx", xlsx_arg]))
            .collect(),
    );
    let xlsx_bytes = std::fs::metadata(&out_xlsx).map(|m| m.len()).unwrap_or(0);
    let (xlsx_import, xlsx_import_peak) = median_and_peak(
        (0..runs)
            .map(|_| {
                let fresh = tempfile::tempdir().expect("temp folder");
                etalase_peak(fresh.path(), &["import", xlsx_arg])
            })
            .collect(),
    );
    let noop: Vec<Duration> = (0..runs)
        .map(|_| etalase(data.path(), &["--help"]))
        .collect();

    let store_dir = data.path().join("store");
    let opens: Vec<Duration> = (0..runs.max(5))
        .map(|_| {
            let start = Instant::now();
            let store = etalase::storage::Store::open(&store_dir).expect("open");
            let took = start.elapsed();
            assert_eq!(store.product_count(), rows);
            took
        })
        .collect();
    let store = etalase::storage::Store::open(&store_dir).expect("open");
    let read_all = median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                let n = store.products().expect("read").len();
                assert_eq!(n, rows);
                start.elapsed()
            })
            .collect(),
    );
    let sled_size = store.size_on_disk().unwrap_or(0);
    // The bytes the records themselves take (postcard envelopes, keys and index entries), to tell
    // what sled adds on top.
    let products = store.products().expect("read");
    let record_bytes: usize = products
        .iter()
        .map(|p| etalase::storage::codec::Record::encode(p).len() + 16)
        .sum();
    let index_bytes: usize = products.iter().map(|p| p.sku.len() + 16 + 32 + 32).sum();
    drop(store);
    let disk = dir_size(&store_dir);

    println!(
        "import {rows} rows, new store (binary)   {:>10}   target < 2000 ms",
        ms(median(imports))
    );
    println!(
        "import again, all unchanged (binary)    {:>10}",
        ms(median(reimports))
    );
    println!(
        "list --json (binary)                    {:>10}   target < 500 ms",
        ms(median(lists))
    );
    println!(
        "export csv (binary)                     {:>10}",
        ms(median(exports))
    );
    println!(
        "export xlsx (binary)                    {:>10}   peak {:.0} MB; workbook {:.2} MB   target < 3000 ms, < 300 MB",
        ms(xlsx_export),
        xlsx_export_peak,
        xlsx_bytes as f64 / 1e6
    );
    println!(
        "import xlsx {rows} rows, new store       {:>10}   peak {:.0} MB   target < 3000 ms, < 300 MB",
        ms(xlsx_import),
        xlsx_import_peak
    );
    println!(
        "process start, --help (binary)          {:>10}",
        ms(median(noop))
    );
    println!(
        "store open (library)                    {:>10}   target < 100 ms",
        ms(median(opens))
    );
    println!(
        "read all products, sorted (library)     {:>10}",
        ms(read_all)
    );
    println!(
        "store on disk                           {:>7.2} MB   = {:.2}x the CSV (target < 6x); sled reports {:.2} MB",
        disk as f64 / 1e6,
        disk as f64 / csv_bytes as f64,
        sled_size as f64 / 1e6
    );
    println!(
        "records {:.2} MB + index entries {:.2} MB = {:.2} MB of data; sled's log and pages add {:.2}x",
        record_bytes as f64 / 1e6,
        index_bytes as f64 / 1e6,
        (record_bytes + index_bytes) as f64 / 1e6,
        disk as f64 / (record_bytes + index_bytes) as f64
    );
}
