//! Daylio's CSV export: `full_date,date,weekday,time,mood,activities,note_title,note` (other
//! columns are ignored). The five default moods become mood ratings (rad 10, good 8, meh 6,
//! bad 4, awful 2) unless the user maps them, and so do the user's own mood names once mapped
//! to a rating (names compared whatever their case); several entries on one
//! day become one check-in with the mean mood rounded half up; activities become tags; the note
//! title and note become the note.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

use super::kintsugi_csv::CheckInRow;
use super::{ImportError, Table};
use crate::model::{CheckIn, CheckInId, Rating, Ratings};

/// True when the header is Daylio's.
pub fn looks_like(table: &Table) -> bool {
    table.has("full_date") && table.has("mood")
}

/// The rating of a mood name: the user's mapping first, then Daylio's five built-in moods.
fn mood_rating(label: &str, moods: &BTreeMap<String, u8>) -> Option<u8> {
    let name = label.trim().to_lowercase();
    if let Some(rating) = moods.get(&name) {
        return Some(*rating);
    }
    match name.as_str() {
        "rad" => Some(10),
        "good" => Some(8),
        "meh" => Some(6),
        "bad" => Some(4),
        "awful" => Some(2),
        _ => None,
    }
}

fn entry_time(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    NaiveTime::parse_from_str(text, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(&text.to_uppercase(), "%I:%M %p"))
        .ok()
}

struct Entry {
    time: Option<NaiveTime>,
    order: usize,
    mood: u8,
    tags: Vec<String>,
    note: String,
}

/// Reads a Daylio export into one check-in per day (without ids: they are new entries, or
/// replace the day's check-in).
pub fn read(
    table: &Table,
    moods: &BTreeMap<String, u8>,
    now: DateTime<Utc>,
) -> Result<Vec<CheckInRow>, ImportError> {
    table.require(&["full_date", "mood"])?;
    let mut days: BTreeMap<NaiveDate, Vec<Entry>> = BTreeMap::new();
    let mut unknown: Vec<(String, Vec<u64>)> = Vec::new();
    for (order, row) in table.rows().enumerate() {
        let row = row?;
        let date = row
            .parse("full_date", |text| {
                NaiveDate::parse_from_str(text, "%Y-%m-%d")
                    .map_err(|_| "not a date (YYYY-MM-DD)".to_owned())
            })?
            .ok_or_else(|| row.error("full_date", "a date is required"))?;
        let label = row.text("mood").trim().to_owned();
        let Some(mood) = mood_rating(&label, moods) else {
            let same = |mood: &str| mood.to_lowercase() == label.to_lowercase();
            match unknown.iter_mut().find(|(mood, _)| same(mood)) {
                Some((_, lines)) => lines.push(row.line),
                None => unknown.push((label, vec![row.line])),
            }
            continue;
        };
        let tags = row
            .text("activities")
            .split(" | ")
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect();
        let title = row.text("note_title").trim();
        let body = row
            .text("note")
            .replace("<br/>", "\n")
            .replace("<br>", "\n");
        let note = [title, body.trim()]
            .iter()
            .filter(|part| !part.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join("\n");
        let entry = Entry {
            time: entry_time(row.text("time")),
            order,
            mood,
            tags,
            note,
        };
        days.entry(date).or_default().push(entry);
    }
    if !unknown.is_empty() {
        return Err(ImportError::UnknownMoods {
            path: table.path.clone(),
            moods: unknown,
        });
    }
    Ok(days
        .into_iter()
        .filter_map(|(date, mut entries)| {
            // Daylio lists the newest entry first; without times, file order is reversed.
            entries.sort_by_key(|entry| (entry.time, std::cmp::Reverse(entry.order)));
            let count = u32::try_from(entries.len()).ok()?.max(1);
            let sum: u32 = entries.iter().map(|entry| u32::from(entry.mood)).sum();
            // Mean rounded half up, in whole numbers: floor(sum / count + 1/2).
            let mood = u8::try_from((2 * sum + count) / (2 * count)).ok()?;
            let mut tags: Vec<String> = Vec::new();
            for tag in entries.iter().flat_map(|entry| entry.tags.iter()) {
                if !tags.iter().any(|known| known.eq_ignore_ascii_case(tag)) {
                    tags.push(tag.clone());
                }
            }
            let note = entries
                .iter()
                .map(|entry| entry.note.as_str())
                .filter(|n| !n.is_empty())
                .collect::<Vec<_>>()
                .join("\n\n");
            Some(CheckInRow {
                check_in: CheckIn {
                    id: CheckInId::random(),
                    date,
                    ratings: Ratings {
                        mood: Rating::try_from(mood).ok(),
                        ..Ratings::default()
                    },
                    note,
                    tags,
                    created_at: now,
                    updated_at: now,
                },
                had_id: false,
            })
        })
        .collect())
}
