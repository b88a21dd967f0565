//! [`Words`]: the catalogues of one language as a Fluent bundle, with
//! English behind it for any id the language lacks. Bundles are built once
//! per process (a cache of every shipped language, not a current one) and
//! shared by every seat (so [`Words`] is a small `Copy` value). Bidi isolation marks are off: they would reach
//! terminals and pipes as invisible characters.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

use super::Lang;

/// A value given to a message: a number (plurals choose by it) or text.
pub type Value<'a> = fluent_bundle::FluentValue<'a>;

type Bundle = FluentBundle<FluentResource>;

/// The words of one language.
#[derive(Clone, Copy)]
pub struct Words {
    lang: Lang,
    own: &'static Bundle,
    english: &'static Bundle,
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Words({})", self.lang)
    }
}

impl PartialEq for Words {
    fn eq(&self, other: &Words) -> bool {
        self.lang == other.lang
    }
}

impl Default for Words {
    fn default() -> Words {
        Words::english()
    }
}

/// A shipped language's bundle, built the first time that language is
/// used (a person at an English terminal never pays for Spanish) and kept
/// for the whole run (so a word with no values is a `&'static str`).
fn bundle(lang: Lang) -> Option<&'static Bundle> {
    static BUNDLES: OnceLock<Vec<(Lang, OnceLock<Bundle>)>> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| {
        Lang::shipped()
            .into_iter()
            .map(|lang| (lang, OnceLock::new()))
            .collect()
    });
    all.iter()
        .find(|(l, _)| *l == lang)
        .map(|(lang, built)| built.get_or_init(|| build(*lang).0))
}

/// A shipped language's introduction (its `language.ftl` only: its own
/// name and the offer to switch to it), built the first time it is
/// offered: offering Spanish on an English welcome screen costs one small
/// file, not the whole Spanish catalogue.
fn introduction(lang: Lang) -> Option<&'static Bundle> {
    static INTRODUCTIONS: OnceLock<Vec<(Lang, OnceLock<Bundle>)>> = OnceLock::new();
    let all = INTRODUCTIONS.get_or_init(|| {
        Lang::shipped()
            .into_iter()
            .map(|lang| (lang, OnceLock::new()))
            .collect()
    });
    let (lang, built) = all.iter().find(|(l, _)| *l == lang)?;
    let text = lang.introduction()?;
    Some(built.get_or_init(|| bundle_of(*lang, [("language.ftl", text)]).0))
}

/// A bundle with no words, should a language's folder be missing.
fn empty() -> &'static Bundle {
    static EMPTY: OnceLock<Bundle> = OnceLock::new();
    EMPTY.get_or_init(|| build(Lang::english()).0)
}

/// A language's bundle from its compiled-in catalogues, and what was wrong
/// with them (file and message; a shipped catalogue has none, a test
/// makes sure). A broken message is left out, never a panic.
fn build(lang: Lang) -> (Bundle, Vec<String>) {
    bundle_of(lang, lang.catalogues())
}

/// A bundle of `lang` from the catalogue files given as (path, text).
fn bundle_of<'a>(
    lang: Lang,
    catalogues: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> (Bundle, Vec<String>) {
    let tag = lang
        .tag()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = Bundle::new_concurrent(vec![tag]);
    bundle.set_use_isolating(false);
    let mut problems = Vec::new();
    for (path, text) in catalogues {
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                problems.extend(errors.iter().map(|e| format!("{path}: {e:?}")));
                resource
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            problems.extend(errors.iter().map(|e| format!("{path}: {e:?}")));
        }
    }
    (bundle, problems)
}

/// What is wrong in the shipped catalogues of `lang` (for the tests).
pub fn problems(lang: Lang) -> Vec<String> {
    build(lang).1
}

/// A text kept for the whole run, once per distinct text (a word that
/// needed formatting, or a missing id): a bounded set.
fn interned(text: String) -> &'static str {
    static TEXTS: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut texts = TEXTS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    match texts.get(text.as_str()) {
        Some(kept) => kept,
        None => {
            let kept: &'static str = Box::leak(text.into_boxed_str());
            texts.insert(kept);
            kept
        }
    }
}

impl Words {
    /// The words of a shipped language.
    pub fn new(lang: Lang) -> Words {
        let english = bundle(Lang::english()).unwrap_or_else(empty);
        let own = bundle(lang).unwrap_or(english);
        Words { lang, own, english }
    }

    /// The words that introduce a language to a person reading another
    /// one: its own name (`language-name`) and the offer to switch to it
    /// (`welcome-language`, `plain-language`), in that language. Any other
    /// id is said in English. Cheap: the language's whole catalogue is not
    /// built.
    pub fn introducing(lang: Lang) -> Words {
        let english = bundle(Lang::english()).unwrap_or_else(empty);
        let own = introduction(lang).unwrap_or(english);
        Words { lang, own, english }
    }

    /// English words.
    pub fn english() -> Words {
        Words::new(Lang::english())
    }

    /// The language these words are in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Is this language's catalogue holding `id` (not the English behind it)?
    pub fn has(&self, id: &str) -> bool {
        self.own.has_message(id)
    }

    /// The message `id`.
    pub fn get(&self, id: &str) -> String {
        self.args(id, &[])
    }

    /// The message `id`, which takes no values, for as long as the program
    /// runs (a key bar's word).
    pub fn word(&self, id: &str) -> &'static str {
        for bundle in [self.own, self.english] {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            return match bundle.format_pattern(pattern, None, &mut errors) {
                Cow::Borrowed(text) => text,
                Cow::Owned(text) => interned(text),
            };
        }
        interned(id.to_string())
    }

    /// The message `id` with its values (`$n`, `$name`).
    pub fn args(&self, id: &str, args: &[(&str, Value)]) -> String {
        let mut values = FluentArgs::new();
        for (name, value) in args {
            values.set(Cow::Borrowed(*name), value.clone());
        }
        for bundle in [self.own, self.english] {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&values), &mut errors)
                .into_owned();
        }
        id.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_id_is_english_then_the_id() {
        let es = Words::new(Lang::find("es").unwrap());
        assert_eq!(es.get("no-such-id"), "no-such-id");
        assert_eq!(Words::english().get("language-name"), "English");
        assert_eq!(es.get("language-name"), "español");
        assert_eq!(es.word("language-name"), "español");
        assert_eq!(es.word("no-such-id"), "no-such-id");
    }

    #[test]
    fn every_language_introduces_itself_in_its_own_words() {
        for lang in Lang::shipped() {
            let whole = Words::new(lang);
            let introducing = Words::introducing(lang);
            for id in ["language-name", "welcome-language", "plain-language"] {
                assert!(
                    introducing.has(id),
                    "locales/{lang}/language.ftl lacks {id}"
                );
                assert_eq!(introducing.get(id), whole.get(id), "{lang} {id}");
            }
        }
        let spanish = Words::introducing(Lang::find("es").unwrap());
        assert_eq!(spanish.get("welcome-language"), "en español");
        // Only the introduction: anything else is said in English.
        assert_eq!(spanish.get("bar-keys"), "keys");
    }

    #[test]
    fn no_isolation_marks() {
        let en = Words::english();
        let text = en.args("quiz-length", &[("n", 3.into()), ("minutes", 1.into())]);
        assert_eq!(text, "3 questions, about 1 minute");
        assert!(!text.contains(['\u{2068}', '\u{2069}']));
    }

    #[test]
    fn plurals_per_language() {
        let es = Words::new(Lang::find("es").unwrap());
        let length = |words: &Words, n: usize| {
            words.args("quiz-length", &[("n", n.into()), ("minutes", 2.into())])
        };
        assert_eq!(length(&es, 1), "1 pregunta, unos 2 minutos");
        assert_eq!(length(&es, 2), "2 preguntas, unos 2 minutos");
        assert_eq!(length(&Words::english(), 1), "1 question, about 2 minutes");
    }
}
