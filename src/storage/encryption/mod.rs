//! Encryption at rest with age: a random X25519 key per journal, its secret half wrapped with
//! the user's passphrase (age's scrypt recipient, under a second of work), and the journal
//! encrypted to its public half on every save — so the slow key derivation runs once per
//! unlock, never per save. The layout of the file is in [`container`].

pub mod container;
mod strength;
mod succession;

use std::io::{Read, Write};
use std::iter;

use age::secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

pub use container::{ContainerError, is_container};

use container::MAC_LEN;
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use sha2::Sha256;
pub use strength::{MIN_PASSPHRASE_CHARS, PassphraseStrength, passphrase_strength};
use succession::{PreviousKey, Succession};

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
/// half is wiped from memory when it is dropped (x25519-dalek's `StaticSecret` zeroizes), and
/// so is the MAC key derived from it.
#[derive(Clone)]
pub struct JournalKey {
    identity: age::x25519::Identity,
    recipient: age::x25519::Recipient,
    /// The secret half wrapped with the passphrase (age, scrypt), as the preamble carries it.
    wrapped_key: Vec<u8>,
    /// Authenticates every file sealed with this key; derived from the secret half, so only the
    /// passphrase holder has it.
    mac_key: Zeroizing<[u8; MAC_LEN]>,
    /// The oldest container format a file of this key may have: 2 for keys made since the
    /// MAC exists (a format 1 file of such a key is a forgery), 1 for older keys.
    min_format: u32,
    /// The save counter of the file this key last opened or sealed.
    saves: u64,
    /// True while an encryption has plain copies (backups) left to seal: carried in the file,
    /// so that only then does an open seal plain copies beside the journal.
    copies_pending: bool,
    /// Older keys of this journal and the copies (backups) under them that wait to be sealed
    /// with this one after a change of passphrase; carried inside every file this key seals
    /// until then.
    previous: Succession,
}

impl std::fmt::Debug for JournalKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JournalKey")
            .field("recipient", &self.recipient.to_string())
            .field("saves", &self.saves)
            .field("previous", &self.previous.keys.len())
            .finish_non_exhaustive()
    }
}

/// A file opened with a key: the plain text and what its container said.
pub struct Opened {
    /// The journal's RON text (wiped when dropped).
    pub plaintext: Zeroizing<Vec<u8>>,
    /// The file's save counter (0 for format 1).
    pub save: u64,
    /// The file's container format.
    pub format: u32,
    /// True when the file says an encryption has copies left to seal.
    pub copies_pending: bool,
    /// Older keys the file carries (see [`JournalKey::previous_count`]).
    previous: Succession,
}

impl JournalKey {
    /// A new random key, wrapped with `passphrase` (the slow step, about a second with
    /// [`KeyCost::Tuned`]).
    pub fn create(passphrase: &SecretString, cost: KeyCost) -> Result<JournalKey, EncryptionError> {
        Self::wrap(age::x25519::Identity::generate(), passphrase, cost)
    }

    /// A new random key for this journal, wrapped with a new `passphrase` (a change of
    /// passphrase): nothing sealed with it can be opened with this key or the old passphrase.
    /// It remembers this key (and the older ones this key still carries), so that copies sealed
    /// with them can be re-sealed, even by the next open after a crash.
    pub fn successor(
        &self,
        passphrase: &SecretString,
        cost: KeyCost,
    ) -> Result<JournalKey, EncryptionError> {
        let mut next = Self::create(passphrase, cost)?;
        next.saves = self.saves;
        next.copies_pending = self.copies_pending;
        next.previous.keys = std::iter::once(PreviousKey {
            identity: self.identity.clone(),
            min_format: self.min_format,
        })
        .chain(self.previous.keys.iter().cloned())
        .collect();
        next.previous.copies.clone_from(&self.previous.copies);
        Ok(next)
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
        // The secret half, and the oldest container format it may be found in: a key made by
        // this build is refused in a format 1 file (which has no MAC), so that nobody can pass
        // a forged body off as an old file.
        let payload = Zeroizing::new(format!(
            "{}\n{MIN_FORMAT_LINE}{}\n",
            identity.to_string().expose_secret(),
            container::CURRENT_FORMAT
        ));
        let wrapped_key = age::encrypt(&scrypt, payload.as_bytes())
            .map_err(|error| EncryptionError::Encrypt(error.to_string()))?;
        Ok(Self::from_parts(
            identity,
            wrapped_key,
            container::CURRENT_FORMAT,
        ))
    }

    fn from_parts(
        identity: age::x25519::Identity,
        wrapped_key: Vec<u8>,
        min_format: u32,
    ) -> JournalKey {
        JournalKey {
            recipient: identity.to_public(),
            mac_key: mac_key(&identity),
            identity,
            wrapped_key,
            min_format,
            saves: 0,
            copies_pending: false,
            previous: Succession::default(),
        }
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
        let (identity, min_format) =
            unwrap_identity(parts.wrapped_key, passphrase, max_work_factor)?;
        if identity.to_public().to_string() != parts.recipient {
            return Err(EncryptionError::Damaged(
                "the key does not match the file's recipient".to_owned(),
            ));
        }
        if parts.format < min_format {
            return Err(EncryptionError::Damaged(format!(
                "its key was made for format {min_format} but the file says format {}",
                parts.format
            )));
        }
        let mut key = Self::from_parts(identity, parts.wrapped_key.to_vec(), min_format);
        key.saves = parts.save;
        Ok(key)
    }

    /// Checks `passphrase` against this key as it is held in memory (the slow step), without
    /// reading any file: unlocking a journal whose latest changes wait to be written, even when
    /// its folder has gone.
    pub fn check_passphrase(&self, passphrase: &SecretString) -> Result<(), EncryptionError> {
        let (identity, _) = unwrap_identity(&self.wrapped_key, passphrase, MAX_WORK_FACTOR)?;
        if identity.to_public().to_string() == self.recipient() {
            Ok(())
        } else {
            Err(EncryptionError::OtherKey)
        }
    }

    /// The key's public half (`age1…`), which the file shows in its preamble.
    pub fn recipient(&self) -> String {
        self.recipient.to_string()
    }

    /// The save counter of the file this key last opened or sealed: it goes up by one with
    /// every save, so an older file of the same journal has a lower one (a rollback).
    pub fn save_counter(&self) -> u64 {
        self.saves
    }

    /// How many older keys this key still carries (copies under them wait to be re-sealed).
    pub fn previous_count(&self) -> usize {
        self.previous.keys.len()
    }

    /// True while an encryption has plain copies left to seal (see [`JournalKey::seal`]).
    pub fn copies_pending(&self) -> bool {
        self.copies_pending
    }

    /// Counts saves on from the higher of this key's count and `other`'s (the same journal
    /// saved on another computer), so that a merged save never looks older than either.
    pub fn count_saves_from(&mut self, other: &JournalKey) {
        self.saves = self.saves.max(other.saves);
    }

    /// Says, in every file sealed from now on, whether an encryption has copies left to seal.
    pub fn set_copies_pending(&mut self, pending: bool) {
        self.copies_pending = pending;
    }

    /// Lists the copies under the older keys that wait to be sealed with this one (their
    /// SHA-256, in every file sealed from now on): only those are ever re-sealed.
    pub fn list_copies_to_reseal<'a>(&mut self, copies: impl IntoIterator<Item = &'a [u8]>) {
        self.previous.copies = copies.into_iter().map(succession::digest).collect();
    }

    /// True when `file` is an encrypted journal of this key (whichever passphrase wraps it).
    pub fn owns(&self, file: &[u8]) -> bool {
        container::parse(file).is_ok_and(|parts| parts.recipient == self.recipient())
    }

    /// True when `file` is an encrypted journal of one of the older keys this key carries.
    pub fn owns_previous(&self, file: &[u8]) -> bool {
        container::parse(file).is_ok_and(|parts| self.previous.key_for(parts.recipient).is_some())
    }

    /// Encrypts `plaintext` into a whole file under this key: the preamble, the next save
    /// counter, the older keys still carried, the body and the MAC. The key's counter moves
    /// on to the file's.
    pub fn seal(&mut self, plaintext: &[u8]) -> Result<Vec<u8>, EncryptionError> {
        let save = self.saves.saturating_add(1);
        let file = self.seal_as(plaintext, save)?;
        self.saves = save;
        Ok(file)
    }

    /// Encrypts `plaintext` under this key with the given save counter (a copy re-sealed after
    /// a change of passphrase keeps its own).
    fn seal_as(&self, plaintext: &[u8], save: u64) -> Result<Vec<u8>, EncryptionError> {
        let body = encrypt_to(&self.recipient, plaintext)?;
        let previous = if self.previous.is_empty() {
            Vec::new()
        } else {
            encrypt_to(&self.recipient, self.previous.encode().as_bytes())?
        };
        let preamble = container::preamble(&self.recipient(), &self.wrapped_key);
        Ok(container::assemble(
            &preamble,
            save,
            self.copies_pending,
            &previous,
            &body,
            |covered| mac(&self.mac_key, covered),
        ))
    }

    /// Decrypts a whole file of this key, checking its MAC first; refuses bodies that would
    /// decrypt to more than `limit` bytes (checked while reading, so nothing larger is ever
    /// held).
    pub fn open(&self, file: &[u8], limit: usize) -> Result<Zeroizing<Vec<u8>>, EncryptionError> {
        self.open_file(file, limit).map(|opened| opened.plaintext)
    }

    /// [`JournalKey::open`], with what the container said besides the plain text.
    pub fn open_file(&self, file: &[u8], limit: usize) -> Result<Opened, EncryptionError> {
        let parts = container::parse(file)?;
        if parts.recipient != self.recipient() {
            return Err(EncryptionError::OtherKey);
        }
        open_parts(
            &self.identity,
            &self.mac_key,
            self.min_format,
            &parts,
            limit,
        )
    }

    /// Takes over what an opened file said: its save counter, whether copies are left to seal,
    /// and the older keys it carries.
    pub fn adopt(&mut self, opened: &Opened) {
        self.saves = opened.save;
        self.copies_pending = opened.copies_pending;
        self.previous.clone_from(&opened.previous);
    }

    /// Decrypts a file of this key or of one of the older keys it carries.
    pub fn open_any(&self, file: &[u8], limit: usize) -> Result<Opened, EncryptionError> {
        let parts = container::parse(file)?;
        if parts.recipient == self.recipient() {
            return open_parts(
                &self.identity,
                &self.mac_key,
                self.min_format,
                &parts,
                limit,
            );
        }
        let previous = self
            .previous
            .key_for(parts.recipient)
            .ok_or(EncryptionError::OtherKey)?;
        let key = mac_key(&previous.identity);
        open_parts(&previous.identity, &key, previous.min_format, &parts, limit)
    }

    /// A copy sealed with one of the older keys, sealed again with this one (keeping its own
    /// save counter). Only the copies listed when the change began are: others, and copies of
    /// this key or of an unknown key, are refused.
    pub fn reseal_copy(&self, file: &[u8], limit: usize) -> Result<Vec<u8>, EncryptionError> {
        if !self.previous.lists(file) {
            return Err(EncryptionError::Damaged(
                "not one of the journal's copies when its passphrase was changed".to_owned(),
            ));
        }
        let opened = self.open_any(file, limit)?;
        if self.owns(file) {
            return Err(EncryptionError::OtherKey);
        }
        self.seal_as(&opened.plaintext, opened.save)
    }

    /// Forgets the older keys and the copies listed under them, once the change is done.
    pub fn forget_previous(&mut self) {
        self.previous = Succession::default();
    }
}

/// The line of a wrapped key's payload that names the oldest container format the key may be
/// found in (keys wrapped before format 2 have none).
const MIN_FORMAT_LINE: &str = "kintsugi-min-format ";

/// Unwraps a key with `passphrase` (the slow step): the identity, and the oldest container
/// format it may be found in.
fn unwrap_identity(
    wrapped_key: &[u8],
    passphrase: &SecretString,
    max_work_factor: u8,
) -> Result<(age::x25519::Identity, u32), EncryptionError> {
    let mut scrypt = age::scrypt::Identity::new(passphrase.clone());
    scrypt.set_max_work_factor(max_work_factor.min(MAX_WORK_FACTOR));
    let secret =
        decrypt_capped(&scrypt, wrapped_key, container::MAX_WRAPPED_KEY).map_err(|error| {
            match error {
                Failure::Age(
                    age::DecryptError::DecryptionFailed
                    | age::DecryptError::KeyDecryptionFailed
                    | age::DecryptError::NoMatchingKeys,
                ) => EncryptionError::WrongPassphrase,
                Failure::Age(age::DecryptError::ExcessiveWork { required, .. }) => {
                    EncryptionError::ExcessiveWork { required }
                }
                other => EncryptionError::Damaged(format!("the key: {other}")),
            }
        })?;
    let text = std::str::from_utf8(&secret)
        .map_err(|_| EncryptionError::Damaged("the key is not text".to_owned()))?;
    let mut lines = text.lines();
    let identity: age::x25519::Identity = lines
        .next()
        .unwrap_or_default()
        .trim()
        .parse()
        .map_err(|_| EncryptionError::Damaged("the key is not an age key".to_owned()))?;
    let min_format = lines
        .find_map(|line| line.strip_prefix(MIN_FORMAT_LINE))
        .map_or(Ok(1), |number| number.trim().parse::<u32>())
        .map_err(|_| EncryptionError::Damaged("the key's format line is damaged".to_owned()))?;
    Ok((identity, min_format))
}

/// Opens the parts of a container with `identity`: the MAC first (format 2), then the older
/// keys, then the body.
fn open_parts(
    identity: &age::x25519::Identity,
    mac_key: &[u8; MAC_LEN],
    min_format: u32,
    parts: &container::Container<'_>,
    limit: usize,
) -> Result<Opened, EncryptionError> {
    if parts.format < min_format {
        return Err(EncryptionError::Damaged(format!(
            "its key was made for format {min_format} but the file says format {}",
            parts.format
        )));
    }
    match &parts.tag {
        Some(tag) => {
            let mut check = <Hmac<Sha256> as Mac>::new_from_slice(mac_key)
                .map_err(|error| EncryptionError::Encrypt(error.to_string()))?;
            check.update(tag.covered);
            check.verify_slice(&tag.mac).map_err(|_| {
                EncryptionError::Damaged(
                    "the file was not sealed with this journal's key (its MAC does not match)"
                        .to_owned(),
                )
            })?;
        }
        None if parts.format >= 2 => {
            return Err(EncryptionError::Damaged("the MAC is missing".to_owned()));
        }
        None => {}
    }
    let previous = if parts.previous_keys.is_empty() {
        Succession::default()
    } else {
        let text = decrypt_capped(identity, parts.previous_keys, container::MAX_PREVIOUS_KEYS)
            .map_err(|error| EncryptionError::Damaged(format!("the older keys: {error}")))?;
        let text = std::str::from_utf8(&text)
            .map_err(|_| EncryptionError::Damaged("the older keys are not text".to_owned()))?;
        Succession::decode(text)?
    };
    let plaintext = decrypt_capped(identity, parts.body, limit).map_err(|error| match error {
        Failure::TooLarge => EncryptionError::TooLarge { limit },
        other @ Failure::Age(_) => EncryptionError::Damaged(format!("the journal: {other}")),
    })?;
    Ok(Opened {
        plaintext,
        save: parts.save,
        format: parts.format,
        copies_pending: parts.copies_pending,
        previous,
    })
}

/// The MAC key of an identity: HKDF-SHA-256 of its secret half, bound to its public half.
fn mac_key(identity: &age::x25519::Identity) -> Zeroizing<[u8; MAC_LEN]> {
    let secret = identity.to_string();
    let hkdf = Hkdf::<Sha256>::new(
        Some(b"kintsugi encrypted journal MAC"),
        secret.expose_secret().as_bytes(),
    );
    let mut key = Zeroizing::new([0_u8; MAC_LEN]);
    // 32 bytes is always a valid HKDF-SHA-256 output length.
    let _ = hkdf.expand(identity.to_public().to_string().as_bytes(), key.as_mut());
    key
}

fn mac(key: &[u8; MAC_LEN], covered: &[u8]) -> [u8; MAC_LEN] {
    let Ok(mut mac) = <Hmac<Sha256> as Mac>::new_from_slice(key) else {
        return [0; MAC_LEN];
    };
    mac.update(covered);
    mac.finalize().into_bytes().into()
}

fn encrypt_to(
    recipient: &age::x25519::Recipient,
    plaintext: &[u8],
) -> Result<Vec<u8>, EncryptionError> {
    let encryptor = age::Encryptor::with_recipients(iter::once(recipient as _))
        .map_err(|error| EncryptionError::Encrypt(error.to_string()))?;
    let mut out = Vec::with_capacity(plaintext.len() + plaintext.len() / 32 + 256);
    let mut writer = encryptor
        .wrap_output(&mut out)
        .map_err(|error| EncryptionError::Encrypt(error.to_string()))?;
    writer
        .write_all(plaintext)
        .and_then(|()| writer.finish().map(|_| ()))
        .map_err(|error| EncryptionError::Encrypt(error.to_string()))?;
    Ok(out)
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
    // The plain text is never longer than the ciphertext: sized once, the buffer never grows,
    // so no copy of the plain text is left behind in a freed, unwiped allocation.
    let mut plaintext = Zeroizing::new(Vec::with_capacity(file.len().min(limit + 1)));
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
        let mut key = JournalKey::create(&passphrase("correct horse"), FAST).expect("key");
        let file = key.seal(b"(format_version: 1)").expect("sealed");
        assert!(is_container(&file));
        assert!(!file.windows(14).any(|window| window == b"format_version"));
        assert_eq!(
            key.open(&file, 1024).expect("opens").as_slice(),
            b"(format_version: 1)"
        );
        let unlocked = JournalKey::unlock(&file, &passphrase("correct horse")).expect("unlocks");
        assert_eq!(unlocked.recipient(), key.recipient());
        assert_eq!(unlocked.save_counter(), 1);
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
    fn every_seal_counts_one_more_save() {
        let mut key = JournalKey::create(&passphrase("counting"), FAST).expect("key");
        let first = key.seal(b"one").expect("sealed");
        let second = key.seal(b"two").expect("sealed");
        assert_eq!(key.open_file(&first, 10).expect("opens").save, 1);
        assert_eq!(key.open_file(&second, 10).expect("opens").save, 2);
    }

    #[test]
    fn a_successor_is_another_key_that_reseals_the_old_copies() {
        let mut key = JournalKey::create(&passphrase("first one"), FAST).expect("key");
        let old_copy = key.seal(b"journal").expect("sealed");
        let mut next = key
            .successor(&passphrase("second one"), FAST)
            .expect("new key");
        assert_ne!(next.recipient(), key.recipient());
        assert_eq!(next.previous_count(), 1);
        let new_file = next.seal(b"newer journal").expect("sealed");
        // The old key (and so the old passphrase) opens nothing sealed after the change.
        assert_eq!(
            key.open(&new_file, 100).map(|_| ()),
            Err(EncryptionError::OtherKey)
        );
        assert_eq!(
            JournalKey::unlock(&new_file, &passphrase("first one")).map(|_| ()),
            Err(EncryptionError::WrongPassphrase)
        );
        // Only the copies listed when the change began are sealed again.
        assert!(next.reseal_copy(&old_copy, 100).is_err());
        next.list_copies_to_reseal([old_copy.as_slice()]);
        let resealed = next.reseal_copy(&old_copy, 100).expect("resealed");
        assert!(next.owns(&resealed));
        assert_eq!(
            next.open(&resealed, 100).expect("opens").as_slice(),
            b"journal"
        );
        // The next open finds the older key inside the file, with the new passphrase only.
        let unlocked = JournalKey::unlock(&new_file, &passphrase("second one")).expect("unlocks");
        let opened = unlocked.open_file(&new_file, 100).expect("opens");
        let mut reopened = unlocked.clone();
        reopened.adopt(&opened);
        assert_eq!(reopened.previous_count(), 1);
        assert!(reopened.owns_previous(&old_copy));
        reopened.forget_previous();
        let clean = reopened.seal(b"clean").expect("sealed");
        assert_eq!(container::parse(&clean).expect("parses").previous_keys, b"");
    }

    #[test]
    fn a_body_encrypted_by_anyone_to_the_recipient_is_refused() {
        let mut key = JournalKey::create(&passphrase("forge me"), FAST).expect("key");
        let file = key.seal(b"real journal").expect("sealed");
        let parts = container::parse(&file).expect("parses");
        let forged_body = encrypt_to(&key.recipient, b"forged journal").expect("encrypts");
        let forged = container::assemble(parts.preamble, 99, false, b"", &forged_body, |_| {
            [7; MAC_LEN]
        });
        assert!(matches!(
            key.open(&forged, 100),
            Err(EncryptionError::Damaged(_))
        ));
        let mut old_layout = parts.preamble.to_vec();
        old_layout.extend_from_slice(&forged_body);
        // Format 1 has no MAC: the preamble says format 2 here, so the splice does not parse.
        assert!(key.open(&old_layout, 100).is_err());
        // Rewritten as a format 1 file (its checksum is unkeyed, so anyone can): the key inside
        // says it belongs to format 2, so the passphrase refuses to open it.
        let mut downgraded = container::preamble_of_format(1, &key.recipient(), &key.wrapped_key);
        downgraded.extend_from_slice(&forged_body);
        assert!(matches!(
            JournalKey::unlock(&downgraded, &passphrase("forge me")),
            Err(EncryptionError::Damaged(_))
        ));
    }

    #[test]
    fn a_file_asking_for_too_much_work_is_refused_before_any_work() {
        let mut key =
            JournalKey::create(&passphrase("pass phrase"), KeyCost::WorkFactor(12)).expect("key");
        let file = key.seal(b"journal").expect("sealed");
        assert_eq!(
            JournalKey::unlock_with_limit(&file, &passphrase("pass phrase"), 10).map(|_| ()),
            Err(EncryptionError::ExcessiveWork { required: 12 })
        );
    }
}
