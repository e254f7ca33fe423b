//! Recovery by category: the median bounce-back of each kind of setback.

use std::collections::BTreeMap;

use serde::{Serialize, Serializer};

use crate::insights::{DateRange, MoodHistory, median};
use crate::model::{Category, Journal};

/// Fewest setbacks with a bounce-back for a category to be reported.
pub const CATEGORY_MIN_BOUNCE_BACKS: usize = 2;

/// How fast setbacks of one category were recovered from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CategoryRecovery {
    /// The category, written as its name.
    #[serde(serialize_with = "category_name")]
    pub category: Category,
    /// The range's setbacks of this category that have a bounce-back value.
    pub setbacks: usize,
    /// The median of those values, in days.
    pub median_bounce_back_days: f64,
}

impl CategoryRecovery {
    /// The figure in words, e.g. "Learning: median 1 day over 3 setbacks".
    pub fn sentence(&self) -> String {
        crate::t!(
            "insights-category-sentence",
            category = self.category.label(),
            figures = self.figures()
        )
    }

    /// The figures after the category: "median 1 day over 3 setbacks".
    pub fn figures(&self) -> String {
        let median = self.median_bounce_back_days;
        let written = if median.fract() == 0.0 {
            crate::i18n::decimal(median, 0)
        } else {
            crate::i18n::decimal(median, 1)
        };
        crate::t!(
            "insights-category-figures",
            median = written,
            days = median,
            count = self.setbacks
        )
    }
}

fn category_name<S: Serializer>(category: &Category, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(category.name())
}

/// For each category with at least [`CATEGORY_MIN_BOUNCE_BACKS`] of the range's setbacks that
/// have a bounce-back (computed from all of `moods`): their number and median, by category name.
pub fn recovery_by_category(
    journal: &Journal,
    range: DateRange,
    moods: &MoodHistory,
) -> Vec<CategoryRecovery> {
    let mut by_name: BTreeMap<(String, String), (Category, Vec<u32>)> = BTreeMap::new();
    for setback in journal.setbacks() {
        if !range.contains(setback.date) {
            continue;
        }
        let Some(days) = moods.bounce_back_days(setback.date) else {
            continue;
        };
        let name = setback.category.name();
        by_name
            .entry((name.to_lowercase(), name.to_owned()))
            .or_insert_with(|| (setback.category.clone(), Vec::new()))
            .1
            .push(days);
    }
    by_name
        .into_values()
        .filter(|(_, values)| values.len() >= CATEGORY_MIN_BOUNCE_BACKS)
        .filter_map(|(category, values)| {
            Some(CategoryRecovery {
                category,
                setbacks: values.len(),
                median_bounce_back_days: median(&values)?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::super::test_days::{day, journal, mood};
    use super::*;
    use crate::model::{NewSetback, Severity};

    /// Moods 6, 6, 6, 3, 6, 9 on days 1–6 and 8 on day 9, with setbacks:
    /// Work on day 4 (baseline 6; 3-day means 5, 5, then 6 on day 6 → 2 days),
    /// Work on day 6 (baseline 27/5 = 5.4; day 6's mean 6 → 0), Learning on day 6 (0),
    /// Learning on day 5 (baseline 5.25; day 5's mean 5, day 6's 6 → 1), Health on days 2 and 3
    /// (fewer than 3 moods before: no baseline), Work on day 9 (baseline 36/6 = 6; day 9's mean 8 → 0).
    fn journal_with_setbacks() -> Journal {
        let mut journal = journal(&[
            mood(1, 6, &[]),
            mood(2, 6, &[]),
            mood(3, 6, &[]),
            mood(4, 3, &[]),
            mood(5, 6, &[]),
            mood(6, 9, &[]),
            mood(9, 8, &[]),
        ]);
        for (d, category) in [
            (4, Category::Work),
            (6, Category::Work),
            (6, Category::Learning),
            (5, Category::Learning),
            (2, Category::Health),
            (3, Category::Health),
            (9, Category::Work),
        ] {
            let new = NewSetback {
                date: day(d),
                title: format!("{category} on day {d}"),
                category,
                severity: Severity::try_from(3).unwrap(),
                micro_failure: false,
                skill_names: Vec::new(),
            };
            journal.add_setback(new, day(28), Utc::now()).unwrap();
        }
        journal
    }

    #[test]
    fn categories_with_two_values_are_listed_by_name_with_their_median() {
        let journal = journal_with_setbacks();
        let moods = MoodHistory::of(&journal);
        let range = DateRange::new(day(1), day(8)).unwrap();
        let listed: Vec<(String, usize, f64)> = recovery_by_category(&journal, range, &moods)
            .into_iter()
            .map(|r| {
                (
                    r.category.name().to_owned(),
                    r.setbacks,
                    r.median_bounce_back_days,
                )
            })
            .collect();
        assert_eq!(
            listed,
            vec![("Learning".to_owned(), 2, 0.5), ("Work".to_owned(), 2, 1.0),],
            "Health has two setbacks but no bounce-back value"
        );
        let sentences: Vec<String> = recovery_by_category(&journal, range, &moods)
            .iter()
            .map(CategoryRecovery::sentence)
            .collect();
        assert_eq!(
            sentences,
            vec![
                "Learning: median 0.5 days over 2 setbacks",
                "Work: median 1 day over 2 setbacks"
            ]
        );
        let range = DateRange::new(day(1), day(9)).unwrap();
        let work = recovery_by_category(&journal, range, &moods).pop().unwrap();
        assert_eq!((work.setbacks, work.median_bounce_back_days), (3, 0.0));
    }

    #[test]
    fn a_category_with_one_bounce_back_is_not_reported() {
        let journal = journal_with_setbacks();
        let moods = MoodHistory::of(&journal);
        // Days 5–6 hold one Work setback (day 6) and two Learning ones.
        let range = DateRange::new(day(5), day(6)).unwrap();
        let listed = recovery_by_category(&journal, range, &moods);
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].category, Category::Learning);
        let json = serde_json::to_value(&listed).unwrap();
        assert_eq!(json[0]["category"], "Learning");
        assert_eq!(json[0]["median_bounce_back_days"], 0.5);
    }
}
