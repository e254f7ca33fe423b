//! `kintsugi remind`: the check-in reminder for a timer, printed (and shown as a notification)
//! only when today has no check-in.

use std::path::Path;

use super::{encryption, journal_path};
use crate::clock::Clock;
use crate::storage;

/// `remind`: the check-in reminder when today has none, and nothing otherwise.
pub(super) fn remind(data: Option<&Path>, clock: &Clock, notify: bool) -> anyhow::Result<String> {
    let path = journal_path(data)?;
    let today = clock.today();
    let mut unsure = false;
    let checked_in = match storage::load(&path) {
        Ok(journal) => journal.check_in(today).is_some(),
        // No journal yet: nothing is checked in.
        Err(storage::StorageError::NotFound { .. }) => false,
        // Encrypted, and run by a timer without the passphrase: the contents are out of reach,
        // so a journal written today counts as checked in, and otherwise the reminder says
        // that it cannot tell.
        Err(storage::StorageError::Encrypted { .. })
            if std::env::var_os(encryption::PASSPHRASE_VARIABLE).is_none() =>
        {
            unsure = true;
            written_on(&path, clock)
        }
        Err(storage::StorageError::Encrypted { .. }) => {
            encryption::load_journal(&path)?.check_in(today).is_some()
        }
        Err(error) => return Err(error.into()),
    };
    if checked_in {
        return Ok(String::new());
    }
    let reminder = crate::reminders::Reminder::CheckIn(today);
    if unsure {
        let (summary, body) = reminder.words();
        return Ok(format!(
            "{summary}: {body} (the journal is encrypted, so Kintsugi cannot see whether you already did)\n"
        ));
    }
    if notify {
        crate::notification::send(reminder)?;
    }
    let (summary, body) = reminder.words();
    Ok(format!("{summary}: {body}\n"))
}

/// True when the journal file was last written today (by the local clock).
fn written_on(path: &Path, clock: &Clock) -> bool {
    std::fs::metadata(path)
        .and_then(|metadata| metadata.modified())
        .is_ok_and(|modified| {
            chrono::DateTime::<chrono::Local>::from(modified).date_naive() == clock.today()
        })
}
