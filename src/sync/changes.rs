//! What a merge brought into the journal, counted by kind, for the toast ("2 check-ins and 1
//! setback from another computer") and the command line.

use std::collections::HashMap;

pub use crate::model::EntryCounts;
use crate::model::{Journal, join_with_and};

/// The difference between the journal before a merge and after it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Changes {
    /// Entries that came in.
    pub added: EntryCounts,
    /// Entries that were there and changed.
    pub changed: EntryCounts,
    /// Entries that were there and are gone (deleted on the other side).
    pub removed: EntryCounts,
}

impl Changes {
    /// Compares `before` with `after`: check-ins by day, setbacks and skills by id.
    pub fn between(before: &Journal, after: &Journal) -> Changes {
        let (check_ins, setbacks, skills, experiments, reviews) = (
            count(
                before.check_ins().map(|entry| (entry.date, entry)),
                after.check_ins().map(|entry| (entry.date, entry)),
            ),
            count(
                before.setbacks().iter().map(|entry| (entry.id, entry)),
                after.setbacks().iter().map(|entry| (entry.id, entry)),
            ),
            count(
                before.skills().iter().map(|entry| (entry.id, entry)),
                after.skills().iter().map(|entry| (entry.id, entry)),
            ),
            count(
                before.experiments().iter().map(|entry| (entry.id, entry)),
                after.experiments().iter().map(|entry| (entry.id, entry)),
            ),
            count(
                before.reviews().iter().map(|entry| (entry.id, entry)),
                after.reviews().iter().map(|entry| (entry.id, entry)),
            ),
        );
        let counts = |pick: fn((usize, usize, usize)) -> usize| EntryCounts {
            check_ins: pick(check_ins),
            setbacks: pick(setbacks),
            skills: pick(skills),
            experiments: pick(experiments),
            reviews: pick(reviews),
        };
        Changes {
            added: counts(|(added, _, _)| added),
            changed: counts(|(_, changed, _)| changed),
            removed: counts(|(_, _, removed)| removed),
        }
    }

    /// What a merge would do, as a verb phrase: "adds 2 check-ins, changes 1 setback and
    /// deletes 1 skill" ("brings nothing new" when nothing).
    pub fn as_effects(&self) -> String {
        let mut parts = Vec::new();
        for (verb, counts) in [
            ("adds", self.added),
            ("changes", self.changed),
            ("deletes", self.removed),
        ] {
            if counts.total() > 0 {
                parts.push(format!("{verb} {}", counts.in_words()));
            }
        }
        if parts.is_empty() {
            return "brings nothing new".to_owned();
        }
        join_with_and(&parts)
    }

    /// True when nothing changed.
    pub fn is_empty(&self) -> bool {
        self.added.total() + self.changed.total() + self.removed.total() == 0
    }

    /// One sentence for the user: "2 check-ins and 1 setback from another computer; 1 setback
    /// changed; 1 skill deleted there".
    pub fn in_words(&self) -> String {
        let mut parts = Vec::new();
        if self.added.total() > 0 {
            parts.push(format!("{} from another computer", self.added.in_words()));
        }
        if self.changed.total() > 0 {
            parts.push(format!("{} changed", self.changed.in_words()));
        }
        if self.removed.total() > 0 {
            parts.push(format!("{} deleted there", self.removed.in_words()));
        }
        if parts.is_empty() {
            return "nothing new".to_owned();
        }
        parts.join("; ")
    }
}

/// Counts entries added, changed and removed between two sides keyed alike.
fn count<'j, K: std::hash::Hash + Eq, T: PartialEq + 'j>(
    before: impl Iterator<Item = (K, &'j T)>,
    after: impl Iterator<Item = (K, &'j T)>,
) -> (usize, usize, usize) {
    let mut before: HashMap<K, &T> = before.collect();
    let (mut added, mut changed) = (0, 0);
    for (key, entry) in after {
        match before.remove(&key) {
            None => added += 1,
            Some(old) if old != entry => changed += 1,
            Some(_) => {}
        }
    }
    (added, changed, before.len())
}
