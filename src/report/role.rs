//! One role as a format-neutral document: its sections in one order, each
//! with one heading, its items and the sources of its facts. Every output
//! lays this out (`roles` text and Markdown, the report's Markdown and HTML,
//! the TUI's role tabs, compare), so they cannot drift apart in headings,
//! order or wording. Layouts decide only looks (and which sections a page
//! needs); the words come from here and `summary`.

use crate::content::{CertificationStatus, Role};
use crate::summary;

/// A role's sections, in the order every output shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Work,
    Occupations,
    Duties,
    Skills,
    Certifications,
    Entry,
    Education,
    Pay,
    Outlook,
    CareerPath,
    Sources,
}

impl Part {
    /// The heading of this section, the same in every output.
    pub const fn heading(self) -> &'static str {
        match self {
            Part::Work => "Where you would work",
            Part::Occupations => "Official occupations",
            Part::Duties => "What you would do",
            Part::Skills => "Skills you would use",
            Part::Certifications => "Certifications",
            Part::Entry => "How people get in",
            Part::Education => "Education",
            Part::Pay => "Pay",
            Part::Outlook => "Job outlook",
            Part::CareerPath => "Career path",
            Part::Sources => "Sources",
        }
    }
}

/// Said over the retired certifications, in every output.
pub const RETIRED_HEADING: &str = "Retired: no longer offered, so do not plan to earn these";

/// A run of facts that share one source (`None`: the words name it).
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub lines: Vec<String>,
    pub source: Option<String>,
}

/// One certification, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Cert {
    /// The whole of it in one line (`summary::certification_text`).
    pub text: String,
    pub name: String,
    pub issuer: String,
    pub note: Option<String>,
    pub source: Option<String>,
}

/// A source the role's facts come from.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub title: String,
    pub url: Option<String>,
}

/// What a section holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    Paragraph(String),
    List(Vec<String>),
    /// Facts in runs, each run followed by its source.
    Sourced(Vec<Run>),
    /// Current ones first; retired ones apart, under `RETIRED_HEADING`.
    Certifications {
        active: Vec<Cert>,
        retired: Vec<Cert>,
    },
    /// Steps in order (the career path).
    Steps(Vec<String>),
    Links(Vec<Link>),
}

/// One section: which part it is (its heading) and what it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub part: Part,
    pub body: Body,
}

impl Section {
    pub fn heading(&self) -> &'static str {
        self.part.heading()
    }
}

/// A role, as every output shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct RoleDoc {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// Only the sections the role file has something for, in `Part` order.
    pub sections: Vec<Section>,
}

impl RoleDoc {
    pub fn new(role: &Role) -> RoleDoc {
        RoleDoc::only(role, |_| true)
    }

    /// The document with only the parts `wanted` picks, the others not
    /// even worded (a TUI tab is drawn on every key).
    pub fn only(role: &Role, wanted: impl Fn(Part) -> bool) -> RoleDoc {
        let facts = &role.facts;
        let mut sections = Vec::new();
        let mut add = |part: Part, body: &dyn Fn() -> Option<Body>| {
            if wanted(part)
                && let Some(body) = body()
            {
                sections.push(Section { part, body });
            }
        };
        let list = |items: &[String]| (!items.is_empty()).then(|| Body::List(items.to_vec()));
        let sourced = |facts: Vec<summary::Sourced>| {
            let runs: Vec<Run> = summary::by_source(&facts)
                .into_iter()
                .map(|(lines, source)| Run {
                    lines: lines.into_iter().map(str::to_string).collect(),
                    source: source.map(str::to_string),
                })
                .collect();
            (!runs.is_empty()).then_some(Body::Sourced(runs))
        };

        add(Part::Work, &|| {
            facts.work_environment.clone().map(Body::Paragraph)
        });
        add(Part::Occupations, &|| list(&summary::onet_links(facts)));
        add(Part::Duties, &|| list(&facts.duties));
        add(Part::Skills, &|| list(&facts.skills));
        add(Part::Certifications, &|| {
            if facts.certifications.is_empty() {
                return None;
            }
            let cert = |c: &crate::content::Certification| Cert {
                text: summary::certification_text(c),
                name: c.name.clone(),
                issuer: c.issuer.clone(),
                note: c.note.clone(),
                source: c.source.clone().filter(|s| !s.trim().is_empty()),
            };
            let (active, retired): (Vec<_>, Vec<_>) = facts
                .certifications
                .iter()
                .partition(|c| c.status == CertificationStatus::Active);
            Some(Body::Certifications {
                active: active.into_iter().map(cert).collect(),
                retired: retired.into_iter().map(cert).collect(),
            })
        });
        add(Part::Entry, &|| {
            facts.entry.as_ref().map(|entry| {
                Body::Sourced(vec![Run {
                    lines: summary::entry_lines(entry),
                    source: entry.source.clone().filter(|s| !s.trim().is_empty()),
                }])
            })
        });
        add(Part::Education, &|| {
            facts.education.clone().map(Body::Paragraph)
        });
        add(Part::Pay, &|| sourced(summary::pay_lines(facts)));
        add(Part::Outlook, &|| sourced(summary::outlook_lines(facts)));
        add(Part::CareerPath, &|| {
            (!facts.career_path.is_empty()).then(|| Body::Steps(facts.career_path.clone()))
        });
        add(Part::Sources, &|| {
            (!facts.sources.is_empty()).then(|| {
                Body::Links(
                    facts
                        .sources
                        .iter()
                        .map(|s| Link {
                            title: s.title.clone(),
                            url: s.url.clone(),
                        })
                        .collect(),
                )
            })
        });
        RoleDoc {
            id: role.id.clone(),
            title: role.title.clone(),
            summary: role.summary.clone(),
            sections,
        }
    }

    /// The section for a part, if the role has one.
    pub fn section(&self, part: Part) -> Option<&Section> {
        self.sections.iter().find(|s| s.part == part)
    }

    /// The document without some parts (a page that says them elsewhere).
    pub fn without(mut self, parts: &[Part]) -> RoleDoc {
        self.sections.retain(|s| !parts.contains(&s.part));
        self
    }
}
