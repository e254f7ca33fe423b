//! The setback editor's fields as the user typed them, and the rule that settles them into a
//! setback field by field: a field whose text is not valid keeps the journal's value and says
//! why, and never holds back the other fields.

use chrono::NaiveDate;

use crate::i18n::DateStyle;

use super::journal::Journal;
use super::setback::{Setback, SetbackStatus};

/// The title a new setback is listed under until the user gives it one.
pub const UNTITLED_SETBACK: &str = "Untitled setback";

/// The fields of a setback that are typed as text and can therefore be invalid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TypedField {
    /// The title (must not be blank).
    Title,
    /// The day it happened (a date, not in the future).
    Date,
    /// The day of recovery (a date, not in the future, not before the setback).
    RecoveredOn,
}

impl TypedField {
    /// The field's name as the editor labels it, in the reader's language.
    pub fn label(self) -> String {
        match self {
            TypedField::Title => crate::t!("form-field-title"),
            TypedField::Date => crate::t!("form-field-date"),
            TypedField::RecoveredOn => crate::t!("form-field-recovered-on"),
        }
    }
}

/// The setback as edited: every field but the typed ones is in `setback`; the typed ones are
/// the texts as they stand in their fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetbackForm {
    /// The setback with the editor's choices (category, severity, reflection, skills, status
    /// kind). Its title, date and recovery date are replaced by the settled typed fields.
    pub setback: Setback,
    /// The title as typed.
    pub title: String,
    /// The date as typed.
    pub date: String,
    /// The recovery date as typed (used when the status is recovered).
    pub recovered_on: String,
}

/// A typed field that could not be taken, and why, in words for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    /// Which field.
    pub field: TypedField,
    /// What is wrong with it.
    pub message: String,
}

impl Journal {
    /// The setback to store for `form`: every valid field from the form; for each invalid one
    /// the value the journal already has (or, for a new setback, a neutral one: the title
    /// [`UNTITLED_SETBACK`], the date `today`), with the problem.
    pub fn settle_setback_form(
        &self,
        form: &SetbackForm,
        today: NaiveDate,
    ) -> (Setback, Vec<FieldProblem>) {
        let stored = self.setback(form.setback.id);
        let mut settled = form.setback.clone();
        let mut problems = Vec::new();

        let title = form.title.trim();
        if title.is_empty() {
            // The placeholder is the writer's words from then on, in the language they write in.
            settled.title =
                stored.map_or_else(|| crate::t!("form-untitled-setback"), |s| s.title.clone());
            problems.push(FieldProblem {
                field: TypedField::Title,
                message: crate::t!("form-title-missing", title = settled.title.clone()),
            });
        } else {
            title.clone_into(&mut settled.title);
        }

        match parse_day(&form.date, today) {
            Ok(date) => settled.date = date,
            Err(message) => {
                settled.date = stored.map_or(today, |s| s.date);
                problems.push(FieldProblem {
                    field: TypedField::Date,
                    message: crate::t!("form-date-problem", problem = message),
                });
            }
        }

        if let SetbackStatus::Recovered { .. } = form.setback.status {
            let recovered = parse_day(&form.recovered_on, today).and_then(|on| {
                if on < settled.date {
                    Err(crate::t!(
                        "form-recovered-before",
                        recovered = crate::i18n::date(on, DateStyle::Long),
                        date = crate::i18n::date(settled.date, DateStyle::Long)
                    ))
                } else {
                    Ok(on)
                }
            });
            match recovered {
                Ok(on) => settled.status = SetbackStatus::Recovered { on },
                Err(message) => {
                    // Keep the stored status when it still fits the date; otherwise the
                    // setback counts as reflected until the recovery date is fixed.
                    settled.status = match stored.map(|s| s.status) {
                        Some(SetbackStatus::Recovered { on }) if on >= settled.date => {
                            SetbackStatus::Recovered { on }
                        }
                        Some(SetbackStatus::Open) => SetbackStatus::Open,
                        _ => SetbackStatus::Reflected,
                    };
                    problems.push(FieldProblem {
                        field: TypedField::RecoveredOn,
                        message: crate::t!("form-recovered-problem", problem = message),
                    });
                }
            }
        }
        (settled, problems)
    }
}

/// Reads a day typed as `YYYY-MM-DD` that is not after `today`.
fn parse_day(text: &str, today: NaiveDate) -> Result<NaiveDate, String> {
    let text = text.trim();
    let day = NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| crate::t!("form-not-a-date", text = text))?;
    if day > today {
        return Err(crate::t!(
            "form-in-future",
            day = crate::i18n::date(day, DateStyle::Long),
            today = crate::i18n::date(today, DateStyle::Long)
        ));
    }
    Ok(day)
}

/// Names the field in which two versions of a setback differ, for the edit history ("typing
/// in What happened"); "setback" when several differ.
pub fn changed_setback_field(old: &Setback, new: &Setback) -> &'static str {
    let (a, b) = (&old.reflection, &new.reflection);
    let differences = [
        (old.title != new.title, "Title"),
        (old.date != new.date, "Date"),
        (old.category != new.category, "Category"),
        (old.severity != new.severity, "Severity"),
        (old.micro_failure != new.micro_failure, "Micro-failure"),
        (old.status != new.status, "Status"),
        (a.what_happened != b.what_happened, "What happened"),
        (
            a.contributing_factors != b.contributing_factors,
            "Contributing factors",
        ),
        (
            a.do_differently != b.do_differently,
            "What I will do differently",
        ),
        (a.feedback != b.feedback, "Feedback"),
        (a.lessons != b.lessons, "Lessons"),
        (old.skills != new.skills, "Skills acquired"),
    ];
    let mut changed = differences.iter().filter(|(differs, _)| *differs);
    match (changed.next(), changed.next()) {
        (Some((_, name)), None) => name,
        _ => "setback",
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly on purpose")]

    use chrono::Utc;

    use super::*;
    use crate::model::{Category, Reflection, SetbackId, Severity};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn stored_setback() -> Setback {
        Setback {
            id: SetbackId::random(),
            date: day(10),
            title: "Missed the deadline".to_owned(),
            category: Category::Work,
            severity: Severity::saturating(3),
            micro_failure: false,
            reflection: Reflection::default(),
            skills: Vec::new(),
            status: SetbackStatus::Recovered { on: day(12) },
            created_at: Utc::now(),
            updated_at: Utc::now(),
        }
    }

    fn form_of(setback: &Setback) -> SetbackForm {
        SetbackForm {
            setback: setback.clone(),
            title: setback.title.clone(),
            date: setback.date.to_string(),
            recovered_on: day(12).to_string(),
        }
    }

    #[test]
    fn an_invalid_date_keeps_the_stored_date_and_takes_every_other_field() {
        let mut journal = Journal::default();
        let stored = stored_setback();
        journal
            .upsert_setback(stored.clone(), day(28), Utc::now())
            .unwrap();
        let mut form = form_of(&stored);
        form.date = "2026-13-40".to_owned();
        form.setback.reflection.what_happened = "A paragraph".to_owned();
        form.title = "  New title ".to_owned();
        let (settled, problems) = journal.settle_setback_form(&form, day(28));
        assert_eq!(settled.date, day(10));
        assert_eq!(settled.title, "New title");
        assert_eq!(settled.reflection.what_happened, "A paragraph");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].field, TypedField::Date);
        assert!(problems[0].message.contains("2026-13-40"), "{problems:?}");
    }

    #[test]
    fn future_days_and_recoveries_before_the_setback_are_problems_of_their_own_field() {
        let journal = Journal::default();
        let stored = stored_setback();
        let mut form = form_of(&stored);
        form.date = day(29).to_string();
        form.recovered_on = day(5).to_string();
        form.title = " ".to_owned();
        let (settled, problems) = journal.settle_setback_form(&form, day(28));
        let fields: Vec<TypedField> = problems.iter().map(|p| p.field).collect();
        assert_eq!(
            fields,
            vec![TypedField::Title, TypedField::Date, TypedField::RecoveredOn]
        );
        // A new setback: neutral values stand in, and the result follows the journal's rules.
        assert_eq!(settled.title, UNTITLED_SETBACK);
        assert_eq!(settled.date, day(28));
        assert_eq!(settled.status, SetbackStatus::Reflected);
        let mut journal = journal;
        assert!(
            journal
                .upsert_setback(settled, day(28), Utc::now())
                .unwrap()
        );
    }

    #[test]
    fn the_changed_field_is_named_for_the_history() {
        let old = stored_setback();
        let mut new = old.clone();
        new.reflection.lessons.push("Ask early".to_owned());
        assert_eq!(changed_setback_field(&old, &new), "Lessons");
        new.title.push('!');
        assert_eq!(changed_setback_field(&old, &new), "setback");
    }
}
