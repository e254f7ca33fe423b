//! The window and a journal in a synced folder: the file replaced under the open app is merged
//! (by the watcher, or by the check before a save when watching is off), with a toast and an
//! Undo that gives back the journal as it was without losing the other version; conflict copies
//! are offered, reviewed, merged and filed.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration as StdDuration, Instant};

use chrono::{Duration, Utc};
use common::encrypted_app::command;
use common::{app_harness, in_memory, today};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use kintsugi::app::{AppCommand, KintsugiApp};
use kintsugi::demo::{self, DemoOptions};
use kintsugi::history::Change;
use kintsugi::model::{CheckInInput, Journal, Rating, Ratings};
use kintsugi::session::Reach;
use kintsugi::storage;

const SIZE: egui::Vec2 = egui::vec2(1100.0, 760.0);

fn synced_journal() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let path = dir.path().join("journal.ron");
    let journal = demo::generate(DemoOptions::ending(today() - Duration::days(1), 1));
    storage::write_new(&path, &journal).unwrap_or_else(|error| panic!("{error}"));
    (dir, path)
}

fn input(note: &str) -> CheckInInput {
    CheckInInput {
        ratings: Ratings {
            mood: Rating::try_from(7).ok(),
            ..Ratings::default()
        },
        note: note.to_owned(),
        tags: Vec::new(),
    }
}

/// The other computer's version, brought by a sync client (written beside, renamed over).
fn other_computer_checks_in(path: &Path, note: &str) -> Journal {
    let mut theirs = storage::load(path).unwrap_or_else(|error| panic!("{error}"));
    theirs
        .upsert_check_in(today(), &input(note), today(), Utc::now())
        .unwrap_or_else(|error| panic!("{error}"));
    let text = storage::encode(&theirs).unwrap_or_else(|error| panic!("{error}"));
    common::arrive_by_rename(path, text);
    theirs
}

/// A note typed on an earlier day through the one edit path.
fn type_a_note(harness: &mut Harness<'_, KintsugiApp>, days_ago: i64, note: &str) {
    let day = today() - Duration::days(days_ago);
    let session = harness.state().session().cloned();
    let session = session.unwrap_or_else(|| panic!("no journal open"));
    session
        .lock()
        .change(
            Change::named("check-in"),
            &Reach::Anything,
            Instant::now(),
            |journal| journal.upsert_check_in(day, &input(note), today(), Utc::now()),
        )
        .unwrap_or_else(|error| panic!("{error}"));
}

fn wait_for(
    harness: &mut Harness<'_, KintsugiApp>,
    what: &str,
    done: impl Fn(&Harness<'_, KintsugiApp>) -> bool,
) {
    let deadline = Instant::now() + StdDuration::from_secs(20);
    while !done(harness) {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(StdDuration::from_millis(20));
        harness.step();
    }
    harness.run_steps(4);
}

fn note_on_disk(path: &Path, days_ago: i64) -> Option<String> {
    let journal = storage::load(path).ok()?;
    journal
        .check_in(today() - Duration::days(days_ago))
        .map(|check_in| check_in.note.clone())
}

#[test]
fn the_file_replaced_under_the_open_app_is_merged_with_a_toast_and_undo_keeps_the_other_version() {
    let (_dir, path) = synced_journal();
    let mut harness = app_harness(&path, SIZE);
    let before = in_memory(&harness);
    other_computer_checks_in(&path, "Checked in on the desktop.");
    wait_for(&mut harness, "the merge toast", |harness| {
        harness
            .query_by_label_contains("Merged changes from disk: 1 check-in from another computer")
            .is_some()
    });
    let merged = in_memory(&harness);
    assert!(
        merged
            .check_in(today())
            .is_some_and(|c| c.note == "Checked in on the desktop.")
    );

    // Undo gives back the journal as it was; the other version stays among the backups.
    harness.get_by_label("Undo").click();
    harness.run();
    assert_eq!(in_memory(&harness), before);
    let kept = storage::list_backups(&path).into_iter().any(|(_, backup)| {
        backup.to_string_lossy().contains("before-merge")
            && storage::load(&backup)
                .ok()
                .and_then(|journal| journal.check_in(today()).map(|c| c.note.clone()))
                .as_deref()
                == Some("Checked in on the desktop.")
    });
    assert!(kept, "the other computer's version was lost");
}

#[test]
fn with_watching_off_the_check_before_a_save_merges_the_other_computers_check_in() {
    // The reproduction of the issue: a file replaced by the sync client, a note typed, the
    // autosave. The watcher is off, so only the check before the save can catch it.
    let (_dir, path) = synced_journal();
    let mut harness = app_harness(&path, SIZE);
    harness.state_mut().disable_file_watching();
    other_computer_checks_in(&path, "Checked in on the desktop.");
    type_a_note(&mut harness, 2, "Typed on the laptop.");
    command(&mut harness, AppCommand::SaveNow);
    assert_eq!(
        note_on_disk(&path, 0).as_deref(),
        Some("Checked in on the desktop.")
    );
    assert_eq!(
        note_on_disk(&path, 2).as_deref(),
        Some("Typed on the laptop.")
    );
    assert!(
        harness
            .query_by_label_contains("Merged changes from disk: 1 check-in from another computer")
            .is_some(),
        "no toast"
    );
    assert!(in_memory(&harness).check_in(today()).is_some());
}

#[test]
fn with_the_watcher_on_and_a_note_typed_both_reach_the_disk() {
    let (_dir, path) = synced_journal();
    let mut harness = app_harness(&path, SIZE);
    other_computer_checks_in(&path, "Checked in on the desktop.");
    type_a_note(&mut harness, 2, "Typed on the laptop.");
    wait_for(&mut harness, "the merge", |harness| {
        in_memory(harness).check_in(today()).is_some()
    });
    command(&mut harness, AppCommand::SaveNow);
    assert_eq!(
        note_on_disk(&path, 0).as_deref(),
        Some("Checked in on the desktop.")
    );
    assert_eq!(
        note_on_disk(&path, 2).as_deref(),
        Some("Typed on the laptop.")
    );
}

#[test]
fn a_deletion_on_the_other_computer_and_an_edit_here_keep_the_edit() {
    let (_dir, path) = synced_journal();
    let mut harness = app_harness(&path, SIZE);
    harness.state_mut().disable_file_watching();
    let day = today() - Duration::days(4);
    // The other computer deletes the day's check-in…
    let mut theirs = storage::load(&path).unwrap_or_else(|error| panic!("{error}"));
    theirs.remove_check_in(day);
    let text = storage::encode(&theirs).unwrap_or_else(|error| panic!("{error}"));
    common::arrive_by_rename(&path, text);
    // …while here it is edited.
    type_a_note(
        &mut harness,
        4,
        "Rewritten here after a talk with my mentor.",
    );
    command(&mut harness, AppCommand::SaveNow);
    assert_eq!(
        note_on_disk(&path, 4).as_deref(),
        Some("Rewritten here after a talk with my mentor.")
    );
}

#[test]
fn every_sync_clients_conflict_copy_is_offered_reviewed_merged_and_filed() {
    let names = [
        "journal.sync-conflict-20261128-101500-ABCDEFG.ron",
        "journal (Ana's conflicted copy 2026-11-28).ron",
        "journal (conflicted copy 2026-11-28 101500).ron",
        "journal-LAPTOP.ron",
        "journal (1).ron",
    ];
    for name in names {
        let (dir, path) = synced_journal();
        let mut copy_journal = storage::load(&path).unwrap_or_else(|error| panic!("{error}"));
        copy_journal
            .upsert_check_in(
                today(),
                &input("From the conflict copy."),
                today(),
                Utc::now(),
            )
            .unwrap_or_else(|error| panic!("{error}"));
        let copy = dir.path().join(name);
        let text = storage::encode(&copy_journal).unwrap_or_else(|error| panic!("{error}"));
        std::fs::write(&copy, text).unwrap_or_else(|error| panic!("{error}"));

        let mut harness = app_harness(&path, SIZE);
        harness.run_steps(2);
        assert!(
            harness
                .query_by_label_contains("left a conflict copy of this journal")
                .is_some(),
            "{name} not offered"
        );
        harness.get_by_label("Review and merge…").click();
        harness.run();
        assert!(
            harness
                .query_by_label_contains("Merging it adds 1 check-in.")
                .is_some(),
            "{name}: no preview"
        );
        harness.get_by_label("Merge").click();
        harness.run();
        harness.run_steps(2);
        assert!(
            in_memory(&harness).check_in(today()).is_some(),
            "{name} not merged"
        );
        assert!(!copy.exists(), "{name} stayed beside the journal");
        assert!(
            storage::backup_dir(&path).join(name).exists(),
            "{name} not filed"
        );
        assert_eq!(
            note_on_disk(&path, 0).as_deref(),
            Some("From the conflict copy.")
        );
    }
}

/// The other computer's version, in which most check-ins were deleted (so its file lists
/// them as deleted), brought by the sync client.
fn other_computer_deletes_most_check_ins(path: &Path) {
    let elsewhere = path.with_file_name("elsewhere.ron");
    std::fs::copy(path, &elsewhere).unwrap_or_else(|error| panic!("{error}"));
    {
        let (mut store, mut theirs) =
            storage::JournalStore::open(&elsewhere).unwrap_or_else(|error| panic!("{error}"));
        let days: Vec<_> = theirs.check_ins().map(|c| c.date).skip(10).collect();
        for day in days {
            theirs.remove_check_in(day);
        }
        store
            .save(&theirs, today())
            .unwrap_or_else(|error| panic!("{error}"));
    }
    common::arrive_by_rename(path, std::fs::read(&elsewhere).unwrap());
}

#[test]
fn many_deletions_from_the_other_computer_are_asked_about_and_keep_them_keeps_every_entry() {
    let (_dir, path) = synced_journal();
    let mut harness = app_harness(&path, SIZE);
    harness.state_mut().disable_file_watching();
    let before = in_memory(&harness).check_ins().count();
    other_computer_deletes_most_check_ins(&path);
    let on_disk = std::fs::read(&path).unwrap_or_default();
    type_a_note(&mut harness, 2, "Typed on the laptop.");
    command(&mut harness, AppCommand::SaveNow);
    assert!(
        harness
            .query_by_label_contains("Many entries deleted elsewhere")
            .is_some(),
        "no question"
    );
    assert_eq!(
        std::fs::read(&path).unwrap_or_default(),
        on_disk,
        "written before the answer"
    );
    harness.get_by_label("Keep them").click();
    harness.run();
    command(&mut harness, AppCommand::SaveNow);
    let saved = storage::load(&path).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(saved.check_ins().count(), before);
    assert_eq!(
        note_on_disk(&path, 2).as_deref(),
        Some("Typed on the laptop.")
    );
    assert!(
        harness
            .query_by_label_contains("Many entries deleted elsewhere")
            .is_none()
    );
}

#[test]
fn many_deletions_from_the_other_computer_are_applied_when_the_user_says_so() {
    let (_dir, path) = synced_journal();
    let mut harness = app_harness(&path, SIZE);
    harness.state_mut().disable_file_watching();
    other_computer_deletes_most_check_ins(&path);
    type_a_note(&mut harness, 2, "Typed on the laptop.");
    command(&mut harness, AppCommand::SaveNow);
    harness.get_by_label("Delete them here too").click();
    harness.run();
    command(&mut harness, AppCommand::SaveNow);
    let saved = storage::load(&path).unwrap_or_else(|error| panic!("{error}"));
    // The ten left there, and the day typed here (edited, so it outlives the deletion).
    assert_eq!(
        saved.check_ins().count(),
        11,
        "{:?}",
        saved.check_ins().map(|c| c.date).collect::<Vec<_>>()
    );
    assert_eq!(
        note_on_disk(&path, 2).as_deref(),
        Some("Typed on the laptop.")
    );
}

#[test]
fn a_passphrase_changed_on_the_other_computer_is_asked_for_then_that_version_is_merged() {
    use kintsugi::storage::{BackupsOnEncrypt, JournalKey, KeyCost};
    let (dir, path) = synced_journal();
    let passphrase = common::encrypted_app::secret("old passphrase, both computers");
    {
        let (mut store, journal) =
            storage::JournalStore::open(&path).unwrap_or_else(|error| panic!("{error}"));
        let key = JournalKey::create(&passphrase, KeyCost::WorkFactor(8))
            .unwrap_or_else(|error| panic!("{error}"));
        store
            .encrypt(&journal, key, BackupsOnEncrypt::Encrypt)
            .unwrap_or_else(|error| panic!("{error}"));
    }
    let mut harness = common::encrypted_app::harness_at(&path, common::clock());
    common::encrypted_app::unlock(&mut harness, "old passphrase, both computers");
    harness.state_mut().disable_file_watching();

    // The other computer changes the passphrase and checks in; the sync client brings it.
    let elsewhere = dir.path().join("elsewhere.ron");
    std::fs::copy(&path, &elsewhere).unwrap_or_else(|error| panic!("{error}"));
    {
        let (mut store, mut theirs) =
            storage::JournalStore::open_with(&elsewhere, storage::Unlock::Passphrase(&passphrase))
                .unwrap_or_else(|error| panic!("{error}"));
        let old = store.key().cloned().unwrap_or_else(|| panic!("no key"));
        let new_passphrase = common::encrypted_app::secret("new passphrase, set on the desktop");
        let new_key = old
            .successor(&new_passphrase, KeyCost::WorkFactor(8))
            .unwrap_or_else(|error| panic!("{error}"));
        store
            .change_passphrase(&theirs, new_key)
            .unwrap_or_else(|error| panic!("{error}"));
        theirs
            .upsert_check_in(
                today(),
                &input("Checked in on the desktop."),
                today(),
                Utc::now(),
            )
            .unwrap_or_else(|error| panic!("{error}"));
        store
            .save(&theirs, today())
            .unwrap_or_else(|error| panic!("{error}"));
    }
    common::arrive_by_rename(&path, std::fs::read(&elsewhere).unwrap());

    type_a_note(&mut harness, 2, "Typed on the laptop.");
    command(&mut harness, AppCommand::SaveNow);
    assert!(
        harness
            .query_by_label_contains("Passphrase changed on another computer")
            .is_some(),
        "not asked"
    );
    common::encrypted_app::type_field(&mut harness, "New passphrase", "wrong one");
    harness.get_by_label("Open and merge").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("not the journal's new passphrase")
            .is_some()
    );
    common::encrypted_app::type_field(
        &mut harness,
        "New passphrase",
        "new passphrase, set on the desktop",
    );
    harness.get_by_label("Open and merge").click();
    harness.run();
    harness.run_steps(4);
    let new_passphrase = common::encrypted_app::secret("new passphrase, set on the desktop");
    let (on_disk, _) = storage::load_with(&path, storage::Unlock::Passphrase(&new_passphrase))
        .unwrap_or_else(|error| panic!("{error}"));
    assert!(
        on_disk
            .check_in(today())
            .is_some_and(|c| c.note == "Checked in on the desktop.")
    );
    assert!(
        on_disk
            .check_in(today() - Duration::days(2))
            .is_some_and(|c| c.note == "Typed on the laptop.")
    );
}

#[test]
fn a_conflict_copy_sealed_under_another_passphrase_is_opened_with_it_in_the_review() {
    use kintsugi::storage::{BackupsOnEncrypt, JournalKey, KeyCost};
    let (dir, path) = synced_journal();
    let passphrase = common::encrypted_app::secret("the laptop's passphrase");
    let journal = {
        let (mut store, journal) =
            storage::JournalStore::open(&path).unwrap_or_else(|error| panic!("{error}"));
        let key = JournalKey::create(&passphrase, KeyCost::WorkFactor(8))
            .unwrap_or_else(|error| panic!("{error}"));
        store
            .encrypt(&journal, key, BackupsOnEncrypt::Encrypt)
            .unwrap_or_else(|error| panic!("{error}"));
        journal
    };
    let mut theirs = journal.clone();
    theirs
        .upsert_check_in(
            today(),
            &input("From the desktop's copy."),
            today(),
            Utc::now(),
        )
        .unwrap_or_else(|error| panic!("{error}"));
    let their_passphrase = common::encrypted_app::secret("the desktop's passphrase");
    let mut their_key = JournalKey::create(&their_passphrase, KeyCost::WorkFactor(8))
        .unwrap_or_else(|error| panic!("{error}"));
    let copy = dir
        .path()
        .join("journal.sync-conflict-20261128-101500-DESKTOP.ron");
    let sealed = storage::encode_file(&theirs, Some(&mut their_key))
        .unwrap_or_else(|error| panic!("{error}"));
    std::fs::write(&copy, sealed).unwrap_or_else(|error| panic!("{error}"));

    let mut harness = common::encrypted_app::harness_at(&path, common::clock());
    common::encrypted_app::unlock(&mut harness, "the laptop's passphrase");
    harness.run_steps(2);
    harness.get_by_label("Review and merge…").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("sealed with another passphrase")
            .is_some(),
        "the review does not ask for the copy's passphrase"
    );
    common::encrypted_app::type_field(&mut harness, "Its passphrase", "the desktop's passphrase");
    harness.get_by_label("Open with it").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Merging it adds 1 check-in.")
            .is_some()
    );
    harness.get_by_label("Merge").click();
    harness.run();
    harness.run_steps(2);
    assert!(
        in_memory(&harness)
            .check_in(today())
            .is_some_and(|c| c.note == "From the desktop's copy.")
    );
    assert!(!copy.exists(), "the copy stayed beside the journal");
}
