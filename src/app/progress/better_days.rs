//! The Progress screen's "What goes with better days" (SPEC §3.2): for each rating the tags
//! whose days differ most, up and down, each with a small diverging bar; a weekday profile per
//! rating; recovery by category; mood carry-over. Words of comparison, never of cause, and the
//! counts beside every figure.

use egui::{Color32, RichText, Role, WidgetInfo};

use super::{AppCommand, ProgressData, theme};
use crate::insights::{
    BetterDays, CARRY_OVER_MIN_PAIRS, CATEGORY_MIN_BOUNCE_BACKS, CategoryRecovery, TAG_MIN_DAYS,
    TagComparison, WeekdayMean, days_in_words, weekday_full_name,
};
use crate::model::RatingScale;

/// Tags listed each way (higher, lower) for each rating.
const TAGS_EACH_WAY: usize = 3;
/// Width of one day's column in a weekday profile.
const WEEKDAY_COLUMN: f32 = 30.0;
/// Height of a weekday profile, labels included.
const WEEKDAY_HEIGHT: f32 = 78.0;
/// Width of a tag's diverging bar.
const BAR_WIDTH: f32 = 56.0;
/// Below this width recovery and carry-over go one under the other instead of side by side.
const SIDE_BY_SIDE_WIDTH: f32 = 620.0;

const SECTION_HELP: &str = "Each figure compares days of the range with other days of the \
range. A difference says what tends to come together, not what causes what; with few days it \
may be noise.";
const TAGS_HELP: &str = "Mean rating on the range's check-ins that carry the tag against the \
mean on those that do not, each over the check-ins that have this rating. Tags are grouped \
whatever their capitals. A tag is compared once it has 5 days with it and 5 without; the \
largest differences up and down are listed.";
const WEEKDAY_HELP: &str = "Mean of this rating on each weekday of the range, over the \
check-ins that have it. Point at a bar for its number of days.";
const RECOVERY_HELP: &str = "For each category with at least 2 of the range's setbacks that \
have a bounce-back: how many, and the median of their bounce-backs (days until the mean mood of \
the last 3 days was back at the mean of the 14 days before the setback).";
const CARRY_OVER_HELP: &str = "The correlation (Pearson) of each day's mood with the mood of \
the day before, over the pairs of consecutive days of the range that both have a mood; it needs \
10 pairs. Below 0.2: each day starts fresh; 0.2 to 0.5: moods linger a little; above 0.5: moods \
linger. In research on emotional inertia, a high value goes with slower recovery.";

/// Draws the section.
pub(super) fn better_days_ui(
    ui: &mut egui::Ui,
    data: &ProgressData,
    commands: &mut Vec<AppCommand>,
) {
    let better_days = &data.stats.better_days;
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new("What goes with better days")
                .strong()
                .size(17.0),
        )
        .on_hover_text(SECTION_HELP);
        ui.label(
            RichText::new(format!(
                "{} · comparisons between days, not causes",
                data.range.words()
            ))
            .weak(),
        );
        let side_by_side = ui.available_width() >= SIDE_BY_SIDE_WIDTH;
        let bar_scale = better_days
            .tag_comparisons
            .iter()
            .map(|c| c.difference.abs())
            .fold(0.5, f64::max);
        for scale in RatingScale::ALL {
            ui.add_space(theme::GAP);
            rating_heading_ui(ui, scale);
            if rated_days(better_days, scale) == 0 {
                let rating = scale.label().to_lowercase();
                ui.label(RichText::new(format!("No {rating} ratings in this range.")).weak());
            } else {
                ui.scope(|ui| tags_ui(ui, better_days, scale, bar_scale, commands));
            }
        }
        ui.add_space(theme::GAP);
        ui.separator();
        ui.label(RichText::new("By weekday").strong())
            .on_hover_text(WEEKDAY_HELP);
        ui.horizontal_wrapped(|ui| {
            for scale in RatingScale::ALL {
                if rated_days(better_days, scale) > 0 {
                    ui.vertical(|ui| {
                        rating_heading_ui(ui, scale);
                        weekday_profile_ui(ui, better_days.weekday_means.of(scale), scale);
                    });
                    ui.add_space(theme::SECTION_GAP);
                }
            }
        });
        ui.separator();
        if side_by_side {
            ui.columns(2, |columns| {
                if let [left, right] = columns {
                    left.scope(|ui| recovery_ui(ui, &better_days.recovery_by_category, commands));
                    carry_over_ui(right, better_days);
                }
            });
        } else {
            ui.scope(|ui| recovery_ui(ui, &better_days.recovery_by_category, commands));
            ui.add_space(theme::GAP);
            carry_over_ui(ui, better_days);
        }
    });
}

/// The rating's colour and name.
fn rating_heading_ui(ui: &mut egui::Ui, scale: RatingScale) {
    let color = theme::scale_color(scale, ui.visuals().dark_mode);
    ui.horizontal(|ui| {
        theme::color_dot(ui, color);
        ui.label(RichText::new(scale.label()).strong());
    });
}

/// The range's check-ins that have this rating.
fn rated_days(better_days: &BetterDays, scale: RatingScale) -> usize {
    better_days
        .weekday_means
        .of(scale)
        .iter()
        .map(|day| day.days)
        .sum()
}

/// The tags that go with the highest and the lowest values of one rating.
fn tags_ui(
    ui: &mut egui::Ui,
    better_days: &BetterDays,
    scale: RatingScale,
    bar_scale: f64,
    commands: &mut Vec<AppCommand>,
) {
    let color = theme::scale_color(scale, ui.visuals().dark_mode);
    if !better_days
        .tag_comparisons
        .iter()
        .any(|c| c.rating == scale)
    {
        ui.label(
            RichText::new(format!(
                "Tags: needs {TAG_MIN_DAYS} days with a tag and {TAG_MIN_DAYS} without."
            ))
            .weak(),
        )
        .on_hover_text(TAGS_HELP);
        return;
    }
    // Rows of text read as a list: tighter than the form spacing of the rest of the app.
    ui.spacing_mut().item_spacing.y = 2.0;
    ui.spacing_mut().interact_size.y = 18.0;
    let listed = better_days.listed_comparisons(scale, TAGS_EACH_WAY);
    for comparison in &listed {
        tag_row_ui(ui, comparison, bar_scale, color, commands);
    }
    if listed.is_empty() {
        ui.label(RichText::new("Days with and without each tag have about the same mean.").weak())
            .on_hover_text(TAGS_HELP);
    }
}

/// "▮ On days tagged deadline: mood 5.2 vs 5.7 on other days (13 vs 60 days)".
fn tag_row_ui(
    ui: &mut egui::Ui,
    comparison: &TagComparison,
    bar_scale: f64,
    color: Color32,
    commands: &mut Vec<AppCommand>,
) {
    ui.horizontal_top(|ui| {
        diverging_bar(ui, comparison.difference, bar_scale, color).on_hover_text(TAGS_HELP);
        // The sentence wraps under itself, not under the bar.
        ui.vertical(|ui| {
            ui.horizontal_wrapped(|ui| {
                ui.spacing_mut().item_spacing.x = 0.0;
                ui.label("On days tagged ");
                let link = ui
                    .link(RichText::new(&comparison.tag).italics())
                    .on_hover_text(format!(
                        "Show every day tagged “{}” on the Journal screen",
                        comparison.tag
                    ));
                link.widget_info(|| {
                    WidgetInfo::labeled(
                        Role::Link,
                        true,
                        format!("Show the days tagged {}", comparison.tag),
                    )
                });
                if link.clicked() {
                    commands.push(AppCommand::ShowJournalTagged(comparison.tag.clone()));
                }
                ui.label(format!(": {}", comparison.figures()))
                    .on_hover_text(TAGS_HELP);
            });
        });
    });
}

/// A small bar from a middle line, right for a higher mean on the tag's days, left for lower.
fn diverging_bar(ui: &mut egui::Ui, difference: f64, scale: f64, color: Color32) -> egui::Response {
    let (rect, response) =
        ui.allocate_exact_size(egui::vec2(BAR_WIDTH, 12.0), egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let middle = rect.center().x;
    let length = (difference / scale).clamp(-1.0, 1.0) as f32 * (BAR_WIDTH / 2.0);
    let bar = egui::Rect::from_x_y_ranges(
        middle.min(middle + length)..=middle.max(middle + length),
        rect.top() + 2.0..=rect.bottom() - 2.0,
    );
    painter.rect_filled(bar, 1.0, color);
    painter.line_segment(
        [
            egui::pos2(middle, rect.top()),
            egui::pos2(middle, rect.bottom()),
        ],
        ui.visuals().widgets.noninteractive.fg_stroke,
    );
    response.widget_info(|| {
        WidgetInfo::labeled(Role::Image, true, format!("Difference {difference:+.1}"))
    });
    response
}

/// Seven bars, Monday first, each with its mean above and its day below; its number of days
/// when pointed at.
fn weekday_profile_ui(ui: &mut egui::Ui, profile: &[WeekdayMean; 7], scale: RatingScale) {
    let color = theme::scale_color(scale, ui.visuals().dark_mode);
    let size = egui::vec2(WEEKDAY_COLUMN * 7.0, WEEKDAY_HEIGHT);
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let small = egui::FontId::proportional(11.0);
    let text_color = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();
    let bars_top = rect.top() + 14.0;
    let bars_bottom = rect.bottom() - 14.0;
    let rating = scale.label().to_lowercase();
    for (index, day) in profile.iter().enumerate() {
        let left = rect.left() + index as f32 * WEEKDAY_COLUMN;
        let column = egui::Rect::from_x_y_ranges(left..=left + WEEKDAY_COLUMN, rect.y_range());
        let name = weekday_full_name(day.weekday);
        painter.text(
            egui::pos2(column.center().x, rect.bottom()),
            egui::Align2::CENTER_BOTTOM,
            name.get(..2).unwrap_or(name),
            small.clone(),
            weak,
        );
        let label = match day.mean {
            Some(mean) => {
                let height = (mean / 10.0) as f32 * (bars_bottom - bars_top);
                let bar = egui::Rect::from_x_y_ranges(
                    column.left() + 5.0..=column.right() - 5.0,
                    bars_bottom - height..=bars_bottom,
                );
                painter.rect_filled(bar, 2.0, color);
                painter.text(
                    egui::pos2(column.center().x, bar.top() - 1.0),
                    egui::Align2::CENTER_BOTTOM,
                    format!("{mean:.1}"),
                    small.clone(),
                    text_color,
                );
                format!(
                    "{name}s: {rating} {mean:.1} on average over {}",
                    days_in_words(u64::try_from(day.days).unwrap_or(u64::MAX))
                )
            }
            None => format!("{name}s: no {rating} ratings in this range"),
        };
        painter.line_segment(
            [
                egui::pos2(column.left() + 3.0, bars_bottom),
                egui::pos2(column.right() - 3.0, bars_bottom),
            ],
            egui::Stroke::new(1.0, weak),
        );
        let id = ui.scope_id().with(("weekday", scale.key(), index));
        let response = ui.interact(column, id, egui::Sense::hover());
        response.widget_info(|| WidgetInfo::labeled(Role::Label, true, label.clone()));
        response.on_hover_text(format!("{label}\n\n{WEEKDAY_HELP}"));
    }
}

/// "Learning: median 1 day over 3 setbacks", the category opening its setbacks.
fn recovery_ui(ui: &mut egui::Ui, recoveries: &[CategoryRecovery], commands: &mut Vec<AppCommand>) {
    ui.label(RichText::new("Recovery by category").strong())
        .on_hover_text(RECOVERY_HELP);
    if recoveries.is_empty() {
        ui.label(
            RichText::new(format!(
                "Needs {CATEGORY_MIN_BOUNCE_BACKS} setbacks with a bounce-back in one category."
            ))
            .weak(),
        );
    }
    let dark = ui.visuals().dark_mode;
    ui.spacing_mut().item_spacing.y = 2.0;
    ui.spacing_mut().interact_size.y = 18.0;
    for recovery in recoveries {
        ui.horizontal_wrapped(|ui| {
            theme::color_dot(ui, theme::category_color(&recovery.category, dark));
            ui.spacing_mut().item_spacing.x = 0.0;
            let name = recovery.category.name();
            let link = ui
                .link(name)
                .on_hover_text(format!("Show the {name} setbacks on the Setbacks screen"));
            link.widget_info(|| {
                WidgetInfo::labeled(Role::Link, true, format!("Show the {name} setbacks"))
            });
            if link.clicked() {
                commands.push(AppCommand::ShowSetbacksIn(recovery.category.clone()));
            }
            ui.label(format!(": {}", recovery.figures()))
                .on_hover_text(RECOVERY_HELP);
        });
    }
}

/// The carry-over with its words, or what it still needs.
fn carry_over_ui(ui: &mut egui::Ui, better_days: &BetterDays) {
    let carry_over = &better_days.mood_carry_over;
    ui.label(RichText::new("Mood carry-over").strong())
        .on_hover_text(CARRY_OVER_HELP);
    let text = match carry_over.value {
        Some(value) => RichText::new(format!(
            "{value:.2}: {} ({} pairs of consecutive days)",
            crate::insights::MoodCarryOver::words(value),
            carry_over.pairs
        )),
        None if carry_over.pairs < CARRY_OVER_MIN_PAIRS => RichText::new(format!(
            "Needs {CARRY_OVER_MIN_PAIRS} pairs of consecutive days with a mood ({} so far).",
            carry_over.pairs
        ))
        .weak(),
        None => RichText::new("Needs moods that vary from day to day.").weak(),
    };
    ui.label(text).on_hover_text(CARRY_OVER_HELP);
}
