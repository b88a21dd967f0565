//! `careerfit history` (list saved results, or print one when there is no
//! terminal to reopen it in) and `careerfit forget` (remove what was saved).

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use super::{Cli, Failure, lang, load_content_in};
use crate::lang::Words;
use crate::store::{Store, clock, forget, history};
use crate::summary::outcome_text_in;
use crate::text;

/// The list, newest first, numbered from 1; or result `number` as text.
pub fn list(cli: &Cli, number: Option<usize>) -> Result<String, Failure> {
    let store = Store::open(cli.no_save);
    if !store.saves() {
        return Err(Failure::Message(
            "--no-save is on, so no history is read or kept".into(),
        ));
    }
    let (results, warnings) = history::list(&store);
    print_warnings(&warnings);
    // Everything below came from saved files: made safe to print.
    if let Some(n) = number {
        let (_, saved) = pick(&results, n)?;
        let content = load_content_in(cli)?;
        let words = Words::new(lang(cli));
        let (answers, _) = crate::content::AnswerSheet::from_saved(&saved.answers, &content.quiz);
        let outcome = crate::summary::worded(&saved.outcome, &content, &answers);
        let mut out = format!(
            "{}\n",
            words.args(
                "history-taken",
                &[("when", clock::readable(&saved.taken_at).into())]
            )
        );
        out.push_str(&outcome_text_in(&words, &content.quiz, &outcome));
        return Ok(text::printable(&out).into_owned());
    }
    let words = Words::new(lang(cli));
    if results.is_empty() {
        return Ok(format!("{}\n", words.get("history-none")));
    }
    // Role titles in the language on screen, when the content loads.
    let content = load_content_in(cli).ok();
    let mut out = format!("{}\n", words.get("history-heading"));
    for (i, (_, saved)) in results.iter().enumerate() {
        let best = &saved.outcome.ranking[0];
        let title = content
            .as_ref()
            .and_then(|c| c.role(&best.role))
            .map_or(best.title.as_str(), |r| r.title.as_str());
        let role = || crate::lang::Value::from(title);
        let lean = if saved.outcome.low_interest {
            words.args("history-low-interest", &[("role", role())])
        } else if saved.outcome.flat {
            words.args("history-flat", &[("role", role())])
        } else {
            words.args(
                "history-best",
                &[("role", role()), ("fit", format!("{:.0}", best.fit).into())],
            )
        };
        out.push_str(&format!(
            "{:>3}. {}  {lean}  {}\n",
            i + 1,
            clock::readable(&saved.taken_at),
            words.args(
                "history-answered",
                &[
                    ("answered", saved.outcome.answered.into()),
                    ("total", saved.outcome.total.into()),
                ],
            )
        ));
    }
    out.push_str(&format!("\n{}\n", words.get("history-reopen")));
    Ok(text::printable(&out).into_owned())
}

/// The store's warnings on stderr, one line each: they name files, and a
/// file name can hold any character.
pub fn print_warnings(warnings: &[String]) {
    for warning in warnings {
        eprintln!("warning: {}", text::one_line(warning));
    }
}

/// Result `n` (1 is the newest) of a list, or a clear error.
pub fn pick(
    results: &[(PathBuf, history::SavedResult)],
    n: usize,
) -> Result<&(PathBuf, history::SavedResult), Failure> {
    match n.checked_sub(1).and_then(|i| results.get(i)) {
        Some(found) => Ok(found),
        None if results.is_empty() => {
            Err(Failure::Message("there are no saved results yet".into()))
        }
        None => Err(Failure::Message(
            format!(
                "there is no result {n}; `careerfit history` lists 1 to {}",
                results.len()
            )
            .into(),
        )),
    }
}

/// Removes saved progress, results and reports (or, with `workshops`,
/// only the workshop results), after saying exactly what and asking.
/// `--no-save` changes nothing here: what is on disk is what it is.
pub fn forget(yes: bool, workshops: bool) -> Result<String, Failure> {
    let store = Store::open(false);
    if !store.saves() {
        return Ok("No data folder is known here, so nothing is saved.\n".to_string());
    }
    let inventory = forget::inventory(&store, workshops)
        .map_err(|why| Failure::Message(text::one_line(&why).into_owned().into()))?;
    let mut out = String::new();
    if inventory.is_empty() {
        out.push_str(&if workshops {
            let dir = store.workshops_dir().unwrap_or_default();
            format!("There are no workshop results in {}.\n", shown(&dir))
        } else if inventory.workshops_kept.is_some() {
            "No saved progress, results or reports on this computer.\n".to_string()
        } else {
            "Nothing is saved on this computer.\n".to_string()
        });
        out.push_str(&kept_lines(&inventory));
        return Ok(out);
    }
    if !yes {
        if !std::io::stdin().is_terminal() {
            return Err(Failure::Message(
                "forget asks first; run it in a terminal, or add --yes".into(),
            ));
        }
        eprint!(
            "This removes from this computer:\n{}{}Remove {}? [y/N] ",
            kind_lines(&inventory.remove, workshops),
            kept_lines(&inventory),
            if inventory
                .remove
                .iter()
                .map(|k| k.files.len())
                .sum::<usize>()
                == 1
            {
                "it"
            } else {
                "them"
            }
        );
        let _ = std::io::stderr().flush();
        let mut answer = String::new();
        let _ = std::io::stdin().lock().read_line(&mut answer);
        if !matches!(answer.trim(), "y" | "Y" | "yes" | "Yes") {
            return Ok("Nothing was removed.\n".to_string());
        }
    }
    let removal = forget::remove(&store, &inventory);
    if !removal.removed.is_empty() {
        out.push_str("Removed:\n");
        out.push_str(&kind_lines(&removal.removed, workshops));
    }
    out.push_str(&kept_lines(&inventory));
    if removal.failed.is_empty() {
        return Ok(out);
    }
    super::print_out(&out, &super::Words::new(super::Lang::from_env()));
    Err(Failure::Message(
        format!(
            "{} could not be removed and {} still there: {}",
            text::plural(removal.failed.len(), "file", "files"),
            if removal.failed.len() == 1 {
                "is"
            } else {
                "are"
            },
            text::one_line(&removal.failed.join("; "))
        )
        .into(),
    ))
}

/// A path as printed: a file name can hold any character.
fn shown(path: &Path) -> String {
    text::one_line(&path.display().to_string()).into_owned()
}

/// "  saved results: 2 files in /…/history", one line a kind; workshop
/// files are each named too.
fn kind_lines(kinds: &[forget::Kind], name_each: bool) -> String {
    let mut out = String::new();
    for kind in kinds {
        out.push_str(&format!(
            "  {}: {} in {}\n",
            kind.what,
            text::plural(kind.files.len(), "file", "files"),
            shown(&kind.folder)
        ));
        if name_each {
            for file in &kind.files {
                out.push_str(&format!("    {}\n", shown(file)));
            }
        }
    }
    out
}

/// What stays: workshop results, and folders careerfit did not make.
fn kept_lines(inventory: &forget::Inventory) -> String {
    let mut out = String::new();
    if let Some(kept) = &inventory.workshops_kept {
        out.push_str(&format!(
            "Workshop results are kept: {} in {}. To remove them too, run: careerfit forget --workshops\n",
            text::plural(kept.files.len(), "file", "files"),
            shown(&kept.folder)
        ));
    }
    for folder in &inventory.left_alone {
        out.push_str(&format!(
            "Left alone: {} (a folder careerfit did not make).\n",
            shown(folder)
        ));
    }
    out
}
