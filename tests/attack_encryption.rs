//! An attacker's review of the encrypted journal (format 2): each test plays one attack. The
//! ones that pass show an attack that fails; the ones that fail show a hole.
//!
//! The attacker can write to the journal's folder (a sync client, another account, a shared
//! disk) and may know an old passphrase; they never know the current one.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::too_many_lines,
    reason = "tests fail loudly on purpose"
)]

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use chrono::{NaiveDate, Utc};
use kintsugi::app::{AppCommand, OpenedWarning};
use kintsugi::model::{CheckInInput, Journal, Rating, Ratings};
use kintsugi::storage::encryption::container;
use kintsugi::storage::{
    self, BackupsOnEncrypt, EncryptionError, JournalKey, JournalStore, KeyCost, Unlock,
};
use secrecy::SecretString;

mod common;
use common::encrypted_app::{PASSPHRASE, command, encrypt_from_the_menu, harness_at, unlock};

const FAST: KeyCost = KeyCost::WorkFactor(8);
const OWNER: &str = "first passphrase";
const FORGED_NOTE: &str = "Written by the attacker";

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn secret(text: &str) -> SecretString {
    SecretString::from(text.to_owned())
}

fn journal_with_note(note: &str) -> Journal {
    let mut journal = Journal::default();
    let input = CheckInInput {
        ratings: Ratings {
            mood: Some(Rating::saturating(6)),
            ..Ratings::default()
        },
        note: note.to_owned(),
        tags: vec![],
    };
    journal
        .upsert_check_in(day(2026, 11, 20), &input, day(2026, 11, 28), Utc::now())
        .unwrap();
    journal
}

fn forged_ron() -> String {
    storage::encode(&journal_with_note(FORGED_NOTE)).unwrap()
}

fn note_of(journal: &Journal) -> String {
    journal.check_in(day(2026, 11, 20)).unwrap().note.clone()
}

/// A folder with an encrypted `journal.ron` (passphrase [`OWNER`]) and its store.
fn encrypted_journal() -> (tempfile::TempDir, PathBuf, JournalStore, Journal) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    let journal = journal_with_note("Written by the owner");
    let (mut store, _) = JournalStore::open(&path).unwrap();
    let key = JournalKey::create(&secret(OWNER), FAST).unwrap();
    let report = store
        .encrypt(&journal, key, BackupsOnEncrypt::Encrypt)
        .unwrap();
    assert!(report.failures.is_empty());
    (dir, path, store, journal)
}

/// An age file of `plaintext` to the public recipient a container shows: what anyone can make.
fn encrypt_to_public_recipient(recipient: &str, plaintext: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let recipient: age::x25519::Recipient = recipient.parse().unwrap();
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .unwrap();
    let mut body = Vec::new();
    let mut writer = encryptor.wrap_output(&mut body).unwrap();
    writer.write_all(plaintext).unwrap();
    writer.finish().unwrap();
    body
}

/// A format 1 file (no MAC) with the real preamble of `file` (its wrapped key, which says
/// "min format 2" inside) and a body of the attacker's: only public parts and an unkeyed
/// checksum are needed.
fn format_1_forgery(file: &[u8]) -> Vec<u8> {
    let parts = container::parse(file).unwrap();
    let mut forged = container::preamble_of_format(1, parts.recipient, parts.wrapped_key);
    forged.extend_from_slice(&encrypt_to_public_recipient(
        parts.recipient,
        forged_ron().as_bytes(),
    ));
    forged
}

fn plant_backup(path: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let backups = storage::backup_dir(path);
    fs::create_dir_all(&backups).unwrap();
    let planted = backups.join(name);
    fs::write(&planted, bytes).unwrap();
    planted
}

// --- Forgery --------------------------------------------------------------------------------

/// The README says a forgery dressed up as format 1 fails because the key says "format 2"
/// inside. That check lives only in `JournalKey::unlock`: a key already in memory
/// (`Unlock::Key`, which the restore dialog uses for every backup) opens the forgery without
/// any MAC.
#[test]
fn a_format_1_forgery_is_refused_by_the_key_in_memory_too() {
    let (_dir, path, store, _) = encrypted_journal();
    let real = fs::read(&path).unwrap();
    let planted = plant_backup(&path, "journal-2026-11-27.ron", &format_1_forgery(&real));
    // The passphrase refuses it (the documented defence)…
    assert!(storage::load_with(&planted, Unlock::Passphrase(&secret(OWNER))).is_err());
    // …the restore dialog's way of opening a backup must refuse it too.
    let opened = storage::load_with(&planted, Unlock::Key(store.key().unwrap()));
    assert!(
        opened.is_err(),
        "a format 1 forgery opened with the key in memory: {:?}",
        opened.map(|(journal, _)| note_of(&journal))
    );
}

/// Before a change of passphrase, a format 1 forgery under the current key is planted among
/// the backups; the change re-seals every copy under the old key with `reseal_copy`, which
/// checks no MAC on format 1: the forgery comes out as an authentic copy under the new key.
#[test]
fn a_change_of_passphrase_does_not_launder_a_format_1_forgery() {
    let (_dir, path, mut store, journal) = encrypted_journal();
    let real = fs::read(&path).unwrap();
    let planted = plant_backup(&path, "journal-2026-11-27.ron", &format_1_forgery(&real));
    let next = store
        .key()
        .unwrap()
        .successor(&secret("second passphrase"), FAST)
        .unwrap();
    let _report = store.change_passphrase(&journal, next).unwrap();
    drop(store);
    let after = fs::read(&planted).unwrap();
    let laundered = storage::load_with(&planted, Unlock::Passphrase(&secret("second passphrase")));
    assert!(
        !laundered.is_ok_and(|(journal, _)| note_of(&journal) == FORGED_NOTE),
        "the forgery is now a MAC'd copy under the new key (format {})",
        container::parse(&after).map_or(0, |parts| parts.format)
    );
}

/// A plain file planted in `backups/` beside an encrypted journal (no key needed at all) is
/// sealed with the journal's key by the next open (`protect_copies`, meant to finish an
/// encryption a crash interrupted): from then on it is an authentic, MAC'd backup that the
/// restore dialog offers and restores without a word.
#[test]
fn a_plain_file_planted_in_backups_is_not_sealed_into_an_authentic_backup() {
    let (_dir, path, store, _) = encrypted_journal();
    drop(store);
    let planted = plant_backup(&path, "journal-2026-11-27.ron", forged_ron().as_bytes());
    let (store, journal) =
        JournalStore::open_with(&path, Unlock::Passphrase(&secret(OWNER))).unwrap();
    assert_eq!(note_of(&journal), "Written by the owner");
    let key = store.key().unwrap().clone();
    drop(store);
    let after = fs::read(&planted).unwrap();
    let authentic = container::is_container(&after)
        && storage::load_with(&planted, Unlock::Key(&key))
            .is_ok_and(|(journal, _)| note_of(&journal) == FORGED_NOTE);
    assert!(
        !authentic,
        "the planted plain file became a backup sealed and MAC'd with the journal's key"
    );
}

/// The attacker knows the old passphrase (why it was changed). A directory planted under a
/// copy's name makes every re-seal fail, so the change never finishes and the journal keeps
/// carrying the old key; a backup then forged with the old key (authentic under it) is re-sealed
/// under the new key by the next open.
#[test]
fn an_old_passphrase_cannot_plant_a_backup_after_the_change() {
    let (dir, path, mut store, journal) = encrypted_journal();
    let before_change = fs::read(&path).unwrap();
    fs::create_dir(dir.path().join("journal.ron.unreadable-x")).unwrap();
    let next = store
        .key()
        .unwrap()
        .successor(&secret("second passphrase"), FAST)
        .unwrap();
    // The planted directory is no copy: it neither blocks the change nor is touched.
    let report = store.change_passphrase(&journal, next).unwrap();
    assert!(report.failures.is_empty(), "{:?}", report.failures);
    assert!(dir.path().join("journal.ron.unreadable-x").is_dir());
    drop(store);
    // After the change: the attacker forges with the old key, which they can unwrap.
    let mut old_key = JournalKey::unlock(&before_change, &secret(OWNER)).unwrap();
    let forged = old_key.seal(forged_ron().as_bytes()).unwrap();
    let planted = plant_backup(&path, "journal-2026-11-27.ron", &forged);
    let (store, _) =
        JournalStore::open_with(&path, Unlock::Passphrase(&secret("second passphrase"))).unwrap();
    assert_eq!(
        store.key().unwrap().previous_count(),
        0,
        "the old key is dropped"
    );
    drop(store);
    let laundered = storage::load_with(&planted, Unlock::Passphrase(&secret("second passphrase")));
    assert!(
        !laundered.is_ok_and(|(journal, _)| note_of(&journal) == FORGED_NOTE),
        "a backup forged with the old passphrase after the change is now sealed with the new key"
    );
}

/// Passes: a previous-keys block spliced into an authentic file breaks its MAC before the block
/// is decrypted (the order of the checks is right).
#[test]
fn an_injected_previous_keys_block_is_refused_by_the_mac_first() {
    let (_dir, path, store, _) = encrypted_journal();
    let real = fs::read(&path).unwrap();
    let parts = container::parse(&real).unwrap();
    let attacker = age::x25519::Identity::generate();
    let block = encrypt_to_public_recipient(
        parts.recipient,
        format!(
            "{}\n",
            secrecy::ExposeSecret::expose_secret(&attacker.to_string())
        )
        .as_bytes(),
    );
    let tag = parts.tag.as_ref().unwrap().mac;
    let injected = container::assemble(
        parts.preamble,
        parts.save,
        false,
        &block,
        parts.body,
        |_| tag,
    );
    let key = store.key().unwrap();
    assert!(matches!(
        key.open_file(&injected, storage::MAX_JOURNAL_BYTES),
        Err(EncryptionError::Damaged(message)) if message.contains("MAC")
    ));
    fs::write(&path, &injected).unwrap();
    drop(store);
    let error = JournalStore::open_with(&path, Unlock::Passphrase(&secret(OWNER)))
        .map(|_| ())
        .unwrap_err();
    assert!(error.is_unreadable_content(), "{error}");
}

/// Passes: lengths at the edges, cut and extended files never panic and never open.
#[test]
fn edited_lengths_cut_and_extended_files_are_refused() {
    let (_dir, path, store, _) = encrypted_journal();
    let real = fs::read(&path).unwrap();
    let key = store.key().unwrap();
    let parts = container::parse(&real).unwrap();
    let body_line = format!("body-length {}\n", parts.body.len());
    let at = real
        .windows(body_line.len())
        .position(|window| window == body_line.as_bytes())
        .unwrap();
    for length in [
        "0".to_owned(),
        (parts.body.len() - 1).to_string(),
        (parts.body.len() + 1).to_string(),
        u64::MAX.to_string(),
        "18446744073709551616".to_owned(),
        "+1".to_owned(),
        " 1".to_owned(),
    ] {
        let mut edited = real[..at].to_vec();
        edited.extend_from_slice(format!("body-length {length}\n").as_bytes());
        edited.extend_from_slice(&real[at + body_line.len()..]);
        assert!(key.open_file(&edited, storage::MAX_JOURNAL_BYTES).is_err());
        assert!(storage::decode_file(&path, &edited, Unlock::Key(key)).is_err());
    }
    for end in (0..real.len()).step_by(7) {
        assert!(storage::decode_file(&path, &real[..end], Unlock::Key(key)).is_err());
    }
    let mut longer = real.clone();
    longer.extend_from_slice(b"mac 00\n");
    assert!(storage::decode_file(&path, &longer, Unlock::Key(key)).is_err());
    let huge_save = {
        let line = format!("save {}\n", parts.save);
        let at = real
            .windows(line.len())
            .position(|window| window == line.as_bytes())
            .unwrap();
        let mut edited = real[..at].to_vec();
        edited.extend_from_slice(format!("save {}\n", u64::MAX).as_bytes());
        edited.extend_from_slice(&real[at + line.len()..]);
        edited
    };
    assert!(storage::decode_file(&path, &huge_save, Unlock::Key(key)).is_err());
}

// --- Plain text and silent downgrades --------------------------------------------------------

/// The journal is damaged (one byte: "damaged or changed") and a plain backup is planted as
/// the newest. The broken screen's "Restore the newest backup" copies it in as it is
/// (`restore_backup(…, None)`), forgets what the window remembered of the journal, and opens a
/// plain journal: no downgrade warning, and every save from now on is plain text.
#[test]
fn restoring_the_newest_backup_never_turns_an_encrypted_journal_plain_silently() {
    let (dir, path) = common::encrypted_app::plain_journal();
    let mut harness = harness_at(&path, common::clock());
    encrypt_from_the_menu(&mut harness);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::L);
    harness.run();
    assert!(harness.state().unlock_screen().is_some(), "locked");

    let mut damaged = fs::read(&path).unwrap();
    let index = damaged.len() - 100;
    damaged[index] ^= 0x01;
    fs::write(&path, &damaged).unwrap();
    let backups = dir.path().join("backups");
    let _ = fs::remove_dir_all(&backups);
    plant_backup(&path, "journal-2026-11-27.ron", forged_ron().as_bytes());

    unlock(&mut harness, PASSPHRASE);
    let broken = harness.state().broken().expect("the broken screen");
    assert!(broken.reason().contains("damaged or changed"));
    command(&mut harness, AppCommand::RestoreNewestBackup(path.clone()));

    let encrypted = container::is_container(&fs::read(&path).unwrap());
    let warned = harness.state().opened_warning() == Some(&OpenedWarning::Downgrade);
    assert!(
        encrypted || warned,
        "the encrypted journal is now a plain journal (shown: {:?}), with no warning",
        harness
            .state()
            .session()
            .map(|session| note_of(session.lock().journal()))
    );
}

// --- Hostile files that hang ----------------------------------------------------------------

/// A named pipe planted in `backups/`: every open of the encrypted journal reads the first
/// bytes of each copy (`starts_encrypted`), and opening a pipe blocks until someone writes to
/// it. The unlock hangs for good ("Unlocking…"), holding the writer lock.
#[test]
fn a_named_pipe_planted_in_backups_does_not_hang_the_unlock() {
    use std::os::unix::fs::OpenOptionsExt as _;
    let (_dir, path, store, _) = encrypted_journal();
    drop(store);
    let backups = storage::backup_dir(&path);
    fs::create_dir_all(&backups).unwrap();
    let pipe = backups.join("journal-2026-11-27.ron");
    // Made in-process: a child process would carry this binary's lock descriptors until it execs.
    let name = std::ffi::CString::new(pipe.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: `name` is a valid NUL-terminated path that outlives the call.
    #[allow(unsafe_code, reason = "mkfifo has no safe wrapper in std")]
    let made = unsafe { libc::mkfifo(name.as_ptr(), 0o600) };
    assert_eq!(made, 0, "mkfifo: {}", std::io::Error::last_os_error());
    let (sender, receiver) = mpsc::channel();
    let opening = path.clone();
    std::thread::spawn(move || {
        let opened = JournalStore::open_with(&opening, Unlock::Passphrase(&secret(OWNER)))
            .map(|(store, _)| store.is_encrypted());
        let _ = sender.send(opened.map_err(|error| error.to_string()));
    });
    let outcome = receiver.recv_timeout(Duration::from_secs(10));
    // Lets a blocked reader go (O_NONBLOCK: no wait when nobody reads).
    let _ = fs::OpenOptions::new()
        .write(true)
        .custom_flags(0o4000)
        .open(&pipe);
    assert!(
        outcome.is_ok(),
        "opening the encrypted journal still hangs after 10 s on a pipe in backups/"
    );
}
