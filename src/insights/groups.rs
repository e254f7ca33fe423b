//! Setbacks grouped by week, month or year, so that long ranges stay readable in the lane
//! under the ratings chart (on screen and in exported charts).

use chrono::{Datelike, Days, NaiveDate};

use super::DateRange;
use crate::model::{Category, Journal};

/// The period setbacks are grouped by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// ISO weeks, Monday first.
    Week,
    /// Calendar months.
    Month,
    /// Calendar years.
    Year,
}

impl Period {
    /// The first and last day of the period that holds `day`.
    pub fn bounds(self, day: NaiveDate) -> (NaiveDate, NaiveDate) {
        match self {
            Period::Week => {
                let start = day - Days::new(u64::from(day.weekday().num_days_from_monday()));
                (start, start + Days::new(6))
            }
            Period::Month => {
                let start = day.with_day(1).unwrap_or(day);
                let next = if start.month() == 12 {
                    NaiveDate::from_ymd_opt(start.year() + 1, 1, 1)
                } else {
                    NaiveDate::from_ymd_opt(start.year(), start.month() + 1, 1)
                };
                (
                    start,
                    next.and_then(|next| next.pred_opt()).unwrap_or(start),
                )
            }
            Period::Year => {
                let start = NaiveDate::from_ymd_opt(day.year(), 1, 1).unwrap_or(day);
                (
                    start,
                    NaiveDate::from_ymd_opt(day.year(), 12, 31).unwrap_or(day),
                )
            }
        }
    }

    /// "week", "month", "year": the key messages select on (never shown as it is).
    pub fn key(self) -> &'static str {
        match self {
            Period::Week => "week",
            Period::Month => "month",
            Period::Year => "year",
        }
    }

    /// How a period starting on `start` is named: "Week of 3 Mar 2025", "March 2025", "2025".
    pub fn describe(self, start: NaiveDate) -> String {
        match self {
            Period::Week => crate::t!(
                "insights-week-of",
                date = crate::i18n::date(start, crate::i18n::DateStyle::Short)
            ),
            Period::Month => crate::i18n::date(start, crate::i18n::DateStyle::MonthYear),
            Period::Year => start.format("%Y").to_string(),
        }
    }
}

/// Past this many setbacks in a range, long views group them by period.
const GROUP_SETBACKS_ABOVE: usize = 60;
/// Past this many days in view, monthly views group setbacks by year rather than by month.
const YEARLY_ABOVE_DAYS: f64 = 12.0 * 366.0;

/// How the setbacks lane groups setbacks (on screen and in exports): not at all for daily views
/// or when there are few; by week, month or year otherwise.
pub fn lane_period(
    resolution: super::Resolution,
    setbacks_in_range: usize,
    span_days: f64,
) -> Option<Period> {
    use super::Resolution;
    match resolution {
        Resolution::Daily => None,
        _ if setbacks_in_range <= GROUP_SETBACKS_ABOVE => None,
        Resolution::Weekly => Some(Period::Week),
        Resolution::Monthly if span_days <= YEARLY_ABOVE_DAYS => Some(Period::Month),
        Resolution::Monthly => Some(Period::Year),
    }
}

/// Four marker sizes for groups (0–3), each a quarter of the busiest group's count; returns the
/// size class and the number of setbacks a class spans.
pub fn group_size_class(count: usize, busiest: usize) -> (usize, usize) {
    let quarter = busiest.div_ceil(4).max(1);
    (((count.max(1) - 1) / quarter).min(3), quarter)
}

/// The setbacks of one period.
#[derive(Debug, Clone, PartialEq)]
pub struct SetbackGroup {
    /// First day of the period (clipped to the range).
    pub from: NaiveDate,
    /// Last day of the period (clipped to the range).
    pub to: NaiveDate,
    /// The period's own first day (for naming it).
    pub period_start: NaiveDate,
    /// How many setbacks.
    pub count: usize,
    /// How many of them were micro-failures.
    pub micro_failures: usize,
    /// Setbacks per category, most frequent first (ties by name).
    pub by_category: Vec<(Category, usize)>,
}

impl SetbackGroup {
    /// The most frequent category.
    pub fn main_category(&self) -> Option<&Category> {
        self.by_category.first().map(|(category, _)| category)
    }
}

/// The categories of the setbacks dated in the range, in the journal's order of categories
/// (for legends).
pub fn categories_in_range(journal: &Journal, range: DateRange) -> Vec<Category> {
    journal
        .categories()
        .into_iter()
        .filter(|category| {
            journal
                .setbacks()
                .iter()
                .any(|s| s.category == *category && range.contains(s.date))
        })
        .collect()
}

/// The range's setbacks grouped by `period`, oldest first; periods without setbacks are left out.
pub fn setback_groups(journal: &Journal, range: DateRange, period: Period) -> Vec<SetbackGroup> {
    let mut groups: Vec<SetbackGroup> = Vec::new();
    for setback in journal.setbacks().iter().filter(|s| range.contains(s.date)) {
        let (start, end) = period.bounds(setback.date);
        if groups
            .last()
            .is_none_or(|group| group.period_start != start)
        {
            groups.push(SetbackGroup {
                from: start.max(range.from()),
                to: end.min(range.to()),
                period_start: start,
                count: 0,
                micro_failures: 0,
                by_category: Vec::new(),
            });
        }
        let Some(group) = groups.last_mut() else {
            continue;
        };
        group.count += 1;
        group.micro_failures += usize::from(setback.micro_failure);
        match group
            .by_category
            .iter_mut()
            .find(|(category, _)| *category == setback.category)
        {
            Some((_, count)) => *count += 1,
            None => group.by_category.push((setback.category.clone(), 1)),
        }
    }
    for group in &mut groups {
        group
            .by_category
            .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.name().cmp(b.0.name())));
    }
    groups
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::model::{NewSetback, Severity};

    #[test]
    fn the_lane_groups_only_long_views_with_many_setbacks() {
        use crate::insights::Resolution;
        assert_eq!(lane_period(Resolution::Daily, 500, 90.0), None);
        assert_eq!(lane_period(Resolution::Weekly, 60, 365.0), None);
        assert_eq!(
            lane_period(Resolution::Weekly, 61, 365.0),
            Some(Period::Week)
        );
        assert_eq!(
            lane_period(Resolution::Monthly, 500, 3650.0),
            Some(Period::Month)
        );
        assert_eq!(
            lane_period(Resolution::Monthly, 500, 20.0 * 365.0),
            Some(Period::Year)
        );
        assert_eq!(group_size_class(1, 8), (0, 2));
        assert_eq!(group_size_class(8, 8), (3, 2));
        assert_eq!(group_size_class(3, 8), (1, 2));
    }

    #[test]
    fn setbacks_group_by_month_with_their_main_category() {
        let day = |m, d| NaiveDate::from_ymd_opt(2024, m, d).unwrap();
        let mut journal = Journal::default();
        for (date, category, micro) in [
            (day(1, 3), Category::Work, true),
            (day(1, 20), Category::Health, false),
            (day(1, 31), Category::Work, false),
            (day(3, 1), Category::Career, false),
        ] {
            let new = NewSetback {
                date,
                title: "x".to_owned(),
                category,
                severity: Severity::saturating(2),
                micro_failure: micro,
                skill_names: Vec::new(),
            };
            journal.add_setback(new, day(12, 31), Utc::now()).unwrap();
        }
        let range = DateRange::new(day(1, 10), day(12, 31)).unwrap();
        let groups = setback_groups(&journal, range, Period::Month);
        assert_eq!(groups.len(), 2);
        assert_eq!(
            (groups[0].from, groups[0].to, groups[0].count),
            (day(1, 10), day(1, 31), 2)
        );
        assert_eq!(
            groups[0].micro_failures, 0,
            "the micro-failure on the 3rd is outside the range"
        );
        assert_eq!(
            groups[0].by_category,
            vec![(Category::Health, 1), (Category::Work, 1)]
        );
        assert_eq!(groups[1].main_category(), Some(&Category::Career));
        assert_eq!(Period::Year.bounds(day(6, 6)), (day(1, 1), day(12, 31)));
        assert_eq!(Period::Week.bounds(day(2, 29)), (day(2, 26), day(3, 3)));
    }
}
