//! The journal file's format: RON with a format version, read in two steps so that a file from
//! a newer Kintsugi is recognised before anything else is parsed.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize, Serializer};

use crate::model::{
    CheckIn, Experiment, Journal, JournalParts, JournalSettings, Review, Setback, Skill,
};
use crate::sync::{Tombstone, Tombstones};

/// The format version this build writes. Files with a higher version are refused.
///
/// Version 2 added experiments and reviews. The version went up (rather than the fields being
/// added quietly, like `deleted`) because a version-1 Kintsugi would open such a file, skip the
/// fields it does not know, and drop them at its next save: it must refuse the file instead.
pub const CURRENT_FORMAT_VERSION: u32 = 2;

/// The oldest format version this build reads (migrating it on the way in).
pub const OLDEST_FORMAT_VERSION: u32 = 1;

/// Why the bytes of a file are not a journal this build can use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not valid RON, or not the journal's shape (with 1-based line and column).
    Syntax {
        /// Line of the problem.
        line: usize,
        /// Column of the problem.
        column: usize,
        /// What the parser expected or found.
        message: String,
    },
    /// Written by a newer Kintsugi.
    NewerVersion {
        /// The version found in the file.
        found: u32,
    },
    /// A version this build has no migration from.
    UnknownVersion {
        /// The version found in the file.
        found: u32,
    },
    /// Well-formed, but breaks a rule of the model.
    Invalid(crate::model::ValidationError),
}

/// Only the version field, read first; every other field is skipped.
#[derive(Deserialize)]
struct VersionProbe {
    format_version: u32,
}

/// The file's top-level structure, as written.
#[derive(Serialize)]
struct JournalFileRef<'a> {
    format_version: u32,
    #[serde(serialize_with = "values_as_list")]
    check_ins: &'a BTreeMap<NaiveDate, CheckIn>,
    setbacks: &'a [Setback],
    skills: &'a [Skill],
    #[serde(skip_serializing_if = "<[Experiment]>::is_empty")]
    experiments: &'a [Experiment],
    #[serde(skip_serializing_if = "<[Review]>::is_empty")]
    reviews: &'a [Review],
    settings: &'a JournalSettings,
    /// Deleted entries (an addition that needs no new version: an older Kintsugi skips it).
    #[serde(skip_serializing_if = "<[Tombstone]>::is_empty")]
    deleted: &'a [Tombstone],
}

/// The file's top-level structure, as read: version 2, or version 1, which is the same
/// without experiments and reviews (its migration is that they start empty). Named "Journal"
/// in parse errors.
#[derive(Deserialize)]
#[serde(rename = "Journal")]
struct JournalFile {
    format_version: u32,
    #[serde(default)]
    check_ins: Vec<CheckIn>,
    #[serde(default)]
    setbacks: Vec<Setback>,
    #[serde(default)]
    skills: Vec<Skill>,
    #[serde(default)]
    experiments: Vec<Experiment>,
    #[serde(default)]
    reviews: Vec<Review>,
    #[serde(default)]
    settings: JournalSettings,
    #[serde(default)]
    deleted: Vec<Tombstone>,
}

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's serialize_with passes a reference to the field"
)]
fn values_as_list<S: Serializer>(
    map: &&BTreeMap<NaiveDate, CheckIn>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(map.values())
}

/// Writes a journal as RON text, one entry per line group, with the current format version.
pub fn encode(journal: &Journal) -> Result<String, ron::Error> {
    encode_with_deleted(journal, &Tombstones::default())
}

/// [`encode`], with the deletions the journal remembers (see [`crate::sync`]).
pub fn encode_with_deleted(journal: &Journal, deleted: &Tombstones) -> Result<String, ron::Error> {
    let deleted = deleted.to_list();
    let file = JournalFileRef {
        format_version: CURRENT_FORMAT_VERSION,
        check_ins: journal.check_ins_by_date(),
        setbacks: journal.setbacks(),
        skills: journal.skills(),
        experiments: journal.experiments(),
        reviews: journal.reviews(),
        settings: journal.settings(),
        deleted: &deleted,
    };
    let config = ron::ser::PrettyConfig::new()
        .depth_limit(3)
        .indentor("  ")
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    let mut text = ron::ser::to_string_pretty(&file, config)?;
    text.push('\n');
    Ok(text)
}

/// Reads a journal from RON text, migrating older versions and refusing newer ones.
///
/// The common case (a current file) is parsed once; only when that fails is the version field
/// read on its own, so that a newer or older file is reported as such rather than as a syntax
/// error in a field this build does not know.
pub fn decode(text: &str) -> Result<Journal, DecodeError> {
    decode_with_deleted(text).map(|(journal, _)| journal)
}

/// [`decode`], with the deletions the file remembers.
pub fn decode_with_deleted(text: &str) -> Result<(Journal, Tombstones), DecodeError> {
    let readable = OLDEST_FORMAT_VERSION..=CURRENT_FORMAT_VERSION;
    let file: JournalFile = match ron::from_str(text) {
        Ok(file) => file,
        Err(error) => {
            return Err(match ron::from_str::<VersionProbe>(text) {
                Ok(probe) if !readable.contains(&probe.format_version) => {
                    version_error(probe.format_version)
                }
                _ => syntax_error(error),
            });
        }
    };
    if !readable.contains(&file.format_version) {
        return Err(version_error(file.format_version));
    }
    // Version 1 had no experiments or reviews: they are read as empty lists. (A version-1
    // file that somehow holds them is read as written.)
    let parts = JournalParts {
        check_ins: file.check_ins,
        setbacks: file.setbacks,
        skills: file.skills,
        experiments: file.experiments,
        reviews: file.reviews,
        settings: file.settings,
    };
    let journal = Journal::from_parts(parts).map_err(DecodeError::Invalid)?;
    Ok((journal, Tombstones::from_list(file.deleted)))
}

fn version_error(found: u32) -> DecodeError {
    if found > CURRENT_FORMAT_VERSION {
        DecodeError::NewerVersion { found }
    } else {
        // Version 1 is the first format; nothing older exists.
        DecodeError::UnknownVersion { found }
    }
}

#[expect(clippy::needless_pass_by_value, reason = "used with map_err")]
fn syntax_error(error: ron::error::SpannedError) -> DecodeError {
    DecodeError::Syntax {
        line: error.span.start.line,
        column: error.span.start.col,
        message: error.code.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SetbackId;
    use crate::sync::EntryId;

    /// The released format-1 reader, which has no `deleted` field.
    #[derive(Deserialize)]
    #[serde(rename = "Journal")]
    #[expect(dead_code, reason = "only whether it parses matters")]
    struct OlderReader {
        format_version: u32,
        #[serde(default)]
        check_ins: Vec<CheckIn>,
    }

    #[test]
    fn deletions_round_trip_and_a_reader_that_does_not_know_them_skips_them() {
        let mut deleted = Tombstones::default();
        let at = chrono::DateTime::from_timestamp(1_780_000_000, 0).unwrap_or_default();
        deleted.insert(EntryId::Setback(SetbackId::from_seed_bytes([7; 16])), at);
        let text = encode_with_deleted(&Journal::default(), &deleted)
            .unwrap_or_else(|error| panic!("{error}"));
        assert!(text.contains("deleted"), "{text}");
        let (_, read) = decode_with_deleted(&text).unwrap_or_else(|error| panic!("{error:?}"));
        assert_eq!(read, deleted);
        // The released format-1 reader still opens the file.
        assert!(ron::from_str::<OlderReader>(&text).is_ok(), "{text}");
    }
}
