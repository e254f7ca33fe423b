//! When to remind: the daily check-in reminder and the weekly review, as pure rules over the
//! local time, so that they are tested across time zones, midnights and skipped days without
//! waiting for a clock. Sending the notification is the edge's job.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

/// The time of the weekly review reminder when no daily reminder time is set.
pub const DEFAULT_REVIEW_TIME: NaiveTime = match NaiveTime::from_hms_opt(18, 0, 0) {
    Some(time) => time,
    None => NaiveTime::MIN,
};

/// What the user chose in Preferences (both off by default).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ReminderSettings {
    /// Remind at this local time on days without a check-in.
    pub daily: Option<NaiveTime>,
    /// Remind to review the last four weeks on this day of the week.
    pub weekly_review: Option<Weekday>,
}

/// What the running app remembers about reminders (never saved: a new run starts afresh).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReminderState {
    /// When the app was started, local time.
    pub started: NaiveDateTime,
    /// The last day a check-in reminder was shown.
    pub last_check_in: Option<NaiveDate>,
    /// The last day a weekly review reminder was shown.
    pub last_review: Option<NaiveDate>,
}

impl ReminderState {
    /// The state of an app started at `started` (local time).
    pub fn started_at(started: NaiveDateTime) -> Self {
        Self {
            started,
            last_check_in: None,
            last_review: None,
        }
    }
}

/// A reminder that is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminder {
    /// This day has no check-in yet.
    CheckIn(NaiveDate),
    /// This day may have no check-in yet: the journal is encrypted and the timer has no
    /// passphrase to look (it reminds all the same, saying so).
    CheckInUnknown(NaiveDate),
    /// Time to look back over the last four weeks.
    WeeklyReview(NaiveDate),
}

impl Reminder {
    /// The notification's title and body.
    pub fn words(self) -> (String, String) {
        match self {
            Reminder::CheckIn(date) => (
                crate::t!("reminder-check-in-title"),
                crate::t!("reminder-check-in-body", date = day_words(date)),
            ),
            Reminder::CheckInUnknown(date) => (
                crate::t!("reminder-check-in-title"),
                crate::t!("reminder-check-in-unknown-body", date = day_words(date)),
            ),
            Reminder::WeeklyReview(_) => (
                crate::t!("reminder-review-title"),
                crate::t!("reminder-review-body"),
            ),
        }
    }

    /// Records that this reminder was shown, so that it is not shown again that day.
    pub fn mark_shown(self, state: &mut ReminderState) {
        match self {
            Reminder::CheckIn(date) | Reminder::CheckInUnknown(date) => {
                state.last_check_in = Some(date);
            }
            Reminder::WeeklyReview(date) => state.last_review = Some(date),
        }
    }
}

/// The day a reminder is about: "Saturday 28 November".
fn day_words(date: NaiveDate) -> String {
    crate::i18n::date(date, crate::i18n::DateStyle::WeekdayDayMonth)
}

/// The reminders due at `now`, in the user's time zone (its offset is part of `now`).
///
/// The check-in reminder is due once a day, from the reminder time on, while that local day
/// has no check-in — except on the day the app was started after the reminder time: opening
/// the app already did what the reminder would. A day the app did not run through (asleep,
/// closed) is not reminded late the next morning; the next reminder is that day's. The weekly
/// review is due once on its weekday, from the reminder time (or 18:00) on.
pub fn due(
    settings: &ReminderSettings,
    state: &ReminderState,
    now: DateTime<FixedOffset>,
    has_check_in: impl Fn(NaiveDate) -> bool,
) -> Vec<Reminder> {
    let local = now.naive_local();
    let today = local.date();
    let started_after =
        |time: NaiveTime| state.started.date() == today && state.started.time() > time;
    let mut due = Vec::new();
    if let Some(time) = settings.daily
        && local.time() >= time
        && state.last_check_in != Some(today)
        && !started_after(time)
        && !has_check_in(today)
    {
        due.push(Reminder::CheckIn(today));
    }
    if let Some(weekday) = settings.weekly_review {
        let time = settings.daily.unwrap_or(DEFAULT_REVIEW_TIME);
        if today.weekday() == weekday
            && local.time() >= time
            && state.last_review != Some(today)
            && !started_after(time)
        {
            due.push(Reminder::WeeklyReview(today));
        }
    }
    due
}

/// Reads a reminder time typed as "20:00" or "8:30".
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, offset_hours: i32) -> DateTime<FixedOffset> {
        let local: NaiveDateTime = text.parse().expect("a test time");
        let offset = FixedOffset::east_opt(offset_hours * 3600).expect("an offset");
        local.and_local_timezone(offset).single().expect("one time")
    }

    fn time(text: &str) -> NaiveTime {
        parse_time(text).expect("a test time")
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("a test date")
    }

    fn daily_at(text: &str) -> ReminderSettings {
        ReminderSettings {
            daily: Some(time(text)),
            weekly_review: None,
        }
    }

    fn started(text: &str) -> ReminderState {
        ReminderState::started_at(text.parse().expect("a test time"))
    }

    fn never(_: NaiveDate) -> bool {
        false
    }

    #[test]
    fn off_by_default_and_due_from_the_time_on() {
        let state = started("2026-11-28T09:00:00");
        let now = at("2026-11-28T20:30:00", 0);
        assert!(due(&ReminderSettings::default(), &state, now, never).is_empty());
        let settings = daily_at("20:00");
        assert!(due(&settings, &state, at("2026-11-28T19:59:00", 0), never).is_empty());
        assert_eq!(
            due(&settings, &state, at("2026-11-28T20:00:00", 0), never),
            vec![Reminder::CheckIn(day("2026-11-28"))]
        );
    }

    #[test]
    fn a_check_in_already_made_or_a_reminder_already_shown_silences_it() {
        let settings = daily_at("20:00");
        let mut state = started("2026-11-28T09:00:00");
        let now = at("2026-11-28T21:00:00", 0);
        assert!(due(&settings, &state, now, |date| date == day("2026-11-28")).is_empty());
        // Yesterday's check-in does not count for today.
        assert_eq!(
            due(&settings, &state, now, |date| date == day("2026-11-27")).len(),
            1
        );
        Reminder::CheckIn(day("2026-11-28")).mark_shown(&mut state);
        assert!(due(&settings, &state, now, never).is_empty());
    }

    #[test]
    fn the_local_day_and_time_follow_the_time_zone() {
        let settings = daily_at("20:00");
        let state = started("2026-11-28T09:00:00");
        // 19:30 UTC is 20:30 in Paris (due) and 14:30 in New York (not yet).
        let instant = at("2026-11-28T19:30:00", 0);
        let paris = instant.with_timezone(&FixedOffset::east_opt(3600).expect("offset"));
        let new_york = instant.with_timezone(&FixedOffset::west_opt(5 * 3600).expect("offset"));
        assert_eq!(due(&settings, &state, paris, never).len(), 1);
        assert!(due(&settings, &state, new_york, never).is_empty());
        // 23:30 UTC on the 28th is already the 29th at +02:00, 01:30: not yet that day's time.
        let late = at("2026-11-28T23:30:00", 0)
            .with_timezone(&FixedOffset::east_opt(2 * 3600).expect("offset"));
        assert!(due(&settings, &state, late, never).is_empty());
        // And the check-in that counts is the local day's.
        let tokyo = at("2026-11-29T20:15:00", 9);
        assert!(due(&settings, &state, tokyo, |date| date == day("2026-11-29")).is_empty());
        assert_eq!(
            due(&settings, &state, tokyo, |date| date == day("2026-11-28")),
            vec![Reminder::CheckIn(day("2026-11-29"))]
        );
    }

    #[test]
    fn an_app_started_after_the_time_waits_for_the_next_day() {
        let settings = daily_at("20:00");
        let state = started("2026-11-28T21:10:00");
        assert!(due(&settings, &state, at("2026-11-28T21:15:00", 0), never).is_empty());
        assert_eq!(
            due(&settings, &state, at("2026-11-29T20:01:00", 0), never),
            vec![Reminder::CheckIn(day("2026-11-29"))]
        );
    }

    #[test]
    fn a_skipped_day_is_not_reminded_late() {
        let settings = daily_at("20:00");
        let mut state = started("2026-11-26T08:00:00");
        Reminder::CheckIn(day("2026-11-26")).mark_shown(&mut state);
        // Asleep through the 27th; on the morning of the 28th nothing is due yet.
        assert!(due(&settings, &state, at("2026-11-28T09:00:00", 0), never).is_empty());
        assert_eq!(
            due(&settings, &state, at("2026-11-28T20:00:00", 0), never),
            vec![Reminder::CheckIn(day("2026-11-28"))]
        );
    }

    #[test]
    fn the_weekly_review_comes_once_on_its_day() {
        let settings = ReminderSettings {
            daily: None,
            weekly_review: Some(Weekday::Sun),
        };
        let mut state = started("2026-11-28T08:00:00");
        // Saturday: not its day; Sunday before 18:00: not yet; then due once.
        assert!(due(&settings, &state, at("2026-11-28T19:00:00", 0), never).is_empty());
        assert!(due(&settings, &state, at("2026-11-29T17:59:00", 0), never).is_empty());
        let reminders = due(&settings, &state, at("2026-11-29T18:00:00", 0), never);
        assert_eq!(reminders, vec![Reminder::WeeklyReview(day("2026-11-29"))]);
        reminders[0].mark_shown(&mut state);
        assert!(due(&settings, &state, at("2026-11-29T22:00:00", 0), never).is_empty());
        // With a daily time, the review comes with it, whatever the check-ins.
        let both = ReminderSettings {
            daily: Some(time("07:30")),
            weekly_review: Some(Weekday::Sun),
        };
        let fresh = started("2026-11-29T07:00:00");
        assert_eq!(
            due(&both, &fresh, at("2026-11-29T07:30:00", 0), |_| true),
            vec![Reminder::WeeklyReview(day("2026-11-29"))]
        );
    }

    #[test]
    fn the_words_are_the_readers_language() {
        use crate::i18n::{Language, use_on_this_thread};
        let saturday = day("2026-11-28");
        let (title, body) = Reminder::CheckIn(saturday).words();
        assert_eq!(title, "Time for your Kintsugi check-in");
        assert!(
            body.starts_with("No check-in yet for Saturday 28 November."),
            "{body}"
        );
        use_on_this_thread(Language::German);
        let (title, body) = Reminder::CheckIn(saturday).words();
        assert_eq!(title, "Zeit für deinen Kintsugi-Tageseintrag");
        assert!(
            body.contains("Samstag") && body.contains("28. November"),
            "{body}"
        );
        let (title, _) = Reminder::WeeklyReview(saturday).words();
        assert_eq!(title, "Zeit für deinen Wochenrückblick");
        use_on_this_thread(Language::English);
    }

    #[test]
    fn times_are_read_as_hours_and_minutes() {
        assert_eq!(parse_time(" 8:05 "), Some(time("08:05")));
        assert_eq!(parse_time("20:00"), Some(time("20:00")));
        assert_eq!(parse_time("25:00"), None);
        assert_eq!(parse_time("8pm"), None);
    }
}
