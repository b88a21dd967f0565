//! The scoring rule of the contract: dimension scores, role fits, the
//! ranking and its tie rule, the three flags, and the reasons. Pure: no I/O.

mod reasons;

use serde::{Deserialize, Serialize};

use crate::content::{Answer, AnswerSheet, QuestionKind, Quiz, Role};

pub use reasons::{Reason, reasons_for};

/// How one quiz came out for one person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub quiz: String,
    pub answered: usize,
    pub total: usize,
    /// In quiz order; `score` is `None` when no answer measured the dimension.
    pub dimensions: Vec<DimensionScore>,
    /// Every role, best fit first.
    pub ranking: Vec<Fit>,
    pub close_call: bool,
    pub flat: bool,
    pub incomplete: bool,
    /// The person's own answers that most support the best-fit role.
    pub reasons: Vec<Reason>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DimensionScore {
    pub id: String,
    pub name: String,
    pub score: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fit {
    pub role: String,
    pub title: String,
    pub fit: f64,
}

/// Why there is no result.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScoreError {
    #[error("answer at least one question: no answer measured any interest area yet")]
    NothingMeasured,
    #[error("there are no roles to match against")]
    NoRoles,
}

/// What one answer did to one dimension: its contribution and its range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Pull {
    pub contribution: f64,
    pub low: f64,
    pub high: f64,
}

impl Pull {
    /// How far the answer moved off the middle of its range (signed).
    pub fn off_middle(&self) -> f64 {
        self.contribution - (self.low + self.high) / 2.0
    }
}

/// The contribution and range of `answer` to dimension `d` of `quiz`'s
/// question `q`, or `None` when the answer does not fit the question.
pub(crate) fn pull(quiz: &Quiz, q: usize, answer: Answer, d: usize) -> Option<Pull> {
    match (&quiz.questions[q].kind, answer) {
        (QuestionKind::Likert { weights }, Answer::Likert(a)) if (1..=5).contains(&a) => {
            let w = weights[d];
            Some(Pull {
                contribution: (f64::from(a) - 3.0) * w,
                low: -2.0 * w.abs(),
                high: 2.0 * w.abs(),
            })
        }
        (QuestionKind::Choice { options }, Answer::Choice(i)) if i < options.len() => {
            let (low, high) = options
                .iter()
                .map(|o| o.weights[d])
                .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), w| {
                    (lo.min(w), hi.max(w))
                });
            Some(Pull {
                contribution: options[i].weights[d],
                low,
                high,
            })
        }
        _ => None,
    }
}

/// Dimension scores 0..100 (`None` where unmeasured), in quiz order.
pub fn dimension_scores(quiz: &Quiz, answers: &AnswerSheet) -> Vec<Option<f64>> {
    (0..quiz.dimensions.len())
        .map(|d| {
            let (mut raw, mut lo, mut hi) = (0.0, 0.0, 0.0);
            for (q, answer) in answers
                .as_slice()
                .iter()
                .enumerate()
                .take(quiz.questions.len())
            {
                if let Some(p) = answer.and_then(|a| pull(quiz, q, a, d)) {
                    raw += p.contribution;
                    lo += p.low;
                    hi += p.high;
                }
            }
            (hi > lo).then(|| (100.0 * (raw - lo) / (hi - lo)).clamp(0.0, 100.0))
        })
        .collect()
}

/// The fit 0..100 of a role to dimension scores, over the measured dimensions.
pub fn fit(scores: &[Option<f64>], role: &Role) -> Option<f64> {
    let (sum, n) = scores
        .iter()
        .zip(&role.targets)
        .filter_map(|(s, p)| s.map(|s| (s - p).powi(2)))
        .fold((0.0, 0usize), |(sum, n), sq| (sum + sq, n + 1));
    (n > 0).then(|| 100.0 - (sum / n as f64).sqrt())
}

/// Scores one answer sheet against the roles, as the contract says.
pub fn score(quiz: &Quiz, roles: &[Role], answers: &AnswerSheet) -> Result<Outcome, ScoreError> {
    if roles.is_empty() {
        return Err(ScoreError::NoRoles);
    }
    let scores = dimension_scores(quiz, answers);
    let measured: Vec<f64> = scores.iter().flatten().copied().collect();
    if measured.is_empty() {
        return Err(ScoreError::NothingMeasured);
    }

    let mut ranking: Vec<Fit> = roles
        .iter()
        .map(|role| Fit {
            role: role.id.clone(),
            title: role.title.clone(),
            fit: fit(&scores, role).unwrap_or(0.0),
        })
        .collect();
    ranking.sort_by(|a, b| b.fit.total_cmp(&a.fit).then_with(|| a.role.cmp(&b.role)));

    let settings = quiz.settings;
    let close_call = ranking.len() > 1 && ranking[0].fit - ranking[1].fit < settings.close_call;
    let spread = measured.iter().copied().fold(f64::NEG_INFINITY, f64::max)
        - measured.iter().copied().fold(f64::INFINITY, f64::min);
    let flat = spread < settings.flat;
    let answered = answers
        .as_slice()
        .iter()
        .zip(&quiz.questions)
        .filter(|(a, q)| a.is_some_and(|a| a.fits(q)))
        .count();
    let total = quiz.questions.len();
    let incomplete = total == 0 || (answered as f64 / total as f64) < settings.min_answered;

    let top = roles
        .iter()
        .find(|r| r.id == ranking[0].role)
        .expect("the ranking holds only known roles");
    let reasons = reasons_for(quiz, answers, top, 5);

    Ok(Outcome {
        quiz: quiz.id.clone(),
        answered,
        total,
        dimensions: quiz
            .dimensions
            .iter()
            .zip(&scores)
            .map(|(d, s)| DimensionScore {
                id: d.id.clone(),
                name: d.name.clone(),
                score: *s,
            })
            .collect(),
        ranking,
        close_call,
        flat,
        incomplete,
        reasons,
    })
}
