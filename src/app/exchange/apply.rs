//! What the export, import and restore dialogs ask for, carried out: the only place they touch
//! files and the journal.

use std::path::PathBuf;

use super::{ChartDialog, FolderDialog, ImportDialog, RestoreDialog, home};
use crate::app::{AppCommand, KintsugiApp};
use crate::history::Change;
use crate::session::Reach;

impl KintsugiApp {
    /// Carries out the export and import commands: the only place they touch files.
    pub(in crate::app) fn exchange_command(&mut self, command: &AppCommand, ctx: &egui::Context) {
        let dark = ctx.global_style().visuals.dark_mode;
        let today = self.clock.today();
        let Some((session, screens)) = self.screens_mut() else {
            return;
        };
        let session = session.clone();
        let options = screens
            .progress
            .chart_options(session.lock().journal(), today, dark);
        match command {
            AppCommand::OpenExportChart => {
                let name = format!(
                    "kintsugi-{}-{}.png",
                    options.range.from(),
                    options.range.to()
                );
                self.exchange.chart = Some(ChartDialog::new(&name));
            }
            AppCommand::OpenExportData => {
                let path = home()
                    .join(format!("kintsugi-export-{today}"))
                    .display()
                    .to_string();
                self.exchange.data = Some(FolderDialog {
                    path,
                    problem: None,
                });
            }
            AppCommand::OpenImport => self.exchange.import = Some(ImportDialog::default()),
            AppCommand::ExportChart => {
                let Some(dialog) = &mut self.exchange.chart else {
                    return;
                };
                let path = PathBuf::from(dialog.path.trim());
                let options = crate::chart_export::ChartOptions {
                    width: dialog.width,
                    height: dialog.height,
                    scale: dialog.scale,
                    ..options
                };
                match crate::chart_export::export_chart(session.lock().journal(), &path, &options) {
                    Ok(()) => {
                        self.exchange.chart = None;
                        self.toast(format!("Exported the chart to {}", path.display()), false);
                    }
                    Err(error) => dialog.problem = Some(error.to_string()),
                }
            }
            AppCommand::ExportData => {
                let Some(dialog) = &mut self.exchange.data else {
                    return;
                };
                let path = PathBuf::from(dialog.path.trim());
                match crate::interchange::export_csv(session.lock().journal(), &path) {
                    Ok(_) => {
                        self.exchange.data = None;
                        self.toast(
                            format!(
                                "Exported checkins.csv, setbacks.csv and skills.csv to {}",
                                path.display()
                            ),
                            false,
                        );
                    }
                    Err(error) => dialog.problem = Some(error.to_string()),
                }
            }
            AppCommand::PreviewImport => {
                if let Some(dialog) = &mut self.exchange.import {
                    dialog.preview(session.lock().journal(), self.clock.now());
                }
            }
            AppCommand::ApplyImport => self.apply_import(&session),
            AppCommand::OpenRestore => {
                let mut backups = session
                    .lock()
                    .path()
                    .map(crate::storage::list_backups)
                    .unwrap_or_default();
                backups.reverse();
                self.exchange.restore = Some(RestoreDialog {
                    backups,
                    problem: None,
                });
            }
            AppCommand::RestoreBackup(backup) => self.restore_backup(&session, backup),
            AppCommand::CopyChart => {
                let picture = chart_picture(session.lock().journal(), &options);
                match picture {
                    Ok(picture) => {
                        ctx.copy_image(picture);
                        self.toast("Copied the chart to the clipboard.", false);
                    }
                    Err(error) => self.toast(format!("Could not copy the chart: {error}"), true),
                }
            }
            _ => {}
        }
    }

    fn apply_import(&mut self, session: &crate::session::SharedSession) {
        let Some(dialog) = &mut self.exchange.import else {
            return;
        };
        let path = PathBuf::from(dialog.path.trim());
        let mut session = session.lock();
        let merged = crate::interchange::import_csv(
            session.journal(),
            &path,
            dialog.format,
            self.clock.now(),
        );
        let (merged, report) = match merged {
            Ok(result) => result,
            Err(error) => {
                dialog.problem = Some(error.to_string());
                return;
            }
        };
        if let crate::session::SessionMode::ReadOnly { reason } = session.mode() {
            dialog.problem = Some(format!("Nothing was imported: {reason}"));
            return;
        }
        // A backup that cannot be made is reported; it never holds back the import, which the
        // edit history can undo anyway.
        let stamp = self.clock.now().format("%H%M%S").to_string();
        let backup = match session.back_up_before("import", self.clock.today(), &stamp) {
            Ok(Some(path)) => format!(" Backup: {}.", path.display()),
            Ok(None) => String::new(),
            Err(error) => format!(" No backup could be made: {error}."),
        };
        let imported = session.change(
            Change::named("import"),
            &Reach::Anything,
            self.clock.instant(),
            |journal| {
                *journal = merged;
                Ok::<_, std::convert::Infallible>(())
            },
        );
        let step = session.last_step();
        let saved = session.save(self.clock.today(), self.clock.instant());
        drop(session);
        if let Err(error) = imported {
            dialog.problem = Some(format!("Nothing was imported: {error}"));
            return;
        }
        self.exchange.import = None;
        match step {
            Some(step) => self.toast_with_action(
                format!("{report}.{backup}"),
                "Undo",
                AppCommand::UndoStep(step),
            ),
            None => self.toast(format!("{report}.{backup}"), false),
        }
        if let Err(error) = saved {
            self.toast(format!("Could not save: {error}"), true);
        }
    }
}

/// The chart as an image for the clipboard.
fn chart_picture(
    journal: &crate::model::Journal,
    options: &crate::chart_export::ChartOptions,
) -> Result<egui::ColorImage, String> {
    let png =
        crate::chart_export::render_png(journal, options).map_err(|error| error.to_string())?;
    let rgba = image::load_from_memory(&png)
        .map_err(|error| error.to_string())?
        .to_rgba8();
    let size = [rgba.width() as usize, rgba.height() as usize];
    Ok(egui::ColorImage::from_rgba_unmultiplied(
        size,
        rgba.as_raw(),
    ))
}

impl KintsugiApp {
    /// Replaces the open journal with a backup, backing the current state up first; undoable.
    fn restore_backup(
        &mut self,
        session: &crate::session::SharedSession,
        backup: &std::path::Path,
    ) {
        let Some(dialog) = &mut self.exchange.restore else {
            return;
        };
        let restored = match crate::storage::load(backup) {
            Ok(journal) => journal,
            Err(error) => {
                dialog.problem = Some(error.to_string());
                return;
            }
        };
        let mut session = session.lock();
        if let crate::session::SessionMode::ReadOnly { reason } = session.mode() {
            dialog.problem = Some(format!("Nothing was restored: {reason}"));
            return;
        }
        let stamp = self.clock.now().format("%H%M%S").to_string();
        let safety = match session.back_up_before("restore", self.clock.today(), &stamp) {
            Ok(Some(path)) => format!(" The journal as it was is in {}.", path.display()),
            Ok(None) => String::new(),
            Err(error) => format!(" No backup of the journal as it was could be made: {error}."),
        };
        let restored_result = session.change(
            Change::named("restore from backup"),
            &Reach::Anything,
            self.clock.instant(),
            |journal| {
                *journal = restored;
                Ok::<_, std::convert::Infallible>(())
            },
        );
        let step = session.last_step();
        let saved = session.save(self.clock.today(), self.clock.instant());
        drop(session);
        if let Err(error) = restored_result {
            dialog.problem = Some(format!("Nothing was restored: {error}"));
            return;
        }
        self.exchange.restore = None;
        let name = backup
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        match step {
            Some(step) => self.toast_with_action(
                format!("Restored {name}.{safety}"),
                "Undo",
                AppCommand::UndoStep(step),
            ),
            None => self.toast(format!("Restored {name}.{safety}"), false),
        }
        if let Err(error) = saved {
            self.toast(format!("Could not save: {error}"), true);
        }
    }
}
