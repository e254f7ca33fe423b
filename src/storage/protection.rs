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
        // The journal first, saying that copies are left to seal: a crash from here on is
        // finished by the next open, and only then does an open seal plain copies.
        let mut key = key;
        key.set_copies_pending(true);
        self.write_whole(journal, Some(&mut key))?;
        self.key = Some(key);
        let report = self.protect_copies(backups);
        if report.failures.is_empty() {
            self.mark_copies_done(journal)?;
        }
        Ok(report)
    }

    /// Writes the journal again saying that no copy is left to seal.
    pub(super) fn mark_copies_done(&mut self, journal: &Journal) -> Result<(), StorageError> {
        let mut key = self.key.clone();
        if let Some(key) = key.as_mut() {
            key.set_copies_pending(false);
        }
        self.write_whole(journal, key.as_mut())?;
        self.key = key;
        Ok(())
    }

    /// Encrypts (or deletes) every plain copy Kintsugi made of this encrypted journal. Run after
    /// [`JournalStore::encrypt`] and on every open of an encrypted journal, so that a crash
    /// between the two steps leaves no plain copy for long.
    pub(super) fn protect_copies(&self, backups: BackupsOnEncrypt) -> ProtectionReport {
        let mut report = ProtectionReport::default();
        let Some(mut key) = self.key.clone() else {
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
                        .and_then(|sealed| rewrite_copy(&copy, &sealed))
                        .map(|()| report.rewritten += 1),
                }
            });
            if let Err(error) = done {
                report.failures.push(error);
            }
        }
        report
    }

    /// Changes the passphrase, and with it the key: `new_key` comes from
    /// [`JournalKey::successor`] (the slow step). The journal is written under the new key
    /// first, carrying the old one inside; then every copy under the old key is sealed again
    /// under the new one, each atomically; then the journal is written without the old key. A
    /// crash or a failure part-way leaves a journal that opens with the new passphrase, and its
    /// next open finishes the job ([`JournalStore::finish_key_change`]).
    pub fn change_passphrase(
        &mut self,
        journal: &Journal,
        new_key: JournalKey,
    ) -> Result<ProtectionReport, StorageError> {
        let Some(old) = &self.key else {
            return Err(StorageError::NotEncrypted {
                path: self.path.clone(),
            });
        };
        if new_key.recipient() == old.recipient() || new_key.previous_count() == 0 {
            return Err(StorageError::encryption(
                &self.path,
                EncryptionError::Encrypt("the new key does not follow the journal's key".into()),
            ));
        }
        // The copies to seal again, listed now: nothing put beside the journal later is.
        let mut listed: Vec<Zeroizing<Vec<u8>>> = Vec::new();
        for copy in copies_of(&self.path) {
            if let Ok(bytes) = read_copy(&copy)
                && (old.owns(&bytes) || old.owns_previous(&bytes))
            {
                listed.push(bytes);
            }
        }
        let mut new_key = new_key;
        new_key.list_copies_to_reseal(listed.iter().map(|bytes| bytes.as_slice()));
        drop(listed);
        self.write_whole(journal, Some(&mut new_key))?;
        self.key = Some(new_key);
        self.finish_key_change(journal)
    }

    /// Seals every copy still under an older key of this journal with its current key, then
    /// writes the journal without the older keys. Does nothing when there are none (after a
    /// complete change of passphrase).
    pub(super) fn finish_key_change(
        &mut self,
        journal: &Journal,
    ) -> Result<ProtectionReport, StorageError> {
        let mut report = ProtectionReport::default();
        let Some(key) = &self.key else {
            return Ok(report);
        };
        if key.previous_count() == 0 {
            return Ok(report);
        }
        // A copy that cannot be written holds the older keys back (the next open tries again);
        // one that does not open with them, or was not listed when the change began, is not
        // the journal's and is left as it is.
        let mut blocked = false;
        for copy in copies_of(&self.path) {
            let done = read_copy(&copy).and_then(|bytes| {
                if !key.owns_previous(&bytes) {
                    return Ok(());
                }
                let sealed = key
                    .reseal_copy(&bytes, MAX_JOURNAL_BYTES)
                    .map_err(|cause| StorageError::encryption(&copy, cause))?;
                rewrite_copy(&copy, &sealed).map(|()| report.rewritten += 1)
            });
            match done {
                Ok(()) => {}
                Err(error @ StorageError::Encryption { .. }) => report.failures.push(error),
                Err(error) => {
                    blocked = true;
                    report.failures.push(error);
                }
            }
        }
        if !blocked {
            let mut key = self.key.take();
            if let Some(key) = key.as_mut() {
                key.forget_previous();
            }
            let written = self.write_whole(journal, key.as_mut());
            self.key = key;
            written?;
        }
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
        Ok(decrypt_copies_of(&self.path, &key))
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

/// Writes each encrypted copy of `journal` made with `key` (or one of the older keys it
/// carries) in plain text; plain copies, copies of another key and copies whose header is
/// unreadable are left alone.
fn decrypt_copies_of(journal: &Path, key: &JournalKey) -> ProtectionReport {
    let mut report = ProtectionReport::default();
    for copy in copies_of(journal) {
        let done = read_copy(&copy).and_then(|bytes| {
            if !key.owns(&bytes) && !key.owns_previous(&bytes) {
                return Ok(());
            }
            let opened = key
                .open_any(&bytes, MAX_JOURNAL_BYTES)
                .map_err(|cause| StorageError::encryption(&copy, cause))?;
            rewrite_copy(&copy, &opened.plaintext).map(|()| report.rewritten += 1)
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
    // Regular files only: a folder, a link or a named pipe put there is never read or written.
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
    copies.retain(|copy| fs::symlink_metadata(copy).is_ok_and(|meta| meta.file_type().is_file()));
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

/// Writes a copy anew (encrypted, re-sealed or decrypted), keeping the time it was taken: the
/// backups are ordered by it.
fn rewrite_copy(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    let taken = fs::metadata(path).and_then(|meta| meta.modified()).ok();
    replace_atomically(path, bytes)?;
    if let Some(taken) = taken {
        // Best effort: a copy whose time cannot be set is still a good copy.
        let _ = fs::File::options()
            .write(true)
            .open(path)
            .and_then(|file| file.set_modified(taken));
    }
    Ok(())
}

/// Reads a copy, refusing one larger than any journal (a copy is never larger than the
/// journal it was made of).
fn read_copy(path: &Path) -> Result<Zeroizing<Vec<u8>>, StorageError> {
    super::read_capped(path)
}
