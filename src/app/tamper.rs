//! What this window remembers of encrypted journals, to notice two things the file alone
//! cannot show: a **rollback** (the journal is older than the one last opened here: a backup or
//! an old copy put in its place) and a **downgrade** (a journal that was encrypted turns up in
//! plain text). Each encrypted file carries a save counter under its MAC; the highest seen per
//! journal is kept in the window preferences, never in the journal.

use std::collections::BTreeMap;
use std::path::Path;

use super::widgets::{Answer, Question, confirm_ui};
use super::{AppCommand, KintsugiApp, ProtectionTask};
use crate::session::{SessionMode, SharedSession};

/// What is wrong with the journal just opened, compared with what this window remembers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenedWarning {
    /// Its save counter is lower than the highest seen here.
    Rollback {
        /// The highest counter seen here.
        seen: u64,
        /// The file's counter.
        found: u64,
    },
    /// It was encrypted when last seen here, and is plain text now.
    Downgrade,
}

/// The highest save counter seen per encrypted journal, by resolved path.
pub type SeenSaves = BTreeMap<String, u64>;

/// The key of `path` in [`SeenSaves`]: the path as the file system resolves it.
pub(super) fn journal_key(path: &Path) -> String {
    super::resolved(path).display().to_string()
}

impl KintsugiApp {
    /// Compares the journal just shown with what this window remembers, and warns before
    /// anything is edited when it is older (a rollback) or no longer encrypted (a downgrade).
    pub(super) fn check_opened_journal(&mut self, shared: &SharedSession) {
        let session = shared.lock();
        if session.mode() == &SessionMode::Demo {
            return;
        }
        let Some(path) = session.path() else { return };
        let key = journal_key(path);
        let id = session.id();
        let warning = match (session.key(), self.seen_saves.get(&key).copied()) {
            (Some(file_key), Some(seen)) if file_key.save_counter() < seen => {
                Some(OpenedWarning::Rollback {
                    seen,
                    found: file_key.save_counter(),
                })
            }
            (Some(file_key), _) => {
                self.seen_saves.insert(key, file_key.save_counter());
                None
            }
            (None, Some(_)) => Some(OpenedWarning::Downgrade),
            (None, None) => None,
        };
        self.opened_warning = warning.map(|warning| (id, warning));
    }

    /// Remembers the save counter of the journal shown (after each save), unless a warning
    /// about it waits for an answer.
    pub(super) fn note_saves(&mut self) {
        self.seen_saves = self.seen_saves_now();
    }

    /// What is remembered, with the journal shown as it is now (what the preferences keep).
    pub(super) fn seen_saves_now(&self) -> SeenSaves {
        let mut seen_saves = self.seen_saves.clone();
        let Some(session) = self.session() else {
            return seen_saves;
        };
        let session = session.lock();
        if session.mode() == &SessionMode::Demo
            || self
                .opened_warning
                .as_ref()
                .is_some_and(|(id, _)| *id == session.id())
        {
            return seen_saves;
        }
        let Some(path) = session.path() else {
            return seen_saves;
        };
        let key = journal_key(path);
        match session.key() {
            Some(file_key) => {
                let seen = seen_saves.entry(key).or_default();
                *seen = (*seen).max(file_key.save_counter());
            }
            // Encryption removed here, on purpose.
            None => {
                seen_saves.remove(&key);
            }
        }
        seen_saves
    }

    /// Forgets what was seen of the journal at `path` (a backup restored on purpose).
    pub(super) fn forget_saves(&mut self, path: &Path) {
        self.seen_saves.remove(&journal_key(path));
    }

    /// The warning about the journal shown, if any (for tests).
    pub fn opened_warning(&self) -> Option<&OpenedWarning> {
        let shown = self.session().map(|session| session.lock().id())?;
        self.opened_warning
            .as_ref()
            .filter(|(id, _)| *id == shown)
            .map(|(_, warning)| warning)
    }

    /// Asks about a rollback or a downgrade before anything else can be done.
    pub(super) fn opened_warning_ui(&mut self, ctx: &egui::Context) {
        let Some(warning) = self.opened_warning().cloned() else {
            return;
        };
        let answer = match warning {
            OpenedWarning::Rollback { seen, found } => {
                let message = crate::t!("tamper-rollback-message", found = found, seen = seen);
                let heading = crate::t!("tamper-rollback-heading");
                let confirm = crate::t!("tamper-rollback-keep");
                let cancel = crate::t!("tamper-rollback-backups");
                confirm_ui(
                    ctx,
                    "rollback_warning",
                    Question {
                        heading: &heading,
                        message: &message,
                        confirm: &confirm,
                        cancel: &cancel,
                    },
                )
                .map(|answer| (answer, warning))
            }
            OpenedWarning::Downgrade => {
                let heading = crate::t!("tamper-downgrade-heading");
                let message = crate::t!("tamper-downgrade-message");
                let confirm = crate::t!("tamper-downgrade-encrypt");
                let cancel = crate::t!("tamper-downgrade-keep");
                confirm_ui(
                    ctx,
                    "downgrade_warning",
                    Question {
                        heading: &heading,
                        message: &message,
                        confirm: &confirm,
                        cancel: &cancel,
                    },
                )
                .map(|answer| (answer, warning))
            }
        };
        let Some((answer, warning)) = answer else {
            return;
        };
        self.opened_warning = None;
        match (warning, answer) {
            (OpenedWarning::Rollback { .. }, Answer::Confirmed) => {
                // This version is the journal from now on.
                self.reset_seen_to_shown();
            }
            (OpenedWarning::Rollback { .. }, Answer::Cancelled) => {
                self.reset_seen_to_shown();
                self.commands.push(AppCommand::OpenRestore);
            }
            (OpenedWarning::Downgrade, Answer::Confirmed) => {
                self.commands
                    .push(AppCommand::OpenProtection(ProtectionTask::Encrypt));
            }
            (OpenedWarning::Downgrade, Answer::Cancelled) => {
                if let Some(path) = self
                    .session()
                    .and_then(|session| session.lock().path().map(Path::to_owned))
                {
                    self.forget_saves(&path);
                }
            }
        }
    }

    fn reset_seen_to_shown(&mut self) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        let session = session.lock();
        if let (Some(path), Some(key)) = (session.path(), session.key()) {
            self.seen_saves
                .insert(journal_key(path), key.save_counter());
        }
    }
}
