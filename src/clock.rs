//! The app's notion of "now" and "today", injected so that tests can fix the date and move time
//! forward by hand instead of sleeping.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, Local, NaiveDate, NaiveDateTime, Utc};

/// Tells the current time: the system clock, or a hand-moved one in tests and screenshots.
///
/// Clones of a hand-moved clock share their time: a test keeps one clone and calls
/// [`Clock::advance`] while the app holds another.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    manual: Option<Arc<Mutex<ManualTime>>>,
}

/// The state of a hand-moved clock: its wall time and how far its monotonic time has advanced.
#[derive(Debug)]
struct ManualTime {
    wall: NaiveDateTime,
    origin: Instant,
    elapsed: Duration,
}

impl Clock {
    /// The system clock, with "today" in the local time zone.
    pub fn system() -> Self {
        Self { manual: None }
    }

    /// A clock that says `moment` (taken as local time) until [`Clock::advance`] moves it.
    pub fn fixed(moment: NaiveDateTime) -> Self {
        Self {
            manual: Some(Arc::new(Mutex::new(ManualTime {
                wall: moment,
                origin: Instant::now(),
                elapsed: Duration::ZERO,
            }))),
        }
    }

    /// Moves a hand-moved clock (and every clone of it) forward by `by`, both its date and time
    /// and its monotonic instants. The system clock cannot be moved: this does nothing to it.
    pub fn advance(&self, by: Duration) {
        if let Some(manual) = &self.manual {
            let mut time = lock(manual);
            time.elapsed += by;
            if let Ok(step) = chrono::Duration::from_std(by) {
                time.wall += step;
            }
        }
    }

    /// Today's calendar date where the user is.
    pub fn today(&self) -> NaiveDate {
        self.manual.as_ref().map_or_else(
            || Local::now().date_naive(),
            |manual| lock(manual).wall.date(),
        )
    }

    /// The current instant, for entry timestamps.
    pub fn now(&self) -> DateTime<Utc> {
        self.manual
            .as_ref()
            .map_or_else(Utc::now, |manual| lock(manual).wall.and_utc())
    }

    /// The local date and time with the time zone's offset, for reminders (a hand-moved clock
    /// is taken to be in UTC).
    pub fn local_now(&self) -> DateTime<FixedOffset> {
        self.manual.as_ref().map_or_else(
            || Local::now().fixed_offset(),
            |manual| lock(manual).wall.and_utc().fixed_offset(),
        )
    }

    /// A monotonic instant, for delays such as the autosave's and how long a toast shows.
    pub fn instant(&self) -> Instant {
        self.manual.as_ref().map_or_else(Instant::now, |manual| {
            let time = lock(manual);
            time.origin + time.elapsed
        })
    }
}

/// Locks a hand-moved clock; a panic elsewhere cannot leave its plain values inconsistent.
fn lock(manual: &Mutex<ManualTime>) -> std::sync::MutexGuard<'_, ManualTime> {
    manual
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly on purpose")]

    use super::*;

    #[test]
    fn a_fixed_clock_stands_still_until_advanced_and_its_clones_follow() {
        let start = NaiveDate::from_ymd_opt(2026, 11, 28)
            .unwrap()
            .and_hms_opt(23, 59, 0)
            .unwrap();
        let clock = Clock::fixed(start);
        let held_by_app = clock.clone();
        let before = held_by_app.instant();
        assert_eq!(held_by_app.instant(), before);
        assert_eq!(held_by_app.today(), start.date());

        clock.advance(Duration::from_mins(2));
        assert_eq!(held_by_app.instant() - before, Duration::from_mins(2));
        assert_eq!(
            held_by_app.today(),
            NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
        );
        assert_eq!(
            held_by_app.now().naive_utc(),
            start + chrono::Duration::seconds(120)
        );
    }
}
