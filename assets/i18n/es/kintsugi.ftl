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

## The mentor report and notifications

report-title = Informe de progreso
report-period = { $from } – { $to }
report-made-on = Elaborado el { $date }
report-masthead-line = { $range }   ·   elaborado el { $date }
report-empty = No se registró nada en este período: ningún registro del día y ningún tropiezo.
report-summary-heading = Resumen
report-summary-no-ratings = { $rating }: sin valoraciones en este período.
report-summary-rating = { $rating }: media de { $mean }.
report-summary-rating-before = { $rating }: media de { $mean } ({ $difference } frente { $days ->
        [one] al día anterior
       *[other] a los { $days } días anteriores
    }).
report-summary-rating-trend = { $rating }: media de { $mean }, { $trend ->
        [rising] en aumento
        [falling] en descenso
       *[steady] estable
    } ({ $slope } cada 30 días).
report-summary-rating-before-trend = { $rating }: media de { $mean } ({ $difference } frente { $days ->
        [one] al día anterior
       *[other] a los { $days } días anteriores
    }), { $trend ->
        [rising] en aumento
        [falling] en descenso
       *[steady] estable
    } ({ $slope } cada 30 días).
report-summary-check-ins = Registro del día en { $checkins } de { $days ->
        [one] { $days } día
       *[other] { $days } días
    } ({ $percent }); racha actual de { $current ->
        [one] { $current } día
       *[other] { $current } días
    }, la más larga de { $longest ->
        [one] { $longest } día
       *[other] { $longest } días
    }.
report-summary-no-setbacks = Ningún tropiezo registrado.
report-summary-one-setback-micro = 1 tropiezo registrado, un microtropiezo.
report-summary-setbacks = { $count ->
        [one] { $count } tropiezo registrado.
       *[other] { $count } tropiezos registrados.
    }
report-summary-setbacks-micro = { $count } tropiezos registrados, { $micro ->
        [one] { $micro } de ellos un microtropiezo
       *[other] { $micro } de ellos microtropiezos
    }.
report-summary-bounce-back = Mediana del tiempo de recuperación: { $median } días.
report-summary-bounce-back-trend = Mediana del tiempo de recuperación: { $median } días; { $trend ->
        [faster] te recuperas más rápido
        [slower] te recuperas más despacio
       *[same] te recuperas en un tiempo parecido al de antes
    } (mediana de { $first } días, luego de { $second }).
report-summary-no-skills = Ninguna habilidad nueva registrada.
report-summary-skills = { $count ->
        [one] { $count } habilidad adquirida.
       *[other] { $count } habilidades adquiridas.
    }
report-summary-pattern = Un patrón: { $count } microtropiezos en { $category } en { $days ->
        [one] { $days } día
       *[other] { $days } días
    }, { $from }–{ $to }.
report-better-days-heading = Qué acompaña a los días mejores
report-better-days-note = Comparaciones entre días, no causas.
report-chart-heading = Valoraciones, tropiezos y habilidades
report-chart-description = Las valoraciones del período, con los tropiezos y las habilidades debajo.
report-chart-caption = Figura 1: { $description }
report-setbacks-heading = Los tropiezos y lo que salió de ellos
report-setbacks-left-out = { $count ->
        [one] { $count } tropiezo de este período no se cuenta aquí, por elección.
       *[other] { $count } tropiezos de este período no se cuentan aquí, por elección.
    }
report-setback-facts = { $category } · gravedad { $severity } de 5
report-setback-facts-micro = { $category } · gravedad { $severity } de 5 · microtropiezo
report-setback-open = Abierto
report-setback-reflected = Con reflexión
report-setback-recovered = Recuperado el { $date }
report-setback-bounce-back = { $status } · ánimo de vuelta a su nivel habitual en { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
report-feedback-named = { $source } ({ $name }): { $insight }
report-feedback = { $source }: { $insight }
report-what-happened = Qué pasó
report-contributing-factors = Factores que contribuyeron
report-do-differently = Qué haré de otra manera
report-feedback-received = Comentarios recibidos
report-lessons = Lecciones
report-skills-acquired = Habilidades adquiridas
report-experiments-heading = Experimentos
report-experiment-from = De «{ $setback }» ({ $date })
report-experiment-trains = entrena { $skill }
report-experiment-planned-by = Planeado el { $planned }, para probar antes del { $by }
report-experiment-planned-when = Planeado el { $planned }, para probar cuando: { $situation }
report-experiment-not-tried = Aún sin probar
report-experiment-tried = Probado el { $date }: { $outcome ->
        [worked] funcionó
        [partly] funcionó en parte
       *[didnt] no funcionó
    }
report-experiment-dropped = Descartado el { $date }
report-experiments-left-out = { $count ->
        [one] { $count } experimento de este período no se cuenta aquí: su tropiezo tampoco.
       *[other] { $count } experimentos de este período no se cuentan aquí: sus tropiezos tampoco.
    }
report-skills-column-skill = Habilidad
report-skills-column-level-then = Nivel entonces
report-skills-column-level-now = Nivel ahora
report-skills-column-came-from = Origen
report-skill-level = { $level } de 5
report-skill-level-not-set = sin definir
report-skill-set-by-hand = definido a mano
report-skill-from-others = { $count ->
        [one] { $count } tropiezo que no está
       *[other] { $count } tropiezos que no están
    } en este informe
report-skill-from-shown-and-others = { $shown }; y { $count ->
        [one] { $count } tropiezo que no está
       *[other] { $count } tropiezos que no están
    } en este informe
report-reviews-heading = Repasos semanales
report-review-rated = Semana valorada con { $rating } de 10
report-review-not-rated = Sin valorar
report-review-item = { $period }: { $rating }
report-review-went-well = Qué fue bien
report-review-lesson = La lección para la semana siguiente
report-reviews-words-left-out = Lo que fue bien y las lecciones de los repasos quedan fuera, igual que las notas de los registros del día.
report-error-unknown-format = { $path }: un informe se guarda como .pdf o .md
report-error-typeset = No se pudo componer el informe: { $detail }
report-error-chart = No se pudo dibujar el gráfico del informe: { $detail }
report-error-write = { $path }: no se pudo guardar el informe: { $detail }
report-notes-heading = Notas de los registros del día
report-questions-heading = Preguntas para nuestra conversación
notification-open = Abrir Kintsugi
reminder-check-in-title = Es hora de tu registro del día en Kintsugi
reminder-check-in-body = Aún no hay registro del día para el { $date }. ¿Qué tal te ha ido hoy? Tres valoraciones llevan un minuto.
reminder-check-in-unknown-body = Si aún no has hecho el registro del día del { $date }: ¿qué tal te ha ido hoy? (Tu diario está cifrado, así que Kintsugi no puede mirarlo sin tu frase de contraseña.)
reminder-review-title = Repasa tu semana
reminder-review-body = Unos minutos para mirar atrás: qué fue bien, los experimentos que probaste y una lección para llevarte a la próxima semana.
