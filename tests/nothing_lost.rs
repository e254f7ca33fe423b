//! Nothing typed is ever lost, and every change can be undone: the unhappy paths of the editors
//! — an invalid field and then a click elsewhere, a half-typed item, quitting mid-edit, a
//! read-only session, a failed save — driven like a user would, checking memory and disk.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::too_many_lines,
    reason = "tests fail loudly on purpose"
)]

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, Utc};
use egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use kintsugi::app::{AppCommand, KintsugiApp};
use kintsugi::model::{Category, NewSetback, Severity};
use kintsugi::storage::{self, JournalStore};

mod common;
use common::{in_memory, open_setback, replace_text, setback_titled, today, type_into};

fn harness_for(path: &Path) -> Harness<'static, KintsugiApp> {
    common::app_harness(path, egui::vec2(1280.0, 1400.0))
}

/// A journal on disk with two setbacks; the first taught "Estimation".
fn journal_with_two_setbacks() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    let (mut store, mut journal) = JournalStore::open(&path).unwrap();
    for (day, title, skills) in [
        (2, "Quarterly plan slipped", vec!["Estimation".to_owned()]),
        (9, "Missed the stand-up", vec!["Planning".to_owned()]),
    ] {
        let new = NewSetback {
            date: NaiveDate::from_ymd_opt(2026, 10, day).unwrap(),
            title: title.to_owned(),
            category: Category::Work,
            severity: Severity::saturating(2),
            micro_failure: false,
            skill_names: skills,
        };
        journal.add_setback(new, today(), Utc::now()).unwrap();
    }
    store.save(&journal, today()).unwrap();
    drop(store);
    (dir, path)
}

/// Goes to the Setbacks screen and starts a new setback.
fn start_new_setback(harness: &mut Harness<'_, KintsugiApp>) {
    harness.get_by_label("Setbacks screen").click();
    harness.run();
    harness.get_by_label("+ New setback").click();
    harness.run();
}

/// Clicks the setback's row (its label may carry a flag after the title).
fn field_value(harness: &Harness<'_, KintsugiApp>, role: Role, label: &str) -> String {
    harness
        .get_by_role_and_label(role, label)
        .value()
        .unwrap_or_default()
}

/// The app's quit path, as the window's close button takes it.
fn quit(harness: &mut Harness<'_, KintsugiApp>) -> bool {
    let closing = harness.state_mut().on_close_requested();
    harness.run();
    closing
}

#[test]
fn a_paragraph_typed_after_a_date_typo_survives_another_setback_and_quitting() {
    let (_dir, path) = journal_with_two_setbacks();
    let mut harness = harness_for(&path);
    open_setback(&mut harness, "Quarterly plan slipped");
    replace_text(&mut harness, Role::TextInput, "Date", "2026-13-40");
    let paragraph = "The plan assumed the vendor would deliver on time, and nobody checked.";
    type_into(
        &mut harness,
        Role::MultilineTextInput,
        "What happened",
        paragraph,
    );
    assert!(
        harness
            .query_by_label_contains("“2026-13-40” is not a date")
            .is_some(),
        "the problem is shown beside the date"
    );
    let journal = in_memory(&harness);
    let setback = setback_titled(&journal, "Quarterly plan slipped");
    assert_eq!(
        setback.reflection.what_happened, paragraph,
        "the date holds back nothing"
    );
    assert_eq!(setback.date, NaiveDate::from_ymd_opt(2026, 10, 2).unwrap());

    // Another setback and back: the typo and the paragraph are both still there.
    open_setback(&mut harness, "Missed the stand-up");
    assert!(
        harness
            .query_by_role_and_label(
                Role::Button,
                "Quarterly plan slipped — a field needs attention"
            )
            .is_some(),
        "the entry with the kept field is marked in the list, for screen readers too"
    );
    open_setback(&mut harness, "Quarterly plan slipped");
    assert_eq!(field_value(&harness, Role::TextInput, "Date"), "2026-13-40");
    assert_eq!(
        field_value(&harness, Role::MultilineTextInput, "What happened"),
        paragraph
    );

    // Quitting asks about the date; discarding it lets the quit go ahead with the paragraph.
    assert!(!quit(&mut harness), "the kept date holds the quit");
    assert!(
        harness
            .query_by_label("Some text is not in your journal yet")
            .is_some()
    );
    harness.get_by_label("Discard all and quit").click();
    harness.run();
    assert!(quit(&mut harness), "now it quits");
    let on_disk = storage::load(&path).unwrap();
    assert_eq!(
        setback_titled(&on_disk, "Quarterly plan slipped")
            .reflection
            .what_happened,
        paragraph
    );
    assert_eq!(on_disk, in_memory(&harness));
}

#[test]
fn going_back_to_a_kept_field_from_the_quit_review_shows_it() {
    let (_dir, path) = journal_with_two_setbacks();
    let mut harness = harness_for(&path);
    open_setback(&mut harness, "Quarterly plan slipped");
    replace_text(&mut harness, Role::TextInput, "Date", "2099-01-01");
    assert!(harness.query_by_label_contains("in the future").is_some());
    open_setback(&mut harness, "Missed the stand-up");
    assert!(!quit(&mut harness));
    harness.get_by_label("Go to it").click();
    harness.run();
    assert_eq!(field_value(&harness, Role::TextInput, "Date"), "2099-01-01");
    replace_text(&mut harness, Role::TextInput, "Date", "2026-10-03");
    assert!(quit(&mut harness), "a fixed field no longer holds the quit");
    let on_disk = storage::load(&path).unwrap();
    assert_eq!(
        setback_titled(&on_disk, "Quarterly plan slipped").date,
        NaiveDate::from_ymd_opt(2026, 10, 3).unwrap()
    );
}

#[test]
fn a_half_typed_factor_is_added_when_another_setback_is_picked() {
    let (_dir, path) = journal_with_two_setbacks();
    let mut harness = harness_for(&path);
    open_setback(&mut harness, "Quarterly plan slipped");
    type_into(
        &mut harness,
        Role::TextInput,
        "New contributing factor",
        "No buffer in the plan",
    );
    open_setback(&mut harness, "Missed the stand-up");
    type_into(
        &mut harness,
        Role::TextInput,
        "New lesson",
        "Set two alarms",
    );
    // Leaving the screen settles it too.
    harness.get_by_label("Today screen").click();
    harness.run();
    let journal = in_memory(&harness);
    assert_eq!(
        setback_titled(&journal, "Quarterly plan slipped")
            .reflection
            .contributing_factors,
        vec!["No buffer in the plan".to_owned()]
    );
    assert_eq!(
        setback_titled(&journal, "Missed the stand-up")
            .reflection
            .lessons,
        vec!["Set two alarms".to_owned()]
    );
    assert!(quit(&mut harness));
    assert_eq!(storage::load(&path).unwrap(), journal);
}

#[test]
fn a_new_setback_is_kept_from_its_first_word_even_without_a_title() {
    let (_dir, path) = journal_with_two_setbacks();
    let mut harness = harness_for(&path);
    start_new_setback(&mut harness);
    type_into(
        &mut harness,
        Role::MultilineTextInput,
        "What happened",
        "Froze in the interview",
    );
    assert!(
        harness
            .query_by_label_contains("A setback needs a title")
            .is_some()
    );
    open_setback(&mut harness, "Missed the stand-up");
    let journal = in_memory(&harness);
    let untitled = setback_titled(&journal, kintsugi::model::UNTITLED_SETBACK);
    assert_eq!(untitled.reflection.what_happened, "Froze in the interview");
}

#[test]
fn creating_a_skill_inline_links_it_in_one_undoable_step() {
    let (_dir, path) = journal_with_two_setbacks();
    let mut harness = harness_for(&path);
    open_setback(&mut harness, "Missed the stand-up");
    replace_text(&mut harness, Role::TextInput, "Date", "not a date");
    type_into(&mut harness, Role::TextInput, "Add a skill", "Time boxing");
    harness.key_press(Key::Enter);
    harness.run();
    let journal = in_memory(&harness);
    let skill = journal
        .skill_named("Time boxing")
        .expect("the skill exists");
    assert!(
        setback_titled(&journal, "Missed the stand-up")
            .skills
            .contains(&skill.id),
        "and is linked although the date is invalid"
    );
    // One undo takes back both the skill and its link.
    harness.get_by_label("Today screen").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let undone = in_memory(&harness);
    assert!(undone.skill_named("Time boxing").is_none());
    assert!(
        !setback_titled(&undone, "Missed the stand-up")
            .skills
            .contains(&skill.id)
    );
}

#[test]
fn a_clashing_rename_never_holds_back_notes() {
    let (_dir, path) = journal_with_two_setbacks();
    let mut harness = harness_for(&path);
    harness.get_by_label("Skills screen").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Planning")
        .click();
    harness.run();
    replace_text(&mut harness, Role::TextInput, "Name", "estimation");
    // The merge offer is declined; the clash stays beside the name while notes are written.
    harness.get_by_label("Keep them apart").click();
    harness.run();
    type_into(
        &mut harness,
        Role::MultilineTextInput,
        "Notes",
        "Plan in half days",
    );
    harness
        .get_by_role_and_label(Role::Button, "Estimation")
        .click();
    harness.run();
    // The skill with the kept name is marked in the list, for screen readers too.
    harness
        .get_by_role_and_label(Role::Button, "Planning — name needs attention")
        .click();
    harness.run();
    assert_eq!(field_value(&harness, Role::TextInput, "Name"), "estimation");
    assert!(
        harness
            .query_by_label_contains("There is already a skill named “Estimation”")
            .is_some()
    );
    let journal = in_memory(&harness);
    let planning = journal.skill_named("Planning").expect("the name is kept");
    assert_eq!(planning.notes, "Plan in half days");
    // Emptying the name is refused the same way.
    harness
        .get_by_role_and_label(Role::TextInput, "Name")
        .focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Backspace);
    harness.run();
    assert!(
        harness
            .query_by_label_contains("A skill needs a name")
            .is_some()
    );
    assert!(in_memory(&harness).skill_named("Planning").is_some());
}

#[test]
fn every_change_undoes_and_redoes_in_order() {
    let (_dir, path) = journal_with_two_setbacks();
    let mut harness = harness_for(&path);
    let start = in_memory(&harness);
    harness.get_by_label("Mood 6").click();
    harness.run();
    type_into(&mut harness, Role::MultilineTextInput, "Note", "Better");
    open_setback(&mut harness, "Missed the stand-up");
    harness.get_by_label("Severity 4").click();
    harness.run();
    type_into(
        &mut harness,
        Role::MultilineTextInput,
        "What happened",
        "Overslept",
    );
    harness.get_by_label("Today screen").click();
    harness.run();
    let end = in_memory(&harness);
    let history = harness.state().session().unwrap().lock().history().len();
    assert_eq!(history, (4, 0), "one step per field: {history:?}");
    harness.get_by_label("Edit").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Undo “typing in What happened”")
            .is_some()
    );
    harness.key_press(Key::Escape);
    harness.run();
    for _ in 0..4 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        harness.run();
    }
    assert_eq!(in_memory(&harness), start, "every step undone");
    for step in 0..4 {
        if step % 2 == 0 {
            harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
        } else {
            harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
        }
        harness.run();
    }
    assert_eq!(in_memory(&harness), end, "every step redone");
    assert!(quit(&mut harness));
    assert_eq!(storage::load(&path).unwrap(), end);
}

#[test]
fn undoing_a_deletion_from_its_toast_first_undoes_later_changes_and_says_so() {
    let (_dir, path) = journal_with_two_setbacks();
    let mut harness = harness_for(&path);
    open_setback(&mut harness, "Missed the stand-up");
    harness.get_by_label("Delete…").click();
    harness.run();
    harness.get_by_label("Delete setback").click();
    harness.run();
    assert!(in_memory(&harness).setbacks().len() == 1);
    harness.get_by_label("Today screen").click();
    harness.run();
    harness.get_by_label("Mood 8").click();
    harness.run();
    harness.get_by_label("Undo").click();
    harness.run();
    let journal = in_memory(&harness);
    assert_eq!(journal.setbacks().len(), 2, "the setback is back");
    assert!(journal.check_in(today()).is_none(), "the later rating too");
    assert!(
        harness
            .query_by_label_contains("with the 1 later change made after it")
            .is_some()
    );
    // Redo goes forward again in the original order: the deletion, then the rating.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert!(in_memory(&harness).setbacks().len() == 1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert!(in_memory(&harness).check_in(today()).is_some());
}

#[test]
fn a_read_only_window_offers_no_change_and_refuses_undo() {
    let (_dir, path) = journal_with_two_setbacks();
    let writer = JournalStore::open(&path).unwrap();
    let mut harness = harness_for(&path);
    harness.get_by_label("Open read-only").click();
    harness.run();
    assert!(harness.query_by_label_contains("Read-only:").is_some());
    assert!(harness.query_by_label("Try again").is_some());
    harness.get_by_label("File").click();
    harness.run();
    for item in ["Import…", "Restore from backup…"] {
        assert!(
            harness.get_by_label(item).accesskit_node().is_disabled(),
            "{item} is disabled"
        );
    }
    harness.key_press(Key::Escape);
    harness.run();
    harness.get_by_label("Mood 4").click();
    harness.run();
    assert!(in_memory(&harness).check_in(today()).is_none());
    // Undo through its command is refused too, and says why.
    harness.state_mut().request(AppCommand::Undo);
    harness.run();
    assert!(harness.query_by_label_contains("Cannot undo").is_some());
    drop(writer);
    harness.get_by_label("Try again").click();
    harness.run();
    assert!(harness.query_by_label_contains("Read-only:").is_none());
    harness.get_by_label("Mood 4").click();
    harness.run();
    assert!(in_memory(&harness).check_in(today()).is_some());
}

#[test]
fn a_failed_save_stays_visible_until_a_save_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("journal-folder");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("journal.ron");
    let mut harness = harness_for(&path);
    harness.get_by_label("Mood 5").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    // The folder goes away and a file takes its name: saves fail.
    std::fs::remove_dir_all(&folder).unwrap();
    std::fs::write(&folder, "in the way").unwrap();
    harness.get_by_label("Mood 6").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Your changes could not be saved")
            .is_some()
    );
    for screen in ["Setbacks screen", "Skills screen", "Progress screen"] {
        harness.get_by_label(screen).click();
        harness.run();
        assert!(
            harness
                .query_by_label_contains("Your changes could not be saved")
                .is_some(),
            "the bar stays on the {screen}"
        );
    }
    let copy = dir.path().join("copy.ron");
    harness
        .state_mut()
        .request(AppCommand::SaveCopyTo(copy.clone()));
    harness.run();
    assert_eq!(storage::load(&copy).unwrap(), in_memory(&harness));
    std::fs::remove_file(&folder).unwrap();
    std::fs::create_dir(&folder).unwrap();
    harness.get_by_label("Retry").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Your changes could not be saved")
            .is_none()
    );
    assert_eq!(storage::load(&path).unwrap(), in_memory(&harness));
}

/// Committing the half-typed factor changes the editor's layout above the title (the entry is
/// no longer new); the title field keeps its focus and every letter typed into it.
#[test]
fn a_new_setback_takes_its_title_after_a_half_typed_factor() {
    let (_dir, path) = journal_with_two_setbacks();
    let mut harness = harness_for(&path);
    start_new_setback(&mut harness);
    type_into(
        &mut harness,
        Role::TextInput,
        "New contributing factor",
        "Rushed",
    );
    type_into(&mut harness, Role::TextInput, "Title", " Demo crashed");
    let journal = in_memory(&harness);
    let setback = setback_titled(&journal, "Demo crashed");
    assert_eq!(
        setback.reflection.contributing_factors,
        vec!["Rushed".to_owned()]
    );
}
