//! The word catalogues (locales/<lang>/*.ftl): every id the code asks for
//! is in every shipped language, no catalogue holds an id nothing asks
//! for, every catalogue parses, and no message carries the invisible bidi
//! isolation marks (U+2068, U+2069) into a terminal or a pipe.
//!
//! Ids are found in the code as the string literal right after
//! `words.get(`, `words.args(` or `words.word(` (any receiver named `...words`),
//! or `Said::new(` (a message said later): an id built at run time would be
//! invisible here, so the scan refuses one.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use careerfit::lang::{Lang, Value, Words, problems};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files(dir: &Path, ending: &str, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, ending, found);
        } else if path.to_string_lossy().ends_with(ending) {
            found.push(path);
        }
    }
}

/// Every id the code asks for, with where; and every call that does not
/// give its id as a literal.
fn ids_in_code() -> (BTreeSet<String>, Vec<String>) {
    let mut sources = Vec::new();
    files(&root().join("src"), ".rs", &mut sources);
    let mut ids = BTreeSet::new();
    let mut not_literal = Vec::new();
    for file in sources {
        let text = std::fs::read_to_string(&file).unwrap();
        // `words.get(` and `words.args(`, a line break allowed before the
        // dot (as rustfmt breaks chains); and `Said::new(`.
        let calls = text
            .match_indices("words")
            .filter_map(|(at, _)| {
                let after = text[at + "words".len()..].trim_start();
                let call = after.strip_prefix('.')?;
                ["get(", "args(", "word("]
                    .iter()
                    .find_map(|name| call.strip_prefix(name))
                    .map(|rest| (at, rest))
            })
            .chain(
                text.match_indices("Said::new(")
                    .filter(|(at, _)| !text[..*at].ends_with("fn "))
                    .map(|(at, m)| (at, &text[at + m.len()..])),
            );
        for (at, rest) in calls {
            let line = text[..at].lines().count();
            let place = format!("{}:{line}", file.strip_prefix(root()).unwrap().display());
            match rest
                .trim_start()
                .strip_prefix('"')
                .and_then(|r| r.split_once('"'))
            {
                Some((id, _)) => {
                    ids.insert(id.to_string());
                }
                None => not_literal.push(place),
            }
        }
    }
    (ids, not_literal)
}

/// The message ids a language's catalogue files define.
fn ids_in_catalogue(lang: &str) -> BTreeSet<String> {
    let mut catalogues = Vec::new();
    files(&root().join("locales").join(lang), ".ftl", &mut catalogues);
    let mut ids = BTreeSet::new();
    for file in catalogues {
        for line in std::fs::read_to_string(&file).unwrap().lines() {
            let Some((id, _)) = line.split_once(" =") else {
                continue;
            };
            if !id.is_empty()
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && id.starts_with(|c: char| c.is_ascii_alphabetic())
            {
                ids.insert(id.to_string());
            }
        }
    }
    ids
}

#[test]
fn ids_in_code_are_literals() {
    let (ids, not_literal) = ids_in_code();
    assert!(ids.len() > 100, "the scan found only {} ids", ids.len());
    assert!(
        not_literal.is_empty(),
        "give the message id as a string literal (so this test sees it): {not_literal:?}"
    );
}

#[test]
fn every_id_used_is_in_every_shipped_language() {
    let (used, _) = ids_in_code();
    for lang in Lang::shipped() {
        let defined = ids_in_catalogue(lang.tag());
        let missing: Vec<_> = used.difference(&defined).collect();
        assert!(missing.is_empty(), "locales/{lang} lacks {missing:?}");
    }
}

#[test]
fn no_catalogue_holds_an_unused_id() {
    let (used, _) = ids_in_code();
    for lang in Lang::shipped() {
        let defined = ids_in_catalogue(lang.tag());
        let unused: Vec<_> = defined.difference(&used).collect();
        assert!(unused.is_empty(), "locales/{lang} holds unused {unused:?}");
    }
}

#[test]
fn every_catalogue_parses_with_no_id_twice() {
    for lang in Lang::shipped() {
        assert_eq!(problems(lang), Vec::<String>::new(), "locales/{lang}");
    }
}

#[test]
fn every_shipped_language_has_its_own_words_for_every_english_id() {
    let english = ids_in_catalogue("en");
    for lang in Lang::shipped() {
        let words = Words::new(lang);
        let missing: Vec<_> = english.iter().filter(|id| !words.has(id)).collect();
        assert!(missing.is_empty(), "locales/{lang} lacks {missing:?}");
    }
}

#[test]
fn no_message_carries_bidi_isolation_marks() {
    // Every message, with every variable the catalogues name given a
    // number (plurals choose by it) and a text.
    let mut catalogues = Vec::new();
    files(&root().join("locales"), ".ftl", &mut catalogues);
    let mut names = BTreeSet::new();
    for file in catalogues {
        let text = std::fs::read_to_string(&file).unwrap();
        for (at, _) in text.match_indices('$') {
            let name: String = text[at + 1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            names.insert(name);
        }
    }
    let numbers = [
        "n", "total", "answered", "minutes", "current", "retired", "years",
    ];
    for lang in Lang::shipped() {
        let words = Words::new(lang);
        for id in ids_in_catalogue(lang.tag()) {
            for n in [0, 1, 2, 5] {
                let args: Vec<(&str, Value)> = names
                    .iter()
                    .map(|name| {
                        let value = if numbers.contains(&name.as_str()) {
                            Value::from(n)
                        } else {
                            Value::from("x")
                        };
                        (name.as_str(), value)
                    })
                    .collect();
                let text = words.args(&id, &args);
                assert!(
                    !text.contains(['\u{2068}', '\u{2069}']),
                    "{lang} {id}: {text:?}"
                );
                // Fluent shows a placeable it could not fill as `{$name}`
                // or `{id}`; a brace followed by a space is the message's
                // own (a TOML inline table: `weights = { tinker = 2.0 }`).
                assert!(
                    !text
                        .match_indices('{')
                        .any(|(at, _)| !text[at + 1..].starts_with(' ')),
                    "{lang} {id} left a placeable: {text:?}"
                );
            }
        }
    }
}

#[test]
fn a_missing_id_is_said_in_english_and_never_panics() {
    let spanish = Words::new(Lang::find("es").unwrap());
    assert_eq!(spanish.get("no-such-message"), "no-such-message");
    assert_eq!(Words::english().get("bar-keys"), "keys");
    assert_eq!(spanish.get("bar-keys"), "teclas");
}
