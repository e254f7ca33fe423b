//! One full frame of the Progress screen (UI pass and tessellation, headless, no GPU) at
//! 1280×800 on the 1-, 10- and 50-year demo journals, range "All".
//! The screen's whole scroll area is laid out, "What goes with better days" included.
//! Budget: ≤ 1.0 ms median for 10 years; the 50-year frame ≤ 1.2× the 1-year frame. The
//! 10-year frame is measured again in German (messages formatted, decimal commas, German
//! dates): it too must stay ≤ 1.0 ms.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use kintsugi::app::{KintsugiApp, RangePreset, Screen};
use kintsugi::clock::Clock;
use kintsugi::demo::{self, DemoOptions};
use kintsugi::i18n::{Language, use_on_this_thread};

fn frame_benches(c: &mut Criterion) {
    let end = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
    let clock = Clock::fixed(end.and_hms_opt(12, 0, 0).unwrap_or_default());
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0));
    let input = || egui::RawInput {
        screen_rect: Some(screen),
        ..egui::RawInput::default()
    };
    for (years, language) in [
        (1, Language::English),
        (10, Language::English),
        (50, Language::English),
        (10, Language::German),
    ] {
        use_on_this_thread(language);
        let journal = demo::generate(DemoOptions {
            years,
            seed: 7,
            end,
        });
        let mut app = KintsugiApp::in_memory(journal, clock.clone());
        app.show_screen(Screen::Progress);
        app.set_progress_range(RangePreset::All);
        let ctx = egui::Context::default();
        // Let layout settle and the caches fill, as after the first frames on screen.
        for _ in 0..5 {
            let output = ctx.run_ui(input(), |ui| app.ui(ui));
            black_box(ctx.tessellate(output.shapes, output.pixels_per_point));
        }
        let name = match language {
            Language::English => format!("progress frame {years}y"),
            other => format!("progress frame {years}y {}", other.tag()),
        };
        c.bench_function(&name, |b| {
            b.iter(|| {
                let output = ctx.run_ui(input(), |ui| app.ui(ui));
                black_box(ctx.tessellate(output.shapes, output.pixels_per_point))
            });
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(50);
    targets = frame_benches
}
criterion_main!(benches);
