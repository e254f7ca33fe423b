//! Carrying out what the user asked for: the commands screens and menus queue, undo and redo
//! through the session's history, deletions, the autosave and the quit path. The only place
//! the app's commands touch files and the journal outside the screens' own edits.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

/// How often a frame looks whether the save in flight has landed.
const SAVE_POLL: std::time::Duration = std::time::Duration::from_millis(15);

use super::{KintsugiApp, Screen, ThemePreference, file_name};
use crate::demo::{self, DemoOptions};
use crate::history::{Change, StepId};
use crate::insights::DateRange;
use crate::model::{Category, Scope, SetbackId, SkillId};
use crate::session::{ChangeError, JournalSession, Reach, SessionMode};
use crate::storage::{self, JournalStore};

/// What a click asks the app to do beyond editing the journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppCommand {
    /// Write pending changes now.
    SaveNow,
    /// Merge the version of the journal written elsewhere, if the file changed.
    MergeOutside(crate::storage::Removals),
    /// Show what merging this conflict copy would do.
    ReviewConflictCopy(PathBuf),
    /// Merge this conflict copy and move it into the backups folder.
    MergeConflictCopy(PathBuf),
    /// Open the version on disk with the passphrase typed (changed on another computer).
    UseOutsidePassphrase,
    /// Open a journal file chosen in a dialog.
    PickJournalFile,
    /// Open the journal at this path.
    OpenJournal(PathBuf),
    /// Open the journal at this path without writing it.
    OpenReadOnly(PathBuf),
    /// Replace the unreadable journal with its newest backup (keeping the unreadable file).
    RestoreNewestBackup(PathBuf),
    /// Switch the colour theme.
    SetTheme(ThemePreference),
    /// Save and close the window.
    Quit,
    /// Show one of the screens.
    ShowScreen(Screen),
    /// Open the Today screen on this day.
    OpenDay(NaiveDate),
    /// Open a setback in the Setbacks screen.
    OpenSetback(SetbackId),
    /// Show the Progress screen over this range (a weekly review's period).
    ShowProgressOf(DateRange),
    /// Show the Setbacks screen filtered to one category.
    ShowSetbacksIn(Category),
    /// Open the mentor report's dialog on the Progress screen's range.
    OpenExportReport,
    /// Write the report the dialog describes.
    ExportReport,
    /// Ask where to create a new journal (File → New journal…).
    NewJournal,
    /// Create a new, empty journal at this path (never over an existing file) and open it.
    CreateJournal(PathBuf),
    /// Open the folder holding the journal and its backups in the file manager.
    ShowDataFolder,
    /// Show the Journal screen with the entries carrying this tag.
    ShowJournalTagged(String),
    /// Show the Journal screen with the keyboard in its search box.
    SearchJournal,
    /// Start logging a new setback dated this day.
    NewSetback(NaiveDate),
    /// Close the setback editor.
    CloseSetbackEditor,
    /// Open a skill in the Skills screen.
    OpenSkill(SkillId),
    /// Delete a setback (the user confirmed); undoable.
    DeleteSetback(SetbackId),
    /// Delete the check-in of a day (the user confirmed); undoable.
    DeleteCheckIn(NaiveDate),
    /// Delete a skill (the user confirmed); undoable.
    DeleteSkill(SkillId),
    /// A read-only session: open the journal for writing if its lock has become free.
    RetryWritable,
    /// Saving failed: write the journal to a file the user picks.
    SaveCopyElsewhere,
    /// Write the journal to this file (the copy chosen after a failed save).
    SaveCopyTo(PathBuf),
    /// Take back the newest step of the edit history.
    Undo,
    /// Do again the newest undone step.
    Redo,
    /// Undo this step (a toast's Undo), with the steps made after it first.
    UndoStep(StepId),
    /// First run: start a new journal at this path (created by the first change).
    StartJournal(PathBuf),
    /// First run: look around in the demo journal (nothing is saved).
    ExploreDemo,
    /// Open the chart export dialog.
    OpenExportChart,
    /// Open the CSV export dialog.
    OpenExportData,
    /// Open the import dialog.
    OpenImport,
    /// Export the chart as the dialog says.
    ExportChart,
    /// Export the CSV files as the dialog says.
    ExportData,
    /// Show what the import would do.
    PreviewImport,
    /// Apply the import (after a backup).
    ApplyImport,
    /// Put the chart on the clipboard as an image.
    CopyChart,
    /// Open the list of backups.
    OpenRestore,
    /// Replace the journal with this backup (after backing up the current state).
    RestoreBackup(PathBuf),
    /// Hide an encrypted journal behind the unlock screen and drop it from memory.
    LockNow,
    /// Open the dialog that encrypts, changes the passphrase of, or decrypts the journal.
    OpenProtection(super::ProtectionTask),
    /// Experiments and weekly reviews: see [`super::practice::PracticeCommand`].
    Practice(super::practice::PracticeCommand),
}

impl AppCommand {
    /// True for the commands that put another journal (or none) in the window.
    fn switches_journal(&self) -> bool {
        matches!(
            self,
            AppCommand::PickJournalFile
                | AppCommand::OpenJournal(_)
                | AppCommand::OpenReadOnly(_)
                | AppCommand::NewJournal
                | AppCommand::CreateJournal(_)
                | AppCommand::StartJournal(_)
                | AppCommand::ExploreDemo
                | AppCommand::RestoreNewestBackup(_)
        )
    }
}

impl KintsugiApp {
    /// True (and the user is told why) when `command` would put another journal in the window
    /// while the locked one still holds changes that could not be written.
    fn refused_while_held(&mut self, command: &AppCommand) -> bool {
        let refused = self.held.is_some() && command.switches_journal();
        if refused {
            self.toast(crate::t!("files-locked-not-saved"), true);
        }
        refused
    }

    /// Called when the window is asked to close: flushes pending changes, and keeps the window
    /// open with an explanation when that fails. Returns true when closing may go ahead.
    pub fn on_close_requested(&mut self) -> bool {
        if self.quit_confirmed {
            return true;
        }
        let clock = self.clock.clone();
        if let Some((session, screens)) = self.screens_mut() {
            let mut session = session.lock();
            screens.settle(&mut session, &clock);
            if !screens.unsettled.is_empty() {
                drop(session);
                self.quit_review = true;
                return false;
            }
        }
        match self.flush() {
            Ok(()) => true,
            Err(error) => {
                self.close_blocked_by = Some(error);
                false
            }
        }
    }

    pub(super) fn run_commands(&mut self, ctx: &egui::Context) {
        let toasts_before = self.toasts.len();
        self.run_queued_commands(ctx);
        if self.toasts.len() != toasts_before {
            // Toasts are drawn before commands run: show the new ones in the next frame.
            ctx.request_repaint();
        }
    }

    pub(super) fn run_queued_commands(&mut self, ctx: &egui::Context) {
        for command in std::mem::take(&mut self.commands) {
            if self.refused_while_held(&command) {
                continue;
            }
            match command {
                AppCommand::SaveNow => self.save_now(),
                AppCommand::MergeOutside(_)
                | AppCommand::ReviewConflictCopy(_)
                | AppCommand::MergeConflictCopy(_)
                | AppCommand::UseOutsidePassphrase => self.run_outside_command(command),
                AppCommand::PickJournalFile => {
                    // rfd returns None both when cancelled and when no dialog can be shown, so the
                    // broken-journal screen also offers a path field.
                    let picked = rfd::FileDialog::new()
                        .add_filter(crate::t!("files-filter-journal"), &["ron"])
                        .set_title(crate::t!("files-open-title"))
                        .pick_file();
                    if let Some(path) = picked {
                        self.commands.push(AppCommand::OpenJournal(path));
                        ctx.request_repaint();
                    }
                }
                AppCommand::OpenJournal(path) => self.open_journal(&path),
                AppCommand::OpenReadOnly(path) => self.open_read_only(&path),
                AppCommand::LockNow => self.lock_requested(),
                AppCommand::OpenProtection(task) => self.open_protection(task),
                AppCommand::RestoreNewestBackup(path) => self.restore_newest_backup(&path),
                AppCommand::SetTheme(theme) => self.theme = theme,
                AppCommand::RetryWritable => self.retry_writable(),
                AppCommand::SaveCopyElsewhere => {
                    let picked = rfd::FileDialog::new()
                        .add_filter(crate::t!("files-filter-journal"), &["ron"])
                        .set_file_name("journal-copy.ron")
                        .set_title(crate::t!("files-save-copy-title"))
                        .save_file();
                    if let Some(path) = picked {
                        self.commands.push(AppCommand::SaveCopyTo(path));
                        ctx.request_repaint();
                    }
                }
                AppCommand::SaveCopyTo(path) => self.save_copy_to(&path),
                AppCommand::NewJournal => self.pick_new_journal(ctx),
                AppCommand::OpenExportReport => self.open_report_dialog(ctx),
                AppCommand::ExportReport => self.export_report(),
                AppCommand::CreateJournal(path) => self.create_journal(&path),
                AppCommand::ShowDataFolder => self.show_data_folder(),
                AppCommand::Undo => self.undo(),
                AppCommand::Redo => self.redo(),
                AppCommand::UndoStep(step) => self.undo_step(step),
                AppCommand::StartJournal(path) => self.open_file(&path),
                AppCommand::ExploreDemo => self.explore_demo(),
                AppCommand::OpenExportChart
                | AppCommand::OpenExportData
                | AppCommand::OpenImport
                | AppCommand::ExportChart
                | AppCommand::ExportData
                | AppCommand::PreviewImport
                | AppCommand::ApplyImport
                | AppCommand::CopyChart
                | AppCommand::OpenRestore
                | AppCommand::RestoreBackup(_) => self.exchange_command(&command, ctx),
                AppCommand::DeleteSetback(id) => self.delete_setback(id),
                AppCommand::DeleteCheckIn(date) => self.delete_check_in(date),
                AppCommand::DeleteSkill(id) => self.delete_skill(id),
                AppCommand::Practice(command) => self.run_practice(command, ctx),
                command @ (AppCommand::ShowScreen(_)
                | AppCommand::OpenDay(_)
                | AppCommand::OpenSetback(_)
                | AppCommand::ShowProgressOf(_)
                | AppCommand::ShowSetbacksIn(_)
                | AppCommand::ShowJournalTagged(_)
                | AppCommand::SearchJournal
                | AppCommand::NewSetback(_)
                | AppCommand::CloseSetbackEditor
                | AppCommand::OpenSkill(_)) => self.navigate(&command),
                AppCommand::Quit => {
                    if self.on_close_requested() {
                        self.quit_confirmed = true;
                        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                    }
                }
            }
        }
    }

    /// First run: the demo journal, in memory only.
    fn explore_demo(&mut self) {
        let journal = demo::generate(DemoOptions::ending(self.clock.today(), 3));
        self.set_session(JournalSession::demo(journal));
    }

    /// Opens the journal at `path` after saving the current one (File → Open…).
    fn open_journal(&mut self, path: &Path) {
        if self.is_open_for_writing(path) {
            // Taking its lock again would fail against ourselves: just show it.
            self.toast(
                crate::t!("files-already-open", name = file_name(path)),
                false,
            );
            return;
        }
        if !self.flushed_before_switching() {
            return;
        }
        self.open_file(path);
        if self.session().is_some() {
            self.toast(
                crate::t!("files-opened", path = path.display().to_string()),
                false,
            );
        }
    }

    /// Carries out the commands that move between screens. Whatever was half-typed on the
    /// screen being left is settled first, as when focus leaves a field.
    pub(super) fn navigate(&mut self, command: &AppCommand) {
        let clock = self.clock.clone();
        let Some((session, screens)) = self.screens_mut() else {
            return;
        };
        let mut session = session.lock();
        // Any move hides the review page; what was typed in it stays for its return.
        screens.review_shown = false;
        let leaving = match command {
            AppCommand::ShowScreen(screen) => *screen != screens.current,
            AppCommand::OpenDay(_)
            | AppCommand::OpenSkill(_)
            | AppCommand::ShowSetbacksIn(_)
            | AppCommand::ShowProgressOf(_) => true,
            AppCommand::ShowJournalTagged(_) | AppCommand::SearchJournal => {
                screens.current != Screen::Journal
            }
            _ => false,
        };
        if leaving {
            screens.settle(&mut session, &clock);
        }
        let unsettled = &mut screens.unsettled;
        match command {
            AppCommand::ShowScreen(screen) => screens.current = *screen,
            AppCommand::OpenDay(day) => {
                screens.today.go_to(*day, &clock);
                screens.current = Screen::Today;
            }
            AppCommand::OpenSetback(id) => {
                screens.setbacks.open(*id, &mut session, &clock, unsettled);
                screens.current = Screen::Setbacks;
            }
            AppCommand::ShowSetbacksIn(category) => {
                screens.setbacks.show_category(category.clone());
                screens.current = Screen::Setbacks;
            }
            AppCommand::ShowProgressOf(range) => {
                screens.progress.show_range(*range);
                screens.current = Screen::Progress;
            }
            AppCommand::ShowJournalTagged(tag) => {
                screens.journal.show_tag(tag);
                screens.current = Screen::Journal;
            }
            AppCommand::SearchJournal => {
                screens.journal.focus_search();
                screens.current = Screen::Journal;
            }
            AppCommand::NewSetback(day) => {
                screens
                    .setbacks
                    .start_new(*day, &mut session, &clock, unsettled);
                screens.current = Screen::Setbacks;
            }
            AppCommand::CloseSetbackEditor => {
                screens
                    .setbacks
                    .close_editor(&mut session, &clock, unsettled);
            }
            AppCommand::OpenSkill(id) => {
                screens
                    .skills
                    .open(*id, session.journal(), session.revision(), unsettled);
                screens.current = Screen::Skills;
            }
            _ => {}
        }
    }

    pub(super) fn delete_check_in(&mut self, date: NaiveDate) {
        let day = crate::i18n::date(date, crate::i18n::DateStyle::Long);
        self.delete(
            crate::t!("step-delete-check-in", date = day.as_str()),
            crate::t!("step-deleted-check-in", date = day.as_str()),
            &Reach::Only(Scope::check_in(date)),
            |journal| journal.remove_check_in(date).is_some(),
        );
    }

    pub(super) fn delete_setback(&mut self, id: SetbackId) {
        let found = self.session().and_then(|session| {
            let session = session.lock();
            let journal = session.journal();
            let title = journal.setback(id)?.title.clone();
            let experiments = journal.experiments_of_setback(id).map(|e| e.id).collect();
            Some((title, experiments))
        });
        let Some((title, experiments)) = found else {
            return;
        };
        // Its experiments go with it: the step records them too, so that Undo brings them back.
        let scope = Scope {
            experiments,
            ..Scope::setback(id)
        };
        self.delete(
            crate::t!("step-delete-setback", title = title.as_str()),
            crate::t!("step-deleted-setback", title = title.as_str()),
            &Reach::Only(scope),
            |journal| journal.remove_setback(id).is_some(),
        );
    }

    pub(super) fn delete_skill(&mut self, id: SkillId) {
        let name = self
            .session()
            .and_then(|session| Some(session.lock().journal().skill(id)?.name.clone()));
        let Some(name) = name else { return };
        // Deleting a skill unlinks it from every setback: any part of the journal may change.
        self.delete(
            crate::t!("step-delete-skill", name = name.as_str()),
            crate::t!("step-deleted-skill", name = name.as_str()),
            &Reach::Anything,
            |journal| journal.remove_skill(id).is_some(),
        );
    }

    /// Deletes something as one step of the edit history named `step`, with a toast that says
    /// `done` and offers Undo.
    fn delete(
        &mut self,
        step: String,
        done: String,
        reach: &Reach,
        remove: impl FnOnce(&mut crate::model::Journal) -> bool,
    ) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        let deleted = session.lock().change(
            Change::named(step),
            reach,
            self.clock.instant(),
            |journal| Ok::<_, std::convert::Infallible>(remove(journal)),
        );
        self.report_change(deleted, done);
    }

    /// Tells how a change went: a toast with Undo for the step it made, or why it was refused.
    pub(super) fn report_change<E: std::fmt::Display>(
        &mut self,
        result: Result<bool, ChangeError<E>>,
        done: String,
    ) {
        match result {
            Ok(true) => {
                let step = self
                    .session()
                    .and_then(|session| session.lock().last_step());
                self.toast_undoable(done, step);
            }
            Ok(false) => {}
            Err(error) => self.toast(
                crate::t!("step-nothing-changed", error = error.to_string()),
                true,
            ),
        }
    }

    /// Opens a journal without writing it (another window holds its lock, or its folder is
    /// read-only); an encrypted one asks for its passphrase first.
    fn open_read_only(&mut self, path: &Path) {
        let reason = crate::t!("files-read-only-reason");
        match storage::load(path) {
            Ok(journal) => self.set_session(JournalSession::read_only(journal, path, reason)),
            Err(storage::StorageError::Encrypted { .. }) => self.show_unlock(path, Some(reason)),
            Err(error) => self.set_broken(&error),
        }
    }

    /// A read-only session tries to take the journal's lock again.
    pub(super) fn retry_writable(&mut self) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        let path = session.lock().path().map(Path::to_owned);
        let Some(path) = path else { return };
        match JournalStore::open(&path) {
            Ok((store, journal)) => {
                self.set_session(JournalSession::writable(store, journal));
                self.toast(crate::t!("files-open-for-writing-now"), false);
            }
            Err(storage::StorageError::Encrypted { .. }) => self.show_unlock(&path, None),
            Err(error) => self.toast(
                crate::t!("files-still-read-only", error = error.to_string()),
                true,
            ),
        }
    }

    /// Writes the journal as it is in memory to `path` (after a failed save, so that nothing
    /// is lost whatever happens to the journal's own folder).
    pub(super) fn save_copy_to(&mut self, path: &Path) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        let (encoded, encrypted) = {
            let session = session.lock();
            (
                storage::encode_file(session.journal(), session.key().cloned().as_mut()),
                session.is_encrypted(),
            )
        };
        let written = encoded.and_then(|bytes| {
            storage::write_file_atomically(path, &bytes).map_err(|error| error.to_string())
        });
        let path = path.display().to_string();
        match written {
            Ok(()) if encrypted => {
                self.toast(crate::t!("files-saved-copy-encrypted", path = path), false);
            }
            Ok(()) => self.toast(crate::t!("files-saved-copy", path = path), false),
            Err(error) => self.toast(crate::t!("files-could-not-save-copy", error = error), true),
        }
    }

    /// Takes back the newest step of the history.
    pub(super) fn undo(&mut self) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        let undone = session.lock().undo(self.clock.instant());
        match undone {
            Some(label) => self.toast(crate::t!("step-undid", step = label), false),
            None => self.toast(self.nothing_to(true), false),
        }
    }

    /// Does again the newest undone step.
    pub(super) fn redo(&mut self) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        let redone = session.lock().redo(self.clock.instant());
        match redone {
            Some(label) => self.toast(crate::t!("step-redid", step = label), false),
            None => self.toast(self.nothing_to(false), false),
        }
    }

    /// Undoes a given step (a toast's Undo): the steps made after it are undone first, in
    /// order, and the toast says which — nothing is ever dropped.
    pub(super) fn undo_step(&mut self, step: StepId) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        let undone = session.lock().undo_through(step, self.clock.instant());
        // The toast's Undo has done its job.
        self.toasts.retain(|toast| toast.action.is_none());
        match undone {
            Some(later) if later.is_empty() => self.toast(crate::t!("step-undone"), false),
            Some(later) => self.toast(
                crate::t!(
                    "step-undone-with-later",
                    count = later.len(),
                    changes = later.join(", ")
                ),
                false,
            ),
            None => self.toast(self.nothing_to(true), false),
        }
    }

    /// Why Undo (`undoing`) or Redo did nothing.
    pub(super) fn nothing_to(&self, undoing: bool) -> String {
        let mode = self.session().map(|session| session.lock().mode().clone());
        match (mode, undoing) {
            (Some(SessionMode::ReadOnly { reason }), true) => {
                crate::t!("step-cannot-undo", reason = reason)
            }
            (Some(SessionMode::ReadOnly { reason }), false) => {
                crate::t!("step-cannot-redo", reason = reason)
            }
            (_, true) => crate::t!("step-nothing-to-undo"),
            (_, false) => crate::t!("step-nothing-to-redo"),
        }
    }

    pub(super) fn restore_newest_backup(&mut self, path: &Path) {
        let Some((day, backup)) = storage::newest_backup(path) else {
            self.toast(crate::t!("files-no-backup"), true);
            return;
        };
        // An encrypted journal (as the file still starts, or as remembered here) is only ever
        // replaced by an encrypted backup: a plain one would turn it plain without a word.
        let starts_encrypted = |file: &Path| {
            use std::io::Read as _;
            let mut start = [0_u8; 32];
            std::fs::File::open(file)
                .and_then(|mut file| file.read(&mut start))
                .is_ok_and(|read| storage::encryption::is_container(&start[..read]))
        };
        let was_encrypted = starts_encrypted(path)
            || self
                .seen_saves
                .contains_key(&super::tamper::journal_key(path));
        if was_encrypted && !starts_encrypted(&backup) {
            self.toast(
                crate::t!(
                    "files-backup-not-encrypted",
                    backup = backup.display().to_string()
                ),
                true,
            );
            return;
        }
        let stamp = self.clock.now().format("%Y%m%d-%H%M%S").to_string();
        match storage::restore_backup(path, &backup, &stamp, None) {
            Ok(set_aside) => {
                // Restored on purpose: an older save counter is expected now.
                self.forget_saves(path);
                self.open_file(path);
                // The backup's day as its file names it (a machine date, as in the folder).
                let day = day.to_string();
                let text = match set_aside {
                    Some(aside) => crate::t!(
                        "files-restored-backup-kept",
                        day = day,
                        path = aside.display().to_string()
                    ),
                    None => crate::t!("files-restored-backup", day = day),
                };
                self.toast(text, false);
            }
            Err(error) => self.toast(
                crate::t!("files-could-not-restore", error = error.to_string()),
                true,
            ),
        }
    }

    /// Save / Ctrl+S: writes what is pending now.
    fn save_now(&mut self) {
        match self.flush() {
            Ok(()) => self.saves_failing_since = None,
            Err(error) => self.toast(crate::t!("files-could-not-save", error = error), true),
        }
    }

    /// The autosave: takes in a save that landed (showing a failure once, not every retry),
    /// and starts the next on the writer thread when one is due. The frame never waits for the
    /// disk: it only copies the journal for the writer.
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        let now = self.clock.instant();
        let mut guard = session.lock();
        let landed = guard.poll_save(now);
        let due = guard.autosave_due_in(now);
        if due.is_some_and(|wait| wait.is_zero()) {
            guard.start_save(self.clock.today());
        }
        let saving = guard.is_saving();
        let backup_warning = guard.take_backup_warning();
        let due = guard.autosave_due_in(now);
        drop(guard);
        if let Some(warning) = backup_warning {
            self.toast(crate::t!("files-backup-failed", warning = warning), true);
        }
        match landed {
            // The indicator was drawn before the save landed: show "Saved" now.
            Some(Ok(())) => {
                self.saves_failing_since = None;
                self.note_saves();
                ctx.request_repaint();
            }
            Some(Err(error)) if self.saves_failing_since.is_none() => {
                self.toast(
                    crate::t!("files-could-not-save", error = error.to_string()),
                    true,
                );
                self.saves_failing_since = Some(now);
            }
            Some(Err(_)) | None => {}
        }
        if saving {
            // Look again soon: the save lands in a few milliseconds.
            ctx.request_repaint_after(SAVE_POLL);
        } else if let Some(wait) = due {
            ctx.request_repaint_after(wait);
        }
    }

    /// Queues a command as a control would (a dialog's result, a menu item); it is carried out
    /// in the next frame. Tests and the native shell use it for what needs a system dialog.
    pub fn request(&mut self, command: AppCommand) {
        self.commands.push(command);
    }
}
