//! The journal: every check-in, setback and skill of one user, and the rules that keep them
//! consistent.

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::check_in::{CheckIn, CheckInInput, normalized_tags};
use super::experiment::Experiment;
use super::ids::{CheckInId, SetbackId, SkillId};
use super::practice::Listed;
use super::review::Review;
use super::scales::Severity;
use super::setback::{Category, Reflection, Setback, SetbackStatus};
use super::skill::Skill;

/// Why an entry or a journal was refused. Shown to users next to the field or on stderr, so
/// each message says what to fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValidationError {
    /// A check-in asked for with nothing in it: no rating, no note, no tag.
    #[error("give at least one rating (mood, resilience or growth mindset), a note or a tag")]
    NothingToCheckIn,
    /// An entry dated after today.
    #[error("{date} is in the future; entries can be for today ({today}) or earlier")]
    FutureDate {
        /// The date given.
        date: NaiveDate,
        /// Today's date.
        today: NaiveDate,
    },
    /// A setback without a title.
    #[error("a setback needs a title")]
    EmptyTitle,
    /// A skill without a name.
    #[error("a skill needs a name")]
    EmptySkillName,
    /// Two check-ins on one day (only possible in a file).
    #[error("two check-ins on {0}; a day has at most one")]
    DuplicateCheckInDate(NaiveDate),
    /// A check-in with no rating, no note and no tag (only possible in a file).
    #[error("the check-in on {0} holds nothing: it needs a rating, a note or a tag")]
    EmptyCheckIn(NaiveDate),
    /// Two skills whose names differ only in case.
    #[error("two skills are named “{0}”; skill names must be unique")]
    DuplicateSkillName(String),
    /// A setback that links a skill the journal does not have.
    #[error("setback “{setback}” links skill {skill}, which does not exist")]
    UnknownSkill {
        /// Title of the setback.
        setback: String,
        /// The missing skill id.
        skill: SkillId,
    },
    /// An edit of an entry that is no longer in the journal.
    #[error("this entry is no longer in the journal")]
    UnknownEntry,
    /// Two entries with the same id.
    #[error("the id {0} is used by two entries")]
    DuplicateId(String),
    /// A recovery date before the setback happened.
    #[error("setback “{title}” is marked recovered on {recovered}, before it happened ({date})")]
    RecoveredBeforeSetback {
        /// Title of the setback.
        title: String,
        /// Date of the setback.
        date: NaiveDate,
        /// The recovery date given.
        recovered: NaiveDate,
    },
    /// An experiment without a sentence of what to try.
    #[error("an experiment needs one sentence of what you will try")]
    EmptyExperiment,
    /// An experiment that is to be tried when a situation comes up, without the situation.
    #[error("say when you will try it: a date, or the situation (\"next time I present\")")]
    EmptySituation,
    /// An experiment linking a setback or skill the journal does not have.
    #[error("the experiment “{0}” links a setback or skill that does not exist")]
    UnknownExperimentLink(String),
    /// An experiment tried or dropped before its setback happened.
    #[error("{on} is before the setback it comes from ({date})")]
    AnsweredBeforeSetback {
        /// The day given.
        on: NaiveDate,
        /// The setback's day.
        date: NaiveDate,
    },
    /// A setback moved to a day after one of its experiments was tried or dropped.
    #[error("an experiment of this setback was answered on {on}, before {date}")]
    SetbackAfterAnswer {
        /// The day of the earliest answer.
        on: NaiveDate,
        /// The setback's new day.
        date: NaiveDate,
    },
    /// A review whose first day comes after its last.
    #[error("a review cannot cover {from} to {to}: its first day comes after its last")]
    ReviewPeriod {
        /// First day given.
        from: NaiveDate,
        /// Last day given.
        to: NaiveDate,
    },
}

/// Settings that travel with the journal file rather than with the app.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct JournalSettings {
    /// Setback categories the user added to the built-in ones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub custom_categories: Vec<String>,
    /// Every tag used so far, in the order first used, offered as suggestions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

impl JournalSettings {
    /// Adds the tags the suggestions do not know yet (compared without ASCII case), in order.
    /// Linear in the number of tags: an import may bring hundreds of thousands.
    pub fn remember_tags<'t>(&mut self, tags: impl IntoIterator<Item = &'t String>) {
        let mut known: HashSet<String> = self
            .tags
            .iter()
            .map(|tag| tag.to_ascii_lowercase())
            .collect();
        for tag in tags {
            if known.insert(tag.to_ascii_lowercase()) {
                self.tags.push(tag.clone());
            }
        }
    }
}

/// Everything a journal holds, as plain lists: what files contain and generators produce.
/// [`Journal::from_parts`] checks it before it becomes a journal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct JournalParts {
    /// Check-ins, in any order.
    pub check_ins: Vec<CheckIn>,
    /// Setbacks, in any order.
    pub setbacks: Vec<Setback>,
    /// Skills, in any order.
    pub skills: Vec<Skill>,
    /// Experiments, in any order.
    pub experiments: Vec<Experiment>,
    /// Weekly reviews, in any order.
    pub reviews: Vec<Review>,
    /// Journal settings.
    pub settings: JournalSettings,
}

/// A new setback as the user logs it (the quick-capture fields).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSetback {
    /// The day it happened.
    pub date: NaiveDate,
    /// Title; must not be blank.
    pub title: String,
    /// Category.
    pub category: Category,
    /// Severity 1–5.
    pub severity: Severity,
    /// True for a micro-failure.
    pub micro_failure: bool,
    /// Names of the skills it taught; unknown names become new skills.
    pub skill_names: Vec<String>,
}

/// One user's journal. It upholds the rules of the model: at most one check-in per day, each
/// with a rating; non-empty setback titles; unique skill names; links only to existing skills.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Journal {
    pub(super) check_ins: BTreeMap<NaiveDate, CheckIn>,
    pub(super) setbacks: Vec<Setback>,
    pub(super) skills: Vec<Skill>,
    /// Experiments, by the day planned, then creation.
    pub(super) experiments: Vec<Experiment>,
    /// Reviews, by their last day.
    pub(super) reviews: Vec<Review>,
    pub(super) settings: JournalSettings,
}

impl Journal {
    /// Builds a journal from plain lists, refusing anything that breaks the model's rules.
    pub fn from_parts(parts: JournalParts) -> Result<Journal, ValidationError> {
        let JournalParts {
            check_ins,
            mut setbacks,
            skills,
            mut experiments,
            mut reviews,
            settings,
        } = parts;
        let mut ids = HashSet::new();
        let mut by_date = BTreeMap::new();
        for check_in in check_ins {
            if check_in.is_empty() {
                return Err(ValidationError::EmptyCheckIn(check_in.date));
            }
            if !ids.insert(check_in.id.0) {
                return Err(ValidationError::DuplicateId(check_in.id.to_string()));
            }
            let date = check_in.date;
            if by_date.insert(date, check_in).is_some() {
                return Err(ValidationError::DuplicateCheckInDate(date));
            }
        }
        let mut names = HashSet::new();
        for skill in &skills {
            if skill.name.trim().is_empty() {
                return Err(ValidationError::EmptySkillName);
            }
            if !names.insert(skill.name.trim().to_lowercase()) {
                return Err(ValidationError::DuplicateSkillName(skill.name.clone()));
            }
            if !ids.insert(skill.id.0) {
                return Err(ValidationError::DuplicateId(skill.id.to_string()));
            }
        }
        let skill_ids: HashSet<SkillId> = skills.iter().map(|skill| skill.id).collect();
        for setback in &setbacks {
            check_setback(setback)?;
            if !ids.insert(setback.id.0) {
                return Err(ValidationError::DuplicateId(setback.id.to_string()));
            }
            if let Some(skill) = setback.skills.iter().find(|id| !skill_ids.contains(id)) {
                return Err(ValidationError::UnknownSkill {
                    setback: setback.title.clone(),
                    skill: *skill,
                });
            }
        }
        setbacks.sort_by_key(|setback| (setback.date, setback.created_at, setback.id));
        let setback_ids: HashSet<SetbackId> = setbacks.iter().map(|setback| setback.id).collect();
        for experiment in &experiments {
            super::practice::check_experiment(experiment)?;
            let linked = setback_ids.contains(&experiment.setback)
                && experiment
                    .skill
                    .is_none_or(|skill| skill_ids.contains(&skill));
            if !linked {
                return Err(ValidationError::UnknownExperimentLink(
                    experiment.text.clone(),
                ));
            }
            if !ids.insert(experiment.id.0) {
                return Err(ValidationError::DuplicateId(experiment.id.to_string()));
            }
        }
        for review in &reviews {
            super::practice::check_review(review)?;
            if !ids.insert(review.id.0) {
                return Err(ValidationError::DuplicateId(review.id.to_string()));
            }
        }
        experiments.sort_by_key(Listed::order);
        reviews.sort_by_key(Listed::order);
        Ok(Journal {
            check_ins: by_date,
            setbacks,
            skills,
            experiments,
            reviews,
            settings,
        })
    }

    /// The journal as plain lists (check-ins by date, setbacks by date).
    pub fn to_parts(&self) -> JournalParts {
        JournalParts {
            check_ins: self.check_ins.values().cloned().collect(),
            setbacks: self.setbacks.clone(),
            skills: self.skills.clone(),
            experiments: self.experiments.clone(),
            reviews: self.reviews.clone(),
            settings: self.settings.clone(),
        }
    }

    /// True when the journal holds no entry at all.
    pub fn is_empty(&self) -> bool {
        self.check_ins.is_empty()
            && self.setbacks.is_empty()
            && self.skills.is_empty()
            && self.experiments.is_empty()
            && self.reviews.is_empty()
    }

    /// All check-ins, oldest first, one per day.
    pub fn check_ins(&self) -> impl DoubleEndedIterator<Item = &CheckIn> + ExactSizeIterator {
        self.check_ins.values()
    }

    /// Check-ins dated within `from..=to`, oldest first.
    pub fn check_ins_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> impl DoubleEndedIterator<Item = &CheckIn> {
        let range = if from <= to { from..=to } else { to..=to };
        self.check_ins.range(range).map(|(_, check_in)| check_in)
    }

    /// Check-ins dated within `from..=to` that have at least one rating, oldest first: what
    /// every figure counts (a day with only words counts for none of them).
    pub fn rated_check_ins_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> impl DoubleEndedIterator<Item = &CheckIn> {
        self.check_ins_between(from, to)
            .filter(|check_in| check_in.ratings.any_given())
    }

    /// Check-ins keyed by their day (what the file format writes).
    pub fn check_ins_by_date(&self) -> &BTreeMap<NaiveDate, CheckIn> {
        &self.check_ins
    }

    /// The check-in of a given day, if there is one.
    pub fn check_in(&self, date: NaiveDate) -> Option<&CheckIn> {
        self.check_ins.get(&date)
    }

    /// All setbacks, oldest first.
    pub fn setbacks(&self) -> &[Setback] {
        &self.setbacks
    }

    /// All skills, in the order they were created.
    pub fn skills(&self) -> &[Skill] {
        &self.skills
    }

    /// The journal's own settings.
    pub fn settings(&self) -> &JournalSettings {
        &self.settings
    }

    /// The skill with this name (case-insensitive), if any.
    pub fn skill_named(&self, name: &str) -> Option<&Skill> {
        self.skills.iter().find(|skill| skill.has_name(name))
    }

    /// The setbacks a skill came from, oldest first.
    pub fn setbacks_of_skill(&self, skill: SkillId) -> impl Iterator<Item = &Setback> {
        self.setbacks
            .iter()
            .filter(move |setback| setback.skills.contains(&skill))
    }

    /// The day a skill was first acquired: set by hand, or else the earliest linked setback.
    pub fn first_acquired(&self, skill: &Skill) -> Option<NaiveDate> {
        skill.first_acquired_override.or_else(|| {
            self.setbacks_of_skill(skill.id)
                .map(|setback| setback.date)
                .min()
        })
    }

    /// The earliest and latest date of any check-in or setback, or `None` for an empty journal.
    pub fn date_span(&self) -> Option<(NaiveDate, NaiveDate)> {
        let check_in_dates = self
            .check_ins
            .keys()
            .next()
            .into_iter()
            .chain(self.check_ins.keys().next_back());
        let setback_dates = self.setbacks.iter().map(|setback| &setback.date);
        let mut dates = check_in_dates.chain(setback_dates).copied();
        let first = dates.next()?;
        Some(dates.fold((first, first), |(lo, hi), date| {
            (lo.min(date), hi.max(date))
        }))
    }

    /// Creates or replaces the check-in of `date`; a day may hold ratings, words (a note, tags)
    /// or both. Input with none of them removes the day's check-in. Returns `Ok(false)` when
    /// nothing changed.
    pub fn upsert_check_in(
        &mut self,
        date: NaiveDate,
        input: &CheckInInput,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<bool, ValidationError> {
        if date > today {
            return Err(ValidationError::FutureDate { date, today });
        }
        let tags = normalized_tags(&input.tags);
        let note = input.note.trim_end().to_owned();
        if !input.ratings.any_given() && note.trim().is_empty() && tags.is_empty() {
            return Ok(self.check_ins.remove(&date).is_some());
        }
        self.settings.remember_tags(&tags);
        if let Some(existing) = self.check_ins.get_mut(&date) {
            if existing.ratings == input.ratings && existing.note == note && existing.tags == tags {
                return Ok(false);
            }
            existing.ratings = input.ratings;
            existing.note = note;
            existing.tags = tags;
            existing.updated_at = now;
        } else {
            let check_in = CheckIn {
                id: CheckInId::random(),
                date,
                ratings: input.ratings,
                note,
                tags,
                created_at: now,
                updated_at: now,
            };
            self.check_ins.insert(date, check_in);
        }
        Ok(true)
    }

    /// Removes the check-in of `date`, returning it.
    pub fn remove_check_in(&mut self, date: NaiveDate) -> Option<CheckIn> {
        self.check_ins.remove(&date)
    }

    /// Logs a new setback, creating the skills it names that do not exist yet.
    pub fn add_setback(
        &mut self,
        new: NewSetback,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<SetbackId, ValidationError> {
        let title = new.title.trim().to_owned();
        if title.is_empty() {
            return Err(ValidationError::EmptyTitle);
        }
        if new.date > today {
            return Err(ValidationError::FutureDate {
                date: new.date,
                today,
            });
        }
        if new.skill_names.iter().any(|name| name.trim().is_empty()) {
            return Err(ValidationError::EmptySkillName);
        }
        self.remember_category(&new.category);
        let mut skills = Vec::with_capacity(new.skill_names.len());
        for name in &new.skill_names {
            let id = match self.skill_named(name) {
                Some(skill) => skill.id,
                None => self.create_skill(name, new.date, now)?,
            };
            if !skills.contains(&id) {
                skills.push(id);
            }
        }
        let setback = Setback {
            id: SetbackId::random(),
            date: new.date,
            title,
            category: new.category,
            severity: new.severity,
            micro_failure: new.micro_failure,
            reflection: Reflection::default(),
            skills,
            status: SetbackStatus::Open,
            created_at: now,
            updated_at: now,
        };
        let id = setback.id;
        self.insert_sorted(setback);
        Ok(id)
    }
}

/// The rules a single setback must follow on its own.
pub(super) fn check_setback(setback: &Setback) -> Result<(), ValidationError> {
    if setback.title.trim().is_empty() {
        return Err(ValidationError::EmptyTitle);
    }
    if let SetbackStatus::Recovered { on } = setback.status
        && on < setback.date
    {
        return Err(ValidationError::RecoveredBeforeSetback {
            title: setback.title.clone(),
            date: setback.date,
            recovered: on,
        });
    }
    Ok(())
}
