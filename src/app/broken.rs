//! The screen shown when the journal cannot be opened: which file, why, and the ways out. The
//! file itself is never written from here.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::{AppCommand, theme};
use crate::storage::{self, StorageError};

/// The kinds of failure that call for different ways out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Problem {
    Locked,
    ReadOnlyFolder,
    NewerVersion,
    Other,
}

/// Why the journal could not be opened, and what the user can do about it.
#[derive(Debug, Clone)]
pub struct BrokenJournal {
    path: PathBuf,
    reason: String,
    problem: Problem,
    newest_backup: Option<(NaiveDate, PathBuf)>,
    other_path: String,
}

impl BrokenJournal {
    /// Describes `error` for the user and looks for a backup that could replace the file.
    pub fn new(error: &StorageError) -> Self {
        let path = error.path().to_owned();
        let newest_backup = if error.is_unreadable_content() {
            storage::newest_backup(&path)
        } else {
            None
        };
        Self {
            reason: error.to_string(),
            problem: match error {
                StorageError::Locked { .. } => Problem::Locked,
                StorageError::ReadOnlyFolder { .. } => Problem::ReadOnlyFolder,
                StorageError::NewerVersion { .. } => Problem::NewerVersion,
                _ => Problem::Other,
            },
            newest_backup,
            other_path: String::new(),
            path,
        }
    }

    pub(super) fn placeholder() -> Self {
        Self {
            path: PathBuf::new(),
            reason: String::new(),
            problem: Problem::Other,
            newest_backup: None,
            other_path: String::new(),
        }
    }

    /// The journal that could not be opened.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The full reason, as shown.
    pub fn reason(&self) -> &str {
        &self.reason
    }

    /// Draws the screen.
    pub fn ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<AppCommand>) {
        let dark = ui.visuals().dark_mode;
        ui.vertical_centered(|ui| {
            ui.set_max_width(720.0);
            ui.add_space(theme::SECTION_GAP);
            let heading = match self.problem {
                Problem::Locked => crate::t!("broken-heading-locked"),
                Problem::ReadOnlyFolder => crate::t!("broken-heading-read-only-folder"),
                Problem::NewerVersion | Problem::Other => crate::t!("broken-heading"),
            };
            ui.heading(heading);
            ui.add_space(theme::GAP);
        });
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(egui::RichText::new(crate::t!("broken-file")).strong());
            ui.label(egui::RichText::new(self.path.display().to_string()).monospace());
            ui.add_space(theme::GAP);
            ui.label(egui::RichText::new(crate::t!("broken-what-went-wrong")).strong());
            ui.label(egui::RichText::new(&self.reason).color(theme::error_color(dark)));
            ui.add_space(theme::GAP);
            let reassurance = match self.problem {
                Problem::Locked => crate::t!("broken-reassurance-locked"),
                Problem::ReadOnlyFolder => crate::t!("broken-reassurance-read-only-folder"),
                Problem::NewerVersion => crate::t!("broken-reassurance-newer-version"),
                Problem::Other => crate::t!("broken-reassurance"),
            };
            ui.label(reassurance);
        });
        ui.add_space(theme::SECTION_GAP);
        ui.horizontal_wrapped(|ui| {
            let lookable = matches!(self.problem, Problem::Locked | Problem::ReadOnlyFolder);
            if lookable && ui.button(crate::t!("broken-open-read-only")).clicked() {
                commands.push(AppCommand::OpenReadOnly(self.path.clone()));
            }
            if lookable && ui.button(crate::t!("broken-try-again")).clicked() {
                commands.push(AppCommand::OpenJournal(self.path.clone()));
            }
            if let Some((day, _)) = &self.newest_backup {
                let restore = ui
                    .button(crate::t!("broken-restore", date = day.to_string()))
                    .on_hover_text(crate::t!("broken-restore-hover"));
                if restore.clicked() {
                    commands.push(AppCommand::RestoreNewestBackup(self.path.clone()));
                }
            }
            if ui.button(crate::t!("broken-open-another")).clicked() {
                commands.push(AppCommand::PickJournalFile);
            }
            if ui.button(crate::t!("broken-quit")).clicked() {
                commands.push(AppCommand::Quit);
            }
        });
        ui.add_space(theme::GAP);
        ui.horizontal(|ui| {
            let label = ui.label(crate::t!("broken-open-path"));
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.other_path)
                        .hint_text("/path/to/journal.ron")
                        .desired_width(360.0),
                )
                .labelled_by(label.id);
            let entered =
                field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
            if (ui.button(crate::t!("common-open")).clicked() || entered)
                && !self.other_path.trim().is_empty()
            {
                commands.push(AppCommand::OpenJournal(PathBuf::from(
                    self.other_path.trim(),
                )));
            }
        });
    }
}
