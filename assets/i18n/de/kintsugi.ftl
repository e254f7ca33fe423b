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
