//! The names sync clients give the second version of a file when two computers changed it
//! while apart, recognised from the journal's own name.

use std::path::{Path, PathBuf};

/// The sync client whose naming a conflict copy follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SyncClient {
    /// `journal.sync-conflict-20261204-101500-ABCDEFG.ron`
    Syncthing,
    /// `journal (Ana's conflicted copy 2026-12-04).ron`
    Dropbox,
    /// `journal (conflicted copy 2026-12-04 101500).ron`
    Nextcloud,
    /// `journal-LAPTOP.ron`
    OneDrive,
    /// `journal (1).ron`
    GoogleDrive,
}

impl SyncClient {
    /// The client's name as users know it (a product name, the same in every language).
    pub fn name(self) -> &'static str {
        match self {
            SyncClient::Syncthing => "Syncthing",
            SyncClient::Dropbox => "Dropbox",
            SyncClient::Nextcloud => "Nextcloud",
            SyncClient::OneDrive => "OneDrive",
            SyncClient::GoogleDrive => "Google Drive",
        }
    }
}

/// A conflict copy found beside a journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictCopy {
    /// The copy.
    pub path: PathBuf,
    /// Whose naming it follows.
    pub client: SyncClient,
}

/// Which sync client's conflict copy of the journal named `journal` a file named `candidate`
/// is, if it is one. Only names built from the journal's own (same stem, same extension).
pub fn classify(journal: &Path, candidate: &str) -> Option<SyncClient> {
    let name = journal.file_name()?.to_str()?;
    let (stem, extension) = match name.rfind('.') {
        Some(dot) if dot > 0 => name.split_at(dot),
        _ => (name, ""),
    };
    let middle = candidate
        .strip_prefix(stem)?
        .strip_suffix(extension)
        .filter(|middle| !middle.is_empty())?;
    if let Some(rest) = middle.strip_prefix(".sync-conflict-") {
        // YYYYMMDD-HHMMSS-DEVICE
        let bytes = rest.as_bytes();
        let digits = |range: std::ops::Range<usize>| {
            bytes
                .get(range)
                .is_some_and(|part| part.iter().all(u8::is_ascii_digit))
        };
        if digits(0..8) && bytes.get(8) == Some(&b'-') && digits(9..15) {
            return Some(SyncClient::Syncthing);
        }
        return None;
    }
    if let Some(inner) = middle
        .strip_prefix(" (")
        .and_then(|inner| inner.split_once(')'))
        .map(|(inner, _)| inner)
    {
        if inner.contains("conflicted copy") {
            return Some(if inner.starts_with("conflicted copy") {
                SyncClient::Nextcloud
            } else {
                SyncClient::Dropbox
            });
        }
        if !inner.is_empty() && inner.bytes().all(|byte| byte.is_ascii_digit()) {
            return Some(SyncClient::GoogleDrive);
        }
        return None;
    }
    let device = middle.strip_prefix('-')?;
    let is_device_name = (1..=63).contains(&device.len())
        && device
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_');
    is_device_name.then_some(SyncClient::OneDrive)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_clients_conflict_name_is_recognised_and_nothing_else() {
        let journal = Path::new("/home/ana/Sync/journal.ron");
        let named = [
            (
                "journal.sync-conflict-20261204-101500-ABCDEFG.ron",
                Some(SyncClient::Syncthing),
            ),
            (
                "journal (Ana's conflicted copy 2026-12-04).ron",
                Some(SyncClient::Dropbox),
            ),
            (
                "journal (conflicted copy 2026-12-04 101500).ron",
                Some(SyncClient::Nextcloud),
            ),
            ("journal-LAPTOP.ron", Some(SyncClient::OneDrive)),
            ("journal (1).ron", Some(SyncClient::GoogleDrive)),
            ("journal.ron", None),
            ("journal.ron.unreadable-20261204", None),
            ("notes.ron", None),
            ("journal (draft).ron", None),
            ("journal.sync-conflict-2026.ron", None),
            ("journal-my laptop.ron", None),
            ("journal (1).csv", None),
        ];
        for (candidate, expected) in named {
            assert_eq!(classify(journal, candidate), expected, "{candidate}");
        }
    }
}
