//! Exports of the 10-year demo journal's full range: chart as PNG 1600×900 (budget ≤ 150 ms)
//! and SVG (≤ 50 ms), and CSV export plus import (≤ 100 ms together); the mentor report as PDF
//! over its last year (≤ 300 ms) and over all ten years with every setback (≤ 2 s).

use std::hint::black_box;

use chrono::{NaiveDate, TimeZone, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use kintsugi::chart_export::{self, ChartOptions};
use kintsugi::demo::{self, DemoOptions};
use kintsugi::insights::DateRange;
use kintsugi::interchange;
use kintsugi::model::Journal;
use kintsugi::report::{self, ReportOptions};

fn export_benches(c: &mut Criterion) {
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
    let options = ChartOptions::for_range(range);
    c.bench_function("chart png 1600x900 10y", |b| {
        b.iter(|| {
            black_box(chart_export::render_png(&journal, &options).map_or(0, |png| png.len()))
        });
    });
    c.bench_function("chart svg 10y", |b| {
        b.iter(|| {
            black_box(chart_export::render_svg(&journal, &options).map_or(0, |svg| svg.len()))
        });
    });
    let year = DateRange::ending(last, 365);
    let mut report_options = ReportOptions::new(year, end);
    report_options.micro = true;
    c.bench_function("report pdf 1y", |b| {
        b.iter(|| {
            black_box(report::pdf_bytes(&journal, &report_options).map_or(0, |pdf| pdf.len()))
        });
    });
    report_options.range = range;
    c.bench_function("report pdf 10y all setbacks", |b| {
        b.iter(|| {
            black_box(report::pdf_bytes(&journal, &report_options).map_or(0, |pdf| pdf.len()))
        });
    });
    let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("no temp dir: {error}"));
    let now = Utc
        .with_ymd_and_hms(2026, 11, 28, 12, 0, 0)
        .single()
        .unwrap_or_default();
    c.bench_function("csv export + import 10y", |b| {
        b.iter(|| {
            interchange::export_csv(&journal, dir.path()).unwrap_or_else(|error| panic!("{error}"));
            let imported = interchange::import(
                &Journal::default(),
                dir.path(),
                &interchange::ImportOptions::default(),
                now,
            );
            black_box(imported.map_or(0, |(journal, _)| journal.check_ins().len()))
        });
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = export_benches
}
criterion_main!(benches);
