//! The report's two fonts, embedded in the binary, and the three views of them the report
//! needs: parley's collection (shaping and line breaking), krilla's fonts (embedding and
//! subsetting in the PDF) and usvg's database (the chart's labels). Only these fonts are ever
//! used, so a report looks the same on every machine.

use std::sync::Arc;

use krilla::text::Font;
use parley::fontique::Blob;

/// DejaVu Sans, regular weight.
static REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans, bold.
static BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

/// The family name both fonts carry.
pub(super) const FAMILY: &str = "DejaVu Sans";

/// The fonts, as each library wants them.
pub(super) struct ReportFonts {
    /// parley's font database, holding only the two fonts.
    pub(super) parley: parley::FontContext,
    regular: Font,
    bold: Font,
}

impl ReportFonts {
    /// Loads the fonts; `None` only if the embedded files were not fonts (a build mistake).
    pub(super) fn load() -> Option<Self> {
        let mut parley = parley::FontContext::new();
        for bytes in [REGULAR, BOLD] {
            let blob = Blob::new(Arc::new(bytes));
            if parley.collection.register_fonts(blob, None).is_empty() {
                return None;
            }
        }
        Some(Self {
            parley,
            regular: Font::new(REGULAR.into(), 0)?,
            bold: Font::new(BOLD.into(), 0)?,
        })
    }

    /// The krilla font for the font file parley shaped a run with.
    pub(super) fn krilla_font(&self, shaped_with: &parley::FontData) -> Font {
        if shaped_with.data.data().as_ptr() == BOLD.as_ptr() {
            self.bold.clone()
        } else {
            self.regular.clone()
        }
    }
}

/// The chart's font database: the same two fonts, standing in for every generic family.
pub(super) fn svg_font_database() -> Arc<usvg::fontdb::Database> {
    let mut database = usvg::fontdb::Database::new();
    database.load_font_data(REGULAR.to_vec());
    database.load_font_data(BOLD.to_vec());
    database.set_sans_serif_family(FAMILY);
    database.set_serif_family(FAMILY);
    database.set_monospace_family(FAMILY);
    Arc::new(database)
}
