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
use crate::scoring::{DimensionScore, Fit, Outcome};
use crate::summary;
use role::Part;

/// The report as Markdown. `taken` is when the quiz was taken, if known
/// (e.g. "2026-11-25 14:10 UTC").
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
    markdown::role(&role::RoleDoc::new(role))
}

pub use escape::markdown as markdown_escape;

/// The next step that names a certification, in the reports and on the
/// results screen.
pub const CERTIFICATION_STEP: &str = "A certification to work toward";

/// Said on every report, near the top.
const PURPOSE: &str = "This report is for exploring careers. It is not a test or a hiring tool.";
/// The last line of every report.
const MADE_WITH: &str = "Made with careerfit.";
const RANKING_HEADING: &str = "How each role fits you";
const RANKING_NOTE: &str = summary::FIT_MEANING;
const PROFILE_HEADING: &str = "Your interests";
const PROFILE_NOTE: &str = "Each score goes from 0 (not at all) to 100 (very much).";
const NOT_MEASURED: &str = "not measured (no answers)";
const NEXT_STEPS_HEADING: &str = "Next steps";

/// Everything a report says, in words, ready to be laid out.
struct Report<'a> {
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
    label: &'static str,
    text: String,
}

impl<'a> Report<'a> {
    fn new(content: &'a Content, outcome: &'a Outcome, taken: Option<&'a str>) -> Report<'a> {
        let flagged = outcome.flagged();
        let best = outcome.ranking.first();
        let best_title = best.map_or("", |f| f.title.as_str());

        let mut roles = Vec::new();
        let best_role = best.and_then(|f| content.role(&f.role));
        if let Some(role) = best_role {
            let heading = if flagged {
                format!("Closest fit: {}", role.title)
            } else {
                format!("Your best fit: {}", role.title)
            };
            // Its education and career path are told in the next steps.
            let doc = role::RoleDoc::new(role).without(&[Part::Education, Part::CareerPath]);
            roles.push(RoleSection { heading, doc });
        }
        if outcome.close_call
            && !outcome.flat
            && let Some(role) = outcome.ranking.get(1).and_then(|f| content.role(&f.role))
        {
            roles.push(RoleSection {
                heading: format!("Also close: {}", role.title),
                doc: role::RoleDoc::new(role).without(&[Part::CareerPath]),
            });
        }

        let reasons_heading = if outcome.ranking.is_empty() {
            String::new()
        } else {
            summary::reasons_heading(outcome)
        };

        Report {
            title: &content.quiz.title,
            taken,
            answered: format!(
                "You answered {} of {} questions.",
                outcome.answered, outcome.total
            ),
            headline: if outcome.ranking.is_empty() {
                "There is no result: no role was ranked.".to_string()
            } else {
                summary::headline(outcome)
            },
            notes: if outcome.ranking.is_empty() {
                Vec::new()
            } else {
                summary::flag_notes(outcome)
            },
            flagged,
            ranking: &outcome.ranking,
            dimensions: &outcome.dimensions,
            reasons_heading,
            reasons: outcome
                .reasons
                .iter()
                .map(|r| summary::reason_text(&content.quiz, r))
                .collect(),
            no_reasons: format!("None of your answers pointed clearly toward {best_title}."),
            next_steps: next_steps(best_role, flagged, outcome.low_interest),
            roles,
        }
    }

    /// "Taken 2026-11-25 14:10 UTC. You answered 32 of 32 questions."
    fn meta_line(&self) -> String {
        match self.taken {
            Some(taken) => format!("Taken {taken}. {}", self.answered),
            None => self.answered.clone(),
        }
    }
}

/// A certification to work toward (the first active one: role files list
/// first the one that needs the least experience), the education route and
/// the career path of the best-fit role. It is not called "a first
/// certification": for a role that needs years of work first, none is.
fn next_steps(best: Option<&Role>, flagged: bool, low_interest: bool) -> Vec<Step> {
    let mut steps = Vec::new();
    if low_interest {
        steps.push(Step {
            label: "A wider look",
            text: format!(
                "Try the O*NET Interest Profiler at My Next Move ({}). It covers every \
                 career, not only IT.",
                summary::INTEREST_PROFILER_URL
            ),
        });
    }
    if flagged {
        steps.push(Step {
            label: "Talk it over",
            text: "This result is not clear-cut. Read about the other roles too, and talk it over \
                   with a career counselor, a teacher or someone who works in IT."
                .to_string(),
        });
    }
    let Some(role) = best else { return steps };
    let facts = &role.facts;
    if let Some(entry) = &facts.entry {
        steps.push(Step {
            label: Part::Entry.heading(),
            text: summary::entry_lines(entry).join(" "),
        });
    }
    if let Some(cert) = facts
        .certifications
        .iter()
        .find(|c| c.status == CertificationStatus::Active)
    {
        steps.push(Step {
            label: CERTIFICATION_STEP,
            text: format!("{}, from {}.", cert.name, cert.issuer),
        });
    }
    if let Some(education) = &facts.education {
        steps.push(Step {
            label: "The education route",
            text: education.clone(),
        });
    }
    if !facts.career_path.is_empty() {
        steps.push(Step {
            label: "Career path",
            text: format!("{}.", facts.career_path.join(" → ")),
        });
    }
    steps
}

/// A score to one decimal, or "not measured".
fn score_text(score: Option<f64>) -> String {
    score.map_or_else(|| NOT_MEASURED.to_string(), |s| format!("{s:.1}"))
}
