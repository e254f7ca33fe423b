//! Today's part in lessons into practice: the question about an experiment that is due ("Did
//! you try …?"), the experiments waiting for a situation ("When it comes up"), what was written
//! a month, a year and five years ago ("Looking back", with how the person recovered), and on
//! the review day the offer to review the week. Derived once per change of the journal or day.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::TodayScreen;
use crate::app::practice::{PracticeCommand, answer_ui};
use crate::app::{AppCommand, theme};
use crate::i18n::DateStyle;
use crate::insights::MoodHistory;
use crate::model::{ExperimentId, Journal};
use crate::session::JournalSession;

/// How many days around the day a setback of long ago still counts as "that day".
const SETBACK_WINDOW_DAYS: u64 = 3;

/// What Today shows about practice, for one day and journal revision.
#[derive(Debug, Default)]
pub(super) struct PracticeOverview {
    /// Experiments due on the day (their date reached), oldest date first.
    due: Vec<ExperimentId>,
    /// Open experiments waiting for a situation.
    situations: Vec<ExperimentId>,
    /// "A year ago: …" lines.
    looking_back: Vec<LookingBack>,
    /// The day has a review already.
    reviewed: bool,
}

/// One earlier day's entries, in words.
#[derive(Debug)]
struct LookingBack {
    when: String,
    day: NaiveDate,
    lines: Vec<String>,
}

fn looking_back(journal: &Journal, moods: &MoodHistory, date: NaiveDate) -> Vec<LookingBack> {
    let earlier = [
        (
            crate::t!("today-back-month"),
            date.checked_sub_months(Months::new(1)),
        ),
        (
            crate::t!("today-back-year"),
            date.checked_sub_months(Months::new(12)),
        ),
        (
            crate::t!("today-back-five-years"),
            date.checked_sub_months(Months::new(60)),
        ),
    ];
    let mut found = Vec::new();
    for (when, day) in earlier {
        let Some(day) = day else { continue };
        let mut lines = Vec::new();
        let window = Days::new(SETBACK_WINDOW_DAYS);
        let (from, to) = (
            day.checked_sub_days(window).unwrap_or(day),
            day.checked_add_days(window).unwrap_or(day),
        );
        for setback in journal
            .setbacks()
            .iter()
            .filter(|setback| setback.date >= from && setback.date <= to)
        {
            let title = setback.title.as_str();
            let mut line = match moods.bounce_back_days(setback.date) {
                Some(days) => crate::t!("today-back-bounce", title = title, days = days),
                None => title.to_owned(),
            };
            let skills: Vec<&str> = setback
                .skills
                .iter()
                .filter_map(|id| journal.skill(*id))
                .map(|skill| skill.name.as_str())
                .collect();
            if !skills.is_empty() {
                line = crate::t!(
                    "today-back-learned",
                    line = line,
                    skills = skills.join(", ")
                );
            }
            lines.push(line);
        }
        if let Some(check_in) = journal.check_in(day) {
            let first_line = check_in.note.lines().next().unwrap_or("").trim();
            let mood = check_in.ratings.mood.map(crate::model::Rating::get);
            let words = match (mood, first_line.is_empty()) {
                (Some(mood), false) => {
                    crate::t!("today-back-wrote-mood", note = first_line, mood = mood)
                }
                (Some(mood), true) => crate::t!("today-back-checked-in", mood = mood),
                (None, false) => crate::t!("today-back-wrote", note = first_line),
                (None, true) => String::new(),
            };
            if !words.is_empty() {
                lines.push(words);
            }
        }
        if !lines.is_empty() {
            found.push(LookingBack { when, day, lines });
        }
    }
    found
}

impl PracticeOverview {
    /// What Today shows for `date`.
    pub(super) fn compute(journal: &Journal, date: NaiveDate) -> Self {
        let mut due: Vec<_> = journal
            .experiments()
            .iter()
            .filter(|experiment| experiment.is_due(date))
            .collect();
        due.sort_by_key(|experiment| (experiment.by(), experiment.created_on));
        let situations = journal
            .experiments()
            .iter()
            .filter(|experiment| experiment.is_open() && experiment.situation().is_some())
            .map(|experiment| experiment.id)
            .collect();
        let moods = MoodHistory::of(journal);
        Self {
            due: due.iter().map(|experiment| experiment.id).collect(),
            situations,
            looking_back: looking_back(journal, &moods, date),
            reviewed: journal.reviews().iter().any(|review| review.to == date),
        }
    }
}

impl TodayScreen {
    /// The cards that ask something: the review offer on the review day, and "Did you try …?".
    pub(super) fn practice_questions_ui(
        &mut self,
        ui: &mut egui::Ui,
        session: &JournalSession,
        date: NaiveDate,
        today: NaiveDate,
        review_day: Weekday,
        commands: &mut Vec<AppCommand>,
    ) {
        let Some(practice) = &self.practice else {
            return;
        };
        let journal = session.journal();
        let enabled = session.is_editable();
        let dark = ui.visuals().dark_mode;
        if date == today && date.weekday() == review_day && !practice.reviewed {
            ui.add_space(theme::GAP);
            theme::card(ui).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    egui::RichText::new(crate::t!("today-review-heading"))
                        .strong()
                        .color(theme::gold(dark)),
                );
                ui.label(crate::t!("today-review-body"));
                if ui
                    .add_enabled(enabled, egui::Button::new(crate::t!("today-review-button")))
                    .clicked()
                {
                    commands.push(AppCommand::Practice(PracticeCommand::OpenReview));
                }
            });
        }
        if date == today
            && let Some(experiment) = practice.due.first().and_then(|id| journal.experiment(*id))
        {
            {
                ui.add_space(theme::GAP);
                theme::card(ui).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(
                        egui::RichText::new(crate::t!(
                            "today-did-you-try",
                            experiment = experiment.text.as_str()
                        ))
                        .strong()
                        .size(16.0),
                    );
                    let mut context = experiment.when_in_words();
                    if let Some(setback) = journal.setback(experiment.setback) {
                        context = crate::t!(
                            "today-experiment-from",
                            when = context,
                            setback = setback.title.as_str()
                        );
                    }
                    ui.label(egui::RichText::new(context).weak());
                    answer_ui(
                        ui,
                        experiment,
                        &mut self.answering,
                        today,
                        enabled,
                        commands,
                    );
                    let more = practice.due.len() - 1;
                    if more > 0 && ui.link(crate::t!("today-due-more", count = more)).clicked() {
                        commands.push(AppCommand::Practice(PracticeCommand::ShowDueExperiments));
                    }
                });
            }
        }
    }

    /// The cards that only show: experiments waiting for a situation, and looking back.
    pub(super) fn practice_context_ui(
        &self,
        ui: &mut egui::Ui,
        journal: &Journal,
        commands: &mut Vec<AppCommand>,
    ) {
        let Some(practice) = &self.practice else {
            return;
        };
        if !practice.situations.is_empty() {
            ui.add_space(theme::GAP);
            theme::card(ui).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(egui::RichText::new(crate::t!("today-situations")).strong())
                    .on_hover_text(crate::t!("today-situations-hover"));
                for id in practice.situations.iter().take(4) {
                    if let Some(experiment) = journal.experiment(*id) {
                        let situation = experiment.situation().unwrap_or_default();
                        ui.label(format!(
                            "{} — {}",
                            theme::capitalized(situation),
                            experiment.text
                        ));
                    }
                }
                let more = practice.situations.len().saturating_sub(4);
                if more > 0
                    && ui
                        .link(crate::t!("today-situations-more", count = more))
                        .clicked()
                {
                    commands.push(AppCommand::ShowScreen(crate::app::Screen::Experiments));
                }
            });
        }
        if !practice.looking_back.is_empty() {
            ui.add_space(theme::GAP);
            theme::card(ui).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(egui::RichText::new(crate::t!("today-back")).strong())
                    .on_hover_text(crate::t!("today-back-hover"));
                for back in &practice.looking_back {
                    ui.add_space(theme::GAP / 2.0);
                    let heading = crate::t!(
                        "today-back-heading",
                        when = back.when.as_str(),
                        date = crate::i18n::date(back.day, DateStyle::Short)
                    );
                    if ui
                        .link(egui::RichText::new(heading).strong())
                        .on_hover_text(crate::t!("today-back-open-day"))
                        .clicked()
                    {
                        commands.push(AppCommand::OpenDay(back.day));
                    }
                    for line in &back.lines {
                        ui.label(line);
                    }
                }
            });
        }
    }
}
