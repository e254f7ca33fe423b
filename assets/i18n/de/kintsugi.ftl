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

## Setbacks, skills and the calendar

calendar-after-range-end = nach dem Ende des Zeitraums
calendar-before-range-start = vor dem Beginn des Zeitraums
calendar-day-checked-in = { $words }, Tageseintrag vorhanden
calendar-day-checked-in-mood = { $words }, Tageseintrag vorhanden (Stimmung { $mood })
calendar-day-setbacks = { $words }, { $count ->
    [one] 1 Rückschlag
   *[other] { $count } Rückschläge
}
calendar-day-unavailable = { $words }, nicht wählbar: { $why }
calendar-range-from = Von
calendar-range-from-field = Beginn
calendar-range-to = bis
calendar-range-to-field = Ende
calendar-date-hint = JJJJ-MM-TT
calendar-choose-hover = { $field } im Kalender wählen
calendar-button-name = Kalender: { $field }
calendar-previous-month-hover = Vorheriger Monat (Page Up)
calendar-previous-month = Vorheriger Monat
calendar-next-month-hover = Nächster Monat (Page Down)
calendar-next-month = Nächster Monat
calendar-today = Heute
calendar-keys = Pfeiltasten: Tag / Woche · Page Up/Down: Monat · Enter: wählen · Esc: schließen
calendar-weekday-mon = Mo
calendar-weekday-tue = Di
calendar-weekday-wed = Mi
calendar-weekday-thu = Do
calendar-weekday-fri = Fr
calendar-weekday-sat = Sa
calendar-weekday-sun = So
