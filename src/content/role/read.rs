//! A role file checked and built: the file's shape as serde sees it, the
//! facts (occupations, pay, outlook, certifications, entry, sources) with
//! the older contract v1 forms still read, and the profile matched against
//! the quiz's dimensions.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::super::problem::{Locator, Problem};
use super::super::quiz::{Quiz, TopOf, by_dimension, top_id};
use super::{
    Certification, Entry, Occupation, OccupationOutlook, Outlook, Pay, Role, RoleFacts, Salary,
    Source, mi_proximo_paso_url, my_next_move_url,
};
use crate::lang::Said;

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
                problems.push(
                    at.at(
                        onet_span.clone(),
                        Said::new("content-occupation-bad-onet")
                            .text("occupation", &raw.title)
                            .text("onet", &onet),
                    ),
                );
            }
            if raw.source.trim().is_empty() {
                problems.push(
                    at.at(
                        onet_span.clone(),
                        Said::new("content-occupation-empty-source")
                            .text("occupation", &raw.title)
                            .text("onet", &onet),
                    ),
                );
            }
            let pay = raw.pay.map(|pay| {
                let span = pay.span();
                let pay = pay.into_inner();
                let low = pay.p10.unwrap_or(pay.median);
                let high = pay.p90.unwrap_or(pay.median);
                if !(low <= pay.median && pay.median <= high) {
                    problems.push(
                        at.at(
                            span,
                            Said::new("content-occupation-pay-order")
                                .text("occupation", &raw.title)
                                .text("onet", &onet),
                        ),
                    );
                }
                pay
            });
            if let Some(outlook) = &raw.outlook
                && !outlook.growth.is_finite()
            {
                problems.push(
                    at.at(
                        onet_span,
                        Said::new("content-occupation-bad-growth")
                            .text("occupation", &raw.title)
                            .text("onet", &onet),
                    ),
                );
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
                older.push(at.at(codes.span(), Said::new("content-older-onet-codes")));
                codes.into_inner()
            }
            None => Vec::new(),
        };
        let salary = self.salary.take().map(|salary| {
            older.push(at.at(salary.span(), Said::new("content-older-salary")));
            salary.into_inner()
        });
        let outlook = self.outlook.take().map(|outlook| {
            if let Some(span) = [&outlook.as_of, &outlook.source]
                .into_iter()
                .flatten()
                .map(Spanned::span)
                .min_by_key(|span| span.start)
            {
                older.push(at.at(span, Said::new("content-older-outlook")));
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
    let id = top_id(at, raw.id, TopOf::Role, problems);
    let shown = if id.is_empty() {
        Said::new("content-this-role")
    } else {
        Said::new("content-role-named").text("role", &id)
    };
    let title = raw.title.unwrap_or_else(|| {
        problems
            .push(at.whole_file(Said::new("content-role-no-title").said("role", shown.clone())));
        String::new()
    });
    let summary = raw.summary.unwrap_or_else(|| {
        problems
            .push(at.whole_file(Said::new("content-role-no-summary").said("role", shown.clone())));
        String::new()
    });

    let mut targets = vec![f64::NAN; quiz.dimensions.len()];
    let mut profile = BTreeMap::new();
    match raw.profile {
        None => problems.push(
            at.whole_file(
                Said::new("content-role-no-profile")
                    .said("role", shown.clone())
                    .text(
                        "targets",
                        quiz.dimensions
                            .iter()
                            .map(|d| format!("{} = 50", d.id))
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
            ),
        ),
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
                    Said::new("content-profile-unknown-dimension")
                        .text("dimension", dimension)
                        .text("quiz", &quiz.id)
                        .text("dimensions", dimension_list(quiz))
                },
                |dimension, value| {
                    Said::new("content-profile-out-of-range")
                        .text("dimension", dimension)
                        .text("value", value)
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
                        Said::new("content-profile-missing").text("dimension", &dimension.id),
                    ));
                }
            }
        }
    }

    for cert in &facts.certifications {
        if cert.name.trim().is_empty() || cert.issuer.trim().is_empty() {
            problems.push(
                at.whole_file(Said::new("content-certification-empty").said("role", shown.clone())),
            );
        }
    }
    if let Some(salary) = &facts.salary
        && salary.low > salary.high
    {
        problems.push(
            at.whole_file(
                Said::new("content-salary-order")
                    .said("role", shown.clone())
                    .text("low", salary.low)
                    .text("high", salary.high),
            ),
        );
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
