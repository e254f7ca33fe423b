//! Locking an encrypted journal: the unlock screen in place of the journal, Lock now (Ctrl+L),
//! the lock after idle minutes, and taking the unlock's outcome. Locking writes what is pending
//! first, then drops the journal, its history and its key; text a field could not take yet is
//! kept and given back after unlocking.

use std::time::{Duration, Instant};

/// The first pause before a held journal's changes are written again.
const FIRST_RETRY: Duration = Duration::from_secs(5);

/// The longest pause between two attempts.
const LAST_RETRY: Duration = Duration::from_mins(5);

/// A journal locked while its latest changes could not be written: hidden behind the unlock
/// screen, kept in memory until they are.
pub(super) struct HeldJournal {
    session: SharedSession,
    retry_at: Instant,
    pause: Duration,
}

use super::unlock::{UnlockScreen, Unlocked};
use super::{Body, KintsugiApp, file_name};
use crate::session::{JournalSession, SessionMode, SharedSession};

impl KintsugiApp {
    /// True when a journal is open and it is encrypted on disk.
    pub(super) fn journal_is_encrypted(&self) -> bool {
        self.session()
            .is_some_and(|session| session.lock().is_encrypted())
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
        self.title = crate::t!("lock-window-title", file = file_name(path));
        self.body = Body::Locked(UnlockScreen::new(path, read_only));
    }

    /// Closes the windows that hold parts of the journal (dialogs, previews), and the toasts
    /// that could act on it (Undo).
    pub(super) fn close_journal_windows(&mut self) {
        self.toasts.retain(|toast| toast.action.is_none());
        self.protection = None;
        self.report_dialog = None;
        let moods = std::mem::take(&mut self.exchange.daylio_moods);
        self.exchange = super::exchange::ExchangeDialogs::default();
        self.exchange.daylio_moods = moods;
    }

    /// Lock now (Ctrl+L, and the idle lock): writes what is pending, then hides the journal
    /// behind the unlock screen and drops it, its history and its key from memory. Fails
    /// closed: when the pending changes cannot be written, the journal is hidden all the same
    /// and held in memory (with its key) until they are written — retried with a growing
    /// pause — or until the passphrase shows it again. Does nothing for a plain journal.
    pub(super) fn lock_now(&mut self) -> bool {
        let Some(session) = self.session().cloned() else {
            return false;
        };
        let (path, read_only, key) = {
            let session = session.lock();
            let read_only = match session.mode() {
                SessionMode::ReadOnly { reason } => Some(reason.clone()),
                SessionMode::Writable | SessionMode::Demo => None,
            };
            match (session.key(), session.path()) {
                (Some(key), Some(path)) => (path.to_owned(), read_only, key.clone()),
                _ => return false,
            }
        };
        let clock = self.clock.clone();
        if let Some((session, screens)) = self.screens_mut() {
            screens.settle(&mut session.lock(), &clock);
        }
        // Text a field could not take yet (a mistyped date…) is not in the journal: it is kept
        // in memory while locked and given back after unlocking, never dropped.
        let unsettled = self
            .screens_mut()
            .map(|(_, screens)| std::mem::take(&mut screens.unsettled))
            .filter(|unsettled| !unsettled.is_empty());
        match self.flush() {
            Ok(()) => {
                drop(session);
                drop(key);
                self.show_unlock(&path, read_only);
            }
            Err(error) => {
                self.close_journal_windows();
                self.title = crate::t!("lock-window-title", file = file_name(&path));
                self.body = Body::Locked(UnlockScreen::held(&path, key, error.clone()));
                self.held = Some(HeldJournal {
                    session,
                    retry_at: self.clock.instant() + FIRST_RETRY,
                    pause: FIRST_RETRY,
                });
                self.toast(crate::t!("lock-held", error = error.as_str()), true);
            }
        }
        self.kept_while_locked = unsettled.map(|unsettled| (path, unsettled));
        true
    }

    /// While locked with changes not yet written: tries to write them again when the pause is
    /// over (5 s, then twice as long each time, up to 5 min). Once they are written, the
    /// journal and its key are dropped like any locked journal's.
    pub(super) fn retry_held_save(&mut self, ctx: &egui::Context) {
        let Some(held) = &mut self.held else {
            return;
        };
        let now = self.clock.instant();
        if now < held.retry_at {
            ctx.request_repaint_after(held.retry_at - now);
            return;
        }
        let saved = held.session.lock().save(self.clock.today(), now);
        match saved {
            Ok(()) => {
                let Body::Locked(screen) = &self.body else {
                    return;
                };
                if screen.is_working() {
                    // An unlock is being checked against the held key: let it finish.
                    held.retry_at = now + FIRST_RETRY;
                    return;
                }
                let path = screen.path().to_owned();
                self.held = None;
                self.show_unlock(&path, None);
            }
            Err(error) => {
                held.pause = (held.pause * 2).min(LAST_RETRY);
                held.retry_at = now + held.pause;
                if let Body::Locked(screen) = &mut self.body {
                    screen.set_pending_save(Some(error.to_string()));
                }
                ctx.request_repaint_after(held.pause);
            }
        }
    }

    /// Lock now from the menu or Ctrl+L: a plain journal cannot be locked, and the user is told
    /// how to encrypt it.
    pub(super) fn lock_requested(&mut self) {
        let encrypted = self.journal_is_encrypted();
        if encrypted {
            self.lock_now();
        } else if self.session().is_some() {
            self.toast(crate::t!("lock-plain-journal"), false);
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
        if !self.journal_is_encrypted() {
            return;
        }
        let limit = Duration::from_secs(u64::from(minutes) * 60);
        let idle = now.saturating_duration_since(self.last_activity);
        if idle >= limit {
            if self.lock_now() {
                self.toast(crate::t!("lock-idle", minutes = minutes), false);
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
            Ok(Unlocked::Writable { store, journal }) => {
                self.set_session(JournalSession::writable(store, journal));
                self.give_back_unsettled(&path);
            }
            Ok(Unlocked::ReadOnly { journal, key }) => {
                self.set_session(JournalSession::read_only_encrypted(
                    journal,
                    &path,
                    read_only.unwrap_or_default(),
                    key,
                ));
            }
            Ok(Unlocked::Resumed) => match self.held.take() {
                Some(held) => {
                    self.set_shared_session(held.session);
                    self.give_back_unsettled(&path);
                }
                // Written and dropped meanwhile: open the file as usual.
                None => self.open_file(&path),
            },
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
        self.toast(crate::t!("lock-kept-fields", count = count), false);
    }
}
