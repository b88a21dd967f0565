//! The shipped quiz and roles meet what the product promises: enough
//! questions per interest, no job titles in questions, plain words, and
//! role facts that are complete, sourced and current.

use careerfit::content::{CertificationStatus, Content, QuestionKind};

fn content() -> Content {
    Content::built_in().expect("the shipped content is valid")
}

#[test]
fn the_quiz_measures_each_interest_with_enough_questions() {
    let content = content();
    let quiz = &content.quiz;
    let ids: Vec<&str> = quiz.dimensions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["hands_on", "people", "systems", "leadership"]);
    assert!(
        (24..=40).contains(&quiz.questions.len()),
        "{} questions",
        quiz.questions.len()
    );

    for (d, id) in ids.iter().enumerate() {
        let measuring = quiz.questions.iter().filter(|q| match &q.kind {
            QuestionKind::Likert { weights } => weights[d] != 0.0,
            QuestionKind::Choice { options } => options.iter().any(|o| o.weights[d] != 0.0),
        });
        let choices = measuring
            .clone()
            .filter(|q| matches!(q.kind, QuestionKind::Choice { .. }))
            .count();
        assert!(
            measuring.count() >= 6,
            "{id} is measured by fewer than 6 questions"
        );
        assert!(
            choices >= 4,
            "{id} is measured by {choices} choice questions, fewer than 4"
        );
    }
}

#[test]
fn choice_options_pull_toward_different_interests() {
    let quiz = content().quiz;
    for question in &quiz.questions {
        if let QuestionKind::Choice { options } = &question.kind {
            let mut strongest: Vec<usize> = options
                .iter()
                .filter(|o| o.weights.iter().any(|w| *w > 0.0))
                .map(|o| {
                    (0..o.weights.len())
                        .max_by(|&a, &b| o.weights[a].total_cmp(&o.weights[b]))
                        .unwrap()
                })
                .collect();
            strongest.sort();
            strongest.dedup();
            assert!(
                strongest.len() >= 3,
                "{}: options pull toward only {:?}",
                question.id,
                strongest
            );
        }
    }
}

#[test]
fn no_question_is_reverse_keyed() {
    // As in the O*NET Interest Profiler: every item is an activity a
    // person may like, never one to avoid ("stay away from cables").
    let quiz = content().quiz;
    for question in &quiz.questions {
        let weights: Vec<f64> = match &question.kind {
            QuestionKind::Likert { weights } => weights.clone(),
            QuestionKind::Choice { options } => {
                options.iter().flat_map(|o| o.weights.clone()).collect()
            }
        };
        assert!(
            weights.iter().all(|w| *w >= 0.0),
            "{} is reverse-keyed",
            question.id
        );
    }
}

#[test]
fn questions_describe_activities_and_never_name_a_job() {
    let quiz = content().quiz;
    let banned = [
        "technician",
        "specialist",
        "manager",
        "administrator",
        "engineer",
        "analyst",
        "help desk job",
    ];
    for question in &quiz.questions {
        let mut texts = vec![question.text.clone()];
        if let QuestionKind::Choice { options } = &question.kind {
            texts.extend(options.iter().map(|o| o.label.clone()));
        }
        for text in texts {
            let lower = text.to_lowercase();
            for word in banned {
                assert!(
                    !lower.contains(word),
                    "{}: \"{text}\" names a job ({word})",
                    question.id
                );
            }
        }
    }
}

/// Rough syllable count: vowel groups, less a silent final e.
fn syllables(word: &str) -> usize {
    let word: String = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect();
    if word.is_empty() {
        return 0;
    }
    let mut count = 0;
    let mut previous_vowel = false;
    for c in word.chars() {
        let vowel = "aeiouy".contains(c);
        if vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = vowel;
    }
    if word.ends_with('e') && !word.ends_with("le") && count > 1 {
        count -= 1;
    }
    count.max(1)
}

/// Flesch-Kincaid grade of a set of sentences.
fn grade(sentences: &[String]) -> f64 {
    let words: Vec<&str> = sentences
        .iter()
        .flat_map(|s| s.split_whitespace())
        .collect();
    let syllable_total: usize = words.iter().map(|w| syllables(w)).sum();
    0.39 * (words.len() as f64 / sentences.len() as f64)
        + 11.8 * (syllable_total as f64 / words.len() as f64)
        - 15.59
}

#[test]
fn questions_read_at_about_an_eighth_grade_level() {
    let quiz = content().quiz;
    let mut sentences: Vec<String> = Vec::new();
    for question in &quiz.questions {
        sentences.push(question.text.clone());
        if let QuestionKind::Choice { options } = &question.kind {
            sentences.extend(options.iter().map(|o| o.label.clone()));
        }
    }
    let grade = grade(&sentences);
    assert!(grade <= 9.0, "the questions read at grade {grade:.1}");
}

#[test]
fn every_role_is_complete_and_sourced() {
    for role in content().roles {
        let f = &role.facts;
        let id = &role.id;
        assert!(f.duties.len() >= 5, "{id}: fewer than 5 duties");
        assert!(f.skills.len() >= 4, "{id}: fewer than 4 skills");
        let active = f
            .certifications
            .iter()
            .filter(|c| c.status == CertificationStatus::Active)
            .count();
        assert!(active >= 2, "{id}: fewer than 2 current certifications");
        assert!(f.career_path.len() >= 3, "{id}: career path under 3 steps");
        assert_eq!(
            f.career_path[0], role.title,
            "{id}: the career path starts elsewhere"
        );
        assert!(
            f.education.is_some() && f.work_environment.is_some(),
            "{id}: education or work environment missing"
        );
        assert!(f.sources.len() >= 2, "{id}: fewer than 2 sources");
        // The shipped files are in the current (v2) form only.
        assert!(f.older_form.is_empty(), "{id}: {:?}", f.older_form);
        assert!(f.onet_codes.is_empty() && f.salary.is_none(), "{id}");
        assert!(!f.occupations.is_empty(), "{id}: no occupation");
        for o in &f.occupations {
            assert!(
                !o.source.trim().is_empty(),
                "{id}: {} has no source",
                o.onet
            );
            if let Some(pay) = &o.pay {
                assert_eq!(
                    (pay.as_of.as_str(), pay.currency.as_str()),
                    ("May 2024", "USD")
                );
            }
            if let Some(outlook) = &o.outlook {
                assert_eq!(outlook.period, "2024-2034", "{id}");
            }
        }
        let outlook = f.outlook.as_ref().expect("outlook");
        assert!(outlook.as_of.is_none() && outlook.source.is_none(), "{id}");
        assert!(
            outlook.summary.contains("BLS"),
            "{id}: the summary names no source"
        );
        let entry = f.entry.as_ref().expect("entry");
        assert!(
            !entry.routes.is_empty() && !entry.first_jobs.is_empty(),
            "{id}"
        );
        assert!(
            entry.source.as_deref().is_some_and(|s| !s.is_empty()),
            "{id}"
        );
    }
}

#[test]
fn every_certification_fact_has_a_source() {
    for role in content().roles {
        for cert in &role.facts.certifications {
            assert!(
                cert.source.as_deref().is_some_and(|s| !s.trim().is_empty()),
                "{}: {} has no source",
                role.id,
                cert.name
            );
        }
    }
}

#[test]
fn the_roles_stand_for_the_agreed_occupations() {
    let content = content();
    let codes = |id: &str| content.role(id).unwrap().facts.onet_codes_named();
    assert_eq!(
        codes("technician"),
        ["15-1232.00", "15-1231.00", "49-2011.00"]
    );
    assert_eq!(codes("support-specialist"), ["15-1232.00"]);
    assert_eq!(
        codes("specialist"),
        ["15-1244.00", "15-1211.00", "15-1212.00"]
    );
    assert_eq!(codes("manager"), ["11-3021.00"]);
    // Each links to its own page on My Next Move and Mi Próximo Paso.
    let support = &content
        .role("support-specialist")
        .unwrap()
        .facts
        .occupations[0];
    assert_eq!(
        support.my_next_move,
        "https://www.mynextmove.org/profile/summary/15-1232.00"
    );
    assert_eq!(
        support.mi_proximo_paso,
        "https://www.miproximopaso.org/profile/summary/15-1232.00"
    );
}

/// (role, O*NET code) -> (10th percentile, median, 90th percentile,
/// growth %, openings a year): every BLS figure shipped.
#[test]
fn every_shipped_bls_figure_is_pinned() {
    type Figures = (
        Option<u64>,
        Option<u64>,
        Option<u64>,
        Option<f64>,
        Option<u64>,
    );
    // Computer user support specialists, BLS May 2024 and 2024-34.
    const USER_SUPPORT: Figures = (
        Some(38780),
        Some(60340),
        Some(98010),
        Some(-3.7),
        Some(40800),
    );
    let expected: [(&str, &str, Figures); 8] = [
        ("technician", "15-1232.00", USER_SUPPORT),
        (
            "technician",
            "15-1231.00",
            (None, Some(73340), None, Some(1.8), Some(9600)),
        ),
        ("technician", "49-2011.00", (None, None, None, None, None)),
        ("support-specialist", "15-1232.00", USER_SUPPORT),
        (
            "specialist",
            "15-1244.00",
            (None, Some(96800), None, Some(-4.0), Some(14300)),
        ),
        (
            "specialist",
            "15-1211.00",
            (None, Some(103790), None, Some(9.0), Some(34200)),
        ),
        (
            "specialist",
            "15-1212.00",
            (None, Some(124910), None, Some(29.0), None),
        ),
        (
            "manager",
            "11-3021.00",
            (None, Some(171200), None, Some(15.0), None),
        ),
    ];
    let content = content();
    let shipped: usize = content
        .roles
        .iter()
        .map(|r| r.facts.occupations.len())
        .sum();
    assert_eq!(shipped, expected.len(), "an occupation is not pinned here");
    for (role, code, figures) in expected {
        let o = content
            .role(role)
            .unwrap()
            .facts
            .occupations
            .iter()
            .find(|o| o.onet == code)
            .unwrap_or_else(|| panic!("{role} lacks {code}"));
        let pay = o.pay.as_ref();
        let outlook = o.outlook.as_ref();
        let found: Figures = (
            pay.and_then(|p| p.p10),
            pay.map(|p| p.median),
            pay.and_then(|p| p.p90),
            outlook.map(|o| o.growth),
            outlook.and_then(|o| o.openings),
        );
        assert_eq!(found, figures, "{role} {code}");
    }
}

#[test]
fn pay_is_one_line_per_occupation_with_its_own_percentiles() {
    let content = content();
    // The text as a reader sees it, whatever width it was wrapped to.
    let text = careerfit::cli::role_text(content.role("support-specialist").unwrap())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains(
            "Computer user support specialists (15-1232): $38,780 / $60,340 / $98,010 a year: \
             10th percentile / median / 90th percentile, May 2024"
        ),
        "{text}"
    );
    assert!(text.contains("about 40,800 openings a year"), "{text}");
    // The specialist's three occupations each keep their own median.
    let specialist = careerfit::summary::pay_lines(&content.role("specialist").unwrap().facts);
    let lines: Vec<&str> = specialist.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(lines[0].starts_with(
        "Network and computer systems administrators (15-1244): median (middle) $96,800 a year"
    ));
    assert!(
        lines[1]
            .starts_with("Computer systems analysts (15-1211): median (middle) $103,790 a year")
    );
    assert!(
        lines[2].starts_with(
            "Information security analysts (15-1212): median (middle) $124,910 a year"
        )
    );
}

#[test]
fn the_manager_role_says_it_needs_5_years_first() {
    let content = content();
    let entry = content
        .role("manager")
        .unwrap()
        .facts
        .entry
        .clone()
        .unwrap();
    assert_eq!(entry.years, 5);
    assert_eq!(
        careerfit::summary::entry_preview(&entry),
        "Entry: usually after 5 or more years in IT; a first step toward it: Help Desk Technician"
    );
    for id in ["technician", "support-specialist"] {
        let entry = content.role(id).unwrap().facts.entry.clone().unwrap();
        assert_eq!(entry.years, 0, "{id}");
        assert!(entry.routes[0].contains("CompTIA A+"), "{id}");
        assert!(
            entry.first_jobs.iter().any(|j| j.contains("Help Desk")),
            "{id}"
        );
    }
}

#[test]
fn certification_facts_are_the_checked_ones() {
    let content = content();
    let note = |role: &str, name: &str| {
        content
            .role(role)
            .unwrap()
            .facts
            .certifications
            .iter()
            .find(|c| c.name.contains(name))
            .and_then(|c| c.note.clone())
            .unwrap_or_else(|| panic!("{role} lacks {name}"))
    };
    let a_plus = note("technician", "CompTIA A+");
    assert!(a_plus.contains("220-1201") && a_plus.contains("220-1202") && a_plus.contains("$265"));
    assert!(note("specialist", "Security+").contains("SY0-701"));
    let pmp = note("manager", "PMP");
    assert!(pmp.contains("36 months") && pmp.contains("60 months") && pmp.contains("35 hours"));
    assert!(note("manager", "CISM").contains("5 years"));
    assert!(note("specialist", "CISA").contains("5 years"));
    let itil = note("support-specialist", "ITIL");
    assert!(
        itil.contains("UK government in 1989")
            && itil.contains("from 2014")
            && itil.contains("in 2021")
    );
    for role in ["specialist", "support-specialist"] {
        let mcse = note(role, "MCSE");
        assert!(mcse.contains("AZ-800") && mcse.contains("AZ-801") && mcse.contains("AZ-104"));
        assert!(
            !mcse.contains("MD-102"),
            "{role}: an MCSE holder is sent to MD-102"
        );
    }
    assert!(note("technician", "Google IT Support").contains("no experience"));
    assert!(note("technician", "CCST").contains("students"));
}

#[test]
fn retired_certifications_are_never_presented_as_current() {
    let retired_names = [
        "MCSE",
        "MCSA",
        "MCSD",
        "Solutions Expert",
        "Solutions Associate",
        "Solutions Developer",
        "CCNA Security",
        "Modern Desktop",
    ];
    for role in content().roles {
        for cert in &role.facts.certifications {
            let is_retired_name = retired_names.iter().any(|n| cert.name.contains(n));
            if is_retired_name {
                assert_eq!(
                    cert.status,
                    CertificationStatus::Retired,
                    "{}: {} is listed as current",
                    role.id,
                    cert.name
                );
                assert!(
                    cert.note.as_deref().unwrap_or("").contains("Retired")
                        || cert.note.as_deref().unwrap_or("").contains("retired")
                );
            }
        }
    }
}

#[test]
fn certifications_name_their_real_issuers() {
    let expected = [
        ("CompTIA A+", "CompTIA"),
        ("CompTIA Network+", "CompTIA"),
        ("CompTIA Security+", "CompTIA"),
        ("CCNA", "Cisco"),
        ("CCST", "Cisco"),
        ("Google IT Support", "Google"),
        ("ITIL 4 Foundation", "PeopleCert"),
        ("PMP", "PMI"),
        ("CISM", "ISACA"),
        ("CISA", "ISACA"),
        ("MD-102", "Microsoft"),
    ];
    let mut seen = 0;
    for role in content().roles {
        for cert in &role.facts.certifications {
            for (name, issuer) in expected {
                if cert.name.contains(name) && !cert.name.contains("CCNA Security") {
                    assert_eq!(cert.issuer, issuer, "{}: {}", role.id, cert.name);
                    seen += 1;
                }
            }
        }
    }
    assert!(seen >= 8, "only {seen} of the named certifications appear");
}

#[test]
fn pay_is_said_in_plain_words_never_in_field_names() {
    let content = content();
    for role in &content.roles {
        let text = careerfit::cli::role_text(role);
        let markdown = careerfit::cli::role_markdown(role);
        for shown in [&text, &markdown] {
            for leaked in [
                "low and high",
                "`low`",
                "`high`",
                "salary.",
                "as_of",
                "p10",
                "p90",
            ] {
                assert!(
                    !shown.contains(leaked),
                    "{}: the pay text says {leaked:?}:\n{shown}",
                    role.id
                );
            }
        }
    }
    let manager = content.role("manager").expect("the manager role");
    let text = careerfit::cli::role_text(manager);
    assert!(
        text.contains("median (middle) $171,200 a year, May 2024"),
        "{text}"
    );
}

#[test]
fn the_first_certification_listed_needs_no_years_of_work_for_a_senior_role() {
    // Role files list first the certification that needs the least
    // experience: it is the one the results and reports offer.
    let content = content();
    let manager = content.role("manager").expect("the manager role");
    let first = &manager.facts.certifications[0];
    assert_eq!(first.name, "ITIL 4 Foundation");
    assert!(
        first
            .note
            .as_deref()
            .is_some_and(|n| n.contains("No work experience is needed")),
        "{first:?}"
    );
}
