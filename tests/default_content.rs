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
        assert!(!f.onet_codes.is_empty(), "{id}: no O*NET code");
        assert!(f.sources.len() >= 2, "{id}: fewer than 2 sources");
        let salary = f.salary.as_ref().expect("salary");
        assert!(salary.low <= salary.high && salary.low > 0);
        assert!(
            !salary.source.is_empty() && !salary.as_of.is_empty(),
            "{id}: salary without source or date"
        );
        let outlook = f.outlook.as_ref().expect("outlook");
        assert_eq!(outlook.as_of, "2024-2034", "{id}");
        assert!(!outlook.source.is_empty());
    }
}

#[test]
fn the_roles_stand_for_the_agreed_occupations() {
    let content = content();
    let codes = |id: &str| content.role(id).unwrap().facts.onet_codes.clone();
    assert_eq!(codes("technician"), ["15-1232.00"]);
    assert_eq!(codes("support-specialist"), ["15-1232.00"]);
    assert_eq!(
        codes("specialist"),
        ["15-1244.00", "15-1212.00", "15-1211.00"]
    );
    assert_eq!(codes("manager"), ["11-3021.00"]);
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
        ("CCT", "Cisco"),
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
fn pay_and_outlook_match_the_bls_figures() {
    let content = content();
    let text = |id: &str| {
        let f = &content.role(id).unwrap().facts;
        format!(
            "{} {} {}",
            f.salary.as_ref().unwrap().source,
            f.outlook.as_ref().unwrap().summary,
            f.outlook.as_ref().unwrap().source
        )
    };
    for id in ["technician", "support-specialist"] {
        assert!(
            text(id).contains("$61,550") && text(id).contains("3%"),
            "{id}"
        );
    }
    let specialist = text("specialist");
    for figure in ["$96,800", "$124,910", "$103,790", "29%", "9%", "4%"] {
        assert!(specialist.contains(figure), "specialist lacks {figure}");
    }
    let manager = text("manager");
    assert!(manager.contains("$171,200") && manager.contains("15%"));
}

#[test]
fn pay_is_said_in_plain_words_never_in_field_names() {
    let content = content();
    for role in &content.roles {
        let text = careerfit::cli::role_text(role);
        let markdown = careerfit::cli::role_markdown(role);
        for shown in [&text, &markdown] {
            for leaked in ["low and high", "`low`", "`high`", "salary.", "as_of"] {
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
        text.contains("Median $171,200 a year: half earn more and half earn less"),
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
