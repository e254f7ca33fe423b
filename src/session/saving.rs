//! The autosave on a writer thread: the journal as it stands is handed, with the store, to a
//! thread that merges what another computer wrote, serialises, backs up and writes it, while
//! the window goes on drawing and taking edits. At most one save is in flight; the newest
//! revision always gets its turn after it; anything else that needs the file (a merge from
//! disk, a change of passphrase, quitting, a signal) first waits for the flight to land.

use std::sync::{Arc, mpsc};
use std::thread::JoinHandle;
use std::time::Instant;

use chrono::NaiveDate;

use super::JournalSession;
use crate::model::Journal;
use crate::storage::{JournalKey, JournalStore, Saved, StorageError};
use crate::sync::{self, Tombstones, Version};

/// Where the store is: here, away on the writer thread, or nowhere (demo, read-only).
#[derive(Debug)]
pub(super) enum StoreSlot {
    /// No file is written.
    None,
    /// Ready for the next file operation.
    Here(Box<JournalStore>),
    /// Writing a save.
    Away(Box<Flight>),
}

/// A save in flight.
#[derive(Debug)]
pub(super) struct Flight {
    /// The revision being written.
    revision: u64,
    /// The journal's key while the store is away (the window still asks whether the journal
    /// is encrypted, and seals copies with it).
    key: Option<JournalKey>,
    handle: JoinHandle<Option<Landing>>,
}

/// What the writer thread hands back: the store, the save's result, and the journal it wrote
/// when the save merged a version from disk into it (to merge with edits made meanwhile).
/// Otherwise that copy is freed on the writer thread, not in a frame.
type Landing = (
    Box<JournalStore>,
    Result<Saved, StorageError>,
    Option<Arc<Journal>>,
);

impl Flight {
    pub(super) fn key(&self) -> Option<&JournalKey> {
        self.key.as_ref()
    }
}

impl StoreSlot {
    /// True when the journal is kept in a file.
    pub(super) fn keeps_a_file(&self) -> bool {
        !matches!(self, StoreSlot::None)
    }
}

impl JournalSession {
    /// Starts writing the journal on the writer thread, if there is something to write and
    /// no save is in flight. Returns whether one started. The window calls this when the
    /// autosave is due; the frame only pays for a copy of the journal.
    pub fn start_save(&mut self, today: NaiveDate) -> bool {
        if self.saved_revision == self.revision {
            return false;
        }
        // Only a store at rest goes: a flight is never replaced.
        if !matches!(self.store, StoreSlot::Here(_)) {
            return false;
        }
        let StoreSlot::Here(store) = std::mem::replace(&mut self.store, StoreSlot::None) else {
            return false;
        };
        let snapshot = Arc::new(self.journal.clone());
        let key = store.key().cloned();
        // The store goes to the thread only once it runs: should no thread be had, the save
        // is made here instead.
        let (hand_over, receive) = mpsc::channel::<(Box<JournalStore>, Arc<Journal>)>();
        let spawned = std::thread::Builder::new()
            .name("kintsugi-save".to_owned())
            .spawn(move || {
                let (mut store, journal) = receive.recv().ok()?;
                // A panic in the save must not take the store (and the writer lock) with it:
                // the store is consistent (it changes only after a write succeeded), so it
                // comes back with an error and the session can still save.
                let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    store.save(&journal, today)
                }))
                .unwrap_or_else(|_| {
                    Err(StorageError::io(
                        store.path(),
                        "save the journal",
                        std::io::Error::other("the save stopped on an internal error"),
                    ))
                });
                let merged = matches!(&result, Ok(saved) if saved.merged.is_some());
                Some((store, result, merged.then_some(journal)))
            });
        let Ok(handle) = spawned else {
            self.store = StoreSlot::Here(store);
            let outcome = self.save(today, Instant::now());
            self.landed = Some(outcome);
            return false;
        };
        if let Err(mpsc::SendError((store, _))) = hand_over.send((store, snapshot)) {
            self.store = StoreSlot::Here(store);
            return false;
        }
        // The delay before the next save counts from the next edit, not from before this one.
        self.first_unsaved_at = None;
        self.store = StoreSlot::Away(Box::new(Flight {
            revision: self.revision,
            key,
            handle,
        }));
        true
    }

    /// True while a save is being written.
    pub fn is_saving(&self) -> bool {
        matches!(self.store, StoreSlot::Away(_))
    }

    /// Takes in the save in flight if it has landed, and returns its outcome once (the
    /// window shows "Saved" or the error). `None` while it is still writing, or when no save
    /// has landed since the last call.
    pub fn poll_save(&mut self, now: Instant) -> Option<Result<(), StorageError>> {
        if let StoreSlot::Away(flight) = &self.store
            && flight.handle.is_finished()
        {
            self.land_save(now);
        }
        self.landed.take()
    }

    /// Waits for the save in flight, if any, and takes it in (its outcome is kept for
    /// [`JournalSession::poll_save`]).
    pub(super) fn land_save(&mut self, now: Instant) {
        if !matches!(self.store, StoreSlot::Away(_)) {
            return;
        }
        let StoreSlot::Away(flight) = std::mem::replace(&mut self.store, StoreSlot::None) else {
            return;
        };
        let Flight {
            revision, handle, ..
        } = *flight;
        let Ok(Some((store, result, written))) = handle.join() else {
            // The writer thread died outside the save (cannot happen: the save's panics are
            // caught): the file is as it was (writes are atomic), but this session can no
            // longer write it, and says so on every save (see `save`).
            let path = self.path.clone().unwrap_or_default();
            let error = StorageError::io(
                &path,
                "save the journal",
                std::io::Error::other("the writer thread stopped; restart Kintsugi to save"),
            );
            self.last_error = Some(error.to_string());
            self.landed = Some(Err(error));
            return;
        };
        self.store = StoreSlot::Here(store);
        self.take_save_result(result, revision, written.as_deref(), now);
    }

    /// Takes in the result of a save of revision `revision` (the journal `written`, when it
    /// was a copy: memory may have moved on since), and keeps its outcome for the window.
    pub(super) fn take_save_result(
        &mut self,
        result: Result<Saved, StorageError>,
        revision: u64,
        written: Option<&Journal>,
        now: Instant,
    ) {
        let outcome = match result {
            Ok(saved) => {
                self.took_saved(saved, revision, written, now);
                Ok(())
            }
            Err(error) => {
                self.ask_when_merge_removes_too_much(&error);
                self.last_error = Some(error.to_string());
                self.first_unsaved_at = Some(now);
                Err(error)
            }
        };
        self.landed = Some(outcome);
    }

    /// Takes in a save of revision `revision` (the journal `written`) that succeeded.
    fn took_saved(&mut self, saved: Saved, revision: u64, written: Option<&Journal>, now: Instant) {
        if let Some(error) = saved.backup_failed {
            self.backup_warning = Some(error.to_string());
        }
        self.merge_question = None;
        self.outside_needs_passphrase = false;
        self.last_error = None;
        let edited_meanwhile = written.filter(|_| self.revision != revision);
        if let Some(merged) = saved.merged {
            if let Some(written) = edited_meanwhile {
                self.take_in_merge_over_edits(&merged, written, now);
            } else {
                self.take_in_merge(merged, now);
                // What was written is what memory holds now.
                self.saved_revision = self.revision;
            }
        } else {
            self.saved_revision = revision;
        }
        if self.saved_revision == self.revision {
            self.first_unsaved_at = None;
        } else if self.first_unsaved_at.is_none() {
            self.first_unsaved_at = Some(now);
        }
    }

    /// The save merged a version from another computer into `written`, but the journal was
    /// edited while it was being written: the edits and the merge are merged in turn, with
    /// `written` as their common base (an entry deleted meanwhile stays deleted), and that is
    /// saved on the next turn.
    fn take_in_merge_over_edits(&mut self, merged: &sync::Merged, written: &Journal, now: Instant) {
        // Deletions made meanwhile are ours; an entry brought back meanwhile (Undo, Redo) is
        // no longer deleted on either side, whatever tombstone the merge carried for it.
        let mut ours_deleted: Tombstones = merged.deleted.clone();
        ours_deleted.record_deletions(written, &self.journal, chrono::Utc::now());
        ours_deleted.forget_brought_back(written, &self.journal);
        let mut theirs_deleted = merged.deleted.clone();
        theirs_deleted.forget_brought_back(written, &self.journal);
        let ours = Version {
            journal: &self.journal,
            deleted: &ours_deleted,
        };
        let theirs = Version {
            journal: &merged.journal,
            deleted: &theirs_deleted,
        };
        match sync::merge(Some(written), ours, theirs) {
            Ok(mut both) => {
                both.kept_both += merged.kept_both;
                self.take_in_merge(both, now);
            }
            // Valid sides always merge; were they not to, the edits are kept and the next
            // save reads the file and merges it again instead of writing over it.
            Err(_) => {
                if let StoreSlot::Here(store) = &mut self.store {
                    store.merge_again_on_next_save(written.clone());
                }
            }
        }
    }
}
