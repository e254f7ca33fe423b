//! An open journal and what it takes to keep it on disk: the writer's store, a revision counter
//! that goes up with every change, and the rule that changes reach the disk within a second.
//! Shared by the window and by the signal handler that flushes on logout or shutdown. The
//! autosave writes on a thread of its own ([`saving`]).

mod saving;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use chrono::NaiveDate;

use crate::history::{Change, History, Step, StepId};
use crate::model::{Journal, Patch, Scope};
use crate::storage::{JournalKey, JournalStore, Removals, StorageError};
use crate::sync::Changes;
use saving::StoreSlot;

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
    store: StoreSlot,
    /// The outcome of the last save that landed, until the window asks for it.
    landed: Option<Result<(), StorageError>>,
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
    /// What the last merge of a version written elsewhere brought, until the window shows it.
    merge_news: Option<MergeNews>,
    /// A merge that would delete many entries, waiting for the user's answer: no autosave
    /// until then (the changes stay in memory).
    merge_question: Option<MergeQuestion>,
    /// The version on disk is sealed with a passphrase changed elsewhere: no autosave until
    /// it is given (the changes stay in memory).
    outside_needs_passphrase: bool,
}

/// What a merge of the version on disk brought into the journal, for a toast with Undo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergeNews {
    /// What changed.
    pub changes: Changes,
    /// Texts where both versions were kept.
    pub kept_both: usize,
    /// The history step that undoes the merge.
    pub step: Option<StepId>,
}

/// A merge held back because it would delete many entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MergeQuestion {
    /// Entries it would delete.
    pub removed: usize,
    /// Entries the journal holds.
    pub total: usize,
}

/// The label of the history step a merge makes (the Edit menu shows "Undo merge changes from
/// disk"), in the reader's language.
pub fn merge_step_label() -> String {
    crate::t!("step-merge-from-disk")
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeError<E> {
    /// The session is read-only; nothing is changed.
    ReadOnly(String),
    /// The change breaks a rule of the journal; nothing is changed.
    Rule(E),
}

impl<E: std::fmt::Display> std::fmt::Display for ChangeError<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            // Shown in the window: in the reader's language.
            ChangeError::ReadOnly(reason) => {
                f.write_str(&crate::t!("step-read-only-error", reason = reason.as_str()))
            }
            ChangeError::Rule(error) => error.fmt(f),
        }
    }
}

impl<E: std::fmt::Debug + std::fmt::Display> std::error::Error for ChangeError<E> {}

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
            store: store.map_or(StoreSlot::None, |store| StoreSlot::Here(Box::new(store))),
            landed: None,
            path,
            mode,
            last_error: None,
            backup_warning: None,
            history: History::default(),
            read_only_key: None,
            id: SessionId::next(),
            merge_news: None,
            merge_question: None,
            outside_needs_passphrase: false,
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
        if !self.store.keeps_a_file() {
            return match (&self.mode, &self.last_error) {
                (SessionMode::Writable, Some(error)) => SaveState::Failed(error.clone()),
                _ => SaveState::NotPersisted,
            };
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
        if !self.store.keeps_a_file()
            || self.is_saving()
            || self.saved_revision == self.revision
            || self.merge_question.is_some()
            || self.outside_needs_passphrase
        {
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
        &mut self,
        what: &str,
        today: NaiveDate,
        time: &str,
    ) -> Result<Option<PathBuf>, StorageError> {
        match self.store_here() {
            Some((store, _)) => store.back_up_before(what, today, time),
            None => Ok(None),
        }
    }

    /// The store, once any save in flight has landed, with the journal it keeps (borrowed
    /// apart, for the store's operations that read it); `None` when no file is written.
    fn store_here(&mut self) -> Option<(&mut JournalStore, &Journal)> {
        self.land_save(Instant::now());
        match &mut self.store {
            StoreSlot::Here(store) => Some((store, &self.journal)),
            StoreSlot::None | StoreSlot::Away(_) => None,
        }
    }

    /// Writes the journal now if anything is unsaved, after the save in flight (if any) has
    /// landed: quitting, switching journals, a signal, Save. On failure the changes stay in
    /// memory, the error is remembered for the indicator, and the next attempt comes after the
    /// delay.
    pub fn save(&mut self, today: NaiveDate, now: Instant) -> Result<(), StorageError> {
        self.land_save(now);
        if self.saved_revision == self.revision {
            return Ok(());
        }
        let Some((store, journal)) = self.store_here() else {
            // A writable journal whose store was lost (the writer thread died): nothing can be
            // written, and quitting, locking or switching must not go ahead as if it had been.
            if self.mode == SessionMode::Writable {
                let error = StorageError::io(
                    self.path.as_deref().unwrap_or_else(|| Path::new("journal")),
                    "save the journal",
                    std::io::Error::other(
                        "the writer stopped; use File ▸ Save a copy, then restart Kintsugi",
                    ),
                );
                self.last_error = Some(error.to_string());
                return Err(error);
            }
            return Ok(());
        };
        let result = store.save(journal, today);
        self.take_save_result(result, self.revision, None, now);
        self.landed.take().unwrap_or(Ok(()))
    }

    /// Reads the journal file if someone else changed it (another computer, through a synced
    /// folder) and merges it into the journal as one step of the history,
    /// [`merge_step_label`].
    /// `Ok(false)` when the file had not changed. A merge that would delete many entries is
    /// held as a question ([`JournalSession::merge_question`]) unless `removals` answers it.
    pub fn merge_outside(
        &mut self,
        removals: Removals,
        today: NaiveDate,
        now: Instant,
    ) -> Result<bool, StorageError> {
        if !self.is_editable() {
            return Ok(false);
        }
        let Some((store, journal)) = self.store_here() else {
            return Ok(false);
        };
        let merged = match store.merge_outside(journal, removals, today) {
            Ok(Some(merged)) => merged,
            Ok(None) => return Ok(false),
            Err(error) => {
                self.ask_when_merge_removes_too_much(&error);
                return Err(error);
            }
        };
        let in_step_with_disk = store.holds_on_disk(&merged.journal);
        self.merge_question = None;
        self.outside_needs_passphrase = false;
        let was_saved = self.saved_revision == self.revision;
        self.take_in_merge(merged, now);
        if was_saved && in_step_with_disk {
            // Nothing of ours was waiting: memory is the version on disk again.
            self.saved_revision = self.revision;
            self.first_unsaved_at = None;
        }
        Ok(true)
    }

    /// What merging the copy at `path` (a sync client's conflict copy) would do, without
    /// doing it.
    pub fn preview_copy(
        &mut self,
        path: &Path,
        passphrase: Option<&age::secrecy::SecretString>,
    ) -> Result<crate::sync::Merged, StorageError> {
        match self.store_here() {
            Some((store, journal)) => store.merge_copy(journal, path, passphrase),
            None => Err(StorageError::NotFound {
                path: path.to_owned(),
            }),
        }
    }

    /// Merges the copy at `path` into the journal as one step ("merge a conflict copy"), saves,
    /// and then moves the copy into the backups folder. Returns where it went. When the save
    /// fails the copy stays where it is (the merge stays in memory, saved later).
    pub fn merge_copy(
        &mut self,
        path: &Path,
        passphrase: Option<&age::secrecy::SecretString>,
        today: NaiveDate,
        now: Instant,
    ) -> Result<PathBuf, StorageError> {
        if !self.is_editable() {
            return Err(StorageError::NotFound {
                path: path.to_owned(),
            });
        }
        let merged = self.preview_copy(path, passphrase)?;
        self.take_in_merge_as(merged, now, crate::t!("step-merge-conflict-copy"));
        self.save(today, now)?;
        match self.store_here() {
            Some((store, _)) => store.file_away_copy(path),
            None => Err(StorageError::NotFound {
                path: path.to_owned(),
            }),
        }
    }

    /// Puts a merged journal in place as one step, and keeps what it brought for the window.
    fn take_in_merge(&mut self, merged: crate::sync::Merged, now: Instant) {
        self.take_in_merge_as(merged, now, merge_step_label());
    }

    fn take_in_merge_as(&mut self, merged: crate::sync::Merged, now: Instant, label: String) {
        if merged.journal == self.journal {
            return;
        }
        let (before, after) = Patch::between(&self.journal, &merged.journal);
        self.journal = merged.journal;
        self.record(Change::named(label), before, after, now);
        self.merge_news = Some(MergeNews {
            changes: merged.changes,
            kept_both: merged.kept_both,
            step: self.last_step(),
        });
    }

    fn ask_when_merge_removes_too_much(&mut self, error: &StorageError) {
        self.outside_needs_passphrase =
            matches!(error, StorageError::OutsideNeedsPassphrase { .. });
        if let StorageError::OutsideRemovesTooMuch { removed, total, .. } = error {
            self.merge_question = Some(MergeQuestion {
                removed: *removed,
                total: *total,
            });
        }
    }

    /// Opens the version on disk whose passphrase was changed on another computer with that
    /// new passphrase; the journal is sealed under it from now on, and the next save merges.
    pub fn take_outside_key(
        &mut self,
        passphrase: &age::secrecy::SecretString,
    ) -> Result<(), StorageError> {
        match self.store_here() {
            Some((store, _)) => {
                store.take_outside_key(passphrase)?;
                self.outside_needs_passphrase = false;
                Ok(())
            }
            None => Ok(()),
        }
    }

    /// True when the last save stopped because the version on disk needs its new passphrase.
    pub fn needs_outside_passphrase(&self) -> bool {
        self.outside_needs_passphrase
    }

    /// What the last merge brought, once (the window shows it as a toast).
    pub fn take_merge_news(&mut self) -> Option<MergeNews> {
        self.merge_news.take()
    }

    /// A merge waiting for the user to say whether entries may be deleted.
    pub fn merge_question(&self) -> Option<MergeQuestion> {
        self.merge_question
    }
}

impl JournalSession {
    /// The journal's key when it is encrypted on disk (to open its backups, and to encrypt a
    /// copy saved elsewhere).
    pub fn key(&self) -> Option<&JournalKey> {
        match &self.store {
            StoreSlot::Here(store) => store.key(),
            StoreSlot::Away(flight) => flight.key(),
            StoreSlot::None => None,
        }
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
        let (store, journal) = self.store_here()?;
        let result = apply(store, journal);
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
