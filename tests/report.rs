//! The mentor report (`export report`) read back with poppler's tools: what is in it, in which
//! order, what is kept out by the privacy choices, its pages, fonts and metadata; the Markdown
//! version's text; and bad input.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

use std::path::Path;
use std::process::Command;

mod common;
use common::cli::{Sandbox, assert_failure, assert_success, stdout};

/// The sandbox with the report's journal.
fn sandbox() -> Sandbox {
    let sandbox = Sandbox::new();
    common::reports::write_journal(&sandbox.journal);
    sandbox
}

fn tool(name: &str, args: &[&str], file: &Path) -> String {
    let output = Command::new(name)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|error| panic!("{name} (poppler-utils, installed by .ci/run): {error}"));
    assert!(
        output.status.success(),
        "{name} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn pdf_text(file: &Path) -> String {
    let output = Command::new("pdftotext")
        .arg(file)
        .arg("-")
        .output()
        .unwrap();
    assert!(output.status.success());
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn report(sandbox: &Sandbox, name: &str, extra: &[&str]) -> std::path::PathBuf {
    let out = sandbox.journal.with_file_name(name);
    let mut args = vec![
        "export",
        "report",
        "--out",
        out.to_str().unwrap(),
        "--from",
        "2026-10-01",
        "--to",
        "2026-11-28",
    ];
    args.extend_from_slice(extra);
    let output = sandbox.run(&args);
    assert_success(&output);
    assert!(stdout(&output).contains("Wrote the report of 1 Oct 2026 – 28 Nov 2026"));
    out
}

/// Asserts that `needles` appear in `text` in this order.
fn assert_in_order(text: &str, needles: &[&str]) {
    let mut from = 0;
    for needle in needles {
        let found = text[from..]
            .find(needle)
            .unwrap_or_else(|| panic!("“{needle}” missing (or out of order) in:\n{text}"));
        from += found + needle.len();
    }
}

#[test]
fn the_pdf_tells_the_chosen_setback_in_order_and_nothing_else() {
    let sandbox = sandbox();
    let pdf = report(
        &sandbox,
        "report.pdf",
        &[
            "--name",
            "Ana Müller",
            "--setbacks",
            "reflected",
            "--questions",
            "How do I say no to extra scope?",
            "--paper",
            "a4",
        ],
    );
    let text = pdf_text(&pdf);
    assert_in_order(
        &text,
        &[
            "Progress report",
            "Ana Müller",
            "1 Oct 2026 – 28 Nov 2026",
            "Summary",
            "Mood: mean",
            "Quarterly plan slipped",
            "The vendor missed the milestone and nobody escalated.",
            "Optimistic sizing",
            "Ask for buffers early.",
            "Mentor (Dolores Żółć): Escalate sooner",
            "Contracts need penalties",
            "Estimation",
            "Questions for our conversation",
            "How do I say no to extra scope?",
        ],
    );
    // Left out by choice: the open setback, the micro-failure, their experiments, every
    // check-in note and what the reviews say.
    let bytes = std::fs::read(&pdf).unwrap();
    for secret in [
        "Unchosen vendor quarrel",
        "Tiny standup slip",
        "PRIVATENOTEWORD",
        "UNCHOSENEXPERIMENT",
        "UNCHOSENTRIEDNOTE",
        "MICROEXPERIMENT",
        "REVIEWWELLWORD",
        "REVIEWLESSONWORD",
    ] {
        assert!(!text.contains(secret), "{secret} in the text");
        assert!(
            !bytes
                .windows(secret.len())
                .any(|window| window == secret.as_bytes()),
            "{secret} in the file"
        );
    }
    let info = tool("pdfinfo", &[], &pdf);
    assert!(
        info.contains("Title:           Progress report · 1 Oct 2026 – 28 Nov 2026"),
        "{info}"
    );
    assert!(info.contains("Author:          Ana Müller"), "{info}");
    assert!(info.contains("Tagged:          yes"), "{info}");
    // The chart is vectors with real text: its title and legend can be selected and found.
    assert!(
        text.contains("ratings, setbacks and skills"),
        "no chart text"
    );
    assert!(text.contains("Mood ("), "no chart legend text");
    assert!(
        info.contains("CreationDate:") && info.contains("2026"),
        "{info}"
    );
    assert!(
        info.contains("Page size:       595.276 x 841.89 pts (A4)"),
        "{info}"
    );
    let pages: usize = info
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!((2..=6).contains(&pages), "{pages} pages");

    // Every font is embedded.
    let fonts = tool("pdffonts", &[], &pdf);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts}");
    for row in rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(columns[columns.len() - 5], "yes", "not embedded: {row}");
    }

    // Every page renders.
    let dir = tempfile::tempdir().unwrap();
    let prefix = dir.path().join("page");
    let status = Command::new("pdftoppm")
        .args(["-png", "-r", "40"])
        .arg(&pdf)
        .arg(&prefix)
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), pages);
}

#[test]
fn choices_widen_what_is_told_and_letter_paper_is_letter() {
    let sandbox = sandbox();
    let pdf = report(
        &sandbox,
        "full.pdf",
        &["--micro", "--notes", "--paper", "letter"],
    );
    let text = pdf_text(&pdf);
    for told in [
        "Unchosen vendor quarrel",
        "Tiny standup slip",
        "PRIVATENOTEWORD about my manager",
        "Notes from check-ins",
    ] {
        assert!(text.contains(told), "{told} missing");
    }
    let info = tool("pdfinfo", &[], &pdf);
    assert!(info.contains("612 x 792 pts (letter)"), "{info}");

    let figures_only = pdf_text(&report(&sandbox, "figures.pdf", &["--setbacks", "none"]));
    assert!(figures_only.contains("Summary"));
    assert!(!figures_only.contains("Quarterly plan slipped"));
    assert!(figures_only.contains("3 setbacks of this period are not told here"));
}

#[test]
fn the_markdown_report_holds_the_same_text_with_the_chart_beside_it() {
    let sandbox = sandbox();
    let args = [
        "--setbacks",
        "reflected",
        "--questions",
        "Where should I focus next?",
    ];
    let pdf = pdf_text(&report(&sandbox, "report.pdf", &args));
    let markdown_path = report(&sandbox, "report.md", &args);
    let markdown = std::fs::read_to_string(&markdown_path).unwrap();
    let chart = markdown_path.with_file_name("report.chart.svg");
    assert!(markdown.contains("![The ratings over the period"));
    assert!(markdown.contains("(report.chart.svg)"));
    assert!(std::fs::read_to_string(&chart).unwrap().starts_with("<svg"));
    for line in [
        "Quarterly plan slipped",
        "The vendor missed the milestone and nobody escalated.",
        "Optimistic sizing",
        "Ask for buffers early.",
        "Mentor (Dolores Żółć): Escalate sooner",
        "Contracts need penalties",
        "Where should I focus next?",
        "1 Oct 2026 – 28 Nov 2026",
    ] {
        assert!(markdown.contains(line), "{line} not in the Markdown");
        assert!(pdf.contains(line), "{line} not in the PDF");
    }
    // Every summary sentence of the Markdown is in the PDF too.
    let summary: Vec<&str> = markdown
        .lines()
        .skip_while(|line| *line != "## Summary")
        .skip(2)
        .take_while(|line| line.starts_with("- "))
        .map(|line| &line[2..])
        .collect();
    assert!(summary.len() >= 5, "{summary:?}");
    let flat_pdf = pdf.split_whitespace().collect::<Vec<_>>().join(" ");
    for sentence in summary {
        assert!(flat_pdf.contains(sentence), "“{sentence}” not in the PDF");
    }
    assert!(!markdown.contains("Unchosen vendor quarrel"));
    assert!(!markdown.contains("PRIVATENOTEWORD"));
}

#[test]
fn bad_input_is_refused_clearly_and_writes_nothing() {
    let sandbox = sandbox();
    let folder = sandbox.journal.parent().unwrap().to_owned();
    let before: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    // A path inside a file: no folder can be made there.
    let unwritable = sandbox.journal.join("report.pdf");
    let output = sandbox.run(&["export", "report", "--out", unwritable.to_str().unwrap()]);
    assert_failure(
        &output,
        &["journal.ron/report.pdf", "could not write the report"],
    );

    let reversed = folder.join("reversed.pdf");
    let output = sandbox.run(&[
        "export",
        "report",
        "--out",
        reversed.to_str().unwrap(),
        "--from",
        "2026-11-28",
        "--to",
        "2026-10-01",
    ]);
    assert_failure(&output, &["2026-11-28", "2026-10-01"]);

    let wrong = folder.join("report.docx");
    let output = sandbox.run(&["export", "report", "--out", wrong.to_str().unwrap()]);
    assert_failure(&output, &["report.docx", ".pdf or .md"]);

    let after: Vec<_> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(before, after, "nothing written, no temporary file left");
}

#[test]
fn a_period_with_no_entries_gives_a_short_report_that_says_so() {
    let sandbox = sandbox();
    let out = sandbox.journal.with_file_name("empty.pdf");
    let output = sandbox.run(&[
        "export",
        "report",
        "--out",
        out.to_str().unwrap(),
        "--from",
        "2020-01-01",
        "--to",
        "2020-03-31",
    ]);
    assert_success(&output);
    let text = pdf_text(&out);
    assert!(
        text.contains("Nothing was recorded in this period"),
        "{text}"
    );
    assert!(!text.contains("Quarterly plan slipped"));
    let info = tool("pdfinfo", &[], &out);
    assert!(info.contains("Pages:           1"), "{info}");
}

/// The text with every run of white space (line ends included) as one space.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The experiments and weekly reviews, as `--setbacks reflected` (without notes) tells them.
const PRACTICE_WITHOUT_NOTES: [&str; 14] = [
    "Experiments",
    "Ask for a buffer in every estimate",
    "From “Quarterly plan slipped” (2 Oct 2026) · trains Estimation",
    "Planned on 3 Oct 2026, to try by 20 Oct 2026",
    "Tried on 16 Oct 2026: worked",
    "TRIEDNOTEWORD the buffer held",
    "Write the risks down on day one",
    "Planned on 4 Oct 2026, to try when: at the next kick-off",
    "Dropped on 10 Nov 2026",
    "Nobody read the list",
    "Escalate within a day",
    "Not tried yet",
    "2 experiments of this period are not told here: their setbacks are not.",
    "Weekly reviews",
];

#[test]
fn experiments_go_in_with_their_setback_and_reviews_say_their_words_only_with_notes() {
    let sandbox = sandbox();
    let args = ["--setbacks", "reflected"];
    let pdf_path = report(&sandbox, "practice.pdf", &args);
    let pdf = flat(&pdf_text(&pdf_path));
    let markdown = flat(&std::fs::read_to_string(report(&sandbox, "practice.md", &args)).unwrap());
    let reviews = [
        "16 Nov 2026 – 22 Nov 2026: Week rated 7 of 10",
        "23 Nov 2026 – 28 Nov 2026: Not rated",
        "What went well and the lessons of the reviews are left out, like the notes of check-ins.",
    ];
    // The PDF in reading order, the Markdown (which escapes nothing here) likewise.
    for text in [&pdf, &markdown] {
        assert_in_order(text, &PRACTICE_WITHOUT_NOTES);
        assert_in_order(text, &reviews);
        assert_in_order(text, &["Setbacks and what came of them", "Experiments"]);
        assert_in_order(text, &["Experiments", "Skills acquired", "Weekly reviews"]);
        for secret in [
            "UNCHOSENEXPERIMENT",
            "UNCHOSENTRIEDNOTE",
            "MICROEXPERIMENT",
            "REVIEWWELLWORD",
            "REVIEWLESSONWORD",
        ] {
            assert!(!text.contains(secret), "{secret} told:\n{text}");
        }
    }
    let info = tool("pdfinfo", &[], &pdf_path);
    assert!(info.contains("Tagged:          yes"), "{info}");

    // Every setback and the notes: every experiment, and what the reviews say.
    let args = ["--micro", "--notes"];
    let pdf = flat(&pdf_text(&report(&sandbox, "everything.pdf", &args)));
    let markdown =
        flat(&std::fs::read_to_string(report(&sandbox, "everything.md", &args)).unwrap());
    for text in [&pdf, &markdown] {
        assert_in_order(
            text,
            &[
                "Experiments",
                "Ask for a buffer in every estimate",
                "Write the risks down on day one",
                "UNCHOSENEXPERIMENT call the vendor weekly",
                "From “Unchosen vendor quarrel” (20 Oct 2026)",
                "Tried on 9 Nov 2026: didn't work",
                "UNCHOSENTRIEDNOTE they never picked up",
                "MICROEXPERIMENT prepare standup notes",
                "Escalate within a day",
                "Weekly reviews",
                "16 Nov 2026 – 22 Nov 2026",
                "Week rated 7 of 10",
                "What went well",
                "REVIEWWELLWORD shipped the plan",
                "The lesson carried on",
                "REVIEWLESSONWORD ask early",
                "23 Nov 2026 – 28 Nov 2026",
                "Not rated",
                "Notes from check-ins",
            ],
        );
        assert!(!text.contains("not told here"), "{text}");
        assert!(!text.contains("are left out, like the notes"), "{text}");
    }

    // No setbacks: no experiment either, and the report says how many it leaves out.
    let pdf = flat(&pdf_text(&report(
        &sandbox,
        "figures.pdf",
        &["--setbacks", "none"],
    )));
    assert!(!pdf.contains("Ask for a buffer"), "{pdf}");
    assert!(
        pdf.contains("5 experiments of this period are not told here: their setbacks are not."),
        "{pdf}"
    );
    assert!(pdf.contains("16 Nov 2026 – 22 Nov 2026: Week rated 7 of 10"));
}

/// The report in French, made on a thread that speaks French: French headings, labels, dates
/// and decimal commas in the PDF's text, its language tagged `fr`, and none of the English
/// headings.
#[test]
fn the_report_speaks_the_readers_language() {
    use chrono::NaiveDate;
    use kintsugi::i18n::{Language, use_on_this_thread};
    use kintsugi::insights::DateRange;
    use kintsugi::report::{ReportOptions, SetbackChoice};

    use_on_this_thread(Language::French);
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let journal = kintsugi::demo::generate(kintsugi::demo::DemoOptions::ending(today, 1));
    let options = ReportOptions {
        setbacks: SetbackChoice::All,
        micro: true,
        notes: true,
        questions: "Par où commencer ?".to_owned(),
        ..ReportOptions::new(DateRange::ending(today, 365), today)
    };
    let bytes = kintsugi::report::pdf_bytes(&journal, &options).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("rapport.pdf");
    std::fs::write(&pdf, &bytes).unwrap();
    let text = flat(&pdf_text(&pdf));
    assert_in_order(
        &text,
        &[
            "Rapport de progression",
            "établi le 28 novembre 2026",
            "Résumé",
            "moyenne de",
            "Les revers et ce qu'ils ont donné",
            "gravité",
            "Expériences",
            "Compétences acquises",
            "Bilans de la semaine",
            "Notes des points du jour",
            "Questions pour notre échange",
            "Par où commencer ?",
        ],
    );
    // A decimal comma in the figures ("moyenne de 5,3"), French month names in the dates.
    let mean = text.split("moyenne de ").nth(1).unwrap_or_default();
    let figure: String = mean.chars().take(3).collect();
    assert!(
        figure.chars().nth(1) == Some(',')
            && figure.chars().all(|c| c.is_ascii_digit() || c == ','),
        "not a French decimal: {figure:?}"
    );
    assert!(text.contains("décembre") || text.contains("déc."), "{text}");
    for english in [
        "Progress report",
        "Made on",
        "made on",
        "Summary",
        "Setbacks and what came of them",
        "What goes with better days",
        "Skills acquired",
        "Weekly reviews",
        "Notes from check-ins",
        "Questions for our conversation",
        "What happened",
        "Planned on",
        "Week rated",
        "November",
        "December",
    ] {
        assert!(
            !text.contains(english),
            "“{english}” in the French report:\n{text}"
        );
    }
    // The document and its structure tree say they are in French (PDF/UA reads /Lang).
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|window| window == needle);
    assert!(
        has(b"/Lang(fr)") && !has(b"/Lang(en)"),
        "not tagged as French"
    );
    let info = tool("pdfinfo", &[], &pdf);
    assert!(
        info.contains("Title:           Rapport de progression ·"),
        "{info}"
    );
    assert!(info.contains("Tagged:          yes"), "{info}");
}
