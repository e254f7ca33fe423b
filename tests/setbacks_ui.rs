//! The Setbacks and Skills screens, driven like a user would; each flow checks the journal in
//! memory and on disk after reloading.

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
use egui_kittest::kittest::Queryable as _;
use kintsugi::app::{KintsugiApp, Screen};
use kintsugi::model::{
    Category, FeedbackSource, Journal, NewExperiment, NewSetback, Severity, TryWhen,
};
use kintsugi::storage::{self, JournalStore};

mod common;
use common::{in_memory, setback_titled, today, type_into};

fn harness_for(path: &Path) -> Harness<'static, KintsugiApp> {
    common::app_harness(path, egui::vec2(1280.0, 1400.0))
}

/// A journal on disk with one earlier setback that taught "Estimation", and one micro-failure.
fn journal_with_history() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    let (mut store, mut journal) = JournalStore::open(&path).unwrap();
    for (date, title, micro, skills) in [
        (
            NaiveDate::from_ymd_opt(2026, 10, 2).unwrap(),
            "Quarterly plan slipped",
            false,
            vec!["Estimation".to_owned()],
        ),
        (
            NaiveDate::from_ymd_opt(2026, 10, 9).unwrap(),
            "Missed the stand-up",
            true,
            vec![],
        ),
    ] {
        let new = NewSetback {
            date,
            title: title.to_owned(),
            category: Category::Work,
            severity: Severity::saturating(2),
            micro_failure: micro,
            skill_names: skills,
        };
        journal.add_setback(new, today(), Utc::now()).unwrap();
    }
    store.save(&journal, today()).unwrap();
    drop(store);
    (dir, path)
}

fn add_list_item(harness: &mut Harness<'_, KintsugiApp>, label: &str, text: &str) {
    type_into(harness, Role::TextInput, label, text);
    harness.key_press(Key::Enter);
    harness.run();
}

fn save_and_reload(harness: &mut Harness<'_, KintsugiApp>, path: &Path) -> Journal {
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let on_disk = storage::load(path).unwrap();
    assert_eq!(
        on_disk,
        in_memory(harness),
        "what is on disk is what the app shows"
    );
    on_disk
}

/// Creates the fully reflected setback of the first flow and returns its title.
fn log_reflected_setback(harness: &mut Harness<'_, KintsugiApp>) -> &'static str {
    let title = "Demo für das Team lief schief";
    harness.get_by_label("Setbacks screen").click();
    harness.run();
    harness.get_by_label("+ New setback").click();
    harness.run();
    // The title is focused: type straight away.
    harness
        .get_by_role_and_label(Role::TextInput, "Title")
        .type_text(title);
    harness.run();
    add_list_item(harness, "New contributing factor", "Rehearsed only once");
    add_list_item(harness, "New contributing factor", "Untested demo data");
    harness.get_by_label("+ Add feedback").click();
    harness.run();
    harness.get_by_label("+ Add feedback").click();
    harness.run();
    type_into(harness, Role::TextInput, "Feedback 1 name", "Zoë");
    type_into(
        harness,
        Role::MultilineTextInput,
        "Feedback 1 insight",
        "Lead with the story, not the features",
    );
    harness.get_by_label("Feedback 2 source").click();
    harness.run();
    harness.get_by_label("Peer").click();
    harness.run();
    type_into(
        harness,
        Role::MultilineTextInput,
        "Feedback 2 insight",
        "Practise with real data",
    );
    add_list_item(harness, "New lesson", "Rehearse twice, once with a friend");
    add_list_item(harness, "New lesson", "Check the data the day before");
    add_list_item(harness, "Add a skill", "Storytelling");
    type_into(harness, Role::TextInput, "Add a skill", "estim");
    // The suggestions are at the bottom of a long editor: scroll to them, as a user would.
    harness
        .get_by_role_and_label(Role::Button, "Estimation")
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Estimation")
        .click();
    harness.run();
    title
}

#[test]
fn a_fully_reflected_setback_is_created_and_saved() {
    let (_dir, path) = journal_with_history();
    let mut harness = harness_for(&path);
    let title = log_reflected_setback(&mut harness);

    let journal = save_and_reload(&mut harness, &path);
    let setback = setback_titled(&journal, title);
    assert_eq!(setback.date, today());
    let reflection = &setback.reflection;
    assert_eq!(
        reflection.contributing_factors,
        ["Rehearsed only once", "Untested demo data"]
    );
    assert_eq!(
        reflection.lessons,
        [
            "Rehearse twice, once with a friend",
            "Check the data the day before"
        ]
    );
    assert_eq!(reflection.feedback.len(), 2);
    assert_eq!(reflection.feedback[0].source, FeedbackSource::Mentor);
    assert_eq!(reflection.feedback[0].name.as_deref(), Some("Zoë"));
    assert_eq!(
        reflection.feedback[0].insight,
        "Lead with the story, not the features"
    );
    assert_eq!(reflection.feedback[1].source, FeedbackSource::Peer);
    assert_eq!(reflection.feedback[1].insight, "Practise with real data");
    let names: Vec<&str> = setback
        .skills
        .iter()
        .map(|id| journal.skill(*id).unwrap().name.as_str())
        .collect();
    assert_eq!(names, ["Storytelling", "Estimation"]);
    let storytelling = journal.skill_named("storytelling").unwrap();
    assert_eq!(
        journal.first_acquired(storytelling),
        Some(today()),
        "a new skill starts on the setback's date"
    );
    let estimation = journal.skill_named("Estimation").unwrap();
    assert_eq!(
        journal.skill_link_count(estimation.id),
        2,
        "the existing skill was linked, not duplicated"
    );
    assert_eq!(journal.skills().len(), 2);
}

#[test]
fn editing_a_setback_changes_it_and_bad_input_is_explained_not_saved() {
    let (_dir, path) = journal_with_history();
    let mut harness = harness_for(&path);
    harness.get_by_label("Setbacks screen").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Quarterly plan slipped")
        .click();
    harness.run();
    harness.get_by_label("Severity 4").click();
    harness.run();
    type_into(&mut harness, Role::TextInput, "Title", " (Q3)");
    let journal = save_and_reload(&mut harness, &path);
    let setback = setback_titled(&journal, "Quarterly plan slipped (Q3)");
    assert_eq!(setback.severity.get(), 4);

    // A date in the future is refused next to the field; the journal keeps the valid date.
    let date_field = harness.get_by_role_and_label(Role::TextInput, "Date");
    date_field.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Date")
        .type_text("2027-01-05");
    harness.run();
    assert!(
        harness
            .query_by_label_contains("is in the future")
            .is_some()
    );
    let kept = setback_titled(&in_memory(&harness), "Quarterly plan slipped (Q3)").date;
    assert_eq!(kept, NaiveDate::from_ymd_opt(2026, 10, 2).unwrap());
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "Date")
            .value()
            .as_deref(),
        Some("2027-01-05"),
        "what the user typed stays in the field"
    );
}

#[test]
fn the_list_filters_by_text_and_by_micro_failures() {
    let (_dir, path) = journal_with_history();
    let mut harness = harness_for(&path);
    harness.get_by_label("Setbacks screen").click();
    harness.run();
    assert!(harness.query_by_label("2 setbacks").is_some());
    type_into(&mut harness, Role::TextInput, "Search", "quarterly");
    assert!(harness.query_by_label("1 of 2 setbacks").is_some());
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Quarterly plan slipped")
            .is_some()
    );
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Missed the stand-up")
            .is_none()
    );
    harness.get_by_label("Clear filters").click();
    harness.run();
    harness.get_by_label("Micro-failures only").click();
    harness.run();
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Missed the stand-up")
            .is_some()
    );
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Quarterly plan slipped")
            .is_none()
    );
}

#[test]
fn a_deleted_setback_comes_back_with_its_links_on_undo() {
    let (_dir, path) = journal_with_history();
    let mut harness = harness_for(&path);
    harness.get_by_label("Setbacks screen").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Quarterly plan slipped")
        .click();
    harness.run();
    harness.get_by_label("Delete…").click();
    harness.run();
    harness.get_by_label("Delete setback").click();
    harness.run();
    let journal = save_and_reload(&mut harness, &path);
    assert_eq!(journal.setbacks().len(), 1);
    let estimation = journal.skill_named("Estimation").unwrap().id;
    assert_eq!(journal.skill_link_count(estimation), 0);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let journal = save_and_reload(&mut harness, &path);
    let restored = setback_titled(&journal, "Quarterly plan slipped");
    assert_eq!(restored.skills, vec![estimation], "the skill link is back");
}

#[test]
fn a_deleted_setback_takes_its_experiments_and_undo_brings_them_back() {
    let (_dir, path) = journal_with_history();
    {
        let (mut store, mut journal) = JournalStore::open(&path).unwrap();
        let setback = setback_titled(&journal, "Quarterly plan slipped").id;
        let new = NewExperiment {
            setback,
            text: "Ask for a buffer".to_owned(),
            when: TryWhen::By(NaiveDate::from_ymd_opt(2026, 10, 20).unwrap()),
            skill: None,
            created_on: NaiveDate::from_ymd_opt(2026, 10, 3).unwrap(),
        };
        journal.add_experiment(new, today(), Utc::now()).unwrap();
        store.save(&journal, today()).unwrap();
    }
    let before = storage::load(&path).unwrap().experiments().to_vec();
    let mut harness = harness_for(&path);
    harness.get_by_label("Setbacks screen").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Quarterly plan slipped")
        .click();
    harness.run();
    harness.get_by_label("Delete…").click();
    harness.run();
    harness.get_by_label("Delete setback").click();
    harness.run();
    let journal = save_and_reload(&mut harness, &path);
    assert!(
        journal.experiments().is_empty(),
        "its experiment went with it"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let journal = save_and_reload(&mut harness, &path);
    assert_eq!(journal.experiments(), before, "the experiment is back");
}

#[test]
fn a_skill_links_back_to_its_setback_and_an_orphaned_skill_can_be_deleted() {
    let (_dir, path) = journal_with_history();
    let mut harness = harness_for(&path);
    harness.get_by_label("Skills screen").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Estimation")
        .click();
    harness.run();
    harness
        .get_by_label("Open setback Quarterly plan slipped")
        .click();
    harness.run();
    assert_eq!(harness.state().current_screen(), Some(Screen::Setbacks));
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "Title")
            .value()
            .as_deref(),
        Some("Quarterly plan slipped")
    );
    // Unlinking the skill's only setback asks what to do with it.
    harness.get_by_label("Remove skill Estimation").click();
    harness.run();
    assert!(harness.query_by_label("Keep the skill?").is_some());
    harness.get_by_label("Delete skill").click();
    harness.run();
    let journal = save_and_reload(&mut harness, &path);
    assert!(journal.skill_named("Estimation").is_none());
    assert!(
        setback_titled(&journal, "Quarterly plan slipped")
            .skills
            .is_empty()
    );
}

#[test]
fn renaming_a_skill_to_an_existing_name_offers_a_merge() {
    let (_dir, path) = journal_with_history();
    let mut harness = harness_for(&path);
    let title = log_reflected_setback(&mut harness);
    harness.get_by_label("Skills screen").click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "Storytelling")
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::TextInput, "Name")
        .focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_role_and_label(Role::TextInput, "Name")
        .type_text("estimation");
    harness.run();
    assert!(
        harness
            .query_by_label_contains("There is already a skill named “Estimation”")
            .is_some()
    );
    harness.get_by_label("Merge into “Estimation”").click();
    harness.run();
    let journal = save_and_reload(&mut harness, &path);
    assert!(journal.skill_named("Storytelling").is_none());
    let estimation = journal.skill_named("Estimation").unwrap();
    assert_eq!(journal.skill_link_count(estimation.id), 2);
    assert_eq!(setback_titled(&journal, title).skills, vec![estimation.id]);
}

#[test]
fn log_a_setback_on_today_opens_a_new_one_for_that_day() {
    let (_dir, path) = journal_with_history();
    let mut harness = harness_for(&path);
    harness.get_by_label_contains("Previous day").click();
    harness.run();
    harness.get_by_label("Log a setback").click();
    harness.run();
    assert_eq!(harness.state().current_screen(), Some(Screen::Setbacks));
    harness
        .get_by_role_and_label(Role::TextInput, "Title")
        .type_text("Snapped at a colleague");
    harness.run();
    let journal = save_and_reload(&mut harness, &path);
    let setback = setback_titled(&journal, "Snapped at a colleague");
    assert_eq!(setback.date, today().pred_opt().unwrap());
}
