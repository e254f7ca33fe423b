//! Rotating backups in a `backups/` folder beside the journal, so that a bad edit or a bad
//! import can be undone: daily copies and event copies (before an import, before a restore)
//! rotate apart, so that a burst of events never pushes out older days.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::StorageError;
use super::write::{parent_dir, replace_atomically};

/// How many daily backups are kept; the oldest daily one is deleted before a new one is made,
/// so there are never more than this on disk.
pub const DAILY_BACKUPS_KEPT: usize = 14;

/// How many event backups (before an import, before a restore) are kept, apart from the daily
/// ones.
pub const EVENT_BACKUPS_KEPT: usize = 10;

/// Why a backup was made, which decides the rotation it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupKind {
    /// The journal as it was before a day's first save: `<stem>-<date>.ron`.
    Daily,
    /// The journal as it was before an import or a restore: `<stem>-<date>-<label>.ron`.
    Event,
}

impl BackupKind {
    /// How many backups of this kind are kept.
    pub fn kept(self) -> usize {
        match self {
            BackupKind::Daily => DAILY_BACKUPS_KEPT,
            BackupKind::Event => EVENT_BACKUPS_KEPT,
        }
    }
}

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
    list_backups_with_kind(journal)
        .into_iter()
        .map(|(day, _, path)| (day, path))
        .collect()
}

/// The backups of `journal` of one kind, oldest first.
pub fn list_backups_of_kind(journal: &Path, kind: BackupKind) -> Vec<(NaiveDate, PathBuf)> {
    list_backups_with_kind(journal)
        .into_iter()
        .filter(|(_, found, _)| *found == kind)
        .map(|(day, _, path)| (day, path))
        .collect()
}

fn list_backups_with_kind(journal: &Path) -> Vec<(NaiveDate, BackupKind, PathBuf)> {
    let prefix = format!("{}-", journal_stem(journal));
    let Ok(entries) = fs::read_dir(backup_dir(journal)) else {
        return Vec::new();
    };
    let mut backups: Vec<(
        NaiveDate,
        Option<std::time::SystemTime>,
        BackupKind,
        PathBuf,
    )> = entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let rest = name.strip_prefix(&prefix)?.strip_suffix(".ron")?;
            // `<stem>-<date>.ron` (daily) or `<stem>-<date>-<label>.ron` (an event).
            let day = NaiveDate::parse_from_str(rest.get(..10)?, "%Y-%m-%d").ok()?;
            let kind = match rest.get(10..) {
                Some("") => BackupKind::Daily,
                Some(label) if label.starts_with('-') => BackupKind::Event,
                _ => return None,
            };
            // Regular files only (a folder, a link or a pipe put there is not a backup).
            if !entry.file_type().is_ok_and(|kind| kind.is_file()) {
                return None;
            }
            let taken = entry.metadata().and_then(|meta| meta.modified()).ok();
            Some((day, taken, kind, entry.path()))
        })
        .collect();
    // Oldest first: by day, then by when each was taken (its modification time, which a
    // re-sealing keeps), then by name. A day's daily backup and its event backups ("before an
    // import") are ordered by time, not by how their names sort.
    backups.sort_by(|a, b| (a.0, a.1, &a.3).cmp(&(b.0, b.1, &b.3)));
    backups
        .into_iter()
        .map(|(day, _, kind, path)| (day, kind, path))
        .collect()
}

/// The most recent backup of `journal`, if any.
pub fn newest_backup(journal: &Path) -> Option<(NaiveDate, PathBuf)> {
    list_backups(journal).pop()
}

/// Copies the journal as it is on disk now into today's backup, unless today's exists or
/// there is no journal yet; deletes the oldest daily backups first so that at most
/// [`DAILY_BACKUPS_KEPT`] remain.
pub(super) fn back_up_before_save(journal: &Path, today: NaiveDate) -> Result<(), StorageError> {
    let target = backup_path(journal, today);
    if target.exists() {
        return Ok(());
    }
    copy_into_backups(journal, &target, BackupKind::Daily)
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
    let stem = format!(
        "{}-{}-{label}",
        journal_stem(journal),
        today.format("%Y-%m-%d")
    );
    // Two events within one second get the same label: the later one is numbered rather than
    // written over the earlier one, with "~" so that it sorts after it (backups sort by name).
    let mut target = backup_dir(journal).join(format!("{stem}.ron"));
    let mut number = 2;
    while target.exists() {
        target = backup_dir(journal).join(format!("{stem}~{number:02}.ron"));
        number += 1;
    }
    copy_into_backups(journal, &target, BackupKind::Event)?;
    Ok(Some(target))
}

/// Copies the journal to `target`, first deleting the oldest backups of the same kind so that
/// at most as many as that kind keeps remain.
fn copy_into_backups(journal: &Path, target: &Path, kind: BackupKind) -> Result<(), StorageError> {
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
    let existing = list_backups_of_kind(journal, kind);
    let excess = (existing.len() + 1).saturating_sub(kind.kept());
    for (_, old) in existing.iter().take(excess) {
        fs::remove_file(old)
            .map_err(|error| StorageError::io(old, "remove an old backup", error))?;
    }
    replace_atomically(target, &bytes)
}
