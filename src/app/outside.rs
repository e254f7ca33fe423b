//! The journal file while it is open in the window: a watcher on its folder notices when a
//! sync client brings another computer's version (or leaves a conflict copy beside it); the
//! next frame merges it into the journal as one undoable step and says what came in. A merge
//! that would delete many entries asks first; conflict copies are offered for review.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use notify::Watcher as _;

use super::widgets::{Answer, Question, confirm_ui};
use super::{AppCommand, KintsugiApp, theme};
use crate::session::{MergeNews, SessionId, SessionMode};
use crate::storage::{self, Removals, StorageError};
use crate::sync::ConflictCopy;

/// A watcher on the journal's folder that raises a flag when anything in it changes.
struct FolderWatch {
    _watcher: notify::RecommendedWatcher,
    changed: Arc<AtomicBool>,
}

impl FolderWatch {
    /// Watches the folder of `journal`; `None` when the file system cannot be watched (the
    /// check before every save still guards the file).
    fn start(journal: &Path, ctx: &egui::Context) -> Option<Self> {
        let folder = match journal.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
            _ => PathBuf::from("."),
        };
        // Looked at once when the journal opens: conflict copies already there are offered.
        let changed = Arc::new(AtomicBool::new(true));
        let flag = Arc::clone(&changed);
        let ctx = ctx.clone();
        let stem = journal
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                if event.is_ok_and(|event| concerns_the_journal(&event, &stem)) {
                    flag.store(true, Ordering::Release);
                    ctx.request_repaint_after(std::time::Duration::from_millis(100));
                }
            })
            .ok()?;
        watcher
            .watch(&folder, notify::RecursiveMode::NonRecursive)
            .ok()?;
        Some(Self {
            _watcher: watcher,
            changed,
        })
    }
}

/// A conflict copy under review.
struct CopyReview {
    session: SessionId,
    copy: ConflictCopy,
    /// What merging it would bring, or why it cannot be read.
    preview: Result<String, String>,
    /// True when the copy is sealed with another passphrase than the journal's: it is asked
    /// for, used for the preview and the merge, and wiped when the review closes.
    needs_passphrase: bool,
    passphrase: super::secret_field::SecretText,
}

/// True for an event that may mean a new version of the journal or a conflict copy: a file
/// named after the journal created, written, renamed or removed. Reads (including this
/// window's own), metadata changes and hidden files (temporary files, the lock) are not.
fn concerns_the_journal(event: &notify::Event, stem: &str) -> bool {
    use notify::EventKind;
    let kind = matches!(
        event.kind,
        EventKind::Create(_) | EventKind::Remove(_) | EventKind::Any
    ) || matches!(
        event.kind,
        EventKind::Modify(
            notify::event::ModifyKind::Data(_)
                | notify::event::ModifyKind::Name(_)
                | notify::event::ModifyKind::Any
        )
    );
    kind && event.paths.iter().any(|path| {
        path.file_name()
            .and_then(|name| name.to_str())
            .is_some_and(|name| !name.starts_with('.') && name.starts_with(stem))
    })
}

/// What the window knows of the open journal's file and its neighbours.
#[derive(Default)]
pub(super) struct OutsideChanges {
    /// Off in tests that show what the check before a save does on its own.
    pub(super) watching_disabled: bool,
    watched: Option<(SessionId, Option<FolderWatch>)>,
    /// Conflict copies found beside the journal and not yet merged or put off.
    copies: Vec<ConflictCopy>,
    /// Copies the user put off ("Later") in this session.
    put_off: HashSet<PathBuf>,
    /// The copy being reviewed, with what merging it would do (or why it cannot be read).
    review: Option<CopyReview>,
    /// The last error of a merge, so that it is told once, not every frame.
    last_error: Option<String>,
    /// The journal's new passphrase (changed on another computer), as it is typed.
    outside_passphrase: super::secret_field::SecretText,
    /// Why the last passphrase typed there did not open it.
    outside_passphrase_error: Option<String>,
    /// The user put the passphrase question off ("Later") until they merge again.
    outside_passphrase_put_off: bool,
}

impl KintsugiApp {
    /// Turns the watcher off (tests of the check before every save on its own).
    pub fn disable_file_watching(&mut self) {
        self.outside.watching_disabled = true;
        self.outside.watched = None;
    }

    /// Follows the open journal's file: merges a version written elsewhere when the watcher
    /// saw the folder change, finds conflict copies, and shows what a merge brought.
    pub(super) fn follow_outside_changes(&mut self, ctx: &egui::Context) {
        let Some(session) = self.session().cloned() else {
            self.outside.watched = None;
            return;
        };
        let (id, path, writable, saving) = {
            let session = session.lock();
            (
                session.id(),
                session.path().map(Path::to_owned),
                session.mode() == &SessionMode::Writable,
                session.is_saving(),
            )
        };
        let Some(path) = path.filter(|_| writable) else {
            self.outside.watched = None;
            return;
        };
        if self.outside.watched.as_ref().map(|(watched, _)| *watched) != Some(id) {
            let watch = (!self.outside.watching_disabled)
                .then(|| FolderWatch::start(&path, ctx))
                .flatten();
            self.outside.watched = Some((id, watch));
            self.outside.copies.clear();
            self.outside.put_off.clear();
            self.outside.last_error = None;
            self.find_conflict_copies(&path);
        }
        // While a save is being written the change is left for after it lands (the save
        // merges what it finds on disk itself; a merge now would wait for the disk).
        let changed = !saving
            && self
                .outside
                .watched
                .as_ref()
                .and_then(|(_, watch)| watch.as_ref())
                .is_some_and(|watch| watch.changed.swap(false, Ordering::AcqRel));
        if changed {
            self.merge_outside(Removals::Ask, false);
            self.find_conflict_copies(&path);
        }
        self.show_merge_news();
    }

    fn find_conflict_copies(&mut self, journal: &Path) {
        let put_off = &self.outside.put_off;
        self.outside.copies = storage::find_conflict_copies(journal)
            .into_iter()
            .filter(|copy| !put_off.contains(&copy.path))
            .collect();
    }

    /// Carries out the commands of this part (merge from disk, review and merge a copy).
    pub(super) fn run_outside_command(&mut self, command: AppCommand) {
        match command {
            AppCommand::MergeOutside(removals) => {
                self.outside.outside_passphrase_put_off = false;
                self.merge_outside(removals, true);
            }
            AppCommand::UseOutsidePassphrase => self.use_outside_passphrase(),
            AppCommand::ReviewConflictCopy(path) => self.review_conflict_copy(&path),
            AppCommand::MergeConflictCopy(path) => self.merge_conflict_copy(&path),
            _ => {}
        }
    }

    /// Merges the version on disk now, if it changed. `asked`: the user asked (Edit menu), so
    /// "nothing changed" is said too.
    pub(super) fn merge_outside(&mut self, removals: Removals, asked: bool) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        let result =
            session
                .lock()
                .merge_outside(removals, self.clock.today(), self.clock.instant());
        match result {
            Ok(true) => self.outside.last_error = None,
            Ok(false) if asked => self.toast(crate::t!("outside-disk-unchanged"), false),
            // A merge that deletes many entries is asked about in its own window.
            Ok(false) | Err(StorageError::OutsideRemovesTooMuch { .. }) => {}
            Err(error) => {
                let text = error.to_string();
                if asked || self.outside.last_error.as_ref() != Some(&text) {
                    self.toast(
                        crate::t!("outside-could-not-merge", error = text.as_str()),
                        true,
                    );
                }
                self.outside.last_error = Some(text);
            }
        }
    }

    /// Shows what the last merge (on a save, or from the watcher) brought, with Undo.
    fn show_merge_news(&mut self) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        let news = session.lock().take_merge_news();
        if let Some(MergeNews {
            changes,
            kept_both,
            step,
        }) = news
        {
            let mut text = crate::t!("outside-merged", changes = changes_in_words(&changes));
            if kept_both > 0 {
                text.push(' ');
                text.push_str(&crate::t!("outside-kept-both", count = kept_both));
            }
            self.toast_undoable(text, step);
        }
    }

    /// The bar that offers the conflict copies found beside the journal.
    pub(super) fn conflict_copies_ui(&mut self, ui: &mut egui::Ui) {
        let Some(copy) = self.outside.copies.first().cloned() else {
            return;
        };
        let more = self.outside.copies.len() - 1;
        let gold = theme::gold(ui.visuals().dark_mode);
        egui::Panel::top("conflict_copy_banner").show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                let name = super::file_name(&copy.path);
                let client = copy.client.name();
                let text = if more == 0 {
                    crate::t!("outside-copy-banner", client = client, name = name)
                } else {
                    crate::t!(
                        "outside-copy-banner-more",
                        client = client,
                        name = name,
                        more = more
                    )
                };
                ui.label(egui::RichText::new(text).color(gold));
                if ui
                    .button(crate::t!("outside-review-and-merge"))
                    .on_hover_text(crate::t!("outside-review-hover"))
                    .clicked()
                {
                    self.commands
                        .push(AppCommand::ReviewConflictCopy(copy.path.clone()));
                }
                if ui
                    .button(crate::t!("outside-later"))
                    .on_hover_text(crate::t!("outside-later-hover"))
                    .clicked()
                {
                    self.outside.put_off.insert(copy.path.clone());
                    self.outside.copies.retain(|other| other.path != copy.path);
                }
            });
        });
    }

    /// Prepares the review of a conflict copy: what merging it would change. A passphrase
    /// typed in the review (a copy sealed under another one) opens it.
    pub(super) fn review_conflict_copy(&mut self, path: &Path) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        let Some(copy) = self
            .outside
            .copies
            .iter()
            .find(|copy| copy.path == path)
            .cloned()
        else {
            return;
        };
        let mut previous = self.outside.review.take();
        let typed = previous
            .as_mut()
            .filter(|review| review.copy.path == path && !review.passphrase.is_empty())
            .map(|review| age::secrecy::SecretString::from(review.passphrase.as_str().to_owned()));
        let mut session = session.lock();
        let result = session.preview_copy(path, typed.as_ref());
        let needs_passphrase =
            matches!(&result, Err(error) if error.needs_passphrase() || error.is_other_key());
        let preview = result
            .map(|merged| {
                let mut text = crate::t!(
                    "outside-copy-effects",
                    effects = changes_as_effects(&merged.changes)
                );
                if merged.kept_both > 0 {
                    text.push(' ');
                    text.push_str(&crate::t!("outside-copy-kept-both"));
                }
                text
            })
            .map_err(|error| {
                if needs_passphrase && typed.is_some() {
                    crate::t!("outside-copy-wrong-passphrase")
                } else if needs_passphrase {
                    crate::t!("outside-copy-other-passphrase")
                } else {
                    error.to_string()
                }
            });
        let mut passphrase = previous
            .take()
            .map(|review| review.passphrase)
            .unwrap_or_default();
        if !needs_passphrase || typed.is_some() {
            // Kept only while it is still needed: wiped after a wrong try and once it opened.
            if preview.is_err() {
                passphrase.wipe();
            }
        }
        self.outside.review = Some(CopyReview {
            session: session.id(),
            copy,
            preview,
            needs_passphrase,
            passphrase,
        });
    }

    /// Merges a reviewed conflict copy and moves it into the backups folder.
    pub(super) fn merge_conflict_copy(&mut self, path: &Path) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        let typed = self
            .outside
            .review
            .take()
            .filter(|review| review.copy.path == path && !review.passphrase.is_empty())
            .map(|review| age::secrecy::SecretString::from(review.passphrase.as_str().to_owned()));
        let result = session.lock().merge_copy(
            path,
            typed.as_ref(),
            self.clock.today(),
            self.clock.instant(),
        );
        match result {
            Ok(filed) => {
                self.outside.copies.retain(|copy| copy.path != path);
                let news = session.lock().take_merge_news();
                let (what, step) = news.map_or_else(
                    || (crate::t!("exchange-report-nothing-new"), None),
                    |news| (changes_in_words(&news.changes), news.step),
                );
                self.toast_undoable(
                    crate::t!(
                        "outside-merged-copy",
                        changes = what,
                        path = filed.display().to_string()
                    ),
                    step,
                );
            }
            Err(error) => self.toast(
                crate::t!("outside-could-not-merge-copy", error = error.to_string()),
                true,
            ),
        }
    }

    /// Takes the journal's new passphrase typed in the question, then saves (merging).
    fn use_outside_passphrase(&mut self) {
        let Some(session) = self.session().cloned() else {
            return;
        };
        let typed =
            age::secrecy::SecretString::from(self.outside.outside_passphrase.as_str().to_owned());
        self.outside.outside_passphrase.wipe();
        let taken = session.lock().take_outside_key(&typed);
        match taken {
            Ok(()) => {
                self.outside.outside_passphrase_error = None;
                self.commands.push(AppCommand::SaveNow);
            }
            Err(error) if error.needs_passphrase() => {
                self.outside.outside_passphrase_error =
                    Some(crate::t!("outside-new-passphrase-wrong"));
            }
            Err(error) => self.outside.outside_passphrase_error = Some(error.to_string()),
        }
    }

    /// Asks for the journal's passphrase when it was changed on another computer.
    fn outside_passphrase_ui(&mut self, ctx: &egui::Context) {
        let needed = self
            .session()
            .is_some_and(|session| session.lock().needs_outside_passphrase());
        if !needed {
            self.outside.outside_passphrase_put_off = false;
            self.outside.outside_passphrase_error = None;
            return;
        }
        if self.outside.outside_passphrase_put_off {
            return;
        }
        let modal = egui::Modal::new(egui::Id::unique("outside_passphrase")).show(ctx, |ui| {
            ui.heading(crate::t!("outside-passphrase-heading"));
            ui.label(crate::t!("outside-passphrase-explained"));
            ui.add_space(theme::GAP);
            ui.horizontal(|ui| {
                let label = ui.label(crate::t!("outside-new-passphrase"));
                let field = super::secret_field::passphrase_edit(
                    ui,
                    super::secret_field::SecretField::Outside,
                    &mut self.outside.outside_passphrase,
                    false,
                    260.0,
                )
                .labelled_by(label.id);
                let entered =
                    field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
                if ui.button(crate::t!("outside-open-and-merge")).clicked() || entered {
                    self.commands.push(AppCommand::UseOutsidePassphrase);
                }
            });
            if let Some(error) = &self.outside.outside_passphrase_error {
                ui.colored_label(ui.visuals().error_fg_color, error);
            }
            ui.add_space(theme::GAP);
            if ui
                .button(crate::t!("outside-later"))
                .on_hover_text(crate::t!("outside-passphrase-later-hover"))
                .clicked()
            {
                self.outside.outside_passphrase_put_off = true;
                self.outside.outside_passphrase.wipe();
            }
        });
        if modal.should_close() {
            self.outside.outside_passphrase_put_off = true;
            self.outside.outside_passphrase.wipe();
        }
    }

    /// The windows of this part: the question before a merge that deletes many entries, and
    /// the review of a conflict copy.
    pub(super) fn outside_windows_ui(&mut self, ctx: &egui::Context) {
        self.outside_passphrase_ui(ctx);
        let question = self
            .session()
            .and_then(|session| session.lock().merge_question());
        if let Some(question) = question {
            let message = crate::t!(
                "outside-removes-message",
                removed = question.removed,
                total = question.total
            );
            let (heading, confirm, cancel) = (
                crate::t!("outside-removes-heading"),
                crate::t!("outside-removes-confirm"),
                crate::t!("outside-removes-cancel"),
            );
            let answer = confirm_ui(
                ctx,
                "merge_removes_too_much",
                Question {
                    heading: &heading,
                    message: &message,
                    confirm: &confirm,
                    cancel: &cancel,
                },
            );
            match answer {
                Some(Answer::Confirmed) => {
                    self.commands
                        .push(AppCommand::MergeOutside(Removals::Accept));
                }
                Some(Answer::Cancelled) => {
                    self.commands
                        .push(AppCommand::MergeOutside(Removals::KeepAll));
                }
                None => {}
            }
        }
        self.copy_review_ui(ctx);
    }

    /// The review of a conflict copy: what merging it brings, its passphrase when it is sealed
    /// under another one, and Merge.
    fn copy_review_ui(&mut self, ctx: &egui::Context) {
        let current = self.session().map(|session| session.lock().id());
        let Some(mut review) = self.outside.review.take() else {
            return;
        };
        if Some(review.session) != current {
            return;
        }
        let mut keep_open = true;
        let modal = egui::Modal::new(egui::Id::unique("review_conflict_copy")).show(ctx, |ui| {
            ui.heading(crate::t!("outside-copy-heading"));
            ui.label(crate::t!(
                "outside-copy-made",
                client = review.copy.client.name(),
                path = review.copy.path.display().to_string()
            ));
            ui.add_space(theme::GAP);
            match &review.preview {
                Ok(text) => {
                    ui.label(text);
                    ui.label(egui::RichText::new(crate::t!("outside-copy-after-merge")).weak());
                }
                Err(error) => {
                    ui.colored_label(ui.visuals().error_fg_color, error);
                }
            }
            if review.needs_passphrase {
                ui.horizontal(|ui| {
                    let label = ui.label(crate::t!("outside-its-passphrase"));
                    let field = super::secret_field::passphrase_edit(
                        ui,
                        super::secret_field::SecretField::Backup,
                        &mut review.passphrase,
                        false,
                        260.0,
                    )
                    .labelled_by(label.id);
                    let entered =
                        field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
                    if ui.button(crate::t!("outside-open-with-it")).clicked() || entered {
                        self.commands
                            .push(AppCommand::ReviewConflictCopy(review.copy.path.clone()));
                    }
                });
            }
            ui.add_space(theme::GAP);
            ui.horizontal(|ui| {
                if review.preview.is_ok() && ui.button(crate::t!("outside-merge")).clicked() {
                    self.commands
                        .push(AppCommand::MergeConflictCopy(review.copy.path.clone()));
                }
                if ui.button(crate::t!("common-cancel")).clicked() {
                    keep_open = false;
                }
            });
        });
        if modal.should_close() {
            keep_open = false;
        }
        if keep_open {
            self.outside.review = Some(review);
        } else {
            review.passphrase.wipe();
        }
    }
}

/// "2 check-ins and 1 setback from another computer; 1 setback changed; 1 skill deleted
/// there" in the reader's language ("nothing new" when nothing).
fn changes_in_words(changes: &crate::sync::Changes) -> String {
    let mut parts = Vec::new();
    if changes.added.total() > 0 {
        parts.push(crate::t!(
            "outside-changes-added",
            entries = counts_in_words(changes.added)
        ));
    }
    if changes.changed.total() > 0 {
        parts.push(crate::t!(
            "outside-changes-changed",
            entries = counts_in_words(changes.changed)
        ));
    }
    if changes.removed.total() > 0 {
        parts.push(crate::t!(
            "outside-changes-removed",
            entries = counts_in_words(changes.removed)
        ));
    }
    if parts.is_empty() {
        return crate::t!("exchange-report-nothing-new");
    }
    parts.join(&crate::t!("exchange-report-separator"))
}

/// What merging a copy would do: "adds 2 check-ins, changes 1 setback and deletes 1 skill"
/// ("brings nothing new" when nothing), in the reader's language.
fn changes_as_effects(changes: &crate::sync::Changes) -> String {
    let mut parts = Vec::new();
    if changes.added.total() > 0 {
        parts.push(crate::t!(
            "outside-effect-adds",
            entries = counts_in_words(changes.added)
        ));
    }
    if changes.changed.total() > 0 {
        parts.push(crate::t!(
            "outside-effect-changes",
            entries = counts_in_words(changes.changed)
        ));
    }
    if changes.removed.total() > 0 {
        parts.push(crate::t!(
            "outside-effect-deletes",
            entries = counts_in_words(changes.removed)
        ));
    }
    if parts.is_empty() {
        return crate::t!("outside-effect-nothing");
    }
    join_with_and(&parts)
}

/// "2 check-ins and 1 setback" in the reader's language.
fn counts_in_words(counts: crate::model::EntryCounts) -> String {
    join_with_and(&super::exchange::count_phrases(counts))
}

/// "a", "a and b", "a, b and c" in the reader's language.
fn join_with_and(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => crate::t!(
            "outside-list-and",
            first = init.join(", "),
            last = last.as_str()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use crate::model::EntryCounts;
    use crate::sync::Changes;

    #[test]
    fn what_a_merge_did_reads_in_english_as_the_command_line_tells_it() {
        crate::i18n::use_on_this_thread(Language::English);
        let mut changes = Changes::default();
        assert_eq!(changes_in_words(&changes), changes.in_words());
        assert_eq!(changes_as_effects(&changes), changes.as_effects());
        changes.added = EntryCounts {
            check_ins: 2,
            setbacks: 1,
            reviews: 1,
            ..EntryCounts::default()
        };
        changes.changed.setbacks = 1;
        changes.removed = EntryCounts {
            skills: 1,
            experiments: 3,
            ..EntryCounts::default()
        };
        assert_eq!(changes_in_words(&changes), changes.in_words());
        assert_eq!(changes_as_effects(&changes), changes.as_effects());
        changes.added = EntryCounts::default();
        assert_eq!(changes_as_effects(&changes), changes.as_effects());
    }
}
