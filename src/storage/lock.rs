//! One writer per journal, enforced by an operating-system file lock, which the kernel releases
//! when the process ends — so a crash never locks anyone out.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

use super::StorageError;
use super::write::{ensure_dir, parent_dir};

/// The pauses before asking for a held lock again. A lock can be held for a moment by someone
/// who is not a writer: a child process started by any thread of this process carries a copy of
/// the lock file's descriptor (and so the lock) from its fork until its `exec`, and a window that
/// just closed may still be letting go. About a tenth of a second in all, so a journal that
/// really is open elsewhere is still reported at once.
const LOCK_RETRY_WAITS: [std::time::Duration; 4] = [
    std::time::Duration::from_millis(10),
    std::time::Duration::from_millis(20),
    std::time::Duration::from_millis(30),
    std::time::Duration::from_millis(40),
];

/// Holds the exclusive lock on a journal for as long as it lives.
#[derive(Debug)]
pub struct WriterLock {
    _file: File,
    path: PathBuf,
}

impl WriterLock {
    /// The lock file that guards `journal`: a hidden file beside it. The journal itself cannot
    /// carry the lock, because every save replaces it with a new file.
    pub fn lock_path(journal: &Path) -> PathBuf {
        let name = journal.file_name().map_or_else(
            || "journal".to_owned(),
            |name| name.to_string_lossy().into_owned(),
        );
        parent_dir(journal).join(format!(".{name}.lock"))
    }

    /// Takes the lock of `journal`, or fails with `Locked` when another process has it.
    pub fn acquire(journal: &Path) -> Result<WriterLock, StorageError> {
        ensure_dir(&parent_dir(journal))?;
        let path = Self::lock_path(journal);
        let mut options = OpenOptions::new();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let file = options.open(&path).map_err(|error| match error.kind() {
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                StorageError::ReadOnlyFolder {
                    path: journal.to_owned(),
                    cause: error,
                }
            }
            _ => StorageError::io(&path, "create the lock file", error),
        })?;
        let mut waits = LOCK_RETRY_WAITS.iter();
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(WriterLock { _file: file, path }),
                Err(TryLockError::WouldBlock) => match waits.next() {
                    Some(wait) => std::thread::sleep(*wait),
                    None => {
                        return Err(StorageError::Locked {
                            path: journal.to_owned(),
                        });
                    }
                },
                Err(TryLockError::Error(error)) => {
                    return Err(StorageError::io(&path, "lock the journal", error));
                }
            }
        }
    }

    /// The lock file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }
}
