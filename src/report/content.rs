//! What a report says, decided once and then written as PDF or Markdown: the summary in
//! sentences, the chosen setbacks with their reflection, their experiments, the skills, the
//! weekly reviews, the questions. Only what the user chose goes in: an unchosen setback's words
//! and its experiments, and check-in notes and what reviews say unless asked for, never reach
//! this structure, so neither output can leak them.

use chrono::NaiveDate;
use serde::Serialize;

use super::practice::{self, ReportExperiment, ReportReview};
use super::{ReportOptions, SetbackChoice};
use crate::i18n::DateStyle;
use crate::insights::{self, DateRange, RecoveryTrend};
use crate::model::{Journal, RatingScale, Setback, SetbackId, SetbackStatus};

/// The report's content, in the order it is laid out.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// "Progress report".
    pub title: String,
    /// The person's name, when given.
    pub name: Option<String>,
    /// "1 Dec 2025 – 28 Nov 2026".
    pub range: String,
    /// The day it was made, in words.
    pub made_on: String,
    /// True when the range holds no check-in and no setback: the report says so.
    pub empty: bool,
    /// The summary: one sentence per figure.
    pub summary: Vec<String>,
    /// The strongest comparisons of SPEC §3.2, in words (comparisons, not causes).
    pub better_days: Vec<String>,
    /// The chosen setbacks, oldest first.
    pub setbacks: Vec<ReportSetback>,
    /// "2 setbacks of this period are not told here, by choice.", when some are left out.
    pub left_out: Option<String>,
    /// The range's experiments whose setback is told, by the day planned.
    pub experiments: Vec<ReportExperiment>,
    /// "1 experiment of this period is not told here, …", when some are left out.
    pub experiments_left_out: Option<String>,
    /// Skills first acquired in the range.
    pub skills: Vec<ReportSkill>,
    /// The weekly reviews made in the range, oldest first; their words only with the notes.
    pub reviews: Vec<ReportReview>,
    /// Says that what the reviews say is left out, when it is and they say something.
    pub reviews_words_left_out: Option<String>,
    /// Check-in notes of the range, only when chosen.
    pub notes: Vec<ReportNote>,
    /// "Questions for our conversation", as typed.
    pub questions: String,
}

/// One chosen setback, with everything written about it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportSetback {
    /// Title.
    pub title: String,
    /// "Friday 2 October 2026".
    pub date: String,
    /// Category, severity and kind: "Work · severity 3 of 5 · micro-failure".
    pub facts: String,
    /// Status and recovery: "Recovered on 9 Oct 2026 · mood back to its usual level in 5 days".
    pub status: String,
    /// What happened.
    pub what_happened: String,
    /// Contributing factors.
    pub factors: Vec<String>,
    /// What I will do differently.
    pub do_differently: String,
    /// Feedback received: "Mentor (Dolores): Escalate sooner".
    pub feedback: Vec<String>,
    /// Lessons learned.
    pub lessons: Vec<String>,
    /// Skills acquired from it.
    pub skills: Vec<String>,
}

/// One skill acquired in the range.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportSkill {
    /// Name.
    pub name: String,
    /// Its level on the range's last day ("3 of 5", or "not set").
    pub level_then: String,
    /// Its level now.
    pub level_now: String,
    /// The chosen setbacks it came from, and a count of the others.
    pub came_from: String,
}

/// One check-in's note, when notes are included.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportNote {
    /// "Mon 2 Nov 2026".
    pub date: String,
    /// The note as written.
    pub text: String,
}

impl Report {
    /// The report of `journal` over the options' range, with only what they choose.
    pub fn build(journal: &Journal, options: &ReportOptions) -> Report {
        let range = options.range;
        let stats = insights::stats(journal, range);
        let in_range: Vec<&Setback> = journal
            .setbacks()
            .iter()
            .filter(|setback| range.contains(setback.date))
            .collect();
        let chosen: Vec<&Setback> = in_range
            .iter()
            .copied()
            .filter(|setback| is_chosen(setback, options))
            .collect();
        let chosen_ids: Vec<SetbackId> = chosen.iter().map(|setback| setback.id).collect();
        // Oldest first, as a story is told.
        let mut ordered = chosen.clone();
        ordered.sort_by_key(|setback| setback.date);
        let setbacks = ordered
            .iter()
            .map(|setback| report_setback(journal, setback, &stats))
            .collect();
        let (experiments, experiments_left_out) = practice::experiments(journal, options);
        let reviews = practice::reviews(journal, range, options.notes);
        let empty = stats.check_ins == 0
            && in_range.is_empty()
            && experiments.is_empty()
            && experiments_left_out == 0
            && reviews.is_empty();
        Report {
            title: crate::t!("report-title"),
            name: options
                .name
                .as_deref()
                .map(str::trim)
                .filter(|name| !name.is_empty())
                .map(str::to_owned),
            range: range_words(range),
            made_on: crate::i18n::date(options.made_on, DateStyle::Long),
            empty,
            summary: if empty {
                Vec::new()
            } else {
                summary(journal, range, &stats)
            },
            better_days: if empty {
                Vec::new()
            } else {
                better_days(&stats)
            },
            setbacks,
            left_out: match in_range.len() - chosen_ids.len() {
                0 => None,
                count => Some(crate::t!("report-setbacks-left-out", count = count)),
            },
            experiments,
            experiments_left_out: match experiments_left_out {
                0 => None,
                count => Some(crate::t!("report-experiments-left-out", count = count)),
            },
            skills: skills(journal, range, &chosen_ids),
            reviews_words_left_out: (!options.notes
                && practice::reviews_have_words(journal, range))
            .then(|| crate::t!("report-reviews-words-left-out")),
            reviews,
            notes: if options.notes {
                notes(journal, range)
            } else {
                Vec::new()
            },
            questions: options.questions.trim().to_owned(),
        }
    }
}

/// Whether the options choose `setback`.
pub(super) fn is_chosen(setback: &Setback, options: &ReportOptions) -> bool {
    if setback.micro_failure && !options.micro {
        return false;
    }
    match &options.setbacks {
        SetbackChoice::All => true,
        SetbackChoice::Reflected => setback.status != SetbackStatus::Open,
        SetbackChoice::None => false,
        SetbackChoice::These(ids) => ids.contains(&setback.id),
    }
}

fn summary(journal: &Journal, range: DateRange, stats: &insights::Stats) -> Vec<String> {
    let mut lines = Vec::new();
    let before = range.previous();
    for (scale, rating) in [
        (RatingScale::Mood, &stats.mood),
        (RatingScale::Resilience, &stats.resilience),
        (RatingScale::GrowthMindset, &stats.growth_mindset),
    ] {
        lines.push(rating_line(journal, range, before, scale, rating));
    }
    lines.push(crate::t!(
        "report-summary-check-ins",
        checkins = stats.check_ins,
        days = range.day_count(),
        percent = crate::t!(
            "number-percent",
            value = format!("{:.0}", stats.coverage * 100.0)
        ),
        current = stats.current_streak,
        longest = stats.longest_streak
    ));
    lines.push(match (stats.setbacks, stats.micro_failures) {
        (0, _) => crate::t!("report-summary-no-setbacks"),
        (1, 1) => crate::t!("report-summary-one-setback-micro"),
        (count, 0) => crate::t!("report-summary-setbacks", count = count),
        (count, micro) => crate::t!(
            "report-summary-setbacks-micro",
            count = count,
            micro = micro
        ),
    });
    if let Some(median) = stats.bounce_back_days_median {
        let median = crate::i18n::decimal(median, 1);
        lines.push(match RecoveryTrend::of(&stats.setback_recovery) {
            RecoveryTrend::Compared {
                first_half,
                second_half,
            } => {
                let trend = if second_half < first_half {
                    "faster"
                } else if second_half > first_half {
                    "slower"
                } else {
                    "same"
                };
                crate::t!(
                    "report-summary-bounce-back-trend",
                    median = median,
                    trend = trend,
                    first = crate::i18n::decimal(first_half, 1),
                    second = crate::i18n::decimal(second_half, 1)
                )
            }
            RecoveryTrend::NotEnough => crate::t!("report-summary-bounce-back", median = median),
        });
    }
    let acquired = insights::skills_acquired(journal, range);
    lines.push(match acquired.len() {
        0 => crate::t!("report-summary-no-skills"),
        count => crate::t!("report-summary-skills", count = count),
    });
    for pattern in &stats.micro_failure_patterns {
        let span: i64 = (pattern.to - pattern.from).num_days() + 1;
        lines.push(crate::t!(
            "report-summary-pattern",
            count = pattern.count,
            category = pattern.category.label(),
            days = span,
            from = crate::i18n::date(pattern.from, DateStyle::DayMonth),
            to = crate::i18n::date(pattern.to, DateStyle::Short)
        ));
    }
    lines
}

/// One rating's sentence: its mean, against the period before when there is one, and its
/// trend when there is one.
fn rating_line(
    journal: &Journal,
    range: DateRange,
    before: DateRange,
    scale: RatingScale,
    rating: &insights::RatingSummary,
) -> String {
    let Some(mean) = rating.mean else {
        return crate::t!("report-summary-no-ratings", rating = scale.screen_label());
    };
    let difference = (before != range)
        .then(|| insights::rating_summary(journal, before, scale).mean)
        .flatten()
        .map(|old| signed(mean - old, 1));
    let days = before.day_count();
    let label = scale.screen_label();
    let mean = crate::i18n::decimal(mean, 1);
    match (difference, rating.trend_per_30d) {
        (None, None) => crate::t!("report-summary-rating", rating = label, mean = mean),
        (Some(difference), None) => crate::t!(
            "report-summary-rating-before",
            rating = label,
            mean = mean,
            difference = difference,
            days = days
        ),
        (None, Some(trend)) => crate::t!(
            "report-summary-rating-trend",
            rating = label,
            mean = mean,
            trend = trend_key(trend),
            slope = signed(trend, 2)
        ),
        (Some(difference), Some(trend)) => crate::t!(
            "report-summary-rating-before-trend",
            rating = label,
            mean = mean,
            difference = difference,
            days = days,
            trend = trend_key(trend),
            slope = signed(trend, 2)
        ),
    }
}

/// Which way a trend per 30 days goes, as the messages select it: rising from +0.2, falling
/// from −0.2, else steady (as [`insights::trend_words`] says it).
fn trend_key(per_30_days: f64) -> &'static str {
    if per_30_days >= 0.2 {
        "rising"
    } else if per_30_days <= -0.2 {
        "falling"
    } else {
        "steady"
    }
}

/// A difference with its sign ("+0.3", "-1.2"; "+0,3" with a decimal comma).
fn signed(value: f64, places: usize) -> String {
    // Rounded first, and -0.0 made 0.0: a tiny fall is "+0.0", not "-0.0".
    let scale = 10_f64.powi(i32::try_from(places).unwrap_or(0));
    let value = (value * scale).round() / scale + 0.0;
    let written = format!("{value:+.places$}");
    if crate::i18n::language().decimal_comma() {
        written.replace('.', ",")
    } else {
        written
    }
}

/// A period as the report's header and its reviews write it: "1 Oct 2026 – 28 Nov 2026".
pub(super) fn range_words(range: DateRange) -> String {
    period_words(range.from(), range.to())
}

/// The days from `from` to `to`: "16 Nov 2026 – 22 Nov 2026".
pub(super) fn period_words(from: NaiveDate, to: NaiveDate) -> String {
    crate::t!(
        "report-period",
        from = crate::i18n::date(from, DateStyle::Short),
        to = crate::i18n::date(to, DateStyle::Short)
    )
}

/// The strongest comparisons each way and mood carry-over; nothing when there is too little.
/// Chosen by the figures, not by the words, which are the reader's language.
fn better_days(stats: &insights::Stats) -> Vec<String> {
    let better = &stats.better_days;
    let words = better.translated_text(Some(1));
    let listed = RatingScale::ALL
        .into_iter()
        .any(|scale| !better.listed_comparisons(scale, 1).is_empty());
    let mut lines: Vec<String> = if listed { words.tags } else { Vec::new() };
    if !better.recovery_by_category.is_empty() {
        lines.extend(words.recovery);
    }
    if better.mood_carry_over.value.is_some() {
        lines.push(words.carry_over);
    }
    lines
}

fn report_setback(journal: &Journal, setback: &Setback, stats: &insights::Stats) -> ReportSetback {
    let reflection = &setback.reflection;
    let facts = if setback.micro_failure {
        crate::t!(
            "report-setback-facts-micro",
            category = setback.category.label(),
            severity = setback.severity.get()
        )
    } else {
        crate::t!(
            "report-setback-facts",
            category = setback.category.label(),
            severity = setback.severity.get()
        )
    };
    let bounce_back = stats
        .setback_recovery
        .iter()
        .find(|recovery| recovery.id == setback.id)
        .and_then(|recovery| recovery.bounce_back_days);
    let mut standing = match setback.status {
        SetbackStatus::Open => crate::t!("report-setback-open"),
        SetbackStatus::Reflected => crate::t!("report-setback-reflected"),
        SetbackStatus::Recovered { on } => crate::t!(
            "report-setback-recovered",
            date = crate::i18n::date(on, DateStyle::Short)
        ),
    };
    if let Some(days) = bounce_back {
        standing = crate::t!("report-setback-bounce-back", status = standing, days = days);
    }
    ReportSetback {
        title: setback.title.clone(),
        date: crate::i18n::date(setback.date, DateStyle::Full),
        facts,
        status: standing,
        what_happened: reflection.what_happened.trim().to_owned(),
        factors: non_empty(&reflection.contributing_factors),
        do_differently: reflection.do_differently.trim().to_owned(),
        feedback: reflection
            .feedback
            .iter()
            .map(|feedback| match &feedback.name {
                Some(name) if !name.trim().is_empty() => crate::t!(
                    "report-feedback-named",
                    source = feedback.source.label(),
                    name = name.trim(),
                    insight = feedback.insight.trim()
                ),
                _ => crate::t!(
                    "report-feedback",
                    source = feedback.source.label(),
                    insight = feedback.insight.trim()
                ),
            })
            .collect(),
        lessons: non_empty(&reflection.lessons),
        skills: journal
            .skills()
            .iter()
            .filter(|skill| setback.skills.contains(&skill.id))
            .map(|skill| skill.name.clone())
            .collect(),
    }
}

fn non_empty(items: &[String]) -> Vec<String> {
    items
        .iter()
        .map(|item| item.trim().to_owned())
        .filter(|item| !item.is_empty())
        .collect()
}

fn skills(journal: &Journal, range: DateRange, chosen: &[SetbackId]) -> Vec<ReportSkill> {
    let level = |levels: &[crate::model::LevelChange], on: Option<NaiveDate>| {
        levels
            .iter()
            .filter(|change| on.is_none_or(|day| change.date <= day))
            .max_by_key(|change| change.date)
            .map_or_else(
                || crate::t!("report-skill-level-not-set"),
                |change| crate::t!("report-skill-level", level = change.level.get()),
            )
    };
    let mut acquired: Vec<(NaiveDate, ReportSkill)> = journal
        .skills()
        .iter()
        .filter_map(|skill| {
            let first = journal.first_acquired(skill)?;
            range.contains(first).then_some((first, skill))
        })
        .map(|(first, skill)| {
            let sources: Vec<&Setback> = journal.setbacks_of_skill(skill.id).collect();
            let shown: Vec<String> = sources
                .iter()
                .filter(|setback| chosen.contains(&setback.id))
                .map(|setback| setback.title.clone())
                .collect();
            let others = sources.len() - shown.len();
            let came_from = match (shown.is_empty(), others) {
                (true, 0) => crate::t!("report-skill-set-by-hand"),
                (true, count) => crate::t!("report-skill-from-others", count = count),
                (false, 0) => shown.join("; "),
                (false, count) => crate::t!(
                    "report-skill-from-shown-and-others",
                    shown = shown.join("; "),
                    count = count
                ),
            };
            let report = ReportSkill {
                name: skill.name.clone(),
                level_then: level(&skill.level_history, Some(range.to())),
                level_now: level(&skill.level_history, None),
                came_from,
            };
            (first, report)
        })
        .collect();
    acquired.sort_by_key(|(first, _)| *first);
    acquired.into_iter().map(|(_, skill)| skill).collect()
}

fn notes(journal: &Journal, range: DateRange) -> Vec<ReportNote> {
    journal
        .check_ins_between(range.from(), range.to())
        .filter(|check_in| !check_in.note.trim().is_empty())
        .map(|check_in| ReportNote {
            date: crate::i18n::date(check_in.date, DateStyle::ShortWithWeekday),
            text: check_in.note.trim().to_owned(),
        })
        .collect()
}
