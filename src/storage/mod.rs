//! Keeping the journal on disk safely (SPEC §5): atomic saves, rotating backups, one writer at
//! a time, owner-only permissions, and a file that cannot be read is never written over.

mod backup;
pub mod encryption;
mod format;
pub mod fuzzing;
mod identity;
mod lock;
mod outside;
mod protection;
mod write;

use std::io;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use age::secrecy::SecretString;
use zeroize::Zeroizing;

use crate::model::{Journal, ValidationError};
use crate::sync::{Merged, Tombstones};

pub use backup::{
    BackupKind, DAILY_BACKUPS_KEPT, EVENT_BACKUPS_KEPT, backup_dir, list_backups,
    list_backups_of_kind, newest_backup,
};
pub use encryption::{EncryptionError, JournalKey, KeyCost};
pub use format::{CURRENT_FORMAT_VERSION, DecodeError, decode, decode_with_deleted, encode};
pub use identity::FileIdentity;
pub use lock::WriterLock;
pub use outside::{Removals, find_conflict_copies};
pub use protection::{BackupsOnEncrypt, ProtectionReport, check_passphrase, copies_of};

/// The largest journal file (and decrypted journal) Kintsugi reads: far beyond any journal a
/// person writes (the 10-year demo is about 4 MB), and a bound on what a hostile or corrupt
/// file can make the reader allocate.
pub const MAX_JOURNAL_BYTES: usize = 256 * 1024 * 1024;

/// What may open an encrypted journal.
#[derive(Debug, Clone, Copy)]
pub enum Unlock<'a> {
    /// Nothing: an encrypted journal is reported as [`StorageError::Encrypted`].
    Nothing,
    /// The passphrase (the slow key derivation runs once).
    Passphrase(&'a SecretString),
    /// A key unlocked earlier (reopening the same journal, or one of its backups).
    Key(&'a JournalKey),
}

/// Why the journal could not be read or written. Every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// There is no journal at this path yet.
    #[error("{}: there is no journal here yet", path.display())]
    NotFound {
        /// The journal path.
        path: PathBuf,
    },
    /// The operating system refused an operation.
    #[error("{}: could not {action}: {cause}", path.display())]
    Io {
        /// The file or folder concerned.
        path: PathBuf,
        /// What was being done, e.g. "read the journal".
        action: &'static str,
        /// The underlying error (part of the message, so not chained again).
        cause: io::Error,
    },
    /// The file is not well-formed RON of the journal's shape.
    #[error("{}:{line}:{column}: this is not a readable Kintsugi journal: {message}", path.display())]
    Parse {
        /// The journal path.
        path: PathBuf,
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// What was wrong there.
        message: String,
    },
    /// The file is well-formed but breaks a rule of the journal.
    #[error("{}: the journal is inconsistent: {rule}", path.display())]
    Invalid {
        /// The journal path.
        path: PathBuf,
        /// The broken rule.
        rule: ValidationError,
    },
    /// The file was written by a newer Kintsugi; it is left alone.
    #[error(
        "{}: written by a newer Kintsugi (format version {found}; this version reads up to {supported}); update Kintsugi to open it",
        path.display()
    )]
    NewerVersion {
        /// The journal path.
        path: PathBuf,
        /// The version in the file.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The file claims a version that never existed.
    #[error("{}: unknown journal format version {found}", path.display())]
    UnknownVersion {
        /// The journal path.
        path: PathBuf,
        /// The version in the file.
        found: u32,
    },
    /// The journal's folder cannot be written (permissions or a read-only disk).
    #[error("{}: the journal's folder cannot be written ({cause}); open it read-only or choose another place", path.display())]
    ReadOnlyFolder {
        /// The journal path.
        path: PathBuf,
        /// What the operating system said.
        cause: io::Error,
    },
    /// Another Kintsugi process holds the writer lock.
    #[error("{}: the journal is open in another Kintsugi window or command", path.display())]
    Locked {
        /// The journal path.
        path: PathBuf,
    },
    /// The journal is encrypted and nothing to unlock it was given.
    #[error("{}: this journal is encrypted; its passphrase is needed to open it", path.display())]
    Encrypted {
        /// The journal path.
        path: PathBuf,
    },
    /// An encrypted journal could not be opened or written: wrong passphrase, damaged file.
    #[error("{}: {cause}", path.display())]
    Encryption {
        /// The file concerned.
        path: PathBuf,
        /// What went wrong.
        cause: EncryptionError,
    },
    /// The file is larger than any journal could be; it is not read.
    #[error("{}: the file is larger than {} MiB, more than any journal; it was not read", path.display(), limit / (1024 * 1024))]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The cap, in bytes.
        limit: usize,
    },
    /// Encryption was asked to be turned on for a journal that already has it.
    #[error("{}: this journal is already encrypted", path.display())]
    AlreadyEncrypted {
        /// The journal path.
        path: PathBuf,
    },
    /// Encryption was asked to be changed or removed on a journal that is not encrypted.
    #[error("{}: this journal is not encrypted", path.display())]
    NotEncrypted {
        /// The journal path.
        path: PathBuf,
    },
    /// The target of a command that must not overwrite already exists.
    #[error("{}: already exists; choose another path (nothing was overwritten)", path.display())]
    AlreadyExists {
        /// The existing path.
        path: PathBuf,
    },
    /// The file was changed elsewhere (another computer, through a synced folder) and that
    /// version cannot be read here, so it cannot be merged; nothing was written over it.
    #[error("{}: the journal was changed outside this window (another computer?) and that version could not be read ({cause}); nothing was written over it and your changes are kept here", path.display())]
    OutsideUnreadable {
        /// The journal.
        path: PathBuf,
        /// Why it could not be read.
        cause: String,
    },
    /// The version written elsewhere is sealed with another passphrase (it was changed on the
    /// other computer): it can be merged once that passphrase is given. Nothing was written.
    #[error("{}: the journal's passphrase was changed on another computer; give the new passphrase to merge that version (nothing was written over it, and your changes are kept here)", path.display())]
    OutsideNeedsPassphrase {
        /// The journal.
        path: PathBuf,
    },
    /// Another version of the file arrived while this one was being written; it was not
    /// replaced (a save tries again, merging it first).
    #[error("{}: the journal was changed outside this window while it was being saved; nothing was written over it", path.display())]
    ChangedWhileSaving {
        /// The journal.
        path: PathBuf,
    },
    /// The version written elsewhere lacks many entries this one has: merging it would delete
    /// them, which is asked about first. Nothing was written.
    #[error("{}: the version changed outside this window lacks {removed} of your {total} entries; nothing was written until you choose whether to delete them here too", path.display())]
    OutsideRemovesTooMuch {
        /// The journal.
        path: PathBuf,
        /// Entries the merge would delete.
        removed: usize,
        /// Entries held here.
        total: usize,
    },
}

impl StorageError {
    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            StorageError::NotFound { path }
            | StorageError::Io { path, .. }
            | StorageError::Parse { path, .. }
            | StorageError::Invalid { path, .. }
            | StorageError::NewerVersion { path, .. }
            | StorageError::UnknownVersion { path, .. }
            | StorageError::ReadOnlyFolder { path, .. }
            | StorageError::Locked { path }
            | StorageError::Encrypted { path }
            | StorageError::Encryption { path, .. }
            | StorageError::TooLarge { path, .. }
            | StorageError::NotEncrypted { path }
            | StorageError::AlreadyEncrypted { path }
            | StorageError::AlreadyExists { path }
            | StorageError::OutsideUnreadable { path, .. }
            | StorageError::ChangedWhileSaving { path }
            | StorageError::OutsideNeedsPassphrase { path }
            | StorageError::OutsideRemovesTooMuch { path, .. } => path,
        }
    }

    /// True when the file's content is the problem (as opposed to access to it), so that a
    /// backup may help.
    pub fn is_unreadable_content(&self) -> bool {
        matches!(
            self,
            StorageError::Parse { .. }
                | StorageError::Invalid { .. }
                | StorageError::UnknownVersion { .. }
                | StorageError::TooLarge { .. }
                | StorageError::Encryption {
                    cause: EncryptionError::Damaged(_)
                        | EncryptionError::TooLarge { .. }
                        | EncryptionError::ExcessiveWork { .. },
                    ..
                }
        )
    }

    /// True when the file is sealed with another key than the one given (a copy whose
    /// passphrase was changed elsewhere): its own passphrase opens it.
    pub fn is_other_key(&self) -> bool {
        matches!(
            self,
            StorageError::Encryption {
                cause: EncryptionError::OtherKey,
                ..
            }
        )
    }

    /// True when only a passphrase is missing or wrong (the unlock screen asks again).
    pub fn needs_passphrase(&self) -> bool {
        matches!(
            self,
            StorageError::Encrypted { .. }
                | StorageError::Encryption {
                    cause: EncryptionError::WrongPassphrase,
                    ..
                }
        )
    }

    pub(crate) fn encryption(path: &Path, cause: EncryptionError) -> StorageError {
        StorageError::Encryption {
            path: path.to_owned(),
            cause,
        }
    }

    pub(crate) fn io(path: &Path, action: &'static str, cause: io::Error) -> StorageError {
        StorageError::Io {
            path: path.to_owned(),
            action,
            cause,
        }
    }

    fn from_decode(path: &Path, error: DecodeError) -> StorageError {
        let path = path.to_owned();
        match error {
            DecodeError::Syntax {
                line,
                column,
                message,
            } => StorageError::Parse {
                path,
                line,
                column,
                message,
            },
            DecodeError::NewerVersion { found } => StorageError::NewerVersion {
                path,
                found,
                supported: CURRENT_FORMAT_VERSION,
            },
            DecodeError::UnknownVersion { found } => StorageError::UnknownVersion { path, found },
            DecodeError::Invalid(rule) => StorageError::Invalid { path, rule },
        }
    }
}

/// Reads a journal file without taking the writer lock (for reading commands and read-only
/// windows). An encrypted journal is reported as [`StorageError::Encrypted`].
pub fn load(path: &Path) -> Result<Journal, StorageError> {
    load_with(path, Unlock::Nothing).map(|(journal, _)| journal)
}

/// Reads a journal file, plain or encrypted, without taking the writer lock. Returns the key
/// that opened it, if it is encrypted (so that it can be written again without the passphrase).
pub fn load_with(
    path: &Path,
    unlock: Unlock<'_>,
) -> Result<(Journal, Option<JournalKey>), StorageError> {
    let bytes = read_capped(path)?;
    decode_file(path, &bytes, unlock)
}

/// Reads a whole file, refusing files over [`MAX_JOURNAL_BYTES`] before reading them.
fn read_capped(path: &Path) -> Result<Zeroizing<Vec<u8>>, StorageError> {
    read_capped_identified(path).map(|(bytes, _)| bytes)
}

/// [`read_capped`], with the identity of the version read (taken from the open file, so that
/// it is the version whose bytes these are).
fn read_capped_identified(path: &Path) -> Result<(Zeroizing<Vec<u8>>, FileIdentity), StorageError> {
    use std::io::Read;
    // A named pipe or a device would block or never end: only regular files are opened.
    if let Ok(metadata) = std::fs::metadata(path)
        && !metadata.is_file()
    {
        return Err(StorageError::io(
            path,
            "read the journal",
            io::Error::new(io::ErrorKind::InvalidInput, "not a regular file"),
        ));
    }
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == io::ErrorKind::NotFound => {
            return Err(StorageError::NotFound {
                path: path.to_owned(),
            });
        }
        Err(error) => return Err(StorageError::io(path, "read the journal", error)),
    };
    let too_large = || StorageError::TooLarge {
        path: path.to_owned(),
        limit: MAX_JOURNAL_BYTES,
    };
    let metadata = file
        .metadata()
        .map_err(|error| StorageError::io(path, "read the journal", error))?;
    let identity = FileIdentity::of(&metadata);
    let size = metadata.len();
    if size > MAX_JOURNAL_BYTES as u64 {
        return Err(too_large());
    }
    // Sized from the file's length (already capped), so the buffer grows once, not by doubling.
    let mut bytes = Zeroizing::new(Vec::with_capacity(size as usize));
    file.take(MAX_JOURNAL_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| StorageError::io(path, "read the journal", error))?;
    if bytes.len() > MAX_JOURNAL_BYTES {
        return Err(too_large());
    }
    Ok((bytes, identity))
}

/// Turns a journal file's bytes into a journal: decrypts them first when they are an encrypted
/// container. `path` only names the file in errors. Never panics, whatever the bytes (fuzzed).
pub fn decode_file(
    path: &Path,
    bytes: &[u8],
    unlock: Unlock<'_>,
) -> Result<(Journal, Option<JournalKey>), StorageError> {
    decode_file_full(path, bytes, unlock).map(|decoded| (decoded.journal, decoded.key))
}

/// A journal file's contents, as read.
struct Decoded {
    journal: Journal,
    /// The deletions the file remembers.
    deleted: Tombstones,
    /// The key that opened it, when it is encrypted.
    key: Option<JournalKey>,
}

fn decode_file_full(
    path: &Path,
    bytes: &[u8],
    unlock: Unlock<'_>,
) -> Result<Decoded, StorageError> {
    let decoded = |(journal, deleted), key| Decoded {
        journal,
        deleted,
        key,
    };
    if !encryption::is_container(bytes) {
        return decode_plain(path, bytes).map(|plain| decoded(plain, None));
    }
    let mut key = match unlock {
        Unlock::Nothing => {
            return Err(StorageError::Encrypted {
                path: path.to_owned(),
            });
        }
        Unlock::Passphrase(passphrase) => JournalKey::unlock(bytes, passphrase)
            .map_err(|cause| StorageError::encryption(path, cause))?,
        // A copy under an older key the journal's key still carries (a change of passphrase
        // not finished yet) opens with it.
        Unlock::Key(key) if !key.owns(bytes) && key.owns_previous(bytes) => {
            let opened = key
                .open_any(bytes, MAX_JOURNAL_BYTES)
                .map_err(|cause| StorageError::encryption(path, cause))?;
            // The journal's own key, never none: whatever is written next is sealed with it.
            return decode_plain(path, &opened.plaintext)
                .map(|plain| decoded(plain, Some(key.clone())));
        }
        Unlock::Key(key) => key.clone(),
    };
    // The MAC is checked before anything of the body is read.
    let opened = key
        .open_file(bytes, MAX_JOURNAL_BYTES)
        .map_err(|cause| StorageError::encryption(path, cause))?;
    key.adopt(&opened);
    decode_plain(path, &opened.plaintext).map(|plain| decoded(plain, Some(key)))
}

fn decode_plain(path: &Path, bytes: &[u8]) -> Result<(Journal, Tombstones), StorageError> {
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let valid = &bytes[..error.valid_up_to()];
        let text = String::from_utf8_lossy(valid);
        let line = text.lines().count().max(1);
        let column = text
            .rsplit('\n')
            .next()
            .map_or(0, |last| last.chars().count())
            + 1;
        StorageError::Parse {
            path: path.to_owned(),
            line,
            column,
            message: "the file is not UTF-8 text".to_owned(),
        }
    })?;
    decode_with_deleted(text).map_err(|error| StorageError::from_decode(path, error))
}

/// The bytes of a journal file: its RON text, encrypted when a key is given (which counts one
/// more save). The plain text is wiped from memory once encrypted.
pub fn encode_file(journal: &Journal, key: Option<&mut JournalKey>) -> Result<Vec<u8>, String> {
    encode_file_with_deleted(journal, &Tombstones::default(), key)
}

/// [`encode_file`], with the deletions the journal remembers.
fn encode_file_with_deleted(
    journal: &Journal,
    deleted: &Tombstones,
    key: Option<&mut JournalKey>,
) -> Result<Vec<u8>, String> {
    let text = Zeroizing::new(
        format::encode_with_deleted(journal, deleted).map_err(|error| error.to_string())?,
    );
    match key {
        None => Ok(text.as_bytes().to_vec()),
        Some(key) => key.seal(text.as_bytes()).map_err(|error| error.to_string()),
    }
}

/// What a successful save has to report besides success.
#[derive(Debug, Default)]
pub struct Saved {
    /// The day's backup could not be made; the journal itself was saved.
    pub backup_failed: Option<StorageError>,
    /// The file had been changed by someone else (another computer, through a synced folder):
    /// what was written is this merge of their version and the one given.
    pub merged: Option<Merged>,
}

/// The journal file of one writer: it holds the lock for as long as it lives and is the only
/// way the app and the commands write the journal.
#[derive(Debug)]
pub struct JournalStore {
    path: PathBuf,
    _lock: WriterLock,
    last_backup_day: Option<NaiveDate>,
    /// The journal's key when it is encrypted: every write goes through it.
    key: Option<JournalKey>,
    /// The version of the file last read or written here (`None`: there was no file).
    on_disk: Option<FileIdentity>,
    /// That version's journal: the base of a merge with a version written elsewhere.
    base: Journal,
    /// The deletions that version remembers.
    deleted: Tombstones,
}

impl JournalStore {
    /// Takes the writer lock of the journal at `path` and reads it. A missing file gives an
    /// empty journal (the file is created by the first save). Any other failure leaves the
    /// file untouched, and no store exists that could write over it.
    pub fn open(path: &Path) -> Result<(JournalStore, Journal), StorageError> {
        Self::open_with(path, Unlock::Nothing)
    }

    /// [`JournalStore::open`] for a journal that may be encrypted: `unlock` opens it, and the
    /// store keeps the key to encrypt every save.
    pub fn open_with(
        path: &Path,
        unlock: Unlock<'_>,
    ) -> Result<(JournalStore, Journal), StorageError> {
        let lock = WriterLock::acquire(path)?;
        write::remove_stale_temp_files(path);
        let (decoded, on_disk) = match read_capped_identified(path) {
            Ok((bytes, identity)) => (decode_file_full(path, &bytes, unlock)?, Some(identity)),
            Err(StorageError::NotFound { .. }) => (
                Decoded {
                    journal: Journal::default(),
                    deleted: Tombstones::default(),
                    key: None,
                },
                None,
            ),
            Err(error) => return Err(error),
        };
        let journal = decoded.journal;
        let store = JournalStore {
            path: path.to_owned(),
            _lock: lock,
            last_backup_day: None,
            key: decoded.key,
            on_disk,
            base: journal.clone(),
            deleted: decoded.deleted,
        };
        let mut store = store;
        // Finishes an encryption that a crash interrupted: no plain copy stays beside an
        // encrypted journal; and a change of passphrase: no copy stays under the old key. What
        // cannot be done now is tried again at the next open.
        if store.key.as_ref().is_some_and(JournalKey::copies_pending)
            && store
                .protect_copies(BackupsOnEncrypt::Encrypt)
                .failures
                .is_empty()
        {
            let _ = store.mark_copies_done(&journal);
        }
        let _ = store.finish_key_change(&journal);
        Ok((store, journal))
    }

    /// The journal's key, when it is encrypted.
    pub fn key(&self) -> Option<&JournalKey> {
        self.key.as_ref()
    }

    /// True when every write of this journal is encrypted.
    pub fn is_encrypted(&self) -> bool {
        self.key.is_some()
    }

    /// The journal file this store writes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes the journal atomically, first copying the previous file into the backups folder
    /// when no backup was made `today` yet. A backup that fails does not hold back the save:
    /// it is returned in the [`Saved`] report (and tried again on the next save).
    ///
    /// A file changed since it was last read or written here is never written over: it is
    /// read and merged with `journal` first ([`JournalStore::merge_outside`]), and the merge is
    /// what is written (and returned in [`Saved::merged`]). A merge that would remove more
    /// than a quarter of the entries writes nothing and fails with
    /// [`StorageError::OutsideRemovesTooMuch`].
    pub fn save(&mut self, journal: &Journal, today: NaiveDate) -> Result<Saved, StorageError> {
        // What was merged so far (a version that arrives between a merge and the write is
        // merged in turn, into the merge), and the version it was merged with.
        let mut merged: Option<Merged> = None;
        let mut merged_with: Option<(Journal, FileIdentity)> = None;
        let mut attempts = 0;
        loop {
            let current = merged.as_ref().map_or(journal, |merged| &merged.journal);
            let (base, expected) = match &merged_with {
                Some((version, identity)) => (version, Some(*identity)),
                None => (&self.base, self.on_disk),
            };
            let outside = self.read_and_merge(current, base, expected, Removals::Ask, today)?;
            if let Some(outside) = outside {
                self.count_saves_from(&outside);
                self.deleted = self.deleted.union(&outside.merged.deleted);
                let kept_both = merged.as_ref().map_or(0, |merged| merged.kept_both);
                let mut latest = outside.merged;
                latest.kept_both += kept_both;
                latest.changes = crate::sync::Changes::between(journal, &latest.journal);
                merged = Some(latest);
                merged_with = Some((outside.journal, outside.identity));
            }
            let expected = merged_with
                .as_ref()
                .map_or(self.on_disk, |(_, identity)| Some(*identity));
            let to_write = merged.as_ref().map_or(journal, |merged| &merged.journal);
            match self.write_checked(to_write, today, expected) {
                Err(StorageError::ChangedWhileSaving { .. }) if attempts < SAVE_ATTEMPTS => {
                    // A sync client is bringing versions in as fast as they are merged: let it
                    // settle a moment longer each time, then merge the newest one.
                    attempts += 1;
                    let pause = fastrand::u64(5..=20) * u64::from(attempts.min(5));
                    std::thread::sleep(std::time::Duration::from_millis(pause));
                }
                Err(error) => return Err(error),
                Ok(backup_failed) => {
                    return Ok(Saved {
                        backup_failed,
                        merged,
                    });
                }
            }
        }
    }

    /// One write of a save: the day's backup, then the journal, unless the file is no longer
    /// the version `expected`. Returns the backup's failure, if it failed.
    fn write_checked(
        &mut self,
        journal: &Journal,
        today: NaiveDate,
        expected: Option<FileIdentity>,
    ) -> Result<Option<StorageError>, StorageError> {
        let mut backup_failed = None;
        if self.last_backup_day != Some(today) {
            match backup::back_up_before_save(&self.path, today) {
                Ok(()) => self.last_backup_day = Some(today),
                Err(error) => backup_failed = Some(error),
            }
        }
        // The key's save counter moves on only once the file is written.
        let mut key = self.key.clone();
        self.write_whole_expecting(journal, key.as_mut(), expected)?;
        self.key = key;
        Ok(backup_failed)
    }

    /// Writes the journal atomically under `key` (or in plain text): every save, and the first
    /// write of a change of protection (which writes under the new key, or none). Entries of
    /// the version last on disk that `journal` no longer holds are remembered as deleted now;
    /// the version written becomes the base of the next merge.
    fn write_whole(
        &mut self,
        journal: &Journal,
        key: Option<&mut JournalKey>,
    ) -> Result<(), StorageError> {
        self.write_whole_expecting(journal, key, self.on_disk)
    }

    /// [`JournalStore::write_whole`] over the version `expected` (the one just merged with).
    fn write_whole_expecting(
        &mut self,
        journal: &Journal,
        key: Option<&mut JournalKey>,
        expected: Option<FileIdentity>,
    ) -> Result<(), StorageError> {
        let now = chrono::Utc::now();
        let mut deleted = self.deleted.clone();
        deleted.record_deletions(&self.base, journal, now);
        deleted.forget_present(journal);
        deleted.prune(now);
        let bytes = encode_file_with_deleted(journal, &deleted, key).map_err(|error| {
            StorageError::io(&self.path, "encode the journal", io::Error::other(error))
        })?;
        let Some(identity) = write::replace_atomically_identified(&self.path, &bytes, expected)?
        else {
            return Err(StorageError::ChangedWhileSaving {
                path: self.path.clone(),
            });
        };
        self.on_disk = Some(identity);
        self.deleted = deleted;
        if &self.base != journal {
            self.base = journal.clone();
        }
        Ok(())
    }
}

/// How many times a save merges a version that arrived while it was being written, and tries
/// again, before it reports that the journal keeps changing: a pause of a random 5–20 ms that
/// grows with each try (up to 100 ms; a second or two in all) lets a sync client that keeps
/// bringing versions settle, and the randomness keeps two writers from colliding in step.
const SAVE_ATTEMPTS: u32 = 20;

impl JournalStore {
    /// Makes the next save read the file and merge it again, against `base`: what a session
    /// does when it could not take in what the last save merged (so that what another
    /// computer wrote is never written over unmerged).
    pub fn merge_again_on_next_save(&mut self, base: Journal) {
        self.base = base;
        self.on_disk = None;
    }

    /// Copies the journal as it is on disk into a backup labelled "before-<what>-<time>" (an
    /// import, a restore), so that the step can be undone from the backups whatever else
    /// happened that day.
    pub fn back_up_before(
        &self,
        what: &str,
        today: NaiveDate,
        time: &str,
    ) -> Result<Option<PathBuf>, StorageError> {
        backup::back_up_labelled(&self.path, today, &format!("before-{what}-{time}"))
    }
}

/// Writes any file the way the journal is written: temporary file, sync, rename, sync the
/// folder, owner-only permissions (exports use it too).
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    write::replace_atomically(path, bytes)
}

/// Writes a journal to a new file, refusing to replace one that exists (`kintsugi demo`).
pub fn write_new(path: &Path, journal: &Journal) -> Result<(), StorageError> {
    let text = encode(journal)
        .map_err(|error| StorageError::io(path, "encode the journal", io::Error::other(error)))?;
    write::create_atomically(path, text.as_bytes())
}

/// Replaces an unreadable journal with a backup, keeping the unreadable file beside it under a
/// new name (`journal.ron.unreadable-<timestamp>`) so that nothing is lost. Returns that name.
/// With the journal's `key`, a plain backup is encrypted on its way in, so that restoring never
/// leaves an encrypted journal in plain text.
pub fn restore_backup(
    journal_path: &Path,
    backup_path: &Path,
    stamp: &str,
    key: Option<&JournalKey>,
) -> Result<Option<PathBuf>, StorageError> {
    let _lock = WriterLock::acquire(journal_path)?;
    // Capped like the journal: a backup larger than any journal is refused unread.
    let mut backup_text = read_capped(backup_path)?.to_vec();
    if let Some(key) = key
        && !encryption::is_container(&backup_text)
    {
        backup_text = key
            .clone()
            .seal(&backup_text)
            .map_err(|cause| StorageError::encryption(backup_path, cause))?;
    }
    let set_aside = if journal_path.exists() {
        let mut name = journal_path.as_os_str().to_owned();
        name.push(format!(".unreadable-{stamp}"));
        let set_aside = PathBuf::from(name);
        std::fs::rename(journal_path, &set_aside).map_err(|error| {
            StorageError::io(journal_path, "set the unreadable journal aside", error)
        })?;
        Some(set_aside)
    } else {
        None
    };
    write::replace_atomically(journal_path, &backup_text)?;
    Ok(set_aside)
}
