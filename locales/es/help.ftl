# La ayuda que escribe careerfit: `careerfit --help`, `careerfit COMANDO --help`
# y `careerfit help COMANDO` (src/cli/args.rs). Las opciones (--quiz), los
# comandos (score) y los valores (text, json) se dejan como se escriben.

## careerfit mismo (las primeras líneas de `careerfit --help`).
help-about = Un cuestionario de carreras: qué puesto de TI le queda mejor, y por qué
help-long-about = Un cuestionario de carreras para la terminal. Le pregunta qué trabajo le gusta y le recomienda uno de cuatro puestos de TI (IT Technician, IT Support Specialist, IT Specialist, IT Manager), le muestra por qué con sus propias respuestas, y cómo es de verdad ese puesto.
help-long-about-run = Úselo sin ningún comando para hacer el cuestionario.

## Los títulos de clap y sus propias líneas, en la ayuda de cada comando.
help-heading-usage = Uso
help-heading-commands = Comandos
help-heading-arguments = Argumentos
help-heading-options = Opciones
# En la línea de uso: careerfit [OPCIONES] [COMANDO]
help-usage-options = [OPCIONES]
help-help = Muestra la ayuda
help-help-more = Muestra la ayuda (vea más con '--help')
help-help-summary = Muestra la ayuda (vea un resumen con '-h')
help-version = Muestra la versión
help-command-help = Muestra esta ayuda, o la ayuda de los comandos que indique
help-command-help-subcommand = Los comandos de los que quiere ver la ayuda

## Lo que va en lugar de un valor: --quiz <ARCHIVO>.
help-value-file = ARCHIVO
help-value-dir = CARPETA
help-value-lang = IDIOMA
help-value-addr = DIRECCIÓN
help-value-n = N
help-value-format = FORMATO
help-value-port = PUERTO
help-value-code = CÓDIGO
help-value-pin = PIN
help-value-session = SESIÓN
help-value-number = NÚMERO
help-value-id = ID
help-value-max-seats = MÁXIMO
help-value-command = COMANDO

## Opciones de todos los comandos (o del cuestionario).
help-quiz = Use este archivo de cuestionario en lugar del cuestionario que viene incluido
help-roles-folder = Use los archivos .toml de puestos de esta carpeta en lugar de los puestos que vienen incluidos
help-lang = El idioma de las pantallas del cuestionario: en o es (si no lo indica, se usa LC_ALL, LC_MESSAGES, LANG o LANGUAGE; si no, inglés)
help-no-color = Muestra el cuestionario sin colores (igual que si define NO_COLOR)
help-plain = Hace el cuestionario como preguntas simples, una línea a la vez, para lectores de pantalla, terminales simples y tuberías (también se elige si define ACCESSIBLE, si TERM=dumb, o si la entrada o la salida no es una terminal)
help-no-save = No guarda nada: ni el progreso, ni los resultados, ni los informes (para computadoras compartidas)
help-format = El formato de la salida

## careerfit check
help-check = Revisa si un cuestionario y sus puestos tienen errores

## careerfit score
help-score = Califica un archivo de respuestas, o una hoja de cálculo con las respuestas de muchas personas
help-score-more = Califica sin abrir el cuestionario en pantalla completa. Con --answers-csv, el código de salida es 0 si todas las filas estaban bien, y 1 si alguna fila tuvo problemas (las filas buenas se califican igual)
help-score-answers = El archivo de respuestas (TOML)
help-score-answers-csv = Una hoja de cálculo con las respuestas de muchas personas (CSV: una primera fila con los id de las preguntas, y una columna `participant` si quiere)
help-score-results = Con --answers-csv: agrega los resultados a este archivo de resultados del taller (JSON Lines) en lugar de mostrarlos. Se agregan todos o ninguno; una hoja que ya se agregó no se agrega otra vez (se dice en stdout; el código de salida es el de siempre)
help-score-format-markdown = Un informe para llevar, en Markdown
help-score-format-html = Un informe para llevar, en una sola página HTML completa que se imprime bien

## careerfit workshop, y las mismas opciones de careerfit serve.
help-workshop = Abre el cuestionario como quiosco para un grupo, un participante tras otro
help-workshop-plain = Abre el quiosco con preguntas simples, una línea a la vez, para lectores de pantalla y terminales simples (también se elige si define ACCESSIBLE o si TERM=dumb)
help-workshop-no-color = Muestra el quiosco sin colores (igual que si define NO_COLOR)
help-group-session = Un nombre para esta sesión, por ejemplo clase-martes (si no lo indica: la fecha de hoy)
help-group-results = Dónde agregar los resultados (si no lo indica: un archivo por sesión en la carpeta de datos)
help-group-ask-name = Pide un apodo a cada participante (si no, son anónimos)
help-group-pin = Un PIN que el facilitador debe escribir para terminar el taller

## careerfit serve
help-serve = Deja que todo un salón haga el cuestionario a la vez por SSH, sin instalar nada
help-serve-more = Cada participante escribe la línea de ssh que se muestra y hace el cuestionario en su propia terminal. Sigue abierto hasta que presione Ctrl-C, que cierra cada puesto y guarda sus respuestas
help-serve-port = El puerto donde escuchar
help-serve-bind = La dirección donde escuchar (si no la indica: todas las direcciones de esta computadora)
help-serve-code = El código que los participantes escriben como su nombre de usuario de ssh (si no lo indica: 4 números al azar)
help-serve-open = Deja entrar a cualquiera que se conecte, sin código
help-serve-host-key = El archivo de la clave del servidor (si no lo indica: se crea una vez en la carpeta de datos y se guarda, para que a quien regresa no le salga un aviso de ssh)
help-serve-max-seats = Cuántos participantes, como máximo, a la vez
help-serve-hide-names = Al empezar, muestra a los participantes como #1, #2... en la consola (para proyectar; h muestra los nombres)
help-serve-max-per-address = Cuántas conexiones, como máximo, a la vez desde una misma dirección de red. Una clase detrás de un router que esconde sus direcciones (NAT) comparte una sola: en ese caso, póngale el número de personas del salón

## careerfit report
help-report = Muestra los resultados de un grupo: un tablero en vivo, o una exportación para sus registros
help-report-more = Un archivo que no se puede leer es un error, y no se exporta nada (una exportación a la que le falta una computadora parecería completa); con --watch, se espera a un archivo que todavía no existe. Las líneas que se saltan se avisan en stderr
help-report-files = Archivos de resultados del taller (JSON Lines), de una o de varias computadoras
help-report-format = Exporta en lugar de abrir el tablero
help-report-watch = Mantiene el tablero al día mientras los archivos crecen
help-report-hide-names = Esconde los apodos de los participantes (para proyectar)
help-report-plain = Muestra los resultados del grupo como texto en lugar de abrir el tablero en vivo
help-report-no-color = Muestra el tablero en vivo sin colores (igual que si define NO_COLOR)

## careerfit history
help-history = Muestra la lista de sus resultados guardados, o abre uno otra vez (1 es el más reciente)
help-history-number = El número de un resultado de la lista, para abrirlo otra vez
help-history-plain = Muestra la lista, o el resultado, como texto simple en lugar de abrir los resultados en pantalla completa
help-history-no-color = Muestra el resultado que abre otra vez sin colores (igual que si define NO_COLOR)

## careerfit forget
help-forget = Borra de esta computadora el progreso, los resultados y los informes guardados
help-forget-yes = No pregunta antes
help-forget-workshops = En su lugar, borra los resultados de talleres de la carpeta de datos (y solo esos)

## careerfit questions
help-questions = Muestra las preguntas del cuestionario por id: lo que necesita un archivo de respuestas o una hoja de cálculo de respuestas
help-questions-more = text muestra el id, el tipo, el texto y las opciones (con sus id) de cada pregunta; json lo mismo como una lista; csv la primera fila de una hoja de cálculo de respuestas (participant, y luego el id de cada pregunta) para `score --answers-csv`
help-questions-format-csv = La primera fila de una hoja de cálculo de respuestas

## careerfit roles
help-roles = Muestra la lista de puestos, o uno completo
help-roles-id = El id de un puesto, por ejemplo technician
