//! Finished results, one file each, so that one damaged file never costs
//! the others. Listed newest first: `careerfit history` numbers them 1, 2, …

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{
    Store, StoreError, StoreErrorKind, clock, keep_aside, read_saved, unique_path, write_atomic,
};
use crate::content::{Quiz, Sameness, SavedAnswer};
use crate::lang::Said;
use crate::scoring::Outcome;
use crate::session::Session;

const VERSION: u32 = 1;

/// One finished result as saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedResult {
    pub version: u32,
    /// When it was finished, RFC 3339 UTC.
    pub taken_at: String,
    pub quiz: String,
    /// The quiz's scoring identity ([`Quiz::fingerprint`]).
    pub quiz_hash: String,
    /// The hash of its words ([`Quiz::text_hash`]); results saved before
    /// it was kept have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quiz_text: Option<String>,
    pub answers: BTreeMap<String, SavedAnswer>,
    pub outcome: Outcome,
}

impl SavedResult {
    /// This result against the quiz loaded now.
    pub fn sameness(&self, quiz: &Quiz) -> Sameness {
        quiz.compare_saved(&self.quiz_hash, self.quiz_text.as_deref())
    }

    pub fn new(quiz: &Quiz, session: &Session, outcome: &Outcome) -> SavedResult {
        SavedResult {
            version: VERSION,
            taken_at: clock::now(),
            quiz: quiz.id.clone(),
            quiz_hash: quiz.fingerprint(),
            quiz_text: Some(quiz.text_hash()),
            answers: session.answers().to_saved(quiz),
            outcome: outcome.clone(),
        }
    }
}

/// Saves a finished result, over `replace` when given (the same attempt
/// seen again after changing answers); returns where.
pub fn save(
    store: &Store,
    result: &SavedResult,
    replace: Option<&Path>,
) -> Result<Option<PathBuf>, StoreError> {
    let Some(dir) = store.history_dir() else {
        return Ok(None);
    };
    let path = match replace {
        Some(path) => path.to_path_buf(),
        None => unique_path(
            &dir,
            &clock::compact(&result.taken_at),
            &result.quiz,
            "json",
        ),
    };
    let json = serde_json::to_vec_pretty(result).map_err(|e| StoreError::io(&path, e.into()))?;
    write_atomic(&path, &json).map_err(|e| StoreError::io(&path, e))?;
    Ok(Some(path))
}

/// Every readable saved result, newest first, and a warning for each
/// damaged file (moved aside, not deleted).
pub fn list(store: &Store) -> (Vec<(PathBuf, SavedResult)>, Vec<Said>) {
    let mut results = Vec::new();
    let mut warnings = Vec::new();
    let Some(dir) = store.history_dir() else {
        return (results, warnings);
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return (results, warnings);
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "json")
                && !p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    paths.sort();
    for path in paths {
        let error = match read(&path) {
            Ok(result) => {
                results.push((path, result));
                continue;
            }
            Err(error) => error,
        };
        let kept = || keep_aside(&path).map(|p| p.display().to_string());
        match error.kind {
            // Gone since the folder was listed: nothing to say.
            StoreErrorKind::Io(ref e) if e.kind() == std::io::ErrorKind::NotFound => {}
            // Moved aside without being opened, so it is said once.
            StoreErrorKind::NotAFile(_) | StoreErrorKind::TooBig(_) => {
                warnings.push(match kept() {
                    Some(p) => Said::new("files-result-skipped-moved")
                        .said("why", error.said())
                        .text("aside", p),
                    None => Said::new("files-result-skipped").said("why", error.said()),
                })
            }
            _ => warnings.push(match kept() {
                Some(p) => Said::new("files-result-unreadable-kept")
                    .text("path", path.display())
                    .text("aside", p),
                None => Said::new("files-result-unreadable").text("path", path.display()),
            }),
        }
    }
    // Names start with the time to the nanosecond, so within one second
    // the name orders them too.
    results.sort_by(|a, b| b.1.taken_at.cmp(&a.1.taken_at).then(b.0.cmp(&a.0)));
    (results, warnings)
}

/// Reads one saved result, or says why not. Moves nothing.
pub fn read(path: &Path) -> Result<SavedResult, StoreError> {
    let bytes = read_saved(path).map_err(|why| StoreError::unreadable(path, why))?;
    parse(&bytes).ok_or_else(|| StoreError::damaged(path))
}

/// Reads a saved result; `None` for anything else. Never panics.
pub fn parse(bytes: &[u8]) -> Option<SavedResult> {
    let result: SavedResult = serde_json::from_slice(bytes).ok()?;
    let outcome = &result.outcome;
    let sound = result.version == VERSION
        && !outcome.ranking.is_empty()
        && (!outcome.close_call || outcome.ranking.len() > 1)
        && outcome.ranking.iter().all(|f| f.fit.is_finite());
    sound.then_some(result)
}
