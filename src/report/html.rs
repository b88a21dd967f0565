//! The report laid out as one self-contained HTML5 page: an inline style
//! sheet and inline SVG charts, no script and no external reference of any
//! kind (source addresses are shown as text, not links). It reads well on a
//! screen and prints on A4 or Letter. All text is escaped.

use std::fmt::Write;

use super::svg::{Bar, bar_chart, label_width};
use super::{
    CERTIFICATIONS_HEADING, DUTIES_HEADING, EDUCATION_HEADING, ENTRY_HEADING, MADE_WITH,
    NEXT_STEPS_HEADING, OCCUPATIONS_HEADING, OUTLOOK_HEADING, PAY_HEADING, PROFILE_HEADING,
    PROFILE_NOTE, PURPOSE, RANKING_HEADING, RANKING_NOTE, RETIRED_HEADING, Report, RoleSection,
    SKILLS_HEADING, SOURCES_HEADING, WORK_HEADING,
};
use crate::summary;

const STYLE: &str = r#"
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  background: #ffffff;
  color: #111111;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 16px;
  line-height: 1.55;
}
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 0.3rem; }
h2 {
  font-size: 1.35rem; line-height: 1.3; margin: 2.2rem 0 0.6rem;
  padding-bottom: 0.2rem; border-bottom: 2px solid #111111;
}
h3 { font-size: 1.08rem; margin: 1.3rem 0 0.3rem; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
p { margin: 0.4rem 0; }
ul, ol { margin: 0.4rem 0; padding-left: 1.4rem; }
li { margin: 0.2rem 0; }
.meta { color: #333333; margin: 0; }
.verdict { margin: 1.2rem 0; padding: 0.8rem 1rem; border: 2px solid #111111; border-radius: 6px; }
.headline { font-size: 1.22rem; font-weight: 700; margin: 0; }
.notes { margin: 0.6rem 0 0; padding: 0; list-style: none; }
.notes li { margin: 0.3rem 0 0; }
.purpose { margin: 0.7rem 0 0; font-style: italic; }
.chart-note { color: #333333; font-size: 0.95rem; }
.chart { display: block; width: 100%; max-width: 640px; height: auto; margin: 0.5rem 0; }
.summary { font-size: 1.02rem; }
.retired {
  margin-top: 0.6rem; padding: 0.2rem 0.8rem; border: 1px dashed #555555; border-radius: 4px;
  color: #333333;
}
.retired h4 { font-size: 0.98rem; margin: 0.3rem 0; }
.source { color: #333333; font-size: 0.92rem; }
.url { overflow-wrap: anywhere; word-break: break-word; }
.steps li { margin: 0.35rem 0; }
footer {
  margin-top: 2.5rem; padding-top: 0.5rem; border-top: 1px solid #888888;
  color: #333333; font-size: 0.92rem;
}
p { orphans: 3; widows: 3; }
/* Small blocks stay whole on paper; long lists may run on, one item at a time. */
.part, .verdict, .chart, .retired, .summary, li, footer { break-inside: avoid; page-break-inside: avoid; }
@page { size: auto; margin: 15mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 11pt; line-height: 1.45; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 20pt; }
  h2 { font-size: 14pt; margin-top: 1.4rem; }
  h3 { font-size: 11.5pt; }
  .chart { max-width: 150mm; }
}
"#;

pub(super) fn render(report: &Report<'_>) -> String {
    let mut out = String::new();
    let w = &mut out;
    line(w, "<!doctype html>");
    line(w, r#"<html lang="en">"#);
    line(w, "<head>");
    line(w, r#"<meta charset="utf-8">"#);
    line(
        w,
        r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#,
    );
    line(
        w,
        &format!(
            "<title>{}: your careerfit report</title>",
            escape(report.title)
        ),
    );
    line(w, &format!("<style>{STYLE}</style>"));
    line(w, "</head>");
    line(w, "<body>");
    line(w, "<main>");

    line(w, "<header>");
    line(w, &format!("<h1>{}</h1>", escape(report.title)));
    line(
        w,
        &format!(r#"<p class="meta">{}</p>"#, escape(&report.meta_line())),
    );
    line(w, "</header>");

    line(w, r#"<section class="verdict">"#);
    line(
        w,
        &format!(r#"<p class="headline">{}</p>"#, escape(&report.headline)),
    );
    if !report.notes.is_empty() {
        line(w, r#"<ul class="notes">"#);
        for note in &report.notes {
            line(
                w,
                &format!("<li><strong>Note:</strong> {}</li>", escape(note)),
            );
        }
        line(w, "</ul>");
    }
    line(w, &format!(r#"<p class="purpose">{PURPOSE}</p>"#));
    line(w, "</section>");

    // One label column for both charts, so their bars line up.
    let labels = label_width(
        report
            .ranking
            .iter()
            .map(|f| f.title.as_str())
            .chain(report.dimensions.iter().map(|d| d.name.as_str())),
    );
    line(w, r#"<section class="part">"#);
    line(w, &format!("<h2>{RANKING_HEADING}</h2>"));
    line(w, &format!(r#"<p class="chart-note">{RANKING_NOTE}</p>"#));
    let bars: Vec<Bar<'_>> = report
        .ranking
        .iter()
        .map(|f| Bar {
            label: &f.title,
            value: Some(f.fit),
        })
        .collect();
    w.push_str(&bar_chart(RANKING_HEADING, &bars, !report.flagged, labels));
    line(w, "</section>");

    line(w, r#"<section class="part">"#);
    line(w, &format!("<h2>{PROFILE_HEADING}</h2>"));
    line(w, &format!(r#"<p class="chart-note">{PROFILE_NOTE}</p>"#));
    let bars: Vec<Bar<'_>> = report
        .dimensions
        .iter()
        .map(|d| Bar {
            label: &d.name,
            value: d.score,
        })
        .collect();
    w.push_str(&bar_chart(PROFILE_HEADING, &bars, false, labels));
    line(w, "</section>");

    line(w, r#"<section class="part">"#);
    line(w, &format!("<h2>{}</h2>", escape(&report.reasons_heading)));
    if report.reasons.is_empty() {
        line(w, &format!("<p>{}</p>", escape(&report.no_reasons)));
    } else {
        line(w, "<ul>");
        for reason in &report.reasons {
            line(w, &format!("<li>{}</li>", escape(reason)));
        }
        line(w, "</ul>");
    }
    line(w, "</section>");

    for section in &report.roles {
        role_section(w, section);
    }

    if !report.next_steps.is_empty() {
        line(w, r#"<section class="part">"#);
        line(w, &format!("<h2>{NEXT_STEPS_HEADING}</h2>"));
        line(w, r#"<ol class="steps">"#);
        for step in &report.next_steps {
            line(
                w,
                &format!(
                    "<li><strong>{}:</strong> {}</li>",
                    escape(step.label),
                    escape(&step.text)
                ),
            );
        }
        line(w, "</ol>");
        line(w, "</section>");
    }

    line(w, "<footer>");
    line(w, &format!("<p>{PURPOSE} {MADE_WITH}</p>"));
    line(w, "</footer>");
    line(w, "</main>");
    line(w, "</body>");
    line(w, "</html>");
    out
}

fn role_section(w: &mut String, section: &RoleSection<'_>) {
    let role = section.role;
    let facts = &role.facts;
    line(w, "<section>");
    line(w, &format!("<h2>{}</h2>", escape(&section.heading)));
    line(
        w,
        &format!(r#"<p class="summary">{}</p>"#, escape(&role.summary)),
    );

    if let Some(environment) = &facts.work_environment {
        paragraph(w, WORK_HEADING, environment);
    }
    list(w, DUTIES_HEADING, &facts.duties);
    list(w, SKILLS_HEADING, &facts.skills);

    if !facts.certifications.is_empty() {
        line(w, r#"<div class="flow">"#);
        line(w, &format!("<h3>{CERTIFICATIONS_HEADING}</h3>"));
        if !section.active.is_empty() {
            line(w, "<ul>");
            for cert in &section.active {
                line(
                    w,
                    &format!("<li>{}</li>", escape(&summary::certification_text(cert))),
                );
            }
            line(w, "</ul>");
        }
        if !section.retired.is_empty() {
            line(w, r#"<div class="retired">"#);
            line(w, &format!("<h4>{RETIRED_HEADING}</h4>"));
            line(w, "<ul>");
            for cert in &section.retired {
                line(
                    w,
                    &format!("<li>{}</li>", escape(&summary::certification_text(cert))),
                );
            }
            line(w, "</ul>");
            line(w, "</div>");
        }
        line(w, "</div>");
    }

    if let Some(education) = facts.education.as_ref().filter(|_| section.show_education) {
        paragraph(w, EDUCATION_HEADING, education);
    }
    role_facts(w, facts);
    if !facts.sources.is_empty() {
        line(w, r#"<div class="flow">"#);
        line(w, &format!("<h3>{SOURCES_HEADING}</h3>"));
        line(w, r#"<ul class="source">"#);
        for source in &facts.sources {
            match &source.url {
                Some(url) => line(
                    w,
                    &format!(
                        r#"<li>{}: <span class="url">{}</span></li>"#,
                        escape(&source.title),
                        escape(url)
                    ),
                ),
                None => line(w, &format!("<li>{}</li>", escape(&source.title))),
            }
        }
        line(w, "</ul>");
        line(w, "</div>");
    }
    line(w, "</section>");
}

/// Pay and outlook one line per occupation, each run with its source;
/// how people get in; the occupations' pages.
fn role_facts(w: &mut String, facts: &crate::content::RoleFacts) {
    sourced(w, PAY_HEADING, &summary::pay_lines(facts));
    sourced(w, OUTLOOK_HEADING, &summary::outlook_lines(facts));
    if let Some(entry) = &facts.entry {
        list(w, ENTRY_HEADING, &summary::entry_lines(entry));
        if let Some(source) = &entry.source {
            source_line(w, source);
        }
    }
    list(w, OCCUPATIONS_HEADING, &summary::onet_links(facts));
}

fn sourced(w: &mut String, heading: &str, facts: &[summary::Sourced]) {
    if facts.is_empty() {
        return;
    }
    line(w, r#"<div class="part">"#);
    line(w, &format!("<h3>{heading}</h3>"));
    for (texts, from) in summary::by_source(facts) {
        line(w, "<ul>");
        for text in texts {
            line(w, &format!("<li>{}</li>", escape(text)));
        }
        line(w, "</ul>");
        if let Some(from) = from {
            source_line(w, from);
        }
    }
    line(w, "</div>");
}

fn paragraph(w: &mut String, heading: &str, text: &str) {
    line(w, r#"<div class="part">"#);
    line(w, &format!("<h3>{heading}</h3>"));
    line(w, &format!("<p>{}</p>", escape(text)));
    line(w, "</div>");
}

fn list(w: &mut String, heading: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    line(w, r#"<div class="flow">"#);
    line(w, &format!("<h3>{heading}</h3>"));
    line(w, "<ul>");
    for item in items {
        line(w, &format!("<li>{}</li>", escape(item)));
    }
    line(w, "</ul>");
    line(w, "</div>");
}

fn source_line(w: &mut String, source: &str) {
    line(
        w,
        &format!(
            r#"<p class="source"><strong>Source:</strong> {}</p>"#,
            escape(source)
        ),
    );
}

fn line(w: &mut String, text: &str) {
    let _ = writeln!(w, "{text}");
}

/// Text safe inside HTML and SVG elements and quoted attributes.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Hidden characters (escape sequences, bidi overrides, zero widths)
    // are shown as visible escapes, as everywhere text is shown.
    for c in crate::text::printable(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn the_five_characters_are_escaped() {
        assert_eq!(
            escape(r#"<a href="x">Tom & Jerry's</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"
        );
    }
}
