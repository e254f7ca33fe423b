//! File → New journal…, and Show data folder: the file-system side of the File menu (opening
//! and saving copies are in `commands`).

use std::path::Path;

use super::{AppCommand, KintsugiApp, file_name};
use crate::model::Journal;
use crate::storage;

impl KintsugiApp {
    /// Writes the journal in the window before another takes its place; when that fails the
    /// user is told, and the journal stays (false).
    pub(super) fn flushed_before_switching(&mut self) -> bool {
        match self.flush() {
            Ok(()) => true,
            Err(error) => {
                self.toast(
                    crate::t!("files-could-not-save-current", error = error),
                    true,
                );
                false
            }
        }
    }

    /// Asks where the new journal goes; the dialog names a file that does not exist yet.
    pub(super) fn pick_new_journal(&mut self, ctx: &egui::Context) {
        let picked = rfd::FileDialog::new()
            .add_filter(crate::t!("files-filter-journal"), &["ron"])
            .set_file_name("journal.ron")
            .set_title(crate::t!("files-new-journal-title"))
            .save_file();
        if let Some(path) = picked {
            self.commands.push(AppCommand::CreateJournal(path));
            ctx.request_repaint();
        }
    }

    /// Writes an empty journal at `path` and opens it; an existing file is never replaced
    /// (the user is told to open it instead) and the current journal stays open on failure.
    pub(super) fn create_journal(&mut self, path: &Path) {
        if path.exists() {
            self.toast(
                crate::t!("files-already-exists", path = path.display().to_string()),
                true,
            );
            return;
        }
        if !self.flushed_before_switching() {
            return;
        }
        match storage::write_new(path, &Journal::default()) {
            Ok(()) => {
                self.open_file(path);
                self.toast(
                    crate::t!("files-started-new", name = file_name(path)),
                    false,
                );
            }
            Err(error) => self.toast(
                crate::t!("files-could-not-create", error = error.to_string()),
                true,
            ),
        }
    }

    /// Opens the folder of the journal (and its backups) in the file manager.
    pub(super) fn show_data_folder(&mut self) {
        let journal = self
            .session()
            .and_then(|session| session.lock().path().map(Path::to_owned))
            .or_else(|| self.broken().map(|broken| broken.path().to_owned()))
            .or_else(|| crate::cli::journal_path(None).ok());
        let Some(folder) = journal.as_deref().and_then(Path::parent) else {
            self.toast(crate::t!("files-no-data-folder"), true);
            return;
        };
        let opened = std::process::Command::new("xdg-open").arg(folder).spawn();
        match opened {
            Ok(mut child) => {
                // Reaped on a thread of its own so that no zombie process is left behind.
                std::thread::spawn(move || child.wait());
            }
            Err(error) => self.toast(
                crate::t!(
                    "files-could-not-show-folder",
                    folder = folder.display().to_string(),
                    error = error.to_string()
                ),
                true,
            ),
        }
    }
}
