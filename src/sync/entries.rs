//! Merging one entry that both sides hold: a check-in of the same day, a setback or a skill of
//! the same id. Each field is merged on its own ([`super::fields`]).

use std::cmp::Ordering;

use chrono::{DateTime, Utc};

use crate::model::{
    CheckIn, Experiment, ExperimentStatus, Ratings, Reflection, Review, Setback, Skill,
};

use super::fields::{self, Winner};

/// A merged entry, and whether both sides had changed one of its texts (kept both).
pub struct MergedEntry<T> {
    /// The entry.
    pub entry: T,
    /// True when a text holds both versions.
    pub kept_both: bool,
}

/// Compares two entries by their full contents, for a tie of `updated_at`.
fn contents_order<T: std::fmt::Debug>(ours: &T, theirs: &T) -> Ordering {
    format!("{ours:?}").cmp(&format!("{theirs:?}"))
}

/// The three versions of one entry (or of a part of it), and the side that wins what both
/// changed: each field is read from the three by the same accessor.
struct Sides<'a, E> {
    base: Option<&'a E>,
    ours: &'a E,
    theirs: &'a E,
    winner: Winner,
    /// When the losing side last changed the entry (named under a text kept from it).
    loser_time: DateTime<Utc>,
}

impl<'a, E: 'a> Sides<'a, E> {
    /// A value: [`fields::value`].
    fn value<T: PartialEq + Clone + 'a>(&self, get: impl Fn(&'a E) -> &'a T) -> T {
        fields::value(
            self.base.map(&get),
            get(self.ours),
            get(self.theirs),
            self.winner,
        )
    }

    /// A list of distinct items: [`fields::list`] (no base: nothing was there).
    fn list<T: PartialEq + Clone + 'a>(&self, get: impl Fn(&'a E) -> &'a [T]) -> Vec<T> {
        fields::list(
            self.base.map_or(&[][..], &get),
            get(self.ours),
            get(self.theirs),
            self.winner,
        )
    }

    /// A text: [`fields::text`].
    fn text(&self, get: impl Fn(&'a E) -> &'a str) -> (String, bool) {
        fields::text(
            self.base.map(&get),
            get(self.ours),
            get(self.theirs),
            self.winner,
            self.loser_time,
        )
    }

    /// The same three versions of a part of the entry.
    fn part<P: 'a>(&self, get: impl Fn(&'a E) -> &'a P) -> Sides<'a, P> {
        Sides {
            base: self.base.map(&get),
            ours: get(self.ours),
            theirs: get(self.theirs),
            winner: self.winner,
            loser_time: self.loser_time,
        }
    }
}

impl<'a, E: std::fmt::Debug> Sides<'a, E> {
    /// The sides of an entry changed at `changed_at`: the one changed last wins.
    fn of(
        base: Option<&'a E>,
        ours: &'a E,
        theirs: &'a E,
        changed_at: impl Fn(&E) -> DateTime<Utc>,
    ) -> Self {
        let winner = Winner::by_time(changed_at(ours), changed_at(theirs), || {
            contents_order(ours, theirs)
        });
        Sides {
            base,
            ours,
            theirs,
            winner,
            loser_time: changed_at(winner.order(ours, theirs).1),
        }
    }
}

/// One day's check-in, from two sides. Ratings and tags field by field, the note as text; the
/// smaller id stays, so that a day created on both computers keeps one id on both.
pub fn check_in(base: Option<&CheckIn>, ours: &CheckIn, theirs: &CheckIn) -> MergedEntry<CheckIn> {
    let sides = Sides::of(base, ours, theirs, |check_in| check_in.updated_at);
    // A day new on both sides merges against an empty day: a rating given on one side only
    // is kept, notes and tags from both.
    let no_ratings = Ratings::default();
    let ratings = Sides {
        base: Some(base.map_or(&no_ratings, |base| &base.ratings)),
        ..sides.part(|check_in| &check_in.ratings)
    };
    let (note, kept_both) = fields::text(
        Some(base.map_or("", |base| base.note.as_str())),
        &ours.note,
        &theirs.note,
        sides.winner,
        sides.loser_time,
    );
    MergedEntry {
        entry: CheckIn {
            id: ours.id.min(theirs.id),
            date: ours.date,
            ratings: Ratings {
                mood: ratings.value(|ratings| &ratings.mood),
                resilience: ratings.value(|ratings| &ratings.resilience),
                growth_mindset: ratings.value(|ratings| &ratings.growth_mindset),
            },
            note,
            tags: sides.list(|check_in| &check_in.tags),
            created_at: ours.created_at.min(theirs.created_at),
            updated_at: ours.updated_at.max(theirs.updated_at),
        },
        kept_both,
    }
}

/// One setback, from two sides. The day and the status move together (a recovery date never
/// ends up before the setback's day); texts keep both versions; lists merge as sets.
pub fn setback(base: Option<&Setback>, ours: &Setback, theirs: &Setback) -> MergedEntry<Setback> {
    let sides = Sides::of(base, ours, theirs, |setback| setback.updated_at);
    let (date, status) = fields::value(
        base.map(|base| (base.date, base.status)).as_ref(),
        &(ours.date, ours.status),
        &(theirs.date, theirs.status),
        sides.winner,
    );
    let reflection = sides.part(|setback| &setback.reflection);
    let (what_happened, kept_what) = reflection.text(|reflection| &reflection.what_happened);
    let (do_differently, kept_plan) = reflection.text(|reflection| &reflection.do_differently);
    let entry = Setback {
        id: ours.id,
        date,
        title: sides.value(|setback| &setback.title),
        category: sides.value(|setback| &setback.category),
        severity: sides.value(|setback| &setback.severity),
        micro_failure: sides.value(|setback| &setback.micro_failure),
        reflection: Reflection {
            what_happened,
            contributing_factors: reflection.list(|reflection| &reflection.contributing_factors),
            do_differently,
            feedback: reflection.list(|reflection| &reflection.feedback),
            lessons: reflection.list(|reflection| &reflection.lessons),
        },
        skills: sides.list(|setback| &setback.skills),
        status,
        created_at: ours.created_at.min(theirs.created_at),
        updated_at: ours.updated_at.max(theirs.updated_at),
    };
    MergedEntry {
        entry,
        kept_both: kept_what || kept_plan,
    }
}

/// One skill, from two sides: its level changes from both, in the order of their days; notes
/// as text.
pub fn skill(base: Option<&Skill>, ours: &Skill, theirs: &Skill) -> MergedEntry<Skill> {
    let sides = Sides::of(base, ours, theirs, |skill| skill.updated_at);
    let (notes, kept_both) = sides.text(|skill| &skill.notes);
    let mut level_history = sides.list(|skill| &skill.level_history);
    if level_history != ours.level_history && level_history != theirs.level_history {
        // Changes from both sides, in the order of their days.
        level_history.sort_by_key(|change| change.date);
    }
    let entry = Skill {
        id: ours.id,
        name: sides.value(|skill| &skill.name),
        category: sides.value(|skill| &skill.category),
        first_acquired_override: sides.value(|skill| &skill.first_acquired_override),
        level_history,
        notes,
        created_at: ours.created_at.min(theirs.created_at),
        updated_at: ours.updated_at.max(theirs.updated_at),
    };
    MergedEntry { entry, kept_both }
}

/// One experiment, from two sides. Its "when", links and status are values (the side changed
/// last wins each one both changed); its sentence and the line on how trying it went (or why
/// it was dropped) are texts: both versions kept when both changed, so no word is lost.
pub fn experiment(
    base: Option<&Experiment>,
    ours: &Experiment,
    theirs: &Experiment,
) -> MergedEntry<Experiment> {
    let sides = Sides::of(base, ours, theirs, |experiment| experiment.updated_at);
    let (text, kept_text) = sides.text(|experiment| &experiment.text);
    let (status_text, kept_status) = sides.text(|experiment| status_text(&experiment.status));
    // The status without its words: a side that changed only the line keeps the day and
    // outcome the other side may have changed (the line is merged as text just above).
    let answer = |experiment: &Experiment| without_text(&experiment.status);
    let mut status = fields::value(
        base.map(answer).as_ref(),
        &answer(ours),
        &answer(theirs),
        sides.winner,
    );
    if status == ExperimentStatus::Open && !status_text.is_empty() {
        // One side went back to open while the other wrote how it went: the words win.
        let (winner, loser) = sides.winner.order(ours, theirs);
        status = if winner.status == ExperimentStatus::Open {
            loser.status.clone()
        } else {
            winner.status.clone()
        };
    }
    match &mut status {
        ExperimentStatus::Open => {}
        ExperimentStatus::Tried { note: slot, .. }
        | ExperimentStatus::Dropped { why: slot, .. } => {
            *slot = status_text;
        }
    }
    let entry = Experiment {
        id: ours.id,
        setback: sides.value(|experiment| &experiment.setback),
        text,
        when: sides.value(|experiment| &experiment.when),
        skill: sides.value(|experiment| &experiment.skill),
        created_on: sides.value(|experiment| &experiment.created_on),
        status,
        ask_again_on: sides.value(|experiment| &experiment.ask_again_on),
        created_at: ours.created_at.min(theirs.created_at),
        updated_at: ours.updated_at.max(theirs.updated_at),
    };
    MergedEntry {
        entry,
        kept_both: kept_text || kept_status,
    }
}

/// A status with its words left out, to compare day and outcome alone.
fn without_text(status: &ExperimentStatus) -> ExperimentStatus {
    match status {
        ExperimentStatus::Open => ExperimentStatus::Open,
        ExperimentStatus::Tried { on, outcome, .. } => ExperimentStatus::Tried {
            on: *on,
            outcome: *outcome,
            note: String::new(),
        },
        ExperimentStatus::Dropped { on, .. } => ExperimentStatus::Dropped {
            on: *on,
            why: String::new(),
        },
    }
}

/// The words of a status: how trying went, or why it was dropped ("" while open).
fn status_text(status: &ExperimentStatus) -> &str {
    match status {
        ExperimentStatus::Open => "",
        ExperimentStatus::Tried { note, .. } => note,
        ExperimentStatus::Dropped { why, .. } => why,
    }
}

/// One review, from two sides: its period and rating as values, what went well and the
/// lesson as texts (both versions kept when both changed).
pub fn review(base: Option<&Review>, ours: &Review, theirs: &Review) -> MergedEntry<Review> {
    let sides = Sides::of(base, ours, theirs, |review| review.updated_at);
    // The period moves as one (a first day never ends up after the last).
    let (from, to) = fields::value(
        base.map(|base| (base.from, base.to)).as_ref(),
        &(ours.from, ours.to),
        &(theirs.from, theirs.to),
        sides.winner,
    );
    let (went_well, kept_well) = sides.text(|review| &review.went_well);
    let (lesson, kept_lesson) = sides.text(|review| &review.lesson);
    let entry = Review {
        id: ours.id,
        from,
        to,
        went_well,
        lesson,
        rating: sides.value(|review| &review.rating),
        created_at: ours.created_at.min(theirs.created_at),
        updated_at: ours.updated_at.max(theirs.updated_at),
    };
    MergedEntry {
        entry,
        kept_both: kept_well || kept_lesson,
    }
}
