//! The Progress screen (SPEC §2.4): ratings over time with their 7-day average (or weekly and
//! monthly means with min–max bands for long ranges), a timeline lane of setbacks and skills on
//! the same time axis, the insights panel, and a calendar heatmap of mood.

use std::ops::RangeInclusive;

use chrono::{Datelike, Days, NaiveDate};
use egui::{Color32, Role, WidgetInfo};
use egui_plot::{
    FilledArea, GridMark, HoverPosition, Line, MarkerShape, Plot, PlotPoint, PlotPoints, Points,
};

use super::{AppCommand, theme};
use crate::clock::Clock;
use crate::insights::{
    self, Bucket, DateRange, MoodHistory, Period, RatingSeries, RecoveryTrend, Resolution, Stats,
    date_of_day_number, day_number,
};
use crate::model::{Journal, RatingScale, SetbackId};
use crate::session::JournalSession;

/// Width of the insights panel beside the charts.
const PANEL_WIDTH: f32 = 340.0;
/// Height of the ratings chart: a share of the window, within bounds.
fn ratings_height(ctx: &egui::Context) -> f32 {
    (ctx.content_rect().height() * 0.38).clamp(200.0, 560.0)
}
/// Height of the setbacks and skills lane.
fn lane_height(ctx: &egui::Context) -> f32 {
    (ctx.content_rect().height() * 0.11).clamp(90.0, 150.0)
}
/// Bucket means get a dot only when dots are at least this far apart.
const MIN_DOT_SPACING_PX: f32 = 8.0;
/// Width of the y axis of both charts, so that their time axes line up.
const Y_AXIS_WIDTH: f32 = 64.0;
/// Side of one day in the heatmap, between these bounds as the width allows.
const CELL_MIN: f32 = 11.0;
const CELL_MAX: f32 = 22.0;
/// Screen distance within which a click picks a setback marker.
const PICK_RADIUS_PX: f32 = 12.0;
/// Lane row of setbacks and of skills (y values of the lane plot).
const SETBACK_ROW: f64 = 1.0;
const SKILL_ROW: f64 = 0.0;

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
    const CHOICES: [RangePreset; 5] = [
        RangePreset::FourWeeks,
        RangePreset::ThreeMonths,
        RangePreset::SixMonths,
        RangePreset::OneYear,
        RangePreset::All,
    ];

    fn label(self) -> &'static str {
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
    fn range(self, journal: &Journal, today: NaiveDate) -> DateRange {
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
    range: DateRange,
    stats: Stats,
    previous: Stats,
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
}

/// One rating's chart data at every resolution, as plot points.
#[derive(Debug)]
struct ChartSeries {
    scale: RatingScale,
    daily: Vec<PlotPoint>,
    moving_average: Vec<PlotPoint>,
    weekly: BucketPoints,
    monthly: BucketPoints,
}

#[derive(Debug, Default)]
struct BucketPoints {
    means: Vec<PlotPoint>,
    xs: Vec<f64>,
    mins: Vec<f64>,
    maxs: Vec<f64>,
    buckets: Vec<Bucket>,
}

impl BucketPoints {
    fn of(buckets: &[Bucket]) -> Self {
        Self {
            means: buckets
                .iter()
                .map(|b| PlotPoint::new(b.x(), b.mean))
                .collect(),
            xs: buckets.iter().map(Bucket::x).collect(),
            mins: buckets.iter().map(|b| b.min).collect(),
            maxs: buckets.iter().map(|b| b.max).collect(),
            buckets: buckets.to_vec(),
        }
    }
}

impl ChartSeries {
    fn of(series: &RatingSeries) -> Self {
        let points = |values: &[(NaiveDate, f64)]| {
            values
                .iter()
                .map(|(day, value)| PlotPoint::new(day_number(*day), *value))
                .collect()
        };
        Self {
            scale: series.scale,
            daily: points(&series.daily),
            moving_average: points(&series.moving_average),
            weekly: BucketPoints::of(&series.weekly),
            monthly: BucketPoints::of(&series.monthly),
        }
    }

    fn name(&self, what: &str) -> String {
        format!("{} {what}", self.scale.label())
    }
}

/// What clicking a lane marker does.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Pick {
    /// Open this setback.
    Setback(SetbackId),
    /// Zoom the charts to these days (a week or month of setbacks).
    Zoom(f64, f64),
}

/// The lane's markers and what a click on each does.
#[derive(Debug, Default)]
struct Lane {
    items: Vec<LaneItem>,
    picks: Vec<(PlotPoint, Pick)>,
}

impl ProgressData {
    /// The lane that suits a resolution: grouped by week or month when there are many setbacks.
    fn lane_for(&self, resolution: Resolution, span_days: f64) -> &Lane {
        match insights::lane_period(resolution, self.stats.setbacks, span_days) {
            None => &self.lane,
            Some(Period::Week) => &self.weekly_lane,
            Some(Period::Month) => &self.monthly_lane,
            Some(Period::Year) => &self.yearly_lane,
        }
    }
}

/// Markers of one style in the setbacks and skills lane, with a description of each for hover.
#[derive(Debug, Clone)]
struct LaneItem {
    name: String,
    color: Color32,
    shape: MarkerShape,
    radius: f32,
    filled: bool,
    points: Vec<PlotPoint>,
    descriptions: Vec<String>,
}

impl ProgressData {
    fn compute(journal: &Journal, revision: u64, range: DateRange, dark: bool) -> Self {
        let moods = MoodHistory::of(journal);
        let stats = insights::stats_with(journal, range, &moods);
        let length = u64::from(range.day_count());
        let previous_range = range
            .from()
            .checked_sub_days(Days::new(length))
            .and_then(|from| DateRange::new(from, range.from().pred_opt()?).ok())
            .unwrap_or(range);
        let previous = insights::stats_with(journal, previous_range, &moods);
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
        Self {
            revision,
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
        }
    }
}

/// The lane's markers: setbacks by category (size by severity; micro-failures small and hollow)
/// and skills as diamonds on the day they were acquired.
fn lane_items(journal: &Journal, range: DateRange, stats: &Stats, dark: bool) -> Lane {
    let mut items: Vec<LaneItem> = Vec::new();
    let mut picks = Vec::new();
    for (setback, recovery) in journal
        .setbacks()
        .iter()
        .filter(|s| range.contains(s.date))
        .zip(&stats.setback_recovery)
    {
        let (name, radius, filled) = if setback.micro_failure {
            (
                format!("{} micro-failures", setback.category.name()),
                3.5,
                false,
            )
        } else {
            let severity = setback.severity.get();
            (
                format!("{} setbacks, severity {severity}", setback.category.name()),
                3.0 + 1.6 * f32::from(severity),
                true,
            )
        };
        let point = PlotPoint::new(day_number(setback.date), SETBACK_ROW);
        let bounce = recovery.bounce_back_days.map_or_else(
            || "bounce-back: not measured yet".to_owned(),
            |days| format!("bounced back in {days} days"),
        );
        let kind = if setback.micro_failure {
            "micro-failure"
        } else {
            "setback"
        };
        let description = format!(
            "{}\n{} {kind} · severity {} · {}\n{bounce}\nClick to open",
            setback.title,
            setback.category.name(),
            setback.severity.get(),
            setback.date.format("%-d %b %Y")
        );
        picks.push((point, Pick::Setback(setback.id)));
        match items.iter_mut().find(|item| item.name == name) {
            Some(item) => {
                item.points.push(point);
                item.descriptions.push(description);
            }
            None => items.push(LaneItem {
                name,
                color: theme::category_color(&setback.category, dark),
                shape: MarkerShape::Circle,
                radius,
                filled,
                points: vec![point],
                descriptions: vec![description],
            }),
        }
    }
    let mut skills = LaneItem {
        name: "Skills acquired".to_owned(),
        color: theme::gold(dark),
        shape: MarkerShape::Diamond,
        radius: 6.0,
        filled: true,
        points: Vec::new(),
        descriptions: Vec::new(),
    };
    for skill in journal.skills() {
        let Some(day) = journal.first_acquired(skill) else {
            continue;
        };
        if !range.contains(day) {
            continue;
        }
        let source = journal
            .setbacks_of_skill(skill.id)
            .map(|s| s.date)
            .min()
            .and_then(|first| {
                journal
                    .setbacks_of_skill(skill.id)
                    .find(|s| s.date == first)
                    .map(|s| s.title.clone())
            });
        skills
            .points
            .push(PlotPoint::new(day_number(day), SKILL_ROW));
        skills.descriptions.push(format!(
            "Skill: {}\nacquired {}{}",
            skill.name,
            day.format("%-d %b %Y"),
            source.map_or_else(String::new, |title| format!("\nfrom “{title}”"))
        ));
    }
    if !skills.points.is_empty() {
        items.push(skills);
    }
    Lane { items, picks }
}

/// The lane with setbacks grouped by week, month or year: one marker per period, sized by how
/// many setbacks it had and coloured by its most frequent category; a click zooms into the
/// period. Skills stay as they are.
fn aggregated_lane(
    journal: &Journal,
    range: DateRange,
    dark: bool,
    single: &Lane,
    period: Period,
) -> Lane {
    let groups = insights::setback_groups(journal, range, period);
    let mut items: Vec<LaneItem> = Vec::new();
    let mut picks = Vec::new();
    let busiest = groups.iter().map(|group| group.count).max().unwrap_or(1);
    for group in groups {
        let Some(main) = group.main_category().cloned() else {
            continue;
        };
        let (size_class, quarter) = insights::group_size_class(group.count, busiest);
        let name = format!(
            "{}–{} setbacks {} (mostly {})",
            size_class * quarter + 1,
            (size_class + 1) * quarter,
            period.noun(),
            main.name()
        );
        let point = PlotPoint::new(
            f64::midpoint(day_number(group.from), day_number(group.to)),
            SETBACK_ROW,
        );
        let breakdown: Vec<String> = group
            .by_category
            .iter()
            .map(|(category, count)| format!("{} {count}", category.name()))
            .collect();
        let description = format!(
            "{}: {} setbacks ({} micro-failures)\n{}\nClick to zoom in",
            period.describe(group.period_start),
            group.count,
            group.micro_failures,
            breakdown.join(" · ")
        );
        picks.push((
            point,
            Pick::Zoom(day_number(group.from) - 0.5, day_number(group.to) + 0.5),
        ));
        match items.iter_mut().find(|item| item.name == name) {
            Some(item) => {
                item.points.push(point);
                item.descriptions.push(description);
            }
            None => items.push(LaneItem {
                name,
                color: theme::category_color(&main, dark),
                shape: MarkerShape::Circle,
                radius: 3.5 + 2.0 * size_class as f32,
                filled: true,
                points: vec![point],
                descriptions: vec![description],
            }),
        }
    }
    items.extend(
        single
            .items
            .iter()
            .filter(|item| item.shape == MarkerShape::Diamond)
            .cloned(),
    );
    Lane { items, picks }
}

/// Mood per day of one year, and the days with setbacks, for the heatmap.
#[derive(Debug)]
struct Heatmap {
    revision: u64,
    year: i32,
    moods: Vec<Option<u8>>,
    setbacks: Vec<Vec<String>>,
}

impl Heatmap {
    fn compute(journal: &Journal, revision: u64, year: i32) -> Self {
        let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default();
        let last = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(first);
        let days = (last - first).num_days() as usize + 1;
        let mut moods = vec![None; days];
        for check_in in journal.check_ins_between(first, last) {
            if let Some(slot) = moods.get_mut((check_in.date - first).num_days() as usize) {
                *slot = check_in.ratings.mood.map(crate::model::Rating::get);
            }
        }
        let mut setbacks = vec![Vec::new(); days];
        for setback in journal.setbacks().iter().filter(|s| s.date.year() == year) {
            if let Some(slot) = setbacks.get_mut((setback.date - first).num_days() as usize) {
                slot.push(setback.title.clone());
            }
        }
        Self {
            revision,
            year,
            moods,
            setbacks,
        }
    }
}

impl ProgressScreen {
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
        let stale = self
            .data
            .as_ref()
            .is_none_or(|d| d.revision != session.revision() || d.range != range);
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
            ui.label("Your progress appears here once you have a few check-ins. Start on the Today screen — a minute a day is enough.");
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
                            }
                        });
                    });
                    if wide {
                        ui.add_space(theme::GAP);
                        ui.vertical(|ui| {
                            ui.set_width(PANEL_WIDTH);
                            self.insights_ui(ui);
                        });
                    }
                });
            });
    }

    fn controls_ui(
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
            let label = ui.label("From");
            ui.add(
                egui::TextEdit::singleline(&mut self.custom_from)
                    .id_salt("range_from")
                    .hint_text("YYYY-MM-DD")
                    .desired_width(96.0),
            )
            .labelled_by(label.id);
            let label = ui.label("to");
            let to = ui
                .add(
                    egui::TextEdit::singleline(&mut self.custom_to)
                        .id_salt("range_to")
                        .hint_text("YYYY-MM-DD")
                        .desired_width(96.0),
                )
                .labelled_by(label.id);
            let entered = to.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter));
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
                .on_hover_text("Save this chart as PNG or SVG (Ctrl+E)")
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
        let range_label = data.range.words();
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new("Ratings").strong());
            ui.label(egui::RichText::new(format!("{range_label} · {}", resolution.label())).weak())
                .on_hover_text("Past a few months the chart shows weekly means, past a few years monthly means, each with its lowest and highest rating as a band. Zoom in (Ctrl+scroll, a box dragged with the right button, or + and -; Left and Right pan) to bring the daily points back, or pick a resolution.");
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
        if self
            .heatmap
            .as_ref()
            .is_none_or(|h| h.revision != session.revision() || h.year != year)
        {
            self.heatmap = Some(Heatmap::compute(
                session.journal(),
                session.revision(),
                year,
            ));
        }
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new("A year in pixels").strong())
                .on_hover_text("Each square is a day, coloured by mood; a dot marks a setback. Click a day to open it on the Today screen.");
            if ui.small_button("⏴").on_hover_text("Previous year").clicked() {
                self.heatmap_year = Some(year - 1);
            }
            ui.label(year.to_string());
            if ui.small_button("⏵").on_hover_text("Next year").clicked() {
                self.heatmap_year = Some(year + 1);
            }
        });
        let Some(heatmap) = &self.heatmap else { return };
        if let Some(day) = heatmap_grid_ui(ui, heatmap) {
            commands.push(AppCommand::OpenDay(day));
        }
    }
}

/// The ratings series at the chosen resolution, only the points in view.
fn rating_lines<'a>(
    plot: &mut egui_plot::PlotUi<'a>,
    data: &'a ProgressData,
    shown: [bool; 3],
    resolution: Resolution,
    (view_min, view_max): (f64, f64),
    dark: bool,
    chart_width: f32,
) {
    for (series, shown) in data.series.iter().zip(shown) {
        if !shown {
            continue;
        }
        let color = theme::scale_color(series.scale, dark);
        match resolution {
            Resolution::Daily => {
                let points = visible_slice(&series.daily, view_min, view_max);
                let average = visible_slice(&series.moving_average, view_min, view_max);
                plot.add(
                    Points::new(series.name("rating"), PlotPoints::Borrowed(points))
                        .color(color.gamma_multiply(0.55))
                        .radius(2.5),
                );
                plot.add(
                    Line::new(series.name("7-day average"), PlotPoints::Borrowed(average))
                        .color(color)
                        .width(2.0),
                );
            }
            Resolution::Weekly | Resolution::Monthly => {
                let (buckets, what) = if resolution == Resolution::Weekly {
                    (&series.weekly, "weekly mean")
                } else {
                    (&series.monthly, "monthly mean")
                };
                plot.add(
                    FilledArea::new(
                        series.name("range"),
                        &buckets.xs,
                        &buckets.mins,
                        &buckets.maxs,
                    )
                    .fill_color(color.gamma_multiply(0.08))
                    .stroke(egui::Stroke::NONE)
                    .allow_hover(false),
                );
                let means = visible_slice(&buckets.means, view_min - 31.0, view_max + 31.0);
                plot.add(
                    Line::new(series.name(what), PlotPoints::Borrowed(means))
                        .color(color)
                        .width(2.0),
                );
                // Dots help only while they stand apart; a dense run is read as a line.
                if (means.len() as f32) < chart_width / MIN_DOT_SPACING_PX {
                    plot.add(
                        Points::new(series.name(what), PlotPoints::Borrowed(means))
                            .color(color)
                            .radius(2.5),
                    );
                }
            }
        }
    }
}

/// What the lane shares with the ratings chart above it.
#[derive(Debug, Clone, Copy)]
struct SharedView {
    resolution: Resolution,
    /// The x bounds of the chosen range.
    range: (f64, f64),
    /// Days visible now.
    span_days: f64,
    reset: bool,
    group: egui::Id,
}

/// The timeline lane of setbacks and skills, sharing the ratings chart's time axis.
fn lane_ui(
    ui: &mut egui::Ui,
    data: &ProgressData,
    view: &SharedView,
    zoom_to: &mut Option<(f64, f64)>,
    commands: &mut Vec<AppCommand>,
) {
    let SharedView {
        resolution,
        range: (x_min, x_max),
        span_days,
        reset,
        group,
    } = *view;
    ui.label(egui::RichText::new("Setbacks and skills").strong())
        .on_hover_text("Setbacks: colour by category, size by severity; micro-failures are small hollow circles. Gold diamonds: skills, on the day first acquired. Click a setback to open it.");
    let mut lane = Plot::new("progress_lane")
        .height(lane_height(ui.ctx()))
        .link_axis(group, [true, false])
        .link_cursor(group, [true, false])
        .default_x_bounds(x_min, x_max)
        .default_y_bounds(-0.6, 1.6)
        .allow_zoom([true, false])
        .allow_drag([true, false])
        .allow_scroll([true, false])
        .show_y(false)
        .y_axis_min_width(Y_AXIS_WIDTH)
        .y_axis_formatter(|mark, _| match mark.value {
            v if (v - SETBACK_ROW).abs() < 1e-9 => "setbacks".to_owned(),
            v if (v - SKILL_ROW).abs() < 1e-9 => "skills".to_owned(),
            _ => String::new(),
        })
        .y_grid_spacer(|_| {
            vec![
                GridMark {
                    value: SETBACK_ROW,
                    step_size: 1.0,
                },
                GridMark {
                    value: SKILL_ROW,
                    step_size: 1.0,
                },
            ]
        })
        .x_axis_formatter(date_axis_label)
        .label_formatter(move |hover| lane_hover(hover, data.lane_for(resolution, span_days)));
    if reset {
        lane = lane.reset();
    }
    let lane_data = data.lane_for(resolution, span_days);
    let zoom = zoom_to.take();
    let lane_response = lane.show(ui, |plot| {
        if let Some((min, max)) = zoom {
            plot.set_plot_bounds_x(min..=max);
        }
        for item in &lane_data.items {
            let points = Points::new(item.name.as_str(), PlotPoints::Borrowed(&item.points))
                .color(item.color)
                .shape(item.shape)
                .radius(item.radius)
                .filled(item.filled);
            plot.add(points);
        }
    });
    if lane_response.response.clicked()
        && let Some(pointer) = lane_response.response.interact_pointer_pos()
    {
        let transform = lane_response.transform;
        let nearest = lane_data
            .picks
            .iter()
            .map(|(point, pick)| {
                (
                    transform.position_from_point(point).distance(pointer),
                    *pick,
                )
            })
            .filter(|(distance, _)| *distance <= PICK_RADIUS_PX)
            .min_by(|a, b| a.0.total_cmp(&b.0));
        match nearest {
            Some((_, Pick::Setback(id))) => commands.push(AppCommand::OpenSetback(id)),
            Some((_, Pick::Zoom(min, max))) => {
                *zoom_to = Some((min, max));
                ui.ctx().request_repaint();
            }
            None => {}
        }
    }
}

/// Zoom and pan with the keyboard while no text field has focus: `+` / `-` zoom around the
/// middle, Left / Right move by a fifth of the view. Returns the new x bounds.
fn keyboard_view_change(ui: &egui::Ui, (min, max): (f64, f64)) -> Option<(f64, f64)> {
    if ui.ctx().egui_wants_keyboard_input() {
        return None;
    }
    let span = max - min;
    let middle = f64::midpoint(min, max);
    ui.input_mut(|input| {
        let none = egui::Modifiers::NONE;
        if input.consume_key(none, egui::Key::Plus) || input.consume_key(none, egui::Key::Equals) {
            Some((middle - span * 0.375, middle + span * 0.375))
        } else if input.consume_key(none, egui::Key::Minus) {
            Some((middle - span * 0.625, middle + span * 0.625))
        } else if input.consume_key(none, egui::Key::ArrowLeft) {
            Some((min - span * 0.2, max - span * 0.2))
        } else if input.consume_key(none, egui::Key::ArrowRight) {
            Some((min + span * 0.2, max + span * 0.2))
        } else {
            None
        }
    })
}

/// A sorted series' points within `min..=max`, plus one on each side so lines reach the edges.
fn visible_slice(points: &[PlotPoint], min: f64, max: f64) -> &[PlotPoint] {
    let start = points.partition_point(|p| p.x < min).saturating_sub(1);
    let end = (points.partition_point(|p| p.x <= max) + 1).min(points.len());
    points.get(start..end).unwrap_or_default()
}

/// Date labels that suit the zoom: days, months or years.
fn date_axis_label(mark: GridMark, range: &RangeInclusive<f64>) -> String {
    insights::date_axis_label(mark.value, range.end() - range.start())
}

fn rating_hover(hover: &HoverPosition<'_>, data: &ProgressData) -> Option<String> {
    let HoverPosition::NearDataPoint {
        plot_name,
        position,
        index,
    } = hover
    else {
        return None;
    };
    let series = data
        .series
        .iter()
        .find(|s| plot_name.starts_with(s.scale.label()))?;
    let bucket = if plot_name.ends_with("weekly mean") {
        series.weekly.buckets.get(*index)
    } else if plot_name.ends_with("monthly mean") {
        series.monthly.buckets.get(*index)
    } else {
        None
    };
    if let Some(bucket) = bucket {
        return Some(format!(
            "{plot_name} {:.1}\n{} – {}\nlowest {:.0}, highest {:.0} ({} check-ins)",
            bucket.mean,
            bucket.from.format("%-d %b"),
            bucket.to.format("%-d %b %Y"),
            bucket.min,
            bucket.max,
            bucket.count
        ));
    }
    let day = date_of_day_number(position.x)?;
    Some(format!(
        "{plot_name} {:.1}\n{}",
        position.y,
        day.format("%a %-d %b %Y")
    ))
}

fn lane_hover(hover: &HoverPosition<'_>, lane: &Lane) -> Option<String> {
    let HoverPosition::NearDataPoint {
        plot_name, index, ..
    } = hover
    else {
        return None;
    };
    let item = lane.items.iter().find(|item| item.name == *plot_name)?;
    item.descriptions.get(*index).cloned()
}

/// Which colour means which category, and what the marker shapes mean.
fn legend_ui(ui: &mut egui::Ui, data: &ProgressData, dark: bool) {
    ui.horizontal_wrapped(|ui| {
        let mut seen: Vec<&str> = Vec::new();
        for category in &data.categories {
            if seen.contains(&category.name()) {
                continue;
            }
            seen.push(category.name());
            theme::color_dot(ui, theme::category_color(category, dark));
            ui.label(egui::RichText::new(category.name()).small());
        }
        ui.label(
            egui::RichText::new("· hollow = micro-failure · size = severity")
                .small()
                .weak(),
        );
        ui.label(
            egui::RichText::new("· gold diamond = skill acquired")
                .small()
                .color(theme::gold(dark)),
        );
    });
}

fn insights_panel_ui(ui: &mut egui::Ui, data: &ProgressData) {
    let stats = &data.stats;
    let previous = &data.previous;
    let dark = ui.visuals().dark_mode;
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new("Insights").strong().size(17.0));
        ui.label(egui::RichText::new(data.range.words()).weak());
        ui.add_space(theme::GAP);
        for (scale, summary, before) in [
            (RatingScale::Mood, &stats.mood, &previous.mood),
            (RatingScale::Resilience, &stats.resilience, &previous.resilience),
            (RatingScale::GrowthMindset, &stats.growth_mindset, &previous.growth_mindset),
        ] {
            ui.horizontal(|ui| {
                theme::color_dot(ui, theme::scale_color(scale, dark));
                ui.label(egui::RichText::new(scale.label()).strong());
            });
            let Some(mean) = summary.mean else {
                ui.label(egui::RichText::new("No ratings in this range.").weak());
                continue;
            };
            let change = before.mean.map_or_else(String::new, |old| {
                format!(" ({:+.1} vs the {} days before)", mean - old, data.range.day_count())
            });
            ui.label(format!("mean {mean:.1}{change}"))
                .on_hover_text("Mean of the check-ins in the range that have this rating; missing days are not counted as zero.");
            let trend = match summary.trend_per_30d {
                None => "trend: needs check-ins on at least 2 days".to_owned(),
                Some(t) => format!("{} ({t:+.2} per 30 days)", trend_words(t)),
            };
            ui.label(trend).on_hover_text("Least-squares slope of the rating against the day, times 30.");
            ui.add_space(4.0);
        }
        ui.separator();
        let coverage = format!(
            "{} check-ins · {:.0}% of days · streak {} (longest {})",
            stats.check_ins,
            stats.coverage * 100.0,
            day_count(stats.current_streak),
            day_count(stats.longest_streak)
        );
        ui.label(coverage).on_hover_text("Coverage = days with a check-in / days in the range. The current streak ends on the range's last day (or the day before).");
        ui.label(format!("{} setbacks, {} micro-failures", stats.setbacks, stats.micro_failures));
        let bounce = match stats.bounce_back_days_median {
            Some(median) => format!("Median bounce-back: {median:.1} days"),
            None => "Bounce-back: needs 3 mood check-ins in the 14 days before a setback".to_owned(),
        };
        ui.label(egui::RichText::new(bounce).strong()).on_hover_text(
            "For each setback: the days until the mean mood of the last 3 days is back at the mean mood of the 14 days before it. The median is over the range's setbacks that have a value.",
        );
        match data.recoveries_trend {
            RecoveryTrend::Compared { first_half, second_half } => {
                let words = if second_half < first_half {
                    "Recoveries are getting faster"
                } else if second_half > first_half {
                    "Recoveries are getting slower"
                } else {
                    "Recoveries take about as long as before"
                };
                ui.label(format!("{words}: median {first_half:.1} days, then {second_half:.1} days"))
                    .on_hover_text("Median bounce-back of the earlier half of the range's setbacks against the later half.");
            }
            RecoveryTrend::NotEnough => {
                ui.label(egui::RichText::new("Faster or slower recoveries: needs 4 setbacks with a bounce-back").weak());
            }
        }
        ui.separator();
        let skills = &data.skills_acquired;
        let plural = if skills.len() == 1 { "skill" } else { "skills" };
        ui.label(format!("{} {plural} acquired", skills.len()))
            .on_hover_text("Skills whose first-acquired date falls in the range.");
        if !skills.is_empty() {
            let shown: Vec<&str> = skills.iter().take(6).map(String::as_str).collect();
            let more = skills.len().saturating_sub(shown.len());
            let tail = if more > 0 { format!(" and {more} more") } else { String::new() };
            ui.label(egui::RichText::new(format!("{}{tail}", shown.join(", "))).weak());
        }
        ui.separator();
        ui.label(egui::RichText::new("Micro-failure patterns").strong()).on_hover_text(
            "Three or more micro-failures of the same category within 14 days; overlapping runs are merged.",
        );
        if stats.micro_failure_patterns.is_empty() {
            ui.label(egui::RichText::new("None in this range.").weak());
        }
        for pattern in stats.micro_failure_patterns.iter().take(8) {
            let span = (pattern.to - pattern.from).num_days() + 1;
            ui.label(format!(
                "{} micro-failures in {} within {span} days, {}–{}",
                pattern.count,
                pattern.category,
                pattern.from.format("%-d %b"),
                pattern.to.format("%-d %b %Y")
            ));
        }
        let more = stats.micro_failure_patterns.len().saturating_sub(8);
        if more > 0 {
            ui.label(egui::RichText::new(format!("and {more} more")).weak());
        }
    });
}

fn trend_words(per_30_days: f64) -> &'static str {
    if per_30_days >= 0.2 {
        "rising"
    } else if per_30_days <= -0.2 {
        "falling"
    } else {
        "steady"
    }
}

fn day_count(days: u32) -> String {
    if days == 1 {
        "1 day".to_owned()
    } else {
        format!("{days} days")
    }
}

/// Mood colour on a sequential scale that reads in both themes and for colour-blind users
/// (light to dark blue-green, after the cividis idea: brightness carries the value).
fn mood_color(mood: u8, dark: bool) -> Color32 {
    let t = f32::from(mood.saturating_sub(1)) / 9.0;
    let (low, high): ([u8; 3], [u8; 3]) = if dark {
        ([0x3A, 0x2E, 0x12], [0xF2, 0xD3, 0x6B])
    } else {
        ([0xF4, 0xEB, 0xC8], [0x1F, 0x4E, 0x79])
    };
    let channel = |i: usize| {
        let (a, b) = (
            f32::from(low.get(i).copied().unwrap_or(0)),
            f32::from(high.get(i).copied().unwrap_or(0)),
        );
        (a + (b - a) * t).round() as u8
    };
    Color32::from_rgb(channel(0), channel(1), channel(2))
}

/// The year as weeks (columns) by weekdays (rows). Returns the day clicked.
fn heatmap_grid_ui(ui: &mut egui::Ui, heatmap: &Heatmap) -> Option<NaiveDate> {
    let dark = ui.visuals().dark_mode;
    let first = NaiveDate::from_ymd_opt(heatmap.year, 1, 1)?;
    let offset = first.weekday().num_days_from_monday();
    let weeks = (offset as usize + heatmap.moods.len()).div_ceil(7);
    let label_width = 30.0;
    let cell =
        ((ui.available_width() - label_width) / weeks as f32 - 2.0).clamp(CELL_MIN, CELL_MAX);
    let size = egui::vec2(
        label_width + weeks as f32 * (cell + 2.0),
        16.0 + 7.0 * (cell + 2.0),
    );
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let weak = ui.visuals().weak_text_color();
    let small = egui::TextStyle::Small.resolve(ui.style());
    for (row, name) in [(0, "Mon"), (2, "Wed"), (4, "Fri")] {
        let y = rect.min.y + 16.0 + row as f32 * (cell + 2.0) + cell / 2.0;
        painter.text(
            egui::pos2(rect.min.x, y),
            egui::Align2::LEFT_CENTER,
            name,
            small.clone(),
            weak,
        );
    }
    let mut clicked = None;
    for (index, (mood, setbacks)) in heatmap.moods.iter().zip(&heatmap.setbacks).enumerate() {
        let day = first + Days::new(index as u64);
        let slot = offset as usize + index;
        let (column, row) = (slot / 7, slot % 7);
        let min = rect.min
            + egui::vec2(
                label_width + column as f32 * (cell + 2.0),
                16.0 + row as f32 * (cell + 2.0),
            );
        let cell = egui::Rect::from_min_size(min, egui::vec2(cell, cell));
        if day.day() == 1 {
            painter.text(
                egui::pos2(cell.min.x, rect.min.y),
                egui::Align2::LEFT_TOP,
                day.format("%b").to_string(),
                small.clone(),
                weak,
            );
        }
        let fill = mood.map_or(ui.visuals().faint_bg_color, |mood| mood_color(mood, dark));
        painter.rect_filled(cell, 2.0, fill);
        if mood.is_none() {
            painter.rect_stroke(
                cell,
                2.0,
                ui.visuals().widgets.noninteractive.bg_stroke,
                egui::StrokeKind::Inside,
            );
        }
        if !setbacks.is_empty() {
            let dot = if mood.is_some_and(|m| m >= 6) == dark {
                Color32::BLACK
            } else {
                Color32::WHITE
            };
            painter.circle_filled(cell.center(), 2.5, if mood.is_none() { weak } else { dot });
        }
        let id = ui.scope_id().with(("heatmap_day", heatmap.year, index));
        let response = ui.interact(cell, id, egui::Sense::click());
        let mood_text = mood.map_or_else(|| "no check-in".to_owned(), |m| format!("mood {m}"));
        let setback_text = match setbacks.len() {
            0 => String::new(),
            1 => format!(" · setback: {}", setbacks[0]),
            n => format!(" · {n} setbacks"),
        };
        let label = format!("{}, {mood_text}{setback_text}", day.format("%A %-d %B %Y"));
        response.widget_info(|| WidgetInfo::labeled(Role::Button, true, label.clone()));
        if response.hovered() {
            painter.rect_stroke(
                cell,
                2.0,
                egui::Stroke::new(1.5, ui.visuals().strong_text_color()),
                egui::StrokeKind::Outside,
            );
        }
        if response.on_hover_text(label).clicked() {
            clicked = Some(day);
        }
    }
    clicked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_slice_keeps_one_point_beyond_each_edge() {
        let points: Vec<PlotPoint> = (0..10).map(|x| PlotPoint::new(f64::from(x), 1.0)).collect();
        let slice = visible_slice(&points, 3.5, 6.5);
        let xs: Vec<f64> = slice.iter().map(|p| p.x).collect();
        assert_eq!(xs, vec![3.0, 4.0, 5.0, 6.0, 7.0]);
        assert_eq!(visible_slice(&points, 20.0, 30.0).len(), 1);
    }

    #[test]
    fn trends_in_words() {
        assert_eq!(trend_words(0.5), "rising");
        assert_eq!(trend_words(0.0), "steady");
        assert_eq!(trend_words(-0.3), "falling");
    }

    #[test]
    fn mood_colours_run_from_light_to_dark_in_the_light_theme() {
        let brightness = |c: Color32| u32::from(c.r()) + u32::from(c.g()) + u32::from(c.b());
        assert!(brightness(mood_color(1, false)) > brightness(mood_color(10, false)));
        assert!(brightness(mood_color(1, true)) < brightness(mood_color(10, true)));
    }
}
