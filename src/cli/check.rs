//! `careerfit check`: validate a quiz and its roles, all problems at once,
//! then their translations (overlays, every language found): an overlay's
//! unknown ids, empty texts and keys only a base file may hold are errors;
//! a text not translated yet is a warning (shown, exit 0), like the notes
//! on the older (v1) form. With nothing to say about overlays the output is
//! what it was before there were any. Everything it says is in the
//! counselor's language (`--lang`, else the locale); the ids, keys and
//! file names in it are as the files write them.

use super::{Cli, Failure, load_content};
use crate::lang::{Said, Words};

pub fn run(cli: &Cli) -> Result<String, Failure> {
    let content = load_content(cli)?;
    let overlays =
        crate::content::overlay::check(&content, cli.quiz.as_deref(), cli.roles.as_deref());
    if !overlays.errors.is_empty() {
        return Err(Failure::Content(overlays.errors.into()));
    }
    let words = Words::new(super::lang(cli));
    let quiz = &content.quiz;
    let ids: Vec<&str> = content.roles.iter().map(|r| r.id.as_str()).collect();
    // Parts in the older (v1) role form still load; say what to write
    // instead, without failing the check. Untranslated texts likewise.
    let notes: String = content
        .roles
        .iter()
        .flat_map(|r| &r.facts.older_form)
        .chain(&crate::content::ContentError::from(overlays.warnings).problems)
        .map(|note| format!("{}\n", note.say(&words)))
        .collect();
    let summary = Said::new("content-check-ok")
        .text("quiz", &quiz.id)
        .number("questions", quiz.questions.len())
        .number("dimensions", quiz.dimensions.len())
        .number("roles", ids.len())
        .text("ids", ids.join(", "));
    Ok(notes + &summary.say(&words) + "\n")
}
