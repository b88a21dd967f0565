//! A role file checked and built: the file's shape as serde sees it, the
//! facts (occupations, pay, outlook, certifications, entry, sources) with
//! the older contract v1 forms still read, and the profile matched against
//! the quiz's dimensions.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::super::problem::{Locator, Problem};
use super::super::quiz::{Quiz, by_dimension, top_id};
use super::{
    Certification, Entry, Occupation, OccupationOutlook, Outlook, Pay, Role, RoleFacts, Salary,
    Source, mi_proximo_paso_url, my_next_move_url,
};

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
pub(super) struct RawRole {
    pub(super) id: Option<Spanned<String>>,
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

pub(super) fn build(
    at: &Locator<'_>,
    mut raw: RawRole,
    quiz: &Quiz,
    problems: &mut Vec<Problem>,
) -> Role {
    let facts = raw.facts(at, problems);
    let id = top_id(
        at,
        raw.id,
        "role",
        ["support-specialist", "technician"],
        problems,
    );
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
            let good = by_dimension(
                at,
                raw_profile.into_inner(),
                |dimension| quiz.dimension_index(dimension),
                |value| (0.0..=100.0).contains(&value),
                |dimension| {
                    format!(
                        "profile has a target for `{}`, which quiz `{}` does not measure (its dimensions: {})",
                        dimension,
                        quiz.id,
                        dimension_list(quiz)
                    )
                },
                |dimension, value| {
                    format!("profile target for `{dimension}` is {value}; it must be from 0 to 100")
                },
                problems,
            );
            for (index, dimension, value) in good {
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
