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

## Journal, experiments and the weekly review

experiment-outcome-worked = Worked
experiment-outcome-partly = Partly worked
experiment-outcome-didnt = Didn't work
experiment-filter-all = All
experiment-filter-open = Open
experiment-filter-due = Due
experiment-filter-tried = Tried
experiment-filter-dropped = Dropped
experiment-answer-open = Open
experiment-answer-tried = Tried { $date }: { $outcome }
experiment-answer-dropped = Dropped { $date }
experiment-answer-with-words = { $answer } — { $words }
experiment-when-by = by { $date }
search-field-note = Note
search-field-tag = Tag
search-field-title = Title
search-field-what-happened = What happened
search-field-contributing-factor = Contributing factor
search-field-do-differently = Do differently
search-field-feedback-from = Feedback from
search-field-feedback = Feedback
search-field-lesson = Lesson
search-field-skill = Skill
search-field-experiment = Experiment
search-field-how-it-went = How it went
search-field-why-dropped = Why dropped
search-field-when = When
search-field-went-well = Went well
search-field-lesson-carried-on = Lesson carried on
search-rating = { $scale } { $value }
search-check-in = Check-in
search-check-in-with-ratings = Check-in · { $ratings }
search-setback-heading = Setback · { $title }
search-micro-failure-heading = Micro-failure · { $title }
search-experiment-open = Experiment · open · { $text }
search-experiment-tried = Experiment · tried, { $outcome ->
    [worked] worked
    [partly] partly worked
   *[didnt] didn't work
} · { $text }
search-experiment-dropped = Experiment · dropped · { $text }
search-from-setback = From the setback “{ $title }” ({ $status ->
    [open] open
    [reflected] reflected on
   *[recovered] recovered
})
search-review-rated = Weekly review · { $from } – { $to } · rated { $rating } of 10
search-review-not-rated = Weekly review · { $from } – { $to } · not rated
journal-field-label = { $field }:
journal-ratings-only = Ratings only
journal-nothing-written = Nothing written
journal-row-name = { $date } { $heading }
journal-open-it = Open it
journal-title = Journal
journal-search-label = Search
journal-search-hint = words from notes, tags, reflections, lessons, experiments…
journal-search-hover = Finds entries holding every word typed; case and accents do not matter ({ $keys })
journal-clear = Clear search and filters
journal-show = Show
journal-kind-everything = Everything
journal-kind-check-ins = Check-ins
journal-kind-setbacks = Setbacks
journal-kind-experiments = Experiments
journal-kind-reviews = Reviews
journal-show-kind = Show { $kind }
journal-tag = Tag
journal-tag-any = any
journal-tag-filter = Tag filter
journal-dates-reversed = The first date is after the second.
journal-dates-unreadable = Write dates as YYYY-MM-DD, e.g. 2026-03-01.
journal-empty = Nothing written yet: check-ins, setbacks, experiments and reviews appear here, newest first.
journal-count-all = { $count ->
    [one] { $shown } entry
   *[other] { $shown } entries
}, newest first
journal-no-match = No entry matches: try fewer words or clear the filters.
journal-count-found = Found { $found } of { $count ->
    [one] { $total } entry
   *[other] { $total } entries
}
journal-digit-group = ,
practice-experiments-title = Experiments
practice-experiments-intro = What your lessons turned into: one thing to try next time, and how it went.
practice-filter-chip = { $filter } ({ $count })
practice-filter-hover = Show { $filter ->
    [all] all
    [open] open
    [due] due
    [tried] tried
   *[dropped] dropped
} experiments
practice-experiments-empty = No experiments yet. Open a setback, and next to a lesson or “What I will do differently” choose “Make it an experiment”.
practice-filter-empty = { $filter ->
    [all] No experiments.
    [open] No open experiments.
    [due] No due experiments.
    [tried] No tried experiments.
   *[dropped] No dropped experiments.
}
practice-show-more = Show { $count } more
practice-delete-heading = Delete this experiment?
practice-delete-message = It disappears from the list and the figures. You can undo this.
practice-delete-keep = Keep it
practice-badge-due = Due
practice-badge-open = Open
practice-badge-tried = Tried
practice-badge-dropped = Dropped
practice-delete-button = Delete…
practice-delete-hover = Delete this experiment (you can undo it)
practice-delete-name = Delete the experiment { $text }
practice-from = · from
practice-open-setback = Open the setback it comes from
practice-trains = · trains { $skill }
practice-undo-trying = trying “{ $text }”
practice-tried-toast = Tried “{ $text }”: { $outcome ->
    [worked] worked
    [partly] partly worked
   *[didnt] didn't work
}.
practice-undo-putting-off = putting off “{ $text }”
practice-not-yet-toast = “{ $text }” will come back in { $days ->
    [one] { $days } day
   *[other] { $days } days
}.
practice-undo-dropping = dropping “{ $text }”
practice-dropped-toast = Dropped “{ $text }”.
practice-proposal-message = You tried “{ $experiment }”, which trains { $skill } (level { $from }). Raise it to level { $to }?
practice-proposal-message-first = You tried “{ $experiment }”, which trains { $skill } (no level yet). Raise it to level { $to }?
practice-proposal-heading = Raise the skill?
practice-proposal-raise = Raise to level { $to }
practice-proposal-keep = Keep it as it is
practice-answer-tried = ✔ Tried it
practice-answer-tried-hover = Say how it went
practice-answer-not-yet = Not yet
practice-answer-not-yet-hover = Ask again in { $days ->
    [one] { $days } day
   *[other] { $days } days
}
practice-answer-drop = Drop it
practice-answer-drop-hover = Give it up, and say why
practice-answer-how = How did it go?
practice-answer-what-happened = What happened (optional)
practice-answer-what-happened-hint = One line on how it went
practice-answer-save = Save answer
practice-answer-why-drop = Why drop it? (optional)
practice-answer-why-drop-hint = e.g. the project ended
practice-answer-drop-name = Drop the experiment
practice-plan-problem-text = Write what you will try, in one sentence.
practice-plan-problem-date = Write the date as YYYY-MM-DD, or pick it on the calendar.
practice-plan-problem-situation = Say when it comes up, e.g. “next time I present”.
practice-plan-when = When
practice-plan-by-date = By a date
practice-plan-when-it-comes-up = When it comes up
practice-plan-try-by = Try it by
practice-plan-try-by-field = Try-by date
practice-plan-situation = The situation
practice-plan-situation-hint = e.g. next time I present to leadership
practice-plan-skill = Skill it trains
practice-plan-skill-none = None
practice-plan-heading-change = Change the experiment
practice-plan-heading-make = Make it an experiment
practice-plan-from = From “{ $title }”
practice-plan-text = What I will try
practice-plan-text-hint = e.g. Ask for a rehearsal before presenting
practice-plan-save = Save changes
practice-plan-make = Make the experiment
practice-planned-by-toast = Planned “{ $text }” — try it by { $date }.
practice-planned-when-toast = Planned “{ $text }” — try it { $situation }.
practice-undo-planning = planning “{ $text }”
practice-undo-changing = changing “{ $text }”
practice-changed-toast = Changed “{ $text }”.
practice-undo-raising = raising “{ $skill }” to level { $level }
practice-raised-toast = “{ $skill }” is now at level { $level }.
practice-undo-deleting = deleting “{ $text }”
practice-deleted-toast = Deleted “{ $text }”.
practice-undo-writing-review = writing the weekly review
practice-review-not-kept = The review could not be kept: { $error }
practice-review-saved-toast = Saved your weekly review.
review-title = Review your week
review-period = { $from } – { $to }
review-intro = A few minutes to look back: the days since your last review (at most four weeks).
review-went-well = What went well
review-went-well-hint = Something that went well, however small
review-week-question = How was the week, overall?
review-week-rating = Week rating
review-kept-as-you-type = What you write here is kept as you type, like everything else.
review-done-hover = Close the review; it is kept
review-back = Back to Today
review-back-hover = Leave the review for now; come back to it from Today
review-ratings-heading = Your ratings, against the days before
review-this-period = This period
review-period-before = The period before
review-mean-days = { $mean } ({ $days ->
    [one] { $days } day
   *[other] { $days } days
})
review-line-before = { $scale }, before
review-faint-lines = Faint lines: the same days of the period before.
review-setback-link = { $title } · { $date }
review-no-next-step = no next step written yet
review-next-step = next: { $step }
review-setbacks = Setbacks
review-no-setbacks = None in this period.
review-still-open = Still open from before
review-and-more = and { $count } more
review-experiments = Experiments
review-no-experiments = None due or tried in this period.
review-experiment-due = Due: { $text } ({ $when })
review-experiment-tried = Tried: { $text } — { $status ->
    [worked] worked
    [partly] partly
    [didnt] didnt
   *[other] { $status }
}
review-feedback = Feedback received
review-feedback-line = { $from }: “{ $insight }”
review-lesson = One lesson to carry into next week
review-lessons-from-period = From this period:
review-carry-lesson = Carry this lesson on
review-lesson-hint = Pick one above, or write your own
