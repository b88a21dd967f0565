//! `careerfit score --answers-csv FILE [--results OUT]`: score a spreadsheet
//! of many people's answers. Without --results, a line per scored row; with
//! it, one workshop record per good row added to OUT whole or not at all
//! (see `record::Appender`), and never twice for the same sheet.
//! Either way the problems go to stderr, the summary to stdout, and the exit
//! status is 0 only when every row was good (1 when any row had problems,
//! the good rows being scored all the same; the same for a sheet already
//! added, which adds nothing).

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::{Cli, Failure, lang, load_content, print_out};
use crate::content::Role;
use crate::files::{Doing, io_said};
use crate::lang::{Said, Words};
use crate::workshop::batch::{self, Batch, MAX_PROBLEM_ROWS, Rows};
use crate::workshop::label;
use crate::workshop::record::Added;

/// `score --answers F --results OUT`: --results is for a spreadsheet of
/// many people; refused as a usage error (exit 2), never ignored.
pub fn refuse_results_with_answers(words: &Words) -> ExitCode {
    eprintln!(
        "{}",
        words.args(
            "batch-error",
            &[("error", words.get("batch-results-needs-csv").into())]
        )
    );
    ExitCode::from(2)
}

pub fn run(cli: &Cli, csv: &Path, results: Option<&Path>) -> Result<String, Failure> {
    let words = Words::new(lang(cli));
    let content = load_content(cli)?;
    let roles = &content.roles;
    let fail = |e: batch::BatchError| Failure::Message(e.said());
    let (batch, added) = match results {
        None => {
            // The records are not needed: thrown away as they are made.
            let batch =
                batch::score_file_to(&content.quiz, roles, csv, &mut std::io::sink(), Rows::Kept)
                    .map_err(fail)?;
            (batch, None)
        }
        Some(path) => {
            let shown = label::for_terminal(&path.display().to_string());
            let cannot = |e: std::io::Error| {
                Failure::Message(
                    Said::new("batch-cannot-write")
                        .text("file", &shown)
                        .said("why", io_said(&e, Doing::Writing)),
                )
            };
            if let Some(why) = crate::workshop::record::not_regular(path) {
                return Err(Failure::Message(
                    Said::new("batch-not-results-file")
                        .text("file", &shown)
                        .said("why", why),
                ));
            }
            // Each record goes straight into the results file (under its
            // lock; the commit line at the end makes them count). Only
            // counts are kept of each row: no table is printed, so memory
            // is the sheet and a constant, whatever its rows.
            let (batch, added) =
                batch::score_file_into(&content.quiz, roles, csv, path, Rows::Counted)
                    .map_err(fail)?;
            report_problems(&batch, &words);
            let added = added.map_err(cannot)?;
            (batch, Some((shown, added)))
        }
    };
    if added.is_none() {
        report_problems(&batch, &words);
    }

    let mut out = match results {
        None => table(&words, &batch, roles),
        Some(_) => String::new(),
    };
    out.push_str(&batch.summary_said().say(&words));
    out.push('\n');
    if let Some((shown, added)) = added {
        let line = match added {
            _ if batch.scored_rows == 0 => {
                words.args("batch-nothing-added", &[("file", shown.into())])
            }
            Added::Added => words.args(
                "batch-appended",
                &[
                    ("file", shown.into()),
                    ("session", label::for_terminal(&batch.session).into()),
                ],
            ),
            Added::AlreadyAdded(earlier) => words.args(
                "batch-already-added",
                &[
                    ("file", shown.into()),
                    (
                        "when",
                        crate::store::clock::readable_in(
                            &words,
                            &label::for_terminal(&earlier.time),
                        )
                        .into(),
                    ),
                    ("n", earlier.records.into()),
                ],
            ),
        };
        out.push_str(&line);
        out.push('\n');
    }

    if batch.all_good() {
        return Ok(out);
    }
    print_out(&out, &super::words(cli));
    Err(Failure::Message(
        Said::new("batch-had-problems")
            .number("problems", batch.problem_rows)
            .text("file", label::for_terminal(&csv.display().to_string()))
            .number("scored", batch.scored_rows),
    ))
}

/// The problems kept, one a line, then how many more rows had problems.
fn report_problems(batch: &Batch, words: &Words) {
    if batch.problems.is_empty() {
        return;
    }
    let mut err = std::io::BufWriter::new(std::io::stderr().lock());
    let line = |error: String| words.args("batch-error", &[("error", error.into())]);
    for problem in &batch.problems {
        let _ = writeln!(err, "{}", line(problem.said().say(words)));
    }
    let more = batch.problem_rows_not_listed();
    if more > 0 {
        let _ = writeln!(
            err,
            "{}",
            line(words.args(
                "batch-more-problems",
                &[("n", more.into()), ("max", MAX_PROBLEM_ROWS.into())]
            ))
        );
    }
    let _ = err.flush();
}

/// A line per scored row: row, participant, best fit and its %, flags.
fn table(words: &Words, batch: &Batch, roles: &[Role]) -> String {
    let mut out = String::with_capacity(batch.scored.len() * 64);
    if batch.scored.is_empty() {
        return out;
    }
    let labels: Vec<String> = batch
        .scored
        .iter()
        .map(|s| {
            s.label
                .as_deref()
                .map_or_else(|| "-".to_string(), label::for_terminal)
        })
        .collect();
    let row_width = batch
        .scored
        .iter()
        .map(|s| s.row.to_string().len())
        .max()
        .unwrap_or(0)
        .max(words.word("batch-column-row").chars().count());
    let label_width = labels
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0)
        .max(words.word("batch-column-participant").chars().count());
    let heading = |word: &str, width: usize| {
        format!(
            "{word}{:pad$}",
            "",
            pad = width.saturating_sub(word.chars().count())
        )
    };
    out.push_str(&format!(
        "{}  {}  {}\n",
        heading(words.word("batch-column-row"), row_width),
        heading(words.word("batch-column-participant"), label_width),
        words.word("batch-column-best")
    ));
    for (scored, label) in batch.scored.iter().zip(&labels) {
        let pad = label_width.saturating_sub(label.chars().count());
        out.push_str(&format!(
            "{:>row_width$}  {label}{:pad$}  {} {:.0}%",
            scored.row,
            "",
            roles
                .get(scored.best)
                .map_or_else(String::new, |r| label::for_terminal(&r.title)),
            scored.fit
        ));
        let flags = crate::summary::flag_words(words, scored.flags);
        if !flags.is_empty() {
            out.push_str("  (");
            out.push_str(&flags.join(", "));
            out.push(')');
        }
        out.push('\n');
    }
    out
}
