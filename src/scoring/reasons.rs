//! Reasons: the person's own answers that most support a role, as the
//! contract defines support, strongest first.

use serde::{Deserialize, Serialize};

use super::pull;
use crate::content::{AnswerSheet, Quiz, Role};

/// One of the person's answers that supports a role.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    /// The question id.
    pub question: String,
    /// The question as the person read it.
    pub text: String,
    /// The answer as the person picked it (a scale label or an option label).
    pub answer: String,
    /// How strongly it supports the role: the sum, over the dimensions it
    /// moved toward the role, of how far it moved off the middle of its
    /// range times how far the role's target lies from 50.
    #[serde(skip)]
    pub strength: f64,
}

/// Up to `limit` answers supporting `role`, strongest first (ties in quiz order).
///
/// An answer supports the role when, on some dimension it counts for, it
/// moved off the middle of its range toward the role: the answer's offset
/// from the middle has the same sign as (target - 50), neither being zero.
/// A choice counts only for the dimensions its chosen option weighs, so a
/// pick supports a role only through what the person picked.
pub fn reasons_for(quiz: &Quiz, answers: &AnswerSheet, role: &Role, limit: usize) -> Vec<Reason> {
    let mut found: Vec<(usize, f64)> = Vec::new();
    for (q, answer) in answers
        .as_slice()
        .iter()
        .enumerate()
        .take(quiz.questions.len())
    {
        let Some(answer) = answer else { continue };
        let mut strength = 0.0;
        for (d, target) in role.targets.iter().enumerate() {
            let Some(p) = pull(quiz, q, *answer, d) else {
                continue;
            };
            let pushed = p.off_middle();
            let lean = target - 50.0;
            if pushed != 0.0 && lean != 0.0 && pushed.signum() == lean.signum() {
                strength += pushed.abs() * lean.abs();
            }
        }
        if strength > 0.0 {
            found.push((q, strength));
        }
    }
    found.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    found
        .into_iter()
        .take(limit)
        .filter_map(|(q, strength)| {
            let question = &quiz.questions[q];
            let answer = answers.get(q)?;
            Some(Reason {
                question: question.id.clone(),
                text: question.text.clone(),
                answer: answer.label(quiz, question).to_string(),
                strength,
            })
        })
        .collect()
}
