//! Content: quiz, role and answers files turned into validated types.
//!
//! The default quiz and roles are compiled into the binary so `careerfit`
//! runs from any directory; `--quiz FILE` and `--roles DIR` replace them.

pub mod answers;
mod languages;
pub mod overlay;
pub mod problem;
pub mod quiz;
pub mod role;
mod toml_file;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::files::Doing;
use crate::lang::Said;

pub use answers::{Answer, AnswerSheet, SavedAnswer};
pub use languages::Languages;
pub use problem::{ContentError, Problem};
pub use quiz::{ChoiceOption, Dimension, Question, QuestionKind, Quiz, Sameness, ScoringSettings};
pub use role::{
    Certification, CertificationStatus, Entry, Occupation, OccupationOutlook, Outlook, Pay, Role,
    RoleFacts, Salary, Source, mi_proximo_paso_url, my_next_move_url,
};

/// The built-in quiz's file, as shipped (and compiled in).
pub const DEFAULT_QUIZ_FILE: &str = "quizzes/it-career.toml";

/// The built-in quiz: (file name, text).
pub fn default_quiz() -> (&'static str, &'static str) {
    let text = crate::embedded::file(DEFAULT_QUIZ_FILE).unwrap_or_default();
    (DEFAULT_QUIZ_FILE, text)
}

/// The built-in roles, as shipped in `data/roles/`: (file name, text),
/// one per role file (translations, `<id>.<lang>.toml`, are not roles).
pub fn default_roles() -> impl Iterator<Item = (&'static str, &'static str)> {
    crate::embedded::under("data/roles").filter(|(name, _)| {
        name.rsplit('/')
            .next()
            .and_then(|file| file.strip_suffix(".toml"))
            .is_some_and(|stem| !stem.contains('.'))
    })
}

/// Where the content comes from: `--quiz FILE` and `--roles DIR`, or the
/// built-in files. Kept so a shell can load the content again in another
/// language when the person switches.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    pub quiz: Option<PathBuf>,
    pub roles: Option<PathBuf>,
}

impl Origin {
    /// The base files' words (what scripts read: JSON keeps them).
    pub fn load(&self) -> Result<Content, ContentError> {
        Content::load(self.quiz.as_deref(), self.roles.as_deref())
    }

    /// The content in `lang`'s words ([`Content::load_in`]).
    pub fn load_in(&self, lang: crate::lang::Lang) -> Result<Content, ContentError> {
        Content::load_in(self.quiz.as_deref(), self.roles.as_deref(), lang.tag())
    }
}

/// A quiz and the roles matched against it, both validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub quiz: Quiz,
    pub roles: Vec<Role>,
}

impl Content {
    /// The compiled-in quiz and roles.
    pub fn built_in() -> Result<Content, ContentError> {
        Content::load(None, None)
    }

    /// Loads the quiz from `quiz_file` (or the built-in one) and the roles
    /// from every `*.toml` in `roles_dir` (or the built-in ones), reporting
    /// every problem of every file.
    pub fn load(
        quiz_file: Option<&Path>,
        roles_dir: Option<&Path>,
    ) -> Result<Content, ContentError> {
        let quiz = load_quiz(quiz_file)?;
        let roles = load_roles(roles_dir, &quiz)?;
        Ok(Content { quiz, roles })
    }

    /// [`Content::load`], then the translation for `lang` (e.g. "es") laid
    /// over it where there is one: the built-in quiz's and roles'
    /// compiled-in overlays, `--quiz FILE`'s sibling `<stem>.<lang>.toml`,
    /// and `<role id>.<lang>.toml` in `--roles DIR`. A text an overlay
    /// leaves out stays in the base file's words; scoring (ids, weights,
    /// profiles, thresholds) is the base file's alone, so the quiz's
    /// [`Quiz::fingerprint`] is the same in every language. An overlay with
    /// errors is an error, as a base file's would be.
    pub fn load_in(
        quiz_file: Option<&Path>,
        roles_dir: Option<&Path>,
        lang: &str,
    ) -> Result<Content, ContentError> {
        let mut content = Content::load(quiz_file, roles_dir)?;
        overlay::apply(&mut content, quiz_file, roles_dir, lang)?;
        Ok(content)
    }

    /// The language the content's words were loaded in (English for the
    /// base files' own words, or a language careerfit has no words for).
    pub fn lang(&self) -> crate::lang::Lang {
        self.quiz
            .translation
            .as_ref()
            .and_then(|t| crate::lang::Lang::find(&t.lang))
            .unwrap_or_else(crate::lang::Lang::english)
    }

    /// A role by id.
    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    /// Reads an answers file for this quiz.
    pub fn read_answers(&self, path: &Path) -> Result<AnswerSheet, ContentError> {
        let name = path.display().to_string();
        let text = read_text(path).map_err(|p| ContentError::from(vec![p]))?;
        if looks_like_spreadsheet(path, &text) {
            return Err(ContentError::from(vec![Problem {
                file: name,
                line: None,
                column: None,
                message: Said::new("content-answers-spreadsheet"),
            }]));
        }
        Ok(AnswerSheet::from_toml(&name, &text, &self.quiz)?)
    }
}

/// Loads the quiz from a file, or the built-in one.
pub fn load_quiz(quiz_file: Option<&Path>) -> Result<Quiz, ContentError> {
    match quiz_file {
        Some(path) => {
            let name = path.display().to_string();
            let text = read_text(path).map_err(|p| ContentError::from(vec![p]))?;
            Ok(Quiz::from_toml(&name, &text)?)
        }
        None => {
            let (name, text) = default_quiz();
            Ok(Quiz::from_toml(name, text)?)
        }
    }
}

/// Loads the roles from every `*.toml` in a folder, or the built-in ones,
/// validated against `quiz`.
pub fn load_roles(roles_dir: Option<&Path>, quiz: &Quiz) -> Result<Vec<Role>, ContentError> {
    let files: Vec<(String, String)> = match roles_dir {
        Some(dir) => read_role_files(dir)?,
        None => default_roles()
            .map(|(name, text)| (name.to_string(), text.to_string()))
            .collect(),
    };
    roles_from_files(&files, quiz)
}

/// Validates role files (name, text) against a quiz: every file's problems,
/// then ids repeated across files.
pub fn roles_from_files(
    files: &[(String, String)],
    quiz: &Quiz,
) -> Result<Vec<Role>, ContentError> {
    let mut problems = Vec::new();
    let mut roles = Vec::new();
    let mut first_file_of: HashMap<String, &str> = HashMap::new();
    for (name, text) in files {
        match Role::located(name, text, quiz) {
            Ok((role, id_span)) => {
                if let Some(first) = first_file_of.get(&role.id) {
                    let at = problem::Locator::new(name, text);
                    let message = Said::new("content-role-id-twice")
                        .text("role", &role.id)
                        .text("file", first);
                    problems.push(match id_span {
                        Some(span) => at.at(span, message),
                        None => at.whole_file(message),
                    });
                } else {
                    first_file_of.insert(role.id.clone(), name);
                    roles.push(role);
                }
            }
            Err(mut found) => problems.append(&mut found),
        }
    }
    if files.is_empty() {
        problems.push(Problem {
            file: "roles".to_string(),
            line: None,
            column: None,
            message: Said::new("content-no-role-files"),
        });
    }
    if problems.is_empty() {
        Ok(roles)
    } else {
        Err(problems.into())
    }
}

/// The `*.toml` files of a roles folder, sorted by name.
fn read_role_files(dir: &Path) -> Result<Vec<(String, String)>, ContentError> {
    let shown = dir.display().to_string();
    let entries = std::fs::read_dir(dir).map_err(|e| {
        ContentError::from(vec![Problem {
            file: shown.clone(),
            line: None,
            column: None,
            message: Said::new("content-roles-folder-unreadable").said("why", io_said(&e)),
        }])
    })?;
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|ext| ext == "toml") && p.is_file())
        // Translations (`<id>.<lang>.toml`) are not roles.
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_none_or(|n| overlay::overlay_name(n).is_none())
        })
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(ContentError::from(vec![Problem {
            file: shown,
            line: None,
            column: None,
            message: Said::new("content-roles-folder-empty"),
        }]));
    }
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        match read_text(&path) {
            Ok(text) => files.push((path.display().to_string(), text)),
            Err(problem) => problems.push(problem),
        }
    }
    if problems.is_empty() {
        Ok(files)
    } else {
        Err(problems.into())
    }
}

/// A file given as answers that is really a spreadsheet: named `.csv` or
/// `.tsv`, or its first line (past blank lines and comments) holds commas,
/// semicolons or tabs and no `=`, as a CSV header row does.
fn looks_like_spreadsheet(path: &Path, text: &str) -> bool {
    let named = path
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("csv") || ext.eq_ignore_ascii_case("tsv"));
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'));
    named
        || first.is_some_and(|l| {
            !l.starts_with('[') && !l.contains('=') && l.contains([',', ';', '\t'])
        })
}

/// The largest quiz, role or answers file read: far more than any real
/// one needs (the built-in quiz is about 20 KiB), and small enough that a
/// wrong file (a disk image, /dev/zero) is refused at once.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Reads a whole file as UTF-8 text, or says plainly why not. Only a
/// regular file of at most [`MAX_FILE_BYTES`] is read: a FIFO or a device
/// could be read forever.
pub fn read_text(path: &Path) -> Result<String, Problem> {
    use crate::files::{Unreadable, read_bounded};
    let problem = |message: Said| Problem {
        file: path.display().to_string(),
        line: None,
        column: None,
        message,
    };
    let unreadable = |why: Said| Said::new("content-file-unreadable").said("why", why);
    let bytes = read_bounded(path, MAX_FILE_BYTES).map_err(|refused| {
        problem(match refused {
            Unreadable::Missing => unreadable(Said::new("content-io-missing")),
            Unreadable::NotAFile(crate::files::Thing::Folder) => {
                unreadable(Said::new("files-a-folder"))
            }
            Unreadable::NotAFile(kind) => {
                Said::new("content-file-not-regular").said("kind", kind.said())
            }
            Unreadable::TooBig(_) => {
                Said::new("content-file-too-big").text("limit", crate::files::size(MAX_FILE_BYTES))
            }
            Unreadable::Failed(e) => unreadable(io_said(&e)),
        })
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let (line, column) = problem::line_and_column(
            &String::from_utf8_lossy(&e.as_bytes()[..e.utf8_error().valid_up_to()]),
            usize::MAX,
        );
        Problem {
            line: Some(line),
            column: Some(column),
            ..problem(Said::new("content-file-not-utf8"))
        }
    })
}

/// Why the system refused to read, in the reader's language: careerfit's
/// words for the refusals a counselor can act on (the ones
/// [`crate::files::io_said`] words), with what to do when nothing is
/// there; any other in the system's own words.
fn io_said(e: &std::io::Error) -> Said {
    match e.kind() {
        std::io::ErrorKind::NotFound => Said::new("content-io-missing"),
        _ => crate::files::io_said(e, Doing::Reading),
    }
}
