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
                Problem::Locked => "Your journal is open in another Kintsugi",
                Problem::ReadOnlyFolder => "Kintsugi can't write to your journal's folder",
                Problem::NewerVersion | Problem::Other => "Kintsugi can't open your journal",
            };
            ui.heading(heading);
            ui.add_space(theme::GAP);
        });
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(egui::RichText::new("File").strong());
            ui.label(egui::RichText::new(self.path.display().to_string()).monospace());
            ui.add_space(theme::GAP);
            ui.label(egui::RichText::new("What went wrong").strong());
            ui.label(egui::RichText::new(&self.reason).color(theme::error_color(dark)));
            ui.add_space(theme::GAP);
            let reassurance = match self.problem {
                Problem::Locked => {
                    "Only one Kintsugi may write to a journal at a time, so that neither overwrites the other's changes. You can look at this journal without changing it, or close the other one and try again."
                }
                Problem::ReadOnlyFolder => {
                    "You can look at this journal without changing it, or fix the folder's permissions and try again."
                }
                Problem::NewerVersion => {
                    "This journal was saved by a newer Kintsugi. It has not been changed. Update Kintsugi to open it."
                }
                Problem::Other => "Kintsugi has not changed this file and will not write over it.",
            };
            ui.label(reassurance);
        });
        ui.add_space(theme::SECTION_GAP);
        ui.horizontal_wrapped(|ui| {
            let lookable = matches!(self.problem, Problem::Locked | Problem::ReadOnlyFolder);
            if lookable && ui.button("Open read-only").clicked() {
                commands.push(AppCommand::OpenReadOnly(self.path.clone()));
            }
            if lookable && ui.button("Try again").clicked() {
                commands.push(AppCommand::OpenJournal(self.path.clone()));
            }
            if let Some((day, _)) = &self.newest_backup {
                let restore = ui
                    .button(format!("Restore the newest backup (from {day})"))
                    .on_hover_text("The unreadable file is kept beside the journal under a new name, so nothing is lost.");
                if restore.clicked() {
                    commands.push(AppCommand::RestoreNewestBackup(self.path.clone()));
                }
            }
            if ui.button("Open another file…").clicked() {
                commands.push(AppCommand::PickJournalFile);
            }
            if ui.button("Quit").clicked() {
                commands.push(AppCommand::Quit);
            }
        });
        ui.add_space(theme::GAP);
        ui.horizontal(|ui| {
            let label = ui.label("Or open the journal at this path:");
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.other_path)
                        .hint_text("/path/to/journal.ron")
                        .desired_width(360.0),
                )
                .labelled_by(label.id);
            let entered =
                field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
            if (ui.button("Open").clicked() || entered) && !self.other_path.trim().is_empty() {
                commands.push(AppCommand::OpenJournal(PathBuf::from(
                    self.other_path.trim(),
                )));
            }
        });
    }
}
