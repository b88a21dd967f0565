//! A quiz's questions checked: ids, kinds, texts, hints, the weights of a
//! likert question and the options of a choice.

use std::collections::HashSet;

use toml::Spanned;

use super::super::problem::{Locator, Problem};
use super::raw::{RawOption, RawQuestion, Weights};
use super::{ChoiceOption, MAX_WEIGHT, Question, QuestionKind, by_dimension, is_valid_id};
use crate::lang::Said;

pub(super) fn build_questions(
    at: &Locator<'_>,
    raw: Vec<Spanned<RawQuestion>>,
    dimension_ids: &[&str],
    problems: &mut Vec<Problem>,
) -> Vec<Question> {
    if raw.is_empty() {
        problems.push(at.whole_file(Said::new("content-no-questions")));
    }
    let mut seen = HashSet::new();
    let mut questions = Vec::new();
    for (n, question) in raw.into_iter().enumerate() {
        let span = question.span();
        let question = question.into_inner();
        let Some(id) = question.id else {
            problems.push(at.at(span, Said::new("content-question-no-id").number("n", n + 1)));
            continue;
        };
        let qid = id.get_ref().clone();
        if !is_valid_id(&qid) {
            problems.push(at.at(
                id.span(),
                Said::new("content-question-bad-id").text("question", &qid),
            ));
        }
        if !seen.insert(qid.clone()) {
            problems.push(at.at(
                id.span(),
                Said::new("content-question-twice").text("question", &qid),
            ));
        }
        let question_has_text = question.text.is_some();
        let text = question.text.unwrap_or_else(|| {
            problems.push(at.at(
                id.span(),
                Said::new("content-question-no-text").text("question", &qid),
            ));
            String::new()
        });
        if text.trim().is_empty() && question_has_text {
            problems.push(at.at(
                id.span(),
                Said::new("content-question-empty-text").text("question", &qid),
            ));
        }
        let hint = question.hint.and_then(|hint| {
            if hint.get_ref().trim().is_empty() {
                problems.push(at.at(
                    hint.span(),
                    Said::new("content-question-empty-hint").text("question", &qid),
                ));
                None
            } else {
                Some(hint.into_inner())
            }
        });
        let kind = match question.kind.as_ref().map(|k| k.get_ref().as_str()) {
            Some("likert") => {
                if let Some(options) = &question.options {
                    problems.push(at.at(
                        options.span(),
                        Said::new("content-likert-has-options").text("question", &qid),
                    ));
                }
                let written = question
                    .weights
                    .as_ref()
                    .is_some_and(|w| w.get_ref().values().any(|v| *v.get_ref() != 0.0));
                let weights = match question.weights {
                    Some(w) => build_weights(
                        at,
                        Said::new("content-owner-question").text("question", &qid),
                        w,
                        dimension_ids,
                        problems,
                    ),
                    None => vec![0.0; dimension_ids.len()],
                };
                // A weight that was written but rejected has its own message.
                if !written {
                    problems.push(at.at(
                        id.span(),
                        Said::new("content-likert-no-weight").text("question", &qid),
                    ));
                }
                QuestionKind::Likert { weights }
            }
            Some("choice") => {
                if let Some(weights) = &question.weights {
                    problems.push(at.at(
                        weights.span(),
                        Said::new("content-choice-has-weights").text("question", &qid),
                    ));
                }
                let options = build_options(
                    at,
                    &qid,
                    id.span(),
                    question.options,
                    dimension_ids,
                    problems,
                );
                QuestionKind::Choice { options }
            }
            Some(other) => {
                let kind = question.kind.as_ref().expect("matched Some");
                problems.push(
                    at.at(
                        kind.span(),
                        Said::new("content-question-bad-kind")
                            .text("question", &qid)
                            .text("kind", other),
                    ),
                );
                continue;
            }
            None => {
                problems.push(at.at(
                    id.span(),
                    Said::new("content-question-no-kind").text("question", &qid),
                ));
                continue;
            }
        };
        questions.push(Question {
            id: qid,
            text,
            hint,
            kind,
        });
    }
    questions
}

fn build_options(
    at: &Locator<'_>,
    qid: &str,
    question_span: std::ops::Range<usize>,
    raw: Option<Spanned<Vec<Spanned<RawOption>>>>,
    dimension_ids: &[&str],
    problems: &mut Vec<Problem>,
) -> Vec<ChoiceOption> {
    let (span, raw) = match raw {
        Some(raw) => (raw.span(), raw.into_inner()),
        None => (question_span, Vec::new()),
    };
    if raw.len() < 2 {
        problems.push(
            at.at(
                span,
                Said::new("content-choice-too-few")
                    .text("question", qid)
                    .number("n", raw.len()),
            ),
        );
    }
    let mut seen = HashSet::new();
    let mut options = Vec::new();
    for (n, option) in raw.into_iter().enumerate() {
        let option_span = option.span();
        let option = option.into_inner();
        let Some(id) = option.id else {
            problems.push(
                at.at(
                    option_span,
                    Said::new("content-option-no-id")
                        .number("n", n + 1)
                        .text("question", qid),
                ),
            );
            continue;
        };
        let oid = id.get_ref().clone();
        if oid.is_empty() {
            problems.push(at.at(
                id.span(),
                Said::new("content-option-empty-id").text("question", qid),
            ));
        }
        if !seen.insert(oid.clone()) {
            problems.push(
                at.at(
                    id.span(),
                    Said::new("content-option-twice")
                        .text("option", &oid)
                        .text("question", qid),
                ),
            );
        }
        let label = option.label.unwrap_or_else(|| {
            problems.push(
                at.at(
                    id.span(),
                    Said::new("content-option-no-label")
                        .text("option", &oid)
                        .text("question", qid),
                ),
            );
            String::new()
        });
        let weights = match option.weights {
            Some(w) => build_weights(
                at,
                Said::new("content-owner-option")
                    .text("option", &oid)
                    .text("question", qid),
                w,
                dimension_ids,
                problems,
            ),
            None => vec![0.0; dimension_ids.len()],
        };
        options.push(ChoiceOption {
            id: oid,
            label,
            weights,
        });
    }
    options
}

fn build_weights(
    at: &Locator<'_>,
    owner: Said,
    raw: Spanned<Weights>,
    dimension_ids: &[&str],
    problems: &mut Vec<Problem>,
) -> Vec<f64> {
    let mut weights = vec![0.0; dimension_ids.len()];
    let good = by_dimension(
        at,
        raw.into_inner(),
        |dimension| dimension_ids.iter().position(|d| *d == dimension),
        |value| value.is_finite() && value.abs() <= MAX_WEIGHT,
        |dimension| {
            Said::new("content-weight-unknown-dimension")
                .said("owner", owner.clone())
                .text("dimension", dimension)
                .text("declared", dimension_ids.join(", "))
        },
        |dimension, value| {
            Said::new("content-weight-out-of-range")
                .said("owner", owner.clone())
                .text("value", value)
                .text("dimension", dimension)
                .text("max", MAX_WEIGHT)
        },
        problems,
    );
    for (index, _, value) in good {
        weights[index] = value;
    }
    weights
}
