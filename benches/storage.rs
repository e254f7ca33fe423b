//! Load and save of the 1- and 10-year demo journals (budget: 10-year load ≤ 30 ms, save ≤ 30 ms
//! including the fsyncs), and the same journals encrypted (budget: save and load after unlock
//! ≤ 2× the plain ones; unlock with the key derivation of a real passphrase ≤ 1.5 s).

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use kintsugi::demo::{self, DemoOptions};
use kintsugi::storage::{self, BackupsOnEncrypt, JournalKey, JournalStore, KeyCost, Unlock};
use secrecy::SecretString;

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

        let encrypted = dir.path().join(format!("encrypted-{years}y.ron"));
        let passphrase = SecretString::from("benchmark passphrase".to_owned());
        let (mut sealed_store, _) =
            JournalStore::open(&encrypted).unwrap_or_else(|error| panic!("{error}"));
        // The key as the app makes it: age's own tuning, about a second here.
        let key = JournalKey::create(&passphrase, KeyCost::Tuned)
            .unwrap_or_else(|error| panic!("{error}"));
        sealed_store
            .encrypt(&journal, key, BackupsOnEncrypt::Encrypt)
            .unwrap_or_else(|error| panic!("{error}"));
        let key = sealed_store
            .key()
            .cloned()
            .unwrap_or_else(|| panic!("no key"));
        c.bench_function(&format!("load {years}y encrypted (after unlock)"), |b| {
            b.iter(|| {
                black_box(
                    storage::load_with(&encrypted, Unlock::Key(&key))
                        .unwrap_or_else(|error| panic!("{error}")),
                )
            });
        });
        c.bench_function(&format!("save {years}y encrypted (atomic, synced)"), |b| {
            b.iter(|| {
                sealed_store
                    .save(black_box(&journal), end)
                    .unwrap_or_else(|error| panic!("{error}"));
            });
        });
        if years == 10 {
            drop(sealed_store);
            let mut group = c.benchmark_group("unlock");
            group.sample_size(10);
            group.bench_function("unlock 10y (key derivation, decrypt, load)", |b| {
                b.iter(|| {
                    black_box(
                        storage::load_with(&encrypted, Unlock::Passphrase(&passphrase))
                            .unwrap_or_else(|error| panic!("{error}")),
                    )
                });
            });
            passphrase_change_bench(&mut group, dir.path(), &journal, &passphrase, end);
            group.finish();
        }
    }
}

/// A change of passphrase of the 10-year journal with 24 backups: one key derivation for the
/// new key, then every file sealed again under it.
fn passphrase_change_bench(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    dir: &std::path::Path,
    journal: &kintsugi::model::Journal,
    passphrase: &SecretString,
    end: NaiveDate,
) {
    // A change of passphrase of the 10-year journal with 24 backups: one key
    // derivation for the new key, then every file sealed again under it.
    let changing = dir.join("changing");
    std::fs::create_dir_all(&changing).unwrap_or_else(|error| panic!("{error}"));
    let changing = changing.join("journal.ron");
    let (mut store, _) = JournalStore::open(&changing).unwrap_or_else(|error| panic!("{error}"));
    let key =
        JournalKey::create(passphrase, KeyCost::Tuned).unwrap_or_else(|error| panic!("{error}"));
    store
        .encrypt(journal, key, BackupsOnEncrypt::Encrypt)
        .unwrap_or_else(|error| panic!("{error}"));
    // As many as are ever kept: 14 daily and 10 event backups.
    for n in 0..14_u64 {
        store
            .save(journal, end - chrono::Days::new(14 - n))
            .unwrap_or_else(|error| panic!("{error}"));
    }
    for n in 0..10_u64 {
        store
            .back_up_before("import", end, &format!("{n:02}0000"))
            .unwrap_or_else(|error| panic!("{error}"));
    }
    group.bench_function("change passphrase 10y, 24 backups", |b| {
        b.iter(|| {
            let next = store
                .key()
                .unwrap_or_else(|| panic!("no key"))
                .successor(passphrase, KeyCost::Tuned)
                .unwrap_or_else(|error| panic!("{error}"));
            let report = store
                .change_passphrase(journal, next)
                .unwrap_or_else(|error| panic!("{error}"));
            assert!(report.failures.is_empty() && report.rewritten >= 24);
        });
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = storage_benches
}
criterion_main!(benches);
