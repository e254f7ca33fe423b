//! Weekday means: each rating's mean on Mondays, Tuesdays … Sundays of a range.

use chrono::{Datelike, Weekday};
use serde::{Serialize, Serializer};

use super::mean_of;
use crate::insights::DateRange;
use crate::model::{Journal, RatingScale};

/// One rating on one weekday of a range.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct WeekdayMean {
    /// The weekday, written out in full ("Monday").
    #[serde(serialize_with = "weekday_name")]
    pub weekday: Weekday,
    /// Check-ins with the rating on that weekday.
    pub days: usize,
    /// Their mean; `None` when there are none.
    pub mean: Option<f64>,
}

/// Each rating's weekday profile, Monday first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeekdayMeans {
    /// Mood by weekday.
    pub mood: [WeekdayMean; 7],
    /// Resilience by weekday.
    pub resilience: [WeekdayMean; 7],
    /// Growth mindset by weekday.
    pub growth_mindset: [WeekdayMean; 7],
}

impl WeekdayMeans {
    /// The profile of one rating.
    pub fn of(&self, scale: RatingScale) -> &[WeekdayMean; 7] {
        match scale {
            RatingScale::Mood => &self.mood,
            RatingScale::Resilience => &self.resilience,
            RatingScale::GrowthMindset => &self.growth_mindset,
        }
    }
}

/// The weekday's English name in full, as `stats --json` writes it.
pub fn weekday_full_name(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

#[allow(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's serialize_with passes a reference"
)]
fn weekday_name<S: Serializer>(weekday: &Weekday, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(weekday_full_name(*weekday))
}

/// For each rating and weekday (Monday … Sunday): how many of the range's check-ins have the
/// rating on that weekday, and their mean.
pub fn weekday_means(journal: &Journal, range: DateRange) -> WeekdayMeans {
    let mut days = [[0_usize; 7]; 3];
    let mut sums = [[0.0_f64; 7]; 3];
    for check_in in journal.check_ins_between(range.from(), range.to()) {
        let weekday = check_in.date.weekday().num_days_from_monday() as usize;
        for (index, scale) in RatingScale::ALL.into_iter().enumerate() {
            let Some(rating) = check_in.ratings.get(scale) else {
                continue;
            };
            if let (Some(count), Some(sum)) = (
                days.get_mut(index).and_then(|d| d.get_mut(weekday)),
                sums.get_mut(index).and_then(|s| s.get_mut(weekday)),
            ) {
                *count += 1;
                *sum += f64::from(rating.get());
            }
        }
    }
    let profile = |index: usize| {
        let mut weekday = Weekday::Mon;
        std::array::from_fn(|day| {
            let count = days
                .get(index)
                .and_then(|d| d.get(day))
                .copied()
                .unwrap_or(0);
            let sum = sums
                .get(index)
                .and_then(|s| s.get(day))
                .copied()
                .unwrap_or(0.0);
            let mean = WeekdayMean {
                weekday,
                days: count,
                mean: mean_of(sum, count),
            };
            weekday = weekday.succ();
            mean
        })
    };
    WeekdayMeans {
        mood: profile(0),
        resilience: profile(1),
        growth_mindset: profile(2),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_days::{Entry, day, journal, mood};
    use super::*;

    #[test]
    fn each_weekday_has_its_count_and_mean_and_empty_days_have_none() {
        // 1 March 2027 is a Monday. Mondays 1 and 8: moods 4 and 7 → 5.5; Tuesday 2: 9;
        // Wednesday 3 has only a growth-mindset rating; nothing else.
        assert_eq!(day(1).weekday(), Weekday::Mon);
        let journal = journal(&[
            mood(1, 4, &[]),
            mood(2, 9, &[]),
            Entry(3, None, None, Some(6), &[]),
            mood(8, 7, &[]),
        ]);
        let range = DateRange::new(day(1), day(14)).unwrap();
        let means = weekday_means(&journal, range);
        let monday = means.mood[0];
        assert_eq!(
            (monday.weekday, monday.days, monday.mean),
            (Weekday::Mon, 2, Some(5.5))
        );
        assert_eq!((means.mood[1].days, means.mood[1].mean), (1, Some(9.0)));
        assert_eq!((means.mood[2].days, means.mood[2].mean), (0, None));
        assert_eq!(means.mood[6].weekday, Weekday::Sun);
        assert_eq!(means.growth_mindset[2].mean, Some(6.0));
        assert!(
            means
                .resilience
                .iter()
                .all(|w| w.days == 0 && w.mean.is_none())
        );
    }

    #[test]
    fn a_one_day_range_fills_only_its_weekday() {
        let journal = journal(&[mood(1, 4, &[]), mood(3, 8, &[])]);
        let range = DateRange::new(day(3), day(3)).unwrap();
        let means = weekday_means(&journal, range);
        let filled: Vec<usize> = means.mood.iter().map(|w| w.days).collect();
        assert_eq!(filled, vec![0, 0, 1, 0, 0, 0, 0]);
        assert_eq!(means.of(RatingScale::Mood)[2].mean, Some(8.0));
    }

    #[test]
    fn weekdays_are_written_in_full() {
        let journal = journal(&[mood(1, 4, &[])]);
        let range = DateRange::new(day(1), day(1)).unwrap();
        let json = serde_json::to_value(weekday_means(&journal, range)).unwrap();
        assert_eq!(json["mood"][0]["weekday"], "Monday");
        assert_eq!(json["mood"][0]["days"], 1);
        assert_eq!(json["growth_mindset"][6]["weekday"], "Sunday");
        assert!(json["growth_mindset"][6]["mean"].is_null());
    }
}
