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

## The mentor report and notifications

report-title = Progress report
report-period = { $from } – { $to }
report-made-on = Made on { $date }
report-masthead-line = { $range }   ·   made on { $date }
report-empty = Nothing was recorded in this period: no check-ins and no setbacks.
report-summary-heading = Summary
report-summary-no-ratings = { $rating }: no ratings in this period.
report-summary-rating = { $rating }: mean { $mean }.
report-summary-rating-before = { $rating }: mean { $mean } ({ $difference } against the { $days ->
        [one] { $days } day
       *[other] { $days } days
    } before).
report-summary-rating-trend = { $rating }: mean { $mean }, { $trend ->
        [rising] rising
        [falling] falling
       *[steady] steady
    } ({ $slope } per 30 days).
report-summary-rating-before-trend = { $rating }: mean { $mean } ({ $difference } against the { $days ->
        [one] { $days } day
       *[other] { $days } days
    } before), { $trend ->
        [rising] rising
        [falling] falling
       *[steady] steady
    } ({ $slope } per 30 days).
report-summary-check-ins = Checked in on { $checkins } of { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ({ $percent }); current streak { $current ->
        [one] { $current } day
       *[other] { $current } days
    }, longest { $longest ->
        [one] { $longest } day
       *[other] { $longest } days
    }.
report-summary-no-setbacks = No setbacks logged.
report-summary-one-setback-micro = 1 setback logged, a micro-failure.
report-summary-setbacks = { $count ->
        [one] { $count } setback logged.
       *[other] { $count } setbacks logged.
    }
report-summary-setbacks-micro = { $count } setbacks logged, { $micro } of them micro-failures.
report-summary-bounce-back = Median bounce-back: { $median } days.
report-summary-bounce-back-trend = Median bounce-back: { $median } days; { $trend ->
        [faster] recoveries are getting faster
        [slower] recoveries are getting slower
       *[same] recoveries take about as long as before
    } (median { $first } days, then { $second }).
report-summary-no-skills = No new skills recorded.
report-summary-skills = { $count ->
        [one] { $count } skill acquired.
       *[other] { $count } skills acquired.
    }
report-summary-pattern = A pattern: { $count } micro-failures in { $category } within { $days } days, { $from }–{ $to }.
report-better-days-heading = What goes with better days
report-better-days-note = Comparisons between days, not causes.
report-chart-heading = Ratings, setbacks and skills
report-chart-description = The ratings over the period, with the setbacks and skills below.
report-chart-caption = Figure 1: { $description }
report-setbacks-heading = Setbacks and what came of them
report-setbacks-left-out = { $count ->
        [one] { $count } setback of this period is not told here, by choice.
       *[other] { $count } setbacks of this period are not told here, by choice.
    }
report-setback-facts = { $category } · severity { $severity } of 5
report-setback-facts-micro = { $category } · severity { $severity } of 5 · micro-failure
report-setback-open = Open
report-setback-reflected = Reflected on
report-setback-recovered = Recovered on { $date }
report-setback-bounce-back = { $status } · mood back to its usual level in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
report-feedback-named = { $source } ({ $name }): { $insight }
report-feedback = { $source }: { $insight }
report-what-happened = What happened
report-contributing-factors = Contributing factors
report-do-differently = What I will do differently
report-feedback-received = Feedback received
report-lessons = Lessons
report-skills-acquired = Skills acquired
report-experiments-heading = Experiments
report-experiment-from = From “{ $setback }” ({ $date })
report-experiment-trains = trains { $skill }
report-experiment-planned-by = Planned on { $planned }, to try by { $by }
report-experiment-planned-when = Planned on { $planned }, to try when: { $situation }
report-experiment-not-tried = Not tried yet
report-experiment-tried = Tried on { $date }: { $outcome ->
        [worked] worked
        [partly] partly worked
       *[didnt] didn't work
    }
report-experiment-dropped = Dropped on { $date }
report-experiments-left-out = { $count ->
        [one] { $count } experiment of this period is not told here: its setback is not.
       *[other] { $count } experiments of this period are not told here: their setbacks are not.
    }
report-skills-column-skill = Skill
report-skills-column-level-then = Level then
report-skills-column-level-now = Level now
report-skills-column-came-from = Came from
report-skill-level = { $level } of 5
report-skill-level-not-set = not set
report-skill-set-by-hand = set by hand
report-skill-from-others = { $count ->
        [one] { $count } setback
       *[other] { $count } setbacks
    } not in this report
report-skill-from-shown-and-others = { $shown }; and { $count ->
        [one] { $count } setback
       *[other] { $count } setbacks
    } not in this report
report-reviews-heading = Weekly reviews
report-review-rated = Week rated { $rating } of 10
report-review-not-rated = Not rated
report-review-item = { $period }: { $rating }
report-review-went-well = What went well
report-review-lesson = The lesson carried on
report-reviews-words-left-out = What went well and the lessons of the reviews are left out, like the notes of check-ins.
report-error-unknown-format = { $path }: a report is written as .pdf or .md
report-error-typeset = The report could not be typeset: { $detail }
report-error-chart = The report's chart could not be drawn: { $detail }
report-error-write = { $path }: could not write the report: { $detail }
report-notes-heading = Notes from check-ins
report-questions-heading = Questions for our conversation
notification-open = Open Kintsugi
reminder-check-in-title = Time for your Kintsugi check-in
reminder-check-in-body = No check-in yet for { $date }. How did today go? Three ratings take a minute.
reminder-check-in-unknown-body = If you have not checked in for { $date } yet: how did today go? (Your journal is encrypted, so Kintsugi cannot look without your passphrase.)
reminder-review-title = Review your week
reminder-review-body = A few minutes to look back: what went well, the experiments you tried, and one lesson to carry into next week.
