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
