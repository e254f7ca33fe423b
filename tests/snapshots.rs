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
