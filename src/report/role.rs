//! One role as a format-neutral document: its sections in one order, each
//! with one heading, its items and the sources of its facts. Every output
//! lays this out (`roles` text and Markdown, the report's Markdown and HTML,
//! the TUI's role tabs, compare), so they cannot drift apart in headings,
//! order or wording. Layouts decide only looks (and which sections a page
//! needs); the words come from here and `summary`.

use crate::content::{CertificationStatus, Role};
use crate::lang::Words;
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
    /// The heading of this section in English.
    pub fn heading(self) -> String {
        self.heading_in(&Words::english())
    }

    /// The heading of this section, the same in every output, in a language.
    pub fn heading_in(self, words: &Words) -> String {
        match self {
            Part::Work => words.get("part-work"),
            Part::Occupations => words.get("part-occupations"),
            Part::Duties => words.get("part-duties"),
            Part::Skills => words.get("part-skills"),
            Part::Certifications => words.get("part-certifications"),
            Part::Entry => words.get("part-entry"),
            Part::Education => words.get("part-education"),
            Part::Pay => words.get("part-pay"),
            Part::Outlook => words.get("part-outlook"),
            Part::CareerPath => words.get("part-career-path"),
            Part::Sources => words.get("part-sources"),
        }
    }
}

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
    /// Current ones first; retired ones apart, under [`RoleDoc::retired_heading`].
    Certifications {
        active: Vec<Cert>,
        retired: Vec<Cert>,
    },
    /// Steps in order (the career path).
    Steps(Vec<String>),
    Links(Vec<Link>),
}

/// One section: which part it is, its heading in the document's language
/// and what it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub part: Part,
    pub heading: String,
    pub body: Body,
}

impl Section {
    pub fn heading(&self) -> &str {
        &self.heading
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
    /// The language its words are in.
    pub words: Words,
}

impl RoleDoc {
    pub fn new(role: &Role) -> RoleDoc {
        RoleDoc::new_in(&Words::english(), role)
    }

    /// The whole document in a language.
    pub fn new_in(words: &Words, role: &Role) -> RoleDoc {
        RoleDoc::only_in(words, role, |_| true)
    }

    /// The document in English with only the parts `wanted` picks.
    pub fn only(role: &Role, wanted: impl Fn(Part) -> bool) -> RoleDoc {
        RoleDoc::only_in(&Words::english(), role, wanted)
    }

    /// The document in a language with only the parts `wanted` picks, the
    /// others not even worded (a TUI tab is drawn on every key).
    pub fn only_in(words: &Words, role: &Role, wanted: impl Fn(Part) -> bool) -> RoleDoc {
        let facts = &role.facts;
        let mut sections = Vec::new();
        let mut add = |part: Part, body: &dyn Fn() -> Option<Body>| {
            if wanted(part)
                && let Some(body) = body()
            {
                sections.push(Section {
                    part,
                    heading: part.heading_in(words),
                    body,
                });
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
        add(Part::Occupations, &|| {
            list(&summary::onet_links_in(words, facts))
        });
        add(Part::Duties, &|| list(&facts.duties));
        add(Part::Skills, &|| list(&facts.skills));
        add(Part::Certifications, &|| {
            if facts.certifications.is_empty() {
                return None;
            }
            let cert = |c: &crate::content::Certification| Cert {
                text: summary::certification_text_in(words, c),
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
                    lines: summary::entry_lines_in(words, entry),
                    source: entry.source.clone().filter(|s| !s.trim().is_empty()),
                }])
            })
        });
        add(Part::Education, &|| {
            facts.education.clone().map(Body::Paragraph)
        });
        add(Part::Pay, &|| sourced(summary::pay_lines_in(words, facts)));
        add(Part::Outlook, &|| {
            sourced(summary::outlook_lines_in(words, facts))
        });
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
            words: *words,
        }
    }

    /// Said over the retired certifications, in every output.
    pub fn retired_heading(&self) -> String {
        self.words.get("role-retired-heading")
    }

    /// "Source: ..." under a run of facts, in the document's language.
    pub fn source_line(&self, source: &str) -> String {
        self.words.args("role-source", &[("source", source.into())])
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
