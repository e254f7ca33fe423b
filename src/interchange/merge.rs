//! Merging imported rows into a copy of the journal: by id where rows carry one, by day for
//! check-ins, by name for skills; then the whole result is checked.

use std::fmt;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};

use super::kintsugi_csv::{self, CheckInRow};
use super::note_blocks::{append_imported, holds_block};
use super::practice_csv::{self, ExperimentRow, ReviewRow};
use super::{ImportError, ImportFormat, Table};
use crate::model::{
    Category, CheckIn, EntryCounts, ExperimentStatus, Journal, JournalParts, LevelChange, Skill,
    SkillId, SkillLevel, normalized_tags,
};

/// A row that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The file.
    pub path: PathBuf,
    /// Its line.
    pub line: u64,
    /// Why it was left out.
    pub reason: String,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    /// The format read.
    pub format: ImportFormat,
    /// Entries that are new.
    pub added: EntryCounts,
    /// Entries that replaced existing ones (same id, or a check-in on the same day).
    pub replaced: EntryCounts,
    /// Check-ins that kept their words and got imported text appended (diaries).
    pub extended: usize,
    /// Diary entries whose text the journal already holds (from an earlier import).
    pub already_there: usize,
    /// Check-ins that took an imported mood and kept their words (Daylio onto a day that had
    /// one).
    pub updated: usize,
    /// Diary entries left out because they hold no words and no tags.
    pub empty: usize,
    /// Rows left out.
    pub skipped: Vec<Skipped>,
}

impl ImportReport {
    /// A report of nothing done yet.
    pub fn empty(format: ImportFormat) -> Self {
        Self {
            format,
            added: EntryCounts::default(),
            replaced: EntryCounts::default(),
            extended: 0,
            already_there: 0,
            updated: 0,
            empty: 0,
            skipped: Vec::new(),
        }
    }
}

impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        let added = self.added.words();
        if !added.is_empty() {
            parts.push(format!("added {}", added.join(", ")));
        }
        let replaced = self.replaced.words();
        if !replaced.is_empty() {
            parts.push(format!("replaced {}", replaced.join(", ")));
        }
        if self.updated > 0 {
            let check_ins = if self.updated == 1 {
                "check-in"
            } else {
                "check-ins"
            };
            parts.push(format!(
                "updated {} {check_ins} (the mood from the file, the day's words kept)",
                self.updated
            ));
        }
        if self.extended > 0 {
            let days = if self.extended == 1 { "day" } else { "days" };
            parts.push(format!(
                "added words to {} {days} that had a check-in",
                self.extended
            ));
        }
        if parts.is_empty() {
            parts.push("nothing new".to_owned());
        }
        write!(f, "Imported {}: {}", self.format, parts.join("; "))?;
        if self.already_there > 0 {
            let entries = if self.already_there == 1 {
                "entry was"
            } else {
                "entries were"
            };
            write!(
                f,
                " ({} {entries} already in the journal)",
                self.already_there
            )?;
        }
        if self.empty > 0 {
            let entries = if self.empty == 1 { "entry" } else { "entries" };
            write!(
                f,
                "; left out {} empty {entries} (no words and no tags)",
                self.empty
            )?;
        }
        if !self.skipped.is_empty() {
            let rows = self.skipped.len();
            let noun = if rows == 1 { "row" } else { "rows" };
            // The command line's English; the window's text comes from the messages.
            write!(f, "; skipped {rows} {noun}:")?;
            for skipped in &self.skipped {
                write!(
                    f,
                    "\n  {}:{}: {}",
                    skipped.path.display(),
                    skipped.line,
                    skipped.reason
                )?;
            }
        }
        Ok(())
    }
}

struct Merger {
    parts: JournalParts,
    report: ImportReport,
}

impl Merger {
    fn new(journal: &Journal, format: ImportFormat) -> Self {
        Self {
            parts: journal.to_parts(),
            report: ImportReport::empty(format),
        }
    }

    fn check_in(&mut self, row: CheckInRow) {
        let CheckInRow {
            mut check_in,
            had_id,
            ..
        } = row;
        let by_id = had_id
            .then(|| {
                self.parts
                    .check_ins
                    .iter()
                    .position(|c| c.id == check_in.id)
            })
            .flatten();
        let by_day = self
            .parts
            .check_ins
            .iter()
            .position(|c| c.date == check_in.date);
        match (by_id, by_day) {
            (Some(index), day) => {
                if let Some(other) = day.filter(|other| *other != index) {
                    // The row moves this check-in onto a day that has another one: it replaces it.
                    self.parts.check_ins.remove(other);
                }
                let index = self
                    .parts
                    .check_ins
                    .iter()
                    .position(|c| c.id == check_in.id)
                    .unwrap_or(0);
                if let Some(slot) = self.parts.check_ins.get_mut(index) {
                    *slot = check_in;
                }
                self.report.replaced.check_ins += 1;
            }
            (None, Some(index)) => {
                if let Some(slot) = self.parts.check_ins.get_mut(index) {
                    check_in.id = slot.id;
                    check_in.created_at = slot.created_at;
                    *slot = check_in;
                }
                self.report.replaced.check_ins += 1;
            }
            (None, None) => {
                self.parts.check_ins.push(check_in);
                self.report.added.check_ins += 1;
            }
        }
    }

    fn skill(&mut self, row: kintsugi_csv::SkillRow, path: &Path) {
        let kintsugi_csv::SkillRow {
            skill,
            had_id,
            line,
        } = row;
        if had_id && let Some(slot) = self.parts.skills.iter_mut().find(|s| s.id == skill.id) {
            *slot = skill;
            self.report.replaced.skills += 1;
            return;
        }
        if let Some(existing) = self.parts.skills.iter().find(|s| s.has_name(&skill.name)) {
            self.report.skipped.push(Skipped {
                path: path.to_owned(),
                line,
                reason: format!(
                    "a skill named “{}” is already in the journal",
                    existing.name
                ),
            });
            return;
        }
        self.parts.skills.push(skill);
        self.report.added.skills += 1;
    }

    /// The skill named `name`, made (level 1 on `date`) when the journal has none by that name.
    fn skill_id(&mut self, name: &str, date: NaiveDate, created_at: DateTime<Utc>) -> SkillId {
        if let Some(skill) = self.parts.skills.iter().find(|s| s.has_name(name)) {
            return skill.id;
        }
        let skill = Skill {
            id: SkillId::random(),
            name: name.trim().to_owned(),
            category: String::new(),
            first_acquired_override: None,
            level_history: vec![LevelChange {
                date,
                level: SkillLevel::saturating(1),
            }],
            notes: String::new(),
            created_at,
            updated_at: created_at,
        };
        let id = skill.id;
        self.parts.skills.push(skill);
        self.report.added.skills += 1;
        id
    }

    fn setback(&mut self, row: kintsugi_csv::SetbackRow) {
        let names: Vec<String> = row
            .skill_names
            .iter()
            .filter(|name| !name.trim().is_empty())
            .cloned()
            .collect();
        let skills: Vec<SkillId> = names
            .iter()
            .map(|name| self.skill_id(name, row.setback.date, row.setback.created_at))
            .collect();
        let mut setback = row.setback;
        setback.skills = skills;
        if let Category::Custom(name) = &setback.category
            && !self
                .parts
                .settings
                .custom_categories
                .iter()
                .any(|known| known.eq_ignore_ascii_case(name))
        {
            self.parts.settings.custom_categories.push(name.clone());
        }
        let existing = row
            .had_id
            .then(|| self.parts.setbacks.iter_mut().find(|s| s.id == setback.id))
            .flatten();
        if let Some(slot) = existing {
            *slot = setback;
            self.report.replaced.setbacks += 1;
        } else {
            self.parts.setbacks.push(setback);
            self.report.added.setbacks += 1;
        }
    }

    /// Adds or replaces (by id) an experiment; its setback must be in the journal or in the
    /// import.
    fn experiment(&mut self, row: ExperimentRow, path: &Path) -> Result<(), ImportError> {
        let ExperimentRow {
            line,
            mut experiment,
            skill_name,
            had_id,
        } = row;
        let cell = |column: &str, message: String| ImportError::Cell {
            path: path.to_owned(),
            line,
            column: column.to_owned(),
            message,
        };
        let Some(setback) = self
            .parts
            .setbacks
            .iter()
            .find(|setback| setback.id == experiment.setback)
        else {
            return Err(cell(
                "setback",
                format!(
                    "no setback with the id {} in the journal or in setbacks.csv",
                    experiment.setback
                ),
            ));
        };
        let answered = match experiment.status {
            ExperimentStatus::Tried { on, .. } => Some(("tried_on", on)),
            ExperimentStatus::Dropped { on, .. } => Some(("dropped_on", on)),
            ExperimentStatus::Open => None,
        };
        if let Some((column, on)) = answered
            && on < setback.date
        {
            return Err(cell(
                column,
                format!(
                    "{on} is before the setback it comes from (“{}”, {})",
                    setback.title, setback.date
                ),
            ));
        }
        if let Some(name) = skill_name {
            experiment.skill =
                Some(self.skill_id(&name, experiment.created_on, experiment.created_at));
        }
        let existing = had_id
            .then(|| {
                self.parts
                    .experiments
                    .iter_mut()
                    .find(|e| e.id == experiment.id)
            })
            .flatten();
        if let Some(slot) = existing {
            *slot = experiment;
            self.report.replaced.experiments += 1;
        } else {
            self.parts.experiments.push(experiment);
            self.report.added.experiments += 1;
        }
        Ok(())
    }

    /// Adds or replaces (by id) a review.
    fn review(&mut self, row: ReviewRow) {
        let ReviewRow { review, had_id } = row;
        let existing = had_id
            .then(|| self.parts.reviews.iter_mut().find(|r| r.id == review.id))
            .flatten();
        if let Some(slot) = existing {
            *slot = review;
            self.report.replaced.reviews += 1;
        } else {
            self.parts.reviews.push(review);
            self.report.added.reviews += 1;
        }
    }

    fn finish(mut self) -> Result<(Journal, ImportReport), ImportError> {
        remember_tags(&mut self.parts);
        let journal = Journal::from_parts(self.parts).map_err(ImportError::Invalid)?;
        Ok((journal, self.report))
    }
}

/// Adds the check-ins' tags the settings do not know yet to the tags offered as suggestions.
pub(super) fn remember_tags(parts: &mut JournalParts) {
    let JournalParts {
        check_ins,
        settings,
        ..
    } = parts;
    settings.remember_tags(check_ins.iter().flat_map(|check_in| &check_in.tags));
}

/// Merges Daylio's check-ins. A day the journal has no check-in for gets Daylio's; a day it has
/// one for takes Daylio's mood and keeps its own words, with Daylio's note appended under a
/// line naming the source (unless the day already holds it) and the tags joined — an import
/// never takes away words written in Kintsugi.
pub fn merge_check_ins(
    journal: &Journal,
    rows: Vec<CheckInRow>,
    format: ImportFormat,
) -> Result<(Journal, ImportReport), ImportError> {
    let mut merger = Merger::new(journal, format);
    for row in rows {
        let date = row.check_in.date;
        match merger.parts.check_ins.iter_mut().find(|c| c.date == date) {
            Some(existing) => {
                if merge_into(existing, &row.check_in, format) {
                    merger.report.updated += 1;
                } else {
                    merger.report.already_there += 1;
                }
            }
            None => merger.check_in(row),
        }
    }
    merger.finish()
}

/// The files of a Kintsugi CSV export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KintsugiFile {
    /// `checkins.csv`.
    CheckIns,
    /// `setbacks.csv`.
    Setbacks,
    /// `skills.csv`.
    Skills,
    /// `experiments.csv`.
    Experiments,
    /// `reviews.csv`.
    Reviews,
}

impl KintsugiFile {
    /// Every file.
    pub const ALL: [KintsugiFile; 5] = [
        KintsugiFile::CheckIns,
        KintsugiFile::Setbacks,
        KintsugiFile::Skills,
        KintsugiFile::Experiments,
        KintsugiFile::Reviews,
    ];

    /// The file's name in an export.
    pub fn name(self) -> &'static str {
        match self {
            KintsugiFile::CheckIns => "checkins.csv",
            KintsugiFile::Setbacks => "setbacks.csv",
            KintsugiFile::Skills => "skills.csv",
            KintsugiFile::Experiments => "experiments.csv",
            KintsugiFile::Reviews => "reviews.csv",
        }
    }

    /// Which file a table is: by its name, else experiments or reviews by their columns, else
    /// check-ins.
    pub fn of(table: &Table) -> KintsugiFile {
        Self::named(&table.path)
            .or_else(|| Self::by_columns(table))
            .unwrap_or(KintsugiFile::CheckIns)
    }

    /// The file whose name `path` has (in any case), if any.
    pub fn named(path: &Path) -> Option<KintsugiFile> {
        let name = path
            .file_name()
            .map(|name| name.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        Self::ALL.into_iter().find(|file| file.name() == name)
    }

    /// Experiments or reviews, told by their columns (a file renamed by hand).
    pub fn by_columns(table: &Table) -> Option<KintsugiFile> {
        if table.has("setback") && table.has("text") {
            Some(KintsugiFile::Experiments)
        } else if table.has("from") && table.has("to") && !table.has("date") {
            Some(KintsugiFile::Reviews)
        } else {
            None
        }
    }
}

/// The tables of a Kintsugi import; any of them may be missing.
#[derive(Debug, Clone, Copy, Default)]
pub struct KintsugiTables<'a> {
    /// `checkins.csv`.
    pub check_ins: Option<&'a Table>,
    /// `setbacks.csv`.
    pub setbacks: Option<&'a Table>,
    /// `skills.csv`.
    pub skills: Option<&'a Table>,
    /// `experiments.csv`.
    pub experiments: Option<&'a Table>,
    /// `reviews.csv`.
    pub reviews: Option<&'a Table>,
}

impl<'a> KintsugiTables<'a> {
    /// Puts `table` in the slot of `file`.
    pub fn with(mut self, file: KintsugiFile, table: &'a Table) -> Self {
        let slot = match file {
            KintsugiFile::CheckIns => &mut self.check_ins,
            KintsugiFile::Setbacks => &mut self.setbacks,
            KintsugiFile::Skills => &mut self.skills,
            KintsugiFile::Experiments => &mut self.experiments,
            KintsugiFile::Reviews => &mut self.reviews,
        };
        *slot = Some(table);
        self
    }
}

/// Merges Kintsugi tables: skills first (setbacks and experiments link them by name), then
/// check-ins and setbacks, then experiments (they link setbacks by id) and reviews.
pub fn merge_kintsugi_tables(
    journal: &Journal,
    tables: KintsugiTables<'_>,
    now: DateTime<Utc>,
) -> Result<(Journal, ImportReport), ImportError> {
    // Parse everything before merging anything, so that a bad row anywhere stops the import.
    let skill_rows = tables
        .skills
        .map(|table| kintsugi_csv::read_skills(table, now))
        .transpose()?;
    let check_in_rows = tables
        .check_ins
        .map(|table| kintsugi_csv::read_check_ins(table, now))
        .transpose()?;
    let setback_rows = tables
        .setbacks
        .map(|table| kintsugi_csv::read_setbacks(table, now))
        .transpose()?;
    let experiment_rows = tables
        .experiments
        .map(|table| practice_csv::read_experiments(table, now))
        .transpose()?;
    let review_rows = tables
        .reviews
        .map(|table| practice_csv::read_reviews(table, now))
        .transpose()?;
    let mut merger = Merger::new(journal, ImportFormat::Kintsugi);
    if let (Some(rows), Some(table)) = (skill_rows, tables.skills) {
        for row in rows {
            merger.skill(row, &table.path);
        }
    }
    for row in check_in_rows.into_iter().flatten() {
        merger.check_in(row);
    }
    for row in setback_rows.into_iter().flatten() {
        merger.setback(row);
    }
    if let (Some(rows), Some(table)) = (experiment_rows, tables.experiments) {
        for row in rows {
            merger.experiment(row, &table.path)?;
        }
    }
    for row in review_rows.into_iter().flatten() {
        merger.review(row);
    }
    merger.finish()
}

/// Merges whichever of the files of a Kintsugi export ([`KintsugiFile`]) the folder holds.
pub fn merge_kintsugi_folder(
    journal: &Journal,
    dir: &Path,
    now: DateTime<Utc>,
) -> Result<(Journal, ImportReport), ImportError> {
    let mut read = Vec::new();
    for file in KintsugiFile::ALL {
        let path = dir.join(file.name());
        if path.exists() {
            read.push((file, Table::read(&path)?));
        }
    }
    if read.is_empty() {
        return Err(ImportError::NothingToImport {
            path: dir.to_owned(),
        });
    }
    let tables = read
        .iter()
        .fold(KintsugiTables::default(), |tables, (file, table)| {
            tables.with(*file, table)
        });
    merge_kintsugi_tables(journal, tables, now)
}

/// Merges a single Kintsugi file, chosen by its name (see [`KintsugiFile::of`]).
pub fn merge_kintsugi_file(
    journal: &Journal,
    table: &Table,
    now: DateTime<Utc>,
) -> Result<(Journal, ImportReport), ImportError> {
    let tables = KintsugiTables::default().with(KintsugiFile::of(table), table);
    merge_kintsugi_tables(journal, tables, now)
}

/// Merges an imported check-in into the day's own: the imported mood (when it has one) and
/// its note appended under the source line unless the day already holds it; the day's words,
/// other ratings and tags are kept. Returns whether anything changed.
pub(super) fn merge_into(existing: &mut CheckIn, incoming: &CheckIn, format: ImportFormat) -> bool {
    let mut changed = false;
    if incoming.ratings.mood.is_some() && existing.ratings.mood != incoming.ratings.mood {
        existing.ratings.mood = incoming.ratings.mood;
        changed = true;
    }
    // Block by block: a day that gained a second entry since the last export brings only that
    // one, not the first again.
    let new_blocks: Vec<&str> = incoming
        .note
        .split("\n\n")
        .map(str::trim)
        .filter(|block| !block.is_empty() && !holds_block(&existing.note, block))
        .collect();
    if !new_blocks.is_empty() {
        append_imported(&mut existing.note, &new_blocks.join("\n\n"), format);
        changed = true;
    }
    let tags = normalized_tags(&[existing.tags.as_slice(), &incoming.tags].concat());
    if tags != existing.tags {
        existing.tags = tags;
        changed = true;
    }
    if changed {
        existing.updated_at = incoming.updated_at;
    }
    changed
}
