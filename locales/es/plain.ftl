# Modo de texto simple: el cuestionario línea por línea (lectores de
# pantalla, tuberías).

plain-how-to-type = Para responder, escriba el número de su respuesta y presione Enter. Escriba b para volver, s para saltar una pregunta, ? para ayuda, o q para salir.
plain-unfinished-piped = Nota: hay un cuestionario sin terminar guardado del { $when }; la entrada no es una terminal, así que empieza un cuestionario nuevo (reemplaza al guardado en cuanto tenga respuestas).
plain-resume-dropped = El cuestionario cambió desde entonces; { $n ->
    [one] { $n } respuesta ya no coincide y se quitó.
   *[other] { $n } respuestas ya no coinciden y se quitaron.
}
plain-resume-prompt = ¿Seguir con él? Escriba r para seguir o n para empezar de nuevo:
plain-resume-again = Por favor escriba r para seguir, o n para empezar de nuevo.
plain-question-of = Pregunta { $n } de { $total }
plain-answer-so-far = Su respuesta hasta ahora: { $n }. { $label }
plain-skipped-before = Saltó esta pregunta antes.
plain-answer-prompt = Responda de 1 a { $n } (b volver, s saltar, ? ayuda, q salir):
plain-first-question = Esta es la primera pregunta.
plain-moved-on = Pasó a la siguiente pregunta; su respuesta a esa pregunta se queda igual.
plain-nothing-typed = No escribió nada.
plain-not-an-answer = "{ $typed }" no es una respuesta aquí.
plain-type-number = Escriba un número de 1 a { $n }, o b, s, ? o q.
plain-question-again = Otra vez la pregunta { $n }: { $text }
plain-help =
    Ayuda: escriba el número de su respuesta y presione Enter; se guarda y sigue la próxima pregunta.
    b vuelve una pregunta, donde puede cambiar su respuesta.
    s salta una pregunta; las saltadas aparecen en el repaso al final.
    q sale; sus respuestas se guardan, a menos que el guardado esté apagado (--no-save).
    En el repaso, escriba el número de una pregunta para cambiarla, o r para ver sus resultados.
plain-quit-prompt = ¿Salir ahora? Sus respuestas no están guardadas y se perderán. Escriba y (sí) para salir o n (no) para seguir:
plain-type-y-or-n = Por favor escriba y (sí) o n (no).
plain-review = Repaso: respondió { $answered } de { $total } preguntas.
plain-review-none = Todavía no hay ninguna respondida.
plain-review-not-answered = { $n ->
    [one] Sin responder: pregunta { $list }.
   *[other] Sin responder: preguntas { $list }.
}
plain-review-prompt = Escriba el número de una pregunta, de 1 a { $total }, para cambiarla; r para ver sus resultados; o q para salir:
plain-review-again = Escriba un número de 1 a { $total }, o r, o q.
plain-no-results = Todavía no hay resultados: primero responda al menos una pregunta.
plain-about = Sobre { $role }:
plain-result-saved = Su resultado está guardado. Para ver sus resultados guardados, escriba: careerfit --plain history
plain-read-roles = Para leer sobre cualquier puesto, escriba: careerfit roles y luego el id del puesto.
plain-goodbye = Adiós. Abra careerfit otra vez cuando quiera.
plain-input-ended-saved = la entrada terminó antes de acabar el cuestionario; sus respuestas están guardadas, y al abrir careerfit otra vez podrá seguir
plain-input-ended-unsaved = la entrada terminó antes de acabar el cuestionario; no se guardó ninguna respuesta
