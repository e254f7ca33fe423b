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
search-field-went-well = Ce qui a bien marché
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
practice-delete-heading = Supprimer cette expérience ?
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
practice-proposal-message = Tu as tenté « { $experiment } », qui exerce { $skill } (niveau { $from }). La passer au niveau { $to } ?
practice-proposal-message-first = Tu as tenté « { $experiment } », qui exerce { $skill } (pas encore de niveau). La passer au niveau { $to } ?
practice-proposal-heading = Faire progresser la compétence ?
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
practice-answer-how = Comment ça s'est passé ?
practice-answer-what-happened = Ce qui s'est passé (facultatif)
practice-answer-what-happened-hint = Une ligne sur comment ça s'est passé
practice-answer-save = Enregistrer la réponse
practice-answer-why-drop = Pourquoi l'abandonner ? (facultatif)
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
review-went-well = Ce qui a bien marché
review-went-well-hint = Quelque chose qui a bien marché, même petit
review-week-question = Comment s'est passée la semaine, dans l'ensemble ?
review-week-rating = Note de la semaine
review-kept-as-you-type = Ce que tu écris ici est gardé au fil de la frappe, comme tout le reste.
review-done-hover = Fermer le bilan ; il est gardé
review-back = Retour à Aujourd'hui
review-back-hover = Quitter le bilan pour l'instant ; tu y reviendras depuis Aujourd'hui
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
