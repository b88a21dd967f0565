//! IT roles: what a role is, the interest profile it is matched on, and the
//! facts shown about it, read from one TOML file per role.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::problem::{Locator, Problem};
use super::quiz::{Quiz, is_valid_id};

/// A validated role, matched against one quiz.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Role {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// Target 0..100 for each dimension of the quiz, in quiz order.
    #[serde(skip)]
    pub targets: Vec<f64>,
    /// The targets by dimension id, as written in the file.
    pub profile: BTreeMap<String, f64>,
    #[serde(flatten)]
    pub facts: RoleFacts,
}

/// What a person reviewing the role reads: each fact with its source.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct RoleFacts {
    #[serde(default)]
    pub onet_codes: Vec<String>,
    #[serde(default)]
    pub duties: Vec<String>,
    #[serde(default)]
    pub skills: Vec<String>,
    pub work_environment: Option<String>,
    pub education: Option<String>,
    #[serde(default)]
    pub career_path: Vec<String>,
    #[serde(default)]
    pub certifications: Vec<Certification>,
    pub salary: Option<Salary>,
    pub outlook: Option<Outlook>,
    #[serde(default)]
    pub sources: Vec<Source>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Certification {
    pub name: String,
    pub issuer: String,
    pub status: CertificationStatus,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CertificationStatus {
    Active,
    Retired,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Salary {
    pub low: u64,
    pub high: u64,
    pub currency: String,
    pub as_of: String,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Outlook {
    pub summary: String,
    pub as_of: String,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Source {
    pub title: String,
    pub url: Option<String>,
}

#[derive(Deserialize)]
struct RawRole {
    id: Option<Spanned<String>>,
    title: Option<String>,
    summary: Option<String>,
    profile: Option<Spanned<BTreeMap<String, Spanned<f64>>>>,
    // The facts are listed here rather than flattened: serde's flatten would
    // hide unknown keys from the check that reports them.
    #[serde(default)]
    onet_codes: Vec<String>,
    #[serde(default)]
    duties: Vec<String>,
    #[serde(default)]
    skills: Vec<String>,
    work_environment: Option<String>,
    education: Option<String>,
    #[serde(default)]
    career_path: Vec<String>,
    #[serde(default)]
    certifications: Vec<Certification>,
    salary: Option<Salary>,
    outlook: Option<Outlook>,
    #[serde(default)]
    sources: Vec<Source>,
}

impl RawRole {
    fn facts(&mut self) -> RoleFacts {
        RoleFacts {
            onet_codes: std::mem::take(&mut self.onet_codes),
            duties: std::mem::take(&mut self.duties),
            skills: std::mem::take(&mut self.skills),
            work_environment: self.work_environment.take(),
            education: self.education.take(),
            career_path: std::mem::take(&mut self.career_path),
            certifications: std::mem::take(&mut self.certifications),
            salary: self.salary.take(),
            outlook: self.outlook.take(),
            sources: std::mem::take(&mut self.sources),
        }
    }
}

impl Role {
    /// Reads and validates one role file against the quiz it will be matched on.
    pub fn from_toml(file: &str, text: &str, quiz: &Quiz) -> Result<Role, Vec<Problem>> {
        Role::located(file, text, quiz).map(|(role, _)| role)
    }

    /// Like `from_toml`, and also the position of the role's `id`, for
    /// problems found across files (an id used twice).
    pub(crate) fn located(
        file: &str,
        text: &str,
        quiz: &Quiz,
    ) -> Result<(Role, Option<std::ops::Range<usize>>), Vec<Problem>> {
        let at = Locator::new(file, text);
        let (raw, mut problems) = super::toml_file::read::<RawRole>(&at)?;
        let id_span = raw.id.as_ref().map(|id| id.span());
        let role = build(&at, raw, quiz, &mut problems);
        if problems.is_empty() {
            Ok((role, id_span))
        } else {
            Err(problems)
        }
    }
}

fn build(at: &Locator<'_>, mut raw: RawRole, quiz: &Quiz, problems: &mut Vec<Problem>) -> Role {
    let facts = raw.facts();
    let id = match raw.id {
        Some(id) => {
            if !is_valid_id(id.get_ref()) {
                problems.push(at.at(
                    id.span(),
                    format!(
                        "role id `{}` may only hold lowercase letters, digits and dashes, e.g. \"support-specialist\"",
                        id.get_ref()
                    ),
                ));
            }
            id.into_inner()
        }
        None => {
            problems.push(at.whole_file(
                "the role has no `id`: add a line like id = \"technician\" at the top",
            ));
            String::new()
        }
    };
    let shown = if id.is_empty() {
        "this role".to_string()
    } else {
        format!("role `{id}`")
    };
    let title = raw.title.unwrap_or_else(|| {
        problems.push(at.whole_file(format!(
            "{shown} has no `title`: add a line like title = \"IT Technician\""
        )));
        String::new()
    });
    let summary = raw.summary.unwrap_or_else(|| {
        problems.push(at.whole_file(format!(
            "{shown} has no `summary`: add one or two sentences saying what the role does"
        )));
        String::new()
    });

    let mut targets = vec![f64::NAN; quiz.dimensions.len()];
    let mut profile = BTreeMap::new();
    match raw.profile {
        None => problems.push(at.whole_file(format!(
            "{shown} has no `profile`: add profile = {{ {} }} with a target from 0 to 100 for each",
            quiz.dimensions.iter().map(|d| format!("{} = 50", d.id)).collect::<Vec<_>>().join(", ")
        ))),
        Some(raw_profile) => {
            let span = raw_profile.span();
            // Dimensions given a target, valid or not: a bad value has its
            // own message and is not also "missing".
            let written: Vec<String> = raw_profile.get_ref().keys().cloned().collect();
            for (dimension, target) in raw_profile.into_inner() {
                let value = *target.get_ref();
                let Some(index) = quiz.dimension_index(&dimension) else {
                    problems.push(at.at(
                        target.span(),
                        format!(
                            "profile has a target for `{}`, which quiz `{}` does not measure (its dimensions: {})",
                            dimension,
                            quiz.id,
                            dimension_list(quiz)
                        ),
                    ));
                    continue;
                };
                if !(0.0..=100.0).contains(&value) {
                    problems.push(at.at(
                        target.span(),
                        format!(
                            "profile target for `{dimension}` is {value}; it must be from 0 to 100"
                        ),
                    ));
                    continue;
                }
                targets[index] = value;
                profile.insert(dimension, value);
            }
            for dimension in &quiz.dimensions {
                if !written.contains(&dimension.id) {
                    problems.push(at.at(
                        span.clone(),
                        format!(
                            "profile has no target for dimension `{}`: add {} = <0 to 100>",
                            dimension.id, dimension.id
                        ),
                    ));
                }
            }
        }
    }

    for cert in &facts.certifications {
        if cert.name.trim().is_empty() || cert.issuer.trim().is_empty() {
            problems.push(at.whole_file(format!(
                "{shown} has a certification with an empty name or issuer"
            )));
        }
    }
    if let Some(salary) = &facts.salary
        && salary.low > salary.high
    {
        problems.push(at.whole_file(format!(
            "{shown}: salary low ({}) is above salary high ({})",
            salary.low, salary.high
        )));
    }

    Role {
        id,
        title,
        summary,
        targets,
        profile,
        facts,
    }
}

fn dimension_list(quiz: &Quiz) -> String {
    quiz.dimensions
        .iter()
        .map(|d| d.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}
