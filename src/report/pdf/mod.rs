//! Typesetting the report with typst, used as a library: a fixed template (`report.typ`) reads
//! the report's content from a JSON file and the chart from an SVG file, both handed to typst
//! through a small in-memory `World` with the embedded DejaVu fonts. What the user wrote only
//! ever reaches typst as JSON strings, never as markup, so no text can change the layout.

use std::collections::HashMap;

use chrono::Datelike as _;
use serde::Serialize;
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt as _, World};
use typst_layout::PagedDocument;

use super::{Report, ReportError, ReportOptions};

/// The template: layout only; every word comes from `report.json`.
const TEMPLATE: &str = include_str!("report.typ");

/// The fonts embedded in the binary and in every report.
static FONTS: [&[u8]; 2] = [
    include_bytes!("../../../assets/fonts/DejaVuSans.ttf"),
    include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf"),
];

/// What the template reads besides the report itself.
#[derive(Serialize)]
struct TemplateData<'a> {
    report: &'a Report,
    paper: &'static str,
    has_chart: bool,
}

/// The report as PDF bytes.
pub(super) fn typeset(
    report: &Report,
    chart_svg: Option<&str>,
    options: &ReportOptions,
) -> Result<Vec<u8>, ReportError> {
    let data = TemplateData {
        report,
        paper: options.paper.typst_name(),
        has_chart: chart_svg.is_some(),
    };
    let json =
        serde_json::to_vec(&data).map_err(|error| ReportError::Typeset(error.to_string()))?;
    let world = ReportWorld::new(json, chart_svg.unwrap_or_default().as_bytes().to_vec())?;
    let compiled = typst::compile::<PagedDocument>(&world).output;
    // typst memoises its work for the next compilation of the same files; a report is made
    // once, so its cache is dropped rather than kept growing in a long-running app.
    comemo::evict(0);
    let document = compiled.map_err(|errors| ReportError::Typeset(describe(&errors)))?;
    let made = options.made_on;
    let timestamp = Datetime::from_ymd_hms(
        made.year(),
        u8::try_from(made.month()).unwrap_or(1),
        u8::try_from(made.day()).unwrap_or(1),
        12,
        0,
        0,
    )
    .map(typst_pdf::Timestamp::new_utc);
    let pdf_options = typst_pdf::PdfOptions {
        creator: typst::foundations::Smart::Custom(Some(format!(
            "Kintsugi {}",
            env!("CARGO_PKG_VERSION")
        ))),
        timestamp,
        ..typst_pdf::PdfOptions::default()
    };
    typst_pdf::pdf(&document, &pdf_options)
        .map_err(|errors| ReportError::Typeset(describe(&errors)))
}

fn describe(errors: &[SourceDiagnostic]) -> String {
    errors
        .iter()
        .map(|error| error.message.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The files and fonts typst sees: the template, the report's JSON and the chart.
struct ReportWorld {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: Source,
    files: HashMap<FileId, Bytes>,
}

impl ReportWorld {
    fn new(json: Vec<u8>, chart_svg: Vec<u8>) -> Result<Self, ReportError> {
        let id = |name: &str| -> Result<FileId, ReportError> {
            let path = VirtualPath::new(name)
                .map_err(|error| ReportError::Typeset(format!("{error:?}")))?;
            Ok(FileId::new(RootedPath::new(VirtualRoot::Project, path)))
        };
        let fonts: Vec<Font> = FONTS
            .iter()
            .flat_map(|bytes| Font::iter(Bytes::new(*bytes)))
            .collect();
        let main = Source::new(id("report.typ")?, TEMPLATE.to_owned());
        let files = HashMap::from([
            (id("report.json")?, Bytes::new(json)),
            (id("chart.svg")?, Bytes::new(chart_svg)),
        ]);
        Ok(Self {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            main,
            files,
        })
    }
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main.id() {
            return Ok(Bytes::from_string(self.main.clone()));
        }
        self.files
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(id.vpath().get_without_slash().into()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        None
    }
}
