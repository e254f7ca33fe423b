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
