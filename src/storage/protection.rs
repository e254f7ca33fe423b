//! Turning encryption on, changing its passphrase and turning it off — for the journal and for
//! every copy Kintsugi made of it (daily and event backups, unreadable files set aside by a
//! restore), so that no plain copy made by Kintsugi stays beside an encrypted journal.

use std::fs;
use std::path::{Path, PathBuf};

use super::encryption::container::MAGIC;
use super::encryption::is_container;
use super::write::{parent_dir, replace_atomically};
use age::secrecy::SecretString;
use zeroize::Zeroizing;

use super::{
    EncryptionError, JournalKey, JournalStore, MAX_JOURNAL_BYTES, StorageError, list_backups,
};
use crate::model::Journal;

/// What happens to the journal's existing backups (plain copies) when it is encrypted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BackupsOnEncrypt {
    /// Encrypt them with the journal's key: they stay restorable.
    #[default]
    Encrypt,
    /// Delete them.
    Delete,
}

/// What a change of protection did to the copies beside the journal.
#[derive(Debug, Default)]
pub struct ProtectionReport {
    /// Copies rewritten (encrypted, re-keyed or decrypted).
    pub rewritten: usize,
    /// Copies deleted.
    pub deleted: usize,
    /// Copies that could not be handled, with why. Empty after a complete run.
    pub failures: Vec<StorageError>,
}

impl JournalStore {
    /// Encrypts the journal with `key` (made beforehand with [`JournalKey::create`], the slow
    /// step) and then every plain copy beside it. The journal is written first: if anything
    /// after it fails, the report says which copies are left, and the next open finishes the
    /// job.
    pub fn encrypt(
        &mut self,
        journal: &Journal,
        key: JournalKey,
        backups: BackupsOnEncrypt,
    ) -> Result<ProtectionReport, StorageError> {
        if self.key.is_some() {
            return Err(StorageError::AlreadyEncrypted {
                path: self.path.clone(),
            });
        }
        self.write_whole(journal, Some(&key))?;
        self.key = Some(key);
        Ok(self.protect_copies(backups))
    }

    /// Encrypts (or deletes) every plain copy Kintsugi made of this encrypted journal. Run after
    /// [`JournalStore::encrypt`] and on every open of an encrypted journal, so that a crash
    /// between the two steps leaves no plain copy for long.
    pub(super) fn protect_copies(&self, backups: BackupsOnEncrypt) -> ProtectionReport {
        let mut report = ProtectionReport::default();
        let Some(key) = &self.key else {
            return report;
        };
        for copy in copies_of(&self.path) {
            // Only the first bytes are read of a copy that is already encrypted (every open of
            // an encrypted journal looks).
            let done = starts_encrypted(&copy).and_then(|encrypted| {
                if encrypted {
                    return Ok(());
                }
                match backups {
                    BackupsOnEncrypt::Delete => fs::remove_file(&copy)
                        .map(|()| report.deleted += 1)
                        .map_err(|error| StorageError::io(&copy, "delete the plain backup", error)),
                    BackupsOnEncrypt::Encrypt => key
                        .seal(&read_copy(&copy)?)
                        .map_err(|cause| StorageError::encryption(&copy, cause))
                        .and_then(|sealed| replace_atomically(&copy, &sealed))
                        .map(|()| report.rewritten += 1),
                }
            });
            if let Err(error) = done {
                report.failures.push(error);
            }
        }
        report
    }

    /// Wraps the journal's key with a new passphrase: `new_key` comes from
    /// [`JournalKey::with_passphrase`] (the slow step). The journal and every encrypted copy
    /// of it get the new preamble; their bodies are unchanged.
    pub fn change_passphrase(
        &mut self,
        journal: &Journal,
        new_key: JournalKey,
    ) -> Result<ProtectionReport, StorageError> {
        let same_key = self
            .key
            .as_ref()
            .is_some_and(|key| key.recipient() == new_key.recipient());
        if !same_key {
            return Err(StorageError::NotEncrypted {
                path: self.path.clone(),
            });
        }
        self.write_whole(journal, Some(&new_key))?;
        let report = rewrite_copies_of(&self.path, &new_key, |key, bytes| {
            key.rewrap_file(bytes).map(Zeroizing::new)
        });
        self.key = Some(new_key);
        Ok(report)
    }

    /// Writes the journal and its encrypted copies in plain text again and forgets the key.
    /// The caller has checked the passphrase ([`JournalStore::check_passphrase`]).
    pub fn remove_encryption(
        &mut self,
        journal: &Journal,
    ) -> Result<ProtectionReport, StorageError> {
        let Some(key) = self.key.take() else {
            return Err(StorageError::NotEncrypted {
                path: self.path.clone(),
            });
        };
        if let Err(error) = self.write_whole(journal, None) {
            self.key = Some(key);
            return Err(error);
        }
        Ok(rewrite_copies_of(&self.path, &key, |key, bytes| {
            key.open(bytes, MAX_JOURNAL_BYTES)
        }))
    }

    /// Checks that `passphrase` opens the journal as it is on disk (before removing encryption
    /// or changing the passphrase). The slow step: about a second.
    pub fn check_passphrase(&self, passphrase: &SecretString) -> Result<(), StorageError> {
        check_passphrase(&self.path, self.key.as_ref(), passphrase)
    }
}

/// Checks that `passphrase` opens the encrypted journal at `path` as it is on disk, and that
/// the key it unwraps is `key` (the one open in memory). Needs no store, so that the app can
/// run it on a worker thread while the journal stays open.
pub fn check_passphrase(
    path: &Path,
    key: Option<&JournalKey>,
    passphrase: &SecretString,
) -> Result<(), StorageError> {
    let Some(key) = key else {
        return Err(StorageError::NotEncrypted {
            path: path.to_owned(),
        });
    };
    let bytes = super::read_capped(path)?;
    let unlocked = JournalKey::unlock(&bytes, passphrase)
        .map_err(|cause| StorageError::encryption(path, cause))?;
    if key.recipient() == unlocked.recipient() {
        Ok(())
    } else {
        Err(StorageError::encryption(path, EncryptionError::OtherKey))
    }
}

/// Rewrites each encrypted copy of `journal` made with `key` by `transform` (re-keyed or
/// decrypted); plain copies, copies of another key and copies whose header is unreadable are
/// left alone.
fn rewrite_copies_of(
    journal: &Path,
    key: &JournalKey,
    transform: impl Fn(&JournalKey, &[u8]) -> Result<Zeroizing<Vec<u8>>, EncryptionError>,
) -> ProtectionReport {
    let mut report = ProtectionReport::default();
    for copy in copies_of(journal) {
        let done = read_copy(&copy).and_then(|bytes| {
            if !key.owns(&bytes) {
                return Ok(());
            }
            let rewritten =
                transform(key, &bytes).map_err(|cause| StorageError::encryption(&copy, cause))?;
            replace_atomically(&copy, &rewritten).map(|()| report.rewritten += 1)
        });
        if let Err(error) = done {
            report.failures.push(error);
        }
    }
    report
}

/// Every copy of the journal Kintsugi made: its backups, and unreadable versions a restore set
/// aside (`<name>.unreadable-<stamp>`).
pub fn copies_of(journal: &Path) -> Vec<PathBuf> {
    let mut copies: Vec<PathBuf> = list_backups(journal)
        .into_iter()
        .map(|(_, path)| path)
        .collect();
    let name = journal
        .file_name()
        .map(|name| format!("{}.unreadable-", name.to_string_lossy()));
    if let (Some(name), Ok(entries)) = (name, fs::read_dir(parent_dir(journal))) {
        copies.extend(
            entries
                .flatten()
                .filter(|entry| entry.file_name().to_string_lossy().starts_with(&name))
                .map(|entry| entry.path()),
        );
    }
    copies
}

/// True when the file at `path` begins like an encrypted journal (reads only that much).
fn starts_encrypted(path: &Path) -> Result<bool, StorageError> {
    use std::io::Read as _;
    let mut start = Vec::with_capacity(MAGIC.len());
    fs::File::open(path)
        .and_then(|file| file.take(MAGIC.len() as u64).read_to_end(&mut start))
        .map_err(|error| StorageError::io(path, "read a backup", error))?;
    Ok(is_container(&start))
}

fn read_copy(path: &Path) -> Result<Vec<u8>, StorageError> {
    fs::read(path).map_err(|error| StorageError::io(path, "read a backup", error))
}
