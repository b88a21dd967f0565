//! A quiz overlay (`quizzes/it-career.es.toml`) laid over its quiz: the
//! title, intro, scale labels, dimension names and descriptions, question
//! texts, hints and option labels, each by the id the base file gives it.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::super::quiz::{QuestionKind, Quiz};
use super::texts::{BaseOnly, Lay, Text, Texts};
use super::{Findings, OverlayFile};
use crate::lang::Said;

#[derive(Deserialize)]
struct RawQuizText {
    title: Text,
    intro: Text,
    scale: Option<Spanned<RawScaleText>>,
    #[serde(default)]
    dimension: BTreeMap<String, Spanned<RawDimensionText>>,
    #[serde(default)]
    question: BTreeMap<String, Spanned<RawQuestionText>>,
    // Only the base file holds these; read to say so at their line.
    id: BaseOnly,
    scoring: BaseOnly,
}

#[derive(Deserialize)]
struct RawScaleText {
    labels: Texts,
}

#[derive(Deserialize)]
struct RawDimensionText {
    name: Text,
    description: Text,
    id: BaseOnly,
}

#[derive(Deserialize)]
struct RawQuestionText {
    text: Text,
    hint: Text,
    #[serde(default)]
    options: BTreeMap<String, Spanned<String>>,
    id: BaseOnly,
    kind: BaseOnly,
    weights: BaseOnly,
}

/// Lays `file` over `quiz` (read from `base_name`, whose text is `base`).
pub(super) fn lay(quiz: &mut Quiz, file: &OverlayFile, base_name: &str, base: &str) -> Findings {
    let mut lay = Lay::new(file, base_name, base);
    let Some(raw) = lay.read::<RawQuizText>() else {
        return lay.findings;
    };
    lay.base_only(raw.id, "id", Said::new("content-base-only-quiz-id"));
    lay.base_only(
        raw.scoring,
        "scoring",
        Said::new("content-base-only-scoring"),
    );
    lay.text(
        &mut quiz.title,
        raw.title,
        None,
        Said::new("content-what-quiz-key").text("key", "title"),
        Said::new("content-add-at-top").text("line", "title = \"...\""),
        &["\ntitle ="],
    );
    lay.optional(
        &mut quiz.intro,
        raw.intro,
        None,
        Said::new("content-what-quiz-key").text("key", "intro"),
        Said::new("content-add-at-top").text("line", "intro = \"...\""),
        &["\nintro ="],
    );
    let (scale_span, labels) = match raw.scale {
        Some(scale) => (Some(scale.span()), scale.into_inner().labels),
        None => (None, None),
    };
    lay.list(
        &mut quiz.scale,
        labels,
        scale_span,
        Said::new("content-what-scale-labels"),
        Said::new("content-add-scale-labels"),
        &["labels ="],
    );

    let mut dimensions = raw.dimension;
    for d in &mut quiz.dimensions {
        let given = dimensions.remove(&d.id);
        let owner = given.as_ref().map(Spanned::span);
        let (name, description) = match given {
            Some(given) => {
                let given = given.into_inner();
                lay.base_only(given.id, "id", Said::new("content-base-only-dimension-id"));
                (given.name, given.description)
            }
            None => (None, None),
        };
        let needle = format!("id = \"{}\"", d.id);
        let what = |key: &str| {
            Said::new("content-what-key-of").text("key", key).said(
                "owner",
                Said::new("content-owner-dimension").text("dimension", &d.id),
            )
        };
        let add = |key: &str| {
            Said::new("content-add-under")
                .text("line", format!("{key} = \"...\""))
                .text("table", format!("[dimension.{}]", d.id))
        };
        lay.text(
            &mut d.name,
            name,
            owner.clone(),
            what("name"),
            add("name"),
            &[&needle],
        );
        lay.optional(
            &mut d.description,
            description,
            owner,
            what("description"),
            add("description"),
            &[&needle],
        );
    }
    for (id, given) in dimensions {
        let known: Vec<&str> = quiz.dimensions.iter().map(|d| d.id.as_str()).collect();
        lay.error(
            given.span(),
            Said::new("content-overlay-unknown-dimension")
                .text("dimension", id)
                .text("base", base_name)
                .text("known", known.join(", ")),
        );
    }

    let mut questions = raw.question;
    for q in &mut quiz.questions {
        let given = questions.remove(&q.id);
        let owner = given.as_ref().map(Spanned::span);
        let needle = format!("id = \"{}\"", q.id);
        let (text, hint, mut options) = match given {
            Some(given) => {
                let given = given.into_inner();
                lay.base_only(given.id, "id", Said::new("content-base-only-question-id"));
                lay.base_only(
                    given.kind,
                    "kind",
                    Said::new("content-base-only-question-kind"),
                );
                lay.base_only(
                    given.weights,
                    "weights",
                    Said::new("content-base-only-weights"),
                );
                (given.text, given.hint, given.options)
            }
            None => (None, None, BTreeMap::new()),
        };
        let question = Said::new("content-owner-question").text("question", &q.id);
        let table = format!("[question.{}]", q.id);
        let what = |key: &str| {
            Said::new("content-what-key-of")
                .text("key", key)
                .said("owner", question.clone())
        };
        let add = |line: String| {
            Said::new("content-add-under")
                .text("line", line)
                .text("table", &table)
        };
        lay.text(
            &mut q.text,
            text,
            owner.clone(),
            what("text"),
            add("text = \"...\"".to_string()),
            &[&needle],
        );
        lay.optional(
            &mut q.hint,
            hint,
            owner.clone(),
            what("hint"),
            add("hint = \"...\"".to_string()),
            &[&needle],
        );
        if let QuestionKind::Choice { options: base } = &mut q.kind {
            for o in base.iter_mut() {
                let label = options.remove(&o.id);
                let option_needle = format!("id = \"{}\"", o.id);
                lay.text(
                    &mut o.label,
                    label,
                    owner.clone(),
                    Said::new("content-what-option-label")
                        .text("option", &o.id)
                        .said("owner", question.clone()),
                    add(format!("options.{} = \"...\"", o.id)),
                    &[&needle, &option_needle],
                );
            }
        }
        for (id, label) in options {
            let known: Vec<String> = match &q.kind {
                QuestionKind::Choice { options } => options.iter().map(|o| o.id.clone()).collect(),
                QuestionKind::Likert { .. } => Vec::new(),
            };
            let message = if known.is_empty() {
                Said::new("content-overlay-likert-options")
                    .text("question", &q.id)
                    .text("base", base_name)
                    .text("option", id)
            } else {
                Said::new("content-overlay-unknown-option")
                    .text("option", id)
                    .text("question", &q.id)
                    .text("base", base_name)
                    .text("known", known.join(", "))
            };
            lay.error(label.span(), message);
        }
    }
    for (id, given) in questions {
        lay.error(
            given.span(),
            Said::new("content-overlay-unknown-question")
                .text("question", id)
                .text("base", base_name),
        );
    }
    lay.findings
}
