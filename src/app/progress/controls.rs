//! The controls above the Progress charts: the range presets and the custom range, which
//! ratings are shown, the resolution, reset and export.

use chrono::NaiveDate;
use egui::{Role, WidgetInfo};

use super::{AppCommand, ProgressScreen, theme};
use crate::app::calendar::date_range_fields_ui;
use crate::app::shortcuts;
use crate::calendar::range_bounds;
use crate::clock::Clock;
use crate::insights::{DateRange, Resolution};
use crate::model::{Journal, RatingScale};

/// The range presets of the Progress screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RangePreset {
    /// The last 4 weeks.
    FourWeeks,
    /// The last 3 months.
    #[default]
    ThreeMonths,
    /// The last 6 months.
    SixMonths,
    /// The last year.
    OneYear,
    /// From the first entry.
    All,
    /// The user's own from/to.
    Custom,
}

impl RangePreset {
    pub(super) const CHOICES: [RangePreset; 5] = [
        RangePreset::FourWeeks,
        RangePreset::ThreeMonths,
        RangePreset::SixMonths,
        RangePreset::OneYear,
        RangePreset::All,
    ];

    pub(super) fn label(self) -> &'static str {
        match self {
            RangePreset::FourWeeks => "4 weeks",
            RangePreset::ThreeMonths => "3 months",
            RangePreset::SixMonths => "6 months",
            RangePreset::OneYear => "1 year",
            RangePreset::All => "All",
            RangePreset::Custom => "Custom",
        }
    }

    /// The range this preset stands for, ending today.
    pub(super) fn range(self, journal: &Journal, today: NaiveDate) -> DateRange {
        let days = match self {
            RangePreset::FourWeeks => 28,
            RangePreset::ThreeMonths => 91,
            RangePreset::SixMonths => 182,
            RangePreset::OneYear => 365,
            RangePreset::All | RangePreset::Custom => {
                let first = journal
                    .date_span()
                    .map_or(today, |(first, _)| first.min(today));
                return DateRange::new(first, today).unwrap_or(DateRange::ending(today, 1));
            }
        };
        DateRange::ending(today, days)
    }
}

impl ProgressScreen {
    pub(super) fn controls_ui(
        &mut self,
        ui: &mut egui::Ui,
        journal: &Journal,
        clock: &Clock,
        commands: &mut Vec<AppCommand>,
    ) {
        ui.horizontal_wrapped(|ui| {
            ui.heading("Progress");
            ui.add_space(theme::SECTION_GAP);
            for preset in RangePreset::CHOICES {
                let button = ui.selectable_label(self.preset == preset, preset.label());
                button.widget_info(|| {
                    WidgetInfo::selected(
                        Role::Button,
                        true,
                        self.preset == preset,
                        format!("Range {}", preset.label()),
                    )
                });
                if button.clicked() {
                    self.preset = preset;
                    self.heatmap_year = None;
                }
            }
            ui.add_space(theme::GAP);
            let today = clock.today();
            let bounds = range_bounds(
                self.custom_from.trim().parse().ok(),
                self.custom_to.trim().parse().ok(),
            );
            let [from, to] = date_range_fields_ui(
                ui,
                [&mut self.custom_from, &mut self.custom_to],
                "range",
                bounds,
                journal,
                today,
            );
            if from.picked.is_some() || to.picked.is_some() {
                self.apply_custom_range(journal, clock);
            }
            let entered =
                to.field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
            if ui.button("Show range").clicked() || entered {
                self.apply_custom_range(journal, clock);
            }
        });
        theme::problem_ui(ui, self.custom_problem.as_deref());
        self.view_controls_ui(ui, commands);
    }

    /// Which ratings to show, the resolution, reset, export.
    fn view_controls_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<AppCommand>) {
        ui.horizontal_wrapped(|ui| {
            let dark = ui.visuals().dark_mode;
            for (index, scale) in RatingScale::ALL.into_iter().enumerate() {
                theme::color_dot(ui, theme::scale_color(scale, dark));
                if let Some(shown) = self.shown.get_mut(index) {
                    let checkbox = ui.checkbox(shown, scale.label());
                    let selected = *shown;
                    checkbox.widget_info(|| {
                        WidgetInfo::selected(
                            Role::CheckBox,
                            true,
                            selected,
                            format!("Show {}", scale.label().to_lowercase()),
                        )
                    });
                    checkbox.on_hover_text("Show or hide this rating on the chart");
                }
            }
            ui.add_space(theme::SECTION_GAP);
            let automatic = self.automatic_resolution();
            let current = self.resolution.map_or_else(
                || format!("Auto ({})", automatic.label()),
                |r| r.label().to_owned(),
            );
            ui.label("Resolution");
            egui::ComboBox::from_id_salt("resolution")
                .selected_text(current)
                .show_ui(ui, |ui| {
                    ui.selectable_value(
                        &mut self.resolution,
                        None,
                        format!("Auto ({})", automatic.label()),
                    );
                    for resolution in [Resolution::Daily, Resolution::Weekly, Resolution::Monthly] {
                        ui.selectable_value(
                            &mut self.resolution,
                            Some(resolution),
                            resolution.label(),
                        );
                    }
                })
                .response
                .widget_info(|| WidgetInfo::labeled(Role::ComboBox, true, "Resolution"));
            if ui
                .button("Reset view")
                .on_hover_text("Zoom back to the chosen range (or double-click the chart)")
                .clicked()
            {
                self.reset_view = true;
            }
            ui.add_space(theme::SECTION_GAP);
            if ui
                .button("Export chart…")
                .on_hover_text(format!(
                    "Save this chart as PNG or SVG ({})",
                    shortcuts::keys_text(shortcuts::Action::ExportChart)
                ))
                .clicked()
            {
                commands.push(AppCommand::OpenExportChart);
            }
            if ui
                .button("Copy chart")
                .on_hover_text("Put this chart on the clipboard as a picture")
                .clicked()
            {
                commands.push(AppCommand::CopyChart);
            }
            if ui
                .button("Report for a mentor…")
                .on_hover_text("A PDF or Markdown report of this range: you choose what goes in")
                .clicked()
            {
                commands.push(AppCommand::OpenExportReport);
            }
        });
    }

    fn apply_custom_range(&mut self, journal: &Journal, clock: &Clock) {
        let parse = |text: &str| NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d");
        let fallback = RangePreset::All.range(journal, clock.today());
        let from = if self.custom_from.trim().is_empty() {
            Ok(fallback.from())
        } else {
            parse(&self.custom_from)
        };
        let to = if self.custom_to.trim().is_empty() {
            Ok(clock.today())
        } else {
            parse(&self.custom_to)
        };
        self.custom_problem = None;
        match (from, to) {
            (Ok(from), Ok(to)) => match DateRange::new(from, to) {
                Ok(range) => {
                    self.custom = Some(range);
                    self.preset = RangePreset::Custom;
                    self.heatmap_year = None;
                }
                Err(error) => self.custom_problem = Some(format!("The range {error}.")),
            },
            _ => {
                self.custom_problem =
                    Some("Write dates as YYYY-MM-DD, e.g. 2026-03-01.".to_owned());
            }
        }
    }
}
