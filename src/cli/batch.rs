//! `careerfit score --answers-csv FILE [--results OUT]`: score a spreadsheet
//! of many people's answers. Without --results, a line per scored row; with
//! it, one workshop record per good row appended to OUT in one locked write.
//! Either way the problems go to stderr, the summary to stdout, and the exit
//! status is 0 only when every row was good (1 when any row had problems,
//! the good rows being scored all the same).

use std::io::Write;
use std::path::Path;

use super::{Cli, Failure, load_content, print_out};
use crate::content::Role;
use crate::workshop::batch::{self, Batch};
use crate::workshop::label;

/// The most problem rows listed on stderr; the rest are counted.
const SHOWN_PROBLEM_ROWS: usize = 200;

pub fn run(cli: &Cli, csv: &Path, results: Option<&Path>) -> Result<String, Failure> {
    let content = load_content(cli)?;
    let roles = &content.roles;
    let batch = batch::score_file(&content.quiz, &content.roles, csv)
        .map_err(|e| Failure::Message(e.to_string()))?;
    report_problems(&batch);

    let mut out = match results {
        None => table(&batch, roles),
        Some(_) => String::new(),
    };
    out.push_str(&batch.summary());
    out.push('\n');
    if let Some(path) = results {
        let shown = label::for_terminal(&path.display().to_string());
        batch::append(path, &batch).map_err(|e| {
            Failure::Message(format!("could not write the results to {shown}: {e}"))
        })?;
        if batch.scored.is_empty() {
            out.push_str(&format!("nothing was added to {shown}\n"));
        } else {
            out.push_str(&format!(
                "results appended to {shown} (session \"{}\")\n",
                label::for_terminal(&batch.session)
            ));
        }
    }

    if batch.all_good() {
        return Ok(out);
    }
    print_out(&out);
    Err(Failure::Message(format!(
        "{} of {} had problems (listed above) and {} not scored; {} scored",
        rows(batch.problem_rows),
        label::for_terminal(&csv.display().to_string()),
        if batch.problem_rows == 1 {
            "was"
        } else {
            "were"
        },
        match batch.scored.len() {
            0 => "no row was".to_string(),
            1 => "the 1 good row was".to_string(),
            n => format!("the {n} good rows were"),
        }
    )))
}

fn rows(n: usize) -> String {
    format!("{n} row{}", if n == 1 { "" } else { "s" })
}

/// Every problem on stderr, one a line, up to `SHOWN_PROBLEM_ROWS` rows.
fn report_problems(batch: &Batch) {
    if batch.problems.is_empty() {
        return;
    }
    let mut err = std::io::BufWriter::new(std::io::stderr().lock());
    let mut rows_shown = 0;
    let mut last_row = 0;
    for problem in &batch.problems {
        if problem.row != last_row {
            if rows_shown == SHOWN_PROBLEM_ROWS {
                let _ = writeln!(
                    err,
                    "error: ... and {} more with problems, not listed",
                    rows(batch.problem_rows - rows_shown)
                );
                break;
            }
            rows_shown += 1;
            last_row = problem.row;
        }
        let _ = writeln!(err, "error: {problem}");
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
        let flags: Vec<&str> = [
            (scored.close_call, "close call"),
            (scored.flat, "flat"),
            (scored.incomplete, "incomplete"),
        ]
        .into_iter()
        .filter_map(|(on, name)| on.then_some(name))
        .collect();
        if !flags.is_empty() {
            out.push_str("  (");
            out.push_str(&flags.join(", "));
            out.push(')');
        }
        out.push('\n');
    }
    out
}
