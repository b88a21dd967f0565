//! Take-home reports of one result: Markdown and a self-contained HTML page.

use crate::content::Content;
use crate::scoring::Outcome;

/// The report as Markdown. `taken` is when the quiz was taken, if known
/// (e.g. "2026-11-25 14:10 UTC").
pub fn markdown(content: &Content, outcome: &Outcome, taken: Option<&str>) -> String {
    let _ = (content, outcome, taken);
    String::new()
}

/// The report as one self-contained HTML page.
pub fn html(content: &Content, outcome: &Outcome, taken: Option<&str>) -> String {
    let _ = (content, outcome, taken);
    String::new()
}
