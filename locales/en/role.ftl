# A role's document (the role screen, plain mode's "About", `roles`), and
# the quiz's texts in another language.

notice-language-content = The quiz's words could not be loaded in this language, so they stay as they were: { $problem }
