//! What a report says, decided once and then written as PDF or Markdown: the summary in
//! sentences, the chosen setbacks with their reflection, their experiments, the skills, the
//! weekly reviews, the questions. Only what the user chose goes in: an unchosen setback's words
//! and its experiments, and check-in notes and what reviews say unless asked for, never reach
//! this structure, so neither output can leak them.

use std::fmt::Write as _;

use chrono::NaiveDate;
use serde::Serialize;

use super::practice::{self, ReportExperiment, ReportReview};
use super::{ReportOptions, SetbackChoice};
use crate::insights::{self, DateRange, RecoveryTrend, days_in_words, trend_words};
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
            title: "Progress report".to_owned(),
            name: options
                .name
                .as_deref()
                .map(str::trim)
                .filter(|name| !name.is_empty())
                .map(str::to_owned),
            range: range.words(),
            made_on: options.made_on.format("%-d %B %Y").to_string(),
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
                1 => Some("1 setback of this period is not told here, by choice.".to_owned()),
                count => Some(format!(
                    "{count} setbacks of this period are not told here, by choice."
                )),
            },
            experiments,
            experiments_left_out: match experiments_left_out {
                0 => None,
                1 => Some(
                    "1 experiment of this period is not told here: its setback is not.".to_owned(),
                ),
                count => Some(format!(
                    "{count} experiments of this period are not told here: their setbacks are not."
                )),
            },
            skills: skills(journal, range, &chosen_ids),
            reviews_words_left_out: (!options.notes
                && practice::reviews_have_words(journal, range))
            .then(|| {
                "What went well and the lessons of the reviews are left out, like the notes of check-ins.".to_owned()
            }),
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
        let Some(mean) = rating.mean else {
            lines.push(format!("{}: no ratings in this period.", scale.label()));
            continue;
        };
        let mut line = format!("{}: mean {mean:.1}", scale.label());
        if before != range
            && let Some(old) = insights::rating_summary(journal, before, scale).mean
        {
            let _ = write!(
                line,
                " ({:+.1} against the {} before)",
                mean - old,
                days_in_words(before.day_count().into())
            );
        }
        if let Some(trend) = rating.trend_per_30d {
            let _ = write!(line, ", {} ({trend:+.2} per 30 days)", trend_words(trend));
        }
        line.push('.');
        lines.push(line);
    }
    lines.push(format!(
        "Checked in on {} of {} ({:.0}%); current streak {}, longest {}.",
        stats.check_ins,
        days_in_words(range.day_count().into()),
        stats.coverage * 100.0,
        days_in_words(stats.current_streak.into()),
        days_in_words(stats.longest_streak.into())
    ));
    lines.push(match (stats.setbacks, stats.micro_failures) {
        (0, _) => "No setbacks logged.".to_owned(),
        (1, 1) => "1 setback logged, a micro-failure.".to_owned(),
        (1, _) => "1 setback logged.".to_owned(),
        (count, 0) => format!("{count} setbacks logged."),
        (count, micro) => format!("{count} setbacks logged, {micro} of them micro-failures."),
    });
    if let Some(median) = stats.bounce_back_days_median {
        let mut line = format!("Median bounce-back: {median:.1} days");
        let trend = RecoveryTrend::of(&stats.setback_recovery);
        if let (
            Some(words),
            RecoveryTrend::Compared {
                first_half,
                second_half,
            },
        ) = (trend.words(), &trend)
        {
            let _ = write!(
                line,
                "; {} (median {first_half:.1} days, then {second_half:.1}).",
                words.to_lowercase()
            );
        } else {
            line.push('.');
        }
        lines.push(line);
    }
    let acquired = insights::skills_acquired(journal, range);
    lines.push(match acquired.len() {
        0 => "No new skills recorded.".to_owned(),
        1 => "1 skill acquired.".to_owned(),
        count => format!("{count} skills acquired."),
    });
    for pattern in &stats.micro_failure_patterns {
        lines.push(format!("A pattern: {}.", pattern.words()));
    }
    lines
}

/// The strongest comparisons each way and mood carry-over; nothing when there is too little.
fn better_days(stats: &insights::Stats) -> Vec<String> {
    let words = stats.better_days.text(Some(1));
    let mut lines: Vec<String> = words
        .tags
        .into_iter()
        .filter(|line| line.starts_with("On days tagged"))
        .collect();
    lines.extend(
        words
            .recovery
            .into_iter()
            .filter(|line| !line.starts_with("Needs")),
    );
    if !words.carry_over.starts_with("Needs") {
        lines.push(words.carry_over);
    }
    lines
}

fn report_setback(journal: &Journal, setback: &Setback, stats: &insights::Stats) -> ReportSetback {
    let reflection = &setback.reflection;
    let mut facts = format!(
        "{} · severity {} of 5",
        setback.category.name(),
        setback.severity.get()
    );
    if setback.micro_failure {
        facts.push_str(" · micro-failure");
    }
    let bounce_back = stats
        .setback_recovery
        .iter()
        .find(|recovery| recovery.id == setback.id)
        .and_then(|recovery| recovery.bounce_back_days);
    let mut standing = match setback.status {
        SetbackStatus::Open => "Open".to_owned(),
        SetbackStatus::Reflected => "Reflected on".to_owned(),
        SetbackStatus::Recovered { on } => format!("Recovered on {}", on.format("%-d %b %Y")),
    };
    if let Some(days) = bounce_back {
        let _ = write!(
            standing,
            " · mood back to its usual level in {}",
            days_in_words(days.into())
        );
    }
    ReportSetback {
        title: setback.title.clone(),
        date: setback.date.format("%A %-d %B %Y").to_string(),
        facts,
        status: standing,
        what_happened: reflection.what_happened.trim().to_owned(),
        factors: non_empty(&reflection.contributing_factors),
        do_differently: reflection.do_differently.trim().to_owned(),
        feedback: reflection
            .feedback
            .iter()
            .map(|feedback| match &feedback.name {
                Some(name) if !name.trim().is_empty() => format!(
                    "{} ({}): {}",
                    feedback.source.name(),
                    name.trim(),
                    feedback.insight.trim()
                ),
                _ => format!("{}: {}", feedback.source.name(), feedback.insight.trim()),
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
                || "not set".to_owned(),
                |change| format!("{} of 5", change.level.get()),
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
                (true, 0) => "set by hand".to_owned(),
                (true, n) => format!("{} not in this report", setbacks_word(n)),
                (false, 0) => shown.join("; "),
                (false, n) => format!(
                    "{}; and {} not in this report",
                    shown.join("; "),
                    setbacks_word(n)
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

fn setbacks_word(count: usize) -> String {
    if count == 1 {
        "1 setback".to_owned()
    } else {
        format!("{count} setbacks")
    }
}

fn notes(journal: &Journal, range: DateRange) -> Vec<ReportNote> {
    journal
        .check_ins_between(range.from(), range.to())
        .filter(|check_in| !check_in.note.trim().is_empty())
        .map(|check_in| ReportNote {
            date: check_in.date.format("%a %-d %b %Y").to_string(),
            text: check_in.note.trim().to_owned(),
        })
        .collect()
}
