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
lock-plain-journal = Solo se puede bloquear un diario cifrado. Para cifrarlo, elige Cifrar el diario… en el menú Archivo.
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
