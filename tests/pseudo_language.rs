//! The pseudo-language (`en-XA`, also `KINTSUGI_LANG=en-XA`) puts every message in brackets
//! with accented letters. Walking every screen and dialog of the demo journal, any word on
//! screen outside brackets that is not the journal's own text was written in the code rather
//! than taken from a message: an untranslatable word.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on purpose"
)]

use std::collections::BTreeSet;

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use kintsugi::app::{AppCommand, JournalSource, KintsugiApp, Screen};
use kintsugi::clock::Clock;
use kintsugi::i18n::{Language, use_on_this_thread};
use kintsugi::t;

type App = Harness<'static, KintsugiApp>;

fn clock() -> Clock {
    Clock::fixed(
        NaiveDate::from_ymd_opt(2026, 11, 28)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap(),
    )
}

/// The journal's own text (titles, notes, skills, tags…): the quoted strings of its file, one
/// per line (enum names like categories are not quoted, so they must come from messages).
struct JournalText(String);

impl JournalText {
    fn of(app: &KintsugiApp) -> Self {
        let journal = app.session().unwrap().lock().journal().clone();
        let file = kintsugi::storage::encode(&journal).unwrap();
        let quoted: Vec<&str> = file.split('"').skip(1).step_by(2).collect();
        Self(quoted.join("\n").to_lowercase())
    }

    fn none() -> Self {
        Self(String::new())
    }

    /// Whether `fragment` is, letter for letter (whatever the capitals: a situation starts a
    /// sentence on screen), part of something the journal holds.
    fn holds(&self, fragment: &str) -> bool {
        !fragment.is_empty() && self.0.contains(&fragment.to_lowercase())
    }
}

/// The runs of consecutive words of plain ASCII letters in `fragment` (punctuation around a
/// word ignored; a number or an accented word ends a run).
fn plain_runs(fragment: &str) -> Vec<Vec<&str>> {
    let mut runs = vec![Vec::new()];
    for token in fragment.split_whitespace() {
        let word = token.trim_matches(|c: char| !c.is_alphanumeric());
        let plain = word.chars().count() >= 2 && word.chars().all(|c| c.is_ascii_alphabetic());
        match runs.last_mut() {
            Some(run) if plain => run.push(word),
            Some(run) if !run.is_empty() => runs.push(Vec::new()),
            _ => {}
        }
    }
    runs.retain(|run| !run.is_empty());
    runs
}

/// The words on screen that came from neither a message nor the journal, with where.
fn stray_words<State>(
    harness: &Harness<'_, State>,
    journal: &JournalText,
    place: &str,
) -> BTreeSet<String> {
    // Names that are the same in every language: the product, file formats, the apps it
    // imports from, a unit, and the keys as printed on keyboards.
    let allowed = [
        "kintsugi",
        "pdf",
        "csv",
        "md",
        "png",
        "svg",
        "px",
        "daylio",
        "rednotebook",
        "jrnl",
        "ctrl",
        "shift",
        "alt",
        "home",
        "end",
        "esc",
        "enter",
        "tab",
        "page",
        "up",
        "down",
        "left",
        "right",
        // Each language in its own name ("Follow the system (English)").
        "english",
    ];
    let mut strays = BTreeSet::new();
    for node in harness.root().children_recursive() {
        let node = node.accesskit_node();
        // What the user typed into a field is theirs, in whatever language.
        // (A wrapped label's rows repeat parts of its text: the label itself is checked whole.)
        if node.role() == egui::accesskit::Role::TextInput
            || node.role() == egui::accesskit::Role::MultilineTextInput
            || node.role() == egui::accesskit::Role::TextRun
        {
            continue;
        }
        // egui's own close button of every window.
        if node.label().as_deref() == Some("Close window") {
            continue;
        }
        let texts = [node.label(), node.value(), node.description()];
        for text in texts.into_iter().flatten() {
            // File paths (About, recent journals) are the system's.
            let cleaned: String = text
                .split_whitespace()
                .filter(|piece| !piece.contains('/') && !piece.contains('.'))
                .collect::<Vec<_>>()
                .join(" ");
            // Every letter of a message is accented in the pseudo-language, so a word of plain
            // ASCII letters — outside the brackets (written in code) or inside them (an argument
            // such as "Mood" put into a sentence) — must be the journal's own text.
            for fragment in cleaned.split(|c: char| "[]·,:;()\"“”„«»|—–#\n".contains(c))
            {
                for run in plain_runs(fragment) {
                    if journal.holds(&run.join(" ")) {
                        continue;
                    }
                    for word in run {
                        if !allowed.contains(&word.to_lowercase().as_str()) {
                            strays.insert(format!("{place}: “{word}” in “{text}”"));
                        }
                    }
                }
            }
        }
    }
    strays
}

fn pseudo_app() -> KintsugiApp {
    use_on_this_thread(Language::Pseudo);
    let mut app = KintsugiApp::open(&JournalSource::Demo, clock());
    app.set_progress_range(kintsugi::app::RangePreset::OneYear);
    app
}

fn harness(app: KintsugiApp) -> App {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 900.0))
        .with_max_steps(12)
        .build_ui_state(|ui, app: &mut KintsugiApp| app.ui(ui), app);
    harness.run();
    harness
}

#[test]
fn the_pseudo_language_marks_every_message() {
    use_on_this_thread(Language::Pseudo);
    let message = t!("common-cancel");
    assert!(
        message.starts_with('[') && message.ends_with(']'),
        "{message}"
    );
    assert!(
        !message.contains("Cancel"),
        "letters are accented: {message}"
    );
    assert!(
        message.chars().count() as f64 >= "Cancel".len() as f64 * 1.25,
        "and the text is longer: {message}"
    );
}

#[test]
fn the_checker_finds_a_word_written_in_the_code() {
    // A test that cannot fail proves nothing: the checker must see an unbracketed word.
    let mut harness = Harness::new_ui(|ui| {
        ui.label("[Ŝéţţïñĝš] Written in code");
    });
    harness.run();
    let strays = stray_words(&harness, &JournalText::none(), "test");
    assert_eq!(strays.len(), 3, "{strays:?}");
}

/// Clicks the first widget whose label starts with `label`.
fn click(harness: &mut App, label: &str) {
    harness
        .query_all_by(|node| node.label().is_some_and(|text| text.starts_with(label)))
        .next()
        .unwrap_or_else(|| {
            panic!(
                "nothing labelled “{label}” on screen: {:#?}",
                harness.root()
            )
        })
        .click();
    harness.run();
}

const SCREENS: [Screen; 6] = [
    Screen::Today,
    Screen::Setbacks,
    Screen::Skills,
    Screen::Experiments,
    Screen::Progress,
    Screen::Journal,
];

/// Every screen, then every dialog on a fresh window of its own; the stray words found.
fn walk(app: KintsugiApp, words: &JournalText) -> BTreeSet<String> {
    let mut harness = harness(app);
    let mut strays = BTreeSet::new();
    for screen in SCREENS {
        harness.state_mut().show_screen(screen);
        harness.run();
        strays.extend(stray_words(&harness, words, &format!("{screen:?}")));
    }
    harness.state_mut().show_screen(Screen::Today);
    harness.state_mut().open_today_calendar();
    harness.run();
    strays.extend(stray_words(&harness, words, "calendar"));
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    for (command, place) in [
        (AppCommand::OpenExportReport, "report dialog"),
        (AppCommand::NewSetback(today), "new setback"),
        (
            AppCommand::Practice(kintsugi::app::PracticeCommand::OpenReview),
            "weekly review",
        ),
    ] {
        let mut harness = self::harness(fresh_app());
        harness.state_mut().request(command);
        harness.run();
        strays.extend(stray_words(&harness, words, place));
    }
    for (menu, item) in [
        (t!("menu-file"), t!("menu-preferences")),
        (t!("menu-file"), t!("menu-export-chart")),
        (t!("menu-file"), t!("menu-export-data")),
        (t!("menu-file"), t!("menu-import")),
        (t!("menu-file"), t!("menu-restore")),
        (t!("menu-help"), t!("help-shortcuts-title")),
        (t!("menu-help"), t!("help-about-title")),
    ] {
        let mut harness = self::harness(fresh_app());
        click(&mut harness, &menu);
        strays.extend(stray_words(&harness, words, &format!("menu {menu}")));
        click(&mut harness, &item);
        strays.extend(stray_words(&harness, words, &item));
    }
    strays
}

fn fresh_app() -> KintsugiApp {
    let mut app = KintsugiApp::open(&JournalSource::Demo, clock());
    app.set_progress_range(kintsugi::app::RangePreset::OneYear);
    app
}

fn report(strays: BTreeSet<String>) {
    assert!(
        strays.is_empty(),
        "{} words on screen come from no message:\n{}",
        strays.len(),
        strays.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn every_screen_and_dialog_speaks_only_messages_and_the_journal() {
    let app = pseudo_app();
    let words = JournalText::of(&app);
    assert!(words.0.len() > 10_000, "the demo journal has its own text");
    let mut strays = walk(app, &words);
    // The first run's welcome, before any journal exists.
    let folder = tempfile::tempdir().unwrap();
    let first_run = KintsugiApp::open(
        &JournalSource::File(folder.path().join("journal.ron")),
        clock(),
    );
    let welcome = harness(first_run);
    strays.extend(stray_words(&welcome, &JournalText::none(), "welcome"));
    assert!(
        welcome.query_all_by(|_| true).count() > 5,
        "the welcome screen shows something"
    );
    report(strays);
}

/// Switching language while the window is open redraws everything in the new language: no
/// text cached in the old one survives (screens cache what they derive per journal change).
#[test]
fn a_language_chosen_while_open_replaces_every_cached_word() {
    use_on_this_thread(Language::English);
    let app = fresh_app();
    let words = JournalText::of(&app);
    let mut harness = harness(app);
    for screen in SCREENS {
        harness.state_mut().show_screen(screen);
        harness.run();
    }
    harness.state_mut().choose_language(Some(Language::Pseudo));
    let mut strays = BTreeSet::new();
    for screen in SCREENS {
        harness.state_mut().show_screen(screen);
        harness.run();
        strays.extend(stray_words(
            &harness,
            &words,
            &format!("{screen:?} after the switch"),
        ));
    }
    report(strays);
}
