//! `careerfit score`: score one answers file as text or as the contract's JSON.

use std::path::Path;

use super::{Cli, Failure, ScoreFormat, load_content};
use crate::scoring;

pub use crate::summary::outcome_text;

pub fn run(cli: &Cli, answers: &Path, format: ScoreFormat) -> Result<String, Failure> {
    let content = load_content(cli)?;
    let sheet = content.read_answers(answers)?;
    let outcome = scoring::score(&content.quiz, &content.roles, &sheet)
        .map_err(|e| Failure::Message(format!("{}: {e}", answers.display())))?;
    Ok(match format {
        ScoreFormat::Text => outcome_text(&content.quiz, &outcome),
        ScoreFormat::Markdown => crate::report::markdown(&content, &outcome, None),
        ScoreFormat::Html => crate::report::html(&content, &outcome, None),
        ScoreFormat::Json => {
            let mut json = serde_json::to_string_pretty(&outcome)
                .map_err(|e| Failure::Message(format!("could not write JSON: {e}")))?;
            json.push('\n');
            json
        }
    })
}
