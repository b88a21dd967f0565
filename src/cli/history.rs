//! `careerfit history` (list saved results, or print one when there is no
//! terminal to reopen it in) and `careerfit forget` (remove what was saved).

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use super::{Cli, Failure, load_content};
use crate::store::{Store, clock, history};
use crate::summary::outcome_text;

/// The list, newest first, numbered from 1; or result `number` as text.
pub fn list(cli: &Cli, number: Option<usize>) -> Result<String, Failure> {
    let store = Store::open(cli.no_save);
    if !store.saves() {
        return Err(Failure::Message(
            "--no-save is on, so no history is read or kept".to_string(),
        ));
    }
    let (results, warnings) = history::list(&store);
    for warning in &warnings {
        eprintln!("warning: {warning}");
    }
    if let Some(n) = number {
        let (_, saved) = pick(&results, n)?;
        let content = load_content(cli)?;
        let mut out = format!("Taken {}\n", clock::readable(&saved.taken_at));
        out.push_str(&outcome_text(&content.quiz, &saved.outcome));
        return Ok(out);
    }
    if results.is_empty() {
        return Ok("No saved results yet. Take the quiz with `careerfit`.\n".to_string());
    }
    let mut out = String::from("Your saved results, newest first:\n");
    for (i, (_, saved)) in results.iter().enumerate() {
        let best = &saved.outcome.ranking[0];
        let lean = if saved.outcome.flat {
            format!("no clear lean (closest: {})", best.title)
        } else {
            format!("{} ({:.0}% fit)", best.title, best.fit)
        };
        out.push_str(&format!(
            "{:>3}. {}  {lean}  {} of {} answered\n",
            i + 1,
            clock::readable(&saved.taken_at),
            saved.outcome.answered,
            saved.outcome.total
        ));
    }
    out.push_str("\nReopen one with: careerfit history <number>\n");
    Ok(out)
}

/// Result `n` (1 is the newest) of a list, or a clear error.
pub fn pick(
    results: &[(PathBuf, history::SavedResult)],
    n: usize,
) -> Result<&(PathBuf, history::SavedResult), Failure> {
    match n.checked_sub(1).and_then(|i| results.get(i)) {
        Some(found) => Ok(found),
        None if results.is_empty() => Err(Failure::Message(
            "there are no saved results yet".to_string(),
        )),
        None => Err(Failure::Message(format!(
            "there is no result {n}; `careerfit history` lists 1 to {}",
            results.len()
        ))),
    }
}

/// Removes saved progress, results and reports, after asking.
pub fn forget(cli: &Cli, yes: bool) -> Result<String, Failure> {
    let store = Store::open(cli.no_save);
    let folders: Vec<PathBuf> = [store.state_dir.clone(), store.data_dir.clone()]
        .into_iter()
        .flatten()
        .filter(|p| p.exists())
        .collect();
    if folders.is_empty() {
        return Ok("Nothing is saved on this computer.\n".to_string());
    }
    let shown: Vec<String> = folders.iter().map(|p| p.display().to_string()).collect();
    if !yes {
        if !std::io::stdin().is_terminal() {
            return Err(Failure::Message(
                "forget asks first; run it in a terminal, or add --yes".to_string(),
            ));
        }
        eprint!(
            "Remove all saved progress, results and reports in {}? [y/N] ",
            shown.join(" and ")
        );
        let _ = std::io::stderr().flush();
        let mut answer = String::new();
        let _ = std::io::stdin().lock().read_line(&mut answer);
        if !matches!(answer.trim(), "y" | "Y" | "yes" | "Yes") {
            return Ok("Nothing was removed.\n".to_string());
        }
    }
    for folder in &folders {
        std::fs::remove_dir_all(folder)
            .map_err(|e| Failure::Message(crate::store::plain_error(folder, &e)))?;
    }
    Ok(format!("Removed {}.\n", shown.join(" and ")))
}
