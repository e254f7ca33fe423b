//! The entry points of the journal fuzz targets (`fuzz/`) and of the test that replays their
//! corpus: arbitrary bytes as a journal file, plain or encrypted. Each must return — never
//! panic, hang or allocate without bound.

use std::path::Path;

use age::secrecy::SecretString;

use super::{JournalKey, Unlock, decode_file};

/// The passphrase of the encrypted seeds, so that mutations reach past the key into the body.
pub const FUZZ_PASSPHRASE: &str = "fuzzing passphrase";

/// The highest scrypt work factor the encrypted target accepts (2^10: about a millisecond),
/// so that a mutated header cannot slow the fuzzer down; the app's own cap is
/// [`super::encryption::MAX_WORK_FACTOR`].
pub const FUZZ_MAX_WORK_FACTOR: u8 = 10;

/// A journal file as the app opens it, without a passphrase.
pub fn journal_file(bytes: &[u8]) {
    let _ = decode_file(Path::new("journal.ron"), bytes, Unlock::Nothing);
}

/// An encrypted journal file, opened with [`FUZZ_PASSPHRASE`]: the container's layout, the
/// wrapped key, the body and the journal inside.
pub fn encrypted_journal(bytes: &[u8]) {
    let passphrase = SecretString::from(FUZZ_PASSPHRASE.to_owned());
    let Ok(key) = JournalKey::unlock_with_limit(bytes, &passphrase, FUZZ_MAX_WORK_FACTOR) else {
        return;
    };
    // Decrypts the body (capped at the journal's size limit) and reads the journal inside.
    let _ = decode_file(Path::new("journal.ron"), bytes, Unlock::Key(&key));
}
