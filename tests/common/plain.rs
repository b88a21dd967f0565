//! Plain mode's binary driven through pipes, shared by the plain_* test
//! files: the command with wide lines and no TERM or NO_COLOR, a run that
//! must end by itself, the answers a hands-on person gives, and checks of
//! plain text.

use std::process::Command;

use careerfit::content::{Content, QuestionKind};
use careerfit::store::progress;

use super::cmd::{Home, Run, careerfit_in, store_of};
use super::saved::content;

/// The number of questions in the built-in quiz.
pub const TOTAL: usize = 32;

/// `careerfit ARGS` with `home` (common::cmd's environment), and no TERM
/// and no NO_COLOR unless a test sets them.
pub fn command(home: &Home, args: &[&str]) -> Command {
    let mut command = careerfit_in(home.path(), args);
    // Wide lines, so that checks of whole sentences are not split by the
    // wrapping; the wrapping itself is checked with COLUMNS set.
    command
        .env("COLUMNS", "1000")
        .env_remove("TERM")
        .env_remove("NO_COLOR");
    command
}

/// Runs `command` with `input` on stdin (a pipe); it must not panic
/// (checked by [`Run::fed`]) and must end by itself.
pub fn run_command(mut command: Command, input: &str) -> Run {
    let run = Run::fed(&mut command, input);
    assert_not_killed(&run);
    run
}

/// Runs `careerfit ARGS` with `home` and `input` on stdin.
pub fn fed(home: &Home, args: &[&str], input: &str) -> Run {
    run_command(command(home, args), input)
}

/// careerfit ended by itself, not killed by a signal.
pub fn assert_not_killed(run: &Run) {
    assert!(run.code.is_some(), "killed by a signal:\n{}", run.all());
}

/// No escape sequences, no control characters but newline and tab, no box
/// drawing and no block elements.
pub fn assert_plain_text(what: &str, text: &str) {
    for (line_no, line) in text.split('\n').enumerate() {
        for c in line.chars() {
            let bad = (c.is_control() && c != '\t')
                || ('\u{2500}'..='\u{257F}').contains(&c)
                || ('\u{2580}'..='\u{259F}').contains(&c);
            assert!(
                !bad,
                "{what}: line {} holds {c:?} (U+{:04X}): {line:?}",
                line_no + 1,
                c as u32
            );
        }
    }
}

/// One answer a line for the whole quiz, leaning hard to hands-on work: the
/// hands-on option of every choice question; on the scale "Strongly like"
/// for hands-on questions and "Not sure" for the rest ("Strongly dislike"
/// for a reverse-keyed one, should a quiz have any).
pub fn hands_on_answers(content: &Content) -> Vec<String> {
    let hands_on = content
        .quiz
        .dimension_index("hands_on")
        .expect("the quiz has hands_on");
    content
        .quiz
        .questions
        .iter()
        .map(|question| match &question.kind {
            QuestionKind::Choice { options } => {
                let i = options
                    .iter()
                    .position(|o| o.weights[hands_on] > 0.0)
                    .expect("every choice question has a hands-on option");
                (i + 1).to_string()
            }
            QuestionKind::Likert { weights } => match weights[hands_on] {
                w if w > 0.0 => "5",
                w if w < 0.0 => "1",
                _ => "3",
            }
            .to_string(),
        })
        .collect()
}

/// The answers, one a line.
pub fn lines(answers: &[String]) -> String {
    answers.iter().map(|a| format!("{a}\n")).collect()
}

/// How many times `needle` is in `haystack`.
pub fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

/// Where `needle` is in `haystack` at or after `from`; panics with the
/// output if it is not.
pub fn find_after(haystack: &str, needle: &str, from: usize) -> usize {
    match haystack[from..].find(needle) {
        Some(i) => from + i,
        None => panic!(
            "{needle:?} not found after byte {from} of:\n{}",
            &haystack[from..]
        ),
    }
}

/// The unfinished quiz the child with `home` saved.
pub fn unfinished(home: &Home) -> progress::Unfinished {
    match progress::find(&store_of(home.path()), &content().quiz) {
        progress::Found::Unfinished(unfinished) => unfinished,
        other => panic!("no unfinished quiz was saved: {other:?}"),
    }
}
