//! Shared by the integration tests: generators of journals with unicode, quotes, commas,
//! newlines and control characters in every text field, empty lists and absent optional
//! fields; and the fixed clock and app harness of the UI tests.

#![allow(dead_code, reason = "each test file uses part of this module")]
#![allow(
    clippy::unwrap_used,
    clippy::too_many_lines,
    reason = "test support: fails loudly, and one generator reads best whole"
)]

use chrono::{DateTime, NaiveDate, Utc};
use kintsugi::model::{
    Category, CheckIn, CheckInId, Experiment, ExperimentId, ExperimentStatus, Feedback,
    FeedbackSource, JournalParts, JournalSettings, LevelChange, Outcome, Rating, Ratings,
    Reflection, Review, ReviewId, Setback, SetbackId, SetbackStatus, Severity, Skill, SkillId,
    SkillLevel, TryWhen,
};
use proptest::prelude::*;

pub mod cli;
pub mod encrypted_app;
pub mod reports;

/// The "today" of the UI tests.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

/// A clock fixed on [`today`] evening, so the UI tests do not depend on the real date.
pub fn clock() -> kintsugi::clock::Clock {
    kintsugi::clock::Clock::fixed(today().and_hms_opt(19, 30, 0).unwrap())
}

/// A clock that starts at `moment` and moves only when the test advances it.
pub fn clock_at(moment: chrono::NaiveDateTime) -> kintsugi::clock::Clock {
    kintsugi::clock::Clock::fixed(moment)
}

/// The app on the journal at `path` in a headless window of `size`, after its first frames. On
/// a first run it goes past the welcome screen the way a user would, with "Start my journal".
pub fn app_harness(
    path: &std::path::Path,
    size: egui::Vec2,
) -> egui_kittest::Harness<'static, kintsugi::app::KintsugiApp> {
    app_harness_with_clock(path, size, clock())
}

/// Like [`app_harness`], with a clock the test keeps a clone of to move time forward by hand.
pub fn app_harness_with_clock(
    path: &std::path::Path,
    size: egui::Vec2,
    clock: kintsugi::clock::Clock,
) -> egui_kittest::Harness<'static, kintsugi::app::KintsugiApp> {
    use egui_kittest::kittest::Queryable as _;
    use kintsugi::app::{JournalSource, KintsugiApp};
    let app = KintsugiApp::open(&JournalSource::File(path.to_owned()), clock);
    // A few more frames than kittest's default to settle: a save landing from the writer
    // thread asks for one frame to show "Saved", and an edit made meanwhile starts the next.
    let mut harness = egui_kittest::Harness::builder()
        .with_size(size)
        .with_max_steps(12)
        .build_ui_state(|ui, app: &mut KintsugiApp| app.ui(ui), app);
    harness.run();
    if !path.exists() {
        harness.get_by_label("Start my journal").click();
        harness.run();
    }
    harness
}

/// The journal the app holds in memory, saved or not.
pub fn in_memory(
    harness: &egui_kittest::Harness<'_, kintsugi::app::KintsugiApp>,
) -> kintsugi::model::Journal {
    harness
        .state()
        .session()
        .expect("a journal is open")
        .lock()
        .journal()
        .clone()
}

/// The first setback titled `title`.
pub fn setback_titled<'a>(
    journal: &'a kintsugi::model::Journal,
    title: &str,
) -> &'a kintsugi::model::Setback {
    journal
        .setbacks()
        .iter()
        .find(|s| s.title == title)
        .unwrap_or_else(|| panic!("no setback “{title}”"))
}

/// Shows the Setbacks screen and opens the setback titled `title` from its list (a row's
/// name may carry " — a field needs attention").
pub fn open_setback(
    harness: &mut egui_kittest::Harness<'_, kintsugi::app::KintsugiApp>,
    title: &str,
) {
    use egui_kittest::kittest::{NodeT as _, Queryable as _};
    harness.get_by_label("Setbacks screen").click();
    harness.run();
    harness
        .get_all_by_role(egui::Role::Button)
        .find(|node| {
            node.accesskit_node()
                .label()
                .is_some_and(|label| label == title || label.starts_with(&format!("{title} — ")))
        })
        .unwrap_or_else(|| panic!("no row “{title}”"))
        .click();
    harness.run();
}

/// Focuses the field, types `text` at its end and lets the app take it.
pub fn type_into(
    harness: &mut egui_kittest::Harness<'_, kintsugi::app::KintsugiApp>,
    role: egui::Role,
    label: &str,
    text: &str,
) {
    use egui_kittest::kittest::Queryable as _;
    harness.get_by_role_and_label(role, label).focus();
    harness.run();
    harness.key_press(egui::Key::End);
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run();
}

/// Focuses the field, selects everything in it and types `text` over it.
pub fn replace_text(
    harness: &mut egui_kittest::Harness<'_, kintsugi::app::KintsugiApp>,
    role: egui::Role,
    label: &str,
    text: &str,
) {
    use egui_kittest::kittest::Queryable as _;
    harness.get_by_role_and_label(role, label).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.get_by_role_and_label(role, label).type_text(text);
    harness.run();
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Free text: any characters, possibly empty.
pub fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            any::<char>(),
            prop::sample::select(vec!['"', ',', ';', '|', '\\', '\n', '\r', 'é', '—'])
        ],
        0..12,
    )
    .prop_map(String::from_iter)
}

/// A list item: like [`text`] but never empty (empty items are not kept by the app or by CSV).
pub fn item() -> impl Strategy<Value = String> {
    text().prop_map(|text| format!("i{text}"))
}

/// A name or title: never blank and without surrounding spaces (the app trims them).
pub fn name() -> impl Strategy<Value = String> {
    text().prop_map(|text| format!("n{}x", text.trim()))
}

fn timestamp() -> impl Strategy<Value = DateTime<Utc>> {
    (0_i64..4_000_000_000, 0_u32..1_000_000_000)
        .prop_map(|(secs, nanos)| DateTime::from_timestamp(secs, nanos).unwrap())
}

fn rating() -> impl Strategy<Value = Option<Rating>> {
    prop::option::of((1_u8..=10).prop_map(|v| Rating::try_from(v).unwrap()))
}

fn check_in(date: NaiveDate) -> impl Strategy<Value = CheckIn> {
    (
        any::<u128>(),
        rating(),
        rating(),
        rating(),
        text(),
        prop::collection::vec(item(), 0..3),
        timestamp(),
        timestamp(),
    )
        .prop_map(
            move |(id, mood, resilience, growth_mindset, note, tags, created_at, updated_at)| {
                let mut ratings = Ratings {
                    mood,
                    resilience,
                    growth_mindset,
                };
                if !ratings.any_given() {
                    ratings.mood = Rating::try_from(5).ok();
                }
                CheckIn {
                    id: CheckInId(uuid::Uuid::from_u128(id)),
                    date,
                    ratings,
                    note,
                    tags,
                    created_at,
                    updated_at,
                }
            },
        )
}

fn category() -> impl Strategy<Value = Category> {
    prop_oneof![
        prop::sample::select(Category::BUILT_IN.to_vec()),
        name().prop_map(|name| Category::Custom(format!("c{name}"))),
    ]
}

fn feedback() -> impl Strategy<Value = Feedback> {
    (
        prop::sample::select(FeedbackSource::ALL.to_vec()),
        prop::option::of(name()),
        text(),
    )
        .prop_map(|(source, name, insight)| Feedback {
            source,
            name,
            insight,
        })
}

pub fn journal_parts() -> impl Strategy<Value = JournalParts> {
    let dates = prop::collection::btree_set(0_u64..20_000, 0..12);
    let skill_count = 0_usize..5;
    (dates, skill_count).prop_flat_map(|(dates, skill_count)| {
        let base = day(1990, 1, 1);
        let check_ins: Vec<_> = dates
            .into_iter()
            .map(|offset| check_in(base + chrono::Days::new(offset)))
            .collect();
        let skills = prop::collection::vec(
            (
                any::<u128>(),
                name(),
                text(),
                prop::option::of(0_u64..20_000),
                prop::collection::vec((0_u64..20_000, 1_u8..=5), 0..3),
                text(),
                timestamp(),
            ),
            skill_count,
        )
        .prop_map(move |raw| {
            raw.into_iter()
                .enumerate()
                .map(
                    |(index, (id, name, category, first, history, notes, created_at))| Skill {
                        id: SkillId(uuid::Uuid::from_u128(id ^ 0xABCD)),
                        name: format!("skill {index} {name}"),
                        category,
                        first_acquired_override: first.map(|d| base + chrono::Days::new(d)),
                        level_history: history
                            .into_iter()
                            .map(|(d, level)| LevelChange {
                                date: base + chrono::Days::new(d),
                                level: SkillLevel::try_from(level).unwrap(),
                            })
                            .collect(),
                        notes,
                        created_at,
                        updated_at: created_at,
                    },
                )
                .collect::<Vec<_>>()
        });
        (check_ins, skills).prop_flat_map(move |(check_ins, skills)| {
            let skill_ids: Vec<SkillId> = skills.iter().map(|s| s.id).collect();
            let setback = (
                any::<u128>(),
                0_u64..20_000,
                name(),
                category(),
                1_u8..=5,
                any::<bool>(),
                (
                    text(),
                    prop::collection::vec(item(), 0..3),
                    text(),
                    prop::collection::vec(feedback(), 0..3),
                    prop::collection::vec(item(), 0..3),
                ),
                prop::sample::subsequence(skill_ids.clone(), 0..=skill_ids.len()),
                (0_u8..3, 0_u64..30),
                timestamp(),
            )
                .prop_map(
                    move |(
                        id,
                        d,
                        title,
                        category,
                        severity,
                        micro,
                        reflection,
                        skills,
                        status,
                        created_at,
                    )| {
                        let date = base + chrono::Days::new(d);
                        let (
                            what_happened,
                            contributing_factors,
                            do_differently,
                            feedback,
                            lessons,
                        ) = reflection;
                        Setback {
                            id: SetbackId(uuid::Uuid::from_u128(id ^ 0x1234_5678)),
                            date,
                            title: format!("t{title}"),
                            category,
                            severity: Severity::try_from(severity).unwrap(),
                            micro_failure: micro,
                            reflection: Reflection {
                                what_happened,
                                contributing_factors,
                                do_differently,
                                feedback,
                                lessons,
                            },
                            skills,
                            status: match status.0 {
                                0 => SetbackStatus::Open,
                                1 => SetbackStatus::Reflected,
                                _ => SetbackStatus::Recovered {
                                    on: date + chrono::Days::new(status.1),
                                },
                            },
                            created_at,
                            updated_at: created_at,
                        }
                    },
                );
            let settings = (
                prop::collection::vec(text(), 0..3),
                prop::collection::vec(text(), 0..3),
            )
                .prop_map(|(custom_categories, tags)| JournalSettings {
                    custom_categories,
                    tags,
                });
            (
                Just(check_ins),
                Just(skills),
                prop::collection::vec(setback, 0..6),
                settings,
            )
                .prop_map(|(check_ins, skills, setbacks, settings)| JournalParts {
                    check_ins,
                    setbacks,
                    skills,
                    settings,
                    ..JournalParts::default()
                })
        })
    })
}

/// Like [`journal_parts`], with experiments on its setbacks (every status, either kind of
/// *when*, with or without a skill; tried and dropped no earlier than their setback) and weekly
/// reviews, their texts as free as notes.
pub fn journal_parts_with_practice() -> impl Strategy<Value = JournalParts> {
    journal_parts().prop_flat_map(|parts| {
        let base = day(1990, 1, 1);
        let setbacks: Vec<(SetbackId, NaiveDate)> =
            parts.setbacks.iter().map(|s| (s.id, s.date)).collect();
        let skills: Vec<Option<SkillId>> = std::iter::once(None)
            .chain(parts.skills.iter().map(|skill| Some(skill.id)))
            .collect();
        let experiment = (
            any::<u128>(),
            0..setbacks.len().max(1),
            name(),
            prop_oneof![
                (0_u64..20_000).prop_map(move |d| TryWhen::By(base + chrono::Days::new(d))),
                name().prop_map(TryWhen::Situation),
            ],
            prop::sample::select(skills),
            0_u64..20_000,
            (0_u8..3, 0_u64..60, 0_usize..3, text()),
            prop::option::of(0_u64..20_000),
            timestamp(),
            timestamp(),
        )
            .prop_map(
                move |(
                    id,
                    setback,
                    text,
                    when,
                    skill,
                    created,
                    (status, after, outcome, words),
                    again,
                    created_at,
                    updated_at,
                )| {
                    let (setback, date) = setbacks
                        .get(setback)
                        .copied()
                        .unwrap_or((SetbackId(uuid::Uuid::nil()), base));
                    let on = date + chrono::Days::new(after);
                    Experiment {
                        id: ExperimentId(uuid::Uuid::from_u128(id ^ 0x5eed_0001)),
                        setback,
                        text,
                        when,
                        skill,
                        created_on: base + chrono::Days::new(created),
                        status: match status {
                            0 => ExperimentStatus::Open,
                            1 => ExperimentStatus::Tried {
                                on,
                                outcome: Outcome::ALL[outcome],
                                note: words,
                            },
                            _ => ExperimentStatus::Dropped { on, why: words },
                        },
                        ask_again_on: again.map(|d| base + chrono::Days::new(d)),
                        created_at,
                        updated_at,
                    }
                },
            );
        let experiments = if parts.setbacks.is_empty() {
            Just(Vec::new()).boxed()
        } else {
            prop::collection::vec(experiment, 0..5).boxed()
        };
        let review = (
            any::<u128>(),
            0_u64..20_000,
            0_u64..28,
            text(),
            text(),
            rating(),
            timestamp(),
        )
            .prop_map(
                move |(id, from, days, went_well, lesson, rating, created_at)| {
                    let from = base + chrono::Days::new(from);
                    Review {
                        id: ReviewId(uuid::Uuid::from_u128(id ^ 0x5eed_0002)),
                        from,
                        to: from + chrono::Days::new(days),
                        went_well,
                        lesson,
                        rating,
                        created_at,
                        updated_at: created_at,
                    }
                },
            );
        (
            Just(parts),
            experiments,
            prop::collection::vec(review, 0..4),
        )
            .prop_map(|(parts, experiments, reviews)| JournalParts {
                experiments,
                reviews,
                ..parts
            })
    })
}

/// Steps the app until the import (or its preview) read on the worker thread is done.
pub fn finish_import(harness: &mut egui_kittest::Harness<'_, kintsugi::app::KintsugiApp>) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_mins(2);
    harness.step();
    while harness.state().import_is_running() {
        assert!(
            std::time::Instant::now() < deadline,
            "the import did not end in 2 minutes"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    harness.run();
}

/// Steps the app until the save in flight (written on the writer thread) has landed and the
/// window has taken it in, as frames would.
pub fn land_saves(harness: &mut egui_kittest::Harness<'_, kintsugi::app::KintsugiApp>) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let saving = |harness: &egui_kittest::Harness<'_, kintsugi::app::KintsugiApp>| {
        harness
            .state()
            .session()
            .is_some_and(|session| session.lock().is_saving())
    };
    while saving(harness) {
        assert!(
            std::time::Instant::now() < deadline,
            "the save never landed"
        );
        std::thread::sleep(std::time::Duration::from_millis(2));
        harness.step();
    }
    harness.run();
}

/// What a sync client does with the other computer's version: writes `bytes` beside the
/// journal at `path` and renames them over it (a new file, as Syncthing and Dropbox do).
pub fn arrive_by_rename(path: &std::path::Path, bytes: impl AsRef<[u8]>) {
    let incoming = path.with_file_name(".journal.sync-incoming.tmp");
    std::fs::write(&incoming, bytes).unwrap();
    std::fs::rename(&incoming, path).unwrap();
}
