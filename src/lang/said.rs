//! [`Said`]: a message kept to be said later, in the language of whoever
//! reads it: its catalogue id and its values. Errors and notices are made
//! deep inside careerfit (a content file's problem, a file that cannot be
//! written), far from the person; the edge that shows them (a command's
//! stderr, a screen, a served seat) says them with that person's
//! [`Words`]. `Display` says them in English, for logs and anyhow chains.

use std::fmt;

use super::{Value, Words};

/// A message id with its values, said when it is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    id: &'static str,
    values: Vec<(&'static str, Given)>,
}

/// One value of a [`Said`].
#[derive(Debug, Clone, PartialEq, Eq)]
enum Given {
    /// A text as it is: a file's name, an id, a value quoted from a file,
    /// the operating system's own words.
    Text(String),
    /// A count (plurals choose by it).
    Number(i64),
    /// Another message, said in the same language.
    Said(Box<Said>),
}

impl Said {
    /// The message `id` (a literal, so the catalogue test sees it).
    pub fn new(id: &'static str) -> Said {
        Said {
            id,
            values: Vec::new(),
        }
    }

    /// With the text value `$name` (a file, an id, a reason in the
    /// system's words): shown as it is, never translated.
    pub fn text(mut self, name: &'static str, value: impl fmt::Display) -> Said {
        self.values.push((name, Given::Text(value.to_string())));
        self
    }

    /// With the count `$name`, which plurals choose by.
    pub fn number(mut self, name: &'static str, value: impl TryInto<i64>) -> Said {
        let n = value.try_into().unwrap_or(i64::MAX);
        self.values.push((name, Given::Number(n)));
        self
    }

    /// With the message `$name`, said in the same language as this one.
    pub fn said(mut self, name: &'static str, value: Said) -> Said {
        self.values.push((name, Given::Said(Box::new(value))));
        self
    }

    /// The message's id (tests match on it).
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The message in `words`' language.
    pub fn say(&self, catalogue: &Words) -> String {
        let values: Vec<(&str, Value)> = self
            .values
            .iter()
            .map(|(name, given)| {
                let value = match given {
                    Given::Text(text) => Value::from(text.as_str()),
                    Given::Number(n) => Value::from(*n),
                    Given::Said(said) => Value::from(said.say(catalogue)),
                };
                (*name, value)
            })
            .collect();
        catalogue.args(self.id, &values)
    }
}

impl fmt::Display for Said {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.say(&Words::english()))
    }
}

impl std::error::Error for Said {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn said_in_the_readers_language_with_plurals() {
        let said = Said::new("quiz-length").number("n", 1).number("minutes", 3);
        assert_eq!(said.to_string(), "1 question, about 3 minutes");
        let spanish = Words::new(Lang::find("es").unwrap());
        assert_eq!(said.say(&spanish), "1 pregunta, unos 3 minutos");
        assert_eq!(said.id(), "quiz-length");
    }

    #[test]
    fn a_text_value_is_shown_as_it_is() {
        let said = Said::new("cli-error").text("message", "{ $as } it is");
        assert_eq!(said.to_string(), "error: { $as } it is");
        let spanish = Words::new(Lang::find("es").unwrap());
        assert!(said.say(&spanish).ends_with(": { $as } it is"));
    }
}
