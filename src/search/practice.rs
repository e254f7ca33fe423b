//! Experiments and weekly reviews as timeline entries: what of them is searched (the sentence,
//! the situation, the line on how it went or why it was dropped, the skill; what went well and
//! the lesson) and how their rows are headed.

use super::{EntryField, EntryTarget, FieldName, TimelineEntry, push_field};
use crate::i18n::DateStyle;
use crate::model::{Experiment, ExperimentStatus, Journal, Review, SetbackStatus};

/// An experiment's entry: headed by where it stands and its sentence, with its setback's title
/// and status as context; a click opens the setback.
pub(super) fn experiment_entry(journal: &Journal, experiment: &Experiment) -> TimelineEntry {
    let mut fields: Vec<EntryField> = Vec::new();
    push_field(&mut fields, FieldName::Experiment, &experiment.text);
    let text = experiment.text.as_str();
    let (heading, date) = match &experiment.status {
        ExperimentStatus::Open => (
            crate::t!("search-experiment-open", text = text),
            experiment.created_on,
        ),
        ExperimentStatus::Tried { on, outcome, note } => {
            push_field(&mut fields, FieldName::HowItWent, note);
            (
                crate::t!(
                    "search-experiment-tried",
                    outcome = outcome.key(),
                    text = text
                ),
                *on,
            )
        }
        ExperimentStatus::Dropped { on, why } => {
            push_field(&mut fields, FieldName::WhyDropped, why);
            (crate::t!("search-experiment-dropped", text = text), *on)
        }
    };
    if let Some(situation) = experiment.situation() {
        push_field(&mut fields, FieldName::When, situation);
    }
    if let Some(skill) = experiment.skill.and_then(|id| journal.skill(id)) {
        push_field(&mut fields, FieldName::Skill, &skill.name);
    }
    let context = journal
        .setback(experiment.setback)
        .map(|setback| {
            let status = match setback.status {
                SetbackStatus::Open => "open",
                SetbackStatus::Reflected => "reflected",
                SetbackStatus::Recovered { .. } => "recovered",
            };
            crate::t!(
                "search-from-setback",
                title = setback.title.as_str(),
                status = status
            )
        })
        .unwrap_or_default();
    TimelineEntry::new(
        date,
        EntryTarget::Experiment(experiment.id, experiment.setback),
        heading,
        Vec::new(),
        fields,
    )
    .with_context(context)
}

/// A review's entry: headed by its period and rating, what went well and the lesson searched.
pub(super) fn review_entry(review: &Review) -> TimelineEntry {
    let mut fields = Vec::new();
    push_field(&mut fields, FieldName::WentWell, &review.went_well);
    push_field(&mut fields, FieldName::LessonCarriedOn, &review.lesson);
    let from = crate::i18n::date(review.from, DateStyle::DayMonth);
    let to = crate::i18n::date(review.to, DateStyle::Short);
    let heading = match review.rating {
        Some(rating) => crate::t!(
            "search-review-rated",
            from = from,
            to = to,
            rating = rating.get()
        ),
        None => crate::t!("search-review-not-rated", from = from, to = to),
    };
    TimelineEntry::new(
        review.to,
        EntryTarget::Review(review.id),
        heading,
        Vec::new(),
        fields,
    )
}
