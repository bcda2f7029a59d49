//! Automatic backups: one a day into the backups folder (`auto-YYYY-MM-DD.zip`), then rotation
//! keeps the last seven days and, before those, one for each of four weeks.

use super::write::backup;
use super::{BackupError, io};
use crate::storage::Store;
use std::path::{Path, PathBuf};

/// Automatic backups kept: the newest this many days...
const KEEP_DAILY: usize = 7;
/// ...and, older than those, the newest of each of this many weeks.
const KEEP_WEEKLY: usize = 4;

/// The automatic backups in `dir` (`auto-YYYY-MM-DD.zip`), newest first.
pub fn automatic_backups(dir: &Path) -> Vec<(crate::domain::Date, PathBuf)> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().to_string();
            let day = name.strip_prefix("auto-")?.strip_suffix(".zip")?;
            Some((crate::domain::Date::parse(day).ok()?, e.path()))
        })
        .collect();
    out.sort_by_key(|b| std::cmp::Reverse(b.0));
    out
}

/// Which automatic backups rotation drops: all but the newest seven days and, before those, the
/// newest of each of four weeks.
pub fn to_prune(backups: &[(crate::domain::Date, PathBuf)]) -> Vec<PathBuf> {
    let mut sorted: Vec<_> = backups.to_vec();
    sorted.sort_by_key(|b| std::cmp::Reverse(b.0));
    // Weeks start on Monday; 1970-01-01 was a Thursday.
    let week = |d: crate::domain::Date| (d.days_since_epoch() + 3).div_euclid(7);
    let mut weeks_kept: Vec<i64> = Vec::new();
    let mut drop = Vec::new();
    for (i, (day, path)) in sorted.into_iter().enumerate() {
        if i < KEEP_DAILY {
            continue;
        }
        let w = week(day);
        if !weeks_kept.contains(&w) && weeks_kept.len() < KEEP_WEEKLY {
            weeks_kept.push(w);
        } else {
            drop.push(path);
        }
    }
    drop
}

/// Today's automatic backup into `dir` (once a day), then rotation. Returns the file written,
/// `None` when today's exists already.
pub fn auto_backup(
    store: &Store,
    dir: &Path,
    today: crate::domain::Date,
) -> Result<Option<PathBuf>, BackupError> {
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let file = dir.join(format!("auto-{today}.zip"));
    if file.exists() {
        return Ok(None);
    }
    backup(store, &file)?;
    for old in to_prune(&automatic_backups(dir)) {
        let _ = std::fs::remove_file(old);
    }
    Ok(Some(file))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotation_keeps_seven_days_and_four_weeks() {
        use crate::domain::Date;
        // Sixty daily backups up to Sunday 2026-11-29.
        let last = Date::new(2026, 11, 29).unwrap();
        let all: Vec<(Date, PathBuf)> = (0..60)
            .map(|i| {
                let d = last.add_days(-i);
                (d, PathBuf::from(format!("auto-{d}.zip")))
            })
            .collect();
        let dropped = to_prune(&all);
        let kept: Vec<String> = all
            .iter()
            .filter(|(_, p)| !dropped.contains(p))
            .map(|(d, _)| d.to_string())
            .collect();
        assert_eq!(
            kept,
            vec![
                "2026-11-29",
                "2026-11-28",
                "2026-11-27",
                "2026-11-26",
                "2026-11-25",
                "2026-11-24",
                "2026-11-23",
                // The newest of each older week (weeks start on Monday).
                "2026-11-22",
                "2026-11-15",
                "2026-11-08",
                "2026-11-01",
            ]
        );
        assert!(to_prune(&all[..7]).is_empty());
    }
}
