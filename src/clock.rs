//! The app's notion of "now" and "today", injected so that tests can fix the date.

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, Utc};

/// Tells the current time: the system clock, or a fixed moment in tests and screenshots.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Clock {
    fixed: Option<NaiveDateTime>,
}

impl Clock {
    /// The system clock, with "today" in the local time zone.
    pub fn system() -> Self {
        Self { fixed: None }
    }

    /// A clock that always says `moment` (taken as local time).
    pub fn fixed(moment: NaiveDateTime) -> Self {
        Self {
            fixed: Some(moment),
        }
    }

    /// Today's calendar date where the user is.
    pub fn today(&self) -> NaiveDate {
        self.fixed
            .map_or_else(|| Local::now().date_naive(), |moment| moment.date())
    }

    /// The current instant, for entry timestamps.
    pub fn now(&self) -> DateTime<Utc> {
        self.fixed.map_or_else(Utc::now, |moment| moment.and_utc())
    }
}
