//! The command line (SPEC §4): the same binary opens the app or works headless over the same
//! core functions the app uses. Every failure leaves the journal file as it was.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, anyhow, bail};
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::chart_export::{self, ChartOptions};
use crate::clock::Clock;
use crate::demo::{self, DemoOptions};
use crate::insights::{self, DateRange};
use crate::interchange;
use crate::model::{CheckInInput, Journal, Rating, Ratings, ValidationError};
use crate::storage;
use import::{parse_mood, run_import_command};
use stats_text::stats_text;

mod desktop;
mod encryption;
mod import;
mod practice;
pub mod remind;
mod report;
mod setback;
mod stats_text;
mod sync;

pub use crate::APP_ID;
pub use encryption::take_passphrase_variables;

/// The version and the git commit of the build, e.g. "0.1.0 (3f2a9c1d07be)".
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("KINTSUGI_GIT_COMMIT"),
    ")"
);

/// Kintsugi: turn professional setbacks into growth.
#[derive(Debug, Parser)]
#[command(name = "kintsugi", version = VERSION, about, long_about = None)]
pub struct Cli {
    /// The journal file (default: the platform's data folder, e.g.
    /// ~/.local/share/kintsugi/journal.ron).
    #[arg(long, global = true, env = "KINTSUGI_DATA", value_name = "PATH")]
    pub data: Option<PathBuf>,

    /// Open the app on a generated demo journal that lives in memory only.
    #[arg(long)]
    pub demo: bool,

    /// Open the window, save its first settled frame as PNG to this file, and exit.
    #[arg(long, value_name = "OUT.png")]
    pub screenshot: Option<PathBuf>,

    /// The screen to show first (default: the one shown last).
    #[arg(long, value_enum)]
    pub view: Option<StartView>,

    /// Open the Journal screen searching for these words.
    #[arg(long, value_name = "WORDS")]
    pub search: Option<String>,

    /// Open Today's calendar (for screenshots).
    #[arg(long, hide = true)]
    pub calendar: bool,

    /// The Progress screen's range preset to start with.
    #[arg(long, value_enum, default_value_t = StartRange::ThreeMonths)]
    pub range: StartRange,

    /// Window size in logical pixels, e.g. 1280x800.
    #[arg(long, value_name = "WxH", value_parser = parse_size)]
    pub size: Option<WindowSize>,

    /// Colour theme (default: follow the system).
    #[arg(long, value_enum)]
    pub theme: Option<ThemeChoice>,

    /// Pretend today is this date (for reproducible screenshots).
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = parse_date, hide = true)]
    pub today: Option<NaiveDate>,

    /// A headless command; without one, the app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Screens the app can open on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StartView {
    /// The daily check-in.
    Today,
    /// Setbacks (with the newest reflected setback open).
    Setbacks,
    /// Skills (with the most linked skill open).
    Skills,
    /// Progress charts and insights.
    Progress,
    /// Everything written, searchable.
    Journal,
    /// Lessons turned into experiments.
    Experiments,
    /// The weekly review page.
    Review,
}

/// Range presets of the Progress screen, as command-line values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StartRange {
    /// The last 4 weeks.
    #[value(name = "4w")]
    FourWeeks,
    /// The last 3 months.
    #[value(name = "3m")]
    ThreeMonths,
    /// The last 6 months.
    #[value(name = "6m")]
    SixMonths,
    /// The last year.
    #[value(name = "1y")]
    OneYear,
    /// Everything.
    All,
}

/// A colour theme chosen on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ThemeChoice {
    /// Light background.
    Light,
    /// Dark background.
    Dark,
}

/// A window size in logical pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WindowSize {
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
}

/// The headless commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write a generated demo journal to a new file (never overwrites).
    Demo {
        /// Where to write it.
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
        /// Years of history.
        #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(1..=100))]
        years: u32,
        /// Seed; the same seed gives the same journal.
        #[arg(long, default_value_t = 7)]
        seed: u64,
    },
    /// Create or replace the check-in of a day.
    CheckIn(CheckInArgs),
    /// Work with setbacks.
    #[command(subcommand)]
    Setback(SetbackCommand),
    /// Turn lessons into experiments, and say how trying them went.
    #[command(subcommand)]
    Experiment(practice::ExperimentCommand),
    /// Print a week as the weekly review page shows it.
    Review {
        /// The ISO week, e.g. 2026-W49.
        #[arg(long, value_name = "YYYY-Www")]
        week: String,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Export the chart or the data.
    #[command(subcommand)]
    Export(ExportCommand),
    /// Import data into the journal.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Print figures about a date range (default: the journal's first to last entry).
    Stats {
        /// First day.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        from: Option<NaiveDate>,
        /// Last day.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        to: Option<NaiveDate>,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Print a reminder to check in when today has no check-in yet, and nothing otherwise
    /// (for a timer: see assets/systemd). Exits 0 either way; non-zero only on an error.
    Remind {
        /// Also show the reminder as a desktop notification.
        #[arg(long)]
        notify: bool,
        /// On this day of the week, also remind to review the week (unless one was made in the
        /// last seven days); `off` for never.
        #[arg(long, value_name = "DAY|off", default_value = "sunday", value_parser = remind::parse_review_day)]
        review_day: remind::ReviewDay,
    },
    /// Encrypt the journal and its backups with a passphrase (from `KINTSUGI_PASSPHRASE`, or
    /// asked for on the terminal). The passphrase cannot be recovered: keep it safe.
    Encrypt {
        /// Delete the existing backups instead of encrypting them.
        #[arg(long)]
        delete_backups: bool,
    },
    /// Write a plain copy of an encrypted journal to a new file (the journal stays encrypted).
    Decrypt {
        /// Where to write the plain copy (never over an existing file).
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
    },
    /// List the conflict copies that sync clients left beside the journal.
    Conflicts,
    /// Merge another copy of the journal (a conflict copy, a copy from another computer) into
    /// it, entry by entry; a conflict copy is then moved into the backups folder.
    Merge(MergeArgs),
    /// Change the passphrase of an encrypted journal (the current one from `KINTSUGI_PASSPHRASE`,
    /// the new one from `KINTSUGI_NEW_PASSPHRASE`, or both asked for on the terminal).
    Passphrase,
    /// Add Kintsugi to your desktop's application menu, for an install without a package
    /// (`cargo install`): a desktop entry and icons in ~/.local/share.
    InstallDesktopEntry {
        /// Take them away again.
        #[arg(long)]
        remove: bool,
    },
    /// Print the completions of a shell: `kintsugi completions bash > ~/.local/share/bash-completion/completions/kintsugi`.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Write the manual pages (kintsugi.1 and one per command) into a folder.
    #[command(hide = true)]
    ManPages {
        /// The folder (created when missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
}

/// Arguments of `check-in`.
#[derive(Debug, Args)]
pub struct CheckInArgs {
    /// The day.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: NaiveDate,
    /// Mood, 1–10.
    #[arg(long, value_name = "N")]
    pub mood: Option<Rating>,
    /// Resilience, 1–10.
    #[arg(long, value_name = "N")]
    pub resilience: Option<Rating>,
    /// Growth mindset, 1–10.
    #[arg(long, value_name = "N")]
    pub mindset: Option<Rating>,
    /// A note about the day.
    #[arg(long, value_name = "TEXT", default_value = "")]
    pub note: String,
    /// A tag (repeat for several).
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
}

/// Setback subcommands.
#[derive(Debug, Subcommand)]
pub enum SetbackCommand {
    /// Log a setback.
    Add(setback::SetbackAddArgs),
}

/// Export subcommands.
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Save the Progress chart as PNG or SVG (format from the file's extension).
    Chart {
        /// The file to write (.png or .svg).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// First day (default: the journal's first entry).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        from: Option<NaiveDate>,
        /// Last day (default: the journal's last entry).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        to: Option<NaiveDate>,
        /// Width in pixels.
        #[arg(long, default_value_t = 1600)]
        width: u32,
        /// Height in pixels.
        #[arg(long, default_value_t = 900)]
        height: u32,
        /// Pixels per point for PNG (2 for high-density screens).
        #[arg(long, default_value_t = 1.0)]
        scale: f32,
        /// Dark background.
        #[arg(long)]
        dark: bool,
        /// Add "What goes with better days" under the chart (the image grows by its height).
        #[arg(long)]
        better_days: bool,
    },
    /// Write checkins.csv, setbacks.csv, skills.csv, experiments.csv and reviews.csv into a
    /// folder.
    Csv {
        /// The folder (created when missing).
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Write the report of a period for a mentor or coach, as PDF or Markdown.
    Report(report::ReportArgs),
}

/// Import subcommands.
#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Import CSV: a Kintsugi export folder, one of its files, or a Daylio export.
    Csv {
        /// The folder or file.
        path: PathBuf,
        /// The format (default: recognised from the header).
        #[arg(long, value_enum)]
        format: Option<FormatChoice>,
        /// Rate a Daylio mood 1–10 (your own mood names, or new ratings for the built-in ones).
        #[arg(long = "mood", value_name = "NAME=N", value_parser = parse_mood)]
        moods: Vec<(String, u8)>,
    },
    /// Import jrnl's JSON export (`jrnl --format json`) or its plain-text journal file.
    Jrnl {
        /// The file.
        path: PathBuf,
    },
    /// Import RedNotebook's data folder (its YYYY-MM.txt month files).
    Rednotebook {
        /// The folder (RedNotebook keeps it in ~/.rednotebook/data).
        path: PathBuf,
    },
}

/// CSV formats on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatChoice {
    /// Kintsugi's own CSV.
    Kintsugi,
    /// Daylio's CSV export.
    Daylio,
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| format!("“{text}” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-14"))
}

fn parse_size(text: &str) -> Result<WindowSize, String> {
    let error = || format!("“{text}” is not a size; write it as WIDTHxHEIGHT, e.g. 1280x800");
    let (width, height) = text.split_once(['x', 'X']).ok_or_else(error)?;
    let width: u16 = width.trim().parse().map_err(|_| error())?;
    let height: u16 = height.trim().parse().map_err(|_| error())?;
    if width < 320 || height < 240 {
        return Err(format!(
            "{text} is too small; the window needs at least 320x240"
        ));
    }
    Ok(WindowSize {
        width: f32::from(width),
        height: f32::from(height),
    })
}

/// The journal path: `--data`, else `KINTSUGI_DATA` (both via clap), else the platform's data
/// folder.
pub fn journal_path(data: Option<&Path>) -> anyhow::Result<PathBuf> {
    if let Some(path) = data {
        return Ok(path.to_owned());
    }
    let dirs = directories::ProjectDirs::from("", "", "Kintsugi")
        .ok_or_else(|| anyhow!("cannot find a home folder for the journal; pass --data PATH"))?;
    Ok(dirs.data_dir().join("journal.ron"))
}

/// Runs a headless command, returning what to print on stdout.
pub fn run_command(command: Command, data: Option<&Path>, clock: &Clock) -> anyhow::Result<String> {
    match command {
        Command::Demo { out, years, seed } => {
            let options = DemoOptions {
                years,
                seed,
                end: clock.today(),
            };
            let journal = demo::generate(options);
            storage::write_new(&out, &journal)?;
            Ok(format!(
                "Wrote a {years}-year demo journal to {} ({} check-ins, {} setbacks, {} skills)\n",
                out.display(),
                journal.check_ins().len(),
                journal.setbacks().len(),
                journal.skills().len()
            ))
        }
        Command::CheckIn(args) => {
            let path = journal_path(data)?;
            let input = CheckInInput {
                ratings: Ratings {
                    mood: args.mood,
                    resilience: args.resilience,
                    growth_mindset: args.mindset,
                },
                note: args.note,
                tags: args.tags,
            };
            let day = args.date;
            let replaced = write_journal(&path, clock, |journal| {
                // In the app, emptying a day removes its check-in; a command with nothing in
                // it is a mistake, never a deletion.
                if input.is_empty() {
                    return Err(ValidationError::NothingToCheckIn)
                        .with_context(|| format!("check-in for {day} refused"));
                }
                let existed = journal.check_in(day).is_some();
                journal
                    .upsert_check_in(day, &input, clock.today(), clock.now())
                    .with_context(|| format!("check-in for {day} refused"))?;
                Ok(existed)
            })?;
            let verb = if replaced { "Replaced" } else { "Saved" };
            Ok(format!(
                "{verb} the check-in for {day} in {}\n",
                path.display()
            ))
        }
        Command::Setback(SetbackCommand::Add(args)) => setback::add_setback(args, data, clock),
        Command::Experiment(command) => practice::run_experiment(command, data, clock),
        Command::Review { week, json } => practice::run_review(&week, json, data),
        Command::Export(export) => run_export(export, data, clock),
        Command::Import(command) => run_import_command(command, data, clock),
        Command::InstallDesktopEntry { remove } => desktop::install_desktop_entry(remove),
        Command::Completions { shell } => desktop::completions(shell),
        Command::ManPages { out } => desktop::man_pages(&out),
        Command::Remind { notify, review_day } => remind::remind(data, clock, notify, review_day),
        Command::Encrypt { delete_backups } => {
            encryption::encrypt(&journal_path(data)?, delete_backups)
        }
        Command::Decrypt { out } => encryption::decrypt(&journal_path(data)?, &out),
        Command::Passphrase => encryption::change_passphrase(&journal_path(data)?),
        Command::Conflicts => Ok(sync::conflicts(&journal_path(data)?)),
        Command::Merge(args) => sync::merge(&journal_path(data)?, &args, clock),
        Command::Stats { from, to, json } => {
            let path = journal_path(data)?;
            let journal = encryption::load_journal(&path)?;
            let range = stats_range(&journal, from, to)?;
            let stats = insights::stats(&journal, range);
            if json {
                Ok(serde_json::to_string_pretty(&stats)? + "\n")
            } else {
                Ok(stats_text(&stats))
            }
        }
    }
}

/// `export chart` and `export csv`: read the journal, write the files.
fn run_export(
    command: ExportCommand,
    data: Option<&Path>,
    clock: &Clock,
) -> anyhow::Result<String> {
    let path = journal_path(data)?;
    let journal = encryption::load_journal(&path)?;
    match command {
        ExportCommand::Chart {
            out,
            from,
            to,
            width,
            height,
            scale,
            dark,
            better_days,
        } => {
            let range = stats_range(&journal, from, to)?;
            let options = ChartOptions {
                width,
                height,
                scale,
                dark,
                better_days,
                ..ChartOptions::for_range(range)
            };
            chart_export::export_chart(&journal, &out, &options)?;
            Ok(format!(
                "Saved the chart of {} to {} to {}\n",
                range.from(),
                range.to(),
                out.display()
            ))
        }
        ExportCommand::Csv { out } => {
            let written = interchange::export_csv(&journal, &out)?;
            let names: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
            Ok(format!("Wrote {}\n", names.join(", ")))
        }
        ExportCommand::Report(args) => report::export_report(&journal, args, clock),
    }
}

/// What `kintsugi merge` takes.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The copy to merge.
    #[arg(value_name = "FILE")]
    pub copy: PathBuf,
    /// Merge even when the copy's deletions would remove more than a quarter of the journal.
    #[arg(long)]
    pub allow_deletions: bool,
}

/// Opens the journal for writing, applies `change`, and saves — or, when `change` fails,
/// writes nothing.
fn write_journal<T>(
    path: &Path,
    clock: &Clock,
    change: impl FnOnce(&mut Journal) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    let (mut store, mut journal) = encryption::open_store(path)?;
    let value = change(&mut journal)?;
    warn_if_backup_failed(store.save(&journal, clock.today())?);
    Ok(value)
}

/// Tells the user on stderr that the day's backup failed although the journal was saved.
fn warn_if_backup_failed(saved: crate::storage::Saved) {
    if let Some(error) = saved.backup_failed {
        eprintln!("kintsugi: warning: the journal was saved, but its daily backup failed: {error}");
    }
    if let Some(merged) = saved.merged {
        eprintln!(
            "kintsugi: the journal had been changed elsewhere; merged before saving: {}",
            merged.changes.in_words()
        );
    }
}

fn stats_range(
    journal: &Journal,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> anyhow::Result<DateRange> {
    let span = journal.date_span();
    let (from, to) = match (from, to, span) {
        (Some(from), Some(to), _) => (from, to),
        (from, to, Some((first, last))) => (from.unwrap_or(first), to.unwrap_or(last)),
        (_, _, None) => bail!("the journal has no entries yet; give both --from and --to"),
    };
    Ok(DateRange::new(from, to)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_and_tiny_ones_are_refused() {
        assert_eq!(
            parse_size("1280x800"),
            Ok(WindowSize {
                width: 1280.0,
                height: 800.0
            })
        );
        assert!(parse_size("12x8").is_err());
        assert!(parse_size("wide").is_err());
    }

    #[test]
    fn dates_must_be_iso() {
        assert!(parse_date("2026-02-30").is_err());
        assert!(parse_date("28/11/2026").unwrap_err().contains("YYYY-MM-DD"));
        assert_eq!(
            parse_date("2024-02-29"),
            Ok(NaiveDate::from_ymd_opt(2024, 2, 29).unwrap())
        );
    }
}
