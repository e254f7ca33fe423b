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
progress-insights = Observations
progress-no-ratings = Aucune note sur cette période.
progress-mean = moyenne { $mean }
progress-mean-change = moyenne { $mean } ({ $change } par rapport aux { $days } jours précédents)
progress-mean-help = Moyenne des points du jour de la période qui ont cette note ; les jours manquants ne comptent pas comme zéro.
progress-trend-needs = tendance : il faut des points du jour sur au moins 2 jours
progress-trend = { $words } ({ $slope } sur 30 jours)
progress-trend-help = Pente de la note selon le jour (moindres carrés), multipliée par 30.
progress-coverage =
    { $count ->
        [one] 1 point du jour
       *[other] { $count } points du jour
    } · { $share } des jours · série { $streak } (plus longue { $longest })
progress-coverage-help = Couverture = jours avec un point du jour / jours de la période. La série en cours se termine le dernier jour de la période (ou la veille).
progress-setbacks-count =
    { $count } revers, { $micro ->
        [one] 1 micro-échec
       *[other] { $micro } micro-échecs
    }
progress-bounce-back = Délai de rebond médian : { $median } jours
progress-bounce-back-needs = Délai de rebond : il faut 3 points du jour avec humeur dans les 14 jours avant un revers
progress-bounce-back-help = Pour chaque revers : les jours avant que l'humeur moyenne des 3 derniers jours revienne à la moyenne des 14 jours qui le précèdent. La médiane porte sur les revers de la période qui ont une valeur.
progress-recoveries = { $words } : médiane { $first } jours, puis { $second } jours
progress-recoveries-help = Délai de rebond médian de la première moitié des revers de la période face à la seconde.
progress-recoveries-needs = Rebonds plus rapides ou plus lents : il faut 4 revers avec un délai de rebond
progress-skills-acquired =
    { $count ->
        [one] 1 compétence acquise
       *[other] { $count } compétences acquises
    }
progress-skills-acquired-help = Compétences dont la date de première acquisition tombe dans la période.
progress-list-and-more = { $list } et { $count } de plus
progress-patterns = Schémas de micro-échecs
progress-patterns-help = Trois micro-échecs ou plus de la même catégorie en 14 jours ; les séries qui se chevauchent sont fusionnées.
progress-patterns-none = Aucun sur cette période.
progress-and-more = et { $count } de plus
progress-recurring-causes = Causes récurrentes
progress-recurring-causes-help = Facteurs notés sur au moins deux revers de la période, comparés sans tenir compte de la casse, des accents, de la ponctuation ni du s du pluriel.
progress-recurring-causes-none = Aucun facteur ne revient deux fois sur cette période. Les facteurs que tu notes sur tes revers sont comparés ici.
progress-factor-link-help = Afficher les revers qui le mentionnent
progress-factor-figures = dans { $count } revers depuis le { $date } ({ $categories })
progress-lessons = Des leçons à la pratique
progress-lessons-help = Les expériences tirées des leçons de cette période, et si elles ont été tentées.
progress-experiments-planned = Expériences prévues :
progress-experiments-planned-help = Expériences créées sur cette période.
progress-tried = Tentées :
progress-tried-figures = { $count } — { $worked } réussies, { $partly } en partie, { $didnt } non
progress-tried-help = Expériences tentées sur cette période, selon le résultat.
progress-dropped = Abandonnées :
progress-dropped-help = Expériences abandonnées sur cette période.
progress-days-to-first-try = Jours avant le premier essai :
progress-days-to-first-try-median = { $days } (médiane)
progress-days-to-first-try-help = Médiane, sur les revers de la période avec une expérience tentée, des jours entre le revers et le premier essai.
progress-put-into-practice = Revers mis en pratique :
progress-put-into-practice-share = { $percent } % sur { $count }
progress-put-into-practice-help = La part des revers de la période avec au moins une expérience tentée.
progress-better-days = Ce qui accompagne les meilleurs jours
progress-better-days-subtitle = { $range } · des comparaisons entre jours, pas des causes
progress-better-days-help = Chaque chiffre compare des jours de la période à d'autres jours de la période. Une différence dit ce qui tend à aller ensemble, pas ce qui cause quoi ; avec peu de jours, ce peut être du hasard.
progress-tags-help = Note moyenne des points du jour de la période qui portent l'étiquette face à ceux qui ne la portent pas, chaque fois sur les points du jour qui ont cette note. Les étiquettes sont regroupées sans tenir compte des majuscules. Une étiquette est comparée dès qu'elle a 5 jours avec et 5 sans ; les plus grands écarts, vers le haut et vers le bas, sont listés.
progress-weekday-help = Moyenne de cette note pour chaque jour de la semaine de la période, sur les points du jour qui l'ont. Survole une barre pour voir son nombre de jours.
progress-recovery-help = Pour chaque catégorie avec au moins 2 revers de la période qui ont un délai de rebond : combien, et la médiane de ces délais (jours avant que l'humeur moyenne des 3 derniers jours revienne à la moyenne des 14 jours avant le revers).
progress-carry-over-help = La corrélation (Pearson) de l'humeur de chaque jour avec celle de la veille, sur les paires de jours consécutifs de la période qui ont tous deux une humeur ; il faut 10 paires. Sous 0,2 : chaque jour repart de zéro ; de 0,2 à 0,5 : l'humeur persiste un peu ; au-dessus de 0,5 : l'humeur persiste. Dans la recherche sur l'inertie émotionnelle, une valeur élevée va avec un rebond plus lent.
progress-no-rating-of = Aucune note de { $rating } sur cette période.
progress-tags-needed = Étiquettes : il faut { $days } jours avec une étiquette et { $days } sans.
progress-tags-same = Les jours avec et sans chaque étiquette ont à peu près la même moyenne.
progress-tag-link-help = Afficher tous les jours avec l'étiquette « { $tag } » sur l'écran Journal
progress-tag-link-accessible = Afficher les jours avec l'étiquette { $tag }
progress-row-figures = {" "}: { $figures }
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
    } : { $rating } { $mean } en moyenne sur { $days }
progress-weekday-no-ratings =
    { $weekday ->
        [1] Le lundi
        [2] Le mardi
        [3] Le mercredi
        [4] Le jeudi
        [5] Le vendredi
        [6] Le samedi
       *[7] Le dimanche
    } : aucune note de { $rating } sur cette période
progress-recovery-needed = Il faut { $count } revers avec un délai de rebond dans une catégorie.
progress-category-link-help = Afficher les revers { $category } sur l'écran Revers
progress-category-link-accessible = Afficher les revers { $category }
progress-carry-over = { $value } : { $words } ({ $pairs } paires de jours consécutifs)
progress-carry-over-needs-pairs = Il faut { $needed } paires de jours consécutifs avec une humeur ({ $pairs } pour l'instant).
progress-carry-over-needs-variety = Il faut une humeur qui varie d'un jour à l'autre.
progress-by-weekday = Par jour de la semaine
progress-recovery-by-category = Rebond par catégorie
progress-carry-over-title = Report d'humeur
