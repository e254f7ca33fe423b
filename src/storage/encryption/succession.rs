//! What a journal key carries while a change of passphrase is under way: the older keys, each
//! with the oldest container format it may be found in, and the SHA-256 of every copy (backup)
//! under them that waits to be sealed again — listed when the change began, so that nothing put
//! beside the journal later (by someone who still knows the old passphrase) is ever re-sealed
//! as the journal's own. It travels inside every file the key seals, encrypted and under the
//! MAC, until the change is finished.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use age::secrecy::ExposeSecret as _;
use sha2::{Digest as _, Sha256};
use zeroize::Zeroizing;

use super::EncryptionError;

/// An older key of the journal.
#[derive(Clone)]
pub(super) struct PreviousKey {
    /// Its secret half.
    pub identity: age::x25519::Identity,
    /// The oldest container format a file of it may have.
    pub min_format: u32,
}

/// The older keys and the copies waiting for the new one.
#[derive(Clone, Default)]
pub(super) struct Succession {
    pub keys: Vec<PreviousKey>,
    pub copies: BTreeSet<[u8; 32]>,
}

/// The SHA-256 of a file's bytes: how a copy is listed.
pub(super) fn digest(file: &[u8]) -> [u8; 32] {
    Sha256::digest(file).into()
}

impl Succession {
    /// True when there is nothing left to hand over.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The older key whose public half is `recipient`.
    pub fn key_for(&self, recipient: &str) -> Option<&PreviousKey> {
        self.keys
            .iter()
            .find(|key| key.identity.to_public().to_string() == recipient)
    }

    /// True when `file` is one of the copies listed when the change began.
    pub fn lists(&self, file: &[u8]) -> bool {
        self.copies.contains(&digest(file))
    }

    /// The text sealed into the file: `key <secret> <format>` and `copy <sha256>` lines.
    pub fn encode(&self) -> Zeroizing<String> {
        let mut text = Zeroizing::new(String::new());
        for key in &self.keys {
            text.push_str("key ");
            text.push_str(key.identity.to_string().expose_secret());
            let _ = writeln!(text, " {}", key.min_format);
        }
        for copy in &self.copies {
            text.push_str("copy ");
            for byte in copy {
                let _ = write!(text, "{byte:02x}");
            }
            text.push('\n');
        }
        text
    }

    /// Reads [`Succession::encode`]'s text back.
    pub fn decode(text: &str) -> Result<Self, EncryptionError> {
        let damaged = || EncryptionError::Damaged("the older keys are damaged".to_owned());
        let mut succession = Succession::default();
        for line in text.lines() {
            let mut words = line.split_whitespace();
            match (words.next(), words.next(), words.next(), words.next()) {
                (Some("key"), Some(secret), Some(format), None) => {
                    succession.keys.push(PreviousKey {
                        identity: secret.parse().map_err(|_| damaged())?,
                        min_format: format.parse().map_err(|_| damaged())?,
                    });
                }
                (Some("copy"), Some(hex), None, None) => {
                    succession.copies.insert(unhex(hex).ok_or_else(damaged)?);
                }
                _ => return Err(damaged()),
            }
        }
        Ok(succession)
    }
}

fn unhex(text: &str) -> Option<[u8; 32]> {
    if text.len() != 64 || !text.is_ascii() {
        return None;
    }
    let mut out = [0_u8; 32];
    for (byte, index) in out.iter_mut().zip((0..64).step_by(2)) {
        *byte = u8::from_str_radix(text.get(index..index + 2)?, 16).ok()?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_succession_reads_back_as_it_was_written() {
        let mut succession = Succession::default();
        succession.keys.push(PreviousKey {
            identity: age::x25519::Identity::generate(),
            min_format: 2,
        });
        succession.copies.insert(digest(b"a backup"));
        let read = Succession::decode(&succession.encode()).expect("reads");
        assert_eq!(read.keys.len(), 1);
        assert_eq!(read.keys[0].min_format, 2);
        assert_eq!(
            read.keys[0].identity.to_public().to_string(),
            succession.keys[0].identity.to_public().to_string()
        );
        assert!(read.lists(b"a backup"));
        assert!(!read.lists(b"another file"));
        assert!(Succession::decode("key nonsense 2").is_err());
        assert!(Succession::decode("copy 00").is_err());
    }
}
