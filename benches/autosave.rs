//! What the window pays when the autosave writes the 50-year journal (budget: the slowest
//! frame under 8 ms): the frame that starts a save only copies the journal and hands it to the
//! writer thread; the save itself (merge check, serialising, backup, fsyncs) runs beside the
//! frames. The same save made on the UI thread, as before, is measured for comparison.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use kintsugi::demo::{self, DemoOptions};
use kintsugi::history::Change;
use kintsugi::model::{CheckInInput, Rating, Ratings};
use kintsugi::session::{JournalSession, Reach};
use kintsugi::storage::JournalStore;

fn autosave_benches(c: &mut Criterion) {
    let end = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("no temp dir: {error}"));
    let journal = demo::generate(DemoOptions {
        years: 50,
        seed: 7,
        end,
    });
    let path = dir.path().join("journal.ron");
    let (mut store, _) = JournalStore::open(&path).unwrap_or_else(|error| panic!("{error}"));
    store
        .save(&journal, end)
        .unwrap_or_else(|error| panic!("{error}"));
    let mut session = JournalSession::writable(store, journal);
    let mut edit = 0u8;
    let mut touch = |session: &mut JournalSession| {
        edit = edit.wrapping_add(1);
        let input = CheckInInput {
            ratings: Ratings {
                mood: Rating::try_from(1 + edit % 10).ok(),
                ..Ratings::default()
            },
            note: format!("edit {edit}"),
            tags: Vec::new(),
        };
        session
            .change(
                Change::named("check in"),
                &Reach::Anything,
                Instant::now(),
                |journal| journal.upsert_check_in(end, &input, end, Utc::now()),
            )
            .unwrap_or_else(|error| panic!("{error}"));
    };

    c.bench_function("frame starting a save, 50y (copy + hand-over)", |b| {
        b.iter_custom(|iterations| {
            let mut spent = Duration::ZERO;
            for _ in 0..iterations {
                touch(&mut session);
                let started = Instant::now();
                black_box(session.start_save(end));
                spent += started.elapsed();
                // The save lands outside the measurement.
                session
                    .save(end, Instant::now())
                    .unwrap_or_else(|error| panic!("{error}"));
            }
            spent
        });
    });
    c.bench_function("frame landing a save, 50y", |b| {
        b.iter_custom(|iterations| {
            let mut spent = Duration::ZERO;
            for _ in 0..iterations {
                touch(&mut session);
                session.start_save(end);
                while session.is_saving() {
                    std::thread::sleep(Duration::from_millis(1));
                    let started = Instant::now();
                    black_box(session.poll_save(Instant::now()));
                    spent += started.elapsed();
                }
            }
            spent
        });
    });
    c.bench_function("save on the UI thread, 50y (before)", |b| {
        b.iter_custom(|iterations| {
            let mut spent = Duration::ZERO;
            for _ in 0..iterations {
                touch(&mut session);
                let started = Instant::now();
                session
                    .save(end, Instant::now())
                    .unwrap_or_else(|error| panic!("{error}"));
                spent += started.elapsed();
            }
            spent
        });
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(8));
    targets = autosave_benches
}
criterion_main!(benches);
