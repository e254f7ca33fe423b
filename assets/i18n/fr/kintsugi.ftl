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

## Menus, raccourcis et la fenêtre

screen-today = Aujourd'hui
screen-setbacks = Revers
screen-skills = Compétences
screen-experiments = Expériences
screen-progress = Progrès
screen-journal = Journal
screen-today-screen = Écran Aujourd'hui
screen-setbacks-screen = Écran Revers
screen-skills-screen = Écran Compétences
screen-experiments-screen = Écran Expériences
screen-progress-screen = Écran Progrès
screen-journal-screen = Écran Journal
menu-file = Fichier
menu-view = Affichage
menu-help = Aide
menu-undo-step = Annuler « { $step } »
menu-redo-step = Rétablir « { $step } »
menu-nothing-to-undo = Rien à annuler
menu-nothing-to-redo = Rien à rétablir
menu-merge-from-disk = Fusionner les changements du disque
menu-merge-from-disk-hover = Lire le fichier du journal maintenant et fusionner ce qu'un autre ordinateur (ou un outil de synchronisation) y a écrit ; Kintsugi le fait aussi tout seul quand le fichier change
menu-merge-from-disk-disabled = Seul un journal ouvert en écriture suit son fichier
menu-new-journal = Nouveau journal…
menu-open = Ouvrir…
menu-open-recent = Ouvrir un journal récent
menu-no-recent = Aucun journal ouvert pour l'instant
menu-recent-missing = Ce fichier n'existe plus
menu-save-now = Enregistrer maintenant
menu-save-copy-as = Enregistrer une copie sous…
menu-show-data-folder = Afficher le dossier des données
menu-export-chart = Exporter le graphique…
menu-export-report = Exporter un rapport…
menu-export-report-hover = Un rapport PDF ou Markdown sur la période de Progrès, pour un mentor ou un coach
menu-export-data = Exporter les données (CSV)…
menu-import = Importer…
menu-restore = Restaurer une sauvegarde…
menu-preferences = Préférences…
menu-quit = Quitter
menu-change-passphrase = Changer la phrase secrète…
menu-remove-encryption = Retirer le chiffrement…
menu-lock-now = Verrouiller maintenant
menu-encrypt-journal = Chiffrer le journal…
menu-encrypt-journal-hover = Protéger le journal et ses sauvegardes par une phrase secrète
menu-encrypt-journal-disabled = Seul un journal enregistré sur le disque et ouvert en écriture peut être chiffré
menu-search-journal = Chercher dans le journal…
menu-theme = Thème
menu-theme-system = Comme le système
menu-theme-light = Clair
menu-theme-dark = Sombre
help-shortcuts-title = Raccourcis clavier
help-about-title = À propos de Kintsugi
help-about-tagline = Transforme tes revers professionnels en croissance : la fêlure fait partie de l'histoire.
help-about-journal = Ton journal
help-about-in-memory = en mémoire seulement (démo)
help-about-backups = Sauvegardes : { $folder }
help-about-private = Rien ne quitte cet ordinateur.
shortcuts-everywhere = Partout
shortcuts-on-today = Dans Aujourd'hui
shortcuts-on-setbacks = Dans Revers
shortcuts-on-progress-chart = Sur le graphique de Progrès
shortcuts-calendar-keys = Dans un calendrier : les flèches avancent d'un jour ou d'une semaine, Page Up/Down d'un mois, Home/End vont aux bouts de la semaine, Entrée choisit, Échap ferme.
shortcuts-either = { $first } ou { $second }
shortcuts-save-now = Enregistrer maintenant
shortcuts-search-journal = Chercher dans le journal
shortcuts-export-chart = Exporter le graphique
shortcuts-preferences = Préférences
shortcuts-lock = Verrouiller un journal chiffré
shortcuts-list = Raccourcis clavier (cette liste)
shortcuts-quit = Quitter (enregistre d'abord)
shortcuts-previous-day = Jour précédent
shortcuts-next-day = Jour suivant
shortcuts-back-to-today = Revenir à aujourd'hui
shortcuts-new-setback = Noter un nouveau revers
shortcuts-zoom-in = Zoomer
shortcuts-zoom-out = Dézoomer
shortcuts-earlier = Plus tôt
shortcuts-later = Plus tard
window-title = { $name } — Kintsugi
window-title-welcome = Bienvenue — Kintsugi
window-title-demo = journal de démo (non enregistré) — Kintsugi
window-title-read-only = { $name } (lecture seule) — Kintsugi
window-title-unnamed = journal — Kintsugi
window-title-broken = Impossible d'ouvrir { $name } — Kintsugi
window-demo-banner = Tu explores un journal de démo. Rien de ce que tu changes ici n'est enregistré.
window-read-only-banner = Lecture seule : { $reason } Modifier, importer, restaurer et annuler sont désactivés.
window-try-again = Réessayer
window-try-again-hover = Ouvrir le journal en écriture s'il est libre maintenant
window-save-failed = Tes changements n'ont pas pu être enregistrés : { $error }. Ils restent dans cette fenêtre, et Kintsugi continue d'essayer.
window-retry = Réessayer
window-save-copy-elsewhere = Enregistrer une copie ailleurs…
window-not-available = Indisponible : { $reason }
window-clear-rating = Effacer
window-clear-rating-hover = Retirer la note « { $scale } » de ce jour
window-clear-rating-name = Effacer { $scale }
window-tags = Étiquettes
window-remove-tag-hover = Retirer l'étiquette « { $tag } »
window-remove-tag-name = Retirer l'étiquette { $tag }
window-tag-hint = ajoute une étiquette, appuie sur Entrée
window-add-this-tag = Ajouter cette étiquette
window-list-remove = Retirer { $item } { $number }
window-list-move-up = Monter { $item } { $number }
window-list-move-down = Descendre { $item } { $number }
window-list-add = Ajouter
window-list-add-name = Ajouter : { $item }
window-list-new-name = Nouveau : { $item }
quit-save-failed-title = Tes changements n'ont pas pu être enregistrés
quit-save-failed-lost = Si tu quittes maintenant, les changements depuis le dernier enregistrement sont perdus.
quit-try-again = Réessayer
quit-keep-open = Garder la fenêtre ouverte
quit-without-saving = Quitter sans enregistrer
quit-review-heading = Du texte n'est pas encore dans ton journal
quit-review-explanation = Ces champs contiennent du texte que le journal n'a pas pu accepter. Reviens-y pour le corriger, ou abandonne juste ce texte : tout le reste est déjà enregistré.
quit-kept-text = « { $text } »
quit-go-to-it = Y aller
quit-discard-text = Abandonner ce texte
quit-discard-all = Tout abandonner et quitter
quit-keep-working = Continuer à travailler
quit-field-of-setback = { $field } du revers « { $title } »
quit-field-of-new-setback = { $field } d'un nouveau revers
quit-skill-search-of-setback = Ajouter une compétence, au revers « { $title } »
quit-skill-search-of-new-setback = Ajouter une compétence, à un nouveau revers
quit-new-category-of-setback = Nouvelle catégorie, au revers « { $title } »
quit-new-category-of-new-setback = Nouvelle catégorie, à un nouveau revers
quit-skill-name = Nom de la compétence « { $name } »
quit-skill-name-unknown = Le nom d'une compétence
files-filter-journal = Journal Kintsugi
files-new-journal-title = Créer un nouveau journal Kintsugi
files-open-title = Ouvrir un journal Kintsugi
files-save-copy-title = Enregistrer une copie du journal
files-could-not-save-current = Impossible d'enregistrer le journal actuel, il reste donc ouvert : { $error }
files-already-exists = { $path } existe déjà et n'a pas été touché : ouvre-le avec Ouvrir… dans le menu Fichier
files-started-new = Nouveau journal commencé : { $name }
files-could-not-create = Impossible de créer le journal : { $error }
files-no-data-folder = Il n'y a pas de dossier de données à afficher
files-could-not-show-folder = Impossible d'ouvrir { $folder } dans le gestionnaire de fichiers : { $error }
files-locked-not-saved = Les derniers changements du journal verrouillé ne sont pas encore enregistrés : déverrouille-le d'abord, pour ne pas les perdre.
files-already-open = { $name } est déjà ouvert
files-opened = { $path } ouvert
files-read-only-reason = ce journal est ouvert dans un autre Kintsugi ou son dossier n'est pas accessible en écriture ; les changements faits ici ne sont pas enregistrés.
files-open-for-writing-now = Le journal est maintenant ouvert en écriture.
files-still-read-only = Toujours en lecture seule : { $error }
files-saved-copy = Copie enregistrée sous { $path }
files-saved-copy-encrypted = Copie enregistrée sous { $path }, chiffrée avec la phrase secrète du journal
files-could-not-save-copy = Impossible d'enregistrer la copie : { $error }
files-no-backup = Ce journal n'a aucune sauvegarde.
files-backup-not-encrypted = Pas de restauration : la sauvegarde la plus récente ({ $backup }) n'est pas chiffrée alors que le journal l'était, donc Kintsugi ne l'a pas faite. Regarde toi-même dans le dossier des sauvegardes.
files-restored-backup = Sauvegarde du { $day } restaurée.
files-restored-backup-kept = Sauvegarde du { $day } restaurée. Le fichier illisible a été gardé sous { $path }.
files-could-not-restore = Impossible de restaurer la sauvegarde : { $error }
files-could-not-save = Impossible d'enregistrer : { $error }
files-backup-failed = Enregistré, mais la sauvegarde quotidienne a échoué : { $warning }
step-delete-check-in = suppression du point du jour du { $date }
step-deleted-check-in = Point du jour du { $date } supprimé.
step-delete-setback = suppression de « { $title } »
step-deleted-setback = « { $title } » supprimé.
step-delete-skill = suppression de la compétence « { $name } »
step-deleted-skill = Compétence « { $name } » supprimée.
step-merge-from-disk = fusion des changements du disque
step-merge-conflict-copy = fusion d'une copie en conflit
step-nothing-changed = Rien n'a été changé : { $error }
step-read-only-error = ce journal est ouvert en lecture seule : { $reason }
step-undid = Annulé : { $step }.
step-redid = Rétabli : { $step }.
step-undone = Annulé.
step-undone-with-later = { $count ->
    [one] Annulé, avec le changement fait après : { $changes }.
   *[other] Annulé, avec les { $count } changements faits après : { $changes }.
}
step-cannot-undo = Impossible d'annuler : { $reason }
step-cannot-redo = Impossible de rétablir : { $reason }
step-nothing-to-undo = Rien à annuler.
step-nothing-to-redo = Rien à rétablir.
