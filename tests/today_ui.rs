//! The Today screen, driven like a user would: find widgets by their label, click, type, and
//! check the journal in memory and on disk. The accessibility check of `egui_kittest` stays on.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::too_many_lines,
    reason = "tests fail loudly on purpose"
)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use kintsugi::app::{JournalSource, KintsugiApp};
use kintsugi::model::Rating;
use kintsugi::storage::{self, JournalStore};

mod common;
use common::{clock, in_memory, today, type_into};

fn harness_for(path: &Path) -> Harness<'static, KintsugiApp> {
    common::app_harness(path, egui::vec2(1280.0, 800.0))
}

fn temp_journal() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    (dir, path)
}

fn rating(value: u8) -> Option<Rating> {
    Rating::try_from(value).ok()
}

#[test]
fn a_check_in_typed_and_saved_with_the_button_is_on_disk() {
    let (_dir, path) = temp_journal();
    let mut harness = harness_for(&path);
    harness.run();
    assert!(
        harness
            .query_by_label("No check-in for this day yet")
            .is_some()
    );

    harness.get_by_label("Mood 7").click();
    harness.get_by_label("Resilience 5").click();
    harness.get_by_label("Growth mindset 8").click();
    harness.run();
    let note = harness.get_by_role_and_label(Role::MultilineTextInput, "Note");
    note.focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Note")
        .type_text("Gave the talk — nervous, but it went OK");
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Tags")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Tags")
        .type_text("speaking");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Save").click();
    harness.run();

    let check_in = in_memory(&harness)
        .check_in(today())
        .cloned()
        .expect("today's check-in");
    assert_eq!(check_in.ratings.mood, rating(7));
    assert_eq!(check_in.ratings.resilience, rating(5));
    assert_eq!(check_in.ratings.growth_mindset, rating(8));
    assert_eq!(check_in.note, "Gave the talk — nervous, but it went OK");
    assert_eq!(check_in.tags, ["speaking"]);
    assert!(
        harness.query_by_label("✔ Saved").is_some(),
        "the indicator says saved"
    );

    let on_disk = storage::load(&path).unwrap();
    assert_eq!(on_disk.check_in(today()), Some(&check_in));
}

#[test]
fn ctrl_s_saves_and_days_can_be_visited_and_filled_in() {
    let (_dir, path) = temp_journal();
    let mut harness = harness_for(&path);
    harness.run();
    harness.get_by_label("Mood 6").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(
        storage::load(&path)
            .unwrap()
            .check_in(today())
            .unwrap()
            .ratings
            .mood,
        rating(6)
    );

    // The day before starts empty, can be filled in, and keeps its own values.
    harness.get_by_label_contains("Previous day").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Friday, 27 November 2026")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("No check-in for this day yet")
            .is_some()
    );
    harness.get_by_label("Resilience 3").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    harness.run();

    harness.get_by_label_contains("Next day").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Saturday, 28 November 2026")
            .is_some()
    );
    // Clicking the selected value again clears it; today then has no rating and is kept as it was.
    harness.get_by_label("Mood 9").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();

    let journal = storage::load(&path).unwrap();
    let yesterday = today().pred_opt().unwrap();
    assert_eq!(
        journal.check_in(yesterday).unwrap().ratings.resilience,
        rating(3)
    );
    assert_eq!(journal.check_in(yesterday).unwrap().ratings.mood, None);
    assert_eq!(journal.check_in(today()).unwrap().ratings.mood, rating(9));
    assert_eq!(journal, in_memory(&harness));
}

#[test]
fn edits_reach_the_disk_within_a_second_without_saving() {
    let (_dir, path) = temp_journal();
    let clock = clock();
    let mut harness =
        common::app_harness_with_clock(&path, egui::vec2(1280.0, 800.0), clock.clone());
    harness.run();
    harness.get_by_label("Growth mindset 4").click();
    harness.run();
    assert!(harness.query_by_label("Saving…").is_some());
    // The journal file is created by the first save.
    let on_disk = |path: &Path| {
        storage::load(path)
            .ok()?
            .check_in(today())
            .and_then(|check_in| check_in.ratings.growth_mindset)
    };
    // Time moves only when the test moves the app's clock: not yet due, then due.
    clock.advance(Duration::from_millis(400));
    harness.run();
    assert_eq!(on_disk(&path), None, "the autosave waits for its delay");
    assert!(harness.query_by_label("Saving…").is_some());
    clock.advance(Duration::from_millis(200));
    harness.run();
    // The save is written on its own thread; the next frames take it in.
    common::land_saves(&mut harness);
    assert_eq!(on_disk(&path), rating(4));
    assert!(harness.query_by_label("Saving…").is_none());
}

#[test]
fn a_day_can_hold_just_words_and_they_reach_the_disk() {
    let (_dir, path) = temp_journal();
    let mut harness = harness_for(&path);
    harness.run();
    type_into(&mut harness, Role::MultilineTextInput, "Note", "Tough day");
    let check_in = in_memory(&harness).check_in(today()).cloned().unwrap();
    assert_eq!(check_in.note, "Tough day");
    assert!(
        !check_in.is_rated(),
        "a note-only day, with no rating invented"
    );
    // Going away and back shows the note from the journal.
    harness.get_by_label_contains("Previous day").click();
    harness.run();
    harness.get_by_label_contains("Next day").click();
    harness.run();
    let note = harness.get_by_role_and_label(Role::MultilineTextInput, "Note");
    assert_eq!(note.value().as_deref(), Some("Tough day"));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let on_disk = storage::load(&path).unwrap();
    assert_eq!(on_disk.check_in(today()).unwrap().note, "Tough day");
    assert_eq!(on_disk, in_memory(&harness));
}

#[test]
fn clearing_the_last_rating_keeps_the_note_and_later_edits() {
    let (_dir, path) = temp_journal();
    let mut harness = harness_for(&path);
    harness.run();
    harness.get_by_label("Mood 7").click();
    harness.run();
    type_into(
        &mut harness,
        Role::MultilineTextInput,
        "Note",
        "First words",
    );
    // Clicking the selected value clears it: the day keeps its note.
    harness.get_by_label("Mood 7").click();
    harness.run();
    type_into(&mut harness, Role::MultilineTextInput, "Note", " and more");
    let check_in = in_memory(&harness).check_in(today()).cloned().unwrap();
    assert_eq!(check_in.note, "First words and more");
    assert_eq!(check_in.ratings.mood, None);
    assert!(
        harness
            .query_by_label_contains("needs at least one")
            .is_none()
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(
        storage::load(&path)
            .unwrap()
            .check_in(today())
            .unwrap()
            .note,
        "First words and more"
    );
}

#[test]
fn at_midnight_today_moves_on_and_nothing_typed_changes_day() {
    let (_dir, path) = temp_journal();
    let clock = common::clock_at(today().and_hms_opt(23, 59, 0).unwrap());
    let mut harness =
        common::app_harness_with_clock(&path, egui::vec2(1280.0, 800.0), clock.clone());
    harness.get_by_label("Mood 3").click();
    harness.run();
    type_into(&mut harness, Role::MultilineTextInput, "Note", "Late night");
    // A tag half-typed before midnight belongs to the day it was typed for.
    type_into(&mut harness, Role::TextInput, "Tags", "insomnia");
    clock.advance(Duration::from_mins(2));
    harness.run();
    harness.run();
    let tomorrow = today().succ_opt().unwrap();
    assert!(
        harness
            .query_by_label_contains(&kintsugi::app::long_date(tomorrow))
            .is_some(),
        "the screen shows the new day"
    );
    let note = harness.get_by_role_and_label(Role::MultilineTextInput, "Note");
    assert_eq!(
        note.value().as_deref(),
        Some(""),
        "the new day starts empty"
    );
    type_into(&mut harness, Role::MultilineTextInput, "Note", "New day");
    let journal = in_memory(&harness);
    let yesterday = journal.check_in(today()).unwrap();
    assert_eq!(yesterday.note, "Late night");
    assert_eq!(yesterday.ratings.mood, rating(3));
    assert_eq!(yesterday.tags, vec!["insomnia".to_owned()]);
    let new_day = journal.check_in(tomorrow).unwrap();
    assert_eq!(new_day.note, "New day");
    assert_eq!(new_day.ratings.mood, None, "no rating carried over");
}

#[test]
fn an_unreadable_journal_shows_why_and_is_not_overwritten() {
    let (_dir, path) = temp_journal();
    std::fs::write(&path, "(format_version: 1, check_ins: [oops").unwrap();
    let mut harness = harness_for(&path);
    harness.run();
    assert!(
        harness
            .query_by_label("Kintsugi can't open your journal")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("not a readable Kintsugi journal")
            .is_some()
    );
    assert!(
        harness
            .query_by_label(&path.display().to_string())
            .is_some(),
        "the file is named"
    );
    assert!(
        harness
            .query_by_label_contains("Restore the newest backup")
            .is_none(),
        "there is no backup yet"
    );
    assert!(harness.query_by_label("Open another file…").is_some());
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "(format_version: 1, check_ins: [oops"
    );
}

#[test]
fn the_newest_backup_can_be_restored_from_the_broken_screen() {
    let (dir, path) = temp_journal();
    {
        let (mut store, mut journal) = JournalStore::open(&path).unwrap();
        let input = kintsugi::model::CheckInInput {
            ratings: kintsugi::model::Ratings {
                mood: rating(8),
                ..Default::default()
            },
            ..Default::default()
        };
        let day = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        journal
            .upsert_check_in(day, &input, day, chrono::Utc::now())
            .unwrap();
        store.save(&journal, day).unwrap();
        store.save(&journal, day.succ_opt().unwrap()).unwrap();
    }
    std::fs::write(&path, "garbage").unwrap();
    let mut harness = harness_for(&path);
    harness.run();
    harness
        .get_by_label_contains("Restore the newest backup")
        .click();
    harness.run();
    let journal = in_memory(&harness);
    assert_eq!(journal.check_ins().len(), 1);
    let kept: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|entry| entry.file_name().to_string_lossy().contains("unreadable"))
        .collect();
    assert_eq!(kept.len(), 1, "the unreadable file is kept");
    assert_eq!(std::fs::read_to_string(kept[0].path()).unwrap(), "garbage");
}

#[test]
fn a_journal_open_elsewhere_can_be_viewed_read_only() {
    let (_dir, path) = temp_journal();
    let (mut store, mut journal) = JournalStore::open(&path).unwrap();
    let input = kintsugi::model::CheckInInput {
        ratings: kintsugi::model::Ratings {
            mood: rating(5),
            ..Default::default()
        },
        ..Default::default()
    };
    journal
        .upsert_check_in(today(), &input, today(), chrono::Utc::now())
        .unwrap();
    store.save(&journal, today()).unwrap();
    let before = std::fs::read(&path).unwrap();

    let mut harness = harness_for(&path);
    harness.run();
    assert!(
        harness
            .query_by_label("Your journal is open in another Kintsugi")
            .is_some()
    );
    harness.get_by_label("Open read-only").click();
    harness.run();
    assert!(harness.query_by_label_contains("Read-only:").is_some());
    harness.get_by_label("Mood 9").click();
    harness.run();
    assert_eq!(
        in_memory(&harness).check_in(today()).unwrap().ratings.mood,
        rating(5),
        "no edits in read-only mode"
    );
    harness.get_by_label("Delete this check-in…").click();
    harness.run();
    assert!(
        harness.query_by_label("Delete this check-in?").is_none(),
        "deleting is disabled too"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(harness.state().title().contains("read-only"));
}

#[test]
fn the_first_run_welcomes_and_offers_the_demo_without_writing_anything() {
    let (_dir, path) = temp_journal();
    let app = KintsugiApp::open(&JournalSource::File(path.clone()), clock());
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut KintsugiApp| app.ui(ui), app);
    harness.run();
    assert!(harness.query_by_label("Welcome to Kintsugi").is_some());
    assert!(
        harness
            .query_by_label("Open an existing journal…")
            .is_some()
    );
    harness.get_by_label("Explore the demo journal").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("You are exploring a demo journal")
            .is_some()
    );
    assert!(
        in_memory(&harness).check_ins().len() > 500,
        "the demo has years of entries"
    );
    harness.get_by_label("Mood 3").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(!path.exists(), "the demo never writes the journal");
}

#[test]
fn starting_a_journal_creates_it_on_the_first_check_in() {
    let (_dir, path) = temp_journal();
    let mut harness = harness_for(&path);
    assert!(!path.exists(), "nothing is written before the first change");
    harness.get_by_label("Mood 8").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(
        storage::load(&path)
            .unwrap()
            .check_in(today())
            .unwrap()
            .ratings
            .mood,
        rating(8)
    );
}

#[test]
fn a_check_in_is_deleted_only_when_confirmed_and_undo_brings_it_back() {
    let (_dir, path) = temp_journal();
    let mut harness = harness_for(&path);
    harness.run();
    assert!(
        harness.query_by_label("Delete this check-in…").is_none(),
        "nothing to delete on an empty day"
    );
    harness.get_by_label("Mood 4").click();
    harness.run();
    type_into(
        &mut harness,
        Role::MultilineTextInput,
        "Note",
        "A hard review.",
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();

    // Asked first: Cancel keeps it.
    harness.get_by_label("Delete this check-in…").click();
    harness.run();
    assert!(harness.query_by_label("Delete this check-in?").is_some());
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(in_memory(&harness).check_in(today()).is_some());

    harness.get_by_label("Delete this check-in…").click();
    harness.run();
    harness.get_by_label("Delete check-in").click();
    harness.run();
    assert!(in_memory(&harness).check_in(today()).is_none());
    assert!(harness.query_by_label("Delete this check-in…").is_none());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(storage::load(&path).unwrap().check_in(today()).is_none());
    assert!(
        harness
            .query_by_label("No check-in for this day yet")
            .is_some()
    );

    // Undo brings back the ratings and the words.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let restored = in_memory(&harness);
    let check_in = restored.check_in(today()).unwrap();
    assert_eq!(check_in.ratings.mood, rating(4));
    assert_eq!(check_in.note, "A hard review.");
    assert!(harness.query_by_label("Mood 4").is_some());
}

#[test]
fn alt_home_comes_back_to_today_from_a_past_day() {
    let (_dir, path) = temp_journal();
    let mut harness = harness_for(&path);
    harness.run();
    for _ in 0..3 {
        harness.key_press_modifiers(Modifiers::ALT, Key::ArrowLeft);
        harness.run();
    }
    assert!(
        harness
            .query_by_label_contains("Wednesday, 25 November 2026")
            .is_some()
    );
    harness.key_press_modifiers(Modifiers::ALT, Key::Home);
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Saturday, 28 November 2026")
            .is_some()
    );
    assert!(harness.query_by_label("Back to today").is_none());
}
