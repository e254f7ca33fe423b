//! `kintsugi export report`: the mentor report of a period as PDF or Markdown, with the same
//! privacy choices as the app's export dialog.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, ValueEnum};

use super::parse_date;
use crate::clock::Clock;
use crate::model::Journal;
use crate::report::{self, Paper, ReportOptions, SetbackChoice};

/// Arguments of `export report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The file to write: .pdf, or .md (the chart is written beside it as an SVG file).
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// First day (default: the journal's first entry).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Last day (default: the journal's last entry).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    /// Your name, for the report's header.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Paper size (default: from the locale; Letter in the US and Canada, else A4).
    #[arg(long, value_enum)]
    pub paper: Option<PaperChoice>,
    /// Which setbacks to tell: all, only those reflected on or recovered from, or none.
    #[arg(long, value_enum, default_value_t = SetbacksChoice::All)]
    pub setbacks: SetbacksChoice,
    /// Tell micro-failures too.
    #[arg(long)]
    pub micro: bool,
    /// Include the notes of check-ins, and what weekly reviews say (left out by default).
    #[arg(long)]
    pub notes: bool,
    /// Questions for the conversation with your mentor.
    #[arg(long, value_name = "TEXT")]
    pub questions: Option<String>,
}

/// `--paper`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PaperChoice {
    /// ISO A4.
    A4,
    /// US Letter.
    Letter,
}

/// `--setbacks`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SetbacksChoice {
    /// Every setback of the period.
    All,
    /// Only those reflected on or recovered from.
    Reflected,
    /// None: the figures only.
    None,
}

/// Writes the report; returns what to print.
pub(super) fn export_report(
    journal: &Journal,
    args: ReportArgs,
    clock: &Clock,
) -> anyhow::Result<String> {
    let range = super::stats_range(journal, args.from, args.to)?;
    let options = ReportOptions {
        name: args.name,
        paper: match args.paper {
            Some(PaperChoice::A4) => Paper::A4,
            Some(PaperChoice::Letter) => Paper::Letter,
            None => Paper::from_locale(),
        },
        setbacks: match args.setbacks {
            SetbacksChoice::All => SetbackChoice::All,
            SetbacksChoice::Reflected => SetbackChoice::Reflected,
            SetbacksChoice::None => SetbackChoice::None,
        },
        micro: args.micro,
        notes: args.notes,
        questions: args.questions.unwrap_or_default(),
        ..ReportOptions::new(range, clock.today())
    };
    let written = report::write(journal, &options, &args.out)?;
    let names: Vec<String> = written
        .iter()
        .map(|path| path.display().to_string())
        .collect();
    Ok(format!(
        "Wrote the report of {} to {}\n",
        range.words(),
        names.join(" and ")
    ))
}
