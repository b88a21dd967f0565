# El documento de un puesto (la pantalla del puesto, "Acerca de" en modo
# texto, `roles`), y los textos del cuestionario en otro idioma.

notice-language-content = No se pudieron cargar las palabras del cuestionario en este idioma, así que siguen como estaban: { $problem }
month-year = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { $year }
salary-median = Mediana de { $figure } al año: la mitad gana más y la otra mitad gana menos ({ $asof })
salary-range = De { $low } a { $high } al año ({ $asof })
entry-years-none = No se necesita experiencia de trabajo previa
entry-years-after = Por lo general, después de { $years } años o más en TI
entry-ways-in = Formas de entrar, de la más corta a la más larga: { $routes }.
entry-first-jobs = Primeros empleos: { $jobs }.
outlook-for = Para { $asof }: { $summary }
role-onet-links = { $occupation }: { $spanish } (Mi Próximo Paso, en español); { $english } (My Next Move, en inglés)
cert-by = { $name }, de { $issuer }
cert-retired-status = RETIRADA: ya no se ofrece
role-retired-heading = Retiradas: ya no se ofrecen, así que no planee obtenerlas
role-more-heading = Vea uno completo con: careerfit roles <id>
role-steps-then = , luego
