//! Changes made to the journal file by someone else — another computer, through a synced
//! folder — noticed before every save and on request, and merged rather than written over;
//! and the conflict copies sync clients leave beside it.

use std::path::Path;

use chrono::NaiveDate;

use super::backup;
use super::identity::FileIdentity;
use super::{JournalStore, StorageError, Unlock, decode_file_full, read_capped_identified};
use crate::model::Journal;
use crate::sync::{self, ConflictCopy, EntryCounts, Merged, Tombstones, Version};

/// What a merge does with entries the version on disk no longer holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Removals {
    /// Deletes them, unless that is more than a quarter of the journal: then nothing is merged
    /// and [`StorageError::OutsideRemovesTooMuch`] asks the user.
    Ask,
    /// Deletes them however many (the user said so).
    Accept,
    /// Keeps every entry of both versions (the user did not want them deleted).
    KeepAll,
}

impl JournalStore {
    /// True when `journal` is the version last read from or written to the file.
    pub fn holds_on_disk(&self, journal: &Journal) -> bool {
        &self.base == journal
    }

    /// True when the file is not the version last read or written here (it was replaced or
    /// changed by someone else). A file that has gone is not a change: the next save writes it
    /// again.
    pub fn changed_outside(&self) -> Result<bool, StorageError> {
        let now = FileIdentity::at(&self.path)
            .map_err(|error| StorageError::io(&self.path, "look at the journal", error))?;
        Ok(now.is_some() && now != self.on_disk)
    }

    /// Reads the version written elsewhere, if the file changed, and merges `journal` (the one
    /// in memory) with it against the version last read here. The version read becomes the
    /// base of the next merge; it is first copied into the backups folder
    /// (`before-merge-…`), so that undoing the merge never loses it. `None` when the file did
    /// not change. Nothing is changed when the merge fails or is refused.
    pub fn merge_outside(
        &mut self,
        journal: &Journal,
        removals: Removals,
        today: NaiveDate,
    ) -> Result<Option<Merged>, StorageError> {
        let Some(outside) =
            self.read_and_merge(journal, &self.base, self.on_disk, removals, today)?
        else {
            return Ok(None);
        };
        self.count_saves_from(&outside);
        self.on_disk = Some(outside.identity);
        self.base = outside.journal;
        self.deleted = outside.merged.deleted.clone();
        Ok(Some(outside.merged))
    }

    /// The merge behind [`JournalStore::merge_outside`] and every save, changing nothing of
    /// the store: when the file is no longer the version
    /// `expected`, reads it and merges `journal` with it against `base`.
    pub(super) fn read_and_merge(
        &self,
        journal: &Journal,
        base: &Journal,
        expected: Option<FileIdentity>,
        removals: Removals,
        today: NaiveDate,
    ) -> Result<Option<Outside>, StorageError> {
        let now_on_disk = FileIdentity::at(&self.path)
            .map_err(|error| StorageError::io(&self.path, "look at the journal", error))?;
        if now_on_disk.is_none() || now_on_disk == expected {
            return Ok(None);
        }
        let unreadable = |cause: String| StorageError::OutsideUnreadable {
            path: self.path.clone(),
            cause,
        };
        let (bytes, identity) =
            read_capped_identified(&self.path).map_err(|error| unreadable(error.to_string()))?;
        if let Some(key) = &self.key
            && super::encryption::is_container(&bytes)
            && !key.owns(&bytes)
            && !key.owns_previous(&bytes)
        {
            return Err(StorageError::OutsideNeedsPassphrase {
                path: self.path.clone(),
            });
        }
        let unlock = self.key.as_ref().map_or(Unlock::Nothing, Unlock::Key);
        let disk = decode_file_full(&self.path, &bytes, unlock)
            .map_err(|error| unreadable(error.to_string()))?;
        let now = chrono::Utc::now();
        let mut ours_deleted = self.deleted.clone();
        ours_deleted.record_deletions(base, journal, now);
        ours_deleted.forget_present(journal);
        let merged = match removals {
            Removals::KeepAll => {
                let nothing = Tombstones::default();
                let mut merged = sync::merge(
                    None,
                    Version {
                        journal,
                        deleted: &nothing,
                    },
                    Version {
                        journal: &disk.journal,
                        deleted: &nothing,
                    },
                )
                .map_err(|error| unreadable(error.to_string()))?;
                merged.deleted = ours_deleted.union(&disk.deleted);
                merged.deleted.forget_present(&merged.journal);
                merged
            }
            Removals::Ask | Removals::Accept => sync::merge(
                Some(base),
                Version {
                    journal,
                    deleted: &ours_deleted,
                },
                Version {
                    journal: &disk.journal,
                    deleted: &disk.deleted,
                },
            )
            .map_err(|error| unreadable(error.to_string()))?,
        };
        if removals == Removals::Ask && merged.removes_too_much(journal) {
            return Err(StorageError::OutsideRemovesTooMuch {
                path: self.path.clone(),
                removed: merged.changes.removed.total(),
                total: EntryCounts::of(journal).total(),
            });
        }
        if !merged.changes.is_empty() {
            let label = format!("before-merge-{}", now.format("%H%M%S"));
            backup::back_up_labelled(&self.path, today, &label)?;
        }
        Ok(Some(Outside {
            merged,
            journal: disk.journal,
            identity,
            key: disk.key,
        }))
    }
}

/// A version written elsewhere, read and merged.
pub(super) struct Outside {
    /// The merge of it with the journal given.
    pub(super) merged: Merged,
    /// The version read.
    pub(super) journal: Journal,
    /// Its identity.
    pub(super) identity: FileIdentity,
    /// The key that opened it, when it is encrypted.
    pub(super) key: Option<super::JournalKey>,
}

impl JournalStore {
    /// Takes the key of the version on disk, opened with `passphrase`, as the journal's key:
    /// its passphrase was changed on another computer, and what is written from now on is
    /// sealed under the new one (the next save merges that version). Fails, changing nothing,
    /// when the passphrase does not open it.
    pub fn take_outside_key(
        &mut self,
        passphrase: &age::secrecy::SecretString,
    ) -> Result<(), StorageError> {
        let bytes = super::read_capped(&self.path)?;
        let key = super::JournalKey::unlock(&bytes, passphrase)
            .map_err(|cause| StorageError::encryption(&self.path, cause))?;
        self.key = Some(key);
        Ok(())
    }

    /// Counts saves on from the version read, when it was saved more often elsewhere.
    pub(super) fn count_saves_from(&mut self, outside: &Outside) {
        if let (Some(key), Some(disk_key)) = (self.key.as_mut(), outside.key.as_ref()) {
            key.count_saves_from(disk_key);
        }
    }
}

/// The conflict copies sync clients left beside the journal at `journal` (regular files only,
/// named after it), oldest first.
pub fn find_conflict_copies(journal: &Path) -> Vec<ConflictCopy> {
    let dir = super::write::parent_dir(journal);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut copies: Vec<(Option<std::time::SystemTime>, ConflictCopy)> = entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name();
            let client = sync::classify(journal, name.to_str()?)?;
            let metadata = entry.metadata().ok().filter(std::fs::Metadata::is_file)?;
            Some((
                metadata.modified().ok(),
                ConflictCopy {
                    path: entry.path(),
                    client,
                },
            ))
        })
        .collect();
    copies.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.path.cmp(&b.1.path)));
    copies.into_iter().map(|(_, copy)| copy).collect()
}

impl JournalStore {
    /// Merges a copy of the journal kept elsewhere (a sync client's conflict copy, a copy from
    /// another computer) into `journal`. There is no common base: an entry on one side only
    /// stays unless the other side remembers deleting it after it was last changed. An
    /// encrypted copy opens with the journal's key, or with `passphrase` when it was sealed
    /// under another one. The journal is not written: the caller applies the merge.
    pub fn merge_copy(
        &self,
        journal: &Journal,
        copy: &Path,
        passphrase: Option<&age::secrecy::SecretString>,
    ) -> Result<Merged, StorageError> {
        let bytes = super::read_capped(copy)?;
        let unlock = match (passphrase, self.key.as_ref()) {
            (Some(passphrase), _) => Unlock::Passphrase(passphrase),
            (None, Some(key)) => Unlock::Key(key),
            (None, None) => Unlock::Nothing,
        };
        let copy_version = decode_file_full(copy, &bytes, unlock)?;
        let mut ours_deleted = self.deleted.clone();
        ours_deleted.record_deletions(&self.base, journal, chrono::Utc::now());
        ours_deleted.forget_present(journal);
        sync::merge(
            None,
            Version {
                journal,
                deleted: &ours_deleted,
            },
            Version {
                journal: &copy_version.journal,
                deleted: &copy_version.deleted,
            },
        )
        .map_err(|error| StorageError::OutsideUnreadable {
            path: copy.to_owned(),
            cause: error.to_string(),
        })
    }

    /// Moves a merged conflict copy into the backups folder (never deletes it), under its own
    /// name, numbered when that name is taken. Returns where it went.
    pub fn file_away_copy(&self, copy: &Path) -> Result<std::path::PathBuf, StorageError> {
        let dir = backup::backup_dir(&self.path);
        super::write::ensure_dir(&dir)?;
        let name = copy.file_name().map_or_else(
            || "conflict-copy".into(),
            |name| name.to_string_lossy().into_owned(),
        );
        let mut target = dir.join(&name);
        let mut number = 2;
        while target.exists() {
            target = dir.join(format!("{name}~{number:02}"));
            number += 1;
        }
        std::fs::rename(copy, &target).map_err(|error| {
            StorageError::io(copy, "move the copy into the backups folder", error)
        })?;
        Ok(target)
    }
}
