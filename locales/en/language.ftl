# This language's own name, and the offer to switch to it, in its own words:
# the only file read to offer this language to a person reading another one.

language-name = English
welcome-language = in English
plain-language = Type e for English.
