//! Several computers (budget: a three-way merge of two 10-year journals that differ in 100
//! entries ≤ 20 ms; the check of the file's identity before every save ≤ 1 ms).

use std::hint::black_box;

use chrono::{Duration, NaiveDate};
use criterion::{Criterion, criterion_group, criterion_main};
use kintsugi::demo::{self, DemoOptions};
use kintsugi::model::Journal;
use kintsugi::storage::{self, FileIdentity};
use kintsugi::sync::{self, Tombstones, Version};

fn ten_years() -> Journal {
    demo::generate(DemoOptions {
        years: 10,
        seed: 7,
        end: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default(),
    })
}

/// `base` with 50 check-ins changed (every `step`-th from `first`) and their notes extended.
fn edited(base: &Journal, first: usize, step: usize, word: &str) -> Journal {
    let mut parts = base.to_parts();
    for check_in in parts
        .check_ins
        .iter_mut()
        .skip(first)
        .step_by(step)
        .take(50)
    {
        check_in.note = format!("{} {word}", check_in.note);
        check_in.updated_at += Duration::minutes(5);
    }
    Journal::from_parts(parts).unwrap_or_else(|error| panic!("{error}"))
}

fn merge_benches(c: &mut Criterion) {
    let base = ten_years();
    // 100 entries differ: 50 changed on each side, 10 of them on both.
    let ours = edited(&base, 0, 40, "laptop");
    let theirs = edited(&base, 0, 50, "desktop");
    let none = Tombstones::default();
    c.bench_function("three-way merge, 10 years, 100 entries differ", |b| {
        b.iter(|| {
            sync::merge(
                Some(black_box(&base)),
                Version {
                    journal: &ours,
                    deleted: &none,
                },
                Version {
                    journal: &theirs,
                    deleted: &none,
                },
            )
        });
    });
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let path = dir.path().join("journal.ron");
    storage::write_new(&path, &base).unwrap_or_else(|error| panic!("{error}"));
    c.bench_function("identity check before a save (10 years)", |b| {
        b.iter(|| FileIdentity::at(black_box(&path)));
    });
}

criterion_group!(benches, merge_benches);
criterion_main!(benches);
