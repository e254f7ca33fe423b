//! Every insight of SPEC §3 over the whole 10-year demo journal (budget ≤ 5 ms), the figures
//! of §3.2 alone (budget ≤ 5 ms), the recurring factors and lessons into practice of §3.3
//! (budget ≤ 5 ms), plus the chart series the Progress screen derives once per change.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use kintsugi::demo::{self, DemoOptions};
use kintsugi::insights::{self, DateRange};
use kintsugi::model::RatingScale;

fn insight_benches(c: &mut Criterion) {
    let end = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
    let journal = demo::generate(DemoOptions {
        years: 10,
        seed: 7,
        end,
    });
    let Some((first, last)) = journal.date_span() else {
        return;
    };
    let Ok(range) = DateRange::new(first, last) else {
        return;
    };
    c.bench_function("all insights 10y", |b| {
        b.iter(|| black_box(insights::stats(&journal, black_box(range))));
    });
    let moods = insights::MoodHistory::of(&journal);
    c.bench_function("better days (SPEC 3.2) 10y", |b| {
        b.iter(|| black_box(insights::BetterDays::of(&journal, black_box(range), &moods)));
    });
    c.bench_function("recurring factors (SPEC 3.3) 10y", |b| {
        b.iter(|| black_box(insights::recurring_factors(&journal, black_box(range))));
    });
    c.bench_function("lessons into practice (SPEC 3.3) 10y", |b| {
        b.iter(|| black_box(insights::lessons_into_practice(&journal, black_box(range))));
    });
    c.bench_function("chart series 10y (3 ratings)", |b| {
        b.iter(|| {
            for scale in RatingScale::ALL {
                black_box(insights::rating_series(&journal, range, scale));
            }
        });
    });
}

criterion_group!(benches, insight_benches);
criterion_main!(benches);
