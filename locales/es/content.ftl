# Problemas en un archivo de contenido (cuestionario, puesto, respuestas,
# traducción), que muestran `careerfit check` y cada lugar que carga un
# archivo, después de "archivo:línea:columna: ".

## Al leer el TOML

content-toml-not-valid = esto no es TOML válido
content-toml-parser = aquí el archivo no sigue las reglas de TOML (el lector de TOML lo dice en inglés: { $detail })
# Un trozo de lo que dice el lector de TOML, dentro de una frase de careerfit.
content-toml-fragment = { $detail } (en inglés)
content-toml-duplicate-key = esta clave ya está escrita antes en la misma tabla: quite una de las dos líneas, o cámbiele el nombre a una
content-toml-unquoted = falta un valor, o es un texto sin comillas: ponga el texto entre comillas, así: "..."
content-toml-missing-key = falta la clave `{ $key }`: agréguela
content-toml-unknown-value = `{ $value }` no es un valor permitido aquí; use uno de estos: { $options }
content-toml-wrong-kind = aquí hay { $found }, pero se espera { $expected }
content-toml-found-integer = un número entero (`{ $value }`)
content-toml-found-decimal = un número decimal (`{ $value }`)
content-toml-found-boolean = un valor de sí o no (`{ $value }`)
content-toml-found-text = un texto ({ $value })
content-toml-found-list = una lista
content-toml-found-table = una tabla
content-toml-expected-number = un número
content-toml-expected-whole-number = un número entero
content-toml-expected-text = un texto entre comillas
content-toml-expected-list = una lista entre [ ]
content-toml-value-in = `{ $key }` en { $table } `{ $id }`: { $why }
content-toml-value-at = `{ $key }`: { $why }
content-unknown-key = no se reconoce la clave `{ $key }`: revise cómo está escrita, o quítela (el README dice qué claves puede tener este archivo)

## Un archivo de cuestionario

content-quiz-no-id = el cuestionario no tiene `id`: agregue arriba una línea como id = "it-career"
content-quiz-bad-id = el id del cuestionario, `{ $id }`, solo puede tener letras minúsculas, números y guiones, por ejemplo "it-career"
content-quiz-no-title = el cuestionario no tiene `title`: agregue arriba una línea como title = "¿Qué trabajo de TI va con usted?"
content-scale-no-labels = [scale] no tiene `labels`: escriba cinco, en orden, de "No me gusta nada" a "Me gusta mucho"
content-scale-labels-count = [scale] labels tiene { $n ->
    [one] { $n } etiqueta
   *[other] { $n } etiquetas
}; necesita exactamente 5, en orden, de "No me gusta nada" a "Me gusta mucho"
content-scoring-out-of-range = [scoring] { $key } es { $value }; debe ser un número de 0 a { $max }
content-dimension-count = el cuestionario tiene { $n ->
    [one] { $n } tabla
   *[other] { $n } tablas
} [[dimension]]; necesita de 2 a 8
content-dimension-no-id = la dimensión { $n } no tiene `id`: agregue uno como id = "hands_on"
content-dimension-empty-id = el id de una dimensión está vacío: dele un nombre como "hands_on"
content-dimension-twice = la dimensión `{ $dimension }` aparece dos veces: dele a cada dimensión su propio id
content-dimension-no-name = la dimensión `{ $dimension }` no tiene `name`: agregue uno como name = "Equipos y piezas (hardware)"
content-dimension-unmeasured = ninguna pregunta mide la dimensión `{ $dimension }`: ponga un peso para ella en al menos una pregunta, por ejemplo weights = {"{"} { $dimension } = 2.0 {"}"}
content-no-questions = el cuestionario no tiene preguntas: agregue al menos una [[question]]
content-question-no-id = la pregunta { $n } no tiene `id`: agregue uno como id = "swap-power-supply"
content-question-bad-id = el id de pregunta `{ $question }` solo puede tener letras minúsculas, números y guiones
content-question-twice = la pregunta `{ $question }` aparece dos veces: dele a cada pregunta su propio id
content-question-no-text = la pregunta `{ $question }` no tiene `text`: agregue la actividad o la situación que se va a mostrar
content-question-empty-text = la pregunta `{ $question }` tiene el `text` vacío: escriba la actividad o la situación que se va a mostrar
content-question-empty-hint = la pregunta `{ $question }` tiene el `hint` vacío: escriba la explicación sencilla que se muestra debajo de la pregunta, o quite la línea
content-question-bad-kind = la pregunta `{ $question }` tiene kind = "{ $kind }"; debe ser "likert" o "choice"
content-question-no-kind = la pregunta `{ $question }` no tiene `kind`: agregue kind = "likert" o kind = "choice"
content-likert-has-options = la pregunta `{ $question }` es de escala (likert) pero tiene `options`: quítelas, o ponga kind = "choice"
content-likert-no-weight = la pregunta de escala (likert) `{ $question }` no tiene peso: agregue weights = {"{"} <dimensión> = 2.0 {"}"}
content-choice-has-weights = la pregunta de opciones (choice) `{ $question }` tiene `weights`; los pesos van en cada opción
content-choice-too-few = la pregunta de opciones (choice) `{ $question }` { $n ->
    [0] no tiene opciones
    [one] tiene solo 1 opción
   *[other] tiene { $n } opciones
}; necesita 2 opciones o más
content-option-no-id = la opción { $n } de la pregunta `{ $question }` no tiene `id`
content-option-empty-id = una opción de la pregunta `{ $question }` tiene el id vacío
content-option-twice = la opción `{ $option }` aparece dos veces en la pregunta `{ $question }`: dele a cada opción su propio id
content-option-no-label = la opción `{ $option }` de la pregunta `{ $question }` no tiene `label`
# Quién tiene un peso: el comienzo de los dos mensajes de abajo.
content-owner-question = la pregunta `{ $question }`
content-owner-option = la opción `{ $option }` de la pregunta `{ $question }`
content-weight-unknown-dimension = { $owner } tiene un peso para `{ $dimension }`, que no es una de las dimensiones del cuestionario (las dimensiones son: { $declared })
content-weight-out-of-range = { $owner } tiene el peso { $value } para `{ $dimension }`; un peso debe ser un número de -{ $max } a { $max }

## Un archivo de puesto

content-role-no-id = el puesto no tiene `id`: agregue arriba una línea como id = "technician"
content-role-bad-id = el id del puesto, `{ $id }`, solo puede tener letras minúsculas, números y guiones, por ejemplo "support-specialist"
# El puesto del que habla un mensaje: el comienzo de los mensajes de abajo.
content-this-role = este puesto
content-role-named = el puesto `{ $role }`
content-role-no-title = { $role } no tiene `title`: agregue una línea como title = "Técnico de TI"
content-role-no-summary = { $role } no tiene `summary`: agregue una o dos oraciones que digan qué hace el puesto
content-role-no-profile = { $role } no tiene `profile`: agregue profile = {"{"} { $targets } {"}"} con un número de 0 a 100 para cada dimensión
content-profile-unknown-dimension = profile tiene un número para `{ $dimension }`, pero el cuestionario `{ $quiz }` no mide esa dimensión (sus dimensiones son: { $dimensions })
content-profile-out-of-range = el número de profile para `{ $dimension }` es { $value }; debe ser de 0 a 100
content-profile-missing = profile no tiene un número para la dimensión `{ $dimension }`: agregue { $dimension } = <de 0 a 100>
content-certification-empty = { $role } tiene una certificación sin nombre (name) o sin quien la da (issuer)
content-salary-order = { $role }: en [salary], el sueldo más bajo (low, { $low }) es mayor que el más alto (high, { $high })
content-occupation-bad-onet = la ocupación `{ $occupation }` tiene onet = "{ $onet }"; escriba el código de O*NET así: "15-1232.00"
content-occupation-empty-source = la ocupación `{ $occupation }` ({ $onet }) tiene el `source` vacío: diga de dónde vienen sus cifras, por ejemplo "BLS Occupational Employment and Wage Statistics, May 2024"
content-occupation-pay-order = la ocupación `{ $occupation }` ({ $onet }): en pay, los sueldos deben ir de menor a mayor: p10 <= median <= p90 (percentil 10, mediana, percentil 90)
content-occupation-bad-growth = la ocupación `{ $occupation }` ({ $onet }): en outlook, growth (el crecimiento) debe ser un porcentaje, por ejemplo -3.7
content-role-id-twice = el id de puesto `{ $role }` ya lo usa { $file }: dele a cada puesto su propio id
# Notas (no errores) sobre un puesto escrito en la forma anterior (v1).
content-older-onet-codes = nota: `onet_codes` es la forma antigua (v1); en su lugar, escriba un [[occupation]] para cada código, con title, onet, pay = {"{"} p10, median, p90, currency, as_of {"}"} y source
content-older-salary = nota: [salary] (low, high) es la forma antigua (v1); en lugar de un solo rango, dele a cada [[occupation]] su propio pay = {"{"} p10, median, p90, currency, as_of {"}"} y source
content-older-outlook = nota: `as_of` y `source` en [outlook] son la forma antigua (v1); deje solo `summary` ahí y ponga las cifras en cada [[occupation]]: outlook = {"{"} growth, openings, period {"}"} y source

## Al leer un archivo o una carpeta

content-file-unreadable = no se puede leer este archivo: { $why }
content-file-not-regular = esto no es un archivo común (es { $kind }), así que no se lee: indique la ruta de un archivo .toml guardado
content-file-too-big = este archivo es demasiado grande para ser un archivo de careerfit (el límite es { $limit }); revise que sea el archivo correcto
content-file-not-utf8 = este archivo no es texto UTF-8: guárdelo como UTF-8
content-roles-folder-unreadable = no se puede leer la carpeta de puestos: { $why }; --roles necesita una carpeta con archivos .toml de puestos
content-roles-folder-empty = esta carpeta no tiene archivos .toml de puestos: agregue al menos uno
content-no-role-files = no se encontraron archivos de puestos: agregue al menos un archivo TOML de puesto
# Por qué no se pudo leer un archivo o una carpeta.
content-io-missing = no existe; revise la ruta

## Un archivo de respuestas

content-answers-spreadsheet = esto parece una hoja de cálculo (CSV), no un archivo de respuestas (TOML); para calificar una hoja de cálculo de respuestas, use --answers-csv ARCHIVO
content-answers-other-quiz = estas respuestas son del cuestionario `{ $theirs }`, pero el cuestionario cargado es `{ $quiz }`: use --quiz con el archivo de cuestionario correcto, o corrija la línea `quiz`
content-answers-unknown-question = `{ $question }` no es una pregunta del cuestionario `{ $quiz }`: revise el id, o quite la línea
content-answers-bad-answer = pregunta `{ $question }`: { $why }
content-answers-scale = la respuesta es { $answer }; una respuesta de escala debe ser un número entero del 1 al 5
content-answers-unknown-option = "{ $answer }" no es una de sus opciones; use una de estas: { $options }, o un número de posición del 1 al { $n }
content-answers-position = la respuesta es { $answer }; si una respuesta de opciones es un número de posición, debe ser del 1 al { $n }
content-answers-choice = la respuesta es { $answer }; una respuesta de opciones debe ser el id de una opción entre comillas o un número de posición del 1 al { $n }
# Una respuesta como la escribió el archivo.
content-value-as-is = { $value }
content-value-text = el texto "{ $value }"
content-value-decimal = el número decimal { $value }
content-value-list = una lista
content-value-table = una tabla
content-value-date = la fecha { $value }

## Un archivo de traducción puesto sobre su archivo base

content-overlay-base-only = `{ $key }` guarda { $what }, y eso va solo en el archivo base ({ $base }); un archivo de traducción solo tiene textos traducidos: quite esta línea
content-overlay-not-in-base = { $what }: no está en el archivo base ({ $base }), así que no hay nada que traducir: quite esta línea, o agregue primero el texto al archivo base
content-overlay-list-too-long = { $what }: aquí { $n ->
    [one] tiene { $n } elemento
   *[other] tiene { $n } elementos
}, pero el archivo base ({ $base }) tiene { $total }: traduzca cada elemento de la lista base, en el mismo orden, y quite los que sobran
content-overlay-list-too-short = aviso: { $what }: tiene { $n } de los { $total } elementos del archivo base: traduzca los demás, en el orden del archivo base; mientras tanto, se muestran como están en el archivo base ({ $where })
content-overlay-empty = { $what }: aquí no hay texto: escriba el texto traducido ({ $lang }), o quite la línea para mostrar el texto del archivo base
content-overlay-missing = aviso: falta traducir { $what } ({ $lang }): agregue { $add }; mientras tanto, se muestra el texto del archivo base ({ $where })
content-overlay-no-role = esto parece una traducción ({ $lang }) del puesto `{ $role }`, pero ningún puesto tiene ese id (puestos: { $roles }): llame al archivo <id del puesto>.{ $lang }.toml, con el id del puesto que traduce
content-overlay-quiz-untranslated = aviso: el cuestionario no tiene traducción ({ $lang }), así que se muestra en inglés: agregue { $file } en la misma carpeta
content-overlay-role-untranslated = aviso: el puesto `{ $role }` no tiene traducción ({ $lang }), así que se muestra en inglés: agregue { $role }.{ $lang }.toml junto a los archivos de puestos
content-overlay-unknown-dimension = la dimensión `{ $dimension }` no está en el archivo base ({ $base }; sus dimensiones: { $known }): revise cómo está escrito el id, o quite esta tabla
content-overlay-likert-options = la pregunta `{ $question }` se responde en la escala y no tiene opciones en el archivo base ({ $base }): quite `options.{ $option }`
content-overlay-unknown-option = `{ $option }` no es una opción de la pregunta `{ $question }` en el archivo base ({ $base }; sus opciones: { $known }): revise cómo está escrito el id, o quite esta línea
content-overlay-unknown-question = la pregunta `{ $question }` no está en el archivo base ({ $base }): revise cómo está escrito el id, o quite esta tabla
content-overlay-unknown-certification = la certificación `{ $name }` no está en el archivo base ({ $base }; sus certificaciones: { $known }): escriba el nombre igual que en el archivo base, o quite esta tabla
content-overlay-unknown-occupation = la ocupación { $onet } no está en el archivo base ({ $base }; sus códigos de O*NET: { $known }): revise el código, o quite esta tabla
content-overlay-no-table-in-base = el archivo base ({ $base }) no tiene [{ $table }]: quite esta tabla
content-overlay-source-no-title = una entrada de [[sources]] no tiene `title`: dele a cada una el título traducido de la fuente que está en el mismo lugar del archivo base
# Qué texto de un archivo de traducción es ($what de arriba).
content-what-key = `{ $key }`
content-what-key-in = `{ $key }` en [{ $table }]
content-what-key-of = el `{ $key }` de { $owner }
content-what-quiz-key = el `{ $key }` del cuestionario
content-what-scale-labels = las etiquetas (`labels`) de la escala
content-what-option-label = la etiqueta de la opción `{ $option }` de { $owner }
content-owner-dimension = la dimensión `{ $dimension }`
content-owner-certification = la certificación `{ $name }`
content-owner-occupation = la ocupación { $onet }
# Qué escribir para un texto que falta traducir ($add de arriba).
content-add-at-top = { $line } al principio del archivo
content-add-under = { $line } debajo de { $table }
content-add-list-at-top = { $key } = [ ... ] al principio del archivo, con un texto por cada uno del archivo base
content-add-list-under = { $key } = [ ... ] debajo de { $table }, con un texto por cada uno del archivo base
content-add-scale-labels = labels = [ cinco etiquetas ] debajo de [scale]
content-add-sources = una tabla [[sources]] con un título por cada uno del archivo base
# Qué tiene una clave que solo puede estar en el archivo base ($what de content-overlay-base-only).
content-base-only-quiz-id = el id del cuestionario
content-base-only-scoring = los límites del puntaje
content-base-only-dimension-id = el id de la dimensión (es el nombre de la tabla)
content-base-only-question-id = el id de la pregunta (es el nombre de la tabla)
content-base-only-question-kind = el tipo de la pregunta
content-base-only-weights = los pesos de una pregunta
content-base-only-role-id = el id del puesto (el nombre del archivo dice qué puesto es)
content-base-only-profile = el perfil de números del puesto
content-base-only-pay = el sueldo
content-base-only-onet-codes = una lista de códigos de O*NET
content-base-only-certification-name = el nombre de la certificación (es el nombre de la tabla)
content-base-only-issuer = quién da la certificación
content-base-only-status = si la certificación está activa o retirada
content-base-only-years = un número de años
content-base-only-onet = el código de O*NET (es el nombre de la tabla)
content-base-only-outlook = las cifras del futuro del empleo
content-base-only-date = una fecha
content-base-only-url = una dirección web

## El resumen de `careerfit check` cuando todo es válido

content-check-ok = ok: el cuestionario { $quiz } ({ $questions ->
    [one] { $questions } pregunta
   *[other] { $questions } preguntas
}, { $dimensions } dimensiones) y { $roles ->
    [one] { $roles } puesto
   *[other] { $roles } puestos
} ({ $ids }) son válidos
