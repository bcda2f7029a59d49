//! Helpers the benchmarks share: settings from the environment, phone-like pictures, medians.

#![allow(dead_code)]

pub mod catalogue;

use image::{Rgb, RgbImage};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

pub fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A phone-like picture: smooth light, some large shapes, fine texture and sensor noise.
pub fn phone_picture(width: u32, height: u32, seed: u32) -> RgbImage {
    RgbImage::from_fn(width, height, |x, y| {
        let (fx, fy) = (x as f32 / width as f32, y as f32 / height as f32);
        let mut h = x.wrapping_mul(374_761_393) ^ y.wrapping_mul(668_265_263) ^ seed;
        h = (h ^ (h >> 13)).wrapping_mul(1_274_126_177);
        let noise = ((h >> 24) as f32 - 128.0) / 16.0;
        let texture = ((fx * 90.0 + seed as f32).sin() * (fy * 70.0).cos()) * 14.0;
        let blob = ((fx - 0.5).hypot(fy - 0.55) < 0.25) as u8 as f32 * 60.0;
        let r = 150.0 + 60.0 * fx + texture + noise + blob;
        let g = 120.0 + 50.0 * fy + texture * 0.8 + noise - blob * 0.5;
        let b = 90.0 + 40.0 * (1.0 - fx) + noise + blob * 0.2;
        Rgb([
            r.clamp(0.0, 255.0) as u8,
            g.clamp(0.0, 255.0) as u8,
            b.clamp(0.0, 255.0) as u8,
        ])
    })
}

/// The mouse wheel turned to scroll content up by `points` (the view moves down).
pub fn wheel_down(points: f32) -> egui::Event {
    egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, -points),
        modifiers: egui::Modifiers::NONE,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
    }
}

/// The `p` quantile (0 to 1) of some timings.
pub fn percentile(mut v: Vec<Duration>, p: f64) -> Duration {
    v.sort();
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

/// A timing in milliseconds, with two decimals below 10 ms.
pub fn ms(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms < 10.0 {
        format!("{ms:.2} ms")
    } else {
        format!("{ms:.0} ms")
    }
}

pub fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Resident and peak resident memory of this process, in MB (Linux).
pub fn memory_mb() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .map_or(0.0, |kb| kb / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// Starts the real binary on the same catalogue (needs a display: run under `xvfb-run`) and reads
/// when its first frame was on screen, measured from process start.
pub fn real_window(data_dir: &Path, rows: usize, runs: usize) {
    use std::io::BufRead;
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        println!("real window first frame: skipped (no display; run under xvfb-run to measure)");
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let mut times = Vec::new();
    let mut peaks = Vec::new();
    for _ in 0..runs {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_etalase"))
            .arg("--data-dir")
            .arg(data_dir)
            .env("ETALASE_STARTUP_TIMING", "1")
            .env("HOME", home.path())
            .stderr(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let stderr = std::io::BufReader::new(child.stderr.take().unwrap());
        let found = stderr.lines().map_while(Result::ok).find_map(|line| {
            let rest = line.strip_prefix("first-frame-ms ")?;
            let (ms, products) = rest.split_once(" products ")?;
            assert_eq!(
                products.trim(),
                rows.to_string(),
                "the window opened the catalogue"
            );
            ms.trim().parse::<f64>().ok()
        });
        // Its memory a moment later, once the photos on screen are in (software GL included).
        std::thread::sleep(Duration::from_secs(2));
        let status = std::fs::read_to_string(format!("/proc/{}/status", child.id()));
        let peak = status.ok().and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        });
        peaks.extend(peak.map(|kb| kb / 1024.0));
        let _ = child.kill();
        let _ = child.wait();
        match found {
            Some(ms) => times.push(Duration::from_secs_f64(ms / 1e3)),
            None => {
                println!("real window first frame: the window did not start");
                return;
            }
        }
    }
    println!(
        "real window first frame (process start to first frame on screen, wgpu): median {:.0} ms  (target < 1000 ms); its peak memory 2 s after start {:.0} MB",
        median(times).as_secs_f64() * 1000.0,
        peaks.iter().cloned().fold(0.0, f64::max)
    );
}

/// Runs frames until no photo is waiting (at most a second).
pub fn settle(h: &mut egui_kittest::Harness<'_, etalase::app::EtalaseApp>) {
    let start = std::time::Instant::now();
    h.step();
    while !h.state().thumbs.idle() && start.elapsed() < Duration::from_secs(1) {
        std::thread::sleep(Duration::from_millis(2));
        h.step();
    }
    h.step();
}

pub fn secs(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}

/// Runs the binary under GNU time; returns the wall time and the peak resident memory in MB.
pub fn timed(data: &Path, args: &[&str]) -> (Duration, f64) {
    let report = data.with_extension("time.txt");
    let start = Instant::now();
    let out = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%M")
        .arg("-o")
        .arg(&report)
        .arg(env!("CARGO_BIN_EXE_etalase"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .output()
        .expect("/usr/bin/time (Debian package time) runs the binary");
    let took = start.elapsed();
    assert!(
        out.status.success(),
        "etalase {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let kb: f64 = std::fs::read_to_string(&report)
        .unwrap_or_default()
        .trim()
        .parse()
        .unwrap_or(0.0);
    (took, kb / 1024.0)
}
