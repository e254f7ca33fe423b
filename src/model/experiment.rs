//! Experiments: what a lesson turns into — one thing to try next time, by a date or when a
//! situation comes up — and how trying it went (SPEC §1, Experiment).

use std::fmt;

use chrono::{DateTime, Days, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::ids::{ExperimentId, SetbackId, SkillId};
use crate::i18n::DateStyle;

/// How many days a "Not yet" moves the question on.
pub const NOT_YET_DAYS: u64 = 3;

/// When an experiment is meant to be tried.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TryWhen {
    /// By this day; Today asks about it from then on.
    By(NaiveDate),
    /// When a situation comes up ("next time I present to leadership"); never asked about,
    /// listed under "When it comes up".
    Situation(String),
}

/// How trying an experiment went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Outcome {
    /// It worked.
    Worked,
    /// It partly worked.
    Partly,
    /// It did not work.
    Didnt,
}

impl Outcome {
    /// Every outcome, in the order offered.
    pub const ALL: [Outcome; 3] = [Outcome::Worked, Outcome::Partly, Outcome::Didnt];

    /// The outcome in English, as the command line, the report's data and `Display` write it.
    pub fn name(self) -> &'static str {
        match self {
            Outcome::Worked => "Worked",
            Outcome::Partly => "Partly worked",
            Outcome::Didnt => "Didn't work",
        }
    }

    /// The outcome as the window shows it, in the reader's language.
    pub fn label(self) -> String {
        match self {
            Outcome::Worked => crate::t!("experiment-outcome-worked"),
            Outcome::Partly => crate::t!("experiment-outcome-partly"),
            Outcome::Didnt => crate::t!("experiment-outcome-didnt"),
        }
    }

    /// The outcome as the command line and CSV write it (`worked`, `partly`, `didnt`).
    pub fn key(self) -> &'static str {
        match self {
            Outcome::Worked => "worked",
            Outcome::Partly => "partly",
            Outcome::Didnt => "didnt",
        }
    }

    /// Reads [`Outcome::key`] (also `didn't`), ignoring case.
    pub fn from_key(key: &str) -> Option<Outcome> {
        match key.trim().to_lowercase().as_str() {
            "worked" => Some(Outcome::Worked),
            "partly" => Some(Outcome::Partly),
            "didnt" | "didn't" | "didn’t" => Some(Outcome::Didnt),
            _ => None,
        }
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Where an experiment stands.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ExperimentStatus {
    /// Not tried yet.
    Open,
    /// Tried on a day, with how it went.
    Tried {
        /// The day it was tried.
        on: NaiveDate,
        /// How it went.
        outcome: Outcome,
        /// A line on what happened (may be empty).
        note: String,
    },
    /// Given up, with why.
    Dropped {
        /// The day it was dropped.
        on: NaiveDate,
        /// Why (may be empty).
        why: String,
    },
}

/// One experiment: a lesson of a setback turned into something to try.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Experiment {
    /// Stable id.
    pub id: ExperimentId,
    /// The setback it came from.
    pub setback: SetbackId,
    /// What I will try, in one sentence; never empty.
    pub text: String,
    /// By when, or in which situation.
    pub when: TryWhen,
    /// The skill it trains, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skill: Option<SkillId>,
    /// The day it was planned (the range figures count it there).
    pub created_on: NaiveDate,
    /// Open, tried or dropped.
    pub status: ExperimentStatus,
    /// After a "Not yet": the day Today asks again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ask_again_on: Option<NaiveDate>,
    /// When it was made.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

/// Which experiments a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExperimentFilter {
    /// Every experiment.
    #[default]
    All,
    /// Not tried or dropped yet.
    Open,
    /// Open and due today (their date reached, not snoozed past today).
    Due,
    /// Tried.
    Tried,
    /// Dropped.
    Dropped,
}

impl ExperimentFilter {
    /// Every filter, in the order offered.
    pub const ALL: [ExperimentFilter; 5] = [
        ExperimentFilter::All,
        ExperimentFilter::Open,
        ExperimentFilter::Due,
        ExperimentFilter::Tried,
        ExperimentFilter::Dropped,
    ];

    /// The filter's name as the window shows it, in the reader's language.
    pub fn label(self) -> String {
        match self {
            ExperimentFilter::All => crate::t!("experiment-filter-all"),
            ExperimentFilter::Open => crate::t!("experiment-filter-open"),
            ExperimentFilter::Due => crate::t!("experiment-filter-due"),
            ExperimentFilter::Tried => crate::t!("experiment-filter-tried"),
            ExperimentFilter::Dropped => crate::t!("experiment-filter-dropped"),
        }
    }

    /// A fixed word for the filter (`all`, `open`, `due`, `tried`, `dropped`), which messages
    /// select on.
    pub fn key(self) -> &'static str {
        match self {
            ExperimentFilter::All => "all",
            ExperimentFilter::Open => "open",
            ExperimentFilter::Due => "due",
            ExperimentFilter::Tried => "tried",
            ExperimentFilter::Dropped => "dropped",
        }
    }

    /// True when `experiment` belongs in the list on `today`.
    pub fn admits(self, experiment: &Experiment, today: NaiveDate) -> bool {
        match self {
            ExperimentFilter::All => true,
            ExperimentFilter::Open => experiment.is_open(),
            ExperimentFilter::Due => experiment.is_due(today),
            ExperimentFilter::Tried => matches!(experiment.status, ExperimentStatus::Tried { .. }),
            ExperimentFilter::Dropped => {
                matches!(experiment.status, ExperimentStatus::Dropped { .. })
            }
        }
    }
}

impl Experiment {
    /// True while it is neither tried nor dropped.
    pub fn is_open(&self) -> bool {
        self.status == ExperimentStatus::Open
    }

    /// The day it is meant to be tried by, for a dated experiment.
    pub fn by(&self) -> Option<NaiveDate> {
        match &self.when {
            TryWhen::By(date) => Some(*date),
            TryWhen::Situation(_) => None,
        }
    }

    /// The situation it waits for, for a situation experiment.
    pub fn situation(&self) -> Option<&str> {
        match &self.when {
            TryWhen::Situation(text) => Some(text),
            TryWhen::By(_) => None,
        }
    }

    /// True when Today should ask about it on `today`: open, dated, its date reached, and not
    /// put off past today by a "Not yet".
    pub fn is_due(&self, today: NaiveDate) -> bool {
        let Some(by) = self.by() else {
            return false;
        };
        self.is_open() && by <= today && self.ask_again_on.is_none_or(|again| again <= today)
    }

    /// The day it was tried, if it was.
    pub fn tried_on(&self) -> Option<NaiveDate> {
        match self.status {
            ExperimentStatus::Tried { on, .. } => Some(on),
            _ => None,
        }
    }

    /// How trying it went, if it was tried.
    pub fn outcome(&self) -> Option<Outcome> {
        match self.status {
            ExperimentStatus::Tried { outcome, .. } => Some(outcome),
            _ => None,
        }
    }

    /// The day it was dropped, if it was.
    pub fn dropped_on(&self) -> Option<NaiveDate> {
        match self.status {
            ExperimentStatus::Dropped { on, .. } => Some(on),
            _ => None,
        }
    }

    /// Every text of the experiment, for search.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let status = match &self.status {
            ExperimentStatus::Open => None,
            ExperimentStatus::Tried { note, .. } => Some(note.as_str()),
            ExperimentStatus::Dropped { why, .. } => Some(why.as_str()),
        };
        std::iter::once(self.text.as_str())
            .chain(self.situation())
            .chain(status)
    }

    /// "Not yet": ask again [`NOT_YET_DAYS`] days after `today`.
    pub fn not_yet(&mut self, today: NaiveDate) {
        self.ask_again_on = today.checked_add_days(Days::new(NOT_YET_DAYS));
    }

    /// The answer as the lists show it: "Tried 3 Dec 2026: Worked — went fine", "Dropped
    /// 3 Dec 2026 — no time", or "Open", in the reader's language.
    pub fn answer_in_words(&self) -> String {
        let (what, words) = match &self.status {
            ExperimentStatus::Open => return crate::t!("experiment-answer-open"),
            ExperimentStatus::Tried { on, outcome, note } => (
                crate::t!(
                    "experiment-answer-tried",
                    date = crate::i18n::date(*on, DateStyle::Short),
                    outcome = outcome.label()
                ),
                note,
            ),
            ExperimentStatus::Dropped { on, why } => (
                crate::t!(
                    "experiment-answer-dropped",
                    date = crate::i18n::date(*on, DateStyle::Short)
                ),
                why,
            ),
        };
        if words.is_empty() {
            what
        } else {
            crate::t!(
                "experiment-answer-with-words",
                answer = what,
                words = words.as_str()
            )
        }
    }

    /// "by 15 Jan 2027" or "next time I present to leadership", as a list shows it, in the
    /// reader's language.
    pub fn when_in_words(&self) -> String {
        match &self.when {
            TryWhen::By(date) => crate::t!(
                "experiment-when-by",
                date = crate::i18n::date(*date, DateStyle::Short)
            ),
            TryWhen::Situation(text) => text.clone(),
        }
    }

    /// The same in English whatever the reader's language, for the command line and the
    /// data it writes (`kintsugi review --json`).
    pub fn when_in_english(&self) -> String {
        match &self.when {
            TryWhen::By(date) => format!("by {}", date.format("%-d %b %Y")),
            TryWhen::Situation(text) => text.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap_or_default()
    }

    fn experiment(when: TryWhen) -> Experiment {
        let at = DateTime::from_timestamp(1_780_000_000, 0).unwrap_or_default();
        Experiment {
            id: ExperimentId::from_seed_bytes([1; 16]),
            setback: SetbackId::from_seed_bytes([2; 16]),
            text: "Ask for a rehearsal before presenting".into(),
            when,
            skill: None,
            created_on: day("2026-11-01"),
            status: ExperimentStatus::Open,
            ask_again_on: None,
            created_at: at,
            updated_at: at,
        }
    }

    #[test]
    fn a_dated_experiment_is_due_from_its_day_until_answered_and_not_yet_waits_three_days() {
        let mut dated = experiment(TryWhen::By(day("2026-11-10")));
        assert!(!dated.is_due(day("2026-11-09")));
        assert!(dated.is_due(day("2026-11-10")));
        assert!(dated.is_due(day("2026-11-20")));
        dated.not_yet(day("2026-11-12"));
        assert_eq!(dated.ask_again_on, Some(day("2026-11-15")));
        assert!(!dated.is_due(day("2026-11-12")));
        assert!(!dated.is_due(day("2026-11-14")));
        assert!(dated.is_due(day("2026-11-15")));
        dated.status = ExperimentStatus::Tried {
            on: day("2026-11-16"),
            outcome: Outcome::Partly,
            note: String::new(),
        };
        assert!(!dated.is_due(day("2026-11-20")));
        assert_eq!(dated.tried_on(), Some(day("2026-11-16")));
        assert_eq!(dated.outcome(), Some(Outcome::Partly));
    }

    #[test]
    fn a_situation_experiment_is_never_due() {
        let situation = experiment(TryWhen::Situation("next time I present".into()));
        assert!(!situation.is_due(day("2030-01-01")));
        assert!(ExperimentFilter::Open.admits(&situation, day("2030-01-01")));
        assert!(!ExperimentFilter::Due.admits(&situation, day("2030-01-01")));
    }

    #[test]
    fn outcome_keys_round_trip() {
        for outcome in Outcome::ALL {
            assert_eq!(Outcome::from_key(outcome.key()), Some(outcome));
        }
        assert_eq!(Outcome::from_key("Didn't"), Some(Outcome::Didnt));
        assert_eq!(Outcome::from_key("maybe"), None);
    }

    #[test]
    fn the_answer_and_the_date_are_written_in_the_readers_language_and_english_for_the_data() {
        use crate::i18n::{Language, use_on_this_thread};
        let mut tried = experiment(TryWhen::By(day("2026-12-15")));
        tried.status = ExperimentStatus::Tried {
            on: day("2026-12-03"),
            outcome: Outcome::Partly,
            note: "went fine".into(),
        };
        use_on_this_thread(Language::English);
        assert_eq!(
            tried.answer_in_words(),
            "Tried 3 Dec 2026: Partly worked — went fine"
        );
        assert_eq!(tried.when_in_words(), "by 15 Dec 2026");
        use_on_this_thread(Language::German);
        assert!(
            tried.answer_in_words().starts_with("Ausprobiert am "),
            "{}",
            tried.answer_in_words()
        );
        assert!(tried.when_in_words().starts_with("bis "));
        assert_eq!(tried.when_in_english(), "by 15 Dec 2026");
        assert_eq!(Outcome::Partly.name(), "Partly worked");
        use_on_this_thread(Language::English);
    }
}
