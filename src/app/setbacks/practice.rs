//! The setback editor's "Put it into practice" card: the experiments made from this setback,
//! one click from a lesson or the plan to a new experiment, and the contributing factors that
//! came up in earlier setbacks too (SPEC §3.3), each of which can become an experiment.

use chrono::NaiveDate;

use crate::app::practice::{AnswerForm, PracticeCommand, answer_ui};
use crate::app::{AppCommand, theme};
use crate::model::{Journal, Setback};

/// What the card shows.
#[derive(Clone, Copy)]
pub(super) struct Card<'a> {
    /// The setback, as saved in the journal.
    pub setback: &'a Setback,
    /// The journal.
    pub journal: &'a Journal,
    /// Its factors that came up in earlier setbacks, with how many (computed once per change).
    pub echoes: &'a [(String, usize)],
    /// Today.
    pub today: NaiveDate,
    /// False in a read-only session.
    pub enabled: bool,
}

/// Draws the card.
pub(super) fn practice_ui(
    ui: &mut egui::Ui,
    card: Card<'_>,
    answering: &mut Option<AnswerForm>,
    commands: &mut Vec<AppCommand>,
) {
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            egui::RichText::new(crate::t!("setbacks-practice-heading"))
                .strong()
                .size(16.0),
        );
        ui.label(
            egui::RichText::new(crate::t!("setbacks-practice-prompt"))
                .weak()
                .italics(),
        );
        experiments_ui(ui, card, answering, commands);
        ui.add_space(theme::GAP);
        sources_ui(ui, card, commands);
        if !card.echoes.is_empty() {
            ui.add_space(theme::GAP);
            echoes_ui(ui, card, commands);
        }
    });
}

/// The setback's experiments, each with its answers or how it went.
fn experiments_ui(
    ui: &mut egui::Ui,
    card: Card<'_>,
    answering: &mut Option<AnswerForm>,
    commands: &mut Vec<AppCommand>,
) {
    let mut any = false;
    for experiment in card.journal.experiments_of_setback(card.setback.id) {
        any = true;
        ui.add_space(theme::GAP / 2.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(&experiment.text).strong());
            ui.label(egui::RichText::new(experiment.when_in_words()).weak());
            if card.enabled
                && ui
                    .small_button(crate::t!("setbacks-practice-change"))
                    .on_hover_text(crate::t!("setbacks-practice-change-hover"))
                    .clicked()
            {
                commands.push(AppCommand::Practice(PracticeCommand::OpenEdit(
                    experiment.id,
                )));
            }
        });
        if experiment.is_open() {
            answer_ui(
                ui,
                experiment,
                answering,
                card.today,
                card.enabled,
                commands,
            );
        } else {
            ui.label(experiment.answer_in_words());
        }
    }
    if !any {
        ui.label(egui::RichText::new(crate::t!("setbacks-practice-none")).weak());
    }
}

/// One click from each lesson, and from "What I will do differently", to an experiment.
fn sources_ui(ui: &mut egui::Ui, card: Card<'_>, commands: &mut Vec<AppCommand>) {
    let reflection = &card.setback.reflection;
    let sources = reflection
        .lessons
        .iter()
        .map(|lesson| (crate::t!("setbacks-practice-lesson"), lesson.as_str()))
        .chain((!reflection.do_differently.trim().is_empty()).then(|| {
            (
                crate::t!("setbacks-field-do-differently"),
                reflection.do_differently.as_str(),
            )
        }));
    for (kind, text) in sources {
        let already = card
            .journal
            .experiments_of_setback(card.setback.id)
            .any(|experiment| experiment.text == text.trim());
        let enabled = card.enabled && !already;
        ui.horizontal_wrapped(|ui| {
            let button = ui
                .add_enabled(
                    enabled,
                    egui::Button::new(crate::t!("setbacks-practice-make")),
                )
                .on_hover_text(crate::t!("setbacks-practice-make-hover"))
                .on_disabled_hover_text(crate::t!("setbacks-practice-already"));
            button.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    enabled,
                    crate::t!("setbacks-practice-make-name", text = text),
                )
            });
            if button.clicked() {
                commands.push(AppCommand::Practice(PracticeCommand::PlanNow {
                    setback: card.setback.id,
                    text: text.to_owned(),
                }));
            }
            ui.label(
                egui::RichText::new(crate::t!(
                    "setbacks-practice-source",
                    kind = kind.as_str(),
                    text = text
                ))
                .weak(),
            );
        });
    }
}

/// The factors that came up in earlier setbacks, each with its setbacks and an experiment.
fn echoes_ui(ui: &mut egui::Ui, card: Card<'_>, commands: &mut Vec<AppCommand>) {
    ui.label(egui::RichText::new(crate::t!("setbacks-echoes-heading")).strong());
    for (factor, earlier) in card.echoes {
        let earlier = *earlier;
        ui.horizontal_wrapped(|ui| {
            ui.label(crate::t!(
                "setbacks-echoes-factor",
                factor = factor.as_str(),
                count = earlier
            ));
            let link = ui
                .link(crate::t!("setbacks-echoes-see"))
                .on_hover_text(crate::t!("setbacks-echoes-see-hover"));
            if link.clicked() {
                commands.push(AppCommand::Practice(
                    PracticeCommand::ShowSetbacksWithFactor(factor.clone()),
                ));
            }
            let button = ui.add_enabled(
                card.enabled,
                egui::Button::new(crate::t!("setbacks-practice-make")).small(),
            );
            button.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    card.enabled,
                    crate::t!("setbacks-echoes-make-name", factor = factor.as_str()),
                )
            });
            if button.clicked() {
                commands.push(AppCommand::Practice(PracticeCommand::OpenPlan {
                    setback: card.setback.id,
                    // The plan's text goes on after the message, where the cursor waits.
                    text: format!(
                        "{} ",
                        crate::t!("setbacks-echoes-plan-text", factor = factor.as_str())
                    ),
                }));
            }
        });
    }
}
