//! The language layer: which languages ship ([`Lang`]: one per folder of
//! `locales/`, compiled in), which one a person gets ([`Lang::choose`]:
//! `--lang`, else the locale variables), and the words in it ([`Words`]:
//! the Fluent catalogues of one language, each message by its id). The language
//! is a value each shell holds, never a global: two served seats can run
//! in two languages at once. A word missing in a language is said in
//! English; a word missing everywhere is its id, never a panic.

mod said;
mod words;

pub use said::Said;
pub use words::{Value, Words, problems};

use crate::embedded;

/// A shipped language: the name of its folder under `locales/` (`en`,
/// `es`), a BCP 47 language tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(&'static str);

/// The folder the catalogues are compiled in from.
const LOCALES: &str = "locales";

impl Lang {
    /// English: the language every catalogue falls back to.
    pub fn english() -> Lang {
        Lang("en")
    }

    /// The language's tag, as `--lang` takes it (`es`).
    pub fn tag(self) -> &'static str {
        self.0
    }

    /// Every shipped language (a folder of `.ftl` files under `locales/`),
    /// in tag order.
    pub fn shipped() -> Vec<Lang> {
        let mut langs: Vec<Lang> = embedded::under(LOCALES)
            .filter_map(|(path, _)| {
                let rest = &path[LOCALES.len() + 1..];
                rest.find('/').map(|end| Lang(&rest[..end]))
            })
            .collect();
        langs.sort();
        langs.dedup();
        langs
    }

    /// The shipped language a tag or a locale names (`es`, `es-MX`,
    /// `es_US.UTF-8`, `ES`), if careerfit has it.
    pub fn find(name: &str) -> Option<Lang> {
        let base = name
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::shipped().into_iter().find(|l| l.0 == base)
    }

    /// `--lang`'s value: a shipped language, or an error listing them
    /// (each named in its own words: "es (español)").
    pub fn from_flag(value: &str) -> Result<Lang, Said> {
        Lang::find(value.trim()).ok_or_else(|| {
            let list: Vec<String> = Lang::shipped()
                .into_iter()
                .map(|l| {
                    let words = Words::new(l);
                    format!("{} ({})", l.tag(), words.get("language-name"))
                })
                .collect();
            Said::new("cli-no-such-language")
                .text("lang", crate::text::one_line(value))
                .text("langs", list.join(", "))
        })
    }

    /// The language to use: `flag` (`--lang`) when given, else the locale
    /// the environment names (`env` looks a variable up: this process's
    /// own, or the ones an SSH client sent). LC_ALL, then LC_MESSAGES,
    /// then LANG name the locale (the first one set); C and POSIX are
    /// English; a locale careerfit has no words for tries LANGUAGE's list
    /// (`es:en`); else English.
    pub fn choose(flag: Option<Lang>, env: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(lang) = flag {
            return lang;
        }
        let set = |name: &str| env(name).filter(|v| !v.trim().is_empty());
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(&set);
        if let Some(locale) = &locale {
            let base = locale.split(['.', '@']).next().unwrap_or("");
            if base == "C" || base == "POSIX" {
                return Lang::english();
            }
            if let Some(lang) = Lang::find(locale) {
                return lang;
            }
        }
        set("LANGUAGE")
            .and_then(|list| list.split(':').find_map(Lang::find))
            .unwrap_or_else(Lang::english)
    }

    /// The language this process's environment names (no `--lang`).
    pub fn from_env() -> Lang {
        Lang::choose(None, |name| std::env::var(name).ok())
    }

    /// The next shipped language after this one (the welcome screen's
    /// language key goes round them all).
    pub fn next(self) -> Lang {
        let all = Lang::shipped();
        let at = all.iter().position(|l| *l == self).unwrap_or(0);
        all.get((at + 1) % all.len().max(1))
            .copied()
            .unwrap_or_else(Lang::english)
    }

    /// The compiled-in catalogue files of this language: (path, text).
    pub fn catalogues(self) -> impl Iterator<Item = (&'static str, &'static str)> {
        embedded::under(LOCALES).filter(move |(path, _)| {
            path[LOCALES.len() + 1..]
                .strip_prefix(self.0)
                .is_some_and(|rest| rest.starts_with('/') && path.ends_with(".ftl"))
        })
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn english_and_spanish_ship() {
        let tags: Vec<&str> = Lang::shipped().into_iter().map(Lang::tag).collect();
        assert_eq!(tags, ["en", "es"]);
    }

    #[test]
    fn the_flag_wins_over_the_environment() {
        let es = Lang::find("es").unwrap();
        assert_eq!(Lang::choose(Some(es), env(&[("LANG", "en_US.UTF-8")])), es);
        assert_eq!(
            Lang::choose(Some(Lang::english()), env(&[("LC_ALL", "es_US.UTF-8")])),
            Lang::english()
        );
    }

    #[test]
    fn locale_variables_in_order() {
        let es = Lang::find("es").unwrap();
        assert_eq!(Lang::choose(None, env(&[("LANG", "es_US.UTF-8")])), es);
        assert_eq!(Lang::choose(None, env(&[("LANG", "es_MX")])), es);
        assert_eq!(
            Lang::choose(None, env(&[("LC_MESSAGES", "es_ES.utf8")])),
            es
        );
        // LC_ALL first, then LC_MESSAGES, then LANG.
        assert_eq!(
            Lang::choose(
                None,
                env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "es_US.UTF-8")])
            ),
            Lang::english()
        );
        assert_eq!(
            Lang::choose(
                None,
                env(&[("LC_MESSAGES", "es_US.UTF-8"), ("LANG", "en_US.UTF-8")])
            ),
            es
        );
        // An empty variable counts as not set.
        assert_eq!(
            Lang::choose(None, env(&[("LC_ALL", ""), ("LANG", "es_US.UTF-8")])),
            es
        );
    }

    #[test]
    fn c_posix_unknown_and_nothing_are_english() {
        let es = Lang::find("es").unwrap();
        for locale in ["C", "POSIX", "C.UTF-8", "fr_FR.UTF-8"] {
            assert_eq!(
                Lang::choose(None, env(&[("LANG", locale)])),
                Lang::english(),
                "{locale}"
            );
        }
        assert_eq!(Lang::choose(None, env(&[])), Lang::english());
        // C is English even when LANGUAGE lists Spanish (as gettext does).
        assert_eq!(
            Lang::choose(None, env(&[("LANG", "C"), ("LANGUAGE", "es")])),
            Lang::english()
        );
        // LANGUAGE's list when the locale has no words here.
        assert_eq!(
            Lang::choose(
                None,
                env(&[("LANG", "fr_FR.UTF-8"), ("LANGUAGE", "fr:es:en")])
            ),
            es
        );
        assert_eq!(Lang::choose(None, env(&[("LANGUAGE", "es")])), es);
    }

    #[test]
    fn an_unknown_flag_lists_the_shipped_languages() {
        let error = Lang::from_flag("fr").unwrap_err().to_string();
        assert!(error.contains("`fr`"), "{error}");
        assert!(error.contains("en (English)"), "{error}");
        assert!(error.contains("es (español)"), "{error}");
        assert_eq!(Lang::from_flag("ES").unwrap().tag(), "es");
    }

    #[test]
    fn next_goes_round() {
        let es = Lang::find("es").unwrap();
        assert_eq!(Lang::english().next(), es);
        assert_eq!(es.next(), Lang::english());
    }
}
