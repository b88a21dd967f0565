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

use super::{Cli, Failure, load_content, print_out};
use crate::content::Role;
use crate::text::plural;
use crate::workshop::batch::{self, Batch, MAX_PROBLEM_ROWS, Rows};
use crate::workshop::label;
use crate::workshop::record::Added;

/// `score --answers F --results OUT`: --results is for a spreadsheet of
/// many people; refused as a usage error (exit 2), never ignored.
pub fn refuse_results_with_answers() -> ExitCode {
    eprintln!(
        "error: --results works with --answers-csv (a spreadsheet of many people's answers); \
         to score one answers file, leave out --results"
    );
    ExitCode::from(2)
}

pub fn run(cli: &Cli, csv: &Path, results: Option<&Path>) -> Result<String, Failure> {
    let content = load_content(cli)?;
    let roles = &content.roles;
    let fail = |e: batch::BatchError| Failure::Message(e.to_string().into());
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
                    format!(
                        "could not write the results to {shown}: {}; nothing was added",
                        why(&e)
                    )
                    .into(),
                )
            };
            if let Some(why) = crate::workshop::record::not_regular(path) {
                return Err(Failure::Message(format!(
                    "could not write the results to {shown}: {why}; give a results file (.jsonl)"
                ).into()));
            }
            // Each record goes straight into the results file (under its
            // lock; the commit line at the end makes them count). Only
            // counts are kept of each row: no table is printed, so memory
            // is the sheet and a constant, whatever its rows.
            let (batch, added) =
                batch::score_file_into(&content.quiz, roles, csv, path, Rows::Counted)
                    .map_err(fail)?;
            report_problems(&batch);
            let added = added.map_err(cannot)?;
            (batch, Some((shown, added)))
        }
    };
    if added.is_none() {
        report_problems(&batch);
    }

    let mut out = match results {
        None => table(&batch, roles),
        Some(_) => String::new(),
    };
    out.push_str(&batch.summary());
    out.push('\n');
    if let Some((shown, added)) = added {
        match added {
            _ if batch.scored_rows == 0 => {
                out.push_str(&format!("nothing was added to {shown}\n"));
            }
            Added::Added => out.push_str(&format!(
                "results appended to {shown} (session \"{}\")\n",
                label::for_terminal(&batch.session)
            )),
            Added::AlreadyAdded(earlier) => out.push_str(&format!(
                "nothing was added: this sheet was already added to {shown} on {} ({}); \
                 adding it again would count those people twice\n",
                crate::store::clock::readable(&label::for_terminal(&earlier.time)),
                plural(earlier.records, "record", "records"),
            )),
        }
    }

    if batch.all_good() {
        return Ok(out);
    }
    print_out(&out, &super::words(cli));
    Err(Failure::Message(
        format!(
            "{} of {} had problems (listed above) and {} not scored; {} scored",
            plural(batch.problem_rows, "row", "rows"),
            label::for_terminal(&csv.display().to_string()),
            if batch.problem_rows == 1 {
                "was"
            } else {
                "were"
            },
            match batch.scored_rows {
                0 => "no row was".to_string(),
                1 => "the 1 good row was".to_string(),
                n => format!("the {n} good rows were"),
            }
        )
        .into(),
    ))
}

/// Why a write failed, in plain words.
fn why(e: &std::io::Error) -> String {
    crate::files::io_words(e, crate::files::Doing::Writing)
}

/// The problems kept, one a line, then how many more rows had problems.
fn report_problems(batch: &Batch) {
    if batch.problems.is_empty() {
        return;
    }
    let mut err = std::io::BufWriter::new(std::io::stderr().lock());
    for problem in &batch.problems {
        let _ = writeln!(err, "error: {problem}");
    }
    let more = batch.problem_rows_not_listed();
    if more > 0 {
        let _ = writeln!(
            err,
            "error: ... and {} with problems, not listed (only the first {MAX_PROBLEM_ROWS} are)",
            plural(more, "more row", "more rows")
        );
    }
    let _ = err.flush();
}

/// A line per scored row: row, participant, best fit and its %, flags.
fn table(batch: &Batch, roles: &[Role]) -> String {
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
        .max("row".len());
    let label_width = labels
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0)
        .max("participant".len());
    out.push_str(&format!(
        "{:<row_width$}  {:<label_width$}  best fit\n",
        "row", "participant"
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
        let flags = crate::summary::flag_words(scored.flags);
        if !flags.is_empty() {
            out.push_str("  (");
            out.push_str(&flags.join(", "));
            out.push(')');
        }
        out.push('\n');
    }
    out
}
