//! The quiz: its dimensions, its questions and how answers are weighted,
//! read from a quiz TOML file and checked against the contract.
//!
//! The types live here; `raw` is the file's shape as serde reads it,
//! `read` checks the quiz's top, scale, thresholds and dimensions,
//! `questions` each question and its options, and `identity` hashes what
//! decides a score and what is worded.

mod identity;
mod questions;
mod raw;
mod read;

use toml::Spanned;

use super::problem::{Locator, Problem};
use super::toml_file;
use crate::lang::Said;

pub use identity::Sameness;

/// The five labels of the Likert scale when a quiz gives none.
pub const DEFAULT_SCALE: [&str; 5] = [
    "Strongly dislike",
    "Dislike",
    "Not sure",
    "Like",
    "Strongly like",
];

/// The largest weight a question may give a dimension, either way.
pub const MAX_WEIGHT: f64 = 10.0;

/// A validated quiz. Weights are held per dimension, in quiz order.
#[derive(Debug, Clone, PartialEq)]
pub struct Quiz {
    pub id: String,
    pub title: String,
    pub intro: Option<String>,
    /// Labels of the answers 1..5.
    pub scale: [String; 5],
    pub settings: ScoringSettings,
    pub dimensions: Vec<Dimension>,
    pub questions: Vec<Question>,
    /// The language its words were loaded in ([`super::Content::load_in`]);
    /// None: the base file's own words, as they are.
    pub translation: Option<Translation>,
}

/// A quiz loaded in a language: which one, and the base file's
/// [`Quiz::text_hash`] (a translation is not a reworded quiz).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    /// The language's tag (`es`).
    pub lang: String,
    pub base_text_hash: String,
}

/// The thresholds of the four flags.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScoringSettings {
    pub close_call: f64,
    pub flat: f64,
    /// Every measured dimension score below this: low interest.
    pub low_interest: f64,
    pub min_answered: f64,
}

impl Default for ScoringSettings {
    fn default() -> Self {
        ScoringSettings {
            close_call: 3.0,
            flat: 15.0,
            low_interest: 40.0,
            min_answered: 0.5,
        }
    }
}

/// One area of interest the quiz measures, e.g. "Hands-on hardware".
#[derive(Debug, Clone, PartialEq)]
pub struct Dimension {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: String,
    pub text: String,
    /// Plain words for a term in the question, shown under it.
    pub hint: Option<String>,
    pub kind: QuestionKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum QuestionKind {
    /// Answered 1..5; one weight per dimension (0 where the question has none).
    Likert { weights: Vec<f64> },
    /// Pick one option.
    Choice { options: Vec<ChoiceOption> },
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceOption {
    pub id: String,
    pub label: String,
    /// One weight per dimension (0 where the option has none).
    pub weights: Vec<f64>,
}

impl Quiz {
    /// Reads and validates a quiz file. `file` is the name used in errors.
    pub fn from_toml(file: &str, text: &str) -> Result<Quiz, Vec<Problem>> {
        let at = Locator::new(file, text);
        let (raw, mut problems) = toml_file::read::<raw::RawQuiz>(&at)?;
        let quiz = read::build(&at, raw, &mut problems);
        match quiz {
            Some(quiz) if problems.is_empty() => Ok(quiz),
            _ => Err(problems),
        }
    }

    /// The index of a dimension by id.
    pub fn dimension_index(&self, id: &str) -> Option<usize> {
        self.dimensions.iter().position(|d| d.id == id)
    }

    /// The index of a question by id.
    pub fn question_index(&self, id: &str) -> Option<usize> {
        self.questions.iter().position(|q| q.id == id)
    }
}

impl Question {
    /// How many answers the question offers: 5 on the scale, or its options.
    pub fn answer_count(&self) -> usize {
        match &self.kind {
            QuestionKind::Likert { .. } => 5,
            QuestionKind::Choice { options } => options.len(),
        }
    }
}

/// Is this a valid id: lowercase letters, digits and dashes.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Which file's top `id` [`top_id`] checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TopOf {
    Quiz,
    Role,
}

/// The `id` at the top of a quiz or role file, checked: a problem naming
/// the line when it holds more than lowercase letters, digits and dashes,
/// and one for the whole file when it is missing (each message shows an
/// id to copy).
pub(super) fn top_id(
    at: &Locator<'_>,
    id: Option<Spanned<String>>,
    of: TopOf,
    problems: &mut Vec<Problem>,
) -> String {
    let Some(id) = id else {
        problems.push(at.whole_file(match of {
            TopOf::Quiz => Said::new("content-quiz-no-id"),
            TopOf::Role => Said::new("content-role-no-id"),
        }));
        return String::new();
    };
    if !is_valid_id(id.get_ref()) {
        let message = match of {
            TopOf::Quiz => Said::new("content-quiz-bad-id"),
            TopOf::Role => Said::new("content-role-bad-id"),
        };
        problems.push(at.at(id.span(), message.text("id", id.get_ref())));
    }
    id.into_inner()
}

/// Numbers keyed by dimension id (a question's weights, a role's profile),
/// checked: a key `index_of` does not know, or a number `fits` refuses, is
/// a problem at its line (worded by `unknown` and `refused`) and is left
/// out. The rest come back as (place in quiz order, id, number).
pub(super) fn by_dimension(
    at: &Locator<'_>,
    numbers: std::collections::BTreeMap<String, Spanned<f64>>,
    index_of: impl Fn(&str) -> Option<usize>,
    fits: impl Fn(f64) -> bool,
    unknown: impl Fn(&str) -> Said,
    refused: impl Fn(&str, f64) -> Said,
    problems: &mut Vec<Problem>,
) -> Vec<(usize, String, f64)> {
    let mut good = Vec::new();
    for (dimension, number) in numbers {
        let value = *number.get_ref();
        let Some(index) = index_of(&dimension) else {
            problems.push(at.at(number.span(), unknown(&dimension)));
            continue;
        };
        if !fits(value) {
            problems.push(at.at(number.span(), refused(&dimension, value)));
            continue;
        }
        good.push((index, dimension, value));
    }
    good
}
