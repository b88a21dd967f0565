//! The report laid out as Markdown: headings, tables for the ranking and the
//! interest profile, lists for reasons, duties and sources. Every piece of
//! text from a quiz or role file is escaped so it reads as plain words, never
//! as Markdown or HTML markup.

use std::fmt::Write;

use super::escape::markdown as esc;
// Role text is the counselor's own, notes and steps careerfit's: their
// web addresses stay links.
use super::escape::{autolink, markdown_linking as linking};
use super::role::{Body, RoleDoc};
use super::{Report, RoleSection};

pub(super) fn render(report: &Report<'_>) -> String {
    let mut out = String::new();
    let w = &mut out;
    line(w, &format!("# {}", esc(report.title)));
    blank(w);
    line(w, &esc(&report.meta_line()));
    blank(w);
    line(w, &format!("**{}**", esc(&report.headline)));
    blank(w);
    for (n, note) in report.notes.iter().enumerate() {
        if n > 0 {
            line(w, ">");
        }
        line(
            w,
            &format!(
                "> **{}:** {}",
                report.words.get("report-note-label"),
                linking(note)
            ),
        );
    }
    if !report.notes.is_empty() {
        blank(w);
    }
    let purpose = report.words.get("report-purpose");
    line(w, &format!("*{purpose}*"));
    blank(w);

    line(
        w,
        &format!("## {}", report.words.get("report-ranking-heading")),
    );
    blank(w);
    line(w, &crate::summary::fit_meaning(&report.words));
    blank(w);
    line(
        w,
        &format!(
            "| {} | {} | {} |",
            report.words.get("report-table-rank"),
            report.words.get("report-table-role"),
            report.words.get("report-table-fit")
        ),
    );
    line(w, "| ---: | --- | ---: |");
    for (rank, fit) in report.ranking.iter().enumerate() {
        line(
            w,
            &format!("| {} | {} | {:.1} |", rank + 1, esc(&fit.title), fit.fit),
        );
    }
    blank(w);

    line(
        w,
        &format!("## {}", report.words.get("report-profile-heading")),
    );
    blank(w);
    line(w, &report.words.get("report-profile-note"));
    blank(w);
    line(
        w,
        &format!(
            "| {} | {} |",
            report.words.get("report-table-interest"),
            report.words.get("report-table-score")
        ),
    );
    line(w, "| --- | ---: |");
    for dimension in report.dimensions {
        line(
            w,
            &format!(
                "| {} | {} |",
                esc(&dimension.name),
                report.score_text(dimension.score)
            ),
        );
    }
    blank(w);

    line(w, &format!("## {}", esc(&report.reasons_heading)));
    blank(w);
    if report.reasons.is_empty() {
        line(w, &esc(&report.no_reasons));
    }
    for reason in &report.reasons {
        line(w, &format!("- {}", esc(reason)));
    }
    blank(w);

    for section in &report.roles {
        role_section(w, section);
    }

    if !report.next_steps.is_empty() {
        line(
            w,
            &format!("## {}", report.words.get("report-next-steps-heading")),
        );
        blank(w);
        for (n, step) in report.next_steps.iter().enumerate() {
            line(
                w,
                &format!("{}. **{}:** {}", n + 1, step.label, linking(&step.text)),
            );
        }
        blank(w);
    }

    line(w, "---");
    blank(w);
    line(
        w,
        &format!("{purpose} {}", report.words.get("report-made-with")),
    );
    out
}

fn role_section(w: &mut String, section: &RoleSection) {
    line(w, &format!("## {}", esc(&section.heading)));
    blank(w);
    sections(w, &section.doc, "###");
}

/// One role in full, on its own (`careerfit roles --format markdown`): the
/// role is the title, so its sections are one level up from the report's.
pub(super) fn role(doc: &RoleDoc) -> String {
    let mut out = String::new();
    let w = &mut out;
    line(w, &format!("# {}", esc(&doc.title)));
    blank(w);
    sections(w, doc, "##");
    out
}

/// The role's summary, then each of its sections under a heading of
/// this level.
fn sections(w: &mut String, doc: &RoleDoc, level: &str) {
    line(w, &linking(&doc.summary));
    blank(w);
    for section in &doc.sections {
        line(w, &format!("{level} {}", section.heading()));
        blank(w);
        match &section.body {
            Body::Paragraph(text) => {
                line(w, &linking(text));
                blank(w);
            }
            Body::List(items) => {
                for item in items {
                    line(w, &format!("- {}", linking(item)));
                }
                blank(w);
            }
            Body::Sourced(runs) => {
                for run in runs {
                    for text in &run.lines {
                        line(w, &format!("- {}", linking(text)));
                    }
                    blank(w);
                    if let Some(from) = &run.source {
                        line(w, &doc.source_line(&linking(from)));
                        blank(w);
                    }
                }
            }
            Body::Certifications { active, retired } => {
                for (n, certs) in [active, retired].into_iter().enumerate() {
                    if certs.is_empty() {
                        continue;
                    }
                    if n == 1 {
                        line(w, &format!("**{}:**", doc.retired_heading()));
                        blank(w);
                    }
                    for cert in certs {
                        line(w, &format!("- {}", linking(&cert.text)));
                        if let Some(from) = &cert.source {
                            line(w, &format!("  - {}", doc.source_line(&linking(from))));
                        }
                    }
                    blank(w);
                }
            }
            Body::Steps(steps) => {
                for (n, step) in steps.iter().enumerate() {
                    line(w, &format!("{}. {}", n + 1, linking(step)));
                }
                blank(w);
            }
            Body::Links(links) => {
                for link in links {
                    match link.url.as_deref().and_then(autolink) {
                        Some(url) => line(w, &format!("- {}: {url}", esc(&link.title))),
                        None => match &link.url {
                            Some(url) => line(w, &format!("- {}: {}", esc(&link.title), esc(url))),
                            None => line(w, &format!("- {}", esc(&link.title))),
                        },
                    }
                }
                blank(w);
            }
        }
    }
}

fn line(w: &mut String, text: &str) {
    let _ = writeln!(w, "{text}");
}

fn blank(w: &mut String) {
    w.push('\n');
}
