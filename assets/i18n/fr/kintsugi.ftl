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
calendar-keys = Flèches : jour / semaine · Page Up/Down : mois · Enter : choisir · Esc : fermer
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
model-scale-mood-question = Comment te sens-tu aujourd'hui ?
model-scale-resilience-question = À quel point rebondis-tu en ce moment ?
model-scale-growth-mindset-question = À quel point crois-tu pouvoir grandir grâce à cela ?
model-scale-mood-low = Très mal
model-scale-mood-high = Très bien
model-scale-resilience-low = À terre
model-scale-resilience-high = Je rebondis
model-scale-growth-mindset-low = Bloqué
model-scale-growth-mindset-high = Je grandis
form-field-title = Titre
form-field-date = Date
form-field-recovered-on = Rétabli le
form-title-missing = Un revers a besoin d'un titre ; d'ici là, il apparaît comme « { $title } » dans la liste.
form-date-problem = Date : { $problem }
form-recovered-before = { $recovered } est avant le revers ({ $date })
form-recovered-problem = Rétabli le : { $problem }
form-not-a-date = « { $text } » n'est pas une date ; écris-la sous la forme AAAA-MM-JJ
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
setbacks-factor-chip-hover = Revers qui citent ce facteur ; clique pour tout afficher
setbacks-factor-chip-name = Retirer le filtre de facteur { $factor }
setbacks-clear-filters = Effacer les filtres
setbacks-pick = Choisis un revers à gauche, ou note-en un nouveau.
setbacks-pick-explanation = Réfléchis à ce qui s'est passé, demande des retours et note ce que tu en as appris — la fêlure devient une part de l'histoire.
setbacks-editor-heading = Revers
setbacks-editor-heading-new = Nouveau revers
setbacks-delete = Supprimer…
setbacks-close-hover = Fermer l'éditeur ; tes modifications sont déjà gardées
setbacks-new-explanation = Il est gardé dès ta première modification ; donne-lui un titre, le reste peut venir plus tard.
setbacks-delete-message = « { $title } » et sa réflexion seront supprimés. Tu peux annuler avec { $keys }.
setbacks-delete-heading = Supprimer ce revers ?
setbacks-delete-confirm = Supprimer le revers
setbacks-orphan-heading = Garder la compétence ?
setbacks-orphan-message = « { $name } » n'est plus liée à aucun revers. La garder dans tes compétences, ou la supprimer ?
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
setbacks-skill-not-linked = Pas encore liée : choisis une compétence, ou appuie sur Enter pour la créer.
setbacks-category-not-applied = Pas encore appliquée : appuie sur Enter pour utiliser cette catégorie.
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
setbacks-reflect-prompt = Regarde-le comme un observateur curieux : que s'est-il passé, et qu'est-ce qui y a mené ?
setbacks-what-happened-hint = Décris-le simplement, sans te juger.
setbacks-contributing-factor = Facteur en jeu
setbacks-contributing-factor-hint = un petit faux pas, une circonstance, une supposition…
setbacks-do-differently-hint = La prochaine fois, je…
setbacks-feedback-heading = Demander des retours
setbacks-feedback-prompt = Qui pourrait t'aider à le voir autrement ? Un mentor, un collègue, un client, ton responsable.
setbacks-learning-heading = Continuer d'apprendre
setbacks-learning-prompt = Qu'est-ce que tu en retiens pour la suite ?
setbacks-lesson-hint = une leçon en une phrase
setbacks-feedback-source = Retour { $number } : source
setbacks-feedback-name-hint = nom (facultatif)
setbacks-feedback-name = Retour { $number } : nom
setbacks-feedback-remove = Retirer le retour { $number }
setbacks-feedback-insight-hint = Qu'a-t-on dit ? Quel est l'enseignement, avec tes mots ?
setbacks-feedback-insight = Retour { $number } : enseignement
setbacks-feedback-add = + Ajouter un retour
setbacks-skills-prompt = Quelle compétence cela t'a-t-il poussé à développer ?
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
skills-name-taken = Une compétence s'appelle déjà « { $other } » ; la compétence garde le nom « { $name } » tant que ce n'est pas changé.
skills-name-missing = Une compétence a besoin d'un nom ; elle garde le nom « { $name } » en attendant.
skills-field-category = Catégorie
skills-merge-message = « { $from } » sera fusionnée dans « { $into } » : ses revers, son historique de niveaux et ses notes y passent, et « { $from } » est supprimée.
skills-merge-confirm = Fusionner dans « { $into } »
skills-merge-heading = Fusionner les deux compétences ?
skills-merge-cancel = Les garder séparées
skills-step-merge = fusion de « { $from } » dans « { $into } »
skills-delete-message = « { $name } » sera supprimée, avec ses liens aux revers. Tu peux annuler avec { $keys }.
skills-delete-heading = Supprimer cette compétence ?
skills-delete-confirm = Supprimer la compétence
skills-came-from = Vient de
skills-came-from-link = { $title } · { $date }
skills-open-setback-name = Ouvrir le revers { $title }
skills-open-setback-hover = Ouvrir ce revers
skills-came-from-none = Aucun revers n'est lié à cette compétence.
skills-level-history = Historique des niveaux
skills-level-value = Niveau { $level }
skills-level-remove = Retirer le changement de niveau du { $date }
skills-category-hint = p. ex. Communication
skills-first-acquired = Acquise le
skills-first-acquired-hover = La date du premier revers dont elle vient.
skills-field-level = Niveau
skills-level-scale = 1 débutant · 5 maîtrisé
