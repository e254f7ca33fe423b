//! Rotating daily backups in a `backups/` folder beside the journal, so that a bad edit or a
//! bad import can be undone.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::StorageError;
use super::write::{parent_dir, replace_atomically};

/// How many daily backups are kept; the oldest is deleted before a new one is made, so there
/// are never more than this on disk.
pub const BACKUPS_KEPT: usize = 14;

/// The folder that holds the backups of `journal`.
pub fn backup_dir(journal: &Path) -> PathBuf {
    parent_dir(journal).join("backups")
}

fn journal_stem(journal: &Path) -> String {
    journal.file_stem().map_or_else(
        || "journal".to_owned(),
        |stem| stem.to_string_lossy().into_owned(),
    )
}

fn backup_path(journal: &Path, day: NaiveDate) -> PathBuf {
    backup_dir(journal).join(format!(
        "{}-{}.ron",
        journal_stem(journal),
        day.format("%Y-%m-%d")
    ))
}

/// The backups of `journal`, oldest first, with the day each was made.
pub fn list_backups(journal: &Path) -> Vec<(NaiveDate, PathBuf)> {
    let prefix = format!("{}-", journal_stem(journal));
    let Ok(entries) = fs::read_dir(backup_dir(journal)) else {
        return Vec::new();
    };
    let mut backups: Vec<(NaiveDate, PathBuf)> = entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let rest = name.strip_prefix(&prefix)?.strip_suffix(".ron")?;
            // `<stem>-<date>.ron` (daily) or `<stem>-<date>-<label>.ron` (before an import).
            let day = NaiveDate::parse_from_str(rest.get(..10)?, "%Y-%m-%d").ok()?;
            Some((day, entry.path()))
        })
        .collect();
    backups.sort();
    backups
}

/// The most recent backup of `journal`, if any.
pub fn newest_backup(journal: &Path) -> Option<(NaiveDate, PathBuf)> {
    list_backups(journal).pop()
}

/// Copies the journal as it is on disk now into today's backup, unless today's exists or
/// there is no journal yet; deletes the oldest backups first so that at most
/// [`BACKUPS_KEPT`] remain.
pub(super) fn back_up_before_save(journal: &Path, today: NaiveDate) -> Result<(), StorageError> {
    let target = backup_path(journal, today);
    if target.exists() {
        return Ok(());
    }
    copy_into_backups(journal, &target)
}

/// Copies the journal as it is on disk now into a backup labelled `label` (e.g. before an
/// import), whatever backups today already has. Returns the backup, or `None` when there is no
/// journal file yet.
pub(super) fn back_up_labelled(
    journal: &Path,
    today: NaiveDate,
    label: &str,
) -> Result<Option<PathBuf>, StorageError> {
    if !journal.exists() {
        return Ok(None);
    }
    let name = format!(
        "{}-{}-{label}.ron",
        journal_stem(journal),
        today.format("%Y-%m-%d")
    );
    let target = backup_dir(journal).join(name);
    copy_into_backups(journal, &target)?;
    Ok(Some(target))
}

/// Copies the journal to `target`, first deleting the oldest backups so that at most
/// [`BACKUPS_KEPT`] remain.
fn copy_into_backups(journal: &Path, target: &Path) -> Result<(), StorageError> {
    let bytes = match fs::read(journal) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(error) => {
            return Err(StorageError::io(
                journal,
                "read the journal to back it up",
                error,
            ));
        }
    };
    let existing = list_backups(journal);
    let excess = (existing.len() + 1).saturating_sub(BACKUPS_KEPT);
    for (_, old) in existing.iter().take(excess) {
        fs::remove_file(old)
            .map_err(|error| StorageError::io(old, "remove an old backup", error))?;
    }
    replace_atomically(target, &bytes)
}
