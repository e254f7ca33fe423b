//! `kintsugi stats` in words: every figure of SPEC §3 for a range, one per line.

use std::fmt::Write as _;

use crate::insights::{self, RatingSummary, TAG_MIN_DAYS, WeekdayMean};
use crate::model::RatingScale;

fn days(count: u32) -> String {
    if count == 1 {
        "1 day".to_owned()
    } else {
        format!("{count} days")
    }
}

pub(super) fn stats_text(stats: &insights::Stats) -> String {
    let mut text = String::new();
    let summary = |name: &str, summary: &RatingSummary| match (summary.mean, summary.trend_per_30d)
    {
        (None, _) => format!("{name:<16} no ratings\n"),
        (Some(mean), None) => format!("{name:<16} mean {mean:.2}\n"),
        (Some(mean), Some(trend)) => {
            format!("{name:<16} mean {mean:.2}, trend {trend:+.2} per 30 days\n")
        }
    };
    let _ = writeln!(text, "From {} to {}", stats.from, stats.to);
    let _ = writeln!(
        text,
        "{:<16} {} ({:.0}% of days)",
        "Check-ins",
        stats.check_ins,
        stats.coverage * 100.0
    );
    let _ = writeln!(
        text,
        "{:<16} {} (longest {})",
        "Current streak",
        days(stats.current_streak),
        days(stats.longest_streak)
    );
    text += &summary("Mood", &stats.mood);
    text += &summary("Resilience", &stats.resilience);
    text += &summary("Growth mindset", &stats.growth_mindset);
    let _ = writeln!(
        text,
        "{:<16} {} ({} micro-failures)",
        "Setbacks", stats.setbacks, stats.micro_failures
    );
    let _ = writeln!(text, "{:<16} {}", "Skills acquired", stats.skills_acquired);
    let measured = stats
        .setback_recovery
        .iter()
        .filter(|r| r.bounce_back_days.is_some())
        .count();
    let _ = match stats.bounce_back_days_median {
        Some(median) => writeln!(
            text,
            "{:<16} median {median:.1} days (over {measured} of {} setbacks)",
            "Bounce-back",
            stats.setback_recovery.len()
        ),
        None => writeln!(
            text,
            "{:<16} not enough mood check-ins around setbacks yet",
            "Bounce-back"
        ),
    };
    for pattern in &stats.micro_failure_patterns {
        let _ = writeln!(
            text,
            "{:<16} {} micro-failures in {} from {} to {}",
            "Pattern", pattern.count, pattern.category, pattern.from, pattern.to
        );
    }
    better_days_text(&mut text, &stats.better_days);
    text
}

/// SPEC §3.2 in words: comparisons with their counts, never causes.
fn better_days_text(text: &mut String, better_days: &insights::BetterDays) {
    let _ = writeln!(
        text,
        "\nWhat goes with better days (comparisons, not causes)"
    );
    if better_days.tag_comparisons.is_empty() {
        let _ = writeln!(
            text,
            "  Tags: none has {TAG_MIN_DAYS} days with it and {TAG_MIN_DAYS} without in this range"
        );
    }
    for comparison in &better_days.tag_comparisons {
        // Rounded first, so that a difference of −0.04 reads "+0.0" rather than "-0.0".
        let difference = (comparison.difference * 10.0).round() / 10.0 + 0.0;
        let _ = writeln!(text, "  {} ({difference:+.1})", comparison.sentence());
    }
    for scale in RatingScale::ALL {
        let profile = better_days.weekday_means.of(scale);
        let _ = writeln!(
            text,
            "  {} by weekday: {}",
            scale.label(),
            weekday_profile(profile)
        );
    }
    if better_days.recovery_by_category.is_empty() {
        let _ = writeln!(
            text,
            "  Recovery by category: needs {} setbacks with a bounce-back in one category",
            insights::CATEGORY_MIN_BOUNCE_BACKS
        );
    }
    for recovery in &better_days.recovery_by_category {
        let _ = writeln!(text, "  Recovery in {}", recovery.sentence());
    }
    let _ = writeln!(text, "  {}", better_days.mood_carry_over.sentence());
}

/// "Mon 6.2 (52) · Tue – (0) · …": each weekday's mean with its number of days.
fn weekday_profile(profile: &[WeekdayMean; 7]) -> String {
    profile
        .iter()
        .map(|day| {
            let name = insights::weekday_full_name(day.weekday)
                .get(..3)
                .unwrap_or_default();
            match day.mean {
                Some(mean) => format!("{name} {mean:.1} ({})", day.days),
                None => format!("{name} – (0)"),
            }
        })
        .collect::<Vec<_>>()
        .join(" · ")
}
