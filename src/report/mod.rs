//! Take-home reports of one result: Markdown and a self-contained HTML page.
//!
//! This file decides what a report says, once for both formats: the words
//! of every heading, how honestly the verdict is put (a flagged result:
//! low interest, flat, close or incomplete, never reads as a confident pick), which roles are
//! described and which next steps are offered. `markdown.rs` and `html.rs`
//! only lay those words out; `svg.rs` draws the HTML charts.

mod escape;
mod html;
mod markdown;
pub mod role;
mod svg;

use crate::content::{CertificationStatus, Content, Role};
use crate::lang::Words;
use crate::scoring::{DimensionScore, Fit, Outcome};
use crate::summary;
use role::Part;

/// The report as Markdown, in the language the content was loaded in.
/// `taken` is when the quiz was taken, if known: a stored timestamp
/// ("2026-11-25T14:10:03Z"), worded in the report's language.
pub fn markdown(content: &Content, outcome: &Outcome, taken: Option<&str>) -> String {
    markdown::render(&Report::new(content, outcome, taken))
}

/// The report as one self-contained HTML page.
pub fn html(content: &Content, outcome: &Outcome, taken: Option<&str>) -> String {
    html::render(&Report::new(content, outcome, taken))
}

/// One role in full as Markdown (`careerfit roles --format markdown`),
/// every text from the role file escaped as in the reports.
pub fn role_markdown(role: &Role) -> String {
    role_markdown_in(&Words::english(), role)
}

/// One role in full as Markdown, in a language.
pub fn role_markdown_in(words: &Words, role: &Role) -> String {
    markdown::role(&role::RoleDoc::new_in(words, role))
}

pub use escape::markdown as markdown_escape;

/// Everything a report says, in words, ready to be laid out.
struct Report<'a> {
    /// The language of its words.
    words: Words,
    /// The page title: the quiz title.
    title: &'a str,
    taken: Option<&'a str>,
    answered: String,
    headline: String,
    notes: Vec<String>,
    /// Any flag raised: nothing may read as a confident pick.
    flagged: bool,
    ranking: &'a [Fit],
    dimensions: &'a [DimensionScore],
    reasons_heading: String,
    /// Each reason in the person's own words (`summary::reason_text`).
    reasons: Vec<String>,
    /// Said instead of the reasons when there are none.
    no_reasons: String,
    /// The best-fit role, then the runner-up on a close call.
    roles: Vec<RoleSection>,
    next_steps: Vec<Step>,
}

/// One role described in full: its document under a heading.
struct RoleSection {
    heading: String,
    doc: role::RoleDoc,
}

/// One next step: a short label and what to do.
struct Step {
    label: String,
    text: String,
}

impl<'a> Report<'a> {
    fn new(content: &'a Content, outcome: &'a Outcome, taken: Option<&'a str>) -> Report<'a> {
        let words = Words::new(content.lang());
        let words = &words;
        let flagged = outcome.flagged();
        let best = outcome.ranking.first();
        let best_title = best.map_or("", |f| f.title.as_str());

        let mut roles = Vec::new();
        let best_role = best.and_then(|f| content.role(&f.role));
        if let Some(role) = best_role {
            let title = || role.title.as_str().into();
            let heading = if flagged {
                words.args("report-closest-fit", &[("role", title())])
            } else {
                words.args("report-best-fit", &[("role", title())])
            };
            // Its education and career path are told in the next steps.
            let doc =
                role::RoleDoc::new_in(words, role).without(&[Part::Education, Part::CareerPath]);
            roles.push(RoleSection { heading, doc });
        }
        if outcome.close_call
            && !outcome.flat
            && let Some(role) = outcome.ranking.get(1).and_then(|f| content.role(&f.role))
        {
            roles.push(RoleSection {
                heading: words.args("report-also-close", &[("role", role.title.as_str().into())]),
                doc: role::RoleDoc::new_in(words, role).without(&[Part::CareerPath]),
            });
        }

        let reasons_heading = if outcome.ranking.is_empty() {
            String::new()
        } else {
            summary::reasons_heading_in(words, outcome)
        };

        Report {
            words: *words,
            title: &content.quiz.title,
            taken,
            answered: words.args(
                "summary-answered",
                &[
                    ("answered", outcome.answered.into()),
                    ("total", outcome.total.into()),
                ],
            ),
            headline: if outcome.ranking.is_empty() {
                words.get("report-no-result")
            } else {
                summary::headline_in(words, outcome)
            },
            notes: if outcome.ranking.is_empty() {
                Vec::new()
            } else {
                summary::flag_notes_in(words, outcome)
            },
            flagged,
            ranking: &outcome.ranking,
            dimensions: &outcome.dimensions,
            reasons_heading,
            reasons: outcome
                .reasons
                .iter()
                .map(|r| summary::reason_text_in(words, &content.quiz, r))
                .collect(),
            no_reasons: words.args("report-no-reasons", &[("role", best_title.into())]),
            next_steps: next_steps(words, best_role, flagged, outcome.low_interest),
            roles,
        }
    }

    /// "Taken 2026-11-25 14:10 UTC. You answered 32 of 32 questions."
    fn meta_line(&self) -> String {
        match self.taken {
            Some(taken) => self.words.args(
                "report-taken",
                &[
                    (
                        "when",
                        crate::store::clock::readable_in(&self.words, taken).into(),
                    ),
                    ("answered", self.answered.as_str().into()),
                ],
            ),
            None => self.answered.clone(),
        }
    }

    /// A score to one decimal, or "not measured".
    fn score_text(&self, score: Option<f64>) -> String {
        score.map_or_else(
            || self.words.get("summary-not-measured"),
            |s| format!("{s:.1}"),
        )
    }
}

/// A certification to work toward (the first active one: role files list
/// first the one that needs the least experience), the education route and
/// the career path of the best-fit role. It is not called "a first
/// certification": for a role that needs years of work first, none is.
fn next_steps(words: &Words, best: Option<&Role>, flagged: bool, low_interest: bool) -> Vec<Step> {
    let mut steps = Vec::new();
    if low_interest {
        steps.push(Step {
            label: words.get("report-step-wider"),
            text: words.get("report-step-wider-text"),
        });
    }
    if flagged {
        steps.push(Step {
            label: words.get("report-step-talk"),
            text: words.get("report-step-talk-text"),
        });
    }
    let Some(role) = best else { return steps };
    let facts = &role.facts;
    if let Some(entry) = &facts.entry {
        steps.push(Step {
            label: Part::Entry.heading_in(words),
            text: summary::entry_lines_in(words, entry).join(" "),
        });
    }
    if let Some(cert) = facts
        .certifications
        .iter()
        .find(|c| c.status == CertificationStatus::Active)
    {
        steps.push(Step {
            label: words.get("report-step-certification"),
            text: words.args(
                "report-step-certification-text",
                &[
                    ("name", cert.name.as_str().into()),
                    ("issuer", cert.issuer.as_str().into()),
                ],
            ),
        });
    }
    if let Some(education) = &facts.education {
        steps.push(Step {
            label: words.get("report-step-education"),
            text: education.clone(),
        });
    }
    if !facts.career_path.is_empty() {
        steps.push(Step {
            label: Part::CareerPath.heading_in(words),
            text: format!("{}.", facts.career_path.join(" → ")),
        });
    }
    steps
}
