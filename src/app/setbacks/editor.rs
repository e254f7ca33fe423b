//! The setback being edited: its fields as typed, and how they reach the journal — field by
//! field, through the session's one edit path, with invalid text kept beside its field.

use chrono::NaiveDate;

use super::StatusKind;
use crate::app::theme;
use crate::app::unsettled::{FieldKey, Unsettled};
use crate::clock::Clock;
use crate::history::Change;
use crate::model::Scope;
use crate::model::{
    Category, Reflection, Setback, SetbackForm, SetbackId, SetbackStatus, Severity, TypedField,
    changed_setback_field,
};
use crate::session::{ChangeError, JournalSession, Reach};

/// The setback in the editor. `draft` holds the fields chosen with clicks (category, severity,
/// reflection, skills); the typed fields are kept as text, so that an invalid one stays as the
/// user left it.
#[derive(Debug)]
pub(super) struct SetbackEditor {
    pub(super) draft: Setback,
    pub(super) in_journal: bool,
    pub(super) revision: u64,
    pub(super) status: StatusKind,
    pub(super) title_text: String,
    pub(super) date_text: String,
    pub(super) recovered_text: String,
    pub(super) new_factor: String,
    pub(super) new_lesson: String,
    pub(super) new_category: String,
    pub(super) skill_query: String,
    /// A problem that belongs to no single field (a rule of the journal refused the change).
    pub(super) other_problem: Option<String>,
    pub(super) focus_title: bool,
}

impl SetbackEditor {
    /// The editor on a setback of the journal, with the texts kept for its fields.
    pub(super) fn for_setback(setback: &Setback, revision: u64, unsettled: &Unsettled) -> Self {
        let id = setback.id;
        let kept = |field: TypedField, stored: String| {
            unsettled
                .get(FieldKey::Setback(id, field))
                .map_or(stored, |kept| kept.text.clone())
        };
        let recovered_on = match setback.status {
            SetbackStatus::Recovered { on } => on.to_string(),
            _ => String::new(),
        };
        let recovered_kept = unsettled
            .get(FieldKey::Setback(id, TypedField::RecoveredOn))
            .is_some();
        let status = if recovered_kept {
            StatusKind::Recovered
        } else {
            StatusKind::of(setback.status)
        };
        let kept_other = |key: FieldKey| {
            unsettled
                .get(key)
                .map_or_else(String::new, |kept| kept.text.clone())
        };
        Self {
            title_text: kept(TypedField::Title, setback.title.clone()),
            date_text: kept(TypedField::Date, setback.date.to_string()),
            recovered_text: kept(TypedField::RecoveredOn, recovered_on),
            status,
            draft: setback.clone(),
            in_journal: true,
            revision,
            new_factor: String::new(),
            new_lesson: String::new(),
            new_category: kept_other(FieldKey::NewCategory(id)),
            skill_query: kept_other(FieldKey::SkillSearch(id)),
            other_problem: None,
            focus_title: false,
        }
    }

    /// The editor on a new setback dated `date`, not yet in the journal.
    pub(super) fn new_setback(date: NaiveDate, clock: &Clock, revision: u64) -> Self {
        let setback = Setback {
            id: SetbackId::random(),
            date,
            title: String::new(),
            category: Category::Work,
            severity: Severity::saturating(2),
            micro_failure: false,
            reflection: Reflection::default(),
            skills: Vec::new(),
            status: SetbackStatus::Open,
            created_at: clock.now(),
            updated_at: clock.now(),
        };
        let mut editor = Self::for_setback(&setback, revision, &Unsettled::default());
        editor.in_journal = false;
        editor.focus_title = true;
        editor
    }

    /// The setback's id.
    pub(super) fn id(&self) -> SetbackId {
        self.draft.id
    }

    /// The editor as the core's form: click-chosen fields and typed texts.
    pub(super) fn form(&self, today: NaiveDate) -> SetbackForm {
        let mut setback = self.draft.clone();
        setback.status = match self.status {
            StatusKind::Open => SetbackStatus::Open,
            StatusKind::Reflected => SetbackStatus::Reflected,
            StatusKind::Recovered => SetbackStatus::Recovered { on: today },
        };
        SetbackForm {
            setback,
            title: self.title_text.clone(),
            date: self.date_text.clone(),
            recovered_on: self.recovered_text.clone(),
        }
    }

    /// Adds the half-typed contributing factor and lesson, exactly as Enter would, and keeps
    /// the half-typed skill search and new category beside the setback. Called before the
    /// editor goes away or shows another entry, and when the screen or the app is left.
    pub(super) fn settle_half_typed(
        &mut self,
        session: &mut JournalSession,
        clock: &Clock,
        unsettled: &mut Unsettled,
    ) {
        let mut added = false;
        for (pending, list) in [
            (
                &mut self.new_factor,
                &mut self.draft.reflection.contributing_factors,
            ),
            (&mut self.new_lesson, &mut self.draft.reflection.lessons),
        ] {
            let text = pending.trim();
            if !text.is_empty() {
                list.push(text.to_owned());
                added = true;
            }
            pending.clear();
        }
        let id = self.id();
        let kept = [
            (
                FieldKey::SkillSearch(id),
                &self.skill_query,
                crate::t!("setbacks-skill-not-linked"),
            ),
            (
                FieldKey::NewCategory(id),
                &self.new_category,
                crate::t!("setbacks-category-not-applied"),
            ),
        ];
        for (key, text, problem) in kept {
            if text.trim().is_empty() {
                unsettled.settle(key);
            } else {
                unsettled.keep(key, text, problem);
            }
        }
        if added {
            apply(self, session, clock, unsettled);
        }
    }
}

/// Puts every valid field of the editor into the journal as one step of the history; each
/// invalid typed field keeps its text in `unsettled` with its problem, and the journal keeps
/// its stored value for that field only.
pub(super) fn apply(
    editor: &mut SetbackEditor,
    session: &mut JournalSession,
    clock: &Clock,
    unsettled: &mut Unsettled,
) {
    let today = clock.today();
    let form = editor.form(today);
    let (settled, problems) = session.journal().settle_setback_form(&form, today);
    let id = editor.id();
    for field in [TypedField::Title, TypedField::Date, TypedField::RecoveredOn] {
        let key = FieldKey::Setback(id, field);
        let problem = problems.iter().find(|problem| problem.field == field);
        let text = match field {
            TypedField::Title => &editor.title_text,
            TypedField::Date => &editor.date_text,
            TypedField::RecoveredOn => &editor.recovered_text,
        };
        match problem {
            Some(problem)
                if field != TypedField::RecoveredOn || editor.status == StatusKind::Recovered =>
            {
                unsettled.keep(key, text, problem.message.clone());
            }
            _ => unsettled.settle(key),
        }
    }
    let stored = session.journal().setback(id).cloned();
    let (label, field) = match &stored {
        None => (crate::t!("setbacks-step-new"), "new"),
        Some(old) => {
            let field = changed_setback_field(old, &settled);
            (step_label(field), field)
        }
    };
    let change = Change::merging(label, format!("setback {id} {field}"));
    let result = session.change(
        change,
        &Reach::Only(Scope::setback(id)),
        clock.instant(),
        |journal| journal.upsert_setback(settled.clone(), today, clock.now()),
    );
    editor.other_problem = None;
    match result {
        Ok(_) => {
            editor.in_journal = true;
            if let Some(stored) = session.journal().setback(id) {
                editor.draft = stored.clone();
            }
            editor.revision = session.revision();
        }
        Err(ChangeError::ReadOnly(reason)) => editor.other_problem = Some(reason),
        Err(ChangeError::Rule(error)) => {
            editor.other_problem = Some(theme::capitalized(&error.to_string()));
        }
    }
}

/// The history's name for a change of one field of a setback (`field` as
/// [`changed_setback_field`] names it, in English; the name shown is the reader's).
fn step_label(field: &str) -> String {
    match field {
        "Title"
        | "Date"
        | "What happened"
        | "What I will do differently"
        | "Feedback"
        | "Contributing factors"
        | "Lessons" => crate::t!("setbacks-step-typing", field = field_label(field)),
        "setback" => crate::t!("setbacks-step-editing"),
        other => crate::t!("setbacks-step-changing", field = field_label(other)),
    }
}

/// A field of the editor, named by [`changed_setback_field`], as its label reads.
fn field_label(field: &str) -> String {
    match field {
        "Title" => TypedField::Title.label(),
        "Date" => TypedField::Date.label(),
        "Category" => crate::t!("setbacks-field-category"),
        "Severity" => crate::t!("setbacks-field-severity"),
        "Micro-failure" => crate::t!("setbacks-field-micro-failure"),
        "Status" => crate::t!("setbacks-field-status"),
        "What happened" => crate::t!("setbacks-field-what-happened"),
        "Contributing factors" => crate::t!("setbacks-field-contributing-factors"),
        "What I will do differently" => crate::t!("setbacks-field-do-differently"),
        "Feedback" => crate::t!("setbacks-field-feedback"),
        "Lessons" => crate::t!("setbacks-field-lessons"),
        "Skills acquired" => crate::t!("setbacks-field-skills"),
        other => other.to_owned(),
    }
}
