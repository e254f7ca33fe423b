//! `kintsugi remind`: the check-in reminder for a timer, printed (and shown as a notification)
//! only when today has no check-in; and on the review day, "Review your week".

use std::fmt::Write as _;
use std::path::Path;

use chrono::{Datelike as _, Days, Weekday};

use super::{encryption, journal_path};
use crate::clock::Clock;
use crate::model::Journal;
use crate::reminders::Reminder;
use crate::storage;

/// `remind`: the check-in reminder when today has none, and nothing otherwise; on the review
/// day (`review_day`, Sunday unless told), also "Review your week" when no review was made in
/// the last seven days. On an encrypted journal without a passphrase (the timer has none, and
/// should not), it cannot look: it reminds all the same, saying so — never silent, and without
/// reading the journal.
pub(super) fn remind(
    data: Option<&Path>,
    clock: &Clock,
    notify: bool,
    ReviewDay(review_day): ReviewDay,
) -> anyhow::Result<String> {
    let path = journal_path(data)?;
    let today = clock.today();
    let journal = match storage::load(&path) {
        Ok(journal) => Some(journal),
        Err(storage::StorageError::NotFound { .. }) => Some(Journal::default()),
        Err(storage::StorageError::Encrypted { .. }) if !encryption::passphrase_variable_set() => {
            None
        }
        Err(storage::StorageError::Encrypted { .. }) => Some(encryption::load_journal(&path)?),
        Err(error) => return Err(error.into()),
    };
    let mut due = Vec::new();
    match &journal {
        Some(journal) if journal.check_in(today).is_some() => {}
        Some(_) => due.push(Reminder::CheckIn(today)),
        None => due.push(Reminder::CheckInUnknown(today)),
    }
    if review_day == Some(today.weekday()) {
        let week_ago = today.checked_sub_days(Days::new(6)).unwrap_or(today);
        let reviewed = journal.as_ref().is_some_and(|journal| {
            journal
                .reviews()
                .iter()
                .any(|review| review.to >= week_ago && review.to <= today)
        });
        if !reviewed {
            due.push(Reminder::WeeklyReview(today));
        }
    }
    let mut text = String::new();
    for reminder in due {
        if notify {
            crate::notification::send(reminder)?;
        }
        let (summary, body) = reminder.words();
        let _ = writeln!(text, "{summary}: {body}");
    }
    Ok(text)
}

/// `--review-day`: the weekday of the review reminder, or none (`off`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReviewDay(pub Option<Weekday>);

/// Reads `--review-day`: a weekday's English name (or its first three letters), or `off`.
pub(super) fn parse_review_day(text: &str) -> Result<ReviewDay, String> {
    if text.eq_ignore_ascii_case("off") {
        return Ok(ReviewDay(None));
    }
    text.parse::<Weekday>()
        .map(|day| ReviewDay(Some(day)))
        .map_err(|_| format!("“{text}”: give a weekday (e.g. sunday) or off"))
}
