//! A result in the words of the content loaded now: a result saved in one
//! language and reopened in another shows the role titles, the interest
//! areas, the questions and the answers in the language on screen. Only
//! words change: every number and id stays as it was saved.

use crate::content::{AnswerSheet, Content};
use crate::scoring::Outcome;

/// `outcome` with its texts taken from `content` by id: role titles,
/// dimension names, and each reason's question text and answer (the
/// person's own answer from `answers`). A text whose id the content no
/// longer has stays as it was saved.
pub fn worded(outcome: &Outcome, content: &Content, answers: &AnswerSheet) -> Outcome {
    let quiz = &content.quiz;
    let mut out = outcome.clone();
    for fit in &mut out.standing.ranking {
        if let Some(role) = content.role(&fit.role) {
            fit.title = role.title.clone();
        }
    }
    for dimension in &mut out.standing.dimensions {
        if let Some(d) = quiz.dimensions.iter().find(|d| d.id == dimension.id) {
            dimension.name = d.name.clone();
        }
    }
    for reason in &mut out.reasons {
        let Some(q) = quiz.questions.iter().position(|q| q.id == reason.question) else {
            continue;
        };
        let question = &quiz.questions[q];
        reason.text = question.text.clone();
        if let Some(answer) = answers.get(q).filter(|a| a.fits(question)) {
            reason.answer = answer.label(quiz, question).to_string();
        }
    }
    out
}
