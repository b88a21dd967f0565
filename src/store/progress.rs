//! Saved progress of an unfinished quiz, one file per quiz id, rewritten
//! atomically after every answer so that a kill at any moment loses at
//! most the answer being given.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::{
    FolderSync, Store, StoreError, StoreErrorKind, Unreadable, clock, keep_aside, read_saved,
    write_atomic_later,
};
use crate::content::{AnswerSheet, Quiz, Sameness, SavedAnswer};
use crate::lang::Said;
use crate::session::{Session, Stage};

/// The version of the progress file format.
const VERSION: u32 = 1;

/// The file as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgressFile {
    version: u32,
    quiz: String,
    /// The quiz's scoring identity ([`Quiz::fingerprint`]).
    quiz_hash: String,
    /// The hash of its words; files saved before it was kept have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    quiz_text: Option<String>,
    saved_at: String,
    answers: BTreeMap<String, SavedAnswer>,
    #[serde(default)]
    skipped: Vec<String>,
    /// The question on screen ("" for the welcome, "review" for the review).
    position: String,
}

/// An unfinished quiz found on disk, ready to resume.
#[derive(Debug, Clone, PartialEq)]
pub struct Unfinished {
    pub session: Session,
    pub saved_at: String,
    pub answered: usize,
    /// Answers dropped because their question is gone from the changed quiz.
    pub dropped: usize,
    /// The quiz's scoring changed since the progress was saved (not only
    /// its words).
    pub quiz_changed: bool,
}

/// What was found on disk for a quiz.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    Nothing,
    Unfinished(Unfinished),
    /// A file that could not be read: a warning for the person; the file
    /// was moved aside.
    Damaged(Said),
}

fn path(store: &Store, quiz: &Quiz) -> Option<PathBuf> {
    store
        .state_dir
        .as_ref()
        .map(|dir| dir.join(format!("progress-{}.json", quiz.id)))
}

/// Saves the session's progress.
pub fn save(store: &Store, quiz: &Quiz, session: &Session) -> Result<(), StoreError> {
    save_later(store, quiz, session).map(|folder| folder.map_or((), FolderSync::sync))
}

/// Saves the session's progress but for its folder's sync, which the
/// caller does soon after ([`crate::store::write_atomic_later`]).
pub fn save_later(
    store: &Store,
    quiz: &Quiz,
    session: &Session,
) -> Result<Option<FolderSync>, StoreError> {
    let Some(path) = path(store, quiz) else {
        return Ok(None);
    };
    let position = match session.stage() {
        Stage::Question(n) => quiz.questions[n].id.clone(),
        Stage::Review | Stage::Results => "review".to_string(),
        Stage::Welcome => String::new(),
    };
    let file = ProgressFile {
        version: VERSION,
        quiz: quiz.id.clone(),
        quiz_hash: quiz.fingerprint(),
        quiz_text: Some(quiz.text_hash()),
        saved_at: clock::now(),
        answers: session.answers().to_saved(quiz),
        skipped: session
            .skipped()
            .into_iter()
            .map(|q| quiz.questions[q].id.clone())
            .collect(),
        position,
    };
    let json = serde_json::to_vec_pretty(&file).map_err(|e| StoreError::io(&path, e.into()))?;
    write_atomic_later(&path, &json)
        .map(Some)
        .map_err(|e| StoreError::io(&path, e))
}

/// Removes saved progress (after the quiz is finished, or started over).
pub fn clear(store: &Store, quiz: &Quiz) -> Result<(), StoreError> {
    let Some(path) = path(store, quiz) else {
        return Ok(());
    };
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(()),
        // Nothing there (or no folder at all): nothing to remove.
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
            ) =>
        {
            Ok(())
        }
        Err(e) => Err(StoreError::io(&path, e)),
    }
}

/// Looks for an unfinished quiz. Never fails: a file that cannot be read
/// is reported as a warning, and one that is not a saved progress file
/// (damaged, too big, a pipe) is moved aside first.
pub fn find(store: &Store, quiz: &Quiz) -> Found {
    let error = match load(store, quiz) {
        Ok(None) => return Found::Nothing,
        Ok(Some(unfinished)) => return Found::Unfinished(unfinished),
        Err(error) => error,
    };
    let kept = || keep_aside(&error.path).map(|p| p.display().to_string());
    Found::Damaged(match error.kind {
        StoreErrorKind::Damaged => match kept() {
            Some(p) => Said::new("files-progress-damaged-kept").text("aside", p),
            None => Said::new("files-progress-damaged"),
        },
        // Moved aside, never opened: the quiz can save there again.
        StoreErrorKind::NotAFile(_) | StoreErrorKind::TooBig(_) => match kept() {
            Some(p) => Said::new("files-progress-odd-kept")
                .said("why", error.said())
                .text("aside", p),
            None => Said::new("files-progress-odd").said("why", error.said()),
        },
        _ => Said::new("files-progress-unreadable").said("why", error.said()),
    })
}

/// Reads the saved progress of a quiz: none, an unfinished quiz, or why
/// it could not be read. Moves nothing (see [`find`]).
pub fn load(store: &Store, quiz: &Quiz) -> Result<Option<Unfinished>, StoreError> {
    let Some(path) = path(store, quiz) else {
        return Ok(None);
    };
    let bytes = match read_saved(&path) {
        Ok(bytes) => bytes,
        Err(Unreadable::Missing) => return Ok(None),
        Err(why) => return Err(StoreError::unreadable(&path, why)),
    };
    parse(&bytes, quiz)
        .map(Some)
        .ok_or_else(|| StoreError::damaged(&path))
}

/// Reads progress bytes for a quiz: `None` when they are not a progress
/// file of this quiz. Never panics, whatever the bytes.
pub fn parse(bytes: &[u8], quiz: &Quiz) -> Option<Unfinished> {
    let file: ProgressFile = serde_json::from_slice(bytes).ok()?;
    if file.version != VERSION || file.quiz != quiz.id {
        return None;
    }
    let (answers, dropped) = AnswerSheet::from_saved(&file.answers, quiz);
    // A set, not a list: a quiz of many questions resumes in linear time.
    let skipped_ids: HashSet<&str> = file.skipped.iter().map(String::as_str).collect();
    let skipped: Vec<bool> = quiz
        .questions
        .iter()
        .map(|q| skipped_ids.contains(q.id.as_str()) && !file.answers.contains_key(&q.id))
        .collect();
    let stage = match file.position.as_str() {
        "" => Stage::Welcome,
        "review" => Stage::Review,
        id => match quiz.question_index(id) {
            Some(n) => Stage::Question(n),
            // The question is gone: carry on at the first one not answered.
            None => (0..quiz.questions.len())
                .find(|&q| answers.get(q).is_none())
                .map_or(Stage::Review, Stage::Question),
        },
    };
    let answered = answers.answered();
    Some(Unfinished {
        session: Session::resume(quiz, answers, skipped, stage),
        saved_at: file.saved_at,
        answered,
        dropped,
        // Reworded is the same quiz. An older file's hash cannot be
        // compared: its answers were matched by id above, and one that no
        // longer fits is the sign of a change.
        quiz_changed: match quiz.compare_saved(&file.quiz_hash, file.quiz_text.as_deref()) {
            Sameness::Changed => true,
            Sameness::Unknown => dropped > 0,
            Sameness::Same | Sameness::Reworded => false,
        },
    })
}
