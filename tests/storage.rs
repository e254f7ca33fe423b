//! Storage: round trips, unreadable files, locks, backups and permissions (SPEC §5).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::too_many_lines,
    reason = "tests fail loudly on purpose"
)]

use std::fs;
use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, Utc};
use kintsugi::demo::{self, DemoOptions};
use kintsugi::model::{CheckInInput, Journal, Rating, Ratings};
use kintsugi::storage::{self, BackupKind, JournalStore, StorageError, WriterLock};
use proptest::prelude::*;

mod common;
use common::journal_parts;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn temp_journal() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    (dir, path)
}

fn small_journal() -> Journal {
    demo::generate(DemoOptions {
        years: 1,
        seed: 3,
        end: day(2026, 11, 28),
    })
}

// ---------- round trip ----------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_journal_saved_and_loaded_is_equal(parts in journal_parts()) {
        // Ids are random u128s; a collision would be refused, so skip that (astronomically rare) case.
        let Ok(journal) = Journal::from_parts(parts) else { return Ok(()) };
        let (_dir, path) = temp_journal();
        let (mut store, _) = JournalStore::open(&path).unwrap();
        store.save(&journal, day(2026, 1, 1)).unwrap();
        let loaded = storage::load(&path).unwrap();
        prop_assert_eq!(loaded, journal);
    }
}

#[test]
fn empty_journal_and_demo_journal_round_trip() {
    let (_dir, path) = temp_journal();
    let (mut store, empty) = JournalStore::open(&path).unwrap();
    assert!(empty.is_empty());
    store.save(&empty, day(2026, 1, 1)).unwrap();
    assert_eq!(storage::load(&path).unwrap(), empty);
    let demo = small_journal();
    store.save(&demo, day(2026, 1, 1)).unwrap();
    assert_eq!(storage::load(&path).unwrap(), demo);
}

// ---------- unreadable files are never written over ----------

/// Writes `content` as the journal, tries to open and load it, and checks the error and that
/// the bytes on disk did not change.
fn refused(content: &str) -> StorageError {
    let (_dir, path) = temp_journal();
    fs::write(&path, content).unwrap();
    let error = JournalStore::open(&path).unwrap_err();
    assert_eq!(error.path(), path, "the error names the file");
    assert!(error.to_string().contains(&path.display().to_string()));
    let load_error = storage::load(&path).unwrap_err();
    assert_eq!(load_error.to_string(), error.to_string());
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        content,
        "the file is byte-identical"
    );
    error
}

fn valid_text() -> String {
    storage::encode(&small_journal()).unwrap()
}

#[test]
fn truncated_journal_is_refused_with_its_position() {
    let text = valid_text();
    let error = refused(&text[..text.len() / 2]);
    let StorageError::Parse { line, column, .. } = error else {
        panic!("expected a parse error, got {error:?}")
    };
    assert!(line > 1 && column >= 1);
}

#[test]
fn garbage_is_refused_at_line_one() {
    let error = refused("this is not a journal\n");
    assert!(
        matches!(error, StorageError::Parse { line: 1, .. }),
        "{error:?}"
    );
}

#[test]
fn binary_garbage_is_refused() {
    let (_dir, path) = temp_journal();
    let bytes = [0xFF_u8, 0xFE, 0x00, 0x42, 0x80];
    fs::write(&path, bytes).unwrap();
    let error = JournalStore::open(&path).unwrap_err();
    assert!(matches!(error, StorageError::Parse { .. }), "{error:?}");
    assert_eq!(fs::read(&path).unwrap(), bytes);
}

#[test]
fn wrong_types_are_refused_with_line_and_column() {
    let text = valid_text().replacen("mood: ", "mood: \"high\", x: ", 1);
    let error = refused(&text);
    let StorageError::Parse {
        line,
        column,
        message,
        ..
    } = &error
    else {
        panic!("{error:?}")
    };
    assert!(*line > 1 && *column > 1, "{error}");
    assert!(!message.is_empty());
}

#[test]
fn out_of_range_rating_in_the_file_is_refused() {
    let text = valid_text();
    let position = text.find("mood: ").unwrap() + "mood: ".len();
    let end = position + text[position..].find(',').unwrap();
    let text = format!("{}11{}", &text[..position], &text[end..]);
    let error = refused(&text);
    assert!(error.to_string().contains("from 1 to 10"), "{error}");
}

fn check_in_entry(id: u128, date: &str, ratings: &str) -> String {
    format!(
        "(id: \"{}\", date: \"{date}\", ratings: ({ratings}), created_at: \"2026-01-01T10:00:00Z\", updated_at: \"2026-01-01T10:00:00Z\")",
        uuid::Uuid::from_u128(id)
    )
}

#[test]
fn duplicate_check_in_days_are_refused() {
    let text = format!(
        "(format_version: 1, check_ins: [{}, {}])",
        check_in_entry(1, "2026-01-01", "mood: Some(5)"),
        check_in_entry(2, "2026-01-01", "mood: Some(6)")
    );
    let error = refused(&text);
    assert!(matches!(error, StorageError::Invalid { .. }), "{error:?}");
    assert!(error.to_string().contains("2026-01-01"), "{error}");
}

#[test]
fn a_check_in_with_nothing_in_it_is_refused_and_a_note_only_day_is_kept() {
    let text = format!(
        "(format_version: 1, check_ins: [{}])",
        check_in_entry(1, "2026-01-02", "")
    );
    let error = refused(&text);
    assert!(error.to_string().contains("holds nothing"), "{error}");
    let note_only = text.replace("ratings: ()", "ratings: (), note: \"Only words today\"");
    assert_ne!(note_only, text);
    let journal = storage::decode(&note_only).unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 1, 2).unwrap();
    assert_eq!(journal.check_in(day).unwrap().note, "Only words today");
    assert!(!journal.check_in(day).unwrap().is_rated());
}

#[test]
fn a_link_to_a_missing_skill_is_refused() {
    let text = format!(
        "(format_version: 1, setbacks: [(id: \"{}\", date: \"2026-01-01\", title: \"Missed it\", category: Work, severity: 2, skills: [\"{}\"], status: Open, created_at: \"2026-01-01T10:00:00Z\", updated_at: \"2026-01-01T10:00:00Z\")])",
        uuid::Uuid::from_u128(7),
        uuid::Uuid::from_u128(8)
    );
    let error = refused(&text);
    assert!(error.to_string().contains("does not exist"), "{error}");
}

#[test]
fn newer_format_version_is_refused_and_left_alone() {
    let text = valid_text().replacen("format_version: 2", "format_version: 99", 1);
    let error = refused(&text);
    assert!(
        matches!(
            error,
            StorageError::NewerVersion {
                found: 99,
                supported: 2,
                ..
            }
        ),
        "{error:?}"
    );
    assert!(error.to_string().contains("newer Kintsugi"));
}

#[test]
fn a_second_writer_is_refused_while_the_first_holds_the_lock() {
    let (_dir, path) = temp_journal();
    let (mut first, journal) = JournalStore::open(&path).unwrap();
    first.save(&small_journal(), day(2026, 1, 1)).unwrap();
    let before = fs::read(&path).unwrap();
    let error = JournalStore::open(&path).unwrap_err();
    assert!(matches!(error, StorageError::Locked { .. }), "{error:?}");
    assert_eq!(error.path(), path);
    assert_eq!(
        fs::read(&path).unwrap(),
        before,
        "the file is byte-identical"
    );
    drop(journal);
    drop(first);
    assert!(
        JournalStore::open(&path).is_ok(),
        "the lock is released with its holder"
    );
}

#[test]
fn the_lock_is_an_os_lock_on_a_file_beside_the_journal() {
    let (_dir, path) = temp_journal();
    let lock = WriterLock::acquire(&path).unwrap();
    assert!(lock.path().exists());
    assert_eq!(lock.path().parent(), path.parent());
    assert!(matches!(
        WriterLock::acquire(&path),
        Err(StorageError::Locked { .. })
    ));
}

// ---------- backups and permissions ----------

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn backups_rotate_one_per_day_keeping_the_newest_fourteen() {
    let (_dir, path) = temp_journal();
    let (mut store, mut journal) = JournalStore::open(&path).unwrap();
    let input = |mood: u8| CheckInInput {
        ratings: Ratings {
            mood: Rating::try_from(mood).ok(),
            ..Ratings::default()
        },
        ..CheckInInput::default()
    };
    let first_day = day(2026, 3, 1);
    store.save(&journal, first_day).unwrap();
    assert!(
        storage::list_backups(&path).is_empty(),
        "no backup of a journal that did not exist"
    );
    for offset in 0..20_u64 {
        let today = first_day + chrono::Days::new(offset);
        // Two saves a day: only the first of the day makes a backup.
        for mood in [3, 7] {
            journal
                .upsert_check_in(today, &input(mood), today, Utc::now())
                .unwrap();
            store.save(&journal, today).unwrap();
        }
        let count = storage::list_backups(&path).len();
        assert!(
            count <= storage::DAILY_BACKUPS_KEPT,
            "{count} backups on day {offset}"
        );
    }
    let backups = storage::list_backups(&path);
    assert_eq!(backups.len(), storage::DAILY_BACKUPS_KEPT);
    let days: Vec<NaiveDate> = backups.iter().map(|(d, _)| *d).collect();
    let expected: Vec<NaiveDate> = (6..20)
        .map(|offset| first_day + chrono::Days::new(offset))
        .collect();
    assert_eq!(days, expected, "the newest fourteen days are kept");
    // Each backup holds the journal as it was before that day's first save.
    let (newest_day, newest) = backups.last().unwrap();
    let restored = storage::load(newest).unwrap();
    assert!(restored.check_in(*newest_day).is_none());
    assert_eq!(
        restored
            .check_in(*newest_day - chrono::Days::new(1))
            .unwrap()
            .ratings
            .mood,
        Rating::try_from(7).ok()
    );
    for (_, backup) in &backups {
        assert_eq!(mode(backup), 0o600, "{}", backup.display());
    }
}

#[test]
fn journal_and_lock_are_private_to_the_owner() {
    let (_dir, path) = temp_journal();
    let (mut store, _) = JournalStore::open(&path).unwrap();
    store.save(&small_journal(), day(2026, 1, 1)).unwrap();
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(&WriterLock::lock_path(&path)), 0o600);
}

#[test]
fn restoring_a_backup_keeps_the_unreadable_file() {
    let (_dir, path) = temp_journal();
    let good = small_journal();
    {
        let (mut store, _) = JournalStore::open(&path).unwrap();
        store.save(&good, day(2026, 1, 1)).unwrap();
        store.save(&Journal::default(), day(2026, 1, 2)).unwrap();
    }
    fs::write(&path, "garbage").unwrap();
    let (backup_day, backup) = storage::newest_backup(&path).unwrap();
    assert_eq!(backup_day, day(2026, 1, 2));
    let set_aside = storage::restore_backup(&path, &backup, "20260103-100000", None)
        .unwrap()
        .unwrap();
    assert_eq!(fs::read_to_string(&set_aside).unwrap(), "garbage");
    assert_eq!(storage::load(&path).unwrap(), good);
}

#[test]
fn demo_output_never_overwrites() {
    let (_dir, path) = temp_journal();
    fs::write(&path, "precious").unwrap();
    let error = storage::write_new(&path, &small_journal()).unwrap_err();
    assert!(matches!(error, StorageError::AlreadyExists { .. }));
    assert_eq!(fs::read_to_string(&path).unwrap(), "precious");
}

#[test]
fn stale_temporary_files_are_cleaned_up_on_open() {
    let (dir, path) = temp_journal();
    let stale = dir.path().join(".journal.ron.kintsugi-tmp-abc123");
    fs::write(&stale, "half a journal").unwrap();
    let _store = JournalStore::open(&path).unwrap();
    assert!(!stale.exists());
}

#[test]
fn another_journals_save_in_progress_is_left_alone() {
    let (dir, path) = temp_journal();
    // Another journal in the same folder is being saved right now: its temporary file is not
    // ours to remove, nor is an older release's unnamed one, nor a user's file.
    let theirs = dir.path().join(".work.ron.kintsugi-tmp-xyz789");
    let similar = dir.path().join(".journal.ron.old.kintsugi-tmp-abc");
    let user_file = dir.path().join("journal.ron.kintsugi-tmp-notes.txt");
    for file in [&theirs, &similar, &user_file] {
        fs::write(file, "someone else's").unwrap();
    }
    let (mut store, journal) = JournalStore::open(&path).unwrap();
    store.save(&journal, day(2026, 1, 1)).unwrap();
    for file in [&theirs, &similar, &user_file] {
        assert_eq!(
            fs::read_to_string(file).unwrap(),
            "someone else's",
            "{}",
            file.display()
        );
    }
    // Our own save leaves no temporary file behind.
    let ours = fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|entry| {
            entry
                .file_name()
                .to_string_lossy()
                .starts_with(".journal.ron.kintsugi-tmp-")
        })
        .count();
    assert_eq!(ours, 0);
}

#[test]
fn a_burst_of_imports_never_pushes_out_daily_backups() {
    let (_dir, path) = temp_journal();
    let (mut store, mut journal) = JournalStore::open(&path).unwrap();
    let first_day = day(2026, 3, 1);
    for offset in 0..16_u64 {
        let today = first_day + chrono::Days::new(offset);
        let input = rated(5, &format!("day {offset}"));
        journal
            .upsert_check_in(today, &input, today, Utc::now())
            .unwrap();
        store.save(&journal, today).unwrap();
    }
    let dailies_before = storage::list_backups_of_kind(&path, BackupKind::Daily);
    assert_eq!(dailies_before.len(), storage::DAILY_BACKUPS_KEPT);
    let last_day = first_day + chrono::Days::new(15);
    for import in 0..20 {
        let backup = store
            .back_up_before("import", last_day, &format!("1200{import:02}"))
            .unwrap();
        assert!(backup.is_some_and(|path| path.exists()));
    }
    assert_eq!(
        storage::list_backups_of_kind(&path, BackupKind::Daily),
        dailies_before,
        "twenty imports in one day leave every daily backup in place"
    );
    let events = storage::list_backups_of_kind(&path, BackupKind::Event);
    assert_eq!(events.len(), storage::EVENT_BACKUPS_KEPT);
    let newest_labels: Vec<String> = events
        .iter()
        .map(|(_, path)| path.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    let expected: Vec<String> = (10..20)
        .map(|import| format!("journal-2026-03-16-before-import-1200{import:02}.ron"))
        .collect();
    assert_eq!(newest_labels, expected, "the newest ten events are kept");
}

/// A check-in with a mood and a note.
fn rated(mood: u8, note: &str) -> CheckInInput {
    CheckInInput {
        note: note.to_owned(),
        ratings: Ratings {
            mood: Rating::try_from(mood).ok(),
            ..Ratings::default()
        },
        ..CheckInInput::default()
    }
}

#[test]
fn two_event_backups_in_the_same_second_are_both_kept() {
    let (_dir, path) = temp_journal();
    let (mut store, mut journal) = JournalStore::open(&path).unwrap();
    let today = day(2026, 3, 1);
    let mut contents = Vec::new();
    for mood in [3, 8] {
        let input = rated(mood, "");
        journal
            .upsert_check_in(today, &input, today, Utc::now())
            .unwrap();
        store.save(&journal, today).unwrap();
        contents.push(std::fs::read(&path).unwrap());
        let backup = store
            .back_up_before("import", today, "120000")
            .unwrap()
            .unwrap();
        assert_eq!(std::fs::read(&backup).unwrap(), *contents.last().unwrap());
    }
    let events: Vec<Vec<u8>> = storage::list_backups_of_kind(&path, BackupKind::Event)
        .into_iter()
        .map(|(_, backup)| std::fs::read(backup).unwrap())
        .collect();
    assert_eq!(events, contents, "the first backup was not written over");
}

#[test]
fn a_failed_backup_never_blocks_the_save() {
    let (dir, path) = temp_journal();
    let (mut store, mut journal) = JournalStore::open(&path).unwrap();
    store.save(&journal, day(2026, 1, 1)).unwrap();
    // The backups folder cannot be made: a plain file has taken its name.
    fs::write(dir.path().join("backups"), "not a folder").unwrap();
    let input = CheckInInput {
        note: "kept despite the backup".to_owned(),
        ratings: Ratings {
            mood: Rating::try_from(6).ok(),
            ..Ratings::default()
        },
        ..CheckInInput::default()
    };
    journal
        .upsert_check_in(day(2026, 1, 2), &input, day(2026, 1, 2), Utc::now())
        .unwrap();
    let saved = store.save(&journal, day(2026, 1, 2)).unwrap();
    assert!(
        saved.backup_failed.is_some(),
        "the failed backup is reported"
    );
    assert_eq!(
        storage::load(&path).unwrap(),
        journal,
        "and the save went through"
    );
}

#[test]
fn newer_version_with_unknown_fields_is_reported_as_newer_not_as_garbage() {
    let text = "(format_version: 3, check_ins: [], moods_v2: { \"x\": 1 })";
    let error = refused(text);
    assert!(
        matches!(error, StorageError::NewerVersion { found: 3, .. }),
        "{error:?}"
    );
}

#[test]
fn the_newest_backup_is_the_one_taken_last_whatever_its_name() {
    let (dir, path) = temp_journal();
    let backups = dir.path().join("backups");
    fs::create_dir(&backups).unwrap();
    let daily = backups.join("journal-2026-11-28.ron");
    let event = backups.join("journal-2026-11-28-before-import-093000.ron");
    let earlier = backups.join("journal-2026-11-27.ron");
    for file in [&daily, &event, &earlier] {
        fs::write(file, "()").unwrap();
    }
    let at = |file: &Path, hours_after_nine: u64| {
        let nine = std::time::UNIX_EPOCH + std::time::Duration::from_hours(498_849);
        fs::File::options()
            .write(true)
            .open(file)
            .unwrap()
            .set_modified(nine + std::time::Duration::from_hours(hours_after_nine))
            .unwrap();
    };
    // The import at 09:30, the day's first save at 11:00: the daily backup is the newer one,
    // though its name sorts first.
    at(&earlier, 0);
    at(&event, 24);
    at(&daily, 26);
    assert_eq!(storage::newest_backup(&path).unwrap().1, daily);
    // The other way round on the same day.
    at(&daily, 23);
    assert_eq!(storage::newest_backup(&path).unwrap().1, event);
    let order: Vec<PathBuf> = storage::list_backups(&path)
        .into_iter()
        .map(|(_, file)| file)
        .collect();
    assert_eq!(order, vec![earlier, daily, event]);
}

/// A journal written by the release before experiments (format 1, by `kintsugi check-in` and
/// `setback add`): read as it was, with no experiments or reviews; the first save writes
/// format 2, which that release refuses rather than dropping what it does not know.
#[test]
fn a_format_1_journal_from_the_last_release_opens_and_is_saved_as_format_2() {
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/format-v1/journal.ron");
    let (_dir, path) = temp_journal();
    fs::copy(&fixture, &path).unwrap();
    let journal = storage::load(&path).unwrap();
    assert_eq!(journal.check_ins().len(), 2);
    assert_eq!(journal.setbacks().len(), 1);
    assert_eq!(journal.skills().len(), 1);
    assert!(journal.experiments().is_empty() && journal.reviews().is_empty());
    let note = &journal.check_ins().next().unwrap().note;
    assert_eq!(note, "Demo day. Café after.");

    let (mut store, mut journal) = JournalStore::open(&path).unwrap();
    let setback = journal.setbacks()[0].id;
    let today = day(2026, 11, 28);
    journal
        .add_experiment(
            kintsugi::model::NewExperiment {
                setback,
                text: "Ask for a rehearsal".to_owned(),
                when: kintsugi::model::TryWhen::By(day(2026, 12, 10)),
                skill: None,
                created_on: today,
            },
            today,
            chrono::Utc::now(),
        )
        .unwrap();
    store.save(&journal, today).unwrap();
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains("format_version: 2"), "{text}");
    assert!(text.contains("Ask for a rehearsal"));
    assert_eq!(storage::load(&path).unwrap(), journal);
}
