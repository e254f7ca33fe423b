//! `kintsugi stats` in words: every figure of SPEC §3 for a range, one per line.

use std::fmt::Write as _;

use crate::insights::{self, RatingSummary, days_in_words};

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
        days_in_words(stats.current_streak.into()),
        days_in_words(stats.longest_streak.into())
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
    practice_text(&mut text, stats);
    text
}

/// SPEC §3.3 in words: the recurring causes and what became of the lessons.
fn practice_text(text: &mut String, stats: &insights::Stats) {
    let _ = writeln!(text, "\nLessons into practice");
    if stats.recurring_factors.is_empty() {
        let _ = writeln!(
            text,
            "  No contributing factor comes up in two setbacks or more"
        );
    }
    for factor in &stats.recurring_factors {
        let _ = writeln!(
            text,
            "  {} — in {} setbacks from {} to {} ({})",
            factor.factor,
            factor.setbacks,
            factor.first,
            factor.last,
            factor.categories_in_words()
        );
    }
    let practice = &stats.lessons_into_practice;
    let _ = writeln!(
        text,
        "  Experiments: {} planned, {} tried ({} worked, {} partly, {} didn't), {} dropped",
        practice.experiments_planned,
        practice.tried(),
        practice.tried_worked,
        practice.tried_partly,
        practice.tried_didnt,
        practice.dropped
    );
    let _ = match practice.median_days_to_first_try {
        Some(days) => writeln!(
            text,
            "  Days from a setback to its first try: median {days:.1}"
        ),
        None => writeln!(
            text,
            "  Days from a setback to its first try: none tried yet"
        ),
    };
    if let Some(share) = practice.setbacks_put_into_practice {
        let _ = writeln!(
            text,
            "  Setbacks put into practice: {:.0}% of {}",
            share * 100.0,
            stats.setbacks
        );
    }
}

/// SPEC §3.2 in words: every comparison with its counts, never causes.
fn better_days_text(text: &mut String, better_days: &insights::BetterDays) {
    let words = better_days.text(None);
    let _ = writeln!(
        text,
        "\nWhat goes with better days (comparisons, not causes)"
    );
    let lines = words
        .tags
        .iter()
        .chain(&words.weekdays)
        .chain(&words.recovery)
        .chain(std::iter::once(&words.carry_over));
    for line in lines {
        let _ = writeln!(text, "  {line}");
    }
}
