//! Benchmarks of the engine: loading and validating the built-in content,
//! and scoring one full answer sheet. Budgets: under 2 ms and under 20 µs.

use careerfit::content::{Answer, AnswerSheet, Content, QuestionKind};
use careerfit::scoring::score;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn load_and_validate(c: &mut Criterion) {
    c.bench_function("load+validate built-in quiz and roles", |b| {
        b.iter(|| black_box(Content::built_in().unwrap()))
    });
}

fn score_one_sheet(c: &mut Criterion) {
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
    c.bench_function("score one full answer sheet", |b| {
        b.iter(|| black_box(score(&content.quiz, &content.roles, black_box(&sheet)).unwrap()))
    });
}

criterion_group!(benches, load_and_validate, score_one_sheet);
criterion_main!(benches);
