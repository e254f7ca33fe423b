//! Lessons into practice in the app (SPEC §2 item 7): making an experiment from a lesson,
//! answering whether it was tried, the Experiments list, the skill proposal after a try, and
//! the weekly review page. Screens queue a [`PracticeCommand`]; the session applies it here,
//! as one undoable step with a toast.

mod answer;
mod commands;
mod list;
mod plan;
mod review_page;

use chrono::NaiveDate;

pub use answer::{AnswerForm, answer_ui};
pub use list::ExperimentsScreen;
pub use plan::PlanDialog;
pub use review_page::ReviewPage;

use super::{AppCommand, KintsugiApp};
use crate::history::Change;
use crate::model::{
    Experiment, ExperimentId, NewExperiment, Outcome, Review, Scope, SetbackId, SkillId, SkillLevel,
};
use crate::session::Reach;

/// How the user answered "Did you try …?".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExperimentAnswer {
    /// Tried on a day, with how it went.
    Tried {
        /// The day.
        on: NaiveDate,
        /// How it went.
        outcome: Outcome,
        /// A line on what happened.
        note: String,
    },
    /// Not yet: ask again in three days.
    NotYet,
    /// Given up, with why.
    Drop {
        /// Why.
        why: String,
    },
}

/// What the practice screens ask the app to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PracticeCommand {
    /// Open the "Make it an experiment" dialog for a setback, with a first draft of the text.
    OpenPlan {
        /// The setback it comes from.
        setback: SetbackId,
        /// The lesson or plan it starts from.
        text: String,
    },
    /// Make an experiment from this text at once, with the usual defaults (by two weeks from
    /// today, training the setback's first skill): one click from a lesson.
    PlanNow {
        /// The setback it comes from.
        setback: SetbackId,
        /// What to try.
        text: String,
    },
    /// Open the dialog on an existing experiment, to change it.
    OpenEdit(ExperimentId),
    /// Make the experiment the dialog describes.
    Plan(NewExperiment),
    /// Save an experiment changed in the dialog.
    Update(Experiment),
    /// Answer the question about an experiment.
    Answer(ExperimentId, ExperimentAnswer),
    /// Raise a skill to a level (the proposal after a try, confirmed).
    RaiseSkill(SkillId, SkillLevel),
    /// Delete an experiment (confirmed); undoable.
    Delete(ExperimentId),
    /// Open the weekly review page.
    OpenReview,
    /// Keep the review as the page holds it (as it is typed; a review with nothing in it is
    /// not kept).
    SaveReview(Review),
    /// The review is done: close the page, saying so.
    FinishReview,
    /// Leave the review page (its text is kept).
    CloseReview,
    /// Show the Setbacks screen with the setbacks listing this contributing factor.
    ShowSetbacksWithFactor(String),
    /// Show the Experiments screen with the ones due.
    ShowDueExperiments,
}

/// A proposal to raise a skill after an experiment that trains it was tried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkillProposal {
    skill: SkillId,
    name: String,
    from: Option<SkillLevel>,
    to: SkillLevel,
    experiment: String,
}

/// The practice windows the app shows over the screens.
#[derive(Debug, Default)]
pub struct PracticeWindows {
    plan: Option<PlanDialog>,
    proposal: Option<SkillProposal>,
}

impl KintsugiApp {
    fn answer_experiment(&mut self, id: ExperimentId, answer: ExperimentAnswer) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        let (today, now, instant) = (self.clock.today(), self.clock.now(), self.clock.instant());
        let Some(experiment) = session.lock().journal().experiment(id).cloned() else {
            return;
        };
        let text = experiment.text.clone();
        let (label, done) = match &answer {
            ExperimentAnswer::Tried { outcome, .. } => (
                crate::t!("practice-undo-trying", text = text.as_str()),
                crate::t!(
                    "practice-tried-toast",
                    text = text.as_str(),
                    outcome = outcome.key()
                ),
            ),
            ExperimentAnswer::NotYet => (
                crate::t!("practice-undo-putting-off", text = text.as_str()),
                crate::t!(
                    "practice-not-yet-toast",
                    text = text.as_str(),
                    days = crate::model::NOT_YET_DAYS
                ),
            ),
            ExperimentAnswer::Drop { .. } => (
                crate::t!("practice-undo-dropping", text = text.as_str()),
                crate::t!("practice-dropped-toast", text = text.as_str()),
            ),
        };
        let tried = matches!(answer, ExperimentAnswer::Tried { .. });
        let result = session.lock().change(
            Change::named(label),
            &Reach::Only(Scope::experiment(id, None)),
            instant,
            |journal| match answer {
                ExperimentAnswer::Tried { on, outcome, note } => {
                    journal.try_experiment(id, on, outcome, &note, today, now)
                }
                ExperimentAnswer::NotYet => journal.put_off_experiment(id, today, now),
                ExperimentAnswer::Drop { why } => {
                    journal.drop_experiment(id, today, &why, today, now)
                }
            },
        );
        let changed = matches!(result, Ok(true));
        self.report_change(result, done);
        if changed
            && tried
            && let Some(skill) = experiment.skill
        {
            let session = session.lock();
            if let Some(skill) = session.journal().skill(skill) {
                let from = skill.current_level();
                let to = from.map_or(Some(1), |level| {
                    (level.get() < SkillLevel::MAX).then_some(level.get() + 1)
                });
                if let Some(to) = to.and_then(|to| SkillLevel::try_from(to).ok()) {
                    self.practice.proposal = Some(SkillProposal {
                        skill: skill.id,
                        name: skill.name.clone(),
                        from,
                        to,
                        experiment: text,
                    });
                }
            }
        }
    }

    /// The practice windows: the plan dialog and the skill proposal.
    pub(super) fn practice_windows_ui(&mut self, ctx: &egui::Context) {
        let session = self.session().cloned();
        if let Some(plan) = &mut self.practice.plan
            && let Some(session) = session
        {
            let session = session.lock();
            match plan.ui(ctx, session.journal(), self.clock.today()) {
                Some(plan::PlanOutcome::Make(new)) => self
                    .commands
                    .push(AppCommand::Practice(PracticeCommand::Plan(new))),
                Some(plan::PlanOutcome::Update(experiment)) => self
                    .commands
                    .push(AppCommand::Practice(PracticeCommand::Update(experiment))),
                Some(plan::PlanOutcome::Cancel) => self.practice.plan = None,
                None => {}
            }
        }
        if let Some(proposal) = self.practice.proposal.clone() {
            let (experiment, skill) = (proposal.experiment.as_str(), proposal.name.as_str());
            let message = match proposal.from {
                Some(from) => crate::t!(
                    "practice-proposal-message",
                    experiment = experiment,
                    skill = skill,
                    from = from.get(),
                    to = proposal.to.get()
                ),
                None => crate::t!(
                    "practice-proposal-message-first",
                    experiment = experiment,
                    skill = skill,
                    to = proposal.to.get()
                ),
            };
            let heading = crate::t!("practice-proposal-heading");
            let confirm = crate::t!("practice-proposal-raise", to = proposal.to.get());
            let cancel = crate::t!("practice-proposal-keep");
            let answer = super::widgets::confirm_ui(
                ctx,
                "skill_proposal",
                super::widgets::Question {
                    heading: &heading,
                    message: &message,
                    confirm: &confirm,
                    cancel: &cancel,
                },
            );
            match answer {
                Some(super::widgets::Answer::Confirmed) => {
                    self.practice.proposal = None;
                    self.commands
                        .push(AppCommand::Practice(PracticeCommand::RaiseSkill(
                            proposal.skill,
                            proposal.to,
                        )));
                }
                Some(super::widgets::Answer::Cancelled) => self.practice.proposal = None,
                None => {}
            }
        }
    }
}
