//! Benchmarks of the engine: loading and validating the built-in content,
//! and scoring one full answer sheet. Budgets: under 2 ms and under 20 µs.

use careerfit::content::{Answer, AnswerSheet, Content, QuestionKind};
use careerfit::scoring::score;
use std::hint::black_box;

#[path = "support/timing.rs"]
mod timing;

fn load_and_validate() {
    timing::bench("load+validate built-in quiz and roles", || {
        Content::built_in().unwrap()
    });
}

fn score_one_sheet() {
    let content = Content::built_in().unwrap();
    // A varied, full answer sheet: every question answered.
    let answers = content
        .quiz
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            Some(match &q.kind {
                QuestionKind::Likert { .. } => Answer::Likert((i % 5) as u8 + 1),
                QuestionKind::Choice { options } => Answer::Choice(i % options.len()),
            })
        })
        .collect();
    let sheet = AnswerSheet::from_answers(answers);
    timing::bench("score one full answer sheet", || {
        score(&content.quiz, &content.roles, black_box(&sheet)).unwrap()
    });
}

fn main() {
    load_and_validate();
    score_one_sheet();
}
