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
model-category-work = Trabajo
model-category-project = Proyecto
model-category-career = Carrera
model-category-relationship = Relaciones
model-category-learning = Aprendizaje
model-category-health = Salud
model-category-other = Otra
model-feedback-mentor = Mentor
model-feedback-peer = Compañero
model-feedback-client = Cliente
model-feedback-manager = Jefe
model-feedback-other = Otra persona
model-scale-mood = Ánimo
model-scale-resilience = Resiliencia
model-scale-growth-mindset = Mentalidad de crecimiento
model-scale-mood-question = ¿Cómo te sientes hoy?
model-scale-resilience-question = ¿Qué tan bien te estás recuperando ahora?
model-scale-growth-mindset-question = ¿Cuánto crees que puedes crecer con esto?
model-scale-mood-low = Fatal
model-scale-mood-high = Genial
model-scale-resilience-low = Por los suelos
model-scale-resilience-high = Recuperándome
model-scale-growth-mindset-low = Estancado
model-scale-growth-mindset-high = Creciendo
form-field-title = Título
form-field-date = Fecha
form-field-recovered-on = Recuperado el
form-title-missing = Un tropiezo necesita un título; mientras tanto aparece como «{ $title }» en la lista.
form-date-problem = Fecha: { $problem }
form-recovered-before = { $recovered } es anterior al tropiezo ({ $date })
form-recovered-problem = Recuperado el: { $problem }
form-not-a-date = «{ $text }» no es una fecha; escríbela como AAAA-MM-DD
form-in-future = { $day } está en el futuro (hoy es { $today })
setbacks-heading = Tropiezos
setbacks-new-button = + Nuevo tropiezo
setbacks-new-hover = Anota un tropiezo de hoy ({ $keys })
setbacks-count = { $count ->
    [one] 1 tropiezo
   *[other] { $count } tropiezos
}
setbacks-count-filtered = { $shown } de { $count ->
    [one] 1 tropiezo
   *[other] { $count } tropiezos
}
setbacks-empty = Aún no hay tropiezos. Cuando algo salga mal —grande o pequeño—, anótalo aquí y vuelve luego para reflexionar. Cada uno es una ocasión de aprender.
setbacks-none-match = Ningún tropiezo coincide con estos filtros.
setbacks-search = Buscar
setbacks-search-hint = palabras de títulos, reflexiones, lecciones
setbacks-all-categories = Todas las categorías
setbacks-category-filter = Filtro de categoría
setbacks-any-status = Cualquier estado
setbacks-status-filter = Filtro de estado
setbacks-micro-only = Solo microtropiezos
setbacks-factor-chip = Factor: { $factor } ×
setbacks-factor-chip-hover = Tropiezos que mencionan este factor; haz clic para verlos todos
setbacks-factor-chip-name = Quitar el filtro de factor { $factor }
setbacks-clear-filters = Quitar filtros
setbacks-pick = Elige un tropiezo a la izquierda o anota uno nuevo.
setbacks-pick-explanation = Reflexiona sobre lo que pasó, pide opiniones y anota lo que te enseñó: la grieta pasa a ser parte de la historia.
setbacks-editor-heading = Tropiezo
setbacks-editor-heading-new = Nuevo tropiezo
setbacks-delete = Eliminar…
setbacks-close-hover = Cerrar el editor; tus cambios ya están guardados
setbacks-new-explanation = Se guarda desde tu primer cambio; ponle un título, lo demás puede esperar.
setbacks-delete-message = «{ $title }» y su reflexión se eliminarán. Puedes deshacerlo con { $keys }.
setbacks-delete-heading = ¿Eliminar este tropiezo?
setbacks-delete-confirm = Eliminar tropiezo
setbacks-orphan-heading = ¿Conservar la habilidad?
setbacks-orphan-message = «{ $name }» ya no está vinculada a ningún tropiezo. ¿La conservas en tus habilidades o la eliminas?
setbacks-orphan-keep = Conservar habilidad
setbacks-orphan-delete = Eliminar habilidad
setbacks-status-open = Abierto
setbacks-status-reflected = Reflexionado
setbacks-status-recovered = Superado
setbacks-row-details = { $date } · { $category } · gravedad { $severity }{ $micro ->
    [yes] {" "}· microtropiezo
   *[no] {""}
} · { $status }
setbacks-row-flag = un campo necesita atención
setbacks-skill-not-linked = Aún sin vincular: elige una habilidad o pulsa Enter para crearla.
setbacks-category-not-applied = Aún sin aplicar: pulsa Enter para usar esta categoría.
setbacks-step-new = nuevo tropiezo
setbacks-step-typing = escribir en { $field }
setbacks-step-editing = editar el tropiezo
setbacks-step-changing = cambiar { $field }
setbacks-step-create-skill = crear la habilidad «{ $name }»
setbacks-field-category = Categoría
setbacks-field-severity = Gravedad
setbacks-field-micro-failure = Microtropiezo
setbacks-field-status = Estado
setbacks-field-what-happened = Qué pasó
setbacks-field-contributing-factors = Factores que influyeron
setbacks-field-do-differently = Qué haré distinto
setbacks-field-feedback = Opiniones
setbacks-field-lessons = Lecciones
setbacks-field-skills = Habilidades adquiridas
setbacks-practice-heading = Llevarlo a la práctica
setbacks-practice-prompt = Convierte una lección en algo que probar la próxima vez y luego cuenta si funcionó.
setbacks-practice-change = Cambiar…
setbacks-practice-change-hover = Cambiar qué probar, cuándo o la habilidad que entrena
setbacks-practice-none = Aún no hay experimentos.
setbacks-practice-lesson = Lección
setbacks-practice-make = Convertirlo en experimento
setbacks-practice-make-hover = Planear probarlo en las próximas dos semanas (puedes cambiarlo después)
setbacks-practice-already = Ya es un experimento
setbacks-practice-make-name = Convertirlo en experimento: { $text }
setbacks-practice-source = { $kind }: { $text }
setbacks-echoes-heading = Causas que ya aparecieron antes
setbacks-echoes-factor = { $factor }: también en { $count ->
    [one] 1 tropiezo anterior
   *[other] { $count } tropiezos anteriores
}
setbacks-echoes-see = Verlos
setbacks-echoes-see-hover = Listar los tropiezos con este factor
setbacks-echoes-make-name = Crear un experimento contra { $factor }
setbacks-echoes-plan-text = La próxima vez, evitaré «{ $factor }»
setbacks-title-hint = Qué salió mal, en pocas palabras
setbacks-new-category-hint = o una nueva
setbacks-new-category = Nueva categoría
setbacks-micro-failure-hover = Un pequeño traspié más que un gran suceso. Vale la pena fijarse en sus patrones.
setbacks-new-category-problem = Nueva categoría «{ $name }»: { $problem }
setbacks-date-future = un tropiezo no puede estar en el futuro
setbacks-recovered-on = el
setbacks-recovery-future = una recuperación no puede estar en el futuro
setbacks-recovery-before = antes del tropiezo
setbacks-severity-1 = un rasguño
setbacks-severity-2 = dolió
setbacks-severity-3 = un golpe de verdad
setbacks-severity-4 = un golpe duro
setbacks-severity-5 = un tropiezo grave
setbacks-reflect-heading = Reflexionar y analizar
setbacks-reflect-prompt = Míralo como lo haría un observador curioso: ¿qué pasó y qué llevó a ello?
setbacks-what-happened-hint = Descríbelo con sencillez, sin juzgarte.
setbacks-contributing-factor = Factor que influyó
setbacks-contributing-factor-hint = un pequeño traspié, una circunstancia, una suposición…
setbacks-do-differently-hint = La próxima vez, voy a…
setbacks-feedback-heading = Pedir opiniones
setbacks-feedback-prompt = ¿Quién podría ayudarte a verlo de otra forma? Un mentor, un compañero, un cliente, tu jefe.
setbacks-learning-heading = Seguir aprendiendo
setbacks-learning-prompt = ¿Qué te llevas de esto?
setbacks-lesson-hint = una lección en una frase
setbacks-feedback-source = Opinión { $number }: fuente
setbacks-feedback-name-hint = nombre (opcional)
setbacks-feedback-name = Opinión { $number }: nombre
setbacks-feedback-remove = Quitar la opinión { $number }
setbacks-feedback-insight-hint = ¿Qué te dijeron? ¿Cuál es la idea clave, en tus palabras?
setbacks-feedback-insight = Opinión { $number }: idea clave
setbacks-feedback-add = + Añadir opinión
setbacks-skills-prompt = ¿Qué habilidad te empujó a desarrollar?
setbacks-deleted-skill = (habilidad eliminada)
setbacks-skill-remove = Quitar la habilidad { $name }
setbacks-skill-unlink-hover = Desvincular «{ $name }» de este tropiezo
setbacks-skills-none = Aún no hay habilidades vinculadas.
setbacks-skill-add = Añadir una habilidad
setbacks-skill-add-hint = escribe para buscar o crear una habilidad
setbacks-skill-link-hover = Vincular esta habilidad
setbacks-skill-create = Crear «{ $name }»
skills-heading = Habilidades
skills-search = Buscar
skills-search-hint = nombre o categoría de la habilidad
skills-count = { $count ->
    [one] 1 habilidad
   *[other] { $count } habilidades
}
skills-empty = Aún no hay habilidades. Cuando reflexiones sobre un tropiezo, anota las habilidades que te empujó a desarrollar: aparecerán aquí.
skills-row-flag = el nombre necesita atención
skills-not-linked = sin vincular
skills-since = desde { $date }
skills-row-details = Nivel { $level } · { $since } · { $count ->
    [one] 1 tropiezo
   *[other] { $count } tropiezos
}
skills-pick = Elige una habilidad para ver de dónde viene y cómo ha crecido.
skills-delete = Eliminar…
skills-step-level = nivel de «{ $name }»
skills-step-remove-level = quitar un nivel de «{ $name }»
skills-field-notes = Notas
skills-notes-hint = Cómo la practicas, recursos, qué probar después
skills-step-typing = escribir en { $field }
skills-field-name = Nombre
skills-name-taken = Ya hay una habilidad llamada «{ $other }»; la habilidad conserva el nombre «{ $name }» hasta que lo cambies.
skills-name-missing = Una habilidad necesita un nombre; conserva «{ $name }» hasta que tenga uno.
skills-field-category = Categoría
skills-merge-message = «{ $from }» se fusionará con «{ $into }»: sus tropiezos, su historial de niveles y sus notas pasan a esta, y «{ $from }» se elimina.
skills-merge-confirm = Fusionar con «{ $into }»
skills-merge-heading = ¿Fusionar las dos habilidades?
skills-merge-cancel = Mantenerlas separadas
skills-step-merge = fusionar «{ $from }» con «{ $into }»
skills-delete-message = «{ $name }» se eliminará, con sus vínculos a tropiezos. Puedes deshacerlo con { $keys }.
skills-delete-heading = ¿Eliminar esta habilidad?
skills-delete-confirm = Eliminar habilidad
skills-came-from = Viene de
skills-came-from-link = { $title } · { $date }
skills-open-setback-name = Abrir el tropiezo { $title }
skills-open-setback-hover = Abrir este tropiezo
skills-came-from-none = Ningún tropiezo está vinculado a esta habilidad.
skills-level-history = Historial de niveles
skills-level-value = Nivel { $level }
skills-level-remove = Quitar el cambio de nivel del { $date }
skills-category-hint = p. ej., Comunicación
skills-first-acquired = Adquirida
skills-first-acquired-hover = La fecha del primer tropiezo del que viene.
skills-field-level = Nivel
skills-level-scale = 1 nueva · 5 dominada
