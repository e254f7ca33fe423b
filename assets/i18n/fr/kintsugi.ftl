# Kintsugi — français.
#
# Glossaire (ces mots, et seulement eux, pour ces notions) :
#   setback        — revers (un revers, des revers)
#   micro-failure  — micro-échec
#   bounce-back    — rebond (jours avant de rebondir ; « délai de rebond » comme mesure)
#   resilience     — résilience
#   growth mindset — état d'esprit de croissance
#   mood           — humeur
#   check-in       — point du jour
#   lesson         — leçon
#   experiment     — expérience (à tenter)
#   weekly review  — bilan de la semaine
#   journal        — journal
#   skill          — compétence
# Ton : tutoiement, simple et chaleureux, comme un carnet personnel.
# Typographie : espace insécable avant « : ; ! ? % » et à l'intérieur des guillemets.

## Dates.

date-month = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
date-month-alone = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
date-month-short = { $month ->
    [1] janv.
    [2] févr.
    [3] mars
    [4] avr.
    [5] mai
    [6] juin
    [7] juil.
    [8] août
    [9] sept.
    [10] oct.
    [11] nov.
   *[12] déc.
}
date-weekday = { $weekday ->
    [1] lundi
    [2] mardi
    [3] mercredi
    [4] jeudi
    [5] vendredi
    [6] samedi
   *[7] dimanche
}
date-weekday-short = { $weekday ->
    [1] lun.
    [2] mar.
    [3] mer.
    [4] jeu.
    [5] ven.
    [6] sam.
   *[7] dim.
}
date-month-short-year = { $month } { $year }
date-month-year = { $month } { $year }
date-day-month-short = { $day ->
    [1] 1er
   *[other] { $day }
} { $month }
date-day-month = { $day ->
    [1] 1er
   *[other] { $day }
} { $month }
date-weekday-day-month = { $weekday } { $day ->
    [1] 1er
   *[other] { $day }
} { $month }
date-short = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
date-short-weekday = { $weekday } { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
date-full = { $weekday } { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }

## Nombres.

number-percent = { $value } %

## Mots communs.

common-cancel = Annuler
common-close = Fermer
common-save = Enregistrer
common-delete = Supprimer
common-undo = Annuler
common-redo = Rétablir
common-ok = OK
common-back = Retour
common-edit = Modifier
common-open = Ouvrir
common-done = Terminé
common-show-more = Afficher plus

## Import, export, the report dialog and other computers

exchange-restore-title = Restaurer une sauvegarde
exchange-restore-explained = Kintsugi garde une copie du journal tel qu'il était avant le premier enregistrement de chaque jour, et avant chaque import ou restauration.
exchange-restore-replaces = Restaurer remplace le journal par la copie ; le journal tel qu'il est maintenant est d'abord sauvegardé, et { $keys } annule la restauration.
exchange-restore-none = Ce journal n'a encore aucune sauvegarde.
exchange-restore-backup = { $date } · { $name }
exchange-restore = Restaurer
exchange-its-passphrase = Sa phrase secrète
exchange-restore-with-it = Restaurer avec elle
exchange-chart-title = Exporter le graphique
exchange-chart-explained = Le graphique de l'écran Progrès : même période, mêmes notes et couleurs, avec la ligne des revers et des compétences.
exchange-file = Fichier
exchange-choose = Choisir…
exchange-filter-png = Image PNG
exchange-filter-svg = Dessin SVG
exchange-format = Format :
exchange-size = Taille
exchange-png-scale = Échelle PNG
exchange-png-scale-hover = 2× donne une image nette sur les écrans haute densité et dans les présentations
exchange-better-days = Ajouter « Ce qui va avec les meilleurs jours » sous le graphique
exchange-better-days-hover = Les tags liés aux notes plus hautes et plus basses, les moyennes par jour de la semaine, le rebond par catégorie et l'humeur qui se prolonge sur la période du graphique, comme sur l'écran Progrès. L'image s'agrandit de la hauteur nécessaire.
exchange-export = Exporter
exchange-data-title = Exporter les données (CSV)
exchange-data-explained = Écrit checkins.csv, setbacks.csv, skills.csv, experiments.csv et reviews.csv dans un dossier, pour un tableur ou une autre application.
exchange-folder = Dossier
exchange-import = Importer
exchange-import-explained = Un dossier exporté par Kintsugi ou l'un de ses fichiers CSV, l'export CSV de Daylio, un journal jrnl (son export JSON ou son fichier texte) ou le dossier de données de RedNotebook.
exchange-import-from = Source
exchange-pick-file = Fichier…
exchange-pick-folder = Dossier…
exchange-format-recognise = Détecter
exchange-preview = Aperçu
exchange-preview-undo = Une sauvegarde est faite d'abord, et Annuler ({ $keys }) défait tout l'import.
exchange-moods-unrated = Ces humeurs Daylio n'ont pas encore de note : donne à chacune une note de 1 (affreux) à 10 (super), puis relance l'aperçu.
exchange-mood-lines = « { $mood } » ({ $count ->
        [one] ligne
       *[other] lignes
    } { $lines })
exchange-rate-mood = Noter « { $mood } » { $rating }
exchange-report-separator = {" ; "}
exchange-report-would-import = Import prévu de { $format } : { $parts }
exchange-report-imported = Import de { $format } : { $parts }
exchange-report-added = ajout de { $entries }
exchange-report-replaced = remplacement de { $entries }
exchange-report-updated = mise à jour de { $count ->
        [one] { $count } point du jour
       *[other] { $count } points du jour
    } (l'humeur du fichier, les mots du jour gardés)
exchange-report-extended = ajout de texte à { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    } qui avaient un point du jour
exchange-report-nothing-new = rien de nouveau
exchange-report-already-there = ({ $count ->
        [one] { $count } entrée était
       *[other] { $count } entrées étaient
    } déjà dans le journal)
exchange-report-empty = { $count ->
        [one] { $count } entrée vide ignorée
       *[other] { $count } entrées vides ignorées
    } (sans mots ni tags)
exchange-report-skipped = { $count ->
        [one] { $count } ligne ignorée
       *[other] { $count } lignes ignorées
    } :
exchange-count-check-ins = { $count ->
        [one] { $count } point du jour
       *[other] { $count } points du jour
    }
exchange-count-setbacks = { $count ->
        [one] { $count } revers
       *[other] { $count } revers
    }
exchange-count-skills = { $count ->
        [one] { $count } compétence
       *[other] { $count } compétences
    }
exchange-count-experiments = { $count ->
        [one] { $count } expérience
       *[other] { $count } expériences
    }
exchange-count-reviews = { $count ->
        [one] { $count } bilan de la semaine
       *[other] { $count } bilans de la semaine
    }
exchange-chart-exported = Graphique exporté vers { $path }
exchange-data-exported = checkins.csv, setbacks.csv, skills.csv, experiments.csv et reviews.csv exportés vers { $path }
exchange-chart-copied = Graphique copié dans le presse-papiers.
exchange-chart-copy-failed = Impossible de copier le graphique : { $error }
exchange-step-import = import
exchange-step-restore = restauration d'une sauvegarde
exchange-imported = { $report }.
exchange-imported-backup = { $report }. Sauvegarde : { $path }.
exchange-imported-no-backup = { $report }. Aucune sauvegarde n'a pu être faite : { $error }.
exchange-import-failed = Rien n'a été importé : { $reason }
exchange-could-not-save = Impossible d'enregistrer : { $error }
exchange-restore-plain-backup = Cette sauvegarde n'est pas chiffrée, alors que le journal l'est : Kintsugi ne l'a pas faite, elle n'est donc pas restaurée. Si tu sais d'où elle vient, importe-la plutôt.
exchange-restore-other-key = Cette sauvegarde a été scellée avec une autre clé que celle du journal (d'avant un changement de phrase secrète, ou d'une autre copie du journal). Tape la phrase secrète qu'elle avait, et restaure-la avec.
exchange-restore-wrong-passphrase = Ce n'est pas la phrase secrète de cette sauvegarde ; rien n'a été restauré. Réessaie.
exchange-restored = { $name } restauré.
exchange-restored-backup = { $name } restauré. Le journal tel qu'il était se trouve dans { $path }.
exchange-restored-no-backup = { $name } restauré. Aucune sauvegarde du journal tel qu'il était n'a pu être faite : { $error }.
exchange-restore-failed = Rien n'a été restauré : { $reason }
exchange-could-not-start = Impossible de commencer la lecture : { $error }
exchange-reading-progress = Lecture… { $read } sur { $total } Mo
exchange-importing-progress = Import… { $read } sur { $total } Mo
exchange-stop = Arrêter
exchange-stop-hover = Arrêter la lecture ; rien n'est modifié
exchange-journal-changed = Le journal a changé pendant la lecture de l'import ; rien n'a été importé. Importe à nouveau pour le lire par rapport au journal tel qu'il est maintenant.
report-dialog-title = Exporter un rapport pour ton mentor
report-dialog-period = La période : { $period }
report-dialog-change-period = Change la période avec la plage de l'écran Progrès.
report-dialog-your-name = Ton nom
report-dialog-optional = facultatif
report-dialog-paper = Papier
report-dialog-us-letter = Lettre US
report-dialog-questions = Questions pour notre échange
report-dialog-questions-hint = Ce que tu veux demander ou aborder
report-dialog-save-as = Enregistrer sous
report-dialog-save-as-hover = Un fichier .pdf, ou .md pour du Markdown (le graphique est enregistré à côté en SVG)
report-dialog-export = Exporter le rapport
report-dialog-setbacks-heading = Revers à raconter
report-dialog-mode-all = Tous
report-dialog-mode-reflected = Seulement ceux analysés ou surmontés
report-dialog-mode-ticked = Choisis un par un
report-dialog-setback-row = { $date } · { $title }
report-dialog-tell = Raconter { $title }
report-dialog-include-micro = Inclure les micro-échecs
report-dialog-include-notes = Inclure les notes des points du jour et des bilans
report-dialog-include-notes-hover = Laissées de côté sauf si tu coches ceci : les notes, et ce que disent les bilans de la semaine, sont souvent la partie la plus intime.
report-dialog-what-goes-in = Ce qui est inclus
report-dialog-summary = Les chiffres clés et le graphique de la période.
report-dialog-no-setbacks = Aucun revers.
report-dialog-chosen-setbacks = { $chosen } sur { $total } revers de la période, avec leur analyse :
report-dialog-more = … et { $count } de plus
report-dialog-experiments = { $count ->
        [0] Aucune expérience.
        [one] { $count } expérience liée à ces revers, avec son résultat.
       *[other] { $count } expériences liées à ces revers, avec leur résultat.
    }
report-dialog-reviews-with-notes = La période et la note { $count ->
        [one] de { $count } bilan de la semaine
       *[other] de { $count } bilans de la semaine
    }, avec ce qui a bien marché et la leçon.
report-dialog-reviews = La période et la note { $count ->
        [one] de { $count } bilan de la semaine
       *[other] de { $count } bilans de la semaine
    } ; pas ce qu'ils disent.
report-dialog-notes = { $count ->
        [0] Aucune note de point du jour.
        [one] La note de { $count } point du jour.
       *[other] Les notes de { $count } points du jour.
    }
report-dialog-no-notes = Aucune note des points du jour.
report-dialog-your-questions = Tes questions.
report-dialog-nothing-else = Rien d'autre du journal n'est inclus.
report-dialog-saved = Rapport enregistré sous { $path }
outside-disk-unchanged = Le journal sur le disque n'a pas changé depuis que cette fenêtre l'a lu ou écrit pour la dernière fois.
outside-could-not-merge = Impossible de fusionner : { $error }
outside-merged = Modifications du disque fusionnées : { $changes }.
outside-kept-both = { $count ->
        [one] { $count } texte modifié sur les deux ordinateurs garde ses deux versions.
       *[other] { $count } textes modifiés sur les deux ordinateurs gardent leurs deux versions.
    }
outside-changes-added = { $entries } venant d'un autre ordinateur
outside-changes-changed = modification de { $entries }
outside-changes-removed = suppression de { $entries } là-bas
outside-list-and = { $first } et { $last }
outside-copy-banner = { $client } a laissé une copie de conflit de ce journal : { $name }.
outside-copy-banner-more = { $client } a laissé une copie de conflit de ce journal : { $name } (et { $more } de plus).
outside-review-and-merge = Examiner et fusionner…
outside-review-hover = Voir ce qu'elle ajouterait ou changerait, puis la fusionner
outside-later = Plus tard
outside-later-hover = La laisser pour l'instant ; elle sera proposée à nouveau la prochaine fois
outside-copy-effects = La fusionner { $effects }.
outside-effect-adds = ajoute { $entries }
outside-effect-changes = modifie { $entries }
outside-effect-deletes = supprime { $entries }
outside-effect-nothing = n'apporte rien de nouveau
outside-copy-kept-both = Là où un texte a été modifié des deux côtés, les deux versions sont gardées, l'autre sous une ligne « — from the other computer — ».
outside-copy-wrong-passphrase = Ce n'est pas la phrase secrète de cette copie. Réessaie.
outside-copy-other-passphrase = Cette copie est scellée avec une autre phrase secrète que celle du journal (elle a été changée sur l'autre ordinateur). Tape cette phrase secrète pour l'ouvrir.
outside-merged-copy = Copie de conflit fusionnée : { $changes }. La copie est conservée dans { $path }.
outside-could-not-merge-copy = Impossible de fusionner la copie : { $error }
outside-new-passphrase-wrong = Ce n'est pas la nouvelle phrase secrète du journal. Réessaie.
outside-passphrase-heading = Phrase secrète changée sur un autre ordinateur
outside-passphrase-explained = Le journal sur le disque est scellé avec une nouvelle phrase secrète, définie sur un autre ordinateur. Tape-la pour fusionner cette version avec celle-ci ; d'ici là, rien n'est écrit et tes modifications restent dans cette fenêtre.
outside-new-passphrase = Nouvelle phrase secrète
outside-open-and-merge = Ouvrir et fusionner
outside-passphrase-later-hover = Édition ▸ Fusionner les modifications du disque le redemande
outside-removes-heading = Beaucoup d'entrées supprimées ailleurs
outside-removes-message = La version de ce journal écrite ailleurs (un autre ordinateur, ou un client de synchronisation) n'a plus { $removed } de tes { $total } entrées. Les supprimer ici aussi, ou les garder ? Tant que tu n'as pas choisi, rien n'est écrit.
outside-removes-confirm = Les supprimer ici aussi
outside-removes-cancel = Les garder
outside-copy-heading = Copie de conflit
outside-copy-made = { $client } a créé { $path } quand deux ordinateurs ont modifié le journal chacun de leur côté.
outside-copy-after-merge = Après la fusion, la copie est déplacée dans le dossier des sauvegardes ; Annuler défait la fusion.
outside-its-passphrase = Sa phrase secrète
outside-open-with-it = Ouvrir avec elle
outside-merge = Fusionner
