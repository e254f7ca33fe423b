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
exchange-better-days-hover = Las etiquetas que acompañan a valoraciones más altas y más bajas, las medias por día de la semana, la recuperación por categoría y el ánimo que se arrastra en el periodo del gráfico, como en la pantalla Progreso. La imagen crece la altura que necesiten.
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
    }, con lo que fue bien y la lección.
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
