//! The unlock screen of an encrypted journal: its file name, a passphrase field with show/hide,
//! and a way to open another journal. The key derivation (about a second, on purpose) runs on
//! a worker thread, so the window stays responsive and says what it is doing.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use age::secrecy::SecretString;

use super::secret_field::{SecretField, SecretText, passphrase_edit};
use super::{AppCommand, file_name, theme};
use crate::model::Journal;
use crate::storage::{self, JournalKey, JournalStore, StorageError, Unlock};

/// The width of the screen's column.
const COLUMN_WIDTH: f32 = 620.0;

/// A journal opened with its passphrase.
#[expect(
    clippy::large_enum_variant,
    reason = "made once per unlock and moved into the session at once"
)]
pub enum Unlocked {
    /// Opened for writing, with its store.
    Writable {
        /// The writer's store.
        store: JournalStore,
        /// The journal.
        journal: Journal,
    },
    /// Opened only to look at (another window holds it), with its key: it can be locked
    /// again, and a copy saved elsewhere is encrypted.
    ReadOnly {
        /// The journal.
        journal: Journal,
        /// Its key.
        key: JournalKey,
    },
    /// The journal held in memory since the lock (its latest changes wait to be written): the
    /// passphrase was checked against its key, and it is shown again as it was.
    Resumed,
}

/// What the unlock screen opens.
enum Target {
    /// The journal file, for writing.
    Writable,
    /// The journal file, to look at (another window holds it), for this reason.
    ReadOnly(String),
    /// The journal held in memory, whose key checks the passphrase (no file is read).
    Held(JournalKey),
}

/// The state of the unlock screen.
pub struct UnlockScreen {
    path: PathBuf,
    passphrase: SecretText,
    show: bool,
    problem: Option<String>,
    target: Target,
    working: Option<Receiver<Result<Unlocked, StorageError>>>,
    focus_field: bool,
    attempts: u32,
    /// Why the journal held in memory could not be written yet (shown under the field).
    pending_save: Option<String>,
}

impl UnlockScreen {
    /// The unlock screen of the journal at `path`; `read_only` opens it without writing.
    pub fn new(path: &Path, read_only: Option<String>) -> Self {
        let target = read_only.map_or(Target::Writable, Target::ReadOnly);
        Self::with_target(path, target)
    }

    /// The unlock screen of a journal held in memory since the lock, because its latest
    /// changes could not be written: the passphrase is checked against `key`.
    pub fn held(path: &Path, key: JournalKey, pending_save: String) -> Self {
        let mut screen = Self::with_target(path, Target::Held(key));
        screen.pending_save = Some(pending_save);
        screen
    }

    fn with_target(path: &Path, target: Target) -> Self {
        Self {
            path: path.to_owned(),
            passphrase: SecretText::new(),
            show: false,
            problem: None,
            target,
            working: None,
            focus_field: true,
            attempts: 0,
            pending_save: None,
        }
    }

    /// Says why the held journal's changes are still not written (or that they now are).
    pub fn set_pending_save(&mut self, pending: Option<String>) {
        self.pending_save = pending;
    }

    /// The typed passphrase (for tests: empty once submitted).
    pub fn typed(&self) -> &str {
        self.passphrase.as_str()
    }

    /// The journal this screen unlocks.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What went wrong with the last attempt, as shown.
    pub fn problem(&self) -> Option<&str> {
        self.problem.as_deref()
    }

    /// Why the journal will open read-only, if it will.
    pub fn read_only(&self) -> Option<&str> {
        match &self.target {
            Target::ReadOnly(reason) => Some(reason),
            Target::Writable | Target::Held(_) => None,
        }
    }

    /// How many unlock attempts have come back (for tests that wait for one).
    pub fn attempts(&self) -> u32 {
        self.attempts
    }

    /// True while the passphrase is being checked.
    pub fn is_working(&self) -> bool {
        self.working.is_some()
    }

    /// The outcome of an unlock, once the worker is done. A wrong passphrase stays on this
    /// screen (the field keeps its text, to fix a typo); anything else is returned.
    pub fn poll(&mut self) -> Option<Result<Unlocked, StorageError>> {
        let outcome = match self.working.as_ref()?.try_recv() {
            Ok(outcome) => outcome,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => Err(StorageError::io(
                &self.path,
                "unlock the journal",
                std::io::Error::other("the unlocking thread stopped"),
            )),
        };
        self.working = None;
        self.attempts += 1;
        match outcome {
            Err(error) if error.needs_passphrase() => {
                self.problem = Some(crate::t!("unlock-wrong-passphrase"));
                self.focus_field = true;
                None
            }
            other => Some(other),
        }
    }

    fn start(&mut self) {
        if self.passphrase.is_empty() {
            self.problem = Some(crate::t!("unlock-passphrase-missing"));
            self.focus_field = true;
            return;
        }
        // The field is wiped as soon as it is submitted: nothing typed stays on the screen.
        let passphrase = SecretString::from(self.passphrase.as_str().to_owned());
        self.passphrase.wipe();
        let path = self.path.clone();
        let target = match &self.target {
            Target::Writable => None,
            Target::ReadOnly(_) => Some(None),
            Target::Held(key) => Some(Some(key.clone())),
        };
        let (sender, receiver) = mpsc::channel();
        std::thread::spawn(move || {
            let unlock = Unlock::Passphrase(&passphrase);
            let outcome = match target {
                None => JournalStore::open_with(&path, unlock)
                    .map(|(store, journal)| Unlocked::Writable { store, journal }),
                Some(None) => storage::load_with(&path, unlock).and_then(|(journal, key)| {
                    key.map(|key| Unlocked::ReadOnly { journal, key })
                        .ok_or_else(|| StorageError::NotEncrypted { path: path.clone() })
                }),
                Some(Some(key)) => key
                    .check_passphrase(&passphrase)
                    .map(|()| Unlocked::Resumed)
                    .map_err(|cause| StorageError::encryption(&path, cause)),
            };
            // The window may have gone; then nobody needs the result.
            let _ = sender.send(outcome);
        });
        self.problem = None;
        self.working = Some(receiver);
    }

    /// Draws the screen: a centred column of a comfortable reading width.
    pub fn ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<AppCommand>) {
        let width = ui.available_width().min(COLUMN_WIDTH);
        let margin = (ui.available_width() - width) / 2.0;
        ui.horizontal(|ui| {
            ui.add_space(margin);
            ui.vertical(|ui| {
                ui.set_width(width);
                self.column_ui(ui, commands);
            });
        });
    }

    fn column_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<AppCommand>) {
        let dark = ui.visuals().dark_mode;
        if self.is_working() {
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(50));
        }
        ui.vertical_centered(|ui| {
            ui.add_space(theme::SECTION_GAP * 2.0);
            ui.heading(crate::t!("unlock-heading", file = file_name(&self.path)));
            ui.add_space(theme::GAP);
            ui.label(
                egui::RichText::new(home_relative(&self.path))
                    .monospace()
                    .weak(),
            );
            ui.add_space(theme::SECTION_GAP);
        });
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let intro = match &self.target {
                Target::ReadOnly(reason) => {
                    crate::t!("unlock-intro-read-only", reason = reason.as_str())
                }
                Target::Writable | Target::Held(_) => crate::t!("unlock-intro"),
            };
            ui.label(intro);
            ui.add_space(theme::GAP);
            let mut submit = false;
            ui.horizontal(|ui| {
                let label = ui.label(crate::t!("unlock-passphrase"));
                let field = ui
                    .add_enabled_ui(!self.is_working(), |ui| {
                        passphrase_edit(
                            ui,
                            SecretField::Unlock,
                            &mut self.passphrase,
                            self.show,
                            300.0,
                        )
                    })
                    .inner
                    .labelled_by(label.id);
                if self.focus_field && !self.is_working() {
                    field.request_focus();
                    self.focus_field = false;
                }
                submit |=
                    field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
                let toggle = if self.show {
                    crate::t!("unlock-hide")
                } else {
                    crate::t!("unlock-show")
                };
                if ui
                    .button(toggle)
                    .on_hover_text(crate::t!("unlock-show-hover"))
                    .clicked()
                {
                    self.show = !self.show;
                }
            });
            ui.add_space(theme::GAP);
            ui.horizontal(|ui| {
                submit |= ui
                    .add_enabled(
                        !self.is_working(),
                        egui::Button::new(crate::t!("unlock-button")),
                    )
                    .clicked();
                if self.is_working() {
                    ui.spinner();
                    ui.label(crate::t!("unlock-working"));
                }
            });
            if let Some(problem) = &self.problem {
                ui.add_space(theme::GAP);
                ui.label(egui::RichText::new(problem).color(theme::error_color(dark)));
            }
            if let Some(pending) = &self.pending_save {
                ui.add_space(theme::GAP);
                ui.label(
                    egui::RichText::new(crate::t!(
                        "unlock-pending-save",
                        pending = pending.as_str()
                    ))
                    .weak(),
                );
            }
            if submit && !self.is_working() {
                self.start();
            }
        });
        ways_out_ui(ui, commands);
    }
}

/// Below the card: another journal, Quit, and the warning that nothing recovers a passphrase.
fn ways_out_ui(ui: &mut egui::Ui, commands: &mut Vec<AppCommand>) {
    ui.add_space(theme::GAP);
    ui.horizontal_wrapped(|ui| {
        if ui.button(crate::t!("unlock-open-another")).clicked() {
            commands.push(AppCommand::PickJournalFile);
        }
        if ui.button(crate::t!("unlock-quit")).clicked() {
            commands.push(AppCommand::Quit);
        }
    });
    ui.add_space(theme::GAP);
    ui.label(egui::RichText::new(crate::t!("unlock-cannot-recover")).weak());
}

/// The path as a user recognises it: under the home folder, starting with `~`.
fn home_relative(path: &Path) -> String {
    let home = directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_owned());
    match home.and_then(|home| path.strip_prefix(home).ok().map(Path::to_owned)) {
        Some(rest) => format!("~/{}", rest.display()),
        None => path.display().to_string(),
    }
}
