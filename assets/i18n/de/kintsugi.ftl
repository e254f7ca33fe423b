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
common-edit = Bearbeiten
common-open = Öffnen
common-done = Fertig

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
today-ready-more = und { $count } weitere in der Ansicht „Rückschläge“
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
today-due-more = { $count } weitere fällig in der Ansicht „Experimente“
today-situations = Wenn es so weit ist
today-situations-hover = Experimente für eine bestimmte Situation: kein Datum, kein Drängeln.
today-situations-more = und { $count } weitere
today-back = Blick zurück
today-back-hover = Was du rund um diesen Tag vor einem Monat, einem Jahr und fünf Jahren geschrieben hast (Rückschläge bis zu drei Tage daneben).
today-back-heading = { $when } · { $date }
today-back-open-day = Diesen Tag öffnen
welcome-heading = Willkommen bei Kintsugi
welcome-intro-growth = Rückschläge gehören zu jedem Berufsweg. Kintsugi hilft dir, daran zu wachsen.
welcome-intro-check-in = Mach jeden Tag einen Tageseintrag mit drei schnellen Bewertungen – Stimmung, Widerstandskraft, Wachstumsdenken – und halte Rückschläge fest, große wie kleine, wenn sie passieren.
welcome-intro-reflect = Denk über sie nach, notiere Feedback und Lehren, und sieh über Monate, wie du dich erholst und was dich jeder gelehrt hat.
welcome-start = Mein Journal beginnen
welcome-start-hover = Ein neues Journal unter { $path }
welcome-demo = Demo-Journal erkunden
welcome-demo-hover = Drei Jahre erfundene Einträge; nichts, was du änderst, wird gespeichert
welcome-open-existing = Vorhandenes Journal öffnen…
welcome-open-path = Oder das Journal unter diesem Pfad öffnen:
welcome-where = Dein Journal liegt unter { $path }. Nichts verlässt diesen Computer.
unlock-wrong-passphrase = Falsche Passphrase. Prüfe die Feststelltaste und das Tastaturlayout und versuch es noch einmal.
unlock-passphrase-missing = Gib zuerst die Passphrase des Journals ein.
unlock-heading = 🔒 { $file } ist verschlüsselt
unlock-intro-read-only = Gib die Passphrase ein, um es schreibgeschützt anzusehen ({ $reason }).
unlock-intro = Gib die Passphrase ein, um es zu öffnen.
unlock-passphrase = Passphrase
unlock-hide = Verbergen
unlock-show = Zeigen
unlock-show-hover = Die Passphrase beim Tippen zeigen oder verbergen
unlock-button = Entsperren
unlock-working = Wird entsperrt… (etwa eine Sekunde, mit Absicht: das macht Raten langsam)
unlock-pending-save = Deine letzten Änderungen werden im Arbeitsspeicher gehalten und so bald wie möglich gespeichert ({ $pending }).
unlock-open-another = Anderes Journal öffnen…
unlock-quit = Beenden
unlock-cannot-recover = Die Passphrase lässt sich nicht wiederherstellen: Ohne sie kann niemand dieses Journal lesen, auch du nicht.
lock-window-title = { $file } (gesperrt) — Kintsugi
lock-held = Gesperrt. Deine letzten Änderungen konnten noch nicht gespeichert werden ({ $error }); sie bleiben erhalten und werden so bald wie möglich gespeichert.
lock-plain-journal = Nur ein verschlüsseltes Journal lässt sich sperren. Zum Verschlüsseln wähle im Menü Datei „Journal verschlüsseln…“.
lock-idle = { $minutes ->
    [one] Nach { $minutes } Minute ohne Aktivität gesperrt.
   *[other] Nach { $minutes } Minuten ohne Aktivität gesperrt.
}
lock-kept-fields = { $count ->
    [one] { $count } Feld enthält noch Text, den das Journal nicht übernehmen konnte; er bleibt erhalten, damit du ihn korrigieren kannst.
   *[other] { $count } Felder enthalten noch Text, den das Journal nicht übernehmen konnte; er bleibt erhalten, damit du ihn korrigieren kannst.
}
protection-plain-export = Dein Journal ist verschlüsselt, dieser Export nicht. Bewahre die Datei an einem privaten Ort auf.
protection-title-encrypt = Journal verschlüsseln
protection-title-change = Passphrase ändern
protection-title-remove = Verschlüsselung entfernen
protection-encrypt = Verschlüsseln
protection-change = Passphrase ändern
protection-remove = Verschlüsselung entfernen
protection-strength-too-short = Zu kurz: Verwende mindestens 8 Zeichen.
protection-strength-weak = Schwach: leicht zu erraten. Mehrere unzusammenhängende Wörter sind leichter zu merken und schwerer zu erraten.
protection-strength-fair = Mittel. Ein paar Wörter mehr würden sie stark machen.
protection-strength-strong = Stark.
protection-current-missing = Gib die aktuelle Passphrase ein.
protection-new-differ = Die beiden neuen Passphrasen stimmen nicht überein.
protection-working = Wird bearbeitet… (einen Schlüssel aus einer Passphrase abzuleiten ist mit Absicht langsam)
protection-not-encrypted = dieses Journal ist nicht verschlüsselt
protection-wrong-passphrase = Die aktuelle Passphrase ist falsch; nichts wurde geändert.
protection-other-key = Das Journal auf der Festplatte hat einen anderen Schlüssel als das hier geöffnete.
protection-worker-stopped = der Hintergrundprozess wurde beendet
protection-failed = Nichts wurde geändert: { $error }
protection-backups-deleted = { $count ->
    [one] { $count } unverschlüsselte Sicherung gelöscht.
   *[other] { $count } unverschlüsselte Sicherungen gelöscht.
}
protection-backups-encrypted = { $count ->
    [one] { $count } Sicherung ebenfalls verschlüsselt.
   *[other] { $count } Sicherungen ebenfalls verschlüsselt.
}
protection-backups-changed = { $count ->
    [one] { $count } Sicherung ebenfalls geändert.
   *[other] { $count } Sicherungen ebenfalls geändert.
}
protection-backups-decrypted = { $count ->
    [one] { $count } Sicherung ebenfalls entschlüsselt.
   *[other] { $count } Sicherungen ebenfalls entschlüsselt.
}
protection-done-encrypt = Verschlüsselt. Bewahre die Passphrase sicher auf: Sie lässt sich nicht wiederherstellen.
protection-done-change = Passphrase geändert.
protection-done-remove = Verschlüsselung entfernt: Das Journal ist wieder Klartext.
protection-copy-still-encrypted = { $failure } (noch verschlüsselt: Öffne sie mit der alten Passphrase über den Wiederherstellen-Dialog)
protection-copy-tried-again = { $failure } (wird beim nächsten Öffnen des Journals erneut versucht)
protection-explain-encrypt = Kintsugi verschlüsselt das Journal, seine Sicherungen und ab jetzt jedes Speichern. Du brauchst die Passphrase bei jedem Öffnen.
protection-explain-change = Das Journal und seine Sicherungen öffnen sich dann nur noch mit der neuen Passphrase.
protection-explain-remove = Das Journal und seine Sicherungen werden wieder als Klartext gespeichert, lesbar für alle mit Zugriff auf deine Dateien.
protection-current = Aktuelle Passphrase
protection-new = Neue Passphrase
protection-new-hint = Mindestens 8 Zeichen; mehrere unzusammenhängende Wörter funktionieren gut.
protection-repeat = Neue Passphrase wiederholen
protection-show = Passphrasen zeigen
protection-backups = Die vorhandenen Sicherungen des Journals (unverschlüsselte Kopien):
protection-backups-encrypt = Ebenfalls verschlüsseln
protection-backups-delete = Löschen
protection-cannot-recover = Die Passphrase lässt sich nicht wiederherstellen. Schreib sie auf und bewahre sie sicher auf: Ohne sie kann niemand dieses Journal lesen – auch du nicht.
tamper-rollback-message = Dieses Journal ist älter als das, das du hier zuletzt geöffnet hast (Speicherstand { $found }; dieser Computer kennt schon Speicherstand { $seen }). Vielleicht wurde es aus einer Sicherung wiederhergestellt oder durch eine alte Kopie ersetzt – von einem Sync-Programm oder von jemand anderem. Einträge, die seitdem geschrieben wurden, fehlen darin. Sieh dir seine Sicherungen an, bevor du es bearbeitest, oder behalte diese Version.
tamper-rollback-heading = Eine ältere Version dieses Journals
tamper-rollback-keep = Diese Version behalten
tamper-rollback-backups = Sicherungen ansehen…
tamper-downgrade-heading = Dieses Journal ist nicht mehr verschlüsselt
tamper-downgrade-message = Als du es hier zuletzt geöffnet hast, war es verschlüsselt, jetzt ist es Klartext: Jeder mit Zugriff auf die Datei kann es lesen. Wenn du die Verschlüsselung nicht selbst entfernt hast, wurde die Datei vielleicht ersetzt.
tamper-downgrade-encrypt = Wieder verschlüsseln…
tamper-downgrade-keep = Unverschlüsselt lassen
broken-heading-locked = Dein Journal ist in einem anderen Kintsugi geöffnet
broken-heading-read-only-folder = Kintsugi kann nicht in den Ordner deines Journals schreiben
broken-heading = Kintsugi kann dein Journal nicht öffnen
broken-file = Datei
broken-what-went-wrong = Was schiefging
broken-reassurance-locked = Nur ein Kintsugi darf zur selben Zeit in ein Journal schreiben, damit keines die Änderungen des anderen überschreibt. Du kannst dir dieses Journal ansehen, ohne es zu ändern, oder das andere schließen und es noch einmal versuchen.
broken-reassurance-read-only-folder = Du kannst dir dieses Journal ansehen, ohne es zu ändern, oder die Berechtigungen des Ordners korrigieren und es noch einmal versuchen.
broken-reassurance-newer-version = Dieses Journal wurde von einem neueren Kintsugi gespeichert. Es wurde nicht verändert. Aktualisiere Kintsugi, um es zu öffnen.
broken-reassurance = Kintsugi hat diese Datei nicht verändert und wird sie nicht überschreiben.
broken-open-read-only = Schreibgeschützt öffnen
broken-try-again = Erneut versuchen
broken-restore = Neueste Sicherung wiederherstellen (vom { $date })
broken-restore-hover = Die unlesbare Datei bleibt unter neuem Namen neben dem Journal liegen, damit nichts verloren geht.
broken-open-another = Andere Datei öffnen…
broken-quit = Beenden
broken-open-path = Oder das Journal unter diesem Pfad öffnen:

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
model-feedback-manager = Führungskraft
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
setbacks-step-create-skill = Anlegen der Fähigkeit „{ $name }“
setbacks-field-category = Kategorie
setbacks-field-severity = Schwere
setbacks-field-micro-failure = Mini-Rückschlag
setbacks-field-status = Status
setbacks-field-what-happened = Was passiert ist
setbacks-field-contributing-factors = Beitragende Faktoren
setbacks-field-do-differently = Was ich anders machen werde
setbacks-field-feedback = Feedback
setbacks-field-lessons = Lehren
setbacks-field-skills = Erworbene Fähigkeiten
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
skills-step-remove-level = Entfernen einer Stufe von „{ $name }“
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
skills-step-merge = Zusammenführen von „{ $from }“ mit „{ $into }“
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
skills-first-acquired = Zuerst erworben
skills-first-acquired-hover = Das Datum des frühesten Rückschlags, aus dem sie entstand.
skills-field-level = Stufe
skills-level-scale = 1 neu · 5 gemeistert

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
    } bei { $count } Rückschlägen
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
chart-better-days-heading = Was mit besseren Tagen einhergeht – Vergleiche zwischen Tagen, keine Ursachen
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
progress-report = Mentoring-Bericht…
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
progress-empty = Dein Fortschritt erscheint hier, sobald du ein paar Tageseinträge hast. Fang in der Ansicht „Heute“ an – eine Minute am Tag genügt.
progress-chart-range = { $range } · { $resolution }
progress-ratings = Bewertungen
progress-ratings-help = Ab einigen Monaten zeigt das Diagramm Wochenmittel, ab einigen Jahren Monatsmittel, jeweils mit niedrigster und höchster Bewertung als Band. Vergrößere (Strg+Mausrad, ein mit der rechten Taste gezogener Rahmen oder + und -; Links und Rechts verschieben), um die Tagespunkte zurückzuholen, oder wähle eine Auflösung.
progress-heatmap-title = Ein Jahr in Pixeln
progress-heatmap-help = Jedes Quadrat ist ein Tag, gefärbt nach Stimmung; ein Punkt markiert einen Rückschlag. Klicke auf einen Tag, um ihn in der Ansicht „Heute“ zu öffnen.
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
progress-recurring-causes-help = Beitragende Faktoren, die bei zwei oder mehr Rückschlägen des Zeitraums notiert sind, verglichen ohne Groß- und Kleinschreibung, Akzente, Satzzeichen oder Plural-s.
progress-recurring-causes-none = Kein Faktor kommt in diesem Zeitraum zweimal vor. Die Faktoren, die du bei Rückschlägen notierst, werden hier verglichen.
progress-factor-link-help = Die Rückschläge zeigen, die ihn nennen
progress-factor-figures = in { $count } Rückschlägen seit { $date } ({ $categories })
progress-lessons = Lehren in der Praxis
progress-lessons-help = Experimente aus Lehren in diesem Zeitraum und ob sie ausprobiert wurden.
progress-experiments-planned = Geplante Experimente:
progress-experiments-planned-help = In diesem Zeitraum angelegte Experimente.
progress-tried = Ausprobiert:
progress-tried-figures = { $count } – geklappt: { $worked }, teilweise: { $partly }, nicht: { $didnt }
progress-tried-help = In diesem Zeitraum ausprobierte Experimente, nach Ergebnis.
progress-dropped = Verworfen:
progress-dropped-help = In diesem Zeitraum verworfene Experimente.
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
progress-tag-link-help = Alle Tage mit dem Schlagwort „{ $tag }“ in der Ansicht „Journal“ zeigen
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
progress-category-link-help = Die Rückschläge in { $category } in der Ansicht „Rückschläge“ zeigen
progress-category-link-accessible = Die Rückschläge in { $category } zeigen
progress-carry-over = { $value }: { $words } ({ $pairs } Paare aufeinanderfolgender Tage)
progress-carry-over-needs-pairs = Braucht { $needed } Paare aufeinanderfolgender Tage mit Stimmung (bisher { $pairs }).
progress-carry-over-needs-variety = Braucht Stimmungen, die von Tag zu Tag schwanken.
progress-by-weekday = Nach Wochentag
progress-recovery-by-category = Erholung nach Kategorie
progress-carry-over-title = Stimmungsübertrag

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
search-field-contributing-factor = Beitragender Faktor
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
   *[recovered] erholt
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
journal-search-hint = Wörter aus Notizen, Schlagwörtern, Reflexionen, Lehren, Experimenten…
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
practice-experiments-empty = Noch keine Experimente. Öffne einen Rückschlag und wähle neben einer Lehre oder „Was ich anders machen werde“ die Option „Zum Experiment machen“.
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
practice-delete-button = Löschen…
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
practice-plan-heading-make = Zum Experiment machen
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
review-back-hover = Rückblick vorerst verlassen; über „Heute“ kommst du zurück
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
exchange-chart-explained = Das Diagramm der Ansicht „Fortschritt“: gleicher Zeitraum, gleiche Bewertungen und Farben, mit der Spur der Rückschläge und Fähigkeiten.
exchange-file = Datei
exchange-choose = Auswählen…
exchange-filter-png = PNG-Bild
exchange-filter-svg = SVG-Zeichnung
exchange-format = Format:
exchange-size = Größe
exchange-png-scale = PNG-Skalierung
exchange-png-scale-hover = 2× ergibt ein scharfes Bild auf hochauflösenden Bildschirmen und in Folien
exchange-better-days = „Was mit besseren Tagen einhergeht“ unter dem Diagramm anfügen
exchange-better-days-hover = Die Schlagwörter, die mit höheren und niedrigeren Bewertungen einhergehen, die Mittelwerte je Wochentag, die Erholung nach Kategorie und die nachwirkende Stimmung im Zeitraum des Diagramms, wie in der Ansicht „Fortschritt“. Das Bild wird um die nötige Höhe größer.
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
exchange-moods-unrated = Diese Daylio-Stimmungen haben noch keine Bewertung: Gib jeder eine von 1 (furchtbar) bis 10 (super) und klick dann erneut auf Vorschau.
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
    } ausgelassen (ohne Worte und ohne Schlagwörter)
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
report-dialog-change-period = Den Zeitraum änderst du mit der Auswahl in der Ansicht „Fortschritt“.
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
outside-disk-unchanged = Das Journal auf der Festplatte hat sich nicht geändert, seit dieses Fenster es zuletzt gelesen oder geschrieben hat.
outside-could-not-merge = Zusammenführen fehlgeschlagen: { $error }
outside-merged = Änderungen von der Festplatte zusammengeführt: { $changes }.
outside-kept-both = { $count ->
        [one] { $count } Text wurde auf beiden Computern geändert und behält beide Fassungen.
       *[other] { $count } Texte wurden auf beiden Computern geändert und behalten beide Fassungen.
    }
outside-changes-added = { $entries } von einem anderen Computer
outside-changes-changed = { $entries } geändert
outside-changes-removed = { $entries } dort gelöscht
outside-list-and = { $first } und { $last }
outside-copy-banner = { $client } hat eine Konfliktkopie dieses Journals hinterlassen: { $name }.
outside-copy-banner-more = { $client } hat eine Konfliktkopie dieses Journals hinterlassen: { $name } (und { $more } weitere).
outside-review-and-merge = Prüfen und zusammenführen…
outside-review-hover = Sieh dir an, was sie hinzufügen oder ändern würde, und führe sie dann zusammen
outside-later = Später
outside-later-hover = Erst einmal liegen lassen; sie wird beim nächsten Mal wieder angeboten
outside-copy-effects = Das Zusammenführen { $effects }.
outside-effect-adds = fügt { $entries } hinzu
outside-effect-changes = ändert { $entries }
outside-effect-deletes = löscht { $entries }
outside-effect-nothing = bringt nichts Neues
outside-copy-kept-both = Wo ein Text auf beiden Seiten geändert wurde, bleiben beide Fassungen erhalten, die andere unter der Zeile „— from the other computer —“.
outside-copy-wrong-passphrase = Das ist nicht die Passphrase dieser Kopie. Versuch es noch einmal.
outside-copy-other-passphrase = Diese Kopie ist mit einer anderen Passphrase versiegelt als das Journal (sie wurde auf dem anderen Computer geändert). Gib diese Passphrase ein, um sie zu öffnen.
outside-merged-copy = Konfliktkopie zusammengeführt: { $changes }. Die Kopie liegt jetzt in { $path }.
outside-could-not-merge-copy = Die Kopie konnte nicht zusammengeführt werden: { $error }
outside-new-passphrase-wrong = Das ist nicht die neue Passphrase des Journals. Versuch es noch einmal.
outside-passphrase-heading = Passphrase auf einem anderen Computer geändert
outside-passphrase-explained = Das Journal auf der Festplatte ist mit einer neuen Passphrase versiegelt, die auf einem anderen Computer gesetzt wurde. Gib sie ein, um jene Fassung mit dieser zusammenzuführen; bis dahin wird nichts geschrieben, und deine Änderungen bleiben in diesem Fenster.
outside-new-passphrase = Neue Passphrase
outside-open-and-merge = Öffnen und zusammenführen
outside-passphrase-later-hover = Bearbeiten ▸ Änderungen von der Festplatte übernehmen fragt erneut
outside-removes-heading = Viele Einträge anderswo gelöscht
outside-removes-message = Die anderswo geschriebene Fassung dieses Journals (auf einem anderen Computer oder von einem Sync-Programm) enthält { $removed } deiner { $total } Einträge nicht mehr. Auch hier löschen oder behalten? Bis du dich entscheidest, wird nichts geschrieben.
outside-removes-confirm = Auch hier löschen
outside-removes-cancel = Behalten
outside-copy-heading = Konfliktkopie
outside-copy-made = { $client } hat { $path } angelegt, als zwei Computer das Journal getrennt voneinander geändert haben.
outside-copy-after-merge = Nach dem Zusammenführen wird die Kopie in den Sicherungsordner verschoben; Rückgängig nimmt das Zusammenführen zurück.
outside-its-passphrase = Passphrase der Kopie
outside-open-with-it = Damit öffnen
outside-merge = Zusammenführen

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
        [worked] hat geklappt
        [partly] teilweise geklappt
       *[didnt] hat nicht geklappt
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

## (Setbacks) a new setback saved before it has a title

form-untitled-setback = Rückschlag ohne Titel

## (Weekly review) who gave a piece of feedback, and their name

review-feedback-from = { $source } ({ $name })
