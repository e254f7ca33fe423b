//! The calendar behind every date picker: which days a month grid shows, how the keyboard moves
//! between days, which days a field can take, and how each day is announced. Pure, so that the
//! rules hold the same in every picker and are tested without a window.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::i18n::DateStyle;
use crate::model::Journal;

/// Rows of a month grid: six weeks hold every month whatever its first weekday.
pub const GRID_WEEKS: usize = 6;

/// The 42 days a month grid shows, starting on the week's first day on or before the 1st.
pub fn month_grid(month: NaiveDate, first_weekday: Weekday) -> Vec<NaiveDate> {
    let first = month.with_day(1).unwrap_or(month);
    let back = u64::from(first.weekday().days_since(first_weekday));
    let start = first.checked_sub_days(Days::new(back)).unwrap_or(first);
    start.iter_days().take(GRID_WEEKS * 7).collect::<Vec<_>>()
}

/// The weekdays in the order the grid's columns show them.
pub fn week_order(first_weekday: Weekday) -> [Weekday; 7] {
    let mut day = first_weekday;
    std::array::from_fn(|_| {
        let this = day;
        day = day.succ();
        this
    })
}

/// A key that moves the focused day of an open calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarMove {
    /// Arrow Left: the day before.
    PreviousDay,
    /// Arrow Right: the day after.
    NextDay,
    /// Arrow Up: a week earlier.
    PreviousWeek,
    /// Arrow Down: a week later.
    NextWeek,
    /// Page Up: the same day a month earlier (the month's last day when it is shorter).
    PreviousMonth,
    /// Page Down: the same day a month later.
    NextMonth,
    /// Home: the first day of the week.
    WeekStart,
    /// End: the last day of the week.
    WeekEnd,
}

/// Where `moved` takes the focus from `date`; the same date at the ends of the calendar.
pub fn move_focus(date: NaiveDate, moved: CalendarMove, first_weekday: Weekday) -> NaiveDate {
    let into_week = u64::from(date.weekday().days_since(first_weekday));
    let next = match moved {
        CalendarMove::PreviousDay => date.checked_sub_days(Days::new(1)),
        CalendarMove::NextDay => date.checked_add_days(Days::new(1)),
        CalendarMove::PreviousWeek => date.checked_sub_days(Days::new(7)),
        CalendarMove::NextWeek => date.checked_add_days(Days::new(7)),
        CalendarMove::PreviousMonth => date.checked_sub_months(Months::new(1)),
        CalendarMove::NextMonth => date.checked_add_months(Months::new(1)),
        CalendarMove::WeekStart => date.checked_sub_days(Days::new(into_week)),
        CalendarMove::WeekEnd => date.checked_add_days(Days::new(6 - into_week)),
    };
    next.unwrap_or(date)
}

/// The days a date field can take, and what to say about the others.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DateBounds {
    /// The earliest day allowed, with why earlier days are not.
    pub earliest: Option<(NaiveDate, String)>,
    /// The latest day allowed, with why later days are not.
    pub latest: Option<(NaiveDate, String)>,
}

impl DateBounds {
    /// Any day at all.
    pub fn any() -> Self {
        Self::default()
    }

    /// Days up to `today`: entries about what happened cannot be in the future.
    pub fn not_after(today: NaiveDate, why: &str) -> Self {
        Self {
            earliest: None,
            latest: Some((today, why.to_owned())),
        }
    }

    /// The same bounds, with days before `earliest` refused for `why` as well.
    #[must_use]
    pub fn not_before(mut self, earliest: NaiveDate, why: &str) -> Self {
        self.earliest = Some((earliest, why.to_owned()));
        self
    }

    /// Why the field cannot take `date`, or `None` when it can.
    pub fn refusal(&self, date: NaiveDate) -> Option<&str> {
        if let Some((earliest, why)) = &self.earliest
            && date < *earliest
        {
            return Some(why);
        }
        if let Some((latest, why)) = &self.latest
            && date > *latest
        {
            return Some(why);
        }
        None
    }

    /// `date` moved inside the bounds (the calendar opens on an allowed day).
    pub fn clamp(&self, date: NaiveDate) -> NaiveDate {
        let mut date = date;
        if let Some((latest, _)) = &self.latest {
            date = date.min(*latest);
        }
        if let Some((earliest, _)) = &self.earliest {
            date = date.max(*earliest);
        }
        date
    }
}

/// The bounds of a range's two ends: the start cannot come after the end, nor the end before
/// the start. Returns the start's bounds and the end's.
pub fn range_bounds(from: Option<NaiveDate>, to: Option<NaiveDate>) -> (DateBounds, DateBounds) {
    let start = to.map_or_else(DateBounds::any, |to| {
        DateBounds::not_after(to, &crate::t!("calendar-after-range-end"))
    });
    let end = from.map_or_else(DateBounds::any, |from| {
        DateBounds::any().not_before(from, &crate::t!("calendar-before-range-start"))
    });
    (start, end)
}

/// What the journal holds on one day, as the calendar marks and announces it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DayContents {
    /// A check-in exists for the day.
    pub checked_in: bool,
    /// Its mood, when rated.
    pub mood: Option<u8>,
    /// How many setbacks happened that day.
    pub setbacks: usize,
}

impl DayContents {
    /// What `journal` holds on `date`.
    pub fn of(journal: &Journal, date: NaiveDate) -> Self {
        let check_in = journal.check_in(date);
        Self {
            checked_in: check_in.is_some(),
            mood: check_in
                .and_then(|check_in| check_in.ratings.mood.map(crate::model::Rating::get)),
            setbacks: journal
                .setbacks()
                .iter()
                .filter(|setback| setback.date == date)
                .count(),
        }
    }
}

/// The full date in words, as headings and announcements say it: "Monday 2 November 2026"
/// (in the reader's language).
pub fn full_date(date: NaiveDate) -> String {
    crate::i18n::date(date, DateStyle::Full)
}

/// How a day is announced: its full date, then what it holds, then why it cannot be chosen:
/// "Monday 2 November 2026, checked in, 1 setback".
pub fn day_description(date: NaiveDate, contents: DayContents, refusal: Option<&str>) -> String {
    let mut words = full_date(date);
    if contents.checked_in {
        words = match contents.mood {
            Some(mood) => crate::t!("calendar-day-checked-in-mood", words = words, mood = mood),
            None => crate::t!("calendar-day-checked-in", words = words),
        };
    }
    if contents.setbacks > 0 {
        words = crate::t!(
            "calendar-day-setbacks",
            words = words,
            count = contents.setbacks
        );
    }
    if let Some(why) = refusal {
        words = crate::t!("calendar-day-unavailable", words = words, why = why);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().expect("a test date")
    }

    #[test]
    fn grid_starts_on_the_first_weekday_and_holds_the_whole_month() {
        // 1 November 2026 is a Sunday.
        let monday = month_grid(day("2026-11-17"), Weekday::Mon);
        assert_eq!(monday.len(), 42);
        assert_eq!(monday[0], day("2026-10-26"));
        assert_eq!(monday[6], day("2026-11-01"));
        assert!(monday.contains(&day("2026-11-30")));
        let sunday = month_grid(day("2026-11-17"), Weekday::Sun);
        assert_eq!(sunday[0], day("2026-11-01"));
        assert_eq!(week_order(Weekday::Sun)[..2], [Weekday::Sun, Weekday::Mon]);
    }

    #[test]
    fn keys_move_by_day_week_month_and_to_the_week_ends() {
        let wednesday = day("2026-11-18");
        let moves = [
            (CalendarMove::PreviousDay, "2026-11-17"),
            (CalendarMove::NextDay, "2026-11-19"),
            (CalendarMove::PreviousWeek, "2026-11-11"),
            (CalendarMove::NextWeek, "2026-11-25"),
            (CalendarMove::PreviousMonth, "2026-10-18"),
            (CalendarMove::NextMonth, "2026-12-18"),
            (CalendarMove::WeekStart, "2026-11-16"),
            (CalendarMove::WeekEnd, "2026-11-22"),
        ];
        for (moved, expected) in moves {
            assert_eq!(
                move_focus(wednesday, moved, Weekday::Mon),
                day(expected),
                "{moved:?}"
            );
        }
        assert_eq!(
            move_focus(wednesday, CalendarMove::WeekStart, Weekday::Sun),
            day("2026-11-15")
        );
        assert_eq!(
            move_focus(day("2026-03-31"), CalendarMove::PreviousMonth, Weekday::Mon),
            day("2026-02-28")
        );
    }

    #[test]
    fn bounds_refuse_days_outside_and_clamp_into_them() {
        crate::i18n::use_on_this_thread(crate::i18n::Language::English);
        let bounds = DateBounds::not_after(day("2026-11-28"), "in the future")
            .not_before(day("2026-11-01"), "before the setback");
        assert_eq!(bounds.refusal(day("2026-11-29")), Some("in the future"));
        assert_eq!(
            bounds.refusal(day("2026-10-31")),
            Some("before the setback")
        );
        assert_eq!(bounds.refusal(day("2026-11-28")), None);
        assert_eq!(bounds.clamp(day("2027-01-01")), day("2026-11-28"));
        assert_eq!(bounds.clamp(day("2020-01-01")), day("2026-11-01"));
        assert_eq!(DateBounds::any().refusal(day("2999-01-01")), None);
        let (start, end) = range_bounds(Some(day("2026-11-07")), Some(day("2026-11-18")));
        assert_eq!(
            start.refusal(day("2026-11-19")),
            Some("after the end of the range")
        );
        assert_eq!(start.refusal(day("2026-11-18")), None);
        assert_eq!(
            end.refusal(day("2026-11-06")),
            Some("before the start of the range")
        );
        let (start, end) = range_bounds(None, None);
        assert_eq!((start, end), (DateBounds::any(), DateBounds::any()));
    }

    #[test]
    fn days_are_announced_with_their_contents() {
        crate::i18n::use_on_this_thread(crate::i18n::Language::English);
        let contents = DayContents {
            checked_in: true,
            mood: Some(7),
            setbacks: 1,
        };
        assert_eq!(
            day_description(day("2026-11-02"), contents, None),
            "Monday 2 November 2026, checked in (mood 7), 1 setback"
        );
        assert_eq!(
            day_description(
                day("2026-11-30"),
                DayContents {
                    setbacks: 2,
                    ..DayContents::default()
                },
                Some("in the future")
            ),
            "Monday 30 November 2026, 2 setbacks, not available: in the future"
        );
    }

    #[test]
    fn days_are_announced_in_the_readers_language() {
        crate::i18n::use_on_this_thread(crate::i18n::Language::German);
        let contents = DayContents {
            checked_in: true,
            mood: Some(7),
            setbacks: 2,
        };
        assert_eq!(
            day_description(day("2026-11-02"), contents, None),
            "Montag, 2. November 2026, Tageseintrag vorhanden (Stimmung 7), 2 Rückschläge"
        );
        crate::i18n::use_on_this_thread(crate::i18n::Language::English);
    }
}
