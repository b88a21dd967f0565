//! A role's facts in words, shared by every front end: pay per occupation
//! with its own percentiles, the outlook, the way in, certifications and
//! the My Next Move links, each with its source.

use crate::lang::{Value, Words};

/// A yearly amount with thousands separators: 61550 -> "61,550".
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// An amount of money: "$60,340" in US dollars, "60,340 EUR" otherwise.
fn money(amount: u64, currency: &str) -> String {
    if currency == "USD" {
        format!("${}", thousands(amount))
    } else {
        format!("{} {currency}", thousands(amount))
    }
}

/// One occupation's pay on one line, with its own percentiles:
/// "Computer user support specialists (15-1232): $38,780 / $60,340 / $98,010
/// a year: 10th percentile / median / 90th percentile, May 2024".
pub fn pay_text(occupation: &crate::content::Occupation) -> Option<String> {
    pay_text_in(&Words::english(), occupation)
}

/// "May 2024" in a language ("mayo de 2024"); any other text as it is.
pub fn month_year_in(words: &Words, text: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let Some((month, year)) = text.trim().split_once(' ') else {
        return text.to_string();
    };
    match (
        MONTHS.iter().position(|m| *m == month),
        year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()),
    ) {
        (Some(m), true) => words.args(
            "month-year",
            &[("month", (m + 1).into()), ("year", year.into())],
        ),
        _ => text.to_string(),
    }
}

/// One occupation's pay on one line, in a language.
pub fn pay_text_in(words: &Words, occupation: &crate::content::Occupation) -> Option<String> {
    let pay = occupation.pay.as_ref()?;
    let name = format!("{} ({})", occupation.title, occupation.soc());
    let mut figures = Vec::new();
    let mut labels = Vec::new();
    for (amount, label) in [
        (pay.p10, words.get("pay-p10")),
        (Some(pay.median), words.get("pay-median")),
        (pay.p90, words.get("pay-p90")),
    ] {
        if let Some(amount) = amount {
            figures.push(money(amount, &pay.currency));
            labels.push(label);
        }
    }
    let name = Value::from(name);
    let as_of = Value::from(month_year_in(words, &pay.as_of));
    Some(if figures.len() == 1 {
        words.args(
            "pay-one",
            &[
                ("name", name),
                ("figure", figures[0].clone().into()),
                ("asof", as_of),
            ],
        )
    } else {
        words.args(
            "pay-many",
            &[
                ("name", name),
                ("figures", figures.join(" / ").into()),
                ("labels", labels.join(" / ").into()),
                ("asof", as_of),
            ],
        )
    })
}

/// One occupation's outlook on one line: "Computer user support
/// specialists (15-1232): jobs shrink 3.7% over 2024-2034; about 40,800
/// openings a year".
pub fn outlook_line(occupation: &crate::content::Occupation) -> Option<String> {
    outlook_line_in(&Words::english(), occupation)
}

/// One occupation's outlook on one line, in a language.
pub fn outlook_line_in(words: &Words, occupation: &crate::content::Occupation) -> Option<String> {
    let outlook = occupation.outlook.as_ref()?;
    let change = if outlook.growth > 0.0 {
        words.args(
            "outlook-grow",
            &[("percent", outlook.growth.to_string().into())],
        )
    } else if outlook.growth < 0.0 {
        words.args(
            "outlook-shrink",
            &[("percent", (-outlook.growth).to_string().into())],
        )
    } else {
        words.get("outlook-no-change")
    };
    let openings = outlook
        .openings
        .map(|n| words.args("outlook-openings", &[("n", thousands(n).into())]))
        .unwrap_or_default();
    Some(words.args(
        "outlook-line",
        &[
            (
                "occupation",
                format!("{} ({})", occupation.title, occupation.soc()).into(),
            ),
            ("change", change.into()),
            ("period", outlook.period.as_str().into()),
            ("openings", openings.into()),
        ],
    ))
}

/// A v1 role file's single pay range: "$38,000 to $62,000 a year (USD, 2024)".
pub fn salary_text(salary: &crate::content::Salary) -> String {
    salary_text_in(&Words::english(), salary)
}

/// A v1 role file's single pay range, in a language.
pub fn salary_text_in(words: &Words, salary: &crate::content::Salary) -> String {
    let as_of = Value::from(salary.as_of.as_str());
    if salary.low == salary.high {
        return words.args(
            "salary-median",
            &[
                ("figure", money(salary.low, &salary.currency).into()),
                ("asof", as_of),
            ],
        );
    }
    words.args(
        "salary-range",
        &[
            ("low", money(salary.low, &salary.currency).into()),
            ("high", money(salary.high, &salary.currency).into()),
            ("asof", as_of),
        ],
    )
}

/// How long before someone is hired into a role: "No work experience needed first" or
/// "Usually after 5 or more years in IT".
pub fn entry_years_text(entry: &crate::content::Entry) -> String {
    entry_years_text_in(&Words::english(), entry)
}

/// How long before a role can be reached, in a language.
pub fn entry_years_text_in(words: &Words, entry: &crate::content::Entry) -> String {
    match entry.years {
        0 => words.get("entry-years-none"),
        n => words.args("entry-years-after", &[("years", n.into())]),
    }
}

/// A role's way in, for the results preview: when, and the first step
/// toward it ("Entry: usually after 5 or more years in IT; a first step
/// toward it: Help Desk Technician").
pub fn entry_preview(entry: &crate::content::Entry) -> String {
    entry_preview_in(&Words::english(), entry)
}

/// A role's way in, for the results preview, in a language.
pub fn entry_preview_in(words: &Words, entry: &crate::content::Entry) -> String {
    words.args(
        "entry-preview",
        &[("when", entry_when(words, entry).into())],
    )
}

/// When and the first step toward a role, as a comparison's cell says it
/// ("usually after 5 or more years in IT; a first step toward it: Help
/// Desk Technician").
pub fn entry_when(words: &Words, entry: &crate::content::Entry) -> String {
    let step = entry.first_jobs.first().or(entry.routes.first());
    match (entry.years, step) {
        (0, Some(step)) => words.args("entry-none-first-job", &[("step", step.as_str().into())]),
        (0, None) => words.get("entry-none"),
        (n, Some(step)) => words.args(
            "entry-years-first-step",
            &[("years", n.into()), ("step", step.as_str().into())],
        ),
        (n, None) => words.args("entry-years", &[("years", n.into())]),
    }
}

/// A fact shown about a role, with where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Sourced {
    pub text: String,
    pub source: String,
}

/// Facts in runs that share one source: each run is shown as its lines
/// followed by one "Source:" line, so a source is not repeated per line.
/// A run with no source (a summary that names its source in its words)
/// has none.
pub fn by_source(facts: &[Sourced]) -> Vec<(Vec<&str>, Option<&str>)> {
    let mut runs: Vec<(Vec<&str>, &str)> = Vec::new();
    for fact in facts {
        match runs.last_mut() {
            Some((lines, source)) if *source == fact.source => lines.push(&fact.text),
            _ => runs.push((vec![&fact.text], &fact.source)),
        }
    }
    runs.into_iter()
        .map(|(lines, source)| (lines, Some(source).filter(|s| !s.trim().is_empty())))
        .collect()
}

/// One line per occupation that has the fact, each with its source.
fn per_occupation(
    facts: &crate::content::RoleFacts,
    line: impl Fn(&crate::content::Occupation) -> Option<String>,
) -> Vec<Sourced> {
    facts
        .occupations
        .iter()
        .filter_map(|o| {
            line(o).map(|text| Sourced {
                text,
                source: o.source.clone(),
            })
        })
        .collect()
}

/// A role's pay: one line per occupation with its own figures, then a
/// v1 file's range, each with its source.
pub fn pay_lines(facts: &crate::content::RoleFacts) -> Vec<Sourced> {
    pay_lines_in(&Words::english(), facts)
}

/// A role's pay, in a language (a v1 file's range is said in English).
pub fn pay_lines_in(words: &Words, facts: &crate::content::RoleFacts) -> Vec<Sourced> {
    let mut lines = per_occupation(facts, |o| pay_text_in(words, o));
    if let Some(salary) = &facts.salary {
        lines.push(Sourced {
            text: salary_text_in(words, salary),
            source: salary.source.clone(),
        });
    }
    lines
}

/// A role's outlook: one line per occupation with growth and openings a
/// year, then the summary in words (with a v1 file's date and source).
pub fn outlook_lines(facts: &crate::content::RoleFacts) -> Vec<Sourced> {
    outlook_lines_in(&Words::english(), facts)
}

/// The outlook's lines, in a language.
pub fn outlook_lines_in(words: &Words, facts: &crate::content::RoleFacts) -> Vec<Sourced> {
    let mut lines = per_occupation(facts, |o| outlook_line_in(words, o));
    if let Some(outlook) = &facts.outlook {
        let text = match &outlook.as_of {
            Some(as_of) => words.args(
                "outlook-for",
                &[
                    ("asof", as_of.as_str().into()),
                    ("summary", outlook.summary.as_str().into()),
                ],
            ),
            None => outlook.summary.clone(),
        };
        let source = outlook.source.clone().unwrap_or_default();
        lines.push(Sourced { text, source });
    }
    lines
}

/// How people get into a role, as lines: when, the routes shortest
/// first, the first jobs.
pub fn entry_lines(entry: &crate::content::Entry) -> Vec<String> {
    entry_lines_in(&Words::english(), entry)
}

/// How people get in, in a language.
pub fn entry_lines_in(words: &Words, entry: &crate::content::Entry) -> Vec<String> {
    let mut lines = vec![format!("{}.", entry_years_text_in(words, entry))];
    if !entry.routes.is_empty() {
        let routes: Vec<String> = entry
            .routes
            .iter()
            .enumerate()
            .map(|(i, r)| format!("({}) {r}", i + 1))
            .collect();
        lines.push(words.args("entry-ways-in", &[("routes", routes.join("; ").into())]));
    }
    if !entry.first_jobs.is_empty() {
        lines.push(words.args(
            "entry-first-jobs",
            &[("jobs", entry.first_jobs.join(", ").into())],
        ));
    }
    lines
}

/// Where to read more about each occupation, in English and Spanish.
pub fn onet_links(facts: &crate::content::RoleFacts) -> Vec<String> {
    onet_links_in(&Words::english(), facts)
}

/// Where to read more about each occupation, in a language (the page in
/// the reader's language first).
pub fn onet_links_in(words: &Words, facts: &crate::content::RoleFacts) -> Vec<String> {
    let title_of = |code: &str| {
        facts
            .occupations
            .iter()
            .find(|o| o.onet == code)
            .map(|o| format!("{} ({code})", o.title))
            .unwrap_or_else(|| code.to_string())
    };
    facts
        .onet_codes_named()
        .into_iter()
        .map(|code| {
            words.args(
                "role-onet-links",
                &[
                    ("occupation", title_of(code).into()),
                    ("english", crate::content::my_next_move_url(code).into()),
                    ("spanish", crate::content::mi_proximo_paso_url(code).into()),
                ],
            )
        })
        .collect()
}

/// A certification in one line, saying so when it is retired.
pub fn certification_text(cert: &crate::content::Certification) -> String {
    certification_text_in(&Words::english(), cert)
}

/// A certification in one line, in a language.
pub fn certification_text_in(words: &Words, cert: &crate::content::Certification) -> String {
    let status = match cert.status {
        crate::content::CertificationStatus::Active => String::new(),
        crate::content::CertificationStatus::Retired => {
            format!(" ({})", words.get("cert-retired-status"))
        }
    };
    let note = cert
        .note
        .as_deref()
        .map(|n| format!(": {n}"))
        .unwrap_or_default();
    format!(
        "{}{status}{note}",
        words.args(
            "cert-by",
            &[
                ("name", cert.name.as_str().into()),
                ("issuer", cert.issuer.as_str().into()),
            ],
        )
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_separated() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(61550), "61,550");
        assert_eq!(thousands(1234567), "1,234,567");
    }

    fn occupation(pay: crate::content::Pay) -> crate::content::Occupation {
        crate::content::Occupation {
            title: "Widget fixers".into(),
            onet: "49-9999.00".into(),
            pay: Some(pay),
            outlook: Some(crate::content::OccupationOutlook {
                growth: 0.0,
                openings: None,
                period: "2024-2034".into(),
            }),
            source: "A survey".into(),
            my_next_move: String::new(),
            mi_proximo_paso: String::new(),
        }
    }

    #[test]
    fn pay_and_outlook_read_right_in_any_currency_and_with_no_change() {
        let euros = occupation(crate::content::Pay {
            p10: None,
            median: 41000,
            p90: Some(70000),
            currency: "EUR".into(),
            as_of: "2024".into(),
        });
        assert_eq!(
            pay_text(&euros).unwrap(),
            "Widget fixers (49-9999): 41,000 EUR / 70,000 EUR a year: median / 90th percentile, 2024"
        );
        assert_eq!(
            outlook_line(&euros).unwrap(),
            "Widget fixers (49-9999): no change in jobs over 2024-2034"
        );
    }

    #[test]
    fn entry_says_when_and_a_first_step() {
        let entry = crate::content::Entry {
            years: 1,
            routes: vec!["A course".into()],
            first_jobs: vec![],
            source: None,
        };
        assert_eq!(
            entry_preview(&entry),
            "Entry: usually after 1 or more years in IT; a first step toward it: A course"
        );
    }
}
