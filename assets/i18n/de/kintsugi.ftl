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
insights-tag-sentence = An Tagen mit dem Schlagwort { $tag }: { $figures }
insights-tag-figures = { $rating } { $mean } gegenüber { $other } an anderen Tagen ({ $days } gegenüber { $other_days } Tagen)
insights-tag-with-difference = { $sentence } ({ $difference })
insights-tags-none = Schlagwörter: keines steht in diesem Zeitraum an { $days } Tagen und fehlt an { $days }
insights-tags-same = Schlagwörter: Tage mit und ohne jedes Schlagwort haben etwa dieselben Mittelwerte
insights-by-weekday = { $rating } nach Wochentag: { $profile }
insights-weekday-mean = { $weekday } { $mean } ({ $days })
insights-weekday-no-mean = { $weekday } – (0)
insights-recovery-needs = Erholung nach Kategorie: braucht { $count } Rückschläge mit Erholungszeit in einer Kategorie
insights-recovery-in = Erholung bei { $sentence }
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
progress-insights = Erkenntnisse
progress-no-ratings = Keine Bewertungen in diesem Zeitraum.
progress-mean = Mittelwert { $mean }
progress-mean-change = Mittelwert { $mean } ({ $change } gegenüber den { $days } Tagen davor)
progress-mean-help = Mittelwert der Tageseinträge im Zeitraum mit dieser Bewertung; fehlende Tage zählen nicht als null.
progress-trend-needs = Trend: braucht Tageseinträge an mindestens 2 Tagen
progress-trend = { $words } ({ $slope } pro 30 Tage)
progress-trend-help = Steigung der Bewertung über die Tage (kleinste Quadrate), mal 30.
progress-coverage =
    { $count ->
        [one] 1 Tageseintrag
       *[other] { $count } Tageseinträge
    } · { $share } der Tage · Serie { $streak } (längste { $longest })
progress-coverage-help = Abdeckung = Tage mit Tageseintrag / Tage im Zeitraum. Die aktuelle Serie endet am letzten Tag des Zeitraums (oder am Tag davor).
progress-setbacks-count =
    { $count ->
        [one] 1 Rückschlag
       *[other] { $count } Rückschläge
    }, { $micro ->
        [one] 1 Mini-Rückschlag
       *[other] { $micro } Mini-Rückschläge
    }
progress-bounce-back = Mittlere Erholungszeit: { $median } Tage
progress-bounce-back-needs = Erholungszeit: braucht 3 Tageseinträge mit Stimmung in den 14 Tagen vor einem Rückschlag
progress-bounce-back-help = Für jeden Rückschlag: die Tage, bis die mittlere Stimmung der letzten 3 Tage wieder beim Mittel der 14 Tage davor liegt. Der Median gilt für die Rückschläge des Zeitraums mit einem Wert.
progress-recoveries = { $words }: Median { $first } Tage, dann { $second } Tage
progress-recoveries-help = Mittlere Erholungszeit der früheren Hälfte der Rückschläge im Zeitraum gegenüber der späteren.
progress-recoveries-needs = Schnellere oder langsamere Erholung: braucht 4 Rückschläge mit Erholungszeit
progress-skills-acquired =
    { $count ->
        [one] 1 Fähigkeit erworben
       *[other] { $count } Fähigkeiten erworben
    }
progress-skills-acquired-help = Fähigkeiten, deren erstes Erwerbsdatum im Zeitraum liegt.
progress-list-and-more = { $list } und { $count } weitere
progress-patterns = Muster von Mini-Rückschlägen
progress-patterns-help = Drei oder mehr Mini-Rückschläge derselben Kategorie innerhalb von 14 Tagen; überlappende Folgen werden zusammengefasst.
progress-patterns-none = Keine in diesem Zeitraum.
progress-and-more = und { $count } weitere
progress-recurring-causes = Wiederkehrende Ursachen
progress-recurring-causes-help = Mitverursachende Faktoren, die bei zwei oder mehr Rückschlägen des Zeitraums notiert sind, verglichen ohne Groß- und Kleinschreibung, Akzente, Satzzeichen oder Plural-s.
progress-recurring-causes-none = Kein Faktor kommt in diesem Zeitraum zweimal vor. Die Faktoren, die du bei Rückschlägen notierst, werden hier verglichen.
progress-factor-link-help = Die Rückschläge zeigen, die ihn nennen
progress-factor-figures = in { $count } Rückschlägen seit { $date } ({ $categories })
progress-lessons = Lehren in der Praxis
progress-lessons-help = Experimente aus Lehren in diesem Zeitraum und ob sie ausprobiert wurden.
progress-experiments-planned = Geplante Experimente:
progress-experiments-planned-help = In diesem Zeitraum angelegte Experimente.
progress-tried = Ausprobiert:
progress-tried-figures = { $count } — geklappt: { $worked }, teilweise: { $partly }, nicht: { $didnt }
progress-tried-help = In diesem Zeitraum ausprobierte Experimente, nach Ergebnis.
progress-dropped = Aufgegeben:
progress-dropped-help = In diesem Zeitraum aufgegebene Experimente.
progress-days-to-first-try = Tage bis zum ersten Versuch:
progress-days-to-first-try-median = { $days } (Median)
progress-days-to-first-try-help = Median der Tage vom Rückschlag bis zum ersten Versuch, über die Rückschläge des Zeitraums mit einem ausprobierten Experiment.
progress-put-into-practice = Rückschläge in die Praxis umgesetzt:
progress-put-into-practice-share = { $percent } % von { $count }
progress-put-into-practice-help = Der Anteil der Rückschläge im Zeitraum mit mindestens einem ausprobierten Experiment.
progress-better-days = Was mit besseren Tagen einhergeht
progress-better-days-subtitle = { $range } · Vergleiche zwischen Tagen, keine Ursachen
progress-better-days-help = Jede Zahl vergleicht Tage des Zeitraums mit anderen Tagen des Zeitraums. Ein Unterschied zeigt, was oft zusammen auftritt, nicht was was verursacht; bei wenigen Tagen kann er Zufall sein.
progress-tags-help = Mittlere Bewertung der Tageseinträge des Zeitraums mit dem Schlagwort gegenüber denen ohne, jeweils über die Tageseinträge mit dieser Bewertung. Groß- und Kleinschreibung spielt keine Rolle. Ein Schlagwort wird verglichen, sobald es 5 Tage mit und 5 ohne hat; die größten Unterschiede nach oben und unten werden aufgeführt.
progress-weekday-help = Mittelwert dieser Bewertung an jedem Wochentag des Zeitraums, über die Tageseinträge, die sie haben. Zeige auf einen Balken für die Zahl der Tage.
progress-recovery-help = Für jede Kategorie mit mindestens 2 Rückschlägen des Zeitraums mit Erholungszeit: wie viele, und der Median ihrer Erholungszeiten (Tage, bis die mittlere Stimmung der letzten 3 Tage wieder beim Mittel der 14 Tage vor dem Rückschlag lag).
progress-carry-over-help = Die Korrelation (Pearson) der Stimmung jedes Tages mit der des Vortags, über die Paare aufeinanderfolgender Tage des Zeitraums, die beide eine Stimmung haben; sie braucht 10 Paare. Unter 0,2: jeder Tag beginnt neu; 0,2 bis 0,5: Stimmungen wirken etwas nach; über 0,5: Stimmungen wirken nach. In der Forschung zur emotionalen Trägheit geht ein hoher Wert mit langsamerer Erholung einher.
progress-no-rating-of = Keine Bewertungen für { $rating } in diesem Zeitraum.
progress-tags-needed = Schlagwörter: braucht { $days } Tage mit einem Schlagwort und { $days } ohne.
progress-tags-same = Tage mit und ohne jedes Schlagwort haben etwa denselben Mittelwert.
progress-tag-link-help = Alle Tage mit dem Schlagwort „{ $tag }“ auf dem Bildschirm „Journal“ zeigen
progress-tag-link-accessible = Die Tage mit dem Schlagwort { $tag } zeigen
progress-row-figures = : { $figures }
progress-tag-difference = Unterschied { $difference }
progress-on-days-tagged = An Tagen mit dem Schlagwort{" "}
progress-weekday-initials =
    { $weekday ->
        [1] Mo
        [2] Di
        [3] Mi
        [4] Do
        [5] Fr
        [6] Sa
       *[7] So
    }
progress-weekday-mean =
    { $weekday ->
        [1] Montags
        [2] Dienstags
        [3] Mittwochs
        [4] Donnerstags
        [5] Freitags
        [6] Samstags
       *[7] Sonntags
    }: { $rating } { $mean } im Schnitt über { $days }
progress-weekday-no-ratings =
    { $weekday ->
        [1] Montags
        [2] Dienstags
        [3] Mittwochs
        [4] Donnerstags
        [5] Freitags
        [6] Samstags
       *[7] Sonntags
    }: keine Bewertungen für { $rating } in diesem Zeitraum
progress-recovery-needed = Braucht { $count } Rückschläge mit Erholungszeit in einer Kategorie.
progress-category-link-help = Die Rückschläge in { $category } auf dem Bildschirm „Rückschläge“ zeigen
progress-category-link-accessible = Die Rückschläge in { $category } zeigen
progress-carry-over = { $value }: { $words } ({ $pairs } Paare aufeinanderfolgender Tage)
progress-carry-over-needs-pairs = Braucht { $needed } Paare aufeinanderfolgender Tage mit Stimmung (bisher { $pairs }).
progress-carry-over-needs-variety = Braucht Stimmungen, die von Tag zu Tag schwanken.
progress-by-weekday = Nach Wochentag
progress-recovery-by-category = Erholung nach Kategorie
progress-carry-over-title = Stimmungsübertrag
