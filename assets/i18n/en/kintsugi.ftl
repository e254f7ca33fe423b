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
model-category-work = Work
model-category-project = Project
model-category-career = Career
model-category-relationship = Relationship
model-category-learning = Learning
model-category-health = Health
model-category-other = Other
model-feedback-mentor = Mentor
model-feedback-peer = Peer
model-feedback-client = Client
model-feedback-manager = Manager
model-feedback-other = Other
model-scale-mood = Mood
model-scale-resilience = Resilience
model-scale-growth-mindset = Growth mindset
model-scale-mood-question = How do you feel today?
model-scale-resilience-question = How well are you bouncing back right now?
model-scale-growth-mindset-question = How much do you believe you can grow through this?
model-scale-mood-low = Awful
model-scale-mood-high = Great
model-scale-resilience-low = Knocked down
model-scale-resilience-high = Bouncing back
model-scale-growth-mindset-low = Stuck
model-scale-growth-mindset-high = Growing
form-field-title = Title
form-field-date = Date
form-field-recovered-on = Recovered on
form-title-missing = A setback needs a title; it is listed as “{ $title }” until it has one.
form-date-problem = Date: { $problem }
form-recovered-before = { $recovered } is before the setback ({ $date })
form-recovered-problem = Recovered on: { $problem }
form-not-a-date = “{ $text }” is not a date; write it as YYYY-MM-DD
form-in-future = { $day } is in the future (today is { $today })
setbacks-heading = Setbacks
setbacks-new-button = + New setback
setbacks-new-hover = Log a setback for today ({ $keys })
setbacks-count = { $count ->
    [one] 1 setback
   *[other] { $count } setbacks
}
setbacks-count-filtered = { $shown } of { $count ->
    [one] 1 setback
   *[other] { $count } setbacks
}
setbacks-empty = No setbacks yet. When something goes wrong — big or small — log it here and come back to reflect on it. Each one is a chance to learn.
setbacks-none-match = No setback matches these filters.
setbacks-search = Search
setbacks-search-hint = words in titles, reflections, lessons
setbacks-all-categories = All categories
setbacks-category-filter = Category filter
setbacks-any-status = Any status
setbacks-status-filter = Status filter
setbacks-micro-only = Micro-failures only
setbacks-factor-chip = Factor: { $factor } ×
setbacks-factor-chip-hover = Showing the setbacks that list this contributing factor; click to show all
setbacks-factor-chip-name = Remove the factor filter { $factor }
setbacks-clear-filters = Clear filters
setbacks-pick = Pick a setback on the left, or log a new one.
setbacks-pick-explanation = Reflect on what happened, gather feedback, and note what it taught you — the break becomes part of the story.
setbacks-editor-heading = Setback
setbacks-editor-heading-new = New setback
setbacks-delete = Delete…
setbacks-close-hover = Close the editor; your changes are already kept
setbacks-new-explanation = It is kept from your first change; give it a title, everything else can come later.
setbacks-delete-message = “{ $title }” and its reflection will be deleted. You can undo this with { $keys }.
setbacks-delete-heading = Delete this setback?
setbacks-delete-confirm = Delete setback
setbacks-orphan-heading = Keep the skill?
setbacks-orphan-message = “{ $name }” is no longer linked to any setback. Keep it in your skills, or delete it?
setbacks-orphan-keep = Keep skill
setbacks-orphan-delete = Delete skill
setbacks-status-open = Open
setbacks-status-reflected = Reflected
setbacks-status-recovered = Recovered
setbacks-row-details = { $date } · { $category } · severity { $severity }{ $micro ->
    [yes] {" "}· micro-failure
   *[no] {""}
} · { $status }
setbacks-row-flag = a field needs attention
setbacks-skill-not-linked = Not linked yet: pick a skill, or press Enter to create it.
setbacks-category-not-applied = Not applied yet: press Enter to use this category.
setbacks-step-new = new setback
setbacks-step-typing = typing in { $field }
setbacks-step-editing = editing the setback
setbacks-step-changing = changing { $field }
setbacks-step-create-skill = creating skill “{ $name }”
setbacks-field-category = Category
setbacks-field-severity = Severity
setbacks-field-micro-failure = Micro-failure
setbacks-field-status = Status
setbacks-field-what-happened = What happened
setbacks-field-contributing-factors = Contributing factors
setbacks-field-do-differently = What I will do differently
setbacks-field-feedback = Feedback
setbacks-field-lessons = Lessons
setbacks-field-skills = Skills acquired
setbacks-practice-heading = Put it into practice
setbacks-practice-prompt = Turn a lesson into one thing to try next time — then say whether it worked.
setbacks-practice-change = Change…
setbacks-practice-change-hover = Change what to try, when, or the skill it trains
setbacks-practice-none = No experiment yet.
setbacks-practice-lesson = Lesson
setbacks-practice-make = Make it an experiment
setbacks-practice-make-hover = Plan to try this, by two weeks from today (change it after)
setbacks-practice-already = Already an experiment
setbacks-practice-make-name = Make it an experiment: { $text }
setbacks-practice-source = { $kind }: { $text }
setbacks-echoes-heading = Causes that came up before
setbacks-echoes-factor = { $factor } — also in { $count ->
    [one] 1 earlier setback
   *[other] { $count } earlier setbacks
}
setbacks-echoes-see = See them
setbacks-echoes-see-hover = List the setbacks with this factor
setbacks-echoes-make-name = Make an experiment against { $factor }
setbacks-echoes-plan-text = Next time, head off “{ $factor }” by
setbacks-title-hint = What went wrong, in a few words
setbacks-new-category-hint = or a new one
setbacks-new-category = New category
setbacks-micro-failure-hover = A small misstep rather than a big event. Patterns of them are worth noticing.
setbacks-new-category-problem = New category “{ $name }”: { $problem }
setbacks-date-future = a setback cannot be in the future
setbacks-recovered-on = on
setbacks-recovery-future = a recovery cannot be in the future
setbacks-recovery-before = before the setback happened
setbacks-severity-1 = a scratch
setbacks-severity-2 = stung
setbacks-severity-3 = a real blow
setbacks-severity-4 = hit hard
setbacks-severity-5 = a major setback
setbacks-reflect-heading = Reflect and analyze
setbacks-reflect-prompt = Look at it as a curious observer would: what happened, and what led up to it?
setbacks-what-happened-hint = Describe it plainly, without judging yourself.
setbacks-contributing-factor = Contributing factor
setbacks-contributing-factor-hint = a small misstep, a circumstance, an assumption…
setbacks-do-differently-hint = Next time, I will…
setbacks-feedback-heading = Seek feedback
setbacks-feedback-prompt = Who could help you see it differently? A mentor, a peer, a client, your manager.
setbacks-learning-heading = Keep learning
setbacks-learning-prompt = What will you carry forward from this?
setbacks-lesson-hint = a lesson in one sentence
setbacks-feedback-source = Feedback { $number } source
setbacks-feedback-name-hint = name (optional)
setbacks-feedback-name = Feedback { $number } name
setbacks-feedback-remove = Remove feedback { $number }
setbacks-feedback-insight-hint = What did they say? What is the insight, in your words?
setbacks-feedback-insight = Feedback { $number } insight
setbacks-feedback-add = + Add feedback
setbacks-skills-prompt = Which skill did this push you to build?
setbacks-deleted-skill = (deleted skill)
setbacks-skill-remove = Remove skill { $name }
setbacks-skill-unlink-hover = Unlink “{ $name }” from this setback
setbacks-skills-none = No skills linked yet.
setbacks-skill-add = Add a skill
setbacks-skill-add-hint = type to find or create a skill
setbacks-skill-link-hover = Link this skill
setbacks-skill-create = Create “{ $name }”
skills-heading = Skills
skills-search = Search
skills-search-hint = skill name or category
skills-count = { $count ->
    [one] 1 skill
   *[other] { $count } skills
}
skills-empty = No skills yet. When you reflect on a setback, note the skills it pushed you to build — they appear here.
skills-row-flag = name needs attention
skills-not-linked = not linked
skills-since = since { $date }
skills-row-details = Level { $level } · { $since } · { $count ->
    [one] 1 setback
   *[other] { $count } setbacks
}
skills-pick = Pick a skill to see where it came from and how it grew.
skills-delete = Delete…
skills-step-level = level of “{ $name }”
skills-step-remove-level = removing a level of “{ $name }”
skills-field-notes = Notes
skills-notes-hint = How you practise it, resources, what to try next
skills-step-typing = typing in { $field }
skills-field-name = Name
skills-name-taken = There is already a skill named “{ $other }”; the skill keeps the name “{ $name }” until this is changed.
skills-name-missing = A skill needs a name; it keeps the name “{ $name }” until it has one.
skills-field-category = Category
skills-merge-message = “{ $from }” will be merged into “{ $into }”: its setbacks, level history and notes move over, and “{ $from }” is removed.
skills-merge-confirm = Merge into “{ $into }”
skills-merge-heading = Merge the two skills?
skills-merge-cancel = Keep them apart
skills-step-merge = merging “{ $from }” into “{ $into }”
skills-delete-message = “{ $name }” will be removed, with its links to setbacks. You can undo this with { $keys }.
skills-delete-heading = Delete this skill?
skills-delete-confirm = Delete skill
skills-came-from = Came from
skills-came-from-link = { $title } · { $date }
skills-open-setback-name = Open setback { $title }
skills-open-setback-hover = Open this setback
skills-came-from-none = No setback links this skill.
skills-level-history = Level history
skills-level-value = Level { $level }
skills-level-remove = Remove level change of { $date }
skills-category-hint = e.g. Communication
skills-first-acquired = First acquired
skills-first-acquired-hover = The date of the earliest setback it came from.
skills-field-level = Level
skills-level-scale = 1 new · 5 mastered
