//! Property tests of the scoring rule on random quizzes and answers, against
//! an independent re-implementation of contract v2 written here from the
//! contract's text, and of the default content on personas drawn to one
//! interest.

use careerfit::content::{
    Answer, AnswerSheet, ChoiceOption, Content, Dimension, Question, QuestionKind, Quiz, Role,
    RoleFacts, ScoringSettings,
};
use careerfit::scoring::{Outcome, score};
use proptest::prelude::*;

fn weight() -> impl Strategy<Value = f64> {
    prop_oneof![Just(0.0), -10.0..=10.0f64, (-4i32..=4).prop_map(f64::from)]
}

fn question(dims: usize, n: usize) -> impl Strategy<Value = Question> {
    let likert = prop::collection::vec(weight(), dims).prop_map(move |mut weights| {
        if weights.iter().all(|w| *w == 0.0) {
            let len = weights.len();
            weights[n % len] = 1.5;
        }
        QuestionKind::Likert { weights }
    });
    let choice =
        prop::collection::vec(prop::collection::vec(weight(), dims), 2..5).prop_map(|options| {
            QuestionKind::Choice {
                options: options
                    .into_iter()
                    .enumerate()
                    .map(|(i, weights)| ChoiceOption {
                        id: format!("o{i}"),
                        label: format!("Option {i}"),
                        weights,
                    })
                    .collect(),
            }
        });
    prop_oneof![likert, choice].prop_map(move |kind| Question {
        id: format!("q{n}"),
        text: format!("Question {n}"),
        hint: None,
        kind,
    })
}

fn quiz() -> impl Strategy<Value = Quiz> {
    (2usize..6, 1usize..14).prop_flat_map(|(dims, questions)| {
        let qs: Vec<_> = (0..questions).map(|n| question(dims, n)).collect();
        (qs, 0.0..10.0f64, 0.0..40.0f64, 0.0..=1.0f64, 0.0..=100.0f64).prop_map(
            move |(questions, close_call, flat, min_answered, low_interest)| Quiz {
                id: "random".into(),
                title: "Random quiz".into(),
                intro: None,
                scale: ["1", "2", "3", "4", "5"].map(String::from),
                settings: ScoringSettings {
                    close_call,
                    flat,
                    low_interest,
                    min_answered,
                },
                dimensions: (0..dims)
                    .map(|d| Dimension {
                        id: format!("d{d}"),
                        name: format!("Dimension {d}"),
                        description: None,
                    })
                    .collect(),
                questions,
                translation: None,
            },
        )
    })
}

fn roles(dims: usize) -> impl Strategy<Value = Vec<Role>> {
    prop::collection::vec(prop::collection::vec(0.0..=100.0f64, dims), 1..6).prop_map(|profiles| {
        profiles
            .into_iter()
            .enumerate()
            .map(|(i, targets)| Role {
                id: format!("role-{i}"),
                title: format!("Role {i}"),
                summary: String::new(),
                profile: targets
                    .iter()
                    .enumerate()
                    .map(|(d, t)| (format!("d{d}"), *t))
                    .collect(),
                targets,
                facts: RoleFacts::default(),
            })
            .collect()
    })
}

fn answers(quiz: &Quiz) -> impl Strategy<Value = AnswerSheet> + use<> {
    let per_question: Vec<_> = quiz
        .questions
        .iter()
        .map(|q| {
            let n = q.answer_count();
            let likert = matches!(q.kind, QuestionKind::Likert { .. });
            prop::option::weighted(0.8, 0..n).prop_map(move |a| {
                a.map(|i| {
                    if likert {
                        Answer::Likert(i as u8 + 1)
                    } else {
                        Answer::Choice(i)
                    }
                })
            })
        })
        .collect();
    per_question.prop_map(AnswerSheet::from_answers)
}

fn case() -> impl Strategy<Value = (Quiz, Vec<Role>, AnswerSheet)> {
    quiz().prop_flat_map(|quiz| {
        let dims = quiz.dimensions.len();
        (Just(quiz.clone()), roles(dims), answers(&quiz))
    })
}

/// What one answer does to dimension `d`, read from the contract's text:
/// a likert answer a with weight w counts (a - 3) * w in [-2|w|, 2|w|]; a
/// choice counts only where the chosen option's weight is present and not
/// 0: that weight, in [min, max] over the options' weights (missing = 0).
/// `None`: the answer does not count for `d`.
fn counts_for(quiz: &Quiz, q: usize, answer: Answer, d: usize) -> Option<(f64, f64, f64)> {
    match (&quiz.questions[q].kind, answer) {
        (QuestionKind::Likert { weights }, Answer::Likert(a)) => {
            let w = weights[d];
            Some(((f64::from(a) - 3.0) * w, -2.0 * w.abs(), 2.0 * w.abs()))
        }
        (QuestionKind::Choice { options }, Answer::Choice(i)) => {
            let chosen = options[i].weights[d];
            if chosen == 0.0 {
                return None;
            }
            let ws: Vec<f64> = options.iter().map(|o| o.weights[d]).collect();
            let lo = ws.iter().copied().fold(f64::INFINITY, f64::min);
            let hi = ws.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            Some((chosen, lo, hi))
        }
        _ => None,
    }
}

/// The contract's support test, written out again independently of the code
/// under test: on some dimension the answer counts for, (contribution -
/// middle of its range) has the same sign as (target - 50), neither zero.
fn supports(quiz: &Quiz, q: usize, answer: Answer, role: &Role) -> bool {
    strength(quiz, q, answer, role) > 0.0
}

/// How far an answer pushed toward the role, weighted by how far the role's
/// targets lie from 50, over the dimensions where it supports the role.
fn strength(quiz: &Quiz, q: usize, answer: Answer, role: &Role) -> f64 {
    (0..quiz.dimensions.len())
        .filter_map(|d| {
            let (c, lo, hi) = counts_for(quiz, q, answer, d)?;
            let off = c - (lo + hi) / 2.0;
            let lean = role.targets[d] - 50.0;
            (off != 0.0 && lean != 0.0 && off.signum() == lean.signum())
                .then(|| off.abs() * lean.abs())
        })
        .sum()
}

/// The result by the contract's rule: scores, (role id, fit) best first,
/// and the flags (close_call, flat, incomplete, low_interest).
struct Reference {
    scores: Vec<Option<f64>>,
    ranking: Vec<(String, f64)>,
    flags: [bool; 4],
}

fn reference(quiz: &Quiz, roles: &[Role], sheet: &AnswerSheet) -> Option<Reference> {
    let mut scores = Vec::new();
    for d in 0..quiz.dimensions.len() {
        let (mut raw, mut lo, mut hi) = (0.0, 0.0, 0.0);
        for q in 0..quiz.questions.len() {
            if let Some((c, l, h)) = sheet.get(q).and_then(|a| counts_for(quiz, q, a, d)) {
                raw += c;
                lo += l;
                hi += h;
            }
        }
        scores.push((hi > lo).then(|| 100.0 * (raw - lo) / (hi - lo)));
    }
    let measured: Vec<f64> = scores.iter().flatten().copied().collect();
    if measured.is_empty() {
        return None;
    }
    let mut ranking: Vec<(String, f64)> = roles
        .iter()
        .map(|r| {
            let sum: f64 = scores
                .iter()
                .zip(&r.targets)
                .filter_map(|(s, p)| s.map(|s| (s - p).powi(2)))
                .sum();
            (r.id.clone(), 100.0 - (sum / measured.len() as f64).sqrt())
        })
        .collect();
    ranking.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap().then(a.0.cmp(&b.0)));
    let max = measured.iter().copied().fold(f64::MIN, f64::max);
    let min = measured.iter().copied().fold(f64::MAX, f64::min);
    let answered = (0..quiz.questions.len())
        .filter(|&q| sheet.get(q).is_some())
        .count();
    let s = quiz.settings;
    Some(Reference {
        flags: [
            ranking.len() > 1 && ranking[0].1 - ranking[1].1 < s.close_call,
            max - min < s.flat,
            (answered as f64) / (quiz.questions.len() as f64) < s.min_answered,
            max < s.low_interest,
        ],
        scores,
        ranking,
    })
}

fn top_role<'r>(outcome: &Outcome, roles: &'r [Role]) -> &'r Role {
    roles
        .iter()
        .find(|r| r.id == outcome.ranking[0].role)
        .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn scores_and_fits_stay_within_0_to_100((quiz, roles, sheet) in case()) {
        if let Ok(outcome) = score(&quiz, &roles, &sheet) {
            for d in &outcome.dimensions {
                if let Some(s) = d.score {
                    prop_assert!((0.0..=100.0).contains(&s), "score {s}");
                }
            }
            for f in &outcome.ranking {
                prop_assert!((0.0..=100.0).contains(&f.fit), "fit {}", f.fit);
            }
            prop_assert_eq!(outcome.ranking.len(), roles.len());
            for pair in outcome.ranking.windows(2) {
                prop_assert!(pair[0].fit > pair[1].fit || (pair[0].fit == pair[1].fit && pair[0].role < pair[1].role));
            }
        }
    }

    #[test]
    fn score_matches_the_contract_rule_written_out_again((quiz, roles, sheet) in case()) {
        let (got, want) = (score(&quiz, &roles, &sheet), reference(&quiz, &roles, &sheet));
        let (got, want) = match (got, want) {
            (Ok(got), Some(want)) => (got, want),
            (Err(e), None) => {
                prop_assert_eq!(e, careerfit::scoring::ScoreError::NothingMeasured);
                return Ok(());
            }
            (got, want) => {
                prop_assert!(false, "scored: {:?}, reference scored: {}", got.is_ok(), want.is_some());
                unreachable!()
            }
        };
        for (d, want) in got.dimensions.iter().zip(&want.scores) {
            match (d.score, want) {
                (Some(x), Some(y)) => prop_assert!((x - y).abs() < 1e-9, "{} {x} != {y}", d.id),
                (x, y) => prop_assert_eq!(x, *y, "{}", d.id),
            }
        }
        prop_assert_eq!(got.ranking.len(), want.ranking.len());
        for (f, (role, fit)) in got.ranking.iter().zip(&want.ranking) {
            // Same role at each place, unless two fits differ only by rounding.
            let fit_of_got = want.ranking.iter().find(|(r, _)| *r == f.role).unwrap().1;
            prop_assert!(f.role == *role || (fit_of_got - fit).abs() < 1e-9, "{} at {}'s place", f.role, role);
            prop_assert!((f.fit - fit_of_got).abs() < 1e-9, "{} {} != {fit_of_got}", f.role, f.fit);
        }
        prop_assert_eq!(
            [got.close_call, got.flat, got.incomplete, got.low_interest],
            want.flags
        );
    }

    #[test]
    fn question_order_does_not_change_the_result((quiz, roles, sheet) in case(), seed in any::<u64>()) {
        // Shuffle the questions and their answers together.
        let mut order: Vec<usize> = (0..quiz.questions.len()).collect();
        let mut state = seed | 1;
        for i in (1..order.len()).rev() {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17;
            order.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let mut shuffled = quiz.clone();
        shuffled.questions = order.iter().map(|&i| quiz.questions[i].clone()).collect();
        let shuffled_sheet = AnswerSheet::from_answers(order.iter().map(|&i| sheet.get(i)).collect());

        match (score(&quiz, &roles, &sheet), score(&shuffled, &roles, &shuffled_sheet)) {
            (Ok(a), Ok(b)) => {
                for (x, y) in a.dimensions.iter().zip(&b.dimensions) {
                    match (x.score, y.score) {
                        (Some(x), Some(y)) => prop_assert!((x - y).abs() < 1e-9),
                        (x, y) => prop_assert_eq!(x, y),
                    }
                }
                for role in &roles {
                    let fa = a.ranking.iter().find(|f| f.role == role.id).unwrap().fit;
                    let fb = b.ranking.iter().find(|f| f.role == role.id).unwrap().fit;
                    prop_assert!((fa - fb).abs() < 1e-9);
                }
                prop_assert_eq!(a.answered, b.answered);
                prop_assert_eq!(a.incomplete, b.incomplete);
            }
            (Err(a), Err(b)) => prop_assert_eq!(a, b),
            (a, b) => prop_assert!(false, "one scored and one did not: {:?} / {:?}", a.is_ok(), b.is_ok()),
        }
    }

    #[test]
    fn every_reason_supports_the_top_role((quiz, roles, sheet) in case()) {
        if let Ok(outcome) = score(&quiz, &roles, &sheet) {
            let top = top_role(&outcome, &roles);
            for reason in &outcome.reasons {
                let q = quiz.question_index(&reason.question).unwrap();
                let answer = sheet.get(q).expect("a reason cites an answered question");
                prop_assert!(supports(&quiz, q, answer, top), "{} does not support {}", reason.question, top.id);
            }
            let supporting = (0..quiz.questions.len())
                .filter(|&q| sheet.get(q).is_some_and(|a| supports(&quiz, q, a, top)))
                .count();
            prop_assert!(outcome.reasons.len() <= 5);
            prop_assert!(outcome.reasons.len() >= supporting.min(3));
            // Strongest first, and none left out that pushed harder.
            let strengths: Vec<f64> = outcome.reasons.iter().map(|r| {
                let q = quiz.question_index(&r.question).unwrap();
                strength(&quiz, q, sheet.get(q).unwrap(), top)
            }).collect();
            for pair in strengths.windows(2) {
                prop_assert!(pair[0] >= pair[1] - 1e-9, "{strengths:?}");
            }
            if let Some(weakest) = strengths.last() {
                for q in 0..quiz.questions.len() {
                    let cited = outcome.reasons.iter().any(|r| r.question == quiz.questions[q].id);
                    if let (false, Some(a)) = (cited, sheet.get(q)) {
                        prop_assert!(strength(&quiz, q, a, top) <= weakest + 1e-9);
                    }
                }
            }
        }
    }

    #[test]
    fn a_persona_drawn_to_one_interest_gets_the_matching_role(
        dimension in 0usize..4,
        strength in prop::collection::vec(any::<bool>(), 40),
        skip in prop::collection::vec(prop::bool::weighted(0.15), 40),
    ) {
        let content = Content::built_in().unwrap();
        let quiz = &content.quiz;
        let expected = ["technician", "support-specialist", "specialist", "manager"][dimension];
        prop_assert_eq!(&quiz.dimensions[dimension].id, ["hands_on", "people", "systems", "leadership"][dimension]);

        // Likes the work of its area (4 or 5), leans away from the rest (1 to 3),
        // picks its area's option, and leaves a few questions out.
        let answers = quiz.questions.iter().enumerate().map(|(q, question)| {
            if skip[q % skip.len()] {
                return None;
            }
            let strong = strength[q % strength.len()];
            Some(match &question.kind {
                QuestionKind::Likert { weights } => {
                    let toward = weights[dimension];
                    let elsewhere: f64 = weights.iter().enumerate().filter(|(d, _)| *d != dimension).map(|(_, w)| w).sum();
                    // +1: agreeing moves toward the area (or away from the others).
                    let lean = if toward != 0.0 { toward.signum() } else { -elsewhere.signum() };
                    let a = match (lean > 0.0, lean < 0.0, strong) {
                        (true, _, true) => 5,
                        (true, _, false) => 4,
                        (_, true, true) => 1,
                        (_, true, false) => 2,
                        _ => 3,
                    };
                    Answer::Likert(a)
                }
                QuestionKind::Choice { options } => Answer::Choice(
                    (0..options.len())
                        .max_by(|&a, &b| options[a].weights[dimension].total_cmp(&options[b].weights[dimension]))
                        .unwrap(),
                ),
            })
        }).collect();
        let outcome = score(quiz, &content.roles, &AnswerSheet::from_answers(answers)).unwrap();
        prop_assert_eq!(outcome.ranking[0].role.as_str(), expected, "{:?}", outcome.dimensions);
        prop_assert!(!outcome.flat);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Any text at all gives a quiz or located problems, never a panic.
    #[test]
    fn loading_any_text_never_panics(text in ".{0,400}") {
        let _ = Quiz::from_toml("any.toml", &text);
        let content = Content::built_in().unwrap();
        let _ = Role::from_toml("any.toml", &text, &content.quiz);
        let _ = AnswerSheet::from_toml("any.toml", &text, &content.quiz);
    }

    /// The shipped files with lines dropped or cut short: still no panic,
    /// and every problem names the file.
    #[test]
    fn damaged_content_is_reported_not_panicked_on(
        drop in prop::collection::vec(any::<prop::sample::Index>(), 1..6),
        cut in any::<prop::sample::Index>(),
    ) {
        let (name, text) = careerfit::content::default_quiz();
        let mut lines: Vec<&str> = text.lines().collect();
        for index in drop {
            let i = index.index(lines.len());
            lines.remove(i);
        }
        let mut damaged = lines.join("\n");
        let mut at = cut.index(damaged.len().max(1));
        while !damaged.is_char_boundary(at) {
            at -= 1;
        }
        damaged.truncate(at.max(damaged.len() * 3 / 4));
        if let Err(problems) = Quiz::from_toml(name, &damaged) {
            prop_assert!(!problems.is_empty());
            prop_assert!(problems.iter().all(|p| p.file == name));
        }
    }
}
