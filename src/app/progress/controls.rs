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

    pub(super) fn label(self) -> String {
        match self {
            RangePreset::FourWeeks => crate::t!("progress-preset-four-weeks"),
            RangePreset::ThreeMonths => crate::t!("progress-preset-three-months"),
            RangePreset::SixMonths => crate::t!("progress-preset-six-months"),
            RangePreset::OneYear => crate::t!("progress-preset-one-year"),
            RangePreset::All => crate::t!("progress-preset-all"),
            RangePreset::Custom => crate::t!("progress-preset-custom"),
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
            ui.heading(crate::t!("progress-heading"));
            ui.add_space(theme::SECTION_GAP);
            for preset in RangePreset::CHOICES {
                let label = preset.label();
                let button = ui.selectable_label(self.preset == preset, label.as_str());
                button.widget_info(|| {
                    WidgetInfo::selected(
                        Role::Button,
                        true,
                        self.preset == preset,
                        crate::t!("progress-preset-accessible", preset = label.as_str()),
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
            if ui.button(crate::t!("progress-show-range")).clicked() || entered {
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
                    let checkbox = ui.checkbox(shown, scale.screen_label());
                    let selected = *shown;
                    checkbox.widget_info(|| {
                        WidgetInfo::selected(
                            Role::CheckBox,
                            true,
                            selected,
                            crate::t!(
                                "progress-show-rating",
                                rating = crate::insights::rating_in_sentence(scale)
                            ),
                        )
                    });
                    checkbox.on_hover_text(crate::t!("progress-show-rating-help"));
                }
            }
            ui.add_space(theme::SECTION_GAP);
            let automatic = self.automatic_resolution();
            let auto = crate::t!("progress-resolution-auto", resolution = automatic.label());
            let current = self
                .resolution
                .map_or_else(|| auto.clone(), Resolution::label);
            ui.label(crate::t!("progress-resolution"));
            egui::ComboBox::from_id_salt("resolution")
                .selected_text(current)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.resolution, None, auto);
                    for resolution in [Resolution::Daily, Resolution::Weekly, Resolution::Monthly] {
                        ui.selectable_value(
                            &mut self.resolution,
                            Some(resolution),
                            resolution.label(),
                        );
                    }
                })
                .response
                .widget_info(|| {
                    WidgetInfo::labeled(Role::ComboBox, true, crate::t!("progress-resolution"))
                });
            if ui
                .button(crate::t!("progress-reset-view"))
                .on_hover_text(crate::t!("progress-reset-view-help"))
                .clicked()
            {
                self.reset_view = true;
            }
            ui.add_space(theme::SECTION_GAP);
            if ui
                .button(crate::t!("progress-export-chart"))
                .on_hover_text(crate::t!(
                    "progress-export-chart-help",
                    keys = shortcuts::keys_text(shortcuts::Action::ExportChart)
                ))
                .clicked()
            {
                commands.push(AppCommand::OpenExportChart);
            }
            if ui
                .button(crate::t!("progress-copy-chart"))
                .on_hover_text(crate::t!("progress-copy-chart-help"))
                .clicked()
            {
                commands.push(AppCommand::CopyChart);
            }
            if ui
                .button(crate::t!("progress-report"))
                .on_hover_text(crate::t!("progress-report-help"))
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
                Err(error) => {
                    self.custom_problem = Some(crate::t!(
                        "progress-range-reversed",
                        from = error.from.to_string(),
                        to = error.to.to_string()
                    ));
                }
            },
            _ => {
                self.custom_problem = Some(crate::t!("progress-range-format"));
            }
        }
    }
}
