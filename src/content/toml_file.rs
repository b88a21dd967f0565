//! Reads one TOML file into typed values, collecting every syntax error and
//! every unknown key with its position instead of stopping at the first.

use serde::de::DeserializeOwned;
use toml::de::{DeTable, DeValue};

use super::problem::{Locator, Problem};
use crate::lang::Said;

/// The typed contents of a file plus the non-fatal problems found while
/// reading it (unknown keys). Fatal problems (bad syntax, a value of the
/// wrong type) are returned as the error, with the unknown keys found so far.
pub fn read<T: DeserializeOwned>(at: &Locator<'_>) -> Result<(T, Vec<Problem>), Vec<Problem>> {
    let (document, syntax_errors) = DeTable::parse_recoverable(at.text);
    if !syntax_errors.is_empty() {
        return Err(syntax_errors
            .iter()
            .map(|e| parser_problem(at, e))
            .collect());
    }

    let mut unknown_paths: Vec<Vec<Step>> = Vec::new();
    let parsed = serde_ignored::deserialize(toml::de::Deserializer::from(document), |path| {
        unknown_paths.push(steps_of(&path));
    });
    if unknown_paths.is_empty()
        && let Ok(value) = parsed
    {
        return Ok((value, Vec::new()));
    }
    // Something is wrong: parse again to find where. Only bad files pay for
    // this second pass; good ones are read once, with no copy kept.
    let (document, _) = DeTable::parse_recoverable(at.text);
    let mut problems: Vec<Problem> = unknown_paths
        .iter()
        .map(|path| unknown_key_problem(at, document.get_ref(), path))
        .collect();
    match parsed {
        Ok(value) => Ok((value, problems)),
        Err(error) => {
            problems.push(value_problem(at, document.get_ref(), &error));
            Err(problems)
        }
    }
}

fn parser_problem(at: &Locator<'_>, error: &toml::de::Error) -> Problem {
    let message = error.message().trim();
    let message = if message.is_empty() {
        Said::new("content-toml-not-valid")
    } else {
        parser_said(message)
    };
    match error.span() {
        Some(span) => at.at(span, message),
        None => at.whole_file(message),
    }
}

/// A value of the wrong type or shape: say which key holds it, and the id
/// of the table it sits in, so the counselor can find it.
fn value_problem(at: &Locator<'_>, root: &DeTable<'_>, error: &toml::de::Error) -> Problem {
    let message = parser_said(error.message().trim());
    let Some(span) = error.span() else {
        return at.whole_file(message);
    };
    let mut path = Vec::new();
    let message = match find_value(root, span.start, &mut path) {
        Some(owner_id) => {
            let last = path.iter().rev().find_map(|step| match step {
                Step::Key(key) => Some(key.as_str()),
                Step::Index(_) => None,
            });
            let table = match path.first() {
                Some(Step::Key(key)) if path.len() > 1 => Some(key.as_str()),
                _ => None,
            };
            match (owner_id, table, last) {
                // "`text` in question `help-caller`: ..."
                (Some(id), Some(table), Some(last)) => Said::new("content-toml-value-in")
                    .text("key", last)
                    .text("table", table)
                    .text("id", id)
                    .said("why", message),
                _ => Said::new("content-toml-value-at")
                    .text("key", dotted(&path))
                    .said("why", message),
            }
        }
        None => message,
    };
    at.at(span, message)
}

/// Finds the key whose value (or key) starts at `offset`, filling `path`
/// with the steps to it. Returns the `id` of the table that holds it, if any.
///
/// Searches the whole document: the spans of `[[array]]` tables cover only
/// their header, so they cannot be used to narrow the search.
fn find_value(table: &DeTable<'_>, offset: usize, path: &mut Vec<Step>) -> Option<Option<String>> {
    let id_of = |t: &DeTable<'_>| {
        t.get("id")
            .and_then(|v| v.get_ref().as_str())
            .map(str::to_string)
    };
    for (key, value) in table.iter() {
        path.push(Step::Key(key.get_ref().to_string()));
        if value.span().start == offset || key.span().start == offset {
            return Some(id_of(table));
        }
        match value.get_ref() {
            DeValue::Table(inner) => {
                if let Some(found) = find_value(inner, offset, path) {
                    return Some(found);
                }
            }
            DeValue::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    path.push(Step::Index(i));
                    if item.span().start == offset {
                        return Some(id_of(table));
                    }
                    if let DeValue::Table(inner) = item.get_ref()
                        && let Some(found) = find_value(inner, offset, path)
                    {
                        return Some(found);
                    }
                    path.pop();
                }
            }
            _ => {}
        }
        path.pop();
    }
    None
}

/// The TOML parser's and serde's messages are in their own English and
/// name Rust types: the ones careerfit knows are said in a counselor's
/// words (in the reader's language); any other is the parser's text as it
/// is, inside a message that says so.
fn parser_said(message: &str) -> Said {
    if let Some(rest) = message.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return Said::new("content-toml-wrong-kind")
            .said("found", found_said(found))
            .said("expected", expected_said(expected));
    }
    if let Some(rest) = message.strip_prefix("unknown variant ")
        && let Some((_, expected)) = rest.split_once(", expected ")
    {
        // "`expired`, expected `active` or `retired`": the values are the
        // quoted words.
        let quoted: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
        if let Some((value, options)) = quoted.split_first() {
            let options: Vec<String> = options.iter().map(|o| format!("`{o}`")).collect();
            return Said::new("content-toml-unknown-value")
                .text("value", value)
                .text("expected", expected)
                .text("options", options.join(", "));
        }
    }
    if let Some(key) = message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        return Said::new("content-toml-missing-key").text("key", key);
    }
    if message == "duplicate key" {
        return Said::new("content-toml-duplicate-key");
    }
    if let Some(rest) = message.strip_prefix("string values must be quoted") {
        // The rest is the parser's ", expected ...", kept in English.
        return Said::new("content-toml-unquoted").text("rest", rest);
    }
    Said::new("content-toml-parser").text("detail", plain_parser_message(message))
}

/// What serde found where another kind of value belongs: "integer `5`",
/// "string \"big\"", "sequence".
fn found_said(found: &str) -> Said {
    let quoted = |prefix: &str| {
        found
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_prefix('`'))
            .and_then(|rest| rest.strip_suffix('`'))
            .map(str::to_string)
    };
    if let Some(value) = quoted("integer ") {
        return Said::new("content-toml-found-integer").text("value", value);
    }
    if let Some(value) = quoted("floating point ") {
        return Said::new("content-toml-found-decimal").text("value", value);
    }
    if let Some(value) = quoted("boolean ") {
        return Said::new("content-toml-found-boolean").text("value", value);
    }
    if let Some(value) = found.strip_prefix("string ") {
        return Said::new("content-toml-found-text").text("value", value);
    }
    match found {
        "sequence" => Said::new("content-toml-found-list"),
        "map" => Said::new("content-toml-found-table"),
        _ => Said::new("content-toml-fragment").text("detail", found),
    }
}

/// What serde expected, in a counselor's words where careerfit knows it.
fn expected_said(expected: &str) -> Said {
    match expected {
        "f64" => Said::new("content-toml-expected-number"),
        "i64" | "u8" => Said::new("content-toml-expected-whole-number"),
        "a string" => Said::new("content-toml-expected-text"),
        "a sequence" => Said::new("content-toml-expected-list"),
        other => Said::new("content-toml-fragment").text("detail", plain_parser_message(other)),
    }
}

/// serde's messages name Rust types; say it in a counselor's words instead
/// (for the parser's messages careerfit has no words of its own for).
fn plain_parser_message(message: &str) -> String {
    message
        .replace("invalid type: ", "wrong kind of value: ")
        .replace("expected f64", "expected a number")
        .replace("expected i64", "expected a whole number")
        .replace("expected u8", "expected a whole number")
        .replace("expected a string", "expected text in quotes")
        .replace("a sequence", "a list in [ ]")
        .replace("unknown variant", "unknown value")
}

/// One step of a path into the document: a key of a table or an index of an array.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
}

fn steps_of(path: &serde_ignored::Path<'_>) -> Vec<Step> {
    use serde_ignored::Path;
    let mut steps = match path {
        Path::Root => return Vec::new(),
        Path::Seq { parent, .. }
        | Path::Map { parent, .. }
        | Path::Some { parent }
        | Path::NewtypeStruct { parent }
        | Path::NewtypeVariant { parent } => steps_of(parent),
    };
    match path {
        Path::Seq { index, .. } => steps.push(Step::Index(*index)),
        // `Spanned` values show up as an internal map; they are not keys
        // the user wrote.
        Path::Map { key, .. } if key.starts_with("$__serde_spanned") => {}
        Path::Map { key, .. } => steps.push(Step::Key(key.clone())),
        _ => {}
    }
    steps
}

fn unknown_key_problem(at: &Locator<'_>, root: &DeTable<'_>, path: &[Step]) -> Problem {
    let dotted = dotted(path);
    let message = Said::new("content-unknown-key").text("key", dotted);
    match span_of_key(root, path) {
        Some(span) => at.at(span, message),
        None => at.whole_file(message),
    }
}

/// A path as a counselor would write it: `question[3].weightz`.
fn dotted(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Step::Index(i) => out.push_str(&format!("[{}]", i + 1)),
        }
    }
    out
}

/// Where the last key of `path` is written in the file.
fn span_of_key(root: &DeTable<'_>, path: &[Step]) -> Option<std::ops::Range<usize>> {
    let (last, parents) = path.split_last()?;
    let Step::Key(last) = last else { return None };
    let mut table = root;
    let mut value: Option<&DeValue<'_>> = None;
    for step in parents {
        let next = match (step, value) {
            (Step::Key(key), None) => table.get(key.as_str())?,
            (Step::Key(key), Some(DeValue::Table(t))) => t.get(key.as_str())?,
            (Step::Index(i), Some(DeValue::Array(items))) => items.get(*i)?,
            _ => return None,
        };
        value = Some(next.get_ref());
        if let DeValue::Table(t) = next.get_ref() {
            table = t;
        }
    }
    if let Some(v) = value
        && !matches!(v, DeValue::Table(_))
    {
        return None;
    }
    table.get_key_value(last.as_str()).map(|(k, _)| k.span())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    struct Item {
        #[allow(dead_code)]
        id: toml::Spanned<String>,
    }

    #[derive(Debug, Deserialize)]
    struct Doc {
        #[serde(default)]
        item: Vec<Item>,
    }

    #[test]
    fn every_unknown_key_is_reported_with_its_line() {
        let text = "colour = 1\n[[item]]\nid = \"a\"\n[[item]]\nid = \"b\"\nlabel = \"x\"\n";
        let at = Locator::new("t.toml", text);
        let (doc, problems) = read::<Doc>(&at).unwrap();
        assert_eq!(doc.item.len(), 2);
        let shown: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(shown.len(), 2, "{shown:?}");
        assert!(
            shown[0].starts_with("t.toml:1:1: unknown key `colour`"),
            "{shown:?}"
        );
        assert!(
            shown[1].starts_with("t.toml:6:1: unknown key `item[2].label`"),
            "{shown:?}"
        );
    }

    #[test]
    fn every_syntax_error_is_reported() {
        let text = "a = \n[[item]]\nid = \"a\nb = = 2\n";
        let at = Locator::new("t.toml", text);
        let problems = read::<Doc>(&at).unwrap_err();
        assert!(problems.len() >= 2, "{problems:?}");
        assert!(problems.iter().all(|p| p.line.is_some()));
    }

    #[test]
    fn the_parsers_words_careerfit_knows_are_said_in_the_readers_language() {
        let spanish = crate::lang::Words::new(crate::lang::Lang::find("es").unwrap());
        for (text, english, words) in [
            ("a = 1\na = 2\n", "duplicate key", "esta clave ya está"),
            ("[[item]]\n", "missing field `id`", "falta la clave `id`"),
            (
                "[[item]]\nid = [1]\n",
                "sequence, expected text in quotes",
                "una lista",
            ),
        ] {
            let at = Locator::new("t.toml", text);
            let problems = read::<Doc>(&at).unwrap_err();
            let message = &problems[0].message;
            assert!(message.to_string().contains(english), "{message}");
            let said = message.say(&spanish);
            assert!(said.contains(words), "{said}");
        }
    }

    #[test]
    fn a_kind_careerfit_has_no_words_for_is_the_parsers_inside_careerfits_sentence() {
        let spanish = crate::lang::Words::new(crate::lang::Lang::find("es").unwrap());
        let at = Locator::new("t.toml", "item = [5]\n");
        let problems = read::<Doc>(&at).unwrap_err();
        let said = problems[0].message.say(&spanish);
        // careerfit's sentence, with the parser's "struct Item" marked as English.
        assert!(said.contains("(en inglés)"), "{said}");
        assert!(!said.contains("no sigue las reglas"), "{said}");
    }

    #[test]
    fn a_wrong_type_names_its_line() {
        let at = Locator::new("t.toml", "[[item]]\nid = 5\n");
        let problems = read::<Doc>(&at).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, Some(2), "{problems:?}");
    }
}
