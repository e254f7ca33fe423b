//! The Journal screen's search over the 10-year demo journal (budget ≤ 20 ms per query), and
//! building its timeline, which happens once per change of the journal.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use kintsugi::demo::{self, DemoOptions};
use kintsugi::search::{SearchQuery, Timeline};

fn search_benches(c: &mut Criterion) {
    let end = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
    let journal = demo::generate(DemoOptions {
        years: 10,
        seed: 7,
        end,
    });
    c.bench_function("journal timeline build 10y", |b| {
        b.iter(|| black_box(Timeline::build(black_box(&journal))));
    });
    let timeline = Timeline::build(&journal);
    for (name, words) in [
        ("search 10y: one common word", "the"),
        ("search 10y: two words", "feedback estimate"),
        ("search 10y: accented, no match", "résumé zzz"),
    ] {
        let query = SearchQuery {
            text: words.to_owned(),
            ..SearchQuery::default()
        };
        c.bench_function(name, |b| {
            b.iter(|| black_box(timeline.search(black_box(&query))));
        });
    }
    let tagged = SearchQuery {
        text: "late".to_owned(),
        tag: Some("deadline".to_owned()),
        ..SearchQuery::default()
    };
    c.bench_function("search 10y: word and tag", |b| {
        b.iter(|| black_box(timeline.search(black_box(&tagged))));
    });
}

criterion_group!(benches, search_benches);
criterion_main!(benches);
