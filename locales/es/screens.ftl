# El cuestionario en pantalla completa: barras de arriba, pantallas,
# ventanas y avisos de una línea.

top-workshop = Taller: { $session }
top-done = { $n } listos
top-welcome = Bienvenida
welcome-press-enter = Presione Enter para empezar.
welcome-how-heading = Cómo responder
welcome-key-numbers = 1 a 5
welcome-numbers = responder de una vez (en una pregunta de opciones, 1 a 4)
welcome-arrows = moverse, y luego Enter para elegir
welcome-key-back = ← o b
welcome-back = volver y cambiar una respuesta
welcome-skip = saltar una pregunta (puede volver a ella)
welcome-help = ver todas las teclas en cualquier momento
welcome-leave = salir
welcome-plain = ¿Usa un lector de pantalla o prefiere texto simple? Salga y escriba: careerfit --plain
welcome-plain-seat = ¿Usa un lector de pantalla o prefiere texto simple? Salga con q y vuelva a entrar con ssh -T (la misma línea, con -T agregado).
welcome-facilitator = Facilitador: los resultados van a { $file }. q termina el taller.
welcome-facilitator-pin = Facilitador: los resultados van a { $file }. q termina el taller (se necesita el PIN).
notice-ctrl-c-kiosk = Ctrl-C no termina el taller. El facilitador lo termina desde la pantalla de bienvenida con q.
notice-skipped = Pregunta saltada. Puede volver a ella en el repaso.
notice-kiosk-retake = Presione n cuando termine; la siguiente persona empieza desde cero.
notice-kiosk-reports = Los informes están apagados en el quiosco del taller; el facilitador puede exportar los resultados del grupo.
notice-kiosk-leave = Presione n cuando termine: su resultado se guarda y la siguiente persona puede empezar.
notice-pin-wrong-again = Ese PIN no es correcto. Escríbalo otra vez.
notice-next-person = Guardado. Listo para la siguiente persona.
confirm-kiosk-title = ¿Empezar de nuevo para la siguiente persona?
confirm-kiosk-text = Estas respuestas se borrarán y no se guardarán.
confirm-start-over = empezar de nuevo
confirm-keep-going = seguir
confirm-leave-result-title = ¿Salir de careerfit?
confirm-leave-result-text = Su resultado se mostrará en la terminal cuando salga.
confirm-leave = salir
confirm-stay = quedarse
confirm-leave-title = ¿Salir del cuestionario?
confirm-leave-text = Ha respondido { $n ->
    [one] { $n } pregunta
   *[other] { $n } preguntas
}. Si sale ahora, sus respuestas se pierden.
confirm-retake-title = ¿Empezar de nuevo?
confirm-retake-saved = El cuestionario empieza otra vez sin respuestas. Este resultado sigue guardado: véalo otra vez con careerfit history.
confirm-retake-unsaved = El cuestionario empieza otra vez sin respuestas. No se está guardando nada, así que este resultado se perderá.
confirm-keep-results = quedarme con mis resultados
help-close = Presione cualquier tecla para cerrar.
help-title = Teclas
end-workshop-pin = PIN del facilitador: { $typed }
end-workshop-title = ¿Terminar el taller?
end-workshop-end = terminar
end-workshop-recorded = { $n ->
    [one] Se guardó { $n } participante.
   *[other] Se guardaron { $n } participantes.
}
top-welcome-back = Bienvenido de nuevo
resume-unfinished = Tiene un cuestionario sin terminar del { $when }: { $answered } de { $total } preguntas respondidas.
resume-dropped = { $n ->
    [0] Todas sus respuestas siguen sirviendo y se guardaron.
    [one] 1 respuesta ya no coincide con el cuestionario (su pregunta u opción cambió), así que se quitó.
   *[other] { $n } respuestas ya no coinciden con el cuestionario (su pregunta u opción cambió), así que se quitaron.
}
resume-changed = El cuestionario cambió desde entonces. { $dropped }
name-welcome = ¡Bienvenido! Escriba un apodo para que el facilitador encuentre su resultado, o solo presione Enter para quedar anónimo.
name-label = Apodo:
name-limit = Hasta { $n } caracteres. El grupo solo lo ve si el facilitador así lo decide.
top-question-of = { $n } de { $total }
prompt-likert = ¿Cuánto le gustaría hacer esto?
prompt-choice = Elija lo que más le gustaría hacer.
question-skipped-before = Saltó esta pregunta. Respóndala ahora, o presione s para saltarla otra vez.
question-more-above = ↑ hay más arriba
question-more-below = ↓ hay más abajo
question-your-answer-at = ✓ su respuesta: { $n }
question-your-answer = ✓ su respuesta
top-review = Repase sus respuestas
top-answered-of = { $answered } de { $total } respondidas
review-answered = Respondió { $answered } de { $total }.
review-skipped = Saltadas: { $n }.
review-not-seen = Sin responder todavía: { $n }.
review-pick = Elija una para cambiarla, o vea sus resultados.
review-see-results = Ver mis resultados →
review-mark-skipped = Saltada
review-mark-not-answered = Sin responder
top-results = Sus resultados
results-retake-hint = Presione r para hacer el cuestionario otra vez.
results-fits-heading = Qué tan compatible es cada puesto con usted
results-enter-opens = Enter abre el puesto marcado.
results-interests-heading = Sus intereses (de 0 a 100)
results-not-measured = sin medir: no hay respuestas
results-no-reasons = Ninguna de sus respuestas se inclinó claramente hacia este puesto.
results-about = Sobre { $role }
results-cert-step = Una certificación que puede obtener: { $name }, de { $issuer }
results-pay = Sueldo: { $pay }
results-career-path = Camino de carrera: { $path }
results-next-steps = Próximos pasos
results-enter-for-more = Presione Enter para ver tareas, habilidades, estudios y fuentes.
tab-overview = Resumen
tab-duties = Tareas
tab-skills = Habilidades
tab-certifications = Certificaciones
tab-education = Estudios
tab-pay = Sueldo y futuro
tab-path = Camino de carrera
tab-sources = Fuentes
tab-short-certifications = Certif.
tab-short-pay = Sueldo
tab-short-path = Camino
role-rank = #{ $n } de { $total }, { $fit }% de compatibilidad
role-not-given = No hay datos para este puesto.
role-source = Fuente: { $source }
role-retired-note = { $current } vigentes. { $retired ->
    [one] { $retired } está RETIRADA y ya no se ofrece: va al final para que sepa que debe saltarla.
   *[other] { $retired } están RETIRADAS y ya no se ofrecen: van al final para que sepa que debe saltarlas.
}
role-cert-by = de { $issuer }
role-retired = RETIRADA: ya no se ofrece
role-start-here = ← usted empieza aquí
role-start-here-above = Usted empieza aquí ↓
compare-footer = Abra un puesto desde los resultados para ver el texto completo, quién da cada certificación y las fuentes.
top-compare = Comparar los puestos
top-compare-sources = fuentes: abra cada puesto
too-small-need = terminal muy pequeña: se necesita { $width }x{ $height }
too-small-now = ahora { $width }x{ $height }
too-small-bigger = Agrande la ventana para seguir.
too-small-keys = Las teclas esperan hasta entonces; q sale.
more-both = ↑ PgUp  ↓ hay más: PgDn
more-below = ↓ hay más: PgDn
more-top = ↑ PgUp: volver al inicio
compare-not-given = No hay datos
part-work = Dónde trabajaría
part-occupations = Ocupaciones oficiales
part-duties = Qué haría
part-skills = Habilidades que usaría
part-certifications = Certificaciones
part-entry = Cómo se entra
part-education = Estudios
part-pay = Sueldo
part-outlook = Futuro del empleo
part-career-path = Camino de carrera
part-sources = Fuentes

# En la pantalla de una pregunta, o cuando no se puede calcular el resultado.
notice-press-number = Presione un número del 1 al { $n }.
score-nothing-measured = Responda al menos una pregunta: todavía ninguna respuesta midió un área de interés.
score-no-roles = No hay puestos con los que comparar sus respuestas.

# Por qué se detuvo el cuestionario de pantalla completa, después de devolver la terminal.
tui-input-stopped = la terminal dejó de enviar datos
tui-keys-stopped = la terminal dejó de enviar teclas: { $why }
