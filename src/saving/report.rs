//! The take-home report, written when the person asks (`p` on the
//! results): once per result; asked again on the same results, it says
//! where the report already is.

use std::path::PathBuf;

use super::{Said, Saver};
use crate::content::{AnswerSheet, Content};
use crate::scoring::Outcome;
use crate::store::{self, clock};

impl Saver<'_> {
    /// Writes the report of `outcome` (worked out from `answers`) as HTML
    /// and Markdown, and says where; or says why not.
    pub fn save_report(
        &mut self,
        content: &Content,
        answers: &AnswerSheet,
        outcome: &Outcome,
    ) -> Said {
        let Some(dir) = self.store.reports_dir() else {
            return Said::Notice(
                "Saving is off (--no-save), so no report was written.".to_string(),
            );
        };
        if self.reported.as_ref() == Some(answers) && !self.kept.reports.is_empty() {
            return Said::Notice(format!(
                "This report is already saved: {}",
                names(&self.kept.reports)
            ));
        }
        let now = clock::now();
        let taken = clock::readable(&now);
        let html = store::unique_path(&dir, &clock::compact(&now), "careerfit", "html");
        let markdown = html.with_extension("md");
        let written = store::write_atomic(
            &html,
            crate::report::html(content, outcome, Some(&taken)).as_bytes(),
        )
        .and_then(|()| {
            store::write_atomic(
                &markdown,
                crate::report::markdown(content, outcome, Some(&taken)).as_bytes(),
            )
        });
        match written {
            Ok(()) => {
                self.set_reports_aside();
                self.kept.reports = vec![html, markdown];
                self.reported = Some(answers.clone());
                Said::Notice(format!("Report saved: {}", names(&self.kept.reports)))
            }
            Err(e) => Said::Notice(format!(
                "The report could not be saved ({}).",
                store::plain_error(&dir, &e)
            )),
        }
    }
}

/// "a.html and a.md": the files of one report, for a notice.
fn names(files: &[PathBuf]) -> String {
    files
        .iter()
        .map(|f| f.display().to_string())
        .collect::<Vec<_>>()
        .join(" and ")
}
