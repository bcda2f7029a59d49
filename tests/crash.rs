//! Pulling the plug mid-import: the real binary imports CSV files into one data folder and is
//! killed with SIGKILL at random moments. After every kill the store opens, `check` passes, every
//! import that reported done is there in full, and an interrupted one is there in full or not at
//! all. `ETALASE_CRASH_ROUNDS` sets the rounds (10 by default; the closing note quotes 50).

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ROWS: usize = 2000;

fn csv(round: usize) -> String {
    let mut text = String::from("sku,name_id,name_en,category,price,producer\n");
    for i in 0..ROWS {
        text.push_str(&format!(
            "R{round:03}-{i:04},Keripik Uji {round} {i},Test Chips {round} {i},Makanan & Camilan,{},Ponpes Uji {round}\n",
            10_000 + i
        ));
    }
    text
}

#[test]
fn killed_imports_lose_nothing_that_was_reported_saved() {
    let rounds: usize = std::env::var("ETALASE_CRASH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    // A pseudo-random kill moment per round, the same every run.
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut done = Vec::new();
    // How long one import takes here: kill moments are spread over that span.
    let mut span = Duration::from_millis(400);
    let (mut killed, mut finished, mut left_nothing) = (0, 0, 0);
    for round in 0..rounds {
        let file = dir.path().join(format!("kiriman-{round}.csv"));
        std::fs::write(&file, csv(round)).unwrap();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        // Round 0 runs to the end and measures the span.
        let delay = if round == 0 {
            Duration::from_secs(600)
        } else {
            Duration::from_micros(seed % (span.as_micros() as u64 * 13 / 10).max(1))
        };
        let mut child = Command::new(env!("CARGO_BIN_EXE_etalase"))
            .arg("--data-dir")
            .arg(&data)
            .args(["import", &file.display().to_string()])
            .env("LANG", "en_US.UTF-8")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        let mut reported = false;
        while started.elapsed() < delay {
            if let Some(status) = child.try_wait().unwrap() {
                reported = status.success();
                break;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        if !reported && child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            killed += 1;
        }
        let status = child.wait().unwrap();
        if round == 0 {
            span = started.elapsed();
        }
        if status.success() {
            reported = true;
        }
        // The store opens and checks clean after every kill.
        let check = common::en(&data, &["check"]);
        assert_eq!(
            check.code, 0,
            "round {round}: {}{}",
            check.stdout, check.stderr
        );
        let list = common::en(&data, &["list"]).stdout;
        let present = (0..ROWS)
            .filter(|i| list.contains(&format!("R{round:03}-{i:04}")))
            .count();
        if reported {
            finished += 1;
        }
        assert!(
            present == 0 || present == ROWS,
            "round {round}: {present} of {ROWS} rows, an import is all or nothing"
        );
        if present == 0 {
            assert!(!reported, "round {round}: reported saved but missing");
            left_nothing += 1;
        } else {
            done.push(round);
        }
        // Everything saved in earlier rounds is still there.
        for &r in &done {
            assert!(list.contains(&format!("R{r:03}-0000")), "round {r} lost");
            assert!(
                list.contains(&format!("R{r:03}-{:04}", ROWS - 1)),
                "round {r} lost"
            );
        }
    }
    eprintln!(
        "import span {:.0} ms; {rounds} rounds: {killed} killed mid-import ({left_nothing} left nothing), {finished} finished before the kill",
        span.as_secs_f64() * 1000.0
    );
}
