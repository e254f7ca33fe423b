//! Every row of the shortcut table is reachable and does what the table says; the F1 list
//! shows every row; the menus carry the same keys. Also Preferences, in-app reminders and the
//! File menu's New journal and Open recent.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::too_many_lines,
    reason = "tests fail loudly on purpose"
)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{NaiveDate, Utc};
use egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use kintsugi::app::shortcuts::{Action, SHORTCUTS, format_keys};
use kintsugi::app::{AppCommand, KintsugiApp, Screen};
use kintsugi::model::{CheckInInput, Rating};
use kintsugi::reminders::Reminder;
use kintsugi::storage::{self, JournalStore};

mod common;
use common::{in_memory, today};

fn journal_with_a_check_in() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    let (mut store, mut journal) = JournalStore::open(&path).unwrap();
    let mut input = CheckInInput::default();
    input.ratings.mood = Rating::try_from(6).ok();
    journal
        .upsert_check_in(today(), &input, today(), Utc::now())
        .unwrap();
    store.save(&journal, today()).unwrap();
    drop(store);
    (dir, path)
}

fn harness_for(path: &Path) -> Harness<'static, KintsugiApp> {
    common::app_harness(path, egui::vec2(1280.0, 1000.0))
}

fn press(harness: &mut Harness<'_, KintsugiApp>, keys: egui::KeyboardShortcut) {
    harness.key_press_modifiers(keys.modifiers, keys.logical_key);
    harness.run();
}

fn on_today(harness: &Harness<'_, KintsugiApp>, date: &str) -> bool {
    harness
        .query_by_label(&format!("{date}, choose another day"))
        .is_some()
}

#[test]
fn every_shortcut_in_the_table_does_what_it_says() {
    for shortcut in SHORTCUTS {
        for keys in shortcut.keys {
            let (_dir, path) = journal_with_a_check_in();
            let mut harness = harness_for(&path);
            let name = format!("{} ({})", shortcut.what, format_keys(*keys));
            match shortcut.action {
                Action::SaveNow => {
                    harness.get_by_label("Mood 3").click();
                    harness.run();
                    press(&mut harness, *keys);
                    let on_disk = storage::load(&path).unwrap();
                    assert_eq!(
                        on_disk.check_in(today()).unwrap().ratings.mood,
                        Rating::try_from(3).ok(),
                        "{name}"
                    );
                }
                Action::Undo | Action::Redo => {
                    harness.get_by_label("Mood 3").click();
                    harness.run();
                    let mood = |h: &Harness<'_, KintsugiApp>| {
                        in_memory(h).check_in(today()).unwrap().ratings.mood
                    };
                    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
                    harness.run();
                    if shortcut.action == Action::Undo {
                        harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
                        harness.run();
                        assert_eq!(mood(&harness), Rating::try_from(3).ok());
                    }
                    press(&mut harness, *keys);
                    let expected = if shortcut.action == Action::Undo {
                        6
                    } else {
                        3
                    };
                    assert_eq!(mood(&harness), Rating::try_from(expected).ok(), "{name}");
                }
                Action::Show(screen) => {
                    if screen == Screen::Today {
                        press(
                            &mut harness,
                            egui::KeyboardShortcut::new(Modifiers::COMMAND, Key::Num4),
                        );
                    }
                    press(&mut harness, *keys);
                    assert_eq!(harness.state().current_screen(), Some(screen), "{name}");
                }
                Action::SearchJournal => {
                    press(&mut harness, *keys);
                    assert_eq!(harness.state().current_screen(), Some(Screen::Journal));
                    harness
                        .get_by_role_and_label(Role::TextInput, "Search")
                        .type_text("zz");
                    harness.run();
                    assert_eq!(
                        harness
                            .get_by_role_and_label(Role::TextInput, "Search")
                            .value()
                            .unwrap_or_default(),
                        "zz",
                        "{name}: the keyboard is in the search box"
                    );
                }
                Action::ExportChart => {
                    press(&mut harness, *keys);
                    assert!(harness.query_by_label("Export chart").is_some(), "{name}");
                }
                Action::Preferences => {
                    press(&mut harness, *keys);
                    assert!(harness.query_by_label("Preferences").is_some(), "{name}");
                }
                Action::LockNow => {
                    // A plain journal cannot be locked, and says why (the encrypted journal's
                    // lock is in tests/encryption_ui.rs).
                    press(&mut harness, *keys);
                    assert!(harness.state().session().is_some(), "{name}");
                    assert!(
                        harness
                            .query_by_label_contains("Only an encrypted journal can be locked")
                            .is_some(),
                        "{name}"
                    );
                }
                Action::KeyboardShortcuts => {
                    press(&mut harness, *keys);
                    // Every row of the table is in the list, with all its keys.
                    for row in SHORTCUTS {
                        let keys: Vec<String> = row.keys.iter().map(|k| format_keys(*k)).collect();
                        assert!(
                            harness.query_by_label(&keys.join(" or ")).is_some(),
                            "F1 lists {}",
                            row.what
                        );
                    }
                }
                Action::Quit => {
                    harness.get_by_label("Mood 2").click();
                    harness.run();
                    press(&mut harness, *keys);
                    assert_eq!(
                        storage::load(&path)
                            .unwrap()
                            .check_in(today())
                            .unwrap()
                            .ratings
                            .mood,
                        Rating::try_from(2).ok(),
                        "{name}: saved before quitting"
                    );
                }
                Action::PreviousDay => {
                    press(&mut harness, *keys);
                    assert!(on_today(&harness, "Friday, 27 November 2026"), "{name}");
                }
                Action::NextDay => {
                    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowLeft);
                    harness.run();
                    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowLeft);
                    harness.run();
                    press(&mut harness, *keys);
                    assert!(on_today(&harness, "Friday, 27 November 2026"), "{name}");
                }
                Action::BackToToday => {
                    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowLeft);
                    harness.run();
                    press(&mut harness, *keys);
                    assert!(on_today(&harness, "Saturday, 28 November 2026"), "{name}");
                }
                Action::NewSetback => {
                    press(
                        &mut harness,
                        egui::KeyboardShortcut::new(Modifiers::COMMAND, Key::Num2),
                    );
                    press(&mut harness, *keys);
                    assert!(
                        harness
                            .query_by_role_and_label(Role::TextInput, "Title")
                            .is_some(),
                        "{name}: the new setback's editor is open"
                    );
                }
                action @ (Action::ZoomIn
                | Action::ZoomOut
                | Action::PanEarlier
                | Action::PanLater) => {
                    press(
                        &mut harness,
                        egui::KeyboardShortcut::new(Modifiers::COMMAND, Key::Num4),
                    );
                    harness.run();
                    let (min, max) = harness.state().progress_visible_days().unwrap();
                    press(&mut harness, *keys);
                    harness.run();
                    let (new_min, new_max) = harness.state().progress_visible_days().unwrap();
                    let moved = match action {
                        Action::ZoomIn => new_max - new_min < max - min - 1.0,
                        Action::ZoomOut => new_max - new_min > max - min + 1.0,
                        Action::PanEarlier => new_min < min - 1.0 && new_max < max - 1.0,
                        _ => new_min > min + 1.0 && new_max > max + 1.0,
                    };
                    assert!(moved, "{name}: {min}–{max} became {new_min}–{new_max}");
                }
            }
        }
    }
}

#[test]
fn the_file_menu_has_what_desktop_users_expect() {
    let (_dir, path) = journal_with_a_check_in();
    let mut harness = harness_for(&path);
    harness.get_by_label("File").click();
    harness.run();
    for item in [
        "New journal…",
        "Open…",
        "Open recent",
        "Save a copy as…",
        "Show data folder",
        "Preferences…",
        "Quit",
    ] {
        assert!(
            harness.query_by_label_contains(item).is_some(),
            "File → {item}"
        );
    }
}

#[test]
fn preferences_set_the_first_weekday_and_a_reminder_that_arrives_once() {
    let (_dir, path) = tempdir_journal();
    let clock = common::clock_at(today().and_hms_opt(19, 30, 0).unwrap());
    let mut harness =
        common::app_harness_with_clock(&path, egui::vec2(1280.0, 1000.0), clock.clone());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Comma);
    harness.run();

    // Weeks start on Sunday: Today's calendar begins with Sunday 1 November.
    harness.get_by_label("Sunday").click();
    harness.run();
    harness.get_by_label("Remind me to check in at").click();
    harness.run();
    common::replace_text(&mut harness, Role::TextInput, "Reminder time", "25:99");
    assert!(harness.query_by_label_contains("is not a time").is_some());
    common::replace_text(&mut harness, Role::TextInput, "Reminder time", "20:00");
    assert!(harness.query_by_label_contains("is not a time").is_none());
    let settings = harness.state().reminder_settings();
    assert_eq!(settings.daily, chrono::NaiveTime::from_hms_opt(20, 0, 0));
    assert_eq!(
        harness.state().preferences().first_weekday,
        chrono::Weekday::Sun
    );
    harness.get_by_label("Close window").click();
    harness.run();

    harness
        .get_by_label("Saturday, 28 November 2026, choose another day")
        .click();
    harness.run();
    let first_day = harness
        .query_all(egui_kittest::kittest::by().role(Role::Button))
        .filter_map(|node| node.accesskit_node().label())
        .find(|label| {
            label.ends_with(" 2026")
                && label
                    .split_whitespace()
                    .nth(1)
                    .is_some_and(|word| word.parse::<u32>().is_ok())
        })
        .unwrap();
    assert!(
        first_day.starts_with("Sunday 1 November 2026"),
        "{first_day}"
    );
    harness.key_press(Key::Escape);
    harness.run();

    // 19:30: nothing yet. 20:01: one reminder, once.
    assert!(harness.state_mut().take_due_reminders().is_empty());
    clock.advance(Duration::from_mins(31));
    harness.run();
    assert_eq!(
        harness.state_mut().take_due_reminders(),
        vec![Reminder::CheckIn(today())]
    );
    clock.advance(Duration::from_mins(2));
    harness.run();
    assert!(
        harness.state_mut().take_due_reminders().is_empty(),
        "once a day"
    );

    // Clicking it (from another screen) shows Today.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    harness.run();
    harness
        .state_mut()
        .open_reminder(Reminder::CheckIn(today()));
    harness.run();
    assert_eq!(harness.state().current_screen(), Some(Screen::Today));
    harness
        .state_mut()
        .open_reminder(Reminder::WeeklyReview(today()));
    harness.run();
    // The weekly review page, over the days since the last review.
    harness.get_by_label("Review your week");
    harness.get_by_label("Done");
}

#[test]
fn a_day_already_checked_in_gets_no_reminder() {
    let (_dir, path) = journal_with_a_check_in();
    let clock = common::clock_at(today().and_hms_opt(19, 30, 0).unwrap());
    let mut harness =
        common::app_harness_with_clock(&path, egui::vec2(1280.0, 1000.0), clock.clone());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Comma);
    harness.run();
    harness.get_by_label("Remind me to check in at").click();
    harness.run();
    clock.advance(Duration::from_hours(1));
    harness.run();
    assert!(harness.state_mut().take_due_reminders().is_empty());
}

fn tempdir_journal() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    (dir, path)
}

#[test]
fn a_new_journal_never_replaces_a_file_and_joins_open_recent() {
    let (dir, path) = journal_with_a_check_in();
    let mut harness = harness_for(&path);
    let before = std::fs::read(&path).unwrap();
    harness
        .state_mut()
        .request(AppCommand::CreateJournal(path.clone()));
    harness.run();
    assert!(
        harness
            .query_by_label_contains("already exists and was left as it is")
            .is_some()
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(
        in_memory(&harness).check_in(today()).is_some(),
        "still open"
    );

    let fresh = dir.path().join("second.ron");
    harness
        .state_mut()
        .request(AppCommand::CreateJournal(fresh.clone()));
    harness.run();
    assert!(fresh.exists());
    assert!(
        in_memory(&harness).is_empty(),
        "the new, empty journal is open"
    );
    assert_eq!(harness.state().title(), "second.ron — Kintsugi");
    assert_eq!(
        harness.state().preferences().recent_journals,
        vec![fresh.clone(), path.clone()]
    );

    // Open recent brings the first one back.
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open recent").click();
    harness.run();
    harness.get_by_label(&path.display().to_string()).click();
    harness.run();
    assert!(in_memory(&harness).check_in(today()).is_some());
    assert_eq!(
        harness.state().preferences().recent_journals,
        vec![path, fresh]
    );
    let _ = NaiveDate::MIN;
}

#[test]
fn the_readme_lists_the_same_shortcuts_as_the_table() {
    use kintsugi::app::shortcuts::Scope;
    use std::fmt::Write as _;
    let mut table = String::from("| Keys | Action |\n| --- | --- |\n");
    for shortcut in SHORTCUTS {
        let keys: Vec<String> = shortcut.keys.iter().map(|k| format_keys(*k)).collect();
        let place = match shortcut.scope {
            Scope::Everywhere => "",
            Scope::Today => " (Today)",
            Scope::Setbacks => " (Setbacks)",
            Scope::ProgressChart => " (Progress chart)",
        };
        writeln!(
            table,
            "| {} | {}{place} |",
            keys.join(" or "),
            shortcut.what
        )
        .unwrap();
    }
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    assert!(
        readme.contains(&table),
        "README's Keyboard section should read:\n{table}"
    );
}
