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
report-error-unknown-format = { $path } : un rapport s'enregistre en .pdf ou en .md
report-error-typeset = Le rapport n'a pas pu être mis en page : { $detail }
report-error-chart = Le graphique du rapport n'a pas pu être dessiné : { $detail }
report-error-write = { $path } : impossible d'enregistrer le rapport : { $detail }
report-notes-heading = Notes des points du jour
report-questions-heading = Questions pour notre échange
notification-open = Ouvrir Kintsugi
reminder-check-in-title = C'est l'heure de ton point du jour Kintsugi
reminder-check-in-body = Pas encore de point du jour pour { $date }. Comment s'est passée ta journée ? Trois évaluations, une minute.
reminder-check-in-unknown-body = Si tu n'as pas encore fait ton point du jour pour { $date } : comment s'est passée ta journée ? (Ton journal est chiffré : Kintsugi ne peut pas vérifier sans ta phrase secrète.)
reminder-review-title = Fais le bilan de ta semaine
reminder-review-body = Quelques minutes pour regarder en arrière : ce qui s'est bien passé, les expériences que tu as tentées et une leçon à emporter dans la semaine qui vient.
