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
            AppCommand::OpenImport => self.open_import(),
            AppCommand::ExportChart => {
                let Some(dialog) = &mut self.exchange.chart else {
                    return;
                };
                let path = PathBuf::from(dialog.path.trim());
                let options = crate::chart_export::ChartOptions {
                    width: dialog.width,
                    height: dialog.height,
                    scale: dialog.scale,
                    better_days: dialog.better_days,
                    ..options
                };
                match crate::chart_export::export_chart(session.lock().journal(), &path, &options) {
                    Ok(()) => {
                        self.exchange.chart = None;
                        self.toast(
                            crate::t!("exchange-chart-exported", path = path.display().to_string()),
                            false,
                        );
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
                            crate::t!("exchange-data-exported", path = path.display().to_string()),
                            false,
                        );
                    }
                    Err(error) => dialog.problem = Some(error.to_string()),
                }
            }
            AppCommand::PreviewImport | AppCommand::ApplyImport => {
                let apply = matches!(command, AppCommand::ApplyImport);
                if let Some(dialog) = &mut self.exchange.import {
                    dialog.start(&session, self.clock.now(), apply);
                }
            }
            AppCommand::OpenRestore => {
                let mut backups = session
                    .lock()
                    .path()
                    .map(crate::storage::list_backups)
                    .unwrap_or_default();
                backups.reverse();
                self.exchange.restore = Some(RestoreDialog {
                    backups,
                    ..RestoreDialog::default()
                });
            }
            AppCommand::RestoreBackup(backup) => self.restore_backup(&session, backup),
            AppCommand::CopyChart => {
                let picture = chart_picture(session.lock().journal(), &options);
                self.copy_chart(ctx, picture);
            }
            _ => {}
        }
    }

    /// Puts the chart on the clipboard, and says so (or why not).
    fn copy_chart(&mut self, ctx: &egui::Context, picture: Result<egui::ColorImage, String>) {
        match picture {
            Ok(picture) => {
                ctx.copy_image(picture);
                self.toast(crate::t!("exchange-chart-copied"), false);
            }
            Err(error) => self.toast(crate::t!("exchange-chart-copy-failed", error = error), true),
        }
    }

    fn open_import(&mut self) {
        self.exchange.import = Some(ImportDialog::new(self.exchange.daylio_moods.clone()));
    }

    /// Puts an import read by the worker in place, as one undoable step.
    pub(super) fn apply_read_import(
        &mut self,
        shared: &crate::session::SharedSession,
        merged: crate::model::Journal,
        report: &crate::interchange::ImportReport,
    ) {
        let Some(dialog) = &mut self.exchange.import else {
            return;
        };
        let options = dialog.options();
        let label = crate::t!("exchange-step-import");
        let replaced = self.replace_journal(shared, "import", &label, merged);
        match replaced {
            Ok(replaced) => {
                self.exchange.import = None;
                self.exchange.daylio_moods.extend(options.moods);
                let report = super::report_text(report, false);
                let done = match &replaced.backup {
                    Ok(Some(path)) => crate::t!(
                        "exchange-imported-backup",
                        report = report,
                        path = path.display().to_string()
                    ),
                    Ok(None) => crate::t!("exchange-imported", report = report),
                    Err(error) => crate::t!(
                        "exchange-imported-no-backup",
                        report = report,
                        error = error.to_string()
                    ),
                };
                self.report_replaced(done, replaced);
            }
            Err(reason) => {
                if let Some(dialog) = &mut self.exchange.import {
                    dialog.problem = Some(crate::t!("exchange-import-failed", reason = reason));
                }
            }
        }
    }

    /// Puts `replacement` in place of the whole journal as one undoable step (an import, a
    /// restore), after a backup labelled `what` that is reported but never holds it back, and
    /// saves at once. Read-only sessions refuse, with the reason.
    fn replace_journal(
        &mut self,
        session: &crate::session::SharedSession,
        what: &str,
        label: &str,
        replacement: crate::model::Journal,
    ) -> Result<Replaced, String> {
        let mut session = session.lock();
        if let crate::session::SessionMode::ReadOnly { reason } = session.mode() {
            return Err(reason.clone());
        }
        let stamp = self.clock.now().format("%H%M%S").to_string();
        let backup = session.back_up_before(what, self.clock.today(), &stamp);
        session
            .change(
                Change::named(label),
                &Reach::Anything,
                self.clock.instant(),
                |journal| {
                    *journal = replacement;
                    Ok::<_, std::convert::Infallible>(())
                },
            )
            .map_err(|error| error.to_string())?;
        Ok(Replaced {
            backup,
            step: session.last_step(),
            saved: session.save(self.clock.today(), self.clock.instant()),
        })
    }

    /// Tells what a replacement did: `done` with an Undo for its step, and a failed save.
    fn report_replaced(&mut self, done: String, replaced: Replaced) {
        self.toast_undoable(done, replaced.step);
        if let Err(error) = replaced.saved {
            self.toast(
                crate::t!("exchange-could-not-save", error = error.to_string()),
                true,
            );
        }
    }
}

/// What replacing the whole journal did besides the change itself.
struct Replaced {
    /// The backup made first (`None` when there was no file yet), or why none could be made.
    backup: Result<Option<PathBuf>, crate::storage::StorageError>,
    /// The history step the replacement became.
    step: Option<crate::history::StepId>,
    /// Whether the journal could be written at once.
    saved: Result<(), crate::storage::StorageError>,
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
        let key = session.lock().key().cloned();
        // The passphrase typed for a backup of another key, used once and wiped.
        let typed = (dialog.other_key.as_deref() == Some(backup) && !dialog.passphrase.is_empty())
            .then(|| age::secrecy::SecretString::from(dialog.passphrase.as_str().to_owned()));
        dialog.passphrase.wipe();
        let unlock = match (&typed, &key) {
            (Some(passphrase), _) => crate::storage::Unlock::Passphrase(passphrase),
            (None, Some(key)) => crate::storage::Unlock::Key(key),
            (None, None) => crate::storage::Unlock::Nothing,
        };
        let restored = match crate::storage::load_with(backup, unlock) {
            // A plain backup beside an encrypted journal is not one Kintsugi made (it seals or
            // deletes every plain copy when it encrypts): someone else put it there.
            Ok((_, None)) if key.is_some() => {
                dialog.problem = Some(crate::t!("exchange-restore-plain-backup"));
                return;
            }
            Ok((journal, _)) => journal,
            Err(
                crate::storage::StorageError::Encryption {
                    cause: crate::storage::EncryptionError::OtherKey,
                    ..
                }
                | crate::storage::StorageError::Encrypted { .. },
            ) => {
                dialog.other_key = Some(backup.to_owned());
                dialog.problem = Some(crate::t!("exchange-restore-other-key"));
                return;
            }
            Err(error) if typed.is_some() && error.needs_passphrase() => {
                dialog.problem = Some(crate::t!("exchange-restore-wrong-passphrase"));
                return;
            }
            Err(error) => {
                dialog.problem = Some(error.to_string());
                return;
            }
        };
        let label = crate::t!("exchange-step-restore");
        match self.replace_journal(session, "restore", &label, restored) {
            Ok(replaced) => {
                self.exchange.restore = None;
                let name = backup
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                let done = match &replaced.backup {
                    Ok(Some(path)) => crate::t!(
                        "exchange-restored-backup",
                        name = name,
                        path = path.display().to_string()
                    ),
                    Ok(None) => crate::t!("exchange-restored", name = name),
                    Err(error) => crate::t!(
                        "exchange-restored-no-backup",
                        name = name,
                        error = error.to_string()
                    ),
                };
                self.report_replaced(done, replaced);
            }
            Err(reason) => {
                if let Some(dialog) = &mut self.exchange.restore {
                    dialog.problem = Some(crate::t!("exchange-restore-failed", reason = reason));
                }
            }
        }
    }
}
