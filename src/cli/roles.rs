//! `careerfit roles`: list the roles, or show one in full, as text, JSON or Markdown.

use super::{Cli, Failure, RolesFormat, load_content};
use crate::content::Role;
pub use crate::report::role_markdown;
use crate::summary::{self, certification_text};

pub fn run(cli: &Cli, id: Option<&str>, format: RolesFormat) -> Result<String, Failure> {
    let content = load_content(cli)?;
    let chosen: Vec<&Role> = match id {
        Some(id) => match content.role(id) {
            Some(role) => vec![role],
            None => {
                let known: Vec<&str> = content.roles.iter().map(|r| r.id.as_str()).collect();
                return Err(Failure::Message(format!(
                    "there is no role `{id}`; the roles are: {}",
                    known.join(", ")
                )));
            }
        },
        None => content.roles.iter().collect(),
    };
    let json = |value: serde_json::Result<String>| {
        value
            .map(|s| s + "\n")
            .map_err(|e| Failure::Message(format!("could not write JSON: {e}")))
    };
    match (format, id) {
        (RolesFormat::Json, Some(_)) => json(serde_json::to_string_pretty(chosen[0])),
        (RolesFormat::Json, None) => json(serde_json::to_string_pretty(&chosen)),
        (RolesFormat::Text, None) => Ok(list_text(&chosen)),
        (RolesFormat::Text, Some(_)) => Ok(role_text(chosen[0])),
        (RolesFormat::Markdown, _) => Ok(chosen
            .iter()
            .map(|r| role_markdown(r))
            .collect::<Vec<_>>()
            .join("\n")),
    }
}

fn list_text(roles: &[&Role]) -> String {
    let width = roles.iter().map(|r| r.id.len()).max().unwrap_or(0);
    let mut out = String::new();
    for role in roles {
        out.push_str(&format!("{:<width$}  {}\n", role.id, role.title));
        out.push_str(&format!("{:<width$}  {}\n", "", role.summary));
    }
    out.push_str("\nShow one in full with: careerfit roles <id>\n");
    out
}

/// One role in full, as plain text.
pub fn role_text(role: &Role) -> String {
    let facts = &role.facts;
    let mut out = format!("{} ({})\n{}\n", role.title, role.id, role.summary);
    let mut section = |title: &str, body: String| {
        if !body.is_empty() {
            out.push_str(&format!("\n{title}\n{body}"));
        }
    };
    let bullets = |items: &[String]| {
        items
            .iter()
            .map(|i| format!("  - {i}\n"))
            .collect::<String>()
    };
    let para = |text: &Option<String>| {
        text.as_ref()
            .map(|t| format!("  {t}\n"))
            .unwrap_or_default()
    };
    section("What you would do", bullets(&facts.duties));
    section("Skills", bullets(&facts.skills));
    section("Where you would work", para(&facts.work_environment));
    section("Education", para(&facts.education));
    section(
        "Certifications",
        facts
            .certifications
            .iter()
            .map(|c| match &c.source {
                Some(source) => format!("  - {}\n    Source: {source}\n", certification_text(c)),
                None => format!("  - {}\n", certification_text(c)),
            })
            .collect(),
    );
    let sourced = |facts: Vec<summary::Sourced>| {
        summary::by_source(&facts)
            .into_iter()
            .map(|(texts, from)| {
                texts
                    .iter()
                    .map(|t| format!("  - {t}\n"))
                    .collect::<String>()
                    + &from
                        .map(|from| format!("    Source: {from}\n"))
                        .unwrap_or_default()
            })
            .collect::<String>()
    };
    section("Pay", sourced(summary::pay_lines(facts)));
    section("Job outlook", sourced(summary::outlook_lines(facts)));
    if let Some(entry) = &facts.entry {
        let mut body: String = summary::entry_lines(entry)
            .iter()
            .map(|l| format!("  {l}\n"))
            .collect();
        if let Some(source) = &entry.source {
            body.push_str(&format!("  Source: {source}\n"));
        }
        section("How people get in", body);
    }
    if !facts.career_path.is_empty() {
        section(
            "Career path",
            format!("  {}\n", facts.career_path.join(", then ")),
        );
    }
    section(
        "Official occupations",
        summary::onet_links(facts)
            .iter()
            .map(|l| format!("  - {l}\n"))
            .collect(),
    );
    section(
        "Sources",
        facts
            .sources
            .iter()
            .map(|s| match &s.url {
                Some(url) => format!("  - {} <{url}>\n", s.title),
                None => format!("  - {}\n", s.title),
            })
            .collect(),
    );
    out
}
