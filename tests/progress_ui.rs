//! The Progress screen, driven like a user would.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

use chrono::{Days, NaiveDate, Utc};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use kintsugi::app::{JournalSource, KintsugiApp, Screen};
use kintsugi::clock::Clock;
use kintsugi::model::{CheckInInput, Rating, Ratings};
use kintsugi::storage::JournalStore;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

/// 120 days of check-ins: mood 3 until 60 days ago, then 8 — so a 4-week range and a 3-month
/// range have clearly different means.
fn harness() -> (tempfile::TempDir, Harness<'static, KintsugiApp>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    let (mut store, mut journal) = JournalStore::open(&path).unwrap();
    for back in 0..120_u64 {
        let day = today() - Days::new(back);
        let mood = if back < 60 { 8 } else { 3 };
        let input = CheckInInput {
            ratings: Ratings {
                mood: Rating::try_from(mood).ok(),
                resilience: Rating::try_from(6).ok(),
                growth_mindset: None,
            },
            ..CheckInInput::default()
        };
        journal
            .upsert_check_in(day, &input, today(), Utc::now())
            .unwrap();
    }
    store.save(&journal, today()).unwrap();
    drop(store);
    let clock = Clock::fixed(today().and_hms_opt(20, 0, 0).unwrap());
    let app = KintsugiApp::open(&JournalSource::File(path), clock);
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 1200.0))
        .build_ui_state(|ui, app: &mut KintsugiApp| app.ui(ui), app);
    harness.run();
    harness.get_by_label("Progress screen").click();
    harness.run();
    (dir, harness)
}

#[test]
fn changing_the_range_preset_changes_the_insights() {
    let (_dir, mut harness) = harness();
    // 3 months (91 days): 60 days of 8 and 31 of 3 → mean (480 + 93) / 91 = 6.3.
    assert!(harness.query_by_label_contains("mean 6.3").is_some());
    assert!(
        harness
            .query_all_by_label_contains("30 Aug 2026 – 28 Nov 2026")
            .next()
            .is_some()
    );
    harness.get_by_label("Range 4 weeks").click();
    harness.run();
    // 4 weeks: all 8, compared with the 28 days before (also 8).
    assert!(
        harness
            .query_by_label_contains("mean 8.0 (+0.0 vs the 28 days before)")
            .is_some()
    );
    assert!(harness.query_by_label_contains("mean 6.3").is_none());
    assert!(
        harness
            .query_all_by_label_contains("1 Nov 2026 – 28 Nov 2026")
            .next()
            .is_some()
    );
}

#[test]
fn toggling_a_series_hides_it() {
    let (_dir, mut harness) = harness();
    assert_eq!(
        harness.state().progress_series_shown(),
        Some([true, true, true])
    );
    harness.get_by_label("Show mood").click();
    harness.run();
    assert_eq!(
        harness.state().progress_series_shown(),
        Some([false, true, true])
    );
    harness.get_by_label("Show mood").click();
    harness.run();
    assert_eq!(
        harness.state().progress_series_shown(),
        Some([true, true, true])
    );
}

#[test]
fn clicking_a_day_in_the_heatmap_opens_it_on_today() {
    let (_dir, mut harness) = harness();
    let cell = harness.get_by_label_contains("Monday 2 November 2026, mood 8");
    cell.scroll_to_me();
    harness.run();
    harness
        .get_by_label_contains("Monday 2 November 2026, mood 8")
        .click();
    harness.run();
    assert_eq!(harness.state().current_screen(), Some(Screen::Today));
    assert!(harness.query_by_label("Monday, 2 November 2026").is_some());
}

#[test]
fn a_custom_range_is_checked_and_applied() {
    let (_dir, mut harness) = harness();
    let from = harness.get_by_role_and_label(egui::Role::TextInput, "From");
    from.focus();
    harness.run();
    harness
        .get_by_role_and_label(egui::Role::TextInput, "From")
        .type_text("2026-11-10");
    harness.run();
    harness
        .get_by_role_and_label(egui::Role::TextInput, "to")
        .focus();
    harness.run();
    harness
        .get_by_role_and_label(egui::Role::TextInput, "to")
        .type_text("2026-11-01");
    harness.run();
    harness.get_by_label("Show range").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("starts (2026-11-10) after it ends (2026-11-01)")
            .is_some()
    );
    harness
        .get_by_role_and_label(egui::Role::TextInput, "to")
        .focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(egui::Role::TextInput, "to")
        .type_text("2026-11-20");
    harness.run();
    harness.get_by_label("Show range").click();
    harness.run();
    assert!(
        harness
            .query_all_by_label_contains("10 Nov 2026 – 20 Nov 2026")
            .next()
            .is_some()
    );
}

#[test]
fn zooming_in_with_the_keyboard_brings_daily_points_back() {
    let (_dir, mut harness) = harness();
    harness.get_by_label("Range 1 year").click();
    harness.run();
    assert!(harness.query_by_label_contains("· weekly means").is_some());
    // Each + shows three quarters of the days: 366 → 275 → 206 → 154 → 116 days, daily at ≤ 124.
    for _ in 0..4 {
        harness.key_press(egui::Key::Plus);
        harness.run();
    }
    assert!(
        harness.query_by_label_contains("· daily").is_some(),
        "zoomed in far enough for daily points"
    );
    harness.get_by_label("Reset view").click();
    harness.run();
    harness.run();
    assert!(harness.query_by_label_contains("· weekly means").is_some());
}
