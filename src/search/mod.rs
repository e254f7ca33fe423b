//! The journal as one timeline of everything written — check-ins with their notes and tags,
//! setbacks with their reflection, experiments with how they went, weekly reviews — newest
//! first, and the search over it: entries whose text holds every word typed, ignoring case and
//! accents, narrowed by tag, kind and dates. The timeline is built once per change of the
//! journal; a search only scans its folded text.

mod fold;
mod practice;

use chrono::NaiveDate;

pub use fold::{fold, match_ranges, query_words};

use crate::model::{ExperimentId, Journal, Rating, RatingScale, ReviewId, SetbackId};

/// Which kind of entry a timeline row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryKind {
    /// A day's check-in.
    CheckIn,
    /// A setback or micro-failure.
    Setback,
    /// An experiment made from a setback.
    Experiment,
    /// A weekly review.
    Review,
}

impl EntryKind {
    /// The order of a day's entries: the check-in, setbacks, experiments, then the review.
    fn rank(self) -> u8 {
        match self {
            EntryKind::CheckIn => 0,
            EntryKind::Setback => 1,
            EntryKind::Experiment => 2,
            EntryKind::Review => 3,
        }
    }
}

/// What a timeline entry points at, to open it on its screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryTarget {
    /// The check-in of this day.
    CheckIn(NaiveDate),
    /// This setback.
    Setback(SetbackId),
    /// This experiment, made from this setback (which a click opens).
    Experiment(ExperimentId, SetbackId),
    /// This weekly review.
    Review(ReviewId),
}

impl EntryTarget {
    /// The entry's kind.
    pub fn kind(self) -> EntryKind {
        match self {
            EntryTarget::CheckIn(_) => EntryKind::CheckIn,
            EntryTarget::Setback(_) => EntryKind::Setback,
            EntryTarget::Experiment(..) => EntryKind::Experiment,
            EntryTarget::Review(_) => EntryKind::Review,
        }
    }
}

/// Which field of an entry a text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldName {
    /// A check-in's note.
    Note,
    /// A check-in's tag.
    Tag,
    /// A setback's title.
    Title,
    /// What happened.
    WhatHappened,
    /// A contributing factor.
    ContributingFactor,
    /// What to do differently.
    DoDifferently,
    /// Who gave feedback.
    FeedbackFrom,
    /// What the feedback said.
    Feedback,
    /// A lesson.
    Lesson,
    /// A skill.
    Skill,
    /// An experiment's sentence.
    Experiment,
    /// How trying an experiment went.
    HowItWent,
    /// Why an experiment was dropped.
    WhyDropped,
    /// The situation an experiment waits for.
    When,
    /// What went well in a review.
    WentWell,
    /// The lesson a review carries on.
    LessonCarriedOn,
}

impl FieldName {
    /// The field's name as the screens show it, in the reader's language.
    pub fn label(self) -> String {
        match self {
            FieldName::Note => crate::t!("search-field-note"),
            FieldName::Tag => crate::t!("search-field-tag"),
            FieldName::Title => crate::t!("search-field-title"),
            FieldName::WhatHappened => crate::t!("search-field-what-happened"),
            FieldName::ContributingFactor => crate::t!("search-field-contributing-factor"),
            FieldName::DoDifferently => crate::t!("search-field-do-differently"),
            FieldName::FeedbackFrom => crate::t!("search-field-feedback-from"),
            FieldName::Feedback => crate::t!("search-field-feedback"),
            FieldName::Lesson => crate::t!("search-field-lesson"),
            FieldName::Skill => crate::t!("search-field-skill"),
            FieldName::Experiment => crate::t!("search-field-experiment"),
            FieldName::HowItWent => crate::t!("search-field-how-it-went"),
            FieldName::WhyDropped => crate::t!("search-field-why-dropped"),
            FieldName::When => crate::t!("search-field-when"),
            FieldName::WentWell => crate::t!("search-field-went-well"),
            FieldName::LessonCarriedOn => crate::t!("search-field-lesson-carried-on"),
        }
    }
}

/// One written field of an entry, named as the screens name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryField {
    /// Note, What happened, Lesson…
    pub name: FieldName,
    /// The text as written.
    pub text: String,
}

/// One row of the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineEntry {
    /// The day it is about.
    pub date: NaiveDate,
    /// What it opens.
    pub target: EntryTarget,
    /// A one-line heading: the setback's title, the check-in's ratings, the experiment and
    /// where it stands, the review's period and rating (in the language of the build).
    pub heading: String,
    /// The check-in's tags (other entries have none).
    pub tags: Vec<String>,
    /// A line of context shown where tags would be, not searched: the setback an experiment
    /// comes from.
    pub context: String,
    /// Every field searched, in the order the screens show them.
    pub fields: Vec<EntryField>,
    /// All searched text folded, one field per line, for matching.
    folded: String,
    /// The tags folded, for the tag filter.
    folded_tags: Vec<String>,
}

impl TimelineEntry {
    fn new(
        date: NaiveDate,
        target: EntryTarget,
        heading: String,
        tags: Vec<String>,
        fields: Vec<EntryField>,
    ) -> Self {
        let mut folded = String::new();
        for field in &fields {
            folded.push_str(&fold(&field.text));
            folded.push('\n');
        }
        let folded_tags = tags.iter().map(|tag| fold(tag)).collect();
        Self {
            date,
            target,
            heading,
            tags,
            context: String::new(),
            fields,
            folded,
            folded_tags,
        }
    }

    /// The same with a line of context under the excerpt.
    fn with_context(self, context: String) -> Self {
        Self { context, ..self }
    }

    /// True when the entry's text holds every one of the folded `words`.
    pub fn matches_words(&self, words: &[String]) -> bool {
        words.iter().all(|word| self.folded.contains(word.as_str()))
    }

    /// True when the entry carries `tag` (folded).
    pub fn has_tag(&self, folded_tag: &str) -> bool {
        self.folded_tags.iter().any(|tag| tag == folded_tag)
    }
}

/// What the user asked for on the Journal screen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchQuery {
    /// The words typed, as typed.
    pub text: String,
    /// Only entries with this tag.
    pub tag: Option<String>,
    /// Only entries of this kind.
    pub kind: Option<EntryKind>,
    /// Only entries on or after this day.
    pub from: Option<NaiveDate>,
    /// Only entries on or before this day.
    pub to: Option<NaiveDate>,
}

impl SearchQuery {
    /// True when the query narrows nothing: the whole timeline is shown.
    pub fn is_everything(&self) -> bool {
        self.text.trim().is_empty()
            && self.tag.is_none()
            && self.kind.is_none()
            && self.from.is_none()
            && self.to.is_none()
    }
}

/// The timeline of a journal, newest first.
#[derive(Debug, Clone, Default)]
pub struct Timeline {
    entries: Vec<TimelineEntry>,
}

impl Timeline {
    /// Every check-in, setback, experiment and review of `journal`, newest day first, headed
    /// in the reader's language (build it again when the language changes); on one
    /// day the check-in comes first, then the setbacks, the experiments and the review, each
    /// kind in the journal's order. An experiment stands on the day it was tried or dropped,
    /// else the day it was planned; a review on its last day, the day it was made.
    pub fn build(journal: &Journal) -> Self {
        let words = CheckInWords::new();
        let mut entries: Vec<TimelineEntry> = journal
            .check_ins()
            .map(|check_in| {
                let ratings: Vec<&str> = RatingScale::ALL
                    .into_iter()
                    .enumerate()
                    .filter_map(|(index, scale)| {
                        let rating = check_in.ratings.get(scale)?;
                        words.rating(index, rating.get())
                    })
                    .collect();
                let heading = if ratings.is_empty() {
                    words.check_in.clone()
                } else {
                    words.with_ratings(&ratings.join(" · "))
                };
                let mut fields = Vec::new();
                push_field(&mut fields, FieldName::Note, &check_in.note);
                for tag in &check_in.tags {
                    push_field(&mut fields, FieldName::Tag, tag);
                }
                TimelineEntry::new(
                    check_in.date,
                    EntryTarget::CheckIn(check_in.date),
                    heading,
                    check_in.tags.clone(),
                    fields,
                )
            })
            .collect();
        for setback in journal.setbacks() {
            let reflection = &setback.reflection;
            let mut fields = Vec::new();
            push_field(&mut fields, FieldName::Title, &setback.title);
            push_field(
                &mut fields,
                FieldName::WhatHappened,
                &reflection.what_happened,
            );
            for factor in &reflection.contributing_factors {
                push_field(&mut fields, FieldName::ContributingFactor, factor);
            }
            push_field(
                &mut fields,
                FieldName::DoDifferently,
                &reflection.do_differently,
            );
            for feedback in &reflection.feedback {
                if let Some(name) = &feedback.name {
                    push_field(&mut fields, FieldName::FeedbackFrom, name);
                }
                push_field(&mut fields, FieldName::Feedback, &feedback.insight);
            }
            for lesson in &reflection.lessons {
                push_field(&mut fields, FieldName::Lesson, lesson);
            }
            for skill in journal
                .skills()
                .iter()
                .filter(|skill| setback.skills.contains(&skill.id))
            {
                push_field(&mut fields, FieldName::Skill, &skill.name);
            }
            let heading = if setback.micro_failure {
                crate::t!(
                    "search-micro-failure-heading",
                    title = setback.title.as_str()
                )
            } else {
                crate::t!("search-setback-heading", title = setback.title.as_str())
            };
            entries.push(TimelineEntry::new(
                setback.date,
                EntryTarget::Setback(setback.id),
                heading,
                Vec::new(),
                fields,
            ));
        }
        entries.extend(
            journal
                .experiments()
                .iter()
                .map(|experiment| practice::experiment_entry(journal, experiment)),
        );
        entries.extend(journal.reviews().iter().map(practice::review_entry));
        // Newest day first; on a day, by kind, each kind in the order it was added (stable).
        entries.sort_by(|a, b| {
            b.date
                .cmp(&a.date)
                .then_with(|| a.target.kind().rank().cmp(&b.target.kind().rank()))
        });
        Self { entries }
    }

    /// Every entry, newest first.
    pub fn entries(&self) -> &[TimelineEntry] {
        &self.entries
    }

    /// The positions in [`Timeline::entries`] of the entries `query` finds, newest first.
    pub fn search(&self, query: &SearchQuery) -> Vec<usize> {
        let words = query_words(&query.text);
        let tag = query.tag.as_deref().map(|tag| fold(tag.trim()));
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, entry)| {
                query.kind.is_none_or(|kind| entry.target.kind() == kind)
                    && query.from.is_none_or(|from| entry.date >= from)
                    && query.to.is_none_or(|to| entry.date <= to)
                    && tag.as_deref().is_none_or(|tag| entry.has_tag(tag))
                    && entry.matches_words(&words)
            })
            .map(|(index, _)| index)
            .collect()
    }

    /// Every tag used in the journal, as first written, sorted case-insensitively.
    pub fn tags(&self) -> Vec<String> {
        let mut seen = std::collections::BTreeMap::new();
        for entry in self.entries.iter().rev() {
            for (tag, folded) in entry.tags.iter().zip(&entry.folded_tags) {
                seen.entry(folded.clone()).or_insert_with(|| tag.clone());
            }
        }
        seen.into_values().collect()
    }
}

/// The words of the check-ins' headings, formatted once per build rather than once per
/// check-in (ten years hold some 3,650 of them).
struct CheckInWords {
    /// "Check-in".
    check_in: String,
    /// "Check-in · " and what follows the ratings, around [`CheckInWords::MARK`].
    with_ratings: String,
    /// "Mood 7" for every scale (in the order of [`RatingScale::ALL`]) and value 0–10.
    ratings: Vec<Vec<String>>,
}

impl CheckInWords {
    /// Where the ratings go in the heading's message.
    const MARK: &str = "\u{1}";

    fn new() -> Self {
        let ratings = RatingScale::ALL
            .into_iter()
            .map(|scale| {
                (0..=Rating::MAX)
                    .map(|value| {
                        crate::t!("search-rating", scale = scale.screen_label(), value = value)
                    })
                    .collect()
            })
            .collect();
        Self {
            check_in: crate::t!("search-check-in"),
            with_ratings: crate::t!("search-check-in-with-ratings", ratings = Self::MARK),
            ratings,
        }
    }

    fn rating(&self, scale: usize, value: u8) -> Option<&str> {
        self.ratings
            .get(scale)
            .and_then(|values| values.get(usize::from(value)))
            .map(String::as_str)
    }

    fn with_ratings(&self, ratings: &str) -> String {
        self.with_ratings.replace(Self::MARK, ratings)
    }
}

fn push_field(fields: &mut Vec<EntryField>, name: FieldName, text: &str) {
    if !text.trim().is_empty() {
        fields.push(EntryField {
            name,
            text: text.to_owned(),
        });
    }
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, NaiveDate};

    use super::*;
    use crate::i18n::{Language, use_on_this_thread};
    use crate::model::{CheckInInput, Rating, Ratings};

    fn journal() -> Journal {
        let day = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap_or_default();
        let mut journal = Journal::default();
        let input = CheckInInput {
            ratings: Ratings {
                mood: Rating::try_from(7).ok(),
                ..Ratings::default()
            },
            note: "A calm day".to_owned(),
            tags: Vec::new(),
        };
        let saved = journal.upsert_check_in(day, &input, day, DateTime::UNIX_EPOCH);
        assert_eq!(saved, Ok(true));
        journal
    }

    #[test]
    fn headings_and_field_names_speak_the_readers_language() {
        let journal = journal();
        use_on_this_thread(Language::German);
        let timeline = Timeline::build(&journal);
        let entry = &timeline.entries()[0];
        assert!(
            entry.heading.starts_with("Tageseintrag · "),
            "{}",
            entry.heading
        );
        assert!(entry.heading.ends_with(" 7"), "{}", entry.heading);
        assert_eq!(entry.fields[0].name.label(), "Notiz");
        use_on_this_thread(Language::English);
        let timeline = Timeline::build(&journal);
        let entry = &timeline.entries()[0];
        assert!(
            entry.heading.starts_with("Check-in · "),
            "{}",
            entry.heading
        );
        assert_eq!(entry.fields[0].name.label(), "Note");
    }
}
