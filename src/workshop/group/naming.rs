//! Role titles and interest-area names as the reader reads them. Records
//! carry the names they were written with: an English kiosk writes "IT
//! Technician", a Spanish seat "Técnico de TI". When a group's quiz is the
//! built-in one (its scoring identity is the built-in quiz's), the people-
//! facing outputs (the dashboard, the text and Markdown reports) name each
//! role and interest area by id, from the built-in content in the reader's
//! language, so a Spanish room reads Spanish and a mixed room reads one
//! title per role. Anything else keeps the record's own words: another
//! quiz, an id the built-in content does not have, or words the built-in
//! content never had for that id (a counselor's own role file that reuses
//! a built-in id under another title, or a reworded copy of the quiz: the
//! scoring identity leaves words out, so it alone cannot tell them apart).
//! CSV and JSON keep the records' words: scripts read them.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::{MAX_TEXT, QuizGroup, safe};
use crate::content::Content;
use crate::lang::{Lang, Words};

/// One language's words for the built-in quiz's roles and interest areas,
/// by id.
#[derive(Debug)]
struct Names {
    lang: Lang,
    roles: HashMap<String, String>,
    areas: HashMap<String, String>,
}

/// The built-in quiz as its records name things: its scoring identity and
/// its names in every shipped language.
#[derive(Debug)]
struct BuiltIn {
    fingerprint: String,
    langs: Vec<Names>,
}

/// The built-in content's names, read once (the first time a group of the
/// built-in quiz is shown) and kept: a few hundred bytes, the same for
/// everyone.
fn built_in() -> Option<&'static BuiltIn> {
    static BUILT_IN: OnceLock<Option<BuiltIn>> = OnceLock::new();
    BUILT_IN
        .get_or_init(|| {
            let mut fingerprint = None;
            let langs = Lang::shipped()
                .into_iter()
                .filter_map(|lang| {
                    let content = Content::load_in(None, None, lang.tag()).ok()?;
                    // Words are not part of it: every language's is the same.
                    fingerprint.get_or_insert_with(|| content.quiz.fingerprint());
                    Some(Names {
                        lang,
                        roles: content
                            .roles
                            .iter()
                            .map(|r| (r.id.clone(), r.title.clone()))
                            .collect(),
                        areas: content
                            .quiz
                            .dimensions
                            .iter()
                            .map(|d| (d.id.clone(), d.name.clone()))
                            .collect(),
                    })
                })
                .collect();
            Some(BuiltIn {
                fingerprint: fingerprint?,
                langs,
            })
        })
        .as_ref()
}

/// How one quiz's roles and interest areas are named for one reader: from
/// the built-in content in their language, or as the records wrote them.
#[derive(Debug, Clone, Copy)]
pub struct Naming {
    shown: Option<(&'static BuiltIn, &'static Names)>,
}

impl Naming {
    /// The records' own words.
    pub const AS_WRITTEN: Naming = Naming { shown: None };

    /// Whether names are shown from the built-in content.
    pub fn is_built_in(&self) -> bool {
        self.shown.is_some()
    }

    /// A role's title as shown, from its id and the title a record wrote.
    pub fn role<'t>(&self, id: &str, written: &'t str) -> &'t str {
        self.pick(id, written, |names| &names.roles)
    }

    /// An interest area's name as shown, from its id and the name a record
    /// wrote.
    pub fn area<'t>(&self, id: &str, written: &'t str) -> &'t str {
        self.pick(id, written, |names| &names.areas)
    }

    fn pick<'t>(
        &self,
        id: &str,
        written: &'t str,
        of: fn(&Names) -> &HashMap<String, String>,
    ) -> &'t str {
        let Some((built_in, reader)) = self.shown else {
            return written;
        };
        // The record's words must be the built-in content's for this id
        // in some language: then it means the built-in role or area.
        let ours = built_in
            .langs
            .iter()
            .any(|names| of(names).get(id).is_some_and(|t| t == written));
        match of(reader).get(id) {
            Some(shown) if ours => shown,
            _ => written,
        }
    }
}

impl QuizGroup {
    /// How this quiz's roles and interest areas are named in `words`: from
    /// the built-in content in that language when the quiz is the built-in
    /// one (the version most of its records are from), else as written.
    pub fn naming(&self, words: &Words) -> Naming {
        let shown = built_in()
            .filter(|b| b.fingerprint == self.quiz_hash)
            .and_then(|b| {
                let reader = b.langs.iter().find(|n| n.lang == words.lang())?;
                Some((b, reader))
            });
        Naming { shown }
    }

    /// The roles' titles as shown (in the order of [`QuizGroup::roles`]),
    /// made safe.
    pub fn role_titles(&self, naming: &Naming) -> Vec<String> {
        self.roles
            .iter()
            .map(|r| safe(naming.role(&r.role, &r.title), MAX_TEXT))
            .collect()
    }

    /// The interest areas' names as shown (in the order of
    /// [`QuizGroup::profile`]), made safe.
    pub fn area_names(&self, naming: &Naming) -> Vec<String> {
        self.profile
            .iter()
            .map(|d| safe(naming.area(&d.id, &d.name), MAX_TEXT))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naming_in(tag: &str) -> Naming {
        let b = built_in().expect("the built-in content loads");
        let reader = b.langs.iter().find(|n| n.lang.tag() == tag).unwrap();
        Naming {
            shown: Some((b, reader)),
        }
    }

    #[test]
    fn built_in_words_of_any_language_are_shown_in_the_readers() {
        let en = naming_in("en");
        let es = naming_in("es");
        assert_eq!(es.role("technician", "IT Technician"), "Técnico de TI");
        assert_eq!(en.role("technician", "Técnico de TI"), "IT Technician");
        assert_eq!(es.role("technician", "Técnico de TI"), "Técnico de TI");
        assert_eq!(
            es.area("hands_on", "Hands-on hardware"),
            "Equipos y piezas (hardware)"
        );
        assert!(es.is_built_in());
    }

    #[test]
    fn other_words_and_unknown_ids_are_kept() {
        let es = naming_in("es");
        // A counselor's own role under a built-in id.
        assert_eq!(es.role("technician", "Bench Tech"), "Bench Tech");
        // Another id's title is not this id's.
        assert_eq!(es.role("manager", "IT Technician"), "IT Technician");
        assert_eq!(es.role("nurse", "Nurse"), "Nurse");
        assert_eq!(es.area("cooking", "Cooking"), "Cooking");
        assert_eq!(
            Naming::AS_WRITTEN.role("technician", "IT Technician"),
            "IT Technician"
        );
    }

    #[test]
    fn only_the_built_in_quiz_is_named_from_it() {
        let b = built_in().unwrap();
        let mut group = super::super::Group::default();
        group
            .quizzes
            .push(QuizGroup::empty("it-career", &b.fingerprint));
        let es = Words::new(Lang::find("es").unwrap());
        let q = &mut group.quizzes[0];
        assert!(q.naming(&es).is_built_in());
        q.quiz_hash = "s1-another-quiz".into();
        assert!(!q.naming(&es).is_built_in());
    }
}
