# Por qué no se pudo leer o escribir un archivo: se dice en todo lugar
# donde se nombra un archivo (archivos de contenido, hojas de cálculo,
# archivos de resultados, archivos guardados).

files-thing-folder = una carpeta
files-thing-pipe = una tubería con nombre (FIFO)
files-thing-socket = un socket
files-thing-device = un dispositivo
files-thing-special = un archivo especial
files-not-regular = es { $thing }, no un archivo común
files-no-file = el archivo no existe
files-no-folder = la carpeta no existe
files-permission-denied = no tiene permiso
files-disk-full = el disco está lleno
files-read-only = el disco es de solo lectura
files-a-folder = es una carpeta, no un archivo
files-not-a-folder = es un archivo, no una carpeta
# Las palabras del sistema, tal como las dijo.
files-system = { $why }
files-path-why = { $path }: { $why }
files-saved-too-big = es demasiado grande para ser un archivo de careerfit (el límite es { $limit })
files-saved-damaged = está dañado y no se pudo leer

# Resultados guardados (`careerfit history`) y progreso guardado que no se
# pudieron leer: un aviso, y el cuestionario sigue.
files-result-skipped-moved = Se saltó un resultado guardado ({ $why }); se movió a { $aside }. Bórrelo si usted no lo puso ahí.
files-result-skipped = Se saltó un resultado guardado ({ $why }). Bórrelo si usted no lo puso ahí.
files-result-unreadable-kept = Un resultado guardado no se pudo leer y se saltó ({ $path }); se conservó como { $aside }.
files-result-unreadable = Un resultado guardado no se pudo leer y se saltó ({ $path }).
files-progress-damaged-kept = Su progreso guardado estaba dañado y no se pudo leer; se empieza de nuevo. El archivo dañado se conservó como { $aside }.
files-progress-damaged = Su progreso guardado estaba dañado y no se pudo leer; se empieza de nuevo.
files-progress-odd-kept = Su progreso guardado no se pudo leer ({ $why }); se empieza de nuevo. Se conservó como { $aside }. Bórrelo si usted no lo puso ahí.
files-progress-odd = Su progreso guardado no se pudo leer ({ $why }); se empieza de nuevo. Bórrelo si usted no lo puso ahí.
files-progress-unreadable = Su progreso guardado no se pudo leer ({ $why }); se empieza de nuevo.

# `careerfit forget`: qué borra, primero la pregunta, después lo que hizo.
forget-kind-workshops = resultados de talleres
forget-kind-progress = progreso guardado
forget-kind-results = resultados guardados
forget-kind-reports = informes
forget-link = { $folder } es un enlace a { $target }, no una carpeta, así que no se borró nada: forget no sigue enlaces fuera de las carpetas de careerfit. Borre usted mismo los archivos de careerfit en { $target }, o cambie el enlace por una carpeta de verdad y ejecute forget otra vez.
forget-link-unknown = { $folder } es un enlace a otro lugar, no una carpeta, así que no se borró nada: forget no sigue enlaces fuera de las carpetas de careerfit. Borre usted mismo los archivos de careerfit en ese lugar, o cambie el enlace por una carpeta de verdad y ejecute forget otra vez.
forget-refused = { $why }, así que no se borró nada

# Cuándo se guardó algo (la lista de history, un resultado que se vuelve
# a abrir, un cuestionario sin terminar, un informe): 2 de diciembre de 2026.
files-month = { $n ->
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
files-date = { $day } de { $month } de { $year }
files-when = { $date }, { $time } UTC
forget-no-folder = Aquí no se conoce ninguna carpeta de datos, así que no hay nada guardado.
forget-no-workshops = No hay resultados de talleres en { $folder }.
forget-nothing-but-workshops = No hay progreso, resultados ni informes guardados en esta computadora.
forget-nothing = No hay nada guardado en esta computadora.
forget-needs-terminal = forget pregunta primero; ejecútelo en una terminal, o agregue --yes
forget-removes = Esto borra de esta computadora:
forget-ask = { $n ->
    [one] ¿Lo borra? Escriba y para sí [y/N]
   *[other] ¿Los borra? Escriba y para sí [y/N]
}
forget-nothing-removed = No se borró nada.
forget-removed = Se borró:
forget-failed = { $n ->
    [one] 1 archivo no se pudo borrar y todavía está ahí: { $why }
   *[other] { $n } archivos no se pudieron borrar y todavía están ahí: { $why }
}
forget-kind-line = { $what }: { $n ->
    [one] 1 archivo
   *[other] { $n } archivos
} en { $folder }
forget-workshops-kept = Los resultados de talleres se conservan: { $n ->
    [one] 1 archivo
   *[other] { $n } archivos
} en { $folder }. Para borrarlos también, escriba: careerfit forget --workshops
forget-left-alone = No se tocó: { $folder } (una carpeta que careerfit no creó).

# `careerfit history`: cuándo no puede, y una línea de aviso en stderr.
history-no-save = --no-save está activado, así que no se lee ni se guarda el historial
history-no-results = todavía no hay resultados guardados
history-no-such = { $count ->
    [one] no hay un resultado { $n }; `careerfit history` muestra solo el 1
   *[other] no hay un resultado { $n }; `careerfit history` muestra del 1 al { $count }
}

# Archivos de resultados de talleres (.jsonl): por qué no se puede leer
# uno o agregarle algo.
record-too-big = pesa más de { $limit }, lo más que careerfit lee como archivo de resultados; divídalo, o revise que sea el archivo correcto
record-would-be-too-big = estos registros harían que pese más de { $limit }, lo más que careerfit lee como archivo de resultados; agréguelos a un archivo de resultados nuevo

# Lo que se guarda mientras avanza el cuestionario (una línea en la
# pantalla, una nota en el modo simple).
saving-progress-failed = Su progreso no se está guardando ({ $why }); el cuestionario sigue.
saving-new-result = Se guardó como un resultado nuevo; el anterior queda como estaba.
saving-result-failed = No se pudo guardar su resultado ({ $why }).
saving-clear-failed = No se pudo borrar el progreso anterior ({ $why }).
saving-report-off = El guardado está apagado (--no-save), así que no se escribió ningún informe.
saving-report-already = Este informe ya está guardado: { $files }
saving-report-saved = Informe guardado: { $files }
saving-report-failed = No se pudo guardar el informe ({ $why }).
files-one = { $file }
files-two = { $first } y { $second }
files-list = { $files }
# Una línea de un archivo de resultados que se saltó: "archivo:línea: ...".
# Lo que va entre paréntesis en record-not-a-record son palabras del
# programa que lee el archivo.
record-skipped-at = { $file }:{ $line }: { $what }
record-other-version = se saltó un registro de la versión de formato { $version } (este careerfit lee las versiones { $known } y { $lean }; lo escribió un careerfit más nuevo)
record-no-names = se saltó un registro cuya línea de nombres ({ $id }) no está arriba de él (se cortaron o se movieron líneas del archivo); vuelva a poner el archivo completo, tal como se escribió
record-torn = se saltó una última línea sin terminar (el programa que la escribía se detuvo a la mitad)
record-not-a-record = se saltó una línea que no es un registro de careerfit ({ $why })
record-unfinished-batch = se { $n ->
    [one] saltó 1 registro
   *[other] saltaron { $n } registros
} de un lote que nunca terminó (score --answers-csv se detuvo antes del final); ejecútelo otra vez para agregarlos
record-more-skipped = … y { $n ->
    [one] 1 línea saltada más
   *[other] { $n } líneas saltadas más
} (no se muestran)
record-a-folder = es una carpeta, no un archivo de resultados
record-cannot-read = no se puede leer el archivo de resultados { $file }: { $why }
record-not-results = { $file } no es un archivo de resultados de careerfit: ninguna de sus líneas es el registro de un participante. Un archivo de resultados es lo que escriben `careerfit workshop` o `careerfit score --answers-csv ARCHIVO --results SALIDA`, con el registro de un participante en cada línea.

# `careerfit score --answers-csv`: una hoja de cálculo con las respuestas
# de muchas personas. Filas y columnas como las muestra la hoja de cálculo
# (el encabezado es la fila 1).
batch-summary = { $scored ->
    [one] 1 fila calificada
   *[other] { $scored } filas calificadas
}, { $problems ->
    [one] 1 fila con problemas
   *[other] { $problems } filas con problemas
}
batch-summary-blank = { $summary }, { $n ->
    [one] 1 fila vacía saltada
   *[other] { $n } filas vacías saltadas
}
batch-row-problem = fila { $row }: { $message }
batch-cell-problem = fila { $row }, columna { $column }: { $message }
batch-cell-problem-named = fila { $row }, columna { $column } ({ $header }): { $message }
batch-not-on-scale = { $cell } no está en la escala; use un número entero del 1 al 5
batch-not-an-option = { $cell } no es una opción; use una de estas: { $options }, o un número del 1 al { $n }
batch-no-header = { $cell } está en una columna sin encabezado; póngale a la columna el id de una pregunta, o bórrela
batch-nothing-answered = no responde ninguna pregunta, así que no hay nada que calificar
batch-header-repeats = la columna { $column } ({ $header }) repite la columna { $first }; deje solo una
batch-header-unknown = la columna { $column } ({ $header }) no es una pregunta del cuestionario "{ $quiz }"; cámbiele el nombre por el id de una pregunta, o borre la columna
batch-header-no-question = ninguna columna es una pregunta del cuestionario "{ $quiz }"; la fila de encabezado debe tener ids de preguntas
batch-header-ids = los ids de las preguntas son: { $ids }; y, si quiere, una columna "{ $participant }"
batch-cannot-read = no se pudo leer { $file }: { $why }
batch-too-big = no se pudo leer { $file }: pesa más de los 64 MiB que puede tener una hoja de cálculo; divídala en hojas más pequeñas
batch-not-a-file = no se pudo leer { $file }: { $why }; indique el archivo de la hoja de cálculo (CSV)
batch-spill = no se pudieron escribir los registros calificados en un archivo temporal ({ $why }); no se agregó nada
batch-empty = { $file } está vacío: su primera fila debe ser un encabezado con ids de preguntas
batch-header =
    { $file }: la fila de encabezado (fila { $row }) tiene problemas; no se calificó nada:
    {"  "}{ $problems }
batch-header-lines =
    { $above }
    {"  "}{ $next }
batch-no-rows = { $file } tiene una fila de encabezado pero ninguna fila de respuestas debajo
batch-no-roles = no hay puestos con los que comparar las respuestas
batch-error = error: { $error }
batch-results-needs-csv = --results funciona con --answers-csv (una hoja de cálculo con las respuestas de muchas personas); para calificar un solo archivo de respuestas, quite --results
batch-cannot-write = no se pudieron escribir los resultados en { $file }: { $why }; no se agregó nada
batch-not-results-file = no se pudieron escribir los resultados en { $file }: { $why }; indique un archivo de resultados (.jsonl)
batch-nothing-added = no se agregó nada a { $file }
batch-appended = resultados agregados a { $file } (sesión "{ $session }")
batch-already-added = no se agregó nada: esta hoja ya se agregó a { $file } el { $when } ({ $n ->
    [one] 1 registro
   *[other] { $n } registros
}); si la agrega otra vez, esas personas contarían dos veces
batch-had-problems = { $problems ->
    [one] 1 fila de { $file } tenía problemas (vea arriba) y no se calificó
   *[other] { $problems } filas de { $file } tenían problemas (vea arriba) y no se calificaron
}; { $scored ->
    [0] no se calificó ninguna fila
    [one] se calificó la única fila buena
   *[other] se calificaron las { $scored } filas buenas
}
batch-more-problems = ... y { $n ->
    [one] 1 fila más
   *[other] { $n } filas más
} con problemas, que no se muestran (solo se muestran las primeras { $max })
# La tabla de filas calificadas: sus títulos.
batch-column-row = fila
batch-column-participant = participante
batch-column-best = mejor opción
record-damaged-temp = un archivo temporal dañado
