//! Encryption at rest with age: a random X25519 key per journal, its secret half wrapped with
//! the user's passphrase (age's scrypt recipient, under a second of work), and the journal
//! encrypted to its public half on every save — so the slow key derivation runs once per
//! unlock, never per save. The layout of the file is in [`container`].

pub mod container;
mod strength;

use std::io::{Read, Write};
use std::iter;

use age::secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

pub use container::{ContainerError, is_container};
pub use strength::{MIN_PASSPHRASE_CHARS, PassphraseStrength, passphrase_strength};

/// The highest scrypt work factor (N = 2^21: 2 GiB of memory, several seconds here) an unlock
/// accepts, so that a hostile file cannot ask for hours of work and tens of GiB. Files this
/// build writes use [`tuned_work_factor`]: 2^18 on this kind of machine, 0.7 s.
pub const MAX_WORK_FACTOR: u8 = 21;

/// How much work the passphrase's key derivation takes when a key is wrapped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KeyCost {
    /// Tuned on this machine to the most work that stays under about a second
    /// ([`tuned_work_factor`]).
    #[default]
    Tuned,
    /// N = 2^n (tests and fuzzing use small ones; never the app or the commands).
    WorkFactor(u8),
}

/// The fewest and most scrypt work a tuned key takes (2^16 = 64 MiB, 2^21 = 2 GiB): a slow
/// machine still makes guessing costly, a fast one stays within what an unlock accepts.
const TUNED_WORK_FACTORS: (u8, u8) = (16, MAX_WORK_FACTOR);

/// How long the key derivation of a tuned key may take at most.
const TUNED_TARGET: std::time::Duration = std::time::Duration::from_secs(1);

/// The largest scrypt work factor whose derivation stays under [`TUNED_TARGET`] here. Age's own
/// tuning times N = 2^10, which fits in the processor's cache and so underestimates the real
/// cost of the memory-bound large N: it picks 2^20 on this 2-core machine, about 3 s per
/// unlock. This times N = 2^14 (16 MiB, already memory-bound) and doubles from there.
pub fn tuned_work_factor() -> u8 {
    const PROBE: u8 = 14;
    let mut probe = age::scrypt::Recipient::new(SecretString::from(String::from("probe")));
    probe.set_work_factor(PROBE);
    let started = std::time::Instant::now();
    if age::encrypt(&probe, b"").is_err() {
        return 18;
    }
    let mut cost = started.elapsed().max(std::time::Duration::from_micros(1));
    let mut log_n = PROBE;
    while log_n < TUNED_WORK_FACTORS.1 && cost * 2 <= TUNED_TARGET {
        log_n += 1;
        cost *= 2;
    }
    log_n.clamp(TUNED_WORK_FACTORS.0, TUNED_WORK_FACTORS.1)
}

/// Why an encrypted journal could not be opened or written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EncryptionError {
    /// The passphrase does not unwrap the journal's key (the key itself is intact).
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// The file is not intact: a byte was changed, or it was cut short.
    #[error("cannot be decrypted: damaged or changed ({0})")]
    Damaged(String),
    /// Written by a newer Kintsugi.
    #[error("written by a newer Kintsugi ({0}); update Kintsugi to open it")]
    NewerFormat(String),
    /// The file is encrypted with another key than the one unlocked.
    #[error("encrypted with another passphrase than this journal's")]
    OtherKey,
    /// The decrypted journal is larger than any journal could be.
    #[error("the decrypted journal is larger than {limit} bytes")]
    TooLarge {
        /// The cap that was hit.
        limit: usize,
    },
    /// The file asks for more key-derivation work than this build allows.
    #[error(
        "the file asks for a key derivation of 2^{required} (this build allows up to 2^{MAX_WORK_FACTOR})"
    )]
    ExcessiveWork {
        /// The file's work factor.
        required: u8,
    },
    /// Encrypting failed (it does not, short of running out of memory).
    #[error("could not encrypt: {0}")]
    Encrypt(String),
}

impl From<ContainerError> for EncryptionError {
    fn from(error: ContainerError) -> Self {
        match error {
            ContainerError::NewerFormat(version) => {
                EncryptionError::NewerFormat(format!("encrypted format {version}"))
            }
            other => EncryptionError::Damaged(other.to_string()),
        }
    }
}

/// An unlocked journal key: what is needed to read and write one encrypted journal. Its secret
/// half is wiped from memory when it is dropped (x25519-dalek's `StaticSecret` zeroizes).
#[derive(Clone)]
pub struct JournalKey {
    identity: age::x25519::Identity,
    recipient: age::x25519::Recipient,
    /// The preamble written before every body (recipient, wrapped secret, checksum).
    preamble: Vec<u8>,
}

impl std::fmt::Debug for JournalKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JournalKey")
            .field("recipient", &self.recipient.to_string())
            .finish_non_exhaustive()
    }
}

impl JournalKey {
    /// A new random key, wrapped with `passphrase` (the slow step, about a second with
    /// [`KeyCost::Tuned`]).
    pub fn create(passphrase: &SecretString, cost: KeyCost) -> Result<JournalKey, EncryptionError> {
        Self::wrap(age::x25519::Identity::generate(), passphrase, cost)
    }

    /// The same key wrapped with another passphrase (files keep their bodies; only the
    /// preamble changes).
    pub fn with_passphrase(
        &self,
        passphrase: &SecretString,
        cost: KeyCost,
    ) -> Result<JournalKey, EncryptionError> {
        Self::wrap(self.identity.clone(), passphrase, cost)
    }

    fn wrap(
        identity: age::x25519::Identity,
        passphrase: &SecretString,
        cost: KeyCost,
    ) -> Result<JournalKey, EncryptionError> {
        let log_n = match cost {
            KeyCost::Tuned => tuned_work_factor(),
            KeyCost::WorkFactor(log_n) => log_n.clamp(1, MAX_WORK_FACTOR),
        };
        let mut scrypt = age::scrypt::Recipient::new(passphrase.clone());
        scrypt.set_work_factor(log_n);
        let secret = identity.to_string();
        let wrapped = age::encrypt(&scrypt, secret.expose_secret().as_bytes())
            .map_err(|error| EncryptionError::Encrypt(error.to_string()))?;
        let recipient = identity.to_public();
        let preamble = container::preamble(&recipient.to_string(), &wrapped);
        Ok(JournalKey {
            identity,
            recipient,
            preamble,
        })
    }

    /// Unwraps the key of an encrypted file with `passphrase` (the slow step). A file whose
    /// layout or checksum is broken is `Damaged`; an intact key that does not open is a
    /// `WrongPassphrase`.
    pub fn unlock(file: &[u8], passphrase: &SecretString) -> Result<JournalKey, EncryptionError> {
        Self::unlock_with_limit(file, passphrase, MAX_WORK_FACTOR)
    }

    /// [`JournalKey::unlock`] with a lower cap on the work factor (fuzzing keeps every run fast).
    pub fn unlock_with_limit(
        file: &[u8],
        passphrase: &SecretString,
        max_work_factor: u8,
    ) -> Result<JournalKey, EncryptionError> {
        let parts = container::parse(file)?;
        let mut scrypt = age::scrypt::Identity::new(passphrase.clone());
        scrypt.set_max_work_factor(max_work_factor.min(MAX_WORK_FACTOR));
        let secret = decrypt_capped(&scrypt, parts.wrapped_key, container::MAX_WRAPPED_KEY)
            .map_err(|error| match error {
                Failure::Age(
                    age::DecryptError::DecryptionFailed
                    | age::DecryptError::KeyDecryptionFailed
                    | age::DecryptError::NoMatchingKeys,
                ) => EncryptionError::WrongPassphrase,
                Failure::Age(age::DecryptError::ExcessiveWork { required, .. }) => {
                    EncryptionError::ExcessiveWork { required }
                }
                other => EncryptionError::Damaged(format!("the key: {other}")),
            })?;
        let text = std::str::from_utf8(&secret)
            .map_err(|_| EncryptionError::Damaged("the key is not text".to_owned()))?;
        let identity: age::x25519::Identity = text
            .trim()
            .parse()
            .map_err(|_| EncryptionError::Damaged("the key is not an age key".to_owned()))?;
        if identity.to_public().to_string() != parts.recipient {
            return Err(EncryptionError::Damaged(
                "the key does not match the file's recipient".to_owned(),
            ));
        }
        Ok(JournalKey {
            recipient: identity.to_public(),
            identity,
            // The file's own preamble, byte for byte: everything before the body.
            preamble: file[..file.len() - parts.body.len()].to_vec(),
        })
    }

    /// The key's public half (`age1…`), which the file shows in its preamble.
    pub fn recipient(&self) -> String {
        self.recipient.to_string()
    }

    /// True when `file` is an encrypted journal of this key (whichever passphrase wraps it).
    pub fn owns(&self, file: &[u8]) -> bool {
        container::parse(file).is_ok_and(|parts| parts.recipient == self.recipient())
    }

    /// Encrypts `plaintext` into a whole file: this key's preamble, then the body.
    pub fn seal(&self, plaintext: &[u8]) -> Result<Vec<u8>, EncryptionError> {
        let encryptor = age::Encryptor::with_recipients(iter::once(&self.recipient as _))
            .map_err(|error| EncryptionError::Encrypt(error.to_string()))?;
        let mut file = Vec::with_capacity(self.preamble.len() + plaintext.len() + 256);
        file.extend_from_slice(&self.preamble);
        let mut writer = encryptor
            .wrap_output(&mut file)
            .map_err(|error| EncryptionError::Encrypt(error.to_string()))?;
        writer
            .write_all(plaintext)
            .and_then(|()| writer.finish().map(|_| ()))
            .map_err(|error| EncryptionError::Encrypt(error.to_string()))?;
        Ok(file)
    }

    /// Decrypts a whole file of this key; refuses bodies that would decrypt to more than
    /// `limit` bytes (checked while reading, so nothing larger is ever held).
    pub fn open(&self, file: &[u8], limit: usize) -> Result<Zeroizing<Vec<u8>>, EncryptionError> {
        let parts = container::parse(file)?;
        if parts.recipient != self.recipient() {
            return Err(EncryptionError::OtherKey);
        }
        decrypt_capped(&self.identity, parts.body, limit).map_err(|error| match error {
            Failure::TooLarge => EncryptionError::TooLarge { limit },
            other @ Failure::Age(_) => EncryptionError::Damaged(format!("the journal: {other}")),
        })
    }

    /// The same file under this key's current preamble (after a passphrase change): the body
    /// is kept byte for byte. Files of another key are refused.
    pub fn rewrap_file(&self, file: &[u8]) -> Result<Vec<u8>, EncryptionError> {
        let parts = container::parse(file)?;
        if parts.recipient != self.recipient() {
            return Err(EncryptionError::OtherKey);
        }
        Ok([self.preamble.as_slice(), parts.body].concat())
    }
}

/// What went wrong inside one age decryption.
#[derive(Debug)]
enum Failure {
    Age(age::DecryptError),
    TooLarge,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Age(error) => write!(f, "{error}"),
            Failure::TooLarge => write!(f, "too large"),
        }
    }
}

fn decrypt_capped(
    identity: &dyn age::Identity,
    file: &[u8],
    limit: usize,
) -> Result<Zeroizing<Vec<u8>>, Failure> {
    let decryptor = age::Decryptor::new_buffered(file).map_err(Failure::Age)?;
    let reader = decryptor
        .decrypt(iter::once(identity))
        .map_err(Failure::Age)?;
    let mut plaintext = Zeroizing::new(Vec::new());
    reader
        .take(limit as u64 + 1)
        .read_to_end(&mut plaintext)
        .map_err(|error| Failure::Age(age::DecryptError::Io(error)))?;
    if plaintext.len() > limit {
        return Err(Failure::TooLarge);
    }
    Ok(plaintext)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passphrase(text: &str) -> SecretString {
        SecretString::from(text.to_owned())
    }

    const FAST: KeyCost = KeyCost::WorkFactor(4);

    #[test]
    fn a_sealed_file_opens_with_its_key_and_unlocks_with_its_passphrase() {
        let key = JournalKey::create(&passphrase("correct horse"), FAST).expect("key");
        let file = key.seal(b"(format_version: 1)").expect("sealed");
        assert!(is_container(&file));
        assert!(!file.windows(14).any(|window| window == b"format_version"));
        assert_eq!(
            key.open(&file, 1024).expect("opens").as_slice(),
            b"(format_version: 1)"
        );
        let unlocked = JournalKey::unlock(&file, &passphrase("correct horse")).expect("unlocks");
        assert_eq!(unlocked.recipient(), key.recipient());
        assert_eq!(
            JournalKey::unlock(&file, &passphrase("wrong horse")).map(|_| ()),
            Err(EncryptionError::WrongPassphrase)
        );
        assert_eq!(
            key.open(&file, 5).map(|_| ()),
            Err(EncryptionError::TooLarge { limit: 5 })
        );
    }

    #[test]
    fn a_new_passphrase_keeps_the_key_and_opens_rewrapped_files() {
        let key = JournalKey::create(&passphrase("first one"), FAST).expect("key");
        let file = key.seal(b"journal").expect("sealed");
        let changed = key
            .with_passphrase(&passphrase("second one"), FAST)
            .expect("rewrapped");
        let rewrapped = changed.rewrap_file(&file).expect("same key");
        assert!(JournalKey::unlock(&rewrapped, &passphrase("second one")).is_ok());
        assert_eq!(
            JournalKey::unlock(&rewrapped, &passphrase("first one")).map(|_| ()),
            Err(EncryptionError::WrongPassphrase)
        );
        assert_eq!(
            changed.open(&rewrapped, 100).expect("opens").as_slice(),
            b"journal"
        );
        let other = JournalKey::create(&passphrase("first one"), FAST).expect("key");
        assert_eq!(
            other.open(&file, 100).map(|_| ()),
            Err(EncryptionError::OtherKey)
        );
        assert!(!other.owns(&file));
        assert!(key.owns(&file));
    }

    #[test]
    fn a_file_asking_for_too_much_work_is_refused_before_any_work() {
        let key =
            JournalKey::create(&passphrase("pass phrase"), KeyCost::WorkFactor(12)).expect("key");
        let file = key.seal(b"journal").expect("sealed");
        assert_eq!(
            JournalKey::unlock_with_limit(&file, &passphrase("pass phrase"), 10).map(|_| ()),
            Err(EncryptionError::ExcessiveWork { required: 12 })
        );
    }
}
