//! The autosave on the writer thread: the window keeps editing while a save is in flight, the
//! newest revision always gets written, a flush waits for the flight, a version another
//! computer wrote that the save merged meets the edits made meanwhile without losing either,
//! and an encrypted journal stays encrypted in every view while its store is away.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{NaiveDate, Utc};
use kintsugi::demo::{self, DemoOptions};
use kintsugi::history::Change;
use kintsugi::model::{CheckInInput, Journal, Rating, Ratings};
use kintsugi::session::{JournalSession, Reach, SaveState};
use kintsugi::storage::{self, BackupsOnEncrypt, JournalKey, JournalStore, KeyCost};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default()
}

fn day(offset: i64) -> NaiveDate {
    today() - chrono::Duration::days(offset)
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

fn journal_file(folder: &Path) -> PathBuf {
    let path = folder.join("journal.ron");
    let journal = demo::generate(DemoOptions::ending(day(1), 1));
    storage::write_new(&path, &journal).unwrap();
    path
}

fn session_on(path: &Path) -> JournalSession {
    let (store, journal) = JournalStore::open(path).unwrap();
    JournalSession::writable(store, journal)
}

fn write_note(session: &mut JournalSession, date: NaiveDate, note: &str) {
    session
        .change(
            Change::named("check in"),
            &Reach::Anything,
            Instant::now(),
            |journal| journal.upsert_check_in(date, &input(note), today(), Utc::now()),
        )
        .unwrap();
}

fn delete_check_in(session: &mut JournalSession, date: NaiveDate) {
    session
        .change(
            Change::named("delete"),
            &Reach::Anything,
            Instant::now(),
            |journal| {
                journal.remove_check_in(date);
                Ok::<(), ()>(())
            },
        )
        .unwrap();
}

/// Polls until the save in flight lands (a test's stand-in for the window's frames).
fn land(session: &mut JournalSession) -> Result<(), kintsugi::storage::StorageError> {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Some(outcome) = session.poll_save(Instant::now()) {
            return outcome;
        }
        assert!(Instant::now() < deadline, "the save never landed");
        std::thread::sleep(Duration::from_millis(2));
    }
}

fn note_on_disk(path: &Path, date: NaiveDate) -> Option<String> {
    storage::load(path)
        .unwrap()
        .check_in(date)
        .map(|check_in| check_in.note.clone())
}

#[test]
fn edits_made_while_a_save_is_in_flight_are_written_by_the_next() {
    let dir = tempfile::tempdir().unwrap();
    let path = journal_file(dir.path());
    let mut session = session_on(&path);
    write_note(&mut session, today(), "First words.");
    assert!(session.start_save(today()));
    assert!(session.is_saving());
    assert!(!session.start_save(today()), "one save in flight at most");
    // The journal stays editable while the store is away.
    write_note(&mut session, day(2), "Typed during the save.");
    land(&mut session).unwrap();
    assert_eq!(
        note_on_disk(&path, today()).as_deref(),
        Some("First words.")
    );
    assert_eq!(
        session.save_state(),
        SaveState::Pending,
        "the newer edit waits"
    );
    assert!(session.start_save(today()));
    land(&mut session).unwrap();
    assert_eq!(
        note_on_disk(&path, day(2)).as_deref(),
        Some("Typed during the save.")
    );
    assert_eq!(session.save_state(), SaveState::Saved);
}

#[test]
fn a_flush_waits_for_the_flight_and_writes_the_newest_revision() {
    let dir = tempfile::tempdir().unwrap();
    let path = journal_file(dir.path());
    let mut session = session_on(&path);
    write_note(&mut session, today(), "Before the flight.");
    assert!(session.start_save(today()));
    write_note(&mut session, today(), "The newest words.");
    // What quitting and SIGTERM do.
    session.save(today(), Instant::now()).unwrap();
    assert!(!session.is_saving());
    assert_eq!(
        note_on_disk(&path, today()).as_deref(),
        Some("The newest words.")
    );
    assert_eq!(session.save_state(), SaveState::Saved);
}

/// What a sync client does: another computer's version renamed over the journal.
fn replace_by_rename(path: &Path, journal: &Journal) {
    common::arrive_by_rename(path, storage::encode(journal).unwrap());
}

#[test]
fn a_merge_the_save_brought_meets_the_edits_made_meanwhile_and_loses_neither() {
    let dir = tempfile::tempdir().unwrap();
    let path = journal_file(dir.path());
    let mut session = session_on(&path);
    let doomed = day(5);
    assert!(session.journal().check_in(doomed).is_some());
    // The other computer adds a check-in; the sync client brings it.
    let mut theirs = storage::load(&path).unwrap();
    theirs
        .upsert_check_in(day(3), &input("From the desktop."), today(), Utc::now())
        .unwrap();
    replace_by_rename(&path, &theirs);
    // Here: a note, the save starts (it will merge the desktop's version)...
    write_note(&mut session, today(), "From the laptop.");
    assert!(session.start_save(today()));
    // ...and while it is in flight, another note and a deletion.
    write_note(&mut session, day(2), "Typed during the save.");
    delete_check_in(&mut session, doomed);
    land(&mut session).unwrap();
    let memory = session.journal();
    assert_eq!(
        memory.check_in(day(3)).map(|c| c.note.as_str()),
        Some("From the desktop.")
    );
    assert_eq!(
        memory.check_in(day(2)).map(|c| c.note.as_str()),
        Some("Typed during the save.")
    );
    assert_eq!(
        memory.check_in(today()).map(|c| c.note.as_str()),
        Some("From the laptop.")
    );
    assert!(memory.check_in(doomed).is_none(), "the deletion stays");
    session.save(today(), Instant::now()).unwrap();
    let disk = storage::load(&path).unwrap();
    assert_eq!(&disk, session.journal());
    assert!(disk.check_in(doomed).is_none());
}

#[test]
fn an_encrypted_journal_stays_encrypted_while_its_store_is_away() {
    let dir = tempfile::tempdir().unwrap();
    let path = journal_file(dir.path());
    let (mut store, journal) = JournalStore::open(&path).unwrap();
    let passphrase = age::secrecy::SecretString::from("correct horse battery".to_owned());
    let key = JournalKey::create(&passphrase, KeyCost::WorkFactor(8)).unwrap();
    store
        .encrypt(&journal, key, BackupsOnEncrypt::Encrypt)
        .unwrap();
    let mut session = JournalSession::writable(store, journal);
    write_note(&mut session, today(), "Secret words.");
    assert!(session.start_save(today()));
    assert!(session.is_encrypted(), "the key is known while saving");
    land(&mut session).unwrap();
    assert!(session.is_encrypted());
    let bytes = std::fs::read(&path).unwrap();
    assert!(
        !bytes.windows(13).any(|window| window == b"Secret words."),
        "written in plain text"
    );
}

#[test]
fn a_failed_save_in_flight_keeps_the_changes_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("synced");
    std::fs::create_dir(&folder).unwrap();
    let path = journal_file(&folder);
    let mut session = session_on(&path);
    write_note(&mut session, today(), "Not lost.");
    // The folder goes away under the app (an unmounted drive, a sync client re-linking it)
    // and a plain file takes its name: no save can be written there.
    let moved = dir.path().join("moved-away");
    std::fs::rename(&folder, &moved).unwrap();
    std::fs::write(&folder, b"not a folder").unwrap();
    assert!(session.start_save(today()));
    let outcome = land(&mut session);
    std::fs::remove_file(&folder).unwrap();
    std::fs::rename(&moved, &folder).unwrap();
    assert!(outcome.is_err());
    assert!(matches!(session.save_state(), SaveState::Failed(_)));
    assert_eq!(
        session.journal().check_in(today()).map(|c| c.note.as_str()),
        Some("Not lost.")
    );
    // The folder back, the next save writes it.
    session.save(today(), Instant::now()).unwrap();
    assert_eq!(note_on_disk(&path, today()).as_deref(), Some("Not lost."));
}

#[test]
fn an_entry_brought_back_by_undo_during_a_merging_save_stays() {
    let dir = tempfile::tempdir().unwrap();
    let path = journal_file(dir.path());
    let mut session = session_on(&path);
    let kept = day(6);
    assert!(session.journal().check_in(kept).is_some());
    delete_check_in(&mut session, kept);
    // The other computer writes meanwhile, so the save merges (and tombstones the deletion).
    let mut theirs = storage::load(&path).unwrap();
    theirs
        .upsert_check_in(day(3), &input("From the desktop."), today(), Utc::now())
        .unwrap();
    replace_by_rename(&path, &theirs);
    assert!(session.start_save(today()));
    // Second thoughts while it is in flight.
    session.undo(Instant::now()).unwrap();
    assert!(session.journal().check_in(kept).is_some());
    land(&mut session).unwrap();
    assert!(
        session.journal().check_in(kept).is_some(),
        "the merge deleted the entry Undo brought back"
    );
    assert!(session.journal().check_in(day(3)).is_some());
    session.save(today(), Instant::now()).unwrap();
    assert!(storage::load(&path).unwrap().check_in(kept).is_some());
}

#[test]
fn edits_made_during_a_save_wait_their_own_delay() {
    let dir = tempfile::tempdir().unwrap();
    let path = journal_file(dir.path());
    let mut session = session_on(&path);
    write_note(&mut session, today(), "One.");
    assert!(session.start_save(today()));
    write_note(&mut session, today(), "One. Two.");
    land(&mut session).unwrap();
    let due = session.autosave_due_in(Instant::now());
    assert!(
        due.is_some_and(|wait| !wait.is_zero()),
        "the next save is due at once ({due:?}): a typist would write the file on every frame"
    );
}
