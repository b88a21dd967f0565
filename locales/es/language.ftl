# El nombre de este idioma y la oferta de cambiar a él, en sus propias
# palabras: el único archivo que se lee para ofrecer este idioma a quien
# lee otro.

language-name = español
welcome-language = en español
plain-language = Escriba e para español.
