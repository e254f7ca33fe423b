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

## Progress, insights and exported charts

insights-date-range = { $from } – { $to }
insights-days =
    { $count ->
        [one] 1 día
       *[other] { $count } días
    }
insights-trend-rising = al alza
insights-trend-falling = a la baja
insights-trend-steady = estable
insights-rating-mood = ánimo
insights-rating-resilience = resiliencia
insights-rating-growth-mindset = mentalidad de crecimiento
insights-recoveries-faster = Te recuperas más rápido
insights-recoveries-slower = Te recuperas más despacio
insights-recoveries-same = La recuperación tarda más o menos lo mismo que antes
insights-pattern = { $count } microtropiezos en { $category } en { $span } días, { $from }–{ $to }
insights-tag-sentence = Los días con la etiqueta { $tag }: { $figures }
insights-tag-figures = { $rating } { $mean } frente a { $other } los demás días ({ $days } frente a { $other_days } días)
insights-tag-with-difference = { $sentence } ({ $difference })
insights-tags-none = Etiquetas: ninguna tiene { $days } días con ella y { $days } sin ella en este periodo
insights-tags-same = Etiquetas: los días con y sin cada etiqueta tienen medias parecidas
insights-by-weekday = { $rating } por día de la semana: { $profile }
insights-weekday-mean = { $weekday } { $mean } ({ $days })
insights-weekday-no-mean = { $weekday } – (0)
insights-recovery-needs = Recuperación por categoría: hacen falta { $count } tropiezos con tiempo de recuperación en una categoría
insights-recovery-in = Recuperación en { $sentence }
insights-category-sentence = { $category }: { $figures }
insights-category-figures =
    mediana { $median } { $days ->
        [one] día
       *[other] días
    } en { $count } tropiezos
insights-carry-over-fresh = cada día empieza de nuevo
insights-carry-over-a-little = el ánimo perdura un poco
insights-carry-over-linger = el ánimo perdura
insights-carry-over-sentence = Arrastre del ánimo { $value }: { $words } ({ $pairs } pares de días seguidos)
insights-carry-over-needs-pairs = Arrastre del ánimo: hacen falta { $needed } pares de días seguidos con ánimo ({ $pairs } por ahora)
insights-carry-over-needs-variety = Arrastre del ánimo: hace falta un ánimo que cambie de un día a otro
insights-week-of = Semana del { $date }
insights-resolution-daily = diaria
insights-resolution-weekly = medias semanales
insights-resolution-monthly = medias mensuales
progress-lane-micro-failures = { $category }: microtropiezos
progress-lane-setbacks = { $category }: tropiezos, gravedad { $severity }
progress-lane-bounce-not-measured = tiempo de recuperación: aún sin medir
progress-lane-bounced-back =
    recuperado en { $days ->
        [one] 1 día
       *[other] { $days } días
    }
progress-lane-setback-hover =
    { $title }
    { $category }: { $kind ->
        [micro-failure] microtropiezo
       *[setback] tropiezo
    } · gravedad { $severity } · { $date }
    { $bounce }
    Haz clic para abrirlo
progress-lane-skills = Habilidades adquiridas
progress-lane-skill =
    Habilidad: { $skill }
    adquirida el { $date }
progress-lane-skill-from =
    Habilidad: { $skill }
    adquirida el { $date }
    gracias a «{ $title }»
progress-lane-reviews = Repasos semanales
progress-lane-review = Repaso semanal, { $from } – { $to }
progress-lane-review-rating = la semana: { $rating }/10
progress-lane-review-lesson = para seguir: { $lesson }
progress-lane-group =
    { $low }–{ $high } tropiezos por { $period ->
        [week] semana
        [month] mes
       *[year] año
    } (sobre todo { $category })
progress-lane-group-hover =
    { $period }: { $count ->
        [one] 1 tropiezo
       *[other] { $count } tropiezos
    } ({ $micro } microtropiezos)
    { $breakdown }
    Haz clic para acercar
progress-lane-title = Tropiezos y habilidades
progress-lane-help = Tropiezos: color según la categoría, tamaño según la gravedad; los microtropiezos son círculos huecos pequeños. Rombos dorados: habilidades, el día en que se adquirieron. Cuadrados huecos: repasos semanales (con vista por días). Haz clic en un tropiezo para abrirlo.
progress-lane-row-setbacks = tropiezos
progress-lane-row-skills = habilidades
chart-title = Kintsugi · valoraciones, tropiezos y habilidades · { $range } ({ $resolution })
chart-rating-axis = valoración (1–10)
chart-series-average = { $rating } (media de 7 días)
chart-series-weekly = { $rating } (media semanal, banda: mínimo–máximo)
chart-series-monthly = { $rating } (media mensual, banda: mínimo–máximo)
chart-lane-note = tamaño = gravedad · hueco = microtropiezo · rombo dorado = habilidad adquirida
chart-lane-note-grouped =
    un círculo por { $period ->
        [week] semana
        [month] mes
       *[year] año
    } (color: categoría más frecuente, tamaño: cuántos) · rombo dorado = habilidad
chart-better-days-heading = Qué acompaña a los días mejores — comparaciones entre días, no causas
progress-preset-four-weeks = 4 semanas
progress-preset-three-months = 3 meses
progress-preset-six-months = 6 meses
progress-preset-one-year = 1 año
progress-preset-all = Todo
progress-preset-custom = Personalizado
progress-heading = Progreso
progress-preset-accessible = Periodo { $preset }
progress-show-range = Mostrar periodo
progress-show-rating = Mostrar { $rating }
progress-show-rating-help = Mostrar u ocultar esta valoración en el gráfico
progress-resolution-auto = Auto ({ $resolution })
progress-resolution = Resolución
progress-reset-view = Restablecer vista
progress-reset-view-help = Volver al periodo elegido (o doble clic en el gráfico)
progress-export-chart = Exportar gráfico…
progress-export-chart-help = Guardar este gráfico como PNG o SVG ({ $keys })
progress-copy-chart = Copiar gráfico
progress-copy-chart-help = Copiar este gráfico al portapapeles como imagen
progress-report = Informe para un mentor…
progress-report-help = Un informe en PDF o Markdown de este periodo: tú eliges qué incluye
progress-range-reversed = El periodo empieza ({ $from }) después de terminar ({ $to }).
progress-range-format = Escribe las fechas como AAAA-MM-DD, p. ej., 2026-03-01.
progress-heatmap-no-check-in = sin registro del día
progress-heatmap-mood = ánimo { $mood }
progress-heatmap-day = { $date }, { $mood }
progress-heatmap-day-setback = { $date }, { $mood } · tropiezo: { $title }
progress-heatmap-day-setbacks = { $date }, { $mood } · { $count } tropiezos
progress-series-rating = { $rating }: valoración
progress-series-average = { $rating }: media de 7 días
progress-series-weekly = { $rating }: media semanal
progress-series-monthly = { $rating }: media mensual
progress-series-band = { $rating }: rango
progress-bucket-hover =
    { $name } { $mean }
    { $from } – { $to }
    mínimo { $lowest }, máximo { $highest } ({ $count ->
        [one] 1 registro del día
       *[other] { $count } registros del día
    })
progress-point-hover =
    { $name } { $value }
    { $date }
progress-legend-shapes = · hueco = microtropiezo · tamaño = gravedad
progress-legend-skill = · rombo dorado = habilidad adquirida
progress-empty = Tu progreso aparecerá aquí cuando tengas algunos registros del día. Empieza en la pantalla Hoy: basta un minuto al día.
progress-chart-range = { $range } · { $resolution }
progress-ratings = Valoraciones
progress-ratings-help = A partir de unos meses, el gráfico muestra medias semanales; a partir de unos años, medias mensuales, cada una con su valoración más baja y más alta como banda. Acerca la vista (Ctrl+rueda, un recuadro arrastrado con el botón derecho, o + y -; Izquierda y Derecha para desplazarte) para volver a ver los puntos diarios, o elige una resolución.
progress-heatmap-title = Un año en píxeles
progress-heatmap-help = Cada cuadrado es un día, coloreado según el ánimo; un punto marca un tropiezo. Haz clic en un día para abrirlo en la pantalla Hoy.
progress-previous-year = Año anterior
progress-next-year = Año siguiente
progress-insights = Observaciones
progress-no-ratings = No hay valoraciones en este periodo.
progress-mean = media { $mean }
progress-mean-change = media { $mean } ({ $change } frente a los { $days } días anteriores)
progress-mean-help = Media de los registros del día del periodo que tienen esta valoración; los días que faltan no cuentan como cero.
progress-trend-needs = tendencia: hacen falta registros del día en al menos 2 días
progress-trend = { $words } ({ $slope } cada 30 días)
progress-trend-help = Pendiente de la valoración según el día (mínimos cuadrados), por 30.
progress-coverage =
    { $count ->
        [one] 1 registro del día
       *[other] { $count } registros del día
    } · { $share } de los días · racha { $streak } (la más larga { $longest })
progress-coverage-help = Cobertura = días con registro del día / días del periodo. La racha actual termina el último día del periodo (o el día anterior).
progress-setbacks-count =
    { $count ->
        [one] 1 tropiezo
       *[other] { $count } tropiezos
    }, { $micro ->
        [one] 1 microtropiezo
       *[other] { $micro } microtropiezos
    }
progress-bounce-back = Tiempo de recuperación mediano: { $median } días
progress-bounce-back-needs = Tiempo de recuperación: hacen falta 3 registros del día con ánimo en los 14 días antes de un tropiezo
progress-bounce-back-help = Para cada tropiezo: los días hasta que el ánimo medio de los últimos 3 días vuelve a la media de los 14 días anteriores. La mediana es sobre los tropiezos del periodo que tienen un valor.
progress-recoveries = { $words }: mediana { $first } días, luego { $second } días
progress-recoveries-help = Tiempo de recuperación mediano de la primera mitad de los tropiezos del periodo frente a la segunda.
progress-recoveries-needs = Recuperaciones más rápidas o más lentas: hacen falta 4 tropiezos con tiempo de recuperación
progress-skills-acquired =
    { $count ->
        [one] 1 habilidad adquirida
       *[other] { $count } habilidades adquiridas
    }
progress-skills-acquired-help = Habilidades cuya fecha de primera adquisición cae en el periodo.
progress-list-and-more = { $list } y { $count } más
progress-patterns = Patrones de microtropiezos
progress-patterns-help = Tres o más microtropiezos de la misma categoría en 14 días; las rachas que se solapan se unen.
progress-patterns-none = Ninguno en este periodo.
progress-and-more = y { $count } más
progress-recurring-causes = Causas recurrentes
progress-recurring-causes-help = Factores anotados en dos o más tropiezos del periodo, comparados sin mayúsculas, tildes, puntuación ni la s del plural.
progress-recurring-causes-none = Ningún factor aparece dos veces en este periodo. Aquí se comparan los factores que anotas en tus tropiezos.
progress-factor-link-help = Mostrar los tropiezos que lo mencionan
progress-factor-figures = en { $count } tropiezos desde el { $date } ({ $categories })
progress-lessons = Lecciones puestas en práctica
progress-lessons-help = Experimentos creados a partir de lecciones en este periodo, y si se probaron.
progress-experiments-planned = Experimentos planeados:
progress-experiments-planned-help = Experimentos creados en este periodo.
progress-tried = Probados:
progress-tried-figures = { $count } — { $worked } funcionaron, { $partly } en parte, { $didnt } no
progress-tried-help = Experimentos probados en este periodo, según cómo fue.
progress-dropped = Descartados:
progress-dropped-help = Experimentos abandonados en este periodo.
progress-days-to-first-try = Días hasta el primer intento:
progress-days-to-first-try-median = { $days } (mediana)
progress-days-to-first-try-help = Mediana, sobre los tropiezos del periodo con un experimento probado, de los días desde el tropiezo hasta el primer intento.
progress-put-into-practice = Tropiezos llevados a la práctica:
progress-put-into-practice-share = { $percent } % de { $count }
progress-put-into-practice-help = La proporción de tropiezos del periodo con al menos un experimento probado.
progress-better-days = Qué acompaña a los días mejores
progress-better-days-subtitle = { $range } · comparaciones entre días, no causas
progress-better-days-help = Cada cifra compara días del periodo con otros días del periodo. Una diferencia indica qué suele ir junto, no qué causa qué; con pocos días puede ser ruido.
progress-tags-help = Valoración media de los registros del día del periodo con la etiqueta frente a los que no la llevan, cada vez sobre los registros con esta valoración. Las etiquetas se agrupan sin importar las mayúsculas. Una etiqueta se compara cuando tiene 5 días con ella y 5 sin ella; se listan las mayores diferencias hacia arriba y hacia abajo.
progress-weekday-help = Media de esta valoración en cada día de la semana del periodo, sobre los registros del día que la tienen. Señala una barra para ver su número de días.
progress-recovery-help = Para cada categoría con al menos 2 tropiezos del periodo con tiempo de recuperación: cuántos, y la mediana de esos tiempos (días hasta que el ánimo medio de los últimos 3 días volvió a la media de los 14 días antes del tropiezo).
progress-carry-over-help = La correlación (Pearson) del ánimo de cada día con el del día anterior, sobre los pares de días seguidos del periodo que tienen ánimo; hacen falta 10 pares. Por debajo de 0,2: cada día empieza de nuevo; de 0,2 a 0,5: el ánimo perdura un poco; por encima de 0,5: el ánimo perdura. En la investigación sobre la inercia emocional, un valor alto va con una recuperación más lenta.
progress-no-rating-of = No hay valoraciones de { $rating } en este periodo.
progress-tags-needed = Etiquetas: hacen falta { $days } días con una etiqueta y { $days } sin ella.
progress-tags-same = Los días con y sin cada etiqueta tienen una media parecida.
progress-tag-link-help = Mostrar todos los días con la etiqueta «{ $tag }» en la pantalla Diario
progress-tag-link-accessible = Mostrar los días con la etiqueta { $tag }
progress-row-figures = : { $figures }
progress-tag-difference = Diferencia { $difference }
progress-on-days-tagged = Los días con la etiqueta{" "}
progress-weekday-initials =
    { $weekday ->
        [1] lu
        [2] ma
        [3] mi
        [4] ju
        [5] vi
        [6] sá
       *[7] do
    }
progress-weekday-mean =
    { $weekday ->
        [1] Los lunes
        [2] Los martes
        [3] Los miércoles
        [4] Los jueves
        [5] Los viernes
        [6] Los sábados
       *[7] Los domingos
    }: { $rating } { $mean } de media en { $days }
progress-weekday-no-ratings =
    { $weekday ->
        [1] Los lunes
        [2] Los martes
        [3] Los miércoles
        [4] Los jueves
        [5] Los viernes
        [6] Los sábados
       *[7] Los domingos
    }: sin valoraciones de { $rating } en este periodo
progress-recovery-needed = Hacen falta { $count } tropiezos con tiempo de recuperación en una categoría.
progress-category-link-help = Mostrar los tropiezos de { $category } en la pantalla Tropiezos
progress-category-link-accessible = Mostrar los tropiezos de { $category }
progress-carry-over = { $value }: { $words } ({ $pairs } pares de días seguidos)
progress-carry-over-needs-pairs = Hacen falta { $needed } pares de días seguidos con ánimo ({ $pairs } por ahora).
progress-carry-over-needs-variety = Hace falta un ánimo que cambie de un día a otro.
progress-by-weekday = Por día de la semana
progress-recovery-by-category = Recuperación por categoría
progress-carry-over-title = Arrastre del ánimo
