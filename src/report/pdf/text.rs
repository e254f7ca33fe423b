//! A run of text in one style, shaped and broken into lines by parley at a given width, and
//! drawn line by line with krilla as real, selectable glyphs.

use krilla::color::rgb;
use krilla::geom::Point;
use krilla::num::NormalizedF32;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::text::{GlyphId, KrillaGlyph};
use parley::style::{FontFamily, FontWeight, LineHeight, OverflowWrap, StyleProperty};
use parley::{Alignment, AlignmentOptions, Layout, LayoutContext};

use super::fonts::{FAMILY, ReportFonts};

/// A colour, in the sRGB-like device RGB the PDF uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Rgb(pub(super) u8, pub(super) u8, pub(super) u8);

impl Rgb {
    /// As krilla paints it.
    pub(super) fn paint(self) -> krilla::paint::Paint {
        rgb::Color::new(self.0, self.1, self.2).into()
    }
}

/// How a piece of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct TextStyle {
    /// Font size in points.
    pub(super) size: f32,
    /// Bold or regular.
    pub(super) bold: bool,
    /// Text colour.
    pub(super) color: Rgb,
    /// Line pitch as a multiple of the size.
    pub(super) line_height: f32,
    /// Centred (captions) rather than started at the left edge.
    pub(super) centered: bool,
}

impl TextStyle {
    /// Regular text of `size` points in `color`.
    pub(super) const fn new(size: f32, color: Rgb) -> Self {
        Self {
            size,
            bold: false,
            color,
            line_height: 1.3,
            centered: false,
        }
    }

    /// The same, bold.
    pub(super) const fn bold(self) -> Self {
        Self { bold: true, ..self }
    }

    /// The same in another colour.
    pub(super) const fn with_color(self, color: Rgb) -> Self {
        Self { color, ..self }
    }

    /// The same, centred.
    pub(super) const fn centered(self) -> Self {
        Self {
            centered: true,
            ..self
        }
    }
}

/// Shapes and breaks text; one per report, reused for every paragraph.
pub(super) struct Typesetter {
    pub(super) fonts: ReportFonts,
    layouts: LayoutContext<()>,
}

impl Typesetter {
    /// A typesetter over the report's fonts.
    pub(super) fn new(fonts: ReportFonts) -> Self {
        Self {
            fonts,
            layouts: LayoutContext::new(),
        }
    }

    /// `text` in `style`, broken into lines no wider than `width` points.
    pub(super) fn set(&mut self, text: &str, style: TextStyle, width: f32) -> TextBox {
        let mut layout = self.shape(text, style);
        layout.break_all_lines(Some(width));
        let alignment = if style.centered {
            Alignment::Center
        } else {
            Alignment::Start
        };
        layout.align(alignment, AlignmentOptions::default());
        TextBox {
            text: text.to_owned(),
            layout: Box::new(layout),
            style,
        }
    }

    /// The width `text` takes in `style` on one line, unbroken.
    pub(super) fn natural_width(&mut self, text: &str, style: TextStyle) -> f32 {
        let layout = self.shape(text, style);
        layout.calculate_content_widths().max
    }

    fn shape(&mut self, text: &str, style: TextStyle) -> Layout<()> {
        let mut builder = self
            .layouts
            .ranged_builder(&mut self.fonts.parley, text, 1.0, false);
        builder.push_default(StyleProperty::FontFamily(FontFamily::named(FAMILY)));
        builder.push_default(StyleProperty::FontSize(style.size));
        builder.push_default(StyleProperty::LineHeight(LineHeight::FontSizeRelative(
            style.line_height,
        )));
        // A word wider than the column (a pasted link, a long code) breaks rather than running
        // off the page.
        builder.push_default(StyleProperty::OverflowWrap(OverflowWrap::Anywhere));
        if style.bold {
            builder.push_default(StyleProperty::FontWeight(FontWeight::BOLD));
        }
        builder.build(text)
    }
}

/// Text laid out in lines, ready to be placed and drawn.
pub(super) struct TextBox {
    text: String,
    layout: Box<Layout<()>>,
    style: TextStyle,
}

impl TextBox {
    /// How many lines.
    pub(super) fn line_count(&self) -> usize {
        self.layout.len()
    }

    /// The height of the lines in `lines`.
    pub(super) fn height_of(&self, lines: std::ops::Range<usize>) -> f32 {
        lines
            .filter_map(|index| self.layout.get(index))
            .map(|line| line.metrics().line_height)
            .sum()
    }

    /// The widest line.
    pub(super) fn width(&self) -> f32 {
        self.layout.width()
    }

    /// The text, as written.
    pub(super) fn text(&self) -> &str {
        &self.text
    }

    /// Draws line `index` with the top of its line box at `top_left`.
    pub(super) fn draw_line(
        &self,
        surface: &mut Surface,
        fonts: &ReportFonts,
        index: usize,
        top_left: Point,
    ) {
        let Some(line) = self.layout.get(index) else {
            return;
        };
        let metrics = line.metrics();
        let baseline = top_left.y + metrics.baseline - metrics.block_min_coord;
        surface.set_fill(Some(Fill {
            paint: self.style.color.paint(),
            opacity: NormalizedF32::ONE,
            rule: krilla::paint::FillRule::default(),
        }));
        let mut x = top_left.x + metrics.offset;
        for run in line.runs() {
            let size = run.font_size();
            let font = fonts.krilla_font(run.font());
            let start = x;
            let mut glyphs = Vec::new();
            for cluster in run.visual_clusters() {
                if cluster.is_ligature_continuation() {
                    if let Some(glyph) = glyphs.last_mut() {
                        let glyph: &mut KrillaGlyph = glyph;
                        glyph.text_range.end = cluster.text_range().end;
                    }
                    continue;
                }
                for glyph in cluster.glyphs() {
                    glyphs.push(KrillaGlyph::new(
                        GlyphId::new(glyph.id),
                        glyph.advance / size,
                        glyph.x / size,
                        glyph.y / size,
                        0.0,
                        cluster.text_range(),
                        None,
                    ));
                    x += glyph.advance;
                }
            }
            if !glyphs.is_empty() {
                surface.draw_glyphs(
                    Point::from_xy(start, baseline),
                    &glyphs,
                    font,
                    &self.text,
                    size,
                    false,
                );
            }
        }
    }
}
