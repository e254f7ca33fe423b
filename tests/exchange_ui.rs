//! Export and import in the app: the dialogs, the preview, and undoing an import.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

use std::path::Path;

use chrono::NaiveDate;
use egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use kintsugi::app::KintsugiApp;
use kintsugi::storage;

mod common;
use common::replace_text;

fn harness(path: &Path) -> Harness<'static, KintsugiApp> {
    common::app_harness(path, egui::vec2(1280.0, 900.0))
}

/// The app on a new journal with one check-in saved; the journal's bytes then.
fn harness_with_a_saved_check_in(journal: &Path) -> (Harness<'static, KintsugiApp>, Vec<u8>) {
    let mut harness = harness(journal);
    harness.get_by_label("Mood 5").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let before = std::fs::read(journal).unwrap();
    (harness, before)
}

/// Opens File → Import…, types the fixture's path and asks for a preview.
fn preview_import(harness: &mut Harness<'static, KintsugiApp>, fixture: &str) {
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Import…").click();
    harness.run();
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(fixture);
    replace_text(harness, Role::TextInput, "From", path.to_str().unwrap());
    harness.get_by_label("Preview").click();
    common::finish_import(harness);
}

#[test]
fn a_daylio_import_is_previewed_applied_backed_up_and_undone() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.ron");
    let (mut harness, before) = harness_with_a_saved_check_in(&journal);
    preview_import(&mut harness, "daylio/daylio_export.csv");
    assert!(
        harness
            .query_by_label_contains("Would import Daylio CSV: added 5 check-ins")
            .is_some()
    );
    assert_eq!(
        std::fs::read(&journal).unwrap(),
        before,
        "a preview changes nothing"
    );
    harness
        .get_by_role_and_label(Role::Button, "Import")
        .click();
    common::finish_import(&mut harness);
    let imported = storage::load(&journal).unwrap();
    assert_eq!(imported.check_ins().len(), 6, "saved at once");
    let backup = storage::list_backups(&journal)
        .into_iter()
        .find(|(_, p)| p.to_string_lossy().contains("before-import"))
        .unwrap();
    assert_eq!(std::fs::read(backup.1).unwrap(), before);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(
        storage::load(&journal).unwrap().check_ins().len(),
        1,
        "undo takes the whole import back"
    );
}

#[test]
fn a_bad_import_is_explained_in_the_dialog_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.ron");
    let mut harness = harness(&journal);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Import…").click();
    harness.run();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/jrnl/bad_date.txt");
    replace_text(
        &mut harness,
        Role::TextInput,
        "From",
        fixture.to_str().unwrap(),
    );
    harness.get_by_label("Preview").click();
    common::finish_import(&mut harness);
    assert!(
        harness
            .query_by_label_contains("bad_date.txt:3: “2026-02-30 17:40” is not a date and time")
            .is_some()
    );
    assert!(!journal.exists(), "nothing was written");
}

#[test]
fn the_chart_and_the_data_are_exported_from_the_dialogs() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.ron");
    let mut harness = harness(&journal);
    harness.get_by_label("Mood 7").click();
    harness.run();
    harness.get_by_label("Progress screen").click();
    harness.run();
    harness.get_by_label("Export chart…").click();
    harness.run();
    let chart = dir.path().join("chart.svg");
    replace_text(
        &mut harness,
        Role::TextInput,
        "File",
        chart.to_str().unwrap(),
    );
    harness
        .get_by_role_and_label(Role::Button, "Export")
        .click();
    harness.run();
    assert!(std::fs::read_to_string(&chart).unwrap().contains("<svg"));
    assert!(
        harness
            .query_by_label_contains("Exported the chart to")
            .is_some()
    );

    harness.get_by_role_and_label(Role::Button, "File").click();
    harness.run();
    harness.get_by_label("Export data (CSV)…").click();
    harness.run();
    let folder = dir.path().join("csv");
    replace_text(
        &mut harness,
        Role::TextInput,
        "Folder",
        folder.to_str().unwrap(),
    );
    harness
        .get_by_role_and_label(Role::Button, "Export")
        .click();
    harness.run();
    let check_ins = std::fs::read_to_string(folder.join("checkins.csv")).unwrap();
    assert!(check_ins.contains("2026-11-28,7,"), "{check_ins}");
}

#[test]
fn a_backup_is_restored_from_the_file_menu_and_the_restore_can_be_undone() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.ron");
    // Yesterday's journal had one check-in; today's first save backs it up.
    {
        let (mut store, mut old) = storage::JournalStore::open(&journal).unwrap();
        let input = kintsugi::model::CheckInInput {
            ratings: kintsugi::model::Ratings {
                mood: kintsugi::model::Rating::try_from(4).ok(),
                ..Default::default()
            },
            ..Default::default()
        };
        let yesterday = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        old.upsert_check_in(yesterday, &input, yesterday, chrono::Utc::now())
            .unwrap();
        store.save(&old, yesterday).unwrap();
    }
    let mut harness = harness(&journal);
    harness.get_by_label("Mood 9").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(storage::load(&journal).unwrap().check_ins().len(), 2);

    harness.get_by_role_and_label(Role::Button, "File").click();
    harness.run();
    harness.get_by_label("Restore from backup…").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Restore")
        .click();
    harness.run();
    assert_eq!(
        storage::load(&journal).unwrap().check_ins().len(),
        1,
        "the backup's journal is back, and saved"
    );
    let safety = storage::list_backups(&journal)
        .into_iter()
        .find(|(_, p)| p.to_string_lossy().contains("before-restore"));
    assert_eq!(
        storage::load(&safety.unwrap().1).unwrap().check_ins().len(),
        2,
        "the state before the restore was kept"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(
        storage::load(&journal).unwrap().check_ins().len(),
        2,
        "undo takes the restore back"
    );
}

#[test]
fn opening_the_journal_that_is_already_open_just_shows_it() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.ron");
    let mut harness = harness(&journal);
    harness.get_by_label("Mood 6").click();
    harness.run();
    // The same file, reached through a different spelling of its path.
    let same = dir.path().join(".").join("journal.ron");
    harness
        .state_mut()
        .request(kintsugi::app::AppCommand::OpenJournal(same));
    harness.run();
    assert!(
        harness.state().broken().is_none(),
        "no lock error against ourselves"
    );
    assert!(
        harness
            .query_by_label_contains("journal.ron is already open")
            .is_some()
    );
    let session = harness.state().session().unwrap().lock();
    assert_eq!(session.mode(), &kintsugi::session::SessionMode::Writable);
    let today = common::today();
    assert!(
        session
            .journal()
            .check_in(today)
            .is_some_and(|check_in| check_in.ratings.mood.is_some()),
        "the unsaved change is still there"
    );
}

#[test]
fn daylio_moods_of_your_own_are_rated_in_the_preview_then_imported_and_undone() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.ron");
    let (mut harness, before) = harness_with_a_saved_check_in(&journal);
    preview_import(&mut harness, "daylio/custom_moods.csv");
    assert!(
        harness
            .query_by_label_contains("These Daylio moods have no rating yet")
            .is_some()
    );
    assert!(harness.query_by_label("“Ecstatic” (lines 2, 5)").is_some());
    assert!(harness.query_by_label("“so-so” (line 3)").is_some());
    assert!(
        harness.query_by_label_contains("Would import").is_none(),
        "no preview until every mood has a rating"
    );

    // One rating chosen is not enough.
    harness.get_by_label("Rate “Ecstatic” 9").click();
    harness.run();
    harness.get_by_label("Preview").click();
    common::finish_import(&mut harness);
    assert!(harness.query_by_label_contains("Would import").is_none());
    assert!(harness.query_by_label("“so-so” (line 3)").is_some());
    assert!(harness.query_by_label("“Ecstatic” (lines 2, 5)").is_none());

    harness.get_by_label("Rate “so-so” 4").click();
    harness.run();
    harness.get_by_label("Preview").click();
    common::finish_import(&mut harness);
    assert!(
        harness
            .query_by_label_contains("Would import Daylio CSV: added 4 check-ins")
            .is_some()
    );
    assert_eq!(
        std::fs::read(&journal).unwrap(),
        before,
        "a preview changes nothing"
    );
    harness
        .get_by_role_and_label(Role::Button, "Import")
        .click();
    common::finish_import(&mut harness);
    let imported = storage::load(&journal).unwrap();
    let mood = |d| {
        imported
            .check_in(NaiveDate::from_ymd_opt(2026, 3, d).unwrap())
            .and_then(|c| c.ratings.mood)
            .map(kintsugi::model::Rating::get)
    };
    assert_eq!((mood(4), mood(3), mood(1)), (Some(9), Some(4), Some(9)));
    assert_eq!(
        harness.state().preferences().daylio_moods.get("so-so"),
        Some(&4),
        "remembered for the next import"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(
        storage::load(&journal).unwrap().check_ins().len(),
        1,
        "undo takes the whole import back"
    );

    // The next import dialog starts from the remembered ratings: the preview works at once.
    preview_import(&mut harness, "daylio/custom_moods.csv");
    assert!(
        harness
            .query_by_label_contains("Would import Daylio CSV")
            .is_some()
    );
}

#[test]
fn a_large_import_shows_its_progress_and_stop_leaves_the_journal_as_it_was() {
    use std::fmt::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.ron");
    let (mut harness, before) = harness_with_a_saved_check_in(&journal);
    let step_before = harness.state().session().unwrap().lock().last_step();
    // A jrnl text far larger than any diary: 300,000 entries over 80 years.
    let big = dir.path().join("big.txt");
    let start = NaiveDate::from_ymd_opt(1950, 1, 1).unwrap();
    let mut text = String::new();
    for n in 0..300_000_u64 {
        let date = start + chrono::Days::new(n / 10);
        writeln!(
            text,
            "[{date} {:02}:{:02}] Entry {n}\nA line of words about the day @tag{}\n",
            8 + n % 10,
            n % 60,
            n % 50
        )
        .unwrap();
    }
    std::fs::write(&big, &text).unwrap();
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Import…").click();
    harness.run();
    replace_text(&mut harness, Role::TextInput, "From", big.to_str().unwrap());
    harness.get_by_label("Preview").click();
    harness.step();
    harness.step();
    assert!(harness.state().import_is_running(), "read on a worker");
    assert!(
        harness.query_by_label_contains("Reading…").is_some(),
        "the bar says what it reads"
    );
    // The window grew by the bar's row: let it settle where it is drawn.
    harness.step();
    harness.step();
    harness.get_by_label("Stop").click();
    harness.step();
    harness.run();
    assert!(!harness.state().import_is_running());
    assert!(harness.query_by_label_contains("Would import").is_none());
    assert_eq!(
        std::fs::read(&journal).unwrap(),
        before,
        "the file as it was"
    );
    let session = harness.state().session().unwrap().clone();
    let session = session.lock();
    assert_eq!(session.journal().check_ins().len(), 1, "memory as it was");
    assert_eq!(session.last_step(), step_before, "no step in the history");
}

#[test]
fn a_rednotebook_file_of_nested_aliases_is_refused_in_the_preview() {
    use std::fmt::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.ron");
    let (mut harness, before) = harness_with_a_saved_check_in(&journal);
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let mut bomb = String::from("1:\n  text: &a0 \"lol\"\n");
    for level in 1..=9 {
        let names = vec![format!("*a{}", level - 1); 10].join(", ");
        writeln!(bomb, "  level{level}: &a{level} [{names}]").unwrap();
    }
    std::fs::write(data.join("2026-05.txt"), bomb).unwrap();
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Import…").click();
    harness.run();
    replace_text(
        &mut harness,
        Role::TextInput,
        "From",
        data.to_str().unwrap(),
    );
    let started = std::time::Instant::now();
    harness.get_by_label("Preview").click();
    common::finish_import(&mut harness);
    assert!(started.elapsed() < std::time::Duration::from_secs(2));
    assert!(
        harness
            .query_by_label_contains("uses YAML aliases, which RedNotebook never writes")
            .is_some()
    );
    assert_eq!(std::fs::read(&journal).unwrap(), before);
}
