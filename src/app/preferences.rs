//! File → Preferences… (Ctrl+,): the language, the theme, the first day of the week in
//! calendars, the daily check-in reminder and the weekly review. Kept with the window settings,
//! never in the journal.

use std::path::PathBuf;

use chrono::Weekday;

use super::{AppCommand, KintsugiApp, Screen, ThemePreference, theme};
use crate::i18n::{self, Language, weekday_name};
use crate::reminders::{ReminderSettings, parse_time};
use crate::t;

/// Window preferences remembered between runs (by eframe's storage, not in the journal).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct UiPreferences {
    /// The colour theme.
    pub theme: ThemePreference,
    /// The screen shown last.
    pub last_screen: Screen,
    /// Ratings given to Daylio mood names in earlier imports.
    pub daylio_moods: std::collections::BTreeMap<String, u8>,
    /// The first day of the week in calendars, when chosen (see `week_start_chosen`).
    pub first_weekday: chrono::Weekday,
    /// Whether the reader chose the first weekday; otherwise the system's region decides.
    pub week_start_chosen: bool,
    /// The language chosen in Preferences; the system's when `None`.
    pub language: Option<Language>,
    /// The daily and weekly reminders (off by default).
    pub reminders: ReminderSettings,
    /// The journals opened last, the latest first (at most [`RECENT_JOURNALS`]).
    pub recent_journals: Vec<PathBuf>,
    /// Lock an encrypted journal after this many minutes without input (off when `None`).
    pub idle_lock_minutes: Option<u32>,
    /// The highest save counter seen per encrypted journal (by resolved path), to notice a
    /// rollback or a downgrade.
    pub encrypted_journals: std::collections::BTreeMap<String, u64>,
}

impl Default for UiPreferences {
    fn default() -> Self {
        Self {
            theme: ThemePreference::default(),
            last_screen: Screen::default(),
            daylio_moods: std::collections::BTreeMap::new(),
            first_weekday: chrono::Weekday::Mon,
            week_start_chosen: false,
            language: None,
            reminders: ReminderSettings::default(),
            recent_journals: Vec::new(),
            idle_lock_minutes: None,
            encrypted_journals: std::collections::BTreeMap::new(),
        }
    }
}

/// How many journals File → Open recent lists.
pub const RECENT_JOURNALS: usize = 5;

/// The Preferences window's own state: whether it is open, the reminder time as typed, and the
/// language and week-start choices (remembered with the other preferences).
#[derive(Debug, Default)]
pub(super) struct PreferencesWindow {
    pub(super) open: bool,
    time_text: String,
    problem: Option<String>,
    /// The language chosen; the system's when `None`.
    pub(super) language: Option<Language>,
    /// Whether the first weekday was chosen rather than taken from the system's region.
    pub(super) week_start_chosen: bool,
}

/// The weekdays a week may start on in calendars.
const WEEK_STARTS: [Weekday; 3] = [Weekday::Mon, Weekday::Sun, Weekday::Sat];

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

impl KintsugiApp {
    /// Takes the language and week-start choices from the remembered preferences and speaks
    /// that language from now on.
    pub(super) fn remember_language(&mut self, preferences: &UiPreferences) {
        let window = &mut self.preferences_window;
        window.language = preferences.language;
        window.week_start_chosen = preferences.week_start_chosen;
        if !preferences.week_start_chosen {
            self.first_weekday = i18n::default_first_weekday();
        }
        self.speak(preferences.language);
    }

    /// Speaks `choice` at once (the system's language when `None`); remembered on exit.
    pub fn choose_language(&mut self, choice: Option<Language>) {
        self.preferences_window.language = choice;
        self.speak(choice);
    }

    /// Switches the language, and the window's title with it when it names the journal shown
    /// (the screens' own words follow on the next frame: their caches know the language).
    fn speak(&mut self, choice: Option<Language>) {
        let shown = self.session().cloned();
        let title_was_the_journals = shown
            .as_ref()
            .is_some_and(|session| super::session_title(&session.lock()) == self.title);
        i18n::choose_language(choice);
        if let Some(session) = shown
            && title_was_the_journals
        {
            self.title = super::session_title(&session.lock());
        }
    }

    /// Opens the Preferences window with the current reminder time in its field.
    pub(super) fn open_preferences(&mut self) {
        let window = &mut self.preferences_window;
        window.open = true;
        window.problem = None;
        window.time_text = self.reminders.daily.map_or_else(
            || "20:00".to_owned(),
            |time| time.format("%H:%M").to_string(),
        );
    }

    /// The reminder settings in use (for tests).
    pub fn reminder_settings(&self) -> ReminderSettings {
        self.reminders
    }

    pub(super) fn preferences_ui(&mut self, ctx: &egui::Context) {
        let mut open = self.preferences_window.open;
        egui::Window::new(t!("preferences-title"))
            .id(egui::Id::unique("preferences_window"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                egui::Grid::new("preferences")
                    .num_columns(2)
                    .spacing([24.0, 10.0])
                    .show(ui, |ui| {
                        ui.label(t!("preferences-language"));
                        self.language_ui(ui);
                        ui.end_row();

                        ui.label(t!("preferences-theme"));
                        ui.horizontal(|ui| {
                            for (choice, label) in [
                                (ThemePreference::System, t!("preferences-follow-system")),
                                (ThemePreference::Light, t!("preferences-theme-light")),
                                (ThemePreference::Dark, t!("preferences-theme-dark")),
                            ] {
                                if ui.radio(self.theme == choice, label).clicked() {
                                    self.commands.push(AppCommand::SetTheme(choice));
                                }
                            }
                        });
                        ui.end_row();

                        ui.label(t!("preferences-week-starts"));
                        self.week_start_ui(ui);
                        ui.end_row();

                        ui.label(t!("preferences-daily-reminder"));
                        self.daily_reminder_ui(ui);
                        ui.end_row();

                        ui.label(t!("preferences-idle-lock"));
                        self.idle_lock_ui(ui);
                        ui.end_row();

                        ui.label(t!("preferences-weekly-review"))
                            .on_hover_text(t!("preferences-weekly-review-hint"));
                        let current = self
                            .reminders
                            .weekly_review
                            .map_or_else(|| t!("preferences-off"), weekday_name);
                        egui::ComboBox::from_id_salt("weekly_review")
                            .selected_text(current)
                            .show_ui(ui, |ui| {
                                if ui
                                    .selectable_label(
                                        self.reminders.weekly_review.is_none(),
                                        t!("preferences-off"),
                                    )
                                    .clicked()
                                {
                                    self.reminders.weekly_review = None;
                                }
                                for weekday in WEEKDAYS {
                                    let selected = self.reminders.weekly_review == Some(weekday);
                                    if ui
                                        .selectable_label(selected, weekday_name(weekday))
                                        .clicked()
                                    {
                                        self.reminders.weekly_review = Some(weekday);
                                    }
                                }
                            })
                            .response
                            .widget_info(|| {
                                egui::WidgetInfo::labeled(
                                    egui::Role::ComboBox,
                                    true,
                                    t!("preferences-weekly-review"),
                                )
                            });
                        ui.end_row();
                    });
                theme::problem_ui(ui, self.preferences_window.problem.as_deref());
                ui.add_space(theme::GAP);
                ui.label(egui::RichText::new(t!("preferences-reminders-note")).weak());
            });
        self.preferences_window.open = open;
    }

    /// "Lock an encrypted journal after [15] minutes without use": off by default.
    fn idle_lock_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let mut on = self.idle_lock_minutes.is_some();
            let mut minutes = self.idle_lock_minutes.unwrap_or(15);
            ui.checkbox(&mut on, t!("preferences-idle-lock-after"));
            let field = ui.add_enabled(
                on,
                egui::DragValue::new(&mut minutes)
                    .range(1..=240)
                    .suffix(t!("preferences-minutes-suffix")),
            );
            field.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::SpinButton,
                    on,
                    t!("preferences-idle-minutes"),
                )
            });
            ui.label(t!("preferences-idle-without-use"));
            self.idle_lock_minutes = on.then_some(minutes);
        });
    }

    /// "Remind me at [20:00]": off by default; a time that cannot be read is explained and
    /// the last good time stays.
    fn daily_reminder_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let mut on = self.reminders.daily.is_some();
            let toggled = ui.checkbox(&mut on, t!("preferences-remind-at")).changed();
            let field = ui.add_enabled(
                on,
                egui::TextEdit::singleline(&mut self.preferences_window.time_text)
                    .id_salt("reminder_time")
                    .hint_text("HH:MM")
                    .desired_width(60.0),
            );
            field.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::TextInput,
                    on,
                    t!("preferences-reminder-time"),
                )
            });
            if toggled || field.changed() {
                let window = &mut self.preferences_window;
                if on {
                    match parse_time(&window.time_text) {
                        Some(time) => {
                            self.reminders.daily = Some(time);
                            window.problem = None;
                        }
                        None => {
                            window.problem = Some(t!(
                                "preferences-not-a-time",
                                typed = window.time_text.trim()
                            ));
                        }
                    }
                } else {
                    self.reminders.daily = None;
                    window.problem = None;
                }
                // The new time applies from the next minute's check.
                self.next_reminder_check = None;
            }
        });
    }

    /// "Follow the system (English)" first, then each language in its own name; a choice
    /// applies at once.
    fn language_ui(&mut self, ui: &mut egui::Ui) {
        let chosen = self.preferences_window.language;
        let follow_label = t!(
            "preferences-language-follow-system",
            language = i18n::system_language().own_name()
        );
        let current = chosen.map_or_else(
            || follow_label.clone(),
            |language| language.own_name().to_owned(),
        );
        let mut picked = None;
        egui::ComboBox::from_id_salt("language")
            .selected_text(current)
            .width(200.0)
            .show_ui(ui, |ui| {
                if ui
                    .selectable_label(chosen.is_none(), follow_label)
                    .clicked()
                {
                    picked = Some(None);
                }
                for language in i18n::choices() {
                    let selected = chosen == Some(language);
                    if ui.selectable_label(selected, language.own_name()).clicked() {
                        picked = Some(Some(language));
                    }
                }
            })
            .response
            .widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::ComboBox, true, t!("preferences-language"))
            });
        if let Some(choice) = picked
            && choice != chosen
        {
            self.choose_language(choice);
        }
    }

    /// "As the system's region does (Monday)", then Monday, Sunday, Saturday.
    fn week_start_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal_wrapped(|ui| {
            let usual = i18n::default_first_weekday();
            let chosen = self.preferences_window.week_start_chosen;
            let usual_label = t!(
                "preferences-week-start-usual",
                weekday = weekday_name(usual)
            );
            if ui.radio(!chosen, usual_label).clicked() {
                self.preferences_window.week_start_chosen = false;
                self.first_weekday = usual;
            }
            for weekday in WEEK_STARTS {
                let selected = chosen && self.first_weekday == weekday;
                if ui.radio(selected, weekday_name(weekday)).clicked() {
                    self.preferences_window.week_start_chosen = true;
                    self.first_weekday = weekday;
                }
            }
        });
    }
}
