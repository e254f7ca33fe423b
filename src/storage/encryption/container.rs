//! The byte layout of an encrypted journal file: a short text preamble that says what the file
//! is and carries the journal key wrapped with the passphrase, a checksum of that preamble, and
//! the journal itself as an age file encrypted to the key.
//!
//! ```text
//! KINTSUGI ENCRYPTED JOURNAL\n
//! format 1\n
//! recipient age1…\n                  the key's public half (public by nature)
//! key-length 249\n
//! <249 bytes: age file, scrypt recipient (passphrase), holding the key's secret half>
//! preamble-sha256 <64 hex digits>\n  over every byte above
//! <the rest: age file, X25519 recipient, holding the journal's RON text>
//! ```
//!
//! The checksum tells a damaged preamble from a wrong passphrase; the body is authenticated by
//! age itself (ChaCha20-Poly1305). Every length is capped before anything is allocated.

use sha2::{Digest, Sha256};

/// The first line of every encrypted journal (and how one is recognised).
pub const MAGIC: &[u8] = b"KINTSUGI ENCRYPTED JOURNAL\n";

/// The container layout this build writes and reads.
const FORMAT_LINE: &[u8] = b"format 1\n";

/// Longest accepted preamble line (the recipient line is about 73 bytes).
const MAX_LINE: usize = 128;

/// Largest accepted wrapped key: an age header with one scrypt stanza and a 74-byte secret is
/// about 250 bytes; anything far larger is not ours.
pub const MAX_WRAPPED_KEY: usize = 4096;

/// Why bytes are not a well-formed container. Every case means "damaged or changed" (or not a
/// Kintsugi file at all), never "wrong passphrase".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContainerError {
    /// The first line is not the magic line.
    #[error("not an encrypted Kintsugi journal")]
    NotEncrypted,
    /// A container of a layout this build does not know.
    #[error("written by a newer Kintsugi (encrypted format {0})")]
    NewerFormat(String),
    /// A preamble line is missing, too long or malformed.
    #[error("the file's header is damaged ({0})")]
    Malformed(&'static str),
    /// The preamble's checksum does not match its bytes.
    #[error("the file's header does not match its checksum")]
    Checksum,
}

/// The parts of a container, borrowed from its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Container<'a> {
    /// The key's public half, as age writes it (`age1…`).
    pub recipient: &'a str,
    /// The age file (scrypt) holding the key's secret half.
    pub wrapped_key: &'a [u8],
    /// The age file (X25519) holding the journal.
    pub body: &'a [u8],
}

/// True when `bytes` start like an encrypted journal (whether or not the rest is intact).
pub fn is_container(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

/// The preamble of a container: everything up to and including the checksum line.
pub fn preamble(recipient: &str, wrapped_key: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(wrapped_key.len() + 256);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(FORMAT_LINE);
    out.extend_from_slice(format!("recipient {recipient}\n").as_bytes());
    out.extend_from_slice(format!("key-length {}\n", wrapped_key.len()).as_bytes());
    out.extend_from_slice(wrapped_key);
    let digest = Sha256::digest(&out);
    out.extend_from_slice(b"preamble-sha256 ");
    out.extend_from_slice(hex(&digest).as_bytes());
    out.push(b'\n');
    out
}

/// Splits a container into its parts, checking the layout and the preamble's checksum (not the
/// cryptography: that is the key's job).
pub fn parse(bytes: &[u8]) -> Result<Container<'_>, ContainerError> {
    let rest = bytes
        .strip_prefix(MAGIC)
        .ok_or(ContainerError::NotEncrypted)?;
    let (format, rest) = line(rest, "format line")?;
    if format != &FORMAT_LINE[..FORMAT_LINE.len() - 1] {
        let text = String::from_utf8_lossy(format);
        return Err(match text.strip_prefix("format ") {
            Some(number) if number.parse::<u32>().is_ok_and(|n| n > 1) => {
                ContainerError::NewerFormat(number.to_owned())
            }
            _ => ContainerError::Malformed("format line"),
        });
    }
    let (recipient, rest) = field(rest, "recipient ", "recipient line")?;
    if !recipient.starts_with("age1") || !recipient.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(ContainerError::Malformed("recipient line"));
    }
    let (length, rest) = field(rest, "key-length ", "key length line")?;
    let length: usize = length
        .parse()
        .ok()
        .filter(|length| *length <= MAX_WRAPPED_KEY && *length > 0)
        .ok_or(ContainerError::Malformed("key length"))?;
    if rest.len() < length {
        return Err(ContainerError::Malformed("the file ends inside the key"));
    }
    let (wrapped_key, rest) = rest.split_at(length);
    let covered = bytes.len() - rest.len();
    let (checksum, body) = field(rest, "preamble-sha256 ", "checksum line")?;
    if checksum != hex(&Sha256::digest(&bytes[..covered])) {
        return Err(ContainerError::Checksum);
    }
    Ok(Container {
        recipient,
        wrapped_key,
        body,
    })
}

/// The next line (without its newline) and what follows it.
fn line<'a>(bytes: &'a [u8], what: &'static str) -> Result<(&'a [u8], &'a [u8]), ContainerError> {
    let end = bytes
        .iter()
        .take(MAX_LINE)
        .position(|byte| *byte == b'\n')
        .ok_or(ContainerError::Malformed(what))?;
    Ok((&bytes[..end], &bytes[end + 1..]))
}

/// The value of a `name value` line.
fn field<'a>(
    bytes: &'a [u8],
    name: &str,
    what: &'static str,
) -> Result<(&'a str, &'a [u8]), ContainerError> {
    let (line, rest) = line(bytes, what)?;
    let value = line
        .strip_prefix(name.as_bytes())
        .and_then(|value| std::str::from_utf8(value).ok())
        .ok_or(ContainerError::Malformed(what))?;
    Ok((value, rest))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::new(), |mut out, byte| {
        let _ = write!(out, "{byte:02x}");
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<u8> {
        let mut bytes = preamble("age1abc", b"wrapped\nkey");
        bytes.extend_from_slice(b"body bytes");
        bytes
    }

    #[test]
    fn a_container_splits_into_the_parts_it_was_made_of() {
        let bytes = sample();
        let parsed = parse(&bytes).expect("well-formed");
        assert_eq!(parsed.recipient, "age1abc");
        assert_eq!(parsed.wrapped_key, b"wrapped\nkey");
        assert_eq!(parsed.body, b"body bytes");
        assert!(is_container(&bytes));
        assert!(!is_container(b"(format_version: 1)"));
    }

    #[test]
    fn every_flipped_byte_of_the_preamble_is_caught() {
        let bytes = sample();
        let preamble_len = bytes.len() - b"body bytes".len();
        for index in 0..preamble_len {
            let mut damaged = bytes.clone();
            damaged[index] ^= 0x01;
            assert!(parse(&damaged).is_err(), "flip at {index} went unnoticed");
        }
    }

    #[test]
    fn truncations_and_huge_lengths_are_refused_without_allocating() {
        let bytes = sample();
        for end in 0..bytes.len() - b"body bytes".len() {
            assert!(parse(&bytes[..end]).is_err(), "cut at {end}");
        }
        let huge = [
            MAGIC,
            b"format 1\nrecipient age1abc\nkey-length 99999999999\n",
        ]
        .concat();
        assert_eq!(parse(&huge), Err(ContainerError::Malformed("key length")));
        let newer = [MAGIC, b"format 2\n"].concat();
        assert_eq!(
            parse(&newer),
            Err(ContainerError::NewerFormat("2".to_owned()))
        );
    }
}
