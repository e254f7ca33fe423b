//! The insights panel beside the charts: each figure with its definition as a tooltip.

use super::ProgressData;
use super::theme;
use crate::insights::{RecoveryTrend, days_in_words, trend_words};
use crate::model::RatingScale;

pub(super) fn insights_panel_ui(ui: &mut egui::Ui, data: &ProgressData) {
    let stats = &data.stats;
    let [mood_before, resilience_before, mindset_before] = &data.previous;
    let dark = ui.visuals().dark_mode;
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new("Insights").strong().size(17.0));
        ui.label(egui::RichText::new(data.range.words()).weak());
        ui.add_space(theme::GAP);
        for (scale, summary, before) in [
            (RatingScale::Mood, &stats.mood, mood_before),
            (RatingScale::Resilience, &stats.resilience, resilience_before),
            (RatingScale::GrowthMindset, &stats.growth_mindset, mindset_before),
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
            days_in_words(stats.current_streak.into()),
            days_in_words(stats.longest_streak.into())
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
                let words = data.recoveries_trend.words().unwrap_or_default();
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
            ui.label(pattern.words());
        }
        let more = stats.micro_failure_patterns.len().saturating_sub(8);
        if more > 0 {
            ui.label(egui::RichText::new(format!("and {more} more")).weak());
        }
    });
}
