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

## Progress, insights and exported charts

insights-date-range = { $from } – { $to }
insights-days =
    { $count ->
        [one] 1 day
       *[other] { $count } days
    }
insights-trend-rising = rising
insights-trend-falling = falling
insights-trend-steady = steady
insights-rating-mood = mood
insights-rating-resilience = resilience
insights-rating-growth-mindset = growth mindset
insights-recoveries-faster = Recoveries are getting faster
insights-recoveries-slower = Recoveries are getting slower
insights-recoveries-same = Recoveries take about as long as before
insights-pattern = { $count } micro-failures in { $category } within { $span } days, { $from }–{ $to }
insights-tag-sentence = On days tagged { $tag }: { $figures }
insights-tag-figures = { $rating } { $mean } vs { $other } on other days ({ $days } vs { $other_days } days)
insights-tag-with-difference = { $sentence } ({ $difference })
insights-tags-none = Tags: none has { $days } days with it and { $days } without in this range
insights-tags-same = Tags: days with and without each tag have about the same means
insights-by-weekday = { $rating } by weekday: { $profile }
insights-weekday-mean = { $weekday } { $mean } ({ $days })
insights-weekday-no-mean = { $weekday } – (0)
insights-recovery-needs = Recovery by category: needs { $count } setbacks with a bounce-back in one category
insights-recovery-in = Recovery in { $sentence }
insights-category-sentence = { $category }: { $figures }
insights-category-figures =
    median { $median } { $days ->
        [one] day
       *[other] days
    } over { $count } setbacks
insights-carry-over-fresh = each day starts fresh
insights-carry-over-a-little = moods linger a little
insights-carry-over-linger = moods linger
insights-carry-over-sentence = Mood carry-over { $value }: { $words } ({ $pairs } pairs of consecutive days)
insights-carry-over-needs-pairs = Mood carry-over: needs { $needed } pairs of consecutive days with a mood ({ $pairs } so far)
insights-carry-over-needs-variety = Mood carry-over: needs moods that vary from day to day
insights-week-of = Week of { $date }
insights-resolution-daily = daily
insights-resolution-weekly = weekly means
insights-resolution-monthly = monthly means
progress-lane-micro-failures = { $category } micro-failures
progress-lane-setbacks = { $category } setbacks, severity { $severity }
progress-lane-bounce-not-measured = bounce-back: not measured yet
progress-lane-bounced-back =
    bounced back in { $days ->
        [one] 1 day
       *[other] { $days } days
    }
progress-lane-setback-hover =
    { $title }
    { $category } { $kind ->
        [micro-failure] micro-failure
       *[setback] setback
    } · severity { $severity } · { $date }
    { $bounce }
    Click to open
progress-lane-skills = Skills acquired
progress-lane-skill =
    Skill: { $skill }
    acquired { $date }
progress-lane-skill-from =
    Skill: { $skill }
    acquired { $date }
    from “{ $title }”
progress-lane-reviews = Weekly reviews
progress-lane-review = Weekly review, { $from } – { $to }
progress-lane-review-rating = the week: { $rating }/10
progress-lane-review-lesson = carried on: { $lesson }
progress-lane-group =
    { $low }–{ $high } setbacks { $period ->
        [week] a week
        [month] a month
       *[year] a year
    } (mostly { $category })
progress-lane-group-hover =
    { $period }: { $count ->
        [one] 1 setback
       *[other] { $count } setbacks
    } ({ $micro } micro-failures)
    { $breakdown }
    Click to zoom in
progress-lane-title = Setbacks and skills
progress-lane-help = Setbacks: colour by category, size by severity; micro-failures are small hollow circles. Gold diamonds: skills, on the day first acquired. Hollow squares: weekly reviews (zoomed in to days). Click a setback to open it.
progress-lane-row-setbacks = setbacks
progress-lane-row-skills = skills
chart-title = Kintsugi · ratings, setbacks and skills · { $range } ({ $resolution })
chart-rating-axis = rating (1–10)
chart-series-average = { $rating } (7-day average)
chart-series-weekly = { $rating } (weekly mean, band: lowest–highest)
chart-series-monthly = { $rating } (monthly mean, band: lowest–highest)
chart-lane-note = size = severity · hollow = micro-failure · gold diamond = skill acquired
chart-lane-note-grouped =
    one circle per { $period ->
        [week] week
        [month] month
       *[year] year
    } (colour: most frequent category, size: how many) · gold diamond = skill
chart-better-days-heading = What goes with better days — comparisons between days, not causes
progress-preset-four-weeks = 4 weeks
progress-preset-three-months = 3 months
progress-preset-six-months = 6 months
progress-preset-one-year = 1 year
progress-preset-all = All
progress-preset-custom = Custom
progress-heading = Progress
progress-preset-accessible = Range { $preset }
progress-show-range = Show range
progress-show-rating = Show { $rating }
progress-show-rating-help = Show or hide this rating on the chart
progress-resolution-auto = Auto ({ $resolution })
progress-resolution = Resolution
progress-reset-view = Reset view
progress-reset-view-help = Zoom back to the chosen range (or double-click the chart)
progress-export-chart = Export chart…
progress-export-chart-help = Save this chart as PNG or SVG ({ $keys })
progress-copy-chart = Copy chart
progress-copy-chart-help = Put this chart on the clipboard as a picture
progress-report = Report for a mentor…
progress-report-help = A PDF or Markdown report of this range: you choose what goes in
progress-range-reversed = The range starts ({ $from }) after it ends ({ $to }).
progress-range-format = Write dates as YYYY-MM-DD, e.g. 2026-03-01.
progress-heatmap-no-check-in = no check-in
progress-heatmap-mood = mood { $mood }
progress-heatmap-day = { $date }, { $mood }
progress-heatmap-day-setback = { $date }, { $mood } · setback: { $title }
progress-heatmap-day-setbacks = { $date }, { $mood } · { $count } setbacks
progress-series-rating = { $rating } rating
progress-series-average = { $rating } 7-day average
progress-series-weekly = { $rating } weekly mean
progress-series-monthly = { $rating } monthly mean
progress-series-band = { $rating } range
progress-bucket-hover =
    { $name } { $mean }
    { $from } – { $to }
    lowest { $lowest }, highest { $highest } ({ $count } check-ins)
progress-point-hover =
    { $name } { $value }
    { $date }
progress-legend-shapes = · hollow = micro-failure · size = severity
progress-legend-skill = · gold diamond = skill acquired
progress-empty = Your progress appears here once you have a few check-ins. Start on the Today screen — a minute a day is enough.
progress-chart-range = { $range } · { $resolution }
progress-ratings = Ratings
progress-ratings-help = Past a few months the chart shows weekly means, past a few years monthly means, each with its lowest and highest rating as a band. Zoom in (Ctrl+scroll, a box dragged with the right button, or + and -; Left and Right pan) to bring the daily points back, or pick a resolution.
progress-heatmap-title = A year in pixels
progress-heatmap-help = Each square is a day, coloured by mood; a dot marks a setback. Click a day to open it on the Today screen.
progress-previous-year = Previous year
progress-next-year = Next year
progress-insights = Insights
progress-no-ratings = No ratings in this range.
progress-mean = mean { $mean }
progress-mean-change = mean { $mean } ({ $change } vs the { $days } days before)
progress-mean-help = Mean of the check-ins in the range that have this rating; missing days are not counted as zero.
progress-trend-needs = trend: needs check-ins on at least 2 days
progress-trend = { $words } ({ $slope } per 30 days)
progress-trend-help = Least-squares slope of the rating against the day, times 30.
progress-coverage = { $count } check-ins · { $share } of days · streak { $streak } (longest { $longest })
progress-coverage-help = Coverage = days with a check-in / days in the range. The current streak ends on the range's last day (or the day before).
progress-setbacks-count = { $count } setbacks, { $micro } micro-failures
progress-bounce-back = Median bounce-back: { $median } days
progress-bounce-back-needs = Bounce-back: needs 3 mood check-ins in the 14 days before a setback
progress-bounce-back-help = For each setback: the days until the mean mood of the last 3 days is back at the mean mood of the 14 days before it. The median is over the range's setbacks that have a value.
progress-recoveries = { $words }: median { $first } days, then { $second } days
progress-recoveries-help = Median bounce-back of the earlier half of the range's setbacks against the later half.
progress-recoveries-needs = Faster or slower recoveries: needs 4 setbacks with a bounce-back
progress-skills-acquired =
    { $count ->
        [one] 1 skill acquired
       *[other] { $count } skills acquired
    }
progress-skills-acquired-help = Skills whose first-acquired date falls in the range.
progress-list-and-more = { $list } and { $count } more
progress-patterns = Micro-failure patterns
progress-patterns-help = Three or more micro-failures of the same category within 14 days; overlapping runs are merged.
progress-patterns-none = None in this range.
progress-and-more = and { $count } more
progress-recurring-causes = Recurring causes
progress-recurring-causes-help = Contributing factors written on two or more of the range's setbacks, compared without case, accents, punctuation or a plural s.
progress-recurring-causes-none = No contributing factor comes up twice in this range. Factors you list on setbacks are compared here.
progress-factor-link-help = Show the setbacks that list it
progress-factor-figures = in { $count } setbacks since { $date } ({ $categories })
progress-lessons = Lessons into practice
progress-lessons-help = Experiments made from lessons in this range, and whether they were tried.
progress-experiments-planned = Experiments planned:
progress-experiments-planned-help = Experiments made in this range.
progress-tried = Tried:
progress-tried-figures = { $count } — { $worked } worked, { $partly } partly, { $didnt } didn't
progress-tried-help = Experiments tried in this range, by how it went.
progress-dropped = Dropped:
progress-dropped-help = Experiments given up in this range.
progress-days-to-first-try = Days to first try:
progress-days-to-first-try-median = { $days } (median)
progress-days-to-first-try-help = Median, over the range's setbacks with a tried experiment, of the days from the setback to its first try.
progress-put-into-practice = Setbacks put into practice:
progress-put-into-practice-share = { $percent } % of { $count }
progress-put-into-practice-help = The share of the range's setbacks with at least one experiment tried.
progress-better-days = What goes with better days
progress-better-days-subtitle = { $range } · comparisons between days, not causes
progress-better-days-help = Each figure compares days of the range with other days of the range. A difference says what tends to come together, not what causes what; with few days it may be noise.
progress-tags-help = Mean rating on the range's check-ins that carry the tag against the mean on those that do not, each over the check-ins that have this rating. Tags are grouped whatever their capitals. A tag is compared once it has 5 days with it and 5 without; the largest differences up and down are listed.
progress-weekday-help = Mean of this rating on each weekday of the range, over the check-ins that have it. Point at a bar for its number of days.
progress-recovery-help = For each category with at least 2 of the range's setbacks that have a bounce-back: how many, and the median of their bounce-backs (days until the mean mood of the last 3 days was back at the mean of the 14 days before the setback).
progress-carry-over-help = The correlation (Pearson) of each day's mood with the mood of the day before, over the pairs of consecutive days of the range that both have a mood; it needs 10 pairs. Below 0.2: each day starts fresh; 0.2 to 0.5: moods linger a little; above 0.5: moods linger. In research on emotional inertia, a high value goes with slower recovery.
progress-no-rating-of = No { $rating } ratings in this range.
progress-tags-needed = Tags: needs { $days } days with a tag and { $days } without.
progress-tags-same = Days with and without each tag have about the same mean.
progress-tag-link-help = Show every day tagged “{ $tag }” on the Journal screen
progress-tag-link-accessible = Show the days tagged { $tag }
progress-row-figures = : { $figures }
progress-tag-difference = Difference { $difference }
progress-on-days-tagged = On days tagged{" "}
progress-weekday-initials =
    { $weekday ->
        [1] Mo
        [2] Tu
        [3] We
        [4] Th
        [5] Fr
        [6] Sa
       *[7] Su
    }
progress-weekday-mean =
    { $weekday ->
        [1] Mondays
        [2] Tuesdays
        [3] Wednesdays
        [4] Thursdays
        [5] Fridays
        [6] Saturdays
       *[7] Sundays
    }: { $rating } { $mean } on average over { $days }
progress-weekday-no-ratings =
    { $weekday ->
        [1] Mondays
        [2] Tuesdays
        [3] Wednesdays
        [4] Thursdays
        [5] Fridays
        [6] Saturdays
       *[7] Sundays
    }: no { $rating } ratings in this range
progress-recovery-needed = Needs { $count } setbacks with a bounce-back in one category.
progress-category-link-help = Show the { $category } setbacks on the Setbacks screen
progress-category-link-accessible = Show the { $category } setbacks
progress-carry-over = { $value }: { $words } ({ $pairs } pairs of consecutive days)
progress-carry-over-needs-pairs = Needs { $needed } pairs of consecutive days with a mood ({ $pairs } so far).
progress-carry-over-needs-variety = Needs moods that vary from day to day.
progress-by-weekday = By weekday
progress-recovery-by-category = Recovery by category
progress-carry-over-title = Mood carry-over
