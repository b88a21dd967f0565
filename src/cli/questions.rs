//! `careerfit questions [--format text|json|csv]`: the question ids an
//! answers file or a responses spreadsheet needs, so a counselor can write
//! one without reading the quiz file. Text for people (id, kind, question,
//! options with their ids), JSON for programs, and CSV: the header row of
//! a responses spreadsheet that `score --answers-csv` reads.

use serde::Serialize;

use super::print::json_failure;
use super::{Cli, Failure, QuestionsFormat, load_content, load_content_in, words};
use crate::content::{QuestionKind, Quiz};
use crate::lang::{Said, Words};
use crate::summary::hint_text_in;
use crate::workshop::batch::PARTICIPANT;

/// Text is for people: the quiz's words and careerfit's in their
/// language (the ids are the same in every language). JSON and CSV are for
/// programs: the base files' words.
pub fn run(cli: &Cli, format: QuestionsFormat) -> Result<String, Failure> {
    let content = match format {
        QuestionsFormat::Text => load_content_in(cli)?,
        _ => load_content(cli)?,
    };
    let quiz = &content.quiz;
    match format {
        QuestionsFormat::Text => Ok(text(&words(cli), quiz)),
        QuestionsFormat::Json => serde_json::to_string_pretty(&json(quiz))
            .map(|s| s + "\n")
            .map_err(json_failure),
        QuestionsFormat::Csv => csv_header(quiz),
    }
}

/// Every question with its id, kind and answers, for a person.
fn text(words: &Words, quiz: &Quiz) -> String {
    let scale = quiz
        .scale
        .iter()
        .enumerate()
        .map(|(i, label)| format!("{} {label}", i + 1))
        .collect::<Vec<_>>()
        .join(", ");
    let heading = words.args(
        "cli-questions-of-quiz",
        &[
            ("n", quiz.questions.len().into()),
            ("id", quiz.id.as_str().into()),
            ("title", quiz.title.as_str().into()),
        ],
    );
    let how = words.args("cli-questions-how", &[("scale", scale.into())]);
    let mut out = format!("{heading}\n{how}\n");
    for (n, question) in quiz.questions.iter().enumerate() {
        let kind = match &question.kind {
            QuestionKind::Likert { .. } => words.get("cli-questions-likert"),
            QuestionKind::Choice { .. } => words.get("cli-questions-choice"),
        };
        out.push_str(&format!(
            "\n{}. {} ({kind})\n   {}\n",
            n + 1,
            question.id,
            question.text
        ));
        if let Some(hint) = &question.hint {
            out.push_str(&format!("   {}\n", hint_text_in(words, hint)));
        }
        if let QuestionKind::Choice { options } = &question.kind {
            for (i, option) in options.iter().enumerate() {
                out.push_str(&format!("   {}. {}: {}\n", i + 1, option.id, option.label));
            }
        }
    }
    out.push_str(&format!(
        "\n{}\n\n  quiz = \"{}\"\n  [answers]\n",
        words.get("cli-questions-example"),
        quiz.id
    ));
    let likert = quiz
        .questions
        .iter()
        .find(|q| matches!(q.kind, QuestionKind::Likert { .. }));
    if let Some(question) = likert {
        out.push_str(&format!("  {} = 4\n", question.id));
    }
    let choice = quiz.questions.iter().find_map(|q| match &q.kind {
        QuestionKind::Choice { options } => options.first().map(|o| (q, o)),
        QuestionKind::Likert { .. } => None,
    });
    if let Some((question, option)) = choice {
        out.push_str(&format!("  {} = \"{}\"\n", question.id, option.id));
    }
    out.push_str(&format!("\n{}\n", words.get("cli-questions-spreadsheet")));
    out
}

/// One question as `questions --format json` shows it.
#[derive(Serialize)]
struct QuestionItem<'a> {
    id: &'a str,
    kind: &'static str,
    text: &'a str,
    hint: Option<&'a str>,
    /// The scale's five labels, answered 1..5 (a likert question).
    #[serde(skip_serializing_if = "Option::is_none")]
    scale: Option<&'a [String; 5]>,
    /// The options, answered by id or 1-based position (a choice question).
    #[serde(skip_serializing_if = "Option::is_none")]
    options: Option<Vec<OptionItem<'a>>>,
}

#[derive(Serialize)]
struct OptionItem<'a> {
    id: &'a str,
    label: &'a str,
}

/// An array of the questions, in quiz order.
fn json(quiz: &Quiz) -> Vec<QuestionItem<'_>> {
    quiz.questions
        .iter()
        .map(|question| {
            let (kind, scale, options) = match &question.kind {
                QuestionKind::Likert { .. } => ("likert", Some(&quiz.scale), None),
                QuestionKind::Choice { options } => (
                    "choice",
                    None,
                    Some(
                        options
                            .iter()
                            .map(|o| OptionItem {
                                id: &o.id,
                                label: &o.label,
                            })
                            .collect(),
                    ),
                ),
            };
            QuestionItem {
                id: &question.id,
                kind,
                text: &question.text,
                hint: question.hint.as_deref(),
                scale,
                options,
            }
        })
        .collect()
}

/// The header row of a responses spreadsheet: `participant`, then every
/// question id in quiz order.
fn csv_header(quiz: &Quiz) -> Result<String, Failure> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let header = std::iter::once(PARTICIPANT).chain(quiz.questions.iter().map(|q| q.id.as_str()));
    let written = writer
        .write_record(header)
        .and_then(|()| writer.into_inner().map_err(|e| e.into_error().into()));
    match written {
        Ok(bytes) => Ok(String::from_utf8_lossy(&bytes).into_owned()),
        Err(e) => Err(Failure::Message(Said::new("cli-csv-failed").text("why", e))),
    }
}
