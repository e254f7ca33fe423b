//! Tombstones: the ids of deleted entries and when they were deleted, kept in the journal file
//! for a year so that a deletion made on one computer is not undone by the other computer's
//! copy of the entry.

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::model::{CheckInId, ExperimentId, Journal, ReviewId, SetbackId, SkillId};

/// How long a deletion is remembered: long enough for any computer that was away to come back.
pub const TOMBSTONE_LIFETIME_DAYS: i64 = 366;

/// The id of any entry of the journal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EntryId {
    /// A check-in.
    CheckIn(CheckInId),
    /// A setback.
    Setback(SetbackId),
    /// A skill.
    Skill(SkillId),
    /// An experiment.
    Experiment(ExperimentId),
    /// A review.
    Review(ReviewId),
}

/// One deleted entry, as written in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tombstone {
    /// The entry that was deleted.
    pub id: EntryId,
    /// When it was deleted.
    pub deleted_at: DateTime<Utc>,
}

/// Every deletion the journal remembers, by entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tombstones(BTreeMap<EntryId, DateTime<Utc>>);

impl Tombstones {
    /// Builds the set from the file's list; a repeated id keeps its latest deletion.
    pub fn from_list(list: Vec<Tombstone>) -> Self {
        let mut set = Self::default();
        for tombstone in list {
            set.insert(tombstone.id, tombstone.deleted_at);
        }
        set
    }

    /// The list written to the file, in id order.
    pub fn to_list(&self) -> Vec<Tombstone> {
        self.0
            .iter()
            .map(|(id, deleted_at)| Tombstone {
                id: *id,
                deleted_at: *deleted_at,
            })
            .collect()
    }

    /// True when no deletion is remembered.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many deletions are remembered.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// When `id` was deleted, if it was.
    pub fn deleted_at(&self, id: EntryId) -> Option<DateTime<Utc>> {
        self.0.get(&id).copied()
    }

    /// Remembers a deletion (the later one when the id is already there).
    pub fn insert(&mut self, id: EntryId, deleted_at: DateTime<Utc>) {
        let slot = self.0.entry(id).or_insert(deleted_at);
        *slot = (*slot).max(deleted_at);
    }

    /// Both sets together.
    #[must_use]
    pub fn union(&self, other: &Tombstones) -> Tombstones {
        let mut union = self.clone();
        for (id, deleted_at) in &other.0 {
            union.insert(*id, *deleted_at);
        }
        union
    }

    /// Forgets the deletions of entries that `journal` holds (an entry brought back by Undo, or
    /// kept by a merge because it was edited after it was deleted elsewhere).
    pub fn forget_present(&mut self, journal: &Journal) {
        let present: HashSet<EntryId> = entry_ids(journal).collect();
        self.0.retain(|id, _| !present.contains(id));
    }

    /// Forgets the deletions of the entries `now` holds that `before` did not (entries brought
    /// back by Undo or Redo since `before`), and only those.
    pub fn forget_brought_back(&mut self, before: &Journal, now: &Journal) {
        let earlier: HashSet<EntryId> = entry_ids(before).collect();
        let back: HashSet<EntryId> = entry_ids(now).filter(|id| !earlier.contains(id)).collect();
        self.0.retain(|id, _| !back.contains(id));
    }

    /// Forgets deletions older than a year before `now`.
    pub fn prune(&mut self, now: DateTime<Utc>) {
        let oldest = now - Duration::days(TOMBSTONE_LIFETIME_DAYS);
        self.0.retain(|_, deleted_at| *deleted_at >= oldest);
    }

    /// Records, at `now`, every entry of `before` that `after` no longer holds (by id).
    pub fn record_deletions(&mut self, before: &Journal, after: &Journal, now: DateTime<Utc>) {
        let kept: HashSet<EntryId> = entry_ids(after).collect();
        for id in entry_ids(before) {
            if !kept.contains(&id) {
                self.insert(id, now);
            }
        }
    }
}

/// Every entry id of a journal.
pub fn entry_ids(journal: &Journal) -> impl Iterator<Item = EntryId> + '_ {
    let check_ins = journal
        .check_ins()
        .map(|check_in| EntryId::CheckIn(check_in.id));
    let setbacks = journal
        .setbacks()
        .iter()
        .map(|setback| EntryId::Setback(setback.id));
    let skills = journal
        .skills()
        .iter()
        .map(|skill| EntryId::Skill(skill.id));
    let experiments = journal
        .experiments()
        .iter()
        .map(|experiment| EntryId::Experiment(experiment.id));
    let reviews = journal
        .reviews()
        .iter()
        .map(|review| EntryId::Review(review.id));
    check_ins
        .chain(setbacks)
        .chain(skills)
        .chain(experiments)
        .chain(reviews)
}
