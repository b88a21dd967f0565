# El resultado en palabras, compartido por las pantallas, el modo de texto
# simple y la despedida.

quiz-length = { $n ->
    [one] { $n } pregunta
   *[other] { $n } preguntas
}, unos { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
how-to-answer = Es para explorar: no es un examen ni una herramienta para contratar. Responda según si le gustaría el trabajo, no según si ya sabe hacerlo o cuánto paga.
hint = Pista: { $hint }
fit-meaning = La compatibilidad (de 0 a 100) dice qué tanto se parecen sus intereses al perfil de un puesto, no qué tan probable es que le vaya bien.
headline-low-interest = Poco interés en estos tipos de trabajo de TI: ninguno le llamó la atención.
headline-flat = No hay una preferencia clara: sus respuestas no favorecen ningún área.
headline-close-call = Resultado muy parejo: { $first } y { $second } le quedan casi igual de bien.
headline-incomplete = Se inclina hacia { $role }, pero respondió muy pocas preguntas para un resultado firme.
headline-best = Su mejor opción: { $role } ({ $fit }% de compatibilidad).
note-low-interest = Sus respuestas muestran poco interés en los tipos de trabajo de TI sobre los que pregunta este cuestionario. Esa también es una respuesta útil: tal vez TI no es para usted, y está bien. Un cuestionario más amplio cubre todas las carreras: el Perfil de Intereses de O*NET en Mi Próximo Paso (https://www.miproximopaso.org/explore/ip).
note-flat = Sus puntajes de interés están muy cerca unos de otros, así que el orden de abajo es solo una guía aproximada. Haga el cuestionario otra vez otro día, o háblelo con un consejero de carreras.
note-close-call = Entre { $first } y { $second } hay solo { $points } puntos de diferencia. Lea sobre los dos antes de decidir.
note-incomplete = Respondió { $answered } de { $total } preguntas, así que este resultado es aproximado. Responda más preguntas para un resultado más firme.
reasons-heading-lean = Sus respuestas que más se inclinan hacia { $role } (una inclinación débil)
reasons-heading-why = Por qué { $role }: sus propias respuestas
reason-choice = Eligió "{ $answer }" en: { $text }
reason-likert = { $answer }: "{ $text }"
summary-answered = Respondió { $answered } de { $total } preguntas.
summary-note = Nota: { $note }
summary-fits-heading = Qué tan compatible es cada puesto con usted:
summary-interests-heading = Sus intereses (0 = nada, 100 = mucho):
summary-not-measured = sin medir (no hay respuestas)
kept-answers-saved = Sus respuestas están guardadas. Abra careerfit otra vez para seguir donde se quedó.
kept-read-more = Lea más sobre un puesto con: careerfit roles { $role }
kept-result-saved = Su resultado está guardado: careerfit history muestra sus resultados.
kept-report = Informe: { $path }
kept-earlier-reports-changed = Informes de un resultado anterior (antes de cambiar respuestas o empezar de nuevo):
kept-left-early = Salió antes de ver los resultados. Abra careerfit otra vez cuando quiera.
kept-earlier-reports = Informes de un resultado anterior:
pay-p10 = percentil 10
pay-median = mediana
pay-p90 = percentil 90
pay-one = { $name }: mediana (el punto medio) { $figure } al año, { $asof }
pay-many = { $name }: { $figures } al año: { $labels }, { $asof }
outlook-grow = los empleos crecen { $percent }%
outlook-shrink = los empleos bajan { $percent }%
outlook-no-change = no hay cambio en los empleos
outlook-openings = ; unas { $n } vacantes al año
outlook-line = { $occupation }: { $change } en { $period }{ $openings }
entry-preview = Entrada: { $when }
entry-none = no se necesita experiencia de trabajo previa
entry-none-first-job = no se necesita experiencia de trabajo previa; un primer empleo: { $step }
entry-years = por lo general después de { $years } años o más en TI
entry-years-first-step = por lo general después de { $years } años o más en TI; un primer paso hacia este puesto: { $step }

# Las marcas de un resultado en pocas palabras, en listas y tablas
# (historial, lote, informe del grupo).
flag-low-interest = poco interés
flag-close-call = muy parejo
flag-flat = sin preferencia
flag-incomplete = incompleto
