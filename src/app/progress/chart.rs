//! The ratings chart: daily points with their 7-day average, or bucket means with their
//! bands, drawn from cached points (only those in view), with its hover text and legend.

use std::ops::RangeInclusive;

use chrono::NaiveDate;
use egui_plot::{FilledArea, GridMark, HoverPosition, Line, PlotPoint, PlotPoints, Points};

use super::ProgressData;
use super::theme;
use crate::app::shortcuts::{self, Action};
use crate::insights::{self, Bucket, RatingSeries, Resolution, date_of_day_number, day_number};
use crate::model::RatingScale;

/// Height of the ratings chart: a share of the window, within bounds.
pub(super) fn ratings_height(ctx: &egui::Context) -> f32 {
    (ctx.content_rect().height() * 0.38).clamp(200.0, 560.0)
}

/// Bucket means get a dot only when dots are at least this far apart.
pub(super) const MIN_DOT_SPACING_PX: f32 = 8.0;

/// Width of the y axis of both charts, so that their time axes line up.
pub(super) const Y_AXIS_WIDTH: f32 = 64.0;

/// One rating's chart data at every resolution, as plot points.
#[derive(Debug)]
pub(super) struct ChartSeries {
    pub(super) scale: RatingScale,
    pub(super) daily: Vec<PlotPoint>,
    pub(super) moving_average: Vec<PlotPoint>,
    pub(super) weekly: BucketPoints,
    pub(super) monthly: BucketPoints,
}

#[derive(Debug, Default)]
pub(super) struct BucketPoints {
    pub(super) means: Vec<PlotPoint>,
    pub(super) xs: Vec<f64>,
    pub(super) mins: Vec<f64>,
    pub(super) maxs: Vec<f64>,
    pub(super) buckets: Vec<Bucket>,
}

impl BucketPoints {
    pub(super) fn of(buckets: &[Bucket]) -> Self {
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
    pub(super) fn of(series: &RatingSeries) -> Self {
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

    pub(super) fn name(&self, what: &str) -> String {
        format!("{} {what}", self.scale.label())
    }
}

/// The ratings series at the chosen resolution, only the points in view.
pub(super) fn rating_lines<'a>(
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
pub(super) struct SharedView {
    pub(super) resolution: Resolution,
    /// The x bounds of the chosen range.
    pub(super) range: (f64, f64),
    /// Days visible now.
    pub(super) span_days: f64,
    pub(super) reset: bool,
    pub(super) group: egui::Id,
}

/// Zoom and pan with the keyboard while no text field has focus: `+` / `-` zoom around the
/// middle, Left / Right move by a fifth of the view. Returns the new x bounds.
pub(super) fn keyboard_view_change(ui: &egui::Ui, (min, max): (f64, f64)) -> Option<(f64, f64)> {
    if ui.ctx().egui_wants_keyboard_input() {
        return None;
    }
    let span = max - min;
    let middle = f64::midpoint(min, max);
    ui.input_mut(|input| {
        if shortcuts::pressed(input, Action::ZoomIn) {
            Some((middle - span * 0.375, middle + span * 0.375))
        } else if shortcuts::pressed(input, Action::ZoomOut) {
            Some((middle - span * 0.625, middle + span * 0.625))
        } else if shortcuts::pressed(input, Action::PanEarlier) {
            Some((min - span * 0.2, max - span * 0.2))
        } else if shortcuts::pressed(input, Action::PanLater) {
            Some((min + span * 0.2, max + span * 0.2))
        } else {
            None
        }
    })
}

/// A sorted series' points within `min..=max`, plus one on each side so lines reach the edges.
pub(super) fn visible_slice(points: &[PlotPoint], min: f64, max: f64) -> &[PlotPoint] {
    let start = points.partition_point(|p| p.x < min).saturating_sub(1);
    let end = (points.partition_point(|p| p.x <= max) + 1).min(points.len());
    points.get(start..end).unwrap_or_default()
}

/// Date labels that suit the zoom: days, months or years.
pub(super) fn date_axis_label(mark: GridMark, range: &RangeInclusive<f64>) -> String {
    insights::date_axis_label(mark.value, range.end() - range.start())
}

pub(super) fn rating_hover(hover: &HoverPosition<'_>, data: &ProgressData) -> Option<String> {
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

/// Which colour means which category, and what the marker shapes mean.
pub(super) fn legend_ui(ui: &mut egui::Ui, data: &ProgressData, dark: bool) {
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
}
