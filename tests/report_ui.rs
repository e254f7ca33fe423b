//! The report dialog: its choices change what the preview lists, and what it writes is what
//! the preview said.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use kintsugi::app::KintsugiApp;

mod common;

fn preview_lists(harness: &Harness<'_, KintsugiApp>, title: &str) -> bool {
    harness
        .query_all_by_label_contains(&format!("· {title}"))
        .any(|node| {
            let text = node.accesskit_node().label().or_else(|| node.value());
            text.is_some_and(|text| text.starts_with("  • "))
        })
}

#[test]
fn the_choices_change_what_the_preview_lists_and_what_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    common::reports::write_journal(&path);
    let mut harness = common::app_harness(&path, egui::vec2(1280.0, 1400.0));
    harness.get_by_label("Progress screen").click();
    harness.run();
    harness.get_by_label("Range All").click();
    harness.run();
    harness.get_by_label("Report for a mentor…").click();
    harness.run();
    assert!(
        harness
            .query_by_label("Export a report for your mentor")
            .is_some()
    );

    // All (without micro-failures): the reflected and the open setback.
    assert!(preview_lists(&harness, "Quarterly plan slipped"));
    assert!(preview_lists(&harness, "Unchosen vendor quarrel"));
    assert!(!preview_lists(&harness, "Tiny standup slip"));
    assert!(harness.query_by_label("No check-in notes.").is_some());
    // The experiments of those setbacks (the micro-failure's is left out with it), and the
    // reviews without their words.
    assert!(
        harness
            .query_by_label("4 experiments of those setbacks, with how they went.")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("The period and rating of 2 weekly reviews; not what they say.")
            .is_some()
    );

    harness.get_by_label("Include micro-failures").click();
    harness.run();
    assert!(preview_lists(&harness, "Tiny standup slip"));

    harness
        .get_by_label("Reflected on or recovered only")
        .click();
    harness.run();
    assert!(preview_lists(&harness, "Quarterly plan slipped"));
    assert!(!preview_lists(&harness, "Unchosen vendor quarrel"));
    assert!(!preview_lists(&harness, "Tiny standup slip"));

    // One by one: untick all but the open setback.
    harness.get_by_label("Chosen one by one").click();
    harness.run();
    for title in ["Quarterly plan slipped", "Tiny standup slip"] {
        harness.get_by_label(&format!("Tell {title}")).click();
        harness.run();
    }
    assert!(!preview_lists(&harness, "Quarterly plan slipped"));
    assert!(preview_lists(&harness, "Unchosen vendor quarrel"));
    assert!(
        harness
            .query_by_label("1 experiment of those setbacks, with how it went.")
            .is_some()
    );

    harness
        .get_by_label("Include the notes of check-ins and reviews")
        .click();
    harness.run();
    assert!(harness.query_by_label("The note of 1 check-in.").is_some());
    assert!(
        harness
            .query_by_label(
                "The period and rating of 2 weekly reviews, with what went well and the lesson."
            )
            .is_some()
    );

    // Written to a Markdown file: exactly what the preview said.
    let out = dir.path().join("for-dolores.md");
    common::replace_text(
        &mut harness,
        Role::TextInput,
        "Save as",
        out.to_str().unwrap(),
    );
    harness.get_by_label("Export report").click();
    harness.run();
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("Unchosen vendor quarrel"));
    assert!(text.contains("PRIVATENOTEWORD"));
    assert!(text.contains("UNCHOSENEXPERIMENT"));
    assert!(text.contains("REVIEWWELLWORD"));
    assert!(!text.contains("Quarterly plan slipped"));
    assert!(!text.contains("Ask for a buffer"));
    assert!(!text.contains("Tiny standup slip"));
    assert!(
        harness
            .query_by_label("Export a report for your mentor")
            .is_none(),
        "closed"
    );
    assert!(
        harness
            .query_by_label_contains("Saved the report as")
            .is_some()
    );
}

#[test]
fn a_report_that_cannot_be_written_keeps_the_dialog_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    common::reports::write_journal(&path);
    let mut harness = common::app_harness(&path, egui::vec2(1280.0, 1400.0));
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Export report…").click();
    harness.run();
    let inside_a_file = path.join("report.pdf");
    common::replace_text(
        &mut harness,
        Role::TextInput,
        "Save as",
        inside_a_file.to_str().unwrap(),
    );
    harness.get_by_label("Export report").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("could not write the report")
            .is_some()
    );
    assert!(
        harness
            .query_by_label("Export a report for your mentor")
            .is_some()
    );
}
