//! `careerfit score`: score one answers file as text or as the contract's JSON.

use std::path::Path;

use super::print::json_failure;
use super::{Cli, Failure, ScoreFormat, lang, load_content, load_content_in};
use crate::lang::{Said, Words};
use crate::scoring::{self, ScoreError};

pub use crate::summary::outcome_text;

/// JSON is for scripts: the base files' words in every language, so an
/// English and a Spanish run of the same answers print the same bytes.
/// Text and the reports are for people: in their language.
pub fn run(cli: &Cli, answers: &Path, format: ScoreFormat) -> Result<String, Failure> {
    let content = match format {
        ScoreFormat::Json => load_content(cli)?,
        _ => load_content_in(cli)?,
    };
    let words = Words::new(lang(cli));
    let sheet = content.read_answers(answers)?;
    let outcome = scoring::score(&content.quiz, &content.roles, &sheet).map_err(|e| {
        let why = match e {
            ScoreError::NothingMeasured => Said::new("cli-score-nothing-measured"),
            ScoreError::NoRoles => Said::new("cli-score-no-roles"),
        };
        Failure::Message(
            Said::new("cli-score-failed")
                .text("file", answers.display())
                .said("why", why),
        )
    })?;
    Ok(match format {
        ScoreFormat::Text => crate::summary::outcome_text_in(&words, &content.quiz, &outcome),
        ScoreFormat::Markdown => crate::report::markdown(&content, &outcome, None),
        ScoreFormat::Html => crate::report::html(&content, &outcome, None),
        ScoreFormat::Json => {
            let mut json = serde_json::to_string_pretty(&outcome).map_err(json_failure)?;
            json.push('\n');
            json
        }
    })
}
