//! SPEC §3.2 in words, shared by `kintsugi stats`, exported charts and reports: comparisons
//! with their counts, never causes.

use super::{BetterDays, CATEGORY_MIN_BOUNCE_BACKS, TAG_MIN_DAYS, TagComparison, WeekdayMean};
use crate::model::RatingScale;

/// Differences smaller than this read as "5.2 vs 5.2" at one decimal and are left out of
/// short lists.
pub const SMALLEST_LISTED_DIFFERENCE: f64 = 0.05;

/// The section as lines of text, grouped as a page lays them out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BetterDaysText {
    /// One line per listed tag comparison, or what is missing.
    pub tags: Vec<String>,
    /// One line per rating: its mean on each weekday with the number of days.
    pub weekdays: Vec<String>,
    /// One line per category, or what is missing.
    pub recovery: Vec<String>,
    /// The mood carry-over, or what it needs.
    pub carry_over: String,
}

impl BetterDays {
    /// One rating's comparisons for a short list: up to `each_way` with a higher mean on the
    /// tag's days, then up to `each_way` with a lower one, leaving out differences that would
    /// read as none.
    pub fn listed_comparisons(&self, scale: RatingScale, each_way: usize) -> Vec<&TagComparison> {
        let of_rating = || {
            self.tag_comparisons
                .iter()
                .filter(move |c| c.rating == scale)
        };
        let higher = of_rating()
            .filter(|c| c.difference >= SMALLEST_LISTED_DIFFERENCE)
            .take(each_way);
        let lower = of_rating()
            .filter(|c| c.difference <= -SMALLEST_LISTED_DIFFERENCE)
            .take(each_way);
        higher.chain(lower).collect()
    }

    /// The section in English words, as `kintsugi stats` prints it: see
    /// [`Self::translated_text`].
    pub fn text(&self, each_way: Option<usize>) -> BetterDaysText {
        crate::insights::in_english(|| self.translated_text(each_way))
    }

    /// The section in the reader's words: every comparison in SPEC order with its difference
    /// when `each_way` is `None`, otherwise the short list of [`Self::listed_comparisons`].
    pub fn translated_text(&self, each_way: Option<usize>) -> BetterDaysText {
        let mut tags: Vec<String> = match each_way {
            None => self
                .tag_comparisons
                .iter()
                .map(|c| {
                    // Rounded first, so that −0.04 reads "+0.0" rather than "-0.0".
                    let difference = (c.difference * 10.0).round() / 10.0 + 0.0;
                    crate::t!(
                        "insights-tag-with-difference",
                        sentence = c.sentence(),
                        difference = crate::insights::signed_decimal(difference, 1)
                    )
                })
                .collect(),
            Some(each_way) => RatingScale::ALL
                .into_iter()
                .flat_map(|scale| self.listed_comparisons(scale, each_way))
                .map(TagComparison::sentence)
                .collect(),
        };
        if self.tag_comparisons.is_empty() {
            tags.push(crate::t!("insights-tags-none", days = TAG_MIN_DAYS));
        } else if tags.is_empty() {
            tags.push(crate::t!("insights-tags-same"));
        }
        let weekdays = RatingScale::ALL
            .into_iter()
            .map(|scale| {
                crate::t!(
                    "insights-by-weekday",
                    rating = scale.screen_label(),
                    profile = weekday_profile_words(self.weekday_means.of(scale))
                )
            })
            .collect();
        let recovery = if self.recovery_by_category.is_empty() {
            vec![crate::t!(
                "insights-recovery-needs",
                count = CATEGORY_MIN_BOUNCE_BACKS
            )]
        } else {
            self.recovery_by_category
                .iter()
                .map(|recovery| crate::t!("insights-recovery-in", sentence = recovery.sentence()))
                .collect()
        };
        BetterDaysText {
            tags,
            weekdays,
            recovery,
            carry_over: self.mood_carry_over.sentence(),
        }
    }
}

/// "Mon 6.2 (52) · Tue – (0) · …": each weekday's mean with its number of days.
pub fn weekday_profile_words(profile: &[WeekdayMean; 7]) -> String {
    profile
        .iter()
        .map(|day| {
            let short = crate::i18n::weekday_short_name(day.weekday);
            match day.mean {
                Some(mean) => crate::t!(
                    "insights-weekday-mean",
                    weekday = short,
                    mean = crate::i18n::decimal(mean, 1),
                    days = day.days
                ),
                None => crate::t!("insights-weekday-no-mean", weekday = short),
            }
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

#[cfg(test)]
mod tests {
    use super::super::test_days::{day, journal, mood};
    use super::*;
    use crate::insights::{DateRange, MoodHistory};

    /// Mood 8 on days tagged "up" (1–5), 2 on days tagged "down" (6–10), 5 on days 11–15,
    /// and "flat" on days 1, 2, 6, 11, 12 (moods 8, 8, 2, 5, 5 = 5.6 against (75 − 28)/10 = 4.7:
    /// +0.9).
    fn better_days() -> BetterDays {
        let mut entries = Vec::new();
        for d in 1..=15 {
            let tags: &[&str] = match d {
                1 | 2 => &["up", "flat"],
                3..=5 => &["up"],
                6 => &["down", "flat"],
                7..=10 => &["down"],
                11 | 12 => &["flat"],
                _ => &[],
            };
            let value = match d {
                1..=5 => 8,
                6..=10 => 2,
                _ => 5,
            };
            entries.push(mood(d, value, tags));
        }
        let journal = journal(&entries);
        let range = DateRange::new(day(1), day(15)).unwrap();
        BetterDays::of(&journal, range, &MoodHistory::of(&journal))
    }

    #[test]
    fn the_short_list_takes_each_way_in_order_of_size() {
        let better_days = better_days();
        // up: 8 vs 3.5 → +4.5; down: 2 vs 6.5 → −4.5; flat: +0.9 (see above).
        let listed: Vec<&str> = better_days
            .listed_comparisons(RatingScale::Mood, 1)
            .iter()
            .map(|c| c.tag.as_str())
            .collect();
        assert_eq!(listed, vec!["up", "down"]);
        let listed: Vec<&str> = better_days
            .listed_comparisons(RatingScale::Mood, 3)
            .iter()
            .map(|c| c.tag.as_str())
            .collect();
        assert_eq!(listed, vec!["up", "flat", "down"]);
        assert!(
            better_days
                .listed_comparisons(RatingScale::Resilience, 3)
                .is_empty()
        );
    }

    #[test]
    fn the_text_says_what_is_missing() {
        let text = better_days().text(Some(1));
        assert_eq!(
            text.tags,
            vec![
                "On days tagged up: mood 8.0 vs 3.5 on other days (5 vs 10 days)",
                "On days tagged down: mood 2.0 vs 6.5 on other days (5 vs 10 days)",
            ]
        );
        // 1 March 2027 is a Monday: days 1, 8 and 15 are Mondays (8, 2, 5 → 5.0).
        assert!(text.weekdays[0].starts_with("Mood by weekday: Mon 5.0 (3) · Tue 5.0 (2)"));
        assert_eq!(
            text.weekdays[1],
            "Resilience by weekday: Mon – (0) · Tue – (0) · Wed – (0) · Thu – (0) · Fri – (0) · Sat – (0) · Sun – (0)"
        );
        assert_eq!(
            text.recovery,
            vec!["Recovery by category: needs 2 setbacks with a bounce-back in one category"]
        );
        assert!(text.carry_over.starts_with("Mood carry-over"));
        let all = better_days().text(None);
        assert_eq!(all.tags.len(), 3);
        assert!(all.tags[2].ends_with("(+0.9)"), "{:?}", all.tags);
        assert!(
            all.tags[0].starts_with("On days tagged down"),
            "ties by size go by tag"
        );
    }

    #[test]
    fn german_reads_decimal_commas_and_stats_stay_english() {
        use crate::i18n::{Language, use_on_this_thread};
        use_on_this_thread(Language::German);
        let better_days = better_days();
        let german = better_days.translated_text(Some(1));
        let english = better_days.text(Some(1));
        let weekday = weekday_profile_words(better_days.weekday_means.of(RatingScale::Mood));
        use_on_this_thread(Language::English);
        assert_eq!(
            german.tags[0],
            "An Tagen mit dem Schlagwort up: Stimmung 8,0 gegenüber 3,5 an anderen Tagen (5 gegenüber 10 Tagen)"
        );
        assert!(weekday.starts_with("Mo. 5,0 (3)"), "{weekday}");
        assert_eq!(
            english.tags[0], "On days tagged up: mood 8.0 vs 3.5 on other days (5 vs 10 days)",
            "`kintsugi stats` writes English whatever the reader's language"
        );
    }
}
