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
preferences-weekly-review-hint = Ce jour-là, une notification te propose le bilan de ta semaine, et « Aujourd’hui » aussi (le dimanche si le rappel est désactivé).
preferences-off = Désactivé
preferences-reminders-note = Les rappels arrivent en notifications de bureau tant que Kintsugi est ouvert, seulement les jours sans point du jour. Pour quand il est fermé, voir « Reminders » dans le README (un minuteur systemd qui lance kintsugi remind).
preferences-idle-lock-after = Verrouiller un journal chiffré après
preferences-minutes-suffix = {" "}min
preferences-idle-minutes = Minutes d’inactivité avant le verrouillage
preferences-idle-without-use = sans utilisation
preferences-remind-at = Me rappeler le point du jour à
preferences-reminder-time = Heure du rappel
preferences-not-a-time = « { $typed } » n’est pas une heure : écris-la sous la forme HH:MM, par ex. 20:00.

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

## Progress, insights and exported charts

insights-date-range = { $from } – { $to }
insights-days =
    { $count ->
        [one] 1 jour
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
insights-tag-sentence = Les jours avec l'étiquette { $tag } : { $figures }
insights-tag-figures = { $rating } { $mean } contre { $other } les autres jours ({ $days } contre { $other_days } jours)
insights-tag-with-difference = { $sentence } ({ $difference })
insights-tags-none = Étiquettes : aucune n'a { $days } jours avec et { $days } sans sur cette période
insights-tags-same = Étiquettes : les jours avec et sans chaque étiquette ont à peu près les mêmes moyennes
insights-by-weekday = { $rating } par jour de la semaine : { $profile }
insights-weekday-mean = { $weekday } { $mean } ({ $days })
insights-weekday-no-mean = { $weekday } – (0)
insights-recovery-needs = Rebond par catégorie : il faut { $count } revers avec un délai de rebond dans une catégorie
insights-recovery-in = Rebond en { $sentence }
insights-category-sentence = { $category } : { $figures }
insights-category-figures =
    médiane { $median } { $days ->
        [one] jour
       *[other] jours
    } sur { $count } revers
insights-carry-over-fresh = chaque jour repart de zéro
insights-carry-over-a-little = l'humeur persiste un peu
insights-carry-over-linger = l'humeur persiste
insights-carry-over-sentence = Report d'humeur { $value } : { $words } ({ $pairs } paires de jours consécutifs)
insights-carry-over-needs-pairs = Report d'humeur : il faut { $needed } paires de jours consécutifs avec une humeur ({ $pairs } pour l'instant)
insights-carry-over-needs-variety = Report d'humeur : il faut une humeur qui varie d'un jour à l'autre
insights-week-of = Semaine du { $date }
insights-resolution-daily = par jour
insights-resolution-weekly = moyennes hebdomadaires
insights-resolution-monthly = moyennes mensuelles
progress-lane-micro-failures = { $category } : micro-échecs
progress-lane-setbacks = { $category } : revers, gravité { $severity }
progress-lane-bounce-not-measured = délai de rebond : pas encore mesuré
progress-lane-bounced-back =
    rebond en { $days ->
        [one] 1 jour
       *[other] { $days } jours
    }
progress-lane-setback-hover =
    { $title }
    { $category } : { $kind ->
        [micro-failure] micro-échec
       *[setback] revers
    } · gravité { $severity } · { $date }
    { $bounce }
    Clique pour l'ouvrir
progress-lane-skills = Compétences acquises
progress-lane-skill =
    Compétence : { $skill }
    acquise le { $date }
progress-lane-skill-from =
    Compétence : { $skill }
    acquise le { $date }
    grâce à « { $title } »
progress-lane-reviews = Bilans de la semaine
progress-lane-review = Bilan de la semaine, { $from } – { $to }
progress-lane-review-rating = la semaine : { $rating }/10
progress-lane-review-lesson = retenu : { $lesson }
progress-lane-group =
    { $low }–{ $high } revers par { $period ->
        [week] semaine
        [month] mois
       *[year] an
    } (surtout { $category })
progress-lane-group-hover =
    { $period } : { $count } revers ({ $micro } micro-échecs)
    { $breakdown }
    Clique pour zoomer
progress-lane-title = Revers et compétences
progress-lane-help = Revers : couleur selon la catégorie, taille selon la gravité ; les micro-échecs sont de petits cercles vides. Losanges dorés : compétences, le jour de leur première acquisition. Carrés vides : bilans de la semaine (en vue par jour). Clique sur un revers pour l'ouvrir.
progress-lane-row-setbacks = revers
progress-lane-row-skills = compétences
chart-title = Kintsugi · notes, revers et compétences · { $range } ({ $resolution })
chart-rating-axis = note (1–10)
chart-series-average = { $rating } (moyenne sur 7 jours)
chart-series-weekly = { $rating } (moyenne hebdomadaire, bande : min–max)
chart-series-monthly = { $rating } (moyenne mensuelle, bande : min–max)
chart-lane-note = taille = gravité · vide = micro-échec · losange doré = compétence acquise
chart-lane-note-grouped =
    un cercle par { $period ->
        [week] semaine
        [month] mois
       *[year] an
    } (couleur : catégorie la plus fréquente, taille : combien) · losange doré = compétence
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
progress-show-rating-help = Afficher ou masquer cette note sur le graphique
progress-resolution-auto = Auto ({ $resolution })
progress-resolution = Résolution
progress-reset-view = Réinitialiser la vue
progress-reset-view-help = Revenir à la période choisie (ou double-clic sur le graphique)
progress-export-chart = Exporter le graphique…
progress-export-chart-help = Enregistrer ce graphique en PNG ou SVG ({ $keys })
progress-copy-chart = Copier le graphique
progress-copy-chart-help = Mettre ce graphique dans le presse-papiers en image
progress-report = Rapport pour un mentor…
progress-report-help = Un rapport PDF ou Markdown de cette période : tu choisis ce qu'il contient
progress-range-reversed = La période commence ({ $from }) après sa fin ({ $to }).
progress-range-format = Écris les dates sous la forme AAAA-MM-JJ, p. ex. 2026-03-01.
progress-heatmap-no-check-in = pas de point du jour
progress-heatmap-mood = humeur { $mood }
progress-heatmap-day = { $date }, { $mood }
progress-heatmap-day-setback = { $date }, { $mood } · revers : { $title }
progress-heatmap-day-setbacks = { $date }, { $mood } · { $count } revers
progress-series-rating = { $rating } : note
progress-series-average = { $rating } : moyenne sur 7 jours
progress-series-weekly = { $rating } : moyenne hebdomadaire
progress-series-monthly = { $rating } : moyenne mensuelle
progress-series-band = { $rating } : écart
progress-bucket-hover =
    { $name } { $mean }
    { $from } – { $to }
    min. { $lowest }, max. { $highest } ({ $count ->
        [one] 1 point du jour
       *[other] { $count } points du jour
    })
progress-point-hover =
    { $name } { $value }
    { $date }
progress-legend-shapes = · vide = micro-échec · taille = gravité
progress-legend-skill = · losange doré = compétence acquise
progress-empty = Tes progrès apparaîtront ici dès que tu auras quelques points du jour. Commence sur l'écran Aujourd'hui — une minute par jour suffit.
progress-chart-range = { $range } · { $resolution }
progress-ratings = Notes
progress-ratings-help = Au-delà de quelques mois, le graphique montre des moyennes hebdomadaires, au-delà de quelques années des moyennes mensuelles, chacune avec sa note la plus basse et la plus haute en bande. Zoome (Ctrl+molette, un cadre tracé avec le bouton droit, ou + et - ; Gauche et Droite pour se déplacer) pour revoir les points quotidiens, ou choisis une résolution.
progress-heatmap-title = Une année en pixels
progress-heatmap-help = Chaque carré est un jour, coloré selon l'humeur ; un point marque un revers. Clique sur un jour pour l'ouvrir sur l'écran Aujourd'hui.
progress-previous-year = Année précédente
progress-next-year = Année suivante

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
    } ({ $percent }) ; série actuelle de { $current ->
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
report-summary-bounce-back-trend = Délai de rebond médian : { $median } jours ; { $trend ->
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
report-better-days-heading = Ce qui va avec les meilleurs jours
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
report-contributing-factors = Facteurs qui ont joué
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
report-skill-from-shown-and-others = { $shown } ; et { $count ->
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
report-notes-heading = Notes des points du jour
report-questions-heading = Questions pour notre échange
notification-open = Ouvrir Kintsugi
reminder-check-in-title = C'est l'heure de ton point du jour Kintsugi
reminder-check-in-body = Pas encore de point du jour pour { $date }. Comment s'est passée ta journée ? Trois évaluations, une minute.
reminder-check-in-unknown-body = Si tu n'as pas encore fait ton point du jour pour { $date } : comment s'est passée ta journée ? (Ton journal est chiffré : Kintsugi ne peut pas vérifier sans ta phrase secrète.)
reminder-review-title = Fais le bilan de ta semaine
reminder-review-body = Quelques minutes pour regarder en arrière : ce qui s'est bien passé, les expériences que tu as tentées et une leçon à emporter dans la semaine qui vient.
