//! Series for the ratings chart: daily points, the 7-day moving average, and weekly or monthly
//! means with their min–max band, so that long ranges stay readable.

use chrono::{Datelike, Days, NaiveDate};

use super::DateRange;
use crate::model::{Journal, RatingScale};

/// How finely the chart shows ratings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Resolution {
    /// One point per check-in, with the 7-day moving average.
    Daily,
    /// The mean of each ISO week, with its min–max band.
    Weekly,
    /// The mean of each calendar month, with its min–max band.
    Monthly,
}

impl Resolution {
    /// The resolution that keeps a chart of `days` days readable: daily up to four months,
    /// weekly up to three years, monthly beyond.
    pub fn for_days(days: f64) -> Self {
        if days <= 124.0 {
            Resolution::Daily
        } else if days <= 3.0 * 366.0 {
            Resolution::Weekly
        } else {
            Resolution::Monthly
        }
    }

    /// The resolution's name as users read it.
    pub fn label(self) -> String {
        match self {
            Resolution::Daily => crate::t!("insights-resolution-daily"),
            Resolution::Weekly => crate::t!("insights-resolution-weekly"),
            Resolution::Monthly => crate::t!("insights-resolution-monthly"),
        }
    }
}

/// A day as a number for chart axes (days since 1 January of year 1).
pub fn day_number(date: NaiveDate) -> f64 {
    f64::from(date.num_days_from_ce())
}

/// The day a chart x value stands for (rounded to the nearest day).
pub fn date_of_day_number(x: f64) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(x.round() as i32)
}

/// A date-axis label that suits the span in view: day and month up to four months, month and
/// year up to three years, the year beyond.
pub fn date_axis_label(x: f64, span_days: f64) -> String {
    let Some(day) = date_of_day_number(x) else {
        return String::new();
    };
    if span_days <= 120.0 {
        crate::i18n::date(day, crate::i18n::DateStyle::DayMonth)
    } else if span_days <= 3.0 * 366.0 {
        crate::i18n::date(day, crate::i18n::DateStyle::MonthShortYear)
    } else {
        day.format("%Y").to_string()
    }
}

/// Where a date axis over `first..=last` puts its labels, as day numbers, on calendar
/// boundaries so that no period is skipped: past three years every 1 January (every second,
/// fifth or tenth year past 12, 24 or 60 years); past four months the 1st of every month (or
/// of every second, third or sixth month, to keep about a dozen); within four months every
/// Monday, or every other Monday past eight weeks.
pub fn date_axis_ticks(first: NaiveDate, last: NaiveDate) -> Vec<f64> {
    let span = (last - first).num_days() + 1;
    let mut ticks: Vec<NaiveDate> = Vec::new();
    if span > 3 * 366 {
        let years = last.year() - first.year() + 1;
        let step = match years {
            ..=12 => 1,
            13..=24 => 2,
            25..=60 => 5,
            _ => 10,
        };
        ticks.extend(
            (first.year()..=last.year())
                .filter(|year| year % step == 0 || step == 1)
                .filter_map(|year| NaiveDate::from_ymd_opt(year, 1, 1)),
        );
    } else if span > 120 {
        let months =
            (last.year() - first.year()) * 12 + last.month0() as i32 - first.month0() as i32 + 1;
        let step = [1, 2, 3, 6]
            .into_iter()
            .find(|step| months / step <= 12)
            .unwrap_or(6);
        let mut month = first.with_day(1);
        while let Some(day) = month {
            if day > last {
                break;
            }
            if day.month0() % step as u32 == 0 {
                ticks.push(day);
            }
            month = day.checked_add_months(chrono::Months::new(1));
        }
    } else {
        let step = if span > 56 { 14 } else { 7 };
        let monday = first + Days::new(u64::from((7 - first.weekday().num_days_from_monday()) % 7));
        ticks.extend(
            monday
                .iter_days()
                .step_by(step)
                .take_while(|day| *day <= last),
        );
    }
    ticks
        .into_iter()
        .filter(|day| *day >= first && *day <= last)
        .map(day_number)
        .collect()
}

/// The mean, lowest and highest rating of the check-ins in one week or month.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bucket {
    /// First day of the bucket (clipped to the range).
    pub from: NaiveDate,
    /// Last day of the bucket (clipped to the range).
    pub to: NaiveDate,
    /// Mean of the ratings in the bucket.
    pub mean: f64,
    /// Lowest rating.
    pub min: f64,
    /// Highest rating.
    pub max: f64,
    /// How many check-ins had the rating.
    pub count: usize,
}

impl Bucket {
    /// Where the bucket sits on the chart's x axis: the middle of its days.
    pub fn x(&self) -> f64 {
        f64::midpoint(day_number(self.from), day_number(self.to))
    }
}

/// Everything the chart needs about one rating over a range.
#[derive(Debug, Clone, PartialEq)]
pub struct RatingSeries {
    /// Which rating.
    pub scale: RatingScale,
    /// Each check-in's rating, by day.
    pub daily: Vec<(NaiveDate, f64)>,
    /// The 7-day moving average at each check-in day.
    pub moving_average: Vec<(NaiveDate, f64)>,
    /// Weekly buckets (ISO weeks, Monday first).
    pub weekly: Vec<Bucket>,
    /// Monthly buckets.
    pub monthly: Vec<Bucket>,
}

/// Builds the series of one rating over a range.
pub fn rating_series(journal: &Journal, range: DateRange, scale: RatingScale) -> RatingSeries {
    let daily: Vec<(NaiveDate, f64)> = journal
        .check_ins_between(range.from(), range.to())
        .filter_map(|check_in| Some((check_in.date, f64::from(check_in.ratings.get(scale)?.get()))))
        .collect();
    let moving_average = moving_average_7d(journal, range, scale);
    let monday = |day: NaiveDate| day - Days::new(u64::from(day.weekday().num_days_from_monday()));
    let weekly = buckets(&daily, range, monday, |start| start + Days::new(7));
    let monthly = buckets(
        &daily,
        range,
        |day| day.with_day(1).unwrap_or(day),
        first_of_next_month,
    );
    RatingSeries {
        scale,
        daily,
        moving_average,
        weekly,
        monthly,
    }
}

/// At each check-in day `t` in the range that has the rating: the mean of the rating over the
/// check-ins in `t−6 ..= t` (including days before the range starts).
pub fn moving_average_7d(
    journal: &Journal,
    range: DateRange,
    scale: RatingScale,
) -> Vec<(NaiveDate, f64)> {
    let lookback = range
        .from()
        .checked_sub_days(Days::new(6))
        .unwrap_or(range.from());
    let values: Vec<(NaiveDate, f64)> = journal
        .check_ins_between(lookback, range.to())
        .filter_map(|check_in| Some((check_in.date, f64::from(check_in.ratings.get(scale)?.get()))))
        .collect();
    let mut averages = Vec::new();
    let mut window_start = 0;
    let mut sum = 0.0;
    for (index, (day, value)) in values.iter().enumerate() {
        sum += value;
        while let Some((oldest, oldest_value)) = values.get(window_start)
            && (*day - *oldest).num_days() > 6
        {
            sum -= oldest_value;
            window_start += 1;
        }
        if *day >= range.from() {
            averages.push((*day, sum / (index + 1 - window_start) as f64));
        }
    }
    averages
}

/// Groups daily values into buckets that start on `start_of(day)` and end the day before
/// `next_start(start)`, clipped to the range.
fn buckets(
    daily: &[(NaiveDate, f64)],
    range: DateRange,
    start_of: impl Fn(NaiveDate) -> NaiveDate,
    next_start: impl Fn(NaiveDate) -> NaiveDate,
) -> Vec<Bucket> {
    let mut buckets: Vec<Bucket> = Vec::new();
    let mut current_start = None;
    for (day, value) in daily {
        let start = start_of(*day);
        match buckets.last_mut() {
            Some(bucket) if current_start == Some(start) => {
                bucket.mean += value;
                bucket.min = bucket.min.min(*value);
                bucket.max = bucket.max.max(*value);
                bucket.count += 1;
            }
            _ => {
                let end = next_start(start).pred_opt().unwrap_or(start);
                buckets.push(Bucket {
                    from: start.max(range.from()),
                    to: end.min(range.to()),
                    mean: *value,
                    min: *value,
                    max: *value,
                    count: 1,
                });
                current_start = Some(start);
            }
        }
    }
    for bucket in &mut buckets {
        bucket.mean /= bucket.count as f64;
    }
    buckets
}

fn first_of_next_month(day: NaiveDate) -> NaiveDate {
    let (year, month) = if day.month() == 12 {
        (day.year() + 1, 1)
    } else {
        (day.year(), day.month() + 1)
    };
    NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(first: &str, last: &str) -> Vec<String> {
        let (first, last): (NaiveDate, NaiveDate) = (
            first.parse().expect("a date"),
            last.parse().expect("a date"),
        );
        let span = f64::from(u32::try_from((last - first).num_days() + 1).expect("a span"));
        date_axis_ticks(first, last)
            .into_iter()
            .map(|x| date_axis_label(x, span))
            .collect()
    }

    #[test]
    fn long_ranges_label_every_year_and_shorter_ones_months_or_mondays() {
        let years: Vec<String> = (2017..=2026).map(|year| year.to_string()).collect();
        assert_eq!(labels("2016-12-03", "2026-11-27"), years);
        let fifty = labels("1976-01-01", "2026-11-28");
        assert_eq!(fifty.len(), 10, "every fifth year: {fifty:?}");
        assert_eq!((fifty[0].as_str(), fifty[9].as_str()), ("1980", "2025"));
        assert_eq!(
            labels("2025-11-29", "2026-11-28"),
            [
                "Jan 2026", "Mar 2026", "May 2026", "Jul 2026", "Sep 2026", "Nov 2026"
            ]
        );
        assert_eq!(
            labels("2026-06-01", "2026-11-28"),
            [
                "Jun 2026", "Jul 2026", "Aug 2026", "Sep 2026", "Oct 2026", "Nov 2026"
            ]
        );
        // 1 November 2026 is a Sunday: Mondays from the 2nd.
        assert_eq!(
            labels("2026-11-01", "2026-11-28"),
            ["2 Nov", "9 Nov", "16 Nov", "23 Nov"]
        );
        assert_eq!(labels("2026-11-28", "2026-11-28"), Vec::<String>::new());
    }

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, m, d).unwrap()
    }

    fn journal(moods: &[(NaiveDate, u8)]) -> Journal {
        crate::insights::test_journals::with_moods(moods.iter().copied())
    }

    #[test]
    fn moving_average_covers_the_seven_days_ending_on_each_check_in() {
        // 1 Mar: 2; 4 Mar: 4; 7 Mar: 6; 8 Mar: 8 (1 Mar falls out of 8 Mar's window 2–8 Mar).
        let j = journal(&[
            (day(3, 1), 2),
            (day(3, 4), 4),
            (day(3, 7), 6),
            (day(3, 8), 8),
        ]);
        let range = DateRange::new(day(3, 4), day(3, 31)).unwrap();
        let averages = moving_average_7d(&j, range, RatingScale::Mood);
        assert_eq!(
            averages,
            vec![(day(3, 4), 3.0), (day(3, 7), 4.0), (day(3, 8), 6.0)]
        );
    }

    #[test]
    fn weekly_and_monthly_buckets_hold_mean_min_and_max() {
        // Leap year: 26 Feb (Mon) … 3 Mar (Sun) is one ISO week spanning two months.
        let j = journal(&[
            (day(2, 26), 2),
            (day(2, 29), 6),
            (day(3, 3), 7),
            (day(3, 4), 9),
        ]);
        let range = DateRange::new(day(2, 1), day(3, 31)).unwrap();
        let series = rating_series(&j, range, RatingScale::Mood);
        assert_eq!(series.weekly.len(), 2);
        let week = series.weekly[0];
        assert_eq!((week.from, week.to), (day(2, 26), day(3, 3)));
        assert_eq!(
            (week.mean, week.min, week.max, week.count),
            (5.0, 2.0, 7.0, 3)
        );
        assert_eq!(series.monthly.len(), 2);
        let february = series.monthly[0];
        assert_eq!((february.from, february.to), (day(2, 1), day(2, 29)));
        assert_eq!((february.mean, february.min, february.max), (4.0, 2.0, 6.0));
        let march = series.monthly[1];
        assert_eq!(
            (march.from, march.to, march.mean),
            (day(3, 1), day(3, 31), 8.0)
        );
    }

    #[test]
    fn resolution_follows_the_span() {
        assert_eq!(Resolution::for_days(28.0), Resolution::Daily);
        assert_eq!(Resolution::for_days(365.0), Resolution::Weekly);
        assert_eq!(Resolution::for_days(3650.0), Resolution::Monthly);
        assert_eq!(date_of_day_number(day_number(day(2, 29))), Some(day(2, 29)));
    }
}
