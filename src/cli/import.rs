//! `kintsugi import …`: what to read and how, then all or nothing — the journal is backed up
//! and written only when the whole import reads and checks.

use std::path::Path;

use anyhow::anyhow;

use super::{FormatChoice, ImportCommand, journal_path, warn_if_backup_failed};
use crate::clock::Clock;
use crate::interchange::{self, ImportError, ImportFormat, ImportOptions};

/// `NAME=N` with N from 1 to 10; the name is compared whatever its case.
pub(super) fn parse_mood(text: &str) -> Result<(String, u8), String> {
    let (name, rating) = text
        .rsplit_once('=')
        .ok_or_else(|| format!("“{text}”: write a mood as NAME=N, e.g. ecstatic=10"))?;
    let name = name.trim();
    if name.is_empty() {
        return Err(format!("“{text}”: the mood's name is missing"));
    }
    let rating: u8 = rating
        .trim()
        .parse()
        .ok()
        .filter(|r| (1..=10).contains(r))
        .ok_or_else(|| format!("“{text}”: the rating must be a whole number from 1 to 10"))?;
    Ok((name.to_lowercase(), rating))
}

/// The import subcommands: what to read, and how.
pub(super) fn run_import_command(
    command: ImportCommand,
    data: Option<&Path>,
    clock: &Clock,
) -> anyhow::Result<String> {
    let (source, options) = match command {
        ImportCommand::Csv {
            path,
            format,
            moods,
        } => {
            let format = format.map(|format| match format {
                FormatChoice::Kintsugi => ImportFormat::Kintsugi,
                FormatChoice::Daylio => ImportFormat::Daylio,
            });
            let moods = moods.into_iter().collect();
            (path, ImportOptions { format, moods })
        }
        ImportCommand::Jrnl { path } => (path, ImportOptions::only(ImportFormat::Jrnl)),
        ImportCommand::Rednotebook { path } => {
            (path, ImportOptions::only(ImportFormat::RedNotebook))
        }
    };
    run_import(&source, &options, data, clock)
}

/// `import`: merge into the journal, or change nothing when anything is wrong; back the
/// journal up before writing the result.
fn run_import(
    source: &Path,
    options: &ImportOptions,
    data: Option<&Path>,
    clock: &Clock,
) -> anyhow::Result<String> {
    let path = journal_path(data)?;
    let (mut store, journal) = super::encryption::open_store(&path)?;
    let (merged, report) = interchange::import(&journal, source, options, clock.now())
        .map_err(|error| anyhow!("{error}{}", mood_hint(&error)))?;
    // A backup that cannot be made is reported, and never holds back the import itself.
    let backup = match store.back_up_before(
        "import",
        clock.today(),
        &clock.now().format("%H%M%S").to_string(),
    ) {
        Ok(Some(path)) => format!(
            "\nBackup of the journal before the import: {}",
            path.display()
        ),
        Ok(None) => String::new(),
        Err(error) => format!("\nWarning: no backup was made before the import: {error}"),
    };
    warn_if_backup_failed(store.save(&merged, clock.today())?);
    Ok(format!("{report}{backup}\n"))
}

/// For Daylio moods without a rating: how to give them one on the command line.
fn mood_hint(error: &ImportError) -> String {
    let ImportError::UnknownMoods { moods, .. } = error else {
        return String::new();
    };
    let flags: Vec<String> = moods
        .iter()
        .map(|(mood, _)| {
            let flag = format!("{mood}=N");
            if flag.contains(char::is_whitespace) {
                format!("--mood \"{flag}\"")
            } else {
                format!("--mood {flag}")
            }
        })
        .collect();
    format!(
        "\nGive each a rating from 1 to 10 and import again with {}",
        flags.join(" ")
    )
}
