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

## Journal, experiments and the weekly review

experiment-outcome-worked = Hat geklappt
experiment-outcome-partly = Teilweise geklappt
experiment-outcome-didnt = Hat nicht geklappt
experiment-filter-all = Alle
experiment-filter-open = Offen
experiment-filter-due = Fällig
experiment-filter-tried = Ausprobiert
experiment-filter-dropped = Verworfen
experiment-answer-open = Offen
experiment-answer-tried = Ausprobiert am { $date }: { $outcome }
experiment-answer-dropped = Verworfen am { $date }
experiment-answer-with-words = { $answer } – { $words }
experiment-when-by = bis { $date }
search-field-note = Notiz
search-field-tag = Schlagwort
search-field-title = Titel
search-field-what-happened = Was passiert ist
search-field-contributing-factor = Einflussfaktor
search-field-do-differently = Anders machen
search-field-feedback-from = Feedback von
search-field-feedback = Feedback
search-field-lesson = Lehre
search-field-skill = Fähigkeit
search-field-experiment = Experiment
search-field-how-it-went = Wie es lief
search-field-why-dropped = Warum verworfen
search-field-when = Wann
search-field-went-well = Lief gut
search-field-lesson-carried-on = Mitgenommene Lehre
search-rating = { $scale } { $value }
search-check-in = Tageseintrag
search-check-in-with-ratings = Tageseintrag · { $ratings }
search-setback-heading = Rückschlag · { $title }
search-micro-failure-heading = Mini-Rückschlag · { $title }
search-experiment-open = Experiment · offen · { $text }
search-experiment-tried = Experiment · ausprobiert, { $outcome ->
    [worked] hat geklappt
    [partly] teilweise geklappt
   *[didnt] hat nicht geklappt
} · { $text }
search-experiment-dropped = Experiment · verworfen · { $text }
search-from-setback = Aus dem Rückschlag „{ $title }“ ({ $status ->
    [open] offen
    [reflected] reflektiert
   *[recovered] überwunden
})
search-review-rated = Wochenrückblick · { $from } – { $to } · { $rating } von 10
search-review-not-rated = Wochenrückblick · { $from } – { $to } · nicht bewertet
journal-field-label = { $field }:
journal-ratings-only = Nur Bewertungen
journal-nothing-written = Nichts geschrieben
journal-row-name = { $date }: { $heading }
journal-open-it = Öffnen
journal-title = Journal
journal-search-label = Suchen
journal-search-hint = Wörter aus Notizen, Schlagwörtern, Reflexionen, Lehren, Experimenten …
journal-search-hover = Findet Einträge, die jedes eingegebene Wort enthalten; Groß-/Kleinschreibung und Akzente spielen keine Rolle ({ $keys })
journal-clear = Suche und Filter leeren
journal-show = Zeigen
journal-kind-everything = Alles
journal-kind-check-ins = Tageseinträge
journal-kind-setbacks = Rückschläge
journal-kind-experiments = Experimente
journal-kind-reviews = Rückblicke
journal-show-kind = { $kind } zeigen
journal-tag = Schlagwort
journal-tag-any = alle
journal-tag-filter = Schlagwortfilter
journal-dates-reversed = Das erste Datum liegt nach dem zweiten.
journal-dates-unreadable = Schreib Daten als JJJJ-MM-TT, z. B. 2026-03-01.
journal-empty = Noch nichts geschrieben: Tageseinträge, Rückschläge, Experimente und Rückblicke erscheinen hier, die neuesten zuerst.
journal-count-all = { $count ->
    [one] { $shown } Eintrag
   *[other] { $shown } Einträge
}, die neuesten zuerst
journal-no-match = Kein Eintrag passt: Versuch es mit weniger Wörtern oder leere die Filter.
journal-count-found = { $found } von { $count ->
    [one] { $total } Eintrag
   *[other] { $total } Einträgen
} gefunden
journal-digit-group = .
practice-experiments-title = Experimente
practice-experiments-intro = Was aus deinen Lehren wurde: eine Sache, die du beim nächsten Mal ausprobierst, und wie es lief.
practice-filter-chip = { $filter } ({ $count })
practice-filter-hover = { $filter ->
    [all] Alle Experimente
    [open] Offene Experimente
    [due] Fällige Experimente
    [tried] Ausprobierte Experimente
   *[dropped] Verworfene Experimente
} zeigen
practice-experiments-empty = Noch keine Experimente. Öffne einen Rückschlag und wähle neben einer Lehre oder „Was ich anders machen werde“ die Option „Mach ein Experiment daraus“.
practice-filter-empty = { $filter ->
    [all] Keine Experimente.
    [open] Keine offenen Experimente.
    [due] Keine fälligen Experimente.
    [tried] Keine ausprobierten Experimente.
   *[dropped] Keine verworfenen Experimente.
}
practice-show-more = { $count } weitere zeigen
practice-delete-heading = Dieses Experiment löschen?
practice-delete-message = Es verschwindet aus der Liste und den Zahlen. Du kannst das rückgängig machen.
practice-delete-keep = Behalten
practice-badge-due = Fällig
practice-badge-open = Offen
practice-badge-tried = Ausprobiert
practice-badge-dropped = Verworfen
practice-delete-button = Löschen …
practice-delete-hover = Dieses Experiment löschen (rückgängig machbar)
practice-delete-name = Experiment { $text } löschen
practice-from = · aus
practice-open-setback = Den Rückschlag öffnen, aus dem es stammt
practice-trains = · trainiert { $skill }
practice-undo-trying = Ausprobieren von „{ $text }“
practice-tried-toast = „{ $text }“ ausprobiert: { $outcome ->
    [worked] hat geklappt
    [partly] teilweise geklappt
   *[didnt] hat nicht geklappt
}.
practice-undo-putting-off = Aufschieben von „{ $text }“
practice-not-yet-toast = „{ $text }“ kommt in { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
} wieder.
practice-undo-dropping = Verwerfen von „{ $text }“
practice-dropped-toast = „{ $text }“ verworfen.
practice-proposal-message = Du hast „{ $experiment }“ ausprobiert, das { $skill } trainiert (Stufe { $from }). Auf Stufe { $to } anheben?
practice-proposal-message-first = Du hast „{ $experiment }“ ausprobiert, das { $skill } trainiert (noch keine Stufe). Auf Stufe { $to } anheben?
practice-proposal-heading = Fähigkeit anheben?
practice-proposal-raise = Auf Stufe { $to } anheben
practice-proposal-keep = So lassen
practice-answer-tried = ✔ Ausprobiert
practice-answer-tried-hover = Sag, wie es lief
practice-answer-not-yet = Noch nicht
practice-answer-not-yet-hover = In { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
} wieder fragen
practice-answer-drop = Verwerfen
practice-answer-drop-hover = Aufgeben und sagen, warum
practice-answer-how = Wie lief es?
practice-answer-what-happened = Was passiert ist (optional)
practice-answer-what-happened-hint = Eine Zeile dazu, wie es lief
practice-answer-save = Antwort speichern
practice-answer-why-drop = Warum verwerfen? (optional)
practice-answer-why-drop-hint = z. B. das Projekt ist vorbei
practice-answer-drop-name = Experiment verwerfen
practice-plan-problem-text = Schreib in einem Satz, was du ausprobierst.
practice-plan-problem-date = Schreib das Datum als JJJJ-MM-TT oder wähl es im Kalender.
practice-plan-problem-situation = Sag, wann es ansteht, z. B. „wenn ich das nächste Mal präsentiere“.
practice-plan-when = Wann
practice-plan-by-date = Bis zu einem Datum
practice-plan-when-it-comes-up = Wenn es ansteht
practice-plan-try-by = Ausprobieren bis
practice-plan-try-by-field = Zieldatum
practice-plan-situation = Die Situation
practice-plan-situation-hint = z. B. wenn ich das nächste Mal vor der Leitung präsentiere
practice-plan-skill = Trainierte Fähigkeit
practice-plan-skill-none = Keine
practice-plan-heading-change = Experiment ändern
practice-plan-heading-make = Mach ein Experiment daraus
practice-plan-from = Aus „{ $title }“
practice-plan-text = Was ich ausprobiere
practice-plan-text-hint = z. B. Vor der Präsentation um eine Probe bitten
practice-plan-save = Änderungen speichern
practice-plan-make = Experiment anlegen
practice-planned-by-toast = „{ $text }“ geplant – ausprobieren bis { $date }.
practice-planned-when-toast = „{ $text }“ geplant – ausprobieren: { $situation }.
practice-undo-planning = Planen von „{ $text }“
practice-undo-changing = Ändern von „{ $text }“
practice-changed-toast = „{ $text }“ geändert.
practice-undo-raising = Anheben von „{ $skill }“ auf Stufe { $level }
practice-raised-toast = „{ $skill }“ ist jetzt auf Stufe { $level }.
practice-undo-deleting = Löschen von „{ $text }“
practice-deleted-toast = „{ $text }“ gelöscht.
practice-undo-writing-review = Schreiben des Wochenrückblicks
practice-review-not-kept = Der Rückblick konnte nicht gespeichert werden: { $error }
practice-review-saved-toast = Dein Wochenrückblick ist gespeichert.
review-title = Blick auf deine Woche
review-period = { $from } – { $to }
review-intro = Ein paar Minuten Rückschau: die Tage seit deinem letzten Rückblick (höchstens vier Wochen).
review-went-well = Was gut lief
review-went-well-hint = Etwas, das gut lief, egal wie klein
review-week-question = Wie war die Woche insgesamt?
review-week-rating = Wochenbewertung
review-kept-as-you-type = Was du hier schreibst, wird beim Tippen gespeichert, wie alles andere.
review-done-hover = Rückblick schließen; er bleibt gespeichert
review-back = Zurück zu Heute
review-back-hover = Rückblick vorerst verlassen; über Heute kommst du zurück
review-ratings-heading = Deine Bewertungen im Vergleich zu den Tagen davor
review-this-period = Dieser Zeitraum
review-period-before = Der Zeitraum davor
review-mean-days = { $mean } ({ $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
})
review-line-before = { $scale }, davor
review-faint-lines = Blasse Linien: dieselben Tage des Zeitraums davor.
review-setback-link = { $title } · { $date }
review-no-next-step = noch kein nächster Schritt notiert
review-next-step = als Nächstes: { $step }
review-setbacks = Rückschläge
review-no-setbacks = Keine in diesem Zeitraum.
review-still-open = Noch offen von früher
review-and-more = und { $count } weitere
review-experiments = Experimente
review-no-experiments = Keine fällig oder ausprobiert in diesem Zeitraum.
review-experiment-due = Fällig: { $text } ({ $when })
review-experiment-tried = Ausprobiert: { $text } – { $status ->
    [worked] hat geklappt
    [partly] teilweise geklappt
    [didnt] hat nicht geklappt
   *[other] { $status }
}
review-feedback = Erhaltenes Feedback
review-feedback-line = { $from }: „{ $insight }“
review-lesson = Eine Lehre für die nächste Woche
review-lessons-from-period = Aus diesem Zeitraum:
review-carry-lesson = Diese Lehre mitnehmen
review-lesson-hint = Wähl oben eine aus oder schreib deine eigene
