//! `careerfit report FILE... --format text|csv|json|markdown`: a group's
//! results merged from one or many results files, for the counselor's records.

use std::path::PathBuf;

use super::{Failure, ReportFormat};

pub fn export(
    files: &[PathBuf],
    format: ReportFormat,
    hide_names: bool,
) -> Result<String, Failure> {
    let _ = (files, format, hide_names);
    Err(Failure::Message(
        "the group report is not built yet".to_string(),
    ))
}
