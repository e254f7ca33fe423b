//! Importing from other journals on the command line: Daylio with the user's own moods, jrnl
//! (JSON export and text journal) and RedNotebook, from fixtures written by hand from each
//! format's documentation. Every malformed file leaves the journal byte-identical.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use common::cli::{Sandbox, assert_failure, assert_success, stdout};
use kintsugi::model::{Journal, Rating};
use kintsugi::storage;

mod common;

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
}

fn journal(sandbox: &Sandbox) -> Journal {
    storage::load(&sandbox.journal).unwrap()
}

/// A journal with a rated check-in on 2 March 2026 that has its own words.
fn sandbox_with_a_rated_day() -> Sandbox {
    let sandbox = Sandbox::new();
    assert_success(&sandbox.run(&[
        "check-in",
        "--date",
        "2026-03-02",
        "--mood",
        "4",
        "--note",
        "Written in Kintsugi.",
        "--tag",
        "client",
    ]));
    sandbox
}

#[test]
fn daylio_moods_of_your_own_are_mapped_or_listed_with_the_flag_to_map_them() {
    let sandbox = Sandbox::new();
    let path = fixture("daylio/custom_moods.csv");
    let path = path.to_str().unwrap();
    assert_success(&sandbox.run(&["check-in", "--date", "2026-03-10", "--mood", "5"]));
    let before = sandbox.bytes();
    let output = sandbox.run(&["import", "csv", path]);
    assert_failure(
        &output,
        &[
            "custom_moods.csv: unknown Daylio moods: “Ecstatic” (lines 2, 5); “so-so” (line 3)",
            "--mood Ecstatic=N --mood so-so=N",
        ],
    );
    assert_eq!(sandbox.bytes(), before, "all or nothing");
    // Only one of the two mapped: still nothing.
    assert_failure(
        &sandbox.run(&["import", "csv", path, "--mood", "ECSTATIC=10"]),
        &["“so-so”"],
    );
    assert_eq!(sandbox.bytes(), before);
    assert_failure(
        &sandbox.run(&["import", "csv", path, "--mood", "so-so=11"]),
        &["from 1 to 10"],
    );

    let output = sandbox.run(&[
        "import",
        "csv",
        path,
        "--mood",
        "ecstatic=10",
        "--mood",
        "so-so=5",
        "--mood",
        "good=7",
    ]);
    assert_success(&output);
    assert!(
        stdout(&output).contains("added 4 check-ins"),
        "{}",
        stdout(&output)
    );
    let journal = journal(&sandbox);
    let mood = |d| {
        journal
            .check_in(day(d))
            .unwrap()
            .ratings
            .mood
            .map(Rating::get)
    };
    assert_eq!(mood(4), Some(10), "names match whatever their case");
    assert_eq!(mood(3), Some(5));
    assert_eq!(
        mood(2),
        Some(7),
        "a built-in mood takes the rating given to it"
    );
    assert_eq!(
        journal.check_in(day(4)).unwrap().note,
        "Launch\nEveryone came."
    );
}

#[test]
fn a_jrnl_json_export_lands_one_check_in_per_day_without_ratings() {
    let sandbox = sandbox_with_a_rated_day();
    let path = fixture("jrnl/journal.json");
    let output = sandbox.run(&["import", "jrnl", path.to_str().unwrap()]);
    assert_success(&output);
    assert_eq!(
        stdout(&output).lines().next().unwrap(),
        "Imported jrnl: added 1 check-in; added words to 1 day that had a check-in"
    );
    let journal = journal(&sandbox);
    let second = journal.check_in(day(2)).unwrap();
    assert_eq!(
        second.ratings.mood.map(Rating::get),
        Some(4),
        "its rating is kept"
    );
    assert_eq!(
        second.note,
        "Written in Kintsugi.\n\n— Imported from jrnl —\n08:15 · Quiet morning.\n\n\
         17:40 · The demo froze in front of the client. ★\nRestarted twice. Afterwards @team \
         said the rehearsal had been too short.\n\nNext time: a dry run the day before."
    );
    assert_eq!(second.tags, vec!["client", "team"]);
    let fifth = journal.check_in(day(5)).unwrap();
    assert!(!fifth.is_rated(), "nothing is invented");
    assert_eq!(
        fifth.note,
        "12:00 · Pair review went well.\nLéa's comments were kind and precise. @team"
    );

    // The same file again adds nothing.
    let before = sandbox.bytes();
    let output = sandbox.run(&["import", "jrnl", path.to_str().unwrap()]);
    assert_success(&output);
    assert!(
        stdout(&output)
            .starts_with("Imported jrnl: nothing new (3 entries were already in the journal)"),
        "{}",
        stdout(&output)
    );
    assert_eq!(sandbox.bytes(), before, "the journal is as it was");
}

#[test]
fn the_jrnl_text_journal_reads_as_the_json_export_does() {
    let from_json = sandbox_with_a_rated_day();
    let from_text = sandbox_with_a_rated_day();
    let json = fixture("jrnl/journal.json");
    let text = fixture("jrnl/journal.txt");
    assert_success(&from_json.run(&["import", "jrnl", json.to_str().unwrap()]));
    // The text journal is recognised from its first line by the generic form too.
    assert_success(&from_text.run(&["import", "csv", text.to_str().unwrap()]));
    let notes = |sandbox: &Sandbox| -> Vec<(NaiveDate, String, Vec<String>)> {
        journal(sandbox)
            .check_ins()
            .map(|c| (c.date, c.note.clone(), c.tags.clone()))
            .collect()
    };
    let (json_notes, text_notes) = (notes(&from_json), notes(&from_text));
    assert_eq!(json_notes.len(), 2);
    // The text journal has the tag in the body where the JSON has it in its list.
    assert_eq!(
        text_notes[0].1.replace(" @client", ""),
        json_notes[0].1,
        "multi-line bodies, the star and the times read the same"
    );
    assert_eq!(text_notes[1], json_notes[1]);
}

#[test]
fn a_rednotebook_folder_reads_both_yaml_styles_and_its_hashtags() {
    let sandbox = Sandbox::new();
    let path = fixture("rednotebook/data");
    let output = sandbox.run(&["import", "rednotebook", path.to_str().unwrap()]);
    assert_success(&output);
    assert!(
        stdout(&output).starts_with("Imported RedNotebook: added 4 check-ins"),
        "{}",
        stdout(&output)
    );
    let journal = journal(&sandbox);
    let second = journal.check_in(day(2)).unwrap();
    assert!(
        second
            .note
            .starts_with("Présentation ratée devant la direction. #work\n"),
        "{}",
        second.note
    );
    assert!(
        second
            .note
            .ends_with("préparer les chiffres la veille.\n\nIdeas: Ask Marc for a rehearsal"),
        "{}",
        second.note
    );
    assert_eq!(second.tags, vec!["stress", "work"]);
    let april = journal
        .check_in(NaiveDate::from_ymd_opt(2026, 4, 1).unwrap())
        .unwrap();
    assert_eq!(april.note, "Feedback from my mentor: slow down. #mentor");
    assert_eq!(april.tags, vec!["Reading", "mentor"]);
    assert!(journal.check_ins().all(|c| !c.is_rated()));
    // Recognised as RedNotebook's folder without saying so, and nothing new the second time.
    let output = sandbox.run(&["import", "csv", path.to_str().unwrap()]);
    assert_success(&output);
    assert!(
        stdout(&output).contains("nothing new"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn malformed_diaries_are_refused_with_file_line_and_reason_and_change_nothing() {
    let sandbox = sandbox_with_a_rated_day();
    let before = sandbox.bytes();
    for (args, needles) in [
        (
            vec!["import", "jrnl", "jrnl/bad_date.txt"],
            vec!["bad_date.txt:3: “2026-02-30 17:40” is not a date and time"],
        ),
        (
            vec!["import", "jrnl", "jrnl/no_date.json"],
            vec!["no_date.json:5: jrnl JSON: missing field `date`"],
        ),
        (
            vec!["import", "rednotebook", "rednotebook/broken"],
            vec!["2026-05.txt:", "not valid YAML"],
        ),
        (
            vec!["import", "rednotebook", "rednotebook/bad_day"],
            vec!["2026-02.txt:3: “30” is not a day of 2026-02"],
        ),
        (
            vec!["import", "rednotebook", "jrnl"],
            vec!["no checkins.csv", "RedNotebook month files"],
        ),
    ] {
        let mut args: Vec<String> = args.into_iter().map(str::to_owned).collect();
        let last = args.pop().unwrap();
        args.push(fixture(&last).to_str().unwrap().to_owned());
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        assert_failure(&sandbox.run(&args), &needles);
        assert_eq!(sandbox.bytes(), before, "{args:?} changed the journal");
    }
}

#[test]
fn a_jrnl_text_with_200000_tags_is_imported_with_every_tag() {
    use std::fmt::Write as _;
    let dir = tempfile::tempdir().unwrap();
    let crowded = dir.path().join("crowded.txt");
    let mut text = String::from("[2026-03-02 08:30] Tagged\n");
    for n in 0..200_000 {
        write!(text, "@t{n} @T{n} ").unwrap();
    }
    std::fs::write(&crowded, text).unwrap();
    let options =
        kintsugi::interchange::ImportOptions::only(kintsugi::interchange::ImportFormat::Jrnl);
    let (merged, report) =
        kintsugi::interchange::import(&Journal::default(), &crowded, &options, chrono::Utc::now())
            .unwrap();
    assert_eq!(report.added.check_ins, 1);
    let tags = &merged.check_ins().next().unwrap().tags;
    // Case-insensitive repeats fold into the first spelling.
    assert_eq!(tags.len(), 200_000);
    assert_eq!(tags[0], "t0");
    assert_eq!(tags[199_999], "t199999");
}

#[test]
fn an_empty_diary_entry_is_counted_as_left_out_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("journal.txt");
    std::fs::write(
        &file,
        "[2026-03-02 08:30]\n\n[2026-03-03 09:00] Stand-up ran long\nKept it short next time.\n",
    )
    .unwrap();
    let options =
        kintsugi::interchange::ImportOptions::only(kintsugi::interchange::ImportFormat::Jrnl);
    let (merged, report) =
        kintsugi::interchange::import(&Journal::default(), &file, &options, chrono::Utc::now())
            .unwrap();
    assert_eq!(report.added.check_ins, 1, "{report}");
    assert_eq!(report.empty, 1, "{report}");
    assert!(
        report
            .to_string()
            .contains("left out 1 empty entry (no words and no tags)"),
        "{report}"
    );
    assert_eq!(merged.check_ins().count(), 1);
}
