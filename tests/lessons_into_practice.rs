//! SPEC §3.3 on a journal built by hand, with every answer worked out by hand below; the
//! normalisation of contributing factors; the experiment and review commands and the two new
//! `stats --json` keys.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::too_many_lines,
    reason = "tests fail loudly on purpose"
)]

use chrono::{DateTime, NaiveDate, Utc};
use common::cli::{Sandbox, assert_failure, assert_success, stdout};
use kintsugi::insights::{
    DateRange, lessons_into_practice, normalize_factor, recurring_factors, stats,
};
use kintsugi::model::{
    Category, Journal, NewExperiment, NewSetback, Outcome, SetbackId, Severity, TryWhen,
};

mod common;

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_800_000_000, 0).unwrap()
}

const TODAY: &str = "2027-02-01";

fn setback(journal: &mut Journal, date: &str, category: Category, factors: &[&str]) -> SetbackId {
    let id = journal
        .add_setback(
            NewSetback {
                date: day(date),
                title: format!("Setback of {date}"),
                category,
                severity: Severity::try_from(3).unwrap(),
                micro_failure: false,
                skill_names: Vec::new(),
            },
            day(TODAY),
            now(),
        )
        .unwrap();
    let mut edited = journal.setback(id).unwrap().clone();
    edited.reflection.contributing_factors = factors.iter().map(|f| (*f).to_owned()).collect();
    journal.upsert_setback(edited, day(TODAY), now()).unwrap();
    id
}

fn experiment(
    journal: &mut Journal,
    setback: SetbackId,
    created: &str,
) -> kintsugi::model::ExperimentId {
    journal
        .add_experiment(
            NewExperiment {
                setback,
                text: format!("Try something from {created}"),
                when: TryWhen::By(day(created)),
                skill: None,
                created_on: day(created),
            },
            day(TODAY),
            now(),
        )
        .unwrap()
}

/// Six setbacks in 2026 and six experiments; see each test for the sums.
fn hand_built() -> (Journal, Vec<SetbackId>) {
    let mut journal = Journal::default();
    let s1 = setback(
        &mut journal,
        "2026-03-02",
        Category::Work,
        &["Unclear ownership", "Late deadlines"],
    );
    let s2 = setback(
        &mut journal,
        "2026-03-20",
        Category::Project,
        &["unclear  Ownership!", "late-deadline"],
    );
    let s3 = setback(
        &mut journal,
        "2026-04-10",
        Category::Work,
        &["Unclear ownership", "unclear ownership"],
    );
    let s4 = setback(
        &mut journal,
        "2026-05-01",
        Category::Work,
        &["Clear ownership", "Process"],
    );
    let s5 = setback(
        &mut journal,
        "2026-05-15",
        Category::Learning,
        &["Réunion tardive"],
    );
    let s6 = setback(
        &mut journal,
        "2026-06-01",
        Category::Other,
        &["reunion, tardives"],
    );
    let today = day(TODAY);
    let e1 = experiment(&mut journal, s1, "2026-03-03");
    journal
        .try_experiment(e1, day("2026-03-10"), Outcome::Worked, "", today, now())
        .unwrap();
    let e2 = experiment(&mut journal, s1, "2026-03-04");
    journal
        .try_experiment(e2, day("2026-03-06"), Outcome::Partly, "", today, now())
        .unwrap();
    let e3 = experiment(&mut journal, s2, "2026-03-21");
    journal
        .try_experiment(e3, day("2026-04-09"), Outcome::Didnt, "", today, now())
        .unwrap();
    let e4 = experiment(&mut journal, s3, "2026-04-11");
    journal
        .drop_experiment(e4, day("2026-04-20"), "no time", today, now())
        .unwrap();
    let _e5 = experiment(&mut journal, s4, "2026-05-02");
    let e6 = experiment(&mut journal, s5, "2026-05-16");
    journal
        .try_experiment(e6, day("2027-01-05"), Outcome::Worked, "", today, now())
        .unwrap();
    (journal, vec![s1, s2, s3, s4, s5, s6])
}

#[test]
fn factors_are_matched_after_case_accents_punctuation_and_simple_plurals() {
    assert_eq!(normalize_factor("Unclear ownership"), "unclear ownership");
    assert_eq!(
        normalize_factor("  UNCLEAR   ownership!! "),
        "unclear ownership"
    );
    assert_eq!(normalize_factor("Deadlines"), normalize_factor("deadline"));
    assert_eq!(normalize_factor("Réunions tardives"), "reunion tardive");
    assert_eq!(normalize_factor("Über-Planung"), "uber planung");
    assert_eq!(normalize_factor("Team's meetings."), "team s meeting");
    // Only words of 4+ characters lose an s, and never a double s.
    assert_eq!(normalize_factor("Process"), "process");
    assert_eq!(normalize_factor("bus gas"), "bus gas");
    assert_eq!(normalize_factor("Tasks"), "task");
    // Different words stay different.
    assert_ne!(
        normalize_factor("Unclear ownership"),
        normalize_factor("Clear ownership")
    );
    assert_eq!(normalize_factor(" -- "), "");
}

#[test]
fn recurring_factors_count_setbacks_once_and_are_listed_by_count_then_latest() {
    let (journal, ids) = hand_built();
    let year = DateRange::new(day("2026-01-01"), day("2026-12-31")).unwrap();
    let found = recurring_factors(&journal, year);
    let summary: Vec<(&str, usize, NaiveDate, NaiveDate)> = found
        .iter()
        .map(|f| (f.factor.as_str(), f.setbacks, f.first, f.last))
        .collect();
    // "unclear ownership": s1, s2, s3 (s3 lists it twice: once). Then the two with 2 setbacks,
    // the latest last date first: "reunion tardive" (s5, s6; 1 Jun) before "late deadline"
    // (s1, s2; 20 Mar). "Clear ownership" and "Process" appear once: not recurring.
    assert_eq!(
        summary,
        vec![
            ("Unclear ownership", 3, day("2026-03-02"), day("2026-04-10")),
            ("Réunion tardive", 2, day("2026-05-15"), day("2026-06-01")),
            ("Late deadlines", 2, day("2026-03-02"), day("2026-03-20")),
        ]
    );
    assert_eq!(found[0].setback_ids, vec![ids[0], ids[1], ids[2]]);
    assert_eq!(found[0].categories_in_words(), "2 Work, 1 Project");

    // From 15 March: s1 drops out. "unclear ownership" has s2 and s3, shown as written on s2;
    // "late deadline" has only s2.
    let later = DateRange::new(day("2026-03-15"), day("2026-12-31")).unwrap();
    let found = recurring_factors(&journal, later);
    let summary: Vec<(&str, usize)> = found
        .iter()
        .map(|f| (f.factor.as_str(), f.setbacks))
        .collect();
    assert_eq!(
        summary,
        vec![("Réunion tardive", 2), ("unclear  Ownership!", 2)]
    );
}

#[test]
fn lessons_into_practice_figures_match_the_hand_count() {
    let (journal, _) = hand_built();
    let year = DateRange::new(day("2026-01-01"), day("2026-12-31")).unwrap();
    let figures = lessons_into_practice(&journal, year);
    // Planned in 2026: all six. Tried in 2026: e1 worked, e2 partly, e3 didn't (e6 was tried
    // in 2027). Dropped: e4.
    assert_eq!(figures.experiments_planned, 6);
    assert_eq!(
        (
            figures.tried_worked,
            figures.tried_partly,
            figures.tried_didnt,
            figures.dropped
        ),
        (1, 1, 1, 1)
    );
    // First tries: s1 on 6 Mar (e2, before e1's 10 Mar) = 4 days; s2 on 9 Apr = 20 days; s5
    // on 5 Jan 2027 = 235 days (a setback of the range counts whenever it was tried). s3 was
    // only dropped, s4's is open, s6 has none. Median of 4, 20, 235 = 20; 3 of 6 setbacks.
    assert_eq!(figures.median_days_to_first_try, Some(20.0));
    assert_eq!(figures.setbacks_put_into_practice, Some(0.5));

    // March only: s1 and s2; e1, e2, e3 planned (e3 on 21 Mar); tried in March: e1, e2.
    let march = DateRange::new(day("2026-03-01"), day("2026-03-31")).unwrap();
    let figures = lessons_into_practice(&journal, march);
    assert_eq!(figures.experiments_planned, 3);
    assert_eq!(
        (
            figures.tried_worked,
            figures.tried_partly,
            figures.tried_didnt
        ),
        (1, 1, 0)
    );
    assert_eq!(
        figures.median_days_to_first_try,
        Some(12.0),
        "mean of 4 and 20"
    );
    assert_eq!(figures.setbacks_put_into_practice, Some(1.0));

    // A range without setbacks has no share and no median.
    let empty = DateRange::new(day("2025-01-01"), day("2025-12-31")).unwrap();
    let figures = lessons_into_practice(&journal, empty);
    assert_eq!(figures.setbacks_put_into_practice, None);
    assert_eq!(figures.median_days_to_first_try, None);
    assert_eq!(figures.experiments_planned, 0);

    // Both are part of the range's stats.
    let all = stats(&journal, year);
    assert_eq!(all.recurring_factors.len(), 3);
    assert_eq!(all.lessons_into_practice.experiments_planned, 6);
}

#[test]
fn the_command_line_plans_tries_drops_and_lists_experiments_and_stats_json_has_the_new_keys() {
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
        "--skill",
        "Presenting",
        "--factor",
        "Unclear ownership",
        "--factor",
        "No rehearsal",
        "--lesson",
        "Rehearse with a colleague",
    ]);
    assert_success(&added);
    let setback = stdout(&added).trim().to_owned();
    assert_eq!(setback.len(), 36, "the id alone on stdout: {setback:?}");
    let second = sandbox.run(&[
        "setback",
        "add",
        "--date",
        "2026-11-20",
        "--title",
        "Missed the handover",
        "--category",
        "Project",
        "--severity",
        "2",
        "--factor",
        "unclear ownership.",
    ]);
    assert_success(&second);

    let planned = sandbox.run(&[
        "experiment",
        "add",
        "--setback",
        &setback[..8],
        "--text",
        "Ask for a rehearsal",
        "--by",
        "2026-11-20",
        "--skill",
        "presenting",
        "--created",
        "2026-11-03",
    ]);
    assert_success(&planned);
    let experiment = stdout(&planned).trim().to_owned();
    let situation = sandbox.run(&[
        "experiment",
        "add",
        "--setback",
        &setback,
        "--text",
        "Say who owns what",
        "--when",
        "next kick-off",
    ]);
    assert_success(&situation);
    let situation_id = stdout(&situation).trim().to_owned();

    // Bad input: nothing written, a clear error.
    let before = std::fs::read(&sandbox.journal).unwrap();
    for (bad, says) in [
        (
            vec!["experiment", "add", "--setback", &setback, "--text", "x"],
            "--by",
        ),
        (
            vec![
                "experiment",
                "add",
                "--setback",
                "ffffffff",
                "--text",
                "x",
                "--by",
                "2026-11-20",
            ],
            "no setback",
        ),
        (
            vec![
                "experiment",
                "add",
                "--setback",
                &setback,
                "--text",
                " ",
                "--by",
                "2026-11-20",
            ],
            "one sentence",
        ),
        (
            vec![
                "experiment",
                "tried",
                &experiment,
                "--on",
                "2026-11-01",
                "--outcome",
                "worked",
            ],
            "before the setback",
        ),
        (
            vec![
                "experiment",
                "tried",
                &experiment,
                "--on",
                "2026-11-21",
                "--outcome",
                "maybe",
            ],
            "worked, partly or didnt",
        ),
    ] {
        assert_failure(&sandbox.run(&bad), &[says]);
        assert_eq!(std::fs::read(&sandbox.journal).unwrap(), before, "{bad:?}");
    }

    assert_success(&sandbox.run(&[
        "experiment",
        "tried",
        &experiment,
        "--on",
        "2026-11-21",
        "--outcome",
        "worked",
        "--note",
        "They said it helped",
    ]));
    assert_success(&sandbox.run(&["experiment", "drop", &situation_id, "--why", "Team changed"]));

    let listed = sandbox.run(&["experiment", "list", "--json"]);
    assert_success(&listed);
    let list: serde_json::Value = serde_json::from_str(&stdout(&listed)).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["status"], "tried");
    assert_eq!(list[0]["outcome"], "worked");
    assert_eq!(list[0]["skill"], "Presenting");
    assert_eq!(list[1]["status"], "dropped");
    assert_eq!(list[1]["situation"], "next kick-off");

    let stats = sandbox.run(&[
        "stats",
        "--json",
        "--from",
        "2026-11-01",
        "--to",
        "2026-11-28",
    ]);
    assert_success(&stats);
    let stats: serde_json::Value = serde_json::from_str(&stdout(&stats)).unwrap();
    let recurring = stats["recurring_factors"].as_array().unwrap();
    assert_eq!(recurring.len(), 1);
    assert_eq!(recurring[0]["factor"], "Unclear ownership");
    assert_eq!(recurring[0]["setbacks"], 2);
    assert_eq!(recurring[0]["first"], "2026-11-02");
    assert_eq!(recurring[0]["last"], "2026-11-20");
    assert_eq!(recurring[0]["setback_ids"][0], setback.as_str());
    let practice = &stats["lessons_into_practice"];
    assert_eq!(practice["experiments_planned"], 2);
    assert_eq!(practice["tried_worked"], 1);
    assert_eq!(practice["tried_partly"], 0);
    assert_eq!(practice["tried_didnt"], 0);
    assert_eq!(practice["dropped"], 1);
    // 2 Nov → 21 Nov: 19 days; 1 of 2 setbacks.
    assert_eq!(practice["median_days_to_first_try"], 19.0);
    assert_eq!(practice["setbacks_put_into_practice"], 0.5);

    // The plain form says the same.
    let plain = sandbox.run(&["stats", "--from", "2026-11-01", "--to", "2026-11-28"]);
    assert_success(&plain);
    let plain = stdout(&plain);
    assert!(
        plain.contains(
            "Unclear ownership — in 2 setbacks from 2026-11-02 to 2026-11-20 (1 Project, 1 Work)"
        ),
        "{plain}"
    );
    assert!(
        plain.contains("Experiments: 2 planned, 1 tried (1 worked, 0 partly, 0 didn't), 1 dropped"),
        "{plain}"
    );
    assert!(plain.contains("median 19.0"), "{plain}");
    assert!(
        plain.contains("Setbacks put into practice: 50% of 2"),
        "{plain}"
    );

    let week = sandbox.run(&["review", "--week", "2026-W47", "--json"]);
    assert_success(&week);
    let week: serde_json::Value = serde_json::from_str(&stdout(&week)).unwrap();
    assert_eq!(week["from"], "2026-11-16");
    assert_eq!(week["to"], "2026-11-22");
    assert_eq!(week["setbacks"][0]["title"], "Missed the handover");
    assert_eq!(week["experiments_tried"][0]["text"], "Ask for a rehearsal");
    assert_eq!(week["still_open"][0]["title"], "Demo went badly");
    assert_failure(
        &sandbox.run(&["review", "--week", "2026-13"]),
        &["YYYY-Www"],
    );
}

#[test]
fn the_timer_offers_the_weekly_review_on_its_day_until_one_is_made() {
    let sandbox = Sandbox::new();
    // 28 Nov 2026, the tests' today, is a Saturday.
    let saturday = sandbox.run(&["remind", "--review-day", "saturday"]);
    assert_success(&saturday);
    assert!(
        stdout(&saturday).contains("Review your week"),
        "{}",
        stdout(&saturday)
    );
    let sunday = sandbox.run(&["remind"]);
    assert_success(&sunday);
    assert!(
        !stdout(&sunday).contains("Review your week"),
        "Sunday by default"
    );
    assert!(!stdout(&sandbox.run(&["remind", "--review-day", "off"])).contains("Review"));
    assert_failure(
        &sandbox.run(&["remind", "--review-day", "someday"]),
        &["weekday"],
    );

    // A review made this week (on Thursday): no reminder.
    let (mut store, mut journal) = kintsugi::storage::JournalStore::open(&sandbox.journal).unwrap();
    let thursday = day("2026-11-26");
    journal
        .upsert_review(
            kintsugi::model::Review {
                id: kintsugi::model::ReviewId::random(),
                from: day("2026-11-20"),
                to: thursday,
                went_well: "Shipped".to_owned(),
                lesson: String::new(),
                rating: None,
                created_at: now(),
                updated_at: now(),
            },
            thursday,
            now(),
        )
        .unwrap();
    store.save(&journal, thursday).unwrap();
    drop(store);
    let after = sandbox.run(&["remind", "--review-day", "saturday"]);
    assert_success(&after);
    assert!(
        !stdout(&after).contains("Review your week"),
        "{}",
        stdout(&after)
    );
}
