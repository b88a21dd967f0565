//! `careerfit history` (list saved results, or print one when there is no
//! terminal to reopen it in) and `careerfit forget` (remove what was saved).

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};

use super::{Cli, Failure, lang, load_content_in};
use crate::lang::{Said, Words};
use crate::store::{Store, clock, forget, history};
use crate::summary::outcome_text_in;
use crate::text;

/// The list, newest first, numbered from 1; or result `number` as text.
pub fn list(cli: &Cli, number: Option<usize>) -> Result<String, Failure> {
    let store = Store::open(cli.no_save);
    if !store.saves() {
        return Err(Failure::Message(Said::new("history-no-save")));
    }
    let words = Words::new(lang(cli));
    let (results, warnings) = history::list(&store);
    print_warnings(&warnings, &words);
    // Everything below came from saved files: made safe to print.
    if let Some(n) = number {
        let (_, saved) = pick(&results, n)?;
        let content = load_content_in(cli)?;
        let (answers, _) = crate::content::AnswerSheet::from_saved(&saved.answers, &content.quiz);
        let outcome = crate::summary::worded(&saved.outcome, &content, &answers);
        let mut out = format!(
            "{}\n",
            words.args(
                "history-taken",
                &[("when", clock::readable_in(&words, &saved.taken_at).into())]
            )
        );
        out.push_str(&outcome_text_in(&words, &content.quiz, &outcome));
        return Ok(text::printable(&out).into_owned());
    }
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
            clock::readable_in(&words, &saved.taken_at),
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

/// The store's warnings on stderr, one line each, in `words`' language:
/// they name files, and a file name can hold any character.
pub fn print_warnings(warnings: &[Said], words: &Words) {
    for warning in warnings {
        eprintln!("{}", text::one_line(&warning_line(warning, words)));
    }
}

/// "warning: ..." in `words`' language.
pub fn warning_line(warning: &Said, words: &Words) -> String {
    words.args("cli-warning", &[("warning", warning.say(words).into())])
}

/// Result `n` (1 is the newest) of a list, or a clear error.
pub fn pick(
    results: &[(PathBuf, history::SavedResult)],
    n: usize,
) -> Result<&(PathBuf, history::SavedResult), Failure> {
    match n.checked_sub(1).and_then(|i| results.get(i)) {
        Some(found) => Ok(found),
        None if results.is_empty() => Err(Failure::Message(Said::new("history-no-results"))),
        None => Err(Failure::Message(
            Said::new("history-no-such")
                .number("n", n)
                .number("count", results.len()),
        )),
    }
}

/// Removes saved progress, results and reports (or, with `workshops`,
/// only the workshop results), after saying exactly what and asking, in
/// `words`' language. `--no-save` changes nothing here: what is on disk is
/// what it is.
pub fn forget(words: &Words, yes: bool, workshops: bool) -> Result<String, Failure> {
    let store = Store::open(false);
    if !store.saves() {
        return Ok(format!("{}\n", words.get("forget-no-folder")));
    }
    let inventory = forget::inventory(&store, workshops).map_err(Failure::Message)?;
    let mut out = String::new();
    if inventory.is_empty() {
        out.push_str(&if workshops {
            let dir = store.workshops_dir().unwrap_or_default();
            words.args("forget-no-workshops", &[("folder", shown(&dir).into())])
        } else if inventory.workshops_kept.is_some() {
            words.get("forget-nothing-but-workshops")
        } else {
            words.get("forget-nothing")
        });
        out.push('\n');
        out.push_str(&kept_lines(words, &inventory));
        return Ok(out);
    }
    if !yes {
        if !std::io::stdin().is_terminal() {
            return Err(Failure::Message(Said::new("forget-needs-terminal")));
        }
        let files: usize = inventory.remove.iter().map(|k| k.files.len()).sum();
        eprint!(
            "{}\n{}{}{} ",
            words.get("forget-removes"),
            kind_lines(words, &inventory.remove, workshops),
            kept_lines(words, &inventory),
            words.args("forget-ask", &[("n", files.into())])
        );
        let _ = std::io::stderr().flush();
        let mut answer = String::new();
        let _ = std::io::stdin().lock().read_line(&mut answer);
        // Yes in English or in Spanish, whichever the language on screen.
        if !matches!(
            answer.trim().to_lowercase().as_str(),
            "y" | "yes" | "s" | "si" | "sí"
        ) {
            return Ok(format!("{}\n", words.get("forget-nothing-removed")));
        }
    }
    let removal = forget::remove(&store, &inventory);
    if !removal.removed.is_empty() {
        out.push_str(&format!("{}\n", words.get("forget-removed")));
        out.push_str(&kind_lines(words, &removal.removed, workshops));
    }
    out.push_str(&kept_lines(words, &inventory));
    if removal.failed.is_empty() {
        return Ok(out);
    }
    super::print_out(&out, words);
    let failed: Vec<String> = removal.failed.iter().map(|f| f.say(words)).collect();
    Err(Failure::Message(
        Said::new("forget-failed")
            .number("n", removal.failed.len())
            .text("why", text::one_line(&failed.join("; "))),
    ))
}

/// A path as printed: a file name can hold any character.
fn shown(path: &Path) -> String {
    text::one_line(&path.display().to_string()).into_owned()
}

/// "  saved results: 2 files in /…/history", one line a kind; workshop
/// files are each named too.
fn kind_lines(words: &Words, kinds: &[forget::Kind], name_each: bool) -> String {
    let mut out = String::new();
    for kind in kinds {
        out.push_str(&format!(
            "  {}\n",
            words.args(
                "forget-kind-line",
                &[
                    ("what", kind.what.say(words).into()),
                    ("n", kind.files.len().into()),
                    ("folder", shown(&kind.folder).into()),
                ],
            )
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
fn kept_lines(words: &Words, inventory: &forget::Inventory) -> String {
    let mut out = String::new();
    if let Some(kept) = &inventory.workshops_kept {
        out.push_str(&words.args(
            "forget-workshops-kept",
            &[
                ("n", kept.files.len().into()),
                ("folder", shown(&kept.folder).into()),
            ],
        ));
        out.push('\n');
    }
    for folder in &inventory.left_alone {
        out.push_str(&words.args("forget-left-alone", &[("folder", shown(folder).into())]));
        out.push('\n');
    }
    out
}
