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

## The mentor report and notifications

report-title = Fortschrittsbericht
report-period = { $from } – { $to }
report-made-on = Erstellt am { $date }
report-masthead-line = { $range }   ·   erstellt am { $date }
report-empty = In diesem Zeitraum wurde nichts festgehalten: keine Tageseinträge und keine Rückschläge.
report-summary-heading = Zusammenfassung
report-summary-no-ratings = { $rating }: keine Bewertungen in diesem Zeitraum.
report-summary-rating = { $rating }: Mittelwert { $mean }.
report-summary-rating-before = { $rating }: Mittelwert { $mean } ({ $difference } gegenüber { $days ->
        [one] dem { $days } Tag
       *[other] den { $days } Tagen
    } davor).
report-summary-rating-trend = { $rating }: Mittelwert { $mean }, { $trend ->
        [rising] steigend
        [falling] fallend
       *[steady] gleichbleibend
    } ({ $slope } pro 30 Tage).
report-summary-rating-before-trend = { $rating }: Mittelwert { $mean } ({ $difference } gegenüber { $days ->
        [one] dem { $days } Tag
       *[other] den { $days } Tagen
    } davor), { $trend ->
        [rising] steigend
        [falling] fallend
       *[steady] gleichbleibend
    } ({ $slope } pro 30 Tage).
report-summary-check-ins = Tageseintrag an { $checkins } von { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } ({ $percent }); aktuelle Serie { $current ->
        [one] { $current } Tag
       *[other] { $current } Tage
    }, längste { $longest ->
        [one] { $longest } Tag
       *[other] { $longest } Tage
    }.
report-summary-no-setbacks = Keine Rückschläge erfasst.
report-summary-one-setback-micro = 1 Rückschlag erfasst, ein Mini-Rückschlag.
report-summary-setbacks = { $count ->
        [one] { $count } Rückschlag erfasst.
       *[other] { $count } Rückschläge erfasst.
    }
report-summary-setbacks-micro = { $count } Rückschläge erfasst, davon { $micro ->
        [one] { $micro } Mini-Rückschlag
       *[other] { $micro } Mini-Rückschläge
    }.
report-summary-bounce-back = Median der Erholungszeit: { $median } Tage.
report-summary-bounce-back-trend = Median der Erholungszeit: { $median } Tage; { $trend ->
        [faster] du erholst dich schneller
        [slower] du erholst dich langsamer
       *[same] die Erholung dauert etwa so lange wie zuvor
    } (Median { $first } Tage, dann { $second }).
report-summary-no-skills = Keine neuen Fähigkeiten erfasst.
report-summary-skills = { $count ->
        [one] { $count } Fähigkeit erworben.
       *[other] { $count } Fähigkeiten erworben.
    }
report-summary-pattern = Ein Muster: { $count } Mini-Rückschläge in { $category } innerhalb von { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    }, { $from }–{ $to }.
report-better-days-heading = Was mit besseren Tagen einhergeht
report-better-days-note = Vergleiche zwischen Tagen, keine Ursachen.
report-chart-heading = Bewertungen, Rückschläge und Fähigkeiten
report-chart-description = Die Bewertungen im Zeitraum, darunter die Rückschläge und Fähigkeiten.
report-chart-caption = Abbildung 1: { $description }
report-setbacks-heading = Rückschläge und was daraus wurde
report-setbacks-left-out = { $count ->
        [one] { $count } Rückschlag dieses Zeitraums steht bewusst nicht in diesem Bericht.
       *[other] { $count } Rückschläge dieses Zeitraums stehen bewusst nicht in diesem Bericht.
    }
report-setback-facts = { $category } · Schwere { $severity } von 5
report-setback-facts-micro = { $category } · Schwere { $severity } von 5 · Mini-Rückschlag
report-setback-open = Offen
report-setback-reflected = Reflektiert
report-setback-recovered = Erholt am { $date }
report-setback-bounce-back = { $status } · Stimmung nach { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } wieder auf dem üblichen Niveau
report-feedback-named = { $source } ({ $name }): { $insight }
report-feedback = { $source }: { $insight }
report-what-happened = Was passiert ist
report-contributing-factors = Beitragende Faktoren
report-do-differently = Was ich anders machen werde
report-feedback-received = Erhaltenes Feedback
report-lessons = Lehren
report-skills-acquired = Erworbene Fähigkeiten
report-experiments-heading = Experimente
report-experiment-from = Aus „{ $setback }“ ({ $date })
report-experiment-trains = trainiert { $skill }
report-experiment-planned-by = Geplant am { $planned }, ausprobieren bis { $by }
report-experiment-planned-when = Geplant am { $planned }, ausprobieren, wenn: { $situation }
report-experiment-not-tried = Noch nicht ausprobiert
report-experiment-tried = Ausprobiert am { $date }: { $outcome ->
        [worked] hat funktioniert
        [partly] hat teilweise funktioniert
       *[didnt] hat nicht funktioniert
    }
report-experiment-dropped = Verworfen am { $date }
report-experiments-left-out = { $count ->
        [one] { $count } Experiment dieses Zeitraums steht nicht in diesem Bericht, weil sein Rückschlag fehlt.
       *[other] { $count } Experimente dieses Zeitraums stehen nicht in diesem Bericht, weil ihre Rückschläge fehlen.
    }
report-skills-column-skill = Fähigkeit
report-skills-column-level-then = Stufe damals
report-skills-column-level-now = Stufe heute
report-skills-column-came-from = Herkunft
report-skill-level = { $level } von 5
report-skill-level-not-set = nicht festgelegt
report-skill-set-by-hand = von Hand gesetzt
report-skill-from-others = { $count ->
        [one] { $count } Rückschlag
       *[other] { $count } Rückschläge
    } nicht in diesem Bericht
report-skill-from-shown-and-others = { $shown }; und { $count ->
        [one] { $count } Rückschlag
       *[other] { $count } Rückschläge
    } nicht in diesem Bericht
report-reviews-heading = Wochenrückblicke
report-review-rated = Woche mit { $rating } von 10 bewertet
report-review-not-rated = Nicht bewertet
report-review-item = { $period }: { $rating }
report-review-went-well = Was gut lief
report-review-lesson = Die mitgenommene Lehre
report-reviews-words-left-out = Was gut lief und die Lehren der Wochenrückblicke sind ausgelassen, wie die Notizen der Tageseinträge.
report-error-unknown-format = { $path }: Ein Bericht wird als .pdf oder .md gespeichert
report-error-typeset = Der Bericht konnte nicht gesetzt werden: { $detail }
report-error-chart = Das Diagramm des Berichts konnte nicht gezeichnet werden: { $detail }
report-error-write = { $path }: Der Bericht konnte nicht gespeichert werden: { $detail }
report-notes-heading = Notizen aus Tageseinträgen
report-questions-heading = Fragen für unser Gespräch
notification-open = Kintsugi öffnen
reminder-check-in-title = Zeit für deinen Kintsugi-Tageseintrag
reminder-check-in-body = Noch kein Tageseintrag für { $date }. Wie lief dein Tag? Drei Bewertungen dauern eine Minute.
reminder-check-in-unknown-body = Falls du für { $date } noch keinen Tageseintrag gemacht hast: Wie lief dein Tag? (Dein Journal ist verschlüsselt, daher kann Kintsugi ohne deine Passphrase nicht nachsehen.)
reminder-review-title = Zeit für deinen Wochenrückblick
reminder-review-body = Ein paar Minuten für den Blick zurück: was gut lief, welche Experimente du ausprobiert hast und eine Lehre für die nächste Woche.
