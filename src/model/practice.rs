//! The journal's rules for experiments and reviews: making, trying, dropping, putting off, and
//! what each must hold.

use chrono::{DateTime, NaiveDate, Utc};

use super::experiment::{Experiment, ExperimentStatus, Outcome, TryWhen};
use super::ids::{ExperimentId, ReviewId, SetbackId, SkillId};
use super::journal::{Journal, ValidationError};
use super::review::{Review, review_period};

/// A new experiment as the user makes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewExperiment {
    /// The setback it comes from.
    pub setback: SetbackId,
    /// What to try, one sentence.
    pub text: String,
    /// By when, or in which situation.
    pub when: TryWhen,
    /// The skill it trains.
    pub skill: Option<SkillId>,
    /// The day it is planned (today, unless given).
    pub created_on: NaiveDate,
}

/// The rules one experiment follows on its own.
pub(super) fn check_experiment(experiment: &Experiment) -> Result<(), ValidationError> {
    if experiment.text.trim().is_empty() {
        return Err(ValidationError::EmptyExperiment);
    }
    if experiment
        .situation()
        .is_some_and(|situation| situation.trim().is_empty())
    {
        return Err(ValidationError::EmptySituation);
    }
    Ok(())
}

/// The rules one review follows on its own.
pub(super) fn check_review(review: &Review) -> Result<(), ValidationError> {
    if review.from > review.to {
        return Err(ValidationError::ReviewPeriod {
            from: review.from,
            to: review.to,
        });
    }
    Ok(())
}

/// An entry kept in a list of its kind in a fixed order, with its creation and change times:
/// experiments and reviews, which are saved, patched and restored alike.
pub(super) trait Listed: Clone + PartialEq {
    /// Its id.
    type Id: Copy + Eq + std::hash::Hash;
    /// The key the list is ordered by.
    type Order: Ord;
    /// Its id.
    fn id(&self) -> Self::Id;
    /// Its place in the list.
    fn order(&self) -> Self::Order;
    /// When it was made and last changed.
    fn stamps(&mut self) -> (&mut DateTime<Utc>, &mut DateTime<Utc>);
}

impl Listed for Experiment {
    type Id = ExperimentId;
    /// By the day planned, then when made, then id.
    type Order = (NaiveDate, DateTime<Utc>, ExperimentId);
    fn id(&self) -> ExperimentId {
        self.id
    }
    fn order(&self) -> Self::Order {
        (self.created_on, self.created_at, self.id)
    }
    fn stamps(&mut self) -> (&mut DateTime<Utc>, &mut DateTime<Utc>) {
        (&mut self.created_at, &mut self.updated_at)
    }
}

impl Listed for Review {
    type Id = ReviewId;
    /// By the last day, then when made, then id.
    type Order = (NaiveDate, DateTime<Utc>, ReviewId);
    fn id(&self) -> ReviewId {
        self.id
    }
    fn order(&self) -> Self::Order {
        (self.to, self.created_at, self.id)
    }
    fn stamps(&mut self) -> (&mut DateTime<Utc>, &mut DateTime<Utc>) {
        (&mut self.created_at, &mut self.updated_at)
    }
}

/// Puts `edited` into `list` in its place, replacing the entry of the same id: it keeps that
/// entry's creation time, and its change time unless something changed (`now` otherwise; both
/// `now` for a new entry). Returns whether the list changed.
pub(super) fn put_stamped<T: Listed>(list: &mut Vec<T>, mut edited: T, now: DateTime<Utc>) -> bool {
    let old = list
        .iter()
        .position(|entry| entry.id() == edited.id())
        .map(|index| list.remove(index));
    let changed = if let Some(mut old) = old {
        let (created, updated) = old.stamps();
        let (created, updated) = (*created, *updated);
        let (edited_created, edited_updated) = edited.stamps();
        *edited_created = created;
        *edited_updated = updated;
        let changed = edited != old;
        if changed {
            *edited.stamps().1 = now;
        }
        changed
    } else {
        let (created, updated) = edited.stamps();
        *created = now;
        *updated = now;
        true
    };
    insert_in_order(list, edited);
    changed
}

/// Inserts `entry` where its order puts it.
pub(super) fn insert_in_order<T: Listed>(list: &mut Vec<T>, entry: T) {
    let key = entry.order();
    let at = list.partition_point(|existing| existing.order() <= key);
    list.insert(at, entry);
}

/// The line of a new answer, keeping the words of the answer it replaces (answering again —
/// to correct how it went, or dropping an experiment once tried — never loses the line written
/// before): the earlier line when nothing new is given, both when they differ.
fn keep_earlier_words(status: &ExperimentStatus, given: &str) -> String {
    let earlier = match status {
        ExperimentStatus::Open => "",
        ExperimentStatus::Tried { note, .. } => note.as_str(),
        ExperimentStatus::Dropped { why, .. } => why.as_str(),
    }
    .trim();
    let given = given.trim();
    if given.is_empty() {
        earlier.to_owned()
    } else if earlier.is_empty() || given.contains(earlier) {
        given.to_owned()
    } else {
        format!("{earlier}\n{given}")
    }
}

/// Removes the blanks at both ends of `text` without copying it.
fn trim_in_place(text: &mut String) {
    text.truncate(text.trim_end().len());
    let leading = text.len() - text.trim_start().len();
    text.drain(..leading);
}

fn not_in_future(date: NaiveDate, today: NaiveDate) -> Result<(), ValidationError> {
    if date > today {
        return Err(ValidationError::FutureDate { date, today });
    }
    Ok(())
}

impl Journal {
    /// Every experiment, by the day planned.
    pub fn experiments(&self) -> &[Experiment] {
        &self.experiments
    }

    /// The experiment with this id.
    pub fn experiment(&self, id: ExperimentId) -> Option<&Experiment> {
        self.experiments
            .iter()
            .find(|experiment| experiment.id == id)
    }

    /// The experiments made from a setback, by the day planned.
    pub fn experiments_of_setback(&self, setback: SetbackId) -> impl Iterator<Item = &Experiment> {
        self.experiments
            .iter()
            .filter(move |experiment| experiment.setback == setback)
    }

    /// Every review, by its last day.
    pub fn reviews(&self) -> &[Review] {
        &self.reviews
    }

    /// The review with this id.
    pub fn review(&self, id: ReviewId) -> Option<&Review> {
        self.reviews.iter().find(|review| review.id == id)
    }

    /// The days a review made on `today` covers: see [`review_period`].
    pub fn next_review_period(&self, today: NaiveDate) -> (NaiveDate, NaiveDate) {
        let previous = self
            .reviews
            .iter()
            .map(|review| review.to)
            .filter(|to| *to < today)
            .max();
        review_period(previous, today)
    }

    /// Makes an experiment from a setback.
    pub fn add_experiment(
        &mut self,
        new: NewExperiment,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<ExperimentId, ValidationError> {
        let experiment = Experiment {
            id: ExperimentId::random(),
            setback: new.setback,
            text: new.text.trim().to_owned(),
            when: match new.when {
                TryWhen::Situation(text) => TryWhen::Situation(text.trim().to_owned()),
                by @ TryWhen::By(_) => by,
            },
            skill: new.skill,
            created_on: new.created_on,
            status: ExperimentStatus::Open,
            ask_again_on: None,
            created_at: now,
            updated_at: now,
        };
        let id = experiment.id;
        self.upsert_experiment(experiment, today, now)?;
        Ok(id)
    }

    /// Saves an edited experiment (or a new one). Returns `Ok(false)` when nothing changed.
    pub fn upsert_experiment(
        &mut self,
        mut edited: Experiment,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<bool, ValidationError> {
        trim_in_place(&mut edited.text);
        check_experiment(&edited)?;
        not_in_future(edited.created_on, today)?;
        if let Some(on) = edited.tried_on().or(edited.dropped_on()) {
            not_in_future(on, today)?;
        }
        let Some(setback) = self.setback(edited.setback) else {
            return Err(ValidationError::UnknownExperimentLink(edited.text));
        };
        // Refused for an answer given or changed now; one a merge or an import left before
        // its setback stays editable otherwise.
        let answered = |experiment: &Experiment| experiment.tried_on().or(experiment.dropped_on());
        let kept_answer = self
            .experiment(edited.id)
            .is_some_and(|old| answered(old) == answered(&edited));
        if let Some(on) = answered(&edited)
            && on < setback.date
            && !kept_answer
        {
            return Err(ValidationError::AnsweredBeforeSetback {
                on,
                date: setback.date,
            });
        }
        if edited
            .skill
            .is_some_and(|skill| self.skill(skill).is_none())
        {
            return Err(ValidationError::UnknownExperimentLink(edited.text));
        }
        Ok(put_stamped(&mut self.experiments, edited, now))
    }

    fn edit_experiment(
        &mut self,
        id: ExperimentId,
        today: NaiveDate,
        now: DateTime<Utc>,
        edit: impl FnOnce(&mut Experiment),
    ) -> Result<bool, ValidationError> {
        let mut experiment = self
            .experiment(id)
            .cloned()
            .ok_or(ValidationError::UnknownEntry)?;
        edit(&mut experiment);
        self.upsert_experiment(experiment, today, now)
    }

    /// Marks an experiment tried on `on`, with how it went.
    pub fn try_experiment(
        &mut self,
        id: ExperimentId,
        on: NaiveDate,
        outcome: Outcome,
        note: &str,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<bool, ValidationError> {
        self.edit_experiment(id, today, now, |experiment| {
            let note = keep_earlier_words(&experiment.status, note);
            experiment.status = ExperimentStatus::Tried { on, outcome, note };
            experiment.ask_again_on = None;
        })
    }

    /// Drops an experiment on `on`, saying why.
    pub fn drop_experiment(
        &mut self,
        id: ExperimentId,
        on: NaiveDate,
        why: &str,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<bool, ValidationError> {
        self.edit_experiment(id, today, now, |experiment| {
            let why = keep_earlier_words(&experiment.status, why);
            experiment.status = ExperimentStatus::Dropped { on, why };
            experiment.ask_again_on = None;
        })
    }

    /// "Not yet": Today asks again in three days.
    pub fn put_off_experiment(
        &mut self,
        id: ExperimentId,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<bool, ValidationError> {
        self.edit_experiment(id, today, now, |experiment| experiment.not_yet(today))
    }

    /// Deletes an experiment, returning it.
    pub fn remove_experiment(&mut self, id: ExperimentId) -> Option<Experiment> {
        let index = self.experiments.iter().position(|e| e.id == id)?;
        Some(self.experiments.remove(index))
    }

    /// Saves a review (new or edited). Returns `Ok(false)` when nothing changed.
    pub fn upsert_review(
        &mut self,
        mut edited: Review,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<bool, ValidationError> {
        check_review(&edited)?;
        not_in_future(edited.to, today)?;
        let went_well = edited.went_well.trim_end().len();
        edited.went_well.truncate(went_well);
        trim_in_place(&mut edited.lesson);
        Ok(put_stamped(&mut self.reviews, edited, now))
    }

    /// Deletes a review, returning it.
    pub fn remove_review(&mut self, id: ReviewId) -> Option<Review> {
        let index = self.reviews.iter().position(|review| review.id == id)?;
        Some(self.reviews.remove(index))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, NewSetback, Severity};

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap_or_default()
    }

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(1_790_000_000, 0).unwrap_or_default()
    }

    fn journal_with_setback() -> (Journal, SetbackId) {
        let mut journal = Journal::default();
        let setback = journal
            .add_setback(
                NewSetback {
                    date: day("2026-11-02"),
                    title: "Demo went badly".into(),
                    category: Category::Work,
                    severity: Severity::try_from(3).unwrap_or_else(|_| unreachable!()),
                    micro_failure: false,
                    skill_names: vec!["Presenting".into()],
                },
                day("2026-12-01"),
                now(),
            )
            .unwrap_or_else(|error| panic!("{error}"));
        (journal, setback)
    }

    #[test]
    fn an_experiment_goes_from_open_to_tried_or_dropped_and_refuses_what_breaks_the_rules() {
        let (mut journal, setback) = journal_with_setback();
        let today = day("2026-12-01");
        let new = NewExperiment {
            setback,
            text: "  Ask for a rehearsal  ".into(),
            when: TryWhen::By(day("2026-11-20")),
            skill: journal.skill_named("presenting").map(|skill| skill.id),
            created_on: day("2026-11-03"),
        };
        let id = journal
            .add_experiment(new.clone(), today, now())
            .unwrap_or_else(|error| panic!("{error}"));
        let made = journal.experiment(id).cloned();
        assert_eq!(
            made.as_ref().map(|e| e.text.as_str()),
            Some("Ask for a rehearsal")
        );
        assert!(made.is_some_and(|e| e.is_due(today)));

        assert_eq!(journal.put_off_experiment(id, today, now()), Ok(true));
        assert!(!journal.experiment(id).is_some_and(|e| e.is_due(today)));
        assert_eq!(
            journal.try_experiment(
                id,
                day("2026-12-01"),
                Outcome::Worked,
                " went fine ",
                today,
                now()
            ),
            Ok(true)
        );
        let tried = journal.experiment(id).cloned();
        assert_eq!(tried.as_ref().and_then(Experiment::tried_on), Some(today));
        assert_eq!(tried.as_ref().and_then(|e| e.ask_again_on), None);
        assert_eq!(
            journal.drop_experiment(id, day("2026-12-02"), "", today, now()),
            Err(ValidationError::FutureDate {
                date: day("2026-12-02"),
                today
            })
        );
        assert_eq!(
            journal.drop_experiment(id, today, "too slow", today, now()),
            Ok(true)
        );
        assert_eq!(
            journal.experiment(id).and_then(Experiment::dropped_on),
            Some(today)
        );

        let blank = NewExperiment {
            text: "   ".into(),
            ..new.clone()
        };
        assert_eq!(
            journal.add_experiment(blank, today, now()),
            Err(ValidationError::EmptyExperiment)
        );
        let nowhere = NewExperiment {
            when: TryWhen::Situation(" ".into()),
            ..new.clone()
        };
        assert_eq!(
            journal.add_experiment(nowhere, today, now()),
            Err(ValidationError::EmptySituation)
        );
        let orphan = NewExperiment {
            setback: SetbackId::random(),
            ..new
        };
        assert!(matches!(
            journal.add_experiment(orphan, today, now()),
            Err(ValidationError::UnknownExperimentLink(_))
        ));
        assert_eq!(journal.experiments().len(), 1);
    }

    #[test]
    fn deleting_a_setback_takes_its_experiments_and_restoring_it_brings_them_back() {
        let (mut journal, setback) = journal_with_setback();
        let today = day("2026-12-01");
        let id = journal
            .add_experiment(
                NewExperiment {
                    setback,
                    text: "Say no once a week".into(),
                    when: TryWhen::Situation("next planning meeting".into()),
                    skill: None,
                    created_on: today,
                },
                today,
                now(),
            )
            .unwrap_or_else(|error| panic!("{error}"));
        let removed = journal.remove_setback(setback);
        assert!(journal.experiment(id).is_none());
        assert!(
            Journal::from_parts(journal.to_parts()).is_ok(),
            "no experiment is left pointing at nothing"
        );
        if let Some(removed) = removed {
            journal.restore_setback(removed);
        }
        assert!(journal.experiment(id).is_some());
    }

    #[test]
    fn reviews_are_checked_and_the_next_one_starts_after_the_last() {
        let mut journal = Journal::default();
        let today = day("2026-12-06");
        let review = Review {
            id: ReviewId::random(),
            from: day("2026-11-23"),
            to: day("2026-11-29"),
            went_well: "Shipped".into(),
            lesson: String::new(),
            rating: None,
            created_at: now(),
            updated_at: now(),
        };
        assert_eq!(
            journal.upsert_review(review.clone(), today, now()),
            Ok(true)
        );
        assert_eq!(
            journal.next_review_period(today),
            (day("2026-11-30"), today)
        );
        let backwards = Review {
            id: ReviewId::random(),
            from: today,
            to: day("2026-12-01"),
            ..review
        };
        assert!(matches!(
            journal.upsert_review(backwards, today, now()),
            Err(ValidationError::ReviewPeriod { .. })
        ));
    }
}
