//! The insights panel beside the charts: each figure with its definition as a tooltip.

use super::ProgressData;
use super::theme;
use crate::i18n::decimal;
use crate::insights::{RecoveryTrend, signed_decimal, translated_days, trend_words};
use crate::model::RatingScale;

pub(super) fn insights_panel_ui(ui: &mut egui::Ui, data: &ProgressData) {
    let stats = &data.stats;
    let [mood_before, resilience_before, mindset_before] = &data.previous;
    let dark = ui.visuals().dark_mode;
    theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            egui::RichText::new(crate::t!("progress-insights"))
                .strong()
                .size(17.0),
        );
        ui.label(egui::RichText::new(data.range.translated_words()).weak());
        ui.add_space(theme::GAP);
        for (scale, summary, before) in [
            (RatingScale::Mood, &stats.mood, mood_before),
            (
                RatingScale::Resilience,
                &stats.resilience,
                resilience_before,
            ),
            (
                RatingScale::GrowthMindset,
                &stats.growth_mindset,
                mindset_before,
            ),
        ] {
            ui.horizontal(|ui| {
                theme::color_dot(ui, theme::scale_color(scale, dark));
                ui.label(egui::RichText::new(scale.screen_label()).strong());
            });
            let Some(mean) = summary.mean else {
                ui.label(egui::RichText::new(crate::t!("progress-no-ratings")).weak());
                continue;
            };
            let mean_text = match before.mean {
                Some(old) => crate::t!(
                    "progress-mean-change",
                    mean = decimal(mean, 1),
                    change = signed_decimal(mean - old, 1),
                    days = data.range.day_count()
                ),
                None => crate::t!("progress-mean", mean = decimal(mean, 1)),
            };
            ui.label(mean_text)
                .on_hover_text(crate::t!("progress-mean-help"));
            let trend = match summary.trend_per_30d {
                None => crate::t!("progress-trend-needs"),
                Some(t) => crate::t!(
                    "progress-trend",
                    words = trend_words(t),
                    slope = signed_decimal(t, 2)
                ),
            };
            ui.label(trend)
                .on_hover_text(crate::t!("progress-trend-help"));
            ui.add_space(4.0);
        }
        counts_ui(ui, data);
    });
}

/// Coverage and streaks, setbacks and bounce-back, skills and micro-failure patterns.
fn counts_ui(ui: &mut egui::Ui, data: &ProgressData) {
    let stats = &data.stats;
    ui.separator();
    let coverage = crate::t!(
        "progress-coverage",
        count = stats.check_ins,
        share = crate::i18n::percent(stats.coverage),
        streak = translated_days(stats.current_streak.into()),
        longest = translated_days(stats.longest_streak.into())
    );
    ui.label(coverage)
        .on_hover_text(crate::t!("progress-coverage-help"));
    ui.label(crate::t!(
        "progress-setbacks-count",
        count = stats.setbacks,
        micro = stats.micro_failures
    ));
    let bounce = match stats.bounce_back_days_median {
        Some(median) => crate::t!("progress-bounce-back", median = decimal(median, 1)),
        None => crate::t!("progress-bounce-back-needs"),
    };
    ui.label(egui::RichText::new(bounce).strong())
        .on_hover_text(crate::t!("progress-bounce-back-help"));
    match data.recoveries_trend {
        RecoveryTrend::Compared {
            first_half,
            second_half,
        } => {
            let words = data.recoveries_trend.words().unwrap_or_default();
            ui.label(crate::t!(
                "progress-recoveries",
                words = words,
                first = decimal(first_half, 1),
                second = decimal(second_half, 1)
            ))
            .on_hover_text(crate::t!("progress-recoveries-help"));
        }
        RecoveryTrend::NotEnough => {
            ui.label(egui::RichText::new(crate::t!("progress-recoveries-needs")).weak());
        }
    }
    ui.separator();
    let skills = &data.skills_acquired;
    ui.label(crate::t!("progress-skills-acquired", count = skills.len()))
        .on_hover_text(crate::t!("progress-skills-acquired-help"));
    if !skills.is_empty() {
        let shown: Vec<&str> = skills.iter().take(6).map(String::as_str).collect();
        let more = skills.len().saturating_sub(shown.len());
        let list = if more > 0 {
            crate::t!(
                "progress-list-and-more",
                list = shown.join(", "),
                count = more
            )
        } else {
            shown.join(", ")
        };
        ui.label(egui::RichText::new(list).weak());
    }
    ui.separator();
    ui.label(egui::RichText::new(crate::t!("progress-patterns")).strong())
        .on_hover_text(crate::t!("progress-patterns-help"));
    if stats.micro_failure_patterns.is_empty() {
        ui.label(egui::RichText::new(crate::t!("progress-patterns-none")).weak());
    }
    for pattern in stats.micro_failure_patterns.iter().take(8) {
        ui.label(pattern.words());
    }
    let more = stats.micro_failure_patterns.len().saturating_sub(8);
    if more > 0 {
        ui.label(egui::RichText::new(crate::t!("progress-and-more", count = more)).weak());
    }
}
