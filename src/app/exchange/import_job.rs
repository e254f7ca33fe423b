//! Reading an import on a worker thread: the preview and the import itself read and merge a
//! copy of the journal there, so that a frame never waits on a large file; the dialog shows a
//! bar of the bytes read and a Cancel that stops the reading and leaves the journal untouched.
//! An import is applied only to the journal (and the revision of it) it was read against.

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Duration;

use super::ImportDialog;
use crate::app::KintsugiApp;
use crate::interchange::{ImportError, ImportOptions, ImportProgress, ImportReport};
use crate::model::Journal;
use crate::session::{SessionId, SharedSession};

/// What an import read: the journal with it merged in, and what it did.
type Outcome = Result<(Journal, ImportReport), ImportError>;

/// An import being read on a worker thread.
#[derive(Debug)]
pub struct ImportJob {
    /// Shared with the worker: bytes read, and the Cancel.
    pub progress: Arc<ImportProgress>,
    receiver: Receiver<Outcome>,
    /// `Some(revision)` when the import is to be applied (to that revision of the journal),
    /// `None` for a preview.
    apply_at: Option<u64>,
    /// The journal it was read against.
    session: SessionId,
}

impl ImportJob {
    /// True when the job applies the import (rather than previewing it).
    pub fn applies(&self) -> bool {
        self.apply_at.is_some()
    }
}

impl Drop for ImportJob {
    fn drop(&mut self) {
        // Nobody waits for it any more: the worker stops at its next look.
        self.progress.cancel();
    }
}

impl ImportDialog {
    /// Starts reading the import against a copy of `session`'s journal; `apply` imports it
    /// once read, a preview only tells what it would do.
    pub(in crate::app) fn start(
        &mut self,
        session: &SharedSession,
        now: chrono::DateTime<chrono::Utc>,
        apply: bool,
    ) {
        let (journal, revision, id) = {
            let session = session.lock();
            (session.journal().clone(), session.revision(), session.id())
        };
        let path = std::path::PathBuf::from(self.path.trim());
        let options: ImportOptions = self.options();
        let progress = ImportProgress::new();
        let worker_progress = Arc::clone(&progress);
        let (sender, receiver) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("import".to_owned())
            .spawn(move || {
                let outcome = crate::interchange::import_with_progress(
                    &journal,
                    &path,
                    &options,
                    now,
                    &worker_progress,
                );
                let _ = sender.send(outcome);
            });
        if let Err(error) = spawned {
            self.problem = Some(crate::t!(
                "exchange-could-not-start",
                error = error.to_string()
            ));
            return;
        }
        self.problem = None;
        if !apply {
            self.preview = None;
        }
        self.job = Some(ImportJob {
            progress,
            receiver,
            apply_at: apply.then_some(revision),
            session: id,
        });
    }

    /// Cancel: the reading stops, nothing is changed.
    pub fn cancel_job(&mut self) {
        self.job = None;
    }

    /// The bar and Cancel of a running job; returns true when Cancel was pressed.
    pub(super) fn job_ui(&mut self, ui: &mut egui::Ui) {
        let Some(job) = &self.job else {
            return;
        };
        let (read, total) = job.progress.bytes();
        let mib = |bytes: u64| bytes as f64 / (1024.0 * 1024.0);
        let fraction = if total == 0 {
            0.0
        } else {
            (read as f32 / total as f32).clamp(0.0, 1.0)
        };
        let (read, total) = (
            crate::i18n::decimal(mib(read), 1),
            crate::i18n::decimal(mib(total), 1),
        );
        let text = if job.applies() {
            crate::t!("exchange-importing-progress", read = read, total = total)
        } else {
            crate::t!("exchange-reading-progress", read = read, total = total)
        };
        let mut cancel = false;
        ui.horizontal(|ui| {
            ui.add(
                egui::ProgressBar::new(fraction)
                    .desired_width(300.0)
                    .text(text),
            );
            cancel = ui
                .button(crate::t!("exchange-stop"))
                .on_hover_text(crate::t!("exchange-stop-hover"))
                .clicked();
        });
        ui.ctx().request_repaint_after(Duration::from_millis(50));
        if cancel {
            self.cancel_job();
        }
    }
}

impl KintsugiApp {
    /// True while an import or its preview is being read (for tests that wait for it).
    pub fn import_is_running(&self) -> bool {
        self.exchange
            .import
            .as_ref()
            .is_some_and(|dialog| dialog.job.is_some())
    }

    /// Takes what the import worker read, once it is done: the preview is shown, or the
    /// import applied as one undoable step — to the journal it was read against only.
    pub(in crate::app) fn poll_import(&mut self) {
        let Some(dialog) = &mut self.exchange.import else {
            return;
        };
        let Some(job) = &dialog.job else {
            return;
        };
        let outcome = match job.receiver.try_recv() {
            Ok(outcome) => outcome,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => Err(ImportError::Cancelled {
                path: dialog.path.trim().into(),
            }),
        };
        let (apply_at, read_for) = (job.apply_at, job.session);
        dialog.job = None;
        let (merged, report) = match outcome {
            Ok(read) => read,
            Err(ImportError::Cancelled { .. }) => return,
            Err(ImportError::UnknownMoods { moods, .. }) => {
                dialog.preview = None;
                dialog.unknown_moods = moods;
                return;
            }
            Err(error) => {
                dialog.preview = None;
                dialog.problem = Some(error.to_string());
                return;
            }
        };
        let Some(revision) = apply_at else {
            dialog.unknown_moods.clear();
            dialog.preview = Some(report);
            return;
        };
        let Some(session) = self.session().cloned() else {
            return;
        };
        let current = {
            let session = session.lock();
            (session.id(), session.revision())
        };
        if current != (read_for, revision) {
            if let Some(dialog) = &mut self.exchange.import {
                dialog.problem = Some(crate::t!("exchange-journal-changed"));
            }
            return;
        }
        self.apply_read_import(&session, merged, &report);
    }
}
