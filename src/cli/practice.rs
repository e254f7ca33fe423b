//! `kintsugi experiment …` and `kintsugi review`: lessons put into practice, from a script.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context as _, anyhow, bail};
use chrono::{NaiveDate, Weekday};
use clap::{Args, Subcommand};
use serde::Serialize;

use super::{encryption, journal_path, parse_date, write_journal};
use crate::clock::Clock;
use crate::insights::{DateRange, WeekInReview};
use crate::model::{
    Experiment, ExperimentId, ExperimentStatus, Journal, NewExperiment, Outcome, SetbackId, TryWhen,
};

/// Experiment subcommands.
#[derive(Debug, Subcommand)]
pub enum ExperimentCommand {
    /// Turn a lesson of a setback into something to try; prints the new experiment's id.
    Add(AddArgs),
    /// Say that an experiment was tried, and how it went.
    Tried {
        /// The experiment's id (or a unique start of it).
        id: String,
        /// The day it was tried.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        on: NaiveDate,
        /// How it went.
        #[arg(long, value_parser = parse_outcome, value_name = "worked|partly|didnt")]
        outcome: Outcome,
        /// A line on what happened.
        #[arg(long, value_name = "TEXT", default_value = "")]
        note: String,
    },
    /// Give an experiment up, saying why.
    Drop {
        /// The experiment's id (or a unique start of it).
        id: String,
        /// The day (default: today).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        on: Option<NaiveDate>,
        /// Why.
        #[arg(long, value_name = "TEXT")]
        why: String,
    },
    /// List every experiment.
    List {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

/// Arguments of `experiment add`.
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("by_or_when").required(true).args(["by", "when"])))]
pub struct AddArgs {
    /// The setback it comes from (its id, or a unique start of it).
    #[arg(long, value_name = "ID")]
    setback: String,
    /// What you will try, in one sentence.
    #[arg(long, value_name = "TEXT")]
    text: String,
    /// Try it by this day.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    by: Option<NaiveDate>,
    /// Try it when this comes up ("next time I present to leadership").
    #[arg(long, value_name = "TEXT")]
    when: Option<String>,
    /// The skill it trains (an existing skill's name).
    #[arg(long, value_name = "NAME")]
    skill: Option<String>,
    /// The day it was planned (default: today).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    created: Option<NaiveDate>,
}

fn parse_outcome(text: &str) -> Result<Outcome, String> {
    Outcome::from_key(text).ok_or_else(|| format!("“{text}”: give worked, partly or didnt"))
}

/// Reads `YYYY-Www` (an ISO week, e.g. 2026-W49) as its Monday and Sunday.
pub fn parse_iso_week(text: &str) -> Result<(NaiveDate, NaiveDate), String> {
    let refuse = || format!("“{text}” is not a week; write YYYY-Www, e.g. 2026-W49");
    let (year, week) = text.trim().split_once(['W', 'w']).ok_or_else(refuse)?;
    let year: i32 = year.trim_end_matches('-').parse().map_err(|_| refuse())?;
    let week: u32 = week.parse().map_err(|_| refuse())?;
    let monday = NaiveDate::from_isoywd_opt(year, week, Weekday::Mon).ok_or_else(refuse)?;
    let sunday = NaiveDate::from_isoywd_opt(year, week, Weekday::Sun).ok_or_else(refuse)?;
    Ok((monday, sunday))
}

/// Finds the one entry whose id is `given` or starts with it.
fn find_by_id<T: Copy + std::fmt::Display>(
    kind: &str,
    given: &str,
    ids: impl Iterator<Item = T>,
) -> anyhow::Result<T> {
    let given = given.trim().to_lowercase();
    if given.len() < 4 {
        bail!("give at least the first 4 characters of the {kind}'s id");
    }
    let matches: Vec<T> = ids
        .filter(|id| id.to_string().starts_with(&given))
        .collect();
    match matches.as_slice() {
        [one] => Ok(*one),
        [] => bail!("no {kind} has the id “{given}”"),
        _ => bail!(
            "“{given}” starts {} {kind} ids; give more of it",
            matches.len()
        ),
    }
}

fn setback_id(journal: &Journal, given: &str) -> anyhow::Result<SetbackId> {
    find_by_id(
        "setback",
        given,
        journal.setbacks().iter().map(|setback| setback.id),
    )
}

fn experiment_id(journal: &Journal, given: &str) -> anyhow::Result<ExperimentId> {
    find_by_id(
        "experiment",
        given,
        journal.experiments().iter().map(|experiment| experiment.id),
    )
}

/// Runs one `experiment` command.
pub fn run_experiment(
    command: ExperimentCommand,
    data: Option<&Path>,
    clock: &Clock,
) -> anyhow::Result<String> {
    let path = journal_path(data)?;
    match command {
        ExperimentCommand::Add(args) => {
            let id = write_journal(&path, clock, |journal| {
                let setback = setback_id(journal, &args.setback)?;
                let skill = match &args.skill {
                    Some(name) => Some(
                        journal
                            .skill_named(name)
                            .ok_or_else(|| anyhow!("--skill: the journal has no skill “{name}”"))?
                            .id,
                    ),
                    None => None,
                };
                let when = match (args.by, args.when) {
                    (Some(by), _) => TryWhen::By(by),
                    (None, Some(situation)) => TryWhen::Situation(situation),
                    (None, None) => bail!("say when: --by YYYY-MM-DD or --when TEXT"),
                };
                let new = NewExperiment {
                    setback,
                    text: args.text,
                    when,
                    skill,
                    created_on: args.created.unwrap_or_else(|| clock.today()),
                };
                journal
                    .add_experiment(new, clock.today(), clock.now())
                    .context("experiment refused")
            })?;
            eprintln!("Planned experiment {id} in {}", path.display());
            Ok(format!("{id}\n"))
        }
        ExperimentCommand::Tried {
            id,
            on,
            outcome,
            note,
        } => {
            let text = write_journal(&path, clock, |journal| {
                let id = experiment_id(journal, &id)?;
                journal
                    .try_experiment(id, on, outcome, &note, clock.today(), clock.now())
                    .context("refused")?;
                Ok(journal
                    .experiment(id)
                    .map(|e| e.text.clone())
                    .unwrap_or_default())
            })?;
            Ok(format!(
                "Tried “{text}” on {on}: {}\n",
                outcome.name().to_lowercase()
            ))
        }
        ExperimentCommand::Drop { id, on, why } => {
            let on = on.unwrap_or_else(|| clock.today());
            let text = write_journal(&path, clock, |journal| {
                let id = experiment_id(journal, &id)?;
                journal
                    .drop_experiment(id, on, &why, clock.today(), clock.now())
                    .context("refused")?;
                Ok(journal
                    .experiment(id)
                    .map(|e| e.text.clone())
                    .unwrap_or_default())
            })?;
            Ok(format!("Dropped “{text}” on {on}\n"))
        }
        ExperimentCommand::List { json } => {
            let journal = encryption::load_journal(&path)?;
            let listed: Vec<ListedExperiment> = journal
                .experiments()
                .iter()
                .map(|experiment| ListedExperiment::of(&journal, experiment, clock.today()))
                .collect();
            if json {
                return Ok(serde_json::to_string_pretty(&listed)? + "\n");
            }
            if listed.is_empty() {
                return Ok("No experiments yet. Make one from a setback's lesson: kintsugi experiment add --setback ID --text … --by YYYY-MM-DD\n".to_owned());
            }
            let mut text = String::new();
            for item in &listed {
                let _ = writeln!(
                    text,
                    "{}  {:<8} {}  ({}; from “{}”)",
                    &item.id.to_string()[..8],
                    item.status,
                    item.text,
                    item.when,
                    item.setback_title
                );
            }
            Ok(text)
        }
    }
}

/// One experiment as `experiment list --json` prints it.
#[derive(Debug, Serialize)]
struct ListedExperiment {
    id: ExperimentId,
    setback: SetbackId,
    setback_title: String,
    text: String,
    /// `by` date, when dated.
    by: Option<NaiveDate>,
    /// The situation, when it waits for one.
    situation: Option<String>,
    when: String,
    skill: Option<String>,
    created: NaiveDate,
    /// open, due, tried or dropped.
    status: &'static str,
    tried_on: Option<NaiveDate>,
    outcome: Option<&'static str>,
    note: Option<String>,
    dropped_on: Option<NaiveDate>,
    why: Option<String>,
    ask_again_on: Option<NaiveDate>,
}

impl ListedExperiment {
    fn of(journal: &Journal, experiment: &Experiment, today: NaiveDate) -> Self {
        let (status, note, why) = match &experiment.status {
            ExperimentStatus::Open if experiment.is_due(today) => ("due", None, None),
            ExperimentStatus::Open => ("open", None, None),
            ExperimentStatus::Tried { note, .. } => ("tried", Some(note.clone()), None),
            ExperimentStatus::Dropped { why, .. } => ("dropped", None, Some(why.clone())),
        };
        ListedExperiment {
            id: experiment.id,
            setback: experiment.setback,
            setback_title: journal
                .setback(experiment.setback)
                .map(|setback| setback.title.clone())
                .unwrap_or_default(),
            text: experiment.text.clone(),
            by: experiment.by(),
            situation: experiment.situation().map(str::to_owned),
            when: experiment.when_in_english(),
            skill: experiment
                .skill
                .and_then(|id| journal.skill(id))
                .map(|skill| skill.name.clone()),
            created: experiment.created_on,
            status,
            tried_on: experiment.tried_on(),
            outcome: experiment.outcome().map(Outcome::key),
            note,
            dropped_on: experiment.dropped_on(),
            why,
            ask_again_on: experiment.ask_again_on,
        }
    }
}

/// `kintsugi review --week YYYY-Www`: the week as the review page shows it.
pub fn run_review(week: &str, json: bool, data: Option<&Path>) -> anyhow::Result<String> {
    let (monday, sunday) = parse_iso_week(week).map_err(|message| anyhow!("--week: {message}"))?;
    let path = journal_path(data)?;
    let journal = encryption::load_journal(&path)?;
    let range = DateRange::new(monday, sunday)?;
    let week = WeekInReview::of(&journal, range);
    if json {
        return Ok(serde_json::to_string_pretty(&week)? + "\n");
    }
    Ok(review_text(&week))
}

fn review_text(week: &WeekInReview) -> String {
    let mut text = String::new();
    let _ = writeln!(text, "Week of {} to {}", week.from, week.to);
    let mean = |value: Option<f64>| value.map_or_else(|| "–".to_owned(), |v| format!("{v:.1}"));
    for rating in &week.ratings {
        let _ = writeln!(
            text,
            "  {:<15} {} ({} days); the week before {} ({} days)",
            rating.rating,
            mean(rating.mean),
            rating.days,
            mean(rating.previous_mean),
            rating.previous_days
        );
    }
    let mut section = |title: &str, lines: Vec<String>| {
        if !lines.is_empty() {
            let _ = writeln!(text, "{title}:");
            for line in lines {
                let _ = writeln!(text, "  - {line}");
            }
        }
    };
    let setback_line = |setback: &crate::insights::SetbackInReview| {
        if setback.next_step.is_empty() {
            format!("{} {} ({})", setback.date, setback.title, setback.status)
        } else {
            format!(
                "{} {} ({}) — next: {}",
                setback.date, setback.title, setback.status, setback.next_step
            )
        }
    };
    section("Setbacks", week.setbacks.iter().map(setback_line).collect());
    section(
        "Still open",
        week.still_open.iter().map(setback_line).collect(),
    );
    section(
        "Experiments due",
        week.experiments_due
            .iter()
            .map(|e| format!("{} ({})", e.text, e.when))
            .collect(),
    );
    section(
        "Experiments tried",
        week.experiments_tried
            .iter()
            .map(|e| format!("{} — {}", e.text, e.status))
            .collect(),
    );
    section(
        "Feedback",
        week.feedback
            .iter()
            .map(|f| format!("{}: {} (on “{}”)", f.from, f.insight, f.setback))
            .collect(),
    );
    section("Lessons", week.lessons.clone());
    if let Some(review) = &week.review {
        let mut lines = Vec::new();
        if !review.went_well.is_empty() {
            lines.push(format!("Went well: {}", review.went_well));
        }
        if !review.lesson.is_empty() {
            lines.push(format!("Carried on: {}", review.lesson));
        }
        if let Some(rating) = review.rating {
            lines.push(format!("Rated the week {rating}/10"));
        }
        section("Review", lines);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_weeks_are_read_as_monday_to_sunday() {
        let day = |text: &str| text.parse::<NaiveDate>().unwrap_or_default();
        assert_eq!(
            parse_iso_week("2026-W49"),
            Ok((day("2026-11-30"), day("2026-12-06")))
        );
        assert_eq!(
            parse_iso_week("2027-W01"),
            Ok((day("2027-01-04"), day("2027-01-10")))
        );
        assert!(parse_iso_week("2026-W54").is_err());
        assert!(parse_iso_week("2026-12-01").is_err());
    }
}
