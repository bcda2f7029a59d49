//! Work spread over the cores: each item goes to the next free thread, results come back in the
//! order of the items, progress is counted on the caller's thread after each item, and a stop ends
//! the work early. Used by photo import, the PDF's print copies and the example's illustrations.
//! std's scoped threads are enough for this; a pool crate (rayon) keeps a global pool and would
//! still need the same progress and stop written around it.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// How many threads the machine runs at once (2 when it cannot tell).
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

/// Runs `work` on every item, on at most `threads` threads. After each item, on this thread,
/// `progress(result, done, total)` says whether to go on; once it returns false (it is asked once
/// with `None` before the first item) no new item starts and `None` comes back.
pub fn map<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    work: impl Fn(&T) -> R + Sync,
    progress: &mut dyn FnMut(Option<&R>, usize, usize) -> bool,
) -> Option<Vec<R>> {
    let total = items.len();
    if !progress(None, 0, total) {
        return None;
    }
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let mut results: Vec<Option<R>> = std::iter::repeat_with(|| None).take(total).collect();
    let threads = threads.clamp(1, total.max(1));
    // A bounded channel: a thread that is ahead of the progress count waits to hand its result
    // over, so a stop ends the work within a few items however busy this thread is.
    let (send, done) = std::sync::mpsc::sync_channel::<(usize, R)>(threads);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let send = send.clone();
            let (next, stop, work) = (&next, &stop, &work);
            scope.spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else {
                        return;
                    };
                    if send.send((i, work(item))).is_err() {
                        return;
                    }
                }
            });
        }
        drop(send);
        let mut count = 0;
        for (i, r) in done {
            count += 1;
            if !stop.load(Ordering::Relaxed) && !progress(Some(&r), count, total) {
                stop.store(true, Ordering::Relaxed);
            }
            results[i] = Some(r);
        }
    });
    if stop.load(Ordering::Relaxed) {
        return None;
    }
    Some(
        results
            .into_iter()
            .map(|r| r.expect("every item was done"))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_order_of_the_items_on_any_number_of_threads() {
        let items: Vec<u32> = (0..200).collect();
        for threads in [1, 2, 7] {
            let mut seen = 0;
            let out = map(&items, threads, |n| n * 2, &mut |_, d, t| {
                seen = d;
                t == 200
            })
            .unwrap();
            assert_eq!(out, items.iter().map(|n| n * 2).collect::<Vec<_>>());
            assert_eq!(seen, 200);
        }
    }

    #[test]
    fn a_stop_ends_the_work_early() {
        let items: Vec<u32> = (0..10_000).collect();
        let started = AtomicUsize::new(0);
        let out = map(
            &items,
            2,
            |_| started.fetch_add(1, Ordering::Relaxed),
            &mut |_, d, _| d < 10,
        );
        assert!(out.is_none());
        // Ten counted; beyond them only what fits in the channel and what each thread had begun.
        assert!(started.load(Ordering::Relaxed) <= 20);
        assert!(map(&items, 2, |n| *n, &mut |r, _, _| r.is_some()).is_none());
    }
}
