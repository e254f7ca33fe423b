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
