//! Micro-failure patterns: three or more micro-failures of one category within 14 days
//! (SPEC §3).

use chrono::NaiveDate;
use serde::Serialize;

use super::DateRange;
use crate::model::{Category, Journal};

/// Most days from the first to the last micro-failure of a pattern.
const WINDOW_SPAN_DAYS: i64 = 13;
/// Fewest micro-failures that make a pattern.
const MIN_COUNT: usize = 3;

/// A run of micro-failures of one category close together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MicroFailurePattern {
    /// Their category (its name in JSON).
    #[serde(serialize_with = "category_name")]
    pub category: Category,
    /// The first micro-failure's date.
    pub from: NaiveDate,
    /// The last micro-failure's date.
    pub to: NaiveDate,
    /// How many micro-failures of the category fall in `from..=to`.
    pub count: usize,
}

impl MicroFailurePattern {
    /// The pattern in words: "3 micro-failures in Work within 9 days, 2 Nov–10 Nov 2026".
    pub fn words(&self) -> String {
        let span = (self.to - self.from).num_days() + 1;
        crate::t!(
            "insights-pattern",
            count = self.count,
            category = self.category.label(),
            span = span,
            from = crate::i18n::date(self.from, crate::i18n::DateStyle::DayMonth),
            to = crate::i18n::date(self.to, crate::i18n::DateStyle::Short)
        )
    }
}

fn category_name<S: serde::Serializer>(
    category: &Category,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(category.name())
}

/// The patterns among the micro-failures dated in `range`, by `from` then category. Windows
/// that overlap in time are merged into one pattern.
pub fn micro_failure_patterns(journal: &Journal, range: DateRange) -> Vec<MicroFailurePattern> {
    let mut by_category: Vec<(Category, Vec<NaiveDate>)> = Vec::new();
    for setback in journal
        .setbacks()
        .iter()
        .filter(|s| s.micro_failure && range.contains(s.date))
    {
        match by_category
            .iter_mut()
            .find(|(category, _)| *category == setback.category)
        {
            Some((_, dates)) => dates.push(setback.date),
            None => by_category.push((setback.category.clone(), vec![setback.date])),
        }
    }
    let mut patterns = Vec::new();
    for (category, mut dates) in by_category {
        dates.sort_unstable();
        let mut current: Option<(NaiveDate, NaiveDate)> = None;
        for (start, first) in dates.iter().enumerate() {
            let within = dates[start..]
                .iter()
                .take_while(|date| (**date - *first).num_days() <= WINDOW_SPAN_DAYS);
            let (count, last) = within.fold((0, *first), |(count, _), date| (count + 1, *date));
            if count < MIN_COUNT {
                continue;
            }
            current = match current {
                Some((from, to)) if *first <= to => Some((from, to.max(last))),
                Some(done) => {
                    patterns.push(pattern(&category, done, &dates));
                    Some((*first, last))
                }
                None => Some((*first, last)),
            };
        }
        if let Some(done) = current {
            patterns.push(pattern(&category, done, &dates));
        }
    }
    patterns.sort_by(|a, b| (a.from, a.category.name()).cmp(&(b.from, b.category.name())));
    patterns
}

fn pattern(
    category: &Category,
    (from, to): (NaiveDate, NaiveDate),
    dates: &[NaiveDate],
) -> MicroFailurePattern {
    let count = dates
        .iter()
        .filter(|date| (from..=to).contains(*date))
        .count();
    MicroFailurePattern {
        category: category.clone(),
        from,
        to,
        count,
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;
    use crate::model::{NewSetback, Severity};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, d).unwrap()
    }

    fn journal(micro_failures: &[(u32, Category)]) -> Journal {
        let mut journal = Journal::default();
        for (d, category) in micro_failures {
            let new = NewSetback {
                date: day(*d),
                title: format!("slip on {d}"),
                category: category.clone(),
                severity: Severity::saturating(1),
                micro_failure: true,
                skill_names: Vec::new(),
            };
            journal.add_setback(new, day(31), Utc::now()).unwrap();
        }
        journal
    }

    fn march() -> DateRange {
        DateRange::new(day(1), day(31)).unwrap()
    }

    #[test]
    fn three_within_fourteen_days_make_a_pattern_and_two_do_not() {
        let found = micro_failure_patterns(
            &journal(&[
                (1, Category::Work),
                (7, Category::Work),
                (14, Category::Work),
            ]),
            march(),
        );
        assert_eq!(
            found,
            vec![MicroFailurePattern {
                category: Category::Work,
                from: day(1),
                to: day(14),
                count: 3
            }]
        );
        // 1 → 15 is 14 days apart: too far.
        let none = micro_failure_patterns(
            &journal(&[
                (1, Category::Work),
                (7, Category::Work),
                (15, Category::Work),
            ]),
            march(),
        );
        assert!(none.is_empty());
    }

    #[test]
    fn overlapping_windows_merge_into_one_pattern() {
        // Windows {1, 5, 12} and {5, 12, 18} and {12, 18, 20} overlap: one pattern 1–20 with 5.
        let micro = [
            (1, Category::Work),
            (5, Category::Work),
            (12, Category::Work),
            (18, Category::Work),
            (20, Category::Work),
        ];
        let found = micro_failure_patterns(&journal(&micro), march());
        assert_eq!(
            found,
            vec![MicroFailurePattern {
                category: Category::Work,
                from: day(1),
                to: day(20),
                count: 5
            }]
        );
    }

    #[test]
    fn categories_are_separate_and_listed_by_start_then_name() {
        let micro = [
            (3, Category::Work),
            (4, Category::Work),
            (5, Category::Work),
            (3, Category::Health),
            (6, Category::Health),
            (9, Category::Health),
            (4, Category::Learning),
        ];
        let found = micro_failure_patterns(&journal(&micro), march());
        let summary: Vec<(&str, u32, usize)> = found
            .iter()
            .map(|p| (p.category.name(), chrono::Datelike::day(&p.from), p.count))
            .collect();
        assert_eq!(summary, vec![("Health", 3, 3), ("Work", 3, 3)]);
    }

    #[test]
    fn only_micro_failures_in_the_range_count() {
        let micro = [
            (1, Category::Work),
            (2, Category::Work),
            (3, Category::Work),
        ];
        let range = DateRange::new(day(2), day(31)).unwrap();
        assert!(micro_failure_patterns(&journal(&micro), range).is_empty());
    }
}
