//! A quiz's questions checked: ids, kinds, texts, hints, the weights of a
//! likert question and the options of a choice.

use std::collections::HashSet;

use toml::Spanned;

use super::super::problem::{Locator, Problem};
use super::raw::{RawOption, RawQuestion, Weights};
use super::{ChoiceOption, MAX_WEIGHT, Question, QuestionKind, by_dimension, is_valid_id};

pub(super) fn build_questions(
    at: &Locator<'_>,
    raw: Vec<Spanned<RawQuestion>>,
    dimension_ids: &[&str],
    problems: &mut Vec<Problem>,
) -> Vec<Question> {
    if raw.is_empty() {
        problems.push(at.whole_file("the quiz has no questions: add at least one [[question]]"));
    }
    let mut seen = HashSet::new();
    let mut questions = Vec::new();
    for (n, question) in raw.into_iter().enumerate() {
        let span = question.span();
        let question = question.into_inner();
        let Some(id) = question.id else {
            problems.push(at.at(
                span,
                format!(
                    "question {} has no `id`: add one like id = \"swap-power-supply\"",
                    n + 1
                ),
            ));
            continue;
        };
        let qid = id.get_ref().clone();
        if !is_valid_id(&qid) {
            problems.push(at.at(
                id.span(),
                format!("question id `{qid}` may only hold lowercase letters, digits and dashes"),
            ));
        }
        if !seen.insert(qid.clone()) {
            problems.push(at.at(
                id.span(),
                format!("question `{qid}` is used twice: give each question its own id"),
            ));
        }
        let question_has_text = question.text.is_some();
        let text = question.text.unwrap_or_else(|| {
            problems.push(at.at(
                id.span(),
                format!("question `{qid}` has no `text`: add the activity or scenario to show"),
            ));
            String::new()
        });
        if text.trim().is_empty() && question_has_text {
            problems.push(at.at(
                id.span(),
                format!(
                    "question `{qid}` has an empty `text`: write the activity or scenario to show"
                ),
            ));
        }
        let hint = question.hint.and_then(|hint| {
            if hint.get_ref().trim().is_empty() {
                problems.push(at.at(
                    hint.span(),
                    format!("question `{qid}` has an empty `hint`: write the plain words to show under the question, or remove the line"),
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
                        format!("question `{qid}` is a likert question but has `options`: remove them, or set kind = \"choice\""),
                    ));
                }
                let written = question
                    .weights
                    .as_ref()
                    .is_some_and(|w| w.get_ref().values().any(|v| *v.get_ref() != 0.0));
                let weights = match question.weights {
                    Some(w) => {
                        build_weights(at, &format!("question `{qid}`"), w, dimension_ids, problems)
                    }
                    None => vec![0.0; dimension_ids.len()],
                };
                // A weight that was written but rejected has its own message.
                if !written {
                    problems.push(at.at(
                        id.span(),
                        format!("likert question `{qid}` has no weight: add weights = {{ <dimension> = 2.0 }}"),
                    ));
                }
                QuestionKind::Likert { weights }
            }
            Some("choice") => {
                if let Some(weights) = &question.weights {
                    problems.push(at.at(
                        weights.span(),
                        format!("choice question `{qid}` has `weights`; weights belong on each option instead"),
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
                problems.push(at.at(
                    kind.span(),
                    format!(
                        "question `{qid}` has kind \"{other}\"; it must be \"likert\" or \"choice\""
                    ),
                ));
                continue;
            }
            None => {
                problems.push(at.at(
                    id.span(),
                    format!(
                        "question `{qid}` has no `kind`: add kind = \"likert\" or kind = \"choice\""
                    ),
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
        problems.push(at.at(
            span,
            format!(
                "choice question `{qid}` has {}; it needs 2 or more options",
                match raw.len() {
                    0 => "no options".to_string(),
                    1 => "only 1 option".to_string(),
                    n => format!("{n} options"),
                }
            ),
        ));
    }
    let mut seen = HashSet::new();
    let mut options = Vec::new();
    for (n, option) in raw.into_iter().enumerate() {
        let option_span = option.span();
        let option = option.into_inner();
        let Some(id) = option.id else {
            problems.push(at.at(
                option_span,
                format!("option {} of question `{qid}` has no `id`", n + 1),
            ));
            continue;
        };
        let oid = id.get_ref().clone();
        if oid.is_empty() {
            problems.push(at.at(
                id.span(),
                format!("an option of question `{qid}` has an empty id"),
            ));
        }
        if !seen.insert(oid.clone()) {
            problems.push(at.at(
                id.span(),
                format!(
                    "option `{oid}` appears twice in question `{qid}`: give each option its own id"
                ),
            ));
        }
        let label = option.label.unwrap_or_else(|| {
            problems.push(at.at(
                id.span(),
                format!("option `{oid}` of question `{qid}` has no `label`"),
            ));
            String::new()
        });
        let weights = match option.weights {
            Some(w) => build_weights(
                at,
                &format!("option `{oid}` of question `{qid}`"),
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
    owner: &str,
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
            format!(
                "{owner} has a weight for `{dimension}`, which is not a declared dimension (declared: {})",
                dimension_ids.join(", ")
            )
        },
        |dimension, value| {
            format!(
                "{owner} has weight {value} for `{dimension}`; a weight must be a number from -{MAX_WEIGHT} to {MAX_WEIGHT}"
            )
        },
        problems,
    );
    for (index, _, value) in good {
        weights[index] = value;
    }
    weights
}
