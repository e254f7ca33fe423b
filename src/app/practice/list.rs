//! The Experiments screen (SPEC §2 item 7): every experiment, filtered open / due / tried /
//! dropped, each with its setback (click to open) and, while open, its three answers.

use chrono::NaiveDate;

use super::{AnswerForm, PracticeCommand, answer_ui};
use crate::app::widgets::{Question, confirm_pending};
use crate::app::{AppCommand, theme};
use crate::model::{Experiment, ExperimentFilter, ExperimentId, ExperimentStatus, Journal};
use crate::session::JournalSession;

/// How many experiments the list shows before "Show more".
const PAGE: usize = 40;

/// What the screen remembers between frames.
#[derive(Debug, Default)]
pub struct ExperimentsScreen {
    filter: ExperimentFilter,
    answering: Option<AnswerForm>,
    confirm_delete: Option<ExperimentId>,
    shown: usize,
    /// The ids listed, in order, and what they were computed from.
    listed: Option<Listed>,
}

#[derive(Debug)]
struct Listed {
    revision: u64,
    filter: ExperimentFilter,
    today: NaiveDate,
    ids: Vec<ExperimentId>,
    counts: [usize; 5],
}

/// The order of the list: due first (oldest date first), then other open ones by date, then
/// tried and dropped, the latest first.
fn list_order(experiment: &Experiment, today: NaiveDate) -> (u8, i64) {
    let day = |date: NaiveDate| (date - NaiveDate::MIN).num_days();
    match &experiment.status {
        ExperimentStatus::Open if experiment.is_due(today) => (0, experiment.by().map_or(0, day)),
        ExperimentStatus::Open => (1, experiment.by().map_or(i64::MAX, day)),
        ExperimentStatus::Tried { on, .. } | ExperimentStatus::Dropped { on, .. } => (2, -day(*on)),
    }
}

impl ExperimentsScreen {
    /// Shows only the experiments due today (Today's "see all").
    pub fn show_due(&mut self) {
        self.filter = ExperimentFilter::Due;
        self.shown = 0;
    }

    fn refresh(&mut self, journal: &Journal, revision: u64, today: NaiveDate) {
        let fresh = self.listed.as_ref().is_some_and(|listed| {
            listed.revision == revision && listed.filter == self.filter && listed.today == today
        });
        if fresh {
            return;
        }
        let mut listed: Vec<&Experiment> = journal
            .experiments()
            .iter()
            .filter(|experiment| self.filter.admits(experiment, today))
            .collect();
        listed.sort_by_key(|experiment| list_order(experiment, today));
        let mut counts = [0; 5];
        for (slot, filter) in counts.iter_mut().zip(ExperimentFilter::ALL) {
            *slot = journal
                .experiments()
                .iter()
                .filter(|experiment| filter.admits(experiment, today))
                .count();
        }
        self.listed = Some(Listed {
            revision,
            filter: self.filter,
            today,
            ids: listed.iter().map(|experiment| experiment.id).collect(),
            counts,
        });
    }

    /// Draws the screen.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        session: &JournalSession,
        today: NaiveDate,
        commands: &mut Vec<AppCommand>,
    ) {
        let journal = session.journal();
        self.refresh(journal, session.revision(), today);
        let Some(listed) = &self.listed else { return };
        let enabled = session.is_editable();
        ui.heading(crate::t!("practice-experiments-title"));
        ui.label(egui::RichText::new(crate::t!("practice-experiments-intro")).weak());
        ui.add_space(theme::GAP);
        ui.horizontal_wrapped(|ui| {
            for (filter, count) in ExperimentFilter::ALL.into_iter().zip(listed.counts) {
                let chosen = self.filter == filter;
                let chip = ui
                    .selectable_label(
                        chosen,
                        crate::t!(
                            "practice-filter-chip",
                            filter = filter.label(),
                            count = count
                        ),
                    )
                    .on_hover_text(crate::t!("practice-filter-hover", filter = filter.key()));
                if chip.clicked() && !chosen {
                    self.filter = filter;
                    self.shown = 0;
                }
            }
        });
        ui.add_space(theme::GAP);
        if journal.experiments().is_empty() {
            ui.label(crate::t!("practice-experiments-empty"));
            return;
        }
        if listed.ids.is_empty() {
            ui.label(crate::t!(
                "practice-filter-empty",
                filter = self.filter.key()
            ));
            return;
        }
        let shown = (self.shown.max(PAGE)).min(listed.ids.len());
        let ids = listed.ids.clone();
        let total = ids.len();
        egui::ScrollArea::vertical()
            .id_salt("experiments")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                for id in ids.iter().take(shown) {
                    if let Some(experiment) = journal.experiment(*id) {
                        self.row_ui(ui, journal, experiment, today, enabled, commands);
                    }
                }
                if shown < total {
                    let more = (total - shown).min(PAGE);
                    if ui
                        .button(crate::t!("practice-show-more", count = more))
                        .clicked()
                    {
                        self.shown = shown + more;
                    }
                }
            });
        let (heading, message, confirm, cancel) = (
            crate::t!("practice-delete-heading"),
            crate::t!("practice-delete-message"),
            crate::t!("common-delete"),
            crate::t!("practice-delete-keep"),
        );
        let question = Question {
            heading: &heading,
            message: &message,
            confirm: &confirm,
            cancel: &cancel,
        };
        if let Some(id) = confirm_pending(
            ui.ctx(),
            "delete_experiment",
            &mut self.confirm_delete,
            question,
        ) {
            commands.push(AppCommand::Practice(PracticeCommand::Delete(id)));
        }
    }

    fn row_ui(
        &mut self,
        ui: &mut egui::Ui,
        journal: &Journal,
        experiment: &Experiment,
        today: NaiveDate,
        enabled: bool,
        commands: &mut Vec<AppCommand>,
    ) {
        let dark = ui.visuals().dark_mode;
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                let (badge, color) = match &experiment.status {
                    ExperimentStatus::Open if experiment.is_due(today) => {
                        (crate::t!("practice-badge-due"), theme::gold(dark))
                    }
                    ExperimentStatus::Open => {
                        (crate::t!("practice-badge-open"), ui.visuals().text_color())
                    }
                    ExperimentStatus::Tried { .. } => {
                        (crate::t!("practice-badge-tried"), theme::ok_color(dark))
                    }
                    ExperimentStatus::Dropped { .. } => (
                        crate::t!("practice-badge-dropped"),
                        ui.visuals().weak_text_color(),
                    ),
                };
                ui.label(egui::RichText::new(badge).small().strong().color(color));
                ui.add(egui::Label::new(egui::RichText::new(&experiment.text).strong()).wrap());
                if enabled {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        let delete = ui
                            .small_button(crate::t!("practice-delete-button"))
                            .on_hover_text(crate::t!("practice-delete-hover"));
                        let text = experiment.text.clone();
                        delete.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::Button,
                                true,
                                crate::t!("practice-delete-name", text = text.as_str()),
                            )
                        });
                        if delete.clicked() {
                            self.confirm_delete = Some(experiment.id);
                        }
                    });
                }
            });
            ui.horizontal_wrapped(|ui| {
                ui.label(egui::RichText::new(experiment.when_in_words()).weak());
                if let Some(setback) = journal.setback(experiment.setback) {
                    ui.label(egui::RichText::new(crate::t!("practice-from")).weak());
                    let link = ui
                        .link(&setback.title)
                        .on_hover_text(crate::t!("practice-open-setback"));
                    if link.clicked() {
                        commands.push(AppCommand::OpenSetback(setback.id));
                    }
                }
                if let Some(skill) = experiment.skill.and_then(|id| journal.skill(id)) {
                    ui.label(
                        egui::RichText::new(crate::t!(
                            "practice-trains",
                            skill = skill.name.as_str()
                        ))
                        .weak(),
                    );
                }
            });
            match &experiment.status {
                ExperimentStatus::Open => {
                    answer_ui(
                        ui,
                        experiment,
                        &mut self.answering,
                        today,
                        enabled,
                        commands,
                    );
                }
                ExperimentStatus::Tried { .. } | ExperimentStatus::Dropped { .. } => {
                    ui.label(experiment.answer_in_words());
                }
            }
        });
        ui.add_space(theme::GAP / 2.0);
    }
}
