# Kintsugi — Deutsch.
#
# Glossar (diese Wörter, und nur diese, für diese Begriffe):
#   setback        — Rückschlag (der Rückschlag, die Rückschläge)
#   micro-failure  — Mini-Rückschlag
#   bounce-back    — Erholung (Tage bis zur Erholung; „Erholungszeit“ als Kennzahl)
#   resilience     — Widerstandskraft
#   growth mindset — Wachstumsdenken
#   mood           — Stimmung
#   check-in       — Tageseintrag
#   lesson         — Lehre (die Lehren)
#   experiment     — Experiment
#   weekly review  — Wochenrückblick
#   journal        — Journal
#   skill          — Fähigkeit
# Anrede: „du“, freundlich und knapp, wie in einem persönlichen Tagebuch.

## Daten.

date-month = { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
}
date-month-alone = { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
}
date-month-short = { $month ->
    [1] Jan.
    [2] Feb.
    [3] März
    [4] Apr.
    [5] Mai
    [6] Juni
    [7] Juli
    [8] Aug.
    [9] Sept.
    [10] Okt.
    [11] Nov.
   *[12] Dez.
}
date-weekday = { $weekday ->
    [1] Montag
    [2] Dienstag
    [3] Mittwoch
    [4] Donnerstag
    [5] Freitag
    [6] Samstag
   *[7] Sonntag
}
date-weekday-short = { $weekday ->
    [1] Mo.
    [2] Di.
    [3] Mi.
    [4] Do.
    [5] Fr.
    [6] Sa.
   *[7] So.
}
date-month-short-year = { $month } { $year }
date-month-year = { $month } { $year }
date-day-month-short = { $day }. { $month }
date-day-month = { $day }. { $month }
date-weekday-day-month = { $weekday }, { $day }. { $month }
date-short = { $day }. { $month } { $year }
date-short-weekday = { $weekday }, { $day }. { $month } { $year }
date-long = { $day }. { $month } { $year }
date-full = { $weekday }, { $day }. { $month } { $year }

## Zahlen.

number-percent = { $value } %

## Gemeinsame Wörter.

common-cancel = Abbrechen
common-close = Schließen
common-save = Speichern
common-delete = Löschen
common-undo = Rückgängig
common-redo = Wiederholen
common-ok = OK
common-back = Zurück
common-edit = Bearbeiten
common-open = Öffnen
common-done = Fertig
common-show-more = Mehr anzeigen

## Einstellungen

preferences-title = Einstellungen
preferences-language = Sprache
preferences-language-follow-system = Wie das System ({ $language })
preferences-theme = Farbschema
preferences-follow-system = Wie das System
preferences-theme-light = Hell
preferences-theme-dark = Dunkel
preferences-week-starts = Wochen beginnen am
preferences-week-start-usual = Wie in der Region üblich ({ $weekday })
preferences-daily-reminder = Tägliche Erinnerung
preferences-idle-lock = Bei Inaktivität sperren
preferences-weekly-review = Wochenrückblick
preferences-weekly-review-hint = An diesem Tag bietet dir eine Benachrichtigung den Wochenrückblick an, und „Heute“ auch (sonntags, wenn die Erinnerung aus ist).
preferences-off = Aus
preferences-reminders-note = Erinnerungen kommen als Desktop-Benachrichtigungen, solange Kintsugi läuft, und nur an Tagen ohne Tageseintrag. Für die Zeit, in der es geschlossen ist, siehe „Reminders“ in der README (ein systemd-Timer, der kintsugi remind ausführt).
preferences-idle-lock-after = Verschlüsseltes Journal sperren nach
preferences-minutes-suffix = {" "}Min.
preferences-idle-minutes = Minuten ohne Nutzung bis zur Sperre
preferences-idle-without-use = ohne Nutzung
preferences-remind-at = Erinnere mich an den Tageseintrag um
preferences-reminder-time = Uhrzeit der Erinnerung
preferences-not-a-time = „{ $typed }“ ist keine Uhrzeit: schreib sie als HH:MM, z. B. 20:00.
