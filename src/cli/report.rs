//! `careerfit report FILE... --format text|csv|json|markdown`: a group's
//! results merged from one or many results files, for the counselor's records.
//!
//! Skipped lines (a torn last line, a line that is not a record) are warned
//! about on stderr, one line each for the first few, then how many more,
//! and the rest is exported. A file that cannot be read (missing, a folder,
//! a named pipe, no permission, over 4 GiB) or that is not a results file
//! at all is an error naming it, and nothing is exported: an export quietly
//! missing one laptop's results would look complete. An empty file is
//! fine: "no participants yet".
//!
//! A report of a million records does not hold them: the files are read
//! once for the summary and again for the participants, which are written
//! out as they are read (see [`files::count_all`]); only files whose
//! records are not in the order they finished are read into memory.

use std::io::Write as _;
use std::path::PathBuf;

use super::print::output_failure;
use super::{Failure, ReportFormat};
use crate::lang::{Lang, Said, Words};
use crate::workshop::group::export::{self, InMemory, People};
use crate::workshop::record::files;

/// Writes the report to stdout as it is made; returns nothing more to print.
pub fn export(
    files: &[PathBuf],
    format: ReportFormat,
    hide_names: bool,
    lang: Option<Lang>,
) -> Result<String, Failure> {
    // The counselor's language: --lang, else their locale.
    let words = Words::new(Lang::choose(lang, |name| std::env::var(name).ok()));
    let nothing = |problems: Vec<crate::lang::Said>| {
        for problem in &problems {
            eprintln!(
                "{}",
                words.args("cli-error", &[("message", problem.say(&words).into())])
            );
        }
        Failure::Message(Said::new("cli-report-nothing-exported"))
    };
    let counted = files::count_all(files).map_err(nothing)?;
    let (group, warnings) = (counted.group, counted.warnings);
    let people: Box<dyn People> = match counted.reread {
        Some(reread) => Box::new(reread),
        None => Box::new(InMemory),
    };
    for warning in &warnings {
        eprintln!("{}", super::warning_line(warning, &words));
    }
    if group.is_empty() && matches!(format, ReportFormat::Csv | ReportFormat::Json) {
        eprintln!("{}", words.get("cli-report-no-participants"));
    }
    let names: Vec<String> = files.iter().map(|f| files::shown(f)).collect();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let people = people.as_ref();
    let sheet = export::Sheet {
        group: &group,
        people,
        files: &names,
        hide_names,
        words,
    };
    match format {
        ReportFormat::Text => export::text_to(&sheet, &mut out),
        ReportFormat::Csv => export::csv_to(&sheet, &mut out),
        ReportFormat::Json => export::json_to(&sheet, &mut out),
        ReportFormat::Markdown => export::markdown_to(&sheet, &mut out),
    }
    .and_then(|()| out.flush())
    .map_err(output_failure)?;
    Ok(String::new())
}
