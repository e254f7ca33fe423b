//! Encrypted journals on disk (SPEC §5): round trips, wrong passphrases, damaged and cut files,
//! backups and restore, passphrase changes and removal — and that no plain text of the journal
//! ever reaches the folder.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::too_many_lines,
    reason = "tests fail loudly on purpose"
)]

use std::fs;
use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, Utc};
use kintsugi::demo::{self, DemoOptions};
use kintsugi::model::{CheckInInput, Journal};
use kintsugi::storage::encryption::container;
use kintsugi::storage::{
    self, BackupsOnEncrypt, EncryptionError, JournalKey, JournalStore, KeyCost, StorageError,
    Unlock,
};
use proptest::prelude::*;
use secrecy::SecretString;

mod common;
use common::journal_parts;

/// Tests derive keys with a small scrypt work factor; the app and the commands use about a
/// second's worth (measured in `benches/storage.rs`).
const FAST: KeyCost = KeyCost::WorkFactor(8);
const MARKER: &str = "Quokka-marker-in-a-private-note";

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn secret(text: &str) -> SecretString {
    SecretString::from(text.to_owned())
}

fn temp_journal() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.ron");
    (dir, path)
}

/// A year of demo journal whose newest check-in's note holds [`MARKER`].
fn marked_journal(note_suffix: &str) -> Journal {
    let mut journal = demo::generate(DemoOptions {
        years: 1,
        seed: 5,
        end: day(2026, 11, 28),
    });
    let last = journal.check_ins().last().unwrap().clone();
    let input = CheckInInput {
        note: format!("{MARKER} {note_suffix}"),
        ..CheckInInput::from_check_in(&last)
    };
    journal
        .upsert_check_in(last.date, &input, day(2026, 11, 28), Utc::now())
        .unwrap();
    journal
}

/// An encrypted journal at `path` holding `journal`, with passphrase "first passphrase".
fn encrypted_store(path: &Path, journal: &Journal) -> JournalStore {
    let (mut store, _) = JournalStore::open(path).unwrap();
    let key = JournalKey::create(&secret("first passphrase"), FAST).unwrap();
    store
        .encrypt(journal, key, BackupsOnEncrypt::Encrypt)
        .unwrap();
    store
}

/// Every file under `dir`, recursively.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push(path);
        }
    }
    files.sort();
    files
}

fn contains(bytes: &[u8], needle: &[u8]) -> bool {
    bytes.windows(needle.len()).any(|window| window == needle)
}

/// No file under `dir` holds the journal's text in the clear.
fn assert_no_plain_text(dir: &Path) {
    let files = files_under(dir);
    assert!(!files.is_empty());
    for file in files {
        let bytes = fs::read(&file).unwrap();
        if file
            .file_name()
            .unwrap()
            .to_string_lossy()
            .ends_with(".lock")
        {
            assert!(bytes.is_empty(), "the lock file holds nothing");
            continue;
        }
        assert!(
            container::is_container(&bytes),
            "{} is not encrypted",
            file.display()
        );
        for needle in [MARKER.as_bytes(), b"format_version", b"check_ins"] {
            assert!(
                !contains(&bytes, needle),
                "{} holds plain text",
                file.display()
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    #[test]
    fn any_journal_encrypted_saved_and_unlocked_is_equal(parts in journal_parts(), passphrase in "\\PC{8,40}") {
        let Ok(journal) = Journal::from_parts(parts) else { return Ok(()) };
        let (_dir, path) = temp_journal();
        let (mut store, _) = JournalStore::open(&path).unwrap();
        let key = JournalKey::create(&secret(&passphrase), FAST).unwrap();
        store.encrypt(&Journal::default(), key, BackupsOnEncrypt::Encrypt).unwrap();
        store.save(&journal, day(2026, 1, 1)).unwrap();
        drop(store);
        let plain_load = storage::load(&path);
        prop_assert!(matches!(plain_load, Err(StorageError::Encrypted { .. })), "plain load");
        let (loaded, key) = storage::load_with(&path, Unlock::Passphrase(&secret(&passphrase))).unwrap();
        prop_assert_eq!(&loaded, &journal);
        prop_assert!(key.is_some());
        let (store, reopened) = JournalStore::open_with(&path, Unlock::Passphrase(&secret(&passphrase))).unwrap();
        prop_assert!(store.is_encrypted());
        prop_assert_eq!(reopened, journal);
    }
}

#[test]
fn saves_and_backups_of_an_encrypted_journal_hold_no_plain_text_and_stay_owner_only() {
    let (dir, path) = temp_journal();
    let mut store = encrypted_store(&path, &marked_journal("day one"));
    // Three days of saves make daily backups; an event backup too.
    for (n, date) in [day(2026, 11, 26), day(2026, 11, 27), day(2026, 11, 28)]
        .into_iter()
        .enumerate()
    {
        store
            .save(&marked_journal(&format!("save {n}")), date)
            .unwrap();
    }
    let event = store
        .back_up_before("import", day(2026, 11, 28), "101500")
        .unwrap();
    assert!(event.is_some());
    assert_eq!(storage::list_backups(&path).len(), 4);
    assert_no_plain_text(dir.path());
    for file in files_under(dir.path()) {
        let mode = fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", file.display());
    }
    // Each backup opens with the journal's key and is an earlier version.
    let key = store.key().unwrap().clone();
    for (_, backup) in storage::list_backups(&path) {
        let (journal, _) = storage::load_with(&backup, Unlock::Key(&key)).unwrap();
        assert!(journal.check_ins().last().unwrap().note.starts_with(MARKER));
    }
}

#[test]
fn a_wrong_passphrase_is_said_and_nothing_is_written() {
    let (dir, path) = temp_journal();
    drop(encrypted_store(&path, &marked_journal("x")));
    let before = fs::read(&path).unwrap();
    let files = files_under(dir.path());
    let error = JournalStore::open_with(&path, Unlock::Passphrase(&secret("second passphrase")))
        .unwrap_err();
    assert!(
        matches!(
            &error,
            StorageError::Encryption {
                cause: EncryptionError::WrongPassphrase,
                ..
            }
        ),
        "{error}"
    );
    assert!(error.needs_passphrase());
    assert!(!error.is_unreadable_content());
    assert!(error.to_string().contains("wrong passphrase"));
    assert!(error.to_string().contains("journal.ron"));
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(files_under(dir.path()), files);
    // Without anything to unlock it, the journal says it is encrypted.
    let error = JournalStore::open(&path).unwrap_err();
    assert!(matches!(error, StorageError::Encrypted { .. }), "{error}");
    assert!(error.to_string().contains("passphrase is needed"));
}

#[test]
fn every_sampled_flipped_byte_is_detected_as_damage_and_nothing_is_written() {
    let (dir, path) = temp_journal();
    drop(encrypted_store(&path, &marked_journal("flips")));
    let good = fs::read(&path).unwrap();
    let preamble_len = good.len() - container::parse(&good).unwrap().body.len();
    // Every byte of the preamble (magic, recipient, wrapped key, checksum), the body's age
    // header, and a spread of the body's payload up to its last byte.
    let mut indices: Vec<usize> = (0..preamble_len + 300).collect();
    let step = (good.len() - preamble_len) / 150;
    indices.extend((preamble_len + 300..good.len()).step_by(step.max(1)));
    indices.push(good.len() - 1);
    let mut checked = 0;
    for index in indices {
        let mut damaged = good.clone();
        damaged[index] ^= 0x20;
        fs::write(&path, &damaged).unwrap();
        let files = files_under(dir.path());
        let error = JournalStore::open_with(&path, Unlock::Passphrase(&secret("first passphrase")))
            .map(|_| ())
            .expect_err(&format!("a flip at byte {index} went unnoticed"));
        assert!(
            error.is_unreadable_content(),
            "byte {index} of {}: {error}",
            good.len()
        );
        if index >= preamble_len {
            assert!(
                error.to_string().contains("damaged or changed"),
                "byte {index}: {error}"
            );
        }
        assert_eq!(
            fs::read(&path).unwrap(),
            damaged,
            "byte {index}: the file was written"
        );
        assert_eq!(
            files_under(dir.path()),
            files,
            "byte {index}: a file was added"
        );
        checked += 1;
    }
    assert!(checked > 500, "only {checked} flips checked");
}

#[test]
fn a_truncated_encrypted_journal_is_damaged_not_a_wrong_passphrase() {
    let (_dir, path) = temp_journal();
    drop(encrypted_store(&path, &marked_journal("cut")));
    let good = fs::read(&path).unwrap();
    for keep in [10, 40, 200, good.len() / 2, good.len() - 17, good.len() - 1] {
        fs::write(&path, &good[..keep]).unwrap();
        let error = storage::load_with(&path, Unlock::Passphrase(&secret("first passphrase")))
            .map(|_| ())
            .unwrap_err();
        assert!(error.is_unreadable_content(), "cut at {keep}: {error}");
        assert!(error.to_string().contains("journal.ron"), "{error}");
    }
}

#[test]
fn encrypting_encrypts_the_existing_backups_or_deletes_them() {
    for policy in [BackupsOnEncrypt::Encrypt, BackupsOnEncrypt::Delete] {
        let (dir, path) = temp_journal();
        let (mut store, _) = JournalStore::open(&path).unwrap();
        for (n, date) in [day(2026, 11, 26), day(2026, 11, 27), day(2026, 11, 28)]
            .into_iter()
            .enumerate()
        {
            store
                .save(&marked_journal(&format!("plain {n}")), date)
                .unwrap();
        }
        store
            .back_up_before("import", day(2026, 11, 28), "090000")
            .unwrap();
        assert_eq!(storage::list_backups(&path).len(), 3);
        let key = JournalKey::create(&secret("first passphrase"), FAST).unwrap();
        let report = store
            .encrypt(&marked_journal("encrypted"), key, policy)
            .unwrap();
        assert!(report.failures.is_empty(), "{:?}", report.failures);
        match policy {
            BackupsOnEncrypt::Encrypt => {
                assert_eq!(report.rewritten, 3);
                assert_eq!(storage::list_backups(&path).len(), 3);
                let key = store.key().unwrap().clone();
                let (oldest, _) =
                    storage::load_with(&storage::list_backups(&path)[0].1, Unlock::Key(&key))
                        .unwrap();
                assert!(oldest.check_ins().last().unwrap().note.ends_with("plain 0"));
            }
            BackupsOnEncrypt::Delete => {
                assert_eq!(report.deleted, 3);
                assert!(storage::list_backups(&path).is_empty());
            }
        }
        assert_no_plain_text(dir.path());
        assert!(matches!(
            store.encrypt(
                &marked_journal("again"),
                JournalKey::create(&secret("x y z w v"), FAST).unwrap(),
                policy
            ),
            Err(StorageError::AlreadyEncrypted { .. })
        ));
    }
}

#[test]
fn a_plain_copy_left_by_an_interrupted_encryption_is_encrypted_at_the_next_open() {
    let (dir, path) = temp_journal();
    // As if the app died between writing the journal (which says that copies are left to
    // seal) and converting its copies.
    let mut key = JournalKey::create(&secret("first passphrase"), FAST).unwrap();
    key.set_copies_pending(true);
    let sealed = key
        .seal(storage::encode(&marked_journal("now")).unwrap().as_bytes())
        .unwrap();
    fs::write(&path, sealed).unwrap();
    let backups = storage::backup_dir(&path);
    fs::create_dir_all(&backups).unwrap();
    let plain = storage::encode(&marked_journal("left behind")).unwrap();
    fs::write(backups.join("journal-2026-11-20.ron"), &plain).unwrap();
    fs::write(
        dir.path().join("journal.ron.unreadable-20261120-101010"),
        &plain,
    )
    .unwrap();
    let (store, _) =
        JournalStore::open_with(&path, Unlock::Passphrase(&secret("first passphrase"))).unwrap();
    assert_no_plain_text(dir.path());
    assert!(
        !store.key().unwrap().copies_pending(),
        "the job is marked done"
    );
    let (_, reopened) = storage::load_with(&path, Unlock::Key(store.key().unwrap())).unwrap();
    assert!(!reopened.unwrap().copies_pending());
    let (left, _) = storage::load_with(
        &backups.join("journal-2026-11-20.ron"),
        Unlock::Key(store.key().unwrap()),
    )
    .unwrap();
    assert!(
        left.check_ins()
            .last()
            .unwrap()
            .note
            .ends_with("left behind")
    );
}

#[test]
fn an_encrypted_backup_restores_and_a_plain_one_is_encrypted_on_the_way_in() {
    let (dir, path) = temp_journal();
    let mut store = encrypted_store(&path, &marked_journal("monday"));
    store
        .save(&marked_journal("tuesday"), day(2026, 11, 27))
        .unwrap();
    let key = store.key().unwrap().clone();
    drop(store);
    let (_, backup) = storage::newest_backup(&path).unwrap();
    let set_aside = storage::restore_backup(&path, &backup, "20261128-120000", Some(&key))
        .unwrap()
        .unwrap();
    let (restored, _) =
        storage::load_with(&path, Unlock::Passphrase(&secret("first passphrase"))).unwrap();
    assert!(
        restored
            .check_ins()
            .last()
            .unwrap()
            .note
            .ends_with("monday")
    );
    // The set-aside file is the encrypted journal as it was.
    assert!(container::is_container(&fs::read(&set_aside).unwrap()));
    // A plain backup (from before encryption, say) comes in encrypted.
    let plain_backup = dir.path().join("plain-copy.ron");
    fs::write(
        &plain_backup,
        storage::encode(&marked_journal("plain")).unwrap(),
    )
    .unwrap();
    storage::restore_backup(&path, &plain_backup, "20261128-120001", Some(&key)).unwrap();
    let (restored, _) = storage::load_with(&path, Unlock::Key(&key)).unwrap();
    assert!(restored.check_ins().last().unwrap().note.ends_with("plain"));
    fs::remove_file(&plain_backup).unwrap();
    assert_no_plain_text(dir.path());
}

#[test]
fn a_changed_passphrase_opens_the_journal_and_its_backups_and_the_old_one_does_not() {
    let (dir, path) = temp_journal();
    let mut store = encrypted_store(&path, &marked_journal("a"));
    store.save(&marked_journal("b"), day(2026, 11, 27)).unwrap();
    store.save(&marked_journal("c"), day(2026, 11, 28)).unwrap();
    store.check_passphrase(&secret("first passphrase")).unwrap();
    assert!(store.check_passphrase(&secret("wrong passphrase")).is_err());
    // Someone kept a copy of the journal from before the change (a synced folder's history).
    let old_copy = fs::read(&path).unwrap();
    let old_recipient = store.key().unwrap().recipient();
    let new_key = store
        .key()
        .unwrap()
        .successor(&secret("second passphrase"), FAST)
        .unwrap();
    let report = store
        .change_passphrase(&marked_journal("c"), new_key)
        .unwrap();
    assert_eq!(report.rewritten, 2);
    assert!(report.failures.is_empty());
    // The key changed, and the journal no longer carries the old one.
    assert_ne!(store.key().unwrap().recipient(), old_recipient);
    assert_eq!(store.key().unwrap().previous_count(), 0);
    store.save(&marked_journal("d"), day(2026, 11, 28)).unwrap();
    drop(store);
    // The old copy with the old passphrase gives the old key, which opens nothing written
    // since the change.
    let old_key = JournalKey::unlock(&old_copy, &secret("first passphrase")).unwrap();
    assert_eq!(old_key.recipient(), old_recipient);
    assert!(matches!(
        storage::load_with(&path, Unlock::Key(&old_key)),
        Err(StorageError::Encryption {
            cause: EncryptionError::OtherKey,
            ..
        })
    ));
    for (_, backup) in storage::list_backups(&path) {
        assert!(storage::load_with(&backup, Unlock::Key(&old_key)).is_err());
    }
    let mut files = vec![path.clone()];
    files.extend(
        storage::list_backups(&path)
            .into_iter()
            .map(|(_, path)| path),
    );
    assert_eq!(files.len(), 3);
    for file in &files {
        assert!(storage::load_with(file, Unlock::Passphrase(&secret("second passphrase"))).is_ok());
        let old = storage::load_with(file, Unlock::Passphrase(&secret("first passphrase")))
            .map(|_| ())
            .unwrap_err();
        assert!(old.needs_passphrase(), "{}: {old}", file.display());
    }
    assert_no_plain_text(dir.path());
}

#[test]
fn removing_encryption_writes_the_journal_and_its_backups_in_plain_text() {
    let (_dir, path) = temp_journal();
    let mut store = encrypted_store(&path, &marked_journal("a"));
    store.save(&marked_journal("b"), day(2026, 11, 28)).unwrap();
    let report = store.remove_encryption(&marked_journal("b")).unwrap();
    assert_eq!(report.rewritten, 1);
    assert!(!store.is_encrypted());
    store.save(&marked_journal("c"), day(2026, 11, 28)).unwrap();
    drop(store);
    let journal = storage::load(&path).unwrap();
    assert!(journal.check_ins().last().unwrap().note.ends_with(" c"));
    for (_, backup) in storage::list_backups(&path) {
        assert!(storage::load(&backup).is_ok(), "{}", backup.display());
    }
}

#[test]
fn a_file_larger_than_any_journal_is_refused_before_it_is_read() {
    let (_dir, path) = temp_journal();
    let file = fs::File::create(&path).unwrap();
    // Sparse: no disk space is used.
    file.set_len(storage::MAX_JOURNAL_BYTES as u64 + 1).unwrap();
    let error = storage::load(&path).unwrap_err();
    assert!(matches!(error, StorageError::TooLarge { .. }), "{error}");
    assert!(error.is_unreadable_content());
    assert_eq!(
        fs::metadata(&path).unwrap().len(),
        storage::MAX_JOURNAL_BYTES as u64 + 1
    );
}

/// What anyone with write access to the folder can do: encrypt a journal of their own to the
/// public recipient in the preamble and splice it after the unchanged preamble.
fn forge(file: &[u8], forged_ron: &str) -> Vec<u8> {
    use std::io::Write as _;
    let parts = container::parse(file).unwrap();
    let recipient: age::x25519::Recipient = parts.recipient.parse().unwrap();
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .unwrap();
    let mut body = Vec::new();
    let mut writer = encryptor.wrap_output(&mut body).unwrap();
    writer.write_all(forged_ron.as_bytes()).unwrap();
    writer.finish().unwrap();
    // Its own save counter and a MAC it has to guess: it does not have the key.
    container::assemble(parts.preamble, parts.save + 1, false, b"", &body, |_| {
        [0x5a; 32]
    })
}

#[test]
fn a_forged_body_spliced_after_the_preamble_is_refused_and_never_written_over() {
    let (_dir, path) = temp_journal();
    let store = encrypted_store(&path, &marked_journal("real"));
    drop(store);
    let real = fs::read(&path).unwrap();
    let forged_ron = storage::encode(&marked_journal("forged")).unwrap();
    let forged = forge(&real, &forged_ron);
    fs::write(&path, &forged).unwrap();
    let error = JournalStore::open_with(&path, Unlock::Passphrase(&secret("first passphrase")))
        .map(|_| ())
        .unwrap_err();
    assert!(error.is_unreadable_content(), "{error}");
    assert!(error.to_string().contains("damaged or changed"), "{error}");
    assert!(error.to_string().contains("MAC"), "{error}");
    assert_eq!(fs::read(&path).unwrap(), forged, "the file was touched");
    // The same forgery laid out as format 1 (no MAC, an unkeyed checksum anyone can compute)
    // is refused too: the key inside says it was made for format 2.
    let parts = container::parse(&real).unwrap();
    let mut downgraded = container::preamble_of_format(1, parts.recipient, parts.wrapped_key);
    let forged_parts = container::parse(&forged).unwrap();
    downgraded.extend_from_slice(forged_parts.body);
    fs::write(&path, &downgraded).unwrap();
    let error = storage::load_with(&path, Unlock::Passphrase(&secret("first passphrase")))
        .map(|_| ())
        .unwrap_err();
    assert!(error.is_unreadable_content(), "{error}");
    assert_eq!(fs::read(&path).unwrap(), downgraded);
}

#[test]
fn an_older_save_of_the_same_journal_shows_its_lower_save_counter() {
    let (_dir, path) = temp_journal();
    let mut store = encrypted_store(&path, &marked_journal("a"));
    store.save(&marked_journal("b"), day(2026, 11, 28)).unwrap();
    let older = fs::read(&path).unwrap();
    store.save(&marked_journal("c"), day(2026, 11, 28)).unwrap();
    store.save(&marked_journal("d"), day(2026, 11, 28)).unwrap();
    let newest = store.key().unwrap().save_counter();
    drop(store);
    let newer = fs::read(&path).unwrap();
    // The old file put back: authentic, so it opens, but its counter gives it away.
    fs::write(&path, &older).unwrap();
    let (journal, key) =
        storage::load_with(&path, Unlock::Passphrase(&secret("first passphrase"))).unwrap();
    assert!(journal.check_ins().last().unwrap().note.ends_with(" b"));
    assert_eq!(key.unwrap().save_counter() + 2, newest);
    // The old body spliced into the newer file (to keep its counter) breaks the MAC.
    let newer_parts = container::parse(&newer).unwrap();
    let older_parts = container::parse(&older).unwrap();
    let spliced = container::assemble(
        newer_parts.preamble,
        newer_parts.save,
        newer_parts.copies_pending,
        newer_parts.previous_keys,
        older_parts.body,
        |_| newer_parts.tag.as_ref().unwrap().mac,
    );
    fs::write(&path, &spliced).unwrap();
    assert!(
        storage::load_with(&path, Unlock::Passphrase(&secret("first passphrase")))
            .unwrap_err()
            .is_unreadable_content()
    );
}

#[test]
fn a_format_1_journal_written_by_the_previous_release_opens_and_is_upgraded_on_save() {
    let (_dir, path) = temp_journal();
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/encrypted/format-1.ron");
    fs::copy(&fixture, &path).unwrap();
    assert_eq!(
        container::parse(&fs::read(&path).unwrap()).unwrap().format,
        1
    );
    let passphrase = secret("format one passphrase");
    let (mut store, journal) =
        JournalStore::open_with(&path, Unlock::Passphrase(&passphrase)).unwrap();
    assert_eq!(journal.check_ins().count(), 2);
    assert_eq!(
        journal.check_ins().next().unwrap().note,
        "Format one fixture note"
    );
    assert_eq!(store.key().unwrap().save_counter(), 0);
    store.save(&journal, day(2026, 12, 4)).unwrap();
    drop(store);
    let upgraded = fs::read(&path).unwrap();
    let parts = container::parse(&upgraded).unwrap();
    assert_eq!((parts.format, parts.save), (2, 1));
    assert!(parts.tag.is_some());
    let (reopened, _) = storage::load_with(&path, Unlock::Passphrase(&passphrase)).unwrap();
    assert_eq!(reopened, journal);
}
