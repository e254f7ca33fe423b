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
common-edit = Editar
common-open = Abrir
common-done = Hecho

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
welcome-heading = Te damos la bienvenida a Kintsugi
welcome-intro-growth = Los tropiezos forman parte de toda carrera. Kintsugi te ayuda a convertirlos en crecimiento.
welcome-intro-check-in = Haz cada día tu registro del día con tres valoraciones rápidas —ánimo, resiliencia, mentalidad de crecimiento— y anota tus tropiezos, grandes o pequeños, cuando ocurran.
welcome-intro-reflect = Reflexiona sobre ellos, anota los comentarios y las lecciones, y observa a lo largo de los meses cómo te recuperas y qué te enseñó cada uno.
welcome-start = Empezar mi diario
welcome-start-hover = Un diario nuevo en { $path }
welcome-demo = Explorar el diario de demostración
welcome-demo-hover = Tres años de entradas inventadas; no se guarda nada de lo que cambies
welcome-open-existing = Abrir un diario existente…
welcome-open-path = O abre el diario de esta ruta:
welcome-where = Tu diario estará en { $path }. Nada sale de este ordenador.
unlock-wrong-passphrase = Frase de contraseña incorrecta. Revisa Bloq Mayús y la distribución del teclado, y vuelve a intentarlo.
unlock-passphrase-missing = Primero escribe la frase de contraseña del diario.
unlock-heading = 🔒 { $file } está cifrado
unlock-intro-read-only = Escribe su frase de contraseña para verlo en modo de solo lectura ({ $reason }).
unlock-intro = Escribe su frase de contraseña para abrirlo.
unlock-passphrase = Frase de contraseña
unlock-hide = Ocultar
unlock-show = Mostrar
unlock-show-hover = Mostrar u ocultar la frase de contraseña mientras escribes
unlock-button = Desbloquear
unlock-working = Desbloqueando… (cerca de un segundo, a propósito: así adivinarla es lento)
unlock-pending-save = Tus últimos cambios se guardan en memoria y se escribirán en cuanto sea posible ({ $pending }).
unlock-open-another = Abrir otro diario…
unlock-quit = Salir
unlock-cannot-recover = La frase de contraseña no se puede recuperar: sin ella, ni tú ni nadie puede leer este diario.
lock-window-title = { $file } (bloqueado) — Kintsugi
lock-held = Bloqueado. Tus últimos cambios aún no se pudieron guardar ({ $error }); se conservan y se guardarán en cuanto sea posible.
lock-plain-journal = Solo se puede bloquear un diario cifrado. Para cifrarlo, elige «Cifrar el diario…» en el menú «Archivo».
lock-idle = { $minutes ->
    [one] Bloqueado tras { $minutes } minuto sin actividad.
   *[other] Bloqueado tras { $minutes } minutos sin actividad.
}
lock-kept-fields = { $count ->
    [one] { $count } campo aún tiene texto que el diario no pudo aceptar; se conserva para que lo corrijas.
   *[other] { $count } campos aún tienen texto que el diario no pudo aceptar; se conserva para que lo corrijas.
}
protection-plain-export = Tu diario está cifrado; esta exportación no. Guarda el archivo en un lugar privado.
protection-title-encrypt = Cifrar el diario
protection-title-change = Cambiar la frase de contraseña
protection-title-remove = Quitar el cifrado
protection-encrypt = Cifrar
protection-change = Cambiar la frase de contraseña
protection-remove = Quitar el cifrado
protection-strength-too-short = Demasiado corta: usa al menos 8 caracteres.
protection-strength-weak = Débil: fácil de adivinar. Varias palabras sin relación son más fáciles de recordar y más difíciles de adivinar.
protection-strength-fair = Aceptable. Unas cuantas palabras más la harían fuerte.
protection-strength-strong = Fuerte.
protection-current-missing = Escribe la frase de contraseña actual.
protection-new-differ = Las dos frases de contraseña nuevas no coinciden.
protection-working = Trabajando… (derivar una clave de una frase de contraseña es lento a propósito)
protection-not-encrypted = este diario no está cifrado
protection-wrong-passphrase = La frase de contraseña actual no es correcta; no se cambió nada.
protection-other-key = El diario en el disco tiene otra clave que el abierto aquí.
protection-worker-stopped = el proceso en segundo plano se detuvo
protection-failed = No se cambió nada: { $error }
protection-backups-deleted = { $count ->
    [one] { $count } copia de seguridad sin cifrar eliminada.
   *[other] { $count } copias de seguridad sin cifrar eliminadas.
}
protection-backups-encrypted = { $count ->
    [one] { $count } copia de seguridad también cifrada.
   *[other] { $count } copias de seguridad también cifradas.
}
protection-backups-changed = { $count ->
    [one] { $count } copia de seguridad también cambiada.
   *[other] { $count } copias de seguridad también cambiadas.
}
protection-backups-decrypted = { $count ->
    [one] { $count } copia de seguridad también descifrada.
   *[other] { $count } copias de seguridad también descifradas.
}
protection-done-encrypt = Cifrado. Guarda bien la frase de contraseña: no se puede recuperar.
protection-done-change = Frase de contraseña cambiada.
protection-done-remove = Cifrado quitado: el diario vuelve a ser texto sin cifrar.
protection-copy-still-encrypted = { $failure } (sigue cifrada: ábrela con la frase de contraseña anterior desde el diálogo de restauración)
protection-copy-tried-again = { $failure } (se volverá a intentar la próxima vez que abras el diario)
protection-explain-encrypt = Kintsugi cifrará el diario, sus copias de seguridad y cada guardado a partir de ahora. Necesitarás la frase de contraseña cada vez que lo abras.
protection-explain-change = El diario y sus copias de seguridad solo se abrirán con la frase de contraseña nueva.
protection-explain-remove = El diario y sus copias de seguridad volverán a escribirse sin cifrar, legibles para cualquiera con acceso a tus archivos.
protection-current = Frase de contraseña actual
protection-new = Frase de contraseña nueva
protection-new-hint = Al menos 8 caracteres; varias palabras sin relación funcionan bien.
protection-repeat = Repite la frase de contraseña nueva
protection-show = Mostrar las frases de contraseña
protection-backups = Las copias de seguridad existentes del diario (copias sin cifrar):
protection-backups-encrypt = Cifrarlas también
protection-backups-delete = Eliminarlas
protection-cannot-recover = La frase de contraseña no se puede recuperar. Anótala y guárdala en un lugar seguro: sin ella, nadie puede leer este diario, ni siquiera tú.
tamper-rollback-message = Este diario es más antiguo que el que abriste aquí la última vez (guardado { $found }; este ordenador ya vio el guardado { $seen }). Puede que se haya restaurado desde una copia de seguridad o sustituido por una copia antigua, por un programa de sincronización o por otra persona. Las entradas escritas desde entonces no están en él. Revisa sus copias de seguridad antes de editarlo, o quédate con esta versión.
tamper-rollback-heading = Una versión anterior de este diario
tamper-rollback-keep = Quedarme con esta versión
tamper-rollback-backups = Ver las copias de seguridad…
tamper-downgrade-heading = Este diario ya no está cifrado
tamper-downgrade-message = Estaba cifrado la última vez que lo abriste aquí, y ahora es texto sin cifrar: cualquiera con acceso al archivo puede leerlo. Si no quitaste tú el cifrado, puede que el archivo se haya sustituido.
tamper-downgrade-encrypt = Volver a cifrarlo…
tamper-downgrade-keep = Dejarlo sin cifrar
broken-heading-locked = Tu diario está abierto en otro Kintsugi
broken-heading-read-only-folder = Kintsugi no puede escribir en la carpeta de tu diario
broken-heading = Kintsugi no puede abrir tu diario
broken-file = Archivo
broken-what-went-wrong = Qué salió mal
broken-reassurance-locked = Solo un Kintsugi puede escribir en un diario a la vez, para que ninguno sobrescriba los cambios del otro. Puedes ver este diario sin cambiarlo, o cerrar el otro y volver a intentarlo.
broken-reassurance-read-only-folder = Puedes ver este diario sin cambiarlo, o corregir los permisos de la carpeta y volver a intentarlo.
broken-reassurance-newer-version = Este diario lo guardó un Kintsugi más reciente. No se ha modificado. Actualiza Kintsugi para abrirlo.
broken-reassurance = Kintsugi no ha modificado este archivo y no lo sobrescribirá.
broken-open-read-only = Abrir en solo lectura
broken-try-again = Volver a intentarlo
broken-restore = Restaurar la copia de seguridad más reciente (del { $date })
broken-restore-hover = El archivo ilegible se conserva junto al diario con otro nombre, así que no se pierde nada.
broken-open-another = Abrir otro archivo…
broken-quit = Salir
broken-open-path = O abre el diario de esta ruta:

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
calendar-keys = Flechas: día / semana · Page Up/Down: mes · Intro: elegir · Esc: cerrar
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
model-scale-resilience-question = ¿Hasta qué punto te estás recuperando ahora?
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
setbacks-pick-explanation = Reflexiona sobre lo que pasó, pide comentarios y anota lo que te enseñó: la grieta pasa a ser parte de la historia.
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
setbacks-status-recovered = Recuperado
setbacks-row-details = { $date } · { $category } · gravedad { $severity }{ $micro ->
    [yes] {" "}· microtropiezo
   *[no] {""}
} · { $status }
setbacks-row-flag = un campo necesita atención
setbacks-skill-not-linked = Aún sin vincular: elige una habilidad o pulsa Intro para crearla.
setbacks-category-not-applied = Aún sin aplicar: pulsa Intro para usar esta categoría.
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
setbacks-field-feedback = Comentarios
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
setbacks-echoes-plan-text = La próxima vez, para evitar «{ $factor }», voy a
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
setbacks-feedback-heading = Pedir comentarios
setbacks-feedback-prompt = ¿Quién podría ayudarte a verlo de otra forma? Un mentor, un compañero, un cliente, tu jefe.
setbacks-learning-heading = Seguir aprendiendo
setbacks-learning-prompt = ¿Qué te llevas de esto?
setbacks-lesson-hint = una lección en una frase
setbacks-feedback-source = Comentario { $number }: fuente
setbacks-feedback-name-hint = nombre (opcional)
setbacks-feedback-name = Comentario { $number }: nombre
setbacks-feedback-remove = Quitar el comentario { $number }
setbacks-feedback-insight-hint = ¿Qué te dijeron? ¿Cuál es la idea clave, en tus palabras?
setbacks-feedback-insight = Comentario { $number }: idea clave
setbacks-feedback-add = + Añadir comentario
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
skills-category-hint = p. ej. Comunicación
skills-first-acquired = Adquirida
skills-first-acquired-hover = La fecha del primer tropiezo del que viene.
skills-field-level = Nivel
skills-level-scale = 1 nueva · 5 dominada

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
progress-range-format = Escribe las fechas como AAAA-MM-DD, p. ej. 2026-03-01.
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
progress-dropped-help = Experimentos descartados en este periodo.
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
    [reflected] reflexionado
   *[recovered] recuperado
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

## Menús, atajos y la ventana

screen-today = Hoy
screen-setbacks = Tropiezos
screen-skills = Habilidades
screen-experiments = Experimentos
screen-progress = Progreso
screen-journal = Diario
screen-today-screen = Pantalla Hoy
screen-setbacks-screen = Pantalla Tropiezos
screen-skills-screen = Pantalla Habilidades
screen-experiments-screen = Pantalla Experimentos
screen-progress-screen = Pantalla Progreso
screen-journal-screen = Pantalla Diario
menu-file = Archivo
menu-view = Ver
menu-help = Ayuda
menu-undo-step = Deshacer «{ $step }»
menu-redo-step = Rehacer «{ $step }»
menu-nothing-to-undo = Nada que deshacer
menu-nothing-to-redo = Nada que rehacer
menu-merge-from-disk = Fusionar cambios del disco
menu-merge-from-disk-hover = Lee ahora el archivo del diario y fusiona lo que otro ordenador (o un cliente de sincronización) escribió en él; Kintsugi también lo hace solo cuando el archivo cambia
menu-merge-from-disk-disabled = Solo un diario abierto para escritura sigue su archivo
menu-new-journal = Nuevo diario…
menu-open = Abrir…
menu-open-recent = Abrir reciente
menu-no-recent = Aún no has abierto ningún diario
menu-recent-missing = Este archivo ya no está
menu-save-now = Guardar ahora
menu-save-copy-as = Guardar una copia como…
menu-show-data-folder = Mostrar carpeta de datos
menu-export-chart = Exportar gráfico…
menu-export-report = Exportar informe…
menu-export-report-hover = Un informe en PDF o Markdown del periodo de Progreso, para un mentor o coach
menu-export-data = Exportar datos (CSV)…
menu-import = Importar…
menu-restore = Restaurar desde copia de seguridad…
menu-preferences = Preferencias…
menu-quit = Salir
menu-change-passphrase = Cambiar frase de contraseña…
menu-remove-encryption = Quitar el cifrado…
menu-lock-now = Bloquear ahora
menu-encrypt-journal = Cifrar el diario…
menu-encrypt-journal-hover = Protege el diario y sus copias de seguridad con una frase de contraseña
menu-encrypt-journal-disabled = Solo se puede cifrar un diario guardado en disco y abierto para escritura
menu-search-journal = Buscar en el diario…
menu-theme = Tema
menu-theme-system = Como el sistema
menu-theme-light = Claro
menu-theme-dark = Oscuro
help-shortcuts-title = Atajos de teclado
help-about-title = Acerca de Kintsugi
help-about-tagline = Convierte tus tropiezos profesionales en crecimiento: la grieta pasa a formar parte de la historia.
help-about-journal = Tu diario
help-about-in-memory = solo en memoria (demo)
help-about-backups = Copias de seguridad: { $folder }
help-about-private = Nada sale de este ordenador.
shortcuts-everywhere = En todas partes
shortcuts-on-today = En Hoy
shortcuts-on-setbacks = En Tropiezos
shortcuts-on-progress-chart = En el gráfico de Progreso
shortcuts-calendar-keys = En un calendario: las flechas avanzan por día y semana, Page Up/Down por mes, Home/End a los extremos de la semana, Intro elige, Escape cierra.
shortcuts-either = { $first } o { $second }
shortcuts-save-now = Guardar ahora
shortcuts-search-journal = Buscar en el diario
shortcuts-export-chart = Exportar el gráfico
shortcuts-preferences = Preferencias
shortcuts-lock = Bloquear un diario cifrado
shortcuts-list = Atajos de teclado (esta lista)
shortcuts-quit = Salir (guarda antes)
shortcuts-previous-day = Día anterior
shortcuts-next-day = Día siguiente
shortcuts-back-to-today = Volver a hoy
shortcuts-new-setback = Anotar un tropiezo nuevo
shortcuts-zoom-in = Acercar
shortcuts-zoom-out = Alejar
shortcuts-earlier = Antes
shortcuts-later = Después
window-title = { $name } — Kintsugi
window-title-welcome = Bienvenida — Kintsugi
window-title-demo = diario de demostración (no se guarda) — Kintsugi
window-title-read-only = { $name } (solo lectura) — Kintsugi
window-title-unnamed = diario — Kintsugi
window-title-broken = No se puede abrir { $name } — Kintsugi
window-demo-banner = Estás explorando un diario de demostración. Nada de lo que cambies aquí se guarda.
window-read-only-banner = Solo lectura: { $reason } Editar, importar, restaurar y deshacer están desactivados.
window-try-again = Reintentar
window-try-again-hover = Abrir el diario para escritura si ya está libre
window-save-failed = No se pudieron guardar tus cambios: { $error }. Se conservan en esta ventana y Kintsugi sigue intentándolo.
window-retry = Reintentar
window-save-copy-elsewhere = Guardar una copia en otro sitio…
window-not-available = No disponible: { $reason }
window-clear-rating = Borrar
window-clear-rating-hover = Quitar la valoración de { $scale } de este día
window-clear-rating-name = Borrar { $scale }
window-tags = Etiquetas
window-remove-tag-hover = Quitar la etiqueta «{ $tag }»
window-remove-tag-name = Quitar etiqueta { $tag }
window-tag-hint = añade una etiqueta, pulsa Intro
window-add-this-tag = Añadir esta etiqueta
window-list-remove = Quitar { $item } { $number }
window-list-move-up = Subir { $item } { $number }
window-list-move-down = Bajar { $item } { $number }
window-list-add = Añadir
window-list-add-name = Añadir { $item }
window-list-new-name = Nuevo: { $item }
quit-save-failed-title = No se pudieron guardar tus cambios
quit-save-failed-lost = Si sales ahora, se pierden los cambios desde el último guardado.
quit-try-again = Reintentar
quit-keep-open = Mantener la ventana abierta
quit-without-saving = Salir sin guardar
quit-review-heading = Hay texto que aún no está en tu diario
quit-review-explanation = Estos campos contienen texto que el diario no pudo aceptar. Vuelve para corregirlo o descarta solo ese texto: todo lo demás ya está guardado.
quit-kept-text = «{ $text }»
quit-go-to-it = Ir allí
quit-discard-text = Descartar este texto
quit-discard-all = Descartar todo y salir
quit-keep-working = Seguir trabajando
quit-field-of-setback = { $field } del tropiezo «{ $title }»
quit-field-of-new-setback = { $field } de un tropiezo nuevo
quit-skill-search-of-setback = Añadir una habilidad, en el tropiezo «{ $title }»
quit-skill-search-of-new-setback = Añadir una habilidad, en un tropiezo nuevo
quit-new-category-of-setback = Categoría nueva, en el tropiezo «{ $title }»
quit-new-category-of-new-setback = Categoría nueva, en un tropiezo nuevo
quit-skill-name = Nombre de la habilidad «{ $name }»
quit-skill-name-unknown = El nombre de una habilidad
files-filter-journal = Diario de Kintsugi
files-new-journal-title = Crear un diario de Kintsugi nuevo
files-open-title = Abrir un diario de Kintsugi
files-save-copy-title = Guardar una copia del diario
files-could-not-save-current = No se pudo guardar el diario actual, así que sigue abierto: { $error }
files-already-exists = { $path } ya existe y se ha dejado como estaba: ábrelo con «Abrir…» en el menú «Archivo»
files-started-new = Diario nuevo empezado: { $name }
files-could-not-create = No se pudo crear el diario: { $error }
files-no-data-folder = No hay ninguna carpeta de datos que mostrar
files-could-not-show-folder = No se pudo abrir { $folder } en el gestor de archivos: { $error }
files-locked-not-saved = Los últimos cambios del diario bloqueado aún no están guardados: desbloquéalo primero para no perderlos.
files-already-open = { $name } ya está abierto
files-opened = Abierto { $path }
files-read-only-reason = este diario está abierto en otro Kintsugi o no se puede escribir en su carpeta; los cambios que hagas aquí no se guardan.
files-open-for-writing-now = El diario ya está abierto para escritura.
files-still-read-only = Sigue en solo lectura: { $error }
files-saved-copy = Copia guardada como { $path }
files-saved-copy-encrypted = Copia guardada como { $path }, cifrada con la frase de contraseña del diario
files-could-not-save-copy = No se pudo guardar la copia: { $error }
files-no-backup = Este diario no tiene ninguna copia de seguridad.
files-backup-not-encrypted = No se ha restaurado: la copia de seguridad más reciente ({ $backup }) no está cifrada, aunque el diario sí lo estaba, así que no la hizo Kintsugi. Revisa tú la carpeta de copias de seguridad.
files-restored-backup = Restaurada la copia de seguridad del { $day }.
files-restored-backup-kept = Restaurada la copia de seguridad del { $day }. El archivo ilegible se guardó como { $path }.
files-could-not-restore = No se pudo restaurar la copia de seguridad: { $error }
files-could-not-save = No se pudo guardar: { $error }
files-backup-failed = Guardado, pero la copia de seguridad diaria falló: { $warning }
step-delete-check-in = eliminar el registro del día del { $date }
step-deleted-check-in = Eliminado el registro del día del { $date }.
step-delete-setback = eliminar «{ $title }»
step-deleted-setback = Eliminado «{ $title }».
step-delete-skill = eliminar la habilidad «{ $name }»
step-deleted-skill = Eliminada la habilidad «{ $name }».
step-merge-from-disk = fusionar cambios del disco
step-merge-conflict-copy = fusionar una copia en conflicto
step-nothing-changed = No se cambió nada: { $error }
step-read-only-error = este diario está abierto en solo lectura: { $reason }
step-undid = Deshecho: { $step }.
step-redid = Rehecho: { $step }.
step-undone = Deshecho.
step-undone-with-later = { $count ->
    [one] Deshecho, junto con el cambio posterior: { $changes }.
   *[other] Deshecho, junto con los { $count } cambios posteriores: { $changes }.
}
step-cannot-undo = No se puede deshacer: { $reason }
step-cannot-redo = No se puede rehacer: { $reason }
step-nothing-to-undo = Nada que deshacer.
step-nothing-to-redo = Nada que rehacer.

## Import, export, the report dialog and other computers

exchange-restore-title = Restaurar una copia de seguridad
exchange-restore-explained = Kintsugi guarda una copia del diario tal como estaba antes del primer guardado de cada día, y antes de cada importación o restauración.
exchange-restore-replaces = Restaurar reemplaza el diario por la copia; antes se guarda una copia del diario tal como está ahora, y { $keys } deshace la restauración.
exchange-restore-none = Todavía no hay copias de seguridad de este diario.
exchange-restore-backup = { $date } · { $name }
exchange-restore = Restaurar
exchange-its-passphrase = Su frase de contraseña
exchange-restore-with-it = Restaurar con ella
exchange-chart-title = Exportar gráfico
exchange-chart-explained = El gráfico de la pantalla Progreso: el mismo periodo, las mismas valoraciones y colores, con la franja de tropiezos y habilidades.
exchange-file = Archivo
exchange-choose = Elegir…
exchange-filter-png = Imagen PNG
exchange-filter-svg = Dibujo SVG
exchange-format = Formato:
exchange-size = Tamaño
exchange-png-scale = Escala PNG
exchange-png-scale-hover = 2× da una imagen nítida en pantallas de alta densidad y en diapositivas
exchange-better-days = Añadir «Qué acompaña a los días mejores» debajo del gráfico
exchange-better-days-hover = Las etiquetas que acompañan a valoraciones más altas y más bajas, las medias por día de la semana, la recuperación por categoría y el arrastre del ánimo en el periodo del gráfico, como en la pantalla Progreso. La imagen crece la altura que necesiten.
exchange-export = Exportar
exchange-data-title = Exportar datos (CSV)
exchange-data-explained = Escribe checkins.csv, setbacks.csv, skills.csv, experiments.csv y reviews.csv en una carpeta, para una hoja de cálculo u otra aplicación.
exchange-folder = Carpeta
exchange-import = Importar
exchange-import-explained = Una carpeta exportada por Kintsugi o uno de sus archivos CSV, la exportación CSV de Daylio, un diario de jrnl (su exportación JSON o su archivo de texto) o la carpeta de datos de RedNotebook.
exchange-import-from = Origen
exchange-pick-file = Archivo…
exchange-pick-folder = Carpeta…
exchange-format-recognise = Detectar
exchange-preview = Vista previa
exchange-preview-undo = Antes se hace una copia de seguridad, y Deshacer ({ $keys }) revierte toda la importación.
exchange-moods-unrated = Estos estados de ánimo de Daylio aún no tienen valoración: dale a cada uno de 1 (fatal) a 10 (genial) y vuelve a pulsar Vista previa.
exchange-mood-lines = «{ $mood }» ({ $count ->
        [one] línea
       *[other] líneas
    } { $lines })
exchange-rate-mood = Valorar «{ $mood }» con { $rating }
exchange-report-separator = {"; "}
exchange-report-would-import = Importación prevista de { $format }: { $parts }
exchange-report-imported = Importación de { $format }: { $parts }
exchange-report-added = añade { $entries }
exchange-report-replaced = reemplaza { $entries }
exchange-report-updated = actualiza { $count ->
        [one] { $count } registro del día
       *[other] { $count } registros del día
    } (el ánimo del archivo, conservando las palabras del día)
exchange-report-extended = añade texto a { $count ->
        [one] { $count } día
       *[other] { $count } días
    } que tenían registro del día
exchange-report-nothing-new = nada nuevo
exchange-report-already-there = ({ $count ->
        [one] { $count } entrada ya estaba
       *[other] { $count } entradas ya estaban
    } en el diario)
exchange-report-empty = omite { $count ->
        [one] { $count } entrada vacía
       *[other] { $count } entradas vacías
    } (sin palabras ni etiquetas)
exchange-report-skipped = omite { $count ->
        [one] { $count } fila
       *[other] { $count } filas
    }:
exchange-count-check-ins = { $count ->
        [one] { $count } registro del día
       *[other] { $count } registros del día
    }
exchange-count-setbacks = { $count ->
        [one] { $count } tropiezo
       *[other] { $count } tropiezos
    }
exchange-count-skills = { $count ->
        [one] { $count } habilidad
       *[other] { $count } habilidades
    }
exchange-count-experiments = { $count ->
        [one] { $count } experimento
       *[other] { $count } experimentos
    }
exchange-count-reviews = { $count ->
        [one] { $count } repaso semanal
       *[other] { $count } repasos semanales
    }
exchange-chart-exported = Gráfico exportado a { $path }
exchange-data-exported = checkins.csv, setbacks.csv, skills.csv, experiments.csv y reviews.csv exportados a { $path }
exchange-chart-copied = Gráfico copiado al portapapeles.
exchange-chart-copy-failed = No se pudo copiar el gráfico: { $error }
exchange-step-import = importación
exchange-step-restore = restauración de copia de seguridad
exchange-imported = { $report }.
exchange-imported-backup = { $report }. Copia de seguridad: { $path }.
exchange-imported-no-backup = { $report }. No se pudo hacer ninguna copia de seguridad: { $error }.
exchange-import-failed = No se importó nada: { $reason }
exchange-could-not-save = No se pudo guardar: { $error }
exchange-restore-plain-backup = Esta copia de seguridad no está cifrada, pero el diario sí: Kintsugi no la hizo, así que no se restaura. Si sabes de dónde viene, impórtala en su lugar.
exchange-restore-other-key = Esta copia de seguridad se selló con otra clave distinta de la del diario (de antes de un cambio de frase de contraseña, o de otra copia del diario). Escribe la frase de contraseña que tenía y restáurala con ella.
exchange-restore-wrong-passphrase = Esa no es la frase de contraseña de esta copia; no se restauró nada. Inténtalo de nuevo.
exchange-restored = { $name } restaurado.
exchange-restored-backup = { $name } restaurado. El diario tal como estaba está en { $path }.
exchange-restored-no-backup = { $name } restaurado. No se pudo hacer una copia del diario tal como estaba: { $error }.
exchange-restore-failed = No se restauró nada: { $reason }
exchange-could-not-start = No se pudo empezar a leer: { $error }
exchange-reading-progress = Leyendo… { $read } de { $total } MB
exchange-importing-progress = Importando… { $read } de { $total } MB
exchange-stop = Detener
exchange-stop-hover = Detener la lectura; no se cambia nada
exchange-journal-changed = El diario cambió mientras se leía la importación; no se importó nada. Vuelve a importar para leerla con el diario tal como está ahora.
report-dialog-title = Exportar un informe para tu mentor
report-dialog-period = El periodo: { $period }
report-dialog-change-period = Cambia el periodo con el rango de la pantalla Progreso.
report-dialog-your-name = Tu nombre
report-dialog-optional = opcional
report-dialog-paper = Papel
report-dialog-us-letter = Carta (EE. UU.)
report-dialog-questions = Preguntas para nuestra conversación
report-dialog-questions-hint = Lo que quieres preguntar o hablar
report-dialog-save-as = Guardar como
report-dialog-save-as-hover = Un archivo .pdf, o .md para Markdown (el gráfico se guarda al lado como SVG)
report-dialog-export = Exportar informe
report-dialog-setbacks-heading = Tropiezos que contar
report-dialog-mode-all = Todos
report-dialog-mode-reflected = Solo con reflexión o recuperación
report-dialog-mode-ticked = Elegidos uno a uno
report-dialog-setback-row = { $date } · { $title }
report-dialog-tell = Contar { $title }
report-dialog-include-micro = Incluir microtropiezos
report-dialog-include-notes = Incluir las notas de registros del día y repasos
report-dialog-include-notes-hover = Se dejan fuera salvo que marques esto: las notas, y lo que dicen los repasos semanales, suelen ser lo más privado.
report-dialog-what-goes-in = Qué se incluye
report-dialog-summary = Las cifras resumidas y el gráfico del periodo.
report-dialog-no-setbacks = Ningún tropiezo.
report-dialog-chosen-setbacks = { $chosen } de { $total ->
        [one] { $total } tropiezo
       *[other] { $total } tropiezos
    } del periodo, con su reflexión:
report-dialog-more = … y { $count } más
report-dialog-experiments = { $count ->
        [0] Ningún experimento.
        [one] { $count } experimento de esos tropiezos, con cómo fue.
       *[other] { $count } experimentos de esos tropiezos, con cómo fueron.
    }
report-dialog-reviews-with-notes = El periodo y la valoración de { $count ->
        [one] { $count } repaso semanal
       *[other] { $count } repasos semanales
    }, con lo que salió bien y la lección.
report-dialog-reviews = El periodo y la valoración de { $count ->
        [one] { $count } repaso semanal
       *[other] { $count } repasos semanales
    }; no lo que dicen.
report-dialog-notes = { $count ->
        [one] La nota de { $count } registro del día.
       *[other] Las notas de { $count } registros del día.
    }
report-dialog-no-notes = Sin notas de los registros del día.
report-dialog-your-questions = Tus preguntas.
report-dialog-nothing-else = No se incluye nada más del diario.
report-dialog-saved = Informe guardado como { $path }
outside-disk-unchanged = El diario en el disco no ha cambiado desde que esta ventana lo leyó o escribió por última vez.
outside-could-not-merge = No se pudo fusionar: { $error }
outside-merged = Cambios del disco fusionados: { $changes }.
outside-kept-both = { $count ->
        [one] { $count } texto cambiado en los dos ordenadores conserva ambas versiones.
       *[other] { $count } textos cambiados en los dos ordenadores conservan ambas versiones.
    }
outside-changes-added = { $entries } de otro ordenador
outside-changes-changed = cambios en { $entries }
outside-changes-removed = borrado en el otro ordenador: { $entries }
outside-list-and = { $first } y { $last }
outside-copy-banner = { $client } dejó una copia en conflicto de este diario: { $name }.
outside-copy-banner-more = { $client } dejó una copia en conflicto de este diario: { $name } (y { $more } más).
outside-review-and-merge = Revisar y fusionar…
outside-review-hover = Mira qué añadiría o cambiaría y luego fusiónala
outside-later = Más tarde
outside-later-hover = Déjala por ahora; se te volverá a ofrecer la próxima vez
outside-copy-effects = Fusionarla { $effects }.
outside-effect-adds = añade { $entries }
outside-effect-changes = cambia { $entries }
outside-effect-deletes = borra { $entries }
outside-effect-nothing = no trae nada nuevo
outside-copy-kept-both = Donde un texto cambió en los dos lados, se conservan ambas versiones, la otra bajo una línea «— from the other computer —».
outside-copy-wrong-passphrase = Esa no es la frase de contraseña de esta copia. Inténtalo de nuevo.
outside-copy-other-passphrase = Esta copia está sellada con otra frase de contraseña distinta de la del diario (se cambió en el otro ordenador). Escribe esa frase de contraseña para abrirla.
outside-merged-copy = Copia en conflicto fusionada: { $changes }. La copia se guarda en { $path }.
outside-could-not-merge-copy = No se pudo fusionar la copia: { $error }
outside-new-passphrase-wrong = Esa no es la nueva frase de contraseña del diario. Inténtalo de nuevo.
outside-passphrase-heading = Frase de contraseña cambiada en otro ordenador
outside-passphrase-explained = El diario en el disco está sellado con una nueva frase de contraseña, puesta en otro ordenador. Escríbela para fusionar esa versión con esta; hasta entonces no se escribe nada y tus cambios se quedan en esta ventana.
outside-new-passphrase = Nueva frase de contraseña
outside-open-and-merge = Abrir y fusionar
outside-passphrase-later-hover = Editar ▸ Fusionar cambios del disco vuelve a preguntar
outside-removes-heading = Muchas entradas borradas en otro sitio
outside-removes-message = La versión de este diario escrita en otro sitio (otro ordenador o un cliente de sincronización) ya no tiene { $removed } de tus { $total } entradas. ¿Las borras aquí también o las conservas? Hasta que elijas, no se escribe nada.
outside-removes-confirm = Borrarlas aquí también
outside-removes-cancel = Conservarlas
outside-copy-heading = Copia en conflicto
outside-copy-made = { $client } creó { $path } cuando dos ordenadores cambiaron el diario por separado.
outside-copy-after-merge = Tras fusionarla, la copia se mueve a la carpeta de copias de seguridad; Deshacer revierte la fusión.
outside-its-passphrase = Su frase de contraseña
outside-open-with-it = Abrir con ella
outside-merge = Fusionar

## The mentor report and notifications

report-title = Informe de progreso
report-period = { $from } – { $to }
report-made-on = Elaborado el { $date }
report-masthead-line = { $range }   ·   elaborado el { $date }
report-empty = No se registró nada en este periodo: ningún registro del día y ningún tropiezo.
report-summary-heading = Resumen
report-summary-no-ratings = { $rating }: sin valoraciones en este periodo.
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
report-chart-description = Las valoraciones del periodo, con los tropiezos y las habilidades debajo.
report-chart-caption = Figura 1: { $description }
report-setbacks-heading = Los tropiezos y lo que salió de ellos
report-setbacks-left-out = { $count ->
        [one] { $count } tropiezo de este periodo no se cuenta aquí, por elección.
       *[other] { $count } tropiezos de este periodo no se cuentan aquí, por elección.
    }
report-setback-facts = { $category } · gravedad { $severity } de 5
report-setback-facts-micro = { $category } · gravedad { $severity } de 5 · microtropiezo
report-setback-open = Abierto
report-setback-reflected = Reflexionado
report-setback-recovered = Recuperado el { $date }
report-setback-bounce-back = { $status } · ánimo de vuelta a su nivel habitual en { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
report-feedback-named = { $source } ({ $name }): { $insight }
report-feedback = { $source }: { $insight }
report-what-happened = Qué pasó
report-contributing-factors = Factores que influyeron
report-do-differently = Qué haré distinto
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
        [one] { $count } experimento de este periodo no se cuenta aquí: su tropiezo tampoco.
       *[other] { $count } experimentos de este periodo no se cuentan aquí: sus tropiezos tampoco.
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
report-review-went-well = Qué salió bien
report-review-lesson = La lección para la semana siguiente
report-reviews-words-left-out = Lo que salió bien y las lecciones de los repasos quedan fuera, igual que las notas de los registros del día.
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
reminder-review-body = Unos minutos para mirar atrás: qué salió bien, los experimentos que probaste y una lección para llevarte a la próxima semana.

## (Setbacks) a new setback saved before it has a title

form-untitled-setback = Tropiezo sin título

## (Weekly review) who gave a piece of feedback, and their name

review-feedback-from = { $source } ({ $name })
