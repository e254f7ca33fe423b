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
outside-passphrase-later-hover = Bearbeiten ▸ Änderungen von der Festplatte zusammenführen fragt erneut
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
