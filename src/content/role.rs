//! IT roles: what a role is, the interest profile it is matched on, and the
//! facts shown about it, read from one TOML file per role.
//!
//! The types live here; `read` checks a role file and builds them.

mod read;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::problem::{Locator, Problem};
use super::quiz::Quiz;

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
        let (raw, mut problems) = super::toml_file::read::<read::RawRole>(&at)?;
        let id_span = raw.id.as_ref().map(|id| id.span());
        let role = read::build(&at, raw, quiz, &mut problems);
        if problems.is_empty() {
            Ok((role, id_span))
        } else {
            Err(problems)
        }
    }
}
