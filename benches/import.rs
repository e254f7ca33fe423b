//! Reading outside diaries (budget: a 10-year jrnl text and a 10-year RedNotebook folder read
//! and previewed — merged into a copy of the journal — in ≤ 150 ms each; the tag normaliser on
//! 200,000 tags ≤ 50 ms; a jrnl text carrying 200,000 tags imported in ≤ 5 s).

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::Path;

use chrono::{Datelike as _, NaiveDate, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use kintsugi::demo::{self, DemoOptions};
use kintsugi::interchange::{self, ImportFormat, ImportOptions};
use kintsugi::model::{Journal, normalized_tags};

fn ten_years() -> Journal {
    demo::generate(DemoOptions {
        years: 10,
        seed: 7,
        end: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default(),
    })
}

/// The demo's check-ins as a jrnl text journal: one entry a day, its note and tags.
fn jrnl_text(journal: &Journal) -> String {
    let mut text = String::new();
    for check_in in journal.check_ins() {
        let tags = check_in.tags.iter().fold(String::new(), |mut tags, tag| {
            let _ = write!(tags, " @{tag}");
            tags
        });
        let _ = writeln!(
            text,
            "[{} 20:30] Evening notes{tags}\n{}\n",
            check_in.date,
            check_in.note.replace('[', "(")
        );
    }
    text
}

/// The demo's check-ins as a RedNotebook data folder: one YAML file per month.
fn rednotebook_folder(journal: &Journal, dir: &Path) {
    let mut months: std::collections::BTreeMap<(i32, u32), String> =
        std::collections::BTreeMap::new();
    for check_in in journal.check_ins() {
        let month = months
            .entry((check_in.date.year(), check_in.date.month()))
            .or_default();
        // A day's text: the demo's note, or a line for the days it left without one.
        let note = if check_in.note.is_empty() {
            "Worked through the list."
        } else {
            check_in.note.as_str()
        };
        let text = note
            .replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', "\\n");
        let _ = writeln!(month, "{}: {{text: \"{text}\"}}", check_in.date.day());
    }
    for ((year, month), text) in months {
        let file = dir.join(format!("{year}-{month:02}.txt"));
        std::fs::write(file, text).unwrap_or_else(|error| panic!("{error}"));
    }
}

fn import_benches(c: &mut Criterion) {
    let journal = ten_years();
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
    let jrnl = dir.path().join("journal.txt");
    std::fs::write(&jrnl, jrnl_text(&journal)).unwrap_or_else(|error| panic!("{error}"));
    let folder = dir.path().join("data");
    std::fs::create_dir(&folder).unwrap_or_else(|error| panic!("{error}"));
    rednotebook_folder(&journal, &folder);
    let empty = Journal::default();
    let preview = |path: &Path, format: ImportFormat| {
        let options = ImportOptions::only(format);
        let (merged, report) = interchange::import(&empty, path, &options, Utc::now())
            .unwrap_or_else(|error| panic!("{error}"));
        assert!(report.added.check_ins > 3_000);
        merged
    };
    c.bench_function("jrnl text 10y (read and preview)", |b| {
        b.iter(|| black_box(preview(&jrnl, ImportFormat::Jrnl)));
    });
    c.bench_function("rednotebook folder 10y (read and preview)", |b| {
        b.iter(|| black_box(preview(&folder, ImportFormat::RedNotebook)));
    });

    let tags: Vec<String> = (0..200_000)
        .map(|n| format!("Tag{}", n % 150_000))
        .collect();
    c.bench_function("normalise 200,000 tags", |b| {
        b.iter(|| black_box(normalized_tags(black_box(&tags))));
    });
    // One entry carrying 200,000 @tags (2 MB).
    let crowded = dir.path().join("crowded.txt");
    let mut text = String::from("[2026-03-02 08:30] Tagged\n");
    for n in 0..200_000 {
        let _ = write!(text, "@t{n} ");
    }
    std::fs::write(&crowded, text).unwrap_or_else(|error| panic!("{error}"));
    let mut group = c.benchmark_group("crowded");
    group.sample_size(10);
    group.bench_function("jrnl text with 200,000 tags (import)", |b| {
        b.iter(|| black_box(preview_tags(&empty, &crowded)));
    });
    group.finish();
}

fn preview_tags(empty: &Journal, path: &Path) -> usize {
    let options = ImportOptions::only(ImportFormat::Jrnl);
    let (merged, _) = interchange::import(empty, path, &options, Utc::now())
        .unwrap_or_else(|error| panic!("{error}"));
    merged
        .check_ins()
        .next()
        .map_or(0, |check_in| check_in.tags.len())
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = import_benches
}
criterion_main!(benches);
