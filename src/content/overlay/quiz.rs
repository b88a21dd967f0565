//! A quiz overlay (`quizzes/it-career.es.toml`) laid over its quiz: the
//! title, intro, scale labels, dimension names and descriptions, question
//! texts, hints and option labels, each by the id the base file gives it.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::super::quiz::{QuestionKind, Quiz};
use super::texts::{BaseOnly, Lay, Text, Texts};
use super::{Findings, OverlayFile};

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
    lay.base_only(raw.id, "id", "the quiz's id");
    lay.base_only(raw.scoring, "scoring", "the scoring thresholds");
    lay.text(
        &mut quiz.title,
        raw.title,
        None,
        "the quiz's `title`",
        "title = \"...\" at the top",
        &["\ntitle ="],
    );
    lay.optional(
        &mut quiz.intro,
        raw.intro,
        None,
        "the quiz's `intro`",
        "intro = \"...\" at the top",
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
        "the scale's `labels`",
        "labels = [ five labels ] under [scale]",
        &["labels ="],
    );

    let mut dimensions = raw.dimension;
    for d in &mut quiz.dimensions {
        let given = dimensions.remove(&d.id);
        let owner = given.as_ref().map(Spanned::span);
        let (name, description) = match given {
            Some(given) => {
                let given = given.into_inner();
                lay.base_only(
                    given.id,
                    "id",
                    "the dimension's id (it is the table's name)",
                );
                (given.name, given.description)
            }
            None => (None, None),
        };
        let needle = format!("id = \"{}\"", d.id);
        let what = format!("dimension `{}`", d.id);
        lay.text(
            &mut d.name,
            name,
            owner.clone(),
            &format!("the `name` of {what}"),
            &format!("name = \"...\" under [dimension.{}]", d.id),
            &[&needle],
        );
        lay.optional(
            &mut d.description,
            description,
            owner,
            &format!("the `description` of {what}"),
            &format!("description = \"...\" under [dimension.{}]", d.id),
            &[&needle],
        );
    }
    for (id, given) in dimensions {
        let known: Vec<&str> = quiz.dimensions.iter().map(|d| d.id.as_str()).collect();
        lay.error(
            given.span(),
            format!(
                "dimension `{id}` is not in the base file ({base_name}; its dimensions: {}): \
                 check the id's spelling, or remove this table",
                known.join(", ")
            ),
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
                lay.base_only(given.id, "id", "the question's id (it is the table's name)");
                lay.base_only(given.kind, "kind", "the question's kind");
                lay.base_only(given.weights, "weights", "a question's weights");
                (given.text, given.hint, given.options)
            }
            None => (None, None, BTreeMap::new()),
        };
        let what = format!("question `{}`", q.id);
        let table = format!("[question.{}]", q.id);
        lay.text(
            &mut q.text,
            text,
            owner.clone(),
            &format!("the `text` of {what}"),
            &format!("text = \"...\" under {table}"),
            &[&needle],
        );
        lay.optional(
            &mut q.hint,
            hint,
            owner.clone(),
            &format!("the `hint` of {what}"),
            &format!("hint = \"...\" under {table}"),
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
                    &format!("the label of option `{}` of {what}", o.id),
                    &format!("options.{} = \"...\" under {table}", o.id),
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
                format!(
                    "{what} is answered on the scale and has no options in the base file \
                     ({base_name}): remove `options.{id}`"
                )
            } else {
                format!(
                    "option `{id}` is not an option of {what} in the base file ({base_name}; \
                     its options: {}): check the id's spelling, or remove this line",
                    known.join(", ")
                )
            };
            lay.error(label.span(), message);
        }
    }
    for (id, given) in questions {
        lay.error(
            given.span(),
            format!(
                "question `{id}` is not in the base file ({base_name}): check the id's spelling, \
                 or remove this table"
            ),
        );
    }
    lay.findings
}
