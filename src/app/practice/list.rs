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
        ui.heading("Experiments");
        ui.label(
            egui::RichText::new(
                "What your lessons turned into: one thing to try next time, and how it went.",
            )
            .weak(),
        );
        ui.add_space(theme::GAP);
        ui.horizontal_wrapped(|ui| {
            for (filter, count) in ExperimentFilter::ALL.into_iter().zip(listed.counts) {
                let chosen = self.filter == filter;
                let chip = ui
                    .selectable_label(chosen, format!("{} ({count})", filter.name()))
                    .on_hover_text(format!("Show {} experiments", filter.name().to_lowercase()));
                if chip.clicked() && !chosen {
                    self.filter = filter;
                    self.shown = 0;
                }
            }
        });
        ui.add_space(theme::GAP);
        if journal.experiments().is_empty() {
            ui.label(
                "No experiments yet. Open a setback, and next to a lesson or “What I will do differently” choose “Make it an experiment”.",
            );
            return;
        }
        if listed.ids.is_empty() {
            ui.label(format!(
                "No {} experiments.",
                self.filter.name().to_lowercase()
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
                    if ui.button(format!("Show {more} more")).clicked() {
                        self.shown = shown + more;
                    }
                }
            });
        let question = Question {
            heading: "Delete this experiment?",
            message: "It disappears from the list and the figures. You can undo this.",
            confirm: "Delete",
            cancel: "Keep it",
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
                        ("Due", theme::gold(dark))
                    }
                    ExperimentStatus::Open => ("Open", ui.visuals().text_color()),
                    ExperimentStatus::Tried { .. } => ("Tried", theme::ok_color(dark)),
                    ExperimentStatus::Dropped { .. } => ("Dropped", ui.visuals().weak_text_color()),
                };
                ui.label(egui::RichText::new(badge).small().strong().color(color));
                ui.add(egui::Label::new(egui::RichText::new(&experiment.text).strong()).wrap());
                if enabled {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        let delete = ui
                            .small_button("Delete…")
                            .on_hover_text("Delete this experiment (you can undo it)");
                        let text = experiment.text.clone();
                        delete.widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::Button,
                                true,
                                format!("Delete the experiment {text}"),
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
                    ui.label(egui::RichText::new("· from").weak());
                    let link = ui
                        .link(&setback.title)
                        .on_hover_text("Open the setback it comes from");
                    if link.clicked() {
                        commands.push(AppCommand::OpenSetback(setback.id));
                    }
                }
                if let Some(skill) = experiment.skill.and_then(|id| journal.skill(id)) {
                    ui.label(egui::RichText::new(format!("· trains {}", skill.name)).weak());
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
