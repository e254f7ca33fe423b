//! What tells one version of the journal file from another without reading it: its device and
//! inode (a file replaced by rename, as every careful writer and sync client does, is a new
//! inode), its length and its modification time (a file rewritten in place). Checked before
//! every save, so that a version nobody here has read is never written over.

use std::fs::Metadata;
use std::io;
use std::path::Path;
use std::time::SystemTime;

/// The identity of one version of a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileIdentity {
    device: u64,
    inode: u64,
    length: u64,
    modified: Option<SystemTime>,
}

impl FileIdentity {
    /// The identity of the file `metadata` describes.
    pub fn of(metadata: &Metadata) -> Self {
        #[cfg(unix)]
        let (device, inode) = {
            use std::os::unix::fs::MetadataExt as _;
            (metadata.dev(), metadata.ino())
        };
        #[cfg(not(unix))]
        let (device, inode) = (0, 0);
        Self {
            device,
            inode,
            length: metadata.len(),
            modified: metadata.modified().ok(),
        }
    }

    /// The identity of the file at `path` now, or `None` when there is no file.
    pub fn at(path: &Path) -> io::Result<Option<Self>> {
        match std::fs::metadata(path) {
            Ok(metadata) => Ok(Some(Self::of(&metadata))),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(error) => Err(error),
        }
    }
}
