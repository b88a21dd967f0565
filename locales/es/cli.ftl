# Las palabras propias de careerfit en la línea de comandos: fallas y
# avisos en stderr, y lo que un comando escribe al terminar.

## Cada línea de error o de aviso (stderr).
cli-error = error: { $message }
cli-warning = aviso: { $warning }
# Una razón que viene de fuera de careerfit (las palabras del sistema), tal como llegó.
cli-reason = { $why }

## Problemas en archivos de contenido o de respuestas, después de la línea de cada problema.
cli-more-problems = ... y { $n ->
    [one] { $n } problema más que no se muestra
   *[other] { $n } problemas más que no se muestran
}; corrija estos primero y luego revise otra vez
cli-found-problems = careerfit: { $n ->
    [one] se encontró { $n } problema; corríjalo
   *[other] se encontraron { $n } problemas; corríjalos
} e intente otra vez

## Salida que no se pudo escribir o preparar.
cli-write-failed = no se pudo escribir la salida: { $why }
cli-json-failed = no se pudo escribir el JSON: { $why }
cli-csv-failed = no se pudo escribir el CSV: { $why }

## Comandos usados de forma equivocada.
cli-score-needs-answers = score necesita --answers ARCHIVO o --answers-csv ARCHIVO
cli-workshop-no-terminal = el quiosco del taller necesita una terminal donde mostrarse
cli-no-such-role = no hay ningún puesto `{ $id }`; los puestos son: { $roles }
cli-no-such-language = careerfit no tiene el idioma `{ $lang }`; use uno de estos: { $langs }
cli-at-least-one = { $flag } debe ser 1 o más

## careerfit score: no hay resultado para un archivo de respuestas.
cli-score-failed = { $file }: { $why }
cli-score-nothing-measured = responda al menos una pregunta: todavía ninguna respuesta midió un área de interés
cli-score-no-roles = no hay puestos con los que comparar las respuestas

## careerfit history N: un resultado de otro cuestionario.
cli-reopen-other-quiz = el resultado { $n } es del cuestionario `{ $saved }`, pero el cuestionario cargado es `{ $loaded }`; agregue --quiz con el archivo de ese cuestionario

## El cuestionario y el quiosco, al terminar.
cli-stopped-ctrl-c = careerfit: se detuvo (Ctrl-C)
cli-stopped-by-signal = careerfit: se detuvo por la señal { $signal }
cli-plain-stopped = el modo de texto simple se detuvo: { $why }
cli-terminal-closed = la terminal dejó de enviar teclas: { $why }
cli-terminal-input-stopped = la terminal dejó de enviar datos

## careerfit workshop (el quiosco).
cli-workshop-no-save = el quiosco del taller guarda el resultado de cada participante; ejecútelo sin --no-save
cli-workshop-stopped = careerfit: el taller se detuvo por la señal { $signal }
cli-kiosk-input-ended = careerfit: la entrada terminó, así que el taller se acabó
cli-kiosk-input-ended-unfinished = careerfit: la entrada terminó antes de guardar el resultado de un participante; sus respuestas no se guardaron
cli-plain-kiosk-stopped = el quiosco de texto simple se detuvo: { $why }
cli-pin-empty = --pin está vacío: indique el PIN que el facilitador escribirá para terminar el taller (de 1 a { $most } caracteres), o quite --pin
cli-pin-too-long = --pin tiene { $n } caracteres, pero la casilla del PIN del quiosco acepta { $most } como máximo: elija un PIN más corto
cli-pin-control = --pin tiene un carácter de control (como un tabulador o un salto de línea), que no se puede escribir en el quiosco: elija un PIN de letras, números y signos de puntuación

## El archivo de resultados de un taller (workshop y serve).
cli-no-data-folder = aquí no se conoce ninguna carpeta de datos; indique un archivo con --results ARCHIVO
cli-results-not-a-file = el archivo de resultados { $file } no es un archivo común (es { $kind }); indique un archivo con --results ARCHIVO
cli-results-not-writable = no se puede escribir en el archivo de resultados ({ $why }); elija otro con --results ARCHIVO

## careerfit serve.
cli-serve-not-serve = no es el comando serve
cli-serve-no-save = serve guarda las respuestas de cada participante; ejecútelo sin --no-save
cli-serve-code = --code: use de 1 a { $most } letras, números, - _ o . (los participantes lo escriben como su nombre de usuario de ssh)
cli-serve-no-home = no hay una carpeta personal donde guardar las respuestas y la clave del servidor; defina HOME
cli-serve-no-signals = no se puede detectar Ctrl-C: { $why }
cli-serve-ending = Terminando el taller: despidiéndose de { $n ->
    [one] { $n } participante
   *[other] { $n } participantes
}...
cli-serve-ended = Taller terminado. Las respuestas de todos quedan guardadas en { $folder }
cli-serve-results-in =
    Los resultados guardados están en { $file }
    Véalos con: careerfit report { $file }
cli-serve-no-results = Nadie guardó un resultado, así que todavía no hay archivo de resultados.

## careerfit report (la exportación y el tablero).
cli-report-nothing-exported = no se exportó nada, para no dejar fuera sin aviso los resultados de ningún archivo: corrija la ruta, o quite ese archivo del comando
cli-report-no-participants = careerfit: todavía no hay participantes
cli-dashboard-nothing-shown = el tablero muestra todos los archivos o ninguno, para no dejar fuera sin aviso los resultados de ningún archivo: corrija la ruta, o quite ese archivo del comando

## careerfit questions (texto): los id de las preguntas que necesita un archivo de respuestas.
cli-questions-of-quiz = { $n ->
    [one] La única pregunta
   *[other] Las { $n } preguntas
} del cuestionario { $id } ({ $title }), por id.
cli-questions-how = En un archivo de respuestas, a una pregunta de escala dele un número del 1 al 5 ({ $scale }), y a una pregunta de opciones dele el id de una opción (o su número).
cli-questions-likert = likert: del 1 al 5
cli-questions-choice = choice: el id de una opción
cli-questions-example = Un archivo de respuestas se ve así (deje fuera una pregunta para saltarla):
cli-questions-spreadsheet = Para una hoja de cálculo con las respuestas de muchas personas (score --answers-csv), empiece con la fila de encabezados que escribe careerfit questions --format csv.
