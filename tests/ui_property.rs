//! A property test over the real app on a demo journal file: random sequences of what a user
//! does — switch screens, pick rows, type marker words into any text field (add fields too,
//! without Enter), type invalid dates and names, click rating cells (clearing them too), move
//! between days, delete, undo, redo; make experiments from lessons, answer "Did you try …?",
//! write the weekly review. After each sequence and the app's quit path:
//!
//! - every marker typed since the last undo or deletion is in the journal;
//! - the file on disk equals the journal in memory;
//! - undoing every step gives back the journal as it was opened, and redoing them all gives
//!   back the journal in memory;
//! - nothing panicked.
//!
//! `cargo test` runs 200 sequences of 60 actions; `KINTSUGI_UI_CASES=N` runs N.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::too_many_lines,
    reason = "tests fail loudly on purpose"
)]

use std::path::Path;
use std::time::Duration;

use egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use kintsugi::app::{AppCommand, KintsugiApp, PracticeCommand};
use kintsugi::demo::{self, DemoOptions};
use kintsugi::model::Journal;
use kintsugi::storage;
use proptest::prelude::*;
use proptest::test_runner::RngSeed;

mod common;
use common::today;

/// Sequences in a normal `cargo test`.
const DEFAULT_CASES: u32 = 200;
/// Actions in each sequence.
const ACTIONS: usize = 60;

/// What the user does next.
#[derive(Debug, Clone)]
enum Action {
    Screen(usize),
    PickSetback(usize),
    PickSkill(usize),
    NewSetback,
    /// Type a fresh marker word into the n-th text field of the screen.
    TypeMarker(usize),
    /// Put an invalid value into a field that checks its value (a date, a skill name).
    TypeInvalid(usize),
    /// Put a valid date back into the setback's date field.
    FixDate,
    Rating(&'static str, u8),
    PreviousDay,
    NextDay,
    Delete,
    Undo,
    Redo,
    /// Let the autosave's delay pass.
    Wait,
    /// Open a calendar (a date field's, or Today's heading), press a key a few times, then
    /// Enter (pick) or Escape.
    Calendar(usize, Key, usize, bool),
    /// Click the n-th "Make it an experiment" of the setback editor.
    MakeExperiment(usize),
    /// Answer the first "Did you try …?" shown: not yet, tried (with how it went), dropped.
    AnswerExperiment(u8),
    /// Open the weekly review page.
    OpenReview,
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        2 => (0_usize..6).prop_map(Action::Screen),
        1 => (0_usize..3).prop_map(Action::MakeExperiment),
        1 => (0_u8..3).prop_map(Action::AnswerExperiment),
        1 => Just(Action::OpenReview),
        2 => (0_usize..40).prop_map(Action::PickSetback),
        1 => (0_usize..20).prop_map(Action::PickSkill),
        1 => Just(Action::NewSetback),
        6 => (0_usize..8).prop_map(Action::TypeMarker),
        2 => (0_usize..3).prop_map(Action::TypeInvalid),
        1 => Just(Action::FixDate),
        3 => (
            prop::sample::select(vec!["Mood", "Resilience", "Growth mindset", "Severity", "Level"]),
            1_u8..=10
        )
            .prop_map(|(scale, value)| Action::Rating(scale, value)),
        1 => Just(Action::PreviousDay),
        1 => Just(Action::NextDay),
        1 => Just(Action::Delete),
        2 => Just(Action::Undo),
        1 => Just(Action::Redo),
        1 => Just(Action::Wait),
        2 => (
            0_usize..5,
            prop::sample::select(vec![
                Key::ArrowLeft,
                Key::ArrowRight,
                Key::ArrowUp,
                Key::ArrowDown,
                Key::PageUp,
                Key::PageDown,
                Key::Home,
                Key::End,
            ]),
            0_usize..4,
            any::<bool>()
        )
            .prop_map(|(calendar, key, presses, pick)| Action::Calendar(calendar, key, presses, pick)),
    ]
}

/// The text fields a marker can be typed into, by the label a screen reader hears.
const TEXT_FIELDS: [(Role, &str); 13] = [
    (Role::MultilineTextInput, "What went well"),
    (Role::TextInput, "One lesson to carry into next week"),
    (Role::MultilineTextInput, "Note"),
    (Role::TextInput, "Tags"),
    (Role::TextInput, "Title"),
    (Role::MultilineTextInput, "What happened"),
    (Role::TextInput, "New contributing factor"),
    (Role::MultilineTextInput, "What I will do differently"),
    (Role::TextInput, "New lesson"),
    (Role::MultilineTextInput, "Notes"),
    (Role::TextInput, "Name"),
    (Role::TextInput, "Category"),
    (Role::TextInput, "Contributing factor 1"),
];

/// The running state of one sequence: markers typed and whether they must still be there.
struct Run {
    harness: Harness<'static, KintsugiApp>,
    clock: kintsugi::clock::Clock,
    /// Each marker with the field it was typed into.
    markers: Vec<(String, &'static str)>,
    next_marker: usize,
}

impl Run {
    fn journal(&self) -> Journal {
        self.harness
            .state()
            .session()
            .unwrap()
            .lock()
            .journal()
            .clone()
    }

    fn step(&mut self, action: &Action) {
        let journal = self.journal();
        let harness = &mut self.harness;
        // Modal questions (delete, merge, orphaned skill) are answered the safe way first.
        for answer in [
            "Cancel",
            "Keep them apart",
            "Keep skill",
            "Keep it",
            "Keep it as it is",
        ] {
            if click_first(harness, answer) {
                harness.run();
            }
        }
        match action {
            Action::Screen(index) => {
                let label = [
                    "Today screen",
                    "Setbacks screen",
                    "Skills screen",
                    "Experiments screen",
                    "Progress screen",
                    "Journal screen",
                ][*index];
                click_first(harness, label);
            }
            Action::PickSetback(index) => {
                let count = journal.setbacks().len();
                if count > 0 {
                    // Titles repeat in a journal: the first row that shows it.
                    let title = &journal.setbacks()[count - 1 - index % count].title;
                    click_first_with_role(harness, Role::Button, title);
                }
            }
            Action::PickSkill(index) => {
                let skills = journal.skills();
                if !skills.is_empty() {
                    let name = &skills[index % skills.len()].name;
                    click_first_with_role(harness, Role::Button, name);
                }
            }
            Action::NewSetback => {
                click_first(harness, "+ New setback");
            }
            Action::TypeMarker(index) => {
                let present: Vec<(Role, &'static str)> = TEXT_FIELDS
                    .iter()
                    .copied()
                    .filter(|(role, label)| has(harness, *role, label))
                    .collect();
                if let Some((role, label)) = present.get(index % present.len().max(1)) {
                    let marker = format!("mk{}q", self.next_marker);
                    self.next_marker += 1;
                    // A leading space keeps the marker a word of its own.
                    let text = if *label == "Tags" || label.starts_with("New ") {
                        marker.clone()
                    } else {
                        format!(" {marker}")
                    };
                    type_at_end(harness, *role, label, &text);
                    self.markers.push((marker, label));
                }
            }
            Action::TypeInvalid(index) => {
                let (label, text) =
                    [("Date", "2026-13-40"), ("Date", "2999-01-01"), ("Name", "")][*index];
                if replace_all(harness, label, text) {
                    // The user erased what was in the field: markers typed there go with it.
                    self.markers.retain(|(_, field)| *field != label);
                }
            }
            Action::FixDate => {
                replace_all(harness, "Date", "2026-10-01");
            }
            Action::Rating(scale, value) => {
                click_first(harness, &format!("{scale} {value}"));
            }
            Action::Calendar(index, key, presses, pick) => {
                let openers = [
                    "Calendar for Date",
                    "Calendar for Recovered on",
                    "Calendar for From",
                    "Calendar for To",
                    "choose another day",
                ];
                let opener = openers[*index];
                if harness.query_all_by_label_contains(opener).next().is_some() {
                    click_first_containing(harness, opener);
                    harness.run();
                    for _ in 0..*presses {
                        harness.key_press(*key);
                        harness.run();
                    }
                    harness.key_press(if *pick { Key::Enter } else { Key::Escape });
                }
            }
            Action::PreviousDay => click_first_containing(harness, "Previous day"),
            Action::NextDay => click_first_containing(harness, "Next day"),
            Action::Delete => {
                if click_first(harness, "Delete…") {
                    harness.run();
                    for confirm in ["Delete setback", "Delete skill"] {
                        if click_first(harness, confirm) {
                            // What was typed into the deleted entry goes with it.
                            self.markers.clear();
                        }
                    }
                }
            }
            Action::Undo => {
                harness.state_mut().request(AppCommand::Undo);
                // An undone step may hold markers: only later ones are checked.
                self.markers.clear();
            }
            Action::Redo => harness.state_mut().request(AppCommand::Redo),
            Action::Wait => self.clock.advance(Duration::from_millis(600)),
            Action::MakeExperiment(index) => {
                let labels: Vec<String> = harness
                    .query_all_by_label_contains("Make it an experiment:")
                    .filter(|node| !node.accesskit_node().is_disabled())
                    .filter_map(|node| node.accesskit_node().label())
                    .collect();
                if let Some(label) = labels.get(index % labels.len().max(1)) {
                    harness.get_by_label(label).click_accesskit();
                }
            }
            Action::AnswerExperiment(kind) => {
                let (open, confirm) = [
                    ("Not yet", None),
                    ("✔ Tried it", Some("Save answer")),
                    ("Drop it", Some("Drop the experiment")),
                ][usize::from(*kind)];
                if click_first(harness, open) {
                    harness.run();
                    if let Some(confirm) = confirm {
                        click_first(harness, confirm);
                    }
                }
            }
            Action::OpenReview => harness
                .state_mut()
                .request(AppCommand::Practice(PracticeCommand::OpenReview)),
        }
        harness.run();
    }

    /// The quit path: half-typed items settle, kept fields are discarded, and the journal is
    /// written.
    fn quit(&mut self) {
        let harness = &mut self.harness;
        if !harness.state_mut().on_close_requested() {
            harness.run();
            assert!(
                click_first(harness, "Discard all and quit"),
                "quitting with kept fields lists them: {:#?}",
                harness.root()
            );
            harness.run();
            assert!(
                harness.state_mut().on_close_requested(),
                "the quit goes ahead after discarding"
            );
        }
        harness.run();
    }
}

type App = Harness<'static, KintsugiApp>;

/// Clicks the first widget labelled `label`, if there is one; returns whether it did.
fn click_first(harness: &mut App, label: &str) -> bool {
    let found = harness.query_all_by_label(label).next();
    found.map(|node| node.click()).is_some()
}

/// Clicks the first widget of `role` labelled `label`, if there is one.
fn click_first_with_role(harness: &mut App, role: Role, label: &str) {
    let found = harness.query_all_by_role_and_label(role, label).next();
    if let Some(node) = found {
        node.click();
    }
}

/// Clicks the first widget whose label contains `part`, if there is one.
fn click_first_containing(harness: &mut App, part: &str) {
    let found = harness.query_all_by_label_contains(part).next();
    if let Some(node) = found {
        node.click();
    }
}

fn has(harness: &App, role: Role, label: &str) -> bool {
    harness
        .query_all_by_role_and_label(role, label)
        .next()
        .is_some()
}

/// Focuses the first field of `role` labelled `label` and types `text` at its end.
fn type_at_end(harness: &mut App, role: Role, label: &str, text: &str) {
    let found = harness.query_all_by_role_and_label(role, label).next();
    let Some(field) = found else { return };
    field.focus();
    harness.run();
    harness.key_press(Key::End);
    let found = harness.query_all_by_role_and_label(role, label).next();
    if let Some(field) = found {
        field.type_text(text);
    }
}

/// Replaces everything in the first text field labelled `label` with `text` (empty: clears);
/// returns whether there was such a field.
fn replace_all(harness: &mut App, label: &str, text: &str) -> bool {
    let found = harness
        .query_all_by_role_and_label(Role::TextInput, label)
        .next();
    let Some(field) = found else { return false };
    field.focus();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.key_press(Key::Backspace);
    if !text.is_empty() {
        let found = harness
            .query_all_by_role_and_label(Role::TextInput, label)
            .next();
        if let Some(field) = found {
            field.type_text(text);
        }
    }
    true
}

fn check_sequence(actions: &[Action], dir: &Path) {
    let trace = std::env::var("KINTSUGI_UI_TRACE").is_ok();
    let path = dir.join("journal.ron");
    let journal = demo::generate(DemoOptions::ending(today(), 1));
    storage::write_new(&path, &journal).unwrap();
    let clock = common::clock();
    let harness = common::app_harness_with_clock(&path, egui::vec2(1280.0, 1000.0), clock.clone());
    let mut run = Run {
        harness,
        clock,
        markers: Vec::new(),
        next_marker: 0,
    };
    for action in actions {
        run.step(action);
        if trace {
            let text = storage::encode(&run.journal()).unwrap();
            let missing: Vec<&String> = run
                .markers
                .iter()
                .map(|(marker, _)| marker)
                .filter(|marker| !text.contains(marker.as_str()))
                .collect();
            eprintln!(
                "{action:?} → screen {:?}, not in the journal yet: {missing:?}",
                run.harness.state().current_screen()
            );
        }
    }
    run.quit();

    let in_memory = run.journal();
    let text = storage::encode(&in_memory).unwrap();
    for (marker, field) in &run.markers {
        assert!(
            text.contains(marker.as_str()),
            "marker {marker} typed into {field} is in the journal after {actions:?}"
        );
    }
    assert_eq!(
        storage::load(&path).unwrap(),
        in_memory,
        "the file equals the journal in memory"
    );
    let session = run.harness.state().session().unwrap().clone();
    let mut session = session.lock();
    let now = std::time::Instant::now();
    let (done, _) = session.history().len();
    for _ in 0..done {
        assert!(session.undo(now).is_some());
    }
    assert!(
        session.journal() == &journal,
        "undoing every step gives back the journal as it was opened; differences: {}",
        differences(session.journal(), &journal)
    );
    for _ in 0..done {
        assert!(session.redo(now).is_some());
    }
    assert!(
        session.journal() == &in_memory,
        "redoing every step gives back the same journal; differences: {}",
        differences(session.journal(), &in_memory)
    );
}

/// Where two journals differ, entity by entity, in a few lines.
fn differences(a: &Journal, b: &Journal) -> String {
    let mut found = Vec::new();
    for check_in in a.check_ins() {
        if b.check_in(check_in.date) != Some(check_in) {
            found.push(format!(
                "check-in {}: {:?} vs {:?}",
                check_in.date,
                check_in,
                b.check_in(check_in.date)
            ));
        }
    }
    for check_in in b.check_ins() {
        if a.check_in(check_in.date).is_none() {
            found.push(format!("check-in {} only in the second", check_in.date));
        }
    }
    for (index, setback) in a.setbacks().iter().enumerate() {
        if b.setbacks().get(index) != Some(setback) {
            found.push(format!(
                "setback #{index}: {setback:?} vs {:?}",
                b.setbacks().get(index)
            ));
        }
    }
    if a.setbacks().len() != b.setbacks().len() {
        found.push(format!(
            "{} vs {} setbacks",
            a.setbacks().len(),
            b.setbacks().len()
        ));
    }
    for (index, skill) in a.skills().iter().enumerate() {
        if b.skills().get(index) != Some(skill) {
            found.push(format!(
                "skill #{index}: {skill:?} vs {:?}",
                b.skills().get(index)
            ));
        }
    }
    if a.skills().len() != b.skills().len() {
        found.push(format!(
            "{} vs {} skills",
            a.skills().len(),
            b.skills().len()
        ));
    }
    if a.experiments() != b.experiments() {
        found.push(format!(
            "experiments {:?} vs {:?}",
            a.experiments(),
            b.experiments()
        ));
    }
    if a.reviews() != b.reviews() {
        found.push(format!("reviews {:?} vs {:?}", a.reviews(), b.reviews()));
    }
    if a.settings() != b.settings() {
        found.push(format!("settings {:?} vs {:?}", a.settings(), b.settings()));
    }
    found.join("\n")
}

/// The generator's seed: fixed by default so that CI is repeatable; `KINTSUGI_UI_SEED=N` or
/// `KINTSUGI_UI_SEED=random` explores other sequences.
fn seed() -> RngSeed {
    match std::env::var("KINTSUGI_UI_SEED").ok().as_deref() {
        Some("random") => RngSeed::Random,
        Some(number) => RngSeed::Fixed(number.parse().expect("KINTSUGI_UI_SEED is a number")),
        None => RngSeed::Fixed(2026),
    }
}

fn cases() -> u32 {
    std::env::var("KINTSUGI_UI_CASES")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(DEFAULT_CASES)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        rng_seed: seed(),
        max_shrink_iters: 200,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn nothing_typed_is_lost_whatever_the_user_does(
        actions in prop::collection::vec(action(), ACTIONS)
    ) {
        let dir = tempfile::tempdir().unwrap();
        check_sequence(&actions, dir.path());
    }
}
