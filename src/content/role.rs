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
    /// The official occupations this role stands for, each with its own
    /// pay and outlook (contract v2).
    #[serde(default)]
    pub occupations: Vec<Occupation>,
    /// How people usually get into this role.
    pub entry: Option<Entry>,
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
    pub outlook: Option<Outlook>,
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Contract v1: O*NET codes without figures. Still read from a
    /// counselor's own files; `check` suggests `[[occupation]]` instead.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub onet_codes: Vec<String>,
    /// Contract v1: one pay range. Still read; see `onet_codes`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub salary: Option<Salary>,
    /// Notes on parts written in the older (v1) form: not errors, but
    /// `check` shows them with what to write instead.
    #[serde(skip)]
    pub older_form: Vec<Problem>,
}

impl RoleFacts {
    /// Every O*NET code the role names, v2 rows first, each once.
    pub fn onet_codes_named(&self) -> Vec<&str> {
        let mut codes: Vec<&str> = Vec::new();
        for code in self
            .occupations
            .iter()
            .map(|o| o.onet.as_str())
            .chain(self.onet_codes.iter().map(String::as_str))
        {
            if !codes.contains(&code) {
                codes.push(code);
            }
        }
        codes
    }
}

/// One official occupation a role stands for, with its own figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Occupation {
    pub title: String,
    /// The O*NET-SOC code, e.g. "15-1232.00".
    pub onet: String,
    pub pay: Option<Pay>,
    pub outlook: Option<OccupationOutlook>,
    pub source: String,
    /// The occupation's page on My Next Move (English).
    pub my_next_move: String,
    /// The occupation's page on Mi Próximo Paso (Spanish).
    pub mi_proximo_paso: String,
}

impl Occupation {
    /// The code without O*NET's ".00" detail suffix, as BLS writes it: "15-1232".
    pub fn soc(&self) -> &str {
        self.onet.strip_suffix(".00").unwrap_or(&self.onet)
    }
}

/// The My Next Move page of an O*NET code.
pub fn my_next_move_url(onet: &str) -> String {
    format!("https://www.mynextmove.org/profile/summary/{onet}")
}

/// The Mi Próximo Paso (Spanish) page of an O*NET code.
pub fn mi_proximo_paso_url(onet: &str) -> String {
    format!("https://www.miproximopaso.org/profile/summary/{onet}")
}

/// An occupation's yearly pay: its own 10th percentile, median and 90th
/// percentile, never figures of different occupations side by side.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Pay {
    pub p10: Option<u64>,
    pub median: u64,
    pub p90: Option<u64>,
    pub currency: String,
    pub as_of: String,
}

/// An occupation's projected change: growth in percent and openings a year.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct OccupationOutlook {
    pub growth: f64,
    pub openings: Option<u64>,
    pub period: String,
}

/// How people usually get into a role.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Entry {
    /// Years of related work usually needed first (0: an entry-level job).
    pub years: u32,
    /// Routes by education, shortest first.
    #[serde(default)]
    pub routes: Vec<String>,
    /// Typical first job titles.
    #[serde(default)]
    pub first_jobs: Vec<String>,
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Certification {
    pub name: String,
    pub issuer: String,
    pub status: CertificationStatus,
    pub note: Option<String>,
    /// Where the facts in the note come from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CertificationStatus {
    Active,
    Retired,
}

/// Contract v1's pay range (low, high), kept for counselors' own files.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Salary {
    pub low: u64,
    pub high: u64,
    pub currency: String,
    pub as_of: String,
    pub source: String,
}

/// The outlook in words. `as_of` and `source` are contract v1; v2 keeps
/// the figures, each with its source, on the `[[occupation]]` rows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outlook {
    pub summary: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct Source {
    pub title: String,
    pub url: Option<String>,
}

#[derive(Deserialize)]
struct RawOccupation {
    title: String,
    onet: Spanned<String>,
    pay: Option<Spanned<Pay>>,
    outlook: Option<OccupationOutlook>,
    source: String,
}

#[derive(Deserialize)]
struct RawOutlook {
    summary: String,
    as_of: Option<Spanned<String>>,
    source: Option<Spanned<String>>,
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
    occupation: Vec<RawOccupation>,
    entry: Option<Entry>,
    onet_codes: Option<Spanned<Vec<String>>>,
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
    salary: Option<Spanned<Salary>>,
    outlook: Option<RawOutlook>,
    #[serde(default)]
    sources: Vec<Source>,
}

/// An O*NET-SOC code as O*NET writes it: "15-1232.00".
fn is_onet_code(code: &str) -> bool {
    let b = code.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            2 => *c == b'-',
            7 => *c == b'.',
            _ => c.is_ascii_digit(),
        })
}

impl RawRole {
    /// The facts, with the problems found in them and notes on the older
    /// (v1) form.
    fn facts(&mut self, at: &Locator<'_>, problems: &mut Vec<Problem>) -> RoleFacts {
        let mut older = Vec::new();
        let mut occupations = Vec::new();
        for raw in std::mem::take(&mut self.occupation) {
            let onet_span = raw.onet.span();
            let onet = raw.onet.into_inner();
            if !is_onet_code(&onet) {
                problems.push(at.at(
                    onet_span.clone(),
                    format!(
                        "occupation `{}` has onet = \"{onet}\"; write the O*NET code like \"15-1232.00\"",
                        raw.title
                    ),
                ));
            }
            if raw.source.trim().is_empty() {
                problems.push(at.at(
                    onet_span.clone(),
                    format!(
                        "occupation `{}` ({onet}) has an empty `source`: say where its figures come from, e.g. \"BLS Occupational Employment and Wage Statistics, May 2024\"",
                        raw.title
                    ),
                ));
            }
            let pay = raw.pay.map(|pay| {
                let span = pay.span();
                let pay = pay.into_inner();
                let low = pay.p10.unwrap_or(pay.median);
                let high = pay.p90.unwrap_or(pay.median);
                if !(low <= pay.median && pay.median <= high) {
                    problems.push(at.at(
                        span,
                        format!(
                            "occupation `{}` ({onet}): pay must read p10 <= median <= p90 (10th percentile, median, 90th percentile)",
                            raw.title
                        ),
                    ));
                }
                pay
            });
            if let Some(outlook) = &raw.outlook
                && !outlook.growth.is_finite()
            {
                problems.push(at.at(
                    onet_span,
                    format!(
                        "occupation `{}` ({onet}): outlook growth must be a number of percent, e.g. -3.7",
                        raw.title
                    ),
                ));
            }
            occupations.push(Occupation {
                my_next_move: my_next_move_url(&onet),
                mi_proximo_paso: mi_proximo_paso_url(&onet),
                title: raw.title,
                onet,
                pay,
                outlook: raw.outlook,
                source: raw.source,
            });
        }
        let onet_codes = match self.onet_codes.take() {
            Some(codes) => {
                older.push(at.at(
                    codes.span(),
                    "note: `onet_codes` is the older (v1) form; write one [[occupation]] per code instead, \
                     with title, onet, pay = { p10, median, p90, currency, as_of } and source",
                ));
                codes.into_inner()
            }
            None => Vec::new(),
        };
        let salary = self.salary.take().map(|salary| {
            older.push(at.at(
                salary.span(),
                "note: [salary] (low, high) is the older (v1) form; give each [[occupation]] its own \
                 pay = { p10, median, p90, currency, as_of } and source instead of one range",
            ));
            salary.into_inner()
        });
        let outlook = self.outlook.take().map(|outlook| {
            if let Some(span) = [&outlook.as_of, &outlook.source]
                .into_iter()
                .flatten()
                .map(Spanned::span)
                .min_by_key(|span| span.start)
            {
                older.push(at.at(
                    span,
                    "note: `as_of` and `source` in [outlook] are the older (v1) form; keep only `summary` there \
                     and put the figures on each [[occupation]]: outlook = { growth, openings, period } and source",
                ));
            }
            Outlook {
                summary: outlook.summary,
                as_of: outlook.as_of.map(Spanned::into_inner),
                source: outlook.source.map(Spanned::into_inner),
            }
        });
        RoleFacts {
            occupations,
            entry: self.entry.take(),
            duties: std::mem::take(&mut self.duties),
            skills: std::mem::take(&mut self.skills),
            work_environment: self.work_environment.take(),
            education: self.education.take(),
            career_path: std::mem::take(&mut self.career_path),
            certifications: std::mem::take(&mut self.certifications),
            outlook,
            sources: std::mem::take(&mut self.sources),
            onet_codes,
            salary,
            older_form: older,
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
    let facts = raw.facts(at, problems);
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
