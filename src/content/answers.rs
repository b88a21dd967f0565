//! A person's answers to one quiz: held in quiz order, read from and written
//! to the answers TOML format of the contract.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::problem::{Locator, Problem};
use super::quiz::{Question, QuestionKind, Quiz};
use crate::lang::Said;

/// One answer to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    /// A point on the 1..5 scale.
    Likert(u8),
    /// The 0-based index of the chosen option.
    Choice(usize),
}

impl Answer {
    /// The words the person picked: a scale label or an option label.
    pub fn label<'q>(&self, quiz: &'q Quiz, question: &'q Question) -> &'q str {
        match (self, &question.kind) {
            (Answer::Likert(a), _) => quiz.scale[usize::from(a.clamp(&1, &5) - 1)].as_str(),
            (Answer::Choice(i), QuestionKind::Choice { options }) => {
                options.get(*i).map_or("", |o| o.label.as_str())
            }
            (Answer::Choice(_), QuestionKind::Likert { .. }) => "",
        }
    }

    /// Does this answer fit this question (in range, of the right kind)?
    pub fn fits(&self, question: &Question) -> bool {
        match (self, &question.kind) {
            (Answer::Likert(a), QuestionKind::Likert { .. }) => (1..=5).contains(a),
            (Answer::Choice(i), QuestionKind::Choice { options }) => *i < options.len(),
            _ => false,
        }
    }
}

/// One answer as saved: a scale point, or a choice by its option id (ids
/// survive a quiz whose options were reordered).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum SavedAnswer {
    Scale(u8),
    Option(String),
}

/// Answers in quiz order; `None` is a question not answered (or skipped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerSheet {
    answers: Vec<Option<Answer>>,
}

impl AnswerSheet {
    /// An empty sheet for a quiz.
    pub fn new(quiz: &Quiz) -> Self {
        AnswerSheet {
            answers: vec![None; quiz.questions.len()],
        }
    }

    /// A sheet from answers already in quiz order.
    pub fn from_answers(answers: Vec<Option<Answer>>) -> Self {
        AnswerSheet { answers }
    }

    pub fn get(&self, question: usize) -> Option<Answer> {
        self.answers.get(question).copied().flatten()
    }

    pub fn set(&mut self, question: usize, answer: Option<Answer>) {
        if let Some(slot) = self.answers.get_mut(question) {
            *slot = answer;
        }
    }

    pub fn as_slice(&self) -> &[Option<Answer>] {
        &self.answers
    }

    pub fn len(&self) -> usize {
        self.answers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.answers.is_empty()
    }

    /// How many questions have an answer.
    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    /// Reads an answers file for `quiz`, reporting every bad answer.
    pub fn from_toml(file: &str, text: &str, quiz: &Quiz) -> Result<AnswerSheet, Vec<Problem>> {
        let at = Locator::new(file, text);
        let (raw, mut problems) = super::toml_file::read::<RawAnswers>(&at)?;
        if let Some(id) = &raw.quiz
            && id.get_ref() != &quiz.id
        {
            problems.push(
                at.at(
                    id.span(),
                    Said::new("content-answers-other-quiz")
                        .text("theirs", id.get_ref())
                        .text("quiz", &quiz.id),
                ),
            );
        }
        let mut sheet = AnswerSheet::new(quiz);
        for (question_id, value) in raw.answers.unwrap_or_default() {
            let qid = &question_id;
            let Some(index) = quiz.question_index(qid) else {
                problems.push(
                    at.at(
                        value.span(),
                        Said::new("content-answers-unknown-question")
                            .text("question", qid)
                            .text("quiz", &quiz.id),
                    ),
                );
                continue;
            };
            match parse_answer(&quiz.questions[index], value.get_ref()) {
                Ok(answer) => sheet.set(index, Some(answer)),
                Err(message) => problems.push(
                    at.at(
                        value.span(),
                        Said::new("content-answers-bad-answer")
                            .text("question", qid)
                            .said("why", message),
                    ),
                ),
            }
        }
        if problems.is_empty() {
            Ok(sheet)
        } else {
            Err(problems)
        }
    }

    /// The answers by question id, for saving.
    pub fn to_saved(&self, quiz: &Quiz) -> BTreeMap<String, SavedAnswer> {
        let mut saved = BTreeMap::new();
        for (question, answer) in quiz.questions.iter().zip(&self.answers) {
            let value = match (answer, &question.kind) {
                (Some(Answer::Likert(a)), _) => SavedAnswer::Scale(*a),
                (Some(Answer::Choice(i)), QuestionKind::Choice { options }) => {
                    match options.get(*i) {
                        Some(option) => SavedAnswer::Option(option.id.clone()),
                        None => continue,
                    }
                }
                _ => continue,
            };
            saved.insert(question.id.clone(), value);
        }
        saved
    }

    /// Saved answers back on a quiz: those whose question (and option)
    /// still exist are kept; the number dropped is returned too.
    pub fn from_saved(saved: &BTreeMap<String, SavedAnswer>, quiz: &Quiz) -> (AnswerSheet, usize) {
        let mut sheet = AnswerSheet::new(quiz);
        let mut dropped = 0;
        // Looked up once, not question by question: a quiz of many
        // questions resumes in linear time.
        let index_of: std::collections::HashMap<&str, usize> = quiz
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| (q.id.as_str(), i))
            .collect();
        for (id, value) in saved {
            let Some(&index) = index_of.get(id.as_str()) else {
                dropped += 1;
                continue;
            };
            let question = &quiz.questions[index];
            let answer = match (value, &question.kind) {
                (SavedAnswer::Scale(a), _) => Some(Answer::Likert(*a)),
                (SavedAnswer::Option(oid), QuestionKind::Choice { options }) => options
                    .iter()
                    .position(|o| &o.id == oid)
                    .map(Answer::Choice),
                (SavedAnswer::Option(_), QuestionKind::Likert { .. }) => None,
            };
            match answer.filter(|a| a.fits(question)) {
                Some(answer) => sheet.set(index, Some(answer)),
                None => dropped += 1,
            }
        }
        (sheet, dropped)
    }

    /// Writes the sheet in the answers file format (choices by option id).
    pub fn to_toml(&self, quiz: &Quiz) -> String {
        let mut out = format!("quiz = {}\n\n[answers]\n", toml_string(&quiz.id));
        for (question, answer) in quiz.questions.iter().zip(&self.answers) {
            let value = match (answer, &question.kind) {
                (Some(Answer::Likert(a)), _) => a.to_string(),
                (Some(Answer::Choice(i)), QuestionKind::Choice { options }) => {
                    match options.get(*i) {
                        Some(option) => toml_string(&option.id),
                        None => continue,
                    }
                }
                _ => continue,
            };
            out.push_str(&format!("{} = {value}\n", toml_key(&question.id)));
        }
        out
    }
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn toml_key(key: &str) -> String {
    if super::quiz::is_valid_id(key) {
        key.to_string()
    } else {
        toml_string(key)
    }
}

#[derive(Deserialize)]
struct RawAnswers {
    quiz: Option<Spanned<String>>,
    answers: Option<BTreeMap<String, Spanned<toml::Value>>>,
}

fn parse_answer(question: &Question, value: &toml::Value) -> Result<Answer, Said> {
    match (&question.kind, value) {
        (QuestionKind::Likert { .. }, toml::Value::Integer(a)) => match u8::try_from(*a) {
            Ok(a) if (1..=5).contains(&a) => Ok(Answer::Likert(a)),
            _ => Err(Said::new("content-answers-scale").said("answer", describe(value))),
        },
        (QuestionKind::Likert { .. }, other) => {
            Err(Said::new("content-answers-scale").said("answer", describe(other)))
        }
        (QuestionKind::Choice { options }, toml::Value::String(id)) => options
            .iter()
            .position(|o| &o.id == id)
            .map(Answer::Choice)
            .ok_or_else(|| {
                Said::new("content-answers-unknown-option")
                    .text("answer", id)
                    .text(
                        "options",
                        options
                            .iter()
                            .map(|o| format!("\"{}\"", o.id))
                            .collect::<Vec<_>>()
                            .join(", "),
                    )
                    .number("n", options.len())
            }),
        (QuestionKind::Choice { options }, toml::Value::Integer(n)) => match usize::try_from(*n) {
            Ok(n) if (1..=options.len()).contains(&n) => Ok(Answer::Choice(n - 1)),
            _ => Err(Said::new("content-answers-position")
                .text("answer", n)
                .number("n", options.len())),
        },
        (QuestionKind::Choice { options }, other) => Err(Said::new("content-answers-choice")
            .said("answer", describe(other))
            .number("n", options.len())),
    }
}

/// An answer as the file wrote it, in words ("the text \"5\"").
fn describe(value: &toml::Value) -> Said {
    match value {
        toml::Value::String(s) => Said::new("content-value-text").text("value", s),
        toml::Value::Float(f) => Said::new("content-value-decimal").text("value", f),
        toml::Value::Boolean(b) => Said::new("content-value-as-is").text("value", b),
        toml::Value::Array(_) => Said::new("content-value-list"),
        toml::Value::Table(_) => Said::new("content-value-table"),
        toml::Value::Datetime(d) => Said::new("content-value-date").text("value", d),
        toml::Value::Integer(i) => Said::new("content-value-as-is").text("value", i),
    }
}
