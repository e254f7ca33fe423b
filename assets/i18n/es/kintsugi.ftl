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

## Journal, experiments and the weekly review

experiment-outcome-worked = Funcionó
experiment-outcome-partly = Funcionó en parte
experiment-outcome-didnt = No funcionó
experiment-filter-all = Todos
experiment-filter-open = Abiertos
experiment-filter-due = Pendientes
experiment-filter-tried = Probados
experiment-filter-dropped = Descartados
experiment-answer-open = Abierto
experiment-answer-tried = Probado el { $date }: { $outcome }
experiment-answer-dropped = Descartado el { $date }
experiment-answer-with-words = { $answer } — { $words }
experiment-when-by = antes del { $date }
search-field-note = Nota
search-field-tag = Etiqueta
search-field-title = Título
search-field-what-happened = Qué pasó
search-field-contributing-factor = Factor que influyó
search-field-do-differently = Hacer distinto
search-field-feedback-from = Comentarios de
search-field-feedback = Comentarios
search-field-lesson = Lección
search-field-skill = Habilidad
search-field-experiment = Experimento
search-field-how-it-went = Cómo fue
search-field-why-dropped = Por qué se descartó
search-field-when = Cuándo
search-field-went-well = Salió bien
search-field-lesson-carried-on = Lección que te llevas
search-rating = { $scale } { $value }
search-check-in = Registro del día
search-check-in-with-ratings = Registro del día · { $ratings }
search-setback-heading = Tropiezo · { $title }
search-micro-failure-heading = Microtropiezo · { $title }
search-experiment-open = Experimento · abierto · { $text }
search-experiment-tried = Experimento · probado, { $outcome ->
    [worked] funcionó
    [partly] funcionó en parte
   *[didnt] no funcionó
} · { $text }
search-experiment-dropped = Experimento · descartado · { $text }
search-from-setback = Del tropiezo «{ $title }» ({ $status ->
    [open] abierto
    [reflected] analizado
   *[recovered] superado
})
search-review-rated = Repaso semanal · { $from } – { $to } · { $rating } de 10
search-review-not-rated = Repaso semanal · { $from } – { $to } · sin valorar
journal-field-label = { $field }:
journal-ratings-only = Solo valoraciones
journal-nothing-written = Nada escrito
journal-row-name = { $date }: { $heading }
journal-open-it = Abrir
journal-title = Diario
journal-search-label = Buscar
journal-search-hint = palabras de notas, etiquetas, reflexiones, lecciones, experimentos…
journal-search-hover = Encuentra las entradas que contienen todas las palabras escritas; no importan mayúsculas ni acentos ({ $keys })
journal-clear = Borrar búsqueda y filtros
journal-show = Mostrar
journal-kind-everything = Todo
journal-kind-check-ins = Registros del día
journal-kind-setbacks = Tropiezos
journal-kind-experiments = Experimentos
journal-kind-reviews = Repasos
journal-show-kind = Mostrar: { $kind }
journal-tag = Etiqueta
journal-tag-any = cualquiera
journal-tag-filter = Filtro por etiqueta
journal-dates-reversed = La primera fecha es posterior a la segunda.
journal-dates-unreadable = Escribe las fechas como AAAA-MM-DD, p. ej. 2026-03-01.
journal-empty = Aún no hay nada escrito: los registros del día, tropiezos, experimentos y repasos aparecen aquí, los más recientes primero.
journal-count-all = { $count ->
    [one] { $shown } entrada
   *[other] { $shown } entradas
}, las más recientes primero
journal-no-match = Ninguna entrada coincide: prueba con menos palabras o borra los filtros.
journal-count-found = Resultados: { $found } de { $count ->
    [one] { $total } entrada
   *[other] { $total } entradas
}
journal-digit-group = .
practice-experiments-title = Experimentos
practice-experiments-intro = En qué se convirtieron tus lecciones: algo que probar la próxima vez, y cómo fue.
practice-filter-chip = { $filter } ({ $count })
practice-filter-hover = Mostrar { $filter ->
    [all] todos los experimentos
    [open] los experimentos abiertos
    [due] los experimentos pendientes
    [tried] los experimentos probados
   *[dropped] los experimentos descartados
}
practice-experiments-empty = Aún no hay experimentos. Abre un tropiezo y, junto a una lección o «Qué haré distinto», elige «Convertirlo en experimento».
practice-filter-empty = { $filter ->
    [all] No hay experimentos.
    [open] No hay experimentos abiertos.
    [due] No hay experimentos pendientes.
    [tried] No hay experimentos probados.
   *[dropped] No hay experimentos descartados.
}
practice-show-more = Mostrar { $count } más
practice-delete-heading = ¿Eliminar este experimento?
practice-delete-message = Desaparece de la lista y de las cifras. Puedes deshacerlo.
practice-delete-keep = Conservarlo
practice-badge-due = Pendiente
practice-badge-open = Abierto
practice-badge-tried = Probado
practice-badge-dropped = Descartado
practice-delete-button = Eliminar…
practice-delete-hover = Eliminar este experimento (puedes deshacerlo)
practice-delete-name = Eliminar el experimento { $text }
practice-from = · de
practice-open-setback = Abrir el tropiezo del que viene
practice-trains = · entrena { $skill }
practice-undo-trying = el intento de «{ $text }»
practice-tried-toast = Probaste «{ $text }»: { $outcome ->
    [worked] funcionó
    [partly] funcionó en parte
   *[didnt] no funcionó
}.
practice-undo-putting-off = el aplazamiento de «{ $text }»
practice-not-yet-toast = «{ $text }» volverá dentro de { $days ->
    [one] { $days } día
   *[other] { $days } días
}.
practice-undo-dropping = el descarte de «{ $text }»
practice-dropped-toast = Descartaste «{ $text }».
practice-proposal-message = Probaste «{ $experiment }», que entrena { $skill } (nivel { $from }). ¿Subirla al nivel { $to }?
practice-proposal-message-first = Probaste «{ $experiment }», que entrena { $skill } (aún sin nivel). ¿Subirla al nivel { $to }?
practice-proposal-heading = ¿Subir la habilidad?
practice-proposal-raise = Subir al nivel { $to }
practice-proposal-keep = Dejarla como está
practice-answer-tried = ✔ Lo probé
practice-answer-tried-hover = Cuenta cómo fue
practice-answer-not-yet = Todavía no
practice-answer-not-yet-hover = Volver a preguntar dentro de { $days ->
    [one] { $days } día
   *[other] { $days } días
}
practice-answer-drop = Descartarlo
practice-answer-drop-hover = Abandonarlo y decir por qué
practice-answer-how = ¿Cómo fue?
practice-answer-what-happened = Qué pasó (opcional)
practice-answer-what-happened-hint = Una línea sobre cómo fue
practice-answer-save = Guardar respuesta
practice-answer-why-drop = ¿Por qué descartarlo? (opcional)
practice-answer-why-drop-hint = p. ej. el proyecto terminó
practice-answer-drop-name = Descartar el experimento
practice-plan-problem-text = Escribe en una frase qué vas a probar.
practice-plan-problem-date = Escribe la fecha como AAAA-MM-DD o elígela en el calendario.
practice-plan-problem-situation = Di cuándo se presenta, p. ej. «la próxima vez que presente».
practice-plan-when = Cuándo
practice-plan-by-date = Antes de una fecha
practice-plan-when-it-comes-up = Cuando se presente
practice-plan-try-by = Probarlo antes del
practice-plan-try-by-field = Fecha límite
practice-plan-situation = La situación
practice-plan-situation-hint = p. ej. la próxima vez que presente ante la dirección
practice-plan-skill = Habilidad que entrena
practice-plan-skill-none = Ninguna
practice-plan-heading-change = Cambiar el experimento
practice-plan-heading-make = Convertirlo en experimento
practice-plan-from = De «{ $title }»
practice-plan-text = Qué voy a probar
practice-plan-text-hint = p. ej. Pedir un ensayo antes de presentar
practice-plan-save = Guardar cambios
practice-plan-make = Crear el experimento
practice-planned-by-toast = Planeado «{ $text }»: pruébalo antes del { $date }.
practice-planned-when-toast = Planeado «{ $text }»: pruébalo { $situation }.
practice-undo-planning = la planificación de «{ $text }»
practice-undo-changing = el cambio de «{ $text }»
practice-changed-toast = Cambiado «{ $text }».
practice-undo-raising = la subida de «{ $skill }» al nivel { $level }
practice-raised-toast = «{ $skill }» está ahora en el nivel { $level }.
practice-undo-deleting = la eliminación de «{ $text }»
practice-deleted-toast = Eliminado «{ $text }».
practice-undo-writing-review = la redacción del repaso semanal
practice-review-not-kept = No se pudo guardar el repaso: { $error }
practice-review-saved-toast = Tu repaso semanal está guardado.
review-title = Repasa tu semana
review-period = { $from } – { $to }
review-intro = Unos minutos para mirar atrás: los días desde tu último repaso (como mucho cuatro semanas).
review-went-well = Qué salió bien
review-went-well-hint = Algo que salió bien, por pequeño que sea
review-week-question = ¿Qué tal la semana, en general?
review-week-rating = Valoración de la semana
review-kept-as-you-type = Lo que escribes aquí se guarda mientras escribes, como todo lo demás.
review-done-hover = Cerrar el repaso; queda guardado
review-back = Volver a Hoy
review-back-hover = Deja el repaso por ahora; vuelve a él desde Hoy
review-ratings-heading = Tus valoraciones, frente a los días anteriores
review-this-period = Este periodo
review-period-before = El periodo anterior
review-mean-days = { $mean } ({ $days ->
    [one] { $days } día
   *[other] { $days } días
})
review-line-before = { $scale }, antes
review-faint-lines = Líneas tenues: los mismos días del periodo anterior.
review-setback-link = { $title } · { $date }
review-no-next-step = aún no hay siguiente paso escrito
review-next-step = siguiente: { $step }
review-setbacks = Tropiezos
review-no-setbacks = Ninguno en este periodo.
review-still-open = Aún abiertos de antes
review-and-more = y { $count } más
review-experiments = Experimentos
review-no-experiments = Ninguno pendiente ni probado en este periodo.
review-experiment-due = Pendiente: { $text } ({ $when })
review-experiment-tried = Probado: { $text } — { $status ->
    [worked] funcionó
    [partly] funcionó en parte
    [didnt] no funcionó
   *[other] { $status }
}
review-feedback = Comentarios recibidos
review-feedback-line = { $from }: «{ $insight }»
review-lesson = Una lección para llevarte a la próxima semana
review-lessons-from-period = De este periodo:
review-carry-lesson = Llevarte esta lección
review-lesson-hint = Elige una de arriba o escribe la tuya
