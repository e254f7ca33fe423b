//! The command line: each subcommand's success, and each kind of bad input leaves the journal
//! byte-identical with a one-line error on stderr.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::too_many_lines,
    reason = "tests fail loudly on purpose"
)]

use std::fs;
use std::process::Command;

use common::cli::{Sandbox, TODAY, assert_failure, assert_success, kintsugi, stderr, stdout};
use kintsugi::storage::{self, WriterLock};

mod common;

fn sandbox_with_a_check_in() -> Sandbox {
    let sandbox = Sandbox::new();
    assert_success(&sandbox.run(&[
        "check-in",
        "--date",
        "2026-11-27",
        "--mood",
        "6",
        "--resilience",
        "5",
        "--mindset",
        "7",
    ]));
    sandbox
}

#[test]
fn check_in_creates_the_journal_and_then_replaces_the_day() {
    let sandbox = Sandbox::new();
    let output = sandbox.run(&[
        "check-in",
        "--date",
        "2026-11-27",
        "--mood",
        "6",
        "--resilience",
        "5",
        "--note",
        "Café day — fine",
        "--tag",
        "focus",
        "--tag",
        "team",
    ]);
    assert_success(&output);
    assert!(stdout(&output).contains("Saved the check-in for 2026-11-27"));
    let journal = storage::load(&sandbox.journal).unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let check_in = journal.check_in(day).unwrap();
    assert_eq!(check_in.ratings.mood.map(u8::from), Some(6));
    assert_eq!(check_in.ratings.resilience.map(u8::from), Some(5));
    assert_eq!(check_in.ratings.growth_mindset, None);
    assert_eq!(check_in.note, "Café day — fine");
    assert_eq!(check_in.tags, ["focus", "team"]);

    let output = sandbox.run(&["check-in", "--date", "2026-11-27", "--mindset", "9"]);
    assert_success(&output);
    assert!(stdout(&output).contains("Replaced"));
    let journal = storage::load(&sandbox.journal).unwrap();
    let replaced = journal.check_in(day).unwrap();
    assert_eq!(journal.check_ins().len(), 1);
    assert_eq!(replaced.id, check_in.id, "the day keeps its id");
    assert_eq!(
        replaced.ratings.mood, None,
        "the check-in is replaced, not merged"
    );
    assert_eq!(replaced.ratings.growth_mindset.map(u8::from), Some(9));
}

#[test]
fn bad_check_ins_are_refused_and_write_nothing() {
    let sandbox = sandbox_with_a_check_in();
    let before = sandbox.bytes();
    let cases: &[(&[&str], &[&str])] = &[
        (
            &["check-in", "--date", "2026-11-26", "--mood", "11"],
            &["--mood", "from 1 to 10", "11"],
        ),
        (
            &["check-in", "--date", "2026-11-26", "--resilience", "0"],
            &["--resilience", "from 1 to 10"],
        ),
        (
            &["check-in", "--date", "2026-11-26", "--mindset", "high"],
            &["--mindset", "high"],
        ),
        (
            &["check-in", "--date", "2026-11-26"],
            &["at least one rating", "a note or a tag"],
        ),
        (
            &["check-in", "--date", "2026-11-29", "--mood", "5"],
            &["2026-11-29", "future"],
        ),
        (
            &["check-in", "--date", "27/11/2026", "--mood", "5"],
            &["--date", "YYYY-MM-DD"],
        ),
        (
            &["check-in", "--date", "2026-02-30", "--mood", "5"],
            &["2026-02-30", "YYYY-MM-DD"],
        ),
    ];
    for (args, needles) in cases {
        let output = sandbox.run(args);
        assert_failure(&output, needles);
        assert_eq!(sandbox.bytes(), before, "{args:?} changed the journal");
    }
}

#[test]
fn setback_add_creates_skills_once_case_insensitively() {
    let sandbox = Sandbox::new();
    let output = sandbox.run(&[
        "setback",
        "add",
        "--date",
        "2026-11-20",
        "--title",
        "Demo lief schief",
        "--category",
        "work",
        "--severity",
        "3",
        "--micro",
        "--skill",
        "Estimation",
        "--skill",
        "Public speaking",
    ]);
    assert_success(&output);
    assert!(stderr(&output).contains("Logged setback"));
    let output = sandbox.run(&[
        "setback",
        "add",
        "--date",
        "2026-11-21",
        "--title",
        "Side gig slipped",
        "--category",
        "Side gig",
        "--severity",
        "2",
        "--skill",
        "estimation",
    ]);
    assert_success(&output);
    let journal = storage::load(&sandbox.journal).unwrap();
    assert_eq!(journal.setbacks().len(), 2);
    assert_eq!(
        journal.skills().len(),
        2,
        "“estimation” reuses “Estimation”"
    );
    let first = &journal.setbacks()[0];
    assert_eq!(first.title, "Demo lief schief");
    assert_eq!(first.category.name(), "Work");
    assert!(first.micro_failure);
    assert_eq!(u8::from(first.severity), 3);
    let estimation = journal.skill_named("ESTIMATION").unwrap();
    assert_eq!(journal.setbacks_of_skill(estimation.id).count(), 2);
    assert_eq!(
        journal.first_acquired(estimation),
        chrono::NaiveDate::from_ymd_opt(2026, 11, 20)
    );
    assert_eq!(journal.settings().custom_categories, ["Side gig"]);
}

#[test]
fn bad_setbacks_are_refused_and_write_nothing() {
    let sandbox = sandbox_with_a_check_in();
    let before = sandbox.bytes();
    let base = [
        "setback",
        "add",
        "--date",
        "2026-11-20",
        "--category",
        "Work",
    ];
    let cases: Vec<(Vec<&str>, &[&str])> = vec![
        (
            [&base[..], &["--title", "   ", "--severity", "2"]].concat(),
            &["needs a title"],
        ),
        (
            [&base[..], &["--title", "Oops", "--severity", "6"]].concat(),
            &["--severity", "from 1 to 5"],
        ),
        (
            [
                &base[..],
                &["--title", "Oops", "--severity", "2", "--skill", " "],
            ]
            .concat(),
            &["skill needs a name"],
        ),
        (
            vec![
                "setback",
                "add",
                "--date",
                "2027-01-01",
                "--title",
                "Later",
                "--category",
                "Work",
                "--severity",
                "2",
            ],
            &["future"],
        ),
        (
            vec![
                "setback",
                "add",
                "--date",
                "2026-11-20",
                "--title",
                "No severity",
                "--category",
                "Work",
            ],
            &["--severity"],
        ),
    ];
    for (args, needles) in cases {
        let output = sandbox.run(&args);
        assert_failure(&output, needles);
        assert_eq!(sandbox.bytes(), before, "{args:?} changed the journal");
    }
}

#[test]
fn stats_json_reports_counts_and_means() {
    let sandbox = Sandbox::new();
    for (date, mood, resilience) in [
        ("2026-11-01", "4", "5"),
        ("2026-11-02", "6", "5"),
        ("2026-11-04", "8", "5"),
    ] {
        assert_success(&sandbox.run(&[
            "check-in",
            "--date",
            date,
            "--mood",
            mood,
            "--resilience",
            resilience,
        ]));
    }
    assert_success(&sandbox.run(&[
        "setback",
        "add",
        "--date",
        "2026-11-03",
        "--title",
        "Missed",
        "--category",
        "Work",
        "--severity",
        "1",
        "--micro",
    ]));
    let output = sandbox.run(&["stats", "--json"]);
    assert_success(&output);
    let stats: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(stats["from"], "2026-11-01");
    assert_eq!(stats["to"], "2026-11-04");
    assert_eq!(stats["check_ins"], 3);
    assert_eq!(stats["setbacks"], 1);
    assert_eq!(stats["micro_failures"], 1);
    assert_eq!(stats["mood"]["mean"], 6.0);
    assert_eq!(stats["resilience"]["mean"], 5.0);
    assert_eq!(stats["resilience"]["trend_per_30d"], 0.0);
    assert!(stats["growth_mindset"]["mean"].is_null());
    // Mood against day number 0, 1, 3: slope 9/7 per day (hand-worked least squares).
    let trend = stats["mood"]["trend_per_30d"].as_f64().unwrap();
    assert!((trend - 30.0 * 9.0 / 7.0).abs() < 1e-9, "{trend}");
    assert_eq!(stats["current_streak"], 1);
    assert_eq!(stats["longest_streak"], 2);
    assert!((stats["coverage"].as_f64().unwrap() - 0.75).abs() < 1e-12);

    let output = sandbox.run(&["stats", "--from", "2026-11-02", "--to", "2026-11-02"]);
    assert_success(&output);
    let text = stdout(&output);
    assert!(text.contains("From 2026-11-02 to 2026-11-02"), "{text}");
    assert!(text.contains("Mood             mean 6.00"), "{text}");
}

#[test]
fn stats_needs_a_journal_and_a_sane_range() {
    let sandbox = Sandbox::new();
    assert_failure(
        &sandbox.run(&["stats"]),
        &["no journal here yet", "journal.ron"],
    );
    assert!(
        !sandbox.journal.exists(),
        "a reading command creates nothing"
    );
    let sandbox = sandbox_with_a_check_in();
    assert_failure(
        &sandbox.run(&["stats", "--from", "2026-11-05", "--to", "2026-11-01"]),
        &["2026-11-05", "after"],
    );
}

#[test]
fn demo_writes_a_journal_and_refuses_to_overwrite() {
    let sandbox = Sandbox::new();
    let path = sandbox.journal.to_str().unwrap().to_owned();
    let output = sandbox.run(&["demo", "--out", &path, "--years", "2", "--seed", "5"]);
    assert_success(&output);
    let journal = storage::load(&sandbox.journal).unwrap();
    assert!(journal.check_ins().len() > 500);
    let before = sandbox.bytes();
    let output = sandbox.run(&["demo", "--out", &path]);
    assert_failure(&output, &["already exists", "journal.ron"]);
    assert_eq!(sandbox.bytes(), before);
}

#[test]
fn a_locked_journal_is_not_written() {
    let sandbox = sandbox_with_a_check_in();
    let before = sandbox.bytes();
    let _lock = WriterLock::acquire(&sandbox.journal).unwrap();
    let output = sandbox.run(&["check-in", "--date", "2026-11-26", "--mood", "5"]);
    assert_failure(&output, &["open in another Kintsugi", "journal.ron"]);
    assert_eq!(sandbox.bytes(), before);
    assert_success(&sandbox.run(&["stats"]));
}

#[test]
fn an_unreadable_journal_is_reported_with_its_position_and_left_alone() {
    let sandbox = Sandbox::new();
    fs::write(
        &sandbox.journal,
        "(format_version: 1, check_ins: [ (id: 42 ]",
    )
    .unwrap();
    let before = sandbox.bytes();
    let output = sandbox.run(&["check-in", "--date", "2026-11-26", "--mood", "5"]);
    assert_failure(
        &output,
        &["journal.ron:1:", "not a readable Kintsugi journal"],
    );
    assert_eq!(sandbox.bytes(), before);
    assert_eq!(
        stderr(&output).lines().count(),
        1,
        "one line: {}",
        stderr(&output)
    );
}

/// Runs the binary as an unprivileged user when the tests run as root (root ignores folder
/// permissions), so that the folder is really read-only for it.
#[test]
fn a_read_only_folder_is_reported_and_left_alone() {
    use std::os::unix::fs::{PermissionsExt as _, chown};
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("ro");
    fs::create_dir(&folder).unwrap();
    let journal = folder.join("journal.ron");
    assert_success(&kintsugi(
        &journal,
        &["check-in", "--date", "2026-11-27", "--mood", "6"],
    ));
    let before = fs::read(&journal).unwrap();
    // Creating the lock file is the first write a writer needs; remove it so that it must be created.
    fs::remove_file(WriterLock::lock_path(&journal)).unwrap();
    let as_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| stdout(&o).trim() == "0");
    let mut command = if as_root {
        // `nobody` owns the journal and can read it, but the folder will not let it write.
        let nobody = 65534;
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
        chown(&folder, Some(nobody), Some(nobody)).unwrap();
        chown(&journal, Some(nobody), Some(nobody)).unwrap();
        let mut command = Command::new("setpriv");
        command.args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            env!("CARGO_BIN_EXE_kintsugi"),
        ]);
        command
    } else {
        Command::new(env!("CARGO_BIN_EXE_kintsugi"))
    };
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o555)).unwrap();
    let output = command
        .args([
            "--data",
            journal.to_str().unwrap(),
            "--today",
            TODAY,
            "check-in",
            "--date",
            "2026-11-26",
            "--mood",
            "5",
        ])
        .env("HOME", dir.path())
        .output()
        .unwrap();
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).unwrap();
    assert_failure(&output, &["cannot be written", "journal.ron"]);
    assert_eq!(fs::read(&journal).unwrap(), before);
}

#[test]
fn stats_json_reports_bounce_back_and_micro_failure_patterns() {
    let sandbox = Sandbox::new();
    for (date, mood) in [
        ("2026-11-01", "6"),
        ("2026-11-02", "6"),
        ("2026-11-03", "6"),
        ("2026-11-05", "2"),
        ("2026-11-06", "5"),
        ("2026-11-07", "9"),
        ("2026-11-08", "10"),
    ] {
        assert_success(&sandbox.run(&["check-in", "--date", date, "--mood", mood]));
    }
    for (date, title) in [
        ("2026-11-02", "Late reply"),
        ("2026-11-05", "Wrong list"),
        ("2026-11-08", "Typo shipped"),
    ] {
        assert_success(&sandbox.run(&[
            "setback",
            "add",
            "--date",
            date,
            "--title",
            title,
            "--category",
            "Work",
            "--severity",
            "1",
            "--micro",
        ]));
    }
    let output = sandbox.run(&["stats", "--json"]);
    assert_success(&output);
    let stats: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let recovery = stats["setback_recovery"].as_array().unwrap();
    let summary: Vec<(String, serde_json::Value)> = recovery
        .iter()
        .map(|r| {
            (
                r["date"].as_str().unwrap().to_owned(),
                r["bounce_back_days"].clone(),
            )
        })
        .collect();
    // 2 Nov: one check-in before it, no baseline. 5 Nov: baseline 6; 3-day means 4, 3.5, 5.33,
    // then 8 on the 8th → 3 days. 8 Nov: baseline (6+6+6+2+5+9)/6 = 5.67; 8 ≥ it on the day → 0.
    assert_eq!(
        summary,
        vec![
            ("2026-11-02".to_owned(), serde_json::Value::Null),
            ("2026-11-05".to_owned(), serde_json::json!(3)),
            ("2026-11-08".to_owned(), serde_json::json!(0)),
        ]
    );
    assert_eq!(recovery[1]["title"], "Wrong list");
    assert!(recovery[1]["id"].as_str().is_some_and(|id| id.len() == 36));
    assert_eq!(stats["bounce_back_days_median"], 1.5);
    assert_eq!(
        stats["micro_failure_patterns"],
        serde_json::json!([{ "category": "Work", "from": "2026-11-02", "to": "2026-11-08", "count": 3 }])
    );
    assert_eq!(stats["skills_acquired"], 0);
    // Both Work setbacks with a value (3 and 0 days): median 1.5.
    assert_eq!(
        stats["recovery_by_category"],
        serde_json::json!([{ "category": "Work", "setbacks": 2, "median_bounce_back_days": 1.5 }])
    );
    // A range that holds only the last setback reports it alone, with its bounce-back still
    // computed from all check-ins.
    let output = sandbox.run(&[
        "stats",
        "--json",
        "--from",
        "2026-11-08",
        "--to",
        "2026-11-08",
    ]);
    let stats: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(stats["bounce_back_days_median"], 0.0);
    assert_eq!(stats["micro_failure_patterns"], serde_json::json!([]));
}

#[test]
fn stats_compares_tagged_days_by_weekday_and_carry_over() {
    let sandbox = Sandbox::new();
    // 1 October 2026 is a Thursday. Days 1–5 carry the tag (spelled two ways), moods 4, 4, 5,
    // 5, 6 and resilience 5; days 6–12 carry none, moods 6, 7, 7, 8, 8, 6, 7 and resilience on
    // days 6–9 only.
    let moods = [4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 6, 7];
    for (day, mood) in (1..).zip(moods) {
        let date = format!("2026-10-{day:02}");
        let mood = mood.to_string();
        let mut args = vec!["check-in", "--date", &date, "--mood", &mood];
        if day <= 9 {
            args.extend(["--resilience", "5"]);
        }
        match day {
            1 | 3 => args.extend(["--tag", "Deadline"]),
            2 | 4 | 5 => args.extend(["--tag", "deadline"]),
            _ => {}
        }
        assert_success(&sandbox.run(&args));
    }
    let output = sandbox.run(&["stats", "--json"]);
    assert_success(&output);
    let stats: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();

    // Mood: with = 24/5 = 4.8 over 5 days, without = 49/7 = 7 over 7 days: −2.2.
    // Resilience: 5 days with, only 4 without → not reported.
    let comparisons = stats["tag_comparisons"].as_array().unwrap();
    assert_eq!(comparisons.len(), 1, "{comparisons:?}");
    let deadline = &comparisons[0];
    assert_eq!(deadline["rating"], "mood");
    assert_eq!(deadline["tag"], "Deadline");
    assert_eq!(deadline["with_days"], 5);
    assert_eq!(deadline["without_days"], 7);
    assert_eq!(deadline["with_mean"], 4.8);
    assert_eq!(deadline["without_mean"], 7.0);
    assert!((deadline["difference"].as_f64().unwrap() + 2.2).abs() < 1e-12);

    // Mondays: 5 Oct (6) and 12 Oct (7) → 6.5; Tuesday 6 Oct alone: 6; Thursdays 1 and 8 Oct:
    // 4 and 7 → 5.5. Growth mindset was never rated.
    let mood_days = &stats["weekday_means"]["mood"];
    assert_eq!(
        mood_days[0],
        serde_json::json!({ "weekday": "Monday", "days": 2, "mean": 6.5 })
    );
    assert_eq!(
        mood_days[1],
        serde_json::json!({ "weekday": "Tuesday", "days": 1, "mean": 6.0 })
    );
    assert_eq!(
        mood_days[3],
        serde_json::json!({ "weekday": "Thursday", "days": 2, "mean": 5.5 })
    );
    assert_eq!(
        stats["weekday_means"]["resilience"][6]["days"], 1,
        "Sunday 4 Oct"
    );
    assert_eq!(
        stats["weekday_means"]["growth_mindset"][4],
        serde_json::json!({ "weekday": "Friday", "days": 0, "mean": null })
    );

    // 11 pairs: x = 4 4 5 5 6 6 7 7 8 8 6 (mean 6), y = 4 5 5 6 6 7 7 8 8 6 7 (mean 69/11).
    // Σdx·dy = Σdx·y = −8 −10 −5 −6 + 7 + 8 + 16 + 12 = 14; Σdx² = 20;
    // Σdy² = 449 − 69²/11 = 178/11; r = 14 / √(20 · 178/11).
    let carry = &stats["mood_carry_over"];
    assert_eq!(carry["pairs"], 11);
    let expected = 14.0 / (20.0_f64 * 178.0 / 11.0).sqrt();
    assert!((carry["value"].as_f64().unwrap() - expected).abs() < 1e-12);
    assert_eq!(stats["recovery_by_category"], serde_json::json!([]));

    let output = sandbox.run(&["stats"]);
    assert_success(&output);
    let text = stdout(&output);
    assert!(
        text.contains("On days tagged Deadline: mood 4.8 vs 7.0 on other days (5 vs 7 days)"),
        "{text}"
    );
    assert!(
        text.contains("Mood carry-over 0.78: moods linger"),
        "{text}"
    );
    assert!(text.contains("Mood by weekday: Mon 6.5 (2)"), "{text}");

    // The same words under an exported chart, only when asked for.
    let chart = sandbox.journal.with_file_name("chart.svg");
    let chart_arg = chart.to_str().unwrap();
    assert_success(&sandbox.run(&["export", "chart", "--out", chart_arg, "--better-days"]));
    let svg = fs::read_to_string(&chart).unwrap();
    assert!(svg.contains("On days tagged Deadline: mood 4.8 vs 7.0 on other days (5 vs 7 days)"));
    let plain = sandbox.journal.with_file_name("plain.svg");
    assert_success(&sandbox.run(&["export", "chart", "--out", plain.to_str().unwrap()]));
    assert!(
        !fs::read_to_string(&plain)
            .unwrap()
            .contains("On days tagged")
    );
}

#[test]
fn install_desktop_entry_writes_the_menu_entry_and_icons_then_removes_them() {
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_kintsugi"))
            .args(args)
            .env("HOME", home.path())
            .env_remove("XDG_DATA_HOME")
            .output()
            .unwrap()
    };
    let output = run(&["install-desktop-entry"]);
    assert_success(&output);
    let share = home.path().join(".local/share");
    let entry = share.join("applications/io.github.kintsugi.Kintsugi.desktop");
    let text = fs::read_to_string(&entry).unwrap();
    let exec = format!("\nExec=\"{}\"\n", env!("CARGO_BIN_EXE_kintsugi"));
    assert!(text.contains(&exec), "{text}");
    assert!(text.contains("\nIcon=io.github.kintsugi.Kintsugi\n"));
    let svg = share.join("icons/hicolor/scalable/apps/io.github.kintsugi.Kintsugi.svg");
    let png = share.join("icons/hicolor/256x256/apps/io.github.kintsugi.Kintsugi.png");
    assert!(fs::read_to_string(&svg).unwrap().contains("<svg"));
    assert!(fs::read(&png).unwrap().starts_with(b"\x89PNG"));

    assert_success(&run(&["install-desktop-entry", "--remove"]));
    for file in [&entry, &svg, &png] {
        assert!(!file.exists(), "{} is still there", file.display());
    }
    let again = run(&["install-desktop-entry", "--remove"]);
    assert_success(&again);
    assert!(stdout(&again).contains("no desktop entry to remove"));
}

#[test]
fn the_version_names_the_commit_and_completions_are_printed() {
    let output = Command::new(env!("CARGO_BIN_EXE_kintsugi"))
        .arg("--version")
        .output()
        .unwrap();
    assert_success(&output);
    let version = stdout(&output);
    let commit = version
        .trim()
        .strip_prefix(&format!("kintsugi {} (", env!("CARGO_PKG_VERSION")))
        .and_then(|rest| rest.strip_suffix(')'))
        .unwrap_or_else(|| panic!("{version}"));
    assert!(
        commit == "unknown"
            || (commit.len() == 12 && commit.chars().all(|c| c.is_ascii_hexdigit())),
        "{version}"
    );
    let output = Command::new(env!("CARGO_BIN_EXE_kintsugi"))
        .args(["completions", "zsh"])
        .output()
        .unwrap();
    assert_success(&output);
    assert!(stdout(&output).contains("#compdef kintsugi"));
}

#[test]
fn a_ten_year_chart_labels_every_year() {
    let sandbox = Sandbox::new();
    let journal = sandbox.journal.to_str().unwrap();
    assert_success(&sandbox.run(&["demo", "--out", journal, "--years", "10"]));
    let svg = sandbox.journal.with_extension("svg");
    assert_success(&sandbox.run(&["export", "chart", "--out", svg.to_str().unwrap()]));
    let text = fs::read_to_string(&svg).unwrap();
    // The ratings chart and the lane each label every year once.
    for year in 2017..=2026 {
        let label = format!(">\n{year}\n</text>");
        assert_eq!(text.matches(&label).count(), 2, "{year} on both axes");
    }
}

#[test]
fn the_reminder_timer_runs_a_command_that_works() {
    let unit = fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/systemd/kintsugi-remind.service"
    ))
    .unwrap();
    let command = unit
        .lines()
        .find_map(|line| line.strip_prefix("ExecStart="))
        .unwrap();
    let mut words = command.split_whitespace();
    assert_eq!(words.next(), Some("/usr/bin/kintsugi"));
    let args: Vec<&str> = words.collect();
    assert_eq!(args, ["remind", "--notify"]);
    // Without a notification service it fails clearly; the same arguments without --notify
    // print the reminder, so the unit's command line is one the program takes.
    let sandbox = Sandbox::new();
    let output = sandbox.run(&args[..1]);
    assert_success(&output);
    assert!(stdout(&output).contains("Time for your Kintsugi check-in"));
    let timer = fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/systemd/kintsugi-remind.timer"
    ))
    .unwrap();
    assert!(timer.contains("OnCalendar=*-*-* 20:00"));
    assert!(timer.contains("WantedBy=timers.target"));
}
