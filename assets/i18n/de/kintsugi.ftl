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

## Today, welcome and the locked screen

today-long-date = { $weekday }, { $date }
today-calendar-hover = Im Kalender einen anderen Tag wählen
today-calendar-name = { $date }, anderen Tag wählen
today-calendar-field = Tag
today-calendar-refusal = Tageseinträge gibt es nur für heute oder früher
today-previous-day = ⏴ Vorheriger Tag
today-previous-day-hover = Den Tag davor zeigen ({ $keys })
today-next-day = Nächster Tag ⏵
today-next-day-hover = Den Tag danach zeigen ({ $keys })
today-next-day-disabled = Tageseinträge gibt es nur für heute oder früher
today-back-to-today = Zurück zu heute
today-back-to-today-hover = Heute zeigen ({ $keys })
today-save-hover = Das Journal jetzt speichern ({ $keys }). Änderungen werden ohnehin innerhalb einer Sekunde automatisch gespeichert.
today-filling-in = { $days ->
    [1] Nachtrag für gestern
   *[other] Nachtrag für vor { $days } Tagen
}
today-note = Notiz
today-note-hint = Was ist dir heute aufgefallen? Worauf bist du stolz, was war schwer?
today-delete = Diesen Tageseintrag löschen…
today-delete-hover = Bewertungen, Notiz und Schlagwörter dieses Tages entfernen (mit Rückfrage; { $keys } holt sie zurück)
today-delete-message = Bewertungen, Notiz und Schlagwörter für { $date } werden gelöscht. Mit { $keys } kannst du das rückgängig machen.
today-delete-heading = Diesen Tageseintrag löschen?
today-delete-confirm = Tageseintrag löschen
today-change-note = Eingabe in der Notiz vom { $date }
today-change-tags = Schlagwörter vom { $date }
today-change-ratings = Bewertungen vom { $date }
today-change-check-in = Tageseintrag vom { $date }
today-something-wrong = Ist etwas schiefgelaufen?
today-log-setback = Rückschlag festhalten
today-log-setback-hover = Halte einen Rückschlag oder Mini-Rückschlag für diesen Tag fest; denk gleich oder später darüber nach.
today-save-demo = Demo-Journal: nichts wird gespeichert
today-save-demo-hover = Dieses Journal existiert nur im Arbeitsspeicher.
today-save-read-only = Schreibgeschützt
today-save-failed = Noch nicht gespeichert
today-save-pending = Wird gespeichert…
today-save-pending-hover = Änderungen werden innerhalb einer Sekunde gespeichert.
today-save-nothing = Noch kein Tageseintrag für diesen Tag
today-save-nothing-hover = Wähle eine Bewertung, um den Tageseintrag zu beginnen.
today-save-done = ✔ Gespeichert
today-save-done-hover = Der Tageseintrag dieses Tages ist gespeichert.
today-ready = Bereit zum Reflektieren
today-ready-hover = Offene Rückschläge von vor über einer Woche, zu denen du noch nichts geschrieben hast. Mit etwas Abstand siehst du leichter, was passiert ist.
today-ready-setback = { $title } · { $date }
today-ready-more = und { $count } weitere unter Rückschläge
today-streak = { $days ->
    [0] Gerade keine Serie
    [one] { $days } Tag in Folge
   *[other] { $days } Tage in Folge
}
today-streak-hover = Aktuelle Serie: aufeinanderfolgende Tage mit Tageseintrag bis zu diesem Tag (oder bis zum Vortag, wenn dieser Tag noch keinen hat).
today-checked-in = Tageseintrag an { $count } der letzten { $days } Tage
today-chart = Die letzten { $days } Tage
today-chart-hover = Jeder Punkt ist ein Tageseintrag; Linien verbinden nur aufeinanderfolgende Tage, eine Lücke heißt also: an dem Tag kein Eintrag.
today-chart-empty = Deine Bewertungen erscheinen hier als Diagramm, sobald du an ein paar Tagen einen Tageseintrag gemacht hast.
today-chart-day = { $day }. { $month }
today-chart-point =
    { $scale } { $value }
    { $date }
today-back-month = Vor einem Monat
today-back-year = Vor einem Jahr
today-back-five-years = Vor fünf Jahren
today-back-bounce = { $days ->
    [0] { $title } — deine Stimmung hielt an dem Tag
    [1] { $title } — am nächsten Tag wieder bei deiner gewohnten Stimmung
   *[other] { $title } — nach { $days } Tagen wieder bei deiner gewohnten Stimmung
}
today-back-learned = { $line }; gelernt hast du: { $skills }
today-back-wrote-mood = Du schriebst: „{ $note }“ (Stimmung { $mood })
today-back-checked-in = Dein Tageseintrag: Stimmung { $mood }
today-back-wrote = Du schriebst: „{ $note }“
today-review-heading = Zeit für deinen Wochenrückblick
today-review-body = Was gut lief, welche Experimente du ausprobiert hast, eine Lehre zum Mitnehmen.
today-review-button = Wochenrückblick starten
today-did-you-try = Hast du es versucht: { $experiment }?
today-experiment-from = { $when } · aus „{ $setback }“
today-due-more = { $count } weitere fällig unter Experimente
today-situations = Wenn es so weit ist
today-situations-hover = Experimente für eine bestimmte Situation: kein Datum, kein Drängeln.
today-situations-more = und { $count } weitere
today-back = Blick zurück
today-back-hover = Was du rund um diesen Tag vor einem Monat, einem Jahr und fünf Jahren geschrieben hast (Rückschläge bis zu drei Tage daneben).
today-back-heading = { $when } · { $date }
today-back-open-day = Diesen Tag öffnen

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

## Progress, insights and exported charts

insights-date-range = { $from } – { $to }
insights-days =
    { $count ->
        [one] 1 Tag
       *[other] { $count } Tage
    }
insights-trend-rising = steigend
insights-trend-falling = fallend
insights-trend-steady = gleichbleibend
insights-rating-mood = Stimmung
insights-rating-resilience = Widerstandskraft
insights-rating-growth-mindset = Wachstumsdenken
insights-recoveries-faster = Du erholst dich schneller
insights-recoveries-slower = Du erholst dich langsamer
insights-recoveries-same = Die Erholung dauert etwa so lange wie zuvor
insights-pattern = { $count } Mini-Rückschläge in { $category } innerhalb von { $span } Tagen, { $from }–{ $to }
insights-tag-sentence = An Tagen mit dem Tag { $tag }: { $figures }
insights-tag-figures = { $rating } { $mean } gegenüber { $other } an anderen Tagen ({ $days } gegenüber { $other_days } Tagen)
insights-tag-with-difference = { $sentence } ({ $difference })
insights-tags-none = Tags: keiner hat in diesem Zeitraum { $days } Tage mit und { $days } ohne ihn
insights-tags-same = Tags: Tage mit und ohne jeden Tag haben etwa dieselben Mittelwerte
insights-by-weekday = { $rating } nach Wochentag: { $profile }
insights-weekday-mean = { $weekday } { $mean } ({ $days })
insights-weekday-no-mean = { $weekday } – (0)
insights-recovery-needs = Erholung nach Kategorie: braucht { $count } Rückschläge mit Erholungszeit in einer Kategorie
insights-recovery-in = Erholung in { $sentence }
insights-category-sentence = { $category }: { $figures }
insights-category-figures =
    Median { $median } { $days ->
        [one] Tag
       *[other] Tage
    } über { $count } Rückschläge
insights-carry-over-fresh = jeder Tag beginnt neu
insights-carry-over-a-little = Stimmungen wirken etwas nach
insights-carry-over-linger = Stimmungen wirken nach
insights-carry-over-sentence = Stimmungsübertrag { $value }: { $words } ({ $pairs } Paare aufeinanderfolgender Tage)
insights-carry-over-needs-pairs = Stimmungsübertrag: braucht { $needed } Paare aufeinanderfolgender Tage mit Stimmung (bisher { $pairs })
insights-carry-over-needs-variety = Stimmungsübertrag: braucht Stimmungen, die von Tag zu Tag schwanken
insights-week-of = Woche vom { $date }
insights-resolution-daily = täglich
insights-resolution-weekly = Wochenmittel
insights-resolution-monthly = Monatsmittel
progress-lane-micro-failures = { $category }: Mini-Rückschläge
progress-lane-setbacks = { $category }: Rückschläge, Schwere { $severity }
progress-lane-bounce-not-measured = Erholungszeit: noch nicht gemessen
progress-lane-bounced-back =
    erholt nach { $days ->
        [one] 1 Tag
       *[other] { $days } Tagen
    }
progress-lane-setback-hover =
    { $title }
    { $category }: { $kind ->
        [micro-failure] Mini-Rückschlag
       *[setback] Rückschlag
    } · Schwere { $severity } · { $date }
    { $bounce }
    Klicken zum Öffnen
progress-lane-skills = Erworbene Fähigkeiten
progress-lane-skill =
    Fähigkeit: { $skill }
    erworben am { $date }
progress-lane-skill-from =
    Fähigkeit: { $skill }
    erworben am { $date }
    aus „{ $title }“
progress-lane-reviews = Wochenrückblicke
progress-lane-review = Wochenrückblick, { $from } – { $to }
progress-lane-review-rating = die Woche: { $rating }/10
progress-lane-review-lesson = mitgenommen: { $lesson }
progress-lane-group =
    { $low }–{ $high } Rückschläge pro { $period ->
        [week] Woche
        [month] Monat
       *[year] Jahr
    } (meist { $category })
progress-lane-group-hover =
    { $period }: { $count ->
        [one] 1 Rückschlag
       *[other] { $count } Rückschläge
    } ({ $micro } Mini-Rückschläge)
    { $breakdown }
    Klicken zum Vergrößern
progress-lane-title = Rückschläge und Fähigkeiten
progress-lane-help = Rückschläge: Farbe nach Kategorie, Größe nach Schwere; Mini-Rückschläge sind kleine hohle Kreise. Goldene Rauten: Fähigkeiten, am Tag des ersten Erwerbs. Hohle Quadrate: Wochenrückblicke (in der Tagesansicht). Klicke auf einen Rückschlag, um ihn zu öffnen.
progress-lane-row-setbacks = Rückschläge
progress-lane-row-skills = Fähigkeiten
chart-title = Kintsugi · Bewertungen, Rückschläge und Fähigkeiten · { $range } ({ $resolution })
chart-rating-axis = Bewertung (1–10)
chart-series-average = { $rating } (7-Tage-Mittel)
chart-series-weekly = { $rating } (Wochenmittel, Band: niedrigster–höchster Wert)
chart-series-monthly = { $rating } (Monatsmittel, Band: niedrigster–höchster Wert)
chart-lane-note = Größe = Schwere · hohl = Mini-Rückschlag · goldene Raute = erworbene Fähigkeit
chart-lane-note-grouped =
    ein Kreis pro { $period ->
        [week] Woche
        [month] Monat
       *[year] Jahr
    } (Farbe: häufigste Kategorie, Größe: Anzahl) · goldene Raute = Fähigkeit
chart-better-days-heading = Was mit besseren Tagen einhergeht — Vergleiche zwischen Tagen, keine Ursachen
progress-preset-four-weeks = 4 Wochen
progress-preset-three-months = 3 Monate
progress-preset-six-months = 6 Monate
progress-preset-one-year = 1 Jahr
progress-preset-all = Alles
progress-preset-custom = Eigener
progress-heading = Fortschritt
progress-preset-accessible = Zeitraum { $preset }
progress-show-range = Zeitraum anzeigen
progress-show-rating = { $rating } anzeigen
progress-show-rating-help = Diese Bewertung im Diagramm zeigen oder verbergen
progress-resolution-auto = Auto ({ $resolution })
progress-resolution = Auflösung
progress-reset-view = Ansicht zurücksetzen
progress-reset-view-help = Zurück zum gewählten Zeitraum (oder Doppelklick ins Diagramm)
progress-export-chart = Diagramm exportieren…
progress-export-chart-help = Dieses Diagramm als PNG oder SVG speichern ({ $keys })
progress-copy-chart = Diagramm kopieren
progress-copy-chart-help = Dieses Diagramm als Bild in die Zwischenablage legen
progress-report = Bericht für eine Mentorin oder einen Mentor…
progress-report-help = Ein PDF- oder Markdown-Bericht über diesen Zeitraum: Du wählst, was hineinkommt
progress-range-reversed = Der Zeitraum beginnt ({ $from }) nach seinem Ende ({ $to }).
progress-range-format = Schreibe Daten als JJJJ-MM-TT, z. B. 2026-03-01.
progress-heatmap-no-check-in = kein Tageseintrag
progress-heatmap-mood = Stimmung { $mood }
progress-heatmap-day = { $date }, { $mood }
progress-heatmap-day-setback = { $date }, { $mood } · Rückschlag: { $title }
progress-heatmap-day-setbacks = { $date }, { $mood } · { $count } Rückschläge
progress-series-rating = { $rating }: Bewertung
progress-series-average = { $rating }: 7-Tage-Mittel
progress-series-weekly = { $rating }: Wochenmittel
progress-series-monthly = { $rating }: Monatsmittel
progress-series-band = { $rating }: Spanne
progress-bucket-hover =
    { $name } { $mean }
    { $from } – { $to }
    niedrigste { $lowest }, höchste { $highest } ({ $count ->
        [one] 1 Tageseintrag
       *[other] { $count } Tageseinträge
    })
progress-point-hover =
    { $name } { $value }
    { $date }
progress-legend-shapes = · hohl = Mini-Rückschlag · Größe = Schwere
progress-legend-skill = · goldene Raute = erworbene Fähigkeit
progress-empty = Dein Fortschritt erscheint hier, sobald du ein paar Tageseinträge hast. Fang auf dem Bildschirm „Heute“ an — eine Minute am Tag genügt.
progress-chart-range = { $range } · { $resolution }
progress-ratings = Bewertungen
progress-ratings-help = Ab einigen Monaten zeigt das Diagramm Wochenmittel, ab einigen Jahren Monatsmittel, jeweils mit niedrigster und höchster Bewertung als Band. Vergrößere (Strg+Mausrad, ein mit der rechten Taste gezogener Rahmen oder + und -; Links und Rechts verschieben), um die Tagespunkte zurückzuholen, oder wähle eine Auflösung.
progress-heatmap-title = Ein Jahr in Pixeln
progress-heatmap-help = Jedes Quadrat ist ein Tag, gefärbt nach Stimmung; ein Punkt markiert einen Rückschlag. Klicke auf einen Tag, um ihn auf dem Bildschirm „Heute“ zu öffnen.
progress-previous-year = Vorheriges Jahr
progress-next-year = Nächstes Jahr

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
search-field-feedback = Rückmeldung
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
    [reflected] durchdacht
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

## Menüs, Tastenkürzel und das Fenster

screen-today = Heute
screen-setbacks = Rückschläge
screen-skills = Fähigkeiten
screen-experiments = Experimente
screen-progress = Fortschritt
screen-journal = Journal
screen-today-screen = Ansicht „Heute“
screen-setbacks-screen = Ansicht „Rückschläge“
screen-skills-screen = Ansicht „Fähigkeiten“
screen-experiments-screen = Ansicht „Experimente“
screen-progress-screen = Ansicht „Fortschritt“
screen-journal-screen = Ansicht „Journal“
menu-file = Datei
menu-view = Ansicht
menu-help = Hilfe
menu-undo-step = Rückgängig: „{ $step }“
menu-redo-step = Wiederholen: „{ $step }“
menu-nothing-to-undo = Nichts rückgängig zu machen
menu-nothing-to-redo = Nichts zu wiederholen
menu-merge-from-disk = Änderungen von der Festplatte übernehmen
menu-merge-from-disk-hover = Liest die Journal-Datei jetzt und übernimmt, was ein anderer Computer (oder ein Sync-Programm) hineingeschrieben hat; Kintsugi tut das auch von selbst, wenn sich die Datei ändert
menu-merge-from-disk-disabled = Nur ein zum Schreiben geöffnetes Journal folgt seiner Datei
menu-new-journal = Neues Journal…
menu-open = Öffnen…
menu-open-recent = Zuletzt geöffnet
menu-no-recent = Noch kein Journal geöffnet
menu-recent-missing = Diese Datei gibt es nicht mehr
menu-save-now = Jetzt speichern
menu-save-copy-as = Kopie speichern unter…
menu-show-data-folder = Datenordner zeigen
menu-export-chart = Diagramm exportieren…
menu-export-report = Bericht exportieren…
menu-export-report-hover = Ein PDF- oder Markdown-Bericht über den Zeitraum von „Fortschritt“, für Mentor oder Coach
menu-export-data = Daten exportieren (CSV)…
menu-import = Importieren…
menu-restore = Aus Sicherung wiederherstellen…
menu-preferences = Einstellungen…
menu-quit = Beenden
menu-change-passphrase = Passphrase ändern…
menu-remove-encryption = Verschlüsselung entfernen…
menu-lock-now = Jetzt sperren
menu-encrypt-journal = Journal verschlüsseln…
menu-encrypt-journal-hover = Schütze das Journal und seine Sicherungen mit einer Passphrase
menu-encrypt-journal-disabled = Nur ein auf der Festplatte gespeichertes, zum Schreiben geöffnetes Journal lässt sich verschlüsseln
menu-search-journal = Journal durchsuchen…
menu-theme = Farbschema
menu-theme-system = Wie das System
menu-theme-light = Hell
menu-theme-dark = Dunkel
help-shortcuts-title = Tastenkürzel
help-about-title = Über Kintsugi
help-about-tagline = Mach aus beruflichen Rückschlägen Wachstum: Der Bruch wird Teil der Geschichte.
help-about-journal = Dein Journal
help-about-in-memory = nur im Arbeitsspeicher (Demo)
help-about-backups = Sicherungen: { $folder }
help-about-private = Nichts verlässt diesen Computer.
shortcuts-everywhere = Überall
shortcuts-on-today = In „Heute“
shortcuts-on-setbacks = In „Rückschläge“
shortcuts-on-progress-chart = Im Fortschrittsdiagramm
shortcuts-calendar-keys = Im Kalender: Pfeiltasten springen um Tag und Woche, Page Up/Down um einen Monat, Home/End zu den Enden der Woche, Enter wählt, Escape schließt.
shortcuts-either = { $first } oder { $second }
shortcuts-save-now = Jetzt speichern
shortcuts-search-journal = Journal durchsuchen
shortcuts-export-chart = Diagramm exportieren
shortcuts-preferences = Einstellungen
shortcuts-lock = Verschlüsseltes Journal sperren
shortcuts-list = Tastenkürzel (diese Liste)
shortcuts-quit = Beenden (speichert vorher)
shortcuts-previous-day = Vorheriger Tag
shortcuts-next-day = Nächster Tag
shortcuts-back-to-today = Zurück zu heute
shortcuts-new-setback = Neuen Rückschlag festhalten
shortcuts-zoom-in = Vergrößern
shortcuts-zoom-out = Verkleinern
shortcuts-earlier = Früher
shortcuts-later = Später
window-title = { $name } — Kintsugi
window-title-welcome = Willkommen — Kintsugi
window-title-demo = Demo-Journal (nicht gespeichert) — Kintsugi
window-title-read-only = { $name } (schreibgeschützt) — Kintsugi
window-title-unnamed = Journal — Kintsugi
window-title-broken = { $name } lässt sich nicht öffnen — Kintsugi
window-demo-banner = Du erkundest ein Demo-Journal. Nichts, was du hier änderst, wird gespeichert.
window-read-only-banner = Schreibgeschützt: { $reason } Bearbeiten, Import, Wiederherstellen und Rückgängig sind aus.
window-try-again = Erneut versuchen
window-try-again-hover = Das Journal zum Schreiben öffnen, falls es inzwischen frei ist
window-save-failed = Deine Änderungen ließen sich nicht speichern: { $error }. Sie bleiben in diesem Fenster, und Kintsugi versucht es weiter.
window-retry = Erneut versuchen
window-save-copy-elsewhere = Kopie anderswo speichern…
window-not-available = Nicht verfügbar: { $reason }
window-clear-rating = Leeren
window-clear-rating-hover = Die Bewertung „{ $scale }“ für diesen Tag entfernen
window-clear-rating-name = { $scale } leeren
window-tags = Schlagwörter
window-remove-tag-hover = Das Schlagwort „{ $tag }“ entfernen
window-remove-tag-name = Schlagwort { $tag } entfernen
window-tag-hint = Schlagwort eingeben, Enter drücken
window-add-this-tag = Dieses Schlagwort hinzufügen
window-list-remove = { $item } { $number } entfernen
window-list-move-up = { $item } { $number } nach oben
window-list-move-down = { $item } { $number } nach unten
window-list-add = Hinzufügen
window-list-add-name = { $item } hinzufügen
window-list-new-name = Neu: { $item }
quit-save-failed-title = Deine Änderungen ließen sich nicht speichern
quit-save-failed-lost = Wenn du jetzt beendest, gehen die Änderungen seit dem letzten Speichern verloren.
quit-try-again = Erneut versuchen
quit-keep-open = Fenster offen lassen
quit-without-saving = Ohne Speichern beenden
quit-review-heading = Etwas Text steht noch nicht in deinem Journal
quit-review-explanation = Diese Felder enthalten Text, den das Journal nicht übernehmen konnte. Geh zurück und korrigiere ihn, oder verwirf nur diesen Text: Alles andere ist schon gespeichert.
quit-kept-text = „{ $text }“
quit-go-to-it = Hingehen
quit-discard-text = Diesen Text verwerfen
quit-discard-all = Alles verwerfen und beenden
quit-keep-working = Weiterarbeiten
quit-field-of-setback = { $field } des Rückschlags „{ $title }“
quit-field-of-new-setback = { $field } eines neuen Rückschlags
quit-skill-search-of-setback = Fähigkeit hinzufügen, beim Rückschlag „{ $title }“
quit-skill-search-of-new-setback = Fähigkeit hinzufügen, bei einem neuen Rückschlag
quit-new-category-of-setback = Neue Kategorie, beim Rückschlag „{ $title }“
quit-new-category-of-new-setback = Neue Kategorie, bei einem neuen Rückschlag
quit-skill-name = Name der Fähigkeit „{ $name }“
quit-skill-name-unknown = Der Name einer Fähigkeit
files-filter-journal = Kintsugi-Journal
files-new-journal-title = Neues Kintsugi-Journal anlegen
files-open-title = Kintsugi-Journal öffnen
files-save-copy-title = Kopie des Journals speichern
files-could-not-save-current = Das aktuelle Journal ließ sich nicht speichern, deshalb bleibt es offen: { $error }
files-already-exists = { $path } gibt es schon; die Datei bleibt unverändert. Öffne sie mit „Öffnen…“ im Menü „Datei“
files-started-new = Neues Journal begonnen: { $name }
files-could-not-create = Das Journal ließ sich nicht anlegen: { $error }
files-no-data-folder = Es gibt keinen Datenordner zum Zeigen
files-could-not-show-folder = { $folder } ließ sich nicht im Dateimanager öffnen: { $error }
files-locked-not-saved = Die letzten Änderungen des gesperrten Journals sind noch nicht gespeichert: Entsperre es zuerst, damit sie nicht verloren gehen.
files-already-open = { $name } ist schon offen
files-opened = { $path } geöffnet
files-read-only-reason = Dieses Journal ist in einem anderen Kintsugi offen oder sein Ordner ist nicht beschreibbar; Änderungen hier werden nicht gespeichert.
files-open-for-writing-now = Das Journal ist jetzt zum Schreiben geöffnet.
files-still-read-only = Weiterhin schreibgeschützt: { $error }
files-saved-copy = Kopie gespeichert als { $path }
files-saved-copy-encrypted = Kopie gespeichert als { $path }, verschlüsselt mit der Passphrase des Journals
files-could-not-save-copy = Die Kopie ließ sich nicht speichern: { $error }
files-no-backup = Von diesem Journal gibt es keine Sicherung.
files-backup-not-encrypted = Nicht wiederhergestellt: Die neueste Sicherung ({ $backup }) ist nicht verschlüsselt, das Journal aber war es – Kintsugi hat sie also nicht angelegt. Sieh selbst im Sicherungsordner nach.
files-restored-backup = Sicherung vom { $day } wiederhergestellt.
files-restored-backup-kept = Sicherung vom { $day } wiederhergestellt. Die unlesbare Datei wurde als { $path } aufbewahrt.
files-could-not-restore = Die Sicherung ließ sich nicht wiederherstellen: { $error }
files-could-not-save = Speichern fehlgeschlagen: { $error }
files-backup-failed = Gespeichert, aber die tägliche Sicherung ist fehlgeschlagen: { $warning }
step-delete-check-in = Löschen des Tageseintrags vom { $date }
step-deleted-check-in = Tageseintrag vom { $date } gelöscht.
step-delete-setback = Löschen von „{ $title }“
step-deleted-setback = „{ $title }“ gelöscht.
step-delete-skill = Löschen der Fähigkeit „{ $name }“
step-deleted-skill = Fähigkeit „{ $name }“ gelöscht.
step-merge-from-disk = Übernahme der Änderungen von der Festplatte
step-merge-conflict-copy = Übernahme einer Konfliktkopie
step-nothing-changed = Nichts wurde geändert: { $error }
step-read-only-error = Dieses Journal ist schreibgeschützt geöffnet: { $reason }
step-undid = Rückgängig gemacht: { $step }.
step-redid = Wiederholt: { $step }.
step-undone = Rückgängig gemacht.
step-undone-with-later = { $count ->
    [one] Rückgängig gemacht, mit der 1 späteren Änderung danach: { $changes }.
   *[other] Rückgängig gemacht, mit den { $count } späteren Änderungen danach: { $changes }.
}
step-cannot-undo = Rückgängig nicht möglich: { $reason }
step-cannot-redo = Wiederholen nicht möglich: { $reason }
step-nothing-to-undo = Nichts rückgängig zu machen.
step-nothing-to-redo = Nichts zu wiederholen.

## Import, export, the report dialog and other computers

exchange-restore-title = Aus Sicherung wiederherstellen
exchange-restore-explained = Kintsugi bewahrt eine Kopie des Journals auf, wie es vor dem ersten Speichern jedes Tages und vor jedem Import oder jeder Wiederherstellung war.
exchange-restore-replaces = Beim Wiederherstellen ersetzt die Kopie das Journal; das Journal, wie es jetzt ist, wird vorher gesichert, und { $keys } macht die Wiederherstellung rückgängig.
exchange-restore-none = Von diesem Journal gibt es noch keine Sicherungen.
exchange-restore-backup = { $date } · { $name }
exchange-restore = Wiederherstellen
exchange-its-passphrase = Passphrase der Sicherung
exchange-restore-with-it = Damit wiederherstellen
exchange-chart-title = Diagramm exportieren
exchange-chart-explained = Das Diagramm der Ansicht Fortschritt: gleicher Zeitraum, gleiche Bewertungen und Farben, mit der Spur der Rückschläge und Fähigkeiten.
exchange-file = Datei
exchange-choose = Auswählen…
exchange-filter-png = PNG-Bild
exchange-filter-svg = SVG-Zeichnung
exchange-format = Format:
exchange-size = Größe
exchange-png-scale = PNG-Skalierung
exchange-png-scale-hover = 2× ergibt ein scharfes Bild auf hochauflösenden Bildschirmen und in Folien
exchange-better-days = „Was zu besseren Tagen gehört“ unter dem Diagramm anfügen
exchange-better-days-hover = Die Tags, die mit höheren und niedrigeren Bewertungen einhergehen, die Mittelwerte je Wochentag, die Erholung nach Kategorie und die nachwirkende Stimmung im Zeitraum des Diagramms, wie in der Ansicht Fortschritt. Das Bild wird um die nötige Höhe größer.
exchange-export = Exportieren
exchange-data-title = Daten exportieren (CSV)
exchange-data-explained = Schreibt checkins.csv, setbacks.csv, skills.csv, experiments.csv und reviews.csv in einen Ordner, für eine Tabellenkalkulation oder eine andere App.
exchange-folder = Ordner
exchange-import = Importieren
exchange-import-explained = Ein von Kintsugi exportierter Ordner oder eine seiner CSV-Dateien, der CSV-Export von Daylio, ein jrnl-Journal (sein JSON-Export oder seine Textdatei) oder der Datenordner von RedNotebook.
exchange-import-from = Quelle
exchange-pick-file = Datei…
exchange-pick-folder = Ordner…
exchange-format-recognise = Erkennen
exchange-preview = Vorschau
exchange-preview-undo = Vorher wird eine Sicherung angelegt, und Rückgängig ({ $keys }) nimmt den ganzen Import zurück.
exchange-moods-unrated = Diese Daylio-Stimmungen haben noch keine Bewertung: Gib jeder eine von 1 (furchtbar) bis 10 (großartig) und klick dann erneut auf Vorschau.
exchange-mood-lines = „{ $mood }“ ({ $count ->
        [one] Zeile
       *[other] Zeilen
    } { $lines })
exchange-rate-mood = „{ $mood }“ mit { $rating } bewerten
exchange-report-separator = {"; "}
exchange-report-would-import = { $format } würde importiert: { $parts }
exchange-report-imported = { $format } importiert: { $parts }
exchange-report-added = { $entries } hinzugefügt
exchange-report-replaced = { $entries } ersetzt
exchange-report-updated = { $count ->
        [one] { $count } Tageseintrag
       *[other] { $count } Tageseinträge
    } aktualisiert (Stimmung aus der Datei, Worte des Tages behalten)
exchange-report-extended = Text an { $count ->
        [one] { $count } Tag
       *[other] { $count } Tagen
    } mit Tageseintrag angefügt
exchange-report-nothing-new = nichts Neues
exchange-report-already-there = ({ $count ->
        [one] { $count } Eintrag war
       *[other] { $count } Einträge waren
    } schon im Journal)
exchange-report-empty = { $count ->
        [one] { $count } leerer Eintrag
       *[other] { $count } leere Einträge
    } ausgelassen (ohne Worte und ohne Tags)
exchange-report-skipped = { $count ->
        [one] { $count } Zeile
       *[other] { $count } Zeilen
    } übersprungen:
exchange-count-check-ins = { $count ->
        [one] { $count } Tageseintrag
       *[other] { $count } Tageseinträge
    }
exchange-count-setbacks = { $count ->
        [one] { $count } Rückschlag
       *[other] { $count } Rückschläge
    }
exchange-count-skills = { $count ->
        [one] { $count } Fähigkeit
       *[other] { $count } Fähigkeiten
    }
exchange-count-experiments = { $count ->
        [one] { $count } Experiment
       *[other] { $count } Experimente
    }
exchange-count-reviews = { $count ->
        [one] { $count } Wochenrückblick
       *[other] { $count } Wochenrückblicke
    }
exchange-chart-exported = Diagramm nach { $path } exportiert
exchange-data-exported = checkins.csv, setbacks.csv, skills.csv, experiments.csv und reviews.csv nach { $path } exportiert
exchange-chart-copied = Diagramm in die Zwischenablage kopiert.
exchange-chart-copy-failed = Das Diagramm konnte nicht kopiert werden: { $error }
exchange-step-import = Import
exchange-step-restore = Wiederherstellung aus Sicherung
exchange-imported = { $report }.
exchange-imported-backup = { $report }. Sicherung: { $path }.
exchange-imported-no-backup = { $report }. Es konnte keine Sicherung angelegt werden: { $error }.
exchange-import-failed = Nichts wurde importiert: { $reason }
exchange-could-not-save = Speichern fehlgeschlagen: { $error }
exchange-restore-plain-backup = Diese Sicherung ist nicht verschlüsselt, das Journal aber schon: Kintsugi hat sie nicht angelegt, deshalb wird sie nicht wiederhergestellt. Wenn du weißt, woher sie stammt, importiere sie stattdessen.
exchange-restore-other-key = Diese Sicherung ist mit einem anderen Schlüssel versiegelt als das Journal (von vor einer Änderung der Passphrase oder aus einer anderen Kopie des Journals). Gib die Passphrase ein, die sie damals hatte, und stelle sie damit wieder her.
exchange-restore-wrong-passphrase = Das ist nicht die Passphrase dieser Sicherung; nichts wurde wiederhergestellt. Versuch es noch einmal.
exchange-restored = { $name } wiederhergestellt.
exchange-restored-backup = { $name } wiederhergestellt. Das Journal, wie es vorher war, liegt in { $path }.
exchange-restored-no-backup = { $name } wiederhergestellt. Vom Journal, wie es vorher war, konnte keine Sicherung angelegt werden: { $error }.
exchange-restore-failed = Nichts wurde wiederhergestellt: { $reason }
exchange-could-not-start = Das Lesen konnte nicht beginnen: { $error }
exchange-reading-progress = Wird gelesen… { $read } von { $total } MB
exchange-importing-progress = Wird importiert… { $read } von { $total } MB
exchange-stop = Stopp
exchange-stop-hover = Lesen abbrechen; nichts wird geändert
exchange-journal-changed = Das Journal hat sich geändert, während der Import gelesen wurde; nichts wurde importiert. Importiere noch einmal, um ihn mit dem Journal abzugleichen, wie es jetzt ist.
report-dialog-title = Bericht für deinen Mentor exportieren
report-dialog-period = Zeitraum: { $period }
report-dialog-change-period = Den Zeitraum änderst du mit der Auswahl in der Ansicht Fortschritt.
report-dialog-your-name = Dein Name
report-dialog-optional = optional
report-dialog-paper = Papier
report-dialog-us-letter = US Letter
report-dialog-questions = Fragen für unser Gespräch
report-dialog-questions-hint = Was du fragen oder besprechen möchtest
report-dialog-save-as = Speichern unter
report-dialog-save-as-hover = Eine .pdf-Datei oder .md für Markdown (das Diagramm wird daneben als SVG gespeichert)
report-dialog-export = Bericht exportieren
report-dialog-setbacks-heading = Welche Rückschläge hinein
report-dialog-mode-all = Alle
report-dialog-mode-reflected = Nur mit Reflexion oder Erholung
report-dialog-mode-ticked = Einzeln ausgewählt
report-dialog-setback-row = { $date } · { $title }
report-dialog-tell = { $title } aufnehmen
report-dialog-include-micro = Mini-Rückschläge einbeziehen
report-dialog-include-notes = Notizen der Tageseinträge und Wochenrückblicke einbeziehen
report-dialog-include-notes-hover = Ohne dieses Häkchen bleiben sie draußen: Notizen und was in Wochenrückblicken steht, sind oft der privateste Teil.
report-dialog-what-goes-in = Was hineinkommt
report-dialog-summary = Die Kennzahlen und das Diagramm des Zeitraums.
report-dialog-no-setbacks = Keine Rückschläge.
report-dialog-chosen-setbacks = { $chosen } von { $total ->
        [one] { $total } Rückschlag
       *[other] { $total } Rückschlägen
    } des Zeitraums, mit ihrer Reflexion:
report-dialog-more = … und { $count } weitere
report-dialog-experiments = { $count ->
        [0] Keine Experimente.
        [one] { $count } Experiment zu diesen Rückschlägen, mit seinem Verlauf.
       *[other] { $count } Experimente zu diesen Rückschlägen, mit ihrem Verlauf.
    }
report-dialog-reviews-with-notes = Zeitraum und Bewertung von { $count ->
        [one] { $count } Wochenrückblick
       *[other] { $count } Wochenrückblicken
    }, mit dem, was gut lief, und der Lehre.
report-dialog-reviews = Zeitraum und Bewertung von { $count ->
        [one] { $count } Wochenrückblick
       *[other] { $count } Wochenrückblicken
    }; nicht, was darin steht.
report-dialog-notes = { $count ->
        [one] Die Notiz von { $count } Tageseintrag.
       *[other] Die Notizen von { $count } Tageseinträgen.
    }
report-dialog-no-notes = Keine Notizen der Tageseinträge.
report-dialog-your-questions = Deine Fragen.
report-dialog-nothing-else = Sonst kommt nichts aus dem Journal hinein.
report-dialog-saved = Bericht gespeichert als { $path }

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
report-summary-bounce-back = Mittlere Erholungszeit (Median): { $median } Tage.
report-summary-bounce-back-trend = Mittlere Erholungszeit (Median): { $median } Tage; { $trend ->
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
report-notes-heading = Notizen aus Tageseinträgen
report-questions-heading = Fragen für unser Gespräch
notification-open = Kintsugi öffnen
reminder-check-in-title = Zeit für deinen Kintsugi-Tageseintrag
reminder-check-in-body = Noch kein Tageseintrag für { $date }. Wie lief dein Tag? Drei Bewertungen dauern eine Minute.
reminder-check-in-unknown-body = Falls du für { $date } noch keinen Tageseintrag gemacht hast: Wie lief dein Tag? (Dein Journal ist verschlüsselt, daher kann Kintsugi ohne deine Passphrase nicht nachsehen.)
reminder-review-title = Zeit für deinen Wochenrückblick
reminder-review-body = Ein paar Minuten für den Blick zurück: was gut lief, welche Experimente du ausprobiert hast und eine Lehre für die nächste Woche.
