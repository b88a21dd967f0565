//! A role overlay (`data/roles/<id>.es.toml`) laid over its role: every
//! text the role shows. Occupations are keyed by their O*NET code and
//! certifications by their name; lists of texts and `[[sources]]` follow
//! the base file's order.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::super::role::Role;
use super::texts::{BaseOnly, Lay, Text, Texts};
use super::{Findings, OverlayFile};

#[derive(Deserialize)]
struct RawRoleText {
    title: Text,
    summary: Text,
    duties: Texts,
    skills: Texts,
    work_environment: Text,
    education: Text,
    career_path: Texts,
    #[serde(default)]
    certifications: BTreeMap<String, Spanned<RawCertificationText>>,
    entry: Option<Spanned<RawEntryText>>,
    #[serde(default)]
    occupation: BTreeMap<String, Spanned<RawOccupationText>>,
    outlook: Option<Spanned<RawOutlookText>>,
    sources: Option<Spanned<Vec<Spanned<RawSourceText>>>>,
    // Only the base file holds these; read to say so at their line.
    id: BaseOnly,
    profile: BaseOnly,
    salary: BaseOnly,
    onet_codes: BaseOnly,
}

#[derive(Deserialize)]
struct RawCertificationText {
    note: Text,
    source: Text,
    name: BaseOnly,
    issuer: BaseOnly,
    status: BaseOnly,
}

#[derive(Deserialize)]
struct RawEntryText {
    routes: Texts,
    first_jobs: Texts,
    source: Text,
    years: BaseOnly,
}

#[derive(Deserialize)]
struct RawOccupationText {
    title: Text,
    source: Text,
    onet: BaseOnly,
    pay: BaseOnly,
    outlook: BaseOnly,
}

#[derive(Deserialize)]
struct RawOutlookText {
    summary: Text,
    as_of: BaseOnly,
}

#[derive(Deserialize)]
struct RawSourceText {
    title: Text,
    url: BaseOnly,
}

/// Lays `file` over `role` (read from `base_name`, whose text is `base`).
pub(super) fn lay(role: &mut Role, file: &OverlayFile, base_name: &str, base: &str) -> Findings {
    let mut lay = Lay::new(file, base_name, base);
    let Some(raw) = lay.read::<RawRoleText>() else {
        return lay.findings;
    };
    lay.base_only(
        raw.id,
        "id",
        "the role's id (the file's name says which role it is)",
    );
    lay.base_only(raw.profile, "profile", "the role's profile of numbers");
    lay.base_only(raw.salary, "salary", "pay");
    lay.base_only(raw.onet_codes, "onet_codes", "a list of O*NET codes");

    let top = |key: &str| format!("`{key}`");
    let add = |key: &str| format!("{key} = \"...\" at the top");
    lay.text(
        &mut role.title,
        raw.title,
        None,
        &top("title"),
        &add("title"),
        &["\ntitle ="],
    );
    let summary_add = add("summary");
    lay.text(
        &mut role.summary,
        raw.summary,
        None,
        &top("summary"),
        &summary_add,
        &["\nsummary ="],
    );
    let facts = &mut role.facts;
    for (key, base, given) in [
        ("duties", &mut facts.duties, raw.duties),
        ("skills", &mut facts.skills, raw.skills),
        ("career_path", &mut facts.career_path, raw.career_path),
    ] {
        let needle = format!("\n{key} =");
        let add = format!("{key} = [ ... ] at the top, one text for each in the base file");
        lay.list(base, given, None, &top(key), &add, &[&needle]);
    }
    for (key, base, given) in [
        (
            "work_environment",
            &mut facts.work_environment,
            raw.work_environment,
        ),
        ("education", &mut facts.education, raw.education),
    ] {
        let needle = format!("\n{key} =");
        lay.optional(base, given, None, &top(key), &add(key), &[&needle]);
    }

    let mut certifications = raw.certifications;
    for cert in &mut facts.certifications {
        let given = certifications.remove(&cert.name);
        let owner = given.as_ref().map(Spanned::span);
        let (note, source) = match given {
            Some(given) => {
                let given = given.into_inner();
                lay.base_only(
                    given.name,
                    "name",
                    "the certification's name (it is the table's name)",
                );
                lay.base_only(given.issuer, "issuer", "who issues the certification");
                lay.base_only(
                    given.status,
                    "status",
                    "whether the certification is active or retired",
                );
                (given.note, given.source)
            }
            None => (None, None),
        };
        let needle = format!("name = \"{}\"", cert.name);
        let table = format!("[certifications.\"{}\"]", cert.name);
        let what = format!("certification `{}`", cert.name);
        for (key, base, given) in [
            ("note", &mut cert.note, note),
            ("source", &mut cert.source, source),
        ] {
            let add = format!("{key} = \"...\" under {table}");
            let what = format!("the `{key}` of {what}");
            lay.optional(base, given, owner.clone(), &what, &add, &[&needle]);
        }
    }
    for (name, given) in certifications {
        let known: Vec<&str> = facts
            .certifications
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        lay.error(
            given.span(),
            format!(
                "certification `{name}` is not in the base file ({base_name}; its \
                 certifications: {}): write the name exactly as the base file does, or remove \
                 this table",
                known.join(", ")
            ),
        );
    }

    match (&mut facts.entry, raw.entry) {
        (Some(entry), given) => {
            let owner = given.as_ref().map(Spanned::span);
            let given = given.map(Spanned::into_inner);
            let (routes, first_jobs, source) = match given {
                Some(given) => {
                    lay.base_only(given.years, "years", "a number of years");
                    (given.routes, given.first_jobs, given.source)
                }
                None => (None, None, None),
            };
            for (key, base, given) in [
                ("routes", &mut entry.routes, routes),
                ("first_jobs", &mut entry.first_jobs, first_jobs),
            ] {
                let add =
                    format!("{key} = [ ... ] under [entry], one text for each in the base file");
                let what = format!("`{key}` in [entry]");
                lay.list(
                    base,
                    given,
                    owner.clone(),
                    &what,
                    &add,
                    &["\n[entry]", &format!("\n{key} =")],
                );
            }
            let what = "`source` in [entry]";
            let add = "source = \"...\" under [entry]";
            lay.optional(
                &mut entry.source,
                source,
                owner,
                what,
                add,
                &["\n[entry]", "\nsource ="],
            );
        }
        (None, Some(given)) => lay.error(
            given.span(),
            format!("the base file ({base_name}) has no [entry]: remove this table"),
        ),
        (None, None) => {}
    }

    let mut occupations = raw.occupation;
    for occupation in &mut facts.occupations {
        let given = occupations.remove(&occupation.onet);
        let owner = given.as_ref().map(Spanned::span);
        let (title, source) = match given {
            Some(given) => {
                let given = given.into_inner();
                lay.base_only(
                    given.onet,
                    "onet",
                    "the O*NET code (it is the table's name)",
                );
                lay.base_only(given.pay, "pay", "pay");
                lay.base_only(given.outlook, "outlook", "the outlook's figures");
                (given.title, given.source)
            }
            None => (None, None),
        };
        let needle = format!("onet = \"{}\"", occupation.onet);
        let table = format!("[occupation.\"{}\"]", occupation.onet);
        let what = format!("occupation {}", occupation.onet);
        for (key, base, given) in [
            ("title", &mut occupation.title, title),
            ("source", &mut occupation.source, source),
        ] {
            let add = format!("{key} = \"...\" under {table}");
            let what = format!("the `{key}` of {what}");
            lay.text(base, given, owner.clone(), &what, &add, &[&needle]);
        }
    }
    for (code, given) in occupations {
        let known: Vec<&str> = facts.occupations.iter().map(|o| o.onet.as_str()).collect();
        lay.error(
            given.span(),
            format!(
                "occupation {code} is not in the base file ({base_name}; its O*NET codes: {}): \
                 check the code, or remove this table",
                known.join(", ")
            ),
        );
    }

    match (&mut facts.outlook, raw.outlook) {
        (Some(outlook), given) => {
            let owner = given.as_ref().map(Spanned::span);
            let summary = given.and_then(|given| {
                let given = given.into_inner();
                lay.base_only(given.as_of, "as_of", "a date");
                given.summary
            });
            let add = "summary = \"...\" under [outlook]";
            let what = "`summary` in [outlook]";
            lay.text(
                &mut outlook.summary,
                summary,
                owner,
                what,
                add,
                &["\n[outlook]"],
            );
        }
        (None, Some(given)) => lay.error(
            given.span(),
            format!("the base file ({base_name}) has no [outlook]: remove this table"),
        ),
        (None, None) => {}
    }

    let (span, given) = match raw.sources {
        Some(given) => (Some(given.span()), Some(given.into_inner())),
        None => (None, None),
    };
    // The titles as a list, so the one list rule counts them.
    let titles = given.map(|given| {
        let items = given
            .into_iter()
            .filter_map(|source| {
                let source_span = source.span();
                let source = source.into_inner();
                lay.base_only(source.url, "url", "a web address");
                if source.title.is_none() {
                    lay.error(
                        source_span,
                        "a [[sources]] entry has no `title`: give each the translated title of \
                         the base file's source in the same place"
                            .to_string(),
                    );
                }
                source.title
            })
            .collect();
        Spanned::new(span.clone().unwrap_or_default(), items)
    });
    let mut base_titles: Vec<String> = facts.sources.iter().map(|s| s.title.clone()).collect();
    let add = "a [[sources]] table with a title for each in the base file";
    lay.list(
        &mut base_titles,
        titles,
        span,
        "`sources`",
        add,
        &["\n[[sources]]"],
    );
    for (source, title) in facts.sources.iter_mut().zip(base_titles) {
        source.title = title;
    }
    lay.findings
}
