//! The export and import dialogs. Native file dialogs (rfd) fill in the path; when none can be
//! shown, the path field is there to type into. The dialogs only collect choices: files are
//! written and read by the app's command handler.

mod apply;
mod import_job;

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::{AppCommand, shortcuts, theme};
use crate::chart_export::ChartFormat;
use crate::interchange::{ImportFormat, ImportOptions, ImportReport};

/// Which dialog is open, with what the user has chosen so far.
#[derive(Debug, Default)]
pub struct ExchangeDialogs {
    /// Export chart: path, size, scale.
    pub chart: Option<ChartDialog>,
    /// Export data: the folder.
    pub data: Option<FolderDialog>,
    /// Import: the source, its format, and the preview.
    pub import: Option<ImportDialog>,
    /// Restore: the backups to choose from.
    pub restore: Option<RestoreDialog>,
    /// Ratings given to Daylio mood names in earlier imports (remembered between runs, in the
    /// window preferences rather than the journal).
    pub daylio_moods: BTreeMap<String, u8>,
    /// Said in the export dialogs when the journal is encrypted: exports are plain files.
    pub plain_export_notice: Option<&'static str>,
}

/// The backups of the open journal, newest first.
#[derive(Debug, Default)]
pub struct RestoreDialog {
    /// Each backup with its day.
    pub backups: Vec<(chrono::NaiveDate, PathBuf)>,
    /// A problem to show.
    pub problem: Option<String>,
    /// A backup sealed with another key than the journal's (from before a change of
    /// passphrase, or another copy of the journal): its own passphrase is asked for.
    pub other_key: Option<PathBuf>,
    /// That backup's passphrase, as typed (wiped once used).
    pub passphrase: crate::app::secret_field::SecretText,
}

/// Choices of the chart export.
#[derive(Debug, Clone)]
pub struct ChartDialog {
    /// Where to save; the extension chooses PNG or SVG.
    pub path: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Pixel scale for PNG.
    pub scale: f32,
    /// Add "What goes with better days" under the chart.
    pub better_days: bool,
    /// A problem to show.
    pub problem: Option<String>,
}

/// The folder of the CSV export.
#[derive(Debug, Clone, Default)]
pub struct FolderDialog {
    /// The folder.
    pub path: String,
    /// A problem to show.
    pub problem: Option<String>,
}

/// Choices of the import, and its preview.
#[derive(Debug, Default)]
pub struct ImportDialog {
    /// A folder (Kintsugi CSV, RedNotebook) or a file (CSV, jrnl).
    pub path: String,
    /// `None` recognises the format from the file or folder.
    pub format: Option<ImportFormat>,
    /// Ratings chosen for Daylio mood names (lower case).
    pub moods: BTreeMap<String, u8>,
    /// Daylio moods the last preview met without a rating, with their lines.
    pub unknown_moods: Vec<(String, Vec<u64>)>,
    /// What the import would do (shown before it is applied).
    pub preview: Option<ImportReport>,
    /// A problem to show.
    pub problem: Option<String>,
    /// The preview or import being read on a worker thread.
    pub job: Option<import_job::ImportJob>,
}

impl ImportDialog {
    /// What the import reads and how, as chosen in the dialog.
    pub fn options(&self) -> ImportOptions {
        ImportOptions {
            format: self.format,
            moods: self.moods.clone(),
        }
    }

    /// A dialog that starts from the mood ratings of earlier imports.
    pub fn new(moods: BTreeMap<String, u8>) -> Self {
        Self {
            moods,
            ..Self::default()
        }
    }
}

/// The user's home folder, where exports are proposed.
pub(super) fn home() -> PathBuf {
    directories::UserDirs::new()
        .map_or_else(|| PathBuf::from("."), |dirs| dirs.home_dir().to_owned())
}

impl ChartDialog {
    /// A dialog with a sensible file name in the home folder.
    pub fn new(suggested_name: &str) -> Self {
        Self {
            path: home().join(suggested_name).display().to_string(),
            width: 1600,
            height: 900,
            scale: 1.0,
            better_days: false,
            problem: None,
        }
    }
}

impl ExchangeDialogs {
    /// Draws whichever dialog is open.
    pub fn ui(&mut self, ctx: &egui::Context, commands: &mut Vec<AppCommand>) {
        self.chart_ui(ctx, commands);
        self.data_ui(ctx, commands);
        self.import_ui(ctx, commands);
        self.restore_ui(ctx, commands);
    }

    fn restore_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<AppCommand>) {
        let Some(dialog) = &mut self.restore else {
            return;
        };
        let mut open = true;
        egui::Window::new("Restore from backup")
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.label("Kintsugi keeps a copy of the journal as it was before the first save of each day, and before every import or restore.");
                ui.label(format!("Restoring replaces the journal with the copy; the journal as it is now is backed up first, and {} takes the restore back.", shortcuts::keys_text(shortcuts::Action::Undo)));
                ui.add_space(theme::GAP);
                if dialog.backups.is_empty() {
                    ui.label(egui::RichText::new("There are no backups of this journal yet.").weak());
                }
                egui::Grid::new("backups").num_columns(2).spacing([24.0, 6.0]).show(ui, |ui| {
                    for (day, path) in &dialog.backups {
                        let name = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                        ui.label(format!("{} · {name}", day.format("%-d %b %Y")));
                        if ui.button("Restore").on_hover_text(path.display().to_string()).clicked() {
                            commands.push(AppCommand::RestoreBackup(path.clone()));
                        }
                        ui.end_row();
                    }
                });
                theme::problem_ui(ui, dialog.problem.as_deref());
                if let Some(backup) = dialog.other_key.clone() {
                    ui.horizontal(|ui| {
                        let label = ui.label("Its passphrase");
                        let field = crate::app::secret_field::passphrase_edit(
                            ui,
                            crate::app::secret_field::SecretField::Backup,
                            &mut dialog.passphrase,
                            false,
                            260.0,
                        )
                        .labelled_by(label.id);
                        let entered = field.lost_focus()
                            && ui.input(|input| input.key_pressed(egui::Key::Enter));
                        if ui.button("Restore with it").clicked() || entered {
                            commands.push(AppCommand::RestoreBackup(backup));
                        }
                    });
                }
            });
        if !open {
            self.restore = None;
        }
    }

    fn chart_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<AppCommand>) {
        let Some(dialog) = &mut self.chart else {
            return;
        };
        let mut open = true;
        let mut close = false;
        egui::Window::new("Export chart").open(&mut open).collapsible(false).resizable(false).anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO).show(ctx, |ui| {
            ui.label("The chart of the Progress screen: same range, ratings and colours, with the setbacks and skills lane.");
            plain_notice_ui(ui, self.plain_export_notice);
            ui.add_space(theme::GAP);
            ui.horizontal(|ui| {
                let label = ui.label("File");
                ui.add(egui::TextEdit::singleline(&mut dialog.path).desired_width(380.0)).labelled_by(label.id);
                if ui.button("Choose…").clicked() {
                    let picked = rfd::FileDialog::new()
                        .add_filter("PNG image", &["png"])
                        .add_filter("SVG drawing", &["svg"])
                        .set_file_name(PathBuf::from(&dialog.path).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default())
                        .save_file();
                    if let Some(path) = picked {
                        dialog.path = path.display().to_string();
                    }
                }
            });
            ui.horizontal(|ui| {
                ui.label("Format:");
                for (label, extension) in [("PNG", "png"), ("SVG", "svg")] {
                    let current = ChartFormat::of_path(&PathBuf::from(&dialog.path)).ok();
                    let wanted = if extension == "png" { ChartFormat::Png } else { ChartFormat::Svg };
                    if ui.radio(current == Some(wanted), label).clicked() {
                        dialog.path = PathBuf::from(&dialog.path).with_extension(extension).display().to_string();
                    }
                }
            });
            ui.horizontal(|ui| {
                let label = ui.label("Size");
                ui.add(egui::DragValue::new(&mut dialog.width).range(320..=8000).suffix(" px")).labelled_by(label.id);
                let by = ui.label("×");
                ui.add(egui::DragValue::new(&mut dialog.height).range(240..=8000).suffix(" px")).labelled_by(by.id);
                let label = ui.label("PNG scale");
                ui.add(egui::DragValue::new(&mut dialog.scale).range(1.0..=4.0).speed(0.1).suffix("×")).labelled_by(label.id)
                    .on_hover_text("2× gives a sharp picture on high-density screens and in slides");
            });
            ui.checkbox(&mut dialog.better_days, "Add “What goes with better days” under the chart")
                .on_hover_text("The tags that go with higher and lower ratings, the weekday means, recovery by category and mood carry-over of the chart's range, as on the Progress screen. The image grows by the height they need.");
            theme::problem_ui(ui, dialog.problem.as_deref());
            ui.add_space(theme::GAP);
            ui.horizontal(|ui| {
                if ui.button("Export").clicked() {
                    commands.push(AppCommand::ExportChart);
                }
                if ui.button("Cancel").clicked() {
                    close = true;
                }
            });
        });
        if !open || close {
            self.chart = None;
        }
    }

    fn data_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<AppCommand>) {
        let Some(dialog) = &mut self.data else { return };
        let mut open = true;
        let mut close = false;
        egui::Window::new("Export data (CSV)").open(&mut open).collapsible(false).resizable(false).anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO).show(ctx, |ui| {
            ui.label("Writes checkins.csv, setbacks.csv, skills.csv, experiments.csv and reviews.csv into a folder, for a spreadsheet or another app.");
            plain_notice_ui(ui, self.plain_export_notice);
            ui.horizontal(|ui| {
                let label = ui.label("Folder");
                ui.add(egui::TextEdit::singleline(&mut dialog.path).desired_width(380.0)).labelled_by(label.id);
                if ui.button("Choose…").clicked()
                    && let Some(path) = rfd::FileDialog::new().pick_folder()
                {
                    dialog.path = path.display().to_string();
                }
            });
            theme::problem_ui(ui, dialog.problem.as_deref());
            ui.horizontal(|ui| {
                if ui.button("Export").clicked() {
                    commands.push(AppCommand::ExportData);
                }
                if ui.button("Cancel").clicked() {
                    close = true;
                }
            });
        });
        if !open || close {
            self.data = None;
        }
    }

    fn import_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<AppCommand>) {
        let Some(dialog) = &mut self.import else {
            return;
        };
        let mut open = true;
        let mut close = false;
        egui::Window::new("Import").open(&mut open).collapsible(false).resizable(false).anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO).show(ctx, |ui| {
            ui.label("A folder exported by Kintsugi or one of its CSV files, Daylio's CSV export, a jrnl journal (its JSON export or its text file) or RedNotebook's data folder.");
            ui.horizontal(|ui| {
                let label = ui.label("From");
                let field = ui.add(egui::TextEdit::singleline(&mut dialog.path).desired_width(360.0)).labelled_by(label.id);
                if field.changed() {
                    dialog.preview = None;
                }
                if ui.button("File…").clicked()
                    && let Some(path) = rfd::FileDialog::new().add_filter("CSV, jrnl", &["csv", "json", "txt"]).pick_file()
                {
                    dialog.path = path.display().to_string();
                    dialog.preview = None;
                }
                if ui.button("Folder…").clicked()
                    && let Some(path) = rfd::FileDialog::new().pick_folder()
                {
                    dialog.path = path.display().to_string();
                    dialog.preview = None;
                }
            });
            ui.horizontal(|ui| {
                ui.label("Format:");
                for (label, format) in [("Recognise", None), ("Kintsugi", Some(ImportFormat::Kintsugi)), ("Daylio", Some(ImportFormat::Daylio)), ("jrnl", Some(ImportFormat::Jrnl)), ("RedNotebook", Some(ImportFormat::RedNotebook))] {
                    if ui.radio(dialog.format == format, label).clicked() {
                        dialog.format = format;
                        dialog.preview = None;
                    }
                }
            });
            theme::problem_ui(ui, dialog.problem.as_deref());
            dialog.job_ui(ui);
            mood_ratings_ui(ui, dialog);
            if let Some(preview) = &dialog.preview {
                theme::card(ui).show(ui, |ui| {
                    ui.label(egui::RichText::new("Preview").strong());
                    ui.label(preview.to_string().replacen("Imported", "Would import", 1));
                    ui.label(egui::RichText::new(format!("A backup is made first, and Undo ({}) takes the whole import back.", shortcuts::keys_text(shortcuts::Action::Undo))).weak());
                });
            }
            ui.horizontal(|ui| {
                let idle = dialog.job.is_none();
                if ui.add_enabled(idle, egui::Button::new("Preview")).clicked() {
                    commands.push(AppCommand::PreviewImport);
                }
                if ui.add_enabled(idle && dialog.preview.is_some(), egui::Button::new("Import")).clicked() {
                    commands.push(AppCommand::ApplyImport);
                }
                if ui.button("Cancel").clicked() {
                    close = true;
                }
            });
        });
        if !open || close {
            self.import = None;
        }
    }
}

/// A row of 1–10 choices for each Daylio mood the preview met without a rating.
fn mood_ratings_ui(ui: &mut egui::Ui, dialog: &mut ImportDialog) {
    if dialog.unknown_moods.is_empty() {
        return;
    }
    ui.add_space(theme::GAP);
    ui.label(
        "These Daylio moods have no rating yet: give each one from 1 (awful) to 10 (great), then Preview again.",
    );
    egui::Grid::new("daylio_moods")
        .num_columns(2)
        .spacing([theme::GAP, 4.0])
        .show(ui, |ui| {
            for (mood, lines) in &dialog.unknown_moods {
                let key = mood.to_lowercase();
                let lines: Vec<String> = lines.iter().map(u64::to_string).collect();
                let plural = if lines.len() == 1 { "line" } else { "lines" };
                ui.label(format!("“{mood}” ({plural} {})", lines.join(", ")));
                ui.horizontal(|ui| {
                    ui.spacing_mut().item_spacing.x = 4.0;
                    for rating in 1..=10_u8 {
                        let chosen = dialog.moods.get(&key) == Some(&rating);
                        let button = ui.add(
                            egui::Button::new(rating.to_string())
                                .selected(chosen)
                                .min_size(egui::vec2(28.0, 0.0)),
                        );
                        button.widget_info(|| {
                            egui::WidgetInfo::selected(
                                egui::Role::Button,
                                true,
                                chosen,
                                format!("Rate “{mood}” {rating}"),
                            )
                        });
                        if button.clicked() {
                            dialog.moods.insert(key.clone(), rating);
                        }
                    }
                });
                ui.end_row();
            }
        });
}

/// "Your journal is encrypted; this export is not." in gold, when it applies.
pub(crate) fn plain_notice_ui(ui: &mut egui::Ui, notice: Option<&str>) {
    if let Some(notice) = notice {
        ui.label(
            egui::RichText::new(format!("🔓 {notice}")).color(theme::gold(ui.visuals().dark_mode)),
        );
    }
}
