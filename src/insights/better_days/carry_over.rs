//! Mood carry-over: how much one day's mood goes with the next day's (emotional inertia).

use serde::Serialize;

use crate::insights::DateRange;
use crate::model::Journal;

/// Fewest pairs of consecutive mood days for the carry-over to be computed.
pub const CARRY_OVER_MIN_PAIRS: usize = 10;

/// The correlation of each day's mood with the mood of the day before.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct MoodCarryOver {
    /// Pairs of consecutive days of the range that both have a mood.
    pub pairs: usize,
    /// Pearson correlation of mood(t−1) with mood(t); `None` with fewer than
    /// [`CARRY_OVER_MIN_PAIRS`] pairs or when either side never varies.
    pub value: Option<f64>,
}

impl MoodCarryOver {
    /// What the value means, in the words the screens and reports use.
    pub fn words(value: f64) -> String {
        if value < 0.2 {
            crate::t!("insights-carry-over-fresh")
        } else if value <= 0.5 {
            crate::t!("insights-carry-over-a-little")
        } else {
            crate::t!("insights-carry-over-linger")
        }
    }
}

impl MoodCarryOver {
    /// The figure in words, with what is missing when there is no value.
    pub fn sentence(&self) -> String {
        match self.value {
            Some(value) => crate::t!(
                "insights-carry-over-sentence",
                value = crate::i18n::decimal(value, 2),
                words = Self::words(value),
                pairs = self.pairs
            ),
            None if self.pairs < CARRY_OVER_MIN_PAIRS => crate::t!(
                "insights-carry-over-needs-pairs",
                needed = CARRY_OVER_MIN_PAIRS,
                pairs = self.pairs
            ),
            None => crate::t!("insights-carry-over-needs-variety"),
        }
    }
}

/// Mood carry-over over the pairs (t−1, t) of calendar days that both lie in the range and both
/// have a mood rating.
pub fn mood_carry_over(journal: &Journal, range: DateRange) -> MoodCarryOver {
    let mut pairs: Vec<(f64, f64)> = Vec::new();
    let mut previous = None;
    for check_in in journal.check_ins_between(range.from(), range.to()) {
        let Some(mood) = check_in.ratings.mood.map(|m| f64::from(m.get())) else {
            previous = None;
            continue;
        };
        if let Some((day, yesterday)) = previous
            && check_in.date.pred_opt() == Some(day)
        {
            pairs.push((yesterday, mood));
        }
        previous = Some((check_in.date, mood));
    }
    MoodCarryOver {
        pairs: pairs.len(),
        value: (pairs.len() >= CARRY_OVER_MIN_PAIRS)
            .then(|| pearson(&pairs))
            .flatten(),
    }
}

/// Pearson's correlation; `None` when either side has no variance.
fn pearson(pairs: &[(f64, f64)]) -> Option<f64> {
    let count = pairs.len() as f64;
    let mean_x = pairs.iter().map(|(x, _)| x).sum::<f64>() / count;
    let mean_y = pairs.iter().map(|(_, y)| y).sum::<f64>() / count;
    let (mut covariance, mut variance_x, mut variance_y) = (0.0, 0.0, 0.0);
    for (x, y) in pairs {
        covariance += (x - mean_x) * (y - mean_y);
        variance_x += (x - mean_x).powi(2);
        variance_y += (y - mean_y).powi(2);
    }
    (variance_x > 0.0 && variance_y > 0.0)
        .then(|| (covariance / (variance_x * variance_y).sqrt()).clamp(-1.0, 1.0))
}

#[cfg(test)]
mod tests {
    use super::super::test_days::{Entry, day, journal, mood};
    use super::*;

    fn moods_from_day_one(values: &[u8]) -> Journal {
        let entries: Vec<Entry<'_>> = (1..)
            .zip(values)
            .map(|(d, value)| mood(d, *value, &[]))
            .collect();
        journal(&entries)
    }

    fn range(from: u32, to: u32) -> DateRange {
        DateRange::new(day(from), day(to)).unwrap()
    }

    #[test]
    fn alternating_moods_carry_over_negatively() {
        // 2, 8, 2, … on 11 days: every pair is (2, 8) or (8, 2), so r = −1 over 10 pairs.
        let journal = moods_from_day_one(&[2, 8, 2, 8, 2, 8, 2, 8, 2, 8, 2]);
        let carry = mood_carry_over(&journal, range(1, 11));
        assert_eq!(carry.pairs, 10);
        assert!((carry.value.unwrap() + 1.0).abs() < 1e-12);
    }

    #[test]
    fn a_worked_example() {
        // Moods 2, 8, 2, 8, 2, 8, 2, 8, 2, 8, 8. Pairs: x = 2, 8 five times each (mean 5);
        // y = 8, 2, 8, 2, 8, 2, 8, 2, 8, 8 (six 8s, four 2s: mean 5.6).
        // Σdx·dy = 5·(−3·2.4) + 4·(3·−3.6) + 3·2.4 = −36 − 43.2 + 7.2 = −72;
        // Σdx² = 90; Σdy² = 6·2.4² + 4·3.6² = 86.4; r = −72 / √7776 = −√(2/3).
        let journal = moods_from_day_one(&[2, 8, 2, 8, 2, 8, 2, 8, 2, 8, 8]);
        let carry = mood_carry_over(&journal, range(1, 11));
        assert_eq!(carry.pairs, 10);
        assert!((carry.value.unwrap() + (2.0_f64 / 3.0).sqrt()).abs() < 1e-12);
    }

    #[test]
    fn fewer_than_ten_pairs_give_no_value() {
        // 1 … 10 on days 1–10: 9 pairs. A perfect line, still too few.
        let line = moods_from_day_one(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        let carry = mood_carry_over(&line, range(1, 10));
        assert_eq!((carry.pairs, carry.value), (9, None));
        // Days 12–13 (3, 4) add the tenth pair, on the same line y = x + 1: r = 1.
        let mut entries: Vec<Entry<'_>> = (1..=10).map(|d| mood(d, d as u8, &[])).collect();
        entries.push(mood(12, 3, &[]));
        entries.push(mood(13, 4, &[]));
        let journal = journal(&entries);
        let carry = mood_carry_over(&journal, range(1, 13));
        assert_eq!(carry.pairs, 10, "day 11 is missing: (10, 3) is no pair");
        assert!((carry.value.unwrap() - 1.0).abs() < 1e-12);
        // Pairs need both days in the range.
        assert_eq!(mood_carry_over(&journal, range(2, 13)).pairs, 9);
    }

    #[test]
    fn no_pairs_and_no_variance_give_no_value() {
        let journal = journal(&[mood(1, 5, &[]), mood(3, 5, &[]), mood(5, 5, &[])]);
        assert_eq!(
            mood_carry_over(&journal, range(1, 5)),
            MoodCarryOver {
                pairs: 0,
                value: None
            }
        );
        let journal = moods_from_day_one(&[5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9]);
        let carry = mood_carry_over(&journal, range(1, 11));
        assert_eq!(
            (carry.pairs, carry.value),
            (10, None),
            "yesterday's moods never vary"
        );
        assert_eq!(
            mood_carry_over(&journal, range(4, 4)).pairs,
            0,
            "a one-day range"
        );
    }

    #[test]
    fn a_day_without_a_mood_breaks_the_pairs() {
        let journal = journal(&[
            mood(1, 5, &[]),
            Entry(2, None, Some(4), None, &[]),
            mood(3, 6, &[]),
        ]);
        assert_eq!(mood_carry_over(&journal, range(1, 3)).pairs, 0);
    }

    #[test]
    fn words_for_the_value() {
        assert_eq!(MoodCarryOver::words(0.1), "each day starts fresh");
        assert_eq!(MoodCarryOver::words(0.2), "moods linger a little");
        assert_eq!(MoodCarryOver::words(0.5), "moods linger a little");
        assert_eq!(MoodCarryOver::words(0.51), "moods linger");
        assert_eq!(MoodCarryOver::words(-0.4), "each day starts fresh");
        let some = MoodCarryOver {
            pairs: 12,
            value: Some(0.456),
        };
        assert_eq!(
            some.sentence(),
            "Mood carry-over 0.46: moods linger a little (12 pairs of consecutive days)"
        );
        let few = MoodCarryOver {
            pairs: 3,
            value: None,
        };
        assert!(
            few.sentence().contains("needs 10 pairs"),
            "{}",
            few.sentence()
        );
        let flat = MoodCarryOver {
            pairs: 30,
            value: None,
        };
        assert!(flat.sentence().contains("vary from day to day"));
    }
}
