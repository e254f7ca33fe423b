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
