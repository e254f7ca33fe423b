//! Dates as the reader writes them: "Thursday 3 December 2026", "Donnerstag, 3. Dezember
//! 2026", "jeudi 3 décembre 2026", "четвер, 3 грудня 2026".
//!
//! Month and weekday names are Fluent messages of our own (a few hundred bytes per language)
//! rather than chrono's `unstable-locales`, which carries every glibc locale (+403 KB measured
//! on a stripped release binary for these five) and has no Ukrainian nominative month for a
//! calendar's heading ("грудень 2026" beside "3 грудня"). The names are looked up once per
//! language and thread, then reused: a chart's axis asks on every frame.

use std::cell::RefCell;

use chrono::{Datelike, NaiveDate, Weekday};

use super::{Language, language};

/// The ways a date is written, from the shortest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStyle {
    /// A month alone, short: "Dec".
    MonthShort,
    /// A month and year, short: "Dec 2026".
    MonthShortYear,
    /// A month and year as a calendar's heading: "December 2026".
    MonthYear,
    /// A day and month, short: "3 Dec".
    DayMonth,
    /// A day and month: "3 December".
    DayMonthLong,
    /// A weekday, day and month: "Thursday 3 December".
    WeekdayDayMonth,
    /// A day, short: "3 Dec 2026".
    Short,
    /// A day with its weekday, short: "Thu 3 Dec 2026".
    ShortWithWeekday,
    /// A day: "3 December 2026".
    Long,
    /// A day with its weekday: "Thursday 3 December 2026".
    Full,
}

/// The names of one language, looked up once.
struct Names {
    language: Language,
    months: [String; 12],
    months_alone: [String; 12],
    months_short: [String; 12],
    weekdays: [String; 7],
    weekdays_short: [String; 7],
}

thread_local! {
    static NAMES: RefCell<Option<Names>> = const { RefCell::new(None) };
}

/// Forgets the names looked up, after the language changed.
pub(super) fn forget_names() {
    NAMES.with(|names| *names.borrow_mut() = None);
}

fn with_names<T>(read: impl FnOnce(&Names) -> T) -> T {
    let current = language();
    NAMES.with(|names| {
        let mut names = names.borrow_mut();
        let stale = names.as_ref().is_none_or(|known| known.language != current);
        if stale {
            *names = Some(look_up_names(current));
        }
        // Just filled above when it was empty or stale.
        match names.as_ref() {
            Some(known) => read(known),
            None => read(&look_up_names(current)),
        }
    })
}

fn look_up_names(language: Language) -> Names {
    let month = |id: &str, number: u32| super::message(id, &[("month", number.into())]);
    let weekday = |id: &str, number: u32| super::message(id, &[("weekday", number.into())]);
    Names {
        language,
        months: std::array::from_fn(|index| month("date-month", index as u32 + 1)),
        months_alone: std::array::from_fn(|index| month("date-month-alone", index as u32 + 1)),
        months_short: std::array::from_fn(|index| month("date-month-short", index as u32 + 1)),
        weekdays: std::array::from_fn(|index| weekday("date-weekday", index as u32 + 1)),
        weekdays_short: std::array::from_fn(|index| {
            weekday("date-weekday-short", index as u32 + 1)
        }),
    }
}

/// A weekday's name ("Thursday", "Donnerstag").
pub fn weekday_name(weekday: Weekday) -> String {
    with_names(|names| names.weekdays[weekday.num_days_from_monday() as usize].clone())
}

/// A weekday's short name ("Thu", "Do.").
pub fn weekday_short_name(weekday: Weekday) -> String {
    with_names(|names| names.weekdays_short[weekday.num_days_from_monday() as usize].clone())
}

/// A month's name standing alone (1–12: "December", "грудень").
pub fn month_name(month: u32) -> String {
    let index = month.clamp(1, 12) as usize - 1;
    with_names(|names| names.months_alone[index].clone())
}

/// `day` written in `style`, in the reader's language.
pub fn date(day: NaiveDate, style: DateStyle) -> String {
    let month = day.month0() as usize;
    let weekday = day.weekday().num_days_from_monday() as usize;
    let number = day.day();
    let year = day.year().to_string();
    // Formatted while the names are borrowed: only the ones the style needs are read, none
    // copied (a chart's axis asks on every frame).
    with_names(|names| {
        let month_long = names.months[month].as_str();
        let month_short = names.months_short[month].as_str();
        let weekday_long = names.weekdays[weekday].as_str();
        match style {
            DateStyle::MonthShort => month_short.to_owned(),
            DateStyle::MonthShortYear => {
                crate::t!("date-month-short-year", month = month_short, year = year)
            }
            DateStyle::MonthYear => crate::t!(
                "date-month-year",
                month = names.months_alone[month].as_str(),
                year = year
            ),
            DateStyle::DayMonth => {
                crate::t!("date-day-month-short", day = number, month = month_short)
            }
            DateStyle::DayMonthLong => {
                crate::t!("date-day-month", day = number, month = month_long)
            }
            DateStyle::WeekdayDayMonth => crate::t!(
                "date-weekday-day-month",
                weekday = weekday_long,
                day = number,
                month = month_long
            ),
            DateStyle::Short => {
                crate::t!("date-short", day = number, month = month_short, year = year)
            }
            DateStyle::ShortWithWeekday => crate::t!(
                "date-short-weekday",
                weekday = names.weekdays_short[weekday].as_str(),
                day = number,
                month = month_short,
                year = year
            ),
            DateStyle::Long => {
                crate::t!("date-long", day = number, month = month_long, year = year)
            }
            DateStyle::Full => crate::t!(
                "date-full",
                weekday = weekday_long,
                day = number,
                month = month_long,
                year = year
            ),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::use_on_this_thread;

    fn third_of_december() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 3).unwrap_or_default()
    }

    #[test]
    fn each_language_writes_the_day_its_own_way() {
        let day = third_of_december();
        let expected = [
            (Language::English, "Thursday 3 December 2026", "3 Dec 2026"),
            (
                Language::German,
                "Donnerstag, 3. Dezember 2026",
                "3. Dez. 2026",
            ),
            (Language::French, "jeudi 3 décembre 2026", "3 déc. 2026"),
            (
                Language::Spanish,
                "jueves, 3 de diciembre de 2026",
                "3 dic 2026",
            ),
            (Language::Ukrainian, "четвер, 3 грудня 2026", "3 груд. 2026"),
        ];
        for (language, full, short) in expected {
            use_on_this_thread(language);
            assert_eq!(date(day, DateStyle::Full), full, "{language:?}");
            assert_eq!(date(day, DateStyle::Short), short, "{language:?}");
        }
        use_on_this_thread(Language::English);
    }

    #[test]
    fn ukrainian_names_the_month_alone_in_the_nominative() {
        use_on_this_thread(Language::Ukrainian);
        assert_eq!(
            date(third_of_december(), DateStyle::MonthYear),
            "грудень 2026"
        );
        assert_eq!(date(third_of_december(), DateStyle::Long), "3 грудня 2026");
        use_on_this_thread(Language::English);
    }

    #[test]
    fn french_writes_the_first_of_the_month_as_an_ordinal() {
        use_on_this_thread(Language::French);
        let first = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        assert_eq!(date(first, DateStyle::Long), "1er décembre 2026");
        use_on_this_thread(Language::English);
    }
}
