//! The Progress screen (SPEC §2.4): ratings over time with their 7-day average (or weekly and
//! monthly means with min–max bands for long ranges), a timeline lane of setbacks and skills on
//! the same time axis, the insights panel, and a calendar heatmap of mood.

use chrono::{Datelike, NaiveDate};
use egui_plot::Plot;

use super::{AppCommand, theme};
use crate::clock::Clock;
use crate::insights::{
    self, DateRange, MoodHistory, Period, RatingSummary, RecoveryTrend, Resolution, Stats,
    day_number,
};
use crate::model::{Journal, RatingScale};
use crate::session::JournalSession;
use better_days::{BetterDaysWords, better_days_ui};
use chart::{
    ChartSeries, SharedView, Y_AXIS_WIDTH, date_axis_label, keyboard_view_change, legend_ui,
    rating_hover, rating_lines, ratings_height,
};
pub use controls::RangePreset;
use heatmap::{Heatmap, heatmap_grid_ui};
use insights_panel::insights_panel_ui;
use lane::{Lane, aggregated_lane, lane_items, lane_ui};

mod better_days;
mod chart;
mod controls;
mod heatmap;
mod insights_panel;
mod lane;
mod practice_cards;

/// Width of the insights panel beside the charts.
const PANEL_WIDTH: f32 = 340.0;

/// What the Progress screen remembers between frames.
#[derive(Debug)]
pub struct ProgressScreen {
    preset: RangePreset,
    custom: Option<DateRange>,
    custom_from: String,
    custom_to: String,
    custom_problem: Option<String>,
    /// `None` picks the resolution from the visible span.
    resolution: Option<Resolution>,
    shown: [bool; 3],
    /// The x span visible in the last frame, for the automatic resolution.
    visible: Option<(f64, f64)>,
    reset_view: bool,
    /// Days to zoom to in the next frame (a click on a grouped week or month).
    zoom_to: Option<(f64, f64)>,
    heatmap_year: Option<i32>,
    data: Option<ProgressData>,
    heatmap: Option<Heatmap>,
}

impl Default for ProgressScreen {
    fn default() -> Self {
        Self {
            preset: RangePreset::default(),
            custom: None,
            custom_from: String::new(),
            custom_to: String::new(),
            custom_problem: None,
            resolution: None,
            shown: [true; 3],
            visible: None,
            reset_view: true,
            zoom_to: None,
            heatmap_year: None,
            data: None,
            heatmap: None,
        }
    }
}

/// Everything derived from the journal for one range, recomputed only when the journal or the
/// range changes.
#[derive(Debug)]
struct ProgressData {
    revision: u64,
    /// The language its words (lane hover texts, series names) are written in.
    language: crate::i18n::Language,
    range: DateRange,
    stats: Stats,
    /// Each rating's mean over the period of equal length before the range (mood,
    /// resilience, growth mindset), for the change shown beside each mean.
    previous: [RatingSummary; 3],
    series: Vec<ChartSeries>,
    /// One marker per setback, for daily views and short ranges.
    lane: Lane,
    /// One marker per week or month with setbacks, for long ranges.
    weekly_lane: Lane,
    monthly_lane: Lane,
    yearly_lane: Lane,
    recoveries_trend: RecoveryTrend,
    skills_acquired: Vec<String>,
    /// Categories of the range's setbacks, for the legend.
    categories: Vec<crate::model::Category>,
    /// "What goes with better days" in words.
    better_days_words: BetterDaysWords,
}

impl ProgressData {
    fn compute(journal: &Journal, revision: u64, range: DateRange, dark: bool) -> Self {
        let moods = MoodHistory::of(journal);
        let stats = insights::stats_with(journal, range, &moods);
        let previous = RatingScale::ALL
            .map(|scale| insights::rating_summary(journal, range.previous(), scale));
        let series = RatingScale::ALL
            .iter()
            .map(|scale| ChartSeries::of(&insights::rating_series(journal, range, *scale)))
            .collect();
        let lane = lane_items(journal, range, &stats, dark);
        let weekly_lane = aggregated_lane(journal, range, dark, &lane, Period::Week);
        let monthly_lane = aggregated_lane(journal, range, dark, &lane, Period::Month);
        let yearly_lane = aggregated_lane(journal, range, dark, &lane, Period::Year);
        let recoveries_trend = RecoveryTrend::of(&stats.setback_recovery);
        let skills_acquired = insights::skills_acquired(journal, range);
        let better_days_words = BetterDaysWords::of(&stats.better_days, range);
        Self {
            revision,
            language: crate::i18n::language(),
            range,
            stats,
            previous,
            series,
            lane,
            weekly_lane,
            monthly_lane,
            yearly_lane,
            recoveries_trend,
            skills_acquired,
            categories: insights::categories_in_range(journal, range),
            better_days_words,
        }
    }
}

impl ProgressScreen {
    /// The days the chart shows now, as day numbers (first, last), once it was drawn.
    pub fn visible_days(&self) -> Option<(f64, f64)> {
        self.visible
    }

    /// What an exported chart of this screen shows: the same range, ratings and resolution.
    pub fn chart_options(
        &self,
        journal: &Journal,
        today: NaiveDate,
        dark: bool,
    ) -> crate::chart_export::ChartOptions {
        crate::chart_export::ChartOptions {
            shown: self.shown,
            resolution: self.resolution,
            dark,
            ..crate::chart_export::ChartOptions::for_range(self.range(journal, today))
        }
    }

    /// Which ratings the chart shows.
    pub fn series_shown(&self) -> [bool; 3] {
        self.shown
    }

    /// Chooses a range preset.
    pub fn set_preset(&mut self, preset: RangePreset) {
        self.preset = preset;
        self.heatmap_year = None;
    }

    /// Shows `range` as a custom range (a weekly review's period, opened from the Journal).
    pub fn show_range(&mut self, range: DateRange) {
        self.custom = Some(range);
        self.custom_from = range.from().to_string();
        self.custom_to = range.to().to_string();
        self.custom_problem = None;
        self.preset = RangePreset::Custom;
        self.heatmap_year = None;
    }

    /// The range shown.
    fn range(&self, journal: &Journal, today: NaiveDate) -> DateRange {
        match (self.preset, self.custom) {
            (RangePreset::Custom, Some(range)) => range,
            (preset, _) => preset.range(journal, today),
        }
    }

    /// Draws the screen.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        session: &JournalSession,
        clock: &Clock,
        commands: &mut Vec<AppCommand>,
    ) {
        let journal = session.journal();
        let dark = ui.visuals().dark_mode;
        let range = self.range(journal, clock.today());
        let stale = self.data.as_ref().is_none_or(|d| {
            d.revision != session.revision()
                || d.range != range
                || d.language != crate::i18n::language()
        });
        if stale {
            if self.data.as_ref().is_some_and(|d| d.range != range) {
                self.reset_view = true;
            }
            self.data = Some(ProgressData::compute(
                journal,
                session.revision(),
                range,
                dark,
            ));
        }
        self.controls_ui(ui, journal, clock, commands);
        if journal.check_ins().len() == 0 && journal.setbacks().is_empty() {
            ui.add_space(theme::SECTION_GAP);
            ui.label(crate::t!("progress-empty"));
            return;
        }
        let wide = ui.available_width() >= 1000.0;
        let charts_width = if wide {
            ui.available_width() - PANEL_WIDTH - theme::SECTION_GAP
        } else {
            ui.available_width()
        };
        egui::ScrollArea::vertical()
            .id_salt("progress")
            .show(ui, |ui| {
                ui.horizontal_top(|ui| {
                    ui.allocate_ui(egui::vec2(charts_width, 0.0), |ui| {
                        ui.vertical(|ui| {
                            ui.set_width(charts_width);
                            self.charts_ui(ui, commands);
                            ui.add_space(theme::SECTION_GAP);
                            self.heatmap_ui(ui, session, range, commands);
                            if !wide {
                                ui.add_space(theme::SECTION_GAP);
                                self.insights_ui(ui);
                                if let Some(data) = &self.data {
                                    ui.add_space(theme::GAP);
                                    practice_cards::practice_cards_ui(ui, data, commands);
                                }
                            }
                            if let Some(data) = &self.data {
                                ui.add_space(theme::SECTION_GAP);
                                better_days_ui(ui, data, commands);
                            }
                        });
                    });
                    if wide {
                        ui.add_space(theme::GAP);
                        ui.vertical(|ui| {
                            ui.set_width(PANEL_WIDTH);
                            self.insights_ui(ui);
                            if let Some(data) = &self.data {
                                ui.add_space(theme::GAP);
                                practice_cards::practice_cards_ui(ui, data, commands);
                            }
                        });
                    }
                });
            });
    }

    fn automatic_resolution(&self) -> Resolution {
        let span = match (self.visible, &self.data) {
            (Some((min, max)), _) => max - min,
            (None, Some(data)) => f64::from(data.range.day_count()),
            (None, None) => 28.0,
        };
        Resolution::for_days(span)
    }

    fn charts_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<AppCommand>) {
        let Some(data) = &self.data else { return };
        let dark = ui.visuals().dark_mode;
        let resolution = self
            .resolution
            .unwrap_or_else(|| self.automatic_resolution());
        let (x_min, x_max) = (
            day_number(data.range.from()) - 0.5,
            day_number(data.range.to()) + 0.5,
        );
        let (view_min, view_max) = self.visible.unwrap_or((x_min, x_max));
        if let Some(bounds) = keyboard_view_change(ui, (view_min, view_max)) {
            self.zoom_to = Some(bounds);
        }
        let reset = std::mem::take(&mut self.reset_view);
        let group = egui::Id::unique("progress_time_axis");
        let chart_width = ui.available_width() - Y_AXIS_WIDTH;
        let range_label = crate::t!(
            "progress-chart-range",
            range = data.range.translated_words(),
            resolution = resolution.label()
        );
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(crate::t!("progress-ratings")).strong());
            ui.label(egui::RichText::new(range_label).weak())
                .on_hover_text(crate::t!("progress-ratings-help"));
        });
        let mut ratings = Plot::new("progress_ratings")
            .height(ratings_height(ui.ctx()))
            .link_axis(group, [true, false])
            .link_cursor(group, [true, false])
            .default_x_bounds(x_min, x_max)
            .default_y_bounds(0.5, 10.5)
            .allow_zoom([true, false])
            .allow_drag([true, false])
            .allow_scroll([true, false])
            .y_axis_min_width(Y_AXIS_WIDTH)
            .x_axis_formatter(date_axis_label)
            .label_formatter(|hover| rating_hover(hover, data));
        if reset {
            ratings = ratings.reset();
        }
        let shown = self.shown;
        let view = (view_min, view_max);
        let response = ratings.show(ui, |plot| {
            rating_lines(plot, data, shown, resolution, view, dark, chart_width);
        });
        let bounds = response.transform.bounds();
        self.visible = Some((bounds.min()[0], bounds.max()[0]));

        let view = SharedView {
            resolution,
            range: (x_min, x_max),
            span_days: bounds.max()[0] - bounds.min()[0],
            reset,
            group,
        };
        lane_ui(ui, data, &view, &mut self.zoom_to, commands);
        legend_ui(ui, data, dark);
    }

    fn insights_ui(&self, ui: &mut egui::Ui) {
        let Some(data) = &self.data else { return };
        insights_panel_ui(ui, data);
    }

    fn heatmap_ui(
        &mut self,
        ui: &mut egui::Ui,
        session: &JournalSession,
        range: DateRange,
        commands: &mut Vec<AppCommand>,
    ) {
        let year = *self.heatmap_year.get_or_insert(range.to().year());
        if self.heatmap.as_ref().is_none_or(|h| {
            h.revision != session.revision()
                || h.year != year
                || h.language != crate::i18n::language()
        }) {
            self.heatmap = Some(Heatmap::compute(
                session.journal(),
                session.revision(),
                year,
            ));
        }
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(crate::t!("progress-heatmap-title")).strong())
                .on_hover_text(crate::t!("progress-heatmap-help"));
            if ui
                .small_button("⏴")
                .on_hover_text(crate::t!("progress-previous-year"))
                .clicked()
            {
                self.heatmap_year = Some(year - 1);
            }
            ui.label(year.to_string());
            if ui
                .small_button("⏵")
                .on_hover_text(crate::t!("progress-next-year"))
                .clicked()
            {
                self.heatmap_year = Some(year + 1);
            }
        });
        let Some(heatmap) = &self.heatmap else { return };
        if let Some(day) = heatmap_grid_ui(ui, heatmap) {
            commands.push(AppCommand::OpenDay(day));
        }
    }
}
