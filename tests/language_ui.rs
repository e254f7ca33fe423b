//! Choosing a language in Preferences: the window speaks it at once, without a restart, and it
//! is remembered with the window's preferences, never in the journal.
//!
//! In a test binary of its own: the choice applies to the whole process, as it does in the app.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

mod common;

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use kintsugi::i18n::Language;

type App = egui_kittest::Harness<'static, kintsugi::app::KintsugiApp>;

/// Clicks the first widget whose label starts with `label` (menu items carry their shortcut).
fn click(harness: &mut App, label: &str) {
    harness
        .query_all_by(|node| node.label().is_some_and(|text| text.starts_with(label)))
        .next()
        .unwrap_or_else(|| panic!("nothing labelled “{label}”"))
        .click();
    harness.run();
}

#[test]
fn choosing_german_in_preferences_applies_at_once_and_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    let mut harness = common::app_harness(&path, egui::vec2(1280.0, 800.0));
    let before = std::fs::read(&path).ok();
    harness.get_by_label("File").click();
    harness.run();
    click(&mut harness, "Preferences…");
    harness
        .get_by_role_and_label(Role::ComboBox, "Language")
        .click();
    harness.run();
    harness.get_by_label("Deutsch").click();
    harness.run();

    // The same window, the next frame: German words, German dates.
    assert!(
        harness
            .query_all_by(|node| node.label().is_some_and(|text| text == "Einstellungen"))
            .next()
            .is_some(),
        "the Preferences window's title is German"
    );
    assert!(harness.query_by_label("Preferences").is_none());
    assert!(
        harness.query_by_label("Datei").is_some(),
        "the menu bar speaks German too"
    );
    let remembered = harness.state().preferences();
    assert_eq!(remembered.language, Some(Language::German));
    assert_eq!(
        std::fs::read(&path).ok(),
        before,
        "choosing a language writes nothing to the journal"
    );

    // Back to the system's language: "Wie das System (…)" is the first choice.
    harness
        .get_by_role_and_label(Role::ComboBox, "Sprache")
        .click();
    harness.run();
    let follow = harness
        .query_all_by(|node| {
            node.label()
                .is_some_and(|label| label.starts_with("Wie das System ("))
        })
        .next()
        .expect("Follow the system is offered");
    follow.click();
    harness.run();
    assert_eq!(harness.state().preferences().language, None);
    assert!(harness.query_by_label("Preferences").is_some());
}
