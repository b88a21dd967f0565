//! The take-home report, written when the person asks (`p` on the
//! results): once per result; asked again on the same results, it says
//! where the report already is.

use std::path::PathBuf;

use super::{Said, Saver};
use crate::content::{AnswerSheet, Content};
use crate::lang;
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
            return Said::Notice(lang::Said::new("saving-report-off"));
        };
        if self.reported.as_ref() == Some(answers) && !self.kept.reports.is_empty() {
            return Said::Notice(
                lang::Said::new("saving-report-already").said("files", names(&self.kept.reports)),
            );
        }
        let now = clock::now();
        // Worded by the report, in its reader's language.
        let taken = &now;
        let html = store::unique_path(&dir, &clock::compact(&now), "careerfit", "html");
        let markdown = html.with_extension("md");
        let written = store::write_atomic(
            &html,
            crate::report::html(content, outcome, Some(taken)).as_bytes(),
        )
        .and_then(|()| {
            store::write_atomic(
                &markdown,
                crate::report::markdown(content, outcome, Some(taken)).as_bytes(),
            )
        });
        match written {
            Ok(()) => {
                self.set_reports_aside();
                self.kept.reports = vec![html, markdown];
                self.reported = Some(answers.clone());
                Said::Notice(
                    lang::Said::new("saving-report-saved").said("files", names(&self.kept.reports)),
                )
            }
            Err(e) => Said::Notice(
                lang::Said::new("saving-report-failed").said("why", store::plain_error(&dir, &e)),
            ),
        }
    }
}

/// "a.html and a.md": the files of one report, for a notice.
fn names(files: &[PathBuf]) -> lang::Said {
    match files {
        [one] => lang::Said::new("files-one").text("file", one.display()),
        [first, second] => lang::Said::new("files-two")
            .text("first", first.display())
            .text("second", second.display()),
        _ => lang::Said::new("files-list").text(
            "files",
            files
                .iter()
                .map(|f| f.display().to_string())
                .collect::<Vec<_>>()
                .join(", "),
        ),
    }
}
