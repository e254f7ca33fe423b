//! What a weekly review looks back on (SPEC §2 item 7): the period's ratings against the
//! period before, its setbacks and those still open with their next step, experiments due or
//! tried, feedback received and the lessons to pick from. The review page and `kintsugi review`
//! both show this.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::{DateRange, rating_summary};
use crate::model::{
    Experiment, ExperimentId, Journal, RatingScale, Review, ReviewId, Setback, SetbackId,
    SetbackStatus,
};

/// One rating over the period and over the period before.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RatingAgainstBefore {
    /// Which rating.
    pub rating: &'static str,
    /// Its mean over the period (null without a check-in that has it).
    pub mean: Option<f64>,
    /// Check-ins with it in the period.
    pub days: usize,
    /// Its mean over the period before.
    pub previous_mean: Option<f64>,
    /// Check-ins with it in the period before.
    pub previous_days: usize,
}

/// A setback as the review lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SetbackInReview {
    /// Its id.
    pub id: SetbackId,
    /// Its day.
    pub date: NaiveDate,
    /// Its title.
    pub title: String,
    /// "open", "reflected" or "recovered".
    pub status: &'static str,
    /// What comes next: its first open experiment, or else what the user will do differently
    /// (empty when neither is written).
    pub next_step: String,
}

/// An experiment as the review lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExperimentInReview {
    /// Its id.
    pub id: ExperimentId,
    /// What to try.
    pub text: String,
    /// "by 15 Jan 2027" or the situation.
    pub when: String,
    /// "open", "worked", "partly", "didnt" or "dropped".
    pub status: &'static str,
}

/// One piece of feedback received in the period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FeedbackInReview {
    /// The setback it is about.
    pub setback: String,
    /// Who gave it ("Mentor", or "Mentor (Ana)"), in English for `review --json`.
    pub from: String,
    /// Who gave it, for the window to name in the reader's language.
    #[serde(skip)]
    pub source: crate::model::FeedbackSource,
    /// Their name, when given.
    #[serde(skip)]
    pub name: Option<String>,
    /// What they said.
    pub insight: String,
}

/// Everything a review of `from..=to` looks back on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeekInReview {
    /// First day of the period.
    pub from: NaiveDate,
    /// Last day of the period.
    pub to: NaiveDate,
    /// The three ratings against the period of the same length before.
    pub ratings: Vec<RatingAgainstBefore>,
    /// Setbacks dated in the period.
    pub setbacks: Vec<SetbackInReview>,
    /// Earlier setbacks not yet recovered from.
    pub still_open: Vec<SetbackInReview>,
    /// Experiments whose date falls in the period or has passed, still open.
    pub experiments_due: Vec<ExperimentInReview>,
    /// Experiments tried in the period.
    pub experiments_tried: Vec<ExperimentInReview>,
    /// Feedback on the period's setbacks.
    pub feedback: Vec<FeedbackInReview>,
    /// The lessons written on the period's setbacks, to carry one on.
    pub lessons: Vec<String>,
    /// The review saved for this period, if there is one (its last day in the period).
    pub review: Option<SavedReview>,
}

/// A saved review, as the review page and `kintsugi review --json` show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SavedReview {
    /// Its id.
    pub id: ReviewId,
    /// The days it covers.
    pub from: NaiveDate,
    /// Its last day.
    pub to: NaiveDate,
    /// What went well.
    pub went_well: String,
    /// The lesson carried on.
    pub lesson: String,
    /// The rating of the period.
    pub rating: Option<u8>,
}

impl SavedReview {
    fn of(review: &Review) -> Self {
        SavedReview {
            id: review.id,
            from: review.from,
            to: review.to,
            went_well: review.went_well.clone(),
            lesson: review.lesson.clone(),
            rating: review.rating.map(u8::from),
        }
    }
}

fn status_word(status: SetbackStatus) -> &'static str {
    match status {
        SetbackStatus::Open => "open",
        SetbackStatus::Reflected => "reflected",
        SetbackStatus::Recovered { .. } => "recovered",
    }
}

fn setback_in_review(journal: &Journal, setback: &Setback) -> SetbackInReview {
    let next_step = journal
        .experiments_of_setback(setback.id)
        .find(|experiment| experiment.is_open())
        .map_or_else(
            || setback.reflection.do_differently.trim().to_owned(),
            |experiment| experiment.text.clone(),
        );
    SetbackInReview {
        id: setback.id,
        date: setback.date,
        title: setback.title.clone(),
        status: status_word(setback.status),
        next_step,
    }
}

fn experiment_in_review(experiment: &Experiment) -> ExperimentInReview {
    let status = match (experiment.outcome(), experiment.dropped_on()) {
        (Some(outcome), _) => outcome.key(),
        (None, Some(_)) => "dropped",
        (None, None) => "open",
    };
    ExperimentInReview {
        id: experiment.id,
        text: experiment.text.clone(),
        when: experiment.when_in_english(),
        status,
    }
}

/// The feedback received on a setback, as the review lists it.
fn feedback_of(setback: &Setback) -> impl Iterator<Item = FeedbackInReview> + '_ {
    setback
        .reflection
        .feedback
        .iter()
        .map(|feedback| FeedbackInReview {
            setback: setback.title.clone(),
            from: match feedback.name.as_deref().map(str::trim) {
                Some(name) if !name.is_empty() => format!("{} ({name})", feedback.source.name()),
                _ => feedback.source.name().to_owned(),
            },
            insight: feedback.insight.clone(),
            source: feedback.source,
            name: feedback
                .name
                .as_deref()
                .map(str::trim)
                .filter(|name| !name.is_empty())
                .map(str::to_owned),
        })
}

impl WeekInReview {
    /// What a review of `range` looks back on.
    pub fn of(journal: &Journal, range: DateRange) -> WeekInReview {
        let days = u64::from(range.day_count());
        let before_to = range.from().checked_sub_days(Days::new(1));
        let before = before_to.and_then(|to| {
            let from = to.checked_sub_days(Days::new(days - 1))?;
            DateRange::new(from, to).ok()
        });
        let ratings = RatingScale::ALL
            .iter()
            .map(|scale| {
                let days_with = |range: DateRange| {
                    journal
                        .check_ins_between(range.from(), range.to())
                        .filter(|check_in| check_in.ratings.get(*scale).is_some())
                        .count()
                };
                let then = before.map(|before| rating_summary(journal, before, *scale));
                RatingAgainstBefore {
                    rating: scale.key(),
                    mean: rating_summary(journal, range, *scale).mean,
                    days: days_with(range),
                    previous_mean: then.and_then(|then| then.mean),
                    previous_days: before.map_or(0, days_with),
                }
            })
            .collect();
        let setbacks: Vec<&Setback> = journal
            .setbacks()
            .iter()
            .filter(|setback| range.contains(setback.date))
            .collect();
        let still_open = journal
            .setbacks()
            .iter()
            .filter(|setback| setback.date < range.from())
            .filter(|setback| !matches!(setback.status, SetbackStatus::Recovered { .. }))
            .map(|setback| setback_in_review(journal, setback))
            .collect();
        let experiments_due = journal
            .experiments()
            .iter()
            .filter(|experiment| {
                experiment.is_open() && experiment.by().is_some_and(|by| by <= range.to())
            })
            .map(experiment_in_review)
            .collect();
        let experiments_tried = journal
            .experiments()
            .iter()
            .filter(|experiment| experiment.tried_on().is_some_and(|on| range.contains(on)))
            .map(experiment_in_review)
            .collect();
        let feedback = setbacks
            .iter()
            .flat_map(|setback| feedback_of(setback))
            .collect();
        let mut lessons: Vec<String> = Vec::new();
        for lesson in setbacks
            .iter()
            .flat_map(|setback| &setback.reflection.lessons)
        {
            let lesson = lesson.trim();
            if !lesson.is_empty() && !lessons.iter().any(|known| known == lesson) {
                lessons.push(lesson.to_owned());
            }
        }
        let review = journal
            .reviews()
            .iter()
            .rev()
            .find(|review| range.contains(review.to))
            .map(SavedReview::of);
        WeekInReview {
            from: range.from(),
            to: range.to(),
            ratings,
            setbacks: setbacks
                .iter()
                .map(|setback| setback_in_review(journal, setback))
                .collect(),
            still_open,
            experiments_due,
            experiments_tried,
            feedback,
            lessons,
            review,
        }
    }
}
