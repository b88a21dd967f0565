//! The shipped Spanish quiz and roles (quizzes/it-career.es.toml,
//! data/roles/<id>.es.toml): every text of the base files has a Spanish
//! text, the quiz keeps its scoring identity, the same answers give the
//! same outcome in both languages, and the facts (every figure and date in
//! a text, pay, outlook, codes, web addresses) are the base files'.

use careerfit::content::{AnswerSheet, Content, QuestionKind, Role, overlay};
use careerfit::scoring::{Outcome, score};

fn english() -> Content {
    Content::built_in().expect("the built-in content loads")
}

fn spanish() -> Content {
    Content::load_in(None, None, "es").expect("the Spanish content loads")
}

#[test]
fn every_base_text_has_a_spanish_text_and_check_finds_nothing() {
    let found = overlay::check(&english(), None, None);
    assert_eq!(found.errors, [], "errors in the shipped overlays");
    assert_eq!(
        found.warnings,
        [],
        "untranslated texts in the shipped overlays"
    );
    // And every role has its overlay: a role with none would show English.
    for role in &english().roles {
        let name = format!("data/roles/{}.es.toml", role.id);
        assert!(
            careerfit::embedded::file(&name).is_some(),
            "{name} is missing"
        );
    }
}

#[test]
fn every_text_of_the_quiz_is_in_spanish() {
    let (en, es) = (english().quiz, spanish().quiz);
    let mut pairs: Vec<(String, String)> = vec![(en.title.clone(), es.title.clone())];
    pairs.extend(en.intro.iter().cloned().zip(es.intro.iter().cloned()));
    pairs.extend(en.scale.iter().cloned().zip(es.scale.iter().cloned()));
    for (d, e) in en.dimensions.iter().zip(&es.dimensions) {
        pairs.push((d.name.clone(), e.name.clone()));
        pairs.extend(
            d.description
                .iter()
                .cloned()
                .zip(e.description.iter().cloned()),
        );
    }
    for (q, e) in en.questions.iter().zip(&es.questions) {
        pairs.push((q.text.clone(), e.text.clone()));
        assert_eq!(q.hint.is_some(), e.hint.is_some(), "{}", q.id);
        pairs.extend(q.hint.iter().cloned().zip(e.hint.iter().cloned()));
        if let (QuestionKind::Choice { options: a }, QuestionKind::Choice { options: b }) =
            (&q.kind, &e.kind)
        {
            pairs.extend(
                a.iter()
                    .map(|o| o.label.clone())
                    .zip(b.iter().map(|o| o.label.clone())),
            );
        }
    }
    for (english, spanish) in &pairs {
        assert_ne!(english, spanish, "not translated");
    }
    assert_eq!(es.title, "¿Qué trabajo de TI (informática) va con usted?");
    assert_eq!(es.scale[2], "No sé");
}

#[test]
fn the_spanish_quiz_is_the_same_quiz_for_scoring() {
    let (en, es) = (english().quiz, spanish().quiz);
    assert_eq!(es.fingerprint(), en.fingerprint());
    // A translation is not a reworded quiz: it has the base file's text hash.
    assert_eq!(es.text_hash(), en.text_hash());
    assert_eq!(
        es.compare_saved(&en.fingerprint(), Some(&en.text_hash())),
        careerfit::content::Sameness::Same
    );
    assert_eq!(es.settings, en.settings);
    for (q, e) in en.questions.iter().zip(&es.questions) {
        assert_eq!(q.id, e.id);
        match (&q.kind, &e.kind) {
            (QuestionKind::Likert { weights: a }, QuestionKind::Likert { weights: b }) => {
                assert_eq!(a, b)
            }
            (QuestionKind::Choice { options: a }, QuestionKind::Choice { options: b }) => {
                for (o, p) in a.iter().zip(b) {
                    assert_eq!((&o.id, &o.weights), (&p.id, &p.weights));
                }
            }
            _ => panic!("question {} changed kind", q.id),
        }
    }
}

/// An outcome with every word put back in English from `english`, by id:
/// what is left to differ is the scoring.
fn in_english(mut outcome: Outcome, english: &Content) -> Outcome {
    for d in &mut outcome.standing.dimensions {
        let i = english.quiz.dimension_index(&d.id).unwrap();
        d.name = english.quiz.dimensions[i].name.clone();
    }
    for fit in &mut outcome.standing.ranking {
        fit.title = english.role(&fit.role).unwrap().title.clone();
    }
    outcome.reasons.iter_mut().for_each(|r| {
        let q = &english.quiz.questions[english.quiz.question_index(&r.question).unwrap()];
        r.text = q.text.clone();
        r.answer = match &q.kind {
            QuestionKind::Likert { .. } => {
                let spanish = spanish();
                let n = spanish
                    .quiz
                    .scale
                    .iter()
                    .position(|l| *l == r.answer)
                    .unwrap();
                english.quiz.scale[n].clone()
            }
            QuestionKind::Choice { options } => {
                let spanish = spanish();
                let sq = &spanish.quiz.questions[spanish.quiz.question_index(&q.id).unwrap()];
                let QuestionKind::Choice { options: so } = &sq.kind else {
                    unreachable!()
                };
                let n = so.iter().position(|o| o.label == r.answer).unwrap();
                options[n].label.clone()
            }
        };
    });
    outcome
}

/// Answer sheets for the quiz: the same number for every likert question
/// and the same option for every choice, a mix, and a half-answered one.
fn sheets(content: &Content) -> Vec<String> {
    let quiz = &content.quiz;
    let mut sheets = Vec::new();
    for pick in 0..5usize {
        let mut text = String::from("[answers]\n");
        for (n, q) in quiz.questions.iter().enumerate() {
            let answer = match &q.kind {
                QuestionKind::Likert { .. } => (pick + n) % 5 + 1,
                QuestionKind::Choice { options } => (pick * 3 + n) % options.len() + 1,
            };
            if pick == 4 && n % 2 == 0 {
                continue;
            }
            text.push_str(&format!("{} = {answer}\n", q.id));
        }
        sheets.push(text);
    }
    sheets.push(std::fs::read_to_string("tests/fixtures/valid/it-career-answers.toml").unwrap());
    sheets
}

#[test]
fn the_same_answers_give_the_same_outcome_in_english_and_spanish() {
    let (en, es) = (english(), spanish());
    for text in sheets(&en) {
        let a = AnswerSheet::from_toml("answers.toml", &text, &en.quiz).unwrap();
        let b = AnswerSheet::from_toml("answers.toml", &text, &es.quiz).unwrap();
        assert_eq!(a, b);
        let outcome_en = score(&en.quiz, &en.roles, &a).unwrap();
        let outcome_es = score(&es.quiz, &es.roles, &b).unwrap();
        // The Spanish outcome is worded in Spanish...
        assert_ne!(outcome_es.ranking[0].title, outcome_en.ranking[0].title);
        // ...and scores exactly as the English one.
        assert_eq!(in_english(outcome_es, &en), outcome_en, "{text}");
    }
}

/// The numbers written in a text (digit runs with their , . - inside), in order.
fn numbers(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut current = String::new();
    for c in text.chars().chain([' ']) {
        if c.is_ascii_digit() || (!current.is_empty() && matches!(c, ',' | '.' | '-')) {
            current.push(c);
        } else if !current.is_empty() {
            found.push(current.trim_end_matches([',', '.', '-']).to_string());
            current.clear();
        }
    }
    found.sort();
    found
}

/// Every text a role shows, with what it is, in the same order for any language.
fn role_texts(role: &Role) -> Vec<(String, String)> {
    let f = &role.facts;
    let mut texts = vec![
        ("title".into(), role.title.clone()),
        ("summary".into(), role.summary.clone()),
    ];
    let mut add = |what: &str, items: &[String]| {
        texts.extend(items.iter().map(|t| (what.to_string(), t.clone())));
    };
    add("duties", &f.duties);
    add("skills", &f.skills);
    add("career_path", &f.career_path);
    add("work_environment", f.work_environment.as_slice());
    add("education", f.education.as_slice());
    if let Some(entry) = &f.entry {
        add("routes", &entry.routes);
        add("first_jobs", &entry.first_jobs);
        add("entry source", entry.source.as_slice());
    }
    for c in &f.certifications {
        add(&format!("{} note", c.name), c.note.as_slice());
        add(&format!("{} source", c.name), c.source.as_slice());
    }
    for o in &f.occupations {
        add(&format!("{} title", o.onet), std::slice::from_ref(&o.title));
        add(
            &format!("{} source", o.onet),
            std::slice::from_ref(&o.source),
        );
    }
    add(
        "outlook",
        f.outlook.as_ref().map(|o| o.summary.clone()).as_slice(),
    );
    for s in &f.sources {
        add("source title", std::slice::from_ref(&s.title));
    }
    texts
}

#[test]
fn the_spanish_roles_keep_every_fact_of_the_base_files() {
    let (en, es) = (english(), spanish());
    for (a, b) in en.roles.iter().zip(&es.roles) {
        assert_eq!(a.id, b.id);
        assert_eq!(
            (&a.profile, &a.targets),
            (&b.profile, &b.targets),
            "{}",
            a.id
        );
        let (fa, fb) = (&a.facts, &b.facts);
        for (x, y) in fa.occupations.iter().zip(&fb.occupations) {
            assert_eq!((&x.onet, &x.pay, &x.outlook), (&y.onet, &y.pay, &y.outlook));
            assert_eq!(
                (&x.my_next_move, &x.mi_proximo_paso),
                (&y.my_next_move, &y.mi_proximo_paso)
            );
        }
        for (x, y) in fa.certifications.iter().zip(&fb.certifications) {
            assert_eq!(
                (&x.name, &x.issuer, x.status),
                (&y.name, &y.issuer, y.status)
            );
        }
        let urls = |f: &careerfit::content::RoleFacts| {
            f.sources.iter().map(|s| s.url.clone()).collect::<Vec<_>>()
        };
        assert_eq!(urls(fa), urls(fb));
        assert_eq!(
            fa.entry.as_ref().map(|e| e.years),
            fb.entry.as_ref().map(|e| e.years)
        );
        // Every figure and date in a text is the base text's: the same
        // numbers, written the same way ($60,340; 1.8; 2024-34).
        let (ta, tb) = (role_texts(a), role_texts(b));
        assert_eq!(ta.len(), tb.len(), "{}", a.id);
        for ((what, x), (_, y)) in ta.iter().zip(&tb) {
            assert_eq!(numbers(x), numbers(y), "{} {what}:\n{x}\n{y}", a.id);
        }
        assert_ne!(a.title, b.title);
        assert_ne!(a.summary, b.summary);
    }
}

#[test]
fn the_spanish_texts_say_dates_the_spanish_way_and_keep_retired_certifications_retired() {
    let es = spanish();
    let all: String = es
        .roles
        .iter()
        .flat_map(role_texts)
        .map(|(_, t)| t + "\n")
        .collect();
    for english_month in ["January", "February", "March", "April", " May ", "November"] {
        assert!(
            !all.contains(english_month),
            "{english_month} in the Spanish texts"
        );
    }
    assert!(all.contains("31 de enero de 2021") && all.contains("mayo de 2024"));
    for role in &es.roles {
        for cert in &role.facts.certifications {
            if cert.status == careerfit::content::CertificationStatus::Retired {
                let note = cert.note.as_deref().unwrap_or_default();
                assert!(note.contains("retiró"), "{}: {note}", cert.name);
            }
        }
    }
}
