//! Photo import benchmark: makes its own 12-megapixel phone-like JPEGs (4000 x 3000, some with
//! EXIF "turn 90"), then measures in release:
//! - one photo prepared (decode, orient, 2400 px master, 400 px thumbnail) on one core, by the
//!   fast path (zune-jpeg decode, SIMD Lanczos3 resize with `fast_image_resize`, AVX2 JPEG
//!   encoder `jpeg-encoder`, turn after the resize) and by the plain `image`-only path;
//! - a batch read from files into a store on one thread and on all cores;
//! - store size on disk against the stored photo bytes, and against the files handed in;
//! - how fast a 30000 x 30000 PNG of a few bytes is refused, and peak memory.
//!
//! Run with `cargo bench --bench photos`. `ETALASE_BENCH_RUNS` (default 5) and
//! `ETALASE_BENCH_PHOTOS` (batch size, default 12) change the work.

mod common;

use common::{env, median, phone_picture};
use etalase::photos::{self, encode_jpeg, with_exif_orientation};
use etalase::storage::Store;
use std::path::Path;
use std::time::{Duration, Instant};

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1e3)
}

fn memory_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn dir_bytes(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| match e.metadata() {
                    Ok(m) if m.is_dir() => dir_bytes(&e.path()),
                    Ok(m) => m.len(),
                    Err(_) => 0,
                })
                .sum()
        })
        .unwrap_or(0)
}

fn main() {
    let runs = env("ETALASE_BENCH_RUNS", 5);
    let batch = env("ETALASE_BENCH_PHOTOS", 12);
    println!("Etalase photo benchmark: 12-megapixel JPEGs (4000 x 3000), medians of {runs} runs");

    let upright = encode_jpeg(&phone_picture(4000, 3000, 7), 92);
    let sideways = with_exif_orientation(&upright, 6);
    println!(
        "test photo: {:.1} MB JPEG (quality 92)",
        upright.len() as f64 / 1e6
    );

    for (name, bytes) in [("upright", &upright), ("sideways (EXIF 6)", &sideways)] {
        let mut fast = Vec::new();
        let mut plain = Vec::new();
        for _ in 0..runs {
            let t = Instant::now();
            let p = photos::prepare(bytes).unwrap();
            fast.push(t.elapsed());
            assert_eq!(p.width.max(p.height), photos::MASTER_EDGE);
            let t = Instant::now();
            photos::prepare_plain(bytes).unwrap();
            plain.push(t.elapsed());
        }
        let (f, p) = (median(fast), median(plain));
        println!(
            "one {name} photo, one core: fast path {}  (target < 250 ms), plain image-only path {}, {:.1}x faster",
            ms(f),
            ms(p),
            p.as_secs_f64() / f.as_secs_f64()
        );
    }
    let p = photos::prepare(&upright).unwrap();
    println!(
        "output: master {} x {} = {:.2} MB, thumbnail {:.0} KB",
        p.width,
        p.height,
        p.master.len() as f64 / 1e6,
        p.thumb.len() as f64 / 1e3
    );

    // A batch from files into a store: one thread, then all cores.
    let work = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    let mut handed_in = 0u64;
    for i in 0..batch {
        let jpeg = encode_jpeg(&phone_picture(4000, 3000, 100 + i as u32), 92);
        let jpeg = if i % 3 == 0 {
            with_exif_orientation(&jpeg, 6)
        } else {
            jpeg
        };
        handed_in += jpeg.len() as u64;
        let path = work.path().join(format!("IMG_{i:04}.jpg"));
        std::fs::write(&path, jpeg).unwrap();
        paths.push(path);
    }
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut timings = Vec::new();
    let mut store_bytes = (0, 0);
    for threads in [1, cores] {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let empty = dir_bytes(dir.path());
        let t = Instant::now();
        let results =
            etalase::ops::photos::import_files_on(threads, Some(&store), &paths, &|_, _| true)
                .unwrap();
        let took = t.elapsed();
        assert!(results.iter().all(Result::is_ok));
        timings.push(took);
        drop(store);
        let stored = Store::open(dir.path()).unwrap().photo_bytes().unwrap();
        store_bytes = (dir_bytes(dir.path()) - empty, stored);
    }
    println!(
        "batch of {batch} photos from files into the store: 1 thread {}, {cores} threads {}  ({:.2}x)",
        ms(timings[0]),
        ms(timings[1]),
        timings[0].as_secs_f64() / timings[1].as_secs_f64()
    );
    println!(
        "store on disk grew {:.1} MB for {:.1} MB of stored photo bytes ({:.2}x); files handed in: {:.1} MB (store is {:.0}% of them)",
        store_bytes.0 as f64 / 1e6,
        store_bytes.1 as f64 / 1e6,
        store_bytes.0 as f64 / store_bytes.1 as f64,
        handed_in as f64 / 1e6,
        store_bytes.0 as f64 * 100.0 / handed_in as f64
    );

    // Hostile input: a PNG that claims 30000 x 30000 pixels.
    let bomb = photos::png_claiming_size(30_000, 30_000);
    let t = Instant::now();
    let refused = photos::prepare(&bomb).is_err();
    println!(
        "a {} byte PNG claiming 30000 x 30000 pixels: refused {} in {:.2} ms",
        bomb.len(),
        if refused { "yes" } else { "NO" },
        t.elapsed().as_secs_f64() * 1e3
    );
    println!("peak resident memory: {:.0} MB", memory_mb());
}
