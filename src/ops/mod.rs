//! The use cases, once each: import (CSV, workbooks), export (CSV, workbook, template, PDF), photo files, the example catalogue. The
//! command line calls an op and prints what came back; the window runs the same op on a job's
//! thread (see `app::jobs`) and shows it. An op takes the store, its options and a [`Progress`]
//! that counts and can cancel; it returns typed outcomes and errors, never words.
//!
//! The self-check is [`crate::storage::Store::check`].

pub mod backup;
pub mod cards;
pub mod export;
pub mod import;
pub mod pdf;
pub mod photos;
pub mod pricelist;
pub mod profile;
pub mod sample;

use std::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize, Ordering};

/// Progress shared between an op's thread and whoever shows it (the window's dialog; the
/// command line only passes one it never cancels).
#[derive(Default, Debug)]
pub struct Progress {
    done: AtomicUsize,
    total: AtomicUsize,
    cancelled: AtomicBool,
    /// What is being counted: 0 rows, 1 photos, 2 PDF steps (photo copies, then pages).
    phase: AtomicU8,
}

/// What a job's progress counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    Rows,
    Photos,
    PdfSteps,
    /// Social-media cards drawn and written.
    Cards,
}

impl Progress {
    /// Records progress; returns false once the user has cancelled.
    pub fn report(&self, done: usize, total: usize) -> bool {
        self.total.store(total, Ordering::Relaxed);
        self.done.store(done, Ordering::Relaxed);
        !self.is_cancelled()
    }
    pub fn set_phase(&self, phase: Phase) {
        self.phase.store(phase as u8, Ordering::Relaxed);
        self.done.store(0, Ordering::Relaxed);
        self.total.store(0, Ordering::Relaxed);
    }
    pub fn phase(&self) -> Phase {
        match self.phase.load(Ordering::Relaxed) {
            1 => Phase::Photos,
            2 => Phase::PdfSteps,
            3 => Phase::Cards,
            _ => Phase::Rows,
        }
    }
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }
    /// `(done, total)`; total is 0 while unknown.
    pub fn counts(&self) -> (usize, usize) {
        (
            self.done.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }
}

impl Progress {
    /// A callback for the library's loops that count `(done, total)`.
    pub fn counter(&self) -> impl Fn(usize, usize) -> bool + Sync + '_ {
        |d, t| self.report(d, t)
    }
}
