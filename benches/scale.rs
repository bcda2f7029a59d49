//! Scale benchmark: a provincial OPOP catalogue of 10,000 products from 1,000 pesantren with
//! 30,000 photos, measured across the whole app. It generates the catalogue itself (Indonesian
//! and English product text, phone-size photos) into `target/scale-bench/` and keeps it there for
//! the next run, then measures, in release, with the peak resident memory of each step:
//! store open; the window (headless egui harness: first frame, search keystroke, scrolling the
//! grid through every row while its photos are decoded, opening a product editor); and, with the
//! real `etalase` binary, CSV export and import of 10,000 rows, a PDF of 1,000 products (grid)
//! and a backup of the whole store; plus the store's size on disk against its photos' bytes.
//!
//! Run with `cargo bench --bench scale`. `ETALASE_SCALE_PRODUCTS`, `ETALASE_SCALE_PHOTOS`,
//! `ETALASE_SCALE_ORIGINALS` (distinct phone photos drawn), `ETALASE_BENCH_RUNS` and
//! `ETALASE_SCALE_DIR` change the defaults (10,000, 30,000, 120, 5, `target/scale-bench`).
//!
//! Photos: drawing and encoding 30,000 different 12-megapixel pictures would take hours on a
//! laptop, so `ORIGINALS` phone-size pictures (4032 x 3024, product on a backdrop, sensor
//! noise) go through the real import path, and each stored photo is one of them with its own
//! JPEG comment: 30,000 distinct photos with their own bytes, hashes and trees, of the size a
//! real import stores. The photo import itself is timed on a batch of the originals.

mod common;

use common::catalogue::{self, ARTS, KINDS};
use common::{env, median, ms, percentile};
use egui_kittest::Harness;
use etalase::app::{EtalaseApp, Prefs};
use etalase::domain::{Lang, PhotoId};
use etalase::photos::Prepared;
use etalase::storage::Store;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// Bumped when what is generated changes, so an old cached catalogue is made again.
const GENERATION: u32 = 2;

struct Sizes {
    products: usize,
    photos: usize,
    originals: usize,
    runs: usize,
}

fn main() {
    let sizes = Sizes {
        products: env("ETALASE_SCALE_PRODUCTS", 10_000),
        photos: env("ETALASE_SCALE_PHOTOS", 30_000),
        originals: env("ETALASE_SCALE_ORIGINALS", 120).max(1),
        runs: env("ETALASE_BENCH_RUNS", 5).max(1),
    };
    let root = std::env::var_os("ETALASE_SCALE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/scale-bench"));
    let data = root.join("data");
    let store_dir = data.join("store");
    let scratch = root.join("scratch");
    // Each step that runs in this program runs in a process of its own, so its peak memory is
    // its own (and not what generating the catalogue left behind).
    if let Ok(step) = std::env::var(STEP) {
        match step.as_str() {
            "generate" => generate(&root, &sizes),
            "store" => {
                store_open(&store_dir, sizes.runs);
                store_size(&store_dir);
            }
            "photo-import" => photo_import(&root.join("originals"), &scratch, &sizes),
            "window" => window(&store_dir, &sizes),
            other => panic!("no step {other}"),
        }
        return;
    }
    println!(
        "Etalase scale benchmark: {} products, 1,000 pesantren, {} photos ({} distinct phone-size originals); medians of {} runs",
        sizes.products, sizes.photos, sizes.originals, sizes.runs
    );
    run_step("generate");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).unwrap();
    run_step("store");
    run_step("photo-import");
    run_step("window");
    common::real_window(&data, sizes.products, sizes.runs.min(3));
    csv_export_import(&data, &scratch, &sizes);
    pdf_export(&data, &scratch, &sizes);
    backup(&data, &scratch, &sizes);
    let _ = std::fs::remove_dir_all(&scratch);
}

/// The variable that tells this program to run one step.
const STEP: &str = "ETALASE_SCALE_STEP";

/// Runs this program again for one step; it prints its own figures.
fn run_step(step: &str) {
    let status = Command::new(std::env::current_exe().unwrap())
        .env(STEP, step)
        .status()
        .unwrap();
    assert!(status.success(), "step {step} failed");
}

// ---------------------------------------------------------------------------------------------
// Measuring

fn gb(bytes: u64) -> String {
    format!("{:.2} GB", bytes as f64 / 1e9)
}

/// This process's resident and peak resident memory, in MB (each step is a process of its own).
fn memory() -> (f64, f64) {
    common::memory_mb()
}

/// Runs the real binary on `data` and returns its wall time, its own peak resident memory (MB)
/// and what it printed. Panics when it fails.
// The child is reaped with `wait4` (for its resource use), not `Child::wait`.
#[allow(clippy::zombie_processes)]
fn etalase(data: &Path, args: &[&str]) -> (Duration, f64, String) {
    use std::io::Read;
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_etalase"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env("LANG", "C")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = String::new();
    let mut err = String::new();
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut e = String::new();
        let _ = stderr.read_to_string(&mut e);
        e
    });
    let _ = stdout.read_to_string(&mut out);
    err.push_str(&reader.join().unwrap());
    // wait4 gives this child's peak resident size (the kernel counts the parent's at the fork
    // too, which is small: the measuring steps run in processes of their own).
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = start.elapsed();
    assert_eq!(waited, pid, "waited for etalase");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "etalase {args:?} failed:\n{out}\n{err}"
    );
    (elapsed, usage.ru_maxrss as f64 / 1024.0, out)
}

// ---------------------------------------------------------------------------------------------
// The steps

fn store_size(store_dir: &Path) {
    let store = Store::open(store_dir).unwrap();
    let photos = store.photo_bytes().unwrap();
    drop(store);
    // Measured on the folder itself: what the files take, and the blocks the disk gave them.
    let (bytes, blocks) = disk_usage(store_dir);
    println!(
        "store on disk: {} in files ({} in disk blocks) for {} of photo bytes (masters, thumbnails, print copies) = {:.2}x ({:.2}x)  (target < 1.5x)",
        gb(bytes),
        gb(blocks),
        gb(photos),
        bytes as f64 / photos as f64,
        blocks as f64 / photos as f64
    );
}

/// Bytes of every file under `dir`, and the disk blocks they take.
fn disk_usage(dir: &Path) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    let (mut bytes, mut blocks) = (0, 0);
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let Ok(meta) = e.metadata() else { continue };
            if meta.is_dir() {
                let (b, k) = disk_usage(&e.path());
                bytes += b;
                blocks += k;
            } else {
                bytes += meta.len();
                blocks += meta.blocks() * 512;
            }
        }
    }
    (bytes, blocks)
}

fn store_open(store_dir: &Path, runs: usize) {
    let mut times = Vec::new();
    let (before, _) = memory();
    let mut products = 0;
    for _ in 0..runs {
        let start = Instant::now();
        let store = Store::open(store_dir).unwrap();
        times.push(start.elapsed());
        products = store.product_count();
    }
    let (_, peak) = memory();
    println!(
        "store open: median {}  ({products} products; target < 200 ms); peak memory {:.0} MB (+{:.0} MB)",
        ms(median(times)),
        peak,
        peak - before
    );
}

fn photo_import(originals: &Path, scratch: &Path, sizes: &Sizes) {
    let mut files: Vec<PathBuf> = std::fs::read_dir(originals)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    files.truncate(16);
    let bytes: u64 = files
        .iter()
        .map(|f| f.metadata().map_or(0, |m| m.len()))
        .sum();
    let store = Store::open(&scratch.join("photo-import")).unwrap();
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let start = Instant::now();
    let done = etalase::ops::photos::import_files(Some(&store), &files, &|_, _| true).unwrap();
    let took = start.elapsed();
    let (_, peak) = memory();
    assert!(done.iter().all(Result::is_ok), "the originals import");
    let each = took / files.len() as u32;
    println!(
        "photo import (real path, {} phone photos of {:.1} MB, {cores} cores): {} a photo; {} would take {:.0} min; peak memory {peak:.0} MB",
        files.len(),
        bytes as f64 / files.len() as f64 / 1e6,
        ms(each),
        sizes.photos,
        each.as_secs_f64() * sizes.photos as f64 / 60.0
    );
    drop(store);
    let _ = std::fs::remove_dir_all(scratch.join("photo-import"));
}

fn harness(store_dir: &Path) -> Harness<'static, EtalaseApp> {
    let app = EtalaseApp::new(store_dir, Prefs::new(Lang::Id));
    Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_ui_state(|ui, app: &mut EtalaseApp| app.frame(ui), app)
}

fn window(store_dir: &Path, sizes: &Sizes) {
    let (before, _) = memory();
    // Open the store, read the catalogue, build the search index, lay out the first frame.
    let mut first = Vec::new();
    for _ in 0..sizes.runs {
        let start = Instant::now();
        let mut h = harness(store_dir);
        h.step();
        first.push(start.elapsed());
        assert_eq!(h.state().catalogue.products.len(), sizes.products);
    }
    println!(
        "window first frame (open store, read, index, lay out): median {}  (target < 1 s)",
        ms(median(first))
    );

    let mut h = harness(store_dir);
    common::settle(&mut h);
    // Search: a manager types "kopi robusta" one key at a time, then deletes it, several times.
    let typed = "kopi robusta";
    let mut keystrokes = Vec::new();
    for _ in 0..sizes.runs {
        let prefixes: Vec<&str> = (1..=typed.len())
            .chain((0..typed.len()).rev())
            .map(|n| &typed[..n])
            .collect();
        for query in prefixes {
            search(h.state_mut(), query);
            let start = Instant::now();
            h.step();
            keystrokes.push(start.elapsed());
        }
    }
    search(h.state_mut(), "kopi robusta");
    h.step();
    let found = h.state().list.visible().len();
    println!(
        "search keystroke (whole frame) over {} products: median {}, p99 {}  (target p99 < 16 ms); \"kopi robusta\" finds {found}",
        sizes.products,
        ms(median(keystrokes.clone())),
        ms(percentile(keystrokes, 0.99))
    );
    search(h.state_mut(), "");
    common::settle(&mut h);

    // Scroll the grid top to bottom with the wheel; after each step the frames go on until the
    // photos of the rows on screen have arrived from the worker, as they would on screen.
    h.event(egui::Event::PointerMoved(egui::pos2(600.0, 400.0)));
    let decoded_before = h.state().thumbs.decoded_count();
    let mut frames = Vec::new();
    let mut steps = 0;
    loop {
        h.event(common::wheel_down(600.0));
        steps += 1;
        let start = Instant::now();
        h.step();
        frames.push(start.elapsed());
        let mut waits = 0;
        while !h.state().thumbs.idle() && waits < 400 {
            std::thread::sleep(Duration::from_millis(2));
            let start = Instant::now();
            h.step();
            frames.push(start.elapsed());
            waits += 1;
        }
        let (shown, rows) = h.state().grid_rows();
        let shown = shown.clone();
        if shown.end >= rows || steps > 20_000 {
            break;
        }
    }
    let decoded = h.state().thumbs.decoded_count() - decoded_before;
    let worst = *frames.iter().max().unwrap();
    println!(
        "scrolling the grid to the end: {steps} wheel steps, {} frames, median {}, worst {}  (target worst < 33 ms); {decoded} photos decoded on the worker thread (the UI thread only uploads finished images); {} textures held at the end ({:.0} MB)",
        frames.len(),
        ms(median(frames.clone())),
        ms(worst),
        h.state().thumbs.texture_count(),
        h.state().thumbs.texture_bytes() as f64 / 1e6
    );

    // Open a product's editor from the list, then go back; products spread over the catalogue.
    let mut opens = Vec::new();
    for k in 0..sizes.runs * 4 {
        let app = h.state();
        let id = app.catalogue.products[(k * 2_477) % app.catalogue.products.len()].id;
        let start = Instant::now();
        h.state_mut()
            .apply(etalase::app::command::Command::Open(id));
        h.step();
        opens.push(start.elapsed());
        assert_eq!(h.state().screen, etalase::app::Screen::Editor);
        common::settle(&mut h);
        h.state_mut().apply(etalase::app::command::Command::Leave(
            etalase::app::command::After::Products,
        ));
        common::settle(&mut h);
    }
    let (rss, peak) = memory();
    println!(
        "product editor opens (command to first frame of the editor): median {}, worst {}  (target < 100 ms)",
        ms(median(opens.clone())),
        ms(*opens.iter().max().unwrap())
    );
    println!(
        "window memory: {before:.0} MB before opening, {rss:.0} MB at the end, peak {peak:.0} MB  (target < 500 MB)"
    );
}

fn csv_export_import(data: &Path, scratch: &Path, sizes: &Sizes) {
    let out = scratch.join("katalog.csv");
    let (took, peak, _) = etalase(data, &["export", "csv", out.to_str().unwrap()]);
    let photos = scratch.join("katalog_photos");
    let files = std::fs::read_dir(&photos).map_or(0, |d| d.count());
    println!(
        "CSV export, {} rows with {files} photo files ({}): {}; peak memory {peak:.0} MB",
        sizes.products,
        gb(disk_usage(&photos).0),
        ms(took)
    );
    let _ = std::fs::remove_dir_all(&photos);
    settle_disk();
    // Import the same rows (text; the photo column's files are gone) into an empty catalogue.
    let csv = std::fs::read(&out).unwrap();
    let without_photos = strip_column(&csv, "photos");
    let file = scratch.join("import.csv");
    std::fs::write(&file, without_photos).unwrap();
    let mut times = Vec::new();
    let mut peaks = Vec::new();
    for run in 0..sizes.runs.min(3) {
        let fresh = scratch.join(format!("import-{run}"));
        let (took, peak, _) = etalase(&fresh, &["import", file.to_str().unwrap()]);
        times.push(took);
        peaks.push(peak);
        let _ = std::fs::remove_dir_all(&fresh);
    }
    println!(
        "CSV import, {} rows into an empty catalogue (real binary): median {}; peak memory {:.0} MB",
        sizes.products,
        ms(median(times)),
        peaks.iter().cloned().fold(0.0, f64::max)
    );
}

/// The CSV without one column, read and written by the project's own CSV reader and writer.
fn strip_column(csv: &[u8], column: &str) -> Vec<u8> {
    let table = etalase::interchange::reader::read_table(csv).unwrap();
    let at = table.rows[0]
        .cells
        .iter()
        .position(|c| c == column)
        .unwrap();
    let mut out = b"\xEF\xBB\xBF".to_vec();
    for row in &table.rows {
        let cells: Vec<&str> = row
            .cells
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != at)
            .map(|(_, c)| c.as_str())
            .collect();
        etalase::interchange::export::write_row(&mut out, &cells);
    }
    out
}

fn pdf_export(data: &Path, scratch: &Path, sizes: &Sizes) {
    // Every tenth product is featured: 1,000 of 10,000.
    let out = scratch.join("katalog.pdf");
    let mut times = Vec::new();
    let mut peaks = Vec::new();
    for _ in 0..sizes.runs.min(3) {
        let (took, peak, _) = etalase(
            data,
            &[
                "export",
                "pdf",
                out.to_str().unwrap(),
                "--lang",
                "id",
                "--layout",
                "grid",
                "--featured",
                "--date",
                "2026-11-29",
            ],
        );
        times.push(took);
        peaks.push(peak);
    }
    let size = out.metadata().map_or(0, |m| m.len());
    println!(
        "PDF export, {} featured products, grid: median {}; {:.1} MB; peak memory {:.0} MB",
        sizes.products / 10,
        ms(median(times)),
        size as f64 / 1e6,
        peaks.iter().cloned().fold(0.0, f64::max)
    );
    let _ = std::fs::remove_file(out);
}

fn backup(data: &Path, scratch: &Path, sizes: &Sizes) {
    let out = scratch.join("cadangan.zip");
    settle_disk();
    let (took, peak, _) = etalase(data, &["backup", out.to_str().unwrap()]);
    let size = out.metadata().map_or(0, |m| m.len());
    println!(
        "backup of the whole store ({} products, {} photos): {}; {}; peak memory {peak:.0} MB",
        sizes.products,
        sizes.photos,
        ms(took),
        gb(size)
    );
    // Restoring it into a new folder needs room for a second store.
    let needed = disk_usage(&data.join("store")).1 + (1 << 30);
    let free = free_bytes(scratch);
    if free > needed {
        settle_disk();
        let restored = scratch.join("pulih");
        let (took, peak, _) = etalase(&restored, &["restore", out.to_str().unwrap()]);
        println!(
            "restore of that backup into a new folder (checked whole, then written): {}; peak memory {peak:.0} MB",
            ms(took)
        );
        let _ = std::fs::remove_dir_all(restored);
    } else {
        println!(
            "restore: skipped, it needs {} free on disk and there is {}",
            gb(needed),
            gb(free)
        );
    }
    let _ = std::fs::remove_file(out);
}

/// Writes out what the last step left in the page cache, so the next step's own writes are not
/// slowed by it.
fn settle_disk() {
    unsafe { libc::sync() };
}

/// Free bytes on the disk holding `dir`.
fn free_bytes(dir: &Path) -> u64 {
    use std::os::unix::ffi::OsStrExt;
    let path = std::ffi::CString::new(dir.as_os_str().as_bytes()).unwrap();
    let mut stat: libc::statvfs = unsafe { std::mem::zeroed() };
    if unsafe { libc::statvfs(path.as_ptr(), &mut stat) } != 0 {
        return 0;
    }
    stat.f_bavail as u64 * stat.f_frsize as u64
}

// ---------------------------------------------------------------------------------------------
// Generating the catalogue

/// Makes the catalogue in `root/data` unless the same one is there already.
fn generate(root: &Path, sizes: &Sizes) {
    let data = root.join("data");
    let stamp = format!(
        "generation {GENERATION}: {} products, {} photos, {} originals\n",
        sizes.products, sizes.photos, sizes.originals
    );
    let done = root.join("generated.txt");
    if std::fs::read_to_string(&done).ok().as_deref() == Some(stamp.as_str()) {
        println!("catalogue: reusing {}", data.display());
        return;
    }
    let _ = std::fs::remove_file(&done);
    let _ = std::fs::remove_dir_all(&data);
    let start = Instant::now();
    let originals = draw_originals(&root.join("originals"), sizes.originals);
    println!(
        "catalogue: {} phone photos drawn and imported in {:.0} s",
        originals.len(),
        start.elapsed().as_secs_f64()
    );
    let store = Store::open(&data.join("store")).unwrap();
    let photos = store_photos(&store, &originals, sizes);
    println!(
        "catalogue: {} photos stored after {:.0} s",
        photos.len(),
        start.elapsed().as_secs_f64()
    );
    let per_product = (sizes.photos / sizes.products.max(1)).max(1);
    catalogue::fill(&store, sizes.products, 1000, &photos, per_product);
    drop(store);
    std::fs::write(&done, stamp).unwrap();
    println!(
        "catalogue: generated in {:.0} s into {}",
        start.elapsed().as_secs_f64(),
        data.display()
    );
}

/// Draws `n` phone photos (4032 x 3024 JPEG, as a phone writes them) into `folder` (kept for
/// the next run) and prepares each for the store through the real path.
fn draw_originals(folder: &Path, n: usize) -> Vec<Prepared> {
    std::fs::create_dir_all(folder).unwrap();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let out = std::sync::Mutex::new((0..n).map(|_| None).collect::<Vec<Option<Prepared>>>());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    if k >= n {
                        return;
                    }
                    let file = folder.join(format!("IMG_{:04}.jpg", k + 1));
                    let bytes = match std::fs::read(&file) {
                        Ok(b) => b,
                        Err(_) => {
                            let b = etalase::photos::encode_jpeg(&phone_photo(k as u32), 92);
                            std::fs::write(&file, &b).unwrap();
                            b
                        }
                    };
                    let prepared = etalase::photos::prepare(&bytes).unwrap();
                    out.lock().unwrap()[k] = Some(prepared);
                }
            });
        }
    });
    out.into_inner()
        .unwrap()
        .into_iter()
        .map(Option::unwrap)
        .collect()
}

/// A product photographed with a phone: the example illustration of package `ARTS[k % 7]` in its
/// own colours at 4032 x 3024, with the light falling off towards the corners and sensor noise.
fn phone_photo(k: u32) -> image::RgbImage {
    use etalase::sample::art::draw;
    let art = ARTS[k as usize % ARTS.len()];
    let main = [
        (k * 37 % 180) as u8 + 40,
        (k * 91 % 180) as u8 + 40,
        (k * 53 % 160) as u8 + 50,
    ];
    let accent = [240, (k * 17 % 60) as u8 + 190, 150];
    let (w, h) = (4032, 3024);
    let mut image = draw(art, main, accent, w, h);
    let mut seed = k.wrapping_mul(2_654_435_761) | 1;
    for (x, y, p) in image.enumerate_pixels_mut() {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        let noise = (seed >> 28) as f32 - 7.5; // about ±7, as a phone sensor indoors
        let (fx, fy) = (x as f32 / w as f32 - 0.5, y as f32 / h as f32 - 0.5);
        let vignette = 1.0 - 0.25 * (fx * fx + fy * fy);
        for c in p.0.iter_mut() {
            *c = (f32::from(*c) * vignette + noise * 0.6).clamp(0.0, 255.0) as u8;
        }
    }
    image
}

/// A JPEG with a comment segment right after its start marker: the same picture, other bytes.
fn with_comment(jpeg: &[u8], comment: &str) -> Vec<u8> {
    let payload = comment.as_bytes();
    let len = (payload.len() + 2) as u16;
    let mut out = Vec::with_capacity(jpeg.len() + payload.len() + 4);
    out.extend_from_slice(&jpeg[..2]);
    out.extend_from_slice(&[0xFF, 0xFE]);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(payload);
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// The original that stored photo `k` is made from: a picture of the package of the product that
/// will show it (see [`fill`]: product `i` has photos `i * per_product ..`).
fn original_for(k: usize, originals: usize, sizes: &Sizes) -> usize {
    let per_product = (sizes.photos / sizes.products.max(1)).max(1);
    let art = KINDS[(k / per_product) % KINDS.len()].5;
    let first = ARTS.iter().position(|a| *a == art).unwrap_or(0);
    let of_art = originals.saturating_sub(first).div_ceil(ARTS.len()).max(1);
    (first + ARTS.len() * (k % of_art)).min(originals - 1)
}

/// Stores `sizes.photos` distinct photos made from the originals; returns their ids in order.
fn store_photos(store: &Store, originals: &[Prepared], sizes: &Sizes) -> Vec<PhotoId> {
    let n = sizes.photos;
    use sha2::Digest;
    let next = std::sync::atomic::AtomicUsize::new(0);
    let ids = std::sync::Mutex::new(vec![None; n]);
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                loop {
                    let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    if k >= n {
                        return;
                    }
                    let o = &originals[original_for(k, originals.len(), sizes)];
                    let tag = format!("Etalase scale benchmark photo {k}");
                    let master = with_comment(&o.master, &tag);
                    let photo = Prepared {
                        id: PhotoId(sha2::Sha256::digest(&master).into()),
                        master,
                        width: o.width,
                        height: o.height,
                        thumb: with_comment(&o.thumb, &tag),
                        kept_original: false,
                        print: o
                            .print
                            .iter()
                            .map(|(crop, edge, jpeg)| (*crop, *edge, with_comment(jpeg, &tag)))
                            .collect(),
                    };
                    store.put_photo(&photo).unwrap();
                    ids.lock().unwrap()[k] = Some(photo.id);
                    if (k + 1).is_multiple_of(5_000) {
                        println!("catalogue: {} photos stored", k + 1);
                    }
                }
            });
        }
    });
    ids.into_inner()
        .unwrap()
        .into_iter()
        .map(Option::unwrap)
        .collect()
}

/// Types `query` into the product search as the toolbar does (a `Filter` command).
fn search(app: &mut etalase::app::EtalaseApp, query: &str) {
    let mut filters = app.list.filters().clone();
    filters.query = query.to_string();
    app.apply(etalase::app::Command::Filter(filters));
}
