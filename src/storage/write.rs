//! Atomic file replacement: a crash or power cut at any moment leaves the old file or the new
//! one, never a mix.

use std::ffi::OsString;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::StorageError;
use super::identity::FileIdentity;

/// Marks the temporary files written beside a file before they replace it; the full prefix
/// also names the file (see [`temp_prefix`]).
const TEMP_MARK: &str = ".kintsugi-tmp-";

/// The prefix of the temporary files that replace `path`: `.<file name>.kintsugi-tmp-`, so that
/// the stale ones of one journal can be told from another journal's save in the same folder.
fn temp_prefix(path: &Path) -> String {
    let name = path
        .file_name()
        .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
    format!(".{name}{TEMP_MARK}")
}

/// The folder holding `path`, as a path that can be opened ("." for a bare file name).
pub(super) fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// Creates the folder (and its parents) with owner-only access when it does not exist.
pub(super) fn ensure_dir(dir: &Path) -> Result<(), StorageError> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(dir)
        .map_err(|error| StorageError::io(dir, "create the folder", error))
}

/// Writes `bytes` to a temporary file in the same folder, syncs it, renames it over `path` and
/// syncs the folder. The result is readable by the owner only.
pub(super) fn replace_atomically(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    let temp = write_temp_beside(path, bytes)?;
    temp.persist(path)
        .map_err(|error| StorageError::io(path, "replace the journal", error.error))?;
    sync_dir(&parent_dir(path))
}

/// [`replace_atomically`], returning the identity of the file written: taken from the new
/// file before it replaces the old one, so that it is ours even if someone else replaces the
/// file right after. The file is looked at once more after the new version is written and
/// synced, just before the rename: if it is no longer the `expected` version (another
/// computer's arrived meanwhile), nothing replaces it and `Ok(None)` says so.
pub(super) fn replace_atomically_identified(
    path: &Path,
    bytes: &[u8],
    expected: Option<FileIdentity>,
) -> Result<Option<FileIdentity>, StorageError> {
    let temp = write_temp_beside(path, bytes)?;
    let identity = temp
        .as_file()
        .metadata()
        .map(|metadata| FileIdentity::of(&metadata))
        .map_err(|error| StorageError::io(path, "replace the journal", error))?;
    let look = |at: &Path| {
        FileIdentity::at(at).map_err(|error| StorageError::io(path, "look at the journal", error))
    };
    let now = look(path)?;
    if now.is_some() && now != expected {
        return Ok(None);
    }
    // Swapped in atomically, then what came out is checked: a version that another writer put
    // in place between the look above and the swap is put back, never written over.
    #[cfg(target_os = "linux")]
    if now.is_some() && exchange(temp.path(), path).is_ok() {
        if look(temp.path())? != expected {
            exchange(temp.path(), path)
                .map_err(|error| StorageError::io(path, "put the other version back", error))?;
            return Ok(None);
        }
        // The temporary file's name now holds the version replaced; dropping it removes it.
        drop(temp);
        sync_dir(&parent_dir(path))?;
        return Ok(Some(identity));
    }
    temp.persist(path)
        .map_err(|error| StorageError::io(path, "replace the journal", error.error))?;
    sync_dir(&parent_dir(path))?;
    Ok(Some(identity))
}

/// Like [`replace_atomically`], but fails with `AlreadyExists` instead of replacing a file.
pub(super) fn create_atomically(path: &Path, bytes: &[u8]) -> Result<(), StorageError> {
    if path.exists() {
        return Err(StorageError::AlreadyExists {
            path: path.to_owned(),
        });
    }
    let temp = write_temp_beside(path, bytes)?;
    temp.persist_noclobber(path).map_err(|error| {
        if error.error.kind() == io::ErrorKind::AlreadyExists {
            StorageError::AlreadyExists {
                path: path.to_owned(),
            }
        } else {
            StorageError::io(path, "create the file", error.error)
        }
    })?;
    sync_dir(&parent_dir(path))
}

fn write_temp_beside(path: &Path, bytes: &[u8]) -> Result<tempfile::NamedTempFile, StorageError> {
    let dir = parent_dir(path);
    ensure_dir(&dir)?;
    // tempfile creates the file with mode 0600 on Unix.
    let mut temp = tempfile::Builder::new()
        .prefix(&temp_prefix(path))
        .tempfile_in(&dir)
        .map_err(|error| StorageError::io(&dir, "write a temporary file in the folder", error))?;
    let temp_path = temp.path().to_owned();
    temp.write_all(bytes)
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|error| StorageError::io(&temp_path, "write the temporary file", error))?;
    Ok(temp)
}

/// Swaps two files in one step (`renameat2` with `RENAME_EXCHANGE`); fails on file systems
/// that cannot, and the caller renames instead.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    rustix::fs::renameat_with(
        rustix::fs::CWD,
        a,
        rustix::fs::CWD,
        b,
        rustix::fs::RenameFlags::EXCHANGE,
    )
    .map_err(io::Error::from)
}

fn sync_dir(dir: &Path) -> Result<(), StorageError> {
    File::open(dir)
        .and_then(|folder| folder.sync_all())
        .map_err(|error| StorageError::io(dir, "sync the folder", error))
}

/// Deletes the temporary files of this journal's own saves that a save killed half-way left
/// in its folder. Only called while holding the journal's writer lock, so none of them can
/// belong to a save in progress; other journals' temporary files in the folder are left alone.
pub(super) fn remove_stale_temp_files(path: &Path) {
    let Ok(entries) = fs::read_dir(parent_dir(path)) else {
        return;
    };
    let prefix = OsString::from(temp_prefix(path));
    for entry in entries.flatten() {
        if entry
            .file_name()
            .to_string_lossy()
            .starts_with(prefix.to_string_lossy().as_ref())
        {
            // A temp file that cannot be removed is harmless: it is never read.
            let _ = fs::remove_file(entry.path());
        }
    }
}
