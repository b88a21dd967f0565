//! [`Words`]: the catalogues of one language, with English behind it for
//! any id the language lacks. Each catalogue file is parsed into its own
//! Fluent bundle the first time one of its messages is asked for (an id
//! index, made by a quick scan of the compiled-in text, says which file
//! holds which id), and kept for the whole run, shared by every seat (so
//! [`Words`] is a small `Copy` value). The quiz's first frame parses the
//! few files it shows; a counselor's error messages, the server's words
//! and the other language's catalogue cost nothing until needed. Bidi
//! isolation marks are off: they would reach terminals and pipes as
//! invisible characters.

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
    own: &'static Catalogue,
    english: &'static Catalogue,
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

/// One language's catalogue files, each parsed when first needed.
struct Catalogue {
    lang: Lang,
    /// Every message id and the file (an index into `files`) that holds
    /// it, sorted by id.
    index: Vec<(&'static str, usize)>,
    /// Each file's path, text and bundle (built on first use).
    files: Vec<(&'static str, &'static str, OnceLock<Bundle>)>,
}

impl Catalogue {
    fn new(lang: Lang) -> Catalogue {
        let files: Vec<_> = lang
            .catalogues()
            .map(|(path, text)| (path, text, OnceLock::new()))
            .collect();
        let mut index: Vec<(&'static str, usize)> = files
            .iter()
            .enumerate()
            .flat_map(|(at, (_, text, _))| message_ids(text).map(move |id| (id, at)))
            .collect();
        index.sort_unstable();
        Catalogue { lang, index, files }
    }

    /// The bundle of the file holding `id`, parsed now if it was not yet.
    fn bundle_for(&self, id: &str) -> Option<&Bundle> {
        let found = self.index.binary_search_by(|(i, _)| (*i).cmp(id)).ok()?;
        let (path, text, bundle) = &self.files[self.index[found].1];
        Some(bundle.get_or_init(|| bundle_of(self.lang, [(*path, *text)]).0))
    }

    fn has(&self, id: &str) -> bool {
        self.index.binary_search_by(|(i, _)| (*i).cmp(id)).is_ok()
    }
}

/// The ids of the messages a Fluent file defines: a line that starts with
/// a letter and names the message before its `=` (comments start with
/// `#`, terms with `-`, attributes and continued values are indented).
fn message_ids(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter_map(|line| {
        let (id, _) = line.split_once('=')?;
        let id = id.trim_end();
        (id.starts_with(|c: char| c.is_ascii_alphabetic())
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .then_some(id)
    })
}

/// A shipped language's catalogue, indexed the first time that language
/// is used (a person at an English terminal never pays for Spanish) and
/// kept for the whole run (so a word with no values is a `&'static str`).
fn catalogue(lang: Lang) -> Option<&'static Catalogue> {
    static CATALOGUES: OnceLock<Vec<(Lang, OnceLock<Catalogue>)>> = OnceLock::new();
    let all = CATALOGUES.get_or_init(|| {
        Lang::shipped()
            .into_iter()
            .map(|lang| (lang, OnceLock::new()))
            .collect()
    });
    all.iter()
        .find(|(l, _)| *l == lang)
        .map(|(lang, built)| built.get_or_init(|| Catalogue::new(*lang)))
}

/// A catalogue with no words, should English's folder be missing.
fn empty() -> &'static Catalogue {
    static EMPTY: OnceLock<Catalogue> = OnceLock::new();
    EMPTY.get_or_init(|| Catalogue {
        lang: Lang::english(),
        index: Vec::new(),
        files: Vec::new(),
    })
}

/// A bundle of `lang` from the catalogue files given as (path, text), and
/// what was wrong with them (file and message; a shipped catalogue has
/// none, a test makes sure). A broken message is left out, never a panic.
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

/// What is wrong in the shipped catalogues of `lang` (for the tests):
/// every file parsed together (an id in two files is a problem), and an id
/// the index scan would not see the way Fluent does.
pub fn problems(lang: Lang) -> Vec<String> {
    let (bundle, mut problems) = bundle_of(lang, lang.catalogues());
    let catalogue = Catalogue::new(lang);
    for (id, _) in &catalogue.index {
        if !bundle.has_message(id) {
            problems.push(format!("{lang}: the index finds `{id}`, Fluent does not"));
        }
    }
    for (path, text) in lang.catalogues() {
        let Ok(resource) = FluentResource::try_new(text.to_string()) else {
            continue;
        };
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(message) = entry
                && !catalogue.has(message.id.name)
            {
                problems.push(format!("{path}: the index misses `{}`", message.id.name));
            }
        }
    }
    problems
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
        let english = catalogue(Lang::english()).unwrap_or_else(empty);
        let own = catalogue(lang).unwrap_or(english);
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
        self.own.has(id)
    }

    /// The message `id`.
    pub fn get(&self, id: &str) -> String {
        self.args(id, &[])
    }

    /// The message `id`, which takes no values, for as long as the program
    /// runs (a key bar's word).
    pub fn word(&self, id: &str) -> &'static str {
        for catalogue in [self.own, self.english] {
            let Some(bundle) = catalogue.bundle_for(id) else {
                continue;
            };
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
        for catalogue in [self.own, self.english] {
            let Some(bundle) = catalogue.bundle_for(id) else {
                continue;
            };
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
    fn every_language_introduces_itself_from_one_small_file() {
        for lang in Lang::shipped() {
            let catalogue = Catalogue::new(lang);
            for id in ["language-name", "welcome-language", "plain-language"] {
                assert!(catalogue.bundle_for(id).is_some(), "{lang} lacks {id}");
            }
            // Offering a language on another's welcome screen parses its
            // language.ftl, not its whole catalogue.
            let parsed: Vec<&str> = catalogue
                .files
                .iter()
                .filter(|(_, _, bundle)| bundle.get().is_some())
                .map(|(path, _, _)| *path)
                .collect();
            assert_eq!(parsed, [format!("locales/{lang}/language.ftl")], "{lang}");
        }
        let spanish = Words::new(Lang::find("es").unwrap());
        assert_eq!(spanish.get("welcome-language"), "en español");
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
