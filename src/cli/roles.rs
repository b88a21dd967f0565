//! `careerfit roles`: list the roles, or show one in full, as text, JSON or Markdown.

use super::{Cli, Failure, RolesFormat, load_content};
use crate::content::Role;
use crate::report::role::{Body, RETIRED_HEADING, RoleDoc};
pub use crate::report::role_markdown;

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

/// One role in full, as plain text (`careerfit roles ID`, plain mode):
/// the role document's sections, each under its heading.
pub fn role_text(role: &Role) -> String {
    let doc = RoleDoc::new(role);

    let mut out = format!("{} ({})\n{}\n", doc.title, doc.id, doc.summary);
    for section in &doc.sections {
        out.push_str(&format!("\n{}\n", section.heading()));
        let source = |out: &mut String, indent: &str, source: &Option<String>| {
            if let Some(source) = source {
                out.push_str(&format!("{indent}Source: {source}\n"));
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
                        out.push_str(&format!("  {RETIRED_HEADING}:\n"));
                    }
                    for cert in certs {
                        out.push_str(&format!("  - {}\n", cert.text));
                        source(&mut out, "    ", &cert.source);
                    }
                }
            }
            Body::Steps(steps) => out.push_str(&format!("  {}\n", steps.join(", then "))),
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
