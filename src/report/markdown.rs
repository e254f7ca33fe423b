//! The report as Markdown, for people who keep notes in plain text: the same words as the PDF,
//! the chart as an SVG file linked beside it.

use std::fmt::Write as _;

use super::{Report, ReportReview};

/// The report's Markdown text; `chart_file` is the chart's file name beside it, if any.
pub(super) fn write(report: &Report, chart_file: Option<&str>) -> String {
    let mut text = String::new();
    let _ = writeln!(text, "# {}\n", report.title);
    if let Some(name) = &report.name {
        let _ = writeln!(text, "**{}**  ", plain(name));
    }
    let _ = writeln!(
        text,
        "{}  \n{}\n",
        report.range,
        crate::t!("report-made-on", date = report.made_on.as_str())
    );
    if report.empty {
        let _ = writeln!(text, "{}\n", crate::t!("report-empty"));
    } else {
        let _ = writeln!(text, "## {}\n", crate::t!("report-summary-heading"));
        for line in &report.summary {
            let _ = writeln!(text, "- {line}");
        }
        if !report.better_days.is_empty() {
            let _ = writeln!(
                text,
                "\n### {}\n\n{}\n",
                crate::t!("report-better-days-heading"),
                crate::t!("report-better-days-note")
            );
            for line in &report.better_days {
                let _ = writeln!(text, "- {}", plain(line));
            }
        }
        if let Some(chart) = chart_file {
            let description = crate::t!("report-chart-description");
            let _ = writeln!(
                text,
                "\n## {}\n\n![{}]({chart})",
                crate::t!("report-chart-heading"),
                plain(description.trim_end_matches('.'))
            );
        }
    }
    setbacks(&mut text, report);
    if let Some(left_out) = &report.left_out {
        let _ = writeln!(text, "\n_{left_out}_");
    }
    experiments(&mut text, report);
    skills(&mut text, report);
    reviews(&mut text, report);
    if !report.notes.is_empty() {
        let _ = writeln!(text, "\n## {}\n", crate::t!("report-notes-heading"));
        for note in &report.notes {
            let _ = writeln!(text, "- **{}**: {}", note.date, plain(&note.text));
        }
    }
    if !report.questions.is_empty() {
        let _ = writeln!(text, "\n## {}\n", crate::t!("report-questions-heading"));
        let _ = writeln!(text, "{}", plain(&report.questions));
    }
    text
}

fn setbacks(text: &mut String, report: &Report) {
    if report.setbacks.is_empty() {
        return;
    }
    let _ = writeln!(text, "\n## {}", crate::t!("report-setbacks-heading"));
    for setback in &report.setbacks {
        let _ = writeln!(text, "\n### {}\n", plain(&setback.title));
        let _ = writeln!(
            text,
            "{} · {}  \n{}\n",
            setback.date, setback.facts, setback.status
        );
        let field = |text: &mut String, heading: &str, body: &str| {
            if !body.is_empty() {
                let _ = writeln!(text, "**{heading}**\n\n{}\n", plain(body));
            }
        };
        let list = |text: &mut String, heading: &str, items: &[String]| {
            if !items.is_empty() {
                let _ = writeln!(text, "**{heading}**\n");
                for item in items {
                    let _ = writeln!(text, "- {}", plain(item));
                }
                text.push('\n');
            }
        };
        field(
            text,
            &crate::t!("report-what-happened"),
            &setback.what_happened,
        );
        list(
            text,
            &crate::t!("report-contributing-factors"),
            &setback.factors,
        );
        field(
            text,
            &crate::t!("report-do-differently"),
            &setback.do_differently,
        );
        list(
            text,
            &crate::t!("report-feedback-received"),
            &setback.feedback,
        );
        list(text, &crate::t!("report-lessons"), &setback.lessons);
        list(text, &crate::t!("report-skills-acquired"), &setback.skills);
    }
}

fn experiments(text: &mut String, report: &Report) {
    if !report.experiments.is_empty() {
        let _ = writeln!(text, "\n## {}", crate::t!("report-experiments-heading"));
        for experiment in &report.experiments {
            let _ = writeln!(text, "\n### {}\n", plain(&experiment.text));
            let facts = plain(&experiment.facts).replace('\n', "  \n");
            if experiment.note.is_empty() {
                let _ = writeln!(text, "{facts} · {}\n", experiment.status);
            } else {
                let _ = writeln!(
                    text,
                    "{facts}\n\n**{}**\n\n{}\n",
                    experiment.status,
                    plain(&experiment.note)
                );
            }
        }
    }
    if let Some(left_out) = &report.experiments_left_out {
        let _ = writeln!(text, "\n_{left_out}_");
    }
}

fn reviews(text: &mut String, report: &Report) {
    if report.reviews.is_empty() {
        return;
    }
    let _ = writeln!(text, "\n## {}\n", crate::t!("report-reviews-heading"));
    if report.reviews.iter().any(ReportReview::has_words) {
        for review in &report.reviews {
            let _ = writeln!(text, "### {}\n\n{}\n", review.period, review.rating);
            for (heading, body) in [
                (crate::t!("report-review-went-well"), &review.went_well),
                (crate::t!("report-review-lesson"), &review.lesson),
            ] {
                if !body.is_empty() {
                    let _ = writeln!(text, "**{heading}**\n\n{}\n", plain(body));
                }
            }
        }
    } else {
        for review in &report.reviews {
            let _ = writeln!(
                text,
                "- {}",
                crate::t!(
                    "report-review-item",
                    period = review.period.as_str(),
                    rating = review.rating.as_str()
                )
            );
        }
    }
    if let Some(left_out) = &report.reviews_words_left_out {
        let _ = writeln!(text, "\n_{left_out}_");
    }
}

fn skills(text: &mut String, report: &Report) {
    if report.skills.is_empty() {
        return;
    }
    let _ = writeln!(
        text,
        "\n## {}\n\n| {} | {} | {} | {} |\n| --- | --- | --- | --- |",
        crate::t!("report-skills-acquired"),
        cell(&crate::t!("report-skills-column-skill")),
        cell(&crate::t!("report-skills-column-level-then")),
        cell(&crate::t!("report-skills-column-level-now")),
        cell(&crate::t!("report-skills-column-came-from"))
    );
    for skill in &report.skills {
        let _ = writeln!(
            text,
            "| {} | {} | {} | {} |",
            cell(&skill.name),
            skill.level_then,
            skill.level_now,
            cell(&skill.came_from)
        );
    }
}

/// Text as written, with the characters Markdown would read as markup escaped, so that what
/// the user wrote shows as they wrote it.
fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for character in text.chars() {
        if matches!(
            character,
            '\\' | '*' | '_' | '`' | '#' | '[' | ']' | '<' | '>' | '|'
        ) {
            out.push('\\');
        }
        out.push(character);
    }
    out
}

/// A table cell: escaped, on one line.
fn cell(text: &str) -> String {
    plain(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}
