//! One edit through the session's edit path on the 10-year demo journal, with its history entry
//! (budget ≤ 0.1 ms), and the memory a full history takes there (budget ≤ 50 MB, printed).

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use kintsugi::demo::{self, DemoOptions};
use kintsugi::history::{Change, HISTORY_LIMIT, MERGE_PAUSE};
use kintsugi::model::{CheckInInput, Scope};
use kintsugi::session::{JournalSession, Reach};

fn edit_benches(c: &mut Criterion) {
    let end = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
    let journal = demo::generate(DemoOptions {
        years: 10,
        seed: 7,
        end,
    });
    let day = end - chrono::Days::new(3);
    let first_setback = journal.setbacks().last().map(|setback| setback.id);
    let mut session = JournalSession::demo(journal);
    let mut now = Instant::now();
    let mut n = 0_u64;

    c.bench_function(
        "edit: a check-in's note, with its history step (10y)",
        |b| {
            b.iter(|| {
                n += 1;
                // Each edit is a step of its own (no merging), as the worst case.
                now += MERGE_PAUSE + Duration::from_millis(1);
                let input = CheckInInput {
                    note: format!("note {n}"),
                    ..CheckInInput::default()
                };
                let changed = session.change(
                    Change::merging("typing in Note", "note"),
                    &Reach::Only(Scope::check_in(day)),
                    now,
                    |journal| journal.upsert_check_in(day, &input, end, Utc::now()),
                );
                black_box(changed).unwrap_or_else(|error| panic!("{error}"));
            });
        },
    );

    if let Some(id) = first_setback {
        c.bench_function(
            "edit: a setback's reflection, with its history step (10y)",
            |b| {
                b.iter(|| {
                    n += 1;
                    now += MERGE_PAUSE + Duration::from_millis(1);
                    let mut setback = session
                        .journal()
                        .setback(id)
                        .cloned()
                        .unwrap_or_else(|| panic!("the setback exists"));
                    setback.reflection.what_happened = format!("what happened {n}");
                    let changed = session.change(
                        Change::merging("typing in What happened", "what"),
                        &Reach::Only(Scope::setback(id)),
                        now,
                        |journal| journal.upsert_setback(setback, end, Utc::now()),
                    );
                    black_box(changed).unwrap_or_else(|error| panic!("{error}"));
                });
            },
        );
        whole_journal_diff_bench(c, &mut session, &mut now);
        // A full history of the longest steps a user makes: a setback with a long reflection.
        let mut setback = session
            .journal()
            .setback(id)
            .cloned()
            .unwrap_or_else(|| panic!("the setback exists"));
        for step in 0..HISTORY_LIMIT {
            now += MERGE_PAUSE + Duration::from_millis(1);
            setback.reflection.what_happened =
                format!("{step} {}", "a long paragraph ".repeat(120));
            let edited = setback.clone();
            let _ = session.change(
                Change::named("typing"),
                &Reach::Only(Scope::setback(id)),
                now,
                |journal| journal.upsert_setback(edited, end, Utc::now()),
            );
        }
        let (done, _) = session.history().len();
        println!(
            "full history ({done} steps of a 2 KB reflection) on the 10-year journal: {:.1} MB",
            session.history().approximate_bytes() as f64 / 1_000_000.0
        );
    }
}

/// A change whose reach is not known in advance: the whole journal is compared before and after
/// (imports, merges, restores, deleting a skill linked from setbacks).
fn whole_journal_diff_bench(c: &mut Criterion, session: &mut JournalSession, now: &mut Instant) {
    let linked_skill = session
        .journal()
        .setbacks()
        .iter()
        .find_map(|setback| setback.skills.first().copied());
    if let Some(skill) = linked_skill {
        c.bench_function(
            "edit: deleting a linked skill, whole-journal diff, then undo (10y)",
            |b| {
                b.iter(|| {
                    *now += MERGE_PAUSE + Duration::from_millis(1);
                    let deleted = session.change(
                        Change::named("deleting a skill"),
                        &Reach::Anything,
                        *now,
                        |journal| {
                            Ok::<_, std::convert::Infallible>(journal.remove_skill(skill).is_some())
                        },
                    );
                    black_box(deleted).unwrap_or_else(|error| panic!("{error}"));
                    black_box(session.undo(*now));
                });
            },
        );
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(50);
    targets = edit_benches
}
criterion_main!(benches);
