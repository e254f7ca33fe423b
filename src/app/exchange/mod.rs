//! The export and import dialogs. Native file dialogs (rfd) fill in the path; when none can be
//! shown, the path field is there to type into. The dialogs only collect choices: files are
//! written and read by the app's command handler.

mod apply;
mod import_job;

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::{AppCommand, shortcuts, theme};
use crate::chart_export::ChartFormat;
use crate::i18n::DateStyle;
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
        egui::Window::new(crate::t!("exchange-restore-title"))
            .id(egui::Id::unique("restore_backup_window"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.label(crate::t!("exchange-restore-explained"));
                ui.label(crate::t!(
                    "exchange-restore-replaces",
                    keys = shortcuts::keys_text(shortcuts::Action::Undo)
                ));
                ui.add_space(theme::GAP);
                if dialog.backups.is_empty() {
                    ui.label(egui::RichText::new(crate::t!("exchange-restore-none")).weak());
                }
                egui::Grid::new("backups")
                    .num_columns(2)
                    .spacing([24.0, 6.0])
                    .show(ui, |ui| {
                        for (day, path) in &dialog.backups {
                            let name = path
                                .file_name()
                                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
                            ui.label(crate::t!(
                                "exchange-restore-backup",
                                date = crate::i18n::date(*day, DateStyle::Short),
                                name = name
                            ));
                            if ui
                                .button(crate::t!("exchange-restore"))
                                .on_hover_text(path.display().to_string())
                                .clicked()
                            {
                                commands.push(AppCommand::RestoreBackup(path.clone()));
                            }
                            ui.end_row();
                        }
                    });
                theme::problem_ui(ui, dialog.problem.as_deref());
                if let Some(backup) = dialog.other_key.clone() {
                    ui.horizontal(|ui| {
                        let label = ui.label(crate::t!("exchange-its-passphrase"));
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
                        if ui.button(crate::t!("exchange-restore-with-it")).clicked() || entered {
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
        egui::Window::new(crate::t!("exchange-chart-title"))
            .id(egui::Id::unique("export_chart_window"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.label(crate::t!("exchange-chart-explained"));
                plain_notice_ui(ui, self.plain_export_notice);
                ui.add_space(theme::GAP);
                ui.horizontal(|ui| {
                    let label = ui.label(crate::t!("exchange-file"));
                    ui.add(egui::TextEdit::singleline(&mut dialog.path).desired_width(380.0))
                        .labelled_by(label.id);
                    if ui.button(crate::t!("exchange-choose")).clicked() {
                        let picked = rfd::FileDialog::new()
                            .add_filter(crate::t!("exchange-filter-png"), &["png"])
                            .add_filter(crate::t!("exchange-filter-svg"), &["svg"])
                            .set_file_name(
                                PathBuf::from(&dialog.path)
                                    .file_name()
                                    .map(|n| n.to_string_lossy().into_owned())
                                    .unwrap_or_default(),
                            )
                            .save_file();
                        if let Some(path) = picked {
                            dialog.path = path.display().to_string();
                        }
                    }
                });
                ui.horizontal(|ui| {
                    ui.label(crate::t!("exchange-format"));
                    for (label, extension) in [("PNG", "png"), ("SVG", "svg")] {
                        let current = ChartFormat::of_path(&PathBuf::from(&dialog.path)).ok();
                        let wanted = if extension == "png" {
                            ChartFormat::Png
                        } else {
                            ChartFormat::Svg
                        };
                        if ui.radio(current == Some(wanted), label).clicked() {
                            dialog.path = PathBuf::from(&dialog.path)
                                .with_extension(extension)
                                .display()
                                .to_string();
                        }
                    }
                });
                ui.horizontal(|ui| {
                    let label = ui.label(crate::t!("exchange-size"));
                    ui.add(
                        egui::DragValue::new(&mut dialog.width)
                            .range(320..=8000)
                            .suffix(" px"),
                    )
                    .labelled_by(label.id);
                    let by = ui.label("×");
                    ui.add(
                        egui::DragValue::new(&mut dialog.height)
                            .range(240..=8000)
                            .suffix(" px"),
                    )
                    .labelled_by(by.id);
                    let label = ui.label(crate::t!("exchange-png-scale"));
                    ui.add(
                        egui::DragValue::new(&mut dialog.scale)
                            .range(1.0..=4.0)
                            .speed(0.1)
                            .suffix("×"),
                    )
                    .labelled_by(label.id)
                    .on_hover_text(crate::t!("exchange-png-scale-hover"));
                });
                ui.checkbox(&mut dialog.better_days, crate::t!("exchange-better-days"))
                    .on_hover_text(crate::t!("exchange-better-days-hover"));
                theme::problem_ui(ui, dialog.problem.as_deref());
                ui.add_space(theme::GAP);
                ui.horizontal(|ui| {
                    if ui.button(crate::t!("exchange-export")).clicked() {
                        commands.push(AppCommand::ExportChart);
                    }
                    if ui.button(crate::t!("common-cancel")).clicked() {
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
        egui::Window::new(crate::t!("exchange-data-title"))
            .id(egui::Id::unique("export_data_window"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.label(crate::t!("exchange-data-explained"));
                plain_notice_ui(ui, self.plain_export_notice);
                ui.horizontal(|ui| {
                    let label = ui.label(crate::t!("exchange-folder"));
                    ui.add(egui::TextEdit::singleline(&mut dialog.path).desired_width(380.0))
                        .labelled_by(label.id);
                    if ui.button(crate::t!("exchange-choose")).clicked()
                        && let Some(path) = rfd::FileDialog::new().pick_folder()
                    {
                        dialog.path = path.display().to_string();
                    }
                });
                theme::problem_ui(ui, dialog.problem.as_deref());
                ui.horizontal(|ui| {
                    if ui.button(crate::t!("exchange-export")).clicked() {
                        commands.push(AppCommand::ExportData);
                    }
                    if ui.button(crate::t!("common-cancel")).clicked() {
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
        egui::Window::new(crate::t!("exchange-import"))
            .id(egui::Id::unique("import_window"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.label(crate::t!("exchange-import-explained"));
                ui.horizontal(|ui| {
                    let label = ui.label(crate::t!("exchange-import-from"));
                    let field = ui
                        .add(egui::TextEdit::singleline(&mut dialog.path).desired_width(360.0))
                        .labelled_by(label.id);
                    if field.changed() {
                        dialog.preview = None;
                    }
                    if ui.button(crate::t!("exchange-pick-file")).clicked()
                        && let Some(path) = rfd::FileDialog::new()
                            .add_filter("CSV, jrnl", &["csv", "json", "txt"])
                            .pick_file()
                    {
                        dialog.path = path.display().to_string();
                        dialog.preview = None;
                    }
                    if ui.button(crate::t!("exchange-pick-folder")).clicked()
                        && let Some(path) = rfd::FileDialog::new().pick_folder()
                    {
                        dialog.path = path.display().to_string();
                        dialog.preview = None;
                    }
                });
                ui.horizontal(|ui| {
                    ui.label(crate::t!("exchange-format"));
                    for (label, format) in [
                        (crate::t!("exchange-format-recognise"), None),
                        ("Kintsugi".to_owned(), Some(ImportFormat::Kintsugi)),
                        ("Daylio".to_owned(), Some(ImportFormat::Daylio)),
                        ("jrnl".to_owned(), Some(ImportFormat::Jrnl)),
                        ("RedNotebook".to_owned(), Some(ImportFormat::RedNotebook)),
                    ] {
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
                        ui.label(egui::RichText::new(crate::t!("exchange-preview")).strong());
                        ui.label(report_text(preview, true));
                        ui.label(
                            egui::RichText::new(crate::t!(
                                "exchange-preview-undo",
                                keys = shortcuts::keys_text(shortcuts::Action::Undo)
                            ))
                            .weak(),
                        );
                    });
                }
                ui.horizontal(|ui| {
                    let idle = dialog.job.is_none();
                    if ui
                        .add_enabled(idle, egui::Button::new(crate::t!("exchange-preview")))
                        .clicked()
                    {
                        commands.push(AppCommand::PreviewImport);
                    }
                    if ui
                        .add_enabled(
                            idle && dialog.preview.is_some(),
                            egui::Button::new(crate::t!("exchange-import")),
                        )
                        .clicked()
                    {
                        commands.push(AppCommand::ApplyImport);
                    }
                    if ui.button(crate::t!("common-cancel")).clicked() {
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
    ui.label(crate::t!("exchange-moods-unrated"));
    egui::Grid::new("daylio_moods")
        .num_columns(2)
        .spacing([theme::GAP, 4.0])
        .show(ui, |ui| {
            for (mood, lines) in &dialog.unknown_moods {
                let key = mood.to_lowercase();
                let count = lines.len();
                let lines: Vec<String> = lines.iter().map(u64::to_string).collect();
                ui.label(crate::t!(
                    "exchange-mood-lines",
                    mood = mood.as_str(),
                    count = count,
                    lines = lines.join(", ")
                ));
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
                                crate::t!(
                                    "exchange-rate-mood",
                                    mood = mood.as_str(),
                                    rating = rating
                                ),
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

/// What an import did (or, for a preview, would do), in the reader's language: "Imported
/// Daylio CSV: added 5 check-ins; …". The file names and reasons of skipped rows are as the
/// importer gives them.
pub(crate) fn report_text(report: &ImportReport, preview: bool) -> String {
    use std::fmt::Write as _;
    let separator = crate::t!("exchange-report-separator");
    let mut parts = Vec::new();
    let added = counts_text(report.added);
    if !added.is_empty() {
        parts.push(crate::t!("exchange-report-added", entries = added));
    }
    let replaced = counts_text(report.replaced);
    if !replaced.is_empty() {
        parts.push(crate::t!("exchange-report-replaced", entries = replaced));
    }
    if report.updated > 0 {
        parts.push(crate::t!("exchange-report-updated", count = report.updated));
    }
    if report.extended > 0 {
        parts.push(crate::t!(
            "exchange-report-extended",
            count = report.extended
        ));
    }
    if parts.is_empty() {
        parts.push(crate::t!("exchange-report-nothing-new"));
    }
    let format = report.format.to_string();
    let parts = parts.join(&separator);
    let mut text = if preview {
        crate::t!(
            "exchange-report-would-import",
            format = format,
            parts = parts
        )
    } else {
        crate::t!("exchange-report-imported", format = format, parts = parts)
    };
    if report.already_there > 0 {
        text.push(' ');
        text.push_str(&crate::t!(
            "exchange-report-already-there",
            count = report.already_there
        ));
    }
    if report.empty > 0 {
        text.push_str(&separator);
        text.push_str(&crate::t!("exchange-report-empty", count = report.empty));
    }
    if !report.skipped.is_empty() {
        text.push_str(&separator);
        text.push_str(&crate::t!(
            "exchange-report-skipped",
            count = report.skipped.len()
        ));
        for skipped in &report.skipped {
            let _ = write!(
                text,
                "\n  {}:{}: {}",
                skipped.path.display(),
                skipped.line,
                skipped.reason
            );
        }
    }
    text
}

/// "5 check-ins, 1 setback" (empty when there is none).
fn counts_text(counts: crate::model::EntryCounts) -> String {
    count_phrases(counts).join(", ")
}

/// Each kind of entry counted, as a phrase of the reader's language ("5 check-ins",
/// "1 setback"), kinds with none left out; the import report and the merge notices both list
/// them.
pub(crate) fn count_phrases(counts: crate::model::EntryCounts) -> Vec<String> {
    let mut parts = Vec::new();
    if counts.check_ins > 0 {
        parts.push(crate::t!(
            "exchange-count-check-ins",
            count = counts.check_ins
        ));
    }
    if counts.setbacks > 0 {
        parts.push(crate::t!(
            "exchange-count-setbacks",
            count = counts.setbacks
        ));
    }
    if counts.skills > 0 {
        parts.push(crate::t!("exchange-count-skills", count = counts.skills));
    }
    if counts.experiments > 0 {
        parts.push(crate::t!(
            "exchange-count-experiments",
            count = counts.experiments
        ));
    }
    if counts.reviews > 0 {
        parts.push(crate::t!("exchange-count-reviews", count = counts.reviews));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use crate::model::EntryCounts;

    #[test]
    fn the_report_in_english_reads_as_the_importer_writes_it() {
        crate::i18n::use_on_this_thread(Language::English);
        let mut report = ImportReport::empty(ImportFormat::Daylio);
        assert_eq!(report_text(&report, false), report.to_string());
        report.added = EntryCounts {
            check_ins: 5,
            setbacks: 1,
            ..EntryCounts::default()
        };
        report.replaced = EntryCounts {
            skills: 2,
            experiments: 1,
            reviews: 3,
            ..EntryCounts::default()
        };
        report.updated = 1;
        report.extended = 2;
        report.already_there = 1;
        report.empty = 3;
        report.skipped = vec![crate::interchange::Skipped {
            path: PathBuf::from("daylio.csv"),
            line: 4,
            reason: "no date".to_owned(),
        }];
        assert_eq!(report_text(&report, false), report.to_string());
        assert_eq!(
            report_text(&report, true),
            report.to_string().replacen("Imported", "Would import", 1)
        );
        report.updated = 2;
        report.extended = 1;
        report.already_there = 2;
        report.empty = 1;
        assert_eq!(report_text(&report, false), report.to_string());
    }

    #[test]
    fn the_report_is_told_in_the_readers_language_with_its_plurals() {
        crate::i18n::use_on_this_thread(Language::Ukrainian);
        let mut report = ImportReport::empty(ImportFormat::Daylio);
        report.added.check_ins = 5;
        report.added.setbacks = 2;
        assert_eq!(
            report_text(&report, false),
            "Імпортовано Daylio CSV: додано 5 щоденних відміток, 2 невдачі"
        );
        crate::i18n::use_on_this_thread(Language::German);
        report.added.setbacks = 1;
        assert_eq!(
            report_text(&report, false),
            "Daylio CSV importiert: 5 Tageseinträge, 1 Rückschlag hinzugefügt"
        );
        crate::i18n::use_on_this_thread(Language::English);
    }
}
