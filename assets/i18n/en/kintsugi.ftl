# Kintsugi — English, the source language.
#
# Glossary (use these words, and only these, for these ideas):
#   setback        — something that went wrong at work, big or small
#   micro-failure  — a small, everyday setback
#   bounce-back    — the days until mood is back to its usual level after a setback
#   resilience     — one of the three daily ratings
#   growth mindset — one of the three daily ratings
#   check-in       — the daily three ratings and a note
#   lesson         — what a setback taught
#   experiment     — a lesson put into practice: something to try
#   weekly review  — the look back at a week
#   journal        — the file that holds everything
#
# Ids start with the part of the app they belong to (today-, setbacks-, progress- …);
# common- ids are shared words. Plurals always by Fluent's selectors, never in code.

## Dates. $month is the month's name as it stands inside a date, $day the day's number.

date-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
date-month-alone = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
date-month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
date-weekday = { $weekday ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
date-weekday-short = { $weekday ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
date-month-short-year = { $month } { $year }
date-month-year = { $month } { $year }
date-day-month-short = { $day } { $month }
date-day-month = { $day } { $month }
date-weekday-day-month = { $weekday } { $day } { $month }
date-short = { $day } { $month } { $year }
date-short-weekday = { $weekday } { $day } { $month } { $year }
date-long = { $day } { $month } { $year }
date-full = { $weekday } { $day } { $month } { $year }

## Numbers.

number-percent = { $value }%

## Common words, shared by every screen.

common-cancel = Cancel
common-close = Close
common-save = Save
common-delete = Delete
common-undo = Undo
common-redo = Redo
common-ok = OK
common-back = Back
common-edit = Edit
common-open = Open
common-done = Done
common-show-more = Show more

## Setbacks, skills and the calendar

calendar-after-range-end = after the end of the range
calendar-before-range-start = before the start of the range
calendar-day-checked-in = { $words }, checked in
calendar-day-checked-in-mood = { $words }, checked in (mood { $mood })
calendar-day-setbacks = { $words }, { $count ->
    [one] 1 setback
   *[other] { $count } setbacks
}
calendar-day-unavailable = { $words }, not available: { $why }
calendar-range-from = From
calendar-range-from-field = From
calendar-range-to = to
calendar-range-to-field = To
calendar-date-hint = YYYY-MM-DD
calendar-choose-hover = Choose the { $field } on a calendar
calendar-button-name = Calendar for { $field }
calendar-previous-month-hover = Previous month (Page Up)
calendar-previous-month = Previous month
calendar-next-month-hover = Next month (Page Down)
calendar-next-month = Next month
calendar-today = Today
calendar-keys = Arrows: day / week · Page Up/Down: month · Enter: pick · Esc: close
calendar-weekday-mon = Mo
calendar-weekday-tue = Tu
calendar-weekday-wed = We
calendar-weekday-thu = Th
calendar-weekday-fri = Fr
calendar-weekday-sat = Sa
calendar-weekday-sun = Su
