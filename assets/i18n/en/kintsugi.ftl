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
exchange-report-skipped = skipped { $count } row(s):
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
report-dialog-chosen-setbacks = { $chosen } of the period's { $total } setbacks, with their reflection:
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
