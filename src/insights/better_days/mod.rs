//! What goes with better days and faster recovery (SPEC §3.2): comparisons of the days carrying
//! a tag with the days that do not, the ratings by weekday, bounce-back by setback category, and
//! how much one day's mood carries into the next. Comparisons only: nothing here says why.

mod carry_over;
mod categories;
mod tags;
mod weekdays;
mod words;

use serde::Serialize;

pub use carry_over::{CARRY_OVER_MIN_PAIRS, MoodCarryOver, mood_carry_over};
pub use categories::{CATEGORY_MIN_BOUNCE_BACKS, CategoryRecovery, recovery_by_category};
pub use tags::{TAG_MIN_DAYS, TagComparison, tag_comparisons};
pub use weekdays::{WeekdayMean, WeekdayMeans, weekday_full_name, weekday_means};
pub use words::{BetterDaysText, SMALLEST_LISTED_DIFFERENCE, weekday_profile_words};

use super::{DateRange, MoodHistory};
use crate::model::Journal;

/// Every figure of SPEC §3.2 for one range, under the keys `stats --json` uses.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BetterDays {
    /// Tag comparisons for each rating, in the order SPEC §3.2 lists them.
    pub tag_comparisons: Vec<TagComparison>,
    /// Each rating's mean on each weekday.
    pub weekday_means: WeekdayMeans,
    /// Median bounce-back of each category with at least two values.
    pub recovery_by_category: Vec<CategoryRecovery>,
    /// The correlation of each day's mood with the day before's.
    pub mood_carry_over: MoodCarryOver,
}

impl BetterDays {
    /// All of §3.2 over `range`; bounce-backs come from `moods`, built from the whole journal.
    pub fn of(journal: &Journal, range: DateRange, moods: &MoodHistory) -> Self {
        Self {
            tag_comparisons: tag_comparisons(journal, range),
            weekday_means: weekday_means(journal, range),
            recovery_by_category: recovery_by_category(journal, range, moods),
            mood_carry_over: mood_carry_over(journal, range),
        }
    }
}

/// Mean of a sum over a count; `None` for no values.
fn mean_of(sum: f64, count: usize) -> Option<f64> {
    (count > 0).then(|| sum / count as f64)
}

#[cfg(test)]
mod test_days {
    use chrono::{NaiveDate, Utc};

    use crate::model::{CheckInInput, Journal, Rating, Ratings};

    /// A day of a week of March 2027 that starts on Monday the 1st.
    pub fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 3, d).unwrap()
    }

    /// One check-in for the tests: day, optional mood, resilience and growth mindset, tags.
    pub struct Entry<'a>(
        pub u32,
        pub Option<u8>,
        pub Option<u8>,
        pub Option<u8>,
        pub &'a [&'a str],
    );

    /// A journal holding the given check-ins.
    pub fn journal(entries: &[Entry<'_>]) -> Journal {
        let mut journal = Journal::default();
        for Entry(d, mood, resilience, mindset, tags) in entries {
            let rating = |value: &Option<u8>| value.and_then(|v| Rating::try_from(v).ok());
            let input = CheckInInput {
                ratings: Ratings {
                    mood: rating(mood),
                    resilience: rating(resilience),
                    growth_mindset: rating(mindset),
                },
                note: if tags.is_empty()
                    && mood.is_none()
                    && resilience.is_none()
                    && mindset.is_none()
                {
                    "words only".to_owned()
                } else {
                    String::new()
                },
                tags: tags.iter().map(|tag| (*tag).to_owned()).collect(),
            };
            journal
                .upsert_check_in(day(*d), &input, NaiveDate::MAX, Utc::now())
                .unwrap();
        }
        journal
    }

    /// A mood-only entry.
    pub fn mood<'a>(d: u32, mood: u8, tags: &'a [&'a str]) -> Entry<'a> {
        Entry(d, Some(mood), None, None, tags)
    }
}
