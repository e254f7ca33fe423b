//! The Journal screen: the search finds words in every field written (one test per field),
//! ignores case and accents, needs every word, filters by tag, kind and dates, and a click
//! opens the entry on its screen.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, Utc};
use egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use kintsugi::app::{KintsugiApp, Screen};
use kintsugi::model::{
    Category, CheckInInput, Feedback, FeedbackSource, Journal, NewExperiment, NewSetback, Outcome,
    Rating, Review, ReviewId, Severity, TryWhen,
};
use kintsugi::storage::JournalStore;

mod common;
use common::{replace_text, today};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Two check-ins and one setback, each field holding a word found nowhere else.
fn journal() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    let (mut store, mut journal) = JournalStore::open(&path).unwrap();
    let new = NewSetback {
        date: day(2026, 10, 2),
        title: "Quarterly plan slipped".to_owned(),
        category: Category::Work,
        severity: Severity::saturating(3),
        micro_failure: false,
        skill_names: vec!["Negotiation".to_owned()],
    };
    journal.add_setback(new, today(), Utc::now()).unwrap();
    let mut parts = journal.to_parts();
    let reflection = &mut parts.setbacks[0].reflection;
    "The vendor missed the milestone".clone_into(&mut reflection.what_happened);
    reflection.contributing_factors = vec!["Optimistic sizing".to_owned()];
    "Ask for buffers early".clone_into(&mut reflection.do_differently);
    reflection.feedback = vec![Feedback {
        source: FeedbackSource::Mentor,
        name: Some("Dolores".to_owned()),
        insight: "Escalate sooner".to_owned(),
    }];
    reflection.lessons = vec!["Contracts need penalties".to_owned()];
    let mut journal = Journal::from_parts(parts).unwrap();
    for (date, mood, note, tags) in [
        (
            day(2026, 11, 2),
            7,
            "Café with the team, a good résumé review",
            vec!["Deadline"],
        ),
        (day(2026, 11, 20), 4, "Long day of meetings", vec!["travel"]),
    ] {
        let mut input = CheckInInput::default();
        input.ratings.mood = Rating::try_from(mood).ok();
        note.clone_into(&mut input.note);
        input.tags = tags.into_iter().map(str::to_owned).collect();
        journal
            .upsert_check_in(date, &input, today(), Utc::now())
            .unwrap();
    }
    store.save(&journal, today()).unwrap();
    drop(store);
    (dir, path)
}

fn journal_screen(path: &Path) -> Harness<'static, KintsugiApp> {
    let mut harness = common::app_harness(path, egui::vec2(1280.0, 900.0));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num5);
    harness.run();
    assert_eq!(harness.state().current_screen(), Some(Screen::Journal));
    harness
}

fn search(harness: &mut Harness<'_, KintsugiApp>, words: &str) {
    replace_text(harness, Role::TextInput, "Search", words);
}

/// The rows shown, by their accessible names.
fn rows(harness: &Harness<'_, KintsugiApp>) -> Vec<String> {
    use egui_kittest::kittest::NodeT as _;
    harness
        .get_all_by_role(Role::Button)
        .filter_map(|node| node.accesskit_node().label())
        .filter(|label| label.contains(" 2026 "))
        .collect()
}

const SETBACK_ROW: &str = "Friday 2 October 2026 Setback · Quarterly plan slipped";
const CAFE_ROW: &str = "Monday 2 November 2026 Check-in · Mood 7";
const MEETINGS_ROW: &str = "Friday 20 November 2026 Check-in · Mood 4";

/// One test per searched field: a word only that field holds finds exactly its entry.
macro_rules! finds_in_field {
    ($($test:ident: $words:expr => $row:expr;)*) => {$(
        #[test]
        fn $test() {
            let (_dir, path) = journal();
            let mut harness = journal_screen(&path);
            search(&mut harness, $words);
            assert_eq!(rows(&harness), vec![$row.to_owned()], "searching {:?}", $words);
            assert!(harness.query_by_label("Found 1 of 3 entries").is_some());
        }
    )*};
}

finds_in_field! {
    finds_a_word_of_a_note: "meetings" => MEETINGS_ROW;
    finds_a_tag: "travel" => MEETINGS_ROW;
    finds_a_setback_title: "quarterly" => SETBACK_ROW;
    finds_what_happened: "vendor" => SETBACK_ROW;
    finds_a_contributing_factor: "optimistic" => SETBACK_ROW;
    finds_what_to_do_differently: "buffers" => SETBACK_ROW;
    finds_the_name_of_who_gave_feedback: "dolores" => SETBACK_ROW;
    finds_a_feedback_insight: "escalate" => SETBACK_ROW;
    finds_a_lesson: "penalties" => SETBACK_ROW;
    finds_a_skill_name: "negotiation" => SETBACK_ROW;
}

#[test]
fn the_timeline_lists_everything_newest_first() {
    let (_dir, path) = journal();
    let harness = journal_screen(&path);
    assert_eq!(
        rows(&harness),
        vec![
            MEETINGS_ROW.to_owned(),
            CAFE_ROW.to_owned(),
            SETBACK_ROW.to_owned()
        ]
    );
    assert!(harness.query_by_label("3 entries, newest first").is_some());
}

#[test]
fn case_and_accents_do_not_matter_either_way() {
    let (_dir, path) = journal();
    let mut harness = journal_screen(&path);
    for words in ["CAFE", "resume", "RÉSUMÉ", "dÉadline"] {
        search(&mut harness, words);
        assert_eq!(rows(&harness), vec![CAFE_ROW.to_owned()], "{words}");
    }
    // The matching word is shown, highlighted, in the entry's excerpt.
    search(&mut harness, "resume");
    assert!(
        harness
            .query_by_label_contains("Café with the team, a good résumé review")
            .is_some()
    );
}

#[test]
fn every_word_must_match_and_nothing_found_says_so() {
    let (_dir, path) = journal();
    let mut harness = journal_screen(&path);
    search(&mut harness, "vendor milestone");
    assert_eq!(rows(&harness), vec![SETBACK_ROW.to_owned()]);
    search(&mut harness, "vendor meetings");
    assert!(rows(&harness).is_empty());
    assert!(
        harness
            .query_by_label("No entry matches: try fewer words or clear the filters.")
            .is_some()
    );
    harness.get_by_label("Clear search and filters").click();
    harness.run();
    assert_eq!(rows(&harness).len(), 3);
}

#[test]
fn filters_by_tag_kind_and_dates() {
    let (_dir, path) = journal();
    let mut harness = journal_screen(&path);
    harness.get_by_label("Tag filter").click();
    harness.run();
    harness.get_by_label("Deadline").click();
    harness.run();
    assert_eq!(rows(&harness), vec![CAFE_ROW.to_owned()]);
    harness.get_by_label("Clear search and filters").click();
    harness.run();

    harness.get_by_label("Show Setbacks").click();
    harness.run();
    assert_eq!(rows(&harness), vec![SETBACK_ROW.to_owned()]);
    harness.get_by_label("Show Check-ins").click();
    harness.run();
    assert_eq!(
        rows(&harness),
        vec![MEETINGS_ROW.to_owned(), CAFE_ROW.to_owned()]
    );
    harness.get_by_label("Show Everything").click();
    harness.run();

    replace_text(&mut harness, Role::TextInput, "From", "2026-11-01");
    replace_text(&mut harness, Role::TextInput, "to", "2026-11-10");
    assert_eq!(rows(&harness), vec![CAFE_ROW.to_owned()]);
    // An unreadable date is explained and the last good filter stays.
    replace_text(&mut harness, Role::TextInput, "to", "2026-13-40");
    assert!(
        harness
            .query_by_label("Write dates as YYYY-MM-DD, e.g. 2026-03-01.")
            .is_some()
    );
    assert_eq!(rows(&harness), vec![CAFE_ROW.to_owned()]);
    replace_text(&mut harness, Role::TextInput, "to", "2026-10-01");
    assert!(
        harness
            .query_by_label("The first date is after the second.")
            .is_some()
    );
}

#[test]
fn a_click_opens_the_entry_on_its_screen() {
    let (_dir, path) = journal();
    let mut harness = journal_screen(&path);
    harness.get_by_label(SETBACK_ROW).click();
    harness.run();
    assert_eq!(harness.state().current_screen(), Some(Screen::Setbacks));
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "Title")
            .value()
            .unwrap_or_default(),
        "Quarterly plan slipped"
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num5);
    harness.run();
    search(&mut harness, "cafe");
    harness.get_by_label(CAFE_ROW).click();
    harness.run();
    assert_eq!(harness.state().current_screen(), Some(Screen::Today));
    assert!(
        harness
            .query_by_label("Monday, 2 November 2026, choose another day")
            .is_some()
    );
}

// ---------- experiments and weekly reviews ----------

/// The journal above with three experiments of its setback — tried, dropped, still open — and
/// a weekly review, each with words found nowhere else.
fn journal_with_practice() -> (tempfile::TempDir, PathBuf) {
    let (dir, path) = journal();
    let (mut store, mut journal) = JournalStore::open(&path).unwrap();
    let setback = journal.setbacks()[0].id;
    let negotiation = journal.skill_named("Negotiation").map(|skill| skill.id);
    let mut add = |text: &str, when: TryWhen, created_on| {
        let new = NewExperiment {
            setback,
            text: text.to_owned(),
            when,
            skill: None,
            created_on,
        };
        journal.add_experiment(new, today(), Utc::now()).unwrap()
    };
    let rehearse = add(
        "Ask for a rehearsal",
        TryWhen::By(day(2026, 11, 15)),
        day(2026, 10, 3),
    );
    let script = add(
        "Write a script",
        TryWhen::By(day(2026, 10, 9)),
        day(2026, 10, 3),
    );
    add(
        "Name the risk out loud",
        TryWhen::Situation("at the next steering committee".to_owned()),
        day(2026, 10, 4),
    );
    journal
        .try_experiment(
            rehearse,
            day(2026, 11, 20),
            Outcome::Partly,
            "The whiteboard run-through helped",
            today(),
            Utc::now(),
        )
        .unwrap();
    journal
        .drop_experiment(
            script,
            day(2026, 10, 10),
            "Sounded robotic",
            today(),
            Utc::now(),
        )
        .unwrap();
    let mut trained = journal.experiment(rehearse).unwrap().clone();
    trained.skill = negotiation;
    journal
        .upsert_experiment(trained, today(), Utc::now())
        .unwrap();
    let review = Review {
        id: ReviewId::random(),
        from: day(2026, 11, 16),
        to: day(2026, 11, 22),
        went_well: "Finally shipped the onboarding flow".to_owned(),
        lesson: "Protect the mornings".to_owned(),
        rating: Rating::try_from(7).ok(),
        created_at: Utc::now(),
        updated_at: Utc::now(),
    };
    journal.upsert_review(review, today(), Utc::now()).unwrap();
    store.save(&journal, today()).unwrap();
    drop(store);
    (dir, path)
}

const TRIED_ROW: &str =
    "Friday 20 November 2026 Experiment · tried, partly worked · Ask for a rehearsal";
const DROPPED_ROW: &str = "Saturday 10 October 2026 Experiment · dropped · Write a script";
const OPEN_ROW: &str = "Sunday 4 October 2026 Experiment · open · Name the risk out loud";
const REVIEW_ROW: &str =
    "Sunday 22 November 2026 Weekly review · 16 Nov – 22 Nov 2026 · rated 7 of 10";

#[test]
fn experiments_and_reviews_take_their_place_in_the_timeline_newest_first() {
    let (_dir, path) = journal_with_practice();
    let mut harness = journal_screen(&path);
    assert_eq!(
        rows(&harness),
        [
            REVIEW_ROW,
            MEETINGS_ROW,
            TRIED_ROW,
            CAFE_ROW,
            DROPPED_ROW,
            OPEN_ROW,
            SETBACK_ROW
        ],
        "on 20 November the check-in comes before the experiment tried that day"
    );
    assert!(harness.query_by_label("7 entries, newest first").is_some());
    // Each experiment is shown with its setback and where that stands.
    assert_eq!(
        harness
            .query_all_by_label("From the setback “Quarterly plan slipped” (open)")
            .count(),
        3
    );
    harness.get_by_label("Show Experiments").click();
    harness.run();
    assert_eq!(rows(&harness), [TRIED_ROW, DROPPED_ROW, OPEN_ROW]);
    harness.get_by_label("Show Reviews").click();
    harness.run();
    assert_eq!(rows(&harness), [REVIEW_ROW]);
}

#[test]
fn a_word_only_in_an_experiments_note_finds_it_and_a_click_opens_its_setback() {
    let (_dir, path) = journal_with_practice();
    let mut harness = journal_screen(&path);
    for (words, row) in [
        ("whiteboard", TRIED_ROW),
        ("robotic", DROPPED_ROW),
        ("steering committee", OPEN_ROW),
        ("rehearsal", TRIED_ROW),
    ] {
        search(&mut harness, words);
        assert_eq!(rows(&harness), [row], "searching {words:?}");
        assert!(harness.query_by_label("Found 1 of 7 entries").is_some());
    }
    // The note is the excerpt, its word highlighted.
    search(&mut harness, "WHITEBOARD");
    assert!(
        harness
            .query_by_label_contains("How it went: The whiteboard run-through helped")
            .is_some()
    );
    // The skill it trains is searched as a setback's skills are.
    search(&mut harness, "negotiation");
    assert_eq!(rows(&harness), [TRIED_ROW, SETBACK_ROW]);

    search(&mut harness, "whiteboard");
    harness.get_by_label(TRIED_ROW).click();
    harness.run();
    assert_eq!(harness.state().current_screen(), Some(Screen::Setbacks));
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "Title")
            .value()
            .unwrap_or_default(),
        "Quarterly plan slipped"
    );
}

#[test]
fn a_word_of_a_review_finds_it_and_a_click_shows_its_period_on_progress() {
    let (_dir, path) = journal_with_practice();
    let mut harness = journal_screen(&path);
    for (words, excerpt) in [
        (
            "onboarding",
            "Went well: Finally shipped the onboarding flow",
        ),
        ("mornings", "Lesson carried on: Protect the mornings"),
    ] {
        search(&mut harness, words);
        assert_eq!(rows(&harness), [REVIEW_ROW], "searching {words:?}");
        assert!(
            harness.query_by_label_contains(excerpt).is_some(),
            "{excerpt}"
        );
    }
    harness.get_by_label(REVIEW_ROW).click();
    harness.run();
    assert_eq!(harness.state().current_screen(), Some(Screen::Progress));
    for (field, value) in [("From", "2026-11-16"), ("to", "2026-11-22")] {
        assert_eq!(
            harness
                .get_by_role_and_label(Role::TextInput, field)
                .value()
                .unwrap_or_default(),
            value
        );
    }
}
