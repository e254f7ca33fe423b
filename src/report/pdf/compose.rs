//! The report's page design: what each part of a [`Report`] becomes as blocks — sizes, colours,
//! spacing, which headings keep with what follows. What the user wrote is only ever text inside
//! a block: nothing they type can change the layout.

use super::blocks::{Block, Body, Cell, Role};
use super::geometry::Geometry;
use super::text::{Rgb, TextStyle, Typesetter};
use crate::report::{Report, ReportExperiment, ReportReview, ReportSetback};

/// Kintsugi's gold, for section headings and the title rule.
const GOLD: Rgb = Rgb(0x9A, 0x72, 0x0C);
/// Secondary text: dates, facts, notes on the figures.
pub(super) const MUTED: Rgb = Rgb(0x55, 0x55, 0x55);
/// Body text.
const INK: Rgb = Rgb(0x11, 0x11, 0x11);
/// Table rules.
const TABLE_RULE: Rgb = Rgb(0xCC, 0xCC, 0xCC);

const BODY: TextStyle = TextStyle::new(10.0, INK);
const SMALL: TextStyle = TextStyle::new(9.0, MUTED);
const SECTION: TextStyle = TextStyle::new(14.0, GOLD).bold();
const SUBSECTION: TextStyle = TextStyle::new(11.5, INK).bold();
/// Space between paragraphs.
const PARAGRAPH_GAP: f32 = 4.0;
/// Space between the items of a list.
const ITEM_GAP: f32 = 0.5;
/// How far list text is indented from its bullet.
const LIST_INDENT: f32 = 12.0;
/// Padding inside table cells.
const CELL_PADDING: f32 = 5.0;
/// The chart's proportions (the SVG is drawn 1300 × 740).
const CHART_ASPECT: f32 = 740.0 / 1300.0;

/// Builds the column of blocks for one report.
pub(super) struct Composer<'a> {
    pub(super) setter: &'a mut Typesetter,
    width: f32,
    blocks: Vec<Block>,
    lists: usize,
    tables: usize,
}

impl<'a> Composer<'a> {
    /// A composer for text `geometry.text_width()` wide.
    pub(super) fn new(setter: &'a mut Typesetter, geometry: &Geometry) -> Self {
        Self {
            setter,
            width: geometry.text_width(),
            blocks: Vec::new(),
            lists: 0,
            tables: 0,
        }
    }

    /// The report, block by block; `chart` is the parsed chart, when there is one.
    pub(super) fn compose(mut self, report: &Report, chart: Option<usvg::Tree>) -> Vec<Block> {
        self.masthead(report);
        if report.empty {
            self.paragraphs(&crate::t!("report-empty"), BODY);
        } else {
            self.section(&crate::t!("report-summary-heading"));
            self.list(&report.summary);
            if let Some(tree) = chart {
                self.section(&crate::t!("report-chart-heading"));
                self.chart(tree, chart_description(report));
            }
            if !report.better_days.is_empty() {
                self.section(&crate::t!("report-better-days-heading"));
                let note = self.text_block(
                    &crate::t!("report-better-days-note"),
                    SMALL,
                    Role::Paragraph,
                );
                self.blocks.push(note.spaced(0.0, 3.0));
                self.list(&report.better_days);
            }
        }
        if !report.setbacks.is_empty() {
            self.section(&crate::t!("report-setbacks-heading"));
            for setback in &report.setbacks {
                self.setback(setback);
            }
        }
        if let Some(left_out) = &report.left_out {
            self.aside(left_out);
        }
        if !report.experiments.is_empty() {
            self.section(&crate::t!("report-experiments-heading"));
            for experiment in &report.experiments {
                self.experiment(experiment);
            }
        }
        if let Some(left_out) = &report.experiments_left_out {
            self.aside(left_out);
        }
        if !report.skills.is_empty() {
            self.section(&crate::t!("report-skills-acquired"));
            self.skills_table(report);
        }
        if !report.reviews.is_empty() {
            self.section(&crate::t!("report-reviews-heading"));
            self.reviews(&report.reviews);
        }
        if let Some(left_out) = &report.reviews_words_left_out {
            self.aside(left_out);
        }
        if !report.notes.is_empty() {
            self.section(&crate::t!("report-notes-heading"));
            for note in &report.notes {
                self.label(&note.date, 3);
                self.paragraphs(&note.text, BODY);
            }
        }
        if !report.questions.is_empty() {
            self.section(&crate::t!("report-questions-heading"));
            self.paragraphs(&report.questions, BODY);
        }
        self.blocks
    }

    fn masthead(&mut self, report: &Report) {
        // The title is the first heading; the lines under it are its subtitle.
        let title = self.text_block(
            &report.title,
            TextStyle::new(22.0, INK).bold(),
            Role::Heading(1),
        );
        self.blocks.push(title.spaced(0.0, 2.0));
        if let Some(name) = &report.name {
            let name = self.text_block(name, TextStyle::new(13.0, INK), Role::Paragraph);
            self.blocks.push(name.spaced(0.0, 1.0));
        }
        let line = crate::t!(
            "report-masthead-line",
            range = report.range.as_str(),
            date = report.made_on.as_str()
        );
        let line = self.text_block(&line, BODY.with_color(MUTED), Role::Paragraph);
        self.blocks.push(line.spaced(0.0, 5.0));
        self.blocks.push(
            Block::new(
                Body::Rule {
                    thickness: 1.2,
                    color: GOLD,
                },
                Role::Ornament,
            )
            .spaced(0.0, 6.0),
        );
    }

    fn section(&mut self, title: &str) {
        let block = self.text_block(title, SECTION, Role::Heading(2));
        self.blocks.push(block.spaced(18.0, 6.0).kept_with_next());
    }

    fn label(&mut self, text: &str, level: u16) {
        let block = self.text_block(text, BODY.bold(), Role::Heading(level));
        self.blocks.push(block.spaced(6.0, 1.0).kept_with_next());
    }

    fn setback(&mut self, setback: &ReportSetback) {
        let title = self.text_block(&setback.title, SUBSECTION, Role::Heading(3));
        self.blocks.push(title.spaced(14.0, 2.0).kept_with_next());
        let facts = format!("{} · {}\n{}", setback.date, setback.facts, setback.status);
        let facts = self.text_block(&facts, SMALL, Role::Paragraph);
        self.blocks.push(facts.spaced(0.0, 1.0));
        self.field(&crate::t!("report-what-happened"), &setback.what_happened);
        self.items(&crate::t!("report-contributing-factors"), &setback.factors);
        self.field(&crate::t!("report-do-differently"), &setback.do_differently);
        self.items(&crate::t!("report-feedback-received"), &setback.feedback);
        self.items(&crate::t!("report-lessons"), &setback.lessons);
        self.items(&crate::t!("report-skills-acquired"), &setback.skills);
    }

    fn experiment(&mut self, experiment: &ReportExperiment) {
        let title = self.text_block(&experiment.text, SUBSECTION, Role::Heading(3));
        self.blocks.push(title.spaced(14.0, 2.0).kept_with_next());
        // Where it stands heads the line on how it went (or why it was dropped); without one it
        // ends the facts, so that it never waits alone at the head of the next page.
        let facts = if experiment.note.is_empty() {
            format!("{} · {}", experiment.facts, experiment.status)
        } else {
            experiment.facts.clone()
        };
        let facts = self.text_block(&facts, SMALL, Role::Paragraph);
        self.blocks.push(facts.spaced(0.0, 1.0));
        self.field(&experiment.status, &experiment.note);
    }

    /// Each review with what it says, or — when none says anything here — one list of their
    /// periods and ratings.
    fn reviews(&mut self, reviews: &[ReportReview]) {
        if !reviews.iter().any(ReportReview::has_words) {
            let items: Vec<String> = reviews
                .iter()
                .map(|review| {
                    crate::t!(
                        "report-review-item",
                        period = review.period.as_str(),
                        rating = review.rating.as_str()
                    )
                })
                .collect();
            self.list(&items);
            return;
        }
        for review in reviews {
            let period = self.text_block(&review.period, SUBSECTION, Role::Heading(3));
            self.blocks.push(period.spaced(10.0, 2.0).kept_with_next());
            let rating = self.text_block(&review.rating, SMALL, Role::Paragraph);
            self.blocks.push(rating.spaced(0.0, 1.0));
            self.field(&crate::t!("report-review-went-well"), &review.went_well);
            self.field(&crate::t!("report-review-lesson"), &review.lesson);
        }
    }

    /// A short remark in small print: what the report leaves out, by choice.
    fn aside(&mut self, text: &str) {
        let block = self.text_block(text, SMALL, Role::Paragraph);
        self.blocks.push(block.spaced(12.0, PARAGRAPH_GAP));
    }

    fn field(&mut self, label: &str, body: &str) {
        if body.trim().is_empty() {
            return;
        }
        self.label(label, 4);
        self.paragraphs(body, BODY);
    }

    fn items(&mut self, label: &str, items: &[String]) {
        if items.is_empty() {
            return;
        }
        self.label(label, 4);
        self.list(items);
    }

    /// Paragraphs as written: a blank line starts a new one.
    fn paragraphs(&mut self, text: &str, style: TextStyle) {
        for part in text
            .split("\n\n")
            .map(str::trim)
            .filter(|part| !part.is_empty())
        {
            let block = self.text_block(part, style, Role::Paragraph);
            self.blocks.push(block.spaced(PARAGRAPH_GAP, PARAGRAPH_GAP));
        }
    }

    fn list(&mut self, items: &[String]) {
        let list = self.lists;
        self.lists += 1;
        for item in items {
            let text = self.setter.set(item, BODY, self.width - LIST_INDENT);
            let bullet = self.setter.set("•", BODY, LIST_INDENT);
            self.blocks.push(
                Block::new(
                    Body::Text {
                        text,
                        indent: LIST_INDENT,
                        label: Some(bullet),
                    },
                    Role::ListItem { list },
                )
                .spaced(ITEM_GAP, ITEM_GAP),
            );
        }
    }

    fn chart(&mut self, tree: usvg::Tree, alt: String) {
        let width = self.width;
        self.blocks.push(
            Block::new(
                Body::Chart {
                    tree: Box::new(tree),
                    width,
                    height: width * CHART_ASPECT,
                    alt,
                },
                Role::Figure,
            )
            .spaced(4.0, 4.0)
            .kept_with_next(),
        );
        let caption = crate::t!(
            "report-chart-caption",
            description = crate::t!("report-chart-description")
        );
        let caption = self.text_block(&caption, BODY.centered(), Role::Caption);
        self.blocks.push(caption.spaced(4.0, 8.0));
    }

    fn skills_table(&mut self, report: &Report) {
        let table = self.tables;
        self.tables += 1;
        let header_texts = [
            crate::t!("report-skills-column-skill"),
            crate::t!("report-skills-column-level-then"),
            crate::t!("report-skills-column-level-now"),
            crate::t!("report-skills-column-came-from"),
        ];
        let header = header_texts.each_ref().map(String::as_str);
        let rows: Vec<[&str; 4]> = report
            .skills
            .iter()
            .map(|skill| {
                [
                    skill.name.as_str(),
                    skill.level_then.as_str(),
                    skill.level_now.as_str(),
                    skill.came_from.as_str(),
                ]
            })
            .collect();
        // The two level columns as wide as their widest cell; the rest shared 1.2 : 2.
        let mut fixed = [0.0f32; 2];
        for (column, width) in fixed.iter_mut().enumerate() {
            let bold = self.setter.natural_width(header[column + 1], BODY.bold());
            *width = rows
                .iter()
                .map(|row| self.setter.natural_width(row[column + 1], BODY))
                .fold(bold, f32::max)
                + 2.0 * CELL_PADDING
                + 1.0;
        }
        let rest = (self.width - fixed[0] - fixed[1]).max(0.0);
        let widths = [rest * 1.2 / 3.2, fixed[0], fixed[1], rest * 2.0 / 3.2];
        let header_index = self.blocks.len();
        let header_row = self.row(&header, &widths, BODY.bold(), table, true);
        self.blocks
            .push(header_row.spaced(4.0, 0.0).kept_with_next());
        for row in &rows {
            let mut block = self.row(row, &widths, BODY, table, false);
            block.header = Some(header_index);
            self.blocks.push(block);
        }
        if let Some(last) = self.blocks.last_mut() {
            last.space_after = PARAGRAPH_GAP;
        }
    }

    fn row(
        &mut self,
        texts: &[&str; 4],
        widths: &[f32; 4],
        style: TextStyle,
        table: usize,
        header: bool,
    ) -> Block {
        let mut x = 0.0;
        let cells = texts
            .iter()
            .zip(widths)
            .map(|(text, width)| {
                let cell = Cell {
                    x,
                    width: *width,
                    text: self
                        .setter
                        .set(text, style, (width - 2.0 * CELL_PADDING).max(1.0)),
                };
                x += width;
                cell
            })
            .collect();
        Block::new(
            Body::Row {
                cells,
                padding: CELL_PADDING,
                stroke: TABLE_RULE,
            },
            Role::TableRow { table, header },
        )
    }

    /// `text` in `style` across the column, as a block of `role`.
    fn text_block(&mut self, text: &str, style: TextStyle, role: Role) -> Block {
        let laid = self.setter.set(text, style, self.width);
        Block::new(
            Body::Text {
                text: laid,
                indent: 0.0,
                label: None,
            },
            role,
        )
    }
}

/// What the chart shows, for a screen reader: the caption and the three ratings' figures.
fn chart_description(report: &Report) -> String {
    let mut description = crate::t!("report-chart-description");
    for line in report.summary.iter().take(3) {
        description.push(' ');
        description.push_str(line);
    }
    description
}
