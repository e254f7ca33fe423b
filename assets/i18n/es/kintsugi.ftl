# Kintsugi — español.
#
# Glosario (estas palabras, y solo estas, para estas ideas):
#   setback        — tropiezo (un tropiezo, los tropiezos)
#   micro-failure  — microtropiezo
#   bounce-back    — recuperación (días hasta recuperarte; «tiempo de recuperación» como medida)
#   resilience     — resiliencia
#   growth mindset — mentalidad de crecimiento
#   mood           — ánimo
#   check-in       — registro del día
#   lesson         — lección (las lecciones)
#   experiment     — experimento
#   weekly review  — repaso semanal
#   journal        — diario
#   skill          — habilidad
# Tono: tuteo, cercano y breve, como un diario personal.

## Fechas.

date-month = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
date-month-alone = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
date-month-short = { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}
date-weekday = { $weekday ->
    [1] lunes
    [2] martes
    [3] miércoles
    [4] jueves
    [5] viernes
    [6] sábado
   *[7] domingo
}
date-weekday-short = { $weekday ->
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
    [6] sáb
   *[7] dom
}
date-month-short-year = { $month } { $year }
date-month-year = { $month } de { $year }
date-day-month-short = { $day } { $month }
date-day-month = { $day } de { $month }
date-weekday-day-month = { $weekday }, { $day } de { $month }
date-short = { $day } { $month } { $year }
date-short-weekday = { $weekday }, { $day } { $month } { $year }
date-long = { $day } de { $month } de { $year }
date-full = { $weekday }, { $day } de { $month } de { $year }

## Números.

number-percent = { $value } %

## Palabras comunes.

common-cancel = Cancelar
common-close = Cerrar
common-save = Guardar
common-delete = Eliminar
common-undo = Deshacer
common-redo = Rehacer
common-ok = Aceptar
common-back = Atrás
common-edit = Editar
common-open = Abrir
common-done = Hecho
common-show-more = Mostrar más

## Preferencias

preferences-title = Preferencias
preferences-language = Idioma
preferences-language-follow-system = Como el sistema ({ $language })
preferences-theme = Tema
preferences-follow-system = Como el sistema
preferences-theme-light = Claro
preferences-theme-dark = Oscuro
preferences-week-starts = La semana empieza el
preferences-week-start-usual = Según la región ({ $weekday })
preferences-daily-reminder = Recordatorio diario
preferences-idle-lock = Bloquear por inactividad
preferences-weekly-review = Repaso semanal
preferences-weekly-review-hint = Ese día una notificación te ofrece el repaso de tu semana, y «Hoy» también (los domingos si el recordatorio está desactivado).
preferences-off = Desactivado
preferences-reminders-note = Los recordatorios llegan como notificaciones de escritorio mientras Kintsugi está abierto, solo los días sin registro. Para cuando está cerrado, consulta «Reminders» en el README (un temporizador de systemd que ejecuta kintsugi remind).
preferences-idle-lock-after = Bloquear un diario cifrado tras
preferences-minutes-suffix = {" "}min
preferences-idle-minutes = Minutos de inactividad antes de bloquear
preferences-idle-without-use = sin uso
preferences-remind-at = Recordarme el registro a las
preferences-reminder-time = Hora del recordatorio
preferences-not-a-time = «{ $typed }» no es una hora: escríbela como HH:MM, p. ej. 20:00.
