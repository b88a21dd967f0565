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
use crate::lang::Said;

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
    lay.base_only(raw.id, "id", Said::new("content-base-only-role-id"));
    lay.base_only(
        raw.profile,
        "profile",
        Said::new("content-base-only-profile"),
    );
    lay.base_only(raw.salary, "salary", Said::new("content-base-only-pay"));
    lay.base_only(
        raw.onet_codes,
        "onet_codes",
        Said::new("content-base-only-onet-codes"),
    );

    let top = |key: &str| Said::new("content-what-key").text("key", key);
    let add = |key: &str| Said::new("content-add-at-top").text("line", format!("{key} = \"...\""));
    lay.text(
        &mut role.title,
        raw.title,
        None,
        top("title"),
        add("title"),
        &["\ntitle ="],
    );
    lay.text(
        &mut role.summary,
        raw.summary,
        None,
        top("summary"),
        add("summary"),
        &["\nsummary ="],
    );
    let facts = &mut role.facts;
    for (key, base, given) in [
        ("duties", &mut facts.duties, raw.duties),
        ("skills", &mut facts.skills, raw.skills),
        ("career_path", &mut facts.career_path, raw.career_path),
    ] {
        let needle = format!("\n{key} =");
        let add = Said::new("content-add-list-at-top").text("key", key);
        lay.list(base, given, None, top(key), add, &[&needle]);
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
        lay.optional(base, given, None, top(key), add(key), &[&needle]);
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
                    Said::new("content-base-only-certification-name"),
                );
                lay.base_only(
                    given.issuer,
                    "issuer",
                    Said::new("content-base-only-issuer"),
                );
                lay.base_only(
                    given.status,
                    "status",
                    Said::new("content-base-only-status"),
                );
                (given.note, given.source)
            }
            None => (None, None),
        };
        let needle = format!("name = \"{}\"", cert.name);
        let table = format!("[certifications.\"{}\"]", cert.name);
        let certification = Said::new("content-owner-certification").text("name", &cert.name);
        for (key, base, given) in [
            ("note", &mut cert.note, note),
            ("source", &mut cert.source, source),
        ] {
            let add = Said::new("content-add-under")
                .text("line", format!("{key} = \"...\""))
                .text("table", &table);
            let what = Said::new("content-what-key-of")
                .text("key", key)
                .said("owner", certification.clone());
            lay.optional(base, given, owner.clone(), what, add, &[&needle]);
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
            Said::new("content-overlay-unknown-certification")
                .text("name", name)
                .text("base", base_name)
                .text("known", known.join(", ")),
        );
    }

    match (&mut facts.entry, raw.entry) {
        (Some(entry), given) => {
            let owner = given.as_ref().map(Spanned::span);
            let given = given.map(Spanned::into_inner);
            let (routes, first_jobs, source) = match given {
                Some(given) => {
                    lay.base_only(given.years, "years", Said::new("content-base-only-years"));
                    (given.routes, given.first_jobs, given.source)
                }
                None => (None, None, None),
            };
            for (key, base, given) in [
                ("routes", &mut entry.routes, routes),
                ("first_jobs", &mut entry.first_jobs, first_jobs),
            ] {
                let add = Said::new("content-add-list-under")
                    .text("key", key)
                    .text("table", "[entry]");
                let what = Said::new("content-what-key-in")
                    .text("key", key)
                    .text("table", "entry");
                lay.list(
                    base,
                    given,
                    owner.clone(),
                    what,
                    add,
                    &["\n[entry]", &format!("\n{key} =")],
                );
            }
            let what = Said::new("content-what-key-in")
                .text("key", "source")
                .text("table", "entry");
            let add = Said::new("content-add-under")
                .text("line", "source = \"...\"")
                .text("table", "[entry]");
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
            Said::new("content-overlay-no-table-in-base")
                .text("base", base_name)
                .text("table", "entry"),
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
                lay.base_only(given.onet, "onet", Said::new("content-base-only-onet"));
                lay.base_only(given.pay, "pay", Said::new("content-base-only-pay"));
                lay.base_only(
                    given.outlook,
                    "outlook",
                    Said::new("content-base-only-outlook"),
                );
                (given.title, given.source)
            }
            None => (None, None),
        };
        let needle = format!("onet = \"{}\"", occupation.onet);
        let table = format!("[occupation.\"{}\"]", occupation.onet);
        let occupation_said = Said::new("content-owner-occupation").text("onet", &occupation.onet);
        for (key, base, given) in [
            ("title", &mut occupation.title, title),
            ("source", &mut occupation.source, source),
        ] {
            let add = Said::new("content-add-under")
                .text("line", format!("{key} = \"...\""))
                .text("table", &table);
            let what = Said::new("content-what-key-of")
                .text("key", key)
                .said("owner", occupation_said.clone());
            lay.text(base, given, owner.clone(), what, add, &[&needle]);
        }
    }
    for (code, given) in occupations {
        let known: Vec<&str> = facts.occupations.iter().map(|o| o.onet.as_str()).collect();
        lay.error(
            given.span(),
            Said::new("content-overlay-unknown-occupation")
                .text("onet", code)
                .text("base", base_name)
                .text("known", known.join(", ")),
        );
    }

    match (&mut facts.outlook, raw.outlook) {
        (Some(outlook), given) => {
            let owner = given.as_ref().map(Spanned::span);
            let summary = given.and_then(|given| {
                let given = given.into_inner();
                lay.base_only(given.as_of, "as_of", Said::new("content-base-only-date"));
                given.summary
            });
            let add = Said::new("content-add-under")
                .text("line", "summary = \"...\"")
                .text("table", "[outlook]");
            let what = Said::new("content-what-key-in")
                .text("key", "summary")
                .text("table", "outlook");
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
            Said::new("content-overlay-no-table-in-base")
                .text("base", base_name)
                .text("table", "outlook"),
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
                lay.base_only(source.url, "url", Said::new("content-base-only-url"));
                if source.title.is_none() {
                    lay.error(source_span, Said::new("content-overlay-source-no-title"));
                }
                source.title
            })
            .collect();
        Spanned::new(span.clone().unwrap_or_default(), items)
    });
    let mut base_titles: Vec<String> = facts.sources.iter().map(|s| s.title.clone()).collect();
    lay.list(
        &mut base_titles,
        titles,
        span,
        Said::new("content-what-key").text("key", "sources"),
        Said::new("content-add-sources"),
        &["\n[[sources]]"],
    );
    for (source, title) in facts.sources.iter_mut().zip(base_titles) {
        source.title = title;
    }
    lay.findings
}
