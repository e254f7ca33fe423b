//! Changes to a journal as values: the entities a change touched, each with the state it leaves
//! them in. A change is recorded as two patches, before and after, so that it can be undone and
//! redone exactly, and the memory it takes follows the size of the change, not of the journal.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use super::check_in::CheckIn;
use super::experiment::Experiment;
use super::ids::{ExperimentId, ReviewId, SetbackId, SkillId};
use super::journal::{Journal, JournalSettings};
use super::practice::{Listed, insert_in_order};
use super::review::Review;
use super::setback::Setback;
use super::skill::Skill;

/// Which entities a change may touch; only they are copied to record it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// Check-ins, by day.
    pub check_ins: Vec<NaiveDate>,
    /// Setbacks, by id.
    pub setbacks: Vec<SetbackId>,
    /// Skills, by id.
    pub skills: Vec<SkillId>,
    /// Experiments, by id.
    pub experiments: Vec<ExperimentId>,
    /// Reviews, by id.
    pub reviews: Vec<ReviewId>,
    /// The journal's settings (known tags, custom categories).
    pub settings: bool,
}

impl Scope {
    /// One day's check-in, and the settings (its tags join the known tags).
    pub fn check_in(date: NaiveDate) -> Self {
        Self {
            check_ins: vec![date],
            settings: true,
            ..Self::default()
        }
    }

    /// One setback, and the settings (a new category is remembered there).
    pub fn setback(id: SetbackId) -> Self {
        Self {
            setbacks: vec![id],
            settings: true,
            ..Self::default()
        }
    }

    /// One skill.
    pub fn skill(id: SkillId) -> Self {
        Self {
            skills: vec![id],
            ..Self::default()
        }
    }

    /// One experiment, and the skill it may raise (trying one can move the skill's level).
    pub fn experiment(id: ExperimentId, skill: Option<SkillId>) -> Self {
        Self {
            experiments: vec![id],
            skills: skill.into_iter().collect(),
            ..Self::default()
        }
    }

    /// One review.
    pub fn review(id: ReviewId) -> Self {
        Self {
            reviews: vec![id],
            ..Self::default()
        }
    }
}

/// The state of some entities of a journal: `None` for one that does not exist. Skills carry
/// their position, since the order of the skills list is part of the journal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Patch {
    check_ins: BTreeMap<NaiveDate, Option<CheckIn>>,
    setbacks: HashMap<SetbackId, Option<Setback>>,
    skills: HashMap<SkillId, Option<(usize, Skill)>>,
    experiments: HashMap<ExperimentId, Option<Experiment>>,
    reviews: HashMap<ReviewId, Option<Review>>,
    settings: Option<JournalSettings>,
}

impl Patch {
    /// The entities of `scope` as they are in `journal` now.
    pub fn capture(journal: &Journal, scope: &Scope) -> Self {
        let mut patch = Patch::default();
        for date in &scope.check_ins {
            patch
                .check_ins
                .insert(*date, journal.check_ins.get(date).cloned());
        }
        for id in &scope.setbacks {
            patch.setbacks.insert(*id, journal.setback(*id).cloned());
        }
        for id in &scope.skills {
            patch.skills.insert(*id, skill_at(journal, *id));
        }
        for id in &scope.experiments {
            patch
                .experiments
                .insert(*id, journal.experiment(*id).cloned());
        }
        for id in &scope.reviews {
            patch.reviews.insert(*id, journal.review(*id).cloned());
        }
        if scope.settings {
            patch.settings = Some(journal.settings.clone());
        }
        patch
    }

    /// The scope this patch covers.
    pub fn scope(&self) -> Scope {
        Scope {
            check_ins: self.check_ins.keys().copied().collect(),
            setbacks: self.setbacks.keys().copied().collect(),
            skills: self.skills.keys().copied().collect(),
            experiments: self.experiments.keys().copied().collect(),
            reviews: self.reviews.keys().copied().collect(),
            settings: self.settings.is_some(),
        }
    }

    /// The patches that turn `before` into `after` and back, covering exactly the entities
    /// that differ: for changes whose reach is not known in advance (imports, merges, restores).
    pub fn between(before: &Journal, after: &Journal) -> (Patch, Patch) {
        let mut scope = Scope::default();
        let mut dates: Vec<NaiveDate> = before.check_ins.keys().copied().collect();
        dates.extend(
            after
                .check_ins
                .keys()
                .filter(|date| !before.check_ins.contains_key(date)),
        );
        scope.check_ins = dates
            .into_iter()
            .filter(|date| before.check_ins.get(date) != after.check_ins.get(date))
            .collect();
        let setback_ids = before.setbacks.iter().chain(&after.setbacks).map(|s| s.id);
        for id in setback_ids {
            if !scope.setbacks.contains(&id) && before.setback(id) != after.setback(id) {
                scope.setbacks.push(id);
            }
        }
        let skill_ids = before.skills.iter().chain(&after.skills).map(|s| s.id);
        for id in skill_ids {
            if !scope.skills.contains(&id) && skill_at(before, id) != skill_at(after, id) {
                scope.skills.push(id);
            }
        }
        let experiment_ids = before.experiments.iter().chain(&after.experiments);
        for id in experiment_ids.map(|experiment| experiment.id) {
            if !scope.experiments.contains(&id) && before.experiment(id) != after.experiment(id) {
                scope.experiments.push(id);
            }
        }
        let review_ids = before.reviews.iter().chain(&after.reviews);
        for id in review_ids.map(|review| review.id) {
            if !scope.reviews.contains(&id) && before.review(id) != after.review(id) {
                scope.reviews.push(id);
            }
        }
        scope.settings = before.settings != after.settings;
        (
            Patch::capture(before, &scope),
            Patch::capture(after, &scope),
        )
    }

    /// Puts every entity of the patch into `journal` in the state the patch holds.
    pub fn apply_to(&self, journal: &mut Journal) {
        for (date, check_in) in &self.check_ins {
            match check_in {
                Some(check_in) => {
                    journal.check_ins.insert(*date, check_in.clone());
                }
                None => {
                    journal.check_ins.remove(date);
                }
            }
        }
        for (id, setback) in &self.setbacks {
            journal.setbacks.retain(|existing| existing.id != *id);
            if let Some(setback) = setback {
                journal.insert_sorted(setback.clone());
            }
        }
        // Removals first, then insertions by ascending position, so that positions hold.
        for id in self.skills.keys() {
            journal.skills.retain(|existing| existing.id != *id);
        }
        let mut placed: Vec<&(usize, Skill)> = self.skills.values().flatten().collect();
        placed.sort_by_key(|(position, _)| *position);
        for (position, skill) in placed {
            let position = (*position).min(journal.skills.len());
            journal.skills.insert(position, skill.clone());
        }
        put_listed(&mut journal.experiments, &self.experiments);
        put_listed(&mut journal.reviews, &self.reviews);
        if let Some(settings) = &self.settings {
            journal.settings = settings.clone();
        }
    }

    /// Folds `other` into this patch, for joining two consecutive changes into one: entities
    /// only `other` covers are added, and those both cover take `other`'s state when
    /// `other_wins` (the "after" side, where the later change wins) and keep this patch's
    /// state otherwise (the "before" side, where the earlier change wins).
    pub fn absorb(&mut self, other: Patch, other_wins: bool) {
        fn fold<K: Ord + std::hash::Hash + Eq, V>(
            mine: &mut impl MapLike<K, V>,
            theirs: impl IntoIterator<Item = (K, V)>,
            theirs_win: bool,
        ) {
            for (key, value) in theirs {
                if theirs_win || !mine.has(&key) {
                    mine.put(key, value);
                }
            }
        }
        fold(&mut self.check_ins, other.check_ins, other_wins);
        fold(&mut self.setbacks, other.setbacks, other_wins);
        fold(&mut self.skills, other.skills, other_wins);
        fold(&mut self.experiments, other.experiments, other_wins);
        fold(&mut self.reviews, other.reviews, other_wins);
        if let Some(settings) = other.settings
            && (other_wins || self.settings.is_none())
        {
            self.settings = Some(settings);
        }
    }

    /// A rough count of the bytes the patch holds, for the history's memory figure.
    pub fn approximate_bytes(&self) -> usize {
        let check_ins: usize = self
            .check_ins
            .values()
            .flatten()
            .map(|check_in| {
                std::mem::size_of::<CheckIn>()
                    + check_in.note.len()
                    + check_in.tags.iter().map(String::len).sum::<usize>()
            })
            .sum();
        let setbacks: usize = self
            .setbacks
            .values()
            .flatten()
            .map(|setback| std::mem::size_of::<Setback>() + setback_text_bytes(setback))
            .sum();
        let skills: usize = self
            .skills
            .values()
            .flatten()
            .map(|(_, skill)| {
                std::mem::size_of::<Skill>()
                    + skill.name.len()
                    + skill.notes.len()
                    + skill.category.len()
                    + skill.level_history.len() * 8
            })
            .sum();
        let settings = self.settings.as_ref().map_or(0, |settings| {
            settings
                .tags
                .iter()
                .chain(&settings.custom_categories)
                .map(|text| text.len() + 24)
                .sum()
        });
        let experiments: usize = self
            .experiments
            .values()
            .flatten()
            .map(|experiment| {
                std::mem::size_of::<Experiment>() + experiment.texts().map(str::len).sum::<usize>()
            })
            .sum();
        let reviews: usize = self
            .reviews
            .values()
            .flatten()
            .map(|review| {
                std::mem::size_of::<Review>() + review.texts().map(str::len).sum::<usize>()
            })
            .sum();
        check_ins + setbacks + skills + experiments + reviews + settings
    }
}

fn setback_text_bytes(setback: &Setback) -> usize {
    let reflection = &setback.reflection;
    setback.title.len()
        + reflection.what_happened.len()
        + reflection.do_differently.len()
        + reflection
            .contributing_factors
            .iter()
            .chain(&reflection.lessons)
            .map(String::len)
            .sum::<usize>()
        + reflection
            .feedback
            .iter()
            .map(|feedback| {
                feedback.insight.len() + feedback.name.as_ref().map_or(0, String::len) + 64
            })
            .sum::<usize>()
        + setback.skills.len() * 16
}

/// The two maps a patch keeps entities in, seen alike by [`Patch::absorb`].
trait MapLike<K, V> {
    fn has(&self, key: &K) -> bool;
    fn put(&mut self, key: K, value: V);
}

impl<K: Ord, V> MapLike<K, V> for BTreeMap<K, V> {
    fn has(&self, key: &K) -> bool {
        self.contains_key(key)
    }
    fn put(&mut self, key: K, value: V) {
        self.insert(key, value);
    }
}

impl<K: std::hash::Hash + Eq, V> MapLike<K, V> for HashMap<K, V> {
    fn has(&self, key: &K) -> bool {
        self.contains_key(key)
    }
    fn put(&mut self, key: K, value: V) {
        self.insert(key, value);
    }
}

/// Puts the entries of a patch into their ordered list: each one the patch covers leaves the
/// list, and those the patch holds go back in their place.
fn put_listed<T: Listed>(list: &mut Vec<T>, patched: &HashMap<T::Id, Option<T>>) {
    if patched.is_empty() {
        return;
    }
    list.retain(|existing| !patched.contains_key(&existing.id()));
    for entry in patched.values().flatten() {
        insert_in_order(list, entry.clone());
    }
}

fn skill_at(journal: &Journal, id: SkillId) -> Option<(usize, Skill)> {
    journal
        .skills
        .iter()
        .position(|skill| skill.id == id)
        .map(|position| (position, journal.skills[position].clone()))
}
