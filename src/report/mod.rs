//! The report to take to a mentor (SPEC §4, `export report`): a chosen period told through its
//! figures, the chosen setbacks and what came of them, and the questions for the conversation.
//! [`content`] decides what it says (only what the user chose); [`markdown`] writes it as text
//! with the chart beside it; [`pdf`] lays it out on pages and writes it as a tagged PDF
//! (parley for text, krilla for the file), kept behind this module's boundary.

mod content;
mod markdown;
mod pdf;
mod practice;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

pub use content::{Report, ReportNote, ReportSetback, ReportSkill};
pub use practice::{ReportExperiment, ReportReview};

use crate::chart_export::{self, ChartOptions};
use crate::insights::DateRange;
use crate::model::{Experiment, Journal, Review, SetbackId};

/// Which setbacks the report tells.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum SetbackChoice {
    /// Every setback of the range.
    #[default]
    All,
    /// Only those reflected on or recovered from.
    Reflected,
    /// None: figures only.
    None,
    /// These, ticked one by one.
    These(Vec<SetbackId>),
}

/// Paper sizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// The paper of the user's locale: Letter in the United States and Canada (and the other
    /// Letter countries), A4 elsewhere, from `LC_PAPER`, `LC_ALL` or `LANG`.
    pub fn from_locale() -> Paper {
        let locale = ["LC_ALL", "LC_PAPER", "LANG"]
            .iter()
            .find_map(|name| std::env::var(name).ok().filter(|value| !value.is_empty()))
            .unwrap_or_default();
        Paper::for_locale(&locale)
    }

    /// The paper for a locale name such as `en_US.UTF-8`.
    pub fn for_locale(locale: &str) -> Paper {
        let region = locale
            .split(['.', '@'])
            .next()
            .and_then(|name| name.split('_').nth(1))
            .unwrap_or_default();
        if ["US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR"].contains(&region) {
            Paper::Letter
        } else {
            Paper::A4
        }
    }
}

/// What goes into a report.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportOptions {
    /// The period told.
    pub range: DateRange,
    /// The person's name for the header, if any.
    pub name: Option<String>,
    /// Paper size of the PDF.
    pub paper: Paper,
    /// Which setbacks are told.
    pub setbacks: SetbackChoice,
    /// Whether micro-failures are told too.
    pub micro: bool,
    /// Whether check-in notes, and what weekly reviews say, are included (off by default: they
    /// are the most private part).
    pub notes: bool,
    /// Questions for the conversation, as typed.
    pub questions: String,
    /// The day the report is made (for its header and the PDF's creation date).
    pub made_on: NaiveDate,
}

impl ReportOptions {
    /// The defaults for a range: every setback, no micro-failures, no notes.
    pub fn new(range: DateRange, made_on: NaiveDate) -> Self {
        Self {
            range,
            name: None,
            paper: Paper::from_locale(),
            setbacks: SetbackChoice::All,
            micro: false,
            notes: false,
            questions: String::new(),
            made_on,
        }
    }

    /// The setbacks of the range these options tell, oldest first (the export dialog's
    /// preview lists them).
    pub fn chosen_setbacks<'a>(&self, journal: &'a Journal) -> Vec<&'a crate::model::Setback> {
        let mut chosen: Vec<_> = journal
            .setbacks()
            .iter()
            .filter(|setback| self.range.contains(setback.date))
            .filter(|setback| content::is_chosen(setback, self))
            .collect();
        chosen.sort_by_key(|setback| setback.date);
        chosen
    }

    /// The experiments of the range these options tell (those whose setback they tell), by
    /// the day planned.
    pub fn told_experiments<'a>(&self, journal: &'a Journal) -> Vec<&'a Experiment> {
        journal
            .experiments()
            .iter()
            .filter(|experiment| practice::in_range(experiment, self.range))
            .filter(|experiment| practice::is_told(journal, experiment, self))
            .collect()
    }

    /// The weekly reviews made in the range, which the report lists (what they say only with
    /// the notes).
    pub fn reviews_of_range<'a>(&self, journal: &'a Journal) -> Vec<&'a Review> {
        practice::reviews_of(journal, self.range).collect()
    }
}

/// A report could not be made or written.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The file name ends in neither `.pdf` nor `.md`.
    #[error("{path}: a report is written as .pdf or .md")]
    UnknownFormat {
        /// The path asked for.
        path: PathBuf,
    },
    /// Typesetting failed (a bug: the template and its data are ours).
    #[error("the report could not be typeset: {0}")]
    Typeset(String),
    /// The chart could not be drawn.
    #[error(transparent)]
    Chart(#[from] chart_export::ChartExportError),
    /// Writing failed; nothing was left half-written.
    #[error("{path}: could not write the report: {source}")]
    Write {
        /// Where.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

impl ReportError {
    /// The error in the reader's language, for the window (its `Display` stays English, for
    /// the command line and logs).
    pub fn in_words(&self) -> String {
        match self {
            ReportError::UnknownFormat { path } => crate::t!(
                "report-error-unknown-format",
                path = path.display().to_string()
            ),
            ReportError::Typeset(detail) => {
                crate::t!("report-error-typeset", detail = detail.as_str())
            }
            ReportError::Chart(error) => {
                crate::t!("report-error-chart", detail = error.to_string())
            }
            ReportError::Write { path, source } => crate::t!(
                "report-error-write",
                path = path.display().to_string(),
                detail = source.to_string()
            ),
        }
    }
}

/// The chart of the report: the Progress chart of its range, as SVG.
pub(crate) fn chart_svg(journal: &Journal, range: DateRange) -> Result<String, ReportError> {
    // Smaller than the screen's export, so that its labels read at the page's width.
    let options = ChartOptions {
        width: 1300,
        height: 740,
        ..ChartOptions::for_range(range)
    };
    Ok(chart_export::render_svg(journal, &options)?)
}

/// The report as PDF bytes.
pub fn pdf_bytes(journal: &Journal, options: &ReportOptions) -> Result<Vec<u8>, ReportError> {
    let report = Report::build(journal, options);
    let chart = (!report.empty)
        .then(|| chart_svg(journal, options.range))
        .transpose()?;
    pdf::typeset(&report, chart.as_deref(), options)
}

/// The report as Markdown text, with the chart's file name to link (written beside it).
pub fn markdown_text(
    journal: &Journal,
    options: &ReportOptions,
    chart_file: Option<&str>,
) -> String {
    markdown::write(&Report::build(journal, options), chart_file)
}

/// Writes the report to `path`: PDF for `.pdf`, Markdown for `.md` (with the chart as an SVG
/// file beside it). Each file is written to a temporary file and renamed, so that a failure
/// leaves nothing half-written. Returns the files written.
pub fn write(
    journal: &Journal,
    options: &ReportOptions,
    path: &Path,
) -> Result<Vec<PathBuf>, ReportError> {
    let extension = path
        .extension()
        .map(|extension| extension.to_string_lossy().to_lowercase());
    match extension.as_deref() {
        Some("pdf") => {
            let bytes = pdf_bytes(journal, options)?;
            write_atomically(path, &bytes)?;
            Ok(vec![path.to_owned()])
        }
        Some("md" | "markdown") => {
            let report = Report::build(journal, options);
            let chart = if report.empty {
                None
            } else {
                let chart_path = path.with_extension("chart.svg");
                let svg = chart_svg(journal, options.range)?;
                Some((chart_path, svg))
            };
            let chart_name = chart.as_ref().and_then(|(chart_path, _)| {
                chart_path
                    .file_name()
                    .map(|name| name.to_string_lossy().into_owned())
            });
            let text = markdown::write(&report, chart_name.as_deref());
            let mut written = Vec::new();
            if let Some((chart_path, svg)) = &chart {
                write_atomically(chart_path, svg.as_bytes())?;
                written.push(chart_path.clone());
            }
            write_atomically(path, text.as_bytes())?;
            written.push(path.to_owned());
            Ok(written)
        }
        _ => Err(ReportError::UnknownFormat {
            path: path.to_owned(),
        }),
    }
}

fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), ReportError> {
    crate::storage::write_file_atomically(path, bytes).map_err(|error| ReportError::Write {
        path: path.to_owned(),
        source: std::io::Error::other(error.to_string()),
    })
}
