//! Data in and out (SPEC §2.5, §4): CSV export, and import of Kintsugi's own CSV and of
//! Daylio's export. Import is all or nothing: it builds the merged journal and checks it before
//! anything replaces the user's journal.

mod daylio;
mod kintsugi_csv;
mod lists;
mod merge;

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

pub use kintsugi_csv::{CHECKIN_COLUMNS, SETBACK_COLUMNS, SKILL_COLUMNS};
pub use merge::{ImportReport, Skipped};

use crate::model::{Journal, ValidationError};
use crate::storage::{self, StorageError};

/// Why an import could not be done. Every variant names the file; row problems give the line
/// and the column.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file or folder could not be read.
    #[error("{}: could not read it: {cause}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        cause: std::io::Error,
    },
    /// Nothing to import was found there.
    #[error("{}: no checkins.csv, setbacks.csv or skills.csv here", path.display())]
    NothingToImport {
        /// The folder.
        path: PathBuf,
    },
    /// The header lacks a column the format needs.
    #[error("{}:1: the column “{column}” is missing", path.display())]
    MissingColumn {
        /// The file.
        path: PathBuf,
        /// The missing column.
        column: String,
    },
    /// A row could not be parsed as CSV (broken quoting, wrong number of fields).
    #[error("{}:{line}: {message}", path.display())]
    Csv {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: u64,
        /// What is wrong.
        message: String,
    },
    /// A cell holds a value the column cannot take.
    #[error("{}:{line}: column “{column}”: {message}", path.display())]
    Cell {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: u64,
        /// The column's name.
        column: String,
        /// What is wrong.
        message: String,
    },
    /// Daylio moods that have no rating (custom mood names).
    #[error("{}: unknown Daylio moods: {}", path.display(), moods.iter().map(|(mood, lines)| format!("“{mood}” (lines {})", lines.iter().map(u64::to_string).collect::<Vec<_>>().join(", "))).collect::<Vec<_>>().join("; "))]
    UnknownMoods {
        /// The file.
        path: PathBuf,
        /// Each unknown mood with the lines it is on.
        moods: Vec<(String, Vec<u64>)>,
    },
    /// The header is neither Kintsugi's nor Daylio's.
    #[error("{}:1: not a Kintsugi or Daylio export (unexpected columns)", path.display())]
    UnknownFormat {
        /// The file.
        path: PathBuf,
    },
    /// The merged journal would break a rule.
    #[error("the import would break a rule of the journal: {0}")]
    Invalid(ValidationError),
}

/// Which format to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportFormat {
    /// Kintsugi's own CSV files.
    Kintsugi,
    /// Daylio's CSV export.
    Daylio,
}

impl fmt::Display for ImportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ImportFormat::Kintsugi => "Kintsugi CSV",
            ImportFormat::Daylio => "Daylio CSV",
        })
    }
}

/// A CSV file read into memory, with its header.
#[derive(Debug)]
pub struct Table {
    path: PathBuf,
    columns: HashMap<String, usize>,
    records: Vec<csv::StringRecord>,
}

/// One row of a table, for reading cells by column name.
#[derive(Debug)]
pub struct Row<'a> {
    table: &'a Table,
    record: &'a csv::StringRecord,
    /// 1-based line where the row starts.
    pub line: u64,
}

impl Table {
    /// Reads and parses a CSV file (UTF-8, RFC 4180).
    pub fn read(path: &Path) -> Result<Table, ImportError> {
        let bytes = std::fs::read(path).map_err(|cause| ImportError::Read {
            path: path.to_owned(),
            cause,
        })?;
        Self::parse(path, &bytes)
    }

    fn parse(path: &Path, bytes: &[u8]) -> Result<Table, ImportError> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(bytes);
        let csv_error = |error: csv::Error| ImportError::Csv {
            path: path.to_owned(),
            line: error.position().map_or(1, csv::Position::line),
            message: match error.kind() {
                csv::ErrorKind::UnequalLengths {
                    expected_len, len, ..
                } => {
                    format!(
                        "{len} fields where the header has {expected_len} (a stray quote or comma?)"
                    )
                }
                csv::ErrorKind::Utf8 { .. } => "not UTF-8 text".to_owned(),
                _ => error.to_string(),
            },
        };
        let headers = reader.headers().map_err(csv_error)?.clone();
        let records = reader
            .records()
            .collect::<Result<Vec<_>, _>>()
            .map_err(csv_error)?;
        Ok(Table {
            path: path.to_owned(),
            columns: kintsugi_csv::header_index(&headers),
            records,
        })
    }

    /// Fails with `MissingColumn` unless every one of `columns` is in the header.
    pub fn require(&self, columns: &[&str]) -> Result<(), ImportError> {
        match columns
            .iter()
            .find(|column| !self.columns.contains_key(**column))
        {
            Some(column) => Err(ImportError::MissingColumn {
                path: self.path.clone(),
                column: (*column).to_owned(),
            }),
            None => Ok(()),
        }
    }

    /// True when the header has this column.
    pub fn has(&self, column: &str) -> bool {
        self.columns.contains_key(column)
    }

    /// The rows, each with its line.
    pub fn rows(&self) -> impl Iterator<Item = Result<Row<'_>, ImportError>> {
        self.records.iter().map(move |record| {
            let line = record.position().map_or(0, csv::Position::line);
            Ok(Row {
                table: self,
                record,
                line,
            })
        })
    }
}

impl Row<'_> {
    /// The cell of a column ("" when the column is absent or the cell empty).
    pub fn text(&self, column: &str) -> &str {
        self.table
            .columns
            .get(column)
            .and_then(|index| self.record.get(*index))
            .unwrap_or("")
    }

    /// An error about this row's cell in `column`.
    pub fn error(&self, column: &str, message: &str) -> ImportError {
        ImportError::Cell {
            path: self.table.path.clone(),
            line: self.line,
            column: column.to_owned(),
            message: message.to_owned(),
        }
    }

    /// Parses a cell; an empty cell is `None`.
    pub fn parse<T>(
        &self,
        column: &str,
        parse: impl Fn(&str) -> Result<T, String>,
    ) -> Result<Option<T>, ImportError> {
        let text = self.text(column).trim();
        if text.is_empty() {
            return Ok(None);
        }
        parse(text)
            .map(Some)
            .map_err(|message| self.error(column, &format!("“{text}”: {message}")))
    }
}

/// Why the CSV files could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Encoding failed.
    #[error("could not write CSV: {0}")]
    Csv(#[from] csv::Error),
    /// Writing a file failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// Writes `checkins.csv`, `setbacks.csv` and `skills.csv` into `dir` (created when missing),
/// each atomically. Returns the files written.
pub fn export_csv(journal: &Journal, dir: &Path) -> Result<Vec<PathBuf>, ExportError> {
    let mut written = Vec::new();
    for (name, bytes) in kintsugi_csv::export(journal)? {
        let path = dir.join(name);
        storage::write_file_atomically(&path, &bytes)?;
        written.push(path);
    }
    Ok(written)
}

/// The CSV files' contents, without writing them (for tests and benchmarks).
pub fn export_csv_bytes(journal: &Journal) -> Result<[(&'static str, Vec<u8>); 3], csv::Error> {
    kintsugi_csv::export(journal)
}

/// Reads `path` — a folder of Kintsugi CSV files, a single Kintsugi `checkins.csv`, or a Daylio
/// export — and returns the journal with the import merged in, and what was done. The given
/// journal is not changed; nothing is written.
pub fn import_csv(
    journal: &Journal,
    path: &Path,
    format: Option<ImportFormat>,
    now: DateTime<Utc>,
) -> Result<(Journal, ImportReport), ImportError> {
    if path.is_dir() {
        return merge::merge_kintsugi_folder(journal, path, now);
    }
    let table = Table::read(path)?;
    let format = match format {
        Some(format) => format,
        None if daylio::looks_like(&table) => ImportFormat::Daylio,
        None if table.has("date") || table.has("name") => ImportFormat::Kintsugi,
        None => {
            return Err(ImportError::UnknownFormat {
                path: path.to_owned(),
            });
        }
    };
    match format {
        ImportFormat::Daylio => {
            merge::merge_check_ins(journal, daylio::read(&table, now)?, ImportFormat::Daylio)
        }
        ImportFormat::Kintsugi => merge::merge_kintsugi_file(journal, &table, now),
    }
}
