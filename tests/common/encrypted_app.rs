//! The encrypted journal in the app, for the kittests of encryption and locking: a plain
//! journal to start from, a harness with a fast key derivation, and the steps a user takes
//! (encrypt from the menu, unlock, quit).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use kintsugi::app::{AppCommand, KintsugiApp};
use kintsugi::model::{CheckInInput, Rating, Ratings};
use kintsugi::storage::encryption::container;
use kintsugi::storage::{self, KeyCost};
use secrecy::SecretString;

use super::today;

pub const PASSPHRASE: &str = "lantern river quiet";
pub const SIZE: egui::Vec2 = egui::Vec2::new(1280.0, 900.0);

pub fn secret(text: &str) -> SecretString {
    SecretString::from(text.to_owned())
}

/// A plain journal with one check-in whose note holds a marker word.
pub fn plain_journal() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    let (mut store, mut journal) = storage::JournalStore::open(&path).unwrap();
    let input = CheckInInput {
        ratings: Ratings {
            mood: Some(Rating::saturating(7)),
            ..Ratings::default()
        },
        note: "Marmalade marker".to_owned(),
        tags: vec![],
    };
    journal
        .upsert_check_in(today(), &input, today(), chrono::Utc::now())
        .unwrap();
    store.save(&journal, today()).unwrap();
    (dir, path)
}

pub fn harness_at(path: &Path, clock: kintsugi::clock::Clock) -> Harness<'static, KintsugiApp> {
    let mut harness = super::app_harness_with_clock(path, SIZE, clock);
    harness.state_mut().set_key_cost(KeyCost::WorkFactor(8));
    harness
}

/// Steps the app until `done` holds (the key derivation runs on a worker thread).
pub fn wait_until(
    harness: &mut Harness<'_, KintsugiApp>,
    what: &str,
    done: impl Fn(&KintsugiApp) -> bool,
) {
    let deadline = Instant::now() + Duration::from_mins(1);
    while !done(harness.state()) {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    // Let the spinner and the toast's fade-in settle.
    harness.run_steps(8);
}

pub fn type_field(harness: &mut Harness<'_, KintsugiApp>, label: &str, text: &str) {
    super::replace_text(harness, Role::PasswordInput, label, text);
}

pub fn encrypt_from_the_menu(harness: &mut Harness<'_, KintsugiApp>) {
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Encrypt journal…").click();
    harness.run();
    type_field(harness, "New passphrase", PASSPHRASE);
    type_field(harness, "Repeat new passphrase", PASSPHRASE);
    harness
        .get_by_role_and_label(Role::Button, "Encrypt")
        .click();
    harness.step();
    wait_until(harness, "the encryption", |app| {
        app.session().is_some_and(|s| s.lock().is_encrypted())
    });
}

/// Queues a command as a menu would, and lets the app carry it out and draw the result.
pub fn command(harness: &mut Harness<'_, KintsugiApp>, command: AppCommand) {
    harness.state_mut().request(command);
    harness.step();
    harness.run();
}

pub fn quit(harness: &mut Harness<'_, KintsugiApp>) {
    assert!(harness.state_mut().on_close_requested(), "quit went ahead");
}

pub fn unlock(harness: &mut Harness<'_, KintsugiApp>, passphrase: &str) {
    type_field(harness, "Passphrase", passphrase);
    let attempts = harness.state().unlock_screen().unwrap().attempts();
    harness
        .get_by_role_and_label(Role::Button, "Unlock")
        .click();
    harness.step();
    wait_until(harness, "the unlock", |app| {
        app.unlock_screen()
            .is_none_or(|screen| screen.attempts() > attempts)
    });
}

pub fn on_disk_is_encrypted(path: &Path) -> bool {
    container::is_container(&std::fs::read(path).unwrap())
}
