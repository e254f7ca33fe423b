//! Experiments and reviews against odd inputs and sequences: a setback moved after its
//! experiment was tried, merges that meet an answered experiment, extreme dates through the
//! command line and the CSV files, ISO week 53.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::too_many_lines,
    reason = "tests fail loudly on purpose"
)]

use chrono::{DateTime, Duration, NaiveDate, Utc};
use common::cli::{Sandbox, assert_failure, assert_success, stdout};
use kintsugi::insights::{DateRange, lessons_into_practice};
use kintsugi::interchange::{self, ImportOptions};
use kintsugi::model::{
    Category, ExperimentId, ExperimentStatus, Journal, NewExperiment, NewSetback, Outcome,
    SetbackId, Severity, TryWhen, ValidationError,
};
use kintsugi::sync::{self, EntryId, Tombstones, Version};

mod common;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn at(minutes: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(1_790_000_000, 0).unwrap() + Duration::minutes(minutes)
}

const TODAY: &str = "2026-12-01";

fn today() -> NaiveDate {
    day(TODAY)
}

/// A journal with one setback (2 Nov 2026, skill "Presenting") and one open experiment.
fn base() -> (Journal, SetbackId, ExperimentId) {
    let mut journal = Journal::default();
    let setback = journal
        .add_setback(
            NewSetback {
                date: day("2026-11-02"),
                title: "Demo went badly".into(),
                category: Category::Work,
                severity: Severity::saturating(3),
                micro_failure: false,
                skill_names: vec!["Presenting".into()],
            },
            today(),
            at(0),
        )
        .unwrap();
    let experiment = journal
        .add_experiment(
            NewExperiment {
                setback,
                text: "Ask for a rehearsal".into(),
                when: TryWhen::By(day("2026-11-20")),
                skill: None,
                created_on: day("2026-11-03"),
            },
            today(),
            at(1),
        )
        .unwrap();
    (journal, setback, experiment)
}

fn merge(base: &Journal, ours: &Journal, theirs: &Journal) -> sync::Merged {
    let nothing = Tombstones::default();
    sync::merge(
        Some(base),
        Version {
            journal: ours,
            deleted: &nothing,
        },
        Version {
            journal: theirs,
            deleted: &nothing,
        },
    )
    .unwrap()
}

#[test]
fn a_setback_cannot_be_moved_after_the_day_its_experiment_was_tried() {
    let (mut journal, setback, experiment) = base();
    journal
        .try_experiment(
            experiment,
            day("2026-11-10"),
            Outcome::Worked,
            "Went fine",
            today(),
            at(2),
        )
        .unwrap();
    let mut moved = journal.setback(setback).unwrap().clone();
    moved.date = day("2026-11-20");
    let refused = journal.upsert_setback(moved, today(), at(3));
    assert!(
        refused.is_err(),
        "the rule that refuses an answer before its setback holds from the setback's side too"
    );
    assert_eq!(
        refused.map_err(|error| error.to_string()),
        Err("an experiment of this setback was answered on 2026-11-10, before 2026-11-20".into())
    );
    assert_eq!(journal.setback(setback).unwrap().date, day("2026-11-02"));
}

#[test]
fn an_experiment_a_merge_left_tried_before_its_setback_can_still_be_edited() {
    let (base, setback, experiment) = base();
    // One computer moves the setback later (its experiment still open there) …
    let mut ours = base.clone();
    let mut moved = ours.setback(setback).unwrap().clone();
    moved.date = day("2026-11-20");
    ours.upsert_setback(moved, today(), at(10)).unwrap();
    // … the other says the experiment was tried before that new day.
    let mut theirs = base.clone();
    theirs
        .try_experiment(
            experiment,
            day("2026-11-10"),
            Outcome::Partly,
            "Helped a bit",
            today(),
            at(11),
        )
        .unwrap();
    let mut merged = merge(&base, &ours, &theirs).journal;
    assert_eq!(merged.setback(setback).unwrap().date, day("2026-11-20"));
    assert_eq!(
        merged.experiment(experiment).unwrap().tried_on(),
        Some(day("2026-11-10"))
    );
    // A typo fixed in its sentence, or its note, must not be refused for a date it keeps.
    let mut edited = merged.experiment(experiment).unwrap().clone();
    edited.text = "Ask for a rehearsal, a day ahead".into();
    assert_eq!(
        merged.upsert_experiment(edited, today(), at(20)),
        Ok(true),
        "the next edit of the merged experiment is refused"
    );
    // Nor the setback's title.
    let mut retitled = merged.setback(setback).unwrap().clone();
    retitled.title = "Demo went badly (client)".into();
    assert_eq!(merged.upsert_setback(retitled, today(), at(20)), Ok(true));
    // A new answer dated before the setback is still refused.
    assert!(matches!(
        merged.try_experiment(
            experiment,
            day("2026-11-12"),
            Outcome::Worked,
            "",
            today(),
            at(21)
        ),
        Err(ValidationError::AnsweredBeforeSetback { .. })
    ));
}

#[test]
fn days_to_first_try_of_an_answer_before_its_setback_are_counted_as_zero() {
    // SPEC §3.3 says "the earliest tried date among its experiments minus the setback's date",
    // which would be -10 here. Such an experiment only comes from a merge or an import (the
    // app refuses it); the figure clamps it to 0, kept as it is until the spec says otherwise.
    let (base, setback, experiment) = base();
    let mut ours = base.clone();
    let mut moved = ours.setback(setback).unwrap().clone();
    moved.date = day("2026-11-20");
    ours.upsert_setback(moved, today(), at(10)).unwrap();
    let mut theirs = base.clone();
    theirs
        .try_experiment(
            experiment,
            day("2026-11-10"),
            Outcome::Partly,
            "",
            today(),
            at(11),
        )
        .unwrap();
    let merged = merge(&base, &ours, &theirs).journal;
    let figures = lessons_into_practice(
        &merged,
        DateRange::new(day("2026-11-01"), day("2026-11-30")).unwrap(),
    );
    assert_eq!(figures.median_days_to_first_try, Some(0.0));
}

#[test]
fn a_merge_takes_the_outcome_from_the_side_that_changed_it_and_the_note_from_the_other() {
    let (mut base, _, experiment) = base();
    base.try_experiment(
        experiment,
        day("2026-11-10"),
        Outcome::Worked,
        "Went fine",
        today(),
        at(2),
    )
    .unwrap();
    // Earlier: the outcome corrected to "partly", the note as it was.
    let mut theirs = base.clone();
    theirs
        .try_experiment(
            experiment,
            day("2026-11-10"),
            Outcome::Partly,
            "Went fine",
            today(),
            at(10),
        )
        .unwrap();
    // Later: the note written out, the outcome as it was.
    let mut ours = base.clone();
    ours.try_experiment(
        experiment,
        day("2026-11-10"),
        Outcome::Worked,
        "Went fine, once I had asked twice",
        today(),
        at(11),
    )
    .unwrap();
    for (a, b) in [(&ours, &theirs), (&theirs, &ours)] {
        let merged = merge(&base, a, b).journal;
        assert_eq!(
            merged.experiment(experiment).unwrap().status,
            ExperimentStatus::Tried {
                on: day("2026-11-10"),
                outcome: Outcome::Partly,
                note: "Went fine, once I had asked twice".into(),
            },
            "a field changed on one side only takes that side (SPEC §5.4)"
        );
    }
}

#[test]
fn both_sides_answering_the_same_experiment_keep_both_lines() {
    let (base, _, experiment) = base();
    let mut ours = base.clone();
    ours.try_experiment(
        experiment,
        day("2026-11-21"),
        Outcome::Worked,
        "Rehearsed with Ana",
        today(),
        at(10),
    )
    .unwrap();
    let mut theirs = base.clone();
    theirs
        .drop_experiment(
            experiment,
            day("2026-11-22"),
            "No meeting to try it in",
            today(),
            at(11),
        )
        .unwrap();
    for (a, b) in [(&ours, &theirs), (&theirs, &ours)] {
        let merged = merge(&base, a, b);
        let status = &merged.journal.experiment(experiment).unwrap().status;
        let ExperimentStatus::Dropped { why, .. } = status else {
            panic!("the later answer wins: {status:?}");
        };
        assert!(why.contains("Rehearsed with Ana") && why.contains("No meeting to try it in"));
        assert_eq!(merged.kept_both, 1);
    }
}

#[test]
fn a_skill_deleted_on_one_computer_stays_for_an_experiment_made_on_the_other_to_train_it() {
    let (base, setback, _) = base();
    let skill = base.skill_named("Presenting").unwrap().id;
    // One computer deletes the skill (the setback loses its link) …
    let mut ours = base.clone();
    ours.remove_skill(skill).unwrap();
    let mut deleted = Tombstones::default();
    deleted.insert(EntryId::Skill(skill), at(10));
    // … the other, later, plans an experiment to train it.
    let mut theirs = base.clone();
    let made = theirs
        .add_experiment(
            NewExperiment {
                setback,
                text: "Present to two colleagues first".into(),
                when: TryWhen::Situation("next demo".into()),
                skill: Some(skill),
                created_on: today(),
            },
            today(),
            at(20),
        )
        .unwrap();
    let nothing = Tombstones::default();
    let merged = sync::merge(
        Some(&base),
        Version {
            journal: &ours,
            deleted: &deleted,
        },
        Version {
            journal: &theirs,
            deleted: &nothing,
        },
    )
    .unwrap()
    .journal;
    assert_eq!(
        merged.experiment(made).unwrap().skill,
        Some(skill),
        "a link made after the deletion keeps the skill, as a setback's link does"
    );
    assert!(merged.skill(skill).is_some());
}

#[test]
fn week_53_exists_in_2026_but_not_in_2027() {
    let sandbox = Sandbox::new();
    assert_success(&sandbox.run(&["check-in", "--date", "2026-11-20", "--mood", "6"]));
    let week = sandbox.run(&["review", "--week", "2026-W53", "--json"]);
    assert_success(&week);
    let json: serde_json::Value = serde_json::from_str(&stdout(&week)).unwrap();
    assert_eq!(json["from"], "2026-12-28");
    assert_eq!(json["to"], "2027-01-03");
    assert_failure(
        &sandbox.run(&["review", "--week", "2027-W53"]),
        &["not a week"],
    );
    for extreme in ["262143-W52", "-262144-W01", "99999999999-W01", "2026-W0"] {
        let output = sandbox.run(&["review", "--week", extreme]);
        assert!(
            !String::from_utf8_lossy(&output.stderr).contains("panicked"),
            "{extreme}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

#[test]
fn extreme_dates_on_the_command_line_neither_panic_nor_corrupt_the_journal() {
    let sandbox = Sandbox::new();
    let added = sandbox.run(&[
        "setback",
        "add",
        "--date",
        "2026-11-02",
        "--title",
        "Demo went badly",
        "--category",
        "Work",
        "--severity",
        "3",
    ]);
    assert_success(&added);
    let setback = stdout(&added).trim().to_owned();
    for by in [
        "262142-12-31",
        "+262142-12-31",
        "-262143-01-01",
        "0000-01-01",
    ] {
        let output = sandbox.run(&[
            "experiment",
            "add",
            "--setback",
            &setback,
            "--text",
            "Try it",
            "--by",
            by,
        ]);
        assert!(
            !String::from_utf8_lossy(&output.stderr).contains("panicked"),
            "{by}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    for args in [
        vec!["experiment", "list"],
        vec!["experiment", "list", "--json"],
        vec!["stats", "--json"],
        vec!["review", "--week", "2026-W48"],
    ] {
        let output = sandbox.run(&args);
        assert_success(&output);
    }
    // The journal still opens, and its CSV export comes back whole.
    let (_, journal) = kintsugi::storage::JournalStore::open(&sandbox.journal).unwrap();
    let dir = tempfile::tempdir().unwrap();
    interchange::export_csv(&journal, dir.path()).unwrap();
    let (imported, _) = interchange::import(
        &Journal::default(),
        dir.path(),
        &ImportOptions::default(),
        at(100),
    )
    .unwrap();
    assert_eq!(imported.experiments(), journal.experiments());
}

#[test]
fn answering_a_tried_experiment_again_from_the_command_line_keeps_its_line() {
    let sandbox = Sandbox::new();
    let added = sandbox.run(&[
        "setback",
        "add",
        "--date",
        "2026-11-02",
        "--title",
        "Demo went badly",
        "--category",
        "Work",
        "--severity",
        "3",
    ]);
    assert_success(&added);
    let setback = stdout(&added).trim().to_owned();
    let planned = sandbox.run(&[
        "experiment",
        "add",
        "--setback",
        &setback,
        "--text",
        "Ask for a rehearsal",
        "--by",
        "2026-11-20",
    ]);
    assert_success(&planned);
    let id = stdout(&planned).trim().to_owned();
    assert_success(&sandbox.run(&[
        "experiment",
        "tried",
        &id,
        "--on",
        "2026-11-21",
        "--outcome",
        "worked",
        "--note",
        "Rehearsed with Ana the day before",
    ]));
    // The outcome corrected, without repeating the note.
    assert_success(&sandbox.run(&[
        "experiment",
        "tried",
        &id,
        "--on",
        "2026-11-21",
        "--outcome",
        "partly",
    ]));
    assert_success(&sandbox.run(&["experiment", "drop", &id, "--why", "No demo left"]));
    let text = String::from_utf8(sandbox.bytes()).unwrap();
    assert!(
        text.contains("Rehearsed with Ana the day before"),
        "the line on how it went is gone:\n{text}"
    );
}
