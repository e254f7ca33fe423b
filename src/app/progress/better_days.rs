//! The Progress screen's "What goes with better days" (SPEC §3.2): for each rating the tags
//! whose days differ most, up and down, each with a small diverging bar; a weekday profile per
//! rating; recovery by category; mood carry-over. Words of comparison, never of cause, and the
//! counts beside every figure.

use egui::{Color32, RichText, Role, WidgetInfo};

use super::{AppCommand, ProgressData, theme};
use crate::insights::{
    BetterDays, CARRY_OVER_MIN_PAIRS, CATEGORY_MIN_BOUNCE_BACKS, CategoryRecovery, TAG_MIN_DAYS,
    TagComparison, WeekdayMean, rating_in_sentence, signed_decimal, translated_days,
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

/// The section's words, written once per change of the journal, the range or the language
/// (a frame only lays them out).
#[derive(Debug)]
pub(super) struct BetterDaysWords {
    subtitle: String,
    section_help: String,
    tags_help: String,
    weekday_help: String,
    recovery_help: String,
    carry_over_help: String,
    /// For each rating (mood, resilience, growth mindset): what its missing ratings say.
    no_ratings: [String; 3],
    tags_needed: String,
    tags_same: String,
    /// "On days tagged ", before each tag's link.
    on_days_tagged: String,
    /// For each rating: its listed tag comparisons' words, in the order listed.
    tag_rows: [Vec<TagRowWords>; 3],
    /// Two letters per weekday, Monday first.
    weekday_initials: [String; 7],
    /// For each rating and weekday: its mean and number of days in words.
    weekday_labels: [[String; 7]; 3],
    recovery_needed: String,
    /// For each category's recovery: its link's hover, accessible name and figures.
    recovery_rows: Vec<RowWords>,
    carry_over: String,
    /// Whether the carry-over is a value (rather than what it still needs, shown weak).
    carry_over_is_value: bool,
}

/// A listed tag comparison in words.
#[derive(Debug)]
struct TagRowWords {
    row: RowWords,
    bar_name: String,
}

/// The hover text, accessible name and figures of a row that opens other days or setbacks.
#[derive(Debug)]
struct RowWords {
    hover: String,
    accessible: String,
    figures: String,
}

impl BetterDaysWords {
    pub(super) fn of(better_days: &BetterDays, range: crate::insights::DateRange) -> Self {
        let tag_rows = RatingScale::ALL.map(|scale| {
            better_days
                .listed_comparisons(scale, TAGS_EACH_WAY)
                .into_iter()
                .map(|comparison| TagRowWords {
                    row: RowWords {
                        hover: crate::t!("progress-tag-link-help", tag = comparison.tag.as_str()),
                        accessible: crate::t!(
                            "progress-tag-link-accessible",
                            tag = comparison.tag.as_str()
                        ),
                        figures: crate::t!("progress-row-figures", figures = comparison.figures()),
                    },
                    bar_name: crate::t!(
                        "progress-tag-difference",
                        difference = signed_decimal(comparison.difference, 1)
                    ),
                })
                .collect()
        });
        let weekday_labels = RatingScale::ALL.map(|scale| {
            let rating = rating_in_sentence(scale);
            better_days
                .weekday_means
                .of(scale)
                .map(|day| weekday_label(&day, &rating))
        });
        let recovery_rows = better_days
            .recovery_by_category
            .iter()
            .map(|recovery| {
                let label = recovery.category.label();
                let name = label.as_str();
                RowWords {
                    hover: crate::t!("progress-category-link-help", category = name),
                    accessible: crate::t!("progress-category-link-accessible", category = name),
                    figures: crate::t!("progress-row-figures", figures = recovery.figures()),
                }
            })
            .collect();
        let carry_over = &better_days.mood_carry_over;
        let carry_over = match carry_over.value {
            Some(value) => crate::t!(
                "progress-carry-over",
                value = crate::i18n::decimal(value, 2),
                words = crate::insights::MoodCarryOver::words(value),
                pairs = carry_over.pairs
            ),
            None if carry_over.pairs < CARRY_OVER_MIN_PAIRS => crate::t!(
                "progress-carry-over-needs-pairs",
                needed = CARRY_OVER_MIN_PAIRS,
                pairs = carry_over.pairs
            ),
            None => crate::t!("progress-carry-over-needs-variety"),
        };
        Self {
            subtitle: crate::t!(
                "progress-better-days-subtitle",
                range = range.translated_words()
            ),
            section_help: crate::t!("progress-better-days-help"),
            tags_help: crate::t!("progress-tags-help"),
            weekday_help: crate::t!("progress-weekday-help"),
            recovery_help: crate::t!("progress-recovery-help"),
            carry_over_help: crate::t!("progress-carry-over-help"),
            no_ratings: RatingScale::ALL.map(|scale| {
                crate::t!("progress-no-rating-of", rating = rating_in_sentence(scale))
            }),
            tags_needed: crate::t!("progress-tags-needed", days = TAG_MIN_DAYS),
            tags_same: crate::t!("progress-tags-same"),
            on_days_tagged: crate::t!("progress-on-days-tagged"),
            tag_rows,
            weekday_initials: std::array::from_fn(|index| {
                let weekday = index + 1;
                crate::t!("progress-weekday-initials", weekday = weekday)
            }),
            weekday_labels,
            recovery_needed: crate::t!(
                "progress-recovery-needed",
                count = CATEGORY_MIN_BOUNCE_BACKS
            ),
            recovery_rows,
            carry_over,
            carry_over_is_value: better_days.mood_carry_over.value.is_some(),
        }
    }
}

/// "Saturdays: mood 6.0 on average over 3 days".
fn weekday_label(day: &WeekdayMean, rating: &str) -> String {
    let weekday = day.weekday.num_days_from_monday() + 1;
    match day.mean {
        Some(mean) => crate::t!(
            "progress-weekday-mean",
            weekday = weekday,
            rating = rating,
            mean = crate::i18n::decimal(mean, 1),
            days = translated_days(u64::try_from(day.days).unwrap_or(u64::MAX))
        ),
        None => crate::t!(
            "progress-weekday-no-ratings",
            weekday = weekday,
            rating = rating
        ),
    }
}

fn scale_index(scale: RatingScale) -> usize {
    match scale {
        RatingScale::Mood => 0,
        RatingScale::Resilience => 1,
        RatingScale::GrowthMindset => 2,
    }
}

/// Draws the section.
pub(super) fn better_days_ui(
    ui: &mut egui::Ui,
    data: &ProgressData,
    commands: &mut Vec<AppCommand>,
) {
    let better_days = &data.stats.better_days;
    let words = &data.better_days_words;
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(crate::t!("progress-better-days"))
                .strong()
                .size(17.0),
        )
        .on_hover_text(words.section_help.as_str());
        ui.label(RichText::new(words.subtitle.as_str()).weak());
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
                let missing = &words.no_ratings[scale_index(scale)];
                ui.label(RichText::new(missing.as_str()).weak());
            } else {
                ui.scope(|ui| tags_ui(ui, better_days, words, scale, bar_scale, commands));
            }
        }
        ui.add_space(theme::GAP);
        ui.separator();
        ui.label(RichText::new(crate::t!("progress-by-weekday")).strong())
            .on_hover_text(words.weekday_help.as_str());
        ui.horizontal_wrapped(|ui| {
            for scale in RatingScale::ALL {
                if rated_days(better_days, scale) > 0 {
                    ui.vertical(|ui| {
                        rating_heading_ui(ui, scale);
                        weekday_profile_ui(ui, better_days.weekday_means.of(scale), words, scale);
                    });
                    ui.add_space(theme::SECTION_GAP);
                }
            }
        });
        ui.separator();
        let recoveries = &better_days.recovery_by_category;
        if side_by_side {
            ui.columns(2, |columns| {
                if let [left, right] = columns {
                    left.scope(|ui| recovery_ui(ui, recoveries, words, commands));
                    carry_over_ui(right, words);
                }
            });
        } else {
            ui.scope(|ui| recovery_ui(ui, recoveries, words, commands));
            ui.add_space(theme::GAP);
            carry_over_ui(ui, words);
        }
    });
}

/// The rating's colour and name.
fn rating_heading_ui(ui: &mut egui::Ui, scale: RatingScale) {
    let color = theme::scale_color(scale, ui.visuals().dark_mode);
    ui.horizontal(|ui| {
        theme::color_dot(ui, color);
        ui.label(RichText::new(scale.screen_label()).strong());
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
    words: &BetterDaysWords,
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
        ui.label(RichText::new(words.tags_needed.as_str()).weak())
            .on_hover_text(words.tags_help.as_str());
        return;
    }
    // Rows of text read as a list: tighter than the form spacing of the rest of the app.
    ui.spacing_mut().item_spacing.y = 2.0;
    ui.spacing_mut().interact_size.y = 18.0;
    let listed = better_days.listed_comparisons(scale, TAGS_EACH_WAY);
    let rows = &words.tag_rows[scale_index(scale)];
    for (comparison, row) in listed.iter().zip(rows) {
        tag_row_ui(ui, comparison, row, words, bar_scale, color, commands);
    }
    if listed.is_empty() {
        ui.label(RichText::new(words.tags_same.as_str()).weak())
            .on_hover_text(words.tags_help.as_str());
    }
}

/// "▮ On days tagged deadline: mood 5.2 vs 5.7 on other days (13 vs 60 days)".
fn tag_row_ui(
    ui: &mut egui::Ui,
    comparison: &TagComparison,
    row: &TagRowWords,
    words: &BetterDaysWords,
    bar_scale: f64,
    color: Color32,
    commands: &mut Vec<AppCommand>,
) {
    ui.horizontal_top(|ui| {
        let help = words.tags_help.as_str();
        diverging_bar(ui, comparison.difference, bar_scale, color, &row.bar_name)
            .on_hover_text(help);
        // The sentence wraps under itself, not under the bar.
        ui.vertical(|ui| {
            ui.horizontal_wrapped(|ui| {
                ui.spacing_mut().item_spacing.x = 0.0;
                ui.label(words.on_days_tagged.as_str());
                let link = ui
                    .link(RichText::new(&comparison.tag).italics())
                    .on_hover_text(row.row.hover.as_str());
                link.widget_info(|| {
                    WidgetInfo::labeled(Role::Link, true, row.row.accessible.as_str())
                });
                if link.clicked() {
                    commands.push(AppCommand::ShowJournalTagged(comparison.tag.clone()));
                }
                ui.label(row.row.figures.as_str()).on_hover_text(help);
            });
        });
    });
}

/// A small bar from a middle line, right for a higher mean on the tag's days, left for lower.
fn diverging_bar(
    ui: &mut egui::Ui,
    difference: f64,
    scale: f64,
    color: Color32,
    name: &str,
) -> egui::Response {
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
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, name));
    response
}

/// Seven bars, Monday first, each with its mean above and its day below; its number of days
/// when pointed at.
fn weekday_profile_ui(
    ui: &mut egui::Ui,
    profile: &[WeekdayMean; 7],
    words: &BetterDaysWords,
    scale: RatingScale,
) {
    let color = theme::scale_color(scale, ui.visuals().dark_mode);
    let size = egui::vec2(WEEKDAY_COLUMN * 7.0, WEEKDAY_HEIGHT);
    let (rect, _) = ui.allocate_exact_size(size, egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let small = egui::FontId::proportional(11.0);
    let text_color = ui.visuals().text_color();
    let weak = ui.visuals().weak_text_color();
    let bars_top = rect.top() + 14.0;
    let bars_bottom = rect.bottom() - 14.0;
    let labels = &words.weekday_labels[scale_index(scale)];
    for (index, (day, label)) in profile.iter().zip(labels).enumerate() {
        let left = rect.left() + index as f32 * WEEKDAY_COLUMN;
        let column = egui::Rect::from_x_y_ranges(left..=left + WEEKDAY_COLUMN, rect.y_range());
        painter.text(
            egui::pos2(column.center().x, rect.bottom()),
            egui::Align2::CENTER_BOTTOM,
            &words.weekday_initials[index],
            small.clone(),
            weak,
        );
        if let Some(mean) = day.mean {
            let height = (mean / 10.0) as f32 * (bars_bottom - bars_top);
            let bar = egui::Rect::from_x_y_ranges(
                column.left() + 5.0..=column.right() - 5.0,
                bars_bottom - height..=bars_bottom,
            );
            painter.rect_filled(bar, 2.0, color);
            painter.text(
                egui::pos2(column.center().x, bar.top() - 1.0),
                egui::Align2::CENTER_BOTTOM,
                crate::i18n::decimal(mean, 1),
                small.clone(),
                text_color,
            );
        }
        painter.line_segment(
            [
                egui::pos2(column.left() + 3.0, bars_bottom),
                egui::pos2(column.right() - 3.0, bars_bottom),
            ],
            egui::Stroke::new(1.0, weak),
        );
        let id = ui.scope_id().with(("weekday", scale.key(), index));
        let response = ui.interact(column, id, egui::Sense::hover());
        response.widget_info(|| WidgetInfo::labeled(Role::Label, true, label.as_str()));
        response.on_hover_text(format!("{label}\n\n{}", words.weekday_help));
    }
}

/// "Learning: median 1 day over 3 setbacks", the category opening its setbacks.
fn recovery_ui(
    ui: &mut egui::Ui,
    recoveries: &[CategoryRecovery],
    words: &BetterDaysWords,
    commands: &mut Vec<AppCommand>,
) {
    ui.label(RichText::new(crate::t!("progress-recovery-by-category")).strong())
        .on_hover_text(words.recovery_help.as_str());
    if recoveries.is_empty() {
        ui.label(RichText::new(words.recovery_needed.as_str()).weak());
    }
    let dark = ui.visuals().dark_mode;
    ui.spacing_mut().item_spacing.y = 2.0;
    ui.spacing_mut().interact_size.y = 18.0;
    for (recovery, row) in recoveries.iter().zip(&words.recovery_rows) {
        ui.horizontal_wrapped(|ui| {
            theme::color_dot(ui, theme::category_color(&recovery.category, dark));
            ui.spacing_mut().item_spacing.x = 0.0;
            let link = ui
                .link(recovery.category.label())
                .on_hover_text(row.hover.as_str());
            link.widget_info(|| WidgetInfo::labeled(Role::Link, true, row.accessible.as_str()));
            if link.clicked() {
                commands.push(AppCommand::ShowSetbacksIn(recovery.category.clone()));
            }
            ui.label(row.figures.as_str())
                .on_hover_text(words.recovery_help.as_str());
        });
    }
}

/// The carry-over with its words, or what it still needs.
fn carry_over_ui(ui: &mut egui::Ui, words: &BetterDaysWords) {
    ui.label(RichText::new(crate::t!("progress-carry-over-title")).strong())
        .on_hover_text(words.carry_over_help.as_str());
    let text = RichText::new(words.carry_over.as_str());
    let text = if words.carry_over_is_value {
        text
    } else {
        text.weak()
    };
    ui.label(text).on_hover_text(words.carry_over_help.as_str());
}
