//! Quiz sessions, saved progress and saved results as the tests build
//! and read them (the saving_* files, runtime.rs, workshop.rs and more):
//! the answers the saving tests give, the files a store holds, damaged
//! files kept aside, and results compared as a person reads them.

use std::fs;
use std::path::{Path, PathBuf};

use careerfit::content::{Answer, AnswerSheet, Content, QuestionKind, Quiz};
use careerfit::scoring::Outcome;
use careerfit::session::Session;
use careerfit::store::{Store, history, progress};

/// Answers drawn to hands-on work: best fit IT Technician.
pub const HANDS_ON: &str = "51111514111351125152551311541311";
/// Answers drawn to technical systems: best fit IT Specialist.
pub const SYSTEMS: &str = "11531112515155141113511151121513";

/// The shipped quiz and roles.
pub fn content() -> Content {
    Content::built_in().expect("the built-in content loads")
}

/// The shipped quiz.
pub fn quiz() -> Quiz {
    content().quiz
}

/// The progress file of the built-in quiz in a store made by
/// `Store::in_folder(folder)`.
pub fn progress_path(folder: &Path) -> PathBuf {
    folder.join("state").join("progress-it-career.json")
}

/// A session at question `at` (0-based) after answering the questions
/// before it from `digits` ('s' skips).
pub fn session_after(quiz: &Quiz, digits: &str) -> Session {
    let mut session = Session::new(quiz);
    session.start();
    for key in digits.chars() {
        if key == 's' {
            session.skip();
            continue;
        }
        let n = session.current().expect("on a question");
        let d = key.to_digit(10).unwrap() as usize;
        let answer = match quiz.questions[n].kind {
            QuestionKind::Likert { .. } => Answer::Likert(d as u8),
            QuestionKind::Choice { .. } => Answer::Choice(d - 1),
        };
        session.answer(quiz, answer);
    }
    session
}

/// Participant `n`'s answers to every question of `quiz`, different for
/// each `n`: question `i` gets scale point `(i + n) % 5 + 1`, or option
/// `(i + n)` modulo the number of options.
pub fn participant_answers(quiz: &Quiz, n: usize) -> AnswerSheet {
    AnswerSheet::from_answers(
        quiz.questions
            .iter()
            .enumerate()
            .map(|(i, q)| {
                Some(match &q.kind {
                    QuestionKind::Likert { .. } => Answer::Likert(((i + n) % 5) as u8 + 1),
                    QuestionKind::Choice { options } => Answer::Choice((i + n) % options.len()),
                })
            })
            .collect(),
    )
}

/// The unfinished quiz that was found, or a panic saying what was.
pub fn unfinished(found: progress::Found) -> progress::Unfinished {
    match found {
        progress::Found::Unfinished(unfinished) => unfinished,
        other => panic!("expected an unfinished quiz, found {other:?}"),
    }
}

/// The damaged file's one-line warning, or a panic saying what was found.
pub fn damaged(found: progress::Found) -> String {
    match found {
        progress::Found::Damaged(warning) => warning.to_string(),
        other => panic!("expected a damaged file, found {other:?}"),
    }
}

/// A warning a person reads on one line: not empty, no line break.
pub fn assert_one_line(warning: &str) {
    assert!(!warning.trim().is_empty(), "an empty warning");
    assert!(
        !warning.contains('\n'),
        "a warning is one line, not:\n{warning}"
    );
}

/// The names of the files in `folder` (none if it does not exist), sorted.
pub fn names(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(folder)
        .map(|entries| {
            entries
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// The files in `folder` kept aside as damaged.
pub fn aside(folder: &Path) -> Vec<PathBuf> {
    names(folder)
        .into_iter()
        .filter(|n| n.contains(".damaged-"))
        .map(|n| folder.join(n))
        .collect()
}

/// The names of the saved results in a store made by
/// `Store::in_folder(dir)`.
pub fn history_files(dir: &Path) -> Vec<String> {
    names(&dir.join("data/history"))
}

/// A real progress file's bytes: 5 answers, one skip, at question 7.
pub fn real_progress_bytes() -> Vec<u8> {
    let quiz = quiz();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::in_folder(dir.path());
    progress::save(&store, &quiz, &session_after(&quiz, "514s11")).unwrap();
    fs::read(progress_path(dir.path())).unwrap()
}

/// A finished result from answer digits, as the app would save it.
pub fn result(digits: &str) -> history::SavedResult {
    let content = content();
    let mut session = session_after(&content.quiz, digits);
    let outcome = session.finish(&content.quiz, &content.roles).unwrap();
    history::SavedResult::new(&content.quiz, &session, &outcome)
}

/// The same outcome as a person reads it: the numbers as shown (a saved
/// float may differ in its last bit), reasons without their strength
/// (which is not saved).
pub fn assert_same_outcome(read: &Outcome, wanted: &Outcome) {
    let shown = |o: &Outcome| {
        let mut o = o.clone();
        for fit in &mut o.ranking {
            fit.fit = (fit.fit * 1e6).round();
        }
        for d in &mut o.dimensions {
            d.score = d.score.map(|s| (s * 1e6).round());
        }
        for r in &mut o.reasons {
            r.strength = 0.0;
        }
        o
    };
    assert_eq!(shown(read), shown(wanted));
}

/// The same saved result: every field, the outcome as [`assert_same_outcome`].
pub fn assert_same_result(read: &history::SavedResult, wanted: &history::SavedResult) {
    assert_eq!(read.version, wanted.version);
    assert_eq!(read.taken_at, wanted.taken_at);
    assert_eq!(read.quiz, wanted.quiz);
    assert_eq!(read.quiz_hash, wanted.quiz_hash);
    assert_eq!(read.answers, wanted.answers);
    assert_same_outcome(&read.outcome, &wanted.outcome);
}

/// The id of a saved result's best-fitting role.
pub fn best(saved: &history::SavedResult) -> &str {
    &saved.outcome.ranking[0].role
}

/// The fields of a result (an outcome) in JSON, sorted: as `score
/// --format json` prints it and as a saved result holds it.
pub const OUTCOME_FIELDS: [&str; 10] = [
    "answered",
    "close_call",
    "dimensions",
    "flat",
    "incomplete",
    "low_interest",
    "quiz",
    "ranking",
    "reasons",
    "total",
];
