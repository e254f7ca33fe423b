//! Carrying out the practice commands on the session: each change one undoable step, told in a
//! toast (with Undo) or, when refused, why.

use chrono::{DateTime, NaiveDate, Utc};

use super::{PlanDialog, PracticeCommand, ReviewPage};
use crate::app::{KintsugiApp, Screen};
use crate::history::Change;
use crate::i18n::DateStyle;
use crate::model::{
    Experiment, ExperimentId, NewExperiment, Review, Scope, SetbackFilter, SetbackId, SkillId,
    SkillLevel, TryWhen,
};
use crate::session::{Reach, SharedSession};

/// The session and the moment a command runs at.
struct Context {
    session: SharedSession,
    today: NaiveDate,
    now: DateTime<Utc>,
    instant: std::time::Instant,
}

impl KintsugiApp {
    fn practice_context(&self) -> Option<Context> {
        Some(Context {
            session: self.session().cloned()?,
            today: self.clock.today(),
            now: self.clock.now(),
            instant: self.clock.instant(),
        })
    }

    /// Carries out a practice command queued by a screen; what it opened or changed is drawn
    /// in the next frame.
    pub(in crate::app) fn run_practice(&mut self, command: PracticeCommand, ctx: &egui::Context) {
        self.practice_command(command);
        ctx.request_repaint();
    }

    /// Carries out one practice command.
    pub(in crate::app) fn practice_command(&mut self, command: PracticeCommand) {
        let Some(context) = self.practice_context() else {
            return;
        };
        match command {
            PracticeCommand::OpenPlan { setback, text } => {
                self.practice.plan = context
                    .session
                    .lock()
                    .journal()
                    .setback(setback)
                    .map(|setback| PlanDialog::new(setback, &text, context.today));
            }
            PracticeCommand::PlanNow { setback, text } => self.plan_now(&context, setback, &text),
            PracticeCommand::OpenEdit(id) => {
                let session = context.session.lock();
                let journal = session.journal();
                self.practice.plan = journal
                    .experiment(id)
                    .and_then(|experiment| PlanDialog::editing(journal, experiment));
            }
            PracticeCommand::Update(experiment) => self.update_experiment(&context, experiment),
            PracticeCommand::Plan(new) => self.plan_experiment(&context, new),
            PracticeCommand::Answer(id, answer) => self.answer_experiment(id, answer),
            PracticeCommand::RaiseSkill(skill, level) => self.raise_skill(&context, skill, level),
            PracticeCommand::Delete(id) => self.delete_experiment(&context, id),
            PracticeCommand::OpenReview => self.open_review(&context),
            PracticeCommand::CloseReview => {
                if let Some((_, screens)) = self.screens_mut() {
                    screens.review_shown = false;
                }
            }
            PracticeCommand::SaveReview(review) => self.keep_review(&context, review),
            PracticeCommand::FinishReview => self.finish_review(&context),
            PracticeCommand::ShowDueExperiments => {
                if let Some((_, screens)) = self.screens_mut() {
                    screens.experiments.show_due();
                    screens.current = Screen::Experiments;
                }
            }
            PracticeCommand::ShowSetbacksWithFactor(factor) => {
                if let Some((_, screens)) = self.screens_mut() {
                    screens.setbacks.show_filter(SetbackFilter {
                        factor: Some(factor),
                        ..SetbackFilter::default()
                    });
                    screens.current = Screen::Setbacks;
                }
            }
        }
    }

    /// One click from a lesson: the experiment with the dialog's defaults, made at once.
    fn plan_now(&mut self, context: &Context, setback: SetbackId, text: &str) {
        let draft = context
            .session
            .lock()
            .journal()
            .setback(setback)
            .map(|setback| PlanDialog::new(setback, text, context.today));
        if let Some(new) = draft.and_then(|draft| draft.checked(context.today).ok()) {
            self.plan_experiment(context, new);
        }
    }

    fn plan_experiment(&mut self, context: &Context, new: NewExperiment) {
        let text = new.text.trim().to_owned();
        let done = match &new.when {
            TryWhen::By(date) => crate::t!(
                "practice-planned-by-toast",
                text = text.as_str(),
                date = crate::i18n::date(*date, DateStyle::Short)
            ),
            TryWhen::Situation(situation) => crate::t!(
                "practice-planned-when-toast",
                text = text.as_str(),
                situation = situation.as_str()
            ),
        };
        let (today, now) = (context.today, context.now);
        let result = context.session.lock().change(
            Change::named(crate::t!("practice-undo-planning", text = text.as_str())),
            &Reach::Anything,
            context.instant,
            |journal| journal.add_experiment(new, today, now).map(|_| true),
        );
        if result.is_ok() {
            self.practice.plan = None;
        }
        self.report_change(result, done);
    }

    fn update_experiment(&mut self, context: &Context, experiment: Experiment) {
        let text = experiment.text.trim().to_owned();
        let id = experiment.id;
        let (today, now) = (context.today, context.now);
        let result = context.session.lock().change(
            Change::named(crate::t!("practice-undo-changing", text = text.as_str())),
            &Reach::Only(Scope::experiment(id, None)),
            context.instant,
            |journal| {
                // The dialog changes the sentence, the when and the skill; the rest is the
                // journal's as it is now (an answer may have come in while it was open).
                let edited = match journal.experiment(id) {
                    Some(current) => Experiment {
                        text: experiment.text,
                        when: experiment.when,
                        skill: experiment.skill,
                        ..current.clone()
                    },
                    None => experiment,
                };
                journal.upsert_experiment(edited, today, now)
            },
        );
        if result.is_ok() {
            self.practice.plan = None;
        }
        self.report_change(
            result,
            crate::t!("practice-changed-toast", text = text.as_str()),
        );
    }

    fn raise_skill(&mut self, context: &Context, skill: SkillId, level: SkillLevel) {
        let name = context
            .session
            .lock()
            .journal()
            .skill(skill)
            .map(|skill| skill.name.clone())
            .unwrap_or_default();
        let (today, now) = (context.today, context.now);
        let result = context.session.lock().change(
            Change::named(crate::t!(
                "practice-undo-raising",
                skill = name.as_str(),
                level = level.get()
            )),
            &Reach::Only(Scope::skill(skill)),
            context.instant,
            |journal| {
                journal
                    .set_skill_level(skill, today, level, now)
                    .map(|()| true)
            },
        );
        self.report_change(
            result,
            crate::t!(
                "practice-raised-toast",
                skill = name.as_str(),
                level = level.get()
            ),
        );
    }

    fn delete_experiment(&mut self, context: &Context, id: ExperimentId) {
        let text = context
            .session
            .lock()
            .journal()
            .experiment(id)
            .map(|experiment| experiment.text.clone())
            .unwrap_or_default();
        let result = context.session.lock().change(
            Change::named(crate::t!("practice-undo-deleting", text = text.as_str())),
            &Reach::Only(Scope::experiment(id, None)),
            context.instant,
            |journal| Ok::<_, std::convert::Infallible>(journal.remove_experiment(id).is_some()),
        );
        self.report_change(
            result,
            crate::t!("practice-deleted-toast", text = text.as_str()),
        );
    }

    fn open_review(&mut self, context: &Context) {
        let page = ReviewPage::new(context.session.lock().journal(), context.today);
        if let Some((_, screens)) = self.screens_mut() {
            // A draft of the same period comes back as it was left.
            let keep = screens
                .review
                .as_ref()
                .is_some_and(|draft| draft.period() == page.period());
            if !keep {
                screens.review = Some(page);
            }
            screens.review_shown = true;
        }
    }

    /// Keeps the review as typed, as one step while the typing goes on; a blank one goes.
    fn keep_review(&mut self, context: &Context, review: Review) {
        let id = review.id;
        let (today, now) = (context.today, context.now);
        let result = context.session.lock().change(
            Change::merging(
                crate::t!("practice-undo-writing-review"),
                format!("review {id}"),
            ),
            &Reach::Only(Scope::review(id)),
            context.instant,
            |journal| {
                if review.is_blank() {
                    Ok(journal.remove_review(id).is_some())
                } else {
                    journal.upsert_review(review, today, now)
                }
            },
        );
        if let Err(error) = result {
            self.toast(
                crate::t!("practice-review-not-kept", error = error.to_string()),
                true,
            );
        }
    }

    fn finish_review(&mut self, context: &Context) {
        let kept = self.screens_mut().and_then(|(session, screens)| {
            screens.review_shown = false;
            let page = screens.review.take()?;
            let kept = session.lock().journal().review(page.id()).is_some();
            Some(kept)
        });
        if kept == Some(true) {
            let step = context.session.lock().last_step();
            self.toast_undoable(crate::t!("practice-review-saved-toast"), step);
        }
    }
}
