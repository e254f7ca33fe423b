//! The desktop app: a thin egui layer that draws the session's journal and turns clicks into
//! edits and commands on the core. File dialogs and disk access happen only in
//! [`KintsugiApp::run_commands`], never inside widget code.

mod broken;
mod exchange;
mod native;
mod progress;
mod quit_review;
mod setbacks;
mod skills;
mod theme;
mod today;
mod unsettled;
mod welcome;
mod widgets;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub use broken::BrokenJournal;
pub use native::run;
pub use progress::{ProgressScreen, RangePreset};
pub use setbacks::{SetbackFilter, SetbacksScreen, StatusKind};
pub use skills::SkillsScreen;
pub use today::{TodayScreen, long_date};

use chrono::NaiveDate;

use crate::clock::Clock;
use crate::demo::{self, DemoOptions};
use crate::history::{Change, StepId};
use crate::model::{Scope, SetbackId, SkillId};
use crate::session::{ChangeError, JournalSession, Reach, SessionMode, SharedSession};
use crate::storage::{self, JournalStore, StorageError};
use unsettled::Unsettled;

/// Which journal the app opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JournalSource {
    /// The journal file at this path (created by the first change when missing).
    File(PathBuf),
    /// A generated demo journal, in memory only.
    Demo,
}

/// The colour theme the user chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum ThemePreference {
    /// Follow the operating system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// What a click asks the app to do beyond editing the journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppCommand {
    /// Write pending changes now.
    SaveNow,
    /// Open a journal file chosen in a dialog.
    PickJournalFile,
    /// Open the journal at this path.
    OpenJournal(PathBuf),
    /// Open the journal at this path without writing it.
    OpenReadOnly(PathBuf),
    /// Replace the unreadable journal with its newest backup (keeping the unreadable file).
    RestoreNewestBackup(PathBuf),
    /// Switch the colour theme.
    SetTheme(ThemePreference),
    /// Save and close the window.
    Quit,
    /// Show one of the screens.
    ShowScreen(Screen),
    /// Open the Today screen on this day.
    OpenDay(NaiveDate),
    /// Open a setback in the Setbacks screen.
    OpenSetback(SetbackId),
    /// Start logging a new setback dated this day.
    NewSetback(NaiveDate),
    /// Close the setback editor.
    CloseSetbackEditor,
    /// Open a skill in the Skills screen.
    OpenSkill(SkillId),
    /// Delete a setback (the user confirmed); undoable.
    DeleteSetback(SetbackId),
    /// Delete a skill (the user confirmed); undoable.
    DeleteSkill(SkillId),
    /// A read-only session: open the journal for writing if its lock has become free.
    RetryWritable,
    /// Saving failed: write the journal to a file the user picks.
    SaveCopyElsewhere,
    /// Write the journal to this file (the copy chosen after a failed save).
    SaveCopyTo(PathBuf),
    /// Take back the newest step of the edit history.
    Undo,
    /// Do again the newest undone step.
    Redo,
    /// Undo this step (a toast's Undo), with the steps made after it first.
    UndoStep(StepId),
    /// First run: start a new journal at this path (created by the first change).
    StartJournal(PathBuf),
    /// First run: look around in the demo journal (nothing is saved).
    ExploreDemo,
    /// Open the chart export dialog.
    OpenExportChart,
    /// Open the CSV export dialog.
    OpenExportData,
    /// Open the import dialog.
    OpenImport,
    /// Export the chart as the dialog says.
    ExportChart,
    /// Export the CSV files as the dialog says.
    ExportData,
    /// Show what the import would do.
    PreviewImport,
    /// Apply the import (after a backup).
    ApplyImport,
    /// Put the chart on the clipboard as an image.
    CopyChart,
    /// Open the list of backups.
    OpenRestore,
    /// Replace the journal with this backup (after backing up the current state).
    RestoreBackup(PathBuf),
}

/// The screens of the app, in navigation order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Screen {
    /// The daily check-in.
    #[default]
    Today,
    /// Setbacks and their reflections.
    Setbacks,
    /// Skills acquired.
    Skills,
    /// Charts and insights over time.
    Progress,
}

impl Screen {
    /// Every screen, in navigation order.
    pub const ALL: [Screen; 4] = [
        Screen::Today,
        Screen::Setbacks,
        Screen::Skills,
        Screen::Progress,
    ];

    /// The screen's name in the navigation.
    pub fn label(self) -> &'static str {
        match self {
            Screen::Today => "Today",
            Screen::Setbacks => "Setbacks",
            Screen::Skills => "Skills",
            Screen::Progress => "Progress",
        }
    }

    fn shortcut_key(self) -> egui::Key {
        match self {
            Screen::Today => egui::Key::Num1,
            Screen::Setbacks => egui::Key::Num2,
            Screen::Skills => egui::Key::Num3,
            Screen::Progress => egui::Key::Num4,
        }
    }
}

/// The screens' own state, beside the journal they show.
#[derive(Debug, Default)]
struct Screens {
    current: Screen,
    today: TodayScreen,
    setbacks: SetbacksScreen,
    skills: SkillsScreen,
    progress: ProgressScreen,
    /// Text the journal cannot take yet, kept per field across screens and entries.
    unsettled: Unsettled,
}

impl Screens {
    /// Settles what was half-typed on the screens (list items added, searches kept), as when
    /// focus leaves a field: before another screen is shown, and before quitting.
    fn settle(&mut self, session: &mut JournalSession, clock: &Clock) {
        self.today.settle(session, clock);
        self.setbacks.settle(session, clock, &mut self.unsettled);
    }

    /// Forgets a kept field's text; an editor showing it goes back to the journal's value.
    fn discard(&mut self, key: unsettled::FieldKey, session: &mut JournalSession) {
        self.unsettled.settle(key);
        self.setbacks.reload(session, &self.unsettled);
        self.skills.reload(session, &self.unsettled);
    }
}

/// The journal in use, reachable from the signal handler so that logout or shutdown flushes
/// pending changes.
#[derive(Debug, Clone, Default)]
pub struct ActiveSession(Arc<Mutex<Option<SharedSession>>>);

impl ActiveSession {
    fn set(&self, session: Option<SharedSession>) {
        *self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = session;
    }

    /// Writes whatever is pending in the active session (on SIGTERM/SIGINT and at exit).
    pub fn flush(&self, clock: &Clock) -> Result<(), StorageError> {
        let active = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        match active {
            Some(session) => session.lock().save(clock.today(), clock.instant()),
            None => Ok(()),
        }
    }
}

/// What fills the window.
enum Body {
    /// A journal is open.
    Journal {
        session: SharedSession,
        screens: Box<Screens>,
    },
    /// The journal could not be opened.
    Broken(BrokenJournal),
    /// First run: there is no journal yet at this path.
    Welcome(welcome::WelcomeScreen),
}

/// Window preferences remembered between runs (by eframe's storage, not in the journal).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct UiPreferences {
    /// The colour theme.
    pub theme: ThemePreference,
    /// The screen shown last.
    pub last_screen: Screen,
}

/// Which Help windows are open.
#[derive(Debug, Default)]
struct HelpWindows {
    shortcuts: bool,
    about: bool,
}

/// A message shown for a few seconds in a corner of the window.
struct Toast {
    text: String,
    is_error: bool,
    until: Instant,
    action: Option<(&'static str, AppCommand)>,
}

/// The whole app's state: the open journal (or why it could not be opened), the screens' own
/// state, and what the user chose for the window.
pub struct KintsugiApp {
    clock: Clock,
    body: Body,
    active: ActiveSession,
    theme: ThemePreference,
    toasts: Vec<Toast>,
    commands: Vec<AppCommand>,
    help: HelpWindows,
    /// A save failed while closing: ask before quitting without it.
    close_blocked_by: Option<String>,
    /// Quitting found fields with text the journal could not take: they are listed first.
    quit_review: bool,
    quit_confirmed: bool,
    title: String,
    style_applied: bool,
    exchange: exchange::ExchangeDialogs,
}

impl KintsugiApp {
    /// Opens the journal from `source`; a journal that cannot be opened shows the broken-journal
    /// screen instead.
    pub fn open(source: &JournalSource, clock: Clock) -> Self {
        let today = clock.today();
        let mut app = Self::empty(clock);
        match source {
            JournalSource::Demo => {
                let journal = demo::generate(DemoOptions::ending(today, 3));
                app.set_session(JournalSession::demo(journal));
            }
            JournalSource::File(path) if !path.exists() => {
                "Welcome — Kintsugi".clone_into(&mut app.title);
                app.body = Body::Welcome(welcome::WelcomeScreen::new(path));
            }
            JournalSource::File(path) => app.open_file(path),
        }
        app
    }

    /// Shows a journal that lives in memory only, like the demo (benchmarks use journals of
    /// any size this way).
    pub fn in_memory(journal: crate::model::Journal, clock: Clock) -> Self {
        let mut app = Self::empty(clock);
        app.set_session(JournalSession::demo(journal));
        app
    }

    fn empty(clock: Clock) -> Self {
        Self {
            clock,
            body: Body::Broken(BrokenJournal::placeholder()),
            active: ActiveSession::default(),
            theme: ThemePreference::System,
            toasts: Vec::new(),
            commands: Vec::new(),
            help: HelpWindows::default(),
            close_blocked_by: None,
            quit_review: false,
            quit_confirmed: false,
            title: String::new(),
            style_applied: false,
            exchange: exchange::ExchangeDialogs::default(),
        }
    }

    /// Where the signal handler finds the journal to flush.
    pub fn active_session(&self) -> ActiveSession {
        self.active.clone()
    }

    /// The open session, if a journal is open (for tests and the signal handler).
    pub fn session(&self) -> Option<&SharedSession> {
        match &self.body {
            Body::Journal { session, .. } => Some(session),
            Body::Broken(_) | Body::Welcome(_) => None,
        }
    }

    /// The broken-journal screen's state, when that screen is shown.
    pub fn broken(&self) -> Option<&BrokenJournal> {
        match &self.body {
            Body::Broken(broken) => Some(broken),
            Body::Journal { .. } | Body::Welcome(_) => None,
        }
    }

    /// The window title: the journal's file name and its mode.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The preferences to remember for the next run.
    pub fn preferences(&self) -> UiPreferences {
        UiPreferences {
            theme: self.theme,
            last_screen: self.current_screen().unwrap_or_default(),
        }
    }

    /// Sets the colour theme preference.
    pub fn set_theme(&mut self, theme: ThemePreference) {
        self.theme = theme;
    }

    fn set_session(&mut self, session: JournalSession) {
        let name = match (session.mode(), session.path()) {
            (SessionMode::Demo, _) => "demo journal (not saved)".to_owned(),
            (mode, Some(path)) => {
                let name = file_name(path);
                if matches!(mode, SessionMode::ReadOnly { .. }) {
                    format!("{name} (read-only)")
                } else {
                    name
                }
            }
            (_, None) => "journal".to_owned(),
        };
        self.title = format!("{name} — Kintsugi");
        let shared = SharedSession::new(session);
        self.active.set(Some(shared.clone()));
        self.body = Body::Journal {
            session: shared,
            screens: Box::default(),
        };
    }

    fn set_broken(&mut self, error: &StorageError) {
        self.active.set(None);
        self.title = format!("{} cannot be opened — Kintsugi", file_name(error.path()));
        self.body = Body::Broken(BrokenJournal::new(error));
    }

    /// True when `path` is the journal this window holds the writer lock of.
    fn is_open_for_writing(&self, path: &Path) -> bool {
        let Some(session) = self.session() else {
            return false;
        };
        let session = session.lock();
        if session.mode() != &SessionMode::Writable {
            return false;
        }
        session.path().is_some_and(|open| same_file(open, path))
    }

    fn open_file(&mut self, path: &Path) {
        match JournalStore::open(path) {
            Ok((store, journal)) => self.set_session(JournalSession::writable(store, journal)),
            Err(error) => self.set_broken(&error),
        }
    }

    fn toast(&mut self, text: impl Into<String>, is_error: bool) {
        let seconds = if is_error { 8 } else { 4 };
        self.toasts.push(Toast {
            text: text.into(),
            is_error,
            until: self.clock.instant() + Duration::from_secs(seconds),
            action: None,
        });
    }

    fn toast_with_action(
        &mut self,
        text: impl Into<String>,
        label: &'static str,
        command: AppCommand,
    ) {
        self.toasts.push(Toast {
            text: text.into(),
            is_error: false,
            until: self.clock.instant() + Duration::from_secs(8),
            action: Some((label, command)),
        });
    }

    /// Flushes pending changes before switching journals or quitting; reports failures.
    fn flush(&mut self) -> Result<(), String> {
        self.active
            .flush(&self.clock)
            .map_err(|error| error.to_string())
    }

    /// Draws one frame of the app into `ui` and carries out what the user asked for.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.style_applied {
            theme::apply_style(&ctx);
            self.style_applied = true;
        }
        self.apply_theme(&ctx);
        self.global_keys(&ctx);
        egui::Panel::top("menu_bar").show(ui, |ui| self.menu_bar_ui(ui));
        self.banners_ui(ui);
        if let Body::Journal { screens, .. } = &mut self.body {
            let commands = &mut self.commands;
            egui::Panel::top("navigation").show(ui, |ui| navigation_ui(ui, screens, commands));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            egui::Frame::new()
                .inner_margin(theme::SECTION_GAP)
                .show(ui, |ui| match &mut self.body {
                    Body::Journal { session, screens } => {
                        let mut session = session.lock();
                        let commands = &mut self.commands;
                        match screens.current {
                            Screen::Today => {
                                screens.today.ui(ui, &mut session, &self.clock, commands);
                            }
                            Screen::Setbacks => {
                                screens.setbacks.ui(
                                    ui,
                                    &mut session,
                                    &self.clock,
                                    &mut screens.unsettled,
                                    commands,
                                );
                            }
                            Screen::Skills => {
                                screens.skills.ui(
                                    ui,
                                    &mut session,
                                    &self.clock,
                                    &mut screens.unsettled,
                                    commands,
                                );
                            }
                            Screen::Progress => {
                                screens.progress.ui(ui, &session, &self.clock, commands);
                            }
                        }
                    }
                    Body::Broken(broken) => broken.ui(ui, &mut self.commands),
                    Body::Welcome(welcome) => welcome.ui(ui, &mut self.commands),
                });
        });
        self.windows_ui(&ctx);
        self.exchange.ui(&ctx, &mut self.commands);
        self.toasts_ui(&ctx);
        self.run_commands(&ctx);
        self.autosave(&ctx);
    }

    /// The bars above the screens: demo and read-only sessions, and a save that failed (kept
    /// until a save succeeds, with Retry and a way to save a copy elsewhere).
    fn banners_ui(&mut self, ui: &mut egui::Ui) {
        let Body::Journal { session, .. } = &self.body else {
            return;
        };
        let session = session.lock();
        let (mode, save_state) = (session.mode().clone(), session.save_state());
        drop(session);
        let gold = theme::gold(ui.visuals().dark_mode);
        match mode {
            SessionMode::Demo => {
                egui::Panel::top("mode_banner").show(ui, |ui| {
                    ui.label(
                        egui::RichText::new(
                            "You are exploring a demo journal. Nothing you change here is saved.",
                        )
                        .color(gold),
                    );
                });
            }
            SessionMode::ReadOnly { reason } => {
                egui::Panel::top("mode_banner").show(ui, |ui| {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(
                            egui::RichText::new(format!(
                                "Read-only: {reason} Editing, import, restore and undo are off."
                            ))
                            .color(gold),
                        );
                        if ui
                            .button("Try again")
                            .on_hover_text("Open the journal for writing if it has become free")
                            .clicked()
                        {
                            self.commands.push(AppCommand::RetryWritable);
                        }
                    });
                });
            }
            SessionMode::Writable => {}
        }
        if let crate::session::SaveState::Failed(error) = save_state {
            egui::Panel::top("save_failed_banner").show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    let text = format!(
                        "Your changes could not be saved: {error}. They are kept in this window;                          Kintsugi keeps trying."
                    );
                    let label = ui.label(
                        egui::RichText::new(&text).color(theme::error_color(ui.visuals().dark_mode)),
                    );
                    label.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Alert, true, text.clone())
                    });
                    if ui.button("Retry").clicked() {
                        self.commands.push(AppCommand::SaveNow);
                    }
                    if ui.button("Save a copy elsewhere…").clicked() {
                        self.commands.push(AppCommand::SaveCopyElsewhere);
                    }
                });
            });
        }
    }

    fn apply_theme(&self, ctx: &egui::Context) {
        let wanted = match self.theme {
            ThemePreference::System => egui::ThemePreference::System,
            ThemePreference::Light => egui::ThemePreference::Light,
            ThemePreference::Dark => egui::ThemePreference::Dark,
        };
        if ctx.options(|options| options.theme_preference) != wanted {
            ctx.set_theme(wanted);
        }
    }

    fn global_keys(&mut self, ctx: &egui::Context) {
        let quit = ctx.input_mut(|input| input.consume_key(egui::Modifiers::COMMAND, egui::Key::Q));
        if quit {
            self.commands.push(AppCommand::Quit);
        }
        let save = ctx.input_mut(|input| {
            input.consume_key(egui::Modifiers::COMMAND, egui::Key::S)
                || input.consume_key(egui::Modifiers::COMMAND, egui::Key::Enter)
        });
        if save {
            self.commands.push(AppCommand::SaveNow);
        }
        // Inside a text field, Ctrl+Z and Ctrl+Y belong to the field's own typing first.
        let typing = ctx.egui_wants_keyboard_input();
        if !typing {
            let redo = ctx.input_mut(|input| {
                input.consume_key(
                    egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
                    egui::Key::Z,
                ) || input.consume_key(egui::Modifiers::COMMAND, egui::Key::Y)
            });
            if redo {
                self.commands.push(AppCommand::Redo);
            }
            if ctx.input_mut(|input| input.consume_key(egui::Modifiers::COMMAND, egui::Key::Z)) {
                self.commands.push(AppCommand::Undo);
            }
        }
        for screen in Screen::ALL {
            if ctx.input_mut(|input| {
                input.consume_key(egui::Modifiers::COMMAND, screen.shortcut_key())
            }) {
                self.commands.push(AppCommand::ShowScreen(screen));
            }
        }
        if ctx.input_mut(|input| input.consume_key(egui::Modifiers::COMMAND, egui::Key::E)) {
            self.commands.push(AppCommand::OpenExportChart);
        }
        if ctx.input_mut(|input| input.consume_key(egui::Modifiers::NONE, egui::Key::F1)) {
            self.help.shortcuts = true;
        }
    }

    /// Undo and Redo, named after the step they would take back or do again.
    fn edit_menu_ui(&mut self, ui: &mut egui::Ui) {
        let (undo, redo, editable, reason) = match self.session() {
            Some(session) => {
                let session = session.lock();
                let history = session.history();
                (
                    history.next_undo().map(|step| step.label().to_owned()),
                    history.next_redo().map(|step| step.label().to_owned()),
                    session.is_editable(),
                    theme::editable_hint(&session, ""),
                )
            }
            None => (None, None, false, String::new()),
        };
        let items = [
            ("Undo", undo, "Ctrl+Z", AppCommand::Undo),
            ("Redo", redo, "Ctrl+Shift+Z", AppCommand::Redo),
        ];
        for (verb, step, shortcut, command) in items {
            let text = step
                .as_ref()
                .map_or_else(|| verb.to_owned(), |label| format!("{verb} “{label}”"));
            let item = ui
                .add_enabled(
                    editable && step.is_some(),
                    egui::Button::new(text).shortcut_text(shortcut),
                )
                .on_disabled_hover_text(if editable {
                    format!("Nothing to {}", verb.to_lowercase())
                } else {
                    reason.clone()
                });
            if item.clicked() {
                self.commands.push(command);
            }
        }
    }

    fn menu_bar_ui(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui
                    .add(egui::Button::new("Save now").shortcut_text("Ctrl+S"))
                    .clicked()
                {
                    self.commands.push(AppCommand::SaveNow);
                }
                if ui.button("Open journal…").clicked() {
                    self.commands.push(AppCommand::PickJournalFile);
                }
                ui.separator();
                if ui
                    .add(egui::Button::new("Export chart…").shortcut_text("Ctrl+E"))
                    .clicked()
                {
                    self.commands.push(AppCommand::OpenExportChart);
                }
                if ui.button("Export data (CSV)…").clicked() {
                    self.commands.push(AppCommand::OpenExportData);
                }
                let read_only = self
                    .session()
                    .and_then(|session| match session.lock().mode() {
                        SessionMode::ReadOnly { reason } => {
                            Some(format!("Not available: {reason}"))
                        }
                        _ => None,
                    });
                let import = ui
                    .add_enabled(read_only.is_none(), egui::Button::new("Import CSV…"))
                    .on_disabled_hover_text(read_only.clone().unwrap_or_default());
                if import.clicked() {
                    self.commands.push(AppCommand::OpenImport);
                }
                ui.separator();
                let restore = ui
                    .add_enabled(
                        read_only.is_none(),
                        egui::Button::new("Restore from backup…"),
                    )
                    .on_disabled_hover_text(read_only.unwrap_or_default());
                if restore.clicked() {
                    self.commands.push(AppCommand::OpenRestore);
                }
                ui.separator();
                if ui
                    .add(egui::Button::new("Quit").shortcut_text("Ctrl+Q"))
                    .clicked()
                {
                    self.commands.push(AppCommand::Quit);
                }
            });
            ui.menu_button("Edit", |ui| self.edit_menu_ui(ui));
            ui.menu_button("View", |ui| {
                for (index, screen) in Screen::ALL.into_iter().enumerate() {
                    let item = egui::Button::new(screen.label())
                        .shortcut_text(format!("Ctrl+{}", index + 1));
                    if ui.add(item).clicked() {
                        self.commands.push(AppCommand::ShowScreen(screen));
                    }
                }
                ui.separator();
                ui.label(egui::RichText::new("Theme").weak());
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
            ui.menu_button("Help", |ui| {
                if ui
                    .add(egui::Button::new("Keyboard shortcuts").shortcut_text("F1"))
                    .clicked()
                {
                    self.help.shortcuts = true;
                }
                if ui.button("About Kintsugi").clicked() {
                    self.help.about = true;
                }
            });
        });
    }

    fn windows_ui(&mut self, ctx: &egui::Context) {
        egui::Window::new("Keyboard shortcuts")
            .open(&mut self.help.shortcuts)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                egui::Grid::new("shortcuts")
                    .num_columns(2)
                    .spacing([24.0, 6.0])
                    .show(ui, |ui| {
                        for (keys, what) in [
                            ("Ctrl+S", "Save now"),
                            ("Ctrl+Enter", "Save now"),
                            ("Alt+Left", "Previous day"),
                            ("Alt+Right", "Next day"),
                            ("Ctrl+Q", "Quit (saves first)"),
                            ("F1", "This list"),
                        ] {
                            ui.label(egui::RichText::new(keys).monospace());
                            ui.label(what);
                            ui.end_row();
                        }
                    });
            });
        let data_location = match self.session() {
            Some(session) => session.lock().path().map_or_else(
                || "in memory only (demo)".to_owned(),
                |path| path.display().to_string(),
            ),
            None => self
                .broken()
                .map_or_else(String::new, |broken| broken.path().display().to_string()),
        };
        let backups = self.session().and_then(|session| {
            session
                .lock()
                .path()
                .map(|path| storage::backup_dir(path).display().to_string())
        });
        egui::Window::new("About Kintsugi")
            .open(&mut self.help.about)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.heading(format!("Kintsugi {}", env!("CARGO_PKG_VERSION")));
                ui.label(
                    "Turn professional setbacks into growth: the break becomes part of the story.",
                );
                ui.add_space(theme::GAP);
                ui.label(egui::RichText::new("Your journal").strong());
                ui.label(data_location);
                if let Some(backups) = backups {
                    ui.label(format!("Backups: {backups}"));
                }
                ui.label(egui::RichText::new("Nothing leaves this computer.").weak());
            });
        if self.quit_review {
            self.quit_review_ui(ctx);
        }
        if let Some(error) = self.close_blocked_by.clone() {
            egui::Window::new("Your changes could not be saved")
                .collapsible(false)
                .resizable(false)
                .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
                .show(ctx, |ui| {
                    ui.label(error);
                    ui.label("If you quit now, the changes since the last save are lost.");
                    ui.horizontal(|ui| {
                        if ui.button("Try again").clicked() {
                            self.close_blocked_by = None;
                            self.commands.push(AppCommand::Quit);
                        }
                        if ui.button("Keep the window open").clicked() {
                            self.close_blocked_by = None;
                        }
                        if ui.button("Quit without saving").clicked() {
                            self.quit_confirmed = true;
                            self.close_blocked_by = None;
                            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                        }
                    });
                });
        }
    }

    /// The list of fields holding text the journal could not take, shown on quitting.
    fn quit_review_ui(&mut self, ctx: &egui::Context) {
        let Some((session, screens)) = self.screens_mut() else {
            self.quit_review = false;
            return;
        };
        let mut session = session.lock();
        if screens.unsettled.is_empty() {
            drop(session);
            self.quit_review = false;
            self.commands.push(AppCommand::Quit);
            return;
        }
        let choice = quit_review::review_ui(ctx, &screens.unsettled, session.journal());
        match choice {
            Some(quit_review::Review::GoTo(key)) => {
                drop(session);
                self.quit_review = false;
                self.commands.push(quit_review::go_to_command(key));
            }
            Some(quit_review::Review::Discard(key)) => screens.discard(key, &mut session),
            Some(quit_review::Review::DiscardAllAndQuit) => {
                let keys: Vec<_> = screens.unsettled.iter().map(|(key, _)| *key).collect();
                for key in keys {
                    screens.discard(key, &mut session);
                }
                drop(session);
                self.quit_review = false;
                self.commands.push(AppCommand::Quit);
            }
            Some(quit_review::Review::Cancel) => {
                drop(session);
                self.quit_review = false;
            }
            None => {}
        }
    }

    fn screens_mut(&mut self) -> Option<(&SharedSession, &mut Screens)> {
        match &mut self.body {
            Body::Journal { session, screens } => Some((session, screens)),
            Body::Broken(_) | Body::Welcome(_) => None,
        }
    }

    fn toasts_ui(&mut self, ctx: &egui::Context) {
        let now = self.clock.instant();
        self.toasts.retain(|toast| toast.until > now);
        if self.toasts.is_empty() {
            return;
        }
        let dark = ctx.global_style().visuals.dark_mode;
        egui::Area::new(egui::Id::unique("toasts"))
            .anchor(egui::Align2::RIGHT_BOTTOM, egui::vec2(-16.0, -16.0))
            .order(egui::Order::Foreground)
            .show(ctx, |ui| {
                for toast in &mut self.toasts {
                    egui::Frame::popup(ui.style()).show(ui, |ui| {
                        ui.horizontal(|ui| {
                            let color = if toast.is_error {
                                theme::error_color(dark)
                            } else {
                                ui.visuals().text_color()
                            };
                            ui.label(egui::RichText::new(&toast.text).color(color));
                            if let Some((label, command)) = &toast.action
                                && ui.button(*label).clicked()
                            {
                                self.commands.push(command.clone());
                                toast.until = now;
                            }
                        });
                    });
                }
            });
        if let Some(next) = self.toasts.iter().map(|toast| toast.until).min() {
            ctx.request_repaint_after(next.saturating_duration_since(now));
        }
    }

    /// Called when the window is asked to close: flushes pending changes, and keeps the window
    /// open with an explanation when that fails. Returns true when closing may go ahead.
    pub fn on_close_requested(&mut self) -> bool {
        if self.quit_confirmed {
            return true;
        }
        let clock = self.clock.clone();
        if let Some((session, screens)) = self.screens_mut() {
            let mut session = session.lock();
            screens.settle(&mut session, &clock);
            if !screens.unsettled.is_empty() {
                drop(session);
                self.quit_review = true;
                return false;
            }
        }
        match self.flush() {
            Ok(()) => true,
            Err(error) => {
                self.close_blocked_by = Some(error);
                false
            }
        }
    }

    fn run_commands(&mut self, ctx: &egui::Context) {
        let toasts_before = self.toasts.len();
        self.run_queued_commands(ctx);
        if self.toasts.len() != toasts_before {
            // Toasts are drawn before commands run: show the new ones in the next frame.
            ctx.request_repaint();
        }
    }

    fn run_queued_commands(&mut self, ctx: &egui::Context) {
        for command in std::mem::take(&mut self.commands) {
            match command {
                AppCommand::SaveNow => match self.flush() {
                    Ok(()) => {}
                    Err(error) => self.toast(format!("Could not save: {error}"), true),
                },
                AppCommand::PickJournalFile => {
                    // rfd returns None both when cancelled and when no dialog can be shown, so the
                    // broken-journal screen also offers a path field.
                    let picked = rfd::FileDialog::new()
                        .add_filter("Kintsugi journal", &["ron"])
                        .set_title("Open a Kintsugi journal")
                        .pick_file();
                    if let Some(path) = picked {
                        self.commands.push(AppCommand::OpenJournal(path));
                        ctx.request_repaint();
                    }
                }
                AppCommand::OpenJournal(path) => {
                    if self.is_open_for_writing(&path) {
                        // Taking its lock again would fail against ourselves: just show it.
                        self.toast(format!("{} is already open", file_name(&path)), false);
                        continue;
                    }
                    if let Err(error) = self.flush() {
                        self.toast(
                            format!(
                                "Could not save the current journal, so it stays open: {error}"
                            ),
                            true,
                        );
                        continue;
                    }
                    self.open_file(&path);
                    if self.session().is_some() {
                        self.toast(format!("Opened {}", path.display()), false);
                    }
                }
                AppCommand::OpenReadOnly(path) => match storage::load(&path) {
                    Ok(journal) => {
                        let reason = "this journal is open in another Kintsugi or its folder cannot be written; changes made here are not saved.".to_owned();
                        self.set_session(JournalSession::read_only(journal, &path, reason));
                    }
                    Err(error) => self.set_broken(&error),
                },
                AppCommand::RestoreNewestBackup(path) => self.restore_newest_backup(&path),
                AppCommand::SetTheme(theme) => self.theme = theme,
                AppCommand::RetryWritable => self.retry_writable(),
                AppCommand::SaveCopyElsewhere => {
                    let picked = rfd::FileDialog::new()
                        .add_filter("Kintsugi journal", &["ron"])
                        .set_file_name("journal-copy.ron")
                        .set_title("Save a copy of the journal")
                        .save_file();
                    if let Some(path) = picked {
                        self.commands.push(AppCommand::SaveCopyTo(path));
                        ctx.request_repaint();
                    }
                }
                AppCommand::SaveCopyTo(path) => self.save_copy_to(&path),
                AppCommand::Undo => self.undo(),
                AppCommand::Redo => self.redo(),
                AppCommand::UndoStep(step) => self.undo_step(step),
                AppCommand::StartJournal(path) => self.open_file(&path),
                AppCommand::ExploreDemo => {
                    let journal = demo::generate(DemoOptions::ending(self.clock.today(), 3));
                    self.set_session(JournalSession::demo(journal));
                }
                AppCommand::OpenExportChart
                | AppCommand::OpenExportData
                | AppCommand::OpenImport
                | AppCommand::ExportChart
                | AppCommand::ExportData
                | AppCommand::PreviewImport
                | AppCommand::ApplyImport
                | AppCommand::CopyChart
                | AppCommand::OpenRestore
                | AppCommand::RestoreBackup(_) => self.exchange_command(&command, ctx),
                AppCommand::DeleteSetback(id) => self.delete_setback(id),
                AppCommand::DeleteSkill(id) => self.delete_skill(id),
                command @ (AppCommand::ShowScreen(_)
                | AppCommand::OpenDay(_)
                | AppCommand::OpenSetback(_)
                | AppCommand::NewSetback(_)
                | AppCommand::CloseSetbackEditor
                | AppCommand::OpenSkill(_)) => self.navigate(&command),
                AppCommand::Quit => {
                    if self.on_close_requested() {
                        self.quit_confirmed = true;
                        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                    }
                }
            }
        }
    }

    /// Carries out the commands that move between screens. Whatever was half-typed on the
    /// screen being left is settled first, as when focus leaves a field.
    fn navigate(&mut self, command: &AppCommand) {
        let clock = self.clock.clone();
        let Some((session, screens)) = self.screens_mut() else {
            return;
        };
        let mut session = session.lock();
        let leaving = match command {
            AppCommand::ShowScreen(screen) => *screen != screens.current,
            AppCommand::OpenDay(_) | AppCommand::OpenSkill(_) => true,
            _ => false,
        };
        if leaving {
            screens.settle(&mut session, &clock);
        }
        let unsettled = &mut screens.unsettled;
        match command {
            AppCommand::ShowScreen(screen) => screens.current = *screen,
            AppCommand::OpenDay(day) => {
                screens.today.go_to(*day, &clock);
                screens.current = Screen::Today;
            }
            AppCommand::OpenSetback(id) => {
                screens.setbacks.open(*id, &mut session, &clock, unsettled);
                screens.current = Screen::Setbacks;
            }
            AppCommand::NewSetback(day) => {
                screens
                    .setbacks
                    .start_new(*day, &mut session, &clock, unsettled);
                screens.current = Screen::Setbacks;
            }
            AppCommand::CloseSetbackEditor => {
                screens
                    .setbacks
                    .close_editor(&mut session, &clock, unsettled);
            }
            AppCommand::OpenSkill(id) => {
                screens
                    .skills
                    .open(*id, session.journal(), session.revision(), unsettled);
                screens.current = Screen::Skills;
            }
            _ => {}
        }
    }

    fn delete_setback(&mut self, id: SetbackId) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        let title = session
            .lock()
            .journal()
            .setback(id)
            .map(|setback| setback.title.clone());
        let Some(title) = title else { return };
        let deleted = session.lock().change(
            Change::named(format!("deleting “{title}”")),
            &Reach::Only(Scope::setback(id)),
            self.clock.instant(),
            |journal| Ok::<_, std::convert::Infallible>(journal.remove_setback(id).is_some()),
        );
        self.report_change(deleted, format!("Deleted “{title}”."));
    }

    fn delete_skill(&mut self, id: SkillId) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        let name = session
            .lock()
            .journal()
            .skill(id)
            .map(|skill| skill.name.clone());
        let Some(name) = name else { return };
        // Deleting a skill unlinks it from every setback: any part of the journal may change.
        let deleted = session.lock().change(
            Change::named(format!("deleting the skill “{name}”")),
            &Reach::Anything,
            self.clock.instant(),
            |journal| Ok::<_, std::convert::Infallible>(journal.remove_skill(id).is_some()),
        );
        self.report_change(deleted, format!("Deleted the skill “{name}”."));
    }

    /// Tells how a change went: a toast with Undo for the step it made, or why it was refused.
    fn report_change<E: std::fmt::Display>(
        &mut self,
        result: Result<bool, ChangeError<E>>,
        done: String,
    ) {
        match result {
            Ok(true) => {
                let step = self
                    .session()
                    .and_then(|session| session.lock().last_step());
                match step {
                    Some(step) => self.toast_with_action(done, "Undo", AppCommand::UndoStep(step)),
                    None => self.toast(done, false),
                }
            }
            Ok(false) => {}
            Err(error) => self.toast(format!("Nothing was changed: {error}"), true),
        }
    }

    /// A read-only session tries to take the journal's lock again.
    fn retry_writable(&mut self) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        let path = session.lock().path().map(Path::to_owned);
        let Some(path) = path else { return };
        match JournalStore::open(&path) {
            Ok((store, journal)) => {
                self.set_session(JournalSession::writable(store, journal));
                self.toast("The journal is open for writing now.", false);
            }
            Err(error) => self.toast(format!("Still read-only: {error}"), true),
        }
    }

    /// Writes the journal as it is in memory to `path` (after a failed save, so that nothing
    /// is lost whatever happens to the journal's own folder).
    fn save_copy_to(&mut self, path: &Path) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        let encoded = storage::encode(session.lock().journal());
        let written = encoded.map_err(|error| error.to_string()).and_then(|text| {
            storage::write_file_atomically(path, text.as_bytes()).map_err(|error| error.to_string())
        });
        match written {
            Ok(()) => self.toast(format!("Saved a copy as {}", path.display()), false),
            Err(error) => self.toast(format!("Could not save the copy: {error}"), true),
        }
    }

    /// Takes back the newest step of the history.
    fn undo(&mut self) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        let undone = session.lock().undo(self.clock.instant());
        match undone {
            Some(label) => self.toast(format!("Undid {label}."), false),
            None => self.toast(self.nothing_to("undo"), false),
        }
    }

    /// Does again the newest undone step.
    fn redo(&mut self) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        let redone = session.lock().redo(self.clock.instant());
        match redone {
            Some(label) => self.toast(format!("Redid {label}."), false),
            None => self.toast(self.nothing_to("redo"), false),
        }
    }

    /// Undoes a given step (a toast's Undo): the steps made after it are undone first, in
    /// order, and the toast says which — nothing is ever dropped.
    fn undo_step(&mut self, step: StepId) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        let undone = session.lock().undo_through(step, self.clock.instant());
        // The toast's Undo has done its job.
        self.toasts.retain(|toast| toast.action.is_none());
        match undone {
            Some(later) if later.is_empty() => self.toast("Undone.", false),
            Some(later) => self.toast(
                format!(
                    "Undone, with the {} later change{} made after it: {}.",
                    later.len(),
                    if later.len() == 1 { "" } else { "s" },
                    later.join(", ")
                ),
                false,
            ),
            None => self.toast(self.nothing_to("undo"), false),
        }
    }

    fn nothing_to(&self, verb: &str) -> String {
        match self.session().map(|session| session.lock().mode().clone()) {
            Some(SessionMode::ReadOnly { reason }) => format!("Cannot {verb}: {reason}"),
            _ => format!("Nothing to {verb}."),
        }
    }

    /// Queues a command as a control would (a dialog's result, a menu item); it is carried out
    /// in the next frame. Tests and the native shell use it for what needs a system dialog.
    pub fn request(&mut self, command: AppCommand) {
        self.commands.push(command);
    }

    /// Shows a screen with something in it: the newest reflected setback on Setbacks, the
    /// skill with most setbacks on Skills (what a returning user would look at first).
    pub fn show_screen(&mut self, screen: Screen) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        let command = {
            let session = session.lock();
            let journal = session.journal();
            match screen {
                Screen::Today | Screen::Progress => None,
                Screen::Setbacks => journal
                    .setbacks()
                    .iter()
                    .rev()
                    .find(|setback| {
                        !setback.reflection.feedback.is_empty() && !setback.skills.is_empty()
                    })
                    .map(|setback| AppCommand::OpenSetback(setback.id)),
                Screen::Skills => journal
                    .skills()
                    .iter()
                    .max_by_key(|skill| journal.skill_link_count(skill.id))
                    .map(|skill| AppCommand::OpenSkill(skill.id)),
            }
        };
        self.navigate(&command.unwrap_or(AppCommand::ShowScreen(screen)));
        self.navigate(&AppCommand::ShowScreen(screen));
    }

    /// Chooses the Progress screen's range preset.
    pub fn set_progress_range(&mut self, preset: RangePreset) {
        if let Some((_, screens)) = self.screens_mut() {
            screens.progress.set_preset(preset);
        }
    }

    /// Which ratings the Progress chart shows (mood, resilience, growth mindset).
    pub fn progress_series_shown(&self) -> Option<[bool; 3]> {
        match &self.body {
            Body::Journal { screens, .. } => Some(screens.progress.series_shown()),
            Body::Broken(_) | Body::Welcome(_) => None,
        }
    }

    /// The screen shown (for tests).
    pub fn current_screen(&self) -> Option<Screen> {
        match &self.body {
            Body::Journal { screens, .. } => Some(screens.current),
            Body::Broken(_) | Body::Welcome(_) => None,
        }
    }

    fn restore_newest_backup(&mut self, path: &Path) {
        let Some((day, backup)) = storage::newest_backup(path) else {
            self.toast("There is no backup of this journal.", true);
            return;
        };
        let stamp = self.clock.now().format("%Y%m%d-%H%M%S").to_string();
        match storage::restore_backup(path, &backup, &stamp) {
            Ok(set_aside) => {
                self.open_file(path);
                let kept = set_aside.map_or_else(String::new, |aside| {
                    format!(" The unreadable file was kept as {}.", aside.display())
                });
                self.toast(format!("Restored the backup from {day}.{kept}"), false);
            }
            Err(error) => self.toast(format!("Could not restore the backup: {error}"), true),
        }
    }

    fn autosave(&mut self, ctx: &egui::Context) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        let now = self.clock.instant();
        let due = session.lock().autosave_due_in(now);
        match due {
            Some(wait) if wait.is_zero() => {
                let mut session = session.lock();
                let already_failing =
                    matches!(session.save_state(), crate::session::SaveState::Failed(_));
                let saved = session.save(self.clock.today(), now);
                let backup_warning = session.take_backup_warning();
                drop(session);
                if let Some(warning) = backup_warning {
                    self.toast(
                        format!("Saved, but the daily backup failed: {warning}"),
                        true,
                    );
                }
                match saved {
                    // The indicator was drawn before the save: show "Saved" now.
                    Ok(()) => ctx.request_repaint(),
                    Err(error) => {
                        if !already_failing {
                            self.toast(format!("Could not save: {error}"), true);
                        }
                        ctx.request_repaint_after(crate::session::AUTOSAVE_DELAY);
                    }
                }
            }
            Some(wait) => ctx.request_repaint_after(wait),
            None => {}
        }
    }
}

fn navigation_ui(ui: &mut egui::Ui, screens: &Screens, commands: &mut Vec<AppCommand>) {
    ui.horizontal(|ui| {
        ui.add_space(theme::SECTION_GAP - 8.0);
        for (index, screen) in Screen::ALL.into_iter().enumerate() {
            let text = egui::RichText::new(screen.label()).size(16.0);
            let tab = ui
                .selectable_label(screens.current == screen, text)
                .on_hover_text(format!("Ctrl+{}", index + 1));
            let selected = screens.current == screen;
            tab.widget_info(|| {
                egui::WidgetInfo::selected(
                    egui::Role::Tab,
                    true,
                    selected,
                    format!("{} screen", screen.label()),
                )
            });
            if tab.clicked() {
                commands.push(AppCommand::ShowScreen(screen));
            }
        }
    });
}

/// Whether two paths name the same file, through links and relative parts (a journal that is
/// not written yet is compared through its folder).
fn same_file(a: &Path, b: &Path) -> bool {
    fn resolved(path: &Path) -> PathBuf {
        path.canonicalize()
            .or_else(|_| {
                let name = path.file_name().ok_or(std::io::ErrorKind::InvalidInput)?;
                let folder = match path.parent() {
                    Some(parent) if !parent.as_os_str().is_empty() => parent,
                    _ => Path::new("."),
                };
                folder.canonicalize().map(|folder| folder.join(name))
            })
            .unwrap_or_else(|_| path.to_owned())
    }
    resolved(a) == resolved(b)
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}
