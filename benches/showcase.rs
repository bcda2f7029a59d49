//! Fair mode over a long day: 500 products with phone-size photos (120 distinct), the attract
//! loop run for 30 minutes of simulated time in the headless harness (its clock, no sleeping but
//! for the photo worker), with a visitor opening a product every few minutes. Prints resident
//! memory and the photo textures held at the start and every five minutes, so a leak shows as
//! growth.
//!
//! Run with `cargo bench --bench showcase`. `ETALASE_BENCH_MINUTES` changes the simulated time.

mod common;

use common::memory_mb;

use egui_kittest::Harness;
use etalase::app::showcase::View;
use etalase::app::{Command, EtalaseApp, Prefs};
use etalase::domain::Lang;
use etalase::storage::Store;
use std::time::{Duration, Instant};

const PRODUCTS: usize = 500;
const PHOTOS: u32 = 120;
/// Simulated seconds per frame.
const STEP: f32 = 0.5;

fn fill(store: &Store) {
    let make = |range: std::ops::Range<u32>| {
        range
            .map(|k| {
                let picture = common::phone_picture(2000, 1500, k);
                let jpeg = etalase::photos::encode_jpeg(&picture, 88);
                let p = etalase::photos::prepare(&jpeg).unwrap();
                store.put_photo(&p).unwrap();
                p.id
            })
            .collect::<Vec<_>>()
    };
    let photos = std::thread::scope(|scope| {
        let half = scope.spawn(|| make(0..PHOTOS / 2));
        let mut rest = make(PHOTOS / 2..PHOTOS);
        let mut all = half.join().unwrap();
        all.append(&mut rest);
        all
    });
    // A shared booth: eight pesantren, two photos a product.
    common::catalogue::fill(store, PRODUCTS, 8, &photos, 2);
}

/// One frame, then a short wait while the photo worker decodes what was asked for.
fn frame(h: &mut Harness<'_, EtalaseApp>) {
    h.step();
    let started = Instant::now();
    while !h.state().thumbs.idle() && started.elapsed() < Duration::from_millis(400) {
        std::thread::sleep(Duration::from_millis(2));
        h.step();
    }
}

fn main() {
    let minutes = common::env("ETALASE_BENCH_MINUTES", 30);
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    fill(&Store::open(&dir.path().join("store")).unwrap());
    println!(
        "catalogue: {PRODUCTS} products, {PHOTOS} photos of 2000x1500, made in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let app = EtalaseApp::new(&dir.path().join("store"), Prefs::new(Lang::Id));
    let mut h = Harness::builder()
        .with_size(egui::vec2(1920.0, 1080.0))
        .with_step_dt(STEP)
        .build_ui_state(|ui, app: &mut EtalaseApp| app.frame(ui), app);
    h.step();
    h.state_mut().prefs.showcase.pin = "1357".into();
    h.state_mut().apply(Command::EnterShowcase);
    // The clock decides: waiting for the photo worker also lets simulated time pass.
    let minute_at = |h: &Harness<'_, EtalaseApp>| (h.state().clock / 60.0) as usize;
    // The first minute, so the start figure includes a full set of textures in use.
    while minute_at(&h) < 1 {
        frame(&mut h);
    }
    let (rss0, _) = memory_mb();
    let report = |h: &Harness<'_, EtalaseApp>, minute: usize| {
        let (rss, peak) = memory_mb();
        let s = h.state().showcase.as_ref().unwrap();
        println!(
            "minute {minute:>3}: resident {rss:.0} MB (peak {peak:.0} MB), textures {} ({:.0} MB), slide {} of {}",
            h.state().thumbs.texture_count(),
            h.state().thumbs.texture_bytes() as f64 / 1048576.0,
            s.place + 1,
            s.order.len()
        );
    };
    report(&h, 1);
    let wall = Instant::now();
    let mut opened = 0;
    let mut slides = 0;
    let mut last_place = 0;
    let mut reported = 1;
    while minute_at(&h) < minutes {
        let minute = minute_at(&h);
        // Every third minute a visitor taps the screen and looks at the product's second photo.
        if minute % 3 == 0 && minute != reported {
            let now = h.state().clock;
            let s = h.state_mut().showcase.as_mut().unwrap();
            if let Some(id) = s.current() {
                s.view = View::Product { id, photo: 1 };
                s.touched(now);
                opened += 1;
            }
        }
        if minute % 5 == 0 && minute != reported {
            report(&h, minute);
        }
        reported = minute;
        frame(&mut h);
        let place = h.state().showcase.as_ref().unwrap().place;
        if place != last_place {
            slides += 1;
            last_place = place;
        }
    }
    report(&h, minutes);
    println!(
        "{minutes} simulated minutes in {:.0} s of wall time: {slides} slides, {opened} products opened by visitors",
        wall.elapsed().as_secs_f64()
    );
    let (rss1, peak) = memory_mb();
    println!(
        "resident memory: {rss0:.0} MB after the first minute, {rss1:.0} MB at the end ({:+.0} MB), peak {peak:.0} MB",
        rss1 - rss0
    );
}
