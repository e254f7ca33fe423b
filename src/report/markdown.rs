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
    let _ = writeln!(text, "{}  \nMade on {}\n", report.range, report.made_on);
    if report.empty {
        let _ = writeln!(
            text,
            "Nothing was recorded in this period: no check-ins and no setbacks.\n"
        );
    } else {
        let _ = writeln!(text, "## Summary\n");
        for line in &report.summary {
            let _ = writeln!(text, "- {line}");
        }
        if !report.better_days.is_empty() {
            let _ = writeln!(
                text,
                "\n### What goes with better days\n\nComparisons between days, not causes.\n"
            );
            for line in &report.better_days {
                let _ = writeln!(text, "- {}", plain(line));
            }
        }
        if let Some(chart) = chart_file {
            let _ = writeln!(
                text,
                "\n## Ratings, setbacks and skills\n\n![The ratings over the period, with the setbacks and skills below]({chart})"
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
        let _ = writeln!(text, "\n## Notes from check-ins\n");
        for note in &report.notes {
            let _ = writeln!(text, "- **{}**: {}", note.date, plain(&note.text));
        }
    }
    if !report.questions.is_empty() {
        let _ = writeln!(text, "\n## Questions for our conversation\n");
        let _ = writeln!(text, "{}", plain(&report.questions));
    }
    text
}

fn setbacks(text: &mut String, report: &Report) {
    if report.setbacks.is_empty() {
        return;
    }
    let _ = writeln!(text, "\n## Setbacks and what came of them");
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
        field(text, "What happened", &setback.what_happened);
        list(text, "Contributing factors", &setback.factors);
        field(text, "What I will do differently", &setback.do_differently);
        list(text, "Feedback received", &setback.feedback);
        list(text, "Lessons", &setback.lessons);
        list(text, "Skills acquired", &setback.skills);
    }
}

fn experiments(text: &mut String, report: &Report) {
    if !report.experiments.is_empty() {
        let _ = writeln!(text, "\n## Experiments");
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
    let _ = writeln!(text, "\n## Weekly reviews\n");
    if report.reviews.iter().any(ReportReview::has_words) {
        for review in &report.reviews {
            let _ = writeln!(text, "### {}\n\n{}\n", review.period, review.rating);
            for (heading, body) in [
                ("What went well", &review.went_well),
                ("The lesson carried on", &review.lesson),
            ] {
                if !body.is_empty() {
                    let _ = writeln!(text, "**{heading}**\n\n{}\n", plain(body));
                }
            }
        }
    } else {
        for review in &report.reviews {
            let _ = writeln!(text, "- {}: {}", review.period, review.rating);
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
        "\n## Skills acquired\n\n| Skill | Level then | Level now | Came from |\n| --- | --- | --- | --- |"
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
