//! Encryption in the app: File → Encrypt journal…, Change passphrase…, Remove encryption….
//! The slow key derivation runs on a worker thread; writing the journal and its copies is the
//! store's job (`storage::protection`). Locking is in `locking`.

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Duration;

use age::secrecy::SecretString;

use super::secret_field::{SecretField, SecretText, passphrase_edit};
use super::{KintsugiApp, theme};
use crate::i18n::Language;
use crate::session::SessionId;
use crate::storage::encryption::{PassphraseStrength, passphrase_strength};
use crate::storage::{BackupsOnEncrypt, EncryptionError, JournalKey, KeyCost, StorageError};

/// What export dialogs say for an encrypted journal, in English (the window shows
/// [`plain_export_notice_text`], in the reader's language).
pub(super) const PLAIN_EXPORT_NOTICE: &str =
    "Your journal is encrypted; this export is not. Keep the file somewhere private.";

/// The notice of every language asked for so far: each is written once and kept for the
/// life of the process (at most one per language), so that the dialogs can hold a `&'static str`.
static PLAIN_EXPORT_NOTICES: Mutex<Vec<(Language, &'static str)>> = Mutex::new(Vec::new());

/// What export dialogs say for an encrypted journal, in the reader's language.
pub(super) fn plain_export_notice_text() -> &'static str {
    let language = crate::i18n::language();
    let Ok(mut notices) = PLAIN_EXPORT_NOTICES.lock() else {
        return PLAIN_EXPORT_NOTICE;
    };
    if let Some((_, notice)) = notices.iter().find(|(known, _)| *known == language) {
        return notice;
    }
    let notice: &'static str = crate::t!("protection-plain-export").leak();
    notices.push((language, notice));
    notice
}

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
    fn title(self) -> String {
        match self {
            ProtectionTask::Encrypt => crate::t!("protection-title-encrypt"),
            ProtectionTask::ChangePassphrase => crate::t!("protection-title-change"),
            ProtectionTask::RemoveEncryption => crate::t!("protection-title-remove"),
        }
    }

    /// The button that does the task.
    fn verb(self) -> String {
        match self {
            ProtectionTask::Encrypt => crate::t!("protection-encrypt"),
            ProtectionTask::ChangePassphrase => crate::t!("protection-change"),
            ProtectionTask::RemoveEncryption => crate::t!("protection-remove"),
        }
    }
}

/// The hint under a new passphrase, in the reader's language (`PassphraseStrength::hint` is
/// the command line's English).
fn strength_hint(strength: PassphraseStrength) -> String {
    match strength {
        PassphraseStrength::TooShort => crate::t!("protection-strength-too-short"),
        PassphraseStrength::Weak => crate::t!("protection-strength-weak"),
        PassphraseStrength::Fair => crate::t!("protection-strength-fair"),
        PassphraseStrength::Strong => crate::t!("protection-strength-strong"),
    }
}

/// The worker's words, written on the window's thread (in the window's language) before it
/// starts.
struct WorkerWords {
    not_encrypted: String,
    wrong_passphrase: String,
    other_key: String,
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
    fn invalid(&self) -> Option<String> {
        if self.task != ProtectionTask::Encrypt && self.current.is_empty() {
            return Some(crate::t!("protection-current-missing"));
        }
        if self.task == ProtectionTask::RemoveEncryption {
            return None;
        }
        if passphrase_strength(self.new.as_str()) == PassphraseStrength::TooShort {
            return Some(strength_hint(PassphraseStrength::TooShort));
        }
        if self.new.as_str() != self.repeat.as_str() {
            return Some(crate::t!("protection-new-differ"));
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
            .id(egui::Id::unique("protection_dialog"))
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
                    let verb = dialog.task.verb();
                    start = ui.add_enabled(!working, egui::Button::new(verb)).clicked()
                        || (entered && !working);
                    if working {
                        ui.spinner();
                        ui.label(crate::t!("protection-working"));
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
            dialog.problem = Some(problem);
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
        let words = WorkerWords {
            not_encrypted: crate::t!("protection-not-encrypted"),
            wrong_passphrase: crate::t!("protection-wrong-passphrase"),
            other_key: crate::t!("protection-other-key"),
        };
        let (sender, receiver) = mpsc::channel();
        std::thread::spawn(move || {
            let prepared = prepare(task, key.as_ref(), path, &current, &new, cost, words);
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
            Some(Err(TryRecvError::Disconnected)) => Err(crate::t!("protection-worker-stopped")),
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
                    dialog.problem =
                        Some(crate::t!("protection-failed", error = error.to_string()));
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
                crate::t!("protection-backups-deleted", count = deleted)
            }
            (ProtectionTask::Encrypt, n, _) => crate::t!("protection-backups-encrypted", count = n),
            (ProtectionTask::ChangePassphrase, n, _) => {
                crate::t!("protection-backups-changed", count = n)
            }
            (ProtectionTask::RemoveEncryption, n, _) => {
                crate::t!("protection-backups-decrypted", count = n)
            }
        };
        let done = match task {
            ProtectionTask::Encrypt => crate::t!("protection-done-encrypt"),
            ProtectionTask::ChangePassphrase => crate::t!("protection-done-change"),
            ProtectionTask::RemoveEncryption => crate::t!("protection-done-remove"),
        };
        // Two sentences: what was done, then what happened to the copies.
        let toast = if copies.is_empty() {
            done
        } else {
            format!("{done} {copies}")
        };
        self.toast(toast, false);
        for failure in report.failures {
            let failure = failure.to_string();
            let toast = if task == ProtectionTask::RemoveEncryption {
                crate::t!("protection-copy-still-encrypted", failure = failure)
            } else {
                crate::t!("protection-copy-tried-again", failure = failure)
            };
            self.toast(toast, true);
        }
    }

    /// The words export dialogs show for an encrypted journal.
    pub(super) fn plain_export_notice(&self) -> Option<&'static str> {
        self.journal_is_encrypted().then(plain_export_notice_text)
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
    words: WorkerWords,
) -> Result<Prepared, String> {
    if task == ProtectionTask::Encrypt {
        return JournalKey::create(new, cost)
            .map(Prepared::Key)
            .map_err(|error| error.to_string());
    }
    let (Some(key), Some(path)) = (key, path) else {
        return Err(words.not_encrypted);
    };
    crate::storage::check_passphrase(&path, Some(key), current).map_err(|error| match error {
        StorageError::Encryption {
            cause: EncryptionError::WrongPassphrase,
            ..
        } => words.wrong_passphrase.clone(),
        StorageError::Encryption {
            cause: EncryptionError::OtherKey,
            ..
        } => words.other_key.clone(),
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
            ui.label(crate::t!("protection-explain-encrypt"));
        }
        ProtectionTask::ChangePassphrase => {
            ui.label(crate::t!("protection-explain-change"));
        }
        ProtectionTask::RemoveEncryption => {
            ui.label(crate::t!("protection-explain-remove"));
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
                    &crate::t!("protection-current"),
                    &mut dialog.current,
                    SecretField::Current,
                ));
            }
            if dialog.task != ProtectionTask::RemoveEncryption {
                field(
                    ui,
                    &crate::t!("protection-new"),
                    &mut dialog.new,
                    SecretField::New,
                );
                ui.label("");
                let hint = if dialog.new.is_empty() {
                    crate::t!("protection-new-hint")
                } else {
                    strength_hint(passphrase_strength(dialog.new.as_str()))
                };
                ui.scope(|ui| {
                    ui.set_max_width(300.0);
                    ui.add(egui::Label::new(egui::RichText::new(hint).weak()).wrap());
                });
                ui.end_row();
                last = Some(field(
                    ui,
                    &crate::t!("protection-repeat"),
                    &mut dialog.repeat,
                    SecretField::Repeat,
                ));
            }
            submitted = last.is_some_and(|last| {
                last.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter))
            });
        });
    ui.checkbox(&mut dialog.show, crate::t!("protection-show"));
    if dialog.task == ProtectionTask::Encrypt {
        ui.add_space(theme::GAP);
        ui.label(crate::t!("protection-backups"));
        ui.radio_value(
            &mut dialog.delete_backups,
            false,
            crate::t!("protection-backups-encrypt"),
        );
        ui.radio_value(
            &mut dialog.delete_backups,
            true,
            crate::t!("protection-backups-delete"),
        );
        ui.add_space(theme::GAP);
        ui.label(egui::RichText::new(crate::t!("protection-cannot-recover")).strong());
    }
    ui.add_space(theme::GAP);
    submitted
}
