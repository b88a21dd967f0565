//! `careerfit roles`: list the roles, or show one in full, as text, JSON or Markdown.

use super::print::json_failure;
use super::{Cli, Failure, RolesFormat, lang, load_content, load_content_in};
use crate::content::Role;
use crate::lang::{Said, Words};
use crate::report::role::{Body, RoleDoc};
pub use crate::report::{role_markdown, role_markdown_in};

/// JSON keeps the base files' words (the same in every language); text
/// and Markdown are in the person's language.
pub fn run(cli: &Cli, id: Option<&str>, format: RolesFormat) -> Result<String, Failure> {
    let content = match format {
        RolesFormat::Json => load_content(cli)?,
        _ => load_content_in(cli)?,
    };
    let words = Words::new(lang(cli));
    let chosen: Vec<&Role> = match id {
        Some(id) => match content.role(id) {
            Some(role) => vec![role],
            None => {
                let known: Vec<&str> = content.roles.iter().map(|r| r.id.as_str()).collect();
                return Err(Failure::Message(
                    Said::new("cli-no-such-role")
                        .text("id", id)
                        .text("roles", known.join(", ")),
                ));
            }
        },
        None => content.roles.iter().collect(),
    };
    let json = |value: serde_json::Result<String>| value.map(|s| s + "\n").map_err(json_failure);
    match (format, id) {
        (RolesFormat::Json, Some(_)) => json(serde_json::to_string_pretty(chosen[0])),
        (RolesFormat::Json, None) => json(serde_json::to_string_pretty(&chosen)),
        (RolesFormat::Text, None) => Ok(list_text(&words, &chosen)),
        (RolesFormat::Text, Some(_)) => Ok(role_text_in(&words, chosen[0])),
        (RolesFormat::Markdown, _) => Ok(chosen
            .iter()
            .map(|r| role_markdown_in(&words, r))
            .collect::<Vec<_>>()
            .join("\n")),
    }
}

fn list_text(words: &Words, roles: &[&Role]) -> String {
    let width = roles.iter().map(|r| r.id.len()).max().unwrap_or(0);
    let mut out = String::new();
    for role in roles {
        out.push_str(&format!("{:<width$}  {}\n", role.id, role.title));
        out.push_str(&format!("{:<width$}  {}\n", "", role.summary));
    }
    out.push_str(&format!("\n{}\n", words.get("role-more-heading")));
    out
}

/// One role in full, as plain text (`careerfit roles ID`, plain mode):
/// the role document's sections, each under its heading.
pub fn role_text(role: &Role) -> String {
    role_text_in(&Words::english(), role)
}

/// One role in full as plain text, in a language.
pub fn role_text_in(words: &Words, role: &Role) -> String {
    let doc = RoleDoc::new_in(words, role);

    let mut out = format!("{} ({})\n{}\n", doc.title, doc.id, doc.summary);
    for section in &doc.sections {
        out.push_str(&format!("\n{}\n", section.heading()));
        let source = |out: &mut String, indent: &str, source: &Option<String>| {
            if let Some(source) = source {
                out.push_str(&format!("{indent}{}\n", doc.source_line(source)));
            }
        };
        match &section.body {
            Body::Paragraph(text) => out.push_str(&format!("  {text}\n")),
            Body::List(items) => {
                for item in items {
                    out.push_str(&format!("  - {item}\n"));
                }
            }
            Body::Sourced(runs) => {
                for run in runs {
                    for line in &run.lines {
                        out.push_str(&format!("  - {line}\n"));
                    }
                    source(&mut out, "    ", &run.source);
                }
            }
            Body::Certifications { active, retired } => {
                for (n, certs) in [active, retired].into_iter().enumerate() {
                    if n == 1 && !certs.is_empty() {
                        out.push_str(&format!("  {}:\n", doc.retired_heading()));
                    }
                    for cert in certs {
                        out.push_str(&format!("  - {}\n", cert.text));
                        source(&mut out, "    ", &cert.source);
                    }
                }
            }
            Body::Steps(steps) => {
                let then = format!("{} ", words.get("role-steps-then"));
                out.push_str(&format!("  {}\n", steps.join(&then)));
            }
            Body::Links(links) => {
                for link in links {
                    match &link.url {
                        Some(url) => out.push_str(&format!("  - {} <{url}>\n", link.title)),
                        None => out.push_str(&format!("  - {}\n", link.title)),
                    }
                }
            }
        }
    }
    out
}
