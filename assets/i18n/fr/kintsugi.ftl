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
# Typographie : espace fine insécable (U+202F) avant ; ! ? — espace insécable (U+00A0) avant : et %, et à l'intérieur des guillemets « ».

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

number-percent = { $value } %

## Mots communs.

common-cancel = Annuler
common-close = Fermer
common-save = Enregistrer
common-delete = Supprimer
common-undo = Annuler
common-redo = Rétablir
common-edit = Édition
common-open = Ouvrir
common-done = Terminé

## Préférences

preferences-title = Préférences
preferences-language = Langue
preferences-language-follow-system = Comme le système ({ $language })
preferences-theme = Thème
preferences-follow-system = Comme le système
preferences-theme-light = Clair
preferences-theme-dark = Sombre
preferences-week-starts = La semaine commence le
preferences-week-start-usual = Selon la région ({ $weekday })
preferences-daily-reminder = Rappel quotidien
preferences-idle-lock = Verrouiller si inactif
preferences-weekly-review = Bilan de la semaine
preferences-weekly-review-hint = Ce jour-là, une notification te propose le bilan de ta semaine, et « Aujourd'hui » aussi (le dimanche si le rappel est désactivé).
preferences-off = Désactivé
preferences-reminders-note = Les rappels arrivent en notifications de bureau tant que Kintsugi est ouvert, seulement les jours sans point du jour. Pour quand il est fermé, voir « Reminders » dans le README (un minuteur systemd qui lance kintsugi remind).
preferences-idle-lock-after = Verrouiller un journal chiffré après
preferences-minutes-suffix = {" "}min
preferences-idle-minutes = Minutes d'inactivité avant le verrouillage
preferences-idle-without-use = sans utilisation
preferences-remind-at = Me rappeler le point du jour à
preferences-reminder-time = Heure du rappel
preferences-not-a-time = « { $typed } » n'est pas une heure : écris-la sous la forme HH:MM, par ex. 20:00.

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
today-note-hint = Qu'est-ce qui t'a marqué aujourd'hui ? Une fierté, une difficulté ?
today-delete = Supprimer ce point du jour…
today-delete-hover = Retirer les évaluations, la note et les étiquettes de ce jour (confirmation demandée ; { $keys } les rétablit)
today-delete-message = Les évaluations, la note et les étiquettes du { $date } seront supprimées. Tu peux annuler avec { $keys }.
today-delete-heading = Supprimer ce point du jour ?
today-delete-confirm = Supprimer le point du jour
today-change-note = saisie de la note du { $date }
today-change-tags = étiquettes du { $date }
today-change-ratings = évaluations du { $date }
today-change-check-in = point du jour du { $date }
today-something-wrong = Quelque chose s'est mal passé ?
today-log-setback = Noter un revers
today-log-setback-hover = Note un revers ou un micro-échec pour ce jour ; réfléchis-y maintenant ou plus tard.
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
today-chart-hover = Chaque pastille est un point du jour ; les lignes ne relient que des jours consécutifs : un trou signifie aucun point du jour ce jour-là.
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
today-back-learned = { $line } ; tu as appris : { $skills }
today-back-wrote-mood = Tu as écrit : « { $note } » (humeur { $mood })
today-back-checked-in = Ton point du jour : humeur { $mood }
today-back-wrote = Tu as écrit : « { $note } »
today-review-heading = C'est l'heure de ton bilan de la semaine
today-review-body = Ce qui s'est bien passé, les expériences tentées, une leçon à garder.
today-review-button = Faire le bilan de la semaine
today-did-you-try = As-tu essayé : { $experiment } ?
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
welcome-demo-hover = Trois ans d'entrées inventées ; rien de ce que tu modifies n'est enregistré
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
lock-held = Verrouillé. Tes dernières modifications n'ont pas encore pu être enregistrées ({ $error }) ; elles sont conservées et seront enregistrées dès que possible.
lock-plain-journal = Seul un journal chiffré peut être verrouillé. Pour le chiffrer, choisis « Chiffrer le journal… » dans le menu « Fichier ».
lock-idle = { $minutes ->
    [one] Verrouillé après { $minutes } minute d'inactivité.
   *[other] Verrouillé après { $minutes } minutes d'inactivité.
}
lock-kept-fields = { $count ->
    [one] { $count } champ contient encore du texte que le journal n'a pas pu prendre ; il est conservé pour que tu le corriges.
   *[other] { $count } champs contiennent encore du texte que le journal n'a pas pu prendre ; il est conservé pour que tu le corriges.
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
protection-wrong-passphrase = La phrase secrète actuelle est incorrecte ; rien n'a été modifié.
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
protection-new-hint = Au moins 8 caractères ; plusieurs mots sans rapport fonctionnent bien.
protection-repeat = Répète la nouvelle phrase secrète
protection-show = Afficher les phrases secrètes
protection-backups = Les sauvegardes existantes du journal (copies en clair) :
protection-backups-encrypt = Les chiffrer aussi
protection-backups-delete = Les supprimer
protection-cannot-recover = La phrase secrète ne peut pas être récupérée. Note-la et garde-la en lieu sûr : sans elle, personne ne peut lire ce journal — pas même toi.
tamper-rollback-message = Ce journal est plus ancien que celui que tu as ouvert ici la dernière fois (enregistrement { $found } ; cet ordinateur a déjà vu l'enregistrement { $seen }). Il a peut-être été restauré depuis une sauvegarde ou remplacé par une ancienne copie, par un client de synchronisation ou par quelqu'un d'autre. Les entrées écrites depuis n'y sont pas. Consulte ses sauvegardes avant de le modifier, ou garde cette version.
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

## Setbacks, skills and the calendar

calendar-after-range-end = après la fin de la période
calendar-before-range-start = avant le début de la période
calendar-day-checked-in = { $words }, point du jour fait
calendar-day-checked-in-mood = { $words }, point du jour fait (humeur { $mood })
calendar-day-setbacks = { $words }, { $count ->
    [one] { $count } revers
   *[other] { $count } revers
}
calendar-day-unavailable = { $words }, indisponible : { $why }
calendar-range-from = Du
calendar-range-from-field = Début
calendar-range-to = au
calendar-range-to-field = Fin
calendar-date-hint = AAAA-MM-JJ
calendar-choose-hover = Choisir dans le calendrier : { $field }
calendar-button-name = Calendrier : { $field }
calendar-previous-month-hover = Mois précédent (Page Up)
calendar-previous-month = Mois précédent
calendar-next-month-hover = Mois suivant (Page Down)
calendar-next-month = Mois suivant
calendar-today = Aujourd'hui
calendar-keys = Flèches : jour / semaine · Page Up/Down : mois · Entrée : choisir · Échap : fermer
calendar-weekday-mon = lu
calendar-weekday-tue = ma
calendar-weekday-wed = me
calendar-weekday-thu = je
calendar-weekday-fri = ve
calendar-weekday-sat = sa
calendar-weekday-sun = di
model-category-work = Travail
model-category-project = Projet
model-category-career = Carrière
model-category-relationship = Relations
model-category-learning = Apprentissage
model-category-health = Santé
model-category-other = Autre
model-feedback-mentor = Mentor
model-feedback-peer = Collègue
model-feedback-client = Client
model-feedback-manager = Responsable
model-feedback-other = Autre
model-scale-mood = Humeur
model-scale-resilience = Résilience
model-scale-growth-mindset = État d'esprit de croissance
model-scale-mood-question = Comment te sens-tu aujourd'hui ?
model-scale-resilience-question = À quel point rebondis-tu en ce moment ?
model-scale-growth-mindset-question = À quel point crois-tu pouvoir grandir grâce à cela ?
model-scale-mood-low = Très mal
model-scale-mood-high = Très bien
model-scale-resilience-low = À terre
model-scale-resilience-high = Je rebondis
model-scale-growth-mindset-low = Bloqué
model-scale-growth-mindset-high = Je grandis
form-field-title = Titre
form-field-date = Date
form-field-recovered-on = Surmonté le
form-title-missing = Un revers a besoin d'un titre ; d'ici là, il apparaît comme « { $title } » dans la liste.
form-date-problem = Date : { $problem }
form-recovered-before = { $recovered } est avant le revers ({ $date })
form-recovered-problem = Surmonté le : { $problem }
form-not-a-date = « { $text } » n'est pas une date ; écris-la sous la forme AAAA-MM-JJ
form-in-future = { $day } est dans le futur (aujourd'hui, nous sommes le { $today })
setbacks-heading = Revers
setbacks-new-button = + Nouveau revers
setbacks-new-hover = Noter un revers pour aujourd'hui ({ $keys })
setbacks-count = { $count ->
    [one] { $count } revers
   *[other] { $count } revers
}
setbacks-count-filtered = { $shown } sur { $count ->
    [one] { $count } revers
   *[other] { $count } revers
}
setbacks-empty = Aucun revers pour l'instant. Quand quelque chose tourne mal — en grand ou en petit —, note-le ici et reviens y réfléchir. Chacun est une occasion d'apprendre.
setbacks-none-match = Aucun revers ne correspond à ces filtres.
setbacks-search = Rechercher
setbacks-search-hint = mots des titres, réflexions, leçons
setbacks-all-categories = Toutes les catégories
setbacks-category-filter = Filtre de catégorie
setbacks-any-status = Tous les statuts
setbacks-status-filter = Filtre de statut
setbacks-micro-only = Micro-échecs seulement
setbacks-factor-chip = Facteur : { $factor } ×
setbacks-factor-chip-hover = Revers qui citent ce facteur ; clique pour tout afficher
setbacks-factor-chip-name = Retirer le filtre de facteur { $factor }
setbacks-clear-filters = Effacer les filtres
setbacks-pick = Choisis un revers à gauche, ou note-en un nouveau.
setbacks-pick-explanation = Réfléchis à ce qui s'est passé, demande des retours et note ce que tu en as appris — la fêlure devient une part de l'histoire.
setbacks-editor-heading = Revers
setbacks-editor-heading-new = Nouveau revers
setbacks-delete = Supprimer…
setbacks-close-hover = Fermer l'éditeur ; tes modifications sont déjà gardées
setbacks-new-explanation = Il est gardé dès ta première modification ; donne-lui un titre, le reste peut venir plus tard.
setbacks-delete-message = « { $title } » et sa réflexion seront supprimés. Tu peux annuler avec { $keys }.
setbacks-delete-heading = Supprimer ce revers ?
setbacks-delete-confirm = Supprimer le revers
setbacks-orphan-heading = Garder la compétence ?
setbacks-orphan-message = « { $name } » n'est plus liée à aucun revers. La garder dans tes compétences, ou la supprimer ?
setbacks-orphan-keep = Garder la compétence
setbacks-orphan-delete = Supprimer la compétence
setbacks-status-open = Ouvert
setbacks-status-reflected = Analysé
setbacks-status-recovered = Surmonté
setbacks-row-details = { $date } · { $category } · gravité { $severity }{ $micro ->
    [yes] {" "}· micro-échec
   *[no] {""}
} · { $status }
setbacks-row-flag = un champ demande ton attention
setbacks-skill-not-linked = Pas encore liée : choisis une compétence, ou appuie sur Entrée pour la créer.
setbacks-category-not-applied = Pas encore appliquée : appuie sur Entrée pour utiliser cette catégorie.
setbacks-step-new = nouveau revers
setbacks-step-typing = saisie dans { $field }
setbacks-step-editing = modification du revers
setbacks-step-changing = changement de { $field }
setbacks-step-create-skill = création de la compétence « { $name } »
setbacks-field-category = Catégorie
setbacks-field-severity = Gravité
setbacks-field-micro-failure = Micro-échec
setbacks-field-status = Statut
setbacks-field-what-happened = Ce qui s'est passé
setbacks-field-contributing-factors = Facteurs en jeu
setbacks-field-do-differently = Ce que je ferai autrement
setbacks-field-feedback = Retours
setbacks-field-lessons = Leçons
setbacks-field-skills = Compétences acquises
setbacks-practice-heading = Passer à la pratique
setbacks-practice-prompt = Fais d'une leçon une chose à tenter la prochaine fois — puis dis si ça a marché.
setbacks-practice-change = Modifier…
setbacks-practice-change-hover = Changer ce qu'il faut tenter, quand, ou la compétence travaillée
setbacks-practice-none = Pas encore d'expérience.
setbacks-practice-lesson = Leçon
setbacks-practice-make = En faire une expérience
setbacks-practice-make-hover = Prévoir de le tenter d'ici deux semaines (modifiable ensuite)
setbacks-practice-already = Déjà une expérience
setbacks-practice-make-name = En faire une expérience : { $text }
setbacks-practice-source = { $kind } : { $text }
setbacks-echoes-heading = Causes déjà rencontrées
setbacks-echoes-factor = { $factor } — aussi dans { $count ->
    [one] { $count } revers précédent
   *[other] { $count } revers précédents
}
setbacks-echoes-see = Les voir
setbacks-echoes-see-hover = Lister les revers avec ce facteur
setbacks-echoes-make-name = Créer une expérience contre { $factor }
setbacks-echoes-plan-text = La prochaine fois, je préviens « { $factor } » en
setbacks-title-hint = Ce qui a mal tourné, en quelques mots
setbacks-new-category-hint = ou une nouvelle
setbacks-new-category = Nouvelle catégorie
setbacks-micro-failure-hover = Un petit faux pas plutôt qu'un grand événement. Leurs motifs valent le coup d'œil.
setbacks-new-category-problem = Nouvelle catégorie « { $name } » : { $problem }
setbacks-date-future = un revers ne peut pas être dans le futur
setbacks-recovered-on = le
setbacks-recovery-future = un rétablissement ne peut pas être dans le futur
setbacks-recovery-before = avant le revers
setbacks-severity-1 = une égratignure
setbacks-severity-2 = ça a piqué
setbacks-severity-3 = un vrai coup
setbacks-severity-4 = un coup dur
setbacks-severity-5 = un revers majeur
setbacks-reflect-heading = Réfléchir et analyser
setbacks-reflect-prompt = Regarde-le comme un observateur curieux : que s'est-il passé, et qu'est-ce qui y a mené ?
setbacks-what-happened-hint = Décris-le simplement, sans te juger.
setbacks-contributing-factor = Facteur en jeu
setbacks-contributing-factor-hint = un petit faux pas, une circonstance, une supposition…
setbacks-do-differently-hint = La prochaine fois, je…
setbacks-feedback-heading = Demander des retours
setbacks-feedback-prompt = Qui pourrait t'aider à le voir autrement ? Un mentor, un collègue, un client, ton responsable.
setbacks-learning-heading = Continuer d'apprendre
setbacks-learning-prompt = Qu'est-ce que tu en retiens pour la suite ?
setbacks-lesson-hint = une leçon en une phrase
setbacks-feedback-source = Retour { $number } : source
setbacks-feedback-name-hint = nom (facultatif)
setbacks-feedback-name = Retour { $number } : nom
setbacks-feedback-remove = Retirer le retour { $number }
setbacks-feedback-insight-hint = Qu'a-t-on dit ? Quel est l'enseignement, avec tes mots ?
setbacks-feedback-insight = Retour { $number } : enseignement
setbacks-feedback-add = + Ajouter un retour
setbacks-skills-prompt = Quelle compétence cela t'a-t-il poussé à développer ?
setbacks-deleted-skill = (compétence supprimée)
setbacks-skill-remove = Retirer la compétence { $name }
setbacks-skill-unlink-hover = Délier « { $name } » de ce revers
setbacks-skills-none = Aucune compétence liée pour l'instant.
setbacks-skill-add = Ajouter une compétence
setbacks-skill-add-hint = tape pour trouver ou créer une compétence
setbacks-skill-link-hover = Lier cette compétence
setbacks-skill-create = Créer « { $name } »
skills-heading = Compétences
skills-search = Rechercher
skills-search-hint = nom ou catégorie de la compétence
skills-count = { $count ->
    [one] { $count } compétence
   *[other] { $count } compétences
}
skills-empty = Pas encore de compétences. Quand tu réfléchis à un revers, note les compétences qu'il t'a poussé à développer — elles apparaissent ici.
skills-row-flag = le nom demande ton attention
skills-not-linked = non liée
skills-since = depuis { $date }
skills-row-details = Niveau { $level } · { $since } · { $count ->
    [one] { $count } revers
   *[other] { $count } revers
}
skills-pick = Choisis une compétence pour voir d'où elle vient et comment elle a grandi.
skills-delete = Supprimer…
skills-step-level = niveau de « { $name } »
skills-step-remove-level = retrait d'un niveau de « { $name } »
skills-field-notes = Notes
skills-notes-hint = Comment tu la pratiques, ressources, quoi tenter ensuite
skills-step-typing = saisie dans { $field }
skills-field-name = Nom
skills-name-taken = Une compétence s'appelle déjà « { $other } » ; la compétence garde le nom « { $name } » tant que ce n'est pas changé.
skills-name-missing = Une compétence a besoin d'un nom ; elle garde le nom « { $name } » en attendant.
skills-field-category = Catégorie
skills-merge-message = « { $from } » sera fusionnée dans « { $into } » : ses revers, son historique de niveaux et ses notes y passent, et « { $from } » est supprimée.
skills-merge-confirm = Fusionner dans « { $into } »
skills-merge-heading = Fusionner les deux compétences ?
skills-merge-cancel = Les garder séparées
skills-step-merge = fusion de « { $from } » dans « { $into } »
skills-delete-message = « { $name } » sera supprimée, avec ses liens aux revers. Tu peux annuler avec { $keys }.
skills-delete-heading = Supprimer cette compétence ?
skills-delete-confirm = Supprimer la compétence
skills-came-from = Vient de
skills-came-from-link = { $title } · { $date }
skills-open-setback-name = Ouvrir le revers { $title }
skills-open-setback-hover = Ouvrir ce revers
skills-came-from-none = Aucun revers n'est lié à cette compétence.
skills-level-history = Historique des niveaux
skills-level-value = Niveau { $level }
skills-level-remove = Retirer le changement de niveau du { $date }
skills-category-hint = par ex. Communication
skills-first-acquired = Acquise le
skills-first-acquired-hover = La date du premier revers dont elle vient.
skills-field-level = Niveau
skills-level-scale = 1 débutant · 5 maîtrisé

## Progress, insights and exported charts

insights-date-range = { $from } – { $to }
insights-days =
    { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
insights-trend-rising = en hausse
insights-trend-falling = en baisse
insights-trend-steady = stable
insights-rating-mood = humeur
insights-rating-resilience = résilience
insights-rating-growth-mindset = état d'esprit de croissance
insights-recoveries-faster = Tu rebondis plus vite
insights-recoveries-slower = Tu rebondis plus lentement
insights-recoveries-same = Le rebond prend à peu près autant de temps qu'avant
insights-pattern = { $count } micro-échecs en { $category } en { $span } jours, { $from }–{ $to }
insights-tag-sentence = Les jours avec l'étiquette { $tag } : { $figures }
insights-tag-figures = { $rating } { $mean } contre { $other } les autres jours ({ $days } contre { $other_days } jours)
insights-tag-with-difference = { $sentence } ({ $difference })
insights-tags-none = Étiquettes : aucune n'a { $days } jours avec et { $days } sans sur cette période
insights-tags-same = Étiquettes : les jours avec et sans chaque étiquette ont à peu près les mêmes moyennes
insights-by-weekday = { $rating } par jour de la semaine : { $profile }
insights-weekday-mean = { $weekday } { $mean } ({ $days })
insights-weekday-no-mean = { $weekday } – (0)
insights-recovery-needs = Rebond par catégorie : il faut { $count } revers avec un délai de rebond dans une catégorie
insights-recovery-in = Rebond en { $sentence }
insights-category-sentence = { $category } : { $figures }
insights-category-figures =
    médiane { $median } { $days ->
        [one] jour
       *[other] jours
    } sur { $count } revers
insights-carry-over-fresh = chaque jour repart de zéro
insights-carry-over-a-little = l'humeur persiste un peu
insights-carry-over-linger = l'humeur persiste
insights-carry-over-sentence = Report d'humeur { $value } : { $words } ({ $pairs } paires de jours consécutifs)
insights-carry-over-needs-pairs = Report d'humeur : il faut { $needed } paires de jours consécutifs avec une humeur ({ $pairs } pour l'instant)
insights-carry-over-needs-variety = Report d'humeur : il faut une humeur qui varie d'un jour à l'autre
insights-week-of = Semaine du { $date }
insights-resolution-daily = par jour
insights-resolution-weekly = moyennes hebdomadaires
insights-resolution-monthly = moyennes mensuelles
progress-lane-micro-failures = { $category } : micro-échecs
progress-lane-setbacks = { $category } : revers, gravité { $severity }
progress-lane-bounce-not-measured = délai de rebond : pas encore mesuré
progress-lane-bounced-back =
    rebond en { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
progress-lane-setback-hover =
    { $title }
    { $category } : { $kind ->
        [micro-failure] micro-échec
       *[setback] revers
    } · gravité { $severity } · { $date }
    { $bounce }
    Clique pour l'ouvrir
progress-lane-skills = Compétences acquises
progress-lane-skill =
    Compétence : { $skill }
    acquise le { $date }
progress-lane-skill-from =
    Compétence : { $skill }
    acquise le { $date }
    grâce à « { $title } »
progress-lane-reviews = Bilans de la semaine
progress-lane-review = Bilan de la semaine, { $from } – { $to }
progress-lane-review-rating = la semaine : { $rating }/10
progress-lane-review-lesson = retenu : { $lesson }
progress-lane-group =
    { $low }–{ $high } revers par { $period ->
        [week] semaine
        [month] mois
       *[year] an
    } (surtout { $category })
progress-lane-group-hover =
    { $period } : { $count } revers ({ $micro } micro-échecs)
    { $breakdown }
    Clique pour zoomer
progress-lane-title = Revers et compétences
progress-lane-help = Revers : couleur selon la catégorie, taille selon la gravité ; les micro-échecs sont de petits cercles vides. Losanges dorés : compétences, le jour de leur première acquisition. Carrés vides : bilans de la semaine (en vue par jour). Clique sur un revers pour l'ouvrir.
progress-lane-row-setbacks = revers
progress-lane-row-skills = compétences
chart-title = Kintsugi · évaluations, revers et compétences · { $range } ({ $resolution })
chart-rating-axis = évaluation (1–10)
chart-series-average = { $rating } (moyenne sur 7 jours)
chart-series-weekly = { $rating } (moyenne hebdomadaire, bande : min–max)
chart-series-monthly = { $rating } (moyenne mensuelle, bande : min–max)
chart-lane-note = taille = gravité · vide = micro-échec · losange doré = compétence acquise
chart-lane-note-grouped =
    un cercle par { $period ->
        [week] semaine
        [month] mois
       *[year] an
    } (couleur : catégorie la plus fréquente, taille : combien) · losange doré = compétence
chart-better-days-heading = Ce qui accompagne les meilleurs jours — des comparaisons entre jours, pas des causes
progress-preset-four-weeks = 4 semaines
progress-preset-three-months = 3 mois
progress-preset-six-months = 6 mois
progress-preset-one-year = 1 an
progress-preset-all = Tout
progress-preset-custom = Personnalisée
progress-heading = Progrès
progress-preset-accessible = Période { $preset }
progress-show-range = Afficher la période
progress-show-rating = Afficher { $rating }
progress-show-rating-help = Afficher ou masquer cette évaluation sur le graphique
progress-resolution-auto = Auto ({ $resolution })
progress-resolution = Résolution
progress-reset-view = Réinitialiser la vue
progress-reset-view-help = Revenir à la période choisie (ou double-clic sur le graphique)
progress-export-chart = Exporter le graphique…
progress-export-chart-help = Enregistrer ce graphique en PNG ou SVG ({ $keys })
progress-copy-chart = Copier le graphique
progress-copy-chart-help = Mettre ce graphique dans le presse-papiers en image
progress-report = Rapport pour un mentor…
progress-report-help = Un rapport PDF ou Markdown de cette période : tu choisis ce qu'il contient
progress-range-reversed = La période commence ({ $from }) après sa fin ({ $to }).
progress-range-format = Écris les dates sous la forme AAAA-MM-JJ, par ex. 2026-03-01.
progress-heatmap-no-check-in = pas de point du jour
progress-heatmap-mood = humeur { $mood }
progress-heatmap-day = { $date }, { $mood }
progress-heatmap-day-setback = { $date }, { $mood } · revers : { $title }
progress-heatmap-day-setbacks = { $date }, { $mood } · { $count } revers
progress-series-rating = { $rating } : évaluation
progress-series-average = { $rating } : moyenne sur 7 jours
progress-series-weekly = { $rating } : moyenne hebdomadaire
progress-series-monthly = { $rating } : moyenne mensuelle
progress-series-band = { $rating } : écart
progress-bucket-hover =
    { $name } { $mean }
    { $from } – { $to }
    min. { $lowest }, max. { $highest } ({ $count ->
        [one] { $count } point du jour
       *[other] { $count } points du jour
    })
progress-point-hover =
    { $name } { $value }
    { $date }
progress-legend-shapes = · vide = micro-échec · taille = gravité
progress-legend-skill = · losange doré = compétence acquise
progress-empty = Tes progrès apparaîtront ici dès que tu auras quelques points du jour. Commence sur l'écran Aujourd'hui — une minute par jour suffit.
progress-chart-range = { $range } · { $resolution }
progress-ratings = Évaluations
progress-ratings-help = Au-delà de quelques mois, le graphique montre des moyennes hebdomadaires, au-delà de quelques années des moyennes mensuelles, chacune avec son évaluation la plus basse et la plus haute en bande. Zoome (Ctrl+molette, un cadre tracé avec le bouton droit, ou + et - ; Gauche et Droite pour se déplacer) pour revoir les points quotidiens, ou choisis une résolution.
progress-heatmap-title = Une année en pixels
progress-heatmap-help = Chaque carré est un jour, coloré selon l'humeur ; un point marque un revers. Clique sur un jour pour l'ouvrir sur l'écran Aujourd'hui.
progress-previous-year = Année précédente
progress-next-year = Année suivante
progress-insights = Observations
progress-no-ratings = Aucune évaluation sur cette période.
progress-mean = moyenne { $mean }
progress-mean-change = moyenne { $mean } ({ $change } par rapport aux { $days } jours précédents)
progress-mean-help = Moyenne des points du jour de la période qui ont cette évaluation ; les jours manquants ne comptent pas comme zéro.
progress-trend-needs = tendance : il faut des points du jour sur au moins 2 jours
progress-trend = { $words } ({ $slope } sur 30 jours)
progress-trend-help = Pente de l'évaluation selon le jour (moindres carrés), multipliée par 30.
progress-coverage =
    { $count ->
        [one] { $count } point du jour
       *[other] { $count } points du jour
    } · { $share } des jours · série { $streak } (plus longue { $longest })
progress-coverage-help = Couverture = jours avec un point du jour / jours de la période. La série en cours se termine le dernier jour de la période (ou la veille).
progress-setbacks-count =
    { $count } revers, { $micro ->
        [one] { $micro } micro-échec
       *[other] { $micro } micro-échecs
    }
progress-bounce-back = Délai de rebond médian : { $median } jours
progress-bounce-back-needs = Délai de rebond : il faut 3 points du jour avec humeur dans les 14 jours avant un revers
progress-bounce-back-help = Pour chaque revers : les jours avant que l'humeur moyenne des 3 derniers jours revienne à la moyenne des 14 jours qui le précèdent. La médiane porte sur les revers de la période qui ont une valeur.
progress-recoveries = { $words } : médiane { $first } jours, puis { $second } jours
progress-recoveries-help = Délai de rebond médian de la première moitié des revers de la période face à la seconde.
progress-recoveries-needs = Rebonds plus rapides ou plus lents : il faut 4 revers avec un délai de rebond
progress-skills-acquired =
    { $count ->
        [one] { $count } compétence acquise
       *[other] { $count } compétences acquises
    }
progress-skills-acquired-help = Compétences dont la date de première acquisition tombe dans la période.
progress-list-and-more = { $list } et { $count } de plus
progress-patterns = Schémas de micro-échecs
progress-patterns-help = Trois micro-échecs ou plus de la même catégorie en 14 jours ; les séries qui se chevauchent sont fusionnées.
progress-patterns-none = Aucun sur cette période.
progress-and-more = et { $count } de plus
progress-recurring-causes = Causes récurrentes
progress-recurring-causes-help = Facteurs notés sur au moins deux revers de la période, comparés sans tenir compte de la casse, des accents, de la ponctuation ni du s du pluriel.
progress-recurring-causes-none = Aucun facteur ne revient deux fois sur cette période. Les facteurs que tu notes sur tes revers sont comparés ici.
progress-factor-link-help = Afficher les revers qui le mentionnent
progress-factor-figures = dans { $count } revers depuis le { $date } ({ $categories })
progress-lessons = Des leçons à la pratique
progress-lessons-help = Les expériences tirées des leçons de cette période, et si elles ont été tentées.
progress-experiments-planned = Expériences prévues :
progress-experiments-planned-help = Expériences créées sur cette période.
progress-tried = Tentées :
progress-tried-figures = { $count } — { $worked } réussies, { $partly } en partie, { $didnt } non
progress-tried-help = Expériences tentées sur cette période, selon le résultat.
progress-dropped = Abandonnées :
progress-dropped-help = Expériences abandonnées sur cette période.
progress-days-to-first-try = Jours avant le premier essai :
progress-days-to-first-try-median = { $days } (médiane)
progress-days-to-first-try-help = Médiane, sur les revers de la période avec une expérience tentée, des jours entre le revers et le premier essai.
progress-put-into-practice = Revers mis en pratique :
progress-put-into-practice-share = { $percent } % sur { $count }
progress-put-into-practice-help = La part des revers de la période avec au moins une expérience tentée.
progress-better-days = Ce qui accompagne les meilleurs jours
progress-better-days-subtitle = { $range } · des comparaisons entre jours, pas des causes
progress-better-days-help = Chaque chiffre compare des jours de la période à d'autres jours de la période. Une différence dit ce qui tend à aller ensemble, pas ce qui cause quoi ; avec peu de jours, ce peut être du hasard.
progress-tags-help = Évaluation moyenne des points du jour de la période qui portent l'étiquette face à ceux qui ne la portent pas, chaque fois sur les points du jour qui ont cette évaluation. Les étiquettes sont regroupées sans tenir compte des majuscules. Une étiquette est comparée dès qu'elle a 5 jours avec et 5 sans ; les plus grands écarts, vers le haut et vers le bas, sont listés.
progress-weekday-help = Moyenne de cette évaluation pour chaque jour de la semaine de la période, sur les points du jour qui l'ont. Survole une barre pour voir son nombre de jours.
progress-recovery-help = Pour chaque catégorie avec au moins 2 revers de la période qui ont un délai de rebond : combien, et la médiane de ces délais (jours avant que l'humeur moyenne des 3 derniers jours revienne à la moyenne des 14 jours avant le revers).
progress-carry-over-help = La corrélation (Pearson) de l'humeur de chaque jour avec celle de la veille, sur les paires de jours consécutifs de la période qui ont tous deux une humeur ; il faut 10 paires. Sous 0,2 : chaque jour repart de zéro ; de 0,2 à 0,5 : l'humeur persiste un peu ; au-dessus de 0,5 : l'humeur persiste. Dans la recherche sur l'inertie émotionnelle, une valeur élevée va avec un rebond plus lent.
progress-no-rating-of = Aucune évaluation de { $rating } sur cette période.
progress-tags-needed = Étiquettes : il faut { $days } jours avec une étiquette et { $days } sans.
progress-tags-same = Les jours avec et sans chaque étiquette ont à peu près la même moyenne.
progress-tag-link-help = Afficher tous les jours avec l'étiquette « { $tag } » sur l'écran Journal
progress-tag-link-accessible = Afficher les jours avec l'étiquette { $tag }
progress-row-figures = {"\u00A0"}: { $figures }
progress-tag-difference = Écart { $difference }
progress-on-days-tagged = Les jours avec l'étiquette{" "}
progress-weekday-initials =
    { $weekday ->
        [1] lu
        [2] ma
        [3] me
        [4] je
        [5] ve
        [6] sa
       *[7] di
    }
progress-weekday-mean =
    { $weekday ->
        [1] Le lundi
        [2] Le mardi
        [3] Le mercredi
        [4] Le jeudi
        [5] Le vendredi
        [6] Le samedi
       *[7] Le dimanche
    } : { $rating } { $mean } en moyenne sur { $days }
progress-weekday-no-ratings =
    { $weekday ->
        [1] Le lundi
        [2] Le mardi
        [3] Le mercredi
        [4] Le jeudi
        [5] Le vendredi
        [6] Le samedi
       *[7] Le dimanche
    } : aucune évaluation de { $rating } sur cette période
progress-recovery-needed = Il faut { $count } revers avec un délai de rebond dans une catégorie.
progress-category-link-help = Afficher les revers { $category } sur l'écran Revers
progress-category-link-accessible = Afficher les revers { $category }
progress-carry-over = { $value } : { $words } ({ $pairs } paires de jours consécutifs)
progress-carry-over-needs-pairs = Il faut { $needed } paires de jours consécutifs avec une humeur ({ $pairs } pour l'instant).
progress-carry-over-needs-variety = Il faut une humeur qui varie d'un jour à l'autre.
progress-by-weekday = Par jour de la semaine
progress-recovery-by-category = Rebond par catégorie
progress-carry-over-title = Report d'humeur

## Journal, experiments and the weekly review

experiment-outcome-worked = Ça a marché
experiment-outcome-partly = Ça a marché en partie
experiment-outcome-didnt = Ça n'a pas marché
experiment-filter-all = Toutes
experiment-filter-open = Ouvertes
experiment-filter-due = À tenter
experiment-filter-tried = Tentées
experiment-filter-dropped = Abandonnées
experiment-answer-open = Ouverte
experiment-answer-tried = Tentée le { $date } : { $outcome }
experiment-answer-dropped = Abandonnée le { $date }
experiment-answer-with-words = { $answer } — { $words }
experiment-when-by = d'ici le { $date }
search-field-note = Note
search-field-tag = Étiquette
search-field-title = Titre
search-field-what-happened = Ce qui s'est passé
search-field-contributing-factor = Facteur en jeu
search-field-do-differently = À faire autrement
search-field-feedback-from = Retour de
search-field-feedback = Retour
search-field-lesson = Leçon
search-field-skill = Compétence
search-field-experiment = Expérience
search-field-how-it-went = Comment ça s'est passé
search-field-why-dropped = Pourquoi abandonnée
search-field-when = Quand
search-field-went-well = Ce qui s'est bien passé
search-field-lesson-carried-on = Leçon retenue
search-rating = { $scale } : { $value }
search-check-in = Point du jour
search-check-in-with-ratings = Point du jour · { $ratings }
search-setback-heading = Revers · { $title }
search-micro-failure-heading = Micro-échec · { $title }
search-experiment-open = Expérience · ouverte · { $text }
search-experiment-tried = Expérience · tentée, { $outcome ->
    [worked] ça a marché
    [partly] ça a marché en partie
   *[didnt] ça n'a pas marché
} · { $text }
search-experiment-dropped = Expérience · abandonnée · { $text }
search-from-setback = Du revers « { $title } » ({ $status ->
    [open] ouvert
    [reflected] analysé
   *[recovered] surmonté
})
search-review-rated = Bilan de la semaine · { $from } – { $to } · noté { $rating } sur 10
search-review-not-rated = Bilan de la semaine · { $from } – { $to } · non noté
journal-field-label = { $field } :
journal-ratings-only = Évaluations seulement
journal-nothing-written = Rien d'écrit
journal-row-name = { $date } : { $heading }
journal-open-it = Ouvrir
journal-title = Journal
journal-search-label = Rechercher
journal-search-hint = mots des notes, étiquettes, réflexions, leçons, expériences…
journal-search-hover = Trouve les entrées qui contiennent tous les mots tapés, sans tenir compte des majuscules ni des accents ({ $keys })
journal-clear = Effacer la recherche et les filtres
journal-show = Afficher
journal-kind-everything = Tout
journal-kind-check-ins = Points du jour
journal-kind-setbacks = Revers
journal-kind-experiments = Expériences
journal-kind-reviews = Bilans
journal-show-kind = Afficher : { $kind }
journal-tag = Étiquette
journal-tag-any = toutes
journal-tag-filter = Filtre par étiquette
journal-dates-reversed = La première date est après la seconde.
journal-dates-unreadable = Écris les dates sous la forme AAAA-MM-JJ, par ex. 2026-03-01.
journal-empty = Rien d'écrit pour l'instant : les points du jour, revers, expériences et bilans s'affichent ici, du plus récent au plus ancien.
journal-count-all = { $count ->
    [one] { $shown } entrée
   *[other] { $shown } entrées
}, de la plus récente à la plus ancienne
journal-no-match = Aucune entrée ne correspond : essaie avec moins de mots ou efface les filtres.
journal-count-found = Résultats : { $found } sur { $count ->
    [one] { $total } entrée
   *[other] { $total } entrées
}
journal-digit-group = { "\u00A0" }
practice-experiments-title = Expériences
practice-experiments-intro = Ce que tes leçons sont devenues : une chose à tenter la prochaine fois, et comment ça s'est passé.
practice-filter-chip = { $filter } ({ $count })
practice-filter-hover = Afficher { $filter ->
    [all] toutes les expériences
    [open] les expériences ouvertes
    [due] les expériences à tenter
    [tried] les expériences tentées
   *[dropped] les expériences abandonnées
}
practice-experiments-empty = Pas encore d'expérience. Ouvre un revers et, à côté d'une leçon ou de « Ce que je ferai autrement », choisis « En faire une expérience ».
practice-filter-empty = { $filter ->
    [all] Aucune expérience.
    [open] Aucune expérience ouverte.
    [due] Aucune expérience à tenter.
    [tried] Aucune expérience tentée.
   *[dropped] Aucune expérience abandonnée.
}
practice-show-more = Afficher { $count } de plus
practice-delete-heading = Supprimer cette expérience ?
practice-delete-message = Elle disparaît de la liste et des chiffres. Tu peux l'annuler.
practice-delete-keep = La garder
practice-badge-due = À tenter
practice-badge-open = Ouverte
practice-badge-tried = Tentée
practice-badge-dropped = Abandonnée
practice-delete-button = Supprimer…
practice-delete-hover = Supprimer cette expérience (tu peux l'annuler)
practice-delete-name = Supprimer l'expérience { $text }
practice-from = · issue de
practice-open-setback = Ouvrir le revers d'où elle vient
practice-trains = · exerce { $skill }
practice-undo-trying = l'essai de « { $text } »
practice-tried-toast = « { $text } » tentée : { $outcome ->
    [worked] ça a marché
    [partly] ça a marché en partie
   *[didnt] ça n'a pas marché
}.
practice-undo-putting-off = le report de « { $text } »
practice-not-yet-toast = « { $text } » reviendra dans { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}.
practice-undo-dropping = l'abandon de « { $text } »
practice-dropped-toast = « { $text } » abandonnée.
practice-proposal-message = Tu as tenté « { $experiment } », qui exerce { $skill } (niveau { $from }). La passer au niveau { $to } ?
practice-proposal-message-first = Tu as tenté « { $experiment } », qui exerce { $skill } (pas encore de niveau). La passer au niveau { $to } ?
practice-proposal-heading = Faire progresser la compétence ?
practice-proposal-raise = Passer au niveau { $to }
practice-proposal-keep = La laisser telle quelle
practice-answer-tried = ✔ Tentée
practice-answer-tried-hover = Dis comment ça s'est passé
practice-answer-not-yet = Pas encore
practice-answer-not-yet-hover = Redemander dans { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
practice-answer-drop = L'abandonner
practice-answer-drop-hover = Y renoncer, en disant pourquoi
practice-answer-how = Comment ça s'est passé ?
practice-answer-what-happened = Ce qui s'est passé (facultatif)
practice-answer-what-happened-hint = Une ligne sur comment ça s'est passé
practice-answer-save = Enregistrer la réponse
practice-answer-why-drop = Pourquoi l'abandonner ? (facultatif)
practice-answer-why-drop-hint = par ex. le projet est terminé
practice-answer-drop-name = Abandonner l'expérience
practice-plan-problem-text = Écris en une phrase ce que tu vas tenter.
practice-plan-problem-date = Écris la date sous la forme AAAA-MM-JJ, ou choisis-la dans le calendrier.
practice-plan-problem-situation = Dis quand l'occasion se présente, par ex. « la prochaine fois que je présente ».
practice-plan-when = Quand
practice-plan-by-date = D'ici une date
practice-plan-when-it-comes-up = Quand l'occasion se présente
practice-plan-try-by = À tenter d'ici le
practice-plan-try-by-field = Date limite
practice-plan-situation = La situation
practice-plan-situation-hint = par ex. la prochaine fois que je présente à la direction
practice-plan-skill = Compétence exercée
practice-plan-skill-none = Aucune
practice-plan-heading-change = Modifier l'expérience
practice-plan-heading-make = En faire une expérience
practice-plan-from = Issue de « { $title } »
practice-plan-text = Ce que je vais tenter
practice-plan-text-hint = par ex. Demander une répétition avant de présenter
practice-plan-save = Enregistrer les modifications
practice-plan-make = Créer l'expérience
practice-planned-by-toast = « { $text } » prévue — à tenter d'ici le { $date }.
practice-planned-when-toast = « { $text } » prévue — à tenter : { $situation }.
practice-undo-planning = la planification de « { $text } »
practice-undo-changing = la modification de « { $text } »
practice-changed-toast = « { $text } » modifiée.
practice-undo-raising = le passage de « { $skill } » au niveau { $level }
practice-raised-toast = « { $skill } » est maintenant au niveau { $level }.
practice-undo-deleting = la suppression de « { $text } »
practice-deleted-toast = « { $text } » supprimée.
practice-undo-writing-review = la rédaction du bilan de la semaine
practice-review-not-kept = Le bilan n'a pas pu être gardé : { $error }
practice-review-saved-toast = Ton bilan de la semaine est enregistré.
review-title = Fais le bilan de ta semaine
review-period = { $from } – { $to }
review-intro = Quelques minutes pour regarder en arrière : les jours depuis ton dernier bilan (quatre semaines au plus).
review-went-well = Ce qui s'est bien passé
review-went-well-hint = Quelque chose qui s'est bien passé, même petit
review-week-question = Comment s'est passée la semaine, dans l'ensemble ?
review-week-rating = Évaluation de la semaine
review-kept-as-you-type = Ce que tu écris ici est gardé au fil de la frappe, comme tout le reste.
review-done-hover = Fermer le bilan ; il est gardé
review-back = Retour à Aujourd'hui
review-back-hover = Quitter le bilan pour l'instant ; tu y reviendras depuis Aujourd'hui
review-ratings-heading = Tes évaluations, comparées aux jours d'avant
review-this-period = Cette période
review-period-before = La période d'avant
review-mean-days = { $mean } ({ $days ->
    [one] { $days } jour
   *[other] { $days } jours
})
review-line-before = { $scale }, avant
review-faint-lines = Lignes pâles : les mêmes jours de la période d'avant.
review-setback-link = { $title } · { $date }
review-no-next-step = pas encore de prochaine étape écrite
review-next-step = ensuite : { $step }
review-setbacks = Revers
review-no-setbacks = Aucun sur cette période.
review-still-open = Encore ouverts d'avant
review-and-more = et { $count } de plus
review-experiments = Expériences
review-no-experiments = Aucune à tenter ni tentée sur cette période.
review-experiment-due = À tenter : { $text } ({ $when })
review-experiment-tried = Tentée : { $text } — { $status ->
    [worked] ça a marché
    [partly] ça a marché en partie
    [didnt] ça n'a pas marché
   *[other] { $status }
}
review-feedback = Retours reçus
review-feedback-line = { $from } : « { $insight } »
review-lesson = Une leçon à emporter dans la semaine qui vient
review-lessons-from-period = De cette période :
review-carry-lesson = Emporter cette leçon
review-lesson-hint = Choisis-en une ci-dessus, ou écris la tienne

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
menu-undo-step = Annuler « { $step } »
menu-redo-step = Rétablir « { $step } »
menu-nothing-to-undo = Rien à annuler
menu-nothing-to-redo = Rien à rétablir
menu-merge-from-disk = Fusionner les changements du disque
menu-merge-from-disk-hover = Lire le fichier du journal maintenant et fusionner ce qu'un autre ordinateur (ou un outil de synchronisation) y a écrit ; Kintsugi le fait aussi tout seul quand le fichier change
menu-merge-from-disk-disabled = Seul un journal ouvert en écriture suit son fichier
menu-new-journal = Nouveau journal…
menu-open = Ouvrir…
menu-open-recent = Journaux récents
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
help-about-tagline = Transforme tes revers professionnels en croissance : la fêlure fait partie de l'histoire.
help-about-journal = Ton journal
help-about-in-memory = en mémoire seulement (démo)
help-about-backups = Sauvegardes : { $folder }
help-about-private = Rien ne quitte cet ordinateur.
shortcuts-everywhere = Partout
shortcuts-on-today = Dans Aujourd'hui
shortcuts-on-setbacks = Dans Revers
shortcuts-on-progress-chart = Sur le graphique de Progrès
shortcuts-calendar-keys = Dans un calendrier : les flèches avancent d'un jour ou d'une semaine, Page Up/Down d'un mois, Home/End vont aux bouts de la semaine, Entrée choisit, Échap ferme.
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
window-read-only-banner = Lecture seule : { $reason } Modifier, importer, restaurer et annuler sont désactivés.
window-try-again = Réessayer
window-try-again-hover = Ouvrir le journal en écriture s'il est libre maintenant
window-save-failed = Tes changements n'ont pas pu être enregistrés : { $error }. Ils restent dans cette fenêtre, et Kintsugi continue d'essayer.
window-retry = Réessayer
window-save-copy-elsewhere = Enregistrer une copie ailleurs…
window-not-available = Indisponible : { $reason }
window-clear-rating = Effacer
window-clear-rating-hover = Retirer l'évaluation « { $scale } » de ce jour
window-clear-rating-name = Effacer { $scale }
window-tags = Étiquettes
window-remove-tag-hover = Retirer l'étiquette « { $tag } »
window-remove-tag-name = Retirer l'étiquette { $tag }
window-tag-hint = ajoute une étiquette, appuie sur Entrée
window-add-this-tag = Ajouter cette étiquette
window-list-remove = Retirer { $item } { $number }
window-list-move-up = Monter { $item } { $number }
window-list-move-down = Descendre { $item } { $number }
window-list-add = Ajouter
window-list-add-name = Ajouter : { $item }
window-list-new-name = Nouveau : { $item }
quit-save-failed-title = Tes changements n'ont pas pu être enregistrés
quit-save-failed-lost = Si tu quittes maintenant, les changements depuis le dernier enregistrement sont perdus.
quit-try-again = Réessayer
quit-keep-open = Garder la fenêtre ouverte
quit-without-saving = Quitter sans enregistrer
quit-review-heading = Du texte n'est pas encore dans ton journal
quit-review-explanation = Ces champs contiennent du texte que le journal n'a pas pu accepter. Reviens-y pour le corriger, ou abandonne juste ce texte : tout le reste est déjà enregistré.
quit-kept-text = « { $text } »
quit-go-to-it = Y aller
quit-discard-text = Abandonner ce texte
quit-discard-all = Tout abandonner et quitter
quit-keep-working = Continuer à travailler
quit-field-of-setback = { $field } du revers « { $title } »
quit-field-of-new-setback = { $field } d'un nouveau revers
quit-skill-search-of-setback = Ajouter une compétence, au revers « { $title } »
quit-skill-search-of-new-setback = Ajouter une compétence, à un nouveau revers
quit-new-category-of-setback = Nouvelle catégorie, au revers « { $title } »
quit-new-category-of-new-setback = Nouvelle catégorie, à un nouveau revers
quit-skill-name = Nom de la compétence « { $name } »
quit-skill-name-unknown = Le nom d'une compétence
files-filter-journal = Journal Kintsugi
files-new-journal-title = Créer un nouveau journal Kintsugi
files-open-title = Ouvrir un journal Kintsugi
files-save-copy-title = Enregistrer une copie du journal
files-could-not-save-current = Impossible d'enregistrer le journal actuel, il reste donc ouvert : { $error }
files-already-exists = { $path } existe déjà et n'a pas été touché : ouvre-le avec « Ouvrir… » dans le menu « Fichier »
files-started-new = Nouveau journal commencé : { $name }
files-could-not-create = Impossible de créer le journal : { $error }
files-no-data-folder = Il n'y a pas de dossier de données à afficher
files-could-not-show-folder = Impossible d'ouvrir { $folder } dans le gestionnaire de fichiers : { $error }
files-locked-not-saved = Les derniers changements du journal verrouillé ne sont pas encore enregistrés : déverrouille-le d'abord, pour ne pas les perdre.
files-already-open = { $name } est déjà ouvert
files-opened = { $path } ouvert
files-read-only-reason = ce journal est ouvert dans un autre Kintsugi ou son dossier n'est pas accessible en écriture ; les changements faits ici ne sont pas enregistrés.
files-open-for-writing-now = Le journal est maintenant ouvert en écriture.
files-still-read-only = Toujours en lecture seule : { $error }
files-saved-copy = Copie enregistrée sous { $path }
files-saved-copy-encrypted = Copie enregistrée sous { $path }, chiffrée avec la phrase secrète du journal
files-could-not-save-copy = Impossible d'enregistrer la copie : { $error }
files-no-backup = Ce journal n'a aucune sauvegarde.
files-backup-not-encrypted = Pas de restauration : la sauvegarde la plus récente ({ $backup }) n'est pas chiffrée alors que le journal l'était, donc Kintsugi ne l'a pas faite. Regarde toi-même dans le dossier des sauvegardes.
files-restored-backup = Sauvegarde du { $day } restaurée.
files-restored-backup-kept = Sauvegarde du { $day } restaurée. Le fichier illisible a été gardé sous { $path }.
files-could-not-restore = Impossible de restaurer la sauvegarde : { $error }
files-could-not-save = Impossible d'enregistrer : { $error }
files-backup-failed = Enregistré, mais la sauvegarde quotidienne a échoué : { $warning }
step-delete-check-in = suppression du point du jour du { $date }
step-deleted-check-in = Point du jour du { $date } supprimé.
step-delete-setback = suppression de « { $title } »
step-deleted-setback = « { $title } » supprimé.
step-delete-skill = suppression de la compétence « { $name } »
step-deleted-skill = Compétence « { $name } » supprimée.
step-merge-from-disk = fusion des changements du disque
step-merge-conflict-copy = fusion d'une copie en conflit
step-nothing-changed = Rien n'a été changé : { $error }
step-read-only-error = ce journal est ouvert en lecture seule : { $reason }
step-undid = Annulé : { $step }.
step-redid = Rétabli : { $step }.
step-undone = Annulé.
step-undone-with-later = { $count ->
    [one] Annulé, avec le changement fait après : { $changes }.
   *[other] Annulé, avec les { $count } changements faits après : { $changes }.
}
step-cannot-undo = Impossible d'annuler : { $reason }
step-cannot-redo = Impossible de rétablir : { $reason }
step-nothing-to-undo = Rien à annuler.
step-nothing-to-redo = Rien à rétablir.

## Import, export, the report dialog and other computers

exchange-restore-title = Restaurer une sauvegarde
exchange-restore-explained = Kintsugi garde une copie du journal tel qu'il était avant le premier enregistrement de chaque jour, et avant chaque import ou restauration.
exchange-restore-replaces = Restaurer remplace le journal par la copie ; le journal tel qu'il est maintenant est d'abord sauvegardé, et { $keys } annule la restauration.
exchange-restore-none = Ce journal n'a encore aucune sauvegarde.
exchange-restore-backup = { $date } · { $name }
exchange-restore = Restaurer
exchange-its-passphrase = Sa phrase secrète
exchange-restore-with-it = Restaurer avec elle
exchange-chart-title = Exporter le graphique
exchange-chart-explained = Le graphique de l'écran Progrès : même période, mêmes évaluations et couleurs, avec la ligne des revers et des compétences.
exchange-file = Fichier
exchange-choose = Choisir…
exchange-filter-png = Image PNG
exchange-filter-svg = Dessin SVG
exchange-format = Format :
exchange-size = Taille
exchange-png-scale = Échelle PNG
exchange-png-scale-hover = 2× donne une image nette sur les écrans haute densité et dans les présentations
exchange-better-days = Ajouter « Ce qui accompagne les meilleurs jours » sous le graphique
exchange-better-days-hover = Les étiquettes liées aux évaluations plus hautes et plus basses, les moyennes par jour de la semaine, le rebond par catégorie et le report d'humeur sur la période du graphique, comme sur l'écran Progrès. L'image s'agrandit de la hauteur nécessaire.
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
exchange-moods-unrated = Ces humeurs Daylio n'ont pas encore d'évaluation : donne à chacune une valeur de 1 (très mal) à 10 (très bien), puis relance l'aperçu.
exchange-mood-lines = « { $mood } » ({ $count ->
        [one] ligne
       *[other] lignes
    } { $lines })
exchange-rate-mood = Noter « { $mood } » { $rating }
exchange-report-separator = {" ; "}
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
    } (sans mots ni étiquettes)
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
exchange-restore-wrong-passphrase = Ce n'est pas la phrase secrète de cette sauvegarde ; rien n'a été restauré. Réessaie.
exchange-restored = { $name } restauré.
exchange-restored-backup = { $name } restauré. Le journal tel qu'il était se trouve dans { $path }.
exchange-restored-no-backup = { $name } restauré. Aucune sauvegarde du journal tel qu'il était n'a pu être faite : { $error }.
exchange-restore-failed = Rien n'a été restauré : { $reason }
exchange-could-not-start = Impossible de commencer la lecture : { $error }
exchange-reading-progress = Lecture… { $read } sur { $total } Mo
exchange-importing-progress = Import… { $read } sur { $total } Mo
exchange-stop = Arrêter
exchange-stop-hover = Arrêter la lecture ; rien n'est modifié
exchange-journal-changed = Le journal a changé pendant la lecture de l'import ; rien n'a été importé. Importe à nouveau pour le lire par rapport au journal tel qu'il est maintenant.
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
report-dialog-reviews-with-notes = La période et l'évaluation { $count ->
        [one] de { $count } bilan de la semaine
       *[other] de { $count } bilans de la semaine
    }, avec ce qui s'est bien passé et la leçon.
report-dialog-reviews = La période et l'évaluation { $count ->
        [one] de { $count } bilan de la semaine
       *[other] de { $count } bilans de la semaine
    } ; pas ce qu'ils disent.
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
outside-later-hover = La laisser pour l'instant ; elle sera proposée à nouveau la prochaine fois
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
outside-passphrase-explained = Le journal sur le disque est scellé avec une nouvelle phrase secrète, définie sur un autre ordinateur. Tape-la pour fusionner cette version avec celle-ci ; d'ici là, rien n'est écrit et tes modifications restent dans cette fenêtre.
outside-new-passphrase = Nouvelle phrase secrète
outside-open-and-merge = Ouvrir et fusionner
outside-passphrase-later-hover = Édition ▸ Fusionner les changements du disque le redemande
outside-removes-heading = Beaucoup d'entrées supprimées ailleurs
outside-removes-message = La version de ce journal écrite ailleurs (un autre ordinateur, ou un client de synchronisation) n'a plus { $removed } de tes { $total } entrées. Les supprimer ici aussi, ou les garder ? Tant que tu n'as pas choisi, rien n'est écrit.
outside-removes-confirm = Les supprimer ici aussi
outside-removes-cancel = Les garder
outside-copy-heading = Copie de conflit
outside-copy-made = { $client } a créé { $path } quand deux ordinateurs ont modifié le journal chacun de leur côté.
outside-copy-after-merge = Après la fusion, la copie est déplacée dans le dossier des sauvegardes ; Annuler défait la fusion.
outside-its-passphrase = Sa phrase secrète
outside-open-with-it = Ouvrir avec elle
outside-merge = Fusionner

## The mentor report and notifications

report-title = Rapport de progression
report-period = { $from } – { $to }
report-made-on = Établi le { $date }
report-masthead-line = { $range }   ·   établi le { $date }
report-empty = Rien n'a été noté sur cette période : aucun point du jour et aucun revers.
report-summary-heading = Résumé
report-summary-no-ratings = { $rating } : aucune évaluation sur cette période.
report-summary-rating = { $rating } : moyenne de { $mean }.
report-summary-rating-before = { $rating } : moyenne de { $mean } ({ $difference } par rapport { $days ->
        [one] au jour précédent
       *[other] aux { $days } jours précédents
    }).
report-summary-rating-trend = { $rating } : moyenne de { $mean }, { $trend ->
        [rising] en hausse
        [falling] en baisse
       *[steady] stable
    } ({ $slope } sur 30 jours).
report-summary-rating-before-trend = { $rating } : moyenne de { $mean } ({ $difference } par rapport { $days ->
        [one] au jour précédent
       *[other] aux { $days } jours précédents
    }), { $trend ->
        [rising] en hausse
        [falling] en baisse
       *[steady] stable
    } ({ $slope } sur 30 jours).
report-summary-check-ins = Point du jour fait { $checkins } fois sur { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } ({ $percent }) ; série actuelle de { $current ->
        [one] { $current } jour
       *[other] { $current } jours
    }, la plus longue de { $longest ->
        [one] { $longest } jour
       *[other] { $longest } jours
    }.
report-summary-no-setbacks = Aucun revers noté.
report-summary-one-setback-micro = 1 revers noté, un micro-échec.
report-summary-setbacks = { $count ->
        [one] { $count } revers noté.
       *[other] { $count } revers notés.
    }
report-summary-setbacks-micro = { $count } revers notés, dont { $micro ->
        [one] { $micro } micro-échec
       *[other] { $micro } micro-échecs
    }.
report-summary-bounce-back = Délai de rebond médian : { $median } jours.
report-summary-bounce-back-trend = Délai de rebond médian : { $median } jours ; { $trend ->
        [faster] tu rebondis de plus en plus vite
        [slower] tu rebondis de moins en moins vite
       *[same] tu rebondis à peu près aussi vite qu'avant
    } (médiane de { $first } jours, puis de { $second }).
report-summary-no-skills = Aucune nouvelle compétence notée.
report-summary-skills = { $count ->
        [one] { $count } compétence acquise.
       *[other] { $count } compétences acquises.
    }
report-summary-pattern = Une tendance : { $count } micro-échecs dans la catégorie { $category } en { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }, { $from }–{ $to }.
report-better-days-heading = Ce qui accompagne les meilleurs jours
report-better-days-note = Des comparaisons entre les jours, pas des causes.
report-chart-heading = Évaluations, revers et compétences
report-chart-description = Les évaluations sur la période, avec les revers et les compétences en dessous.
report-chart-caption = Figure 1 : { $description }
report-setbacks-heading = Les revers et ce qu'ils ont donné
report-setbacks-left-out = { $count ->
        [one] { $count } revers de cette période n'est pas raconté ici, par choix.
       *[other] { $count } revers de cette période ne sont pas racontés ici, par choix.
    }
report-setback-facts = { $category } · gravité { $severity } sur 5
report-setback-facts-micro = { $category } · gravité { $severity } sur 5 · micro-échec
report-setback-open = Ouvert
report-setback-reflected = Analysé
report-setback-recovered = Surmonté le { $date }
report-setback-bounce-back = { $status } · humeur revenue à son niveau habituel en { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
report-feedback-named = { $source } ({ $name }) : { $insight }
report-feedback = { $source } : { $insight }
report-what-happened = Ce qui s'est passé
report-contributing-factors = Facteurs en jeu
report-do-differently = Ce que je ferai autrement
report-feedback-received = Retours reçus
report-lessons = Leçons
report-skills-acquired = Compétences acquises
report-experiments-heading = Expériences
report-experiment-from = Issue de « { $setback } » ({ $date })
report-experiment-trains = exerce { $skill }
report-experiment-planned-by = Prévue le { $planned }, à tenter d'ici le { $by }
report-experiment-planned-when = Prévue le { $planned }, à tenter quand : { $situation }
report-experiment-not-tried = Pas encore tentée
report-experiment-tried = Tentée le { $date } : { $outcome ->
        [worked] ça a marché
        [partly] ça a marché en partie
       *[didnt] ça n'a pas marché
    }
report-experiment-dropped = Abandonnée le { $date }
report-experiments-left-out = { $count ->
        [one] { $count } expérience de cette période n'est pas racontée ici : son revers ne l'est pas.
       *[other] { $count } expériences de cette période ne sont pas racontées ici : leurs revers ne le sont pas.
    }
report-skills-column-skill = Compétence
report-skills-column-level-then = Niveau alors
report-skills-column-level-now = Niveau actuel
report-skills-column-came-from = Origine
report-skill-level = { $level } sur 5
report-skill-level-not-set = non défini
report-skill-set-by-hand = défini à la main
report-skill-from-others = { $count ->
        [one] { $count } revers absent
       *[other] { $count } revers absents
    } de ce rapport
report-skill-from-shown-and-others = { $shown } ; et { $count ->
        [one] { $count } revers absent
       *[other] { $count } revers absents
    } de ce rapport
report-reviews-heading = Bilans de la semaine
report-review-rated = Semaine notée { $rating } sur 10
report-review-not-rated = Non notée
report-review-item = { $period } : { $rating }
report-review-went-well = Ce qui s'est bien passé
report-review-lesson = La leçon à garder
report-reviews-words-left-out = Ce qui s'est bien passé et les leçons des bilans sont omis, comme les notes des points du jour.
report-error-unknown-format = { $path } : un rapport s'enregistre en .pdf ou en .md
report-error-typeset = Le rapport n'a pas pu être mis en page : { $detail }
report-error-chart = Le graphique du rapport n'a pas pu être dessiné : { $detail }
report-error-write = { $path } : impossible d'enregistrer le rapport : { $detail }
report-notes-heading = Notes des points du jour
report-questions-heading = Questions pour notre échange
notification-open = Ouvrir Kintsugi
reminder-check-in-title = C'est l'heure de ton point du jour Kintsugi
reminder-check-in-body = Pas encore de point du jour pour { $date }. Comment s'est passée ta journée ? Trois évaluations, une minute.
reminder-check-in-unknown-body = Si tu n'as pas encore fait ton point du jour pour { $date } : comment s'est passée ta journée ? (Ton journal est chiffré : Kintsugi ne peut pas vérifier sans ta phrase secrète.)
reminder-review-title = Fais le bilan de ta semaine
reminder-review-body = Quelques minutes pour regarder en arrière : ce qui s'est bien passé, les expériences que tu as tentées et une leçon à emporter dans la semaine qui vient.

## (Setbacks) a new setback saved before it has a title

form-untitled-setback = Revers sans titre

## (Weekly review) who gave a piece of feedback, and their name

review-feedback-from = { $source } ({ $name })
