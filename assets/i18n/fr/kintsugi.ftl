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
