//! Tag comparisons: each rating's mean on the days carrying a tag against the days without it.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::mean_of;
use crate::insights::DateRange;
use crate::model::{Journal, RatingScale};

/// Fewest days on each side (with the tag and without it) for a comparison to be reported.
pub const TAG_MIN_DAYS: usize = 5;

/// One rating compared between the days that carry a tag and the days that do not.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TagComparison {
    /// The rating compared.
    pub rating: RatingScale,
    /// The tag as first spelled in the range (tags are grouped case-insensitively).
    pub tag: String,
    /// The range's check-ins with this rating that carry the tag.
    pub with_days: usize,
    /// The range's check-ins with this rating that do not.
    pub without_days: usize,
    /// Mean rating on the days with the tag.
    pub with_mean: f64,
    /// Mean rating on the days without it.
    pub without_mean: f64,
    /// `with_mean − without_mean`.
    pub difference: f64,
    /// The latest day of the range carrying the tag, so a screen can open it.
    #[serde(skip)]
    pub last_day: NaiveDate,
}

impl TagComparison {
    /// The comparison in words, with its counts, e.g. "On days tagged deadline: mood 5.2 vs
    /// 5.7 on other days (13 vs 60 days)". Words of comparison, never of cause.
    pub fn sentence(&self) -> String {
        crate::t!(
            "insights-tag-sentence",
            tag = self.tag.as_str(),
            figures = self.figures()
        )
    }

    /// The figures after the tag: "mood 5.2 vs 5.7 on other days (13 vs 60 days)".
    pub fn figures(&self) -> String {
        crate::t!(
            "insights-tag-figures",
            rating = crate::insights::rating_in_sentence(self.rating),
            mean = crate::i18n::decimal(self.with_mean, 1),
            other = crate::i18n::decimal(self.without_mean, 1),
            days = self.with_days,
            other_days = self.without_days
        )
    }
}

/// Sums of one rating over a set of days.
#[derive(Debug, Clone, Copy, Default)]
struct Tally {
    days: [usize; 3],
    sums: [f64; 3],
}

impl Tally {
    fn add(&mut self, index: usize, value: f64) {
        if let (Some(days), Some(sum)) = (self.days.get_mut(index), self.sums.get_mut(index)) {
            *days += 1;
            *sum += value;
        }
    }

    fn days(&self, index: usize) -> usize {
        self.days.get(index).copied().unwrap_or(0)
    }

    fn sum(&self, index: usize) -> f64 {
        self.sums.get(index).copied().unwrap_or(0.0)
    }
}

/// One tag's days, keyed by its lower-case form.
#[derive(Debug)]
struct TagDays {
    spelling: String,
    last_day: NaiveDate,
    tally: Tally,
}

/// For each rating and each tag of the range with at least [`TAG_MIN_DAYS`] days with it and as
/// many without: the two means and their difference. Listed by rating (mood, resilience, growth
/// mindset), then by the size of the difference, largest first, then by the tag in lower case.
pub fn tag_comparisons(journal: &Journal, range: DateRange) -> Vec<TagComparison> {
    let mut all = Tally::default();
    let mut tags: HashMap<String, TagDays> = HashMap::new();
    for check_in in journal.check_ins_between(range.from(), range.to()) {
        let ratings: Vec<(usize, f64)> = RatingScale::ALL
            .iter()
            .enumerate()
            .filter_map(|(index, scale)| {
                Some((index, f64::from(check_in.ratings.get(*scale)?.get())))
            })
            .collect();
        for (index, value) in &ratings {
            all.add(*index, *value);
        }
        for tag in &check_in.tags {
            let days = tags.entry(tag.to_lowercase()).or_insert_with(|| TagDays {
                spelling: tag.clone(),
                last_day: check_in.date,
                tally: Tally::default(),
            });
            days.last_day = check_in.date;
            for (index, value) in &ratings {
                days.tally.add(*index, *value);
            }
        }
    }
    let mut comparisons = Vec::new();
    for (index, rating) in RatingScale::ALL.into_iter().enumerate() {
        let first = comparisons.len();
        for days in tags.values() {
            let with_days = days.tally.days(index);
            let without_days = all.days(index) - with_days;
            if with_days < TAG_MIN_DAYS || without_days < TAG_MIN_DAYS {
                continue;
            }
            let with_sum = days.tally.sum(index);
            let (Some(with_mean), Some(without_mean)) = (
                mean_of(with_sum, with_days),
                mean_of(all.sum(index) - with_sum, without_days),
            ) else {
                continue;
            };
            comparisons.push(TagComparison {
                rating,
                tag: days.spelling.clone(),
                with_days,
                without_days,
                with_mean,
                without_mean,
                difference: with_mean - without_mean,
                last_day: days.last_day,
            });
        }
        if let Some(of_this_rating) = comparisons.get_mut(first..) {
            of_this_rating.sort_by(|a, b| {
                b.difference
                    .abs()
                    .total_cmp(&a.difference.abs())
                    .then_with(|| a.tag.to_lowercase().cmp(&b.tag.to_lowercase()))
            });
        }
    }
    comparisons
}

#[cfg(test)]
mod tests {
    use super::super::test_days::{Entry, day, journal, mood};
    use super::*;

    fn range(from: u32, to: u32) -> DateRange {
        DateRange::new(day(from), day(to)).unwrap()
    }

    /// Ten mood days: 1–5 tagged (moods 4, 4, 5, 5, 6 → 4.8), 6–10 not (6, 7, 7, 8, 8 → 7.2).
    fn ten_days<'a>(tag_spellings: [&'a [&'a str]; 5]) -> Vec<Entry<'a>> {
        let mut entries = Vec::new();
        for (d, (value, tags)) in (1..).zip([4, 4, 5, 5, 6].into_iter().zip(tag_spellings)) {
            entries.push(mood(d, value, tags));
        }
        for (d, value) in (6..).zip([6, 7, 7, 8, 8]) {
            entries.push(mood(d, value, &[]));
        }
        entries
    }

    #[test]
    fn a_tag_spelled_two_ways_is_one_tag_named_as_first_written() {
        let journal = journal(&ten_days([
            &["Deadline"],
            &["deadline"],
            &["DEADLINE"],
            &["deadline"],
            &["Deadline"],
        ]));
        let comparisons = tag_comparisons(&journal, range(1, 10));
        assert_eq!(comparisons.len(), 1, "{comparisons:?}");
        let deadline = &comparisons[0];
        assert_eq!(deadline.tag, "Deadline");
        assert_eq!(deadline.rating, RatingScale::Mood);
        assert_eq!((deadline.with_days, deadline.without_days), (5, 5));
        assert!((deadline.with_mean - 4.8).abs() < 1e-12);
        assert!((deadline.without_mean - 7.2).abs() < 1e-12);
        assert!((deadline.difference + 2.4).abs() < 1e-12);
        assert_eq!(deadline.last_day, day(5));
        assert_eq!(
            deadline.sentence(),
            "On days tagged Deadline: mood 4.8 vs 7.2 on other days (5 vs 5 days)"
        );
        // Starting the range on day 2 makes "deadline" the first spelling — and leaves 4 days.
        assert!(tag_comparisons(&journal, range(2, 10)).is_empty());
    }

    #[test]
    fn a_tag_just_under_five_days_on_either_side_is_not_reported() {
        let tagged: [&[&str]; 5] = [&["gym"], &["gym"], &["gym"], &["gym"], &[]];
        let journal = journal(&ten_days(tagged));
        assert!(
            tag_comparisons(&journal, range(1, 10)).is_empty(),
            "4 days with is too few"
        );
        // 5 with, 4 without: the range 1–9 keeps only 4 days without the tag.
        let all: [&[&str]; 5] = [&["gym"]; 5];
        let journal = self::journal(&ten_days(all));
        assert_eq!(tag_comparisons(&journal, range(1, 10)).len(), 1);
        assert!(tag_comparisons(&journal, range(1, 9)).is_empty());
    }

    #[test]
    fn days_without_the_rating_count_on_neither_side() {
        // Eleven days; day 11 carries the tag but only a resilience rating.
        let mut entries = ten_days([&["late"]; 5]);
        entries.push(Entry(11, None, Some(3), None, &["late"]));
        let journal = journal(&entries);
        let comparisons = tag_comparisons(&journal, range(1, 11));
        assert_eq!(comparisons.len(), 1, "resilience has 1 day: not reported");
        assert_eq!(comparisons[0].with_days, 5);
        assert_eq!(comparisons[0].without_days, 5);
        assert_eq!(comparisons[0].last_day, day(11));
    }

    #[test]
    fn ties_in_size_are_ordered_by_tag_and_ratings_come_in_their_order() {
        // 10 days, all with mood and resilience. "b" on days 1–5, "a" on days 6–10: each tag's
        // difference is the other's negated, so both have the same size and "a" comes first.
        let mut entries = Vec::new();
        for d in 1..=10 {
            let (value, tags): (u8, &[&str]) = if d <= 5 { (4, &["b"]) } else { (6, &["a"]) };
            entries.push(Entry(d, Some(value), Some(5), None, tags));
        }
        let journal = journal(&entries);
        let comparisons = tag_comparisons(&journal, range(1, 10));
        let listed: Vec<(RatingScale, &str, f64)> = comparisons
            .iter()
            .map(|c| (c.rating, c.tag.as_str(), c.difference))
            .collect();
        assert_eq!(
            listed,
            vec![
                (RatingScale::Mood, "a", 2.0),
                (RatingScale::Mood, "b", -2.0),
                (RatingScale::Resilience, "a", 0.0),
                (RatingScale::Resilience, "b", 0.0),
            ]
        );
    }

    #[test]
    fn larger_differences_come_first_whatever_their_sign() {
        // "high": days 1–5, mood 8; "zlow": days 6–10, mood 1; days 11–15 untagged, mood 5.
        // high: 8 vs (5×1 + 5×5)/10 = 3 → +5. zlow: 1 vs (5×8 + 5×5)/10 = 6.5 → −5.5.
        // By size "zlow" comes first, although "high" comes first in the alphabet.
        let mut entries = Vec::new();
        for d in 1..=15 {
            let (value, tags): (u8, &[&str]) = match d {
                1..=5 => (8, &["high"]),
                6..=10 => (1, &["zlow"]),
                _ => (5, &[]),
            };
            entries.push(mood(d, value, tags));
        }
        let journal = journal(&entries);
        let comparisons = tag_comparisons(&journal, range(1, 15));
        let tags: Vec<&str> = comparisons.iter().map(|c| c.tag.as_str()).collect();
        assert_eq!(tags, vec!["zlow", "high"]);
        assert!((comparisons[0].difference + 5.5).abs() < 1e-12);
        assert!((comparisons[1].difference - 5.0).abs() < 1e-12);
        assert_eq!(
            (comparisons[1].with_days, comparisons[1].without_days),
            (5, 10)
        );
    }

    #[test]
    fn a_one_day_range_and_an_empty_range_report_nothing() {
        let journal = journal(&ten_days([&["x"]; 5]));
        assert!(tag_comparisons(&journal, range(3, 3)).is_empty());
        assert!(tag_comparisons(&journal, range(20, 25)).is_empty());
    }

    mod properties {
        use chrono::{Days, NaiveDate, Utc};
        use proptest::prelude::*;

        use super::*;
        use crate::model::{CheckInInput, Rating, Ratings};

        /// Days after the previous one, the three ratings, indexes into the tag spellings.
        type GeneratedDay = (u8, [Option<u8>; 3], Vec<usize>);

        const SPELLINGS: [&str; 6] = ["focus", "Focus", "deadline", "DEADLINE", "gym", "été"];

        /// Up to 80 days, each maybe with some ratings and some of the tags above.
        fn days() -> impl Strategy<Value = Vec<GeneratedDay>> {
            let ratings = [
                proptest::option::weighted(0.8, 1_u8..=10),
                proptest::option::weighted(0.6, 1_u8..=10),
                proptest::option::weighted(0.6, 1_u8..=10),
            ];
            proptest::collection::vec(
                (
                    0_u8..3,
                    ratings,
                    proptest::collection::vec(0..SPELLINGS.len(), 0..3),
                ),
                0..80,
            )
        }

        fn build(days: &[GeneratedDay]) -> Journal {
            let start = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
            let mut journal = Journal::default();
            let mut date = start;
            for (gap, [mood, resilience, mindset], tags) in days {
                date = date + Days::new(u64::from(*gap) + 1);
                let rating = |v: &Option<u8>| v.and_then(|v| Rating::try_from(v).ok());
                let input = CheckInInput {
                    ratings: Ratings {
                        mood: rating(mood),
                        resilience: rating(resilience),
                        growth_mindset: rating(mindset),
                    },
                    note: "a day".to_owned(),
                    tags: tags
                        .iter()
                        .filter_map(|i| SPELLINGS.get(*i))
                        .map(|t| (*t).to_owned())
                        .collect(),
                };
                journal
                    .upsert_check_in(date, &input, NaiveDate::MAX, Utc::now())
                    .unwrap();
            }
            journal
        }

        proptest! {
            #[test]
            fn with_and_without_make_up_the_rated_days_of_the_range(
                days in days(),
                from in 0_u64..120,
                length in 0_u64..240,
            ) {
                let journal = build(&days);
                let first = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap() + Days::new(from);
                let range = DateRange::new(first, first + Days::new(length)).unwrap();
                let comparisons = tag_comparisons(&journal, range);
                let in_range: Vec<_> = journal.check_ins_between(range.from(), range.to()).collect();
                for scale in RatingScale::ALL {
                    let rated: Vec<_> = in_range.iter().filter(|c| c.ratings.get(scale).is_some()).collect();
                    let total: f64 = rated.iter().filter_map(|c| c.ratings.get(scale)).map(|r| f64::from(r.get())).sum();
                    let mut lower_tags: Vec<String> = rated.iter().flat_map(|c| c.tags.iter().map(|t| t.to_lowercase())).collect();
                    lower_tags.sort();
                    lower_tags.dedup();
                    for tag in lower_tags {
                        let with = rated.iter().filter(|c| c.tags.iter().any(|t| t.to_lowercase() == tag)).count();
                        let reported = comparisons.iter().find(|c| c.rating == scale && c.tag.to_lowercase() == tag);
                        let expected = with >= TAG_MIN_DAYS && rated.len() - with >= TAG_MIN_DAYS;
                        prop_assert_eq!(reported.is_some(), expected, "{:?} {}", scale, tag);
                        if let Some(comparison) = reported {
                            prop_assert_eq!(comparison.with_days + comparison.without_days, rated.len());
                            prop_assert_eq!(comparison.with_days, with);
                            let sums = comparison.with_mean * comparison.with_days as f64
                                + comparison.without_mean * comparison.without_days as f64;
                            prop_assert!((sums - total).abs() < 1e-9);
                        }
                    }
                }
                for pair in comparisons.windows(2) {
                    let order = |c: &TagComparison| RatingScale::ALL.iter().position(|s| *s == c.rating);
                    prop_assert!(order(&pair[0]) <= order(&pair[1]));
                    if pair[0].rating == pair[1].rating {
                        prop_assert!(pair[0].difference.abs() >= pair[1].difference.abs());
                    }
                }
            }
        }
    }
}
