//! `careerfit score`: score one answers file as text or as the contract's JSON.

use std::path::Path;

use super::{Cli, Failure, ScoreFormat, lang, load_content, load_content_in};
use crate::lang::Words;
use crate::scoring;

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
    let outcome = scoring::score(&content.quiz, &content.roles, &sheet)
        .map_err(|e| Failure::Message(format!("{}: {e}", answers.display()).into()))?;
    Ok(match format {
        ScoreFormat::Text => crate::summary::outcome_text_in(&words, &content.quiz, &outcome),
        ScoreFormat::Markdown => crate::report::markdown(&content, &outcome, None),
        ScoreFormat::Html => crate::report::html(&content, &outcome, None),
        ScoreFormat::Json => {
            let mut json = serde_json::to_string_pretty(&outcome)
                .map_err(|e| Failure::Message(format!("could not write JSON: {e}").into()))?;
            json.push('\n');
            json
        }
    })
}
