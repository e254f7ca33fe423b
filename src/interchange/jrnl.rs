//! jrnl's two shapes, as its `docs/formats.md` describes them: the JSON export (`jrnl --format
//! json`: `entries`, each with `title`, `body`, `date`, `time`, `tags`, `starred`) and the
//! plain-text journal it keeps on disk (`[YYYY-MM-DD HH:MM] Title`, then the body until the next
//! such line). The text form accepts jrnl's default time format and, since that format can be
//! configured, seconds and 12-hour times as well: `[2026-03-02 08:30]`, `[2026-03-02 08:30:15]`,
//! `[2026-03-02 08:30 PM]`. A starred entry ends its title with ` *` (or starts it with `*`).

use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Deserializer};

use super::ImportError;
use super::diary::DiaryEntry;
use crate::model::normalized_tags;

/// The time forms accepted inside the brackets of a text journal's entry line.
const TEXT_TIME_FORMATS: [&str; 4] = [
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %I:%M %p",
    "%Y-%m-%d %I:%M:%S %p",
];

/// True when the text looks like jrnl's JSON export rather than its text journal.
pub fn is_json(text: &str) -> bool {
    text.trim_start().starts_with('{')
}

/// Reads either shape, recognised from the first character.
pub fn read(path: &Path, text: &str) -> Result<Vec<DiaryEntry>, ImportError> {
    if is_json(text) {
        read_json(path, text)
    } else {
        read_text(path, text)
    }
}

#[derive(Deserialize)]
struct Export {
    entries: Vec<JsonEntry>,
}

#[derive(Deserialize)]
struct JsonEntry {
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
    #[serde(deserialize_with = "json_date")]
    date: NaiveDate,
    #[serde(default, deserialize_with = "json_time")]
    time: Option<NaiveTime>,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    starred: bool,
}

fn json_date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    let text = String::deserialize(deserializer)?;
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| serde::de::Error::custom(format!("“{text}” is not a date (YYYY-MM-DD)")))
}

fn json_time<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveTime>, D::Error> {
    let text = String::deserialize(deserializer)?;
    if text.trim().is_empty() {
        return Ok(None);
    }
    ["%H:%M", "%H:%M:%S", "%I:%M %p"]
        .iter()
        .find_map(|format| NaiveTime::parse_from_str(text.trim(), format).ok())
        .map(Some)
        .ok_or_else(|| serde::de::Error::custom(format!("“{text}” is not a time (HH:MM)")))
}

fn read_json(path: &Path, text: &str) -> Result<Vec<DiaryEntry>, ImportError> {
    let export: Export = serde_json::from_str(text).map_err(|error| {
        // serde_json ends its message with the position, which the error carries on its own.
        let message = error.to_string();
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(before, _)| before)
            .to_owned();
        ImportError::Parse {
            path: path.to_owned(),
            line: error.line() as u64,
            message: format!("jrnl JSON: {message}"),
        }
    })?;
    Ok(export
        .entries
        .into_iter()
        .map(|entry| DiaryEntry {
            date: entry.date,
            time: entry.time,
            title: entry.title.trim().to_owned(),
            body: entry.body.trim().to_owned(),
            tags: entry
                .tags
                .iter()
                .map(|tag| without_sign(tag))
                .filter(|tag| !tag.is_empty())
                .collect(),
            starred: entry.starred,
        })
        .collect())
}

/// A tag without jrnl's tag sign (`@` by default, sometimes `#`).
fn without_sign(tag: &str) -> String {
    tag.trim().trim_start_matches(['@', '#']).to_owned()
}

/// The entry line's date and time and the rest of the line, when `line` is one; an error when
/// its brackets hold something that looks like a date but is not one.
fn entry_line(
    line: &str,
    number: u64,
    path: &Path,
) -> Result<Option<(NaiveDateTime, String)>, ImportError> {
    let Some(rest) = line.strip_prefix('[') else {
        return Ok(None);
    };
    let Some((stamp, title)) = rest.split_once(']') else {
        return Ok(None);
    };
    let looks_like_a_date = stamp.len() >= 10
        && stamp
            .get(..4)
            .is_some_and(|year| year.chars().all(|c| c.is_ascii_digit()))
        && stamp.get(4..5) == Some("-");
    if !looks_like_a_date {
        return Ok(None);
    }
    let moment = TEXT_TIME_FORMATS
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(stamp.trim(), format).ok());
    match moment {
        Some(moment) => Ok(Some((moment, title.trim().to_owned()))),
        // A date without a time ("[2024-05-01] shipped") is no entry line jrnl writes: it is a
        // line of the entry above.
        None if NaiveDate::parse_from_str(stamp.trim(), "%Y-%m-%d").is_ok() => Ok(None),
        None => Err(ImportError::Parse {
            path: path.to_owned(),
            line: number,
            message: format!("“{stamp}” is not a date and time (YYYY-MM-DD HH:MM)"),
        }),
    }
}

fn read_text(path: &Path, text: &str) -> Result<Vec<DiaryEntry>, ImportError> {
    let mut entries: Vec<(NaiveDateTime, String, Vec<&str>)> = Vec::new();
    for (line, number) in text.lines().zip(1_u64..) {
        if number % 4096 == 0 {
            super::progress::check(path)?;
        }
        if let Some((moment, title)) = entry_line(line, number, path)? {
            entries.push((moment, title, Vec::new()));
            continue;
        }
        match entries.last_mut() {
            Some((_, _, body)) => body.push(line),
            None if line.trim().is_empty() => {}
            None => {
                return Err(ImportError::Parse {
                    path: path.to_owned(),
                    line: number,
                    message: "expected a jrnl entry line such as “[2026-03-02 08:30] Title”"
                        .to_owned(),
                });
            }
        }
    }
    Ok(entries
        .into_iter()
        .map(|(moment, title, body)| {
            let (title, starred) = starred_title(&title);
            let body = body.join("\n").trim().to_owned();
            // jrnl's default tag symbols are `#` and `@` (its own JSON export lists both).
            let tags = normalized_tags(
                &[
                    at_tags(&title),
                    at_tags(&body),
                    signed_words(&title, '#'),
                    signed_words(&body, '#'),
                ]
                .concat(),
            );
            DiaryEntry {
                date: moment.date(),
                time: Some(moment.time()),
                title,
                body,
                tags,
                starred,
            }
        })
        .collect())
}

/// The title without its star, and whether it had one.
fn starred_title(title: &str) -> (String, bool) {
    let title = title.trim();
    if let Some(stripped) = title.strip_suffix(" *") {
        (stripped.trim().to_owned(), true)
    } else if let Some(stripped) = title.strip_prefix('*') {
        (stripped.trim().to_owned(), true)
    } else {
        (title.to_owned(), false)
    }
}

/// The `@tags` of a text: `@` at the start of a word, followed by letters, digits, `_` or `-`.
pub(super) fn at_tags(text: &str) -> Vec<String> {
    signed_words(text, '@')
}

/// Words that start with `sign` (after a space, a bracket or the start of the text) and hold at
/// least one letter: `@work`, `#project-x`; an e-mail address or `#1` is no tag.
pub(super) fn signed_words(text: &str, sign: char) -> Vec<String> {
    let mut found = Vec::new();
    let mut previous: Option<char> = None;
    for (index, c) in text.char_indices() {
        let at_word_start = previous.is_none_or(|p| p.is_whitespace() || "([{,;".contains(p));
        if c == sign && at_word_start {
            let rest = text.get(index + c.len_utf8()..).unwrap_or_default();
            let word: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            let word = word.trim_end_matches('-').to_owned();
            if word.chars().any(char::is_alphabetic) {
                found.push(word);
            }
        }
        previous = Some(c);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path() -> &'static Path {
        Path::new("journal.txt")
    }

    #[test]
    fn the_text_journal_reads_titles_bodies_stars_and_tags() {
        let text = "[2026-03-02 08:30] Stand-up ran long @work\nWe spent it on the release.\n\nSecond paragraph, mail me@example.com.\n\n[2026-03-02 21:15] Better evening *\nCooked with @Family. #1 is not a tag.\n[2026-03-03 7:05 PM] Twelve-hour time\n";
        let entries = read(path(), text).unwrap();
        assert_eq!(entries.len(), 3);
        let first = &entries[0];
        assert_eq!(first.title, "Stand-up ran long @work");
        assert_eq!(
            first.body,
            "We spent it on the release.\n\nSecond paragraph, mail me@example.com."
        );
        assert_eq!(first.tags, vec!["work"]);
        assert_eq!(first.time, NaiveTime::from_hms_opt(8, 30, 0));
        assert!(!first.starred);
        assert_eq!(entries[1].title, "Better evening");
        assert!(entries[1].starred);
        assert_eq!(entries[1].tags, vec!["Family"]);
        assert_eq!(entries[2].time, NaiveTime::from_hms_opt(19, 5, 0));
        assert!(entries[2].body.is_empty());
    }

    #[test]
    fn a_bad_date_or_a_missing_first_entry_line_is_reported_with_its_line() {
        let error = read(
            path(),
            "[2026-03-02 08:30] Fine\nbody\n[2026-02-30 09:00] Bad\n",
        )
        .unwrap_err()
        .to_string();
        assert!(
            error.starts_with("journal.txt:3: “2026-02-30 09:00” is not a date"),
            "{error}"
        );
        let error = read(path(), "Just some words\n[2026-03-02 08:30] Fine\n")
            .unwrap_err()
            .to_string();
        assert!(
            error.starts_with("journal.txt:1: expected a jrnl entry line"),
            "{error}"
        );
        // Brackets in a body that hold no date are text.
        let entries = read(path(), "[2026-03-02 08:30] Fine\n[link] in the body\n").unwrap();
        assert_eq!(entries[0].body, "[link] in the body");
    }

    #[test]
    fn the_json_export_reads_its_fields_and_reports_an_entry_without_a_date() {
        let json = r#"{
  "tags": {"@work": 1},
  "entries": [
    {"title": "Shipped it", "body": "Finally. ", "date": "2026-03-04", "time": "18:22",
     "tags": ["@work"], "starred": true},
    {"title": "No time", "body": "", "date": "2026-03-05", "time": "", "tags": [], "starred": false}
  ]
}"#;
        let entries = read(Path::new("export.json"), json).unwrap();
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].tags, vec!["work"]);
        assert_eq!(entries[0].body, "Finally.");
        assert!(entries[0].starred);
        assert_eq!(entries[1].time, None);
        let broken = r#"{"entries": [
  {"title": "Fine", "date": "2026-03-04"},
  {"title": "Lost", "body": "no date here"}
]}"#;
        let error = read(Path::new("export.json"), broken)
            .unwrap_err()
            .to_string();
        assert_eq!(error, "export.json:3: jrnl JSON: missing field `date`");
        let bad = r#"{"entries": [
  {"title": "Bad", "date": "2026-13-04"}
]}"#;
        let error = read(Path::new("export.json"), bad).unwrap_err().to_string();
        assert!(
            error.contains("export.json:2: jrnl JSON: “2026-13-04” is not a date"),
            "{error}"
        );
    }

    #[test]
    fn signed_words_need_a_word_start_and_a_letter() {
        assert_eq!(
            signed_words("#a b#c (#d-e) #42 #x_1-", '#'),
            vec!["a", "d-e", "x_1"]
        );
        assert!(signed_words("", '@').is_empty());
    }

    #[test]
    fn hash_tags_and_date_looking_body_lines_read_as_jrnl_wrote_them() {
        // jrnl 4.6 with its default tag symbols `#@`: its text and its own JSON export.
        let text = "[2026-03-04 09:00] Estimates meeting\nI froze when asked about the estimate. @work #estimates\n[2024-05-01] shipped\n";
        let json = r##"{"tags": {"@work": 1, "#estimates": 1}, "entries": [{"title": "Estimates meeting", "body": "I froze when asked about the estimate. @work #estimates\n[2024-05-01] shipped", "date": "2026-03-04", "time": "09:00", "tags": ["@work", "#estimates"], "starred": false}]}"##;
        let from_text = read(path(), text).unwrap();
        let from_json = read(path(), json).unwrap();
        assert_eq!(from_text.len(), 1, "the date-looking line is body text");
        assert!(from_text[0].body.ends_with("[2024-05-01] shipped"));
        assert_eq!(from_text[0].tags, vec!["work", "estimates"]);
        assert_eq!(from_text[0].tags, from_json[0].tags);
        assert_eq!(from_text[0].body, from_json[0].body);
    }
}
