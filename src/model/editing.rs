//! Editing setbacks and skills: the rules for links, renames, merges and deletions, and what is
//! kept so that a deletion can be undone with its links intact.

use chrono::{DateTime, NaiveDate, Utc};

use super::experiment::Experiment;
use super::ids::{ExperimentId, SetbackId, SkillId};
use super::journal::{Journal, ValidationError, check_setback};
use super::scales::SkillLevel;
use super::setback::{Category, Setback, SetbackStatus};
use super::skill::{LevelChange, Skill};

/// A deleted setback, kept so that the deletion can be undone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovedSetback {
    setback: Setback,
    experiments: Vec<Experiment>,
}

impl RemovedSetback {
    /// The setback as it was when deleted.
    pub fn setback(&self) -> &Setback {
        &self.setback
    }
}

/// A deleted skill and the setbacks that linked it, kept so that the deletion can be undone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovedSkill {
    skill: Skill,
    position: usize,
    linked_setbacks: Vec<SetbackId>,
    linked_experiments: Vec<ExperimentId>,
}

impl RemovedSkill {
    /// The skill as it was when deleted.
    pub fn skill(&self) -> &Skill {
        &self.skill
    }
}

impl Journal {
    /// The setback with this id.
    pub fn setback(&self, id: SetbackId) -> Option<&Setback> {
        self.setbacks.iter().find(|setback| setback.id == id)
    }

    /// The skill with this id.
    pub fn skill(&self, id: SkillId) -> Option<&Skill> {
        self.skills.iter().find(|skill| skill.id == id)
    }

    /// How many setbacks link the skill.
    pub fn skill_link_count(&self, skill: SkillId) -> usize {
        self.setbacks_of_skill(skill).count()
    }

    /// Every category offered for setbacks: the built-in ones, then the user's own.
    pub fn categories(&self) -> Vec<Category> {
        let custom = self
            .settings
            .custom_categories
            .iter()
            .map(|name| Category::Custom(name.clone()));
        Category::BUILT_IN.iter().cloned().chain(custom).collect()
    }

    /// Saves an edited setback: replaces the one with the same id, or adds it when it is new.
    /// Checks the rules (title, dates, links). Returns `Ok(false)` when nothing changed.
    pub fn upsert_setback(
        &mut self,
        mut edited: Setback,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<bool, ValidationError> {
        edited.title.truncate(edited.title.trim_end().len());
        let leading_blanks = edited.title.len() - edited.title.trim_start().len();
        edited.title.drain(..leading_blanks);
        check_setback(&edited)?;
        if edited.date > today {
            return Err(ValidationError::FutureDate {
                date: edited.date,
                today,
            });
        }
        if let SetbackStatus::Recovered { on } = edited.status
            && on > today
        {
            return Err(ValidationError::FutureDate { date: on, today });
        }
        // A new day must not come after an answer of one of its experiments (an answer made
        // before it by a merge or an import does not block other edits).
        if self
            .setback(edited.id)
            .is_some_and(|old| old.date != edited.date)
            && let Some(on) = self
                .experiments_of_setback(edited.id)
                .filter_map(|experiment| experiment.tried_on().or(experiment.dropped_on()))
                .filter(|on| *on < edited.date)
                .min()
        {
            return Err(ValidationError::SetbackAfterAnswer {
                on,
                date: edited.date,
            });
        }
        if let Some(skill) = edited.skills.iter().find(|id| self.skill(**id).is_none()) {
            return Err(ValidationError::UnknownSkill {
                setback: edited.title.clone(),
                skill: *skill,
            });
        }
        let mut seen = Vec::with_capacity(edited.skills.len());
        edited.skills.retain(|id| {
            let first = !seen.contains(id);
            seen.push(*id);
            first
        });
        self.remember_category(&edited.category);
        let existing = self
            .setbacks
            .iter()
            .position(|setback| setback.id == edited.id);
        if let Some(index) = existing {
            let old = self.setbacks.remove(index);
            let unchanged = Setback {
                updated_at: old.updated_at,
                created_at: old.created_at,
                ..edited.clone()
            } == old;
            edited.created_at = old.created_at;
            edited.updated_at = if unchanged { old.updated_at } else { now };
            self.insert_sorted(edited);
            return Ok(!unchanged);
        }
        edited.created_at = now;
        edited.updated_at = now;
        self.insert_sorted(edited);
        Ok(true)
    }

    pub(super) fn remember_category(&mut self, category: &Category) {
        if let Category::Custom(name) = category
            && !self
                .settings
                .custom_categories
                .iter()
                .any(|known| known.eq_ignore_ascii_case(name))
        {
            self.settings.custom_categories.push(name.clone());
        }
    }

    pub(super) fn insert_sorted(&mut self, setback: Setback) {
        // The id breaks ties, so that the order never depends on the order of insertions and an
        // undone change gives back exactly the same list.
        let key = (setback.date, setback.created_at, setback.id);
        let position = self
            .setbacks
            .partition_point(|other| (other.date, other.created_at, other.id) <= key);
        self.setbacks.insert(position, setback);
    }

    /// Deletes a setback. Skills it linked stay (the user decides about them separately).
    pub fn remove_setback(&mut self, id: SetbackId) -> Option<RemovedSetback> {
        let index = self.setbacks.iter().position(|setback| setback.id == id)?;
        // Its experiments go with it (they would point at nothing) and come back with it.
        let (experiments, kept) = std::mem::take(&mut self.experiments)
            .into_iter()
            .partition(|experiment| experiment.setback == id);
        self.experiments = kept;
        Some(RemovedSetback {
            setback: self.setbacks.remove(index),
            experiments,
        })
    }

    /// Puts a deleted setback back, with its links to the skills that still exist.
    pub fn restore_setback(&mut self, removed: RemovedSetback) {
        let RemovedSetback {
            mut setback,
            experiments,
        } = removed;
        if self.setback(setback.id).is_some() {
            return;
        }
        setback.skills.retain(|id| self.skill(*id).is_some());
        self.insert_sorted(setback);
        for mut experiment in experiments {
            if self.experiment(experiment.id).is_none() {
                experiment.skill = experiment.skill.filter(|id| self.skill(*id).is_some());
                self.experiments.push(experiment);
            }
        }
        self.experiments.sort_by_key(super::practice::Listed::order);
    }

    /// Creates a skill at level 1 on `date`; the name must not be taken (case-insensitively).
    pub fn create_skill(
        &mut self,
        name: &str,
        date: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<SkillId, ValidationError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(ValidationError::EmptySkillName);
        }
        if let Some(existing) = self.skill_named(name) {
            return Err(ValidationError::DuplicateSkillName(existing.name.clone()));
        }
        let skill = Skill {
            id: SkillId::random(),
            name: name.to_owned(),
            category: String::new(),
            first_acquired_override: None,
            level_history: vec![LevelChange {
                date,
                level: SkillLevel::saturating(1),
            }],
            notes: String::new(),
            created_at: now,
            updated_at: now,
        };
        let id = skill.id;
        self.skills.push(skill);
        Ok(id)
    }

    /// Renames a skill. A blank name is refused, and a name taken by another skill is refused
    /// with `DuplicateSkillName` naming it, so the caller can offer a merge. Returns whether
    /// anything changed.
    pub fn rename_skill(
        &mut self,
        id: SkillId,
        name: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, ValidationError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(ValidationError::EmptySkillName);
        }
        if let Some(other) = self
            .skills
            .iter()
            .find(|skill| skill.id != id && skill.has_name(name))
        {
            return Err(ValidationError::DuplicateSkillName(other.name.clone()));
        }
        let skill = self.skill_mut(id)?;
        if skill.name == name {
            return Ok(false);
        }
        name.clone_into(&mut skill.name);
        skill.updated_at = now;
        Ok(true)
    }

    /// Sets a skill's category and notes: fields without rules, so they never wait for the
    /// name. Returns whether anything changed.
    pub fn set_skill_details(
        &mut self,
        id: SkillId,
        category: &str,
        notes: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, ValidationError> {
        let skill = self.skill_mut(id)?;
        let category = category.trim();
        if skill.category == category && skill.notes == notes {
            return Ok(false);
        }
        category.clone_into(&mut skill.category);
        notes.clone_into(&mut skill.notes);
        skill.updated_at = now;
        Ok(true)
    }

    fn skill_mut(&mut self, id: SkillId) -> Result<&mut Skill, ValidationError> {
        self.skills
            .iter_mut()
            .find(|skill| skill.id == id)
            .ok_or(ValidationError::UnknownEntry)
    }

    /// Sets the skill's level from `date` on, replacing a change recorded for the same day.
    pub fn set_skill_level(
        &mut self,
        id: SkillId,
        date: NaiveDate,
        level: SkillLevel,
        now: DateTime<Utc>,
    ) -> Result<(), ValidationError> {
        let skill = self.skill_mut(id)?;
        skill.level_history.retain(|change| change.date != date);
        let position = skill
            .level_history
            .partition_point(|change| change.date < date);
        skill
            .level_history
            .insert(position, LevelChange { date, level });
        skill.updated_at = now;
        Ok(())
    }

    /// Removes one entry of a skill's level history.
    pub fn remove_level_change(
        &mut self,
        id: SkillId,
        index: usize,
        now: DateTime<Utc>,
    ) -> Result<(), ValidationError> {
        let skill = self.skill_mut(id)?;
        if index < skill.level_history.len() {
            skill.level_history.remove(index);
            skill.updated_at = now;
        }
        Ok(())
    }

    /// Moves the skill `from` into `into`: setbacks that linked `from` link `into`, level
    /// histories and notes are combined, and `from` is deleted.
    pub fn merge_skills(
        &mut self,
        from: SkillId,
        into: SkillId,
        now: DateTime<Utc>,
    ) -> Result<(), ValidationError> {
        if from == into {
            return Ok(());
        }
        let source = self
            .skill(from)
            .cloned()
            .ok_or(ValidationError::UnknownEntry)?;
        let target = self.skill_mut(into)?;
        // A change of the merged skill is kept only where it raises the level the target had
        // reached by then, so merging never lowers what the user had recorded.
        let target_history = target.level_history.clone();
        for change in &source.level_history {
            let level_then = target_history
                .iter()
                .filter(|existing| existing.date <= change.date)
                .max_by_key(|existing| existing.date)
                .map(|existing| existing.level);
            if level_then.is_none_or(|level| change.level > level) {
                target
                    .level_history
                    .retain(|existing| existing.date != change.date);
                target.level_history.push(*change);
            }
        }
        target.level_history.sort_by_key(|change| change.date);
        if !source.notes.trim().is_empty() {
            if !target.notes.is_empty() {
                target.notes.push_str("\n\n");
            }
            target.notes.push_str(&source.notes);
        }
        if target.category.is_empty() {
            target.category.clone_from(&source.category);
        }
        target.first_acquired_override = match (
            target.first_acquired_override,
            source.first_acquired_override,
        ) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        target.updated_at = now;
        for setback in &mut self.setbacks {
            if let Some(position) = setback.skills.iter().position(|id| *id == from) {
                if setback.skills.contains(&into) {
                    setback.skills.remove(position);
                } else if let Some(slot) = setback.skills.get_mut(position) {
                    *slot = into;
                }
                setback.updated_at = now;
            }
        }
        for experiment in &mut self.experiments {
            if experiment.skill == Some(from) {
                experiment.skill = Some(into);
                experiment.updated_at = now;
            }
        }
        self.skills.retain(|skill| skill.id != from);
        Ok(())
    }

    /// Deletes a skill and its links from setbacks.
    pub fn remove_skill(&mut self, id: SkillId) -> Option<RemovedSkill> {
        let position = self.skills.iter().position(|skill| skill.id == id)?;
        let skill = self.skills.remove(position);
        let mut linked_setbacks = Vec::new();
        for setback in &mut self.setbacks {
            if setback.skills.contains(&id) {
                setback.skills.retain(|linked| *linked != id);
                linked_setbacks.push(setback.id);
            }
        }
        let mut linked_experiments = Vec::new();
        for experiment in &mut self.experiments {
            if experiment.skill == Some(id) {
                experiment.skill = None;
                linked_experiments.push(experiment.id);
            }
        }
        Some(RemovedSkill {
            skill,
            position,
            linked_setbacks,
            linked_experiments,
        })
    }

    /// Puts a deleted skill back, relinking the setbacks that still exist.
    pub fn restore_skill(&mut self, removed: RemovedSkill) {
        let RemovedSkill {
            skill,
            position,
            linked_setbacks,
            linked_experiments,
        } = removed;
        if self.skill(skill.id).is_some() || self.skill_named(&skill.name).is_some() {
            return;
        }
        let id = skill.id;
        self.skills.insert(position.min(self.skills.len()), skill);
        for setback in &mut self.setbacks {
            if linked_setbacks.contains(&setback.id) && !setback.skills.contains(&id) {
                setback.skills.push(id);
            }
        }
        for experiment in &mut self.experiments {
            if linked_experiments.contains(&experiment.id) && experiment.skill.is_none() {
                experiment.skill = Some(id);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, Utc};

    use super::*;
    use crate::model::{NewSetback, Severity};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    fn journal_with_setback(skills: &[&str]) -> (Journal, SetbackId) {
        let mut journal = Journal::default();
        let id = journal
            .add_setback(
                NewSetback {
                    date: day(10),
                    title: "Missed the deadline".to_owned(),
                    category: Category::Work,
                    severity: Severity::saturating(3),
                    micro_failure: false,
                    skill_names: skills.iter().map(|name| (*name).to_owned()).collect(),
                },
                day(20),
                Utc::now(),
            )
            .unwrap();
        (journal, id)
    }

    #[test]
    fn renaming_to_a_taken_name_is_refused_naming_the_other_skill() {
        let (mut journal, _) = journal_with_setback(&["Estimation", "Planning"]);
        let planning = journal.skill_named("planning").unwrap().id;
        let error = journal
            .rename_skill(planning, "ESTIMATION", Utc::now())
            .unwrap_err();
        assert_eq!(
            error,
            ValidationError::DuplicateSkillName("Estimation".to_owned())
        );
        assert_eq!(
            journal.rename_skill(planning, "  ", Utc::now()),
            Err(ValidationError::EmptySkillName)
        );
        // Details never wait for the name.
        assert!(
            journal
                .set_skill_details(planning, " Planning ", "notes", Utc::now())
                .unwrap()
        );
        assert_eq!(journal.skill(planning).unwrap().category, "Planning");
        assert!(
            journal
                .rename_skill(planning, "Road-mapping", Utc::now())
                .unwrap()
        );
        assert_eq!(journal.skill(planning).unwrap().name, "Road-mapping");
        assert!(matches!(
            journal.create_skill(" road-MAPPING ", day(1), Utc::now()),
            Err(ValidationError::DuplicateSkillName(_))
        ));
    }

    #[test]
    fn merging_moves_links_history_and_notes() {
        let (mut journal, first) = journal_with_setback(&["Estimation", "Estimating"]);
        let (mut other, _) = journal_with_setback(&[]);
        drop(other.remove_setback(first));
        let estimation = journal.skill_named("Estimation").unwrap().id;
        let estimating = journal.skill_named("Estimating").unwrap().id;
        journal
            .set_skill_level(estimating, day(15), SkillLevel::saturating(3), Utc::now())
            .unwrap();
        journal
            .set_skill_details(estimating, "", "Use ranges, not points.", Utc::now())
            .unwrap();
        journal
            .merge_skills(estimating, estimation, Utc::now())
            .unwrap();
        assert!(journal.skill(estimating).is_none());
        let merged = journal.skill(estimation).unwrap();
        assert_eq!(merged.current_level(), Some(SkillLevel::saturating(3)));
        assert_eq!(merged.notes, "Use ranges, not points.");
        assert_eq!(
            journal.setback(first).unwrap().skills,
            vec![estimation],
            "no duplicate link"
        );
        assert_eq!(
            merged.level_history.len(),
            2,
            "the level-1 start of the merged skill adds nothing"
        );
    }

    #[test]
    fn deleting_and_restoring_a_skill_keeps_its_links() {
        let (mut journal, setback) = journal_with_setback(&["Estimation"]);
        let skill = journal.skill_named("Estimation").unwrap().id;
        let removed = journal.remove_skill(skill).unwrap();
        assert!(journal.setback(setback).unwrap().skills.is_empty());
        journal.restore_skill(removed);
        assert_eq!(journal.setback(setback).unwrap().skills, vec![skill]);
        assert_eq!(journal.skill_link_count(skill), 1);
    }

    #[test]
    fn deleting_and_restoring_a_setback_keeps_its_links() {
        let (mut journal, setback) = journal_with_setback(&["Estimation"]);
        let skill = journal.skill_named("Estimation").unwrap().id;
        let removed = journal.remove_setback(setback).unwrap();
        assert_eq!(journal.skill_link_count(skill), 0);
        assert!(
            journal
                .first_acquired(journal.skill(skill).unwrap())
                .is_none()
        );
        journal.restore_setback(removed);
        assert_eq!(journal.skill_link_count(skill), 1);
        assert_eq!(
            journal.first_acquired(journal.skill(skill).unwrap()),
            Some(day(10))
        );
    }

    #[test]
    fn edits_are_checked_before_they_are_kept() {
        let (mut journal, id) = journal_with_setback(&[]);
        let original = journal.setback(id).unwrap().clone();
        let blank = Setback {
            title: "  ".to_owned(),
            ..original.clone()
        };
        assert_eq!(
            journal.upsert_setback(blank, day(20), Utc::now()),
            Err(ValidationError::EmptyTitle)
        );
        let future = Setback {
            date: day(21),
            ..original.clone()
        };
        assert!(matches!(
            journal.upsert_setback(future, day(20), Utc::now()),
            Err(ValidationError::FutureDate { .. })
        ));
        let early = Setback {
            status: SetbackStatus::Recovered { on: day(9) },
            ..original.clone()
        };
        assert!(matches!(
            journal.upsert_setback(early, day(20), Utc::now()),
            Err(ValidationError::RecoveredBeforeSetback { .. })
        ));
        assert_eq!(
            journal.setback(id),
            Some(&original),
            "nothing invalid was kept"
        );
        assert_eq!(
            journal.upsert_setback(original.clone(), day(20), Utc::now()),
            Ok(false)
        );
        let recovered = Setback {
            status: SetbackStatus::Recovered { on: day(12) },
            ..original
        };
        assert_eq!(
            journal.upsert_setback(recovered, day(20), Utc::now()),
            Ok(true)
        );
    }

    #[test]
    fn level_changes_on_the_same_day_replace_each_other() {
        let (mut journal, _) = journal_with_setback(&["Estimation"]);
        let skill = journal.skill_named("Estimation").unwrap().id;
        journal
            .set_skill_level(skill, day(12), SkillLevel::saturating(2), Utc::now())
            .unwrap();
        journal
            .set_skill_level(skill, day(12), SkillLevel::saturating(4), Utc::now())
            .unwrap();
        let history = &journal.skill(skill).unwrap().level_history;
        assert_eq!(history.len(), 2);
        assert_eq!(
            history[1],
            LevelChange {
                date: day(12),
                level: SkillLevel::saturating(4)
            }
        );
        journal.remove_level_change(skill, 1, Utc::now()).unwrap();
        assert_eq!(
            journal.skill(skill).unwrap().current_level(),
            Some(SkillLevel::saturating(1))
        );
    }
}
