//! `careerfit check`: validate a quiz and its roles, all problems at once,
//! then their translations (overlays, every language found): an overlay's
//! unknown ids, empty texts and keys only a base file may hold are errors;
//! a text not translated yet is a warning (shown, exit 0), like the notes
//! on the older (v1) form. With nothing to say about overlays the output is
//! what it was before there were any.

use super::{Cli, Failure, load_content};

pub fn run(cli: &Cli) -> Result<String, Failure> {
    let content = load_content(cli)?;
    let overlays =
        crate::content::overlay::check(&content, cli.quiz.as_deref(), cli.roles.as_deref());
    if !overlays.errors.is_empty() {
        return Err(Failure::Content(overlays.errors.into()));
    }
    let quiz = &content.quiz;
    let ids: Vec<&str> = content.roles.iter().map(|r| r.id.as_str()).collect();
    // Parts in the older (v1) role form still load; say what to write
    // instead, without failing the check. Untranslated texts likewise.
    let notes: String = content
        .roles
        .iter()
        .flat_map(|r| &r.facts.older_form)
        .chain(&crate::content::ContentError::from(overlays.warnings).problems)
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
