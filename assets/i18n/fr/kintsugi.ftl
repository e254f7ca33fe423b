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
