//! RedNotebook's data folder: one YAML file per month, `YYYY-MM.txt`, mapping day numbers to the
//! day's content — its `text` and its categories, each either empty or mapping entries to
//! nothing. Both YAML styles its versions wrote are read (flow `{1: {text: …}}` and block). The
//! day's `#hashtags`, the entries of a category named "Tags" and the names of empty categories
//! become tags; the entries of other categories are kept as lines of the note
//! ("Category: entry, entry"), so no word is lost.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use yaml_rust2::parser::{Event, Parser};
use yaml_rust2::{Yaml, YamlLoader};

use super::ImportError;
use super::diary::DiaryEntry;
use super::jrnl::signed_words;
use crate::model::normalized_tags;

/// The month files of a folder, by name, with the month each holds.
pub fn month_files(dir: &Path) -> Result<Vec<(PathBuf, i32, u32)>, ImportError> {
    let read_error = |cause| ImportError::Read {
        path: dir.to_owned(),
        cause,
    };
    let mut files = Vec::new();
    for item in std::fs::read_dir(dir).map_err(read_error)? {
        let item = item.map_err(read_error)?;
        let name = item.file_name().to_string_lossy().into_owned();
        let Some((year, month)) = month_of_file_name(&name) else {
            continue;
        };
        files.push((item.path(), year, month));
    }
    files.sort();
    Ok(files)
}

/// `2026-03.txt` → (2026, 3).
fn month_of_file_name(name: &str) -> Option<(i32, u32)> {
    let stem = name.strip_suffix(".txt")?;
    let (year, month) = stem.split_once('-')?;
    if year.len() != 4 || month.len() != 2 {
        return None;
    }
    let month: u32 = month.parse().ok()?;
    ((1..=12).contains(&month)).then_some((year.parse().ok()?, month))
}

/// Reads every month file of the folder into diary entries, one per day.
pub fn read_folder(dir: &Path) -> Result<Vec<DiaryEntry>, ImportError> {
    let files = month_files(dir)?;
    if files.is_empty() {
        return Err(ImportError::NothingToImport {
            path: dir.to_owned(),
        });
    }
    let mut entries = Vec::new();
    for (path, year, month) in files {
        let text =
            String::from_utf8(super::read_counted(&path)?).map_err(|_| ImportError::Read {
                path: path.clone(),
                cause: std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8 text"),
            })?;
        entries.extend(read_month(&path, &text, year, month)?);
    }
    Ok(entries)
}

/// One month file's days.
pub fn read_month(
    path: &Path,
    text: &str,
    year: i32,
    month: u32,
) -> Result<Vec<DiaryEntry>, ImportError> {
    let parse_error = |line: u64, message: String| ImportError::Parse {
        path: path.to_owned(),
        line,
        message,
    };
    check_shape(text).map_err(|(line, message)| parse_error(line, message))?;
    let documents = YamlLoader::load_from_str(text).map_err(|error| {
        parse_error(
            error.marker().line() as u64,
            format!("not valid YAML: {}", error.info()),
        )
    })?;
    let days = match documents.into_iter().next() {
        None | Some(Yaml::Null) => return Ok(Vec::new()),
        Some(Yaml::Hash(days)) => days,
        Some(_) => {
            return Err(parse_error(
                1,
                "expected day numbers, each with the day's text".to_owned(),
            ));
        }
    };
    let mut entries = Vec::new();
    for (key, content) in days {
        let number = match &key {
            Yaml::Integer(number) => u32::try_from(*number).ok(),
            Yaml::String(text) => text.trim().parse().ok(),
            _ => None,
        };
        let shown = yaml_words(&key);
        let line = line_of_key(text, &shown);
        let Some(date) = number.and_then(|day| NaiveDate::from_ymd_opt(year, month, day)) else {
            return Err(parse_error(
                line,
                format!("“{shown}” is not a day of {year}-{month:02}"),
            ));
        };
        let Yaml::Hash(content) = content else {
            return Err(parse_error(
                line,
                format!("day {shown}: expected the day's text and categories"),
            ));
        };
        let mut body = String::new();
        let mut tags: Vec<String> = Vec::new();
        let mut category_lines = Vec::new();
        for (name, value) in content {
            let name = yaml_words(&name);
            if name == "text" {
                let Yaml::String(text) = value else {
                    return Err(parse_error(
                        line,
                        format!("day {shown}: its text is not text"),
                    ));
                };
                body = text;
                continue;
            }
            let items: Vec<String> = match value {
                Yaml::Hash(items) => items.keys().map(yaml_words).collect(),
                _ => Vec::new(),
            };
            if items.is_empty() {
                tags.push(name);
            } else if name.eq_ignore_ascii_case("tags") {
                tags.extend(items);
            } else {
                category_lines.push(format!("{name}: {}", items.join(", ")));
            }
        }
        tags.extend(signed_words(&body, '#'));
        let mut body = body.trim().to_owned();
        if !category_lines.is_empty() {
            if !body.is_empty() {
                body.push_str("\n\n");
            }
            body.push_str(&category_lines.join("\n"));
        }

        entries.push(DiaryEntry {
            date,
            time: None,
            title: String::new(),
            body,
            tags: normalized_tags(&tags),
            starred: false,
        });
    }
    Ok(entries)
}

/// How deep a month file may nest lists and maps: RedNotebook writes three levels (days, their
/// categories, the entries of a category); anything far deeper is not one of its files.
const MAX_NESTING: usize = 32;

/// Reads the file's YAML events once, before anything is built from them, and refuses what
/// RedNotebook never writes and what would make building them unbounded: aliases (the loader
/// expands each by copying what it names, so a few hundred bytes of nested aliases become
/// billions of nodes) and nesting deeper than [`MAX_NESTING`]. Syntax errors are left to the
/// loader, which reports them.
fn check_shape(text: &str) -> Result<(), (u64, String)> {
    let mut parser = Parser::new_from_str(text);
    let mut depth = 0_usize;
    loop {
        match parser.next_token() {
            Ok((Event::StreamEnd, _)) | Err(_) => return Ok(()),
            Ok((Event::Alias(_), mark)) => {
                return Err((
                    mark.line() as u64,
                    "uses YAML aliases, which RedNotebook never writes: not imported".to_owned(),
                ));
            }
            Ok((Event::SequenceStart(..) | Event::MappingStart(..), mark)) => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Err((
                        mark.line() as u64,
                        format!(
                            "nests lists more than {MAX_NESTING} deep, which RedNotebook never writes: not imported"
                        ),
                    ));
                }
            }
            Ok((Event::SequenceEnd | Event::MappingEnd, _)) => depth = depth.saturating_sub(1),
            Ok(_) => {}
        }
    }
}

/// A YAML scalar as the words it holds.
fn yaml_words(value: &Yaml) -> String {
    match value {
        Yaml::String(text) | Yaml::Real(text) => text.clone(),
        Yaml::Integer(number) => number.to_string(),
        Yaml::Boolean(yes) => yes.to_string(),
        _ => String::new(),
    }
}

/// The 1-based line where the day `key` starts (block style `12:` or flow style `{12:`, `, 12:`),
/// or 1 when it cannot be found.
fn line_of_key(text: &str, key: &str) -> u64 {
    let forms = [
        format!("{key}:"),
        format!("'{key}':"),
        format!("\"{key}\":"),
    ];
    for (line, number) in text.lines().zip(1_u64..) {
        let trimmed = line.trim_start().trim_start_matches(['{', ',', ' ']);
        if forms.iter().any(|form| trimmed.starts_with(form.as_str()))
            || forms.iter().any(|form| {
                line.contains(&format!("{{{form}")) || line.contains(&format!(", {form}"))
            })
        {
            return number;
        }
    }
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path() -> &'static Path {
        Path::new("2026-03.txt")
    }

    #[test]
    fn block_style_days_with_categories_and_hashtags() {
        // As PyYAML writes it: a line break inside a quoted text is an empty line.
        let text = concat!(
            "2:\n",
            "  text: 'Réunion difficile avec le client. #work #Feedback\n",
            "\n",
            "    Deuxième paragraphe.'\n",
            "  Tags:\n",
            "    déçu: null\n",
            "  Ideas:\n",
            "    Ask for a demo: null\n",
            "    Write it down: null\n",
            "  Reading: null\n",
            "15:\n",
            "  text: Calm day.\n",
        );
        let entries = read_month(path(), text, 2026, 3).unwrap();
        assert_eq!(entries.len(), 2);
        let first = &entries[0];
        assert_eq!(first.date, NaiveDate::from_ymd_opt(2026, 3, 2).unwrap());
        assert_eq!(
            first.body,
            "Réunion difficile avec le client. #work #Feedback\nDeuxième paragraphe.\n\nIdeas: Ask for a demo, Write it down"
        );
        assert_eq!(first.tags, vec!["déçu", "Reading", "work", "Feedback"]);
        assert_eq!(entries[1].body, "Calm day.");
    }

    #[test]
    fn flow_style_days_read_the_same() {
        let text = "{2: {text: \"Short day. #work\", Tags: {focus: null}}, 3: {text: ''}}\n";
        let entries = read_month(path(), text, 2026, 3).unwrap();
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].tags, vec!["focus", "work"]);
        assert_eq!(entries[1].body, "");
    }

    #[test]
    fn broken_yaml_and_impossible_days_are_reported_with_their_line() {
        let error = read_month(path(), "2:\n  text: 'open quote\n3: x\n", 2026, 3)
            .unwrap_err()
            .to_string();
        assert!(error.starts_with("2026-03.txt:"), "{error}");
        assert!(error.contains("not valid YAML"), "{error}");
        let error = read_month(
            Path::new("2026-02.txt"),
            "1:\n  text: fine\n30:\n  text: no\n",
            2026,
            2,
        )
        .unwrap_err()
        .to_string();
        assert_eq!(error, "2026-02.txt:3: “30” is not a day of 2026-02");
        assert!(read_month(path(), "", 2026, 3).unwrap().is_empty());
    }

    #[test]
    fn month_file_names() {
        assert_eq!(month_of_file_name("2026-03.txt"), Some((2026, 3)));
        assert_eq!(month_of_file_name("2026-13.txt"), None);
        assert_eq!(month_of_file_name("notes.txt"), None);
        assert_eq!(month_of_file_name("2026-3.txt"), None);
    }
}
