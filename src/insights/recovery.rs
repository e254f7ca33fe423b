//! Bounce-back: how many days after a setback mood returned to where it was before (SPEC §3).

use chrono::{Days, NaiveDate};
use serde::Serialize;

use crate::model::{Journal, SetbackId};

/// Days of mood before a setback that form its baseline.
const BASELINE_DAYS: u64 = 14;
/// Fewest mood check-ins in the baseline window for a baseline to exist.
const BASELINE_MIN_CHECK_INS: usize = 3;
/// Days in the window whose mean mood is compared with the baseline (t−2 ..= t).
const RECOVERY_WINDOW_DAYS: u64 = 3;

/// The journal's mood check-ins, by day, for answering many bounce-back questions quickly.
#[derive(Debug, Clone)]
pub struct MoodHistory {
    days: Vec<(NaiveDate, f64)>,
}

impl MoodHistory {
    /// Every check-in that has a mood rating, whatever range is being looked at.
    pub fn of(journal: &Journal) -> Self {
        let days = journal
            .check_ins()
            .filter_map(|check_in| Some((check_in.date, f64::from(check_in.ratings.mood?.get()))))
            .collect();
        Self { days }
    }

    /// Moods of the days in `from..=to`.
    fn between(&self, from: NaiveDate, to: NaiveDate) -> &[(NaiveDate, f64)] {
        let start = self.days.partition_point(|(day, _)| *day < from);
        let end = self.days.partition_point(|(day, _)| *day <= to);
        self.days.get(start..end).unwrap_or_default()
    }

    /// The baseline of a setback on `day`: mean mood over the 14 days before, when at least 3
    /// of them have a mood.
    pub fn baseline(&self, day: NaiveDate) -> Option<f64> {
        let before = self.between(
            day.checked_sub_days(Days::new(BASELINE_DAYS))?,
            day.pred_opt()?,
        );
        (before.len() >= BASELINE_MIN_CHECK_INS).then(|| mean(before))
    }

    /// Days from a setback on `day` until the first mood check-in day `t` whose mean mood over
    /// `t−2 ..= t` is back at the baseline; `None` without a baseline or while still recovering.
    pub fn bounce_back_days(&self, day: NaiveDate) -> Option<u32> {
        let baseline = self.baseline(day)?;
        let start = self.days.partition_point(|(date, _)| *date < day);
        self.days.get(start..)?.iter().find_map(|(t, _)| {
            let window_start = t.checked_sub_days(Days::new(RECOVERY_WINDOW_DAYS - 1))?;
            let window = self.between(window_start, *t);
            (mean(window) >= baseline).then(|| (*t - day).num_days() as u32)
        })
    }
}

fn mean(values: &[(NaiveDate, f64)]) -> f64 {
    values.iter().map(|(_, value)| value).sum::<f64>() / values.len().max(1) as f64
}

/// One setback's recovery, as `stats --json` reports it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SetbackRecovery {
    /// The setback's id.
    pub id: SetbackId,
    /// The day it happened.
    pub date: NaiveDate,
    /// Its title.
    pub title: String,
    /// Days until mood was back at its baseline; `None` without a baseline or while recovering.
    pub bounce_back_days: Option<u32>,
}

/// The median of the values (the mean of the two middle ones for an even count).
pub fn median(values: &[u32]) -> Option<f64> {
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let middle = sorted.len() / 2;
    match sorted.len() {
        0 => None,
        n if n % 2 == 1 => sorted.get(middle).map(|v| f64::from(*v)),
        _ => Some(f64::midpoint(
            f64::from(*sorted.get(middle - 1)?),
            f64::from(*sorted.get(middle)?),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, d).unwrap()
    }

    fn history(moods: &[(u32, u8)]) -> MoodHistory {
        let journal = crate::insights::test_journals::with_moods(
            moods.iter().map(|(d, mood)| (day(*d), *mood)),
        );
        MoodHistory::of(&journal)
    }

    #[test]
    fn bounce_back_counts_days_until_the_three_day_mean_reaches_the_baseline() {
        // Setback on the 15th; baseline over the 1st–14th: moods 6, 6, 6 → B = 6.
        // Mean mood over [t−2, t]: t = 15 → {6, 2} = 4; t = 16 → {6, 2, 4} = 4;
        // t = 18 → {4, 9} = 6.5 ≥ 6, so the bounce-back is 18 − 15 = 3 days.
        let moods = history(&[(10, 6), (12, 6), (14, 6), (15, 2), (16, 4), (18, 9)]);
        assert_eq!(moods.baseline(day(15)), Some(6.0));
        assert_eq!(moods.bounce_back_days(day(15)), Some(3));
    }

    #[test]
    fn no_baseline_with_fewer_than_three_check_ins_before() {
        let moods = history(&[(10, 6), (14, 6), (15, 2), (16, 9)]);
        assert_eq!(moods.baseline(day(15)), None);
        assert_eq!(moods.bounce_back_days(day(15)), None);
    }

    #[test]
    fn a_recovery_in_progress_has_no_value_yet() {
        let moods = history(&[(1, 8), (2, 8), (3, 8), (4, 2), (5, 3), (6, 3)]);
        assert_eq!(moods.bounce_back_days(day(4)), None);
    }

    #[test]
    fn a_setback_on_a_good_day_recovers_on_day_zero() {
        let moods = history(&[(1, 5), (2, 5), (3, 5), (4, 7)]);
        assert_eq!(moods.bounce_back_days(day(4)), Some(0));
    }

    #[test]
    fn two_setbacks_close_together_each_use_their_own_baseline() {
        // Second setback on day 6: its baseline (days 1–5: 7, 7, 7, 2, 3) = 5.2.
        let moods = history(&[
            (1, 7),
            (2, 7),
            (3, 7),
            (4, 2),
            (5, 3),
            (6, 5),
            (7, 6),
            (8, 7),
        ]);
        assert_eq!(
            moods.bounce_back_days(day(4)),
            None,
            "7 is never reached by a 3-day mean"
        );
        // Day 6 window [4..6] = {2,3,5} = 3.33; day 7 [5..7] = {3,5,6} = 4.67; day 8 [6..8] = 6 ≥ 5.2.
        assert_eq!(moods.bounce_back_days(day(6)), Some(2));
    }

    #[test]
    fn median_of_odd_and_even_counts() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[5, 1, 3]), Some(3.0));
        assert_eq!(median(&[4, 1, 3, 10]), Some(3.5));
    }
}
