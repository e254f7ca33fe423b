//! `experiments.csv` and `reviews.csv` of Kintsugi's own CSV format (SPEC §4): every field of an
//! experiment and of a weekly review, an empty cell for no value. An experiment names its
//! setback by id and the skill it trains by name, as `setbacks.csv` names skills.

use chrono::{DateTime, NaiveDate, Utc};

use super::kintsugi_csv::{timestamp, write_table};
use super::{ImportError, Row, Table};
use crate::model::{
    Experiment, ExperimentId, ExperimentStatus, Journal, Outcome, Review, ReviewId, SetbackId,
    TryWhen,
};

/// Columns of `experiments.csv`, in order. `by` and `situation` hold the *when* (one of them);
/// `tried_on`, `outcome` and `note` belong to a tried experiment, `dropped_on` and `why` to a
/// dropped one.
pub const EXPERIMENT_COLUMNS: [&str; 16] = [
    "created_on",
    "setback",
    "text",
    "by",
    "situation",
    "skill",
    "status",
    "tried_on",
    "outcome",
    "note",
    "dropped_on",
    "why",
    "ask_again_on",
    "id",
    "created_at",
    "updated_at",
];

/// Columns of `reviews.csv`, in order.
pub const REVIEW_COLUMNS: [&str; 8] = [
    "from",
    "to",
    "rating",
    "went_well",
    "lesson",
    "id",
    "created_at",
    "updated_at",
];

fn day(date: Option<NaiveDate>) -> String {
    date.map_or_else(String::new, |date| date.to_string())
}

/// The bytes of `experiments.csv`, experiments in the journal's order.
pub fn export_experiments(journal: &Journal) -> Result<Vec<u8>, csv::Error> {
    write_table(
        EXPERIMENT_COLUMNS,
        journal.experiments().iter().map(|e| {
            let skill = e
                .skill
                .and_then(|id| journal.skill(id))
                .map_or_else(String::new, |skill| skill.name.clone());
            let (status, outcome, note, why) = match &e.status {
                ExperimentStatus::Open => ("open", "", String::new(), String::new()),
                ExperimentStatus::Tried { outcome, note, .. } => {
                    ("tried", outcome.key(), note.clone(), String::new())
                }
                ExperimentStatus::Dropped { why, .. } => {
                    ("dropped", "", String::new(), why.clone())
                }
            };
            [
                e.created_on.to_string(),
                e.setback.to_string(),
                e.text.clone(),
                day(e.by()),
                e.situation().unwrap_or_default().to_owned(),
                skill,
                status.to_owned(),
                day(e.tried_on()),
                outcome.to_owned(),
                note,
                day(e.dropped_on()),
                why,
                day(e.ask_again_on),
                e.id.to_string(),
                timestamp(e.created_at),
                timestamp(e.updated_at),
            ]
        }),
    )
}

/// The bytes of `reviews.csv`, reviews in the journal's order.
pub fn export_reviews(journal: &Journal) -> Result<Vec<u8>, csv::Error> {
    write_table(
        REVIEW_COLUMNS,
        journal.reviews().iter().map(|r| {
            [
                r.from.to_string(),
                r.to.to_string(),
                r.rating
                    .map_or_else(String::new, |rating| rating.get().to_string()),
                r.went_well.clone(),
                r.lesson.clone(),
                r.id.to_string(),
                timestamp(r.created_at),
                timestamp(r.updated_at),
            ]
        }),
    )
}

/// An experiment read from a row; its skill is still a name, and its setback an id that the
/// merge checks.
#[derive(Debug, Clone)]
pub struct ExperimentRow {
    /// Where it came from.
    pub line: u64,
    /// The experiment without its skill link.
    pub experiment: Experiment,
    /// The name of the skill it trains, if any.
    pub skill_name: Option<String>,
    /// Whether the row carried an id.
    pub had_id: bool,
}

/// A review read from a row.
#[derive(Debug, Clone)]
pub struct ReviewRow {
    /// The review (a fresh id when the row had none).
    pub review: Review,
    /// Whether the row carried an id.
    pub had_id: bool,
}

/// Fails when any of `columns` holds something: they do not belong to the status `status`.
fn nothing_in(row: &Row<'_>, columns: &[&str], status: &str) -> Result<(), ImportError> {
    match columns
        .iter()
        .find(|column| !row.text(column).trim().is_empty())
    {
        Some(column) => Err(row.error(
            column,
            &format!("an experiment with the status {status} has no {column}"),
        )),
        None => Ok(()),
    }
}

fn status(row: &Row<'_>) -> Result<ExperimentStatus, ImportError> {
    match row.text("status").trim().to_lowercase().as_str() {
        "" | "open" => {
            nothing_in(
                row,
                &["tried_on", "outcome", "note", "dropped_on", "why"],
                "open",
            )?;
            Ok(ExperimentStatus::Open)
        }
        "tried" => {
            nothing_in(row, &["dropped_on", "why"], "tried")?;
            let on = row
                .date("tried_on")?
                .ok_or_else(|| row.error("tried_on", "a tried experiment needs the day"))?;
            let outcome = row
                .parse("outcome", |text| {
                    Outcome::from_key(text).ok_or_else(|| "not worked, partly or didnt".to_owned())
                })?
                .ok_or_else(|| {
                    row.error(
                        "outcome",
                        "a tried experiment needs how it went: worked, partly or didnt",
                    )
                })?;
            Ok(ExperimentStatus::Tried {
                on,
                outcome,
                note: row.text("note").to_owned(),
            })
        }
        "dropped" => {
            nothing_in(row, &["tried_on", "outcome", "note"], "dropped")?;
            let on = row
                .date("dropped_on")?
                .ok_or_else(|| row.error("dropped_on", "a dropped experiment needs the day"))?;
            Ok(ExperimentStatus::Dropped {
                on,
                why: row.text("why").to_owned(),
            })
        }
        other => Err(row.error(
            "status",
            &format!("“{other}” is not open, tried or dropped"),
        )),
    }
}

fn when(row: &Row<'_>) -> Result<TryWhen, ImportError> {
    let by = row.date("by")?;
    let situation = row.text("situation").trim();
    match (by, situation.is_empty()) {
        (Some(_), false) => Err(row.error(
            "situation",
            "give a date to try it by or a situation, not both",
        )),
        (Some(by), true) => Ok(TryWhen::By(by)),
        (None, false) => Ok(TryWhen::Situation(situation.to_owned())),
        (None, true) => Err(row.error(
            "by",
            "say when to try it: a date (by) or a situation (\"next time I present\")",
        )),
    }
}

/// Reads `experiments.csv`. Links are checked when the rows are merged.
pub fn read_experiments(
    table: &Table,
    now: DateTime<Utc>,
) -> Result<Vec<ExperimentRow>, ImportError> {
    table.require(&["created_on", "setback", "text"])?;
    table
        .rows()
        .map(|row| {
            let row = row?;
            let text = row.text("text").trim().to_owned();
            if text.is_empty() {
                return Err(row.error(
                    "text",
                    "an experiment needs one sentence of what you will try",
                ));
            }
            let setback = row.uuid("setback")?.ok_or_else(|| {
                row.error("setback", "the id of the setback it comes from is required")
            })?;
            let skill_name =
                Some(row.text("skill").trim().to_owned()).filter(|name| !name.is_empty());
            let id = row.uuid("id")?;
            let experiment = Experiment {
                id: id.map_or_else(ExperimentId::random, ExperimentId),
                setback: SetbackId(setback),
                text,
                when: when(&row)?,
                skill: None,
                created_on: row.required_date("created_on")?,
                status: status(&row)?,
                ask_again_on: row.date("ask_again_on")?,
                created_at: row.timestamp("created_at", now)?,
                updated_at: row.timestamp("updated_at", now)?,
            };
            Ok(ExperimentRow {
                line: row.line,
                experiment,
                skill_name,
                had_id: id.is_some(),
            })
        })
        .collect()
}

/// Reads `reviews.csv`.
pub fn read_reviews(table: &Table, now: DateTime<Utc>) -> Result<Vec<ReviewRow>, ImportError> {
    table.require(&["from", "to"])?;
    table
        .rows()
        .map(|row| {
            let row = row?;
            let from = row.required_date("from")?;
            let to = row.required_date("to")?;
            if from > to {
                return Err(row.error(
                    "to",
                    &format!("the review ends on {to}, before it starts ({from})"),
                ));
            }
            let id = row.uuid("id")?;
            Ok(ReviewRow {
                review: Review {
                    id: id.map_or_else(ReviewId::random, ReviewId),
                    from,
                    to,
                    went_well: row.text("went_well").to_owned(),
                    lesson: row.text("lesson").to_owned(),
                    rating: row.rating("rating")?,
                    created_at: row.timestamp("created_at", now)?,
                    updated_at: row.timestamp("updated_at", now)?,
                },
                had_id: id.is_some(),
            })
        })
        .collect()
}
