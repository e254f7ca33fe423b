//! The desktop app: a thin egui layer that draws the session's journal and turns clicks into
//! edits and commands on the core. Split as a large egui app splits itself: this file holds the
//! app's state (the open journal, the screens' state, preferences); `frame` draws a frame;
//! `commands` carries out what the user asked for. File dialogs and disk access happen only in
//! `commands`, never inside widget code.

mod broken;
mod calendar;
mod commands;
mod exchange;
mod files;
mod frame;
mod journal;
mod locking;
mod menus;
mod native;
mod outside;
mod practice;
mod preferences;
mod progress;
mod protection;
mod quit_review;
mod reminders;
mod report_dialog;
pub mod secret_field;
mod setbacks;
pub mod shortcuts;
mod skills;
mod tamper;
mod theme;
mod today;
mod unlock;
mod unsettled;
mod welcome;
mod widgets;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub use broken::BrokenJournal;
pub use commands::AppCommand;
pub use native::run;
pub use practice::PracticeCommand;
pub use preferences::{RECENT_JOURNALS, UiPreferences};
pub use progress::{ProgressScreen, RangePreset};
pub use protection::ProtectionTask;
pub use setbacks::{SetbackFilter, SetbacksScreen, StatusKind};
pub use skills::SkillsScreen;
pub use tamper::OpenedWarning;
pub use today::{TodayScreen, long_date};
pub use unlock::UnlockScreen;

use crate::clock::Clock;
use crate::demo::{self, DemoOptions};
use crate::reminders::{Reminder, ReminderSettings, ReminderState};
use crate::session::{JournalSession, SessionMode, SharedSession};
use crate::storage::{JournalStore, StorageError};
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
    /// Lessons turned into experiments.
    Experiments,
    /// Charts and insights over time.
    Progress,
    /// Everything written, searchable.
    Journal,
}

impl Screen {
    /// Every screen, in navigation order.
    pub const ALL: [Screen; 6] = [
        Screen::Today,
        Screen::Setbacks,
        Screen::Skills,
        Screen::Experiments,
        Screen::Progress,
        Screen::Journal,
    ];

    /// The screen's name in the navigation.
    pub fn label(self) -> String {
        match self {
            Screen::Today => crate::t!("screen-today"),
            Screen::Setbacks => crate::t!("screen-setbacks"),
            Screen::Skills => crate::t!("screen-skills"),
            Screen::Experiments => crate::t!("screen-experiments"),
            Screen::Progress => crate::t!("screen-progress"),
            Screen::Journal => crate::t!("screen-journal"),
        }
    }

    /// The screen named as a place ("Today screen"): its tab for screen readers, and its
    /// shortcut in the F1 list.
    pub fn screen_name(self) -> String {
        match self {
            Screen::Today => crate::t!("screen-today-screen"),
            Screen::Setbacks => crate::t!("screen-setbacks-screen"),
            Screen::Skills => crate::t!("screen-skills-screen"),
            Screen::Experiments => crate::t!("screen-experiments-screen"),
            Screen::Progress => crate::t!("screen-progress-screen"),
            Screen::Journal => crate::t!("screen-journal-screen"),
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
    experiments: practice::ExperimentsScreen,
    /// The weekly review being written (kept while other screens are shown, so that nothing
    /// typed in it is lost).
    review: Option<practice::ReviewPage>,
    /// The review page takes the place of the current screen.
    review_shown: bool,
    progress: ProgressScreen,
    journal: journal::JournalScreen,
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
    /// An encrypted journal waiting for its passphrase.
    Locked(unlock::UnlockScreen),
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
    action: Option<(String, AppCommand)>,
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
    first_weekday: chrono::Weekday,
    reminders: ReminderSettings,
    reminder_state: ReminderState,
    /// When to look again whether a reminder is due (once a minute at most).
    next_reminder_check: Option<Instant>,
    /// Reminders due, for the window to show as notifications.
    reminders_due: Vec<Reminder>,
    recent_journals: Vec<PathBuf>,
    preferences_window: preferences::PreferencesWindow,
    report_dialog: Option<report_dialog::ReportDialog>,
    protection: Option<protection::ProtectionDialog>,
    /// How much work new passphrase keys take (age's one-second tuning; tests use less).
    key_cost: crate::storage::KeyCost,
    /// Lock an encrypted journal after this many minutes without input.
    idle_lock_minutes: Option<u32>,
    /// The last input (key, click, pointer move), for the idle lock.
    last_activity: Instant,
    /// Text of fields the journal could not take yet, kept while the journal is locked.
    kept_while_locked: Option<(PathBuf, Unsettled)>,
    /// A journal locked while its latest changes could not be written, held until they are.
    held: Option<locking::HeldJournal>,
    /// The highest save counter seen per encrypted journal (rollback and downgrade checks).
    seen_saves: tamper::SeenSaves,
    /// Since when saves fail (the error was shown once; retries fail quietly until one
    /// succeeds).
    saves_failing_since: Option<Instant>,
    /// A rollback or downgrade of the journal shown, waiting for the user's answer.
    opened_warning: Option<(crate::session::SessionId, OpenedWarning)>,
    /// The journal's file and its neighbours: versions written elsewhere, conflict copies.
    outside: outside::OutsideChanges,
    /// The "Make it an experiment" dialog and the skill proposal after a try.
    practice: practice::PracticeWindows,
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
                app.title = crate::t!("window-title-welcome");
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
            first_weekday: chrono::Weekday::Mon,
            reminders: ReminderSettings::default(),
            reminder_state: ReminderState::started_at(clock.local_now().naive_local()),
            next_reminder_check: None,
            reminders_due: Vec::new(),
            recent_journals: Vec::new(),
            preferences_window: preferences::PreferencesWindow::default(),
            report_dialog: None,
            protection: None,
            key_cost: crate::storage::KeyCost::default(),
            idle_lock_minutes: None,
            last_activity: clock.instant(),
            kept_while_locked: None,
            held: None,
            seen_saves: tamper::SeenSaves::new(),
            saves_failing_since: None,
            opened_warning: None,
            outside: outside::OutsideChanges::default(),
            practice: practice::PracticeWindows::default(),
            clock,
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
            Body::Broken(_) | Body::Welcome(_) | Body::Locked(_) => None,
        }
    }

    /// The broken-journal screen's state, when that screen is shown.
    pub fn broken(&self) -> Option<&BrokenJournal> {
        match &self.body {
            Body::Broken(broken) => Some(broken),
            Body::Journal { .. } | Body::Welcome(_) | Body::Locked(_) => None,
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
            daylio_moods: self.exchange.daylio_moods.clone(),
            first_weekday: self.first_weekday,
            week_start_chosen: self.preferences_window.week_start_chosen,
            language: self.preferences_window.language,
            reminders: self.reminders,
            recent_journals: self.recent_journals.clone(),
            idle_lock_minutes: self.idle_lock_minutes,
            encrypted_journals: self.seen_saves_now(),
        }
    }

    /// Takes back what was remembered from earlier runs: the Daylio mood ratings, the first
    /// weekday, reminders and recent journals (the theme and screen are set on their own,
    /// since the command line can override them).
    pub fn remember(&mut self, preferences: UiPreferences) {
        self.first_weekday = preferences.first_weekday;
        self.remember_language(&preferences);
        self.exchange.daylio_moods = preferences.daylio_moods;
        self.reminders = preferences.reminders;
        self.idle_lock_minutes = preferences.idle_lock_minutes;
        self.seen_saves = preferences.encrypted_journals;
        // The journal opened before the preferences were read is checked against them now.
        if let Some(session) = self.session().cloned() {
            self.check_opened_journal(&session);
        }
        for path in preferences.recent_journals.into_iter().rev() {
            self.note_recent(&path);
        }
    }

    /// Puts `path` first in File → Open recent.
    fn note_recent(&mut self, path: &Path) {
        self.recent_journals.retain(|known| !same_file(known, path));
        self.recent_journals.insert(0, path.to_owned());
        self.recent_journals.truncate(RECENT_JOURNALS);
    }

    /// Sets the colour theme preference.
    pub fn set_theme(&mut self, theme: ThemePreference) {
        self.theme = theme;
    }

    fn set_session(&mut self, session: JournalSession) {
        self.set_shared_session(SharedSession::new(session));
    }

    /// Shows `session`; dialogs and toasts of the journal shown before are closed, so that none
    /// of them can act on this one.
    fn set_shared_session(&mut self, shared: SharedSession) {
        self.close_journal_windows();
        let session = shared.lock();
        self.title = session_title(&session);
        let recent = (session.mode() != &SessionMode::Demo)
            .then(|| session.path().map(Path::to_owned))
            .flatten();
        drop(session);
        if let Some(path) = recent {
            self.note_recent(&path);
        }
        self.active.set(Some(shared.clone()));
        self.check_opened_journal(&shared);
        self.body = Body::Journal {
            session: shared,
            screens: Box::default(),
        };
    }

    fn set_broken(&mut self, error: &StorageError) {
        self.close_journal_windows();
        self.active.set(None);
        self.title = crate::t!("window-title-broken", name = file_name(error.path()));
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
            Err(StorageError::Encrypted { .. }) => self.show_unlock(path, None),
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

    /// A toast for a change that made `step` of the history, with an Undo for that step (when
    /// the change made one).
    fn toast_undoable(&mut self, text: String, step: Option<crate::history::StepId>) {
        match step {
            Some(step) => {
                self.toast_with_action(text, crate::t!("common-undo"), AppCommand::UndoStep(step));
            }
            None => self.toast(text, false),
        }
    }

    fn toast_with_action(&mut self, text: impl Into<String>, label: String, command: AppCommand) {
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

    fn screens_mut(&mut self) -> Option<(&SharedSession, &mut Screens)> {
        match &mut self.body {
            Body::Journal { session, screens } => Some((session, screens)),
            Body::Broken(_) | Body::Welcome(_) | Body::Locked(_) => None,
        }
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
                Screen::Today | Screen::Experiments | Screen::Progress | Screen::Journal => None,
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

    /// Shows the Journal screen searching for `words`.
    pub fn search_journal(&mut self, words: &str) {
        if let Some((_, screens)) = self.screens_mut() {
            screens.journal.search_for(words);
            screens.current = Screen::Journal;
        }
    }

    /// Opens the calendar of Today's date heading (for screenshots of it).
    pub fn open_today_calendar(&mut self) {
        if let Some((_, screens)) = self.screens_mut() {
            screens.today.open_calendar();
            screens.current = Screen::Today;
        }
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
            Body::Broken(_) | Body::Welcome(_) | Body::Locked(_) => None,
        }
    }

    /// The days the Progress chart shows, as day numbers (for tests of zoom and pan).
    pub fn progress_visible_days(&self) -> Option<(f64, f64)> {
        match &self.body {
            Body::Journal { screens, .. } => screens.progress.visible_days(),
            Body::Broken(_) | Body::Welcome(_) | Body::Locked(_) => None,
        }
    }

    /// The screen shown (for tests).
    pub fn current_screen(&self) -> Option<Screen> {
        match &self.body {
            Body::Journal { screens, .. } => Some(screens.current),
            Body::Broken(_) | Body::Welcome(_) | Body::Locked(_) => None,
        }
    }
}

/// Whether two paths name the same file, through links and relative parts (a journal that is
/// not written yet is compared through its folder).
fn same_file(a: &Path, b: &Path) -> bool {
    resolved(a) == resolved(b)
}

/// The path as the file system resolves it, through links and relative parts (a journal that
/// is not written yet is resolved through its folder).
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

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

/// The window's title for the journal `session` shows, in the reader's language.
fn session_title(session: &JournalSession) -> String {
    match (session.mode(), session.path()) {
        (SessionMode::Demo, _) => crate::t!("window-title-demo"),
        (SessionMode::ReadOnly { .. }, Some(path)) => {
            crate::t!("window-title-read-only", name = file_name(path))
        }
        (_, Some(path)) => crate::t!("window-title", name = file_name(path)),
        (_, None) => crate::t!("window-title-unnamed"),
    }
}
