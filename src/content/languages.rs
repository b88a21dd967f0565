//! [`Languages`]: the quiz and roles one [`Origin`] names, in each shipped
//! language: the one place every shell gets the content in another
//! language from (the welcome screen's `e`, plain mode's `e`, a served
//! seat whose participant switches, the server loading every language at
//! start). Each language is loaded once, the first time it is asked for,
//! and shared (a server's seats hold one `Arc<Languages>`). Scoring is the
//! base files' in every language (overlays hold texts only), so a switch
//! never changes a result.

use std::sync::OnceLock;

use super::{Content, ContentError, Origin};
use crate::lang::Lang;

/// The content in each shipped language.
#[derive(Debug)]
pub struct Languages {
    /// Where the content comes from; `None`: one content for every
    /// language ([`Languages::only`]).
    origin: Option<Origin>,
    /// The language loaded first, and its content (there is always one).
    first: (Lang, Content),
    /// Every other shipped language, loaded when first asked for.
    others: Vec<(Lang, OnceLock<Result<Content, ContentError>>)>,
}

impl Languages {
    /// The content `origin` names, loaded now in `lang` (a problem there
    /// is the caller's to say: nothing can start without it) and in any
    /// other shipped language when it is first asked for.
    pub fn of(origin: Origin, lang: Lang) -> Result<Languages, ContentError> {
        let content = origin.load_in(lang)?;
        Ok(Languages {
            others: Lang::shipped()
                .into_iter()
                .filter(|l| *l != lang)
                .map(|l| (l, OnceLock::new()))
                .collect(),
            origin: Some(origin),
            first: (lang, content),
        })
    }

    /// The content `origin` names in every shipped language, loaded now:
    /// a translation with errors is an error, as the base file's are (a
    /// server finds out before anyone joins). A language with no
    /// translation gets the base files' texts.
    pub fn all(origin: Origin) -> Result<Languages, ContentError> {
        let languages = Languages::of(origin, Lang::english())?;
        for (lang, _) in &languages.others {
            if let Err(e) = languages.get(*lang) {
                return Err(e.clone());
            }
        }
        Ok(languages)
    }

    /// `content` as it is, in every language (a test's own content).
    pub fn only(content: Content) -> Languages {
        Languages {
            origin: None,
            first: (Lang::english(), content),
            others: Vec::new(),
        }
    }

    /// The content in `lang`, loaded the first time it is asked for; the
    /// problems of a translation that could not be loaded. A language
    /// careerfit does not ship gets the first content.
    pub fn get(&self, lang: Lang) -> Result<&Content, &ContentError> {
        let (first_lang, first) = &self.first;
        let Some(origin) = &self.origin else {
            return Ok(first);
        };
        if lang == *first_lang {
            return Ok(first);
        }
        match self.others.iter().find(|(l, _)| *l == lang) {
            Some((_, loaded)) => loaded.get_or_init(|| origin.load_in(lang)).as_ref(),
            None => Ok(first),
        }
    }

    /// The content in `lang`, or the first one loaded if that language's
    /// translation has problems (said elsewhere: [`Languages::get`]).
    pub fn content(&self, lang: Lang) -> &Content {
        self.get(lang).unwrap_or(&self.first.1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_is_the_built_in_translation_scoring_the_same() {
        let es = Lang::find("es").unwrap();
        let languages = Languages::of(Origin::default(), Lang::english()).unwrap();
        let english = languages.get(Lang::english()).unwrap();
        let spanish = languages.get(es).unwrap();
        assert_ne!(english.quiz.title, spanish.quiz.title);
        assert_eq!(spanish.lang(), es);
        assert_eq!(english.quiz.fingerprint(), spanish.quiz.fingerprint());
        let all = Languages::all(Origin::default()).unwrap();
        assert_eq!(all.content(es).quiz.title, spanish.quiz.title);
    }

    #[test]
    fn only_one_content_is_that_content_in_every_language() {
        let content = Content::built_in().unwrap();
        let languages = Languages::only(content.clone());
        assert_eq!(
            languages.content(Lang::find("es").unwrap()).quiz.title,
            content.quiz.title
        );
    }
}
