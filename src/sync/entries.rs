//! Merging one entry that both sides hold: a check-in of the same day, a setback or a skill of
//! the same id. Each field is merged on its own ([`super::fields`]).

use std::cmp::Ordering;

use crate::model::{CheckIn, Ratings, Setback, Skill};

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

/// One day's check-in, from two sides. Ratings and tags field by field, the note as text; the
/// smaller id stays, so that a day created on both computers keeps one id on both.
pub fn check_in(base: Option<&CheckIn>, ours: &CheckIn, theirs: &CheckIn) -> MergedEntry<CheckIn> {
    let winner = Winner::by_time(ours.updated_at, theirs.updated_at, || {
        contents_order(ours, theirs)
    });
    let loser_time = winner.order(ours, theirs).1.updated_at;
    // A day new on both sides merges against an empty day: a rating given on one side only
    // is kept, notes and tags from both.
    let no_ratings = Ratings::default();
    let base_ratings = base.map_or(&no_ratings, |base| &base.ratings);
    let ratings = Ratings {
        mood: fields::value(
            Some(&base_ratings.mood),
            &ours.ratings.mood,
            &theirs.ratings.mood,
            winner,
        ),
        resilience: fields::value(
            Some(&base_ratings.resilience),
            &ours.ratings.resilience,
            &theirs.ratings.resilience,
            winner,
        ),
        growth_mindset: fields::value(
            Some(&base_ratings.growth_mindset),
            &ours.ratings.growth_mindset,
            &theirs.ratings.growth_mindset,
            winner,
        ),
    };
    let (note, kept_both) = fields::text(
        Some(base.map_or("", |base| base.note.as_str())),
        &ours.note,
        &theirs.note,
        winner,
        loser_time,
    );
    let tags = fields::list(
        base.map_or(&[][..], |base| &base.tags),
        &ours.tags,
        &theirs.tags,
        winner,
    );
    MergedEntry {
        entry: CheckIn {
            id: ours.id.min(theirs.id),
            date: ours.date,
            ratings,
            note,
            tags,
            created_at: ours.created_at.min(theirs.created_at),
            updated_at: ours.updated_at.max(theirs.updated_at),
        },
        kept_both,
    }
}

/// One setback, from two sides. The day and the status move together (a recovery date never
/// ends up before the setback's day); texts keep both versions; lists merge as sets.
pub fn setback(base: Option<&Setback>, ours: &Setback, theirs: &Setback) -> MergedEntry<Setback> {
    let winner = Winner::by_time(ours.updated_at, theirs.updated_at, || {
        contents_order(ours, theirs)
    });
    let loser_time = winner.order(ours, theirs).1.updated_at;
    let (date, status) = fields::value(
        base.map(|base| (base.date, base.status)).as_ref(),
        &(ours.date, ours.status),
        &(theirs.date, theirs.status),
        winner,
    );
    let base_reflection = base.map(|base| &base.reflection);
    let (what_happened, kept_what) = fields::text(
        base_reflection.map(|reflection| reflection.what_happened.as_str()),
        &ours.reflection.what_happened,
        &theirs.reflection.what_happened,
        winner,
        loser_time,
    );
    let (do_differently, kept_plan) = fields::text(
        base_reflection.map(|reflection| reflection.do_differently.as_str()),
        &ours.reflection.do_differently,
        &theirs.reflection.do_differently,
        winner,
        loser_time,
    );
    let reflection = crate::model::Reflection {
        what_happened,
        contributing_factors: fields::list(
            base_reflection.map_or(&[][..], |reflection| &reflection.contributing_factors),
            &ours.reflection.contributing_factors,
            &theirs.reflection.contributing_factors,
            winner,
        ),
        do_differently,
        feedback: fields::list(
            base_reflection.map_or(&[][..], |reflection| &reflection.feedback),
            &ours.reflection.feedback,
            &theirs.reflection.feedback,
            winner,
        ),
        lessons: fields::list(
            base_reflection.map_or(&[][..], |reflection| &reflection.lessons),
            &ours.reflection.lessons,
            &theirs.reflection.lessons,
            winner,
        ),
    };
    let entry = Setback {
        id: ours.id,
        date,
        title: fields::value(
            base.map(|base| &base.title),
            &ours.title,
            &theirs.title,
            winner,
        ),
        category: fields::value(
            base.map(|base| &base.category),
            &ours.category,
            &theirs.category,
            winner,
        ),
        severity: fields::value(
            base.map(|base| &base.severity),
            &ours.severity,
            &theirs.severity,
            winner,
        ),
        micro_failure: fields::value(
            base.map(|base| &base.micro_failure),
            &ours.micro_failure,
            &theirs.micro_failure,
            winner,
        ),
        reflection,
        skills: fields::list(
            base.map_or(&[][..], |base| &base.skills),
            &ours.skills,
            &theirs.skills,
            winner,
        ),
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
    let winner = Winner::by_time(ours.updated_at, theirs.updated_at, || {
        contents_order(ours, theirs)
    });
    let loser_time = winner.order(ours, theirs).1.updated_at;
    let (notes, kept_both) = fields::text(
        base.map(|base| base.notes.as_str()),
        &ours.notes,
        &theirs.notes,
        winner,
        loser_time,
    );
    let mut level_history = fields::list(
        base.map_or(&[][..], |base| &base.level_history),
        &ours.level_history,
        &theirs.level_history,
        winner,
    );
    if level_history != ours.level_history && level_history != theirs.level_history {
        // Changes from both sides, in the order of their days.
        level_history.sort_by_key(|change| change.date);
    }
    let entry = Skill {
        id: ours.id,
        name: fields::value(
            base.map(|base| &base.name),
            &ours.name,
            &theirs.name,
            winner,
        ),
        category: fields::value(
            base.map(|base| &base.category),
            &ours.category,
            &theirs.category,
            winner,
        ),
        first_acquired_override: fields::value(
            base.map(|base| &base.first_acquired_override),
            &ours.first_acquired_override,
            &theirs.first_acquired_override,
            winner,
        ),
        level_history,
        notes,
        created_at: ours.created_at.min(theirs.created_at),
        updated_at: ours.updated_at.max(theirs.updated_at),
    };
    MergedEntry { entry, kept_both }
}
