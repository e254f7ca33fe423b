//! Lessons into practice in the app, driven as a user would: from a lesson to an experiment in
//! one click, Today's question and its three answers (by keyboard), the skill proposal after a
//! try, the weekly review filled, saved and undone, and a recurring cause opening the setbacks
//! it names. The accessibility check of `egui_kittest` stays on: every new control is named.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::too_many_lines,
    reason = "tests fail loudly on purpose"
)]

use std::path::{Path, PathBuf};

use chrono::{Days, NaiveDate, Utc};
use egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use kintsugi::app::KintsugiApp;
use kintsugi::model::{
    Category, ExperimentStatus, Journal, NewExperiment, NewSetback, Outcome, SetbackId, Severity,
    TryWhen,
};
use kintsugi::storage::JournalStore;

mod common;
use common::{in_memory, open_setback, today, type_into};

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// A setback with lessons and a plan, written to disk; and its id.
fn journal_with_lessons(
    change: impl FnOnce(&mut Journal, SetbackId),
) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    let (mut store, mut journal) = JournalStore::open(&path).unwrap();
    let id = journal
        .add_setback(
            NewSetback {
                date: day("2026-11-02"),
                title: "Demo went badly".to_owned(),
                category: Category::Work,
                severity: Severity::saturating(3),
                micro_failure: false,
                skill_names: vec!["Presenting".to_owned()],
            },
            today(),
            Utc::now(),
        )
        .unwrap();
    let mut setback = journal.setback(id).unwrap().clone();
    setback.reflection.lessons = vec!["Rehearse with a colleague first".to_owned()];
    "Ask for the agenda a day ahead".clone_into(&mut setback.reflection.do_differently);
    setback.reflection.contributing_factors = vec!["Unclear ownership".to_owned()];
    journal
        .upsert_setback(setback, today(), Utc::now())
        .unwrap();
    change(&mut journal, id);
    store.save(&journal, today()).unwrap();
    drop(store);
    (dir, path)
}

fn harness_for(path: &Path) -> Harness<'static, KintsugiApp> {
    common::app_harness(path, egui::vec2(1280.0, 1400.0))
}

fn experiment(journal: &mut Journal, setback: SetbackId, text: &str, by: &str) {
    let skill = journal.skill_named("Presenting").map(|skill| skill.id);
    journal
        .add_experiment(
            NewExperiment {
                setback,
                text: text.to_owned(),
                when: TryWhen::By(day(by)),
                skill,
                created_on: day("2026-11-03"),
            },
            today(),
            Utc::now(),
        )
        .unwrap();
}

#[test]
fn a_lesson_becomes_an_experiment_in_one_click_and_undo_takes_it_back() {
    let (_dir, path) = journal_with_lessons(|_, _| {});
    let mut harness = harness_for(&path);
    open_setback(&mut harness, "Demo went badly");
    harness
        .get_by_label("Make it an experiment: Rehearse with a colleague first")
        .click();
    harness.run();
    let journal = in_memory(&harness);
    assert_eq!(journal.experiments().len(), 1);
    let made = &journal.experiments()[0];
    assert_eq!(made.text, "Rehearse with a colleague first");
    assert_eq!(made.when, TryWhen::By(today() + Days::new(14)));
    assert_eq!(made.skill, journal.skill_named("Presenting").map(|s| s.id));
    assert_eq!(made.status, ExperimentStatus::Open);
    // Shown in the editor, and the button for that lesson is now off.
    harness.get_by_label("Rehearse with a colleague first");
    assert!(
        harness
            .get_by_label("Make it an experiment: Rehearse with a colleague first")
            .accesskit_node()
            .is_disabled()
    );
    // The plan ("What I will do differently") too.
    harness
        .get_by_label("Make it an experiment: Ask for the agenda a day ahead")
        .click_accesskit();
    harness.run();
    assert_eq!(in_memory(&harness).experiments().len(), 2);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(
        in_memory(&harness).experiments().is_empty(),
        "two undos take both back"
    );
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(
        in_memory(&harness).experiments().len(),
        1,
        "redo brings one back"
    );
}

/// Presses a button by keyboard: focus it, then Enter.
fn press(harness: &mut Harness<'_, KintsugiApp>, label: &str) {
    harness.get_by_role_and_label(Role::Button, label).focus();
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
}

#[test]
fn today_asks_about_a_due_experiment_and_takes_all_three_answers_by_keyboard() {
    let (_dir, path) = journal_with_lessons(|journal, setback| {
        experiment(journal, setback, "Ask for a rehearsal", "2026-11-20");
        experiment(journal, setback, "Write the agenda first", "2026-11-25");
        experiment(journal, setback, "Send the slides early", "2026-11-27");
        experiment(journal, setback, "Not due yet", "2026-12-20");
    });
    let mut harness = harness_for(&path);
    harness.get_by_label("Did you try: Ask for a rehearsal?");
    assert!(
        harness
            .query_by_label("Did you try: Not due yet?")
            .is_none()
    );

    // Not yet: asked again in three days; the next one due is asked instead.
    press(&mut harness, "Not yet");
    let journal = in_memory(&harness);
    let snoozed = journal
        .experiments()
        .iter()
        .find(|e| e.text == "Ask for a rehearsal")
        .unwrap();
    assert_eq!(snoozed.ask_again_on, Some(today() + Days::new(3)));
    assert!(snoozed.is_open());
    harness.get_by_label("Did you try: Write the agenda first?");

    // Tried it: how it went and a line, then the proposal to raise the skill it trains.
    press(&mut harness, "✔ Tried it");
    harness
        .get_by_role_and_label(Role::RadioButton, "Partly worked")
        .click();
    harness.run();
    type_into(
        &mut harness,
        Role::TextInput,
        "What happened (optional)",
        "Half the team came",
    );
    press(&mut harness, "Save answer");
    let journal = in_memory(&harness);
    let tried = journal
        .experiments()
        .iter()
        .find(|e| e.text == "Write the agenda first")
        .unwrap();
    assert_eq!(
        tried.status,
        ExperimentStatus::Tried {
            on: today(),
            outcome: Outcome::Partly,
            note: "Half the team came".to_owned()
        }
    );
    harness.get_by_label("Raise the skill?");
    press(&mut harness, "Raise to level 2");
    let skill = in_memory(&harness)
        .skill_named("Presenting")
        .unwrap()
        .clone();
    assert_eq!(skill.current_level().map(u8::from), Some(2));

    // Drop it, saying why.
    harness.get_by_label("Did you try: Send the slides early?");
    press(&mut harness, "Drop it");
    type_into(
        &mut harness,
        Role::TextInput,
        "Why drop it? (optional)",
        "No slides any more",
    );
    press(&mut harness, "Drop the experiment");
    let journal = in_memory(&harness);
    let dropped = journal
        .experiments()
        .iter()
        .find(|e| e.text == "Send the slides early")
        .unwrap();
    assert_eq!(
        dropped.status,
        ExperimentStatus::Dropped {
            on: today(),
            why: "No slides any more".to_owned()
        }
    );
    assert!(
        harness.query_by_label_contains("Did you try").is_none(),
        "nothing else is due today"
    );

    // Each answer was its own step: three undos (and the level) put everything back.
    for _ in 0..4 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        harness.run();
    }
    let journal = in_memory(&harness);
    assert!(
        journal
            .experiments()
            .iter()
            .all(|e| e.is_open() && e.ask_again_on.is_none())
    );
    assert_eq!(
        journal
            .skill_named("Presenting")
            .unwrap()
            .current_level()
            .map(u8::from),
        Some(1)
    );
}

#[test]
fn the_weekly_review_is_filled_saved_and_undone() {
    let (_dir, path) = journal_with_lessons(|journal, setback| {
        experiment(journal, setback, "Ask for a rehearsal", "2026-11-27");
    });
    // A Sunday: Today offers the review.
    let sunday = day("2026-11-29").and_hms_opt(18, 0, 0).unwrap();
    let mut harness =
        common::app_harness_with_clock(&path, egui::vec2(1280.0, 1400.0), common::clock_at(sunday));
    harness.get_by_label("Time to look back on your week");
    harness.get_by_label("Review your week").click();
    harness.run();
    // The page covers the last seven days (no review before), lists the experiment due and
    // the setback still open with its next step.
    harness.get_by_label("Due: Ask for a rehearsal (by 27 Nov 2026)");
    harness.get_by_label_contains("next: Ask for a rehearsal");
    type_into(
        &mut harness,
        Role::MultilineTextInput,
        "What went well",
        "Finished the course module",
    );
    harness.get_by_label("Week rating 7").click();
    harness.run();
    type_into(
        &mut harness,
        Role::TextInput,
        "One lesson to carry into next week",
        "Rehearse first",
    );
    // Kept as typed, like every other field; Done closes the page.
    assert_eq!(in_memory(&harness).reviews().len(), 1);
    harness.get_by_label("Done").click();
    harness.run();
    let journal = in_memory(&harness);
    assert_eq!(journal.reviews().len(), 1);
    let review = &journal.reviews()[0];
    assert_eq!(
        (review.from, review.to),
        (day("2026-11-23"), day("2026-11-29"))
    );
    assert_eq!(review.went_well, "Finished the course module");
    assert_eq!(review.lesson, "Rehearse first");
    assert_eq!(review.rating.map(u8::from), Some(7));
    assert!(
        harness
            .query_by_label("Time to look back on your week")
            .is_none(),
        "reviewed: Today stops offering it"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(
        in_memory(&harness).reviews().is_empty(),
        "one undo takes the review back"
    );
    harness.get_by_label("Time to look back on your week");
    // Opened again, the page shows what the journal holds: nothing, after the undo.
    harness.get_by_label("Review your week").click();
    harness.run();
    let went_well = harness.get_by_role_and_label(Role::MultilineTextInput, "What went well");
    assert_eq!(went_well.value().as_deref(), Some(""));
}

#[test]
fn a_review_left_half_written_loses_no_word() {
    let (_dir, path) = journal_with_lessons(|_, _| {});
    let mut harness = harness_for(&path);
    harness
        .state_mut()
        .request(kintsugi::app::AppCommand::Practice(
            kintsugi::app::PracticeCommand::OpenReview,
        ));
    harness.run();
    type_into(
        &mut harness,
        Role::MultilineTextInput,
        "What went well",
        "Calm week",
    );
    // Away to another screen and back: the words are in the journal and on the page.
    harness.get_by_label("Progress screen").click();
    harness.run();
    assert_eq!(in_memory(&harness).reviews()[0].went_well, "Calm week");
    harness
        .state_mut()
        .request(kintsugi::app::AppCommand::Practice(
            kintsugi::app::PracticeCommand::OpenReview,
        ));
    harness.run();
    let went_well = harness.get_by_role_and_label(Role::MultilineTextInput, "What went well");
    assert_eq!(went_well.value().as_deref(), Some("Calm week"));
    // Emptied again, no blank review stays behind.
    common::replace_text(&mut harness, Role::MultilineTextInput, "What went well", "");
    harness.key_press(Key::Backspace);
    harness.run();
    assert!(in_memory(&harness).reviews().is_empty());
}

#[test]
fn a_recurring_cause_on_progress_opens_the_setbacks_it_names() {
    let (_dir, path) = journal_with_lessons(|journal, _| {
        for (date, title, factor) in [
            ("2026-11-10", "Handover missed", "unclear ownership!"),
            ("2026-11-12", "Late invoice", "Cash flow"),
        ] {
            let id = journal
                .add_setback(
                    NewSetback {
                        date: day(date),
                        title: title.to_owned(),
                        category: Category::Project,
                        severity: Severity::saturating(2),
                        micro_failure: false,
                        skill_names: Vec::new(),
                    },
                    today(),
                    Utc::now(),
                )
                .unwrap();
            let mut setback = journal.setback(id).unwrap().clone();
            setback.reflection.contributing_factors = vec![factor.to_owned()];
            journal
                .upsert_setback(setback, today(), Utc::now())
                .unwrap();
        }
    });
    let mut harness = harness_for(&path);
    harness.get_by_label("Progress screen").click();
    harness.run();
    harness.get_by_label_contains("in 2 setbacks since 2 Nov 2026 (1 Project, 1 Work)");
    harness.get_by_label("Unclear ownership").click();
    harness.run();
    assert_eq!(
        harness.state().current_screen(),
        Some(kintsugi::app::Screen::Setbacks)
    );
    harness.get_by_label("Remove the factor filter Unclear ownership");
    assert!(harness.query_by_label("Demo went badly").is_some());
    assert!(harness.query_by_label("Handover missed").is_some());
    assert!(
        harness.query_by_label("Late invoice").is_none(),
        "no such factor"
    );
    // The setback's editor names the cause that came up before.
    open_setback(&mut harness, "Handover missed");
    harness.get_by_label("unclear ownership! — also in 1 earlier setback");
}

#[test]
fn looking_back_shows_a_year_ago_and_how_the_person_recovered() {
    let (_dir, path) = journal_with_lessons(|journal, _| {
        let setback_day = day("2025-11-26");
        for offset in -10_i64..=5 {
            let date = setback_day + chrono::Duration::days(offset);
            let mood = if offset == 0 { 3 } else { 7 };
            let input = kintsugi::model::CheckInInput {
                ratings: kintsugi::model::Ratings {
                    mood: kintsugi::model::Rating::try_from(mood).ok(),
                    ..kintsugi::model::Ratings::default()
                },
                ..kintsugi::model::CheckInInput::default()
            };
            journal
                .upsert_check_in(date, &input, today(), Utc::now())
                .unwrap();
        }
        journal
            .add_setback(
                NewSetback {
                    date: setback_day,
                    title: "Production incident on my watch".to_owned(),
                    category: Category::Work,
                    severity: Severity::saturating(4),
                    micro_failure: false,
                    skill_names: vec!["Saying no".to_owned()],
                },
                today(),
                Utc::now(),
            )
            .unwrap();
    });
    let mut harness = harness_for(&path);
    harness.get_by_label("Looking back");
    // 26 Nov 2025 is within three days of 28 Nov 2025; the mood (7 before, 3 that day, 7
    // after) is back to its usual level when the three-day mean is: three days later.
    harness.get_by_label(
        "Production incident on my watch — back to your usual mood in 3 days; you learned Saying no",
    );
    harness.get_by_label("A year ago · 28 Nov 2025").click();
    harness.run();
    assert_eq!(
        harness.state().current_screen(),
        Some(kintsugi::app::Screen::Today)
    );
    harness.get_by_label_contains("28 November 2025");
}

#[test]
fn saving_the_edit_dialog_keeps_an_answer_that_came_in_while_it_was_open() {
    let (_dir, path) = journal_with_lessons(|journal, setback| {
        experiment(journal, setback, "Ask for a rehearsal", "2026-11-20");
    });
    let mut harness = harness_for(&path);
    let id = in_memory(&harness).experiments()[0].id;
    harness
        .state_mut()
        .request(kintsugi::app::AppCommand::Practice(
            kintsugi::app::PracticeCommand::OpenEdit(id),
        ));
    harness.run();
    // While the dialog is open, the answer arrives (the other computer's copy merged in, say).
    let session = harness.state().session().unwrap().clone();
    session
        .lock()
        .change(
            kintsugi::history::Change::named("merging"),
            &kintsugi::session::Reach::Anything,
            std::time::Instant::now(),
            |journal| {
                journal.try_experiment(
                    id,
                    day("2026-11-21"),
                    Outcome::Worked,
                    "Rehearsed with Ana",
                    today(),
                    Utc::now(),
                )
            },
        )
        .unwrap();
    harness.run();
    replace_in_dialog(&mut harness);
    let journal = in_memory(&harness);
    let saved = journal.experiment(id).unwrap();
    assert_eq!(saved.text, "Ask for a rehearsal a day ahead");
    assert_eq!(
        saved.status,
        ExperimentStatus::Tried {
            on: day("2026-11-21"),
            outcome: Outcome::Worked,
            note: "Rehearsed with Ana".to_owned(),
        },
        "saving the dialog must not put back the status it opened with"
    );
}

/// Changes the sentence in the open "Change the experiment" dialog and saves it.
fn replace_in_dialog(harness: &mut Harness<'static, KintsugiApp>) {
    common::replace_text(
        harness,
        Role::TextInput,
        "What I will try",
        "Ask for a rehearsal a day ahead",
    );
    harness.get_by_label("Save changes").click();
    harness.run();
}
