//! Data in and out (SPEC §2.5, §4): CSV export, and import of Kintsugi's own CSV and of
//! Daylio's export. Import is all or nothing: it builds the merged journal and checks it before
//! anything replaces the user's journal.

mod daylio;
mod diary;
pub mod fuzzing;
mod jrnl;
mod kintsugi_csv;
mod lists;
mod merge;
mod note_blocks;
mod practice_csv;
mod progress;
mod rednotebook;

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

pub use diary::{DiaryEntry, merge_diary};
pub use kintsugi_csv::{CHECKIN_COLUMNS, SETBACK_COLUMNS, SKILL_COLUMNS};
pub use merge::{ImportReport, Skipped};
pub use practice_csv::{EXPERIMENT_COLUMNS, REVIEW_COLUMNS};
pub use progress::ImportProgress;

use crate::model::{Journal, ValidationError};
use crate::storage::{self, StorageError};

/// Why an import could not be done. Every variant names the file; row problems give the line
/// and the column.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Cancel was pressed; nothing was changed.
    #[error("{}: the import was cancelled; nothing was changed", path.display())]
    Cancelled {
        /// The file or folder being imported.
        path: PathBuf,
    },
    /// The file or folder could not be read.
    #[error("{}: could not read it: {cause}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        cause: std::io::Error,
    },
    /// Nothing to import was found there.
    #[error("{}: no checkins.csv, setbacks.csv, skills.csv, experiments.csv or reviews.csv here, nor RedNotebook month files (YYYY-MM.txt)", path.display())]
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
    #[error("{}: unknown Daylio moods: {}", path.display(), mood_lines(moods))]
    UnknownMoods {
        /// The file.
        path: PathBuf,
        /// Each unknown mood with the lines it is on.
        moods: Vec<(String, Vec<u64>)>,
    },
    /// A diary file that does not hold what its format says (bad JSON or YAML, a bad date).
    #[error("{}:{line}: {message}", path.display())]
    Parse {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: u64,
        /// What is wrong.
        message: String,
    },
    /// The file is none of the formats Kintsugi reads.
    #[error("{}:1: not a Kintsugi or Daylio CSV export nor a jrnl journal (unexpected columns)", path.display())]
    UnknownFormat {
        /// The file.
        path: PathBuf,
    },
    /// The merged journal would break a rule.
    #[error("the import would break a rule of the journal: {0}")]
    Invalid(ValidationError),
}

/// "“ecstatic” (lines 2, 5); “so-so” (line 3)".
fn mood_lines(moods: &[(String, Vec<u64>)]) -> String {
    moods
        .iter()
        .map(|(mood, lines)| {
            let numbers: Vec<String> = lines.iter().map(u64::to_string).collect();
            let word = if numbers.len() == 1 { "line" } else { "lines" };
            format!("“{mood}” ({word} {})", numbers.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Which format to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportFormat {
    /// Kintsugi's own CSV files.
    Kintsugi,
    /// Daylio's CSV export.
    Daylio,
    /// jrnl's JSON export or its plain-text journal.
    Jrnl,
    /// RedNotebook's data folder.
    RedNotebook,
}

impl fmt::Display for ImportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ImportFormat::Kintsugi => "Kintsugi CSV",
            ImportFormat::Daylio => "Daylio CSV",
            ImportFormat::Jrnl => "jrnl",
            ImportFormat::RedNotebook => "RedNotebook",
        })
    }
}

/// The largest file an import reads (a Daylio export of 20 years is about 5 MB): a bound on
/// what a hostile file can make the importer allocate.
pub const MAX_IMPORT_BYTES: u64 = 64 * 1024 * 1024;

/// Reads a whole file of at most [`MAX_IMPORT_BYTES`], refusing larger ones before reading.
pub(crate) fn read_capped(path: &Path) -> Result<Vec<u8>, ImportError> {
    use std::io::Read as _;
    let read_error = |cause| ImportError::Read {
        path: path.to_owned(),
        cause,
    };
    // A named pipe or a device would block or never end: only regular files are opened.
    if let Ok(metadata) = std::fs::metadata(path)
        && !metadata.is_file()
    {
        return Err(read_error(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a regular file",
        )));
    }
    let file = std::fs::File::open(path).map_err(read_error)?;
    let mut bytes = Vec::new();
    file.take(MAX_IMPORT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_IMPORT_BYTES {
        return Err(read_error(std::io::Error::new(
            std::io::ErrorKind::FileTooLarge,
            format!(
                "larger than {} MiB, more than any export; it was not read",
                MAX_IMPORT_BYTES / (1024 * 1024)
            ),
        )));
    }
    Ok(bytes)
}

/// [`read_capped`] for a reader: the bytes count as read in the import's progress, and a
/// Cancel stops the import here.
pub(crate) fn read_counted(path: &Path) -> Result<Vec<u8>, ImportError> {
    progress::check(path)?;
    let bytes = read_capped(path)?;
    progress::advance(bytes.len() as u64);
    Ok(bytes)
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
        let bytes = read_counted(path)?;
        Self::parse(path, &bytes)
    }

    /// Parses CSV bytes; `path` only names the file in errors.
    pub fn parse(path: &Path, bytes: &[u8]) -> Result<Table, ImportError> {
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

/// Writes `checkins.csv`, `setbacks.csv`, `skills.csv`, `experiments.csv` and `reviews.csv`
/// into `dir` (created when missing), each atomically. Returns the files written.
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
pub fn export_csv_bytes(journal: &Journal) -> Result<[(&'static str, Vec<u8>); 5], csv::Error> {
    kintsugi_csv::export(journal)
}

/// What an import reads and how.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// `None` recognises the format from the file or folder.
    pub format: Option<ImportFormat>,
    /// Ratings (1–10) for Daylio mood names, in lower case: the user's own moods, or new
    /// ratings for the five built-in ones.
    pub moods: BTreeMap<String, u8>,
}

impl ImportOptions {
    /// Reads the path as this format.
    pub fn only(format: ImportFormat) -> Self {
        Self {
            format: Some(format),
            moods: BTreeMap::new(),
        }
    }
}

/// The format of a file or folder: a folder of Kintsugi CSV files or RedNotebook's data folder;
/// a CSV file (Kintsugi's or Daylio's, told apart later by its header); or a jrnl journal (JSON
/// or text, recognised by its extension or its first character).
pub fn recognise(path: &Path) -> Result<ImportFormat, ImportError> {
    if path.is_dir() {
        let kintsugi = merge::KintsugiFile::ALL
            .iter()
            .any(|file| path.join(file.name()).is_file());
        return if kintsugi {
            Ok(ImportFormat::Kintsugi)
        } else if !rednotebook::month_files(path)?.is_empty() {
            Ok(ImportFormat::RedNotebook)
        } else {
            Err(ImportError::NothingToImport {
                path: path.to_owned(),
            })
        };
    }
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if extension == "json" {
        return Ok(ImportFormat::Jrnl);
    }
    if extension != "csv" {
        let bytes = read_capped(path)?;
        let start = String::from_utf8_lossy(bytes.get(..bytes.len().min(64)).unwrap_or_default())
            .trim_start()
            .chars()
            .next();
        if matches!(start, Some('[' | '{')) {
            return Ok(ImportFormat::Jrnl);
        }
    }
    let table = Table::read(path)?;
    if daylio::looks_like(&table) {
        Ok(ImportFormat::Daylio)
    } else if table.has("date")
        || table.has("name")
        || merge::KintsugiFile::named(path).is_some()
        || merge::KintsugiFile::by_columns(&table).is_some()
    {
        Ok(ImportFormat::Kintsugi)
    } else {
        Err(ImportError::UnknownFormat {
            path: path.to_owned(),
        })
    }
}

/// [`import`] reporting to `progress` (bytes read) and stopping with
/// [`ImportError::Cancelled`] when it is cancelled. For a worker thread.
pub fn import_with_progress(
    journal: &Journal,
    path: &Path,
    options: &ImportOptions,
    now: DateTime<Utc>,
    progress: &std::sync::Arc<ImportProgress>,
) -> Result<(Journal, ImportReport), ImportError> {
    progress.run(path, || {
        let result = import(journal, path, options, now);
        progress::check(path)?;
        result
    })
}

/// Reads `path` — a folder of Kintsugi CSV files or one of them, a Daylio export, a jrnl
/// journal or RedNotebook's data folder — and returns the journal with the import merged in,
/// and what was done. The given journal is not changed; nothing is written.
pub fn import(
    journal: &Journal,
    path: &Path,
    options: &ImportOptions,
    now: DateTime<Utc>,
) -> Result<(Journal, ImportReport), ImportError> {
    let format = match options.format {
        Some(format) => format,
        None => recognise(path)?,
    };
    match format {
        ImportFormat::Kintsugi if path.is_dir() => merge::merge_kintsugi_folder(journal, path, now),
        ImportFormat::Kintsugi => merge::merge_kintsugi_file(journal, &Table::read(path)?, now),
        ImportFormat::Daylio => {
            let rows = daylio::read(&Table::read(path)?, &options.moods, now)?;
            merge::merge_check_ins(journal, rows, ImportFormat::Daylio)
        }
        ImportFormat::Jrnl => {
            let bytes = read_counted(path)?;
            let text = String::from_utf8(bytes).map_err(|_| ImportError::Read {
                path: path.to_owned(),
                cause: std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8 text"),
            })?;
            let entries = jrnl::read(path, &text)?;
            diary::merge_diary(journal, entries, ImportFormat::Jrnl, now)
        }
        ImportFormat::RedNotebook => {
            let entries = rednotebook::read_folder(path)?;
            diary::merge_diary(journal, entries, ImportFormat::RedNotebook, now)
        }
    }
}
