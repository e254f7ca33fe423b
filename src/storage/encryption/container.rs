//! The byte layout of an encrypted journal file: a short text preamble that says what the file
//! is and carries the journal key wrapped with the passphrase, a checksum of that preamble, then
//! the save's own part — a save counter, older keys still in use by copies, and the journal as
//! an age file encrypted to the key — closed by a MAC over everything before it.
//!
//! ```text
//! KINTSUGI ENCRYPTED JOURNAL\n
//! format 2\n
//! recipient age1…\n                  the key's public half (public by nature)
//! key-length 249\n
//! <249 bytes: age file, scrypt recipient (passphrase), holding the key's secret half>
//! preamble-sha256 <64 hex digits>\n  over every byte above
//! save 42\n                          how many saves this journal has had (rollback check)
//! copies-pending 0\n                 1 while an encryption has copies (backups) left to seal
//! previous-keys 0\n                  length of an age file (to the key) holding older keys
//! <that many bytes>                  (only while copies under an older key are re-sealed)
//! body-length 31337\n
//! <that many bytes: age file, X25519 recipient, holding the journal's RON text>
//! mac <64 hex digits>\n              HMAC-SHA-256 over every byte above, keyed from the key
//! ```
//!
//! The checksum tells a damaged preamble from a wrong passphrase; the MAC, whose key only the
//! passphrase holder can derive, tells a body Kintsugi sealed from one anyone could encrypt to
//! the public recipient. Format 1 (written until December 2026) ends after the checksum line
//! with the body alone: it is still read, and upgraded by the next save. Every length is capped
//! or checked against the file's own size before anything is used.

use sha2::{Digest, Sha256};

/// The first line of every encrypted journal (and how one is recognised).
pub const MAGIC: &[u8] = b"KINTSUGI ENCRYPTED JOURNAL\n";

/// The container layout this build writes.
pub const CURRENT_FORMAT: u32 = 2;

/// Longest accepted preamble line (the recipient line is about 73 bytes).
const MAX_LINE: usize = 128;

/// Largest accepted wrapped key: an age header with one scrypt stanza and a 74-byte secret is
/// about 250 bytes; anything far larger is not ours.
pub const MAX_WRAPPED_KEY: usize = 4096;

/// Largest accepted block of older keys (each is about 75 bytes; a few are ever kept).
pub const MAX_PREVIOUS_KEYS: usize = 64 * 1024;

/// The length of the MAC (HMAC-SHA-256).
pub const MAC_LEN: usize = 32;

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

/// The MAC at the end of a format 2 container and the bytes it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag<'a> {
    /// Every byte before the MAC line.
    pub covered: &'a [u8],
    /// The MAC as written.
    pub mac: [u8; MAC_LEN],
}

/// The parts of a container, borrowed from its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Container<'a> {
    /// The layout version (1 or 2).
    pub format: u32,
    /// The key's public half, as age writes it (`age1…`).
    pub recipient: &'a str,
    /// The age file (scrypt) holding the key's secret half.
    pub wrapped_key: &'a [u8],
    /// The preamble: everything up to and including the checksum line.
    pub preamble: &'a [u8],
    /// The save counter (0 in format 1, which had none).
    pub save: u64,
    /// True while an encryption has plain copies (backups) left to seal.
    pub copies_pending: bool,
    /// The age file (to the key) holding older keys; empty when there are none.
    pub previous_keys: &'a [u8],
    /// The age file (X25519) holding the journal.
    pub body: &'a [u8],
    /// The MAC (format 2; format 1 had none).
    pub tag: Option<Tag<'a>>,
}

/// True when `bytes` start like an encrypted journal (whether or not the rest is intact).
pub fn is_container(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

/// The preamble of a container this build writes: everything up to and including the checksum
/// line.
pub fn preamble(recipient: &str, wrapped_key: &[u8]) -> Vec<u8> {
    preamble_of_format(CURRENT_FORMAT, recipient, wrapped_key)
}

/// The preamble of a container of `format` (tests write format 1 to check that it is read).
pub fn preamble_of_format(format: u32, recipient: &str, wrapped_key: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(wrapped_key.len() + 256);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(format!("format {format}\n").as_bytes());
    out.extend_from_slice(format!("recipient {recipient}\n").as_bytes());
    out.extend_from_slice(format!("key-length {}\n", wrapped_key.len()).as_bytes());
    out.extend_from_slice(wrapped_key);
    let digest = Sha256::digest(&out);
    out.extend_from_slice(b"preamble-sha256 ");
    out.extend_from_slice(hex(&digest).as_bytes());
    out.push(b'\n');
    out
}

/// A whole format 2 container: `preamble`, the save's part, then the MAC that `mac` computes
/// over all of it.
pub fn assemble(
    preamble: &[u8],
    save: u64,
    copies_pending: bool,
    previous_keys: &[u8],
    body: &[u8],
    mac: impl FnOnce(&[u8]) -> [u8; MAC_LEN],
) -> Vec<u8> {
    let mut out =
        Vec::with_capacity(preamble.len() + previous_keys.len() + body.len() + 160 + MAC_LEN * 2);
    out.extend_from_slice(preamble);
    out.extend_from_slice(format!("save {save}\n").as_bytes());
    out.extend_from_slice(format!("copies-pending {}\n", u8::from(copies_pending)).as_bytes());
    out.extend_from_slice(format!("previous-keys {}\n", previous_keys.len()).as_bytes());
    out.extend_from_slice(previous_keys);
    out.extend_from_slice(format!("body-length {}\n", body.len()).as_bytes());
    out.extend_from_slice(body);
    let tag = mac(&out);
    out.extend_from_slice(b"mac ");
    out.extend_from_slice(hex(&tag).as_bytes());
    out.push(b'\n');
    out
}

/// Splits a container into its parts, checking the layout and the preamble's checksum (not the
/// cryptography nor the MAC: they need the key).
pub fn parse(bytes: &[u8]) -> Result<Container<'_>, ContainerError> {
    let rest = bytes
        .strip_prefix(MAGIC)
        .ok_or(ContainerError::NotEncrypted)?;
    let (format, rest) = line(rest, "format line")?;
    let format = match format {
        b"format 1" => 1,
        b"format 2" => 2,
        other => {
            let text = String::from_utf8_lossy(other);
            return Err(match text.strip_prefix("format ") {
                Some(number) if number.parse::<u32>().is_ok_and(|n| n > CURRENT_FORMAT) => {
                    ContainerError::NewerFormat(number.to_owned())
                }
                _ => ContainerError::Malformed("format line"),
            });
        }
    };
    let (recipient, rest) = field(rest, "recipient ", "recipient line")?;
    if !recipient.starts_with("age1") || !recipient.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(ContainerError::Malformed("recipient line"));
    }
    let (length, rest) = field(rest, "key-length ", "key length line")?;
    let length = length_within(length, MAX_WRAPPED_KEY, rest.len(), "key length")?;
    if length == 0 {
        return Err(ContainerError::Malformed("key length"));
    }
    let (wrapped_key, rest) = rest.split_at(length);
    let covered = bytes.len() - rest.len();
    let (checksum, rest) = field(rest, "preamble-sha256 ", "checksum line")?;
    if checksum != hex(&Sha256::digest(&bytes[..covered])) {
        return Err(ContainerError::Checksum);
    }
    let preamble = &bytes[..bytes.len() - rest.len()];
    let mut container = Container {
        format,
        recipient,
        wrapped_key,
        preamble,
        save: 0,
        copies_pending: false,
        previous_keys: &[],
        body: rest,
        tag: None,
    };
    if format == 1 {
        return Ok(container);
    }
    let (save, rest) = field(rest, "save ", "save line")?;
    container.save = save
        .parse()
        .ok()
        .filter(|_| save.bytes().all(|b| b.is_ascii_digit()))
        .ok_or(ContainerError::Malformed("save counter"))?;
    let (pending, rest) = field(rest, "copies-pending ", "copies pending line")?;
    container.copies_pending = match pending {
        "0" => false,
        "1" => true,
        _ => return Err(ContainerError::Malformed("copies pending line")),
    };
    let (length, rest) = field(rest, "previous-keys ", "previous keys line")?;
    let length = length_within(
        length,
        MAX_PREVIOUS_KEYS,
        rest.len(),
        "previous keys length",
    )?;
    let (previous_keys, rest) = rest.split_at(length);
    let (length, rest) = field(rest, "body-length ", "body length line")?;
    let length = length_within(length, usize::MAX, rest.len(), "body length")?;
    let (body, rest) = rest.split_at(length);
    let covered = &bytes[..bytes.len() - rest.len()];
    let (mac, rest) = field(rest, "mac ", "MAC line")?;
    if !rest.is_empty() {
        return Err(ContainerError::Malformed("bytes after the MAC"));
    }
    container.previous_keys = previous_keys;
    container.body = body;
    container.tag = Some(Tag {
        covered,
        mac: unhex(mac).ok_or(ContainerError::Malformed("MAC line"))?,
    });
    Ok(container)
}

/// A decimal length that is at most `cap` and fits in the `available` bytes that follow.
fn length_within(
    text: &str,
    cap: usize,
    available: usize,
    what: &'static str,
) -> Result<usize, ContainerError> {
    text.parse::<usize>()
        .ok()
        .filter(|length| text.bytes().all(|b| b.is_ascii_digit()) && *length <= cap)
        .filter(|length| *length <= available)
        .ok_or(ContainerError::Malformed(what))
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

fn unhex(text: &str) -> Option<[u8; MAC_LEN]> {
    let digits = text.as_bytes();
    if digits.len() != MAC_LEN * 2 {
        return None;
    }
    let mut out = [0_u8; MAC_LEN];
    for (byte, pair) in out.iter_mut().zip(digits.chunks_exact(2)) {
        let pair = std::str::from_utf8(pair).ok()?;
        if !pair
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        {
            return None;
        }
        *byte = u8::from_str_radix(pair, 16).ok()?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Vec<u8> {
        let preamble = preamble("age1abc", b"wrapped\nkey");
        assemble(&preamble, 7, true, b"old\nkeys", b"body bytes", |_| {
            [0xab; MAC_LEN]
        })
    }

    #[test]
    fn a_container_splits_into_the_parts_it_was_made_of() {
        let bytes = sample();
        let parsed = parse(&bytes).expect("well-formed");
        assert_eq!(parsed.format, 2);
        assert_eq!(parsed.recipient, "age1abc");
        assert_eq!(parsed.wrapped_key, b"wrapped\nkey");
        assert_eq!(parsed.save, 7);
        assert!(parsed.copies_pending);
        assert_eq!(parsed.previous_keys, b"old\nkeys");
        assert_eq!(parsed.body, b"body bytes");
        let tag = parsed.tag.expect("format 2 has a MAC");
        assert_eq!(tag.mac, [0xab; MAC_LEN]);
        assert_eq!(tag.covered, &bytes[..bytes.len() - 4 - 64 - 1]);
        assert!(is_container(&bytes));
        assert!(!is_container(b"(format_version: 1)"));
    }

    #[test]
    fn format_1_is_still_read_with_its_body_after_the_checksum() {
        let mut bytes = preamble_of_format(1, "age1abc", b"wrapped key");
        bytes.extend_from_slice(b"old body");
        let parsed = parse(&bytes).expect("format 1 reads");
        assert_eq!((parsed.format, parsed.save), (1, 0));
        assert_eq!(parsed.body, b"old body");
        assert_eq!(parsed.tag, None);
    }

    #[test]
    fn every_flipped_byte_outside_the_bodies_is_caught() {
        let bytes = sample();
        let parsed = parse(&bytes).expect("well-formed");
        let body_start = bytes.len() - parsed.body.len() - (4 + 64 + 1);
        let body = body_start..body_start + parsed.body.len();
        let previous_start = bytes
            .windows(8)
            .position(|window| window == b"old\nkeys")
            .expect("previous keys");
        let previous = previous_start..previous_start + 8;
        for index in 0..bytes.len() {
            if body.contains(&index) || previous.contains(&index) {
                continue;
            }
            let mut damaged = bytes.clone();
            damaged[index] ^= 0x01;
            let still = parse(&damaged);
            // A flip in the save counter's digits or in the MAC's parses, but changes what the
            // MAC covers or the MAC itself: the key's check catches those.
            if let Ok(other) = still {
                assert!(
                    other.save != 7
                        || !other.copies_pending
                        || other.tag.map(|tag| tag.mac) != Some([0xab; MAC_LEN]),
                    "flip at {index} went unnoticed"
                );
            }
        }
    }

    #[test]
    fn truncations_trailing_bytes_and_huge_lengths_are_refused_without_allocating() {
        let bytes = sample();
        for end in 0..bytes.len() {
            assert!(parse(&bytes[..end]).is_err(), "cut at {end}");
        }
        let mut longer = bytes.clone();
        longer.extend_from_slice(b"more");
        assert!(parse(&longer).is_err());
        let huge = [
            MAGIC,
            b"format 1\nrecipient age1abc\nkey-length 99999999999\n",
        ]
        .concat();
        assert_eq!(parse(&huge), Err(ContainerError::Malformed("key length")));
        let newer = [MAGIC, b"format 3\n"].concat();
        assert_eq!(
            parse(&newer),
            Err(ContainerError::NewerFormat("3".to_owned()))
        );
    }
}
