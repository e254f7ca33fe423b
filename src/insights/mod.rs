//! Figures about a date range of the journal, exactly as SPEC §3 defines them. Days without a
//! check-in are missing, never zero. Pure functions: no clock, no files, no UI.

mod attention;
mod better_days;
mod groups;
mod lessons;
mod patterns;
mod recovery;
mod series;
mod week;

use chrono::{Days, NaiveDate};
use serde::Serialize;

pub use attention::{REFLECT_AFTER_DAYS, RecoveryTrend, ready_to_reflect, skills_acquired};
pub use better_days::{
    BetterDays, BetterDaysText, CARRY_OVER_MIN_PAIRS, CATEGORY_MIN_BOUNCE_BACKS, CategoryRecovery,
    MoodCarryOver, SMALLEST_LISTED_DIFFERENCE, TAG_MIN_DAYS, TagComparison, WeekdayMean,
    WeekdayMeans, mood_carry_over, recovery_by_category, tag_comparisons, weekday_full_name,
    weekday_means, weekday_profile_words,
};
pub use groups::{
    Period, SetbackGroup, categories_in_range, group_size_class, lane_period, setback_groups,
};
pub use lessons::{
    LessonsIntoPractice, RecurringFactor, factor_echoes, lessons_into_practice, normalize_factor,
    recurring_factors,
};
pub use patterns::{MicroFailurePattern, micro_failure_patterns};
pub use recovery::{MoodHistory, SetbackRecovery, median};
pub use series::{
    Bucket, RatingSeries, Resolution, date_axis_label, date_axis_ticks, date_of_day_number,
    day_number, moving_average_7d, rating_series,
};
pub use week::{
    ExperimentInReview, FeedbackInReview, RatingAgainstBefore, SavedReview, SetbackInReview,
    WeekInReview,
};

use crate::model::{Journal, RatingScale};

/// An inclusive range of days, `from <= to` by construction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateRange {
    from: NaiveDate,
    to: NaiveDate,
}

/// A range whose start lies after its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the range starts ({from}) after it ends ({to})")]
pub struct ReversedRange {
    /// The start given.
    pub from: NaiveDate,
    /// The end given.
    pub to: NaiveDate,
}

impl DateRange {
    /// The days `from..=to`; fails when `from` is after `to`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use kintsugi::insights::DateRange;
    ///
    /// let day = |d| NaiveDate::from_ymd_opt(2024, 2, d).unwrap();
    /// assert_eq!(DateRange::new(day(1), day(29)).unwrap().day_count(), 29);
    /// assert!(DateRange::new(day(2), day(1)).is_err());
    /// ```
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Self, ReversedRange> {
        if from > to {
            Err(ReversedRange { from, to })
        } else {
            Ok(Self { from, to })
        }
    }

    /// The `days` days ending on `to` (at least one).
    pub fn ending(to: NaiveDate, days: u32) -> Self {
        let from = to - Days::new(u64::from(days.max(1) - 1));
        Self { from, to }
    }

    /// The range in English words, e.g. "3 Dec 2016 – 27 Nov 2026", as the command line
    /// writes it; screens, charts and reports use [`Self::translated_words`].
    pub fn words(self) -> String {
        format!(
            "{} – {}",
            self.from.format("%-d %b %Y"),
            self.to.format("%-d %b %Y")
        )
    }

    /// The range in the reader's language, e.g. "3 Dec 2016 – 27 Nov 2026" (titles and headers).
    pub fn translated_words(self) -> String {
        crate::t!(
            "insights-date-range",
            from = crate::i18n::date(self.from, crate::i18n::DateStyle::Short),
            to = crate::i18n::date(self.to, crate::i18n::DateStyle::Short)
        )
    }

    /// The range of the same length just before this one (for "vs the 91 days before"); the
    /// range itself when there are no days before it.
    #[must_use]
    pub fn previous(self) -> DateRange {
        let length = u64::from(self.day_count());
        self.from
            .checked_sub_days(chrono::Days::new(length))
            .and_then(|from| DateRange::new(from, self.from.pred_opt()?).ok())
            .unwrap_or(self)
    }

    /// First day.
    pub fn from(self) -> NaiveDate {
        self.from
    }

    /// Last day.
    pub fn to(self) -> NaiveDate {
        self.to
    }

    /// Number of days in the range (at least 1).
    pub fn day_count(self) -> u32 {
        (self.to - self.from).num_days() as u32 + 1
    }

    /// True when `date` lies in the range.
    pub fn contains(self, date: NaiveDate) -> bool {
        (self.from..=self.to).contains(&date)
    }
}

/// A number of days in English words: "1 day", "12 days", as `kintsugi stats` writes it;
/// screens and reports use [`translated_days`].
pub fn days_in_words(count: u64) -> String {
    in_english(|| translated_days(count))
}

/// A number of days in the reader's language: "1 day", "12 days" (screens, reports).
pub fn translated_days(count: u64) -> String {
    crate::t!("insights-days", count = count)
}

/// A trend per 30 days in words: "rising" from +0.2, "falling" from −0.2, else "steady".
pub fn trend_words(per_30_days: f64) -> String {
    if per_30_days >= 0.2 {
        crate::t!("insights-trend-rising")
    } else if per_30_days <= -0.2 {
        crate::t!("insights-trend-falling")
    } else {
        crate::t!("insights-trend-steady")
    }
}

/// A signed figure in the reader's way of writing decimals: "+0.5", "−" as "-0,5" in German.
pub fn signed_decimal(value: f64, places: usize) -> String {
    // Rounded first, and -0.0 made 0.0: a tiny fall is "+0.0", not "-0.0".
    let scale = 10_f64.powi(i32::try_from(places).unwrap_or(0));
    let value = (value * scale).round() / scale + 0.0;
    let written = crate::i18n::decimal(value, places);
    if written.starts_with('-') {
        written
    } else {
        format!("+{written}")
    }
}

/// A rating's name inside a sentence ("mood", "growth mindset"; German "Stimmung").
pub fn rating_in_sentence(scale: RatingScale) -> String {
    match scale {
        RatingScale::Mood => crate::t!("insights-rating-mood"),
        RatingScale::Resilience => crate::t!("insights-rating-resilience"),
        RatingScale::GrowthMindset => crate::t!("insights-rating-growth-mindset"),
    }
}

/// Runs `write` with this thread speaking English, then back in its own language: the words
/// `kintsugi stats` prints come from the same messages as the screen's, always in English.
pub(crate) fn in_english<T>(write: impl FnOnce() -> T) -> T {
    let own = crate::i18n::language();
    if own == crate::i18n::Language::English {
        return write();
    }
    crate::i18n::use_on_this_thread(crate::i18n::Language::English);
    let written = write();
    crate::i18n::use_on_this_thread(own);
    written
}

/// Mean and trend of one rating over a range.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RatingSummary {
    /// Mean over the check-ins that have this rating; `None` when there are none.
    pub mean: Option<f64>,
    /// Least-squares slope against the day number, times 30; `None` with fewer than two days.
    pub trend_per_30d: Option<f64>,
}

/// Mean and trend of one rating over a range.
pub fn rating_summary(journal: &Journal, range: DateRange, scale: RatingScale) -> RatingSummary {
    let points: Vec<(f64, f64)> = journal
        .check_ins_between(range.from, range.to)
        .filter_map(|check_in| {
            let rating = check_in.ratings.get(scale)?;
            let day = (check_in.date - range.from).num_days() as f64;
            Some((day, f64::from(rating.get())))
        })
        .collect();
    if points.is_empty() {
        return RatingSummary {
            mean: None,
            trend_per_30d: None,
        };
    }
    let count = points.len() as f64;
    let mean_day = points.iter().map(|(day, _)| day).sum::<f64>() / count;
    let mean = points.iter().map(|(_, value)| value).sum::<f64>() / count;
    // Check-ins are one per day, so two points means two distinct days.
    let trend_per_30d = (points.len() >= 2).then(|| {
        let covariance: f64 = points
            .iter()
            .map(|(day, value)| (day - mean_day) * (value - mean))
            .sum();
        let variance: f64 = points.iter().map(|(day, _)| (day - mean_day).powi(2)).sum();
        covariance / variance * 30.0
    });
    RatingSummary {
        mean: Some(mean),
        trend_per_30d,
    }
}

/// Days with a rated check-in divided by days in the range.
pub fn coverage(journal: &Journal, range: DateRange) -> f64 {
    let days = journal
        .rated_check_ins_between(range.from, range.to)
        .count();
    days as f64 / f64::from(range.day_count())
}

/// Consecutive days with a rated check-in ending at `range.to()` — or at the day before when
/// that day has none yet — counted within the range.
pub fn current_streak(journal: &Journal, range: DateRange) -> u32 {
    let mut day = range.to;
    if !journal
        .check_in(day)
        .is_some_and(crate::model::CheckIn::is_rated)
    {
        match day.pred_opt() {
            Some(previous) if previous >= range.from => day = previous,
            _ => return 0,
        }
    }
    let mut streak = 0;
    for check_in in journal.rated_check_ins_between(range.from, day).rev() {
        if check_in.date != day {
            break;
        }
        streak += 1;
        match day.pred_opt() {
            Some(previous) => day = previous,
            None => break,
        }
    }
    streak
}

/// The longest run of consecutive days with a rated check-in within the range.
pub fn longest_streak(journal: &Journal, range: DateRange) -> u32 {
    let mut longest = 0;
    let mut current = 0;
    let mut previous: Option<NaiveDate> = None;
    for check_in in journal.rated_check_ins_between(range.from, range.to) {
        current = match previous {
            Some(day) if day.succ_opt() == Some(check_in.date) => current + 1,
            _ => 1,
        };
        longest = longest.max(current);
        previous = Some(check_in.date);
    }
    longest
}

/// The figures `kintsugi stats` prints and the Progress screen's insights panel shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// First day of the range.
    pub from: NaiveDate,
    /// Last day of the range.
    pub to: NaiveDate,
    /// Check-ins in the range.
    pub check_ins: usize,
    /// Days with a check-in / days in the range.
    pub coverage: f64,
    /// Current streak ending at `to` (or the day before).
    pub current_streak: u32,
    /// Longest streak within the range.
    pub longest_streak: u32,
    /// Mood mean and trend.
    pub mood: RatingSummary,
    /// Resilience mean and trend.
    pub resilience: RatingSummary,
    /// Growth mindset mean and trend.
    pub growth_mindset: RatingSummary,
    /// Setbacks dated in the range.
    pub setbacks: usize,
    /// Micro-failures dated in the range.
    pub micro_failures: usize,
    /// Skills whose first-acquired date falls in the range.
    pub skills_acquired: usize,
    /// Median bounce-back over the range's setbacks that have one.
    pub bounce_back_days_median: Option<f64>,
    /// Each setback in the range with its bounce-back, by date.
    pub setback_recovery: Vec<SetbackRecovery>,
    /// Micro-failure patterns in the range.
    pub micro_failure_patterns: Vec<MicroFailurePattern>,
    /// What goes with better days and faster recovery (SPEC §3.2).
    #[serde(flatten)]
    pub better_days: BetterDays,
    /// Contributing factors that recur across the range's setbacks (SPEC §3.3).
    pub recurring_factors: Vec<RecurringFactor>,
    /// Experiments planned, tried and dropped, and how soon lessons were tried (SPEC §3.3).
    pub lessons_into_practice: LessonsIntoPractice,
}

/// Each setback dated in the range with its bounce-back (computed from all check-ins), by date.
pub fn setback_recovery(
    journal: &Journal,
    range: DateRange,
    moods: &MoodHistory,
) -> Vec<SetbackRecovery> {
    journal
        .setbacks()
        .iter()
        .filter(|setback| range.contains(setback.date))
        .map(|setback| SetbackRecovery {
            id: setback.id,
            date: setback.date,
            title: setback.title.clone(),
            bounce_back_days: moods.bounce_back_days(setback.date),
        })
        .collect()
}

/// All figures of `Stats` for one range.
pub fn stats(journal: &Journal, range: DateRange) -> Stats {
    stats_with(journal, range, &MoodHistory::of(journal))
}

/// All figures of `Stats` for one range, reusing a mood history built once for many ranges.
pub fn stats_with(journal: &Journal, range: DateRange, moods: &MoodHistory) -> Stats {
    let setback_recovery = setback_recovery(journal, range, moods);
    let bounce_backs: Vec<u32> = setback_recovery
        .iter()
        .filter_map(|r| r.bounce_back_days)
        .collect();
    let in_range = journal
        .setbacks()
        .iter()
        .filter(|setback| range.contains(setback.date));
    let (setbacks, micro_failures) = in_range.fold((0, 0), |(all, micro), setback| {
        (all + 1, micro + usize::from(setback.micro_failure))
    });
    let skills_acquired = journal
        .skills()
        .iter()
        .filter(|skill| {
            journal
                .first_acquired(skill)
                .is_some_and(|date| range.contains(date))
        })
        .count();
    Stats {
        from: range.from,
        to: range.to,
        check_ins: journal
            .rated_check_ins_between(range.from, range.to)
            .count(),
        coverage: coverage(journal, range),
        current_streak: current_streak(journal, range),
        longest_streak: longest_streak(journal, range),
        mood: rating_summary(journal, range, RatingScale::Mood),
        resilience: rating_summary(journal, range, RatingScale::Resilience),
        growth_mindset: rating_summary(journal, range, RatingScale::GrowthMindset),
        setbacks,
        micro_failures,
        skills_acquired,
        bounce_back_days_median: median(&bounce_backs),
        setback_recovery,
        micro_failure_patterns: micro_failure_patterns(journal, range),
        better_days: BetterDays::of(journal, range, moods),
        recurring_factors: recurring_factors(journal, range),
        lessons_into_practice: lessons_into_practice(journal, range),
    }
}

/// Journals for the insights' unit tests.
#[cfg(test)]
pub(crate) mod test_journals {
    use chrono::{NaiveDate, Utc};

    use crate::model::{CheckInInput, Journal, Rating, Ratings};

    /// A journal with a check-in holding only a mood on each given day.
    pub fn with_moods(moods: impl IntoIterator<Item = (NaiveDate, u8)>) -> Journal {
        let mut journal = Journal::default();
        for (date, mood) in moods {
            let input = CheckInInput {
                ratings: Ratings {
                    mood: Rating::try_from(mood).ok(),
                    ..Ratings::default()
                },
                ..CheckInInput::default()
            };
            journal
                .upsert_check_in(date, &input, NaiveDate::MAX, Utc::now())
                .unwrap();
        }
        journal
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 2, d).unwrap()
    }

    fn journal_with_moods(entries: &[(u32, u8)]) -> Journal {
        super::test_journals::with_moods(entries.iter().map(|(d, mood)| (day(*d), *mood)))
    }

    #[test]
    fn streaks_count_consecutive_days_and_forgive_a_missing_today() {
        // Check-ins on 1, 2, 3, then 5, 6, 7, 8; nothing on the 9th.
        let journal = journal_with_moods(&[(1, 5), (2, 5), (3, 5), (5, 5), (6, 5), (7, 5), (8, 5)]);
        let range = DateRange::new(day(1), day(9)).unwrap();
        assert_eq!(current_streak(&journal, range), 4);
        assert_eq!(longest_streak(&journal, range), 4);
        let range = DateRange::new(day(1), day(10)).unwrap();
        assert_eq!(
            current_streak(&journal, range),
            0,
            "two missing days end the streak"
        );
        let range = DateRange::new(day(1), day(4)).unwrap();
        assert_eq!(current_streak(&journal, range), 3);
        let range = DateRange::new(day(6), day(8)).unwrap();
        assert_eq!(
            current_streak(&journal, range),
            3,
            "counted within the range"
        );
    }

    #[test]
    fn flat_series_has_zero_trend_and_linear_series_its_slope() {
        let flat = journal_with_moods(&[(1, 6), (3, 6), (10, 6)]);
        let range = DateRange::new(day(1), day(10)).unwrap();
        let summary = rating_summary(&flat, range, RatingScale::Mood);
        assert_eq!(summary.mean, Some(6.0));
        assert_eq!(summary.trend_per_30d, Some(0.0));
        // +1 every 3 days → +10 per 30 days.
        let rising = journal_with_moods(&[(1, 1), (4, 2), (7, 3), (10, 4)]);
        let summary = rating_summary(&rising, range, RatingScale::Mood);
        assert!((summary.trend_per_30d.unwrap() - 10.0).abs() < 1e-9);
        assert_eq!(summary.mean, Some(2.5));
    }

    #[test]
    fn a_single_day_has_a_mean_but_no_trend() {
        let journal = journal_with_moods(&[(29, 7)]);
        let range = DateRange::new(day(29), day(29)).unwrap();
        let summary = rating_summary(&journal, range, RatingScale::Mood);
        assert_eq!(
            summary,
            RatingSummary {
                mean: Some(7.0),
                trend_per_30d: None
            }
        );
        assert!((coverage(&journal, range) - 1.0).abs() < f64::EPSILON);
        assert!(
            rating_summary(&journal, range, RatingScale::Resilience)
                .mean
                .is_none()
        );
    }

    #[test]
    fn coverage_counts_days_in_a_leap_february() {
        let journal = journal_with_moods(&[(1, 5), (15, 5), (29, 5)]);
        let range = DateRange::new(day(1), day(29)).unwrap();
        assert_eq!(range.day_count(), 29);
        assert!((coverage(&journal, range) - 3.0 / 29.0).abs() < 1e-12);
    }

    #[test]
    fn reversed_range_is_refused() {
        assert!(DateRange::new(day(2), day(1)).is_err());
    }
}
