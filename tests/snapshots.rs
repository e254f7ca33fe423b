//! Image snapshots of every screen in dark and light, on the demo journal with a fixed "today".
//! Built only with `--features snapshots` (needs a Vulkan driver; lavapipe works without a
//! GPU). `UPDATE_SNAPSHOTS=true cargo test --features snapshots --test snapshots` rewrites the
//! images in `tests/snapshots/`.

#![cfg(feature = "snapshots")]
#![allow(clippy::unwrap_used, reason = "tests fail loudly on purpose")]

use std::path::Path;

use chrono::NaiveDate;
use egui_kittest::{Harness, SnapshotResults};
use kintsugi::app::{JournalSource, KintsugiApp, RangePreset, Screen, ThemePreference};
use kintsugi::clock::Clock;

fn clock() -> Clock {
    Clock::fixed(
        NaiveDate::from_ymd_opt(2026, 11, 28)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap(),
    )
}

fn snapshot(mut app: KintsugiApp, name: &str) {
    let mut results = SnapshotResults::new();
    for (theme, suffix) in [
        (ThemePreference::Light, "light"),
        (ThemePreference::Dark, "dark"),
    ] {
        app.set_theme(theme);
        let mut harness = Harness::builder()
            .with_size(egui::vec2(1280.0, 800.0))
            .build_ui_state(|ui, app: &mut KintsugiApp| app.ui(ui), app);
        harness.run();
        harness.snapshot(format!("{name}-{suffix}"));
        results.extend_harness(&mut harness);
        app = harness.into_state();
    }
    results.unwrap();
}

fn demo_on(screen: Screen) -> KintsugiApp {
    let mut app = KintsugiApp::open(&JournalSource::Demo, clock());
    app.set_progress_range(RangePreset::OneYear);
    app.show_screen(screen);
    app
}

#[test]
fn today_screen() {
    snapshot(demo_on(Screen::Today), "today");
}

#[test]
fn setbacks_screen_with_an_open_setback() {
    snapshot(demo_on(Screen::Setbacks), "setbacks");
}

#[test]
fn skills_screen() {
    snapshot(demo_on(Screen::Skills), "skills");
}

#[test]
fn progress_screen_over_a_year() {
    snapshot(demo_on(Screen::Progress), "progress");
}

#[test]
fn experiments_screen() {
    snapshot(demo_on(Screen::Experiments), "experiments");
}

/// Today on a day an experiment is due: the question and its three answers.
#[test]
fn today_asks_about_an_experiment() {
    use kintsugi::model::{NewExperiment, TryWhen};
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let mut journal = kintsugi::demo::generate(kintsugi::demo::DemoOptions::ending(today, 1));
    let setback = journal.setbacks().last().unwrap().id;
    journal
        .add_experiment(
            NewExperiment {
                setback,
                text: "Ask for a rehearsal before presenting".to_owned(),
                when: TryWhen::By(today),
                skill: None,
                created_on: today,
            },
            today,
            chrono::Utc::now(),
        )
        .unwrap();
    let mut app = KintsugiApp::in_memory(journal, clock());
    app.show_screen(Screen::Today);
    snapshot(app, "today-question");
}

#[test]
fn weekly_review_page() {
    let mut app = demo_on(Screen::Today);
    app.request(kintsugi::app::AppCommand::Practice(
        kintsugi::app::PracticeCommand::OpenReview,
    ));
    snapshot(app, "weekly-review");
}

#[test]
fn journal_screen_searching() {
    let mut app = demo_on(Screen::Today);
    app.search_journal("feedback estimate");
    snapshot(app, "journal");
}

#[test]
fn today_calendar_open() {
    let mut app = demo_on(Screen::Today);
    app.open_today_calendar();
    snapshot(app, "calendar");
}

#[test]
fn welcome_screen() {
    // A relative path, so the picture is the same wherever the repository is checked out.
    let path = Path::new("target/snapshot-fixtures/welcome/journal.ron");
    snapshot(
        KintsugiApp::open(&JournalSource::File(path.to_owned()), clock()),
        "welcome",
    );
}

#[test]
fn broken_journal_screen() {
    let dir = Path::new("target/snapshot-fixtures/broken");
    std::fs::create_dir_all(dir).unwrap();
    let path = dir.join("journal.ron");
    std::fs::write(&path, "(format_version: 1, check_ins: [oops").unwrap();
    snapshot(
        KintsugiApp::open(&JournalSource::File(path), clock()),
        "broken-journal",
    );
}

#[test]
fn unlock_screen() {
    use kintsugi::storage::{BackupsOnEncrypt, JournalKey, JournalStore, KeyCost};
    let dir = Path::new("target/snapshot-fixtures/unlock");
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).unwrap();
    let path = dir.join("journal.ron");
    let (mut store, journal) = JournalStore::open(&path).unwrap();
    let passphrase = secrecy::SecretString::from("snapshot passphrase".to_owned());
    let key = JournalKey::create(&passphrase, KeyCost::WorkFactor(4)).unwrap();
    store
        .encrypt(&journal, key, BackupsOnEncrypt::Encrypt)
        .unwrap();
    drop(store);
    snapshot(
        KintsugiApp::open(&JournalSource::File(path), clock()),
        "unlock",
    );
}

/// Page 1 of the mentor report of the demo journal, rendered by poppler's `pdftoppm`, against
/// `tests/snapshots/report-page1.png` (at most 0.5% of the pixels may differ).
#[test]
fn report_page_one() {
    use kintsugi::report::{self, Paper, ReportOptions, SetbackChoice};
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let journal = kintsugi::demo::generate(kintsugi::demo::DemoOptions::ending(today, 3));
    let range = kintsugi::insights::DateRange::ending(today, 90);
    let options = ReportOptions {
        name: Some("Ana Müller".to_owned()),
        paper: Paper::A4,
        setbacks: SetbackChoice::Reflected,
        questions: "What should I focus on next quarter?".to_owned(),
        ..ReportOptions::new(range, today)
    };
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("report.pdf");
    std::fs::write(&pdf, report::pdf_bytes(&journal, &options).unwrap()).unwrap();
    let prefix = dir.path().join("page");
    let status = std::process::Command::new("pdftoppm")
        .args(["-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile"])
        .arg(&pdf)
        .arg(&prefix)
        .status()
        .expect("pdftoppm (poppler-utils)");
    assert!(status.success());
    let rendered = image::open(prefix.with_extension("png")).unwrap().to_rgb8();
    let stored = Path::new("tests/snapshots/report-page1.png");
    if std::env::var("UPDATE_SNAPSHOTS").is_ok_and(|value| value == "true") || !stored.exists() {
        rendered.save(stored).unwrap();
        return;
    }
    let expected = image::open(stored).unwrap().to_rgb8();
    assert_eq!(rendered.dimensions(), expected.dimensions());
    let differing = rendered
        .pixels()
        .zip(expected.pixels())
        .filter(|(a, b)| a.0.iter().zip(b.0).any(|(x, y)| x.abs_diff(y) > 16))
        .count();
    let total = (rendered.width() * rendered.height()) as usize;
    assert!(
        differing * 200 <= total,
        "{differing} of {total} pixels differ from {}",
        stored.display()
    );
}

/// Today and Progress in German (the longest words) and Ukrainian (Cyrillic), light, at the
/// usual size and at the smallest the window is meant for: nothing may clip or overlap.
fn snapshot_in(language: kintsugi::i18n::Language, screen: Screen, name: &str) {
    kintsugi::i18n::use_on_this_thread(language);
    let mut results = SnapshotResults::new();
    let mut app = demo_on(screen);
    app.set_theme(ThemePreference::Light);
    for (size, suffix) in [((1280.0, 800.0), "light"), ((1024.0, 700.0), "light-1024")] {
        let mut harness = Harness::builder()
            .with_size(egui::vec2(size.0, size.1))
            .build_ui_state(|ui, app: &mut KintsugiApp| app.ui(ui), app);
        harness.run();
        harness.snapshot(format!("{name}-{suffix}"));
        results.extend_harness(&mut harness);
        app = harness.into_state();
    }
    kintsugi::i18n::use_on_this_thread(kintsugi::i18n::Language::English);
    results.unwrap();
}

#[test]
fn today_in_german() {
    snapshot_in(kintsugi::i18n::Language::German, Screen::Today, "today-de");
}

#[test]
fn progress_in_german() {
    snapshot_in(
        kintsugi::i18n::Language::German,
        Screen::Progress,
        "progress-de",
    );
}

#[test]
fn today_in_ukrainian() {
    snapshot_in(
        kintsugi::i18n::Language::Ukrainian,
        Screen::Today,
        "today-uk",
    );
}

#[test]
fn progress_in_ukrainian() {
    snapshot_in(
        kintsugi::i18n::Language::Ukrainian,
        Screen::Progress,
        "progress-uk",
    );
}
