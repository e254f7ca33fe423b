//! How far an import has got, and its Cancel: shared between the worker thread that reads and
//! merges and the window that shows a bar. The readers report the bytes they have read and look
//! at the Cancel between files, every few thousand lines and every few hundred days; they find
//! the progress of the import running on their thread through [`ImportProgress::run`].

use std::cell::RefCell;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use super::ImportError;

/// The progress of one import.
#[derive(Debug, Default)]
pub struct ImportProgress {
    read: AtomicU64,
    total: AtomicU64,
    cancelled: AtomicBool,
}

thread_local! {
    /// The progress of the import running on this thread, if any.
    static CURRENT: RefCell<Option<Arc<ImportProgress>>> = const { RefCell::new(None) };
}

impl ImportProgress {
    /// A new progress, to share between the worker and the window.
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    /// Asks the import to stop: it ends with [`ImportError::Cancelled`] at its next look.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    /// True once Cancel was asked for.
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    /// Bytes read so far, and the bytes to read in all (0 while unknown).
    pub fn bytes(&self) -> (u64, u64) {
        (
            self.read.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }

    /// Runs `import` with this progress as the one its readers report to.
    pub fn run<T>(self: &Arc<Self>, path: &Path, import: impl FnOnce() -> T) -> T {
        self.total.store(size_of(path), Ordering::Relaxed);
        CURRENT.with(|current| *current.borrow_mut() = Some(Arc::clone(self)));
        let result = import();
        CURRENT.with(|current| *current.borrow_mut() = None);
        result
    }
}

/// The size of a file, or of the files directly in a folder.
fn size_of(path: &Path) -> u64 {
    if path.is_dir() {
        std::fs::read_dir(path).map_or(0, |entries| {
            entries
                .flatten()
                .filter_map(|entry| entry.metadata().ok())
                .filter(std::fs::Metadata::is_file)
                .map(|metadata| metadata.len())
                .sum()
        })
    } else {
        std::fs::metadata(path).map_or(0, |metadata| metadata.len())
    }
}

/// Reports `bytes` more read by the import running on this thread.
pub(super) fn advance(bytes: u64) {
    CURRENT.with(|current| {
        if let Some(progress) = current.borrow().as_ref() {
            progress.read.fetch_add(bytes, Ordering::Relaxed);
        }
    });
}

/// Stops the import running on this thread when Cancel was asked for.
pub(super) fn check(path: &Path) -> Result<(), ImportError> {
    let cancelled = CURRENT.with(|current| {
        current
            .borrow()
            .as_ref()
            .is_some_and(|progress| progress.is_cancelled())
    });
    if cancelled {
        Err(ImportError::Cancelled {
            path: path.to_owned(),
        })
    } else {
        Ok(())
    }
}
