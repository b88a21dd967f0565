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
