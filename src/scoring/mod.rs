//! The scoring rule of the contract (v2): dimension scores, role fits, the
//! ranking and its tie rule, the four flags, and the reasons. Pure: no I/O.
//!
//! [`rank`] is the one ranker: scores, order, fits and flags. [`score`]
//! adds the reasons to it; batch scoring calls [`rank`] alone.

mod reasons;

use serde::{Deserialize, Serialize};

use crate::content::{Answer, AnswerSheet, QuestionKind, Quiz, Role};

pub use reasons::{Reason, reasons_for};

/// How one quiz came out for one person: the [`Standing`] (read through
/// it: `outcome.ranking`) and the reasons. Written as one flat JSON object
/// (`score --format json`, saved results), fields in the contract's order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    pub quiz: String,
    #[serde(flatten)]
    pub standing: Standing,
    /// The person's own answers that most support the best-fit role.
    pub reasons: Vec<Reason>,
}

/// What a result says, but the reasons: answered, the named scores, the
/// ranking and the four flags. The one declaration of these fields: a
/// result has them through [`Outcome`], and a workshop record keeps them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Standing {
    pub answered: usize,
    pub total: usize,
    /// In quiz order; `score` is `None` when no answer measured the dimension.
    pub dimensions: Vec<DimensionScore>,
    /// Every role, best fit first.
    pub ranking: Vec<Fit>,
    pub close_call: bool,
    pub flat: bool,
    pub incomplete: bool,
    /// Every measured interest is below `scoring.low_interest`. Results
    /// saved before this flag existed read as false.
    #[serde(default)]
    pub low_interest: bool,
}

impl std::ops::Deref for Outcome {
    type Target = Standing;
    fn deref(&self) -> &Standing {
        &self.standing
    }
}

impl std::ops::DerefMut for Outcome {
    fn deref_mut(&mut self) -> &mut Standing {
        &mut self.standing
    }
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

impl ScoreError {
    /// Why there is no result, as a sentence in the reader's language.
    pub fn said(&self) -> crate::lang::Said {
        use crate::lang::Said;
        match self {
            ScoreError::NothingMeasured => Said::new("score-nothing-measured"),
            ScoreError::NoRoles => Said::new("score-no-roles"),
        }
    }
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
/// question `q`, or `None` when the answer does not count for `d`: it does
/// not fit the question, or it picks an option that does not weigh `d`.
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
            // A choice counts only for the dimensions the chosen option
            // weighs: it says what the person would pick, not what they
            // dislike (contract v2).
            let chosen = options[i].weights[d];
            if chosen == 0.0 {
                return None;
            }
            let (low, high) = options
                .iter()
                .map(|o| o.weights[d])
                .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), w| {
                    (lo.min(w), hi.max(w))
                });
            Some(Pull {
                contribution: chosen,
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

/// The four flags of a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Flags {
    pub close_call: bool,
    pub flat: bool,
    pub incomplete: bool,
    pub low_interest: bool,
}

impl Flags {
    /// Is any flag raised? Then nothing may read as a confident pick.
    pub fn any(&self) -> bool {
        self.close_call || self.flat || self.incomplete || self.low_interest
    }
}

/// How one answer sheet ranks: everything [`score`] gives but the reasons.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranking {
    /// Dimension scores 0..100 (`None` where unmeasured), in quiz order.
    pub scores: Vec<Option<f64>>,
    /// (index into the roles, fit), best first; exact ties to the smaller
    /// role id.
    pub order: Vec<(usize, f64)>,
    /// Questions answered (with an answer that fits the question).
    pub answered: usize,
    pub total: usize,
    pub flags: Flags,
}

/// Ranks the roles for one answer sheet, with the flags, as the contract
/// says: the one ranker, which [`score`] and batch scoring build on.
pub fn rank(quiz: &Quiz, roles: &[Role], answers: &AnswerSheet) -> Result<Ranking, ScoreError> {
    if roles.is_empty() {
        return Err(ScoreError::NoRoles);
    }
    let scores = dimension_scores(quiz, answers);
    let (low, high) = scores
        .iter()
        .flatten()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), s| {
            (lo.min(*s), hi.max(*s))
        });
    if low > high {
        return Err(ScoreError::NothingMeasured);
    }
    let mut order: Vec<(usize, f64)> = roles
        .iter()
        .enumerate()
        .map(|(r, role)| (r, fit(&scores, role).unwrap_or(0.0)))
        .collect();
    // Ties compare ids only when fits are exactly equal: cheap.
    order.sort_by(|a, b| {
        b.1.total_cmp(&a.1)
            .then_with(|| roles[a.0].id.cmp(&roles[b.0].id))
    });
    let settings = quiz.settings;
    let total = quiz.questions.len();
    let answered = answers
        .as_slice()
        .iter()
        .zip(&quiz.questions)
        .filter(|(a, q)| a.is_some_and(|a| a.fits(q)))
        .count();
    let flags = Flags {
        close_call: order.len() > 1 && order[0].1 - order[1].1 < settings.close_call,
        flat: high - low < settings.flat,
        incomplete: total == 0 || (answered as f64 / total as f64) < settings.min_answered,
        low_interest: high < settings.low_interest,
    };
    Ok(Ranking {
        scores,
        order,
        answered,
        total,
        flags,
    })
}

impl Standing {
    /// A [`Ranking`] with its names: each dimension's id and name, each
    /// role's id and title.
    pub fn named(quiz: &Quiz, roles: &[Role], ranking: &Ranking) -> Standing {
        let flags = ranking.flags;
        Standing {
            answered: ranking.answered,
            total: ranking.total,
            dimensions: quiz
                .dimensions
                .iter()
                .zip(&ranking.scores)
                .map(|(d, s)| DimensionScore {
                    id: d.id.clone(),
                    name: d.name.clone(),
                    score: *s,
                })
                .collect(),
            ranking: ranking
                .order
                .iter()
                .map(|&(r, fit)| Fit {
                    role: roles[r].id.clone(),
                    title: roles[r].title.clone(),
                    fit,
                })
                .collect(),
            close_call: flags.close_call,
            flat: flags.flat,
            incomplete: flags.incomplete,
            low_interest: flags.low_interest,
        }
    }

    /// The four flags.
    pub fn flags(&self) -> Flags {
        Flags {
            close_call: self.close_call,
            flat: self.flat,
            incomplete: self.incomplete,
            low_interest: self.low_interest,
        }
    }

    /// Is any flag raised? Then nothing may read as a confident pick.
    pub fn flagged(&self) -> bool {
        self.flags().any()
    }
}

/// Scores one answer sheet against the roles, as the contract says:
/// [`rank`], then the reasons for the best fit.
pub fn score(quiz: &Quiz, roles: &[Role], answers: &AnswerSheet) -> Result<Outcome, ScoreError> {
    let ranking = rank(quiz, roles, answers)?;
    let top = &roles[ranking.order[0].0];
    Ok(Outcome {
        quiz: quiz.id.clone(),
        standing: Standing::named(quiz, roles, &ranking),
        reasons: reasons_for(quiz, answers, top, 5),
    })
}
