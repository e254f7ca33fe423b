//! File → Export report… (and "Report for a mentor…" on Progress): the privacy choices of the
//! mentor report, with a preview of exactly what goes in — which setbacks, whether
//! micro-failures and check-in notes — before anything is written.

use std::collections::BTreeSet;
use std::path::PathBuf;

use egui::{Role, WidgetInfo};

use super::{AppCommand, KintsugiApp, theme};
use crate::insights::DateRange;
use crate::model::{Journal, SetbackId};
use crate::report::{self, Paper, ReportOptions, SetbackChoice};

/// How the setbacks are chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SetbackMode {
    /// Every setback of the period.
    All,
    /// Only those reflected on or recovered from.
    Reflected,
    /// Ticked one by one.
    Ticked,
}

/// The dialog's choices.
#[derive(Debug, Clone)]
pub(super) struct ReportDialog {
    range: DateRange,
    mode: SetbackMode,
    /// Setbacks ticked in the one-by-one mode.
    ticked: BTreeSet<SetbackId>,
    micro: bool,
    notes: bool,
    name: String,
    paper: Paper,
    questions: String,
    path: String,
    problem: Option<String>,
}

impl ReportDialog {
    /// The dialog for `range`, every reflected setback ticked to start with.
    pub(super) fn new(journal: &Journal, range: DateRange, home: &std::path::Path) -> Self {
        let ticked = journal
            .setbacks()
            .iter()
            .filter(|setback| range.contains(setback.date))
            .map(|setback| setback.id)
            .collect();
        let path = home
            .join(format!(
                "kintsugi-report-{}-{}.pdf",
                range.from(),
                range.to()
            ))
            .display()
            .to_string();
        Self {
            range,
            mode: SetbackMode::All,
            ticked,
            micro: false,
            notes: false,
            name: String::new(),
            paper: Paper::from_locale(),
            questions: String::new(),
            path,
            problem: None,
        }
    }

    /// The report options the choices make.
    pub(super) fn options(&self, today: chrono::NaiveDate) -> ReportOptions {
        ReportOptions {
            name: Some(self.name.clone()),
            paper: self.paper,
            setbacks: match self.mode {
                SetbackMode::All => SetbackChoice::All,
                SetbackMode::Reflected => SetbackChoice::Reflected,
                SetbackMode::Ticked => SetbackChoice::These(self.ticked.iter().copied().collect()),
            },
            micro: self.micro,
            notes: self.notes,
            questions: self.questions.clone(),
            ..ReportOptions::new(self.range, today)
        }
    }

    /// Where to write it.
    pub(super) fn path(&self) -> PathBuf {
        PathBuf::from(self.path.trim())
    }

    /// Shows why the report could not be written.
    pub(super) fn set_problem(&mut self, problem: String) {
        self.problem = Some(problem);
    }
}

impl KintsugiApp {
    /// Opens the dialog on the Progress screen's range.
    pub(super) fn open_report_dialog(&mut self, ctx: &egui::Context) {
        let today = self.clock.today();
        let dark = ctx.global_style().visuals.dark_mode;
        let Some((session, screens)) = self.screens_mut() else {
            return;
        };
        let session = session.lock();
        let range = screens
            .progress
            .chart_options(session.journal(), today, dark)
            .range;
        let dialog = ReportDialog::new(session.journal(), range, &super::exchange::home());
        drop(session);
        self.report_dialog = Some(dialog);
    }

    /// Writes the report the dialog describes; keeps the dialog open with the reason when
    /// that fails.
    pub(super) fn export_report(&mut self) {
        let today = self.clock.today();
        let Some(session) = self.session().cloned() else {
            return;
        };
        let Some(dialog) = &mut self.report_dialog else {
            return;
        };
        let result = export(dialog, session.lock().journal(), today);
        match result {
            Ok(done) => {
                self.report_dialog = None;
                self.toast(done, false);
            }
            Err(problem) => dialog.set_problem(problem),
        }
    }

    /// Draws the report dialog while it is open.
    pub(super) fn report_dialog_ui(&mut self, ctx: &egui::Context) {
        let today = self.clock.today();
        let Some(session) = self.session().cloned() else {
            self.report_dialog = None;
            return;
        };
        let Some(dialog) = &mut self.report_dialog else {
            return;
        };
        let session = session.lock();
        let journal = session.journal();
        let mut open = true;
        egui::Window::new(crate::t!("report-dialog-title"))
            .id(egui::Id::unique("report_dialog_window"))
            .open(&mut open)
            .collapsible(false)
            .default_width(560.0)
            .show(ctx, |ui| {
                ui.label(crate::t!(
                    "report-dialog-period",
                    period = dialog.range.translated_words()
                ));
                ui.label(egui::RichText::new(crate::t!("report-dialog-change-period")).weak());
                let notice = session
                    .is_encrypted()
                    .then(super::protection::plain_export_notice_text);
                super::exchange::plain_notice_ui(ui, notice);
                ui.add_space(theme::GAP);
                choices_ui(ui, dialog, journal);
                ui.add_space(theme::GAP);
                preview_ui(ui, dialog, journal, today);
                ui.add_space(theme::GAP);
                egui::Grid::new("report_details")
                    .num_columns(2)
                    .show(ui, |ui| {
                        let label = ui.label(crate::t!("report-dialog-your-name"));
                        ui.add(
                            egui::TextEdit::singleline(&mut dialog.name)
                                .hint_text(crate::t!("report-dialog-optional")),
                        )
                        .labelled_by(label.id);
                        ui.end_row();
                        ui.label(crate::t!("report-dialog-paper"));
                        ui.horizontal(|ui| {
                            ui.radio_value(&mut dialog.paper, Paper::A4, "A4");
                            ui.radio_value(
                                &mut dialog.paper,
                                Paper::Letter,
                                crate::t!("report-dialog-us-letter"),
                            );
                        });
                        ui.end_row();
                    });
                let label = ui.label(crate::t!("report-dialog-questions"));
                ui.add(
                    egui::TextEdit::multiline(&mut dialog.questions)
                        .desired_rows(3)
                        .desired_width(f32::INFINITY)
                        .hint_text(crate::t!("report-dialog-questions-hint")),
                )
                .labelled_by(label.id);
                ui.add_space(theme::GAP);
                ui.horizontal(|ui| {
                    let label = ui.label(crate::t!("report-dialog-save-as"));
                    ui.add(egui::TextEdit::singleline(&mut dialog.path).desired_width(360.0))
                        .labelled_by(label.id)
                        .on_hover_text(crate::t!("report-dialog-save-as-hover"));
                    if ui.button(crate::t!("exchange-choose")).clicked() {
                        let picked = rfd::FileDialog::new()
                            .add_filter("PDF", &["pdf"])
                            .add_filter("Markdown", &["md"])
                            .set_file_name(
                                dialog
                                    .path()
                                    .file_name()
                                    .map(|name| name.to_string_lossy().into_owned())
                                    .unwrap_or_default(),
                            )
                            .save_file();
                        if let Some(path) = picked {
                            dialog.path = path.display().to_string();
                        }
                    }
                });
                theme::problem_ui(ui, dialog.problem.as_deref());
                if ui.button(crate::t!("report-dialog-export")).clicked() {
                    self.commands.push(AppCommand::ExportReport);
                }
            });
        if !open {
            self.report_dialog = None;
        }
    }
}

/// Which setbacks, and whether micro-failures and check-in notes go in.
fn choices_ui(ui: &mut egui::Ui, dialog: &mut ReportDialog, journal: &Journal) {
    ui.label(egui::RichText::new(crate::t!("report-dialog-setbacks-heading")).strong());
    ui.horizontal_wrapped(|ui| {
        for (mode, label) in [
            (SetbackMode::All, crate::t!("report-dialog-mode-all")),
            (
                SetbackMode::Reflected,
                crate::t!("report-dialog-mode-reflected"),
            ),
            (SetbackMode::Ticked, crate::t!("report-dialog-mode-ticked")),
        ] {
            ui.radio_value(&mut dialog.mode, mode, label);
        }
    });
    if dialog.mode == SetbackMode::Ticked {
        let range = dialog.range;
        let mut setbacks: Vec<_> = journal
            .setbacks()
            .iter()
            .filter(|setback| range.contains(setback.date))
            .filter(|setback| dialog.micro || !setback.micro_failure)
            .collect();
        setbacks.sort_by_key(|setback| setback.date);
        egui::ScrollArea::vertical()
            .id_salt("report_ticks")
            .max_height(160.0)
            .show(ui, |ui| {
                for setback in setbacks {
                    let mut ticked = dialog.ticked.contains(&setback.id);
                    let label = setback_row(setback);
                    let checkbox = ui.checkbox(&mut ticked, &label);
                    checkbox.widget_info(|| {
                        WidgetInfo::selected(
                            Role::CheckBox,
                            true,
                            ticked,
                            crate::t!("report-dialog-tell", title = setback.title.as_str()),
                        )
                    });
                    if checkbox.changed() {
                        if ticked {
                            dialog.ticked.insert(setback.id);
                        } else {
                            dialog.ticked.remove(&setback.id);
                        }
                    }
                }
            });
    }
    ui.checkbox(&mut dialog.micro, crate::t!("report-dialog-include-micro"));
    ui.checkbox(&mut dialog.notes, crate::t!("report-dialog-include-notes"))
        .on_hover_text(crate::t!("report-dialog-include-notes-hover"));
}

/// Exactly what the file will hold, before it is written.
fn preview_ui(
    ui: &mut egui::Ui,
    dialog: &ReportDialog,
    journal: &Journal,
    today: chrono::NaiveDate,
) {
    let options = dialog.options(today);
    let chosen = options.chosen_setbacks(journal);
    let in_range = journal
        .setbacks()
        .iter()
        .filter(|setback| dialog.range.contains(setback.date))
        .count();
    let notes = journal
        .check_ins_between(dialog.range.from(), dialog.range.to())
        .filter(|check_in| !check_in.note.trim().is_empty())
        .count();
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new(crate::t!("report-dialog-what-goes-in")).strong());
        ui.label(crate::t!("report-dialog-summary"));
        if chosen.is_empty() {
            ui.label(crate::t!("report-dialog-no-setbacks"));
        } else {
            ui.label(crate::t!(
                "report-dialog-chosen-setbacks",
                chosen = chosen.len(),
                total = in_range
            ));
            for setback in chosen.iter().take(12) {
                ui.label(format!("  • {}", setback_row(setback)));
            }
            if chosen.len() > 12 {
                let more = chosen.len() - 12;
                ui.label(format!(
                    "  {}",
                    crate::t!("report-dialog-more", count = more)
                ));
            }
        }
        ui.label(crate::t!(
            "report-dialog-experiments",
            count = options.told_experiments(journal).len()
        ));
        let reviews = options.reviews_of_range(journal).len();
        if reviews > 0 {
            ui.label(if dialog.notes {
                crate::t!("report-dialog-reviews-with-notes", count = reviews)
            } else {
                crate::t!("report-dialog-reviews", count = reviews)
            });
        }
        ui.label(if dialog.notes {
            crate::t!("report-dialog-notes", count = notes)
        } else {
            crate::t!("report-dialog-no-notes")
        });
        if !dialog.questions.trim().is_empty() {
            ui.label(crate::t!("report-dialog-your-questions"));
        }
        ui.label(egui::RichText::new(crate::t!("report-dialog-nothing-else")).weak());
    });
}

/// Writes the dialog's report; returns what to tell the user, or why it failed.
pub(super) fn export(
    dialog: &ReportDialog,
    journal: &Journal,
    today: chrono::NaiveDate,
) -> Result<String, String> {
    let path = dialog.path();
    report::write(journal, &dialog.options(today), &path)
        .map(|written| {
            crate::t!(
                "report-dialog-saved",
                path = written.last().unwrap_or(&path).display().to_string()
            )
        })
        .map_err(|error| error.in_words())
}

/// "3 Dec 2026 · Missed the deadline": a setback as the dialog lists it.
fn setback_row(setback: &crate::model::Setback) -> String {
    crate::t!(
        "report-dialog-setback-row",
        date = crate::i18n::date(setback.date, crate::i18n::DateStyle::Short),
        title = setback.title.as_str()
    )
}
