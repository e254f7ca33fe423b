//! The ratings chart: daily points with their 7-day average, or bucket means with their
//! bands, drawn from cached points (only those in view), with its hover text and legend.

use std::ops::RangeInclusive;

use chrono::NaiveDate;
use egui_plot::{FilledArea, GridMark, HoverPosition, Line, PlotPoint, PlotPoints, Points};

use super::ProgressData;
use super::theme;
use crate::app::shortcuts::{self, Action};
use crate::i18n::DateStyle;
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
    /// The plot names of its lines, written once per change ("Mood 7-day average").
    pub(super) names: SeriesNames,
}

/// The names a rating's lines carry on the chart and in its hover text.
#[derive(Debug)]
pub(super) struct SeriesNames {
    pub(super) rating: String,
    pub(super) average: String,
    pub(super) weekly: String,
    pub(super) monthly: String,
    pub(super) band: String,
}

impl SeriesNames {
    fn of(scale: RatingScale) -> Self {
        let label = scale.screen_label();
        let rating = label.as_str();
        Self {
            rating: crate::t!("progress-series-rating", rating = rating),
            average: crate::t!("progress-series-average", rating = rating),
            weekly: crate::t!("progress-series-weekly", rating = rating),
            monthly: crate::t!("progress-series-monthly", rating = rating),
            band: crate::t!("progress-series-band", rating = rating),
        }
    }
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
            names: SeriesNames::of(series.scale),
        }
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
                    Points::new(series.names.rating.as_str(), PlotPoints::Borrowed(points))
                        .color(color.gamma_multiply(0.55))
                        .radius(2.5),
                );
                plot.add(
                    Line::new(series.names.average.as_str(), PlotPoints::Borrowed(average))
                        .color(color)
                        .width(2.0),
                );
            }
            Resolution::Weekly | Resolution::Monthly => {
                let (buckets, what) = if resolution == Resolution::Weekly {
                    (&series.weekly, series.names.weekly.as_str())
                } else {
                    (&series.monthly, series.names.monthly.as_str())
                };
                plot.add(
                    FilledArea::new(
                        series.names.band.as_str(),
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
                    Line::new(what, PlotPoints::Borrowed(means))
                        .color(color)
                        .width(2.0),
                );
                // Dots help only while they stand apart; a dense run is read as a line.
                if (means.len() as f32) < chart_width / MIN_DOT_SPACING_PX {
                    plot.add(
                        Points::new(what, PlotPoints::Borrowed(means))
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
    let name: &str = plot_name;
    let bucket = data.series.iter().find_map(|series| {
        if series.names.weekly == name {
            series.weekly.buckets.get(*index)
        } else if series.names.monthly == name {
            series.monthly.buckets.get(*index)
        } else {
            None
        }
    });
    if let Some(bucket) = bucket {
        return Some(crate::t!(
            "progress-bucket-hover",
            name = name,
            mean = crate::i18n::decimal(bucket.mean, 1),
            from = crate::i18n::date(bucket.from, DateStyle::DayMonth),
            to = crate::i18n::date(bucket.to, DateStyle::Short),
            lowest = format!("{:.0}", bucket.min),
            highest = format!("{:.0}", bucket.max),
            count = bucket.count
        ));
    }
    if !data.series.iter().any(|series| {
        [
            &series.names.rating,
            &series.names.average,
            &series.names.band,
        ]
        .iter()
        .any(|known| known.as_str() == name)
    }) {
        return None;
    }
    let day = date_of_day_number(position.x)?;
    Some(crate::t!(
        "progress-point-hover",
        name = name,
        value = crate::i18n::decimal(position.y, 1),
        date = crate::i18n::date(day, DateStyle::ShortWithWeekday)
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
            ui.label(egui::RichText::new(category.label()).small());
        }
        ui.label(
            egui::RichText::new(crate::t!("progress-legend-shapes"))
                .small()
                .weak(),
        );
        ui.label(
            egui::RichText::new(crate::t!("progress-legend-skill"))
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
