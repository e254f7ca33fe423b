//! Kintsugi's own CSV format (SPEC §4): `checkins.csv`, `setbacks.csv` and `skills.csv` in one
//! folder, beside `experiments.csv` and `reviews.csv` (see [`super::practice_csv`]). RFC 4180
//! quoting, UTF-8, an empty cell is no value. Lists inside a cell are `;`-separated (see
//! [`super::lists`]); empty list items are not represented.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use csv::StringRecord;

use super::{ImportError, Row, Table};
use super::{lists, practice_csv};
use crate::model::{
    Category, CheckIn, CheckInId, Feedback, FeedbackSource, Journal, LevelChange, Rating, Ratings,
    Reflection, Setback, SetbackId, SetbackStatus, Severity, Skill, SkillId, SkillLevel,
};

/// Columns of `checkins.csv`, in order.
pub const CHECKIN_COLUMNS: [&str; 9] = [
    "date",
    "mood",
    "resilience",
    "growth_mindset",
    "note",
    "tags",
    "id",
    "created_at",
    "updated_at",
];
/// Columns of `setbacks.csv`, in order.
pub const SETBACK_COLUMNS: [&str; 16] = [
    "date",
    "title",
    "category",
    "severity",
    "micro",
    "skills",
    "status",
    "recovered_on",
    "what_happened",
    "contributing_factors",
    "do_differently",
    "feedback",
    "lessons",
    "id",
    "created_at",
    "updated_at",
];
/// Columns of `skills.csv`, in order. `level` is the current level, for reading; the history is
/// what is imported.
pub const SKILL_COLUMNS: [&str; 9] = [
    "name",
    "category",
    "level",
    "level_history",
    "first_acquired",
    "notes",
    "id",
    "created_at",
    "updated_at",
];

/// A moment as the CSV files write it (RFC 3339, UTC, only the fractional digits it has).
pub(super) fn timestamp(value: DateTime<Utc>) -> String {
    value.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
}

fn non_empty(items: &[String]) -> impl Iterator<Item = &String> {
    items.iter().filter(|item| !item.is_empty())
}

/// A CSV file's bytes: the header, then one record a row, CRLF line ends.
pub(super) fn write_table<const N: usize>(
    columns: [&str; N],
    rows: impl Iterator<Item = [String; N]>,
) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer.write_record(columns)?;
    for row in rows {
        writer.write_record(&row)?;
    }
    writer
        .into_inner()
        .map_err(|error| csv::Error::from(error.into_error()))
}

/// The five files' names and contents for a journal.
pub fn export(journal: &Journal) -> Result<[(&'static str, Vec<u8>); 5], csv::Error> {
    let rating = |r: Option<Rating>| r.map_or_else(String::new, |r| r.get().to_string());
    let check_ins = write_table(
        CHECKIN_COLUMNS,
        journal.check_ins().map(|c| {
            [
                c.date.to_string(),
                rating(c.ratings.mood),
                rating(c.ratings.resilience),
                rating(c.ratings.growth_mindset),
                c.note.clone(),
                lists::join(non_empty(&c.tags)),
                c.id.to_string(),
                timestamp(c.created_at),
                timestamp(c.updated_at),
            ]
        }),
    )?;
    let skill_name = |id: &SkillId| {
        journal
            .skill(*id)
            .map_or_else(String::new, |skill| skill.name.clone())
    };
    let setbacks = write_table(
        SETBACK_COLUMNS,
        journal.setbacks().iter().map(|s| {
            let (status, recovered_on) = match s.status {
                SetbackStatus::Open => ("open", String::new()),
                SetbackStatus::Reflected => ("reflected", String::new()),
                SetbackStatus::Recovered { on } => ("recovered", on.to_string()),
            };
            let feedback = s.reflection.feedback.iter().map(|f| {
                vec![
                    f.source.name().to_lowercase(),
                    f.name.clone().unwrap_or_default(),
                    f.insight.clone(),
                ]
            });
            [
                s.date.to_string(),
                s.title.clone(),
                s.category.name().to_owned(),
                s.severity.get().to_string(),
                s.micro_failure.to_string(),
                lists::join(s.skills.iter().map(skill_name)),
                status.to_owned(),
                recovered_on,
                s.reflection.what_happened.clone(),
                lists::join(non_empty(&s.reflection.contributing_factors)),
                s.reflection.do_differently.clone(),
                lists::join_records(feedback),
                lists::join(non_empty(&s.reflection.lessons)),
                s.id.to_string(),
                timestamp(s.created_at),
                timestamp(s.updated_at),
            ]
        }),
    )?;
    let skills = write_table(
        SKILL_COLUMNS,
        journal.skills().iter().map(|k| {
            let history = k
                .level_history
                .iter()
                .map(|change| format!("{}:{}", change.date, change.level.get()));
            [
                k.name.clone(),
                k.category.clone(),
                k.current_level()
                    .map_or_else(String::new, |level| level.get().to_string()),
                lists::join(history),
                k.first_acquired_override
                    .map_or_else(String::new, |day| day.to_string()),
                k.notes.clone(),
                k.id.to_string(),
                timestamp(k.created_at),
                timestamp(k.updated_at),
            ]
        }),
    )?;
    Ok([
        ("checkins.csv", check_ins),
        ("setbacks.csv", setbacks),
        ("skills.csv", skills),
        (
            "experiments.csv",
            practice_csv::export_experiments(journal)?,
        ),
        ("reviews.csv", practice_csv::export_reviews(journal)?),
    ])
}

/// A check-in read from a row, with or without an id.
#[derive(Debug, Clone)]
pub struct CheckInRow {
    /// The check-in (a fresh id when the row had none).
    pub check_in: CheckIn,
    /// Whether the row carried an id.
    pub had_id: bool,
}

/// A setback read from a row; skills are still names.
#[derive(Debug, Clone)]
pub struct SetbackRow {
    /// The setback without skill links.
    pub setback: Setback,
    /// Names of the skills it links.
    pub skill_names: Vec<String>,
    /// Whether the row carried an id.
    pub had_id: bool,
}

/// A skill read from a row.
#[derive(Debug, Clone)]
pub struct SkillRow {
    /// Where it came from.
    pub line: u64,
    /// The skill.
    pub skill: Skill,
    /// Whether the row carried an id.
    pub had_id: bool,
}

impl Row<'_> {
    /// A `YYYY-MM-DD` cell; empty is `None`.
    pub(super) fn date(&self, column: &str) -> Result<Option<NaiveDate>, ImportError> {
        self.parse(column, |text| {
            NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .map_err(|_| "not a date (YYYY-MM-DD)".to_owned())
        })
    }

    /// A `YYYY-MM-DD` cell that must be there.
    pub(super) fn required_date(&self, column: &str) -> Result<NaiveDate, ImportError> {
        self.date(column)?
            .ok_or_else(|| self.error(column, "a date is required"))
    }

    /// An RFC 3339 cell, or `default` when it is empty.
    pub(super) fn timestamp(
        &self,
        column: &str,
        default: DateTime<Utc>,
    ) -> Result<DateTime<Utc>, ImportError> {
        let parsed = self.parse(column, |text| {
            DateTime::parse_from_rfc3339(text)
                .map(|t| t.with_timezone(&Utc))
                .map_err(|_| "not an RFC 3339 time".to_owned())
        })?;
        Ok(parsed.unwrap_or(default))
    }

    /// An id cell; empty is `None`.
    pub(super) fn uuid(&self, column: &str) -> Result<Option<uuid::Uuid>, ImportError> {
        self.parse(column, |text| {
            uuid::Uuid::parse_str(text).map_err(|_| "not an id".to_owned())
        })
    }

    /// A 1–10 rating cell; empty is `None`.
    pub(super) fn rating(&self, column: &str) -> Result<Option<Rating>, ImportError> {
        self.parse(column, |text| {
            text.parse::<Rating>().map_err(|error| error.to_string())
        })
    }
}

/// Reads `checkins.csv`.
pub fn read_check_ins(table: &Table, now: DateTime<Utc>) -> Result<Vec<CheckInRow>, ImportError> {
    table.require(&["date"])?;
    table
        .rows()
        .map(|row| {
            let row = row?;
            let ratings = Ratings {
                mood: row.rating("mood")?,
                resilience: row.rating("resilience")?,
                growth_mindset: row.rating("growth_mindset")?,
            };
            let note = row.text("note").to_owned();
            let tags = lists::split(row.text("tags"));
            // A day may hold only words (a note, tags); a row with nothing at all is refused.
            if !ratings.any_given() && note.trim().is_empty() && tags.is_empty() {
                return Err(row.error(
                    "mood",
                    "a check-in needs a rating (mood, resilience, growth_mindset), a note or a tag",
                ));
            }
            let id = row.uuid("id")?;
            Ok(CheckInRow {
                check_in: CheckIn {
                    id: id.map_or_else(CheckInId::random, CheckInId),
                    date: row.required_date("date")?,
                    ratings,
                    note,
                    tags,
                    created_at: row.timestamp("created_at", now)?,
                    updated_at: row.timestamp("updated_at", now)?,
                },
                had_id: id.is_some(),
            })
        })
        .collect()
}

/// Reads `setbacks.csv`.
pub fn read_setbacks(table: &Table, now: DateTime<Utc>) -> Result<Vec<SetbackRow>, ImportError> {
    table.require(&["date", "title", "category", "severity", "micro", "skills"])?;
    table
        .rows()
        .map(|row| {
            let row = row?;
            let title = row.text("title").trim().to_owned();
            if title.is_empty() {
                return Err(row.error("title", "a setback needs a title"));
            }
            let category = Category::from_name(row.text("category"))
                .ok_or_else(|| row.error("category", "a category is required"))?;
            let severity = row
                .parse("severity", |text| {
                    text.parse::<Severity>().map_err(|error| error.to_string())
                })?
                .ok_or_else(|| row.error("severity", "a severity 1–5 is required"))?;
            let micro_failure = match row.text("micro").trim().to_lowercase().as_str() {
                "true" => true,
                "false" | "" => false,
                other => return Err(row.error("micro", &format!("“{other}” is not true or false"))),
            };
            let status = match row.text("status").trim().to_lowercase().as_str() {
                "" | "open" => SetbackStatus::Open,
                "reflected" => SetbackStatus::Reflected,
                "recovered" => SetbackStatus::Recovered {
                    on: row.date("recovered_on")?.ok_or_else(|| {
                        row.error("recovered_on", "a recovered setback needs the day")
                    })?,
                },
                other => {
                    return Err(row.error(
                        "status",
                        &format!("“{other}” is not open, reflected or recovered"),
                    ));
                }
            };
            let feedback = lists::split_records(row.text("feedback"))
                .into_iter()
                .map(|parts| {
                    let mut parts = parts.into_iter();
                    let source_text = parts.next().unwrap_or_default();
                    let source = FeedbackSource::ALL
                        .into_iter()
                        .find(|source| source.name().eq_ignore_ascii_case(source_text.trim()))
                        .ok_or_else(|| {
                            row.error(
                                "feedback",
                                &format!(
                                    "“{source_text}” is not mentor, peer, client, manager or other"
                                ),
                            )
                        })?;
                    let name = parts.next().filter(|name| !name.is_empty());
                    let insight = parts.next().unwrap_or_default();
                    Ok(Feedback {
                        source,
                        name,
                        insight,
                    })
                })
                .collect::<Result<Vec<_>, ImportError>>()?;
            let id = row.uuid("id")?;
            let setback = Setback {
                id: id.map_or_else(SetbackId::random, SetbackId),
                date: row.required_date("date")?,
                title,
                category,
                severity,
                micro_failure,
                reflection: Reflection {
                    what_happened: row.text("what_happened").to_owned(),
                    contributing_factors: lists::split(row.text("contributing_factors")),
                    do_differently: row.text("do_differently").to_owned(),
                    feedback,
                    lessons: lists::split(row.text("lessons")),
                },
                skills: Vec::new(),
                status,
                created_at: row.timestamp("created_at", now)?,
                updated_at: row.timestamp("updated_at", now)?,
            };
            Ok(SetbackRow {
                setback,
                skill_names: lists::split(row.text("skills")),
                had_id: id.is_some(),
            })
        })
        .collect()
}

/// Reads `skills.csv`.
pub fn read_skills(table: &Table, now: DateTime<Utc>) -> Result<Vec<SkillRow>, ImportError> {
    table.require(&["name"])?;
    table
        .rows()
        .map(|row| {
            let row = row?;
            let name = row.text("name").trim().to_owned();
            if name.is_empty() {
                return Err(row.error("name", "a skill needs a name"));
            }
            let level_history = lists::split(row.text("level_history"))
                .iter()
                .map(|entry| {
                    let parsed = entry.split_once(':').and_then(|(day, level)| {
                        let day = NaiveDate::parse_from_str(day.trim(), "%Y-%m-%d").ok()?;
                        let level = level.trim().parse::<SkillLevel>().ok()?;
                        Some(LevelChange { date: day, level })
                    });
                    parsed.ok_or_else(|| {
                        row.error(
                            "level_history",
                            &format!("“{entry}” is not DATE:LEVEL with a level 1–5"),
                        )
                    })
                })
                .collect::<Result<Vec<_>, ImportError>>()?;
            let id = row.uuid("id")?;
            let skill = Skill {
                id: id.map_or_else(SkillId::random, SkillId),
                name,
                category: row.text("category").to_owned(),
                first_acquired_override: row.date("first_acquired")?,
                level_history,
                notes: row.text("notes").to_owned(),
                created_at: row.timestamp("created_at", now)?,
                updated_at: row.timestamp("updated_at", now)?,
            };
            Ok(SkillRow {
                line: row.line,
                skill,
                had_id: id.is_some(),
            })
        })
        .collect()
}

/// Looks up a header's column positions by name.
pub fn header_index(headers: &StringRecord) -> HashMap<String, usize> {
    headers
        .iter()
        .enumerate()
        .map(|(index, name)| (name.trim().to_lowercase(), index))
        .collect()
}
