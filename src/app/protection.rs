//! Encryption in the app: File → Encrypt journal…, Change passphrase…, Remove encryption…,
//! Lock now (Ctrl+L) and the lock after idle minutes. The slow key derivation runs on a worker
//! thread; writing the files is the store's job (`storage::protection`).

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Duration;

use age::secrecy::SecretString;
use zeroize::Zeroize as _;

use super::unlock::{UnlockScreen, Unlocked};
use super::{Body, KintsugiApp, file_name, theme};
use crate::session::JournalSession;
use crate::storage::encryption::{PassphraseStrength, passphrase_strength};
use crate::storage::{BackupsOnEncrypt, JournalKey, KeyCost, StorageError};

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
    current: String,
    new: String,
    repeat: String,
    show: bool,
    delete_backups: bool,
    problem: Option<String>,
    working: Option<Receiver<Result<Prepared, String>>>,
}

impl ProtectionDialog {
    fn new(task: ProtectionTask) -> Self {
        Self {
            task,
            current: String::new(),
            new: String::new(),
            repeat: String::new(),
            show: false,
            delete_backups: false,
            problem: None,
            working: None,
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
        if passphrase_strength(&self.new) == PassphraseStrength::TooShort {
            return Some(PassphraseStrength::TooShort.hint());
        }
        if self.new != self.repeat {
            return Some("The two new passphrases differ.");
        }
        None
    }
}

impl Drop for ProtectionDialog {
    fn drop(&mut self) {
        self.current.zeroize();
        self.new.zeroize();
        self.repeat.zeroize();
    }
}

impl KintsugiApp {
    /// Opens the dialog of `task` (from the File menu).
    pub fn open_protection(&mut self, task: ProtectionTask) {
        self.protection = Some(ProtectionDialog::new(task));
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

    /// The unlock screen's state, when it is shown.
    pub fn unlock_screen(&self) -> Option<&UnlockScreen> {
        match &self.body {
            Body::Locked(screen) => Some(screen),
            _ => None,
        }
    }

    /// Shows the unlock screen of the journal at `path`; whatever was open is closed.
    pub(super) fn show_unlock(&mut self, path: &std::path::Path, read_only: Option<String>) {
        self.active.set(None);
        self.close_journal_windows();
        self.title = format!("{} (locked) — Kintsugi", file_name(path));
        self.body = Body::Locked(UnlockScreen::new(path, read_only));
    }

    /// Closes the windows that hold parts of the journal (dialogs, previews).
    fn close_journal_windows(&mut self) {
        self.protection = None;
        self.report_dialog = None;
        let moods = std::mem::take(&mut self.exchange.daylio_moods);
        self.exchange = super::exchange::ExchangeDialogs::default();
        self.exchange.daylio_moods = moods;
    }

    /// Lock now (Ctrl+L): writes what is pending, then hides the journal behind the unlock
    /// screen and drops it, its history and its key from memory. Does nothing for a plain
    /// journal; keeps the journal open when the pending changes cannot be written.
    pub(super) fn lock_now(&mut self) -> bool {
        let Some(session) = self.session().cloned() else {
            return false;
        };
        let path = {
            let session = session.lock();
            if !session.is_encrypted() {
                return false;
            }
            session.path().map(std::path::Path::to_owned)
        };
        let Some(path) = path else { return false };
        let clock = self.clock.clone();
        if let Some((session, screens)) = self.screens_mut() {
            screens.settle(&mut session.lock(), &clock);
        }
        if let Err(error) = self.flush() {
            self.toast(
                format!("Not locked: your changes could not be saved first ({error})."),
                true,
            );
            return false;
        }
        // Text a field could not take yet (a mistyped date…) is not in the journal: it is kept
        // in memory while locked and given back after unlocking, never dropped.
        let unsettled = self
            .screens_mut()
            .map(|(_, screens)| std::mem::take(&mut screens.unsettled))
            .filter(|unsettled| !unsettled.is_empty());
        drop(session);
        self.show_unlock(&path, None);
        self.kept_while_locked = unsettled.map(|unsettled| (path, unsettled));
        true
    }

    /// Lock now from the menu or Ctrl+L: a plain journal cannot be locked, and the user is told
    /// how to encrypt it.
    pub(super) fn lock_requested(&mut self) {
        let encrypted = self
            .session()
            .is_some_and(|session| session.lock().is_encrypted());
        if encrypted {
            self.lock_now();
        } else if self.session().is_some() {
            self.toast(
                "Only an encrypted journal can be locked. To encrypt it, choose Encrypt journal… in the File menu.",
                false,
            );
        }
    }

    /// Locks an encrypted journal after the idle minutes of the preferences without input.
    pub(super) fn lock_when_idle(&mut self, ctx: &egui::Context) {
        let now = self.clock.instant();
        let active = ctx.input(|input| {
            !input.events.is_empty() || input.pointer.is_moving() || input.pointer.any_down()
        });
        if active {
            self.last_activity = now;
        }
        let Some(minutes) = self.idle_lock_minutes else {
            return;
        };
        let encrypted = self
            .session()
            .is_some_and(|session| session.lock().is_encrypted());
        if !encrypted {
            return;
        }
        let limit = Duration::from_secs(u64::from(minutes) * 60);
        let idle = now.saturating_duration_since(self.last_activity);
        if idle >= limit {
            if self.lock_now() {
                self.toast(
                    format!(
                        "Locked after {minutes} minute{} without activity.",
                        if minutes == 1 { "" } else { "s" }
                    ),
                    false,
                );
            }
        } else {
            ctx.request_repaint_after(limit.saturating_sub(idle));
        }
    }

    /// Takes the unlock screen's outcome, once its worker is done.
    pub(super) fn poll_unlock(&mut self) {
        let Body::Locked(screen) = &mut self.body else {
            return;
        };
        let read_only = screen.read_only().map(str::to_owned);
        let path = screen.path().to_owned();
        let Some(outcome) = screen.poll() else {
            return;
        };
        self.last_activity = self.clock.instant();
        match outcome {
            Ok(Unlocked {
                store: Some(store),
                journal,
            }) => {
                self.set_session(JournalSession::writable(store, journal));
                self.give_back_unsettled(&path);
            }
            Ok(Unlocked {
                store: None,
                journal,
            }) => self.set_session(JournalSession::read_only(
                journal,
                &path,
                read_only.unwrap_or_default(),
            )),
            Err(error) => self.set_broken(&error),
        }
    }

    /// After unlocking the journal that was locked: the fields' text it could not take yet.
    fn give_back_unsettled(&mut self, path: &std::path::Path) {
        let Some((locked, unsettled)) = self.kept_while_locked.take() else {
            return;
        };
        if !super::same_file(&locked, path) {
            self.kept_while_locked = Some((locked, unsettled));
            return;
        }
        let count = unsettled.iter().count();
        if let Some((_, screens)) = self.screens_mut() {
            screens.unsettled = unsettled;
        }
        self.toast(
            format!(
                "{count} field{} still hold{} text the journal could not take; it is kept for you to fix.",
                plural(count),
                if count == 1 { "s" } else { "" }
            ),
            false,
        );
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
            .default_width(480.0)
            .show(ctx, |ui| {
                let working = dialog.working.is_some();
                ui.add_enabled_ui(!working, |ui| protection_fields_ui(ui, dialog));
                if let Some(problem) = &dialog.problem {
                    ui.label(egui::RichText::new(problem).color(theme::error_color(dark)));
                }
                ui.horizontal(|ui| {
                    let verb = match dialog.task {
                        ProtectionTask::Encrypt => "Encrypt",
                        ProtectionTask::ChangePassphrase => "Change passphrase",
                        ProtectionTask::RemoveEncryption => "Remove encryption",
                    };
                    start = ui.add_enabled(!working, egui::Button::new(verb)).clicked();
                    if working {
                        ui.spinner();
                        ui.label("Working… (the passphrase's key takes about a second)");
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
        let (key, path) = {
            let session = session.lock();
            (
                session.key().cloned(),
                session.path().map(std::path::Path::to_owned),
            )
        };
        let task = dialog.task;
        let current = SecretString::from(dialog.current.clone());
        let new = SecretString::from(dialog.new.clone());
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
        let Some(session) = self.session().cloned() else {
            return;
        };
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
        let copies = match (task, report.rewritten, report.deleted) {
            (_, 0, 0) => String::new(),
            (ProtectionTask::Encrypt, _, deleted) if deleted > 0 => {
                format!(" {deleted} plain backup{} deleted.", plural(deleted))
            }
            (ProtectionTask::Encrypt, n, _) => format!(" {n} backup{} encrypted too.", plural(n)),
            (ProtectionTask::ChangePassphrase, n, _) => {
                format!(" {n} backup{} changed too.", plural(n))
            }
            (ProtectionTask::RemoveEncryption, n, _) => {
                format!(" {n} backup{} decrypted too.", plural(n))
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
        for failure in report.failures {
            self.toast(
                format!("{failure} (tried again when the journal is next opened)"),
                true,
            );
        }
    }

    /// The words export dialogs show for an encrypted journal.
    pub(super) fn plain_export_notice(&self) -> Option<&'static str> {
        self.session()
            .is_some_and(|session| session.lock().is_encrypted())
            .then_some(PLAIN_EXPORT_NOTICE)
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
    let bytes = std::fs::read(&path)
        .map_err(|error| StorageError::io(&path, "read the journal", error).to_string())?;
    let unlocked = JournalKey::unlock(&bytes, current).map_err(|error| match error {
        crate::storage::EncryptionError::WrongPassphrase => {
            "The current passphrase is wrong; nothing was changed.".to_owned()
        }
        other => format!("{}: {other}", path.display()),
    })?;
    if unlocked.recipient() != key.recipient() {
        return Err("The journal on disk has another key than the one open here.".to_owned());
    }
    match task {
        ProtectionTask::ChangePassphrase => key
            .with_passphrase(new, cost)
            .map(Prepared::Key)
            .map_err(|error| error.to_string()),
        _ => Ok(Prepared::Checked),
    }
}

fn protection_fields_ui(ui: &mut egui::Ui, dialog: &mut ProtectionDialog) {
    let show = dialog.show;
    let field = |ui: &mut egui::Ui, label: &str, text: &mut String, salt: &str| {
        ui.horizontal(|ui| {
            let label = ui.add_sized([170.0, 20.0], egui::Label::new(label));
            ui.add(
                egui::TextEdit::singleline(text)
                    .id_salt(salt)
                    .password(!show)
                    .desired_width(260.0),
            )
            .labelled_by(label.id);
        });
    };
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
    if dialog.task != ProtectionTask::Encrypt {
        field(
            ui,
            "Current passphrase",
            &mut dialog.current,
            "protect_current",
        );
    }
    if dialog.task != ProtectionTask::RemoveEncryption {
        field(ui, "New passphrase", &mut dialog.new, "protect_new");
        let strength = passphrase_strength(&dialog.new);
        if !dialog.new.is_empty() {
            ui.label(egui::RichText::new(strength.hint()).weak());
        }
        field(
            ui,
            "Repeat new passphrase",
            &mut dialog.repeat,
            "protect_repeat",
        );
    }
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
}

fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}
