//! CSV export and import (Kintsugi's own format and Daylio's), and chart export (PNG, SVG).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::too_many_lines,
    reason = "tests fail loudly on purpose"
)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{NaiveDate, TimeZone, Utc};
use kintsugi::chart_export::{self, ChartOptions};
use kintsugi::demo::{self, DemoOptions};
use kintsugi::insights::DateRange;
use kintsugi::interchange::{self, ImportError, ImportFormat};
use kintsugi::model::{Journal, RatingScale};
use kintsugi::palette;
use proptest::prelude::*;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/daylio")
        .join(name)
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 12, 0, 0).unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The CSV files, by name.
type CsvFiles = Vec<(&'static str, Vec<u8>)>;

fn export_bytes(journal: &Journal) -> CsvFiles {
    interchange::export_csv_bytes(journal).unwrap().to_vec()
}

fn round_trip(journal: &Journal) -> (CsvFiles, CsvFiles) {
    let dir = tempfile::tempdir().unwrap();
    interchange::export_csv(journal, dir.path()).unwrap();
    let (imported, _) = import_csv(&Journal::default(), dir.path(), None, now()).unwrap();
    (export_bytes(journal), export_bytes(&imported))
}

/// Imports with the format given (or recognised) and no mood ratings of the user's own.
fn import_csv(
    journal: &Journal,
    path: &std::path::Path,
    format: Option<ImportFormat>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(Journal, interchange::ImportReport), interchange::ImportError> {
    let options = interchange::ImportOptions {
        format,
        ..interchange::ImportOptions::default()
    };
    interchange::import(journal, path, &options, now)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn export_import_export_gives_identical_files(parts in common::journal_parts_with_practice()) {
        let Ok(journal) = Journal::from_parts(parts) else { return Ok(()) };
        let (first, second) = round_trip(&journal);
        for ((name, a), (_, b)) in first.iter().zip(&second) {
            prop_assert_eq!(String::from_utf8_lossy(a), String::from_utf8_lossy(b), "{} differs", name);
        }
    }
}

#[test]
fn the_demo_journal_round_trips_through_csv() {
    let journal = demo::generate(DemoOptions {
        years: 2,
        seed: 5,
        end: day(2026, 11, 28),
    });
    assert!(
        journal.experiments().iter().any(|e| e.tried_on().is_some())
            && journal
                .experiments()
                .iter()
                .any(|e| e.dropped_on().is_some())
            && journal
                .experiments()
                .iter()
                .any(|e| e.situation().is_some())
            && journal
                .experiments()
                .iter()
                .any(kintsugi::model::Experiment::is_open)
            && !journal.reviews().is_empty(),
        "the demo has experiments of every kind and reviews"
    );
    let (first, second) = round_trip(&journal);
    let names: Vec<&str> = first.iter().map(|(name, _)| *name).collect();
    assert_eq!(
        names,
        [
            "checkins.csv",
            "setbacks.csv",
            "skills.csv",
            "experiments.csv",
            "reviews.csv"
        ]
    );
    for ((name, a), (_, b)) in first.iter().zip(&second) {
        assert!(a == b, "{name} differs after export, import and export");
    }
    let check_ins = String::from_utf8(first[0].1.clone()).unwrap();
    assert!(
        check_ins.starts_with(
            "date,mood,resilience,growth_mindset,note,tags,id,created_at,updated_at\r\n"
        )
    );
    let setbacks = String::from_utf8(first[1].1.clone()).unwrap();
    assert!(setbacks.starts_with("date,title,category,severity,micro,skills,"));
    let experiments = String::from_utf8(first[3].1.clone()).unwrap();
    assert!(experiments.starts_with(
        "created_on,setback,text,by,situation,skill,status,tried_on,outcome,note,dropped_on,why,ask_again_on,id,created_at,updated_at\r\n"
    ));
    assert_eq!(experiments.lines().count(), journal.experiments().len() + 1);
    let reviews = String::from_utf8(first[4].1.clone()).unwrap();
    assert!(reviews.starts_with("from,to,rating,went_well,lesson,id,created_at,updated_at\r\n"));
    assert_eq!(reviews.lines().count(), journal.reviews().len() + 1);
}

#[test]
fn importing_merges_by_id_replaces_days_and_adds_rows_without_id() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("checkins.csv");
    let mut journal = Journal::default();
    let input = |mood: u8| kintsugi::model::CheckInInput {
        ratings: kintsugi::model::Ratings {
            mood: kintsugi::model::Rating::try_from(mood).ok(),
            ..Default::default()
        },
        ..Default::default()
    };
    journal
        .upsert_check_in(day(2026, 3, 1), &input(5), day(2026, 3, 31), now())
        .unwrap();
    journal
        .upsert_check_in(day(2026, 3, 2), &input(5), day(2026, 3, 31), now())
        .unwrap();
    let kept_id = journal.check_in(day(2026, 3, 1)).unwrap().id;
    let by_id = journal.check_in(day(2026, 3, 2)).unwrap().id;
    std::fs::write(
        &path,
        format!(
            "date,mood,resilience,growth_mindset,note,tags,id\n2026-03-01,9,,,same day,,\n2026-03-02,3,,,by id,,{by_id}\n2026-03-05,7,6,5,\"new, with comma\",a;b,\n"
        ),
    )
    .unwrap();
    let (merged, report) = import_csv(&journal, &path, None, now()).unwrap();
    assert_eq!(report.added.check_ins, 1);
    assert_eq!(report.replaced.check_ins, 2);
    assert_eq!(
        merged.check_in(day(2026, 3, 1)).unwrap().id,
        kept_id,
        "a day's check-in keeps its id"
    );
    assert_eq!(merged.check_in(day(2026, 3, 1)).unwrap().note, "same day");
    assert_eq!(merged.check_in(day(2026, 3, 2)).unwrap().note, "by id");
    let new = merged.check_in(day(2026, 3, 5)).unwrap();
    assert_eq!(new.tags, ["a", "b"]);
    assert_eq!(new.note, "new, with comma");
    assert!(
        report
            .to_string()
            .contains("added 1 check-in; replaced 2 check-ins"),
        "{report}"
    );
}

#[test]
fn daylio_export_becomes_one_check_in_per_day() {
    let (journal, report) = import_csv(
        &Journal::default(),
        &fixture("daylio_export.csv"),
        None,
        now(),
    )
    .unwrap();
    assert_eq!(report.format, ImportFormat::Daylio);
    assert_eq!(report.added.check_ins, 5);
    let mood = |d: NaiveDate| journal.check_in(d).unwrap().ratings.mood.map(u8::from);
    assert_eq!(
        mood(day(2026, 3, 3)),
        Some(7),
        "good 8 and meh 6 average to 7"
    );
    assert_eq!(mood(day(2026, 3, 2)), Some(10), "rad is 10");
    assert_eq!(mood(day(2026, 3, 1)), Some(5), "bad 4 and meh 6");
    assert_eq!(mood(day(2026, 2, 28)), Some(2), "awful is 2");
    assert_eq!(
        mood(day(2026, 2, 27)),
        Some(7),
        "8, 6, 4, 8 average 6.5, rounded half up; labels ignore case"
    );
    let march_3 = journal.check_in(day(2026, 3, 3)).unwrap();
    assert_eq!(
        march_3.tags,
        ["work", "friends"],
        "activities become tags, earliest entry first"
    );
    assert_eq!(
        march_3.note,
        "Slow start\n\nLong day\nShipped the fix, finally"
    );
    assert_eq!(
        journal.check_in(day(2026, 3, 1)).unwrap().note,
        "Tired\nneed rest"
    );
    assert_eq!(
        journal.check_in(day(2026, 2, 28)).unwrap().note,
        "Rough, rough day\nQuotes \"inside\" and é"
    );
    assert!(
        journal
            .check_in(day(2026, 3, 3))
            .unwrap()
            .ratings
            .resilience
            .is_none()
    );
}

#[test]
fn unknown_daylio_moods_are_listed_with_their_lines() {
    let error = import_csv(
        &Journal::default(),
        &fixture("unknown_moods.csv"),
        None,
        now(),
    )
    .unwrap_err();
    let ImportError::UnknownMoods { moods, .. } = &error else {
        panic!("{error:?}")
    };
    assert_eq!(
        moods,
        &vec![
            ("super happy".to_owned(), vec![3, 5]),
            ("sleepy".to_owned(), vec![4])
        ]
    );
    assert!(
        error.to_string().contains("“super happy” (lines 3, 5)"),
        "{error}"
    );
}

#[test]
fn malformed_files_name_the_file_line_and_column() {
    let cases = [
        ("bad_date.csv", "bad_date.csv:3: column “full_date”"),
        ("broken_quoting.csv", "broken_quoting.csv:2:"),
        ("missing_mood_column.csv", "unknown"),
    ];
    for (name, expected) in cases {
        let error = import_csv(
            &Journal::default(),
            &fixture(name),
            Some(ImportFormat::Daylio),
            now(),
        )
        .unwrap_err();
        let message = error.to_string();
        if name == "missing_mood_column.csv" {
            assert!(
                matches!(error, ImportError::MissingColumn { ref column, .. } if column == "mood"),
                "{message}"
            );
        } else {
            assert!(message.contains(expected), "{name}: {message}");
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("checkins.csv");
    std::fs::write(&path, "date,mood\n2026-03-01,11\n").unwrap();
    let error = import_csv(&Journal::default(), &path, None, now()).unwrap_err();
    assert!(
        error.to_string().contains(
            "checkins.csv:2: column “mood”: “11”: rating must be a whole number from 1 to 10"
        ),
        "{error}"
    );
}

fn kintsugi_bin(journal: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_kintsugi"))
        .arg("--data")
        .arg(journal)
        .args(["--today", "2026-11-28"])
        .args(args)
        .env_remove("KINTSUGI_DATA")
        .output()
        .unwrap()
}

#[test]
fn a_failed_import_leaves_the_journal_byte_identical_and_a_good_one_backs_it_up_first() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.ron");
    assert!(
        kintsugi_bin(
            &journal,
            &["check-in", "--date", "2026-11-27", "--mood", "6"]
        )
        .status
        .success()
    );
    let before = std::fs::read(&journal).unwrap();
    for name in [
        "bad_date.csv",
        "broken_quoting.csv",
        "missing_mood_column.csv",
        "unknown_moods.csv",
    ] {
        let output = kintsugi_bin(
            &journal,
            &["import", "csv", fixture(name).to_str().unwrap()],
        );
        assert!(!output.status.success(), "{name} was accepted");
        assert!(
            String::from_utf8_lossy(&output.stderr).contains(name),
            "{name}: the error names the file"
        );
        assert_eq!(
            std::fs::read(&journal).unwrap(),
            before,
            "{name} changed the journal"
        );
    }
    let output = kintsugi_bin(
        &journal,
        &[
            "import",
            "csv",
            fixture("daylio_export.csv").to_str().unwrap(),
        ],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("added 5 check-ins"));
    let backups = kintsugi::storage::list_backups(&journal);
    let before_import = backups
        .iter()
        .find(|(_, path)| path.to_string_lossy().contains("before-import"))
        .expect("a backup made before the import");
    assert_eq!(std::fs::read(&before_import.1).unwrap(), before);
}

#[test]
fn csv_export_then_import_through_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("source.ron");
    assert!(
        kintsugi_bin(
            &source,
            &["demo", "--out", source.to_str().unwrap(), "--years", "1"]
        )
        .status
        .success()
    );
    let out = dir.path().join("export");
    let output = kintsugi_bin(&source, &["export", "csv", "--out", out.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let target = dir.path().join("target.ron");
    let output = kintsugi_bin(&target, &["import", "csv", out.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let (a, b) = (
        kintsugi::storage::load(&source).unwrap(),
        kintsugi::storage::load(&target).unwrap(),
    );
    assert_eq!(export_bytes(&a), export_bytes(&b));
}

// ---------- chart export ----------

fn chart_journal() -> Journal {
    demo::generate(DemoOptions {
        years: 1,
        seed: 9,
        end: day(2026, 11, 28),
    })
}

fn three_months() -> DateRange {
    DateRange::new(day(2026, 8, 30), day(2026, 11, 28)).unwrap()
}

fn has_color(image: &image::RgbImage, rgb: palette::Rgb) -> bool {
    image.pixels().any(|pixel| pixel.0 == [rgb.0, rgb.1, rgb.2])
}

/// The ratings chart: the top part of the picture, above the setbacks lane (whose category
/// colours share hues with the ratings).
fn ratings_part(image: &image::RgbImage) -> image::RgbImage {
    image::imageops::crop_imm(image, 0, 0, image.width(), image.height() * 6 / 10).to_image()
}

#[test]
fn png_has_the_requested_size_and_the_colours_of_what_is_shown() {
    let journal = chart_journal();
    let options = ChartOptions {
        width: 1200,
        height: 700,
        shown: [true, true, false],
        ..ChartOptions::for_range(three_months())
    };
    let png = chart_export::render_png(&journal, &options).unwrap();
    let image = image::load_from_memory(&png).unwrap().to_rgb8();
    assert_eq!(image.dimensions(), (1200, 700));
    let ratings = ratings_part(&image);
    assert!(has_color(
        &ratings,
        palette::scale_rgb(RatingScale::Mood, false)
    ));
    assert!(has_color(
        &ratings,
        palette::scale_rgb(RatingScale::Resilience, false)
    ));
    assert!(
        !has_color(
            &ratings,
            palette::scale_rgb(RatingScale::GrowthMindset, false)
        ),
        "a hidden series is not drawn"
    );
    let range = three_months();
    for setback in journal
        .setbacks()
        .iter()
        .filter(|s| range.contains(s.date) && !s.micro_failure)
    {
        assert!(
            has_color(&image, palette::category_rgb(&setback.category, false)),
            "{} marker",
            setback.category
        );
    }
    let hidpi = ChartOptions {
        scale: 2.0,
        ..options
    };
    let image =
        image::load_from_memory(&chart_export::render_png(&journal, &hidpi).unwrap()).unwrap();
    assert_eq!((image.width(), image.height()), (2400, 1400));
}

#[test]
fn svg_parses_renders_and_keeps_its_title_as_text() {
    let journal = chart_journal();
    let svg = chart_export::render_svg(&journal, &ChartOptions::for_range(three_months())).unwrap();
    assert!(
        svg.contains("30 Aug 2026 – 28 Nov 2026"),
        "the title names the range"
    );
    assert!(svg.contains("<text"), "text stays text");
    let tree = resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default()).unwrap();
    let size = tree.size().to_int_size();
    assert_eq!((size.width(), size.height()), (1600, 900));
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height()).unwrap();
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::default(),
        &mut pixmap.as_mut(),
    );
    let painted = pixmap.pixels().iter().filter(|p| p.alpha() > 0).count();
    assert!(
        painted > 100_000,
        "the SVG renders to a non-empty image ({painted} pixels)"
    );
}

#[test]
fn chart_file_format_comes_from_the_extension() {
    let journal = chart_journal();
    let dir = tempfile::tempdir().unwrap();
    let options = ChartOptions::for_range(three_months());
    let error =
        chart_export::export_chart(&journal, &dir.path().join("chart.jpg"), &options).unwrap_err();
    assert!(error.to_string().contains(".png or .svg"), "{error}");
    chart_export::export_chart(&journal, &dir.path().join("chart.svg"), &options).unwrap();
    assert!(
        std::fs::read_to_string(dir.path().join("chart.svg"))
            .unwrap()
            .starts_with("<svg")
    );
    let tiny = ChartOptions {
        width: 10,
        height: 10,
        ..options
    };
    assert!(chart_export::render_png(&journal, &tiny).is_err());
}

#[test]
fn a_daylio_day_onto_a_check_in_takes_its_mood_and_keeps_every_word() {
    let mut journal = Journal::default();
    let input = kintsugi::model::CheckInInput {
        ratings: kintsugi::model::Ratings {
            mood: kintsugi::model::Rating::try_from(3).ok(),
            resilience: kintsugi::model::Rating::try_from(6).ok(),
            growth_mindset: None,
        },
        note: "Mine, written in Kintsugi.".to_owned(),
        tags: vec!["focus".to_owned(), "Work".to_owned()],
    };
    journal
        .upsert_check_in(day(2026, 3, 3), &input, day(2026, 11, 28), now())
        .unwrap();
    let (merged, report) =
        import_csv(&journal, &fixture("daylio_export.csv"), None, now()).unwrap();
    assert_eq!((report.added.check_ins, report.updated), (4, 1), "{report}");
    assert!(
        report
            .to_string()
            .contains("updated 1 check-in (the mood from the file, the day's words kept)"),
        "{report}"
    );
    let day_3 = merged.check_in(day(2026, 3, 3)).unwrap();
    // 21:10 good (8) and 08:05 meh (6): the mean, 7.
    assert_eq!(
        day_3.ratings.mood.map(kintsugi::model::Rating::get),
        Some(7)
    );
    assert_eq!(
        day_3.ratings.resilience.map(kintsugi::model::Rating::get),
        Some(6)
    );
    assert_eq!(
        day_3.note,
        "Mine, written in Kintsugi.\n\n— Imported from Daylio CSV —\nSlow start\n\nLong day\nShipped the fix, finally"
    );
    assert_eq!(day_3.tags, vec!["focus", "Work", "friends"]);
    assert_eq!(day_3.id, journal.check_in(day(2026, 3, 3)).unwrap().id);

    let (again, report) = import_csv(&merged, &fixture("daylio_export.csv"), None, now()).unwrap();
    assert_eq!(again, merged, "a second import changes nothing");
    assert!(report.to_string().contains("nothing new"), "{report}");
}

// ---------- experiments and reviews ----------

/// A journal with one setback (skill “Presenting”), one experiment of it and one review.
fn practice_journal() -> Journal {
    let today = day(2026, 11, 28);
    let mut journal = Journal::default();
    let setback = journal
        .add_setback(
            kintsugi::model::NewSetback {
                date: day(2026, 11, 2),
                title: "Demo went badly".to_owned(),
                category: kintsugi::model::Category::Work,
                severity: kintsugi::model::Severity::saturating(3),
                micro_failure: false,
                skill_names: vec!["Presenting".to_owned()],
            },
            today,
            now(),
        )
        .unwrap();
    journal
        .add_experiment(
            kintsugi::model::NewExperiment {
                setback,
                text: "Ask for a rehearsal".to_owned(),
                when: kintsugi::model::TryWhen::By(day(2026, 11, 20)),
                skill: None,
                created_on: day(2026, 11, 3),
            },
            today,
            now(),
        )
        .unwrap();
    let review = kintsugi::model::Review {
        id: kintsugi::model::ReviewId::random(),
        from: day(2026, 11, 16),
        to: day(2026, 11, 22),
        went_well: "Shipped".to_owned(),
        lesson: String::new(),
        rating: None,
        created_at: now(),
        updated_at: now(),
    };
    journal.upsert_review(review, today, now()).unwrap();
    journal
}

#[test]
fn experiments_and_reviews_merge_by_id_and_link_their_setback_and_a_skill_by_name() {
    let journal = practice_journal();
    let setback = journal.setbacks()[0].id;
    let experiment = journal.experiments()[0].id;
    let review = journal.reviews()[0].id;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("experiments.csv"),
        format!(
            "created_on,setback,text,by,situation,skill,status,tried_on,outcome,note,id\n\
             2026-11-03,{setback},Ask for a rehearsal,2026-11-20,,Presenting,tried,2026-11-21,partly,\"Helped, a bit\",{experiment}\n\
             2026-11-04,{setback},Say the ask first,,next time I present,Listening,,,,,\n"
        ),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("reviews.csv"),
        format!(
            "from,to,rating,went_well,lesson,id\n\
             2026-11-16,2026-11-22,7,Shipped,Rehearse,{review}\n\
             2026-11-23,2026-11-28,,,Ask early,\n"
        ),
    )
    .unwrap();
    let (merged, report) = import_csv(&journal, dir.path(), None, now()).unwrap();
    assert_eq!(report.format, ImportFormat::Kintsugi);
    assert_eq!(
        (report.added.experiments, report.replaced.experiments),
        (1, 1)
    );
    assert_eq!((report.added.reviews, report.replaced.reviews), (1, 1));
    assert_eq!(report.added.skills, 1, "“Listening” is new: {report}");
    let tried = merged.experiment(experiment).unwrap();
    assert_eq!(
        tried.status,
        kintsugi::model::ExperimentStatus::Tried {
            on: day(2026, 11, 21),
            outcome: kintsugi::model::Outcome::Partly,
            note: "Helped, a bit".to_owned(),
        }
    );
    assert_eq!(
        tried.skill,
        merged.skill_named("presenting").map(|skill| skill.id)
    );
    let new = merged
        .experiments()
        .iter()
        .find(|e| e.id != experiment)
        .unwrap();
    assert_eq!(new.setback, setback);
    assert_eq!(new.situation(), Some("next time I present"));
    assert!(new.is_open());
    assert_eq!(
        new.skill,
        merged.skill_named("Listening").map(|skill| skill.id)
    );
    let replaced = merged.review(review).unwrap();
    assert_eq!(
        (replaced.lesson.as_str(), replaced.rating.map(u8::from)),
        ("Rehearse", Some(7))
    );
    assert_eq!(merged.reviews().len(), 2);
    assert!(
        report
            .to_string()
            .contains("added 1 skill, 1 experiment, 1 review; replaced 1 experiment, 1 review"),
        "{report}"
    );
}

#[test]
fn an_experiment_whose_setback_is_nowhere_stops_the_whole_import() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("export");
    let journal = practice_journal();
    interchange::export_csv(&journal, &folder).unwrap();
    // The setback in setbacks.csv links; a made-up one does not. The second row's text spans
    // two lines, so the bad row starts on line 4.
    let known = journal.setbacks()[0].id;
    let unknown = uuid::Uuid::from_u128(42);
    std::fs::write(
        folder.join("experiments.csv"),
        format!(
            "created_on,setback,text,by\n\
             2026-11-05,{known},\"Two\nlines\",2026-11-25\n\
             2026-11-06,{unknown},Orphan,2026-11-25\n"
        ),
    )
    .unwrap();
    let error = import_csv(&Journal::default(), &folder, None, now()).unwrap_err();
    let message = error.to_string();
    assert!(
        message.contains(&format!(
            "experiments.csv:4: column “setback”: no setback with the id {unknown} in the journal or in setbacks.csv"
        )),
        "{message}"
    );

    // Through the command line: an error on stderr, and the journal as it was.
    let path = dir.path().join("journal.ron");
    assert!(
        kintsugi_bin(&path, &["check-in", "--date", "2026-11-27", "--mood", "6"])
            .status
            .success()
    );
    let before = std::fs::read(&path).unwrap();
    let output = kintsugi_bin(&path, &["import", "csv", folder.to_str().unwrap()]);
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("experiments.csv:4: column “setback”"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn malformed_experiment_and_review_rows_name_the_file_line_and_column() {
    let journal = practice_journal();
    let setback = journal.setbacks()[0].id;
    let experiments = "created_on,setback,text,by,situation,status,tried_on,outcome,note,dropped_on,why,ask_again_on";
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "experiments.csv",
            format!(
                "{experiments}\n2026-11-03,{setback},Try,2026-11-20,,tried,2026-11-21,maybe,,,,\n"
            ),
            "experiments.csv:2: column “outcome”: “maybe”: not worked, partly or didnt",
        ),
        (
            "experiments.csv",
            format!("{experiments}\n2026-11-03,{setback},Try,2026-11-20,,tried,,worked,,,,\n"),
            "experiments.csv:2: column “tried_on”: a tried experiment needs the day",
        ),
        (
            "experiments.csv",
            format!("{experiments}\n2026-11-03,{setback},Try,2026-11-20,,dropped,,,,,,\n"),
            "experiments.csv:2: column “dropped_on”: a dropped experiment needs the day",
        ),
        (
            "experiments.csv",
            format!("{experiments}\n2026-11-03,{setback},Try,2026-11-20,,open,,,went well,,,\n"),
            "experiments.csv:2: column “note”: an experiment with the status open has no note",
        ),
        (
            "experiments.csv",
            format!("{experiments}\n2026-11-03,{setback},Try,2026-11-20,,done,,,,,,\n"),
            "experiments.csv:2: column “status”: “done” is not open, tried or dropped",
        ),
        (
            "experiments.csv",
            format!("{experiments}\n2026-11-03,{setback},Try,2026-11-20,at lunch,,,,,,,\n"),
            "experiments.csv:2: column “situation”: give a date to try it by or a situation, not both",
        ),
        (
            "experiments.csv",
            format!("{experiments}\n2026-11-03,{setback},Try,,,,,,,,,\n"),
            "experiments.csv:2: column “by”: say when to try it",
        ),
        (
            "experiments.csv",
            format!("{experiments}\n2026-11-03,{setback},  ,2026-11-20,,,,,,,,\n"),
            "experiments.csv:2: column “text”: an experiment needs one sentence",
        ),
        (
            "experiments.csv",
            format!("{experiments}\n2026-11-03,setback-7,Try,2026-11-20,,,,,,,,\n"),
            "experiments.csv:2: column “setback”: “setback-7”: not an id",
        ),
        (
            "experiments.csv",
            format!("{experiments}\n3 Nov,{setback},Try,2026-11-20,,,,,,,,\n"),
            "experiments.csv:2: column “created_on”: “3 Nov”: not a date (YYYY-MM-DD)",
        ),
        (
            "experiments.csv",
            format!("{experiments}\n2026-11-03,{setback},Try,2026-11-20,,,,,,,,2026-13-01\n"),
            "experiments.csv:2: column “ask_again_on”: “2026-13-01”: not a date",
        ),
        (
            "experiments.csv",
            format!(
                "{experiments}\n2026-11-03,{setback},Try,2026-11-20,,tried,2026-10-01,worked,,,,\n"
            ),
            "experiments.csv:2: column “tried_on”: 2026-10-01 is before the setback it comes from (“Demo went badly”, 2026-11-02)",
        ),
        (
            "experiments.csv",
            "created_on,text,by\n2026-11-03,Try,2026-11-20\n".to_owned(),
            "experiments.csv:1: the column “setback” is missing",
        ),
        (
            "reviews.csv",
            "from,to,rating\n2026-11-23,2026-11-16,5\n".to_owned(),
            "reviews.csv:2: column “to”: the review ends on 2026-11-16, before it starts (2026-11-23)",
        ),
        (
            "reviews.csv",
            "from,to,rating\n2026-11-16,2026-11-22,0\n".to_owned(),
            "reviews.csv:2: column “rating”: “0”: rating must be a whole number from 1 to 10",
        ),
        (
            "reviews.csv",
            "from,to,rating\n2026-11-16,,5\n".to_owned(),
            "reviews.csv:2: column “to”: a date is required",
        ),
        (
            "reviews.csv",
            "from,to\n2026-11-16,2026-11-22,extra\n".to_owned(),
            "reviews.csv:2: 3 fields where the header has 2",
        ),
        (
            "reviews.csv",
            "from,rating\n2026-11-16,5\n".to_owned(),
            "reviews.csv:1: the column “to” is missing",
        ),
    ];
    for (name, contents, expected) in cases {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(name), &contents).unwrap();
        for path in [dir.path().to_owned(), dir.path().join(name)] {
            let error = import_csv(&journal, &path, None, now()).unwrap_err();
            assert!(
                error.to_string().contains(expected),
                "{contents}\n{error}\nshould contain\n{expected}"
            );
        }
    }
}

#[test]
fn one_experiments_or_reviews_file_is_recognised_by_name_or_by_its_columns() {
    let journal = practice_journal();
    let setback = journal.setbacks()[0].id;
    let dir = tempfile::tempdir().unwrap();
    let experiments = format!(
        "created_on,setback,text,by,status,tried_on,outcome\n2026-11-05,{setback},Pause before answering,2026-11-12,tried,2026-11-12,didn't\n"
    );
    let reviews = "from,to,went_well\n2026-11-23,2026-11-28,Calm week\n";
    for (name, contents) in [
        ("experiments.csv", experiments.as_str()),
        ("my plans.csv", experiments.as_str()),
        ("reviews.csv", reviews),
        ("weeks.csv", reviews),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, contents).unwrap();
        assert_eq!(
            interchange::recognise(&path).unwrap(),
            ImportFormat::Kintsugi,
            "{name}"
        );
        let (merged, report) = import_csv(&journal, &path, None, now()).unwrap();
        assert_eq!(
            report.added.experiments + report.added.reviews,
            1,
            "{name}: {report}"
        );
        if contents == reviews {
            assert_eq!(merged.reviews().len(), 2, "{name}");
        } else {
            let added = merged.experiments().last().unwrap();
            assert_eq!(added.text, "Pause before answering");
            assert_eq!(added.outcome(), Some(kintsugi::model::Outcome::Didnt));
        }
    }
}
