//! Encryption in the app (kittest): encrypt from the File menu, quit, reopen and unlock; a wrong
//! passphrase; Lock now; the lock after idle minutes on a hand-moved clock; changing and
//! removing the passphrase; exports that say they are plain.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::too_many_lines,
    reason = "tests fail loudly on purpose"
)]

use std::time::Duration;

use egui::Role;
use egui_kittest::kittest::Queryable as _;
use kintsugi::app::{AppCommand, ProtectionTask, UiPreferences};
use kintsugi::storage::{self, Unlock};

mod common;
use common::today;

use common::encrypted_app::{
    PASSPHRASE, command, encrypt_from_the_menu, harness_at, on_disk_is_encrypted, plain_journal,
    quit, secret, type_field, unlock, wait_until,
};

#[test]
fn encrypt_from_the_menu_quit_reopen_and_unlock() {
    let (dir, path) = plain_journal();
    let mut harness = harness_at(&path, common::clock());
    // Mismatched passphrases are refused with a reason, and nothing is written.
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Encrypt journal…").click();
    harness.run();
    type_field(&mut harness, "New passphrase", PASSPHRASE);
    type_field(&mut harness, "Repeat new passphrase", "lantern river quite");
    harness
        .get_by_role_and_label(Role::Button, "Encrypt")
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label("The two new passphrases differ.")
            .is_some()
    );
    assert!(!on_disk_is_encrypted(&path));
    type_field(&mut harness, "New passphrase", "short");
    harness
        .get_by_role_and_label(Role::Button, "Encrypt")
        .click();
    harness.run();
    assert!(
        !harness
            .query_all_by_label_contains("Too short")
            .collect::<Vec<_>>()
            .is_empty()
    );
    harness.get_by_label("Close window").click();
    harness.run();

    encrypt_from_the_menu(&mut harness);
    assert!(on_disk_is_encrypted(&path));
    assert!(
        harness
            .query_by_label_contains("Encrypted. Keep the passphrase safe")
            .is_some()
    );
    // The File menu now offers Lock now instead of Encrypt journal….
    harness.get_by_label("File").click();
    harness.run();
    assert!(harness.query_by_label_contains("Lock now").is_some());
    assert!(harness.query_by_label("Encrypt journal…").is_none());
    harness.key_press(egui::Key::Escape);
    quit(&mut harness);
    drop(harness);
    for file in std::fs::read_dir(dir.path()).unwrap().flatten() {
        let bytes = std::fs::read(file.path()).unwrap_or_default();
        assert!(
            !bytes.windows(9).any(|w| w == b"Marmalade"),
            "{} holds plain text",
            file.path().display()
        );
    }

    let mut harness = harness_at(&path, common::clock());
    let screen = harness.state().unlock_screen().expect("the unlock screen");
    assert_eq!(screen.path(), path);
    assert!(
        harness
            .query_by_label_contains("journal.ron is encrypted")
            .is_some()
    );
    assert!(
        harness.state().session().is_none(),
        "nothing of the journal is open"
    );
    // A wrong passphrase says so, keeps the field and writes nothing.
    let before = std::fs::read(&path).unwrap();
    unlock(&mut harness, "lantern river loud");
    let screen = harness.state().unlock_screen().expect("still locked");
    assert!(screen.problem().unwrap().contains("Wrong passphrase"));
    assert_eq!(
        harness
            .get_by_role_and_label(Role::PasswordInput, "Passphrase")
            .value()
            .unwrap_or_default(),
        "",
        "the field is wiped once submitted"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // Show reveals the text.
    harness.get_by_label("Show").click();
    harness.run();
    assert!(
        harness
            .query_by_role_and_label(Role::TextInput, "Passphrase")
            .is_some()
    );
    harness.get_by_label("Hide").click();
    harness.run();
    unlock(&mut harness, PASSPHRASE);
    let journal = common::in_memory(&harness);
    assert_eq!(journal.check_in(today()).unwrap().note, "Marmalade marker");
    assert!(harness.state().session().unwrap().lock().is_encrypted());
}

#[test]
fn a_damaged_encrypted_journal_is_shown_as_such_and_left_alone() {
    let (_dir, path) = plain_journal();
    let mut harness = harness_at(&path, common::clock());
    encrypt_from_the_menu(&mut harness);
    quit(&mut harness);
    drop(harness);
    let mut bytes = std::fs::read(&path).unwrap();
    let last = bytes.len() - 5;
    bytes[last] ^= 0x55;
    std::fs::write(&path, &bytes).unwrap();
    let mut harness = harness_at(&path, common::clock());
    unlock(&mut harness, PASSPHRASE);
    let broken = harness.state().broken().expect("the broken-journal screen");
    assert!(
        broken
            .reason()
            .contains("cannot be decrypted: damaged or changed"),
        "{}",
        broken.reason()
    );
    assert!(broken.reason().contains("journal.ron"));
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "never written over");
}

#[test]
fn lock_now_writes_pending_changes_and_drops_the_journal() {
    let (_dir, path) = plain_journal();
    let mut harness = harness_at(&path, common::clock());
    encrypt_from_the_menu(&mut harness);
    // An edit still waiting for its autosave.
    common::type_into(&mut harness, Role::MultilineTextInput, "Note", " and jam");
    assert!(matches!(
        harness.state().session().unwrap().lock().save_state(),
        kintsugi::session::SaveState::Pending
    ));
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    harness.run();
    assert!(harness.state().unlock_screen().is_some(), "locked");
    assert!(harness.state().session().is_none());
    let (journal, _) = storage::load_with(&path, Unlock::Passphrase(&secret(PASSPHRASE))).unwrap();
    assert_eq!(
        journal.check_in(today()).unwrap().note,
        "Marmalade marker and jam"
    );
    unlock(&mut harness, PASSPHRASE);
    assert_eq!(
        common::in_memory(&harness).check_in(today()).unwrap().note,
        "Marmalade marker and jam"
    );
}

#[test]
fn an_encrypted_journal_locks_itself_after_the_idle_minutes_and_only_then() {
    let (_dir, path) = plain_journal();
    let clock = common::clock_at(today().and_hms_opt(10, 0, 0).unwrap());
    let mut harness = harness_at(&path, clock.clone());
    harness.state_mut().remember(UiPreferences {
        idle_lock_minutes: Some(5),
        ..UiPreferences::default()
    });
    encrypt_from_the_menu(&mut harness);
    clock.advance(Duration::from_mins(4));
    harness.step();
    harness.run();
    assert!(
        harness.state().session().is_some(),
        "not yet: 4 of 5 minutes"
    );
    // Input counts as use: the idle time starts again.
    harness.event(egui::Event::PointerMoved(egui::pos2(300.0, 300.0)));
    harness.run();
    clock.advance(Duration::from_mins(4));
    harness.step();
    assert!(
        harness.state().session().is_some(),
        "input reset the idle time"
    );
    clock.advance(Duration::from_secs(61));
    harness.step();
    harness.run();
    assert!(
        harness.state().unlock_screen().is_some(),
        "locked after 5 idle minutes"
    );
    assert!(
        harness
            .query_by_label_contains("Locked after 5 minutes")
            .is_some()
    );
    // A plain journal never locks itself.
    drop(harness);
    let (_dir2, plain) = plain_journal();
    let mut harness = harness_at(&plain, clock.clone());
    harness.state_mut().remember(UiPreferences {
        idle_lock_minutes: Some(1),
        ..UiPreferences::default()
    });
    clock.advance(Duration::from_mins(30));
    harness.step();
    harness.run();
    assert!(harness.state().session().is_some());
}

#[test]
fn change_and_remove_the_passphrase_from_the_menu() {
    let (_dir, path) = plain_journal();
    let mut harness = harness_at(&path, common::clock());
    encrypt_from_the_menu(&mut harness);
    command(
        &mut harness,
        AppCommand::OpenProtection(ProtectionTask::ChangePassphrase),
    );
    type_field(&mut harness, "Current passphrase", "not the passphrase");
    type_field(&mut harness, "New passphrase", "second lantern river");
    type_field(
        &mut harness,
        "Repeat new passphrase",
        "second lantern river",
    );
    harness
        .get_by_role_and_label(Role::Button, "Change passphrase")
        .click();
    harness.step();
    wait_until(&mut harness, "the check", |app| {
        app.protection_problem().is_some()
    });
    assert!(
        harness
            .query_by_label_contains("current passphrase is wrong")
            .is_some()
    );
    // Submitted fields are wiped: all three are typed again.
    type_field(&mut harness, "Current passphrase", PASSPHRASE);
    type_field(&mut harness, "New passphrase", "second lantern river");
    type_field(
        &mut harness,
        "Repeat new passphrase",
        "second lantern river",
    );
    harness
        .get_by_role_and_label(Role::Button, "Change passphrase")
        .click();
    harness.step();
    wait_until(&mut harness, "the change", |app| !app.protection_is_open());
    assert!(storage::load_with(&path, Unlock::Passphrase(&secret("second lantern river"))).is_ok());
    assert!(storage::load_with(&path, Unlock::Passphrase(&secret(PASSPHRASE))).is_err());

    command(
        &mut harness,
        AppCommand::OpenProtection(ProtectionTask::RemoveEncryption),
    );
    type_field(&mut harness, "Current passphrase", "second lantern river");
    harness
        .get_by_role_and_label(Role::Button, "Remove encryption")
        .click();
    harness.step();
    wait_until(&mut harness, "the removal", |app| !app.protection_is_open());
    assert!(!on_disk_is_encrypted(&path));
    assert_eq!(
        storage::load(&path)
            .unwrap()
            .check_in(today())
            .unwrap()
            .note,
        "Marmalade marker"
    );
}

#[test]
fn export_dialogs_say_that_exports_of_an_encrypted_journal_are_plain() {
    let (_dir, path) = plain_journal();
    let mut harness = harness_at(&path, common::clock());
    command(&mut harness, AppCommand::OpenExportData);
    assert!(
        harness
            .query_by_label_contains("this export is not")
            .is_none()
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    encrypt_from_the_menu(&mut harness);
    for open in [AppCommand::OpenExportData, AppCommand::OpenExportChart] {
        command(&mut harness, open);
        assert!(
            harness
                .query_by_label_contains("this export is not")
                .is_some()
        );
        harness.get_by_label("Cancel").click();
        harness.run();
    }
}

#[test]
fn text_a_field_could_not_take_survives_a_lock_and_comes_back_after_unlocking() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    let (mut store, mut journal) = storage::JournalStore::open(&path).unwrap();
    let new = kintsugi::model::NewSetback {
        date: chrono::NaiveDate::from_ymd_opt(2026, 10, 2).unwrap(),
        title: "Quarterly plan slipped".to_owned(),
        category: kintsugi::model::Category::Work,
        severity: kintsugi::model::Severity::saturating(2),
        micro_failure: false,
        skill_names: vec![],
    };
    journal
        .add_setback(new, today(), chrono::Utc::now())
        .unwrap();
    store.save(&journal, today()).unwrap();
    drop(store);
    let mut harness = harness_at(&path, common::clock());
    encrypt_from_the_menu(&mut harness);
    common::open_setback(&mut harness, "Quarterly plan slipped");
    common::replace_text(&mut harness, Role::TextInput, "Date", "2026-13-40");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    harness.run();
    assert!(harness.state().unlock_screen().is_some(), "locked");
    unlock(&mut harness, PASSPHRASE);
    assert!(
        harness
            .query_by_label_contains("still hold text the journal could not take")
            .is_some()
            || harness
                .query_by_label_contains("still holds text the journal could not take")
                .is_some()
    );
    // Quitting now lists the kept date rather than dropping it.
    assert!(
        !harness.state_mut().on_close_requested(),
        "the kept date holds the quit"
    );
    harness.run();
    assert!(
        harness
            .query_by_label("Some text is not in your journal yet")
            .is_some()
    );
    assert!(harness.query_all_by_label_contains("2026-13-40").count() > 0);
}
