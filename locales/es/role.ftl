# El documento de un puesto (la pantalla del puesto, "Acerca de" en modo
# texto, `roles`), y los textos del cuestionario en otro idioma.

notice-language-content = No se pudieron cargar las palabras del cuestionario en este idioma, así que siguen como estaban: { $problem }
