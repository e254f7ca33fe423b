//! `kintsugi remind`: the check-in reminder for a timer, printed (and shown as a notification)
//! only when today has no check-in.

use std::path::Path;

use super::{encryption, journal_path};
use crate::clock::Clock;
use crate::reminders::Reminder;
use crate::storage;

/// `remind`: the check-in reminder when today has none, and nothing otherwise. On an encrypted
/// journal without a passphrase (the timer has none, and should not), it cannot look: it
/// reminds all the same, saying so — never silent, and without reading the journal.
pub(super) fn remind(data: Option<&Path>, clock: &Clock, notify: bool) -> anyhow::Result<String> {
    let path = journal_path(data)?;
    let today = clock.today();
    let reminder = match storage::load(&path) {
        Ok(journal) if journal.check_in(today).is_some() => return Ok(String::new()),
        Ok(_) | Err(storage::StorageError::NotFound { .. }) => Reminder::CheckIn(today),
        Err(storage::StorageError::Encrypted { .. }) if !encryption::passphrase_variable_set() => {
            Reminder::CheckInUnknown(today)
        }
        Err(storage::StorageError::Encrypted { .. }) => {
            if encryption::load_journal(&path)?.check_in(today).is_some() {
                return Ok(String::new());
            }
            Reminder::CheckIn(today)
        }
        Err(error) => return Err(error.into()),
    };
    if notify {
        crate::notification::send(reminder)?;
    }
    let (summary, body) = reminder.words();
    Ok(format!("{summary}: {body}\n"))
}
