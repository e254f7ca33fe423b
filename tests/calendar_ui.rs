//! The calendar date picker, driven with the keyboard alone and through the accessibility tree:
//! from a setback's date, from Today's heading and from the Progress custom range.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, Utc};
use egui::{Key, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use kintsugi::app::KintsugiApp;
use kintsugi::model::{Category, CheckInInput, NewSetback, Rating, Severity};
use kintsugi::storage::{self, JournalStore};

mod common;
use common::{in_memory, setback_titled, today};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A journal with one setback on 2 October 2026 and a check-in (mood 7) on 2 November 2026.
fn journal() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    let (mut store, mut journal) = JournalStore::open(&path).unwrap();
    let new = NewSetback {
        date: day(2026, 10, 2),
        title: "Quarterly plan slipped".to_owned(),
        category: Category::Work,
        severity: Severity::saturating(2),
        micro_failure: false,
        skill_names: vec![],
    };
    journal.add_setback(new, today(), Utc::now()).unwrap();
    let mut input = CheckInInput::default();
    input.ratings.mood = Rating::try_from(7).ok();
    journal
        .upsert_check_in(day(2026, 11, 2), &input, today(), Utc::now())
        .unwrap();
    store.save(&journal, today()).unwrap();
    drop(store);
    (dir, path)
}

fn harness_for(path: &Path) -> Harness<'static, KintsugiApp> {
    common::app_harness(path, egui::vec2(1280.0, 1400.0))
}

fn press(harness: &mut Harness<'_, KintsugiApp>, key: Key, times: usize) {
    for _ in 0..times {
        harness.key_press(key);
        harness.run();
    }
}

/// The accessible name of the widget with keyboard focus.
#[expect(
    clippy::redundant_closure_for_method_calls,
    reason = "the node type belongs to a crate the tests do not name"
)]
fn focused_label(harness: &Harness<'_, KintsugiApp>) -> String {
    harness
        .query_all(egui_kittest::kittest::by().predicate(|node| node.is_focused()))
        .next()
        .and_then(|node| node.accesskit_node().label())
        .unwrap_or_default()
}

#[test]
fn a_setback_date_is_picked_with_the_keyboard_alone() {
    let (_dir, path) = journal();
    let mut harness = harness_for(&path);
    harness.get_by_label("Setbacks screen").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Quarterly plan slipped")
        .click();
    harness.run();

    // From the date field, Tab reaches the calendar button and Enter opens it on the date.
    harness
        .get_by_role_and_label(Role::TextInput, "Date")
        .focus();
    harness.run();
    press(&mut harness, Key::Tab, 1);
    assert_eq!(focused_label(&harness), "Calendar for Date");
    press(&mut harness, Key::Enter, 1);
    assert_eq!(focused_label(&harness), "Friday 2 October 2026, 1 setback");

    // Three weeks back with the arrows, then Enter picks and focus returns to the button.
    press(&mut harness, Key::ArrowUp, 3);
    assert_eq!(focused_label(&harness), "Friday 11 September 2026");
    press(&mut harness, Key::Enter, 1);
    assert_eq!(focused_label(&harness), "Calendar for Date");
    let journal = in_memory(&harness);
    assert_eq!(
        setback_titled(&journal, "Quarterly plan slipped").date,
        day(2026, 9, 11)
    );
    assert!(
        harness
            .query_by_label_contains("Friday 11 September 2026")
            .is_none(),
        "the calendar closed"
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::S);
    harness.run();
    let on_disk = storage::load(&path).unwrap();
    assert_eq!(
        setback_titled(&on_disk, "Quarterly plan slipped").date,
        day(2026, 9, 11)
    );
}

#[test]
fn every_key_of_the_calendar_moves_where_it_says_and_escape_changes_nothing() {
    let (_dir, path) = journal();
    let mut harness = harness_for(&path);
    harness.get_by_label("Setbacks screen").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Quarterly plan slipped")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Calendar for Date")
        .click();
    harness.run();
    let steps = [
        (Key::ArrowRight, "Saturday 3 October 2026"),
        (Key::ArrowDown, "Saturday 10 October 2026"),
        (Key::ArrowLeft, "Friday 9 October 2026"),
        (Key::PageDown, "Monday 9 November 2026"),
        (Key::End, "Sunday 15 November 2026"),
        (Key::Home, "Monday 9 November 2026"),
        (Key::PageUp, "Friday 9 October 2026"),
    ];
    for (key, expected) in steps {
        press(&mut harness, key, 1);
        assert!(
            focused_label(&harness).starts_with(expected),
            "{key:?}: {}",
            focused_label(&harness)
        );
    }
    press(&mut harness, Key::Escape, 1);
    assert_eq!(focused_label(&harness), "Calendar for Date");
    assert_eq!(
        setback_titled(&in_memory(&harness), "Quarterly plan slipped").date,
        day(2026, 10, 2),
        "Escape picks nothing"
    );
}

#[test]
fn a_future_day_is_disabled_says_why_and_cannot_be_picked() {
    let (_dir, path) = journal();
    let mut harness = harness_for(&path);
    harness
        .get_by_label_contains("Saturday, 28 November 2026, choose another day")
        .click();
    harness.run();
    let future = "Sunday 29 November 2026, not available: check-ins are for today or earlier";
    let node = harness.get_by_label(future);
    assert!(
        node.accesskit_node().is_disabled(),
        "a future day is disabled"
    );
    node.click();
    harness.run();
    assert!(harness.query_by_label(future).is_some(), "still open");
    // With the keyboard, the arrows pass over it: focus stays on today.
    press(&mut harness, Key::ArrowRight, 1);
    assert!(focused_label(&harness).starts_with("Saturday 28 November 2026"));
    press(&mut harness, Key::PageDown, 1);
    assert!(focused_label(&harness).starts_with("Saturday 28 November 2026"));
    press(&mut harness, Key::Enter, 1);
    assert!(harness.query_by_label(future).is_none(), "closed");
    assert!(
        harness
            .query_by_label_contains("Saturday, 28 November 2026, choose another day")
            .is_some(),
        "still on today"
    );
}

#[test]
fn todays_heading_jumps_to_any_day_and_days_say_what_they_hold() {
    let (_dir, path) = journal();
    let mut harness = harness_for(&path);
    harness
        .get_by_label_contains("Saturday, 28 November 2026, choose another day")
        .focus();
    harness.run();
    press(&mut harness, Key::Enter, 1);
    assert!(focused_label(&harness).starts_with("Saturday 28 November 2026"));
    assert!(
        harness
            .query_by_label("Monday 2 November 2026, checked in (mood 7)")
            .is_some(),
        "a day announces its check-in"
    );
    // Back to the 2nd: four weeks up and two days left.
    press(&mut harness, Key::ArrowUp, 3);
    press(&mut harness, Key::ArrowLeft, 5);
    assert_eq!(
        focused_label(&harness),
        "Monday 2 November 2026, checked in (mood 7)"
    );
    press(&mut harness, Key::Enter, 1);
    assert!(
        harness
            .query_by_label_contains("Monday, 2 November 2026, choose another day")
            .is_some()
    );
    assert!(harness.query_by_label("Mood 7").is_some());
    // A click on a day of the previous month (the setback's) works the same.
    harness
        .get_by_label_contains("Monday, 2 November 2026, choose another day")
        .click();
    harness.run();
    press(&mut harness, Key::PageUp, 1);
    harness
        .get_by_label("Friday 2 October 2026, 1 setback")
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Friday, 2 October 2026, choose another day")
            .is_some()
    );
}

#[test]
fn the_progress_custom_range_is_chosen_on_calendars() {
    let (_dir, path) = journal();
    let mut harness = harness_for(&path);
    harness.get_by_label("Progress screen").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Calendar for From")
        .focus();
    harness.run();
    press(&mut harness, Key::Enter, 1);
    assert!(focused_label(&harness).starts_with("Saturday 28 November 2026"));
    press(&mut harness, Key::ArrowUp, 3);
    press(&mut harness, Key::Enter, 1);
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "From")
            .value()
            .unwrap_or_default(),
        "2026-11-07"
    );
    // The end cannot be before the start.
    harness
        .get_by_role_and_label(Role::Button, "Calendar for To")
        .click();
    harness.run();
    assert!(
        harness
            .get_by_label("Friday 6 November 2026, not available: before the start of the range")
            .accesskit_node()
            .is_disabled()
    );
    harness.get_by_label("Wednesday 18 November 2026").click();
    harness.run();
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "to")
            .value()
            .unwrap_or_default(),
        "2026-11-18"
    );
    let shown = kintsugi::insights::DateRange::new(day(2026, 11, 7), day(2026, 11, 18))
        .unwrap()
        .words();
    assert!(
        harness.query_all_by_label_contains(&shown).next().is_some(),
        "the picked range {shown} is shown"
    );
}

#[test]
fn the_calendar_speaks_french_on_a_french_thread() {
    kintsugi::i18n::use_on_this_thread(kintsugi::i18n::Language::French);
    let (_dir, path) = journal();
    let mut harness = harness_for(&path);
    // Progress (Ctrl+4): the end of its custom range may be any day after the start, so the
    // calendar can show the month after today's.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Num4);
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Calendrier\u{a0}: Fin")
        .click();
    harness.run();
    press(&mut harness, Key::PageDown, 1);
    assert!(
        harness.query_by_label("décembre 2026").is_some(),
        "the heading names the month in French"
    );
    let thursday = harness.get_by_label("jeudi 3 décembre 2026");
    assert_eq!(thursday.accesskit_node().role(), Role::Button);
    kintsugi::i18n::use_on_this_thread(kintsugi::i18n::Language::English);
}
