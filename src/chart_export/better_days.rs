//! "What goes with better days" (SPEC §3.2) under an exported chart, when asked for: the same
//! words as `kintsugi stats`, the tag comparisons on the left and the weekday means, recovery by
//! category and mood carry-over on the right. The image grows by the panel's height, so the
//! chart keeps the size chosen for it.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::FontDesc;

use super::{ChartExportError, FONT, drawing_error, register_font};
use crate::insights::{BetterDays, DateRange, MoodHistory};
use crate::model::Journal;

/// Tag comparisons listed each way (higher, lower) for each rating.
const TAGS_EACH_WAY: usize = 2;
/// Text size of the lines, in logical pixels.
const BODY_SIZE: f32 = 15.0;
/// Text size of the heading.
const HEADING_SIZE: f32 = 18.0;
/// Distance between two lines.
const LINE_HEIGHT: f32 = 21.0;
/// Space around the panel and between its columns.
const MARGIN: f32 = 18.0;

/// The panel's text, wrapped to its columns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Panel {
    heading: String,
    left: Vec<String>,
    right: Vec<String>,
}

impl Panel {
    /// The figures of `range`, wrapped for an image `width` logical pixels wide.
    pub(super) fn lay_out(journal: &Journal, range: DateRange, width: u32) -> Self {
        register_font();
        let words = BetterDays::of(journal, range, &MoodHistory::of(journal))
            .translated_text(Some(TAGS_EACH_WAY));
        let column = (width as f32 - 3.0 * MARGIN) / 2.0;
        let font = FontDesc::from((FONT, f64::from(BODY_SIZE)));
        let wrap_all = |lines: &[String]| -> Vec<String> {
            lines
                .iter()
                .flat_map(|line| wrap(line, &font, column))
                .collect()
        };
        let mut right = words.weekdays.clone();
        right.push(String::new());
        right.extend(words.recovery.iter().cloned());
        right.push(String::new());
        right.push(words.carry_over.clone());
        Self {
            heading: crate::t!("chart-better-days-heading"),
            left: wrap_all(&words.tags),
            right: wrap_all(&right),
        }
    }

    /// Height in logical pixels.
    pub(super) fn height(&self) -> u32 {
        let lines = self.left.len().max(self.right.len()) as f32;
        (2.0 * MARGIN + HEADING_SIZE + 10.0 + lines * LINE_HEIGHT).ceil() as u32
    }

    /// Draws the panel on `area`, `scale` device pixels per logical pixel.
    pub(super) fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        text: RGBColor,
        rule: RGBColor,
        scale: f32,
    ) -> Result<(), ChartExportError> {
        let px = |value: f32| (value * scale).round() as i32;
        let (width, _) = area.dim_in_pixel();
        area.draw(&PathElement::new(
            vec![(px(MARGIN), 0), (width as i32 - px(MARGIN), 0)],
            rule,
        ))
        .map_err(drawing_error)?;
        let heading = (FONT, f64::from(HEADING_SIZE * scale))
            .into_font()
            .color(&text);
        area.draw_text(&self.heading, &heading, (px(MARGIN), px(MARGIN)))
            .map_err(drawing_error)?;
        let body = (FONT, f64::from(BODY_SIZE * scale))
            .into_font()
            .color(&text);
        let top = MARGIN + HEADING_SIZE + 10.0;
        let right_x = MARGIN + (width as f32 / scale - 3.0 * MARGIN) / 2.0 + MARGIN;
        for (x, lines) in [(MARGIN, &self.left), (right_x, &self.right)] {
            for (index, line) in lines.iter().enumerate() {
                let y = top + index as f32 * LINE_HEIGHT;
                area.draw_text(line, &body, (px(x), px(y)))
                    .map_err(drawing_error)?;
            }
        }
        Ok(())
    }
}

/// Breaks `line` at spaces so that each piece fits `width`; later pieces are indented.
fn wrap(line: &str, font: &FontDesc<'_>, width: f32) -> Vec<String> {
    let fits = |text: &str| {
        font.box_size(text)
            .map_or(true, |(text_width, _)| text_width as f32 <= width)
    };
    let mut pieces: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in line.split(' ') {
        let candidate = if current.is_empty() {
            word.to_owned()
        } else {
            format!("{current} {word}")
        };
        if current.is_empty() || fits(&candidate) {
            current = candidate;
        } else {
            pieces.push(std::mem::take(&mut current));
            current = format!("    {word}");
        }
    }
    pieces.push(current);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_wrap_at_spaces_and_short_ones_stay_whole() {
        register_font();
        let font = FontDesc::from((FONT, f64::from(BODY_SIZE)));
        let line = "Growth mindset by weekday: Mon 6.3 (129) · Tue 6.3 (130) · Wed 6.3 (126) · Thu 6.4 (128) · Fri 6.4 (128) · Sat 6.1 (122) · Sun 6.3 (117)";
        let pieces = wrap(line, &font, 400.0);
        assert!(pieces.len() >= 2, "{pieces:?}");
        for piece in &pieces {
            let (width, _) = font.box_size(piece).unwrap();
            assert!(width <= 400, "{piece} is {width} px");
        }
        let joined: Vec<&str> = pieces.iter().flat_map(|p| p.split_whitespace()).collect();
        assert_eq!(
            joined,
            line.split_whitespace().collect::<Vec<_>>(),
            "no word lost"
        );
        assert_eq!(wrap("Short line", &font, 400.0), vec!["Short line"]);
    }

    #[test]
    fn the_panel_is_added_under_the_chart_only_when_asked_for() {
        use crate::chart_export::{ChartOptions, render_png, render_svg};
        use crate::demo::{self, DemoOptions};
        let end = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let journal = demo::generate(DemoOptions {
            years: 1,
            seed: 7,
            end,
        });
        let (first, last) = journal.date_span().unwrap();
        let range = DateRange::new(first, last).unwrap();
        let plain = ChartOptions::for_range(range);
        let with_panel = ChartOptions {
            better_days: true,
            ..plain
        };
        let panel = Panel::lay_out(&journal, range, plain.width);
        let expected = BetterDays::of(&journal, range, &MoodHistory::of(&journal))
            .translated_text(Some(TAGS_EACH_WAY));
        assert!(!expected.tags.is_empty());

        let svg = render_svg(&journal, &with_panel).unwrap();
        assert!(svg.contains("What goes with better days"));
        // The demo's tags hold no character that SVG escapes.
        assert!(svg.contains(&expected.tags[0]), "{}", expected.tags[0]);
        assert!(svg.contains(&format!("height=\"{}\"", plain.height + panel.height())));
        let svg = render_svg(&journal, &plain).unwrap();
        assert!(!svg.contains("What goes with better days"));

        let png = render_png(&journal, &with_panel).unwrap();
        let image = image::load_from_memory(&png).unwrap();
        assert_eq!(image.height(), plain.height + panel.height());
        assert!(panel.height() > 200, "a panel of lines: {}", panel.height());
    }
}
