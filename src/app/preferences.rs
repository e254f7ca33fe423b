//! File → Preferences… (Ctrl+,): the theme, the first day of the week in calendars, the daily
//! check-in reminder and the weekly review. Kept with the window settings, never in the journal.

use std::path::PathBuf;

use chrono::Weekday;

use super::{AppCommand, KintsugiApp, Screen, ThemePreference, theme};
use crate::insights::weekday_full_name as weekday_name;
use crate::reminders::{ReminderSettings, parse_time};

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
    /// The first day of the week in calendars.
    pub first_weekday: chrono::Weekday,
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
            reminders: ReminderSettings::default(),
            recent_journals: Vec::new(),
            idle_lock_minutes: None,
            encrypted_journals: std::collections::BTreeMap::new(),
        }
    }
}

/// How many journals File → Open recent lists.
pub const RECENT_JOURNALS: usize = 5;

/// The Preferences window's own state: whether it is open, and the reminder time as typed.
#[derive(Debug, Default)]
pub(super) struct PreferencesWindow {
    pub(super) open: bool,
    time_text: String,
    problem: Option<String>,
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
        egui::Window::new("Preferences")
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                egui::Grid::new("preferences")
                    .num_columns(2)
                    .spacing([24.0, 10.0])
                    .show(ui, |ui| {
                        ui.label("Theme");
                        ui.horizontal(|ui| {
                            for (choice, label) in [
                                (ThemePreference::System, "Follow the system"),
                                (ThemePreference::Light, "Light"),
                                (ThemePreference::Dark, "Dark"),
                            ] {
                                if ui.radio(self.theme == choice, label).clicked() {
                                    self.commands.push(AppCommand::SetTheme(choice));
                                }
                            }
                        });
                        ui.end_row();

                        ui.label("Weeks start on");
                        ui.horizontal(|ui| {
                            for weekday in WEEK_STARTS {
                                let name = weekday_name(weekday);
                                if ui.radio(self.first_weekday == weekday, name).clicked() {
                                    self.first_weekday = weekday;
                                }
                            }
                        });
                        ui.end_row();

                        ui.label("Daily reminder");
                        self.daily_reminder_ui(ui);
                        ui.end_row();

                        ui.label("Lock when idle");
                        self.idle_lock_ui(ui);
                        ui.end_row();

                        ui.label("Weekly review").on_hover_text(
                            "On this day a notification offers to review your week, and Today \
                             offers it too (on Sundays when the reminder is off).",
                        );
                        let current = self.reminders.weekly_review.map_or("Off", weekday_name);
                        egui::ComboBox::from_id_salt("weekly_review")
                            .selected_text(current)
                            .show_ui(ui, |ui| {
                                if ui
                                    .selectable_label(self.reminders.weekly_review.is_none(), "Off")
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
                                    "Weekly review",
                                )
                            });
                        ui.end_row();
                    });
                theme::problem_ui(ui, self.preferences_window.problem.as_deref());
                ui.add_space(theme::GAP);
                ui.label(
                    egui::RichText::new(
                        "Reminders come as desktop notifications while Kintsugi runs, only on \
                         days without a check-in. For when it is closed, see “Reminders” in \
                         the README (a systemd timer running kintsugi remind).",
                    )
                    .weak(),
                );
            });
        self.preferences_window.open = open;
    }

    /// "Lock an encrypted journal after [15] minutes without use": off by default.
    fn idle_lock_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let mut on = self.idle_lock_minutes.is_some();
            let mut minutes = self.idle_lock_minutes.unwrap_or(15);
            ui.checkbox(&mut on, "Lock an encrypted journal after");
            let field = ui.add_enabled(
                on,
                egui::DragValue::new(&mut minutes)
                    .range(1..=240)
                    .suffix(" min"),
            );
            field.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::SpinButton, on, "Idle minutes before locking")
            });
            ui.label("without use");
            self.idle_lock_minutes = on.then_some(minutes);
        });
    }

    /// "Remind me at [20:00]": off by default; a time that cannot be read is explained and
    /// the last good time stays.
    fn daily_reminder_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let mut on = self.reminders.daily.is_some();
            let toggled = ui.checkbox(&mut on, "Remind me to check in at").changed();
            let field = ui.add_enabled(
                on,
                egui::TextEdit::singleline(&mut self.preferences_window.time_text)
                    .id_salt("reminder_time")
                    .hint_text("HH:MM")
                    .desired_width(60.0),
            );
            field.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::TextInput, on, "Reminder time")
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
                            window.problem = Some(format!(
                                "“{}” is not a time: write it as HH:MM, e.g. 20:00.",
                                window.time_text.trim()
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
}
