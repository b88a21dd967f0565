//! The quiz: its dimensions, its questions and how answers are weighted,
//! read from a quiz TOML file and checked against the contract.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;
use toml::Spanned;

use super::problem::{Locator, Problem};
use super::toml_file;

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
        let (raw, mut problems) = toml_file::read::<RawQuiz>(&at)?;
        let quiz = build(&at, raw, &mut problems);
        match quiz {
            Some(quiz) if problems.is_empty() => Ok(quiz),
            _ => Err(problems),
        }
    }

    /// The quiz's scoring identity: a stable hash of what decides a score
    /// (the quiz id, the flag thresholds, the dimension ids, each question's
    /// id and kind, its options' ids and every weight), written out as an
    /// explicit canonical form, so renaming a Rust field changes nothing.
    /// Words are left out ([`Quiz::text_hash`] covers them): a reworded or
    /// translated quiz is the same quiz. Saved progress, results and
    /// workshop records carry it as `quiz_hash`. Looks like `s1-` and 32 hex
    /// digits; older saves hold 16 hex digits (see [`Quiz::compare_saved`]).
    pub fn fingerprint(&self) -> String {
        let mut canon: Vec<String> = vec!["careerfit scoring identity 1".into(), self.id.clone()];
        let s = &self.settings;
        for (name, value) in [
            ("close_call", s.close_call),
            ("flat", s.flat),
            ("low_interest", s.low_interest),
            ("min_answered", s.min_answered),
        ] {
            canon.push(format!("{name}={}", number(value)));
        }
        for d in &self.dimensions {
            canon.push(format!("dimension {}", d.id));
        }
        let weights = |canon: &mut Vec<String>, weights: &[f64]| {
            for (d, w) in self.dimensions.iter().zip(weights) {
                // A weight of 0 is the same as none.
                if *w != 0.0 {
                    canon.push(format!("weight {} {}", d.id, number(*w)));
                }
            }
        };
        for q in &self.questions {
            match &q.kind {
                QuestionKind::Likert { weights: w } => {
                    canon.push(format!("likert {}", q.id));
                    weights(&mut canon, w);
                }
                QuestionKind::Choice { options } => {
                    canon.push(format!("choice {}", q.id));
                    for o in options {
                        canon.push(format!("option {}", o.id));
                        weights(&mut canon, &o.weights);
                    }
                }
            }
        }
        format!("{IDENTITY}{}", hash(&canon))
    }

    /// A stable hash of the quiz's words: title, intro, scale labels,
    /// dimension names and descriptions, question texts, hints and option
    /// labels. It tells "reworded" from "the same" when the scoring
    /// identity matches. Looks like `t1-` and 32 hex digits.
    pub fn text_hash(&self) -> String {
        let text = |t: &Option<String>| t.clone().unwrap_or_default();
        let mut canon: Vec<String> = vec![
            "careerfit quiz text 1".into(),
            self.title.clone(),
            text(&self.intro),
        ];
        canon.extend(self.scale.iter().cloned());
        for d in &self.dimensions {
            canon.extend([d.name.clone(), text(&d.description)]);
        }
        for q in &self.questions {
            canon.extend([q.text.clone(), text(&q.hint)]);
            if let QuestionKind::Choice { options } = &q.kind {
                canon.extend(options.iter().map(|o| o.label.clone()));
            }
        }
        format!("t1-{}", hash(&canon))
    }

    /// What a saved file's `quiz_hash` (and text hash, when it has one)
    /// says about this quiz.
    pub fn compare_saved(&self, quiz_hash: &str, text_hash: Option<&str>) -> Sameness {
        if !quiz_hash.starts_with(IDENTITY) {
            Sameness::Unknown
        } else if quiz_hash != self.fingerprint() {
            Sameness::Changed
        } else if text_hash.is_some_and(|t| t != self.text_hash()) {
            Sameness::Reworded
        } else {
            Sameness::Same
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

/// How a scoring identity starts; hashes saved before it (16 hex digits
/// of a hash of Rust's debug output) do not.
const IDENTITY: &str = "s1-";

/// A saved quiz hash against the quiz loaded now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sameness {
    /// The same scoring and, as far as is known, the same words.
    Same,
    /// The same scoring, other words (reworded or translated): the same quiz.
    Reworded,
    /// Ids, kinds, weights or thresholds differ.
    Changed,
    /// Saved by an older careerfit, whose hash cannot be compared: answers
    /// are matched by id, as always.
    Unknown,
}

/// A number in the canonical form: shortest digits that read back the
/// same, and no negative zero.
fn number(x: f64) -> String {
    if x == 0.0 { "0".into() } else { format!("{x}") }
}

fn hash(canon: &[String]) -> String {
    let parts: Vec<&[u8]> = canon.iter().map(|p| p.as_bytes()).collect();
    crate::digest::digest(&parts)
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

// Map keys cannot be `Spanned` through serde_ignored, so positions come
// from the values, which sit on the same line.
type Weights = BTreeMap<String, Spanned<f64>>;

#[derive(Deserialize)]
struct RawQuiz {
    id: Option<Spanned<String>>,
    title: Option<String>,
    intro: Option<String>,
    scale: Option<Spanned<RawScale>>,
    scoring: Option<RawScoring>,
    #[serde(default)]
    dimension: Vec<Spanned<RawDimension>>,
    #[serde(default)]
    question: Vec<Spanned<RawQuestion>>,
}

#[derive(Deserialize)]
struct RawScale {
    labels: Option<Spanned<Vec<String>>>,
}

#[derive(Deserialize)]
struct RawScoring {
    close_call: Option<Spanned<f64>>,
    flat: Option<Spanned<f64>>,
    low_interest: Option<Spanned<f64>>,
    min_answered: Option<Spanned<f64>>,
}

#[derive(Deserialize)]
struct RawDimension {
    id: Option<Spanned<String>>,
    name: Option<String>,
    description: Option<String>,
}

#[derive(Deserialize)]
struct RawQuestion {
    id: Option<Spanned<String>>,
    kind: Option<Spanned<String>>,
    text: Option<String>,
    hint: Option<Spanned<String>>,
    weights: Option<Spanned<Weights>>,
    options: Option<Spanned<Vec<Spanned<RawOption>>>>,
}

#[derive(Deserialize)]
struct RawOption {
    id: Option<Spanned<String>>,
    label: Option<String>,
    weights: Option<Spanned<Weights>>,
}

/// Is this a valid id: lowercase letters, digits and dashes.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn build(at: &Locator<'_>, raw: RawQuiz, problems: &mut Vec<Problem>) -> Option<Quiz> {
    let id = match raw.id {
        Some(id) => {
            if !is_valid_id(id.get_ref()) {
                problems.push(at.at(
                    id.span(),
                    format!(
                        "quiz id `{}` may only hold lowercase letters, digits and dashes, e.g. \"it-career\"",
                        id.get_ref()
                    ),
                ));
            }
            id.into_inner()
        }
        None => {
            problems.push(
                at.whole_file(
                    "the quiz has no `id`: add a line like id = \"it-career\" at the top",
                ),
            );
            String::new()
        }
    };
    let title = raw.title.unwrap_or_else(|| {
        problems.push(at.whole_file(
            "the quiz has no `title`: add a line like title = \"Which IT role fits you?\" at the top",
        ));
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
            problems.push(at.at(dimension_spans[index].clone(), format!(
                "dimension `{}` is not measured by any question: give at least one question a weight for it, e.g. weights = {{ {} = 2.0 }}",
                dimension.id, dimension.id
            )));
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
        problems.push(at.at(
            span,
            "[scale] has no `labels`: give five, from least to most liked",
        ));
        return default;
    };
    let labels_span = labels.span();
    match <[String; 5]>::try_from(labels.into_inner()) {
        Ok(labels) => labels,
        Err(labels) => {
            problems.push(at.at(
                labels_span,
                format!(
                    "[scale] labels has {} labels; it needs exactly 5, from least to most liked",
                    labels.len()
                ),
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
                problems.push(at.at(
                    value.span(),
                    format!("[scoring] {name} is {v}; it must be a number from 0 to {max}"),
                ));
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
        problems.push(at.whole_file(format!(
            "the quiz has {} [[dimension]] tables; it needs 2 to 8",
            raw.len()
        )));
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
                format!(
                    "dimension {} has no `id`: add one like id = \"hands_on\"",
                    n + 1
                ),
            ));
            continue;
        };
        let id_text = id.get_ref().clone();
        if id_text.is_empty() {
            problems.push(at.at(
                id.span(),
                "a dimension id is empty: give it a name like \"hands_on\"",
            ));
        }
        if !seen.insert(id_text.clone()) {
            problems.push(at.at(
                id.span(),
                format!("dimension `{id_text}` is declared twice: give each dimension its own id"),
            ));
            continue;
        }
        let name = dimension.name.unwrap_or_else(|| {
            problems.push(at.at(
                id.span(),
                format!(
                    "dimension `{id_text}` has no `name`: add one like name = \"Hands-on hardware\""
                ),
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

fn build_questions(
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
    for (dimension, weight) in raw.into_inner() {
        let value = *weight.get_ref();
        let Some(index) = dimension_ids.iter().position(|d| *d == dimension) else {
            problems.push(at.at(
                weight.span(),
                format!(
                    "{owner} has a weight for `{dimension}`, which is not a declared dimension (declared: {})",
                    dimension_ids.join(", ")
                ),
            ));
            continue;
        };
        if !value.is_finite() || value.abs() > MAX_WEIGHT {
            problems.push(at.at(
                weight.span(),
                format!(
                    "{owner} has weight {value} for `{dimension}`; a weight must be a number from -{MAX_WEIGHT} to {MAX_WEIGHT}"
                ),
            ));
            continue;
        }
        weights[index] = value;
    }
    weights
}
