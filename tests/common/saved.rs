//! Quiz sessions, saved progress and saved results as the tests build
//! and read them.

use std::path::{Path, PathBuf};

use careerfit::content::{Answer, AnswerSheet, Content, QuestionKind, Quiz};
use careerfit::session::Session;
use careerfit::store::progress;

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
