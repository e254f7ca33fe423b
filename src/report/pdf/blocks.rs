//! The report as a column of blocks — headings, paragraphs, list items, table rows, the chart —
//! each laid out at its width and knowing what it is, so that pages can be cut from the column
//! and every piece tagged for screen readers.

use super::paginate::Measure;
use super::text::{Rgb, TextBox};

/// What a block is, for the PDF's structure tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// A heading of `level` (1: the title).
    Heading(u16),
    /// A paragraph.
    Paragraph,
    /// An item of list number `list` (consecutive items of one list form one list).
    ListItem { list: usize },
    /// A row of table number `table`, the header row or a body row.
    TableRow { table: usize, header: bool },
    /// The chart.
    Figure,
    /// The chart's caption.
    Caption,
    /// A rule or other ornament: not content.
    Ornament,
}

/// One cell of a table row.
pub(super) struct Cell {
    /// Left edge of the cell, from the text area's left edge.
    pub(super) x: f32,
    /// Width of the cell, padding included.
    pub(super) width: f32,
    /// Its text, laid out inside the padding.
    pub(super) text: TextBox,
}

/// What a block draws.
pub(super) enum Body {
    /// Lines of text, optionally after a label hanging in the indent (a list bullet).
    Text {
        text: TextBox,
        indent: f32,
        label: Option<TextBox>,
    },
    /// A horizontal line across the text area.
    Rule { thickness: f32, color: Rgb },
    /// The chart, scaled to `width` × `height` points, with its description for those who
    /// cannot see it.
    Chart {
        tree: Box<usvg::Tree>,
        width: f32,
        height: f32,
        alt: String,
    },
    /// A table row: its cells, with `padding` around each cell's text and `stroke` around it.
    Row {
        cells: Vec<Cell>,
        padding: f32,
        stroke: Rgb,
    },
}

/// A block and how it sits in the column.
pub(super) struct Block {
    pub(super) body: Body,
    pub(super) role: Role,
    pub(super) space_before: f32,
    pub(super) space_after: f32,
    pub(super) keep_with_next: bool,
    /// For a table's body rows: the block index of its header row.
    pub(super) header: Option<usize>,
}

impl Block {
    /// A block of `body` with no space around it.
    pub(super) fn new(body: Body, role: Role) -> Self {
        Self {
            body,
            role,
            space_before: 0.0,
            space_after: 0.0,
            keep_with_next: false,
            header: None,
        }
    }

    /// The same with `before` and `after` points of space around it.
    pub(super) fn spaced(self, before: f32, after: f32) -> Self {
        Self {
            space_before: before,
            space_after: after,
            ..self
        }
    }

    /// The same, kept on the page of the block after it.
    pub(super) fn kept_with_next(self) -> Self {
        Self {
            keep_with_next: true,
            ..self
        }
    }

    /// The pieces it may split between: its lines, or itself whole.
    pub(super) fn measure(&self) -> Measure {
        let pieces = match &self.body {
            Body::Text { text, .. } => (0..text.line_count())
                .map(|line| text.height_of(line..line + 1))
                .collect(),
            Body::Rule { thickness, .. } => vec![*thickness],
            Body::Chart { height, .. } => vec![*height],
            Body::Row { cells, padding, .. } => row_bands(cells, *padding),
        };
        let keep_together = match &self.body {
            Body::Text { .. } => self.keep_with_next,
            _ => true,
        };
        Measure {
            pieces,
            space_before: self.space_before,
            space_after: self.space_after,
            keep_with_next: self.keep_with_next,
            keep_together,
            header: self.header,
        }
    }
}

/// A row's height in bands, one per line of its tallest cell (the padding on the first and
/// last), so that a row longer than a page can still be cut between lines.
pub(super) fn row_bands(cells: &[Cell], padding: f32) -> Vec<f32> {
    let lines = cells
        .iter()
        .map(|cell| cell.text.line_count())
        .max()
        .unwrap_or(0)
        .max(1);
    (0..lines)
        .map(|line| {
            let text = cells
                .iter()
                .map(|cell| cell.text.height_of(line..line + 1))
                .fold(0.0, f32::max);
            let first = if line == 0 { padding } else { 0.0 };
            let last = if line + 1 == lines { padding } else { 0.0 };
            text + first + last
        })
        .collect()
}
