//! The page: its size for the chosen paper and its margins, in points.

use krilla::page::PageSettings;

use crate::report::Paper;

/// One centimetre in points.
const CM: f32 = 72.0 / 2.54;

/// A page's size and margins, in points.
pub(super) struct Geometry {
    pub(super) width: f32,
    pub(super) height: f32,
    pub(super) margin_x: f32,
    pub(super) margin_top: f32,
    pub(super) margin_bottom: f32,
}

impl Geometry {
    pub(super) fn of(paper: Paper) -> Self {
        let (width, height) = match paper {
            Paper::A4 => (210.0 / 25.4 * 72.0, 297.0 / 25.4 * 72.0),
            Paper::Letter => (612.0, 792.0),
        };
        Self {
            width,
            height,
            margin_x: 2.2 * CM,
            margin_top: 2.2 * CM,
            margin_bottom: 2.4 * CM,
        }
    }

    /// The width of the text area.
    pub(super) fn text_width(&self) -> f32 {
        self.width - 2.0 * self.margin_x
    }

    /// The height of the text area.
    pub(super) fn text_height(&self) -> f32 {
        self.height - self.margin_top - self.margin_bottom
    }

    pub(super) fn page_settings(&self) -> PageSettings {
        PageSettings::from_wh(self.width, self.height).unwrap_or_default()
    }
}
