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
plain-kiosk-end = ¿Terminar el taller? Guardados hasta ahora: { $done }. Escriba y para terminar, o n para seguir:
plain-kiosk-yes-no = Escriba y o n, por favor.
plain-kiosk-pin = PIN del facilitador para terminar el taller (o solo Enter para seguir):
plain-kiosk-hand-over = Escriba n cuando termine: su resultado se guarda para el grupo y la siguiente persona puede empezar.
plain-kiosk-type-n = Escriba n:
plain-kiosk-type-n-done = Escriba n cuando termine.
plain-kiosk-saved = Guardado. Guardados hasta ahora: { $done }.
kiosk-type = Escriba
workshop-ended =
    Taller terminado. Guardados en { $file }: { $done }.
    Muestre el grupo con: careerfit report { $file }
reopen-from = Su resultado del { $when }.
reopen-changed = El cuestionario cambió desde este resultado; se muestra como era.
reopen-changed-dropped = El cuestionario cambió desde este resultado; se muestra como era ({ $n ->
    [one] { $n } respuesta ya no corresponde
   *[other] { $n } respuestas ya no corresponden
}).
notice-seat-recorded = Su resultado quedó guardado para el taller. Terminó: cierre esta ventana o presione q.
