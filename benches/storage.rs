//! Load and save of the 1- and 10-year demo journals (budget: 10-year load ≤ 30 ms, save ≤ 30 ms
//! including the fsyncs).

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use kintsugi::demo::{self, DemoOptions};
use kintsugi::storage::{self, JournalStore};

fn storage_benches(c: &mut Criterion) {
    let end = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("no temp dir: {error}"));
    for years in [1, 10] {
        let journal = demo::generate(DemoOptions {
            years,
            seed: 7,
            end,
        });
        let path = dir.path().join(format!("journal-{years}y.ron"));
        let (mut store, _) = JournalStore::open(&path).unwrap_or_else(|error| panic!("{error}"));
        store
            .save(&journal, end)
            .unwrap_or_else(|error| panic!("{error}"));
        let bytes = std::fs::metadata(&path)
            .map(|m| m.len())
            .unwrap_or_default();
        println!(
            "{years}-year journal: {} check-ins, {} setbacks, {bytes} bytes",
            journal.check_ins().len(),
            journal.setbacks().len()
        );

        c.bench_function(&format!("load {years}y"), |b| {
            b.iter(|| black_box(storage::load(&path).unwrap_or_else(|error| panic!("{error}"))));
        });
        c.bench_function(&format!("save {years}y (atomic, synced)"), |b| {
            b.iter(|| {
                store
                    .save(black_box(&journal), end)
                    .unwrap_or_else(|error| panic!("{error}"));
            });
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = storage_benches
}
criterion_main!(benches);
