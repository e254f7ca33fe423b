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
common-edit = Edit
common-open = Open
common-done = Done

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
welcome-heading = Welcome to Kintsugi
welcome-intro-growth = Setbacks are part of every career. Kintsugi helps you turn them into growth.
welcome-intro-check-in = Check in each day with three quick ratings — mood, resilience, growth mindset — and log setbacks, big or small, when they happen.
welcome-intro-reflect = Reflect on them, note the feedback and lessons, and watch over months how you bounce back and what each one taught you.
welcome-start = Start my journal
welcome-start-hover = A new journal at { $path }
welcome-demo = Explore the demo journal
welcome-demo-hover = Three years of made-up entries; nothing you change is saved
welcome-open-existing = Open an existing journal…
welcome-open-path = Or open the journal at this path:
welcome-where = Your journal will live at { $path }. Nothing leaves this computer.
unlock-wrong-passphrase = Wrong passphrase. Check Caps Lock and the keyboard layout, and try again.
unlock-passphrase-missing = Type the journal's passphrase first.
unlock-heading = 🔒 { $file } is encrypted
unlock-intro-read-only = Enter its passphrase to look at it read-only ({ $reason }).
unlock-intro = Enter its passphrase to open it.
unlock-passphrase = Passphrase
unlock-hide = Hide
unlock-show = Show
unlock-show-hover = Show or hide the passphrase as you type
unlock-button = Unlock
unlock-working = Unlocking… (about a second, on purpose: it makes guessing slow)
unlock-pending-save = Your latest changes are kept in memory and will be saved as soon as possible ({ $pending }).
unlock-open-another = Open another journal…
unlock-quit = Quit
unlock-cannot-recover = The passphrase cannot be recovered: without it, neither you nor anyone else can read this journal.
lock-window-title = { $file } (locked) — Kintsugi
lock-held = Locked. Your latest changes could not be saved yet ({ $error }); they are kept and saved as soon as possible.
lock-plain-journal = Only an encrypted journal can be locked. To encrypt it, choose Encrypt journal… in the File menu.
lock-idle = { $minutes ->
    [one] Locked after { $minutes } minute without activity.
   *[other] Locked after { $minutes } minutes without activity.
}
lock-kept-fields = { $count ->
    [one] { $count } field still holds text the journal could not take; it is kept for you to fix.
   *[other] { $count } fields still hold text the journal could not take; it is kept for you to fix.
}
protection-plain-export = Your journal is encrypted; this export is not. Keep the file somewhere private.
protection-title-encrypt = Encrypt journal
protection-title-change = Change passphrase
protection-title-remove = Remove encryption
protection-encrypt = Encrypt
protection-change = Change passphrase
protection-remove = Remove encryption
protection-strength-too-short = Too short: use at least 8 characters.
protection-strength-weak = Weak: easy to guess. Several unrelated words are easier to remember and harder to guess.
protection-strength-fair = Fair. A few more words would make it strong.
protection-strength-strong = Strong.
protection-current-missing = Type the current passphrase.
protection-new-differ = The two new passphrases differ.
protection-working = Working… (deriving a key from a passphrase is slow on purpose)
protection-not-encrypted = this journal is not encrypted
protection-wrong-passphrase = The current passphrase is wrong; nothing was changed.
protection-other-key = The journal on disk has another key than the one open here.
protection-worker-stopped = the worker stopped
protection-failed = Nothing was changed: { $error }
protection-backups-deleted = { $count ->
    [one] { $count } plain backup deleted.
   *[other] { $count } plain backups deleted.
}
protection-backups-encrypted = { $count ->
    [one] { $count } backup encrypted too.
   *[other] { $count } backups encrypted too.
}
protection-backups-changed = { $count ->
    [one] { $count } backup changed too.
   *[other] { $count } backups changed too.
}
protection-backups-decrypted = { $count ->
    [one] { $count } backup decrypted too.
   *[other] { $count } backups decrypted too.
}
protection-done-encrypt = Encrypted. Keep the passphrase safe: it cannot be recovered.
protection-done-change = Passphrase changed.
protection-done-remove = Encryption removed: the journal is plain text again.
protection-copy-still-encrypted = { $failure } (still encrypted: open it with the old passphrase through the restore dialog)
protection-copy-tried-again = { $failure } (tried again when the journal is next opened)
protection-explain-encrypt = Kintsugi will encrypt the journal, its backups and every save from now on. You will need the passphrase each time you open it.
protection-explain-change = The journal and its backups will open with the new passphrase only.
protection-explain-remove = The journal and its backups will be written in plain text again, readable by anyone with access to your files.
protection-current = Current passphrase
protection-new = New passphrase
protection-new-hint = At least 8 characters; several unrelated words work well.
protection-repeat = Repeat new passphrase
protection-show = Show passphrases
protection-backups = The journal's existing backups (plain copies):
protection-backups-encrypt = Encrypt them too
protection-backups-delete = Delete them
protection-cannot-recover = The passphrase cannot be recovered. Write it down and keep it somewhere safe: without it, nobody can read this journal — not even you.
tamper-rollback-message = This journal is older than the one you last opened here (save { $found }; this computer has seen save { $seen }). It may have been restored from a backup or replaced with an old copy, by a sync client or by someone else. Entries written since are not in it. Look at its backups before you edit it, or keep this version.
tamper-rollback-heading = An older version of this journal
tamper-rollback-keep = Keep this version
tamper-rollback-backups = Look at the backups…
tamper-downgrade-heading = This journal is no longer encrypted
tamper-downgrade-message = It was encrypted when you last opened it here, and now it is plain text: anyone with access to the file can read it. If you did not remove the encryption yourself, the file may have been replaced.
tamper-downgrade-encrypt = Encrypt it again…
tamper-downgrade-keep = Keep it plain
broken-heading-locked = Your journal is open in another Kintsugi
broken-heading-read-only-folder = Kintsugi can't write to your journal's folder
broken-heading = Kintsugi can't open your journal
broken-file = File
broken-what-went-wrong = What went wrong
broken-reassurance-locked = Only one Kintsugi may write to a journal at a time, so that neither overwrites the other's changes. You can look at this journal without changing it, or close the other one and try again.
broken-reassurance-read-only-folder = You can look at this journal without changing it, or fix the folder's permissions and try again.
broken-reassurance-newer-version = This journal was saved by a newer Kintsugi. It has not been changed. Update Kintsugi to open it.
broken-reassurance = Kintsugi has not changed this file and will not write over it.
broken-open-read-only = Open read-only
broken-try-again = Try again
broken-restore = Restore the newest backup (from { $date })
broken-restore-hover = The unreadable file is kept beside the journal under a new name, so nothing is lost.
broken-open-another = Open another file…
broken-quit = Quit
broken-open-path = Or open the journal at this path:

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
insights-pattern = { $count } micro-failures in { $category } within { $span ->
        [one] 1 day
       *[other] { $span } days
    }, { $from }–{ $to }
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
    } ({ $micro ->
        [one] 1 micro-failure
       *[other] { $micro } micro-failures
    })
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
    lowest { $lowest }, highest { $highest } ({ $count ->
        [one] 1 check-in
       *[other] { $count } check-ins
    })
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
progress-coverage = { $count ->
        [one] 1 check-in
       *[other] { $count } check-ins
    } · { $share } of days · streak { $streak } (longest { $longest })
progress-coverage-help = Coverage = days with a check-in / days in the range. The current streak ends on the range's last day (or the day before).
progress-setbacks-count = { $count ->
        [one] 1 setback
       *[other] { $count } setbacks
    }, { $micro ->
        [one] 1 micro-failure
       *[other] { $micro } micro-failures
    }
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
progress-put-into-practice-share = { $percent }% of { $count }
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
    [didnt] didn't work
   *[other] { $status }
}
review-feedback = Feedback received
review-feedback-line = { $from }: “{ $insight }”
review-lesson = One lesson to carry into next week
review-lessons-from-period = From this period:
review-carry-lesson = Carry this lesson on
review-lesson-hint = Pick one above, or write your own

## Menus, shortcuts and the window

screen-today = Today
screen-setbacks = Setbacks
screen-skills = Skills
screen-experiments = Experiments
screen-progress = Progress
screen-journal = Journal
screen-today-screen = Today screen
screen-setbacks-screen = Setbacks screen
screen-skills-screen = Skills screen
screen-experiments-screen = Experiments screen
screen-progress-screen = Progress screen
screen-journal-screen = Journal screen
menu-file = File
menu-view = View
menu-help = Help
menu-undo-step = Undo “{ $step }”
menu-redo-step = Redo “{ $step }”
menu-nothing-to-undo = Nothing to undo
menu-nothing-to-redo = Nothing to redo
menu-merge-from-disk = Merge changes from disk
menu-merge-from-disk-hover = Read the journal file now and merge what another computer (or a sync client) wrote into it; Kintsugi also does this by itself when the file changes
menu-merge-from-disk-disabled = Only a journal open for writing follows its file
menu-new-journal = New journal…
menu-open = Open…
menu-open-recent = Open recent
menu-no-recent = No journal opened yet
menu-recent-missing = This file is no longer there
menu-save-now = Save now
menu-save-copy-as = Save a copy as…
menu-show-data-folder = Show data folder
menu-export-chart = Export chart…
menu-export-report = Export report…
menu-export-report-hover = A PDF or Markdown report of the Progress range, for a mentor or coach
menu-export-data = Export data (CSV)…
menu-import = Import…
menu-restore = Restore from backup…
menu-preferences = Preferences…
menu-quit = Quit
menu-change-passphrase = Change passphrase…
menu-remove-encryption = Remove encryption…
menu-lock-now = Lock now
menu-encrypt-journal = Encrypt journal…
menu-encrypt-journal-hover = Protect the journal and its backups with a passphrase
menu-encrypt-journal-disabled = Only a journal saved on disk, open for writing, can be encrypted
menu-search-journal = Search the journal…
menu-theme = Theme
menu-theme-system = Follow the system
menu-theme-light = Light
menu-theme-dark = Dark
help-shortcuts-title = Keyboard shortcuts
help-about-title = About Kintsugi
help-about-tagline = Turn professional setbacks into growth: the break becomes part of the story.
help-about-journal = Your journal
help-about-in-memory = in memory only (demo)
help-about-backups = Backups: { $folder }
help-about-private = Nothing leaves this computer.
shortcuts-everywhere = Everywhere
shortcuts-on-today = On Today
shortcuts-on-setbacks = On Setbacks
shortcuts-on-progress-chart = On the Progress chart
shortcuts-calendar-keys = In a calendar: arrows move by day and week, Page Up/Down by month, Home/End to the week's ends, Enter picks, Escape closes.
shortcuts-either = { $first } or { $second }
shortcuts-save-now = Save now
shortcuts-search-journal = Search the journal
shortcuts-export-chart = Export the chart
shortcuts-preferences = Preferences
shortcuts-lock = Lock an encrypted journal
shortcuts-list = Keyboard shortcuts (this list)
shortcuts-quit = Quit (saves first)
shortcuts-previous-day = Previous day
shortcuts-next-day = Next day
shortcuts-back-to-today = Back to today
shortcuts-new-setback = Log a new setback
shortcuts-zoom-in = Zoom in
shortcuts-zoom-out = Zoom out
shortcuts-earlier = Earlier
shortcuts-later = Later
window-title = { $name } — Kintsugi
window-title-welcome = Welcome — Kintsugi
window-title-demo = demo journal (not saved) — Kintsugi
window-title-read-only = { $name } (read-only) — Kintsugi
window-title-unnamed = journal — Kintsugi
window-title-broken = { $name } cannot be opened — Kintsugi
window-demo-banner = You are exploring a demo journal. Nothing you change here is saved.
window-read-only-banner = Read-only: { $reason } Editing, import, restore and undo are off.
window-try-again = Try again
window-try-again-hover = Open the journal for writing if it has become free
window-save-failed = Your changes could not be saved: { $error }. They are kept in this window, and Kintsugi keeps trying.
window-retry = Retry
window-save-copy-elsewhere = Save a copy elsewhere…
window-not-available = Not available: { $reason }
window-clear-rating = Clear
window-clear-rating-hover = Remove the { $scale } rating for this day
window-clear-rating-name = Clear { $scale }
window-tags = Tags
window-remove-tag-hover = Remove the tag “{ $tag }”
window-remove-tag-name = Remove tag { $tag }
window-tag-hint = add a tag, press Enter
window-add-this-tag = Add this tag
window-list-remove = Remove { $item } { $number }
window-list-move-up = Move { $item } { $number } up
window-list-move-down = Move { $item } { $number } down
window-list-add = Add
window-list-add-name = Add { $item }
window-list-new-name = New { $item }
quit-save-failed-title = Your changes could not be saved
quit-save-failed-lost = If you quit now, the changes since the last save are lost.
quit-try-again = Try again
quit-keep-open = Keep the window open
quit-without-saving = Quit without saving
quit-review-heading = Some text is not in your journal yet
quit-review-explanation = These fields hold text the journal could not take. Go back to fix them, or discard just that text: everything else is already saved.
quit-kept-text = “{ $text }”
quit-go-to-it = Go to it
quit-discard-text = Discard this text
quit-discard-all = Discard all and quit
quit-keep-working = Keep working
quit-field-of-setback = { $field } of the setback “{ $title }”
quit-field-of-new-setback = { $field } of a new setback
quit-skill-search-of-setback = Add a skill, on the setback “{ $title }”
quit-skill-search-of-new-setback = Add a skill, on a new setback
quit-new-category-of-setback = New category, on the setback “{ $title }”
quit-new-category-of-new-setback = New category, on a new setback
quit-skill-name = Name of the skill “{ $name }”
quit-skill-name-unknown = A skill's name
files-filter-journal = Kintsugi journal
files-new-journal-title = Create a new Kintsugi journal
files-open-title = Open a Kintsugi journal
files-save-copy-title = Save a copy of the journal
files-could-not-save-current = Could not save the current journal, so it stays open: { $error }
files-already-exists = { $path } already exists and was left as it is: open it with Open… in the File menu
files-started-new = Started a new journal: { $name }
files-could-not-create = Could not create the journal: { $error }
files-no-data-folder = There is no data folder to show
files-could-not-show-folder = Could not open { $folder } in the file manager: { $error }
files-locked-not-saved = The locked journal's latest changes are not saved yet: unlock it first, so that they are not lost.
files-already-open = { $name } is already open
files-opened = Opened { $path }
files-read-only-reason = this journal is open in another Kintsugi or its folder cannot be written; changes made here are not saved.
files-open-for-writing-now = The journal is open for writing now.
files-still-read-only = Still read-only: { $error }
files-saved-copy = Saved a copy as { $path }
files-saved-copy-encrypted = Saved a copy as { $path }, encrypted with the journal's passphrase
files-could-not-save-copy = Could not save the copy: { $error }
files-no-backup = There is no backup of this journal.
files-backup-not-encrypted = Not restored: the newest backup ({ $backup }) is not encrypted, though the journal was, so Kintsugi did not make it. Look at the backups folder yourself.
files-restored-backup = Restored the backup from { $day }.
files-restored-backup-kept = Restored the backup from { $day }. The unreadable file was kept as { $path }.
files-could-not-restore = Could not restore the backup: { $error }
files-could-not-save = Could not save: { $error }
files-backup-failed = Saved, but the daily backup failed: { $warning }
step-delete-check-in = deleting the check-in of { $date }
step-deleted-check-in = Deleted the check-in of { $date }.
step-delete-setback = deleting “{ $title }”
step-deleted-setback = Deleted “{ $title }”.
step-delete-skill = deleting the skill “{ $name }”
step-deleted-skill = Deleted the skill “{ $name }”.
step-merge-from-disk = merge changes from disk
step-merge-conflict-copy = merge a conflict copy
step-nothing-changed = Nothing was changed: { $error }
step-read-only-error = this journal is open read-only: { $reason }
step-undid = Undid { $step }.
step-redid = Redid { $step }.
step-undone = Undone.
step-undone-with-later = { $count ->
    [one] Undone, with the 1 later change made after it: { $changes }.
   *[other] Undone, with the { $count } later changes made after it: { $changes }.
}
step-cannot-undo = Cannot undo: { $reason }
step-cannot-redo = Cannot redo: { $reason }
step-nothing-to-undo = Nothing to undo.
step-nothing-to-redo = Nothing to redo.

## Import, export, the report dialog and other computers

exchange-restore-title = Restore from backup
exchange-restore-explained = Kintsugi keeps a copy of the journal as it was before the first save of each day, and before every import or restore.
exchange-restore-replaces = Restoring replaces the journal with the copy; the journal as it is now is backed up first, and { $keys } takes the restore back.
exchange-restore-none = There are no backups of this journal yet.
exchange-restore-backup = { $date } · { $name }
exchange-restore = Restore
exchange-its-passphrase = Its passphrase
exchange-restore-with-it = Restore with it
exchange-chart-title = Export chart
exchange-chart-explained = The chart of the Progress screen: same range, ratings and colours, with the setbacks and skills lane.
exchange-file = File
exchange-choose = Choose…
exchange-filter-png = PNG image
exchange-filter-svg = SVG drawing
exchange-format = Format:
exchange-size = Size
exchange-png-scale = PNG scale
exchange-png-scale-hover = 2× gives a sharp picture on high-density screens and in slides
exchange-better-days = Add “What goes with better days” under the chart
exchange-better-days-hover = The tags that go with higher and lower ratings, the weekday means, recovery by category and mood carry-over of the chart's range, as on the Progress screen. The image grows by the height they need.
exchange-export = Export
exchange-data-title = Export data (CSV)
exchange-data-explained = Writes checkins.csv, setbacks.csv, skills.csv, experiments.csv and reviews.csv into a folder, for a spreadsheet or another app.
exchange-folder = Folder
exchange-import = Import
exchange-import-explained = A folder exported by Kintsugi or one of its CSV files, Daylio's CSV export, a jrnl journal (its JSON export or its text file) or RedNotebook's data folder.
exchange-import-from = From
exchange-pick-file = File…
exchange-pick-folder = Folder…
exchange-format-recognise = Recognise
exchange-preview = Preview
exchange-preview-undo = A backup is made first, and Undo ({ $keys }) takes the whole import back.
exchange-moods-unrated = These Daylio moods have no rating yet: give each one from 1 (awful) to 10 (great), then Preview again.
exchange-mood-lines = “{ $mood }” ({ $count ->
        [one] line
       *[other] lines
    } { $lines })
exchange-rate-mood = Rate “{ $mood }” { $rating }
exchange-report-separator = {"; "}
exchange-report-would-import = Would import { $format }: { $parts }
exchange-report-imported = Imported { $format }: { $parts }
exchange-report-added = added { $entries }
exchange-report-replaced = replaced { $entries }
exchange-report-updated = updated { $count ->
        [one] { $count } check-in
       *[other] { $count } check-ins
    } (the mood from the file, the day's words kept)
exchange-report-extended = added words to { $count ->
        [one] { $count } day
       *[other] { $count } days
    } that had a check-in
exchange-report-nothing-new = nothing new
exchange-report-already-there = ({ $count ->
        [one] { $count } entry was
       *[other] { $count } entries were
    } already in the journal)
exchange-report-empty = left out { $count ->
        [one] { $count } empty entry
       *[other] { $count } empty entries
    } (no words and no tags)
exchange-report-skipped = skipped { $count ->
        [one] 1 row
       *[other] { $count } rows
    }:
exchange-count-check-ins = { $count ->
        [one] { $count } check-in
       *[other] { $count } check-ins
    }
exchange-count-setbacks = { $count ->
        [one] { $count } setback
       *[other] { $count } setbacks
    }
exchange-count-skills = { $count ->
        [one] { $count } skill
       *[other] { $count } skills
    }
exchange-count-experiments = { $count ->
        [one] { $count } experiment
       *[other] { $count } experiments
    }
exchange-count-reviews = { $count ->
        [one] { $count } review
       *[other] { $count } reviews
    }
exchange-chart-exported = Exported the chart to { $path }
exchange-data-exported = Exported checkins.csv, setbacks.csv, skills.csv, experiments.csv and reviews.csv to { $path }
exchange-chart-copied = Copied the chart to the clipboard.
exchange-chart-copy-failed = Could not copy the chart: { $error }
exchange-step-import = import
exchange-step-restore = restore from backup
exchange-imported = { $report }.
exchange-imported-backup = { $report }. Backup: { $path }.
exchange-imported-no-backup = { $report }. No backup could be made: { $error }.
exchange-import-failed = Nothing was imported: { $reason }
exchange-could-not-save = Could not save: { $error }
exchange-restore-plain-backup = This backup is not encrypted, though the journal is: Kintsugi did not make it, so it is not restored. If you know where it comes from, import it instead.
exchange-restore-other-key = This backup was sealed with another key than the journal's (from before a change of passphrase, or another copy of the journal). Type the passphrase it had, and restore it with that.
exchange-restore-wrong-passphrase = That is not this backup's passphrase; nothing was restored. Try again.
exchange-restored = Restored { $name }.
exchange-restored-backup = Restored { $name }. The journal as it was is in { $path }.
exchange-restored-no-backup = Restored { $name }. No backup of the journal as it was could be made: { $error }.
exchange-restore-failed = Nothing was restored: { $reason }
exchange-could-not-start = Could not start reading: { $error }
exchange-reading-progress = Reading… { $read } of { $total } MB
exchange-importing-progress = Importing… { $read } of { $total } MB
exchange-stop = Stop
exchange-stop-hover = Stop reading; nothing is changed
exchange-journal-changed = The journal changed while the import was read; nothing was imported. Import again to read it against the journal as it is now.
report-dialog-title = Export a report for your mentor
report-dialog-period = The period: { $period }
report-dialog-change-period = Change the period with the range on the Progress screen.
report-dialog-your-name = Your name
report-dialog-optional = optional
report-dialog-paper = Paper
report-dialog-us-letter = US Letter
report-dialog-questions = Questions for our conversation
report-dialog-questions-hint = What you want to ask or talk through
report-dialog-save-as = Save as
report-dialog-save-as-hover = A .pdf file, or .md for Markdown (the chart is saved beside it as SVG)
report-dialog-export = Export report
report-dialog-setbacks-heading = Setbacks to tell
report-dialog-mode-all = All
report-dialog-mode-reflected = Reflected on or recovered only
report-dialog-mode-ticked = Chosen one by one
report-dialog-setback-row = { $date } · { $title }
report-dialog-tell = Tell { $title }
report-dialog-include-micro = Include micro-failures
report-dialog-include-notes = Include the notes of check-ins and reviews
report-dialog-include-notes-hover = Left out unless you tick this: notes, and what weekly reviews say, are often the most private part.
report-dialog-what-goes-in = What goes in
report-dialog-summary = The summary figures and the chart of the period.
report-dialog-no-setbacks = No setbacks.
report-dialog-chosen-setbacks = { $chosen } of the period's { $total ->
        [one] 1 setback
       *[other] { $total } setbacks
    }, with their reflection:
report-dialog-more = … and { $count } more
report-dialog-experiments = { $count ->
        [0] No experiments.
        [one] 1 experiment of those setbacks, with how it went.
       *[other] { $count } experiments of those setbacks, with how they went.
    }
report-dialog-reviews-with-notes = The period and rating of { $count ->
        [one] 1 weekly review
       *[other] { $count } weekly reviews
    }, with what went well and the lesson.
report-dialog-reviews = The period and rating of { $count ->
        [one] 1 weekly review
       *[other] { $count } weekly reviews
    }; not what they say.
report-dialog-notes = { $count ->
        [one] The note of 1 check-in.
       *[other] The notes of { $count } check-ins.
    }
report-dialog-no-notes = No check-in notes.
report-dialog-your-questions = Your questions.
report-dialog-nothing-else = Nothing else from the journal goes in.
report-dialog-saved = Saved the report as { $path }
outside-disk-unchanged = The journal on disk has not changed since this window last read or wrote it.
outside-could-not-merge = Could not merge: { $error }
outside-merged = Merged changes from disk: { $changes }.
outside-kept-both = { $count ->
        [one] One text changed on both computers keeps both versions.
       *[other] { $count } texts changed on both computers keep both versions.
    }
outside-changes-added = { $entries } from another computer
outside-changes-changed = { $entries } changed
outside-changes-removed = { $entries } deleted there
outside-list-and = { $first } and { $last }
outside-copy-banner = { $client } left a conflict copy of this journal: { $name }.
outside-copy-banner-more = { $client } left a conflict copy of this journal: { $name } (and { $more } more).
outside-review-and-merge = Review and merge…
outside-review-hover = See what it would add or change, then merge it
outside-later = Later
outside-later-hover = Leave it for now; it is offered again next time
outside-copy-effects = Merging it { $effects }.
outside-effect-adds = adds { $entries }
outside-effect-changes = changes { $entries }
outside-effect-deletes = deletes { $entries }
outside-effect-nothing = brings nothing new
outside-copy-kept-both = Where a text was changed on both sides, both versions are kept, the other one under a line “— from the other computer —”.
outside-copy-wrong-passphrase = That is not this copy's passphrase. Try again.
outside-copy-other-passphrase = This copy is sealed with another passphrase than the journal's (it was changed on the other computer). Type that passphrase to open it.
outside-merged-copy = Merged the conflict copy: { $changes }. The copy is kept in { $path }.
outside-could-not-merge-copy = Could not merge the copy: { $error }
outside-new-passphrase-wrong = That is not the journal's new passphrase. Try again.
outside-passphrase-heading = Passphrase changed on another computer
outside-passphrase-explained = The journal on disk is sealed with a new passphrase, set on another computer. Type it to merge that version with this one; until then nothing is written and your changes stay in this window.
outside-new-passphrase = New passphrase
outside-open-and-merge = Open and merge
outside-passphrase-later-hover = Edit ▸ Merge changes from disk asks again
outside-removes-heading = Many entries deleted elsewhere
outside-removes-message = The version of this journal written elsewhere (another computer, or a sync client) no longer has { $removed } of your { $total } entries. Delete them here too, or keep them? Until you choose, nothing is written.
outside-removes-confirm = Delete them here too
outside-removes-cancel = Keep them
outside-copy-heading = Conflict copy
outside-copy-made = { $client } made { $path } when two computers changed the journal while apart.
outside-copy-after-merge = After merging, the copy is moved into the backups folder; Undo takes the merge back.
outside-its-passphrase = Its passphrase
outside-open-with-it = Open with it
outside-merge = Merge

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
report-summary-setbacks-micro = { $count ->
        [one] 1 setback
       *[other] { $count } setbacks
    } logged, { $micro ->
        [one] 1 of them a micro-failure
       *[other] { $micro } of them micro-failures
    }.
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
report-summary-pattern = A pattern: { $count } micro-failures in { $category } within { $days ->
        [one] 1 day
       *[other] { $days } days
    }, { $from }–{ $to }.
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

## (Setbacks) a new setback saved before it has a title

form-untitled-setback = Untitled setback

## (Weekly review) who gave a piece of feedback, and their name

review-feedback-from = { $source } ({ $name })
