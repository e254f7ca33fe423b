//! Weekly reviews: a look back over the days since the last one, saved as an entry
//! (SPEC §1, Review; §2 item 7).

use chrono::{DateTime, Days, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::ids::ReviewId;
use super::scales::Rating;

/// The longest period a review covers: skipping weeks is fine, but a review looks back at most
/// four weeks.
pub const LONGEST_REVIEW_DAYS: u64 = 28;

/// One saved review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// Stable id.
    pub id: ReviewId,
    /// The first day it covers.
    pub from: NaiveDate,
    /// The last day it covers: the day it was made.
    pub to: NaiveDate,
    /// What went well.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub went_well: String,
    /// The one lesson carried into the next week.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lesson: String,
    /// An overall rating of the period, 1–10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    /// When it was made.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

impl Review {
    /// Every text of the review, for search.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        [self.went_well.as_str(), self.lesson.as_str()].into_iter()
    }

    /// True when the review holds nothing the user wrote or chose.
    pub fn is_blank(&self) -> bool {
        self.went_well.trim().is_empty() && self.lesson.trim().is_empty() && self.rating.is_none()
    }
}

/// The days a review made on `today` covers: from the day after the latest earlier review
/// (`previous_to`), at most [`LONGEST_REVIEW_DAYS`] days back, through `today`. Without an
/// earlier review, the last seven days.
pub fn review_period(previous_to: Option<NaiveDate>, today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let earliest = today
        .checked_sub_days(Days::new(LONGEST_REVIEW_DAYS - 1))
        .unwrap_or(today);
    let week = today.checked_sub_days(Days::new(6)).unwrap_or(today);
    let from = match previous_to.and_then(|to| to.succ_opt()) {
        Some(after) if after <= today => after.max(earliest),
        // Reviewed today already (or a review dated later): the same week again.
        Some(_) | None => week,
    };
    (from, today)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap_or_default()
    }

    #[test]
    fn a_review_covers_the_days_since_the_last_one_at_most_four_weeks() {
        let today = day("2026-12-06");
        assert_eq!(
            review_period(None, today),
            (day("2026-11-30"), today),
            "first review: the last seven days"
        );
        assert_eq!(
            review_period(Some(day("2026-11-29")), today),
            (day("2026-11-30"), today)
        );
        assert_eq!(
            review_period(Some(day("2026-11-15")), today),
            (day("2026-11-16"), today),
            "a skipped week is covered"
        );
        assert_eq!(
            review_period(Some(day("2026-01-04")), today),
            (day("2026-11-09"), today),
            "never more than 28 days"
        );
        assert_eq!(
            review_period(Some(today), today),
            (day("2026-11-30"), today)
        );
    }
}
