//! Encryption in the app: File → Encrypt journal…, Change passphrase…, Remove encryption….
//! The slow key derivation runs on a worker thread; writing the journal and its copies is the
//! store's job (`storage::protection`). Locking is in `locking`.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Duration;

use age::secrecy::SecretString;

use super::secret_field::{SecretField, SecretText, passphrase_edit};
use super::{KintsugiApp, theme};
use crate::session::SessionId;
use crate::storage::encryption::{PassphraseStrength, passphrase_strength};
use crate::storage::{BackupsOnEncrypt, EncryptionError, JournalKey, KeyCost, StorageError};
use crate::words::plural_s;

/// What export dialogs say for an encrypted journal.
pub(super) const PLAIN_EXPORT_NOTICE: &str =
    "Your journal is encrypted; this export is not. Keep the file somewhere private.";

/// What the protection dialog does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProtectionTask {
    /// Encrypt a plain journal.
    Encrypt,
    /// Wrap the key with a new passphrase.
    ChangePassphrase,
    /// Write the journal in plain text again.
    RemoveEncryption,
}

impl ProtectionTask {
    fn title(self) -> &'static str {
        match self {
            ProtectionTask::Encrypt => "Encrypt journal",
            ProtectionTask::ChangePassphrase => "Change passphrase",
            ProtectionTask::RemoveEncryption => "Remove encryption",
        }
    }
}

/// What the worker thread prepared: a key, or the proof that the passphrase is right.
enum Prepared {
    Key(JournalKey),
    Checked,
}

/// The state of the protection dialog.
pub struct ProtectionDialog {
    task: ProtectionTask,
    /// The session the dialog was opened for: what it prepared is applied to that one only.
    session: Option<SessionId>,
    current: SecretText,
    new: SecretText,
    repeat: SecretText,
    show: bool,
    delete_backups: bool,
    problem: Option<String>,
    working: Option<Receiver<Result<Prepared, String>>>,
    /// Put the keyboard in the first field on the next frame.
    focus_first: bool,
}

impl ProtectionDialog {
    fn new(task: ProtectionTask, session: Option<SessionId>) -> Self {
        Self {
            task,
            session,
            current: SecretText::new(),
            new: SecretText::new(),
            repeat: SecretText::new(),
            show: false,
            delete_backups: false,
            problem: None,
            working: None,
            focus_first: true,
        }
    }

    /// Checks the fields; returns what is wrong, in words.
    fn invalid(&self) -> Option<&'static str> {
        if self.task != ProtectionTask::Encrypt && self.current.is_empty() {
            return Some("Type the current passphrase.");
        }
        if self.task == ProtectionTask::RemoveEncryption {
            return None;
        }
        if passphrase_strength(self.new.as_str()) == PassphraseStrength::TooShort {
            return Some(PassphraseStrength::TooShort.hint());
        }
        if self.new.as_str() != self.repeat.as_str() {
            return Some("The two new passphrases differ.");
        }
        None
    }
}

impl KintsugiApp {
    /// Opens the dialog of `task` (from the File menu).
    pub fn open_protection(&mut self, task: ProtectionTask) {
        let session = self.session().map(|session| session.lock().id());
        self.protection = Some(ProtectionDialog::new(task, session));
    }

    /// Sets how much work new passphrase keys take (tests use a small one).
    pub fn set_key_cost(&mut self, cost: KeyCost) {
        self.key_cost = cost;
    }

    /// True while the protection dialog is open (for tests).
    pub fn protection_is_open(&self) -> bool {
        self.protection.is_some()
    }

    /// What the protection dialog says is wrong, if anything (for tests).
    pub fn protection_problem(&self) -> Option<&str> {
        self.protection
            .as_ref()
            .and_then(|dialog| dialog.problem.as_deref())
    }

    /// True while the protection dialog waits for its key derivation (for tests).
    pub fn protection_is_working(&self) -> bool {
        self.protection
            .as_ref()
            .is_some_and(|dialog| dialog.working.is_some())
    }

    /// The protection dialog: its fields, and what the worker thread prepared.
    pub(super) fn protection_ui(&mut self, ctx: &egui::Context) {
        self.finish_protection();
        let Some(dialog) = &mut self.protection else {
            return;
        };
        let dark = ctx.global_style().visuals.dark_mode;
        let mut open = true;
        let mut start = false;
        egui::Window::new(dialog.task.title())
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .default_width(520.0)
            .max_width(560.0)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                let working = dialog.working.is_some();
                let entered = ui
                    .add_enabled_ui(!working, |ui| protection_fields_ui(ui, dialog))
                    .inner;
                if let Some(problem) = &dialog.problem {
                    ui.label(egui::RichText::new(problem).color(theme::error_color(dark)));
                }
                ui.horizontal(|ui| {
                    let verb = match dialog.task {
                        ProtectionTask::Encrypt => "Encrypt",
                        ProtectionTask::ChangePassphrase => "Change passphrase",
                        ProtectionTask::RemoveEncryption => "Remove encryption",
                    };
                    start = ui.add_enabled(!working, egui::Button::new(verb)).clicked()
                        || (entered && !working);
                    if working {
                        ui.spinner();
                        ui.label("Working… (deriving a key from a passphrase is slow on purpose)");
                        ctx.request_repaint_after(Duration::from_millis(50));
                    }
                });
            });
        if !open {
            self.protection = None;
            return;
        }
        if start {
            self.start_protection();
        }
    }

    fn start_protection(&mut self) {
        let cost = self.key_cost;
        let session = self.session().cloned();
        let Some(dialog) = &mut self.protection else {
            return;
        };
        if let Some(problem) = dialog.invalid() {
            dialog.problem = Some(problem.to_owned());
            return;
        }
        let Some(session) = session else { return };
        if dialog.session != Some(session.lock().id()) {
            // Opened for a journal that is no longer the one shown.
            self.protection = None;
            return;
        }
        let (key, path) = {
            let session = session.lock();
            (
                session.key().cloned(),
                session.path().map(std::path::Path::to_owned),
            )
        };
        let task = dialog.task;
        let current = SecretString::from(dialog.current.as_str().to_owned());
        let new = SecretString::from(dialog.new.as_str().to_owned());
        // Submitted: the fields are wiped at once (a wrong current passphrase is typed again).
        dialog.current.wipe();
        dialog.new.wipe();
        dialog.repeat.wipe();
        dialog.focus_first = true;
        let (sender, receiver) = mpsc::channel();
        std::thread::spawn(move || {
            let prepared = prepare(task, key.as_ref(), path, &current, &new, cost);
            let _ = sender.send(prepared);
        });
        dialog.problem = None;
        dialog.working = Some(receiver);
    }

    /// Applies what the worker prepared: writes the journal and its copies.
    fn finish_protection(&mut self) {
        let Some(dialog) = &mut self.protection else {
            return;
        };
        let prepared = match dialog.working.as_ref().map(Receiver::try_recv) {
            None | Some(Err(TryRecvError::Empty)) => return,
            Some(Err(TryRecvError::Disconnected)) => Err("the worker stopped".to_owned()),
            Some(Ok(prepared)) => prepared,
        };
        dialog.working = None;
        let task = dialog.task;
        let backups = if dialog.delete_backups {
            BackupsOnEncrypt::Delete
        } else {
            BackupsOnEncrypt::Encrypt
        };
        let prepared = match prepared {
            Ok(prepared) => prepared,
            Err(problem) => {
                dialog.problem = Some(problem);
                return;
            }
        };
        let prepared_for = dialog.session;
        let Some(session) = self.session().cloned() else {
            self.protection = None;
            return;
        };
        if prepared_for != Some(session.lock().id()) {
            // Prepared for another journal than the one shown now: never applied to this one.
            self.protection = None;
            return;
        }
        let done = session
            .lock()
            .protect(|store, journal| match (task, prepared) {
                (ProtectionTask::Encrypt, Prepared::Key(key)) => {
                    store.encrypt(journal, key, backups)
                }
                (ProtectionTask::ChangePassphrase, Prepared::Key(key)) => {
                    store.change_passphrase(journal, key)
                }
                (_, _) => store.remove_encryption(journal),
            });
        let report = match done {
            Some(Ok(report)) => report,
            Some(Err(error)) => {
                if let Some(dialog) = &mut self.protection {
                    dialog.problem = Some(format!("Nothing was changed: {error}"));
                }
                return;
            }
            None => return,
        };
        self.protection = None;
        self.note_saves();
        let copies = match (task, report.rewritten, report.deleted) {
            (_, 0, 0) => String::new(),
            (ProtectionTask::Encrypt, _, deleted) if deleted > 0 => {
                format!(" {deleted} plain backup{} deleted.", plural_s(deleted))
            }
            (ProtectionTask::Encrypt, n, _) => format!(" {n} backup{} encrypted too.", plural_s(n)),
            (ProtectionTask::ChangePassphrase, n, _) => {
                format!(" {n} backup{} changed too.", plural_s(n))
            }
            (ProtectionTask::RemoveEncryption, n, _) => {
                format!(" {n} backup{} decrypted too.", plural_s(n))
            }
        };
        let done = match task {
            ProtectionTask::Encrypt => {
                "Encrypted. Keep the passphrase safe: it cannot be recovered."
            }
            ProtectionTask::ChangePassphrase => "Passphrase changed.",
            ProtectionTask::RemoveEncryption => {
                "Encryption removed: the journal is plain text again."
            }
        };
        self.toast(format!("{done}{copies}"), false);
        let later = if task == ProtectionTask::RemoveEncryption {
            "still encrypted: open it with the old passphrase through the restore dialog"
        } else {
            "tried again when the journal is next opened"
        };
        for failure in report.failures {
            self.toast(format!("{failure} ({later})"), true);
        }
    }

    /// The words export dialogs show for an encrypted journal.
    pub(super) fn plain_export_notice(&self) -> Option<&'static str> {
        self.journal_is_encrypted().then_some(PLAIN_EXPORT_NOTICE)
    }
}

/// The worker's job: the slow key derivation of the task.
fn prepare(
    task: ProtectionTask,
    key: Option<&JournalKey>,
    path: Option<PathBuf>,
    current: &SecretString,
    new: &SecretString,
    cost: KeyCost,
) -> Result<Prepared, String> {
    if task == ProtectionTask::Encrypt {
        return JournalKey::create(new, cost)
            .map(Prepared::Key)
            .map_err(|error| error.to_string());
    }
    let (Some(key), Some(path)) = (key, path) else {
        return Err("this journal is not encrypted".to_owned());
    };
    crate::storage::check_passphrase(&path, Some(key), current).map_err(|error| match error {
        StorageError::Encryption {
            cause: EncryptionError::WrongPassphrase,
            ..
        } => "The current passphrase is wrong; nothing was changed.".to_owned(),
        StorageError::Encryption {
            cause: EncryptionError::OtherKey,
            ..
        } => "The journal on disk has another key than the one open here.".to_owned(),
        other => other.to_string(),
    })?;
    match task {
        ProtectionTask::ChangePassphrase => key
            .successor(new, cost)
            .map(Prepared::Key)
            .map_err(|error| error.to_string()),
        _ => Ok(Prepared::Checked),
    }
}

/// The dialog's fields; returns true when Enter was pressed in the last one (to submit).
fn protection_fields_ui(ui: &mut egui::Ui, dialog: &mut ProtectionDialog) -> bool {
    match dialog.task {
        ProtectionTask::Encrypt => {
            ui.label(
                "Kintsugi will encrypt the journal, its backups and every save from now on. You will need the passphrase each time you open it.",
            );
        }
        ProtectionTask::ChangePassphrase => {
            ui.label("The journal and its backups will open with the new passphrase only.");
        }
        ProtectionTask::RemoveEncryption => {
            ui.label(
                "The journal and its backups will be written in plain text again, readable by anyone with access to your files.",
            );
        }
    }
    ui.add_space(theme::GAP);
    let show = dialog.show;
    let mut focus_first = std::mem::take(&mut dialog.focus_first);
    let mut submitted = false;
    egui::Grid::new("protection_fields")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            let mut field = |ui: &mut egui::Ui, label: &str, text: &mut SecretText, which| {
                let label = ui.label(label);
                let response = passphrase_edit(ui, which, text, show, 280.0).labelled_by(label.id);
                if std::mem::take(&mut focus_first) {
                    response.request_focus();
                }
                ui.end_row();
                response
            };
            let mut last = None;
            if dialog.task != ProtectionTask::Encrypt {
                last = Some(field(
                    ui,
                    "Current passphrase",
                    &mut dialog.current,
                    SecretField::Current,
                ));
            }
            if dialog.task != ProtectionTask::RemoveEncryption {
                field(ui, "New passphrase", &mut dialog.new, SecretField::New);
                ui.label("");
                let hint = if dialog.new.is_empty() {
                    "At least 8 characters; several unrelated words work well."
                } else {
                    passphrase_strength(dialog.new.as_str()).hint()
                };
                ui.scope(|ui| {
                    ui.set_max_width(300.0);
                    ui.add(egui::Label::new(egui::RichText::new(hint).weak()).wrap());
                });
                ui.end_row();
                last = Some(field(
                    ui,
                    "Repeat new passphrase",
                    &mut dialog.repeat,
                    SecretField::Repeat,
                ));
            }
            submitted = last.is_some_and(|last| {
                last.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter))
            });
        });
    ui.checkbox(&mut dialog.show, "Show passphrases");
    if dialog.task == ProtectionTask::Encrypt {
        ui.add_space(theme::GAP);
        ui.label("The journal's existing backups (plain copies):");
        ui.radio_value(&mut dialog.delete_backups, false, "Encrypt them too");
        ui.radio_value(&mut dialog.delete_backups, true, "Delete them");
        ui.add_space(theme::GAP);
        ui.label(
            egui::RichText::new(
                "The passphrase cannot be recovered. Write it down and keep it somewhere safe: without it, nobody can read this journal — not even you.",
            )
            .strong(),
        );
    }
    ui.add_space(theme::GAP);
    submitted
}
