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
## Today, welcome and the locked screen

today-long-date = { $weekday }, { $date }
today-calendar-hover = Ir a otro día en el calendario
today-calendar-name = { $date }, elegir otro día
today-calendar-field = Día
today-calendar-refusal = los registros del día son de hoy o de antes
today-previous-day = ⏴ Día anterior
today-previous-day-hover = Mostrar el día anterior ({ $keys })
today-next-day = Día siguiente ⏵
today-next-day-hover = Mostrar el día siguiente ({ $keys })
today-next-day-disabled = Los registros del día solo pueden ser de hoy o de antes
today-back-to-today = Volver a hoy
today-back-to-today-hover = Mostrar hoy ({ $keys })
today-save-hover = Guardar el diario en el disco ahora ({ $keys }). Los cambios también se guardan solos en menos de un segundo.
today-filling-in = { $days ->
    [1] Estás rellenando el día de ayer
   *[other] Estás rellenando el día de hace { $days } días
}
today-note = Nota
today-note-hint = ¿Qué destacó hoy? ¿Qué te enorgullece, qué te costó?
today-delete = Eliminar este registro del día…
today-delete-hover = Quitar las valoraciones, la nota y las etiquetas de este día (pregunta antes; { $keys } las recupera)
today-delete-message = Se eliminarán las valoraciones, la nota y las etiquetas del { $date }. Puedes deshacerlo con { $keys }.
today-delete-heading = ¿Eliminar este registro del día?
today-delete-confirm = Eliminar registro
today-change-note = escritura en la nota del { $date }
today-change-tags = etiquetas del { $date }
today-change-ratings = valoraciones del { $date }
today-change-check-in = registro del día del { $date }
today-something-wrong = ¿Algo salió mal?
today-log-setback = Anotar un tropiezo
today-log-setback-hover = Registra un tropiezo o microtropiezo de este día; reflexiona sobre él ahora o más tarde.
today-save-demo = Diario de demostración: no se guarda nada
today-save-demo-hover = Este diario solo existe en la memoria.
today-save-read-only = Solo lectura
today-save-failed = Aún sin guardar
today-save-pending = Guardando…
today-save-pending-hover = Los cambios se escriben en el disco en menos de un segundo.
today-save-nothing = Aún no hay registro para este día
today-save-nothing-hover = Elige una valoración para registrar el día.
today-save-done = ✔ Guardado
today-save-done-hover = El registro de este día está en el disco.
today-ready = Listos para reflexionar
today-ready-hover = Tropiezos abiertos de hace más de una semana sobre los que aún no has escrito nada. Con algo de distancia, es más fácil ver qué pasó.
today-ready-setback = { $title } · { $date }
today-ready-more = y { $count } más en la pantalla Tropiezos
today-streak = { $days ->
    [0] Sin racha actual
    [one] { $days } día seguido
   *[other] { $days } días seguidos
}
today-streak-hover = Racha actual: días seguidos con registro del día, hasta este día (o hasta el anterior si este aún no tiene).
today-checked-in = Registraste { $count } de los últimos { $days } días
today-chart = Los últimos { $days } días
today-chart-hover = Cada punto es un registro del día; las líneas solo unen días consecutivos, así que un hueco significa que ese día no hubo registro.
today-chart-empty = Tus valoraciones aparecerán aquí en un gráfico cuando hayas registrado unos cuantos días.
today-chart-day = { $day } { $month }
today-chart-point =
    { $scale } { $value }
    { $date }
today-back-month = Hace un mes
today-back-year = Hace un año
today-back-five-years = Hace cinco años
today-back-bounce = { $days ->
    [0] { $title } — tu ánimo se mantuvo ese día
    [1] { $title } — de vuelta a tu ánimo habitual al día siguiente
   *[other] { $title } — de vuelta a tu ánimo habitual en { $days } días
}
today-back-learned = { $line }; aprendiste: { $skills }
today-back-wrote-mood = Escribiste: «{ $note }» (ánimo { $mood })
today-back-checked-in = Tu registro del día: ánimo { $mood }
today-back-wrote = Escribiste: «{ $note }»
today-review-heading = Es hora de repasar tu semana
today-review-body = Lo que salió bien, los experimentos que probaste, una lección para seguir adelante.
today-review-button = Hacer el repaso semanal
today-did-you-try = ¿Probaste: { $experiment }?
today-experiment-from = { $when } · de «{ $setback }»
today-due-more = { $count ->
    [one] { $count } más pendiente en la pantalla Experimentos
   *[other] { $count } más pendientes en la pantalla Experimentos
}
today-situations = Cuando se presente
today-situations-hover = Experimentos para probar cuando surja una situación: sin fecha, sin insistir.
today-situations-more = y { $count } más
today-back = Mirando atrás
today-back-hover = Lo que escribiste en torno a este día hace un mes, un año y cinco años (tropiezos con tres días de margen).
today-back-heading = { $when } · { $date }
today-back-open-day = Abrir ese día
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
