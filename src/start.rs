//! What is decided before a shell starts, where it can be tested without a
//! terminal: plain prompts or the full screen; an unfinished quiz to offer
//! (or a warning about one that could not be read); a reopened result and
//! what to tell about it; where a workshop's results file goes, and whether
//! it can be written there.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::cli::{Failure, pick_result};
use crate::content::{AnswerSheet, Content, Sameness};
use crate::lang::{Said, Words};
use crate::session::{Session, Stage};
use crate::store::{Store, clock, history::SavedResult, progress};
use crate::tui::app::App;
use crate::tui::theme::Theme;

/// What around careerfit chooses between the full screen and plain prompts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Surroundings {
    /// ACCESSIBLE is set (to anything but nothing): a screen reader.
    pub accessible: bool,
    /// TERM=dumb: a terminal that cannot move the cursor.
    pub dumb_terminal: bool,
    /// Both input and output are terminals (not a pipe or a file).
    pub terminal: bool,
}

impl Surroundings {
    /// This process's surroundings.
    pub fn here() -> Surroundings {
        Surroundings {
            accessible: std::env::var_os("ACCESSIBLE").is_some_and(|v| !v.is_empty()),
            dumb_terminal: std::env::var("TERM").is_ok_and(|t| t == "dumb"),
            terminal: std::io::stdin().is_terminal() && std::io::stdout().is_terminal(),
        }
    }

    /// Plain line-by-line mode: asked for (`--plain`), or the only thing
    /// that can work (a screen reader, a dumb terminal, a pipe).
    pub fn wants_plain(&self, asked: bool) -> bool {
        asked || self.accessible || self.dumb_terminal || !self.terminal
    }
}

/// The full-screen quiz as it opens: an unfinished quiz in `store` is
/// offered, and one that could not be read is a warning (it was moved
/// aside).
pub fn quiz_app(content: Content, theme: Theme, store: &Store) -> App {
    quiz_app_in(&Words::english(), content, theme, store)
}

/// [`quiz_app`] with its warning said in `words`' language.
pub fn quiz_app_in(words: &Words, content: Content, theme: Theme, store: &Store) -> App {
    let found = progress::find(store, &content.quiz);
    let mut app = App::new(content, theme);
    match found {
        progress::Found::Unfinished(unfinished) => app.offer = Some(unfinished),
        progress::Found::Damaged(warning) => app.warning = Some(warning.say(words)),
        progress::Found::Nothing => {}
    }
    app
}

/// `careerfit history N` in a terminal: the app on saved result `n` (1 is
/// the newest) of `results`, saying when it was taken and whether the quiz
/// has changed since. A result of another quiz is an error naming both.
pub fn reopened_app(
    content: Content,
    theme: Theme,
    results: &[(PathBuf, SavedResult)],
    n: usize,
) -> Result<App, Failure> {
    reopened_app_in(Words::english(), content, theme, results, n)
}

/// [`reopened_app`] speaking `words` (a served seat coming back to its
/// result in its participant's language).
pub fn reopened_app_in(
    words: Words,
    content: Content,
    theme: Theme,
    results: &[(PathBuf, SavedResult)],
    n: usize,
) -> Result<App, Failure> {
    let (file, saved) = pick_result(results, n)?;
    let quiz = &content.quiz;
    if saved.quiz != quiz.id {
        return Err(Failure::Message(
            Said::new("cli-reopen-other-quiz")
                .number("n", n)
                .text("saved", &saved.quiz)
                .text("loaded", &quiz.id),
        ));
    }
    let (answers, dropped) = AnswerSheet::from_saved(&saved.answers, quiz);
    // Reworded is the same quiz: nothing to say. An older result's hash
    // cannot be compared: only answers that no longer fit are worth a word.
    let changed = match saved.sameness(quiz) {
        Sameness::Changed => true,
        Sameness::Unknown => dropped > 0,
        Sameness::Same | Sameness::Reworded => false,
    };
    // In the words of the language on screen, whichever it was taken in.
    let outcome = crate::summary::worded(&saved.outcome, &content, &answers);
    let session = Session::resume(quiz, answers, Vec::new(), Stage::Results);
    let mut app = App::reopened(content, theme, session, outcome, file.clone());
    app.words = words;
    app.notice = Some(words.args(
        "reopen-from",
        &[("when", clock::readable_in(&words, &saved.taken_at).into())],
    ));
    if changed {
        app.warning = Some(if dropped > 0 {
            words.args("reopen-changed-dropped", &[("n", dropped.into())])
        } else {
            words.get("reopen-changed")
        });
    }
    Ok(app)
}

/// Where a workshop session's results go when no --results is given: one
/// file per session in the data folder, named from the session.
pub fn default_results(store: &Store, session: &str) -> Result<PathBuf, Said> {
    match store.workshops_dir() {
        Some(dir) => Ok(dir.join(format!("{}.jsonl", file_safe(session)))),
        None => Err(Said::new("cli-no-data-folder")),
    }
}

/// Finds out now, not after the first participant, whether records can be
/// appended to `results`: it must be a regular file (opening a named pipe
/// to write would wait for a reader, silently), and its folder and the
/// file can be made. Creates both when missing.
pub fn check_results(results: &Path) -> Result<(), Said> {
    if let Some(kind) = crate::files::not_regular_at(results) {
        return Err(Said::new("cli-results-not-a-file")
            .text("file", results.display())
            .text("kind", kind));
    }
    let writable = results
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| {
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(results)
        });
    writable.map(drop).map_err(|e| {
        Said::new("cli-results-not-writable").text("why", crate::store::plain_error(results, &e))
    })
}

/// A session name made safe as a file name: letters, digits, `-` and `_`
/// kept, anything else a `-`, at most 60 characters, never empty.
pub fn file_safe(name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .take(60)
        .collect();
    if safe.is_empty() {
        "session".to_string()
    } else {
        safe
    }
}
