//! A quiz file read into a [`Quiz`]: the top of the quiz, its scale, its
//! scoring thresholds and its dimensions checked (the questions in
//! `questions`).

use std::collections::HashSet;

use toml::Spanned;

use super::super::problem::{Locator, Problem};
use super::questions::build_questions;
use super::raw::{RawDimension, RawQuiz, RawScale, RawScoring};
use super::{
    DEFAULT_SCALE, Dimension, Question, QuestionKind, Quiz, ScoringSettings, TopOf, top_id,
};
use crate::lang::Said;

pub(super) fn build(at: &Locator<'_>, raw: RawQuiz, problems: &mut Vec<Problem>) -> Option<Quiz> {
    let id = top_id(at, raw.id, TopOf::Quiz, problems);
    let title = raw.title.unwrap_or_else(|| {
        problems.push(at.whole_file(Said::new("content-quiz-no-title")));
        String::new()
    });

    let scale = build_scale(at, raw.scale, problems);
    let settings = build_settings(at, raw.scoring, problems);
    let (dimensions, dimension_spans) = build_dimensions(at, raw.dimension, problems);
    let dimension_ids: Vec<&str> = dimensions.iter().map(|d| d.id.as_str()).collect();
    let questions: Vec<Question> = build_questions(at, raw.question, &dimension_ids, problems);

    for (index, dimension) in dimensions.iter().enumerate() {
        let measured = questions.iter().any(|q| match &q.kind {
            QuestionKind::Likert { weights } => weights[index] != 0.0,
            QuestionKind::Choice { options } => options
                .iter()
                .any(|o| o.weights[index] != options[0].weights[index]),
        });
        if !measured && !dimension.id.is_empty() {
            problems.push(at.at(
                dimension_spans[index].clone(),
                Said::new("content-dimension-unmeasured").text("dimension", &dimension.id),
            ));
        }
    }

    Some(Quiz {
        id,
        title,
        intro: raw.intro,
        scale,
        settings,
        dimensions,
        questions,
        translation: None,
    })
}

fn build_scale(
    at: &Locator<'_>,
    scale: Option<Spanned<RawScale>>,
    problems: &mut Vec<Problem>,
) -> [String; 5] {
    let default = DEFAULT_SCALE.map(String::from);
    let Some(scale) = scale else { return default };
    let span = scale.span();
    let Some(labels) = scale.into_inner().labels else {
        problems.push(at.at(span, Said::new("content-scale-no-labels")));
        return default;
    };
    let labels_span = labels.span();
    match <[String; 5]>::try_from(labels.into_inner()) {
        Ok(labels) => labels,
        Err(labels) => {
            problems.push(at.at(
                labels_span,
                Said::new("content-scale-labels-count").number("n", labels.len()),
            ));
            default
        }
    }
}

fn build_settings(
    at: &Locator<'_>,
    scoring: Option<RawScoring>,
    problems: &mut Vec<Problem>,
) -> ScoringSettings {
    let mut settings = ScoringSettings::default();
    let Some(scoring) = scoring else {
        return settings;
    };
    let mut take = |value: Option<Spanned<f64>>, name: &str, max: f64, slot: &mut f64| {
        if let Some(value) = value {
            let v = *value.get_ref();
            if v.is_finite() && (0.0..=max).contains(&v) {
                *slot = v;
            } else {
                problems.push(
                    at.at(
                        value.span(),
                        Said::new("content-scoring-out-of-range")
                            .text("key", name)
                            .text("value", v)
                            .text("max", max),
                    ),
                );
            }
        }
    };
    take(
        scoring.close_call,
        "close_call",
        100.0,
        &mut settings.close_call,
    );
    take(scoring.flat, "flat", 100.0, &mut settings.flat);
    take(
        scoring.low_interest,
        "low_interest",
        100.0,
        &mut settings.low_interest,
    );
    take(
        scoring.min_answered,
        "min_answered",
        1.0,
        &mut settings.min_answered,
    );
    settings
}

fn build_dimensions(
    at: &Locator<'_>,
    raw: Vec<Spanned<RawDimension>>,
    problems: &mut Vec<Problem>,
) -> (Vec<Dimension>, Vec<std::ops::Range<usize>>) {
    if raw.len() < 2 || raw.len() > 8 {
        problems.push(at.whole_file(Said::new("content-dimension-count").number("n", raw.len())));
    }
    let mut seen = HashSet::new();
    let mut dimensions = Vec::new();
    let mut spans = Vec::new();
    for (n, dimension) in raw.into_iter().enumerate() {
        let span = dimension.span();
        let dimension = dimension.into_inner();
        let Some(id) = dimension.id else {
            problems.push(at.at(
                span,
                Said::new("content-dimension-no-id").number("n", n + 1),
            ));
            continue;
        };
        let id_text = id.get_ref().clone();
        if id_text.is_empty() {
            problems.push(at.at(id.span(), Said::new("content-dimension-empty-id")));
        }
        if !seen.insert(id_text.clone()) {
            problems.push(at.at(
                id.span(),
                Said::new("content-dimension-twice").text("dimension", &id_text),
            ));
            continue;
        }
        let name = dimension.name.unwrap_or_else(|| {
            problems.push(at.at(
                id.span(),
                Said::new("content-dimension-no-name").text("dimension", &id_text),
            ));
            String::new()
        });
        spans.push(id.span());
        dimensions.push(Dimension {
            id: id_text,
            name,
            description: dimension.description,
        });
    }
    (dimensions, spans)
}
