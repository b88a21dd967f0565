//! `careerfit score --answers-csv FILE [--results OUT]`: score a spreadsheet
//! of many people's answers.

use std::path::Path;

use super::{Cli, Failure};

pub fn run(cli: &Cli, csv: &Path, results: Option<&Path>) -> Result<String, Failure> {
    let _ = (cli, csv, results);
    Err(Failure::Message(
        "batch scoring is not built yet".to_string(),
    ))
}
