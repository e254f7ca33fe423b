//! A locked journal against a passer-by, a failing disk and stale windows (kittest): Ctrl+Z and
//! Enter at the unlock screen bring nothing back; passphrase fields leave no state behind; a
//! read-only journal locks; a lock whose save fails hides the journal all the same; dialogs and
//! toasts of one journal never act on another; an older or decrypted journal is flagged.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::too_many_lines,
    reason = "tests fail loudly on purpose"
)]

use std::path::Path;
use std::time::Duration;

use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use kintsugi::app::secret_field::{self, SecretField};
use kintsugi::app::{AppCommand, KintsugiApp, OpenedWarning, ProtectionTask, UiPreferences};
use kintsugi::session::SaveState;
use kintsugi::storage::{self, JournalStore, Unlock};

mod common;
use common::encrypted_app::{
    PASSPHRASE, command, encrypt_from_the_menu, harness_at, on_disk_is_encrypted, plain_journal,
    quit, secret, type_field, unlock,
};
use common::today;

fn lock(harness: &mut Harness<'_, KintsugiApp>) {
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    harness.run();
    assert!(harness.state().unlock_screen().is_some(), "locked");
}

fn field_text(harness: &Harness<'_, KintsugiApp>) -> String {
    harness
        .get_by_role_and_label(Role::PasswordInput, "Passphrase")
        .value()
        .unwrap_or_default()
}

/// What a passer-by tries: Ctrl+Z (and Ctrl+Shift+Z, Ctrl+Y) in the field, then Enter.
fn try_undo_and_enter(harness: &mut Harness<'_, KintsugiApp>) {
    let attempts = harness.state().unlock_screen().unwrap().attempts();
    harness
        .get_by_role_and_label(Role::PasswordInput, "Passphrase")
        .focus();
    harness.run();
    for _ in 0..3 {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        harness.run();
    }
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    harness.run();
    assert_eq!(field_text(harness), "", "Ctrl+Z brought text back");
    harness.key_press(egui::Key::Enter);
    harness.run();
    std::thread::sleep(Duration::from_millis(50));
    harness.run();
    let screen = harness.state().unlock_screen().expect("still locked");
    assert_eq!(screen.attempts(), attempts, "Enter tried an unlock");
    assert!(harness.state().session().is_none());
}

#[test]
fn ctrl_z_and_enter_at_a_locked_screen_bring_nothing_back() {
    let (_dir, path) = plain_journal();
    let clock = common::clock_at(today().and_hms_opt(10, 0, 0).unwrap());
    let mut harness = harness_at(&path, clock.clone());
    harness.state_mut().remember(UiPreferences {
        idle_lock_minutes: Some(5),
        ..UiPreferences::default()
    });
    encrypt_from_the_menu(&mut harness);
    lock(&mut harness);
    unlock(&mut harness, PASSPHRASE);
    assert!(harness.state().session().is_some(), "unlocked");
    assert!(
        !secret_field::has_state(&harness.ctx, SecretField::Unlock),
        "the hidden field left its state in egui's memory"
    );
    // Ctrl+L.
    lock(&mut harness);
    try_undo_and_enter(&mut harness);

    // A wrong attempt: the field is wiped, and its text does not come back either.
    unlock(&mut harness, "lantern river wrong");
    assert!(
        harness
            .state()
            .unlock_screen()
            .unwrap()
            .problem()
            .unwrap()
            .contains("Wrong passphrase")
    );
    assert_eq!(harness.state().unlock_screen().unwrap().typed(), "");
    try_undo_and_enter(&mut harness);

    // The idle lock, on the hand-moved clock.
    unlock(&mut harness, PASSPHRASE);
    assert!(harness.state().session().is_some());
    clock.advance(Duration::from_mins(6));
    harness.step();
    harness.run();
    assert!(harness.state().unlock_screen().is_some(), "idle lock");
    try_undo_and_enter(&mut harness);
}

#[test]
fn the_protection_dialog_fields_forget_what_was_typed() {
    let (_dir, path) = plain_journal();
    let mut harness = harness_at(&path, common::clock());
    encrypt_from_the_menu(&mut harness);
    command(
        &mut harness,
        AppCommand::OpenProtection(ProtectionTask::ChangePassphrase),
    );
    type_field(&mut harness, "Current passphrase", PASSPHRASE);
    type_field(&mut harness, "New passphrase", "second lantern river");
    harness.get_by_label("Close window").click();
    harness.run();
    for field in [SecretField::Current, SecretField::New, SecretField::Repeat] {
        assert!(
            !secret_field::has_state(&harness.ctx, field),
            "{field:?} kept its state after the dialog closed"
        );
    }
    command(
        &mut harness,
        AppCommand::OpenProtection(ProtectionTask::ChangePassphrase),
    );
    for label in ["Current passphrase", "New passphrase"] {
        harness
            .get_by_role_and_label(Role::PasswordInput, label)
            .focus();
        harness.run();
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        harness.run();
        assert_eq!(
            harness
                .get_by_role_and_label(Role::PasswordInput, label)
                .value()
                .unwrap_or_default(),
            "",
            "{label}: Ctrl+Z brought the passphrase back"
        );
    }
}

#[test]
fn a_journal_unlocked_read_only_keeps_its_key_locks_and_saves_encrypted_copies() {
    let (dir, path) = plain_journal();
    let mut harness = harness_at(&path, common::clock());
    encrypt_from_the_menu(&mut harness);
    quit(&mut harness);
    drop(harness);
    // Another window holds the journal.
    let (other_window, _) =
        JournalStore::open_with(&path, Unlock::Passphrase(&secret(PASSPHRASE))).unwrap();
    let mut harness = harness_at(&path, common::clock());
    if harness.state().unlock_screen().is_none() {
        command(&mut harness, AppCommand::OpenReadOnly(path.clone()));
    }
    assert!(
        harness
            .state()
            .unlock_screen()
            .unwrap()
            .read_only()
            .is_some()
    );
    unlock(&mut harness, PASSPHRASE);
    {
        let session = harness.state().session().expect("open read-only").clone();
        let session = session.lock();
        assert!(!session.is_editable());
        assert!(session.is_encrypted(), "the read-only journal lost its key");
    }
    let copy = dir.path().join("copy.ron");
    command(&mut harness, AppCommand::SaveCopyTo(copy.clone()));
    assert!(on_disk_is_encrypted(&copy), "a copy of it is encrypted");
    command(&mut harness, AppCommand::OpenExportData);
    assert!(
        harness
            .query_by_label_contains("this export is not")
            .is_some()
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    lock(&mut harness);
    assert!(harness.state().session().is_none());
    assert!(
        harness
            .state()
            .unlock_screen()
            .unwrap()
            .read_only()
            .is_some()
    );
    drop(other_window);
}

/// Makes the journal's folder unwritable for anyone, root included: the folder is moved away
/// and a file takes its name. Returns a function that puts it back.
fn break_the_folder(path: &Path) -> impl FnOnce() {
    let folder = path.parent().unwrap().to_owned();
    let away = folder.with_extension("away");
    std::fs::rename(&folder, &away).unwrap();
    std::fs::write(&folder, b"not a folder").unwrap();
    move || {
        std::fs::remove_file(&folder).unwrap();
        std::fs::rename(&away, &folder).unwrap();
    }
}

#[test]
fn a_lock_whose_save_fails_hides_the_journal_all_the_same_and_saves_later() {
    let outer = tempfile::tempdir().unwrap();
    let folder = outer.path().join("journal-folder");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("journal.ron");
    {
        let (dir, plain) = plain_journal();
        std::fs::copy(&plain, &path).unwrap();
        drop(dir);
    }
    let clock = common::clock_at(today().and_hms_opt(10, 0, 0).unwrap());
    let mut harness = harness_at(&path, clock.clone());
    harness.state_mut().remember(UiPreferences {
        idle_lock_minutes: Some(5),
        ..UiPreferences::default()
    });
    encrypt_from_the_menu(&mut harness);
    common::type_into(&mut harness, Role::MultilineTextInput, "Note", " and toast");
    let put_back = break_the_folder(&path);
    clock.advance(Duration::from_mins(6));
    harness.step();
    harness.run();
    // Locked anyway: nothing of the journal shows.
    assert!(harness.state().unlock_screen().is_some(), "failed open");
    assert!(harness.state().session().is_none());
    assert!(harness.query_by_label_contains("Marmalade").is_none());
    assert!(
        harness
            .query_by_label_contains("kept in memory and will be saved")
            .is_some()
    );
    // No toast per frame while it keeps failing.
    let toasts = harness
        .query_all_by_label_contains("could not be saved")
        .count();
    for _ in 0..5 {
        clock.advance(Duration::from_secs(1));
        harness.step();
    }
    harness.run();
    assert!(
        harness
            .query_all_by_label_contains("could not be saved")
            .count()
            <= toasts
    );
    // Unlocked while the folder is still gone: the changes are there, the save bar says so.
    unlock(&mut harness, PASSPHRASE);
    let note = common::in_memory(&harness)
        .check_in(today())
        .unwrap()
        .note
        .clone();
    assert_eq!(note, "Marmalade marker and toast");
    assert!(matches!(
        harness.state().session().unwrap().lock().save_state(),
        SaveState::Failed(_)
    ));
    // Locked again, the folder comes back: the retry writes the changes and drops the journal.
    lock(&mut harness);
    put_back();
    clock.advance(Duration::from_mins(6));
    harness.step();
    harness.run();
    let (journal, _) = storage::load_with(&path, Unlock::Passphrase(&secret(PASSPHRASE))).unwrap();
    assert_eq!(
        journal.check_in(today()).unwrap().note,
        "Marmalade marker and toast"
    );
    assert!(
        harness
            .query_by_label_contains("kept in memory and will be saved")
            .is_none()
    );
    unlock(&mut harness, PASSPHRASE);
    assert!(harness.state().session().is_some());
}

#[test]
fn dialogs_and_undo_toasts_of_one_journal_never_act_on_another() {
    let (_dir_a, journal_a) = plain_journal();
    let (_dir_b, journal_b) = plain_journal();
    let mut harness = harness_at(&journal_a, common::clock());
    // An undoable change in A, and its toast's Undo.
    command(&mut harness, AppCommand::DeleteCheckIn(today()));
    let step_a = harness
        .state()
        .session()
        .unwrap()
        .lock()
        .last_step()
        .unwrap();
    // Encrypt prepared for A, then B is opened before it is applied.
    command(
        &mut harness,
        AppCommand::OpenProtection(ProtectionTask::Encrypt),
    );
    assert!(harness.state().protection_is_open());
    command(&mut harness, AppCommand::OpenJournal(journal_b.clone()));
    assert!(
        !harness.state().protection_is_open(),
        "A's dialog stayed open"
    );
    assert!(
        harness.query_by_label("Undo").is_none(),
        "A's Undo toast stayed"
    );
    // A change in B, then A's stale step asked for: nothing in B is undone.
    common::type_into(&mut harness, Role::MultilineTextInput, "Note", " in B");
    command(&mut harness, AppCommand::UndoStep(step_a));
    assert_eq!(
        common::in_memory(&harness).check_in(today()).unwrap().note,
        "Marmalade marker in B"
    );
    assert!(!on_disk_is_encrypted(&journal_b));
}

#[test]
fn an_encrypt_prepared_for_one_journal_is_never_applied_to_the_next() {
    let (_dir_a, journal_a) = plain_journal();
    let (_dir_b, journal_b) = plain_journal();
    let mut harness = harness_at(&journal_a, common::clock());
    command(
        &mut harness,
        AppCommand::OpenProtection(ProtectionTask::Encrypt),
    );
    type_field(&mut harness, "New passphrase", PASSPHRASE);
    type_field(&mut harness, "Repeat new passphrase", PASSPHRASE);
    harness
        .get_by_role_and_label(Role::Button, "Encrypt")
        .click();
    // The key derivation is under way; B is opened before it ends.
    harness
        .state_mut()
        .request(AppCommand::OpenJournal(journal_b.clone()));
    harness.step();
    for _ in 0..50 {
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    harness.run();
    assert!(
        !on_disk_is_encrypted(&journal_b),
        "A's Encrypt was applied to B"
    );
    assert!(!harness.state().session().unwrap().lock().is_encrypted());
    assert!(!on_disk_is_encrypted(&journal_a));
}

#[test]
fn an_older_or_decrypted_copy_in_place_of_the_journal_is_flagged() {
    let (_dir, path) = plain_journal();
    let mut harness = harness_at(&path, common::clock());
    encrypt_from_the_menu(&mut harness);
    let older = std::fs::read(&path).unwrap();
    common::type_into(&mut harness, Role::MultilineTextInput, "Note", " and more");
    command(&mut harness, AppCommand::SaveNow);
    quit(&mut harness);
    let preferences = harness.state().preferences();
    drop(harness);
    assert!(!preferences.encrypted_journals.is_empty());

    // An older save put back in its place (a sync client, or someone else).
    let newer = std::fs::read(&path).unwrap();
    std::fs::write(&path, &older).unwrap();
    let mut harness = harness_at(&path, common::clock());
    harness.state_mut().remember(preferences.clone());
    unlock(&mut harness, PASSPHRASE);
    assert!(matches!(
        harness.state().opened_warning(),
        Some(OpenedWarning::Rollback { .. })
    ));
    assert!(
        harness
            .query_by_label_contains("older than the one you last opened here")
            .is_some()
    );
    quit(&mut harness);
    drop(harness);

    // The newer one back: no warning.
    std::fs::write(&path, &newer).unwrap();
    let mut harness = harness_at(&path, common::clock());
    harness.state_mut().remember(preferences.clone());
    unlock(&mut harness, PASSPHRASE);
    assert_eq!(harness.state().opened_warning(), None);
    quit(&mut harness);
    drop(harness);

    // A plain journal where the encrypted one was.
    let (_plain_dir, plain) = plain_journal();
    std::fs::copy(&plain, &path).unwrap();
    let mut harness = harness_at(&path, common::clock());
    harness.state_mut().remember(preferences);
    assert_eq!(
        harness.state().opened_warning(),
        Some(&OpenedWarning::Downgrade)
    );
    harness.run();
    harness.get_by_label("Encrypt it again…").click();
    harness.run();
    assert!(harness.state().protection_is_open(), "one click to encrypt");
}

#[test]
fn a_backup_sealed_with_another_key_asks_for_its_own_passphrase() {
    let (dir, path) = plain_journal();
    let mut harness = harness_at(&path, common::clock());
    encrypt_from_the_menu(&mut harness);
    // A backup from before a change of passphrase (another key, another passphrase).
    let older = tempfile::tempdir().unwrap();
    let older_path = older.path().join("journal.ron");
    let (mut store, mut journal) = JournalStore::open(&older_path).unwrap();
    let input = kintsugi::model::CheckInInput {
        ratings: kintsugi::model::Ratings::default(),
        note: "Written under the older key".to_owned(),
        tags: vec![],
    };
    journal
        .upsert_check_in(today(), &input, today(), chrono::Utc::now())
        .unwrap();
    store
        .encrypt(
            &journal,
            kintsugi::storage::JournalKey::create(
                &secret("the older passphrase"),
                kintsugi::storage::KeyCost::WorkFactor(8),
            )
            .unwrap(),
            kintsugi::storage::BackupsOnEncrypt::Encrypt,
        )
        .unwrap();
    drop(store);
    let backups = dir.path().join("backups");
    std::fs::create_dir_all(&backups).unwrap();
    std::fs::copy(&older_path, backups.join("journal-2026-11-01.ron")).unwrap();

    command(&mut harness, AppCommand::OpenRestore);
    harness
        .get_by_role_and_label(Role::Button, "Restore")
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("sealed with another key")
            .is_some()
    );
    type_field(&mut harness, "Its passphrase", "not the older one");
    harness.get_by_label("Restore with it").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("not this backup's passphrase")
            .is_some()
    );
    assert_eq!(
        common::in_memory(&harness).check_in(today()).unwrap().note,
        "Marmalade marker"
    );
    type_field(&mut harness, "Its passphrase", "the older passphrase");
    harness.get_by_label("Restore with it").click();
    harness.run();
    assert_eq!(
        common::in_memory(&harness).check_in(today()).unwrap().note,
        "Written under the older key"
    );
    command(&mut harness, AppCommand::SaveNow);
    // Saved under the journal's own key, as everything it writes.
    let (saved, _) = storage::load_with(&path, Unlock::Passphrase(&secret(PASSPHRASE))).unwrap();
    assert_eq!(
        saved.check_in(today()).unwrap().note,
        "Written under the older key"
    );
}
