//! The Today screen (SPEC §2.1): the check-in of one day, its save state, the current streak
//! and a small chart of the last weeks.

mod overview;
mod practice;

use chrono::NaiveDate;

use super::AppCommand;
use super::calendar::{self, CalendarSpec};
use super::shortcuts::{self, Action};
use super::theme;
use super::widgets::{Question, confirm_pending, rating_scale_ui, tag_editor_ui};
use crate::calendar::DateBounds;
use crate::clock::Clock;
use crate::history::Change;
use crate::i18n::{DateStyle, Language};
use crate::model::{CheckInInput, Journal, RatingScale, Scope};
use crate::session::{ChangeError, JournalSession, Reach, SaveState, SessionMode};
use overview::Overview;

/// How many days the small chart shows, ending on the selected day.
const CHART_DAYS: u32 = 28;

/// The narrowest the check-in form gets beside the chart; below that the two are stacked.
const FORM_MIN_WIDTH: f32 = 680.0;

/// What the Today screen remembers between frames (never the journal itself).
#[derive(Debug, Default)]
pub struct TodayScreen {
    date: Option<NaiveDate>,
    form: CheckInInput,
    /// The journal revision the form was last read from.
    form_revision: Option<u64>,
    /// The day the form was read for: when "today" turns into the next day at midnight, the
    /// form is read again, so that nothing typed for one day is written into another.
    form_date: Option<NaiveDate>,
    new_tag: String,
    problem: Option<String>,
    overview: Option<Overview>,
    /// The day whose check-in the user asked to delete, until they answer.
    confirm_delete: Option<NaiveDate>,
    /// Open the date heading's calendar on the next frame.
    calendar_requested: bool,
    /// The experiments, review offer and earlier days Today shows (derived like `overview`).
    practice: Option<practice::PracticeOverview>,
    /// The answer being written to "Did you try …?".
    answering: Option<crate::app::practice::AnswerForm>,
    /// The day of the week the review is offered (the weekly review reminder's day, or Sunday).
    pub(in crate::app) review_day: Option<chrono::Weekday>,
    /// The language `practice` was written in (its words are read again when it changes).
    practice_language: Option<Language>,
}

impl TodayScreen {
    /// The day shown, defaulting to today.
    pub fn date(&self, clock: &Clock) -> NaiveDate {
        self.date.unwrap_or_else(|| clock.today())
    }

    /// Shows `date` (not after today); today itself is followed, so that the screen moves on
    /// at midnight. A half-typed tag is added to the day it was typed for on the next frame.
    pub fn go_to(&mut self, date: NaiveDate, clock: &Clock) {
        self.date = (date < clock.today()).then_some(date);
        self.problem = None;
    }

    /// Opens the calendar of the date heading.
    pub fn open_calendar(&mut self) {
        self.calendar_requested = true;
    }

    /// Adds a half-typed tag to the day it was typed for, exactly as Enter would: before
    /// another day or screen is shown, when the date changes at midnight, and on quit.
    pub fn settle(&mut self, session: &mut JournalSession, clock: &Clock) {
        let tag = self.new_tag.trim().to_owned();
        self.new_tag.clear();
        let Some(date) = self.form_date else { return };
        if tag.is_empty()
            || self
                .form
                .tags
                .iter()
                .any(|known| known.eq_ignore_ascii_case(&tag))
        {
            return;
        }
        self.form.tags.push(tag);
        self.apply_form(session, date, clock);
    }

    /// Draws the screen and applies the user's edits to the session.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        session: &mut JournalSession,
        clock: &Clock,
        commands: &mut Vec<AppCommand>,
    ) {
        self.handle_keys(ui, clock);
        let date = self.date(clock);
        if self.form_date.is_some_and(|read_for| read_for != date) {
            // Midnight passed (or another day was chosen): what was typed belongs to the day
            // it was typed for.
            self.settle(session, clock);
        }
        if self.form_revision != Some(session.revision()) || self.form_date != Some(date) {
            self.reload_form(session.journal(), date);
            self.form_revision = Some(session.revision());
            self.form_date = Some(date);
        }
        if self
            .overview
            .as_ref()
            .is_none_or(|o| o.revision != session.revision() || o.date != date)
            || self.practice_language != Some(crate::i18n::language())
        {
            self.practice_language = Some(crate::i18n::language());
            self.overview = Some(Overview::compute(
                session.journal(),
                session.revision(),
                date,
            ));
            self.practice = Some(practice::PracticeOverview::compute(session.journal(), date));
        }
        let review_day = self.review_day.unwrap_or(chrono::Weekday::Sun);

        self.header_ui(ui, session, date, clock, commands);
        self.confirm_delete_ui(ui.ctx(), commands);
        theme::problem_ui(ui, self.problem.as_deref());
        ui.add_space(theme::GAP);
        let available = ui.available_width();
        let enabled = session.is_editable();
        egui::ScrollArea::vertical()
            .id_salt("today")
            .show(ui, |ui| {
                if available >= 1100.0 {
                    let form_width = (available * 0.58).clamp(FORM_MIN_WIDTH, 780.0);
                    ui.horizontal_top(|ui| {
                        ui.allocate_ui(egui::vec2(form_width, ui.available_height()), |ui| {
                            ui.vertical(|ui| {
                                self.form_ui(ui, session, date, clock);
                                Self::log_setback_ui(ui, date, enabled, commands);
                                self.practice_context_ui(ui, session.journal(), commands);
                            });
                        });
                        ui.add_space(theme::GAP);
                        ui.vertical(|ui| {
                            self.practice_questions_ui(
                                ui,
                                session,
                                date,
                                clock.today(),
                                review_day,
                                commands,
                            );
                            ui.add_space(theme::GAP);
                            self.overview_ui(ui, date);
                            self.ready_to_reflect_ui(ui, commands);
                        });
                    });
                } else {
                    self.form_ui(ui, session, date, clock);
                    Self::log_setback_ui(ui, date, enabled, commands);
                    self.practice_questions_ui(
                        ui,
                        session,
                        date,
                        clock.today(),
                        review_day,
                        commands,
                    );
                    self.ready_to_reflect_ui(ui, commands);
                    ui.add_space(theme::GAP);
                    self.overview_ui(ui, date);
                    self.practice_context_ui(ui, session.journal(), commands);
                }
            });
    }

    fn handle_keys(&mut self, ui: &egui::Ui, clock: &Clock) {
        let date = self.date(clock);
        let (previous, next, home) = ui.input_mut(|input| {
            (
                shortcuts::pressed(input, Action::PreviousDay),
                shortcuts::pressed(input, Action::NextDay),
                shortcuts::pressed(input, Action::BackToToday),
            )
        });
        if home {
            self.go_to(clock.today(), clock);
        }
        if previous && let Some(day) = date.pred_opt() {
            self.go_to(day, clock);
        }
        if next && let Some(day) = date.succ_opt() {
            self.go_to(day, clock);
        }
    }

    fn reload_form(&mut self, journal: &Journal, date: NaiveDate) {
        self.form = journal
            .check_in(date)
            .map_or_else(CheckInInput::default, CheckInInput::from_check_in);
    }

    /// The date as a heading that opens the calendar, each day tinted by its mood and
    /// setbacks marked; picking a day shows it.
    fn date_heading_ui(
        &mut self,
        ui: &mut egui::Ui,
        journal: &Journal,
        date: NaiveDate,
        clock: &Clock,
    ) {
        let today = clock.today();
        let heading = ui
            .add(
                egui::Button::new(egui::RichText::new(format!("{} ⏷", long_date(date))).heading())
                    .frame(false),
            )
            .on_hover_text(crate::t!("today-calendar-hover"));
        heading.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                true,
                crate::t!("today-calendar-name", date = long_date(date)),
            )
        });
        if heading.has_focus() {
            // A frameless button draws no focus of its own: keyboard users must see where they are.
            ui.painter().rect_stroke(
                heading.rect.expand(2.0),
                4.0,
                ui.visuals().selection.stroke,
                egui::StrokeKind::Outside,
            );
        }
        let id = ui.make_persistent_id("today_calendar");
        if heading.clicked() || std::mem::take(&mut self.calendar_requested) {
            calendar::toggle(ui.ctx(), id, heading.id, date);
        }
        let field = crate::t!("today-calendar-field");
        let spec = CalendarSpec {
            field: &field,
            bounds: DateBounds::not_after(today, &crate::t!("today-calendar-refusal")),
            journal,
            tint_moods: true,
        };
        if let Some(day) =
            calendar::calendar_popup_ui(ui.ctx(), id, &heading, &spec, Some(date), today)
        {
            self.go_to(day, clock);
        }
    }

    fn header_ui(
        &mut self,
        ui: &mut egui::Ui,
        session: &mut JournalSession,
        date: NaiveDate,
        clock: &Clock,
        commands: &mut Vec<AppCommand>,
    ) {
        let today = clock.today();
        ui.horizontal(|ui| {
            let previous = ui
                .button(crate::t!("today-previous-day"))
                .on_hover_text(crate::t!(
                    "today-previous-day-hover",
                    keys = shortcuts::keys_text(Action::PreviousDay)
                ));
            if previous.clicked()
                && let Some(day) = date.pred_opt()
            {
                self.go_to(day, clock);
            }
            ui.add_space(theme::GAP);
            self.date_heading_ui(ui, session.journal(), date, clock);
            ui.add_space(theme::GAP);
            let next = ui
                .add_enabled(date < today, egui::Button::new(crate::t!("today-next-day")))
                .on_hover_text(crate::t!(
                    "today-next-day-hover",
                    keys = shortcuts::keys_text(Action::NextDay)
                ))
                .on_disabled_hover_text(crate::t!("today-next-day-disabled"));
            if next.clicked()
                && let Some(day) = date.succ_opt()
            {
                self.go_to(day, clock);
            }
            if date != today
                && ui
                    .button(crate::t!("today-back-to-today"))
                    .on_hover_text(crate::t!(
                        "today-back-to-today-hover",
                        keys = shortcuts::keys_text(Action::BackToToday)
                    ))
                    .clicked()
            {
                self.go_to(today, clock);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let save = ui
                    .add_enabled(
                        session.is_editable(),
                        egui::Button::new(crate::t!("common-save")),
                    )
                    .on_hover_text(crate::t!(
                        "today-save-hover",
                        keys = shortcuts::keys_text(Action::SaveNow)
                    ));
                if save.clicked() {
                    self.apply_form(session, date, clock);
                    commands.push(AppCommand::SaveNow);
                }
                save_state_ui(ui, session, date);
            });
        });
        if date < today {
            let days = (today - date).num_days();
            ui.label(egui::RichText::new(crate::t!("today-filling-in", days = days)).weak());
        }
    }

    fn form_ui(
        &mut self,
        ui: &mut egui::Ui,
        session: &mut JournalSession,
        date: NaiveDate,
        clock: &Clock,
    ) {
        let enabled = session.is_editable();
        let mut changed = false;
        let ratings = theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            for (index, scale) in RatingScale::ALL.into_iter().enumerate() {
                if index > 0 {
                    ui.add_space(theme::GAP);
                }
                let mut rating = self.form.ratings.get(scale);
                if rating_scale_ui(ui, scale, &mut rating, enabled) {
                    self.form.ratings.set(scale, rating);
                    changed = true;
                }
            }
        });
        ui.add_space(theme::GAP);
        let words = theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let label = ui.label(crate::t!("today-note"));
            let note = ui.add_enabled(
                enabled,
                egui::TextEdit::multiline(&mut self.form.note)
                    .id_salt("check_in_note")
                    .hint_text(crate::t!("today-note-hint"))
                    .desired_rows(4)
                    .desired_width(f32::INFINITY),
            );
            changed |= note.labelled_by(label.id).changed();
            ui.add_space(theme::GAP);
            let suggestions = &session.journal().settings().tags;
            changed |= tag_editor_ui(
                ui,
                &mut self.form.tags,
                &mut self.new_tag,
                suggestions,
                enabled,
            );
        });
        theme::explain_read_only(ratings.response, session);
        theme::explain_read_only(words.response, session);
        if changed {
            self.apply_form(session, date, clock);
        }
        if session.journal().check_in(date).is_some() {
            ui.add_space(theme::GAP);
            let delete = ui
                .add_enabled(enabled, egui::Button::new(crate::t!("today-delete")))
                .on_hover_text(crate::t!(
                    "today-delete-hover",
                    keys = shortcuts::keys_text(Action::Undo)
                ));
            if delete.clicked() {
                self.confirm_delete = Some(date);
            }
        }
    }

    /// Asks before a check-in is deleted; the deletion itself is a step of the edit history.
    fn confirm_delete_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<AppCommand>) {
        let Some(date) = self.confirm_delete else {
            return;
        };
        let message = crate::t!(
            "today-delete-message",
            date = long_date(date),
            keys = shortcuts::keys_text(Action::Undo)
        );
        let heading = crate::t!("today-delete-heading");
        let confirm = crate::t!("today-delete-confirm");
        let cancel = crate::t!("common-cancel");
        let question = Question {
            heading: &heading,
            message: &message,
            confirm: &confirm,
            cancel: &cancel,
        };
        if confirm_pending(
            ctx,
            "confirm_delete_check_in",
            &mut self.confirm_delete,
            question,
        )
        .is_some()
        {
            self.new_tag.clear();
            commands.push(AppCommand::DeleteCheckIn(date));
        }
    }

    /// Puts the form into the journal as one step of the history: ratings, words, or both (a
    /// day with nothing left in it is removed, and undo brings it back).
    fn apply_form(&mut self, session: &mut JournalSession, date: NaiveDate, clock: &Clock) {
        let form = self.form.clone();
        let stored = session.journal().check_in(date);
        let day = crate::i18n::date(date, DateStyle::DayMonthLong);
        // The merge key stays in English: it is never shown, only compared.
        let (field, label) = match stored {
            Some(stored) if stored.note != form.note.trim_end() => {
                ("typing in Note", crate::t!("today-change-note", date = day))
            }
            Some(stored) if stored.tags != form.tags => {
                ("tags", crate::t!("today-change-tags", date = day))
            }
            Some(_) => ("ratings", crate::t!("today-change-ratings", date = day)),
            None => ("check-in", crate::t!("today-change-check-in", date = day)),
        };
        let result = session.change(
            Change::merging(label, format!("check-in {date} {field}")),
            &Reach::Only(Scope::check_in(date)),
            clock.instant(),
            |journal| journal.upsert_check_in(date, &form, clock.today(), clock.now()),
        );
        match result {
            Ok(_) => {
                self.problem = None;
                // The form already shows what was saved; skip the reload so typing is not disturbed.
                self.form_revision = Some(session.revision());
            }
            Err(ChangeError::ReadOnly(reason)) => self.problem = Some(reason),
            Err(ChangeError::Rule(error)) => {
                self.problem = Some(theme::capitalized(&error.to_string()));
            }
        }
    }

    /// Quick capture of a setback for this day.
    fn log_setback_ui(
        ui: &mut egui::Ui,
        date: NaiveDate,
        enabled: bool,
        commands: &mut Vec<AppCommand>,
    ) {
        ui.add_space(theme::GAP);
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(egui::RichText::new(crate::t!("today-something-wrong")).strong());
                let log = ui
                    .add_enabled(enabled, egui::Button::new(crate::t!("today-log-setback")))
                    .on_hover_text(crate::t!("today-log-setback-hover"));
                if log.clicked() {
                    commands.push(AppCommand::NewSetback(date));
                }
            });
        });
    }
}

fn save_state_ui(ui: &mut egui::Ui, session: &JournalSession, date: NaiveDate) {
    let dark = ui.visuals().dark_mode;
    let has_check_in = session.journal().check_in(date).is_some();
    let (text, color, tip) = match (session.save_state(), session.mode()) {
        (SaveState::NotPersisted, SessionMode::Demo) => (
            crate::t!("today-save-demo"),
            ui.visuals().weak_text_color(),
            crate::t!("today-save-demo-hover"),
        ),
        (SaveState::NotPersisted, SessionMode::ReadOnly { reason }) => (
            crate::t!("today-save-read-only"),
            ui.visuals().weak_text_color(),
            reason.clone(),
        ),
        (SaveState::Failed(error), _) => (
            crate::t!("today-save-failed"),
            theme::error_color(dark),
            error,
        ),
        (SaveState::Pending, _) => (
            crate::t!("today-save-pending"),
            ui.visuals().weak_text_color(),
            crate::t!("today-save-pending-hover"),
        ),
        (_, _) if !has_check_in => (
            crate::t!("today-save-nothing"),
            ui.visuals().weak_text_color(),
            crate::t!("today-save-nothing-hover"),
        ),
        (_, _) => (
            crate::t!("today-save-done"),
            theme::ok_color(dark),
            crate::t!("today-save-done-hover"),
        ),
    };
    // In the room left beside the day's buttons: a long status ("Journal de démonstration :
    // rien n'est enregistré") is cut short at 1024 px rather than drawn over them.
    ui.add(egui::Label::new(egui::RichText::new(text).color(color)).truncate())
        .on_hover_text(tip);
}

/// "Saturday, 28 November 2026" (with the comma Today's heading has always had in English).
pub fn long_date(date: NaiveDate) -> String {
    use chrono::Datelike as _;
    crate::t!(
        "today-long-date",
        weekday = crate::i18n::weekday_name(date.weekday()),
        date = crate::i18n::date(date, DateStyle::Long)
    )
}
