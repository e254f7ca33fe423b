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

## Today, welcome and the locked screen

today-long-date = { $weekday } { $date }
today-calendar-hover = Aller à un autre jour dans le calendrier
today-calendar-name = { $date }, choisir un autre jour
today-calendar-field = Jour
today-calendar-refusal = un point du jour porte sur aujourd'hui ou avant
today-previous-day = ⏴ Jour précédent
today-previous-day-hover = Afficher la veille ({ $keys })
today-next-day = Jour suivant ⏵
today-next-day-hover = Afficher le lendemain ({ $keys })
today-next-day-disabled = Un point du jour porte sur aujourd'hui ou un jour passé
today-back-to-today = Revenir à aujourd'hui
today-back-to-today-hover = Afficher aujourd'hui ({ $keys })
today-save-hover = Enregistrer le journal sur le disque maintenant ({ $keys }). Les modifications sont aussi enregistrées automatiquement en moins d'une seconde.
today-filling-in = { $days ->
    [1] Tu remplis la journée d'hier
   *[other] Tu remplis la journée d'il y a { $days } jours
}
today-note = Note
today-note-hint = Qu'est-ce qui t'a marqué aujourd'hui ? Une fierté, une difficulté ?
today-delete = Supprimer ce point du jour…
today-delete-hover = Retirer les évaluations, la note et les étiquettes de ce jour (confirmation demandée ; { $keys } les rétablit)
today-delete-message = Les évaluations, la note et les étiquettes du { $date } seront supprimées. Tu peux annuler avec { $keys }.
today-delete-heading = Supprimer ce point du jour ?
today-delete-confirm = Supprimer le point du jour
today-change-note = saisie de la note du { $date }
today-change-tags = étiquettes du { $date }
today-change-ratings = évaluations du { $date }
today-change-check-in = point du jour du { $date }
today-something-wrong = Quelque chose s'est mal passé ?
today-log-setback = Noter un revers
today-log-setback-hover = Note un revers ou un micro-échec pour ce jour ; réfléchis-y maintenant ou plus tard.
today-save-demo = Journal de démonstration : rien n'est enregistré
today-save-demo-hover = Ce journal n'existe qu'en mémoire.
today-save-read-only = Lecture seule
today-save-failed = Pas encore enregistré
today-save-pending = Enregistrement…
today-save-pending-hover = Les modifications sont écrites sur le disque en moins d'une seconde.
today-save-nothing = Pas encore de point du jour pour cette date
today-save-nothing-hover = Choisis une évaluation pour faire ton point du jour.
today-save-done = ✔ Enregistré
today-save-done-hover = Le point du jour de cette date est sur le disque.
today-ready = À revoir avec du recul
today-ready-hover = Revers encore ouverts datant de plus d'une semaine, sans rien d'écrit. Avec un peu de recul, on voit mieux ce qui s'est passé.
today-ready-setback = { $title } · { $date }
today-ready-more = et { $count } de plus sur l'écran Revers
today-streak = { $days ->
    [0] Pas de série en cours
    [one] { $days } jour d'affilée
   *[other] { $days } jours d'affilée
}
today-streak-hover = Série en cours : jours consécutifs avec un point du jour, jusqu'à ce jour (ou jusqu'à la veille si ce jour n'en a pas encore).
today-checked-in = { $count ->
    [one] Point du jour fait { $count } jour sur les { $days } derniers
   *[other] Point du jour fait { $count } jours sur les { $days } derniers
}
today-chart = Les { $days } derniers jours
today-chart-hover = Chaque pastille est un point du jour ; les lignes ne relient que des jours consécutifs : un trou signifie aucun point du jour ce jour-là.
today-chart-empty = Tes évaluations apparaîtront ici sous forme de graphique après quelques points du jour.
today-chart-day = { $day } { $month }
today-chart-point =
    { $scale } { $value }
    { $date }
today-back-month = Il y a un mois
today-back-year = Il y a un an
today-back-five-years = Il y a cinq ans
today-back-bounce = { $days ->
    [0] { $title } — ton humeur a tenu ce jour-là
    [1] { $title } — humeur habituelle retrouvée dès le lendemain
   *[other] { $title } — humeur habituelle retrouvée en { $days } jours
}
today-back-learned = { $line } ; tu as appris : { $skills }
today-back-wrote-mood = Tu as écrit : « { $note } » (humeur { $mood })
today-back-checked-in = Ton point du jour : humeur { $mood }
today-back-wrote = Tu as écrit : « { $note } »
today-review-heading = C'est l'heure de ton bilan de la semaine
today-review-body = Ce qui s'est bien passé, les expériences tentées, une leçon à garder.
today-review-button = Faire le bilan de la semaine
today-did-you-try = As-tu essayé : { $experiment } ?
today-experiment-from = { $when } · issue de « { $setback } »
today-due-more = { $count ->
    [one] { $count } autre à faire sur l'écran Expériences
   *[other] { $count } autres à faire sur l'écran Expériences
}
today-situations = Quand l'occasion se présente
today-situations-hover = Des expériences à tenter quand une situation se présente : pas de date, pas de rappel insistant.
today-situations-more = et { $count } de plus
today-back = Retour en arrière
today-back-hover = Ce que tu as écrit autour de ce jour, il y a un mois, un an et cinq ans (revers à trois jours près).
today-back-heading = { $when } · { $date }
today-back-open-day = Ouvrir ce jour
welcome-heading = Bienvenue dans Kintsugi
welcome-intro-growth = Les revers font partie de toute carrière. Kintsugi t'aide à en faire une source de croissance.
welcome-intro-check-in = Fais chaque jour ton point du jour avec trois évaluations rapides — humeur, résilience, état d'esprit de croissance — et note tes revers, petits ou grands, quand ils arrivent.
welcome-intro-reflect = Prends le temps d'y réfléchir, note les retours et les leçons, et vois au fil des mois comment tu rebondis et ce que chacun t'a appris.
welcome-start = Commencer mon journal
welcome-start-hover = Un nouveau journal dans { $path }
welcome-demo = Explorer le journal de démonstration
welcome-demo-hover = Trois ans d'entrées inventées ; rien de ce que tu modifies n'est enregistré
welcome-open-existing = Ouvrir un journal existant…
welcome-open-path = Ou ouvrir le journal situé à cet emplacement :
welcome-where = Ton journal sera enregistré dans { $path }. Rien ne quitte cet ordinateur.
unlock-wrong-passphrase = Phrase secrète incorrecte. Vérifie le verrouillage des majuscules et la disposition du clavier, puis réessaie.
unlock-passphrase-missing = Saisis d'abord la phrase secrète du journal.
unlock-heading = 🔒 { $file } est chiffré
unlock-intro-read-only = Saisis sa phrase secrète pour le consulter en lecture seule ({ $reason }).
unlock-intro = Saisis sa phrase secrète pour l'ouvrir.
unlock-passphrase = Phrase secrète
unlock-hide = Masquer
unlock-show = Afficher
unlock-show-hover = Afficher ou masquer la phrase secrète pendant la saisie
unlock-button = Déverrouiller
unlock-working = Déverrouillage… (environ une seconde, exprès : cela ralentit les tentatives de devinette)
unlock-pending-save = Tes dernières modifications sont gardées en mémoire et seront enregistrées dès que possible ({ $pending }).
unlock-open-another = Ouvrir un autre journal…
unlock-quit = Quitter
unlock-cannot-recover = La phrase secrète ne peut pas être récupérée : sans elle, ni toi ni personne ne peut lire ce journal.
lock-window-title = { $file } (verrouillé) — Kintsugi
lock-held = Verrouillé. Tes dernières modifications n'ont pas encore pu être enregistrées ({ $error }) ; elles sont conservées et seront enregistrées dès que possible.
lock-plain-journal = Seul un journal chiffré peut être verrouillé. Pour le chiffrer, choisis Chiffrer le journal… dans le menu Fichier.
lock-idle = { $minutes ->
    [one] Verrouillé après { $minutes } minute d'inactivité.
   *[other] Verrouillé après { $minutes } minutes d'inactivité.
}
lock-kept-fields = { $count ->
    [one] { $count } champ contient encore du texte que le journal n'a pas pu prendre ; il est conservé pour que tu le corriges.
   *[other] { $count } champs contiennent encore du texte que le journal n'a pas pu prendre ; il est conservé pour que tu le corriges.
}
protection-plain-export = Ton journal est chiffré, mais pas cet export. Garde le fichier dans un endroit privé.
protection-title-encrypt = Chiffrer le journal
protection-title-change = Changer la phrase secrète
protection-title-remove = Retirer le chiffrement
protection-encrypt = Chiffrer
protection-change = Changer la phrase secrète
protection-remove = Retirer le chiffrement
protection-strength-too-short = Trop courte : utilise au moins 8 caractères.
protection-strength-weak = Faible : facile à deviner. Plusieurs mots sans rapport sont plus faciles à retenir et plus difficiles à deviner.
protection-strength-fair = Correcte. Quelques mots de plus la rendraient solide.
protection-strength-strong = Solide.
protection-current-missing = Saisis la phrase secrète actuelle.
protection-new-differ = Les deux nouvelles phrases secrètes sont différentes.
protection-working = En cours… (dériver une clé d'une phrase secrète est lent exprès)
protection-not-encrypted = ce journal n'est pas chiffré
protection-wrong-passphrase = La phrase secrète actuelle est incorrecte ; rien n'a été modifié.
protection-other-key = Le journal sur le disque a une autre clé que celui ouvert ici.
protection-worker-stopped = la tâche de fond s'est arrêtée
protection-failed = Rien n'a été modifié : { $error }
protection-backups-deleted = { $count ->
    [one] { $count } sauvegarde non chiffrée supprimée.
   *[other] { $count } sauvegardes non chiffrées supprimées.
}
protection-backups-encrypted = { $count ->
    [one] { $count } sauvegarde chiffrée aussi.
   *[other] { $count } sauvegardes chiffrées aussi.
}
protection-backups-changed = { $count ->
    [one] { $count } sauvegarde modifiée aussi.
   *[other] { $count } sauvegardes modifiées aussi.
}
protection-backups-decrypted = { $count ->
    [one] { $count } sauvegarde déchiffrée aussi.
   *[other] { $count } sauvegardes déchiffrées aussi.
}
protection-done-encrypt = Chiffré. Garde la phrase secrète en lieu sûr : elle ne peut pas être récupérée.
protection-done-change = Phrase secrète changée.
protection-done-remove = Chiffrement retiré : le journal est de nouveau en clair.
protection-copy-still-encrypted = { $failure } (toujours chiffrée : ouvre-la avec l'ancienne phrase secrète via la fenêtre de restauration)
protection-copy-tried-again = { $failure } (nouvel essai à la prochaine ouverture du journal)
protection-explain-encrypt = Kintsugi va chiffrer le journal, ses sauvegardes et chaque enregistrement à partir de maintenant. Il te faudra la phrase secrète à chaque ouverture.
protection-explain-change = Le journal et ses sauvegardes ne s'ouvriront plus qu'avec la nouvelle phrase secrète.
protection-explain-remove = Le journal et ses sauvegardes seront de nouveau écrits en clair, lisibles par toute personne ayant accès à tes fichiers.
protection-current = Phrase secrète actuelle
protection-new = Nouvelle phrase secrète
protection-new-hint = Au moins 8 caractères ; plusieurs mots sans rapport fonctionnent bien.
protection-repeat = Répète la nouvelle phrase secrète
protection-show = Afficher les phrases secrètes
protection-backups = Les sauvegardes existantes du journal (copies en clair) :
protection-backups-encrypt = Les chiffrer aussi
protection-backups-delete = Les supprimer
protection-cannot-recover = La phrase secrète ne peut pas être récupérée. Note-la et garde-la en lieu sûr : sans elle, personne ne peut lire ce journal — pas même toi.
tamper-rollback-message = Ce journal est plus ancien que celui que tu as ouvert ici la dernière fois (enregistrement { $found } ; cet ordinateur a déjà vu l'enregistrement { $seen }). Il a peut-être été restauré depuis une sauvegarde ou remplacé par une ancienne copie, par un client de synchronisation ou par quelqu'un d'autre. Les entrées écrites depuis n'y sont pas. Consulte ses sauvegardes avant de le modifier, ou garde cette version.
tamper-rollback-heading = Une version plus ancienne de ce journal
tamper-rollback-keep = Garder cette version
tamper-rollback-backups = Voir les sauvegardes…
tamper-downgrade-heading = Ce journal n'est plus chiffré
tamper-downgrade-message = Il était chiffré la dernière fois que tu l'as ouvert ici, et il est maintenant en clair : toute personne ayant accès au fichier peut le lire. Si tu n'as pas retiré le chiffrement toi-même, le fichier a peut-être été remplacé.
tamper-downgrade-encrypt = Le chiffrer de nouveau…
tamper-downgrade-keep = Le laisser en clair
broken-heading-locked = Ton journal est ouvert dans un autre Kintsugi
broken-heading-read-only-folder = Kintsugi ne peut pas écrire dans le dossier de ton journal
broken-heading = Kintsugi ne peut pas ouvrir ton journal
broken-file = Fichier
broken-what-went-wrong = Ce qui s'est passé
broken-reassurance-locked = Un seul Kintsugi à la fois peut écrire dans un journal, pour qu'aucun n'écrase les modifications de l'autre. Tu peux consulter ce journal sans le modifier, ou fermer l'autre et réessayer.
broken-reassurance-read-only-folder = Tu peux consulter ce journal sans le modifier, ou corriger les permissions du dossier et réessayer.
broken-reassurance-newer-version = Ce journal a été enregistré par une version plus récente de Kintsugi. Il n'a pas été modifié. Mets Kintsugi à jour pour l'ouvrir.
broken-reassurance = Kintsugi n'a pas modifié ce fichier et ne l'écrasera pas.
broken-open-read-only = Ouvrir en lecture seule
broken-try-again = Réessayer
broken-restore = Restaurer la sauvegarde la plus récente (du { $date })
broken-restore-hover = Le fichier illisible est conservé à côté du journal sous un nouveau nom : rien n'est perdu.
broken-open-another = Ouvrir un autre fichier…
broken-quit = Quitter
broken-open-path = Ou ouvrir le journal situé à cet emplacement :
