//! The report's experiments and weekly reviews: which of them a report of a range tells, and in
//! which words. An experiment goes in only when its setback would (the same choice of setbacks
//! and micro-failures); what a review says goes in only with the notes, like check-in notes —
//! otherwise only its period and rating.

use serde::Serialize;

use super::ReportOptions;
use super::content::{is_chosen, period_words};
use crate::i18n::DateStyle;
use crate::insights::DateRange;
use crate::model::{Experiment, ExperimentStatus, Journal, Outcome, Review, TryWhen};

/// One experiment of the range, told because its setback is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportExperiment {
    /// What was to be tried, in one sentence.
    pub text: String,
    /// Where it came from and when it was meant for: "From “Demo went badly” (2 Nov 2026) ·
    /// trains Presenting\nPlanned on 3 Nov 2026, to try by 20 Nov 2026".
    pub facts: String,
    /// Where it stands: "Tried on 21 Nov 2026: worked", "Dropped on …", "Not tried yet"; the
    /// heading of the note when there is one.
    pub status: String,
    /// The line on how it went, or why it was dropped (may be empty).
    pub note: String,
}

/// One weekly review of the range.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportReview {
    /// The days it covers: "16 Nov 2026 – 22 Nov 2026".
    pub period: String,
    /// "Week rated 7 of 10", or "Not rated".
    pub rating: String,
    /// What went well (empty unless notes are included).
    pub went_well: String,
    /// The lesson carried into the next week (empty unless notes are included).
    pub lesson: String,
}

impl ReportReview {
    /// True when it carries words of the user (only ever with notes included).
    pub fn has_words(&self) -> bool {
        !self.went_well.is_empty() || !self.lesson.is_empty()
    }
}

fn short(date: chrono::NaiveDate) -> String {
    crate::i18n::date(date, DateStyle::Short)
}

/// True when the experiment belongs to the range: planned, tried or dropped in it (SPEC §3.3).
pub(super) fn in_range(experiment: &Experiment, range: DateRange) -> bool {
    range.contains(experiment.created_on)
        || experiment.tried_on().is_some_and(|on| range.contains(on))
        || experiment.dropped_on().is_some_and(|on| range.contains(on))
}

/// Whether the options tell this experiment: only when they tell its setback.
pub(super) fn is_told(journal: &Journal, experiment: &Experiment, options: &ReportOptions) -> bool {
    journal
        .setback(experiment.setback)
        .is_some_and(|setback| is_chosen(setback, options))
}

/// The experiments of the range the options tell, by the day planned, and how many of the
/// range's experiments are left out.
pub(super) fn experiments(
    journal: &Journal,
    options: &ReportOptions,
) -> (Vec<ReportExperiment>, usize) {
    let of_range = journal
        .experiments()
        .iter()
        .filter(|experiment| in_range(experiment, options.range))
        .count();
    let told: Vec<ReportExperiment> = options
        .told_experiments(journal)
        .into_iter()
        .map(|experiment| report_experiment(journal, experiment))
        .collect();
    let left_out = of_range.saturating_sub(told.len());
    (told, left_out)
}

fn report_experiment(journal: &Journal, experiment: &Experiment) -> ReportExperiment {
    let mut origin: Vec<String> = Vec::new();
    if let Some(setback) = journal.setback(experiment.setback) {
        origin.push(crate::t!(
            "report-experiment-from",
            setback = setback.title.trim(),
            date = short(setback.date)
        ));
    }
    if let Some(skill) = experiment.skill.and_then(|id| journal.skill(id)) {
        origin.push(crate::t!(
            "report-experiment-trains",
            skill = skill.name.trim()
        ));
    }
    let planned = short(experiment.created_on);
    let when = match &experiment.when {
        TryWhen::By(by) => crate::t!(
            "report-experiment-planned-by",
            planned = planned,
            by = short(*by)
        ),
        TryWhen::Situation(situation) => crate::t!(
            "report-experiment-planned-when",
            planned = planned,
            situation = situation.trim()
        ),
    };
    let facts = if origin.is_empty() {
        when
    } else {
        format!("{}\n{when}", origin.join(" · "))
    };
    let (status, note) = match &experiment.status {
        ExperimentStatus::Open => (crate::t!("report-experiment-not-tried"), ""),
        ExperimentStatus::Tried { on, outcome, note } => (
            crate::t!(
                "report-experiment-tried",
                date = short(*on),
                outcome = outcome_key(*outcome)
            ),
            note.trim(),
        ),
        ExperimentStatus::Dropped { on, why } => (
            crate::t!("report-experiment-dropped", date = short(*on)),
            why.trim(),
        ),
    };
    ReportExperiment {
        text: experiment.text.trim().to_owned(),
        facts,
        status,
        note: note.to_owned(),
    }
}

/// How an experiment went, as the message selects its words.
fn outcome_key(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Worked => "worked",
        Outcome::Partly => "partly",
        Outcome::Didnt => "didnt",
    }
}

/// The reviews made in the range (their last day in it), oldest first; their words only when
/// `notes` is set.
pub(super) fn reviews(journal: &Journal, range: DateRange, notes: bool) -> Vec<ReportReview> {
    reviews_of(journal, range)
        .map(|review| report_review(review, notes))
        .collect()
}

/// The reviews made in the range (their last day in it), oldest first.
pub(super) fn reviews_of(journal: &Journal, range: DateRange) -> impl Iterator<Item = &Review> {
    journal
        .reviews()
        .iter()
        .filter(move |review| range.contains(review.to))
}

fn report_review(review: &Review, notes: bool) -> ReportReview {
    let words = |text: &str| {
        if notes {
            text.trim().to_owned()
        } else {
            String::new()
        }
    };
    ReportReview {
        period: period_words(review.from, review.to),
        rating: review.rating.map_or_else(
            || crate::t!("report-review-not-rated"),
            |rating| crate::t!("report-review-rated", rating = rating.get()),
        ),
        went_well: words(&review.went_well),
        lesson: words(&review.lesson),
    }
}

/// Whether some review of the range says something that the notes choice leaves out.
pub(super) fn reviews_have_words(journal: &Journal, range: DateRange) -> bool {
    reviews_of(journal, range)
        .any(|review| !review.went_well.trim().is_empty() || !review.lesson.trim().is_empty())
}
