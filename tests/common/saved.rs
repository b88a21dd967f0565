//! Quiz sessions, saved progress and saved results as the tests build
//! and read them.

use careerfit::content::{Answer, QuestionKind, Quiz};
use careerfit::session::Session;
use careerfit::store::progress;

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
