//! The report as a tagged PDF: [`compose`] turns the report into a column of blocks set in the
//! embedded DejaVu fonts by parley, [`paginate`] cuts the column into pages, [`draw`] writes
//! the pages and their structure tree with krilla (fonts embedded and subset, text selectable,
//! the chart as vectors). What the user wrote only ever becomes text in a block, never layout.

mod blocks;
mod compose;
mod draw;
mod fonts;
mod geometry;
mod paginate;
mod text;

use chrono::Datelike as _;
use krilla::metadata::{DateTime, Metadata};
use krilla::{Document, SerializeSettings};

use super::{Report, ReportError, ReportOptions};
use blocks::Block;
use compose::Composer;
use geometry::Geometry;
use text::Typesetter;

/// The report as PDF bytes.
pub(super) fn typeset(
    report: &Report,
    chart_svg: Option<&str>,
    options: &ReportOptions,
) -> Result<Vec<u8>, ReportError> {
    typeset_with(report, chart_svg, options, SerializeSettings::default())
}

fn typeset_with(
    report: &Report,
    chart_svg: Option<&str>,
    options: &ReportOptions,
    settings: SerializeSettings,
) -> Result<Vec<u8>, ReportError> {
    let fonts = fonts::ReportFonts::load()
        .ok_or_else(|| ReportError::Typeset("the embedded fonts could not be read".to_owned()))?;
    let mut setter = Typesetter::new(fonts);
    let geometry = Geometry::of(options.paper);
    let chart = chart_svg.map(parse_chart).transpose()?;
    let blocks = Composer::new(&mut setter, &geometry).compose(report, chart);
    let measures: Vec<_> = blocks.iter().map(Block::measure).collect();
    let pages = paginate::paginate(&measures, geometry.text_height());
    let mut document = Document::new_with(settings);
    let footer = format!("{} · {}", report.title, report.range);
    let (tags, outline) = draw::draw_pages(
        &mut document,
        &mut setter,
        &blocks,
        &pages,
        &geometry,
        &footer,
    );
    document.set_tag_tree(tags);
    document.set_outline(outline);
    document.set_metadata(metadata(report, options));
    document
        .finish()
        .map_err(|error| ReportError::Typeset(format!("{error:?}")))
}

/// The chart's SVG as a tree, its labels set in the report's fonts.
fn parse_chart(svg: &str) -> Result<usvg::Tree, ReportError> {
    let options = usvg::Options {
        font_family: fonts::FAMILY.to_owned(),
        fontdb: fonts::svg_font_database(),
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(svg, &options)
        .map_err(|error| ReportError::Typeset(format!("the chart could not be read: {error}")))
}

fn metadata(report: &Report, options: &ReportOptions) -> Metadata {
    let made = options.made_on;
    let day = |value: u32| u8::try_from(value).unwrap_or(1);
    let created = DateTime::new(u16::try_from(made.year()).unwrap_or(2000))
        .month(day(made.month()))
        .day(day(made.day()))
        .hour(12)
        .minute(0)
        .second(0)
        .utc_offset_hour(0)
        .utc_offset_minute(0);
    Metadata::new()
        .title(format!("{} · {}", report.title, report.range))
        .authors(vec![
            report.name.clone().unwrap_or_else(|| "Kintsugi".to_owned()),
        ])
        .creator(format!("Kintsugi {}", env!("CARGO_PKG_VERSION")))
        .language(crate::i18n::language().tag().to_owned())
        .creation_date(created)
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use krilla::configure::{Accessibility, ConfigurationBuilder};

    use super::*;
    use crate::insights::DateRange;
    use crate::report::{Paper, SetbackChoice};

    /// The demo's report, with every part (notes, micro-failures, questions) in it, passes
    /// krilla's PDF/UA-1 checks: every piece of content tagged or an artifact, a title shown,
    /// a language, text mapped to Unicode. (Not a full PDF/UA audit: krilla checks what a
    /// machine can.)
    #[test]
    fn the_report_passes_the_pdf_ua_1_checks() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
        let journal = crate::demo::generate(crate::demo::DemoOptions::ending(today, 1));
        let options = ReportOptions {
            name: Some("Ana Müller".to_owned()),
            setbacks: SetbackChoice::All,
            micro: true,
            notes: true,
            questions: "Where next?\n\nAnd after that?".to_owned(),
            ..ReportOptions::new(DateRange::ending(today, 365), today)
        };
        let report = Report::build(&journal, &options);
        assert!(!report.setbacks.is_empty() && !report.skills.is_empty());
        assert!(
            !report.experiments.is_empty()
                && report
                    .reviews
                    .iter()
                    .any(crate::report::ReportReview::has_words),
            "the experiments and the reviews' words are checked too"
        );
        let chart = crate::report::chart_svg(&journal, options.range).expect("chart");
        let settings = SerializeSettings {
            configuration: ConfigurationBuilder::new()
                .with_accessibility_validator(Accessibility::UA1)
                .finish()
                .expect("PDF/UA-1 alone is a valid configuration"),
            ..SerializeSettings::default()
        };
        let pdf = typeset_with(&report, Some(&chart), &options, settings);
        assert!(pdf.is_ok(), "{:?}", pdf.err());
    }

    fn hostile_report() -> Report {
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
        let journal = crate::demo::generate(crate::demo::DemoOptions::ending(today, 1));
        let options = ReportOptions {
            setbacks: SetbackChoice::All,
            ..ReportOptions::new(DateRange::ending(today, 60), today)
        };
        let mut report = Report::build(&journal, &options);
        let long_word = "x".repeat(3000);
        let many_lines = "line\n".repeat(4000);
        report.name = Some(format!("{long_word} 🦩 مرحبا 你好"));
        report.questions = format!("{long_word}\n\n\n\n{many_lines}\u{0}\u{7}\u{202e}reversed");
        if let Some(setback) = report.setbacks.first_mut() {
            setback.title = "🔥".repeat(500);
            setback.factors = vec![long_word.clone(); 50];
        }
        if let Some(skill) = report.skills.first_mut() {
            skill.name = long_word;
        }
        report
    }

    /// Whatever the user wrote — a word longer than the page, emoji and scripts the fonts
    /// lack, control characters, thousands of lines — the report is made, every line stays
    /// inside the column, and every page stays inside the paper.
    #[test]
    fn hostile_text_stays_on_the_page() {
        let report = hostile_report();
        assert!(!report.setbacks.is_empty() && !report.skills.is_empty());
        let geometry = Geometry::of(Paper::A4);
        let Some(fonts) = fonts::ReportFonts::load() else {
            panic!("fonts");
        };
        let mut setter = Typesetter::new(fonts);
        let blocks = Composer::new(&mut setter, &geometry).compose(&report, None);
        let column = geometry.text_width() + 0.5;
        for block in &blocks {
            match &block.body {
                blocks::Body::Text { text, indent, .. } => {
                    assert!(
                        text.width() + indent <= column,
                        "{} > {column}",
                        text.width()
                    );
                }
                blocks::Body::Row { cells, .. } => {
                    for cell in cells {
                        assert!(cell.text.width() <= cell.width, "{}", cell.text.width());
                        assert!(cell.x + cell.width <= column);
                    }
                }
                _ => {}
            }
        }
        let measures: Vec<_> = blocks.iter().map(Block::measure).collect();
        let pages = paginate::paginate(&measures, geometry.text_height());
        assert!(pages.len() > 20, "{} pages", pages.len());
        for page in &pages {
            for placed in page {
                let height: f32 = measures[placed.block].pieces[placed.pieces.clone()]
                    .iter()
                    .sum();
                assert!(
                    placed.top + height <= geometry.text_height() + 0.01,
                    "{:?} {placed:?} {height}",
                    blocks[placed.block].role
                );
            }
        }
        let pdf = typeset(
            &report,
            None,
            &ReportOptions::new(
                DateRange::ending(NaiveDate::default(), 1),
                NaiveDate::default(),
            ),
        );
        assert!(pdf.is_ok_and(|bytes| bytes.starts_with(b"%PDF")));
    }
}
