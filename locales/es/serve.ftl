# Las palabras propias de un asiento servido (careerfit serve): rechazos
# después de la puerta, la pantalla de regreso, "¿Sigue ahí?", el código
# en la esquina y la despedida.

seat-full =
    Lo sentimos, este taller está lleno en este momento.
    Avísele a la persona que lo dirige y vuelva a intentarlo más tarde.
seat-locked =
    Lo sentimos, este taller no está recibiendo personas nuevas en este momento.
    Si ya estuvo aquí, vuelva a entrar de la misma forma y elija "Volver".
    Si no, pregúntele a la persona que lo dirige.
seat-ended = Este taller ha terminado. Gracias por participar.
seat-apology =
    Lo sentimos, algo salió mal y este cuestionario tuvo que parar.
    Avísele a la persona que dirige el taller.
seat-still-there = ¿Sigue ahí? Presione cualquier tecla para mantener su lugar. Si no, se cierra en { $time } (sus respuestas se guardan).
seat-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
seat-seconds = { $n ->
    [one] { $n } segundo
   *[other] { $n } segundos
}
seat-your-code = Su código: { $code }
seat-participant = participante n.º { $n }
come-back-question = ¿Ya estuvo aquí antes?
come-back-dropped = Si se le cortó la conexión, vuelva a sus respuestas.
come-back-new = Empezar el cuestionario (es mi primera vez aquí)
come-back-code = Volver con mi código: { $code }
come-back-as = Volver como { $name }
come-back-closed = El taller no recibe personas nuevas ahora: vuelva con su código o su nombre.
come-back-type-first = Primero escriba su código (4 letras).
come-back-no-code = Nadie aquí tiene el código { $code }. Revíselo e inténtelo otra vez.
come-back-taken = Alguien acaba de tomar ese lugar. Elija otra vez.
come-back-key-move = moverse
come-back-key-pick = elegir
come-back-key-letters = A-Z
come-back-key-type = escribir su código
come-back-key-leave = salir
goodbye-taken-over = Volvió a entrar desde otra ventana, así que esta se cerró. Su cuestionario sigue en la otra ventana.
goodbye-removed = La persona que dirige el taller cerró su lugar. Gracias por participar.
goodbye-idle = Este lugar se cerró porque nadie presionó una tecla en mucho tiempo.
goodbye-too-long = Este lugar se cerró: estuvo abierto el tiempo máximo permitido.
goodbye-flood = Este lugar se cerró: recibió mucho más texto del que necesita un cuestionario.
goodbye-left = Adiós. Vuelva a entrar cuando quiera con la misma línea de ssh.
goodbye-come-back = { $what } Para seguir, vuelva a entrar con la misma línea de ssh, elija "Volver" y escriba su código: { $code }
goodbye-saved = Su resultado quedó guardado para el taller. ¡Terminó!
goodbye-not-added = Su resultado no se agregó a los resultados del taller (n en los resultados lo agrega).
goodbye-kept-here = Sus respuestas hasta ahora quedan guardadas en la computadora del taller.
goodbye-not-saved-yet = Su resultado todavía no está guardado para el taller: presione n en su resultado.
goodbye-kept = Sus respuestas quedan guardadas.
goodbye-before-answering = Salió antes de responder. Vuelva a entrar cuando quiera con la misma línea de ssh.
goodbye-not-recorded = No se pudo guardar su resultado para el taller: avísele a la persona que lo dirige.
plain-seat-before =
    ¿Ya estuvo aquí antes? Escriba su código para volver a sus respuestas, o el número junto a su nombre. Presione Enter para empezar un cuestionario nuevo.
plain-seat-no-code = Nadie aquí tiene ese código. Inténtelo otra vez, o presione Enter para empezar un cuestionario nuevo.
plain-seat-nickname = Su apodo para el taller (o presione Enter para quedar anónimo):
plain-seat-code = Si se le corta la conexión, vuelva a entrar y escriba su código para regresar: { $code }
plain-seat-verb = Vuelva a entrar y escriba
goodbye-workshop-ended = El taller ha terminado. Gracias por participar.
console-joins-locked = entradas CERRADAS
console-joins-open = entradas abiertas
console-to-join = Para entrar, escriba en una terminal:
console-type-yes = La primera vez, ssh pregunta "Are you sure you want to continue connecting?": escriba yes.
console-fingerprint = Muestra esta huella de la clave, que debe coincidir:
console-code-words = ¿Entró con otro nombre de usuario? Escriba el código de la sesión { $code } cuando se lo pidan.
console-nobody = Nadie ha entrado todavía. Cada participante aparece aquí al entrar.
console-who = Quién
console-connection = Conexión
console-progress = Avance
console-idle = Inactivo
console-counts = Participantes: { $joined } { $joined ->
        [one] entró
       *[other] entraron
    } · { $connected } { $connected ->
        [one] conectado
       *[other] conectados
    } · { $finished } { $finished ->
        [one] terminó
       *[other] terminaron
    }
console-removed-count = { $n } { $n ->
        [one] retirado
       *[other] retirados
    }
console-removed = retirado
console-connected = conectado
console-dropped = desconectado
console-starting = empezando
console-question = pregunta { $at } de { $of }
console-review = revisando
console-results = viendo resultados
console-finished = terminó
console-help-title = Teclas de la consola
console-help-ctrl-c = Ctrl-C también termina el taller (pide el PIN si hay uno). Las respuestas se guardan en esta computadora de todos modos.
console-close-help = cerrar ayuda
console-remove-title = Retirar a un participante
console-remove-text = ¿Retirar a { $name }? Su lugar se cierra y no puede volver. Sus respuestas hasta ahora se guardan.
console-remove-keys = y retirar   n volver
console-end-title = Terminar el taller
console-end-text = ¿Terminar el taller para todos? Cada participante ve una despedida y su resumen. Todas las respuestas se guardan.
console-end-keys = y terminar el taller   n volver
console-pin-text = Escriba el PIN para terminar el taller para todos.
console-pin-keys = Enter revisar el PIN   Esc volver
console-locked = Entradas cerradas: nadie nuevo entra; quienes se desconectaron pueden volver.
console-opened = Las entradas están abiertas otra vez.
console-no-one = Nadie ha entrado todavía.
console-already-removed = Ya se retiró a #{ $n }.
console-no-dashboard = Sin tablero: { $problem }
console-no-results = Sin tablero: este taller no tiene archivo de resultados.
console-removed-notice = Se retiró a #{ $n }. Sus respuestas hasta ahora se guardan.
console-key-choose = elegir
console-key-open = abrir entradas
console-key-lock = cerrar entradas
console-key-remove = retirar
console-key-show-names = mostrar nombres
console-key-hide-names = ocultar nombres
console-key-dashboard = tablero
console-key-end = terminar
console-key-help = ayuda
console-help-up-down = elegir a un participante
console-help-lock = cerrar entradas: nadie nuevo entra, pero quienes se desconectaron pueden volver. Presione l otra vez para abrirlas
console-help-remove = retirar al participante elegido: su lugar se cierra y no puede volver (pregunta antes)
console-help-names = ocultar o mostrar nombres: ocultos, todos aparecen como #1, #2... (para un proyector)
console-help-dashboard = el tablero del grupo con los resultados hasta ahora; d o q vuelve aquí
console-help-end = terminar el taller: todos ven una despedida y su resumen, y todas las respuestas se guardan (pregunta antes, o pide el PIN)
console-help-help = esta ayuda; ? o Esc la cierra
console-open = careerfit serve: el cuestionario está abierto.
console-kept-in = Las respuestas se guardan en { $folder }
console-ctrl-c = Presione Ctrl-C para terminar el taller.

# La puerta: la pregunta para entrar y sus rechazos, que se muestran antes
# de saber el idioma del participante, así que en cada idioma incluido (el
# del servidor primero). Los cortos van lado a lado: "Código de sesión / ...".
door-code = Código de sesión
door-wrong-code = Código incorrecto
door-enter-to-leave = Presione Enter para salir
door-too-many = Hay demasiadas conexiones desde su red en este momento (máximo { $n } a la vez). Cierre otra ventana de careerfit e inténtelo otra vez, o pregúntele a la persona que dirige el taller.
door-locked-out = Se escribieron demasiados códigos de sesión incorrectos desde su red. Espere { $time } y vuelva a intentarlo con el código que muestra la persona que dirige el taller.
door-ended = El taller ha terminado.

# Las fallas del propio servidor, en la terminal del consejero (stderr).
serve-host-key-not-a-key = { $file }: no es una clave privada de OpenSSH; muévala a otra carpeta para obtener una nueva (los participantes que vuelvan a entrar verán entonces un aviso de ssh)
serve-host-key-not-ed25519 = { $file }: la clave del servidor debe ser ed25519
serve-host-key-unreadable = { $file }: no se puede leer la clave del servidor: { $why }
serve-host-key-unencodable = no se puede preparar la clave del servidor: { $why }
serve-host-key-no-folder = { $folder }: no se puede crear la carpeta: { $why }
serve-host-key-uncreatable = { $file }: no se puede crear la clave del servidor: { $why }
serve-host-key-unwritable = { $file }: no se puede escribir la clave del servidor: { $why }
serve-no-runtime = no se puede iniciar el servidor: { $why }
serve-cannot-listen = no se pueden recibir conexiones en { $address }: { $why }; elija otro puerto con --port, o cierre el programa que usa este
serve-stopped-at-start = el servidor se detuvo al empezar
console-input-closed = la terminal dejó de enviar teclas: { $why }
console-input-stopped = la terminal dejó de enviar datos
