//! The result in words, shared by every front end: the headline, the flags
//! said honestly, and a plain-text summary that holds no screen codes.

use crate::scoring::Outcome;

/// How long a quiz takes: about twelve seconds a question, in whole minutes.
fn minutes(questions: usize) -> usize {
    ((questions * 12 + 30) / 60).max(1)
}

/// What the welcome says of the quiz's length: "32 questions, about 6
/// minutes" (and "1 question, about 1 minute").
pub fn length(questions: usize) -> String {
    use crate::text::plural;
    format!(
        "{}, about {}",
        plural(questions, "question", "questions"),
        plural(minutes(questions), "minute", "minutes")
    )
}

/// What the welcome says of the quiz, in the TUI and in plain mode: it is
/// for exploring, and (as the O*NET Interest Profiler asks) each activity
/// is answered by whether the person would enjoy it, not by whether they
/// are trained for it or what it pays.
pub const HOW_TO_ANSWER: &str = "It is for exploring: not a test, and not a hiring tool. \
Answer by whether you would enjoy the work, not by whether you know how yet or what it pays.";

/// A question's hint as shown under it: "Hint: ...".
pub fn hint_text(hint: &str) -> String {
    format!("Hint: {hint}")
}

/// What a fit number is, said wherever fits are first shown.
pub const FIT_MEANING: &str =
    "Fit (0 to 100) is how closely your interests match a role's profile, not a chance of success.";

/// Where a wider interest assessment is, for every career.
pub const INTEREST_PROFILER_URL: &str = "https://www.mynextmove.org/explore/ip";

/// The one-line verdict. A result with any flag raised never names a
/// single confident answer.
pub fn headline(outcome: &Outcome) -> String {
    let best = &outcome.ranking[0];
    if outcome.low_interest {
        "Little interest in these kinds of IT work: none of them stood out for you.".to_string()
    } else if outcome.flat {
        "No clear lean: your answers did not favour any one area.".to_string()
    } else if let (true, Some(second)) = (outcome.close_call, outcome.ranking.get(1)) {
        format!(
            "Close call: {} and {} fit you about equally well.",
            best.title, second.title
        )
    } else if outcome.incomplete {
        format!(
            "You lean toward {}, but too few questions were answered for a firm result.",
            best.title
        )
    } else {
        format!("Your best fit: {} ({:.0}% fit).", best.title, best.fit)
    }
}

/// What each raised flag means for the person, in plain words.
pub fn flag_notes(outcome: &Outcome) -> Vec<String> {
    let mut notes = Vec::new();
    if outcome.low_interest {
        notes.push(format!(
            "Your answers show little interest in any of the kinds of IT work this quiz asks about. \
             That is a useful answer too: IT may not be for you, and that is fine. \
             A wider quiz covers every career: the O*NET Interest Profiler at My Next Move \
             ({INTEREST_PROFILER_URL})."
        ));
    }
    // Low interest says more than "flat" would: one note, not two.
    if outcome.flat && !outcome.low_interest {
        notes.push(
            "Your interest scores are close together, so the ranking below is only a loose guide. \
             Try the quiz again another day, or talk it over with a career counselor."
                .to_string(),
        );
    }
    if let (true, false, [a, b, ..]) =
        (outcome.close_call, outcome.flat, outcome.ranking.as_slice())
    {
        notes.push(format!(
            "{} and {} are only {:.1} points apart. Read about both before you choose.",
            a.title,
            b.title,
            a.fit - b.fit
        ));
    }
    if outcome.incomplete {
        notes.push(format!(
            "You answered {} of {} questions, so this result is rough. Answer more questions for a firmer result.",
            outcome.answered, outcome.total
        ));
    }
    notes
}

/// The raised flags as short words for a list or a table: "low interest",
/// "close call", "flat", "incomplete".
pub fn flag_words(flags: crate::scoring::Flags) -> Vec<&'static str> {
    [
        (flags.low_interest, "low interest"),
        (flags.close_call, "close call"),
        (flags.flat, "flat"),
        (flags.incomplete, "incomplete"),
    ]
    .into_iter()
    .filter_map(|(on, word)| on.then_some(word))
    .collect()
}

/// The heading over the reasons: a flagged result has only a lean, not a
/// "why".
pub fn reasons_heading(outcome: &Outcome) -> String {
    let best = &outcome.ranking[0].title;
    if outcome.flagged() {
        format!("Your answers that lean most toward {best} (a weak lean)")
    } else {
        format!("Why {best}: your own answers")
    }
}

/// A reason in the person's own words: "Strongly like: Replace a failing
/// hard drive" for a scale answer, or "You chose "Open one up" when asked:
/// The printers keep failing." for a choice.
pub fn reason_text(quiz: &crate::content::Quiz, reason: &crate::scoring::Reason) -> String {
    let choice = quiz
        .questions
        .iter()
        .find(|q| q.id == reason.question)
        .is_some_and(|q| matches!(q.kind, crate::content::QuestionKind::Choice { .. }));
    if choice {
        format!("You chose \"{}\" for: {}", reason.answer, reason.text)
    } else {
        format!("{}: \"{}\"", reason.answer, reason.text)
    }
}

/// The whole result as plain text: no colour, no escape codes, no box drawing.
pub fn outcome_text(quiz: &crate::content::Quiz, outcome: &Outcome) -> String {
    let title = &quiz.title;
    let mut out = String::new();
    out.push_str(&format!(
        "{title}\nYou answered {} of {} questions.\n\n",
        outcome.answered, outcome.total
    ));
    out.push_str(&headline(outcome));
    out.push('\n');
    for note in flag_notes(outcome) {
        out.push_str(&format!("Note: {note}\n"));
    }

    out.push_str("\nHow each role fits you:\n");
    out.push_str(&format!("{FIT_MEANING}\n"));
    let width = outcome
        .ranking
        .iter()
        .map(|f| f.title.chars().count())
        .max()
        .unwrap_or(0);
    for (rank, fit) in outcome.ranking.iter().enumerate() {
        out.push_str(&format!(
            "  {}. {:<width$}  {:5.1}\n",
            rank + 1,
            fit.title,
            fit.fit
        ));
    }

    out.push_str("\nYour interests (0 = not at all, 100 = very much):\n");
    let width = outcome
        .dimensions
        .iter()
        .map(|d| d.name.chars().count())
        .max()
        .unwrap_or(0);
    for dimension in &outcome.dimensions {
        match dimension.score {
            Some(score) => out.push_str(&format!("  {:<width$}  {:5.1}\n", dimension.name, score)),
            None => out.push_str(&format!(
                "  {:<width$}  not measured (no answers)\n",
                dimension.name
            )),
        }
    }

    if !outcome.reasons.is_empty() {
        out.push_str(&format!("\n{}\n", reasons_heading(outcome)));
        for reason in &outcome.reasons {
            out.push_str(&format!("  - {}\n", reason_text(quiz, reason)));
        }
    }
    out
}

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
    let pay = occupation.pay.as_ref()?;
    let name = format!("{} ({})", occupation.title, occupation.soc());
    let mut figures = Vec::new();
    let mut labels = Vec::new();
    for (amount, label) in [
        (pay.p10, "10th percentile"),
        (Some(pay.median), "median"),
        (pay.p90, "90th percentile"),
    ] {
        if let Some(amount) = amount {
            figures.push(money(amount, &pay.currency));
            labels.push(label);
        }
    }
    Some(if figures.len() == 1 {
        format!(
            "{name}: median (middle) {} a year, {}",
            figures[0], pay.as_of
        )
    } else {
        format!(
            "{name}: {} a year: {}, {}",
            figures.join(" / "),
            labels.join(" / "),
            pay.as_of
        )
    })
}

/// One occupation's outlook on one line: "Computer user support
/// specialists (15-1232): jobs shrink 3.7% over 2024-2034; about 40,800
/// openings a year".
pub fn outlook_line(occupation: &crate::content::Occupation) -> Option<String> {
    let outlook = occupation.outlook.as_ref()?;
    let change = if outlook.growth > 0.0 {
        format!("jobs grow {}%", outlook.growth)
    } else if outlook.growth < 0.0 {
        format!("jobs shrink {}%", -outlook.growth)
    } else {
        "no change in jobs".to_string()
    };
    let openings = outlook
        .openings
        .map(|n| format!("; about {} openings a year", thousands(n)))
        .unwrap_or_default();
    Some(format!(
        "{} ({}): {change} over {}{openings}",
        occupation.title,
        occupation.soc(),
        outlook.period
    ))
}

/// A v1 role file's single pay range: "$38,000 to $62,000 a year (USD, 2024)".
pub fn salary_text(salary: &crate::content::Salary) -> String {
    if salary.low == salary.high {
        // One figure is the median (the middle), not a range.
        return format!(
            "Median {} a year: half earn more and half earn less ({})",
            money(salary.low, &salary.currency),
            salary.as_of
        );
    }
    format!(
        "{} to {} a year ({})",
        money(salary.low, &salary.currency),
        money(salary.high, &salary.currency),
        salary.as_of
    )
}

/// How long before someone is hired into a role: "No work experience needed first" or
/// "Usually after 5 or more years in IT".
pub fn entry_years_text(entry: &crate::content::Entry) -> String {
    match entry.years {
        0 => "No work experience needed first".to_string(),
        n => format!("Usually after {n} or more years in IT"),
    }
}

/// A role's way in, for the results preview: when, and the first step
/// toward it ("Entry: usually after 5 or more years in IT; a first step
/// toward it: Help Desk Technician").
pub fn entry_preview(entry: &crate::content::Entry) -> String {
    let first = |label: &str| {
        entry
            .first_jobs
            .first()
            .or(entry.routes.first())
            .map(|step| format!("; {label}: {step}"))
            .unwrap_or_default()
    };
    match entry.years {
        0 => format!(
            "Entry: no work experience needed first{}",
            first("a first job")
        ),
        n => format!(
            "Entry: usually after {n} or more years in IT{}",
            first("a first step toward it")
        ),
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
    line: fn(&crate::content::Occupation) -> Option<String>,
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
    let mut lines = per_occupation(facts, pay_text);
    if let Some(salary) = &facts.salary {
        lines.push(Sourced {
            text: salary_text(salary),
            source: salary.source.clone(),
        });
    }
    lines
}

/// A role's outlook: one line per occupation with growth and openings a
/// year, then the summary in words (with a v1 file's date and source).
pub fn outlook_lines(facts: &crate::content::RoleFacts) -> Vec<Sourced> {
    let mut lines = per_occupation(facts, outlook_line);
    if let Some(outlook) = &facts.outlook {
        let text = match &outlook.as_of {
            Some(as_of) => format!("For {as_of}: {}", outlook.summary),
            None => outlook.summary.clone(),
        };
        // v2's summary names its sources in its words; the figures'
        // sources are given with the lines above.
        let source = outlook.source.clone().unwrap_or_default();
        lines.push(Sourced { text, source });
    }
    lines
}

/// How people get into a role, as lines: when, the routes shortest
/// first, the first jobs.
pub fn entry_lines(entry: &crate::content::Entry) -> Vec<String> {
    let mut lines = vec![format!("{}.", entry_years_text(entry))];
    if !entry.routes.is_empty() {
        let routes: Vec<String> = entry
            .routes
            .iter()
            .enumerate()
            .map(|(i, r)| format!("({}) {r}", i + 1))
            .collect();
        lines.push(format!("Ways in, shortest first: {}.", routes.join("; ")));
    }
    if !entry.first_jobs.is_empty() {
        lines.push(format!("First jobs: {}.", entry.first_jobs.join(", ")));
    }
    lines
}

/// Where to read more about each occupation, in English and Spanish.
pub fn onet_links(facts: &crate::content::RoleFacts) -> Vec<String> {
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
            format!(
                "{}: {} (My Next Move); {} (Mi Próximo Paso, en español)",
                title_of(code),
                crate::content::my_next_move_url(code),
                crate::content::mi_proximo_paso_url(code)
            )
        })
        .collect()
}

/// A certification in one line, saying so when it is retired.
pub fn certification_text(cert: &crate::content::Certification) -> String {
    let status = match cert.status {
        crate::content::CertificationStatus::Active => String::new(),
        crate::content::CertificationStatus::Retired => " (RETIRED: no longer offered)".to_string(),
    };
    let note = cert
        .note
        .as_deref()
        .map(|n| format!(": {n}"))
        .unwrap_or_default();
    format!("{}, by {}{status}{note}", cert.name, cert.issuer)
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

    #[test]
    fn the_length_of_a_quiz_reads_right_for_one_and_many() {
        assert_eq!(length(1), "1 question, about 1 minute");
        assert_eq!(length(32), "32 questions, about 6 minutes");
    }
}
