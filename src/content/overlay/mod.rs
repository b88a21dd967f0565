//! Translations of the quiz and the roles: overlay files keyed by id that
//! hold texts only, laid over a base file by [`super::Content::load_in`]
//! and checked by `careerfit check`.
//!
//! An overlay sits next to its base file and is named for its language:
//! `quizzes/it-career.es.toml` for `quizzes/it-career.toml`, and
//! `data/roles/<role id>.es.toml` for the role with that id. Its keys
//! mirror the base file's, with the parts that are lists of tables keyed by
//! id instead (`[dimension.<id>]`, `[question.<id>]`, `options.<id>`,
//! `[occupation."<onet code>"]`, `[certifications."<name>"]`); plain lists
//! of texts (duties, skills, routes, ...) and `[[sources]]` follow the base
//! file's order. Weights, profiles, thresholds, pay, numbers, dates and
//! web addresses stay only in the base file: an overlay that sets one is an
//! error. A text the overlay leaves out is shown from the base file, so a
//! translation can be finished a piece at a time; `check` warns about each.
//! The scoring identity ([`super::Quiz::fingerprint`]) never changes.
//!
//! `quiz` lays a quiz overlay over a quiz, `role` a role overlay over a
//! role; `texts` holds the one rule for a text (missing, empty, unknown).

mod quiz;
mod role;
mod texts;

use std::path::{Path, PathBuf};

use super::problem::{ContentError, Locator, Problem};
use super::{Content, read_text};
use crate::lang::Said;

/// What laying one or more overlays found: errors stop a load and fail
/// `check`; warnings (a text not translated yet) are shown by `check`
/// and the base text is used.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Findings {
    pub errors: Vec<Problem>,
    pub warnings: Vec<Problem>,
}

impl Findings {
    fn add(&mut self, mut other: Findings) {
        self.errors.append(&mut other.errors);
        self.warnings.append(&mut other.warnings);
    }
}

/// Is this a language code an overlay file may be named for: two or three
/// lowercase letters (`es`), optionally a region (`es-MX`). Anything else
/// (a dot, a slash) never names a file.
pub fn is_language(code: &str) -> bool {
    let (language, region) = match code.split_once('-') {
        Some((language, region)) => (language, Some(region)),
        None => (code, None),
    };
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_lowercase())
        && region.is_none_or(|r| {
            (2..=8).contains(&r.len()) && r.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// The (stem, language) of an overlay's file name, `it-career.es.toml` ->
/// ("it-career", "es"); None for any other name (a base file).
pub fn overlay_name(file_name: &str) -> Option<(&str, &str)> {
    let stem = file_name.strip_suffix(".toml")?;
    let (base, lang) = stem.rsplit_once('.')?;
    (!base.is_empty() && is_language(lang)).then_some((base, lang))
}

/// One overlay file found: its name as shown in messages, its text, and
/// the language it is for.
struct OverlayFile {
    name: String,
    text: String,
    lang: String,
}

/// Where a quiz's or the roles' overlays are: compiled in, or on disk.
enum Place<'a> {
    /// Compiled-in files under this folder of the source tree.
    BuiltIn(&'static str),
    /// Files in this folder.
    Folder(&'a Path),
}

impl Place<'_> {
    fn of_quiz(quiz_file: Option<&Path>) -> (Place<'_>, String) {
        match quiz_file {
            Some(path) => {
                let stem = path
                    .file_name()
                    .and_then(|n| n.to_str())
                    .and_then(|n| n.strip_suffix(".toml"))
                    .unwrap_or_default()
                    .to_string();
                let folder = match path.parent() {
                    Some(p) if !p.as_os_str().is_empty() => p,
                    _ => Path::new("."),
                };
                (Place::Folder(folder), stem)
            }
            None => {
                let stem = super::DEFAULT_QUIZ_FILE
                    .rsplit('/')
                    .next()
                    .and_then(|n| n.strip_suffix(".toml"))
                    .unwrap_or_default();
                (Place::BuiltIn("quizzes"), stem.to_string())
            }
        }
    }

    fn of_roles(roles_dir: Option<&Path>) -> Place<'_> {
        match roles_dir {
            Some(dir) => Place::Folder(dir),
            None => Place::BuiltIn("data/roles"),
        }
    }

    /// The overlay of `stem` in `lang`, if there is one.
    fn overlay(&self, stem: &str, lang: &str) -> Result<Option<OverlayFile>, Problem> {
        if !is_language(lang) || stem.is_empty() {
            return Ok(None);
        }
        let file_name = format!("{stem}.{lang}.toml");
        match self {
            Place::BuiltIn(folder) => {
                let name = format!("{folder}/{file_name}");
                Ok(crate::embedded::file(&name).map(|text| OverlayFile {
                    name,
                    text: text.to_string(),
                    lang: lang.to_string(),
                }))
            }
            Place::Folder(folder) => {
                let path = folder.join(&file_name);
                if !path.exists() {
                    return Ok(None);
                }
                Ok(Some(read_overlay(&path, lang)?))
            }
        }
    }

    /// Every overlay here: (stem, file), in name order. Files that cannot
    /// be read are problems.
    fn all(&self) -> (Vec<(String, OverlayFile)>, Vec<Problem>) {
        let mut found = Vec::new();
        let mut problems = Vec::new();
        match self {
            Place::BuiltIn(folder) => {
                for (name, text) in crate::embedded::under(folder) {
                    let file_name = name.rsplit('/').next().unwrap_or(name);
                    if let Some((stem, lang)) = overlay_name(file_name) {
                        found.push((
                            stem.to_string(),
                            OverlayFile {
                                name: name.to_string(),
                                text: text.to_string(),
                                lang: lang.to_string(),
                            },
                        ));
                    }
                }
            }
            Place::Folder(folder) => {
                let mut paths: Vec<PathBuf> = std::fs::read_dir(folder)
                    .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
                    .unwrap_or_default();
                paths.sort();
                for path in paths {
                    let Some(file_name) = path.file_name().and_then(|n| n.to_str()) else {
                        continue;
                    };
                    let Some((stem, lang)) = overlay_name(file_name) else {
                        continue;
                    };
                    let stem = stem.to_string();
                    match read_overlay(&path, lang) {
                        Ok(file) => found.push((stem, file)),
                        Err(problem) => problems.push(problem),
                    }
                }
            }
        }
        (found, problems)
    }
}

fn read_overlay(path: &Path, lang: &str) -> Result<OverlayFile, Problem> {
    Ok(OverlayFile {
        name: path.display().to_string(),
        text: read_text(path)?,
        lang: lang.to_string(),
    })
}

/// The base file a role came from, as [`Content`] does not keep it: the
/// role's own file in `roles_dir`, or the compiled-in one.
fn role_base_name(roles_dir: Option<&Path>, id: &str) -> String {
    let Some(dir) = roles_dir else {
        return format!("data/roles/{id}.toml");
    };
    let named = dir.join(format!("{id}.toml"));
    if named.is_file() {
        return named.display().to_string();
    }
    // A role file named otherwise: the one whose `id` line names it.
    let wanted = format!("id = \"{id}\"");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.sort();
    paths
        .into_iter()
        .filter(|p| p.extension().is_some_and(|ext| ext == "toml"))
        .find(|p| read_text(p).is_ok_and(|text| text.lines().any(|l| l.trim() == wanted)))
        .unwrap_or(named)
        .display()
        .to_string()
}

/// The base file's text, for pointing at the line of an id that has no
/// translation (empty when it cannot be found: the message then names
/// the file only).
fn base_text(name: &str, built_in: bool) -> String {
    if built_in {
        crate::embedded::file(name).unwrap_or_default().to_string()
    } else {
        read_text(Path::new(name)).unwrap_or_default()
    }
}

/// Lays the overlays for `lang` over `content` (loaded from `quiz_file`
/// and `roles_dir`, or the built-in files). Errors in an overlay are
/// returned; texts it leaves out stay as they are.
pub fn apply(
    content: &mut Content,
    quiz_file: Option<&Path>,
    roles_dir: Option<&Path>,
    lang: &str,
) -> Result<Findings, ContentError> {
    let mut findings = Findings::default();
    // A language careerfit speaks, other than the base files' English:
    // the content says so (reports are written in it). Any other code
    // leaves the base content as it is.
    let speaks = crate::lang::Lang::find(lang)
        .is_some_and(|l| l != crate::lang::Lang::english() && is_language(lang));
    if speaks && content.quiz.translation.is_none() {
        content.quiz.translation = Some(super::quiz::Translation {
            lang: lang.to_string(),
            base_text_hash: content.quiz.text_hash(),
        });
    }
    let (place, stem) = Place::of_quiz(quiz_file);
    let quiz_base = quiz_file
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| super::DEFAULT_QUIZ_FILE.to_string());
    match place.overlay(&stem, lang) {
        Ok(Some(file)) => {
            let base = base_text(&quiz_base, quiz_file.is_none());
            findings.add(quiz::lay(&mut content.quiz, &file, &quiz_base, &base));
        }
        Ok(None) => {}
        Err(problem) => findings.errors.push(problem),
    }
    let place = Place::of_roles(roles_dir);
    for role in &mut content.roles {
        match place.overlay(&role.id, lang) {
            Ok(Some(file)) => {
                let base_name = role_base_name(roles_dir, &role.id);
                let base = base_text(&base_name, roles_dir.is_none());
                findings.add(role::lay(role, &file, &base_name, &base));
            }
            Ok(None) => {}
            Err(problem) => findings.errors.push(problem),
        }
    }
    if findings.errors.is_empty() {
        Ok(findings)
    } else {
        Err(std::mem::take(&mut findings.errors).into())
    }
}

/// Checks every overlay found next to the quiz and in the roles folder (or
/// compiled in), in every language: what [`apply`] would say, plus overlays
/// for a role that does not exist. `content` is the validated base.
pub fn check(content: &Content, quiz_file: Option<&Path>, roles_dir: Option<&Path>) -> Findings {
    let mut findings = Findings::default();
    let (place, stem) = Place::of_quiz(quiz_file);
    let quiz_base = quiz_file
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| super::DEFAULT_QUIZ_FILE.to_string());
    let (files, mut unreadable) = place.all();
    findings.errors.append(&mut unreadable);
    let mut languages: Vec<(String, bool)> = Vec::new();
    for (file_stem, file) in files {
        if file_stem == stem {
            languages.push((file.lang.clone(), true));
            let mut quiz = content.quiz.clone();
            let base = base_text(&quiz_base, quiz_file.is_none());
            findings.add(quiz::lay(&mut quiz, &file, &quiz_base, &base));
        }
    }
    let place = Place::of_roles(roles_dir);
    let (files, mut unreadable) = place.all();
    findings.errors.append(&mut unreadable);
    let mut translated: Vec<(String, String)> = Vec::new();
    for (id, file) in files {
        if !languages.iter().any(|(lang, _)| *lang == file.lang) {
            languages.push((file.lang.clone(), false));
        }
        translated.push((id.clone(), file.lang.clone()));
        match content.roles.iter().find(|r| r.id == id) {
            Some(role) => {
                let mut role = role.clone();
                let base_name = role_base_name(roles_dir, &role.id);
                let base = base_text(&base_name, roles_dir.is_none());
                findings.add(role::lay(&mut role, &file, &base_name, &base));
            }
            None => {
                let known: Vec<&str> = content.roles.iter().map(|r| r.id.as_str()).collect();
                findings.errors.push(
                    Locator::new(&file.name, &file.text).whole_file(
                        Said::new("content-overlay-no-role")
                            .text("lang", &file.lang)
                            .text("role", &id)
                            .text("roles", known.join(", ")),
                    ),
                );
            }
        }
    }
    // A language with some overlays but not all: what is not translated
    // at all is shown in English.
    for (lang, has_quiz) in &languages {
        if !has_quiz {
            let wanted = format!("{stem}.{lang}.toml");
            findings.warnings.push(
                Locator::new(&quiz_base, "").whole_file(
                    Said::new("content-overlay-quiz-untranslated")
                        .text("lang", lang)
                        .text("file", wanted),
                ),
            );
        }
        for role in &content.roles {
            if !translated.iter().any(|(id, l)| *id == role.id && l == lang) {
                let base_name = role_base_name(roles_dir, &role.id);
                findings.warnings.push(
                    Locator::new(&base_name, "").whole_file(
                        Said::new("content-overlay-role-untranslated")
                            .text("role", &role.id)
                            .text("lang", lang),
                    ),
                );
            }
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_language_code_before_toml_makes_an_overlay() {
        assert_eq!(overlay_name("it-career.es.toml"), Some(("it-career", "es")));
        assert_eq!(
            overlay_name("technician.es-MX.toml"),
            Some(("technician", "es-MX"))
        );
        for base in [
            "it-career.toml",
            "my.role.toml",
            ".es.toml",
            "a.ES.toml",
            "a.es.txt",
        ] {
            assert_eq!(overlay_name(base), None, "{base}");
        }
        for not_a_code in ["", "e", "espa", "../x", "es/", "es-", "es.x"] {
            assert!(!is_language(not_a_code), "{not_a_code}");
        }
    }
}
