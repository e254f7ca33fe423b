//! "Did you try …?" and its three answers — Tried it (how it went, a line on what happened),
//! Not yet (ask again in three days), Drop it (why) — as Today and the Experiments list ask it.

use chrono::NaiveDate;
use egui::{Role, WidgetInfo};

use super::{ExperimentAnswer, PracticeCommand};
use crate::app::{AppCommand, theme};
use crate::model::{Experiment, ExperimentId, Outcome};

/// An answer being written: which experiment, and what is typed so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerForm {
    id: ExperimentId,
    step: Step,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Tried { outcome: Outcome, note: String },
    Drop { why: String },
}

/// The question's buttons for `experiment`, or the form of the answer being written. `form`
/// is the screen's one answer in progress; `enabled` is false in a read-only session.
pub fn answer_ui(
    ui: &mut egui::Ui,
    experiment: &Experiment,
    form: &mut Option<AnswerForm>,
    today: NaiveDate,
    enabled: bool,
    commands: &mut Vec<AppCommand>,
) {
    let id = experiment.id;
    let mine = form.as_mut().filter(|form| form.id == id);
    let Some(open) = mine else {
        ui.horizontal_wrapped(|ui| {
            ui.add_enabled_ui(enabled, |ui| {
                if ui
                    .button(crate::t!("practice-answer-tried"))
                    .on_hover_text(crate::t!("practice-answer-tried-hover"))
                    .clicked()
                {
                    *form = Some(AnswerForm {
                        id,
                        step: Step::Tried {
                            outcome: Outcome::Worked,
                            note: String::new(),
                        },
                    });
                }
                if ui
                    .button(crate::t!("practice-answer-not-yet"))
                    .on_hover_text(crate::t!(
                        "practice-answer-not-yet-hover",
                        days = crate::model::NOT_YET_DAYS
                    ))
                    .clicked()
                {
                    commands.push(answer(id, ExperimentAnswer::NotYet));
                }
                if ui
                    .button(crate::t!("practice-answer-drop"))
                    .on_hover_text(crate::t!("practice-answer-drop-hover"))
                    .clicked()
                {
                    *form = Some(AnswerForm {
                        id,
                        step: Step::Drop { why: String::new() },
                    });
                }
            });
        });
        return;
    };
    let close = match &mut open.step {
        Step::Tried { outcome, note } => tried_form_ui(ui, id, outcome, note, today, commands),
        Step::Drop { why } => drop_form_ui(ui, id, why, commands),
    };
    if close {
        *form = None;
    }
    ui.add_space(theme::GAP / 2.0);
}

fn answer(id: ExperimentId, answer: ExperimentAnswer) -> AppCommand {
    AppCommand::Practice(PracticeCommand::Answer(id, answer))
}

/// How it went and a line on what happened; returns true when the form is done with.
fn tried_form_ui(
    ui: &mut egui::Ui,
    id: ExperimentId,
    outcome: &mut Outcome,
    note: &mut String,
    today: NaiveDate,
    commands: &mut Vec<AppCommand>,
) -> bool {
    let mut close = false;
    ui.horizontal_wrapped(|ui| {
        ui.label(crate::t!("practice-answer-how"));
        for choice in Outcome::ALL {
            ui.radio_value(outcome, choice, choice.label());
        }
    });
    let label = ui.label(crate::t!("practice-answer-what-happened"));
    let field = ui
        .add(
            egui::TextEdit::singleline(note)
                .id_salt(("tried_note", id))
                .hint_text(crate::t!("practice-answer-what-happened-hint"))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    let entered = field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
    ui.horizontal(|ui| {
        if ui.button(crate::t!("practice-answer-save")).clicked() || entered {
            commands.push(answer(
                id,
                ExperimentAnswer::Tried {
                    on: today,
                    outcome: *outcome,
                    note: note.trim().to_owned(),
                },
            ));
            close = true;
        }
        if ui.button(crate::t!("common-cancel")).clicked() {
            close = true;
        }
    });
    close
}

/// Why it is dropped; returns true when the form is done with.
fn drop_form_ui(
    ui: &mut egui::Ui,
    id: ExperimentId,
    why: &mut String,
    commands: &mut Vec<AppCommand>,
) -> bool {
    let mut close = false;
    let label = ui.label(crate::t!("practice-answer-why-drop"));
    let field = ui
        .add(
            egui::TextEdit::singleline(why)
                .id_salt(("drop_why", id))
                .hint_text(crate::t!("practice-answer-why-drop-hint"))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    let entered = field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
    ui.horizontal(|ui| {
        let drop = ui.button(crate::t!("practice-answer-drop"));
        drop.widget_info(|| {
            WidgetInfo::labeled(Role::Button, true, crate::t!("practice-answer-drop-name"))
        });
        if drop.clicked() || entered {
            commands.push(answer(
                id,
                ExperimentAnswer::Drop {
                    why: why.trim().to_owned(),
                },
            ));
            close = true;
        }
        if ui.button(crate::t!("common-cancel")).clicked() {
            close = true;
        }
    });
    close
}
