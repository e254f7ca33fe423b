//! Replays every input the fuzzers kept (`fuzz/corpus/<target>/`) and every input that once
//! crashed or hung a reader (`fuzz/regressions/<target>/`) through the same entry points the
//! fuzz targets call: a reader that panics on any of them fails this test. Seconds, not the
//! minutes of a campaign (README, "Fuzzing").
//!
//! `cargo test --test fuzz_corpus -- --ignored write_seeds` writes the seed inputs, valid files
//! of each kind, that a campaign starts from.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

use std::fs;
use std::path::{Path, PathBuf};

use kintsugi::interchange::{self, fuzzing as csv_readers};
use kintsugi::model::{Journal, NewExperiment, Outcome, Rating, Review, ReviewId, TryWhen};
use kintsugi::storage::fuzzing::{self as journal_readers, FUZZ_PASSPHRASE};
use kintsugi::storage::{self, JournalKey, KeyCost};
use secrecy::SecretString;

mod common;

type Reader = fn(&[u8]);

/// Each fuzz target's name and the reader it drives.
const TARGETS: [(&str, Reader); 10] = [
    ("journal_file", journal_readers::journal_file),
    ("encrypted_journal", journal_readers::encrypted_journal),
    ("kintsugi_checkins", csv_readers::kintsugi_check_ins),
    ("kintsugi_setbacks", csv_readers::kintsugi_setbacks),
    ("kintsugi_skills", csv_readers::kintsugi_skills),
    ("kintsugi_experiments", csv_readers::kintsugi_experiments),
    ("kintsugi_reviews", csv_readers::kintsugi_reviews),
    ("daylio_export", csv_readers::daylio_export),
    ("jrnl_journal", csv_readers::jrnl_journal),
    ("rednotebook_month", csv_readers::rednotebook_month),
];

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz")
}

fn inputs(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries.flatten().map(|entry| entry.path()).collect();
    files.sort();
    files
}

#[test]
fn every_kept_fuzz_input_is_read_without_a_panic() {
    for (target, read) in TARGETS {
        let corpus = inputs(&fuzz_dir().join("corpus").join(target));
        // A seed of every kind is in the corpus, and the campaign added more.
        assert!(
            corpus.len() >= 3,
            "{target}: only {} inputs in fuzz/corpus/{target}",
            corpus.len()
        );
        let regressions = inputs(&fuzz_dir().join("regressions").join(target));
        for input in corpus.iter().chain(&regressions) {
            let bytes = fs::read(input).unwrap();
            let outcome = std::panic::catch_unwind(|| read(&bytes));
            assert!(outcome.is_ok(), "{target} panicked on {}", input.display());
        }
    }
}

/// The seeds: a small real journal (plain and encrypted), its CSV files, experiments linking
/// the setback the experiments target merges into, and Daylio exports from the fixtures.
#[test]
#[ignore = "writes the seed corpus; run by hand before a campaign"]
fn write_seeds() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    common::reports::write_journal(&path);
    let journal = storage::load(&path).unwrap();
    let plain = fs::read(&path).unwrap();
    let empty = storage::encode(&Journal::default()).unwrap().into_bytes();
    let mut key = JournalKey::create(
        &SecretString::from(FUZZ_PASSPHRASE.to_owned()),
        KeyCost::WorkFactor(4),
    )
    .unwrap();
    let csv = interchange::export_csv_bytes(&journal).unwrap();
    let practice = interchange::export_csv_bytes(&practice_journal()).unwrap();
    let fixture = |name: &str| {
        fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/daylio")
                .join(name),
        )
        .unwrap()
    };
    let seeds: Vec<(&str, &str, Vec<u8>)> = vec![
        ("journal_file", "seed-journal", plain.clone()),
        ("journal_file", "seed-empty", empty.clone()),
        ("journal_file", "seed-encrypted", key.seal(&empty).unwrap()),
        (
            "encrypted_journal",
            "seed-journal",
            key.seal(&plain).unwrap(),
        ),
        ("encrypted_journal", "seed-empty", key.seal(&empty).unwrap()),
        ("encrypted_journal", "seed-plain", empty),
        ("kintsugi_checkins", "seed-export", csv[0].1.clone()),
        ("kintsugi_setbacks", "seed-export", csv[1].1.clone()),
        ("kintsugi_skills", "seed-export", csv[2].1.clone()),
        ("kintsugi_experiments", "seed-export", practice[3].1.clone()),
        ("kintsugi_reviews", "seed-export", practice[4].1.clone()),
        ("daylio_export", "seed-export", fixture("daylio_export.csv")),
        (
            "daylio_export",
            "seed-custom-moods",
            fixture("custom_moods.csv"),
        ),
        ("daylio_export", "seed-bad-date", fixture("bad_date.csv")),
    ];
    let diary = |name: &str| {
        fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures")
                .join(name),
        )
        .unwrap()
    };
    let seeds: Vec<(&str, &str, Vec<u8>)> = seeds
        .into_iter()
        .chain([
            ("jrnl_journal", "seed-json", diary("jrnl/journal.json")),
            ("jrnl_journal", "seed-text", diary("jrnl/journal.txt")),
            ("jrnl_journal", "seed-bad-date", diary("jrnl/bad_date.txt")),
            ("jrnl_journal", "seed-no-date", diary("jrnl/no_date.json")),
            (
                "rednotebook_month",
                "seed-march",
                diary("rednotebook/data/2026-03.txt"),
            ),
            (
                "rednotebook_month",
                "seed-april",
                diary("rednotebook/data/2026-04.txt"),
            ),
            (
                "rednotebook_month",
                "seed-bad-day",
                diary("rednotebook/bad_day/2026-02.txt"),
            ),
            (
                "rednotebook_month",
                "seed-broken",
                diary("rednotebook/broken/2026-05.txt"),
            ),
        ])
        .collect();
    for (target, name, bytes) in seeds {
        let folder = fuzz_dir().join("corpus").join(target);
        fs::create_dir_all(&folder).unwrap();
        fs::write(folder.join(name), bytes).unwrap();
    }
    // Each CSV target also starts from the other files (a wrong file is a likely input).
    for target in [
        "kintsugi_checkins",
        "kintsugi_setbacks",
        "kintsugi_skills",
        "kintsugi_experiments",
        "kintsugi_reviews",
    ] {
        let folder = fuzz_dir().join("corpus").join(target);
        for (name, bytes) in &csv {
            fs::write(folder.join(format!("seed-{name}")), bytes).unwrap();
        }
    }
}

/// The journal the `experiments.csv` target merges into, with an experiment of each status on
/// its setback and a review: what the seeds of experiments and reviews are exported from.
fn practice_journal() -> Journal {
    let mut journal = csv_readers::experiments_base();
    let setback = journal.setbacks()[0].clone();
    let today = setback.date + chrono::Days::new(30);
    let now = today.and_hms_opt(12, 0, 0).unwrap().and_utc();
    let skill = setback.skills.first().copied();
    let mut add = |text: &str, when: TryWhen| {
        let new = NewExperiment {
            setback: setback.id,
            text: text.to_owned(),
            when,
            skill,
            created_on: setback.date,
        };
        journal.add_experiment(new, today, now).unwrap()
    };
    let open = add("Ask for a rehearsal", TryWhen::By(today));
    let tried = add(
        "Say the ask first, \"then\" the story",
        TryWhen::Situation("next time I present; to leadership".to_owned()),
    );
    let dropped = add("Write the script, line by line", TryWhen::By(today));
    journal.put_off_experiment(open, today, now).unwrap();
    journal
        .try_experiment(
            tried,
            today,
            Outcome::Partly,
            "Went ok,\nmostly",
            today,
            now,
        )
        .unwrap();
    journal
        .drop_experiment(dropped, today, "Too stiff", today, now)
        .unwrap();
    let review = Review {
        id: ReviewId::random(),
        from: today - chrono::Days::new(6),
        to: today,
        went_well: "Shipped; \"finally\"".to_owned(),
        lesson: "Rehearse".to_owned(),
        rating: Rating::try_from(7).ok(),
        created_at: now,
        updated_at: now,
    };
    journal.upsert_review(review, today, now).unwrap();
    journal
}

#[test]
fn the_experiments_seed_gets_past_the_links_of_the_journal_it_is_merged_into() {
    let seed = fuzz_dir().join("corpus/kintsugi_experiments/seed-export");
    let (journal, report) = interchange::import(
        &csv_readers::experiments_base(),
        &seed,
        &interchange::ImportOptions::only(interchange::ImportFormat::Kintsugi),
        chrono::Utc::now(),
    )
    .unwrap();
    assert_eq!(report.added.experiments, 3, "{report}");
    assert_eq!(journal.experiments().len(), 3);
}
