//! `kintsugi setback add`: a setback logged from a script, with its contributing factors and
//! lessons; the new id alone on stdout.

use std::path::Path;

use anyhow::{Context as _, anyhow};
use chrono::NaiveDate;
use clap::Args;

use super::{journal_path, parse_date, write_journal};
use crate::clock::Clock;
use crate::model::{Category, NewSetback, Severity};

/// Arguments of `setback add`.
#[derive(Debug, Args)]
pub struct SetbackAddArgs {
    /// The day it happened.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: NaiveDate,
    /// A short title.
    #[arg(long, value_name = "TEXT")]
    title: String,
    /// Work, Project, Career, Relationship, Learning, Health, Other, or your own.
    #[arg(long, value_name = "NAME")]
    category: String,
    /// Severity, 1–5.
    #[arg(long, value_name = "N")]
    severity: Severity,
    /// Mark it as a micro-failure.
    #[arg(long)]
    micro: bool,
    /// A skill it taught (repeat for several; new names become new skills).
    #[arg(long = "skill", value_name = "NAME")]
    skills: Vec<String>,
    /// A contributing factor (repeat for several).
    #[arg(long = "factor", value_name = "TEXT")]
    factors: Vec<String>,
    /// A lesson learned (repeat for several).
    #[arg(long = "lesson", value_name = "TEXT")]
    lessons: Vec<String>,
}

/// `setback add`: logs the setback with its factors and lessons; prints its id alone.
pub(super) fn add_setback(
    args: SetbackAddArgs,
    data: Option<&Path>,
    clock: &Clock,
) -> anyhow::Result<String> {
    let SetbackAddArgs {
        date,
        title,
        category,
        severity,
        micro,
        skills,
        factors,
        lessons,
    } = args;
    let path = journal_path(data)?;
    let category = Category::from_name(&category)
        .ok_or_else(|| anyhow!("--category: give a category name, e.g. Work"))?;
    let new = NewSetback {
        date,
        title,
        category,
        severity,
        micro_failure: micro,
        skill_names: skills,
    };
    let id = write_journal(&path, clock, |journal| {
        let id = journal
            .add_setback(new, clock.today(), clock.now())
            .with_context(|| format!("setback on {date} refused"))?;
        if !factors.is_empty() || !lessons.is_empty() {
            let mut setback = journal
                .setback(id)
                .cloned()
                .ok_or_else(|| anyhow!("the new setback went missing"))?;
            let given = |items: Vec<String>| -> Vec<String> {
                items
                    .into_iter()
                    .map(|item| item.trim().to_owned())
                    .filter(|item| !item.is_empty())
                    .collect()
            };
            setback.reflection.contributing_factors = given(factors);
            setback.reflection.lessons = given(lessons);
            journal
                .upsert_setback(setback, clock.today(), clock.now())
                .with_context(|| format!("setback on {date} refused"))?;
        }
        Ok(id)
    })?;
    // The id alone on stdout, for scripts (`id=$(kintsugi setback add …)`).
    eprintln!("Logged setback {id} on {date} in {}", path.display());
    Ok(format!("{id}\n"))
}
