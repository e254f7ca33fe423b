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

## Preferences

preferences-title = Preferences
preferences-language = Language
preferences-language-follow-system = Follow the system ({ $language })
preferences-theme = Theme
preferences-follow-system = Follow the system
preferences-theme-light = Light
preferences-theme-dark = Dark
preferences-week-starts = Weeks start on
preferences-week-start-usual = As the region does ({ $weekday })
preferences-daily-reminder = Daily reminder
preferences-idle-lock = Lock when idle
preferences-weekly-review = Weekly review
preferences-weekly-review-hint = On this day a notification offers to review your week, and Today offers it too (on Sundays when the reminder is off).
preferences-off = Off
preferences-reminders-note = Reminders come as desktop notifications while Kintsugi runs, only on days without a check-in. For when it is closed, see “Reminders” in the README (a systemd timer running kintsugi remind).
preferences-idle-lock-after = Lock an encrypted journal after
preferences-minutes-suffix = {" "}min
preferences-idle-minutes = Idle minutes before locking
preferences-idle-without-use = without use
preferences-remind-at = Remind me to check in at
preferences-reminder-time = Reminder time
preferences-not-a-time = “{ $typed }” is not a time: write it as HH:MM, e.g. 20:00.
## Today, welcome and the locked screen

today-long-date = { $weekday }, { $date }
today-calendar-hover = Go to another day on the calendar
today-calendar-name = { $date }, choose another day
today-calendar-field = Day
today-calendar-refusal = check-ins are for today or earlier
today-previous-day = ⏴ Previous day
today-previous-day-hover = Show the day before ({ $keys })
today-next-day = Next day ⏵
today-next-day-hover = Show the day after ({ $keys })
today-next-day-disabled = Check-ins can be for today or earlier
today-back-to-today = Back to today
today-back-to-today-hover = Show today ({ $keys })
today-save-hover = Write the journal to disk now ({ $keys }). Changes are also saved automatically within a second.
today-filling-in = { $days ->
    [1] Filling in yesterday
   *[other] Filling in { $days } days ago
}
today-note = Note
today-note-hint = What stood out today? What are you proud of, what was hard?
today-delete = Delete this check-in…
today-delete-hover = Remove the ratings, note and tags of this day (asks first; { $keys } brings them back)
today-delete-message = The ratings, note and tags of { $date } will be deleted. You can undo this with { $keys }.
today-delete-heading = Delete this check-in?
today-delete-confirm = Delete check-in
today-change-note = typing in Note of { $date }
today-change-tags = tags of { $date }
today-change-ratings = ratings of { $date }
today-change-check-in = check-in of { $date }
today-something-wrong = Something went wrong?
today-log-setback = Log a setback
today-log-setback-hover = Record a setback or micro-failure for this day; reflect on it now or later.
today-save-demo = Demo journal: nothing is saved
today-save-demo-hover = This journal lives in memory only.
today-save-read-only = Read-only
today-save-failed = Not saved yet
today-save-pending = Saving…
today-save-pending-hover = Changes are written to disk within a second.
today-save-nothing = No check-in for this day yet
today-save-nothing-hover = Pick a rating to check in.
today-save-done = ✔ Saved
today-save-done-hover = This day's check-in is on disk.
today-ready = Ready to reflect on
today-ready-hover = Open setbacks from more than a week ago with nothing written yet. With some distance, it is easier to see what happened.
today-ready-setback = { $title } · { $date }
today-ready-more = and { $count } more on the Setbacks screen
today-streak = { $days ->
    [0] No current streak
    [one] { $days } day in a row
   *[other] { $days } days in a row
}
today-streak-hover = Current streak: consecutive days with a check-in, ending on this day (or the day before when this day has none yet).
today-checked-in = Checked in on { $count } of the last { $days } days
today-chart = The last { $days } days
today-chart-hover = Each dot is a check-in; lines join consecutive days only, so a gap means no check-in that day.
today-chart-empty = Your ratings will show here as a chart once you have checked in on a few days.
today-chart-day = { $month } { $day }
today-chart-point =
    { $scale } { $value }
    { $date }
today-back-month = A month ago
today-back-year = A year ago
today-back-five-years = Five years ago
today-back-bounce = { $days ->
    [0] { $title } — your mood held that day
    [1] { $title } — back to your usual mood the next day
   *[other] { $title } — back to your usual mood in { $days } days
}
today-back-learned = { $line }; you learned { $skills }
today-back-wrote-mood = You wrote: “{ $note }” (mood { $mood })
today-back-checked-in = You checked in: mood { $mood }
today-back-wrote = You wrote: “{ $note }”
today-review-heading = Time to look back on your week
today-review-body = What went well, the experiments you tried, one lesson to carry on.
today-review-button = Review your week
today-did-you-try = Did you try: { $experiment }?
today-experiment-from = { $when } · from “{ $setback }”
today-due-more = { $count } more due on the Experiments screen
today-situations = When it comes up
today-situations-hover = Experiments to try when a situation comes up: no date, no nagging.
today-situations-more = and { $count } more
today-back = Looking back
today-back-hover = What you wrote around this day a month, a year and five years ago (setbacks within three days).
today-back-heading = { $when } · { $date }
today-back-open-day = Open that day
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
