//! The setbacks and skills lane under the ratings chart: markers by category and severity,
//! grouped by week, month or year when dense, and what a click on them picks.

use egui::Color32;
use egui_plot::{GridMark, HoverPosition, MarkerShape, Plot, PlotPoint, PlotPoints, Points};

use super::ProgressData;
use super::chart::{SharedView, Y_AXIS_WIDTH, date_axis_label};
use super::{AppCommand, theme};
use crate::i18n::DateStyle;
use crate::insights::{self, DateRange, Period, Resolution, Stats, day_number};
use crate::model::{Journal, SetbackId};

/// Height of the setbacks and skills lane.
pub(super) fn lane_height(ctx: &egui::Context) -> f32 {
    (ctx.content_rect().height() * 0.11).clamp(90.0, 150.0)
}

/// Screen distance within which a click picks a setback marker.
pub(super) const PICK_RADIUS_PX: f32 = 12.0;

/// Lane row of setbacks and of skills (y values of the lane plot).
pub(super) const SETBACK_ROW: f64 = 1.0;

pub(super) const SKILL_ROW: f64 = 0.0;

/// What clicking a lane marker does.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Pick {
    /// Open this setback.
    Setback(SetbackId),
    /// Zoom the charts to these days (a week or month of setbacks).
    Zoom(f64, f64),
}

/// The lane's markers and what a click on each does.
#[derive(Debug, Default)]
pub(super) struct Lane {
    pub(super) items: Vec<LaneItem>,
    pub(super) picks: Vec<(PlotPoint, Pick)>,
}

impl ProgressData {
    /// The lane that suits a resolution: grouped by week or month when there are many setbacks.
    pub(super) fn lane_for(&self, resolution: Resolution, span_days: f64) -> &Lane {
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
pub(super) struct LaneItem {
    pub(super) name: String,
    pub(super) color: Color32,
    pub(super) shape: MarkerShape,
    pub(super) radius: f32,
    pub(super) filled: bool,
    pub(super) points: Vec<PlotPoint>,
    pub(super) descriptions: Vec<String>,
}

/// Adds a marker to the series named like `series`, which joins the lane (empty) with its
/// first marker.
fn add_marker(items: &mut Vec<LaneItem>, point: PlotPoint, description: String, series: LaneItem) {
    let index = items
        .iter()
        .position(|known| known.name == series.name)
        .unwrap_or_else(|| {
            items.push(series);
            items.len() - 1
        });
    if let Some(item) = items.get_mut(index) {
        item.points.push(point);
        item.descriptions.push(description);
    }
}

/// The lane's markers: setbacks by category (size by severity; micro-failures small and hollow)
/// and skills as diamonds on the day they were acquired.
pub(super) fn lane_items(journal: &Journal, range: DateRange, stats: &Stats, dark: bool) -> Lane {
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
                crate::t!(
                    "progress-lane-micro-failures",
                    category = setback.category.label()
                ),
                3.5,
                false,
            )
        } else {
            let severity = setback.severity.get();
            (
                crate::t!(
                    "progress-lane-setbacks",
                    category = setback.category.label(),
                    severity = severity
                ),
                3.0 + 1.6 * f32::from(severity),
                true,
            )
        };
        let point = PlotPoint::new(day_number(setback.date), SETBACK_ROW);
        let bounce = recovery.bounce_back_days.map_or_else(
            || crate::t!("progress-lane-bounce-not-measured"),
            |days| crate::t!("progress-lane-bounced-back", days = days),
        );
        let kind = if setback.micro_failure {
            "micro-failure"
        } else {
            "setback"
        };
        let description = crate::t!(
            "progress-lane-setback-hover",
            title = setback.title.as_str(),
            category = setback.category.label(),
            kind = kind,
            severity = setback.severity.get(),
            date = crate::i18n::date(setback.date, DateStyle::Short),
            bounce = bounce
        );
        picks.push((point, Pick::Setback(setback.id)));
        add_marker(
            &mut items,
            point,
            description,
            LaneItem {
                name,
                color: theme::category_color(&setback.category, dark),
                shape: MarkerShape::Circle,
                radius,
                filled,
                points: Vec::new(),
                descriptions: Vec::new(),
            },
        );
    }
    items.extend(skill_markers(journal, range, dark));
    items.extend(review_markers(journal, range, dark));
    Lane { items, picks }
}

/// The skills acquired in the range, as gold diamonds on the day first acquired (none without).
fn skill_markers(journal: &Journal, range: DateRange, dark: bool) -> Option<LaneItem> {
    let mut skills = LaneItem {
        name: crate::t!("progress-lane-skills"),
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
        let date = crate::i18n::date(day, DateStyle::Short);
        skills.descriptions.push(match source {
            Some(title) => crate::t!(
                "progress-lane-skill-from",
                skill = skill.name.as_str(),
                date = date,
                title = title
            ),
            None => crate::t!(
                "progress-lane-skill",
                skill = skill.name.as_str(),
                date = date
            ),
        });
    }
    (!skills.points.is_empty()).then_some(skills)
}

/// The weekly reviews of the range, as hollow squares on the skills row (none without reviews).
fn review_markers(journal: &Journal, range: DateRange, dark: bool) -> Option<LaneItem> {
    let mut reviews = LaneItem {
        name: crate::t!("progress-lane-reviews"),
        color: theme::scale_color(crate::model::RatingScale::GrowthMindset, dark),
        shape: MarkerShape::Square,
        radius: 4.5,
        filled: false,
        points: Vec::new(),
        descriptions: Vec::new(),
    };
    for review in journal
        .reviews()
        .iter()
        .filter(|review| range.contains(review.to))
    {
        reviews
            .points
            .push(PlotPoint::new(day_number(review.to), SKILL_ROW));
        let mut description = crate::t!(
            "progress-lane-review",
            from = crate::i18n::date(review.from, DateStyle::DayMonth),
            to = crate::i18n::date(review.to, DateStyle::Short)
        );
        if let Some(rating) = review.rating {
            description.push('\n');
            description.push_str(&crate::t!(
                "progress-lane-review-rating",
                rating = u8::from(rating)
            ));
        }
        if !review.lesson.is_empty() {
            description.push('\n');
            description.push_str(&crate::t!(
                "progress-lane-review-lesson",
                lesson = review.lesson.as_str()
            ));
        }
        reviews.descriptions.push(description);
    }
    (!reviews.points.is_empty()).then_some(reviews)
}

/// The lane with setbacks grouped by week, month or year: one marker per period, sized by how
/// many setbacks it had and coloured by its most frequent category; a click zooms into the
/// period. Skills stay as they are.
pub(super) fn aggregated_lane(
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
        let (low, high): (usize, usize) = (size_class * quarter + 1, (size_class + 1) * quarter);
        let name = crate::t!(
            "progress-lane-group",
            low = low,
            high = high,
            period = period.key(),
            category = main.name()
        );
        let point = PlotPoint::new(
            f64::midpoint(day_number(group.from), day_number(group.to)),
            SETBACK_ROW,
        );
        let breakdown: Vec<String> = group
            .by_category
            .iter()
            .map(|(category, count)| format!("{} {count}", category.label()))
            .collect();
        let description = crate::t!(
            "progress-lane-group-hover",
            period = period.describe(group.period_start),
            count = group.count,
            micro = group.micro_failures,
            breakdown = breakdown.join(" · ")
        );
        picks.push((
            point,
            Pick::Zoom(day_number(group.from) - 0.5, day_number(group.to) + 0.5),
        ));
        add_marker(
            &mut items,
            point,
            description,
            LaneItem {
                name,
                color: theme::category_color(&main, dark),
                shape: MarkerShape::Circle,
                radius: 3.5 + 2.0 * size_class as f32,
                filled: true,
                points: Vec::new(),
                descriptions: Vec::new(),
            },
        );
    }
    items.extend(
        single
            .items
            .iter()
            // Skills only: reviews are weekly, so grouped views would draw one per week of the
            // range (2,600 over 50 years); they show once zoomed in to days.
            .filter(|item| item.shape == MarkerShape::Diamond)
            .cloned(),
    );
    Lane { items, picks }
}

/// The timeline lane of setbacks and skills, sharing the ratings chart's time axis.
pub(super) fn lane_ui(
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
    ui.label(egui::RichText::new(crate::t!("progress-lane-title")).strong())
        .on_hover_text(crate::t!("progress-lane-help"));
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
            v if (v - SETBACK_ROW).abs() < 1e-9 => crate::t!("progress-lane-row-setbacks"),
            v if (v - SKILL_ROW).abs() < 1e-9 => crate::t!("progress-lane-row-skills"),
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

pub(super) fn lane_hover(hover: &HoverPosition<'_>, lane: &Lane) -> Option<String> {
    let HoverPosition::NearDataPoint {
        plot_name, index, ..
    } = hover
    else {
        return None;
    };
    let item = lane.items.iter().find(|item| item.name == *plot_name)?;
    item.descriptions.get(*index).cloned()
}
