//! An open journal and what it takes to keep it on disk: the writer's store, a revision counter
//! that goes up with every change, and the rule that changes reach the disk within a second.
//! Shared by the window and by the signal handler that flushes on logout or shutdown.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use chrono::NaiveDate;

use crate::history::{Change, History, Step, StepId};
use crate::model::{Journal, Patch, Scope};
use crate::storage::{JournalKey, JournalStore, StorageError};

/// How long after the first unsaved change the journal is written at the latest.
pub const AUTOSAVE_DELAY: Duration = Duration::from_millis(500);

/// Whether and why changes reach the disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionMode {
    /// The journal file is ours to write.
    Writable,
    /// A generated demo journal that lives in memory only.
    Demo,
    /// Another process holds the journal's lock (or its folder cannot be written): looking only.
    ReadOnly {
        /// Why, in words for the user.
        reason: String,
    },
}

/// Where the journal stands with respect to the disk, for the saved/unsaved indicator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Everything is on disk.
    Saved,
    /// Changes are waiting for the autosave.
    Pending,
    /// The last attempt failed; the changes are still in memory and will be retried.
    Failed(String),
    /// Changes are not written in this mode (demo, read-only).
    NotPersisted,
}

/// The journal being worked on, with its storage.
#[derive(Debug)]
pub struct JournalSession {
    journal: Journal,
    revision: u64,
    saved_revision: u64,
    first_unsaved_at: Option<Instant>,
    store: Option<JournalStore>,
    path: Option<PathBuf>,
    mode: SessionMode,
    last_error: Option<String>,
    backup_warning: Option<String>,
    history: History,
    /// The key of an encrypted journal open read-only (a writable one's is in its store).
    read_only_key: Option<JournalKey>,
    /// Tells this session from every other of the process (dialogs and toasts prepared for one
    /// journal check it before acting).
    id: SessionId,
}

/// The identity of one session in this process: never reused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SessionId(u64);

impl SessionId {
    fn next() -> Self {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        Self(NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
    }
}

/// What a change may touch: known entities (copied before and after to record the step), or
/// anything (the whole journal is compared before and after: imports, merges, restores).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    /// Only these entities.
    Only(Scope),
    /// Any part of the journal.
    Anything,
}

/// Why a change was not made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChangeError<E> {
    /// The session is read-only; nothing is changed.
    #[error("this journal is open read-only: {0}")]
    ReadOnly(String),
    /// The change breaks a rule of the journal; nothing is changed.
    #[error("{0}")]
    Rule(E),
}

impl JournalSession {
    /// A session on a journal file we hold the lock of.
    pub fn writable(store: JournalStore, journal: Journal) -> Self {
        let path = Some(store.path().to_owned());
        Self::new(journal, Some(store), path, SessionMode::Writable)
    }

    /// A session on an in-memory demo journal.
    pub fn demo(journal: Journal) -> Self {
        Self::new(journal, None, None, SessionMode::Demo)
    }

    /// A session that shows a journal without ever writing it.
    pub fn read_only(journal: Journal, path: &Path, reason: String) -> Self {
        Self::new(
            journal,
            None,
            Some(path.to_owned()),
            SessionMode::ReadOnly { reason },
        )
    }

    /// A session that shows an encrypted journal without writing it, keeping its key: it can
    /// be locked, and a copy of it is encrypted.
    pub fn read_only_encrypted(
        journal: Journal,
        path: &Path,
        reason: String,
        key: JournalKey,
    ) -> Self {
        let mut session = Self::read_only(journal, path, reason);
        session.read_only_key = Some(key);
        session
    }

    /// This session's identity.
    pub fn id(&self) -> SessionId {
        self.id
    }

    fn new(
        journal: Journal,
        store: Option<JournalStore>,
        path: Option<PathBuf>,
        mode: SessionMode,
    ) -> Self {
        Self {
            journal,
            revision: 0,
            saved_revision: 0,
            first_unsaved_at: None,
            store,
            path,
            mode,
            last_error: None,
            backup_warning: None,
            history: History::default(),
            read_only_key: None,
            id: SessionId::next(),
        }
    }

    /// The journal as it is now, saved or not.
    pub fn journal(&self) -> &Journal {
        &self.journal
    }

    /// Goes up by one with every change; caches compare it to know when to recompute.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The journal file, if this session has one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether changes are written, and why not.
    pub fn mode(&self) -> &SessionMode {
        &self.mode
    }

    /// True when edits are allowed (everything but read-only).
    pub fn is_editable(&self) -> bool {
        !matches!(self.mode, SessionMode::ReadOnly { .. })
    }

    /// The one way the journal changes: `apply` changes it within `reach`, and the change is
    /// recorded as a step of the history (merged with the previous one when `change` says so).
    /// A failed change leaves the journal as it was; a change that changes nothing records
    /// nothing. Read-only sessions refuse every change.
    pub fn change<T, E>(
        &mut self,
        change: Change,
        reach: &Reach,
        now: Instant,
        apply: impl FnOnce(&mut Journal) -> Result<T, E>,
    ) -> Result<T, ChangeError<E>> {
        if let SessionMode::ReadOnly { reason } = &self.mode {
            return Err(ChangeError::ReadOnly(reason.clone()));
        }
        let (before, value) = match reach {
            Reach::Only(scope) => {
                let before = Patch::capture(&self.journal, scope);
                match apply(&mut self.journal) {
                    Ok(value) => (before, value),
                    Err(error) => {
                        before.apply_to(&mut self.journal);
                        return Err(ChangeError::Rule(error));
                    }
                }
            }
            Reach::Anything => {
                let whole = self.journal.clone();
                match apply(&mut self.journal) {
                    Ok(value) => {
                        let (before, after) = Patch::between(&whole, &self.journal);
                        self.record(change, before, after, now);
                        return Ok(value);
                    }
                    Err(error) => {
                        self.journal = whole;
                        return Err(ChangeError::Rule(error));
                    }
                }
            }
        };
        let after = Patch::capture(&self.journal, &before.scope());
        if after != before {
            self.record(change, before, after, now);
        }
        Ok(value)
    }

    fn record(&mut self, change: Change, before: Patch, after: Patch, now: Instant) {
        if before == after {
            return;
        }
        self.history.record(change, before, after, now);
        self.touched(now);
    }

    fn touched(&mut self, now: Instant) {
        self.revision += 1;
        self.first_unsaved_at.get_or_insert(now);
    }

    /// Takes back the newest step of the history; returns its label.
    pub fn undo(&mut self, now: Instant) -> Option<String> {
        if !self.is_editable() {
            return None;
        }
        let label = self.history.undo(&mut self.journal)?;
        self.touched(now);
        Some(label)
    }

    /// Does again the newest undone step; returns its label.
    pub fn redo(&mut self, now: Instant) -> Option<String> {
        if !self.is_editable() {
            return None;
        }
        let label = self.history.redo(&mut self.journal)?;
        self.touched(now);
        Some(label)
    }

    /// Undoes steps, newest first, until `step` is undone; returns the labels of the steps
    /// that were made after it (and so were undone first), oldest first.
    pub fn undo_through(&mut self, step: StepId, now: Instant) -> Option<Vec<String>> {
        if !self.is_editable() || !self.history.can_undo_through(step) {
            return None;
        }
        let mut later = Vec::new();
        while let Some(next) = self.history.next_undo().map(Step::id) {
            let label = self.undo(now)?;
            if next == step {
                later.reverse();
                return Some(later);
            }
            later.push(label);
        }
        None
    }

    /// The edit history of this session.
    pub fn history(&self) -> &History {
        &self.history
    }

    /// The id of the newest step, to offer undoing it later (a toast's Undo).
    pub fn last_step(&self) -> Option<StepId> {
        self.history.next_undo().map(Step::id)
    }

    /// Where the journal stands with respect to the disk.
    pub fn save_state(&self) -> SaveState {
        if self.store.is_none() {
            return SaveState::NotPersisted;
        }
        match (&self.last_error, self.saved_revision == self.revision) {
            (_, true) => SaveState::Saved,
            (Some(error), false) => SaveState::Failed(error.clone()),
            (None, false) => SaveState::Pending,
        }
    }

    /// How long until the autosave is due (zero when it is due now), or `None` when nothing is
    /// waiting to be written.
    pub fn autosave_due_in(&self, now: Instant) -> Option<Duration> {
        if self.store.is_none() || self.saved_revision == self.revision {
            return None;
        }
        let since = self
            .first_unsaved_at
            .map_or(Duration::ZERO, |first| now.duration_since(first));
        Some(AUTOSAVE_DELAY.saturating_sub(since))
    }

    /// Backs the journal file up before an import or a restore (nothing to do for in-memory
    /// journals).
    pub fn back_up_before(
        &self,
        what: &str,
        today: NaiveDate,
        time: &str,
    ) -> Result<Option<PathBuf>, StorageError> {
        match &self.store {
            Some(store) => store.back_up_before(what, today, time),
            None => Ok(None),
        }
    }

    /// Writes the journal now if anything is unsaved. On failure the changes stay in memory,
    /// the error is remembered for the indicator, and the next attempt comes after the delay.
    pub fn save(&mut self, today: NaiveDate, now: Instant) -> Result<(), StorageError> {
        let Some(store) = self.store.as_mut() else {
            return Ok(());
        };
        if self.saved_revision == self.revision {
            return Ok(());
        }
        match store.save(&self.journal, today) {
            Ok(saved) => {
                if let Some(error) = saved.backup_failed {
                    self.backup_warning = Some(error.to_string());
                }
                self.saved_revision = self.revision;
                self.first_unsaved_at = None;
                self.last_error = None;
                Ok(())
            }
            Err(error) => {
                self.last_error = Some(error.to_string());
                self.first_unsaved_at = Some(now);
                Err(error)
            }
        }
    }
}

impl JournalSession {
    /// The journal's key when it is encrypted on disk (to open its backups, and to encrypt a
    /// copy saved elsewhere).
    pub fn key(&self) -> Option<&JournalKey> {
        self.store
            .as_ref()
            .and_then(JournalStore::key)
            .or(self.read_only_key.as_ref())
    }

    /// True when the journal is encrypted on disk.
    pub fn is_encrypted(&self) -> bool {
        self.key().is_some()
    }

    /// Changes how the journal is kept on disk (encrypt, a new passphrase, decrypt) through its
    /// store. The journal is written as it is in memory, so what was pending is saved too.
    /// `None` when this session writes nothing (demo, read-only).
    pub fn protect<T>(
        &mut self,
        apply: impl FnOnce(&mut JournalStore, &Journal) -> Result<T, StorageError>,
    ) -> Option<Result<T, StorageError>> {
        let store = self.store.as_mut()?;
        let result = apply(store, &self.journal);
        if result.is_ok() {
            self.saved_revision = self.revision;
            self.first_unsaved_at = None;
            self.last_error = None;
        }
        Some(result)
    }

    /// The reason the last save could not make its daily backup (the journal itself was
    /// saved), once: the app shows it and it is cleared.
    pub fn take_backup_warning(&mut self) -> Option<String> {
        self.backup_warning.take()
    }
}

/// A session shared between the window and the signal handler.
#[derive(Debug, Clone)]
pub struct SharedSession(Arc<Mutex<JournalSession>>);

impl SharedSession {
    /// Wraps a session for sharing.
    pub fn new(session: JournalSession) -> Self {
        Self(Arc::new(Mutex::new(session)))
    }

    /// Locks the session. A panic elsewhere while it was locked does not make the journal
    /// unusable: the data is still consistent at the level of single edits.
    pub fn lock(&self) -> MutexGuard<'_, JournalSession> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}
