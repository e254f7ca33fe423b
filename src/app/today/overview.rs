//! The Today screen's overview beside the form: the streak, the last 28 days as a chart (a
//! missed day breaks the line), and the setbacks waiting for a reflection. Derived once per
//! change of the journal or the day, never per frame.

use chrono::{Days, NaiveDate};
use egui_plot::{HoverPosition, Line, Plot, PlotPoint, PlotPoints, Points};

use super::{CHART_DAYS, TodayScreen, long_date};
use crate::app::{AppCommand, theme};
use crate::i18n::DateStyle;
use crate::insights::{self, DateRange};
use crate::model::{Journal, RatingScale, SetbackId};

/// Figures derived from the journal for the chart and streak, recomputed only when the journal
/// or the day changes.
#[derive(Debug)]
pub(super) struct Overview {
    pub(super) revision: u64,
    pub(super) date: NaiveDate,
    pub(super) streak_days: u32,
    /// Days with a check-in among the last `CHART_DAYS`.
    pub(super) days_checked_in: usize,
    /// Open setbacks older than a week with nothing written yet: (id, title, date), newest first.
    pub(super) ready_to_reflect: Vec<(SetbackId, String, NaiveDate)>,
    pub(super) series: Vec<RatingSeries>,
}

/// One rating's points over the chart's days, and the runs of consecutive days that are joined
/// by lines (a missing day breaks the line rather than inventing a value).
#[derive(Debug)]
pub(super) struct RatingSeries {
    pub(super) scale: RatingScale,
    pub(super) points: Vec<PlotPoint>,
    pub(super) runs: Vec<std::ops::Range<usize>>,
}

impl RatingSeries {
    pub(super) fn new(scale: RatingScale, points: Vec<PlotPoint>) -> Self {
        let mut runs = Vec::new();
        let mut start = 0;
        for index in 1..=points.len() {
            let breaks = match (points.get(index - 1), points.get(index)) {
                (Some(previous), Some(next)) => next.x - previous.x > 1.0,
                _ => true,
            };
            if breaks {
                runs.push(start..index);
                start = index;
            }
        }
        Self {
            scale,
            points,
            runs,
        }
    }
}

impl Overview {
    pub(super) fn compute(journal: &Journal, revision: u64, date: NaiveDate) -> Self {
        let range = DateRange::ending(date, CHART_DAYS);
        let since_start = DateRange::new(
            journal
                .date_span()
                .map_or(date, |(first, _)| first.min(date)),
            date,
        )
        .unwrap_or(range);
        let series = RatingScale::ALL
            .iter()
            .map(|&scale| {
                let points = journal
                    .check_ins_between(range.from(), range.to())
                    .filter_map(|check_in| {
                        let rating = check_in.ratings.get(scale)?;
                        let x = (check_in.date - date).num_days() as f64;
                        Some(PlotPoint::new(x, f64::from(rating.get())))
                    })
                    .collect();
                RatingSeries::new(scale, points)
            })
            .collect();
        let ready_to_reflect = insights::ready_to_reflect(journal, date);
        Overview {
            ready_to_reflect,
            days_checked_in: journal
                .rated_check_ins_between(range.from(), range.to())
                .count(),
            revision,
            date,
            streak_days: insights::current_streak(journal, since_start),
            series,
        }
    }
}

impl TodayScreen {
    /// Open setbacks from more than a week ago with nothing written yet.
    pub(super) fn ready_to_reflect_ui(&self, ui: &mut egui::Ui, commands: &mut Vec<AppCommand>) {
        let Some(overview) = &self.overview else {
            return;
        };
        if overview.ready_to_reflect.is_empty() {
            return;
        }
        ui.add_space(theme::GAP);
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(egui::RichText::new(crate::t!("today-ready")).strong())
                .on_hover_text(crate::t!("today-ready-hover"));
            for (id, title, day) in overview.ready_to_reflect.iter().take(5) {
                let date = crate::i18n::date(*day, DateStyle::DayMonth);
                if ui
                    .link(crate::t!(
                        "today-ready-setback",
                        title = title.as_str(),
                        date = date
                    ))
                    .clicked()
                {
                    commands.push(AppCommand::OpenSetback(*id));
                }
            }
            let more = overview.ready_to_reflect.len().saturating_sub(5);
            if more > 0 {
                ui.label(egui::RichText::new(crate::t!("today-ready-more", count = more)).weak());
            }
        });
    }

    pub(super) fn overview_ui(&mut self, ui: &mut egui::Ui, date: NaiveDate) {
        let Some(overview) = &self.overview else {
            return;
        };
        let dark = ui.visuals().dark_mode;
        theme::card(ui).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                let streak = overview.streak_days;
                let text = crate::t!("today-streak", days = streak);
                ui.label(
                    egui::RichText::new(text)
                        .strong()
                        .size(18.0)
                        .color(theme::gold(dark)),
                )
                .on_hover_text(crate::t!("today-streak-hover"));
            });
            ui.label(crate::t!(
                "today-checked-in",
                count = overview.days_checked_in,
                days = CHART_DAYS
            ));
            ui.add_space(theme::GAP);
            ui.label(egui::RichText::new(crate::t!("today-chart", days = CHART_DAYS)).strong())
                .on_hover_text(crate::t!("today-chart-hover"));
            if overview
                .series
                .iter()
                .all(|series| series.points.is_empty())
            {
                ui.label(egui::RichText::new(crate::t!("today-chart-empty")).weak());
                return;
            }
            ui.horizontal(|ui| {
                for series in &overview.series {
                    let scale = series.scale;
                    let color = theme::scale_color(scale, dark);
                    theme::color_dot(ui, color);
                    ui.label(scale.screen_label());
                    ui.add_space(theme::GAP);
                }
            });
            let first_day = -f64::from(CHART_DAYS - 1);
            Plot::new("today_last_weeks")
                .height(220.0)
                .allow_drag(false)
                .allow_zoom(false)
                .allow_scroll(false)
                .allow_boxed_zoom(false)
                .allow_double_click_reset(false)
                .show_x(false)
                .default_x_bounds(first_day - 0.5, 0.5)
                .default_y_bounds(0.5, 10.5)
                .y_axis_min_width(18.0)
                .x_axis_formatter(move |mark, _| axis_day(date, mark.value))
                .label_formatter(move |hover| point_label(date, hover))
                .show(ui, |plot| {
                    for series in &overview.series {
                        let name = series.scale.screen_label();
                        let color = theme::scale_color(series.scale, dark);
                        for run in series.runs.iter().filter(|run| run.len() > 1) {
                            let Some(points) = series.points.get(run.clone()) else {
                                continue;
                            };
                            plot.add(
                                Line::new(name.as_str(), PlotPoints::Borrowed(points))
                                    .color(color)
                                    .width(2.0),
                            );
                        }
                        let points = PlotPoints::Borrowed(&series.points);
                        plot.add(Points::new(name.as_str(), points).color(color).radius(3.0));
                    }
                });
        });
    }
}

/// The chart's axis label of the day `offset` days from `date` ("Nov 28", "28. Nov.").
fn axis_day(date: NaiveDate, offset: f64) -> String {
    let day = date
        .checked_sub_days(Days::new((-offset).max(0.0) as u64))
        .unwrap_or(date);
    crate::t!(
        "today-chart-day",
        month = crate::i18n::date(day, DateStyle::MonthShort),
        day = chrono::Datelike::day(&day)
    )
}

/// What hovering a point of the chart says: the rating and its day.
fn point_label(date: NaiveDate, hover: &HoverPosition<'_>) -> Option<String> {
    match hover {
        HoverPosition::NearDataPoint {
            plot_name,
            position,
            ..
        } => {
            let day = date
                .checked_sub_days(Days::new((-position.x).round().max(0.0) as u64))
                .unwrap_or(date);
            Some(crate::t!(
                "today-chart-point",
                scale = plot_name.to_string(),
                value = format!("{:.0}", position.y),
                date = long_date(day)
            ))
        }
        HoverPosition::Elsewhere { .. } => None,
    }
}
