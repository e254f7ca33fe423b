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
menu-merge-from-disk = Combinar cambios del disco
menu-merge-from-disk-hover = Lee ahora el archivo del diario y combina lo que otro ordenador (o un cliente de sincronización) escribió en él; Kintsugi también lo hace solo cuando el archivo cambia
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
menu-theme-system = Según el sistema
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
files-already-exists = { $path } ya existe y se ha dejado como estaba: ábrelo con Abrir… en el menú Archivo
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
step-merge-from-disk = combinar cambios del disco
step-merge-conflict-copy = combinar una copia en conflicto
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
