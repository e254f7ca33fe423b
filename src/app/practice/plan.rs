//! "Make it an experiment": the dialog that turns a lesson (or a plan, or a recurring cause)
//! into one thing to try — by a date or when a situation comes up — and, optionally, the skill
//! it trains.

use chrono::{Days, NaiveDate};
use egui::{Role, WidgetInfo};

use crate::app::calendar::{CalendarSpec, date_field_ui};
use crate::app::theme;
use crate::calendar::DateBounds;
use crate::model::{Experiment, Journal, NewExperiment, Setback, SetbackId, SkillId, TryWhen};

/// How many days ahead a new experiment's date starts.
const DEFAULT_DAYS_AHEAD: u64 = 14;

/// The dialog's fields.
#[derive(Debug, Clone)]
pub struct PlanDialog {
    setback: SetbackId,
    setback_title: String,
    text: String,
    by_date: bool,
    date_text: String,
    situation: String,
    skill: Option<SkillId>,
    problem: Option<String>,
    focus_pending: bool,
    /// The experiment being changed, when the dialog edits one.
    editing: Option<Experiment>,
}

/// What the user did in the dialog.
pub enum PlanOutcome {
    /// Make this experiment.
    Make(NewExperiment),
    /// Save this changed experiment.
    Update(Experiment),
    /// Close without making one.
    Cancel,
}

impl PlanDialog {
    /// The dialog for `setback`, starting from `text` (a lesson, the plan, a factor).
    pub fn new(setback: &Setback, text: &str, today: NaiveDate) -> Self {
        let by = today
            .checked_add_days(Days::new(DEFAULT_DAYS_AHEAD))
            .unwrap_or(today);
        Self {
            setback: setback.id,
            setback_title: setback.title.clone(),
            text: text.trim().to_owned(),
            by_date: true,
            date_text: by.to_string(),
            situation: String::new(),
            skill: setback.skills.first().copied(),
            problem: None,
            focus_pending: true,
            editing: None,
        }
    }

    /// The dialog on an existing experiment (None when its setback is gone).
    pub fn editing(journal: &Journal, experiment: &Experiment) -> Option<Self> {
        let setback = journal.setback(experiment.setback)?;
        let mut dialog = Self::new(setback, &experiment.text, experiment.created_on);
        match &experiment.when {
            TryWhen::By(date) => dialog.date_text = date.to_string(),
            TryWhen::Situation(situation) => {
                dialog.by_date = false;
                dialog.situation.clone_from(situation);
            }
        }
        dialog.skill = experiment.skill;
        dialog.editing = Some(experiment.clone());
        Some(dialog)
    }

    /// The experiment the fields describe, or what to fix.
    pub fn checked(&self, today: NaiveDate) -> Result<NewExperiment, String> {
        if self.text.trim().is_empty() {
            return Err(crate::t!("practice-plan-problem-text"));
        }
        let when = if self.by_date {
            let date: NaiveDate = self
                .date_text
                .trim()
                .parse()
                .map_err(|_| crate::t!("practice-plan-problem-date"))?;
            TryWhen::By(date)
        } else {
            if self.situation.trim().is_empty() {
                return Err(crate::t!("practice-plan-problem-situation"));
            }
            TryWhen::Situation(self.situation.trim().to_owned())
        };
        Ok(NewExperiment {
            setback: self.setback,
            text: self.text.trim().to_owned(),
            when,
            skill: self.skill,
            created_on: today,
        })
    }

    /// By a date (with its calendar) or when a situation comes up.
    fn when_ui(&mut self, ui: &mut egui::Ui, journal: &Journal, today: NaiveDate) {
        ui.label(crate::t!("practice-plan-when"));
        ui.horizontal(|ui| {
            ui.radio_value(&mut self.by_date, true, crate::t!("practice-plan-by-date"));
            ui.radio_value(
                &mut self.by_date,
                false,
                crate::t!("practice-plan-when-it-comes-up"),
            );
        });
        if self.by_date {
            ui.horizontal(|ui| {
                let label = ui.label(crate::t!("practice-plan-try-by"));
                let field = crate::t!("practice-plan-try-by-field");
                let spec = CalendarSpec {
                    field: &field,
                    bounds: DateBounds::any(),
                    journal,
                    tint_moods: false,
                };
                date_field_ui(
                    ui,
                    &mut self.date_text,
                    "plan_by",
                    label.id,
                    &spec,
                    today,
                    true,
                    116.0,
                );
            });
        } else {
            let label = ui.label(crate::t!("practice-plan-situation"));
            ui.add(
                egui::TextEdit::singleline(&mut self.situation)
                    .id_salt("plan_situation")
                    .hint_text(crate::t!("practice-plan-situation-hint"))
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        }
    }

    /// The skill the experiment trains, if any.
    fn skill_ui(&mut self, ui: &mut egui::Ui, journal: &Journal) {
        ui.horizontal(|ui| {
            let label = ui.label(crate::t!("practice-plan-skill"));
            let none = crate::t!("practice-plan-skill-none");
            let current = self
                .skill
                .and_then(|id| journal.skill(id))
                .map_or_else(|| none.clone(), |skill| skill.name.clone());
            let combo = egui::ComboBox::from_id_salt("plan_skill")
                .selected_text(current)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.skill, None, &none);
                    for skill in journal.skills() {
                        ui.selectable_value(&mut self.skill, Some(skill.id), &skill.name);
                    }
                });
            combo.response.labelled_by(label.id).widget_info(|| {
                WidgetInfo::labeled(Role::ComboBox, true, crate::t!("practice-plan-skill"))
            });
        });
    }

    /// Draws the dialog; returns what the user decided, once they did.
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        journal: &Journal,
        today: NaiveDate,
    ) -> Option<PlanOutcome> {
        let mut outcome = None;
        let modal = egui::Modal::new(egui::Id::unique("plan_experiment")).show(ctx, |ui| {
            ui.set_width(460.0);
            ui.heading(if self.editing.is_some() {
                crate::t!("practice-plan-heading-change")
            } else {
                crate::t!("practice-plan-heading-make")
            });
            ui.label(
                egui::RichText::new(crate::t!(
                    "practice-plan-from",
                    title = self.setback_title.as_str()
                ))
                .weak(),
            );
            ui.add_space(theme::GAP);
            let label = ui.label(crate::t!("practice-plan-text"));
            let text = ui
                .add(
                    egui::TextEdit::singleline(&mut self.text)
                        .id_salt("plan_text")
                        .hint_text(crate::t!("practice-plan-text-hint"))
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus_pending) {
                text.request_focus();
            }
            ui.add_space(theme::GAP);
            self.when_ui(ui, journal, today);
            ui.add_space(theme::GAP);
            self.skill_ui(ui, journal);
            theme::problem_ui(ui, self.problem.as_deref());
            ui.add_space(theme::GAP);
            ui.horizontal(|ui| {
                let entered =
                    text.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
                let action = if self.editing.is_some() {
                    crate::t!("practice-plan-save")
                } else {
                    crate::t!("practice-plan-make")
                };
                if ui.button(action).clicked() || entered {
                    match (self.checked(today), &self.editing) {
                        (Ok(new), Some(old)) => {
                            outcome = Some(PlanOutcome::Update(Experiment {
                                text: new.text,
                                when: new.when,
                                skill: new.skill,
                                ..old.clone()
                            }));
                        }
                        (Ok(new), None) => outcome = Some(PlanOutcome::Make(new)),
                        (Err(problem), _) => self.problem = Some(problem),
                    }
                }
                if ui.button(crate::t!("common-cancel")).clicked() {
                    outcome = Some(PlanOutcome::Cancel);
                }
            });
        });
        outcome.or_else(|| modal.should_close().then_some(PlanOutcome::Cancel))
    }
}
