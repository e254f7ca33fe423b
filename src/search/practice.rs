//! Experiments and weekly reviews as timeline entries: what of them is searched (the sentence,
//! the situation, the line on how it went or why it was dropped, the skill; what went well and
//! the lesson) and how their rows are headed.

use super::{EntryField, EntryTarget, TimelineEntry, push_field};
use crate::model::{Experiment, ExperimentStatus, Journal, Review, SetbackStatus};

/// An experiment's entry: headed by where it stands and its sentence, with its setback's title
/// and status as context; a click opens the setback.
pub(super) fn experiment_entry(journal: &Journal, experiment: &Experiment) -> TimelineEntry {
    let mut fields: Vec<EntryField> = Vec::new();
    push_field(&mut fields, "Experiment", &experiment.text);
    let (standing, date) = match &experiment.status {
        ExperimentStatus::Open => ("open".to_owned(), experiment.created_on),
        ExperimentStatus::Tried { on, outcome, note } => {
            push_field(&mut fields, "How it went", note);
            (format!("tried, {}", outcome.name().to_lowercase()), *on)
        }
        ExperimentStatus::Dropped { on, why } => {
            push_field(&mut fields, "Why dropped", why);
            ("dropped".to_owned(), *on)
        }
    };
    if let Some(situation) = experiment.situation() {
        push_field(&mut fields, "When", situation);
    }
    if let Some(skill) = experiment.skill.and_then(|id| journal.skill(id)) {
        push_field(&mut fields, "Skill", &skill.name);
    }
    let context = journal
        .setback(experiment.setback)
        .map(|setback| {
            let status = match setback.status {
                SetbackStatus::Open => "open",
                SetbackStatus::Reflected => "reflected on",
                SetbackStatus::Recovered { .. } => "recovered",
            };
            format!("From the setback “{}” ({status})", setback.title)
        })
        .unwrap_or_default();
    TimelineEntry::new(
        date,
        EntryTarget::Experiment(experiment.id, experiment.setback),
        format!("Experiment · {standing} · {}", experiment.text),
        Vec::new(),
        fields,
    )
    .with_context(context)
}

/// A review's entry: headed by its period and rating, what went well and the lesson searched.
pub(super) fn review_entry(review: &Review) -> TimelineEntry {
    let mut fields = Vec::new();
    push_field(&mut fields, "Went well", &review.went_well);
    push_field(&mut fields, "Lesson carried on", &review.lesson);
    let rating = review.rating.map_or_else(
        || "not rated".to_owned(),
        |rating| format!("rated {} of 10", rating.get()),
    );
    TimelineEntry::new(
        review.to,
        EntryTarget::Review(review.id),
        format!(
            "Weekly review · {} – {} · {rating}",
            review.from.format("%-d %b"),
            review.to.format("%-d %b %Y")
        ),
        Vec::new(),
        fields,
    )
}
