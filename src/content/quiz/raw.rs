//! A quiz file's shape as serde sees it: every key optional, so each
//! missing one can be named in words, and unknown keys reported.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

// Map keys cannot be `Spanned` through serde_ignored, so positions come
// from the values, which sit on the same line.
pub(super) type Weights = BTreeMap<String, Spanned<f64>>;

#[derive(Deserialize)]
pub(super) struct RawQuiz {
    pub(super) id: Option<Spanned<String>>,
    pub(super) title: Option<String>,
    pub(super) intro: Option<String>,
    pub(super) scale: Option<Spanned<RawScale>>,
    pub(super) scoring: Option<RawScoring>,
    #[serde(default)]
    pub(super) dimension: Vec<Spanned<RawDimension>>,
    #[serde(default)]
    pub(super) question: Vec<Spanned<RawQuestion>>,
}

#[derive(Deserialize)]
pub(super) struct RawScale {
    pub(super) labels: Option<Spanned<Vec<String>>>,
}

#[derive(Deserialize)]
pub(super) struct RawScoring {
    pub(super) close_call: Option<Spanned<f64>>,
    pub(super) flat: Option<Spanned<f64>>,
    pub(super) low_interest: Option<Spanned<f64>>,
    pub(super) min_answered: Option<Spanned<f64>>,
}

#[derive(Deserialize)]
pub(super) struct RawDimension {
    pub(super) id: Option<Spanned<String>>,
    pub(super) name: Option<String>,
    pub(super) description: Option<String>,
}

#[derive(Deserialize)]
pub(super) struct RawQuestion {
    pub(super) id: Option<Spanned<String>>,
    pub(super) kind: Option<Spanned<String>>,
    pub(super) text: Option<String>,
    pub(super) hint: Option<Spanned<String>>,
    pub(super) weights: Option<Spanned<Weights>>,
    pub(super) options: Option<Spanned<Vec<Spanned<RawOption>>>>,
}

#[derive(Deserialize)]
pub(super) struct RawOption {
    pub(super) id: Option<Spanned<String>>,
    pub(super) label: Option<String>,
    pub(super) weights: Option<Spanned<Weights>>,
}
