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
