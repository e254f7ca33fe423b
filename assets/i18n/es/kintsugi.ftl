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

## Setbacks, skills and the calendar

calendar-after-range-end = después del final del periodo
calendar-before-range-start = antes del inicio del periodo
calendar-day-checked-in = { $words }, con registro del día
calendar-day-checked-in-mood = { $words }, con registro del día (ánimo { $mood })
calendar-day-setbacks = { $words }, { $count ->
    [one] 1 tropiezo
   *[other] { $count } tropiezos
}
calendar-day-unavailable = { $words }, no disponible: { $why }
calendar-range-from = Del
calendar-range-from-field = Inicio
calendar-range-to = al
calendar-range-to-field = Fin
calendar-date-hint = AAAA-MM-DD
calendar-choose-hover = Elige en el calendario: { $field }
calendar-button-name = Calendario: { $field }
calendar-previous-month-hover = Mes anterior (Page Up)
calendar-previous-month = Mes anterior
calendar-next-month-hover = Mes siguiente (Page Down)
calendar-next-month = Mes siguiente
calendar-today = Hoy
calendar-keys = Flechas: día / semana · Page Up/Down: mes · Enter: elegir · Esc: cerrar
calendar-weekday-mon = lu
calendar-weekday-tue = ma
calendar-weekday-wed = mi
calendar-weekday-thu = ju
calendar-weekday-fri = vi
calendar-weekday-sat = sá
calendar-weekday-sun = do
