//! What was kept on disk during a run, and the goodbye that tells the
//! person once the terminal is given back.

use std::path::PathBuf;

use crate::content::Quiz;
use crate::scoring::Outcome;
use crate::summary::outcome_text;

/// What was kept on disk during the run, to tell the person at the end.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Kept {
    /// The saved result of the last results reached.
    pub result: Option<PathBuf>,
    /// Take-home reports of the results shown last (HTML, then Markdown).
    pub reports: Vec<PathBuf>,
    /// Reports of earlier results this run (before a retake, or before
    /// answers were changed): never listed as the last results' own.
    pub earlier_reports: Vec<PathBuf>,
    /// Unfinished progress is on disk, ready to resume.
    pub progress: bool,
    /// Workshop participants recorded in the results file.
    pub participants: u32,
}

impl Kept {
    /// Said when someone leaves with their answers kept, in every shell.
    pub const ANSWERS_SAVED: &'static str =
        "Your answers are saved. Run careerfit again to pick up where you left off.\n";

    /// What the person is told once the terminal is restored: the results
    /// they left on (if any), then what was saved.
    pub fn goodbye(&self, quiz: &Quiz, outcome: Option<&Outcome>) -> String {
        let mut out = String::new();
        match outcome {
            Some(outcome) => {
                out.push_str(&outcome_text(quiz, outcome));
                out.push_str(&format!(
                    "\nRead more about a role with: careerfit roles {}\n",
                    outcome.ranking[0].role
                ));
                if self.result.is_some() {
                    out.push_str("Your result is saved: careerfit history lists your results.\n");
                }
                for report in &self.reports {
                    out.push_str(&format!("Report: {}\n", report.display()));
                }
                if !self.earlier_reports.is_empty() {
                    out.push_str("\nReports of an earlier result (before you changed answers or started over):\n");
                }
            }
            None => {
                out.push_str(if self.progress {
                    Kept::ANSWERS_SAVED
                } else {
                    "You left before the results. Run careerfit again any time.\n"
                });
                if !self.earlier_reports.is_empty() || !self.reports.is_empty() {
                    out.push_str("\nReports of an earlier result:\n");
                }
                for report in &self.reports {
                    out.push_str(&format!("  {}\n", report.display()));
                }
            }
        }
        for report in &self.earlier_reports {
            out.push_str(&format!("  {}\n", report.display()));
        }
        // A reopened result's words come from a saved file.
        crate::text::printable(&out).into_owned()
    }
}
