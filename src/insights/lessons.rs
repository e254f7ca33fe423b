//! Lessons into practice (SPEC §3.3): contributing factors that come back across setbacks, and
//! how many lessons became experiments that were tried.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::Serialize;

use super::DateRange;
use super::recovery::median;
pub use crate::model::normalize_factor;
use crate::model::{Journal, Outcome, Setback, SetbackId};

/// One contributing factor carried by two or more setbacks of a range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecurringFactor {
    /// The factor as written on the earliest of its setbacks.
    pub factor: String,
    /// How many setbacks of the range carry it.
    pub setbacks: usize,
    /// Those setbacks, by date then id.
    pub setback_ids: Vec<SetbackId>,
    /// The earliest of their dates.
    pub first: NaiveDate,
    /// The latest of their dates.
    pub last: NaiveDate,
    /// The normalised form they share.
    #[serde(skip)]
    pub normalized: String,
    /// How many of them fall in each category, most first, then by name ("3 Work, 1 Project").
    #[serde(skip)]
    pub categories: Vec<(String, usize)>,
}

impl RecurringFactor {
    /// "3 Work, 1 Project".
    pub fn categories_in_words(&self) -> String {
        self.categories
            .iter()
            .map(|(name, count)| format!("{count} {name}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The recurring factors of the range's setbacks, by number of setbacks (most first), then
/// last date (latest first), then normalised form.
pub fn recurring_factors(journal: &Journal, range: DateRange) -> Vec<RecurringFactor> {
    let mut in_range: Vec<&Setback> = journal
        .setbacks()
        .iter()
        .filter(|setback| range.contains(setback.date))
        .collect();
    in_range.sort_by_key(|setback| (setback.date, setback.id));
    // Normalised form → the setbacks carrying it, each once, in date-then-id order, with the
    // spelling of the first.
    let mut groups: HashMap<String, (String, Vec<&Setback>)> = HashMap::new();
    for setback in in_range {
        for factor in &setback.reflection.contributing_factors {
            let normalized = normalize_factor(factor);
            if normalized.is_empty() {
                continue;
            }
            let (_, setbacks) = groups
                .entry(normalized)
                .or_insert_with(|| (factor.trim().to_owned(), Vec::new()));
            if setbacks.last().is_none_or(|last| last.id != setback.id) {
                setbacks.push(setback);
            }
        }
    }
    let mut recurring: Vec<RecurringFactor> = groups
        .into_iter()
        .filter(|(_, (_, setbacks))| setbacks.len() >= 2)
        .filter_map(|(normalized, (factor, setbacks))| {
            let first = setbacks.first()?.date;
            let last = setbacks.iter().map(|setback| setback.date).max()?;
            let mut by_category: BTreeMap<String, usize> = BTreeMap::new();
            for setback in &setbacks {
                // In the reader's language: the Progress card shows them as they are.
                *by_category.entry(setback.category.label()).or_default() += 1;
            }
            let mut categories: Vec<(String, usize)> = by_category.into_iter().collect();
            categories.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            Some(RecurringFactor {
                factor,
                setbacks: setbacks.len(),
                setback_ids: setbacks.iter().map(|setback| setback.id).collect(),
                first,
                last,
                normalized,
                categories,
            })
        })
        .collect();
    recurring.sort_by(|a, b| {
        b.setbacks
            .cmp(&a.setbacks)
            .then_with(|| b.last.cmp(&a.last))
            .then_with(|| a.normalized.cmp(&b.normalized))
    });
    recurring
}

/// For one setback: the recurring factors it lists, each with how many earlier setbacks
/// (anywhere in the journal, dated before it) carry the same normalised form. For the editor's
/// "also in 3 earlier setbacks".
pub fn factor_echoes(journal: &Journal, setback: &Setback) -> Vec<(String, usize)> {
    let mine: Vec<(String, String)> = setback
        .reflection
        .contributing_factors
        .iter()
        .map(|factor| (factor.clone(), normalize_factor(factor)))
        .filter(|(_, normalized)| !normalized.is_empty())
        .collect();
    if mine.is_empty() {
        return Vec::new();
    }
    let earlier = journal.setbacks().iter().filter(|other| {
        other.id != setback.id && (other.date, other.id) < (setback.date, setback.id)
    });
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for other in earlier {
        let theirs: Vec<String> = other
            .reflection
            .contributing_factors
            .iter()
            .map(|factor| normalize_factor(factor))
            .collect();
        for (_, normalized) in &mine {
            if theirs.contains(normalized) {
                *counts.entry(normalized.as_str()).or_default() += 1;
            }
        }
    }
    mine.iter()
        .filter_map(|(factor, normalized)| {
            let count = counts.get(normalized.as_str()).copied()?;
            Some((factor.clone(), count))
        })
        .collect()
}

/// The "Lessons into practice" figures of a range (SPEC §3.3), as `stats --json` writes them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LessonsIntoPractice {
    /// Experiments planned (created) in the range.
    pub experiments_planned: usize,
    /// Experiments tried in the range that worked.
    pub tried_worked: usize,
    /// Experiments tried in the range that partly worked.
    pub tried_partly: usize,
    /// Experiments tried in the range that did not work.
    pub tried_didnt: usize,
    /// Experiments dropped in the range.
    pub dropped: usize,
    /// The median, over the range's setbacks with a tried experiment, of the days from the
    /// setback to its first try.
    pub median_days_to_first_try: Option<f64>,
    /// The share of the range's setbacks with at least one tried experiment.
    pub setbacks_put_into_practice: Option<f64>,
}

impl LessonsIntoPractice {
    /// Experiments tried in the range, whatever the outcome.
    pub fn tried(&self) -> usize {
        self.tried_worked + self.tried_partly + self.tried_didnt
    }
}

/// The "Lessons into practice" figures of a range, exactly as §3.3 defines them.
pub fn lessons_into_practice(journal: &Journal, range: DateRange) -> LessonsIntoPractice {
    let experiments = journal.experiments();
    let planned = experiments
        .iter()
        .filter(|experiment| range.contains(experiment.created_on))
        .count();
    let tried_with = |outcome: Outcome| {
        experiments
            .iter()
            .filter(|experiment| {
                experiment.outcome() == Some(outcome)
                    && experiment.tried_on().is_some_and(|on| range.contains(on))
            })
            .count()
    };
    let dropped = experiments
        .iter()
        .filter(|experiment| experiment.dropped_on().is_some_and(|on| range.contains(on)))
        .count();
    let mut first_try: HashMap<SetbackId, NaiveDate> = HashMap::new();
    for experiment in experiments {
        if let Some(on) = experiment.tried_on() {
            let slot = first_try.entry(experiment.setback).or_insert(on);
            *slot = (*slot).min(on);
        }
    }
    let setbacks: Vec<&Setback> = journal
        .setbacks()
        .iter()
        .filter(|setback| range.contains(setback.date))
        .collect();
    let days_to_first_try: Vec<u32> = setbacks
        .iter()
        .filter_map(|setback| {
            let tried = first_try.get(&setback.id)?;
            let days = (*tried - setback.date).num_days().max(0);
            Some(u32::try_from(days).unwrap_or(u32::MAX))
        })
        .collect();
    #[expect(
        clippy::cast_precision_loss,
        reason = "counts of setbacks are far below 2^52"
    )]
    let put_into_practice =
        (!setbacks.is_empty()).then(|| days_to_first_try.len() as f64 / setbacks.len() as f64);
    LessonsIntoPractice {
        experiments_planned: planned,
        tried_worked: tried_with(Outcome::Worked),
        tried_partly: tried_with(Outcome::Partly),
        tried_didnt: tried_with(Outcome::Didnt),
        dropped,
        median_days_to_first_try: median(&days_to_first_try),
        setbacks_put_into_practice: put_into_practice,
    }
}
