//! What was kept on disk during a run, and the goodbye that tells the
//! person once the terminal is given back.

use std::path::PathBuf;

use crate::content::Quiz;
use crate::lang::Words;
use crate::scoring::Outcome;
use crate::summary::outcome_text_in;

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
    /// Said when someone leaves with their answers kept, in a language.
    pub fn answers_saved(words: &Words) -> String {
        format!("{}\n", words.get("kept-answers-saved"))
    }

    /// What the person is told once the terminal is restored: the results
    /// they left on (if any), then what was saved.
    pub fn goodbye(&self, quiz: &Quiz, outcome: Option<&Outcome>) -> String {
        self.goodbye_in(&Words::english(), quiz, outcome)
    }

    /// The goodbye in a language.
    pub fn goodbye_in(&self, words: &Words, quiz: &Quiz, outcome: Option<&Outcome>) -> String {
        let mut out = String::new();
        let line = |out: &mut String, text: String| {
            out.push_str(&text);
            out.push('\n');
        };
        match outcome {
            Some(outcome) => {
                out.push_str(&outcome_text_in(words, quiz, outcome));
                out.push('\n');
                line(
                    &mut out,
                    words.args(
                        "kept-read-more",
                        &[("role", outcome.ranking[0].role.as_str().into())],
                    ),
                );
                if self.result.is_some() {
                    line(&mut out, words.get("kept-result-saved"));
                }
                for report in &self.reports {
                    let path = report.display().to_string();
                    line(
                        &mut out,
                        words.args("kept-report", &[("path", path.into())]),
                    );
                }
                if !self.earlier_reports.is_empty() {
                    out.push('\n');
                    line(&mut out, words.get("kept-earlier-reports-changed"));
                }
            }
            None => {
                if self.progress {
                    out.push_str(&Kept::answers_saved(words));
                } else {
                    line(&mut out, words.get("kept-left-early"));
                }
                if !self.earlier_reports.is_empty() || !self.reports.is_empty() {
                    out.push('\n');
                    line(&mut out, words.get("kept-earlier-reports"));
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
