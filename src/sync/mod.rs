//! One journal on several computers: the three-way merge of the version last read from disk
//! (the base), the one in memory and the one now on disk, entry by entry and field by field,
//! with tombstones so that a deletion made on one computer stays deleted; and the sync
//! clients' conflict copies found beside a journal. Pure: no files, no clock.

pub mod changes;
pub mod conflict_copies;
mod entries;
pub mod fields;
pub mod tombstones;

use std::collections::{BTreeSet, HashMap, HashSet};

use chrono::{DateTime, Utc};

use crate::model::{
    CheckIn, Experiment, Journal, JournalParts, Review, Setback, SetbackId, Skill, SkillId,
    ValidationError,
};

pub use changes::{Changes, EntryCounts};
pub use conflict_copies::{ConflictCopy, SyncClient, classify};
pub use tombstones::{EntryId, Tombstone, Tombstones};

/// One side of a merge: a journal and the deletions it remembers.
#[derive(Debug, Clone, Copy)]
pub struct Version<'a> {
    /// The journal.
    pub journal: &'a Journal,
    /// The deletions it remembers.
    pub deleted: &'a Tombstones,
}

/// The result of a merge.
#[derive(Debug, Clone)]
pub struct Merged {
    /// The merged journal.
    pub journal: Journal,
    /// The deletions it remembers (both sides', less the entries it holds).
    pub deleted: Tombstones,
    /// What the merge changed in the first side ("ours").
    pub changes: Changes,
    /// Texts (notes, reflections) where both versions were kept, one under the other.
    pub kept_both: usize,
}

impl Merged {
    /// True when the merge removes more than a quarter of the entries of the first side (and
    /// at least three): sync clients have emptied journals when a folder was linked again,
    /// and such a merge is asked about, never done silently.
    pub fn removes_too_much(&self, ours: &Journal) -> bool {
        let removed = self.changes.removed.total();
        removed >= 3 && removed * 4 > EntryCounts::of(ours).total()
    }
}

/// Why two versions could not be merged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    /// The merged journal would break a rule of the model (a defect of the merge: nothing is
    /// written, both versions stay as they are).
    #[error("the two versions could not be merged: {0}")]
    Invalid(ValidationError),
}

/// Merges `theirs` into `ours` against `base`, the version both came from (the one last read
/// from disk), or `None` when it is unknown (a conflict copy). Symmetric: swapping the sides
/// gives the same journal. An entry on one side only is new there, or was deleted on the
/// other — which only a tombstone says: a version that merely lacks an entry (a sync client
/// put an older version or the other computer's in place, and the rest went to a conflict
/// copy) deletes nothing. A tombstoned entry stays when it changed since the base (an edit
/// outlives a deletion made elsewhere), or, without a base, when it changed after the
/// deletion.
pub fn merge(
    base: Option<&Journal>,
    ours: Version<'_>,
    theirs: Version<'_>,
) -> Result<Merged, MergeError> {
    let deleted = ours.deleted.union(theirs.deleted);
    let changes_from = |journal: Journal, kept_both| {
        let mut deleted = deleted.clone();
        deleted.forget_present(&journal);
        Merged {
            changes: Changes::between(ours.journal, &journal),
            journal,
            deleted,
            kept_both,
        }
    };
    // Both sides alike: nothing to merge. (A side unchanged since the base is not a shortcut:
    // what it lacks may have been lost by a sync client rather than deleted.)
    if ours.journal == theirs.journal {
        return Ok(changes_from(ours.journal.clone(), 0));
    }
    let mut kept_both = 0;
    let check_ins = merge_check_ins(base, ours, theirs, &deleted, &mut kept_both);
    let mut setbacks = merge_by_id(
        base.map(Journal::setbacks),
        ours.journal.setbacks(),
        theirs.journal.setbacks(),
        &deleted,
        &mut kept_both,
    );
    let mut skills = merge_by_id(
        base.map(Journal::skills),
        ours.journal.skills(),
        theirs.journal.skills(),
        &deleted,
        &mut kept_both,
    );
    let mut experiments = merge_by_id(
        base.map(Journal::experiments),
        ours.journal.experiments(),
        theirs.journal.experiments(),
        &deleted,
        &mut kept_both,
    );
    let reviews = merge_by_id(
        base.map(Journal::reviews),
        ours.journal.reviews(),
        theirs.journal.reviews(),
        &deleted,
        &mut kept_both,
    );
    keep_setbacks_of_experiments(base, ours, theirs, &experiments, &mut setbacks);
    keep_linked_skills(base, ours, theirs, &mut setbacks, &experiments, &mut skills);
    join_skills_of_one_name(&mut skills, &mut setbacks, &mut experiments, &mut kept_both);
    order_skills(base, ours.journal, theirs.journal, &mut skills);
    let present: HashSet<SkillId> = skills.iter().map(|skill| skill.id).collect();
    for experiment in &mut experiments {
        // A skill deleted on both sides: the experiment stays, without the link.
        experiment.skill = experiment.skill.filter(|id| present.contains(id));
    }
    let settings = merge_settings(ours.journal, theirs.journal);
    let journal = Journal::from_parts(JournalParts {
        check_ins,
        setbacks,
        skills,
        experiments,
        reviews,
        settings,
    })
    .map_err(MergeError::Invalid)?;
    Ok(changes_from(journal, kept_both))
}

/// Whether an entry held by one side only stays: see [`merge`].
#[expect(
    clippy::needless_pass_by_value,
    reason = "InBase is a copyable view of the base, passed like a reference"
)]
fn stays<T: PartialEq>(
    base: InBase<'_, T>,
    entry: &T,
    id: EntryId,
    updated_at: DateTime<Utc>,
    deleted: &Tombstones,
) -> Stay {
    let Some(deleted_at) = deleted.deleted_at(id) else {
        return Stay::Yes;
    };
    let kept = match base {
        // The base held it: it goes unless this side changed it since (an edit outlives a
        // deletion made meanwhile).
        InBase::Held(base_entry) => base_entry != entry,
        // New on this side since the base, or no base: only a later deletion removes it.
        InBase::Absent | InBase::Unknown => deleted_at < updated_at,
    };
    match (kept, deleted_at < updated_at) {
        (false, _) => Stay::No,
        (true, true) => Stay::Yes,
        // Kept over a deletion made after its last change: it is marked changed just after
        // the deletion, so that no later merge (which may not know the base) deletes it.
        (true, false) => Stay::Restamped(deleted_at + chrono::Duration::milliseconds(1)),
    }
}

/// Whether an entry held by one side only stays.
#[derive(Clone, Copy)]
enum Stay {
    /// It goes (deleted on the other side).
    No,
    /// It stays as it is.
    Yes,
    /// It stays, changed at this time (see [`stays`]).
    Restamped(DateTime<Utc>),
}

/// What the base says of an entry.
#[derive(Clone, Copy)]
enum InBase<'a, T> {
    /// There is no base (a conflict copy).
    Unknown,
    /// The base did not hold it.
    Absent,
    /// The base held it, like this.
    Held(&'a T),
}

impl<'a, T> InBase<'a, T> {
    fn of(base_known: bool, entry: Option<&'a T>) -> Self {
        match (base_known, entry) {
            (false, _) => InBase::Unknown,
            (true, None) => InBase::Absent,
            (true, Some(entry)) => InBase::Held(entry),
        }
    }

    fn entry(self) -> Option<&'a T> {
        match self {
            InBase::Held(entry) => Some(entry),
            InBase::Absent | InBase::Unknown => None,
        }
    }
}

fn merge_check_ins(
    base: Option<&Journal>,
    ours: Version<'_>,
    theirs: Version<'_>,
    deleted: &Tombstones,
    kept_both: &mut usize,
) -> Vec<CheckIn> {
    let days: BTreeSet<_> = ours
        .journal
        .check_ins()
        .chain(theirs.journal.check_ins())
        .map(|check_in| check_in.date)
        .collect();
    let mut merged = Vec::with_capacity(days.len());
    for day in days {
        let base_entry = InBase::of(base.is_some(), base.and_then(|base| base.check_in(day)));
        match (ours.journal.check_in(day), theirs.journal.check_in(day)) {
            (Some(mine), Some(other)) => {
                let result = entries::check_in(base_entry.entry(), mine, other);
                *kept_both += usize::from(result.kept_both);
                // Cleared field by field on the two sides: nothing is left of the day.
                if !result.entry.is_empty() {
                    merged.push(result.entry);
                }
            }
            (Some(one), None) | (None, Some(one)) => {
                let stay = stays(
                    base_entry,
                    one,
                    EntryId::CheckIn(one.id),
                    one.updated_at,
                    deleted,
                );
                match stay {
                    Stay::No => {}
                    Stay::Yes => merged.push(one.clone()),
                    Stay::Restamped(at) => merged.push(CheckIn {
                        updated_at: at,
                        ..one.clone()
                    }),
                }
            }
            (None, None) => {}
        }
    }
    merged
}

/// Merges entries kept by id (setbacks, skills): those of both sides field by field, those of
/// one side by [`stays`]. Ours first, in their order, then theirs that ours lacks.
fn merge_by_id<T: ById>(
    base: Option<&[T]>,
    ours: &[T],
    theirs: &[T],
    deleted: &Tombstones,
    kept_both: &mut usize,
) -> Vec<T> {
    let key = T::key;
    let by_key = |entries: &'_ [T]| -> HashMap<T::Key, usize> {
        entries
            .iter()
            .enumerate()
            .map(|(index, entry)| (key(entry).0, index))
            .collect()
    };
    let base_index = base.map(by_key);
    let ours_index = by_key(ours);
    let theirs_index = by_key(theirs);
    let base_entry = |id: &T::Key| -> InBase<'_, T> {
        match (base, base_index.as_ref()) {
            (Some(base), Some(index)) => {
                InBase::of(true, index.get(id).and_then(|at| base.get(*at)))
            }
            _ => InBase::Unknown,
        }
    };
    let mut merged = Vec::with_capacity(ours.len().max(theirs.len()));
    for entry in ours {
        let (id, entry_id, updated_at) = key(entry);
        match theirs_index.get(&id).and_then(|at| theirs.get(*at)) {
            Some(other) => {
                let result = T::merge(base_entry(&id).entry(), entry, other);
                *kept_both += usize::from(result.kept_both);
                merged.push(result.entry);
            }
            None => keep_one_sided(
                &mut merged,
                entry,
                stays(base_entry(&id), entry, entry_id, updated_at, deleted),
            ),
        }
    }
    for entry in theirs {
        let (id, entry_id, updated_at) = key(entry);
        if !ours_index.contains_key(&id) {
            let stay = stays(base_entry(&id), entry, entry_id, updated_at, deleted);
            keep_one_sided(&mut merged, entry, stay);
        }
    }
    merged
}

fn keep_one_sided<T: ById>(merged: &mut Vec<T>, entry: &T, stay: Stay) {
    match stay {
        Stay::No => {}
        Stay::Yes => merged.push(entry.clone()),
        Stay::Restamped(at) => {
            let mut entry = entry.clone();
            entry.restamp(at);
            merged.push(entry);
        }
    }
}

/// An entry kept by id (setbacks, skills), as the merge needs it.
trait ById: Clone + PartialEq {
    /// Its key in the list.
    type Key: Copy + Eq + std::hash::Hash;
    /// Its key, its id among all entries, and when it last changed.
    fn key(&self) -> (Self::Key, EntryId, DateTime<Utc>);
    /// The entry both sides hold, merged.
    fn merge(base: Option<&Self>, ours: &Self, theirs: &Self) -> entries::MergedEntry<Self>;
    /// Marks it changed at `at`.
    fn restamp(&mut self, at: DateTime<Utc>);
}

impl ById for Setback {
    type Key = crate::model::SetbackId;
    fn key(&self) -> (Self::Key, EntryId, DateTime<Utc>) {
        (self.id, EntryId::Setback(self.id), self.updated_at)
    }
    fn merge(base: Option<&Self>, ours: &Self, theirs: &Self) -> entries::MergedEntry<Self> {
        entries::setback(base, ours, theirs)
    }
    fn restamp(&mut self, at: DateTime<Utc>) {
        self.updated_at = at;
    }
}

impl ById for Experiment {
    type Key = crate::model::ExperimentId;
    fn key(&self) -> (Self::Key, EntryId, DateTime<Utc>) {
        (self.id, EntryId::Experiment(self.id), self.updated_at)
    }
    fn merge(base: Option<&Self>, ours: &Self, theirs: &Self) -> entries::MergedEntry<Self> {
        entries::experiment(base, ours, theirs)
    }
    fn restamp(&mut self, at: DateTime<Utc>) {
        self.updated_at = at;
    }
}

impl ById for Review {
    type Key = crate::model::ReviewId;
    fn key(&self) -> (Self::Key, EntryId, DateTime<Utc>) {
        (self.id, EntryId::Review(self.id), self.updated_at)
    }
    fn merge(base: Option<&Self>, ours: &Self, theirs: &Self) -> entries::MergedEntry<Self> {
        entries::review(base, ours, theirs)
    }
    fn restamp(&mut self, at: DateTime<Utc>) {
        self.updated_at = at;
    }
}

impl ById for Skill {
    type Key = SkillId;
    fn key(&self) -> (Self::Key, EntryId, DateTime<Utc>) {
        (self.id, EntryId::Skill(self.id), self.updated_at)
    }
    fn merge(base: Option<&Self>, ours: &Self, theirs: &Self) -> entries::MergedEntry<Self> {
        entries::skill(base, ours, theirs)
    }
    fn restamp(&mut self, at: DateTime<Utc>) {
        self.updated_at = at;
    }
}

/// A setback that a merged experiment comes from stays, even when the other side deleted it:
/// the experiment was made or changed on one side after the deletion, and it would otherwise
/// point at nothing.
fn keep_setbacks_of_experiments(
    base: Option<&Journal>,
    ours: Version<'_>,
    theirs: Version<'_>,
    experiments: &[Experiment],
    setbacks: &mut Vec<Setback>,
) {
    let present: HashSet<SetbackId> = setbacks.iter().map(|setback| setback.id).collect();
    let wanted: BTreeSet<SetbackId> = experiments
        .iter()
        .map(|experiment| experiment.setback)
        .filter(|id| !present.contains(id))
        .collect();
    for id in wanted {
        let found = ours
            .journal
            .setback(id)
            .or_else(|| theirs.journal.setback(id))
            .or_else(|| base.and_then(|base| base.setback(id)));
        if let Some(setback) = found {
            setbacks.push(setback.clone());
        }
    }
}

/// A skill that a merged setback or experiment links stays, even when the other side deleted
/// it: the link was made on one side after the deletion, and a link to nothing would be refused.
fn keep_linked_skills(
    base: Option<&Journal>,
    ours: Version<'_>,
    theirs: Version<'_>,
    setbacks: &mut [Setback],
    experiments: &[Experiment],
    skills: &mut Vec<Skill>,
) {
    let present: HashSet<SkillId> = skills.iter().map(|skill| skill.id).collect();
    let wanted: BTreeSet<SkillId> = setbacks
        .iter()
        .flat_map(|setback| setback.skills.iter().copied())
        .chain(experiments.iter().filter_map(|experiment| experiment.skill))
        .filter(|id| !present.contains(id))
        .collect();
    for id in wanted {
        let found = ours
            .journal
            .skill(id)
            .or_else(|| theirs.journal.skill(id))
            .or_else(|| base.and_then(|base| base.skill(id)));
        if let Some(skill) = found {
            skills.push(skill.clone());
        }
    }
    // No side holds the skill any more (deleted on both): the links go too.
    let present: HashSet<SkillId> = skills.iter().map(|skill| skill.id).collect();
    for setback in setbacks {
        setback.skills.retain(|id| present.contains(id));
    }
}

/// Two computers that each created a skill of the same name (or renamed one to the other's
/// name) end up with one skill: the one with the smaller id, holding both histories; setbacks
/// that linked either link it.
fn join_skills_of_one_name(
    skills: &mut Vec<Skill>,
    setbacks: &mut [Setback],
    experiments: &mut [Experiment],
    kept_both: &mut usize,
) {
    let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
    for (index, skill) in skills.iter().enumerate() {
        by_name
            .entry(skill.name.trim().to_lowercase())
            .or_default()
            .push(index);
    }
    let mut replaced: HashMap<SkillId, SkillId> = HashMap::new();
    let mut drop: HashSet<usize> = HashSet::new();
    for indices in by_name.values().filter(|indices| indices.len() > 1) {
        let mut group: Vec<usize> = indices.clone();
        group.sort_by_key(|index| skills.get(*index).map(|skill| skill.id));
        let Some((&keep, others)) = group.split_first() else {
            continue;
        };
        for &other in others {
            let (Some(kept), Some(joined)) = (skills.get(keep), skills.get(other)) else {
                continue;
            };
            let result = entries::skill(None, kept, joined);
            *kept_both += usize::from(result.kept_both);
            let mut entry = result.entry;
            entry.id = kept.id;
            replaced.insert(joined.id, kept.id);
            drop.insert(other);
            if let Some(slot) = skills.get_mut(keep) {
                *slot = entry;
            }
        }
    }
    if replaced.is_empty() {
        return;
    }
    let mut index = 0;
    skills.retain(|_| {
        index += 1;
        !drop.contains(&(index - 1))
    });
    for setback in setbacks {
        if setback.skills.iter().any(|id| replaced.contains_key(id)) {
            let mut linked = Vec::with_capacity(setback.skills.len());
            for id in &setback.skills {
                let id = replaced.get(id).copied().unwrap_or(*id);
                if !linked.contains(&id) {
                    linked.push(id);
                }
            }
            setback.skills = linked;
        }
    }
    for experiment in experiments {
        if let Some(joined) = experiment.skill.and_then(|id| replaced.get(&id)) {
            experiment.skill = Some(*joined);
        }
    }
}

/// Skills keep the order of the side with more skills when the other side's skills come in
/// the same order there (a side that only added or removed skills); otherwise the base's order
/// for the skills it had. Skills no order places go last, by when they were created. The same
/// whichever side is "ours".
fn order_skills(base: Option<&Journal>, ours: &Journal, theirs: &Journal, skills: &mut [Skill]) {
    let ids = |journal: &Journal| -> Vec<SkillId> {
        journal.skills().iter().map(|skill| skill.id).collect()
    };
    let (mine, other) = (ids(ours), ids(theirs));
    let (long, short) = if mine.len() >= other.len() {
        (&mine, &other)
    } else {
        (&other, &mine)
    };
    let reference =
        if mine == other || (long.len() > short.len() && same_relative_order(long, short)) {
            long.clone()
        } else {
            base.map(ids).unwrap_or_default()
        };
    let position: HashMap<SkillId, usize> = reference
        .iter()
        .enumerate()
        .map(|(index, id)| (*id, index))
        .collect();
    skills.sort_by(|a, b| {
        let key = |skill: &Skill| {
            (
                position.get(&skill.id).copied().unwrap_or(usize::MAX),
                skill.created_at,
                skill.id,
            )
        };
        key(a).cmp(&key(b))
    });
}

/// True when the ids of `short` that `long` holds come in `long` in the same order.
fn same_relative_order(long: &[SkillId], short: &[SkillId]) -> bool {
    let position: HashMap<SkillId, usize> = long
        .iter()
        .enumerate()
        .map(|(index, id)| (*id, index))
        .collect();
    let placed: Vec<usize> = short
        .iter()
        .filter_map(|id| position.get(id).copied())
        .collect();
    placed.windows(2).all(|pair| pair[0] < pair[1])
}

/// Settings lists (custom categories, tag suggestions) keep what either side has: nothing
/// records their removals, and a version lacking one is not a removal.
fn merge_settings(ours: &Journal, theirs: &Journal) -> crate::model::JournalSettings {
    let (mine, other) = (ours.settings(), theirs.settings());
    let winner =
        fields::Winner::by_time(DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MIN_UTC, || {
            format!("{mine:?}").cmp(&format!("{other:?}"))
        });
    crate::model::JournalSettings {
        custom_categories: fields::list(
            &[],
            &mine.custom_categories,
            &other.custom_categories,
            winner,
        ),
        tags: fields::list(&[], &mine.tags, &other.tags, winner),
    }
}
