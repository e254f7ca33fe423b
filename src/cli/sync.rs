//! `kintsugi conflicts` and `kintsugi merge`: the sync clients' conflict copies beside the
//! journal, listed and merged headless under the same rules as the window.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::bail;

use super::encryption::open_store;
use crate::clock::Clock;
use crate::storage;

/// Lists the conflict copies beside the journal, one per line with the sync client's name.
pub(super) fn conflicts(journal: &Path) -> String {
    let copies = storage::find_conflict_copies(journal);
    if copies.is_empty() {
        return format!("No conflict copies beside {}\n", journal.display());
    }
    let mut text = String::new();
    for copy in copies {
        let _ = writeln!(text, "{}\t{}", copy.client.name(), copy.path.display());
    }
    text
}

/// Merges `copy` into the journal and saves; a conflict copy of the journal is then moved into
/// the backups folder. A merge that would delete more than a quarter of the entries is refused
/// unless `allow_deletions`.
pub(super) fn merge(
    journal_path: &Path,
    args: &super::MergeArgs,
    clock: &Clock,
) -> anyhow::Result<String> {
    let (copy, allow_deletions) = (args.copy.as_path(), args.allow_deletions);
    if storage::FileIdentity::at(copy)?.is_none() {
        bail!("{}: there is no such file", copy.display());
    }
    let (mut store, journal) = open_store(journal_path)?;
    let passphrase = None;
    let merged = store.merge_copy(&journal, copy, passphrase)?;
    if merged.removes_too_much(&journal) && !allow_deletions {
        bail!(
            "{}: merging it would delete {} of the journal's {} entries (it remembers deleting them); nothing was changed. Run again with --allow-deletions to merge anyway",
            copy.display(),
            merged.changes.removed.total(),
            crate::sync::EntryCounts::of(&journal).total()
        );
    }
    let saved = store.save(&merged.journal, clock.today())?;
    super::warn_if_backup_failed(saved);
    let mut report = format!("Merged {}: {}", copy.display(), merged.changes.in_words());
    if merged.kept_both > 0 {
        let _ = write!(
            report,
            " ({} text{} changed on both sides kept both versions)",
            merged.kept_both,
            if merged.kept_both == 1 { "" } else { "s" }
        );
    }
    report.push('\n');
    let is_conflict_copy = copy
        .file_name()
        .and_then(|name| name.to_str())
        .is_some_and(|name| crate::sync::classify(journal_path, name).is_some())
        && copy
            .parent()
            .map(Path::canonicalize)
            .transpose()
            .ok()
            .flatten()
            == journal_path
                .parent()
                .map(|parent| {
                    if parent.as_os_str().is_empty() {
                        Path::new(".")
                    } else {
                        parent
                    }
                })
                .map(Path::canonicalize)
                .transpose()
                .ok()
                .flatten();
    if is_conflict_copy {
        let filed = store.file_away_copy(copy)?;
        let _ = writeln!(report, "Moved the copy to {}", filed.display());
    }
    Ok(report)
}
