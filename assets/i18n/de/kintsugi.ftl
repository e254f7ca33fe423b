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
model-category-work = Arbeit
model-category-project = Projekt
model-category-career = Karriere
model-category-relationship = Beziehungen
model-category-learning = Lernen
model-category-health = Gesundheit
model-category-other = Sonstiges
model-feedback-mentor = Mentor
model-feedback-peer = Kollege
model-feedback-client = Kunde
model-feedback-manager = Vorgesetzte
model-feedback-other = Andere
model-scale-mood = Stimmung
model-scale-resilience = Widerstandskraft
model-scale-growth-mindset = Wachstumsdenken
model-scale-mood-question = Wie fühlst du dich heute?
model-scale-resilience-question = Wie gut erholst du dich gerade?
model-scale-growth-mindset-question = Wie sehr glaubst du, daran wachsen zu können?
model-scale-mood-low = Furchtbar
model-scale-mood-high = Super
model-scale-resilience-low = Am Boden
model-scale-resilience-high = Wieder obenauf
model-scale-growth-mindset-low = Festgefahren
model-scale-growth-mindset-high = Am Wachsen
form-field-title = Titel
form-field-date = Datum
form-field-recovered-on = Erholt am
form-title-missing = Ein Rückschlag braucht einen Titel; bis dahin steht er als „{ $title }“ in der Liste.
form-date-problem = Datum: { $problem }
form-recovered-before = { $recovered } liegt vor dem Rückschlag ({ $date })
form-recovered-problem = Erholt am: { $problem }
form-not-a-date = „{ $text }“ ist kein Datum; schreib es als JJJJ-MM-TT
form-in-future = { $day } liegt in der Zukunft (heute ist { $today })
setbacks-heading = Rückschläge
setbacks-new-button = + Neuer Rückschlag
setbacks-new-hover = Einen Rückschlag für heute festhalten ({ $keys })
setbacks-count = { $count ->
    [one] 1 Rückschlag
   *[other] { $count } Rückschläge
}
setbacks-count-filtered = { $shown } von { $count ->
    [one] 1 Rückschlag
   *[other] { $count } Rückschlägen
}
setbacks-empty = Noch keine Rückschläge. Wenn etwas schiefgeht – ob groß oder klein –, halte es hier fest und denk später in Ruhe darüber nach. Aus jedem kannst du lernen.
setbacks-none-match = Kein Rückschlag passt zu diesen Filtern.
setbacks-search = Suche
setbacks-search-hint = Wörter in Titeln, Reflexionen, Lehren
setbacks-all-categories = Alle Kategorien
setbacks-category-filter = Kategoriefilter
setbacks-any-status = Jeder Status
setbacks-status-filter = Statusfilter
setbacks-micro-only = Nur Mini-Rückschläge
setbacks-factor-chip = Faktor: { $factor } ×
setbacks-factor-chip-hover = Zeigt die Rückschläge mit diesem Faktor; klicken, um alle zu zeigen
setbacks-factor-chip-name = Faktorfilter { $factor } entfernen
setbacks-clear-filters = Filter zurücksetzen
setbacks-pick = Wähle links einen Rückschlag oder halte einen neuen fest.
setbacks-pick-explanation = Denk darüber nach, was passiert ist, hol dir Feedback und notiere, was du daraus gelernt hast – der Bruch wird Teil der Geschichte.
setbacks-editor-heading = Rückschlag
setbacks-editor-heading-new = Neuer Rückschlag
setbacks-delete = Löschen…
setbacks-close-hover = Editor schließen; deine Änderungen sind schon gespeichert
setbacks-new-explanation = Er wird ab deiner ersten Änderung gespeichert; gib ihm einen Titel, alles andere kann später kommen.
setbacks-delete-message = „{ $title }“ und die Reflexion dazu werden gelöscht. Mit { $keys } kannst du das rückgängig machen.
setbacks-delete-heading = Diesen Rückschlag löschen?
setbacks-delete-confirm = Rückschlag löschen
setbacks-orphan-heading = Fähigkeit behalten?
setbacks-orphan-message = „{ $name }“ ist mit keinem Rückschlag mehr verknüpft. Bei deinen Fähigkeiten behalten oder löschen?
setbacks-orphan-keep = Fähigkeit behalten
setbacks-orphan-delete = Fähigkeit löschen
setbacks-status-open = Offen
setbacks-status-reflected = Reflektiert
setbacks-status-recovered = Erholt
setbacks-row-details = { $date } · { $category } · Schwere { $severity }{ $micro ->
    [yes] {" "}· Mini-Rückschlag
   *[no] {""}
} · { $status }
setbacks-row-flag = ein Feld braucht Aufmerksamkeit
setbacks-skill-not-linked = Noch nicht verknüpft: wähle eine Fähigkeit oder drück Enter, um sie anzulegen.
setbacks-category-not-applied = Noch nicht übernommen: drück Enter, um diese Kategorie zu verwenden.
setbacks-step-new = neuer Rückschlag
setbacks-step-typing = Eingabe in { $field }
setbacks-step-editing = Bearbeitung des Rückschlags
setbacks-step-changing = Änderung von { $field }
setbacks-step-create-skill = Fähigkeit „{ $name }“ anlegen
setbacks-field-category = Kategorie
setbacks-field-severity = Schwere
setbacks-field-micro-failure = Mini-Rückschlag
setbacks-field-status = Status
setbacks-field-what-happened = Was passiert ist
setbacks-field-contributing-factors = Beitragende Faktoren
setbacks-field-do-differently = Was ich anders machen werde
setbacks-field-feedback = Feedback
setbacks-field-lessons = Lehren
setbacks-field-skills = Gewonnene Fähigkeiten
setbacks-practice-heading = In die Praxis umsetzen
setbacks-practice-prompt = Mach aus einer Lehre eine Sache, die du nächstes Mal ausprobierst – und sag dann, ob es geklappt hat.
setbacks-practice-change = Ändern…
setbacks-practice-change-hover = Ändern, was du ausprobierst, wann, oder welche Fähigkeit es trainiert
setbacks-practice-none = Noch kein Experiment.
setbacks-practice-lesson = Lehre
setbacks-practice-make = Zum Experiment machen
setbacks-practice-make-hover = Vornehmen, das innerhalb von zwei Wochen auszuprobieren (später änderbar)
setbacks-practice-already = Schon ein Experiment
setbacks-practice-make-name = Zum Experiment machen: { $text }
setbacks-practice-source = { $kind }: { $text }
setbacks-echoes-heading = Ursachen, die schon einmal vorkamen
setbacks-echoes-factor = { $factor } – auch in { $count ->
    [one] 1 früheren Rückschlag
   *[other] { $count } früheren Rückschlägen
}
setbacks-echoes-see = Anzeigen
setbacks-echoes-see-hover = Die Rückschläge mit diesem Faktor auflisten
setbacks-echoes-make-name = Ein Experiment gegen { $factor } anlegen
setbacks-echoes-plan-text = Nächstes Mal beuge ich „{ $factor }“ vor, indem ich
setbacks-title-hint = Was schiefging, in wenigen Worten
setbacks-new-category-hint = oder eine neue
setbacks-new-category = Neue Kategorie
setbacks-micro-failure-hover = Ein kleiner Fehltritt statt eines großen Ereignisses. Muster darin lohnen einen Blick.
setbacks-new-category-problem = Neue Kategorie „{ $name }“: { $problem }
setbacks-date-future = ein Rückschlag kann nicht in der Zukunft liegen
setbacks-recovered-on = am
setbacks-recovery-future = eine Erholung kann nicht in der Zukunft liegen
setbacks-recovery-before = vor dem Rückschlag
setbacks-severity-1 = ein Kratzer
setbacks-severity-2 = hat wehgetan
setbacks-severity-3 = ein echter Schlag
setbacks-severity-4 = hat hart getroffen
setbacks-severity-5 = ein schwerer Rückschlag
setbacks-reflect-heading = Nachdenken und verstehen
setbacks-reflect-prompt = Schau es dir an wie ein neugieriger Beobachter: Was ist passiert, und wie kam es dazu?
setbacks-what-happened-hint = Beschreib es schlicht, ohne dich zu verurteilen.
setbacks-contributing-factor = Beitragender Faktor
setbacks-contributing-factor-hint = ein kleiner Fehltritt, ein Umstand, eine Annahme…
setbacks-do-differently-hint = Nächstes Mal werde ich…
setbacks-feedback-heading = Feedback einholen
setbacks-feedback-prompt = Wer könnte dir helfen, es anders zu sehen? Ein Mentor, eine Kollegin, ein Kunde, deine Führungskraft.
setbacks-learning-heading = Weiter lernen
setbacks-learning-prompt = Was nimmst du daraus mit?
setbacks-lesson-hint = eine Lehre in einem Satz
setbacks-feedback-source = Feedback { $number }: Quelle
setbacks-feedback-name-hint = Name (optional)
setbacks-feedback-name = Feedback { $number }: Name
setbacks-feedback-remove = Feedback { $number } entfernen
setbacks-feedback-insight-hint = Was wurde gesagt? Was ist die Erkenntnis, in deinen Worten?
setbacks-feedback-insight = Feedback { $number }: Erkenntnis
setbacks-feedback-add = + Feedback hinzufügen
setbacks-skills-prompt = Welche Fähigkeit hat dich das aufbauen lassen?
setbacks-deleted-skill = (gelöschte Fähigkeit)
setbacks-skill-remove = Fähigkeit { $name } entfernen
setbacks-skill-unlink-hover = „{ $name }“ von diesem Rückschlag lösen
setbacks-skills-none = Noch keine Fähigkeiten verknüpft.
setbacks-skill-add = Fähigkeit hinzufügen
setbacks-skill-add-hint = tippen, um eine Fähigkeit zu finden oder anzulegen
setbacks-skill-link-hover = Diese Fähigkeit verknüpfen
setbacks-skill-create = „{ $name }“ anlegen
skills-heading = Fähigkeiten
skills-search = Suche
skills-search-hint = Name oder Kategorie der Fähigkeit
skills-count = { $count ->
    [one] 1 Fähigkeit
   *[other] { $count } Fähigkeiten
}
skills-empty = Noch keine Fähigkeiten. Wenn du über einen Rückschlag nachdenkst, notiere die Fähigkeiten, die du dadurch aufgebaut hast – sie erscheinen hier.
skills-row-flag = Name braucht Aufmerksamkeit
skills-not-linked = nicht verknüpft
skills-since = seit { $date }
skills-row-details = Stufe { $level } · { $since } · { $count ->
    [one] 1 Rückschlag
   *[other] { $count } Rückschläge
}
skills-pick = Wähle eine Fähigkeit, um zu sehen, woher sie kommt und wie sie gewachsen ist.
skills-delete = Löschen…
skills-step-level = Stufe von „{ $name }“
skills-step-remove-level = Stufe von „{ $name }“ entfernen
skills-field-notes = Notizen
skills-notes-hint = Wie du sie übst, Hilfsmittel, was du als Nächstes ausprobierst
skills-step-typing = Eingabe in { $field }
skills-field-name = Name
skills-name-taken = Es gibt schon eine Fähigkeit namens „{ $other }“; die Fähigkeit behält den Namen „{ $name }“, bis du das änderst.
skills-name-missing = Eine Fähigkeit braucht einen Namen; sie behält „{ $name }“, bis sie einen hat.
skills-field-category = Kategorie
skills-merge-message = „{ $from }“ wird mit „{ $into }“ zusammengeführt: Rückschläge, Stufenverlauf und Notizen wandern mit, und „{ $from }“ wird entfernt.
skills-merge-confirm = Mit „{ $into }“ zusammenführen
skills-merge-heading = Die beiden Fähigkeiten zusammenführen?
skills-merge-cancel = Getrennt lassen
skills-step-merge = „{ $from }“ mit „{ $into }“ zusammenführen
skills-delete-message = „{ $name }“ wird entfernt, mit den Verknüpfungen zu Rückschlägen. Mit { $keys } kannst du das rückgängig machen.
skills-delete-heading = Diese Fähigkeit löschen?
skills-delete-confirm = Fähigkeit löschen
skills-came-from = Entstanden aus
skills-came-from-link = { $title } · { $date }
skills-open-setback-name = Rückschlag { $title } öffnen
skills-open-setback-hover = Diesen Rückschlag öffnen
skills-came-from-none = Kein Rückschlag ist mit dieser Fähigkeit verknüpft.
skills-level-history = Stufenverlauf
skills-level-value = Stufe { $level }
skills-level-remove = Stufenänderung vom { $date } entfernen
skills-category-hint = z. B. Kommunikation
skills-first-acquired = Zuerst gewonnen
skills-first-acquired-hover = Das Datum des frühesten Rückschlags, aus dem sie entstand.
skills-field-level = Stufe
skills-level-scale = 1 neu · 5 gemeistert
