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
use kintsugi::model::{Category, CheckInInput, NewSetback, Rating, Ratings, Severity};
use kintsugi::storage::JournalStore;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

/// 120 days of check-ins: mood 3 until 60 days ago, then 8 — so a 4-week range and a 3-month
/// range have clearly different means.
fn harness() -> (tempfile::TempDir, Harness<'static, KintsugiApp>) {
    let check_ins: Vec<Day<'_>> = (0..120_u64)
        .map(|back| Day {
            date: today() - Days::new(back),
            mood: if back < 60 { 8 } else { 3 },
            resilience: Some(6),
            tags: &[],
        })
        .collect();
    progress_harness(&check_ins, &[], egui::vec2(1400.0, 1200.0))
}

/// One check-in of a test journal.
struct Day<'a> {
    date: NaiveDate,
    mood: u8,
    resilience: Option<u8>,
    tags: &'a [&'a str],
}

/// The app on the Progress screen over a journal with these check-ins and setbacks (day,
/// title, category).
fn progress_harness(
    check_ins: &[Day<'_>],
    setbacks: &[(NaiveDate, &str, Category)],
    size: egui::Vec2,
) -> (tempfile::TempDir, Harness<'static, KintsugiApp>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    let (mut store, mut journal) = JournalStore::open(&path).unwrap();
    for day in check_ins {
        let input = CheckInInput {
            ratings: Ratings {
                mood: Rating::try_from(day.mood).ok(),
                resilience: day.resilience.and_then(|r| Rating::try_from(r).ok()),
                growth_mindset: None,
            },
            tags: day.tags.iter().map(|tag| (*tag).to_owned()).collect(),
            ..CheckInInput::default()
        };
        journal
            .upsert_check_in(day.date, &input, today(), Utc::now())
            .unwrap();
    }
    for (date, title, category) in setbacks {
        let new = NewSetback {
            date: *date,
            title: (*title).to_owned(),
            category: category.clone(),
            severity: Severity::try_from(2).unwrap(),
            micro_failure: false,
            skill_names: Vec::new(),
        };
        journal.add_setback(new, today(), Utc::now()).unwrap();
    }
    store.save(&journal, today()).unwrap();
    drop(store);
    let clock = Clock::fixed(today().and_hms_opt(20, 0, 0).unwrap());
    let app = KintsugiApp::open(&JournalSource::File(path), clock);
    let mut harness = Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut KintsugiApp| app.ui(ui), app);
    harness.run();
    // The tab's name in the language the test speaks.
    harness
        .get_by_label(&kintsugi::app::Screen::Progress.screen_name())
        .click();
    harness.run();
    (dir, harness)
}

/// 20 days up to today (Saturday 28 November 2026) with a mood: 9–14 November tagged
/// "deadline" with mood 4, 15–28 November untagged with mood 7; no other rating. Work setbacks
/// on 20 and 25 November (baseline 7, and 7 on the day: 0 days each), one Learning setback.
fn better_days_harness() -> (tempfile::TempDir, Harness<'static, KintsugiApp>) {
    let check_ins: Vec<Day<'_>> = (0..20_u64)
        .map(|back| {
            let tagged = back >= 14;
            Day {
                date: today() - Days::new(back),
                mood: if tagged { 4 } else { 7 },
                resilience: None,
                tags: if tagged { &["deadline"] } else { &[] },
            }
        })
        .collect();
    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    let setbacks = [
        (day(20), "Late deploy", Category::Work),
        (day(25), "Missed review", Category::Work),
        (day(26), "Course quiz", Category::Learning),
    ];
    progress_harness(&check_ins, &setbacks, egui::vec2(1400.0, 2400.0))
}

#[test]
fn better_days_shows_the_comparisons_worked_by_hand() {
    let (_dir, mut harness) = better_days_harness();
    // 6 tagged days of mood 4 against 14 of mood 7.
    assert!(
        harness
            .query_by_label(": mood 4.0 vs 7.0 on other days (6 vs 14 days)")
            .is_some()
    );
    // Saturdays 14 (4), 21 and 28 (7) November: 6.0 over 3 days; Sundays 15 and 22: 7.0.
    assert!(
        harness
            .query_by_label_contains("Saturdays: mood 6.0 on average over 3 days")
            .is_some()
    );
    assert!(
        harness
            .query_by_label_contains("Sundays: mood 7.0 on average over 2 days")
            .is_some()
    );
    // Two Work setbacks with a value; the lone Learning one is not enough for its category.
    assert!(
        harness
            .query_by_label(": median 0 days over 2 setbacks")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Show the Learning setbacks")
            .is_none()
    );
    // 20 consecutive days of mood: 19 pairs.
    assert!(
        harness
            .query_by_label_contains("(19 pairs of consecutive days)")
            .is_some()
    );
    // Resilience and growth mindset were never rated.
    for rating in ["resilience", "growth mindset"] {
        let missing = format!("No {rating} ratings in this range.");
        assert!(harness.query_by_label(&missing).is_some(), "{missing}");
    }

    // The tag shows its days on the Journal screen: 6 of the 23 entries (20 check-ins and
    // 3 setbacks), the latest first, which opens on Today.
    harness
        .get_by_label("Show the days tagged deadline")
        .click();
    harness.run();
    assert_eq!(harness.state().current_screen(), Some(Screen::Journal));
    assert!(harness.query_by_label("Found 6 of 23 entries").is_some());
    harness
        .get_by_label_contains("Saturday 14 November 2026 Check-in")
        .click();
    harness.run();
    assert_eq!(harness.state().current_screen(), Some(Screen::Today));
    assert!(
        harness
            .query_by_label("Saturday, 14 November 2026, choose another day")
            .is_some()
    );
}

#[test]
fn a_category_of_recovery_opens_its_setbacks() {
    let (_dir, mut harness) = better_days_harness();
    harness.get_by_label("Show the Work setbacks").click();
    harness.run();
    assert_eq!(harness.state().current_screen(), Some(Screen::Setbacks));
    assert!(harness.query_by_label_contains("Late deploy").is_some());
    assert!(harness.query_by_label_contains("Missed review").is_some());
    assert!(
        harness.query_by_label_contains("Course quiz").is_none(),
        "the list is filtered to Work"
    );
}

#[test]
fn better_days_says_what_is_missing_in_a_small_journal() {
    let check_ins: Vec<Day<'_>> = (0..3_u64)
        .map(|back| Day {
            date: today() - Days::new(back),
            mood: 6,
            resilience: Some(5),
            tags: &["gym"],
        })
        .collect();
    let (_dir, harness) = progress_harness(&check_ins, &[], egui::vec2(1400.0, 2400.0));
    assert_eq!(
        harness
            .query_all_by_label("Tags: needs 5 days with a tag and 5 without.")
            .count(),
        2,
        "mood and resilience"
    );
    assert!(
        harness
            .query_by_label("Needs 10 pairs of consecutive days with a mood (2 so far).")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Needs 2 setbacks with a bounce-back in one category.")
            .is_some()
    );
    assert!(harness.query_by_label_contains("On days tagged").is_none());
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
    assert!(
        harness
            .query_by_label("Monday, 2 November 2026, choose another day")
            .is_some()
    );
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

#[test]
fn german_insights_write_decimal_commas() {
    kintsugi::i18n::use_on_this_thread(kintsugi::i18n::Language::German);
    let (_dir, harness) = better_days_harness();
    let comparison = harness
        .query_by_label(": Stimmung 4,0 gegenüber 7,0 an anderen Tagen (6 gegenüber 14 Tagen)")
        .is_some();
    let saturdays = harness
        .query_by_label_contains("Samstags: Stimmung 6,0 im Schnitt über 3 Tage")
        .is_some();
    let mean = harness.query_by_label_contains("Mittelwert 6,1").is_some();
    let (_dir, english) = {
        kintsugi::i18n::use_on_this_thread(kintsugi::i18n::Language::English);
        better_days_harness()
    };
    assert!(comparison, "the tag comparison in German");
    assert!(saturdays, "the weekday profile in German");
    assert!(mean, "the insights panel's mean in German");
    assert!(english.query_by_label_contains("mean 6.1").is_some());
}
