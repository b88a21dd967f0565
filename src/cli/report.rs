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

use std::path::PathBuf;

use super::{Failure, ReportFormat};
use crate::dashboard::source;
use crate::workshop::group::export;

pub fn export(
    files: &[PathBuf],
    format: ReportFormat,
    hide_names: bool,
) -> Result<String, Failure> {
    let read = match source::read_all(files, false) {
        Ok(read) => read,
        Err(problems) => {
            for problem in &problems {
                eprintln!("error: {problem}");
            }
            return Err(Failure::Message(
                "nothing was exported, so that no file's results are silently left out: \
                 fix the path, or leave that file off the command line"
                    .to_string(),
            ));
        }
    };
    for warning in &read.warnings {
        eprintln!("warning: {warning}");
    }
    let group = read.group;
    if group.is_empty() && matches!(format, ReportFormat::Csv | ReportFormat::Json) {
        eprintln!("careerfit: no participants yet");
    }
    let names: Vec<String> = files.iter().map(|f| source::shown(f)).collect();
    Ok(match format {
        ReportFormat::Text => export::text(&group, &names, hide_names),
        ReportFormat::Csv => export::csv(&group, hide_names),
        ReportFormat::Json => export::json(&group, &names, hide_names),
        ReportFormat::Markdown => export::markdown(&group, &names, hide_names),
    })
}
