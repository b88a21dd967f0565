//! The report laid out as one self-contained HTML5 page: an inline style
//! sheet and inline SVG charts, no script and no external reference of any
//! kind (source addresses are shown as text, not links). It reads well on a
//! screen and prints on A4 or Letter. All text is escaped.

use std::fmt::Write;

use super::escape::html as escape;
use super::role::Body;
use super::svg::{Bar, bar_chart, label_width};
use super::{Report, RoleSection};

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
    line(
        w,
        &format!(r#"<html lang="{}">"#, report.words.lang().tag()),
    );
    line(w, "<head>");
    line(w, r#"<meta charset="utf-8">"#);
    line(
        w,
        r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#,
    );
    line(
        w,
        &format!(
            "<title>{}</title>",
            escape(
                &report
                    .words
                    .args("report-page-title", &[("title", report.title.into())])
            )
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
                &format!(
                    "<li><strong>{}:</strong> {}</li>",
                    escape(&report.words.get("report-note-label")),
                    escape(note)
                ),
            );
        }
        line(w, "</ul>");
    }
    let purpose = escape(&report.words.get("report-purpose"));
    line(w, &format!(r#"<p class="purpose">{purpose}</p>"#));
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
    let not_measured = report.words.get("report-chart-not-measured");
    let ranking_heading = report.words.get("report-ranking-heading");
    line(w, &format!("<h2>{}</h2>", escape(&ranking_heading)));
    line(
        w,
        &format!(
            r#"<p class="chart-note">{}</p>"#,
            // careerfit's own words, written as they are (as before).
            crate::summary::fit_meaning(&report.words)
        ),
    );
    let bars: Vec<Bar<'_>> = report
        .ranking
        .iter()
        .map(|f| Bar {
            label: &f.title,
            value: Some(f.fit),
        })
        .collect();
    w.push_str(&bar_chart(
        &ranking_heading,
        &bars,
        !report.flagged,
        labels,
        &not_measured,
    ));
    line(w, "</section>");

    line(w, r#"<section class="part">"#);
    let profile_heading = report.words.get("report-profile-heading");
    line(w, &format!("<h2>{}</h2>", escape(&profile_heading)));
    line(
        w,
        &format!(
            r#"<p class="chart-note">{}</p>"#,
            escape(&report.words.get("report-profile-note"))
        ),
    );
    let bars: Vec<Bar<'_>> = report
        .dimensions
        .iter()
        .map(|d| Bar {
            label: &d.name,
            value: d.score,
        })
        .collect();
    w.push_str(&bar_chart(
        &profile_heading,
        &bars,
        false,
        labels,
        &not_measured,
    ));
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
        line(
            w,
            &format!(
                "<h2>{}</h2>",
                escape(&report.words.get("report-next-steps-heading"))
            ),
        );
        line(w, r#"<ol class="steps">"#);
        for step in &report.next_steps {
            line(
                w,
                &format!(
                    "<li><strong>{}:</strong> {}</li>",
                    escape(&step.label),
                    escape(&step.text)
                ),
            );
        }
        line(w, "</ol>");
        line(w, "</section>");
    }

    line(w, "<footer>");
    line(
        w,
        &format!(
            "<p>{purpose} {}</p>",
            escape(&report.words.get("report-made-with"))
        ),
    );
    line(w, "</footer>");
    line(w, "</main>");
    line(w, "</body>");
    line(w, "</html>");
    out
}

fn role_section(w: &mut String, section: &RoleSection) {
    let doc = &section.doc;
    line(w, "<section>");
    line(w, &format!("<h2>{}</h2>", escape(&section.heading)));
    line(
        w,
        &format!(r#"<p class="summary">{}</p>"#, escape(&doc.summary)),
    );
    for part in &doc.sections {
        let heading = escape(part.heading());
        let source_label = escape(&doc.words.get("report-source-label"));
        match &part.body {
            Body::Paragraph(text) => {
                line(w, r#"<div class="part">"#);
                line(w, &format!("<h3>{heading}</h3>"));
                line(w, &format!("<p>{}</p>", escape(text)));
            }
            Body::List(items) => {
                line(w, r#"<div class="flow">"#);
                line(w, &format!("<h3>{heading}</h3>"));
                list(w, "<ul>", items.iter().map(|i| escape(i)));
            }
            Body::Sourced(runs) => {
                line(w, r#"<div class="part">"#);
                line(w, &format!("<h3>{heading}</h3>"));
                for run in runs {
                    list(w, "<ul>", run.lines.iter().map(|l| escape(l)));
                    if let Some(from) = &run.source {
                        source_line(w, &source_label, from);
                    }
                }
            }
            Body::Certifications { active, retired } => {
                let items = |certs: &[super::role::Cert]| -> Vec<String> {
                    certs
                        .iter()
                        .map(|c| match &c.source {
                            Some(from) => format!(
                                r#"{}<br><span class="source">{}</span>"#,
                                escape(&c.text),
                                escape(&doc.source_line(from))
                            ),
                            None => escape(&c.text),
                        })
                        .collect()
                };
                line(w, r#"<div class="flow">"#);
                line(w, &format!("<h3>{heading}</h3>"));
                if !active.is_empty() {
                    list(w, "<ul>", items(active).into_iter());
                }
                if !retired.is_empty() {
                    line(w, r#"<div class="retired">"#);
                    line(w, &format!("<h4>{}</h4>", escape(&doc.retired_heading())));
                    list(w, "<ul>", items(retired).into_iter());
                    line(w, "</div>");
                }
            }
            Body::Steps(steps) => {
                line(w, r#"<div class="flow">"#);
                line(w, &format!("<h3>{heading}</h3>"));
                list(w, "<ol>", steps.iter().map(|s| escape(s)));
            }
            Body::Links(links) => {
                line(w, r#"<div class="flow">"#);
                line(w, &format!("<h3>{heading}</h3>"));
                list(
                    w,
                    r#"<ul class="source">"#,
                    links.iter().map(|l| match &l.url {
                        Some(url) => format!(
                            r#"{}: <span class="url">{}</span>"#,
                            escape(&l.title),
                            escape(url)
                        ),
                        None => escape(&l.title),
                    }),
                );
            }
        }
        line(w, "</div>");
    }
    line(w, "</section>");
}

/// A list of items already escaped, opened by `open` (`<ul>` or `<ol>`).
fn list(w: &mut String, open: &str, items: impl Iterator<Item = String>) {
    line(w, open);
    for item in items {
        line(w, &format!("<li>{item}</li>"));
    }
    line(
        w,
        if open.starts_with("<ol") {
            "</ol>"
        } else {
            "</ul>"
        },
    );
}

fn source_line(w: &mut String, label: &str, source: &str) {
    line(
        w,
        &format!(
            r#"<p class="source"><strong>{label}:</strong> {}</p>"#,
            escape(source)
        ),
    );
}

fn line(w: &mut String, text: &str) {
    let _ = writeln!(w, "{text}");
}
