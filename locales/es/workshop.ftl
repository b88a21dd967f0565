# El quiosco del taller (careerfit workshop) y el registro de un
# participante: avisos del PIN y cómo se guarda el resultado.

kiosk-seconds = { $n ->
    [one] { $n } segundo
   *[other] { $n } segundos
}
pin-wrong = Ese PIN no es correcto.
pin-wrong-wait = Ese PIN no es correcto. Espere { $time } antes de intentarlo otra vez.
pin-too-soon = Demasiado pronto: ese PIN no se revisó. Espere { $time } antes de intentarlo otra vez.
recorded-waiting = Guardando su resultado: esperando el archivo de resultados, que otro programa está usando. Espere, por favor.
recorded-busy = Su resultado todavía no está guardado: otro programa ha tenido ocupado el archivo de resultados por más de { $time }. { $verb } n para intentarlo otra vez, o pregúntele al facilitador.
recorded-failed = No se pudo guardar este resultado ({ $why }). Pregúntele al facilitador; { $verb } n para intentarlo otra vez.
kiosk-press = Presione
plain-kiosk-opening = Quiosco del taller: { $session }. Cada persona hace el cuestionario por turnos; cada resultado se agrega a { $file }.
plain-kiosk-cleared = Sus respuestas se borraron; no se guardó nada de ellas.
plain-kiosk-next = ========== Siguiente persona ==========
plain-kiosk-start-named = Siguiente persona: escriba un apodo y presione Enter, o solo presione Enter para quedar anónimo. (Facilitador: q termina el taller.)
plain-kiosk-nickname = Apodo:
plain-kiosk-start = Siguiente persona: presione Enter para empezar el cuestionario. (Facilitador: q termina el taller.)
plain-kiosk-press-enter = Presione Enter:
plain-kiosk-ctrl-d = Ctrl-D no termina el taller: el facilitador escribe q.
kiosk-participants = { $n ->
    [one] { $n } participante
   *[other] { $n } participantes
}
plain-kiosk-end = ¿Terminar el taller? Guardados hasta ahora: { $done }. Escriba y (sí) para terminar, o n (no) para seguir:
plain-kiosk-yes-no = Por favor escriba y (sí) o n (no).
plain-kiosk-pin = PIN del facilitador para terminar el taller (o solo Enter para seguir):
plain-kiosk-hand-over = Escriba n cuando termine: su resultado se guarda para el grupo y la siguiente persona puede empezar.
plain-kiosk-type-n = Escriba n:
plain-kiosk-type-n-done = Escriba n cuando termine.
plain-kiosk-saved = Guardado. Guardados hasta ahora: { $done }.
kiosk-type = Escriba
workshop-ended =
    Taller terminado. Guardados en { $file }: { $done }.
    Muéstrele los resultados al grupo con: careerfit report { $file }
reopen-from = Su resultado del { $when }.
reopen-changed = El cuestionario cambió desde este resultado; se muestra como era.
reopen-changed-dropped = El cuestionario cambió desde este resultado; se muestra como era ({ $n ->
    [one] { $n } respuesta ya no corresponde
   *[other] { $n } respuestas ya no corresponden
}).
notice-seat-recorded = Su resultado quedó guardado para el taller. Terminó: cierre esta ventana o presione q.
dash-title = Informe del grupo
dash-quiz-of = (cuestionario { $n } de { $total })
dash-participants = { $n ->
    [one] { $n } participante
   *[other] { $n } participantes
}
dash-names-hidden = nombres ocultos
dash-updated = actualizado { $time } UTC
dash-key-quit = salir
dash-key-scroll = desplazar
dash-key-show-names = mostrar nombres
dash-key-hide-names = ocultar nombres
dash-key-next-quiz = otro cuestionario
dash-key-help = ayuda
dash-problem = ! { $problem }: se muestra lo que se leyó antes
dash-waiting = Esperando { $file }: se crea cuando termina el primer participante
dash-quizzes = ! Estos archivos tienen { $n } cuestionarios distintos: cada uno se muestra aparte (Tab)
dash-other-version = ! { $n ->
    [one] { $n } registro
   *[other] { $n } registros
} de otra versión del cuestionario: puede que los puntajes no se comparen bien
dash-duplicates = ! { $n ->
    [one] { $n } registro quedó fuera
   *[other] { $n } registros quedaron fuera
}: se leyeron dos veces (el mismo registro en dos archivos)
dash-skipped = ! { $n ->
    [one] { $n } línea dañada saltada
   *[other] { $n } líneas dañadas saltadas
} en los archivos: se listan al salir
dash-no-participants = Todavía no hay participantes.
dash-watching = Mirando { $files }: esta pantalla se actualiza cuando termina cada participante.
dash-nobody = Nadie ha terminado el cuestionario en { $files }.
dash-help-scroll-row = mover la lista de participantes una fila
dash-help-scroll-page = mover una página
dash-help-ends = primeros o últimos participantes
dash-help-names = ocultar o mostrar nombres (para proyectar)
dash-help-tab = otro cuestionario, si hay varios
dash-help-help = mostrar u ocultar estas teclas
dash-help-leave = salir del tablero
dash-help-watching = Los archivos se revisan dos veces por segundo; los participantes nuevos aparecen al terminar.
dash-help-not-watching = Empiece con --watch para actualizar cuando terminen los participantes.
dash-help-title = Teclas
dash-too-small = terminal muy pequeña: se necesita { $w }x{ $h }
dash-now = ahora { $w }x{ $h }
dash-bigger = Agrande la ventana para seguir.
dash-best-fit = Mejor opción
dash-count = cant.
dash-more-roles = + { $n } puestos más
dash-average = Interés promedio (0-100)
dash-more-areas = + { $n } áreas más
dash-participants-title = Participantes · horas en UTC
dash-rows-of = { $from }-{ $to } de { $total }
dash-time = Hora
dash-session = Sesión
dash-name = Nombre
dash-flags = Avisos
group-close-calls = Muy parejos
group-flat = Sin preferencia clara
group-incomplete = Incompletos
group-low-interest = Poco interés
group-flag-other-version = otra versión
group-no-result = sin resultado
group-participant = Participante { $n }
group-anonymous = anónimo
export-title = Informe del grupo
export-title-count = Informe del grupo: { $participants }
export-files = Archivos: { $files }
export-names-hidden = Nombres ocultos.
export-note = Nota: { $note }
export-quiz = Cuestionario `{ $quiz }`: { $participants }
export-best-fit = Mejor opción
export-count = cant.
export-share = parte
export-average = Perfil de interés promedio (0 a 100)
export-measured-in = (medido en { $n })
export-not-measured = sin medir
export-participants = Participantes (horas en UTC)
export-time = Hora
export-session = Sesión
export-name = Nombre
export-flags = Avisos
export-md-from = **{ $participants }** de { $n ->
    [one] { $n } archivo
   *[other] { $n } archivos
}: { $files }.
export-md-names-hidden = Los nombres están ocultos.
export-md-note = > **Nota:** { $note }
export-md-quiz = Cuestionario { $quiz }: { $participants }
export-md-role = Puesto
export-md-participants = Participantes
export-md-share = Parte
export-md-area = Área de interés
export-md-average = Promedio (0 a 100)
export-md-measured = Medido en
export-md-average-title = Perfil de interés promedio
export-md-times = Las horas están en UTC.
group-note-quizzes = Estos archivos tienen resultados de { $n } cuestionarios distintos ({ $names }): cada uno se resume aparte, nunca mezclados.
group-note-duplicates = { $n ->
    [one] { $n } registro repetido quedó fuera
   *[other] { $n } registros repetidos quedaron fuera
}: cada uno se leyó dos veces (el mismo registro en dos archivos, o un archivo dado dos veces).
group-note-other-version = { $n ->
    [one] { $n } registro es
   *[other] { $n } registros son
} de otra versión del cuestionario `{ $quiz }` (cambiaron sus preguntas o la forma de calcular el puntaje): se cuentan, pero puede que sus puntajes no se comparen bien.
group-note-low-interest = { $n ->
    [one] { $n } participante mostró
   *[other] { $n } participantes mostraron
} poco interés en todos estos tipos de trabajo de TI: no los empuje hacia TI. Una evaluación más amplia cubre todas las carreras: el Perfil de Intereses de O*NET en Mi Próximo Paso (https://www.miproximopaso.org/explore/ip).
