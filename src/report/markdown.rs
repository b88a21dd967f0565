//! The report laid out as Markdown: headings, tables for the ranking and the
//! interest profile, lists for reasons, duties and sources. Every piece of
//! text from a quiz or role file is escaped so it reads as plain words, never
//! as Markdown or HTML markup.

use std::fmt::Write;

use super::{
    CERTIFICATIONS_HEADING, DUTIES_HEADING, EDUCATION_HEADING, ENTRY_HEADING, MADE_WITH,
    NEXT_STEPS_HEADING, OCCUPATIONS_HEADING, OUTLOOK_HEADING, PAY_HEADING, PROFILE_HEADING,
    PROFILE_NOTE, PURPOSE, RANKING_HEADING, RANKING_NOTE, RETIRED_HEADING, Report, RoleSection,
    SKILLS_HEADING, SOURCES_HEADING, WORK_HEADING, score_text,
};
use crate::summary;

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
        line(w, &format!("> **Note:** {}", esc(note)));
    }
    if !report.notes.is_empty() {
        blank(w);
    }
    line(w, &format!("*{PURPOSE}*"));
    blank(w);

    line(w, &format!("## {RANKING_HEADING}"));
    blank(w);
    line(w, RANKING_NOTE);
    blank(w);
    line(w, "| Rank | Role | Fit (out of 100) |");
    line(w, "| ---: | --- | ---: |");
    for (rank, fit) in report.ranking.iter().enumerate() {
        line(
            w,
            &format!("| {} | {} | {:.1} |", rank + 1, esc(&fit.title), fit.fit),
        );
    }
    blank(w);

    line(w, &format!("## {PROFILE_HEADING}"));
    blank(w);
    line(w, PROFILE_NOTE);
    blank(w);
    line(w, "| Interest | Score (0 to 100) |");
    line(w, "| --- | ---: |");
    for dimension in report.dimensions {
        line(
            w,
            &format!(
                "| {} | {} |",
                esc(&dimension.name),
                score_text(dimension.score)
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
        line(w, &format!("## {NEXT_STEPS_HEADING}"));
        blank(w);
        for (n, step) in report.next_steps.iter().enumerate() {
            line(
                w,
                &format!("{}. **{}:** {}", n + 1, step.label, esc(&step.text)),
            );
        }
        blank(w);
    }

    line(w, "---");
    blank(w);
    line(w, &format!("{PURPOSE} {MADE_WITH}"));
    out
}

fn role_section(w: &mut String, section: &RoleSection<'_>) {
    let role = section.role;
    let facts = &role.facts;
    line(w, &format!("## {}", esc(&section.heading)));
    blank(w);
    line(w, &esc(&role.summary));
    blank(w);

    if let Some(environment) = &facts.work_environment {
        paragraph(w, WORK_HEADING, environment);
    }
    list(w, DUTIES_HEADING, &facts.duties);
    list(w, SKILLS_HEADING, &facts.skills);

    if !facts.certifications.is_empty() {
        line(w, &format!("### {CERTIFICATIONS_HEADING}"));
        blank(w);
        for cert in &section.active {
            line(w, &format!("- {}", esc(&summary::certification_text(cert))));
        }
        if !section.active.is_empty() {
            blank(w);
        }
        if !section.retired.is_empty() {
            line(w, &format!("**{RETIRED_HEADING}:**"));
            blank(w);
            for cert in &section.retired {
                line(w, &format!("- {}", esc(&summary::certification_text(cert))));
            }
            blank(w);
        }
    }

    if let Some(education) = facts.education.as_ref().filter(|_| section.show_education) {
        paragraph(w, EDUCATION_HEADING, education);
    }
    role_facts(w, facts);
    sources(w, &facts.sources);
}

/// One role in full, on its own (`careerfit roles --format markdown`).
pub(super) fn role(role: &crate::content::Role) -> String {
    let facts = &role.facts;
    let mut out = String::new();
    let w = &mut out;
    line(w, &format!("# {}", esc(&role.title)));
    blank(w);
    line(w, &esc(&role.summary));
    blank(w);
    list(w, DUTIES_HEADING, &facts.duties);
    list(w, SKILLS_HEADING, &facts.skills);
    if let Some(environment) = &facts.work_environment {
        paragraph(w, WORK_HEADING, environment);
    }
    if let Some(education) = &facts.education {
        paragraph(w, EDUCATION_HEADING, education);
    }
    if !facts.certifications.is_empty() {
        let certs: Vec<String> = facts
            .certifications
            .iter()
            .map(summary::certification_text)
            .collect();
        list(w, CERTIFICATIONS_HEADING, &certs);
    }
    role_facts(w, facts);
    if !facts.career_path.is_empty() {
        line(w, "### Career path");
        blank(w);
        for (n, step) in facts.career_path.iter().enumerate() {
            line(w, &format!("{}. {}", n + 1, esc(step)));
        }
        blank(w);
    }
    sources(w, &facts.sources);
    // On its own page the role is the title, so its sections are one level
    // up from the report's (text lines never start with `#`: `esc`).
    out.replace("\n### ", "\n## ")
}

fn sources(w: &mut String, sources: &[crate::content::Source]) {
    if sources.is_empty() {
        return;
    }
    line(w, &format!("### {SOURCES_HEADING}"));
    blank(w);
    for source in sources {
        match source.url.as_deref().and_then(autolink) {
            Some(link) => line(w, &format!("- {}: {link}", esc(&source.title))),
            None => match &source.url {
                Some(url) => line(w, &format!("- {}: {}", esc(&source.title), esc(url))),
                None => line(w, &format!("- {}", esc(&source.title))),
            },
        }
    }
    blank(w);
}

/// Pay and outlook one line per occupation, each run with its source;
/// how people get in; the occupations' pages.
fn role_facts(w: &mut String, facts: &crate::content::RoleFacts) {
    sourced(w, PAY_HEADING, &summary::pay_lines(facts));
    sourced(w, OUTLOOK_HEADING, &summary::outlook_lines(facts));
    if let Some(entry) = &facts.entry {
        line(w, &format!("### {ENTRY_HEADING}"));
        blank(w);
        for text in summary::entry_lines(entry) {
            line(w, &format!("- {}", esc(&text)));
        }
        blank(w);
        if let Some(source) = &entry.source {
            line(w, &format!("Source: {}", esc(source)));
            blank(w);
        }
    }
    list(w, OCCUPATIONS_HEADING, &summary::onet_links(facts));
}

fn sourced(w: &mut String, heading: &str, facts: &[summary::Sourced]) {
    if facts.is_empty() {
        return;
    }
    line(w, &format!("### {heading}"));
    blank(w);
    for (texts, from) in summary::by_source(facts) {
        for text in texts {
            line(w, &format!("- {}", esc(text)));
        }
        blank(w);
        if let Some(from) = from {
            line(w, &format!("Source: {}", esc(from)));
            blank(w);
        }
    }
}

fn paragraph(w: &mut String, heading: &str, text: &str) {
    line(w, &format!("### {heading}"));
    blank(w);
    line(w, &esc(text));
    blank(w);
}

fn list(w: &mut String, heading: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    line(w, &format!("### {heading}"));
    blank(w);
    for item in items {
        line(w, &format!("- {}", esc(item)));
    }
    blank(w);
}

fn line(w: &mut String, text: &str) {
    let _ = writeln!(w, "{text}");
}

fn blank(w: &mut String) {
    w.push('\n');
}

/// Text from a file as plain Markdown words: one line, and every character
/// Markdown or HTML would read as markup backslash-escaped, including a
/// start that would open a list ("- ", "1. ") or a heading underline.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let text = text.trim_start();
    if text.starts_with(['-', '+', '=', '#']) {
        out.push('\\');
    }
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && text[digits..].starts_with(['.', ')']) {
        out.push_str(&text[..digits]);
        out.push('\\');
        return out + &esc_words(&text[digits..]);
    }
    out + &esc_words(text)
}

fn esc_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        // A control character or a hidden one (bidi override, zero width)
        // is shown as a visible escape, like everywhere else text is shown.
        for c in crate::text::one_line(word).chars() {
            if matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~'
            ) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// A web address as a Markdown autolink `<https://...>`, or `None` when it
/// is not a plain http(s) address (then it is shown as escaped text).
fn autolink(url: &str) -> Option<String> {
    let plain = (url.starts_with("https://") || url.starts_with("http://"))
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>')
        && crate::text::one_line(url) == url;
    plain.then(|| format!("<{url}>"))
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn markup_is_escaped_and_lines_joined() {
        assert_eq!(
            esc("<script>alert(1)</script> & *x*\nnext"),
            "\\<script\\>alert(1)\\</script\\> & \\*x\\* next"
        );
        assert_eq!(esc("- a"), "\\- a");
        assert_eq!(esc("2024. A year"), "2024\\. A year");
        assert_eq!(esc("2024 was"), "2024 was");
    }
}
