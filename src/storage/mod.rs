//! Keeping the journal on disk safely (SPEC §5): atomic saves, rotating backups, one writer at
//! a time, owner-only permissions, and a file that cannot be read is never written over.

mod backup;
mod format;
mod lock;
mod write;

use std::io;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::model::{Journal, ValidationError};

pub use backup::{
    BackupKind, DAILY_BACKUPS_KEPT, EVENT_BACKUPS_KEPT, backup_dir, list_backups,
    list_backups_of_kind, newest_backup,
};
pub use format::{CURRENT_FORMAT_VERSION, DecodeError, decode, encode};
pub use lock::WriterLock;

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
    /// The target of a command that must not overwrite already exists.
    #[error("{}: already exists; choose another path (nothing was overwritten)", path.display())]
    AlreadyExists {
        /// The existing path.
        path: PathBuf,
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
            | StorageError::AlreadyExists { path } => path,
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
        )
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
/// windows).
pub fn load(path: &Path) -> Result<Journal, StorageError> {
    let text = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == io::ErrorKind::NotFound => {
            return Err(StorageError::NotFound {
                path: path.to_owned(),
            });
        }
        Err(error) => return Err(StorageError::io(path, "read the journal", error)),
    };
    let text = String::from_utf8(text).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
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
    decode(&text).map_err(|error| StorageError::from_decode(path, error))
}

/// What a successful save has to report besides success.
#[derive(Debug, Default)]
pub struct Saved {
    /// The day's backup could not be made; the journal itself was saved.
    pub backup_failed: Option<StorageError>,
}

/// The journal file of one writer: it holds the lock for as long as it lives and is the only
/// way the app and the commands write the journal.
#[derive(Debug)]
pub struct JournalStore {
    path: PathBuf,
    _lock: WriterLock,
    last_backup_day: Option<NaiveDate>,
}

impl JournalStore {
    /// Takes the writer lock of the journal at `path` and reads it. A missing file gives an
    /// empty journal (the file is created by the first save). Any other failure leaves the
    /// file untouched, and no store exists that could write over it.
    pub fn open(path: &Path) -> Result<(JournalStore, Journal), StorageError> {
        let lock = WriterLock::acquire(path)?;
        write::remove_stale_temp_files(path);
        let journal = match load(path) {
            Ok(journal) => journal,
            Err(StorageError::NotFound { .. }) => Journal::default(),
            Err(error) => return Err(error),
        };
        Ok((
            JournalStore {
                path: path.to_owned(),
                _lock: lock,
                last_backup_day: None,
            },
            journal,
        ))
    }

    /// The journal file this store writes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes the journal atomically, first copying the previous file into the backups folder
    /// when no backup was made `today` yet. A backup that fails does not hold back the save:
    /// it is returned in the [`Saved`] report (and tried again on the next save).
    pub fn save(&mut self, journal: &Journal, today: NaiveDate) -> Result<Saved, StorageError> {
        let text = encode(journal).map_err(|error| {
            StorageError::io(&self.path, "encode the journal", io::Error::other(error))
        })?;
        let mut backup_failed = None;
        if self.last_backup_day != Some(today) {
            match backup::back_up_before_save(&self.path, today) {
                Ok(()) => self.last_backup_day = Some(today),
                Err(error) => backup_failed = Some(error),
            }
        }
        write::replace_atomically(&self.path, text.as_bytes())?;
        Ok(Saved { backup_failed })
    }
}

impl JournalStore {
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
pub fn restore_backup(
    journal_path: &Path,
    backup_path: &Path,
    stamp: &str,
) -> Result<Option<PathBuf>, StorageError> {
    let _lock = WriterLock::acquire(journal_path)?;
    let backup_text = std::fs::read(backup_path)
        .map_err(|error| StorageError::io(backup_path, "read the backup", error))?;
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
