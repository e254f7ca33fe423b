//! A journal in a synced folder: the version another computer wrote is read and merged before
//! every save, never written over; deletions travel as tombstones; a merge that would empty the
//! journal writes nothing; conflict copies are found, merged and filed (SPEC §5).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

mod common;

use std::path::{Path, PathBuf};

use chrono::{Duration, NaiveDate, Utc};
use common::cli::{assert_success, kintsugi, stdout};
use kintsugi::demo::{self, DemoOptions};
use kintsugi::model::{CheckInInput, Journal, Rating, Ratings};
use kintsugi::storage::{self, JournalStore, StorageError};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default()
}

/// A one-year journal saved at `folder/journal.ron`.
fn synced_journal(folder: &Path) -> PathBuf {
    let path = folder.join("journal.ron");
    let journal = demo::generate(DemoOptions::ending(today() - Duration::days(1), 1));
    storage::write_new(&path, &journal).unwrap_or_else(|error| panic!("{error}"));
    path
}

fn check_in(journal: &mut Journal, day: NaiveDate, note: &str) {
    let input = CheckInInput {
        ratings: Ratings {
            mood: Rating::try_from(6).ok(),
            ..Ratings::default()
        },
        note: note.to_owned(),
        tags: Vec::new(),
    };
    journal
        .upsert_check_in(day, &input, today(), Utc::now())
        .unwrap_or_else(|error| panic!("{error}"));
}

/// What a sync client does: writes the other computer's version beside the file and renames
/// it over the journal.
fn replace_by_rename(path: &Path, journal: &Journal) {
    let text = storage::encode(journal).unwrap_or_else(|error| panic!("{error}"));
    common::arrive_by_rename(path, text);
}

#[test]
fn a_save_merges_the_check_in_another_computer_added_instead_of_writing_over_it() {
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let path = synced_journal(dir.path());
    let (mut store, mut journal) = JournalStore::open(&path).unwrap_or_else(|e| panic!("{e}"));

    // The other computer checks in for today and the sync client brings its file.
    let mut theirs = storage::load(&path).unwrap_or_else(|error| panic!("{error}"));
    check_in(&mut theirs, today(), "Checked in on the desktop.");
    replace_by_rename(&path, &theirs);
    assert!(store.changed_outside().unwrap_or(false));

    // Here, a note on an earlier day; then the autosave.
    let earlier = today() - Duration::days(3);
    check_in(&mut journal, earlier, "Typed on the laptop.");
    let saved = store
        .save(&journal, today())
        .unwrap_or_else(|error| panic!("{error}"));
    let merged = saved
        .merged
        .unwrap_or_else(|| panic!("the save did not merge"));
    assert_eq!(merged.changes.added.check_ins, 1, "{:?}", merged.changes);

    let on_disk = storage::load(&path).unwrap_or_else(|error| panic!("{error}"));
    let note = |journal: &Journal, day| journal.check_in(day).map(|c| c.note.clone());
    assert_eq!(
        note(&on_disk, today()).as_deref(),
        Some("Checked in on the desktop.")
    );
    assert!(note(&on_disk, earlier).is_some_and(|note| note.contains("Typed on the laptop.")));
    assert_eq!(on_disk, merged.journal);
    // The version it replaced is kept among the backups.
    let kept = storage::list_backups(&path)
        .into_iter()
        .any(|(_, backup)| backup.to_string_lossy().contains("before-merge"));
    assert!(kept, "no before-merge backup");
    // A save right after has nothing to merge.
    assert!(!store.changed_outside().unwrap_or(true));
}

#[test]
fn a_deletion_is_remembered_so_an_old_copy_does_not_bring_the_entry_back() {
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let path = synced_journal(dir.path());
    let old_copy = dir
        .path()
        .join("journal.sync-conflict-20261128-101500-LAPTOP7.ron");
    std::fs::copy(&path, &old_copy).unwrap_or_else(|error| panic!("{error}"));
    let (mut store, mut journal) = JournalStore::open(&path).unwrap_or_else(|e| panic!("{e}"));
    let Some(setback) = journal.setbacks().last().cloned() else {
        panic!("no setback");
    };
    journal.remove_setback(setback.id);
    store
        .save(&journal, today())
        .unwrap_or_else(|error| panic!("{error}"));
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        text.contains(&setback.id.to_string()),
        "no tombstone in the file"
    );

    let merged = store
        .merge_copy(&journal, &old_copy, None)
        .unwrap_or_else(|error| panic!("{error}"));
    assert!(
        merged.journal.setback(setback.id).is_none(),
        "the deleted setback came back"
    );
    assert_eq!(merged.journal, journal);
}

#[test]
fn a_version_that_lost_most_entries_without_deleting_them_deletes_nothing_here() {
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let path = synced_journal(dir.path());
    let (mut store, mut journal) = JournalStore::open(&path).unwrap_or_else(|e| panic!("{e}"));
    // A re-linked folder brings an empty journal: no entry was deleted, so none goes.
    replace_by_rename(&path, &Journal::default());
    check_in(&mut journal, today(), "Still here.");
    store
        .save(&journal, today())
        .unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(storage::load(&path).ok(), Some(journal));
}

#[test]
fn many_deletions_made_elsewhere_are_asked_about_and_nothing_is_written_until_then() {
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let path = synced_journal(dir.path());
    let (mut store, mut journal) = JournalStore::open(&path).unwrap_or_else(|e| panic!("{e}"));
    // The other computer (a Kintsugi that remembers deletions) deleted most check-ins.
    let (mut other_store, mut theirs) =
        JournalStore::open(&dir.path().join("elsewhere.ron")).unwrap_or_else(|e| panic!("{e}"));
    let _ = &mut other_store;
    theirs.clone_from(&journal);
    let first_save = dir.path().join("elsewhere.ron");
    other_store
        .save(&theirs, today())
        .unwrap_or_else(|error| panic!("{error}"));
    let days: Vec<NaiveDate> = theirs.check_ins().map(|c| c.date).skip(20).collect();
    for day in days {
        theirs.remove_check_in(day);
    }
    other_store
        .save(&theirs, today())
        .unwrap_or_else(|error| panic!("{error}"));
    drop(other_store);
    common::arrive_by_rename(&path, std::fs::read(&first_save).unwrap());
    let before = std::fs::read(&path).unwrap_or_default();

    check_in(&mut journal, today(), "Still here.");
    let error = store.save(&journal, today()).err();
    assert!(
        matches!(error, Some(StorageError::OutsideRemovesTooMuch { removed, .. }) if removed > 100),
        "{error:?}"
    );
    assert_eq!(
        std::fs::read(&path).unwrap_or_default(),
        before,
        "the file was written"
    );
    // "Keep them" writes every entry back; "Delete them here too" would have merged.
    let merged = store
        .merge_outside(&journal, storage::Removals::KeepAll, today())
        .unwrap_or_else(|error| panic!("{error}"))
        .unwrap_or_else(|| panic!("nothing merged"));
    assert_eq!(merged.journal, journal);
    store
        .save(&merged.journal, today())
        .unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(storage::load(&path).ok(), Some(journal));
}

#[test]
fn an_encrypted_journal_merges_the_other_computers_version_sealed_with_the_same_key() {
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let path = synced_journal(dir.path());
    let (mut store, mut journal) = JournalStore::open(&path).unwrap_or_else(|e| panic!("{e}"));
    let passphrase = common::encrypted_app::secret("correct horse battery staple");
    let key = kintsugi::storage::JournalKey::create(
        &passphrase,
        kintsugi::storage::KeyCost::WorkFactor(8),
    )
    .unwrap_or_else(|error| panic!("{error}"));
    store
        .encrypt(&journal, key, storage::BackupsOnEncrypt::Encrypt)
        .unwrap_or_else(|error| panic!("{error}"));
    // The other computer (same passphrase, same key) saves a check-in.
    let mut theirs = journal.clone();
    check_in(&mut theirs, today(), "Written on the desktop, encrypted.");
    let mut their_key = store.key().cloned().unwrap_or_else(|| panic!("no key"));
    let sealed = storage::encode_file(&theirs, Some(&mut their_key))
        .unwrap_or_else(|error| panic!("{error}"));
    common::arrive_by_rename(&path, sealed);

    check_in(
        &mut journal,
        today() - Duration::days(2),
        "Written on the laptop.",
    );
    let saved = store
        .save(&journal, today())
        .unwrap_or_else(|error| panic!("{error}"));
    assert!(saved.merged.is_some());
    let (on_disk, _) = storage::load_with(&path, storage::Unlock::Passphrase(&passphrase))
        .unwrap_or_else(|error| panic!("{error}"));
    assert!(
        on_disk
            .check_in(today())
            .is_some_and(|c| c.note.contains("desktop"))
    );
    assert!(
        on_disk
            .check_in(today() - Duration::days(2))
            .is_some_and(|c| c.note.contains("laptop"))
    );
}

#[test]
fn the_command_line_lists_and_merges_conflict_copies_and_files_them_in_the_backups() {
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let path = synced_journal(dir.path());
    let mut theirs = storage::load(&path).unwrap_or_else(|error| panic!("{error}"));
    check_in(&mut theirs, today(), "From the copy.");
    let names = [
        "journal.sync-conflict-20261128-101500-ABCDEFG.ron",
        "journal (Ana's conflicted copy 2026-11-28).ron",
        "journal (conflicted copy 2026-11-28 101500).ron",
        "journal-LAPTOP.ron",
        "journal (1).ron",
    ];
    for name in names {
        let text = storage::encode(&theirs).unwrap_or_else(|error| panic!("{error}"));
        std::fs::write(dir.path().join(name), text).unwrap_or_else(|error| panic!("{error}"));
    }
    let listed = kintsugi(&path, &["conflicts"]);
    assert_success(&listed);
    for (name, client) in names.iter().zip([
        "Syncthing",
        "Dropbox",
        "Nextcloud",
        "OneDrive",
        "Google Drive",
    ]) {
        assert!(
            stdout(&listed)
                .lines()
                .any(|line| line.starts_with(client) && line.ends_with(name)),
            "{name} not listed as {client}:\n{}",
            stdout(&listed)
        );
    }
    let copy = dir.path().join(names[0]);
    let merged = kintsugi(&path, &["merge", &copy.to_string_lossy()]);
    assert_success(&merged);
    assert!(
        stdout(&merged).contains("1 check-in"),
        "{}",
        stdout(&merged)
    );
    assert!(!copy.exists(), "the copy stayed beside the journal");
    assert!(
        storage::backup_dir(&path).join(names[0]).exists(),
        "the copy was not filed"
    );
    let on_disk = storage::load(&path).unwrap_or_else(|error| panic!("{error}"));
    assert!(
        on_disk
            .check_in(today())
            .is_some_and(|c| c.note == "From the copy.")
    );
    // The others are still listed, and merging one again brings nothing new.
    let again = kintsugi(
        &path,
        &["merge", &dir.path().join(names[1]).to_string_lossy()],
    );
    assert_success(&again);
    assert!(stdout(&again).contains("nothing new"), "{}", stdout(&again));
}

#[test]
fn a_conflict_copy_sealed_with_another_passphrase_needs_it_and_then_merges() {
    use kintsugi::storage::{BackupsOnEncrypt, JournalKey, KeyCost};
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let path = synced_journal(dir.path());
    let mine = common::encrypted_app::secret("the laptop's passphrase");
    let (mut store, journal) = JournalStore::open(&path).unwrap_or_else(|e| panic!("{e}"));
    let key = JournalKey::create(&mine, KeyCost::WorkFactor(8)).unwrap_or_else(|e| panic!("{e}"));
    store
        .encrypt(&journal, key, BackupsOnEncrypt::Encrypt)
        .unwrap_or_else(|error| panic!("{error}"));
    // The desktop's copy, under a passphrase changed there.
    let theirs_passphrase = common::encrypted_app::secret("the desktop's new passphrase");
    let mut theirs = journal.clone();
    check_in(&mut theirs, today(), "From the desktop's copy.");
    let mut their_key = JournalKey::create(&theirs_passphrase, KeyCost::WorkFactor(8))
        .unwrap_or_else(|error| panic!("{error}"));
    let copy = dir
        .path()
        .join("journal.sync-conflict-20261128-101500-DESKTOP.ron");
    let sealed = storage::encode_file(&theirs, Some(&mut their_key))
        .unwrap_or_else(|error| panic!("{error}"));
    std::fs::write(&copy, sealed).unwrap_or_else(|error| panic!("{error}"));

    let error = store.merge_copy(&journal, &copy, None).err();
    assert!(
        error.as_ref().is_some_and(StorageError::is_other_key),
        "{error:?}"
    );
    let wrong = common::encrypted_app::secret("not it");
    let error = store.merge_copy(&journal, &copy, Some(&wrong)).err();
    assert!(
        error.as_ref().is_some_and(StorageError::needs_passphrase),
        "{error:?}"
    );
    let merged = store
        .merge_copy(&journal, &copy, Some(&theirs_passphrase))
        .unwrap_or_else(|error| panic!("{error}"));
    assert!(
        merged
            .journal
            .check_in(today())
            .is_some_and(|c| c.note == "From the desktop's copy.")
    );
}
