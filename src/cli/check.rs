//! `careerfit check`: validate a quiz and its roles, all problems at once.

use super::{Cli, Failure, load_content};

pub fn run(cli: &Cli) -> Result<String, Failure> {
    let content = load_content(cli)?;
    let quiz = &content.quiz;
    let ids: Vec<&str> = content.roles.iter().map(|r| r.id.as_str()).collect();
    // Parts in the older (v1) role form still load; say what to write
    // instead, without failing the check.
    let notes: String = content
        .roles
        .iter()
        .flat_map(|r| &r.facts.older_form)
        .map(|note| format!("{note}\n"))
        .collect();
    Ok(notes
        + &format!(
            "ok: quiz {} ({} questions, {} dimensions) and {} role{} ({}) are valid\n",
            quiz.id,
            quiz.questions.len(),
            quiz.dimensions.len(),
            ids.len(),
            if ids.len() == 1 { "" } else { "s" },
            ids.join(", ")
        ))
}
