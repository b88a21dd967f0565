//! The contract's scoring rule, checked against hand-computed figures.

use careerfit::content::{Answer, AnswerSheet, Quiz, Role};
use careerfit::scoring::{ScoreError, score};

const QUIZ: &str = r#"
id = "hand"
title = "Hand-checked quiz"

[[dimension]]
id = "a"
name = "Area A"

[[dimension]]
id = "b"
name = "Area B"

[[dimension]]
id = "c"
name = "Area C"

[[question]]
id = "q1"
kind = "likert"
text = "Do A"
weights = { a = 2.0 }

[[question]]
id = "q2"
kind = "choice"
text = "Pick one"
options = [
  { id = "x", label = "X", weights = { a = 1.0, b = 2.0 } },
  { id = "y", label = "Y", weights = { b = -1.0 } },
  { id = "z", label = "None of these" },
]

[[question]]
id = "q3"
kind = "likert"
text = "Do C"
weights = { c = 1.0 }

[[question]]
id = "q4"
kind = "likert"
text = "Avoid B"
weights = { b = -1.0 }
"#;

fn quiz() -> Quiz {
    Quiz::from_toml("hand.toml", QUIZ).expect("the hand quiz is valid")
}

fn role(quiz: &Quiz, id: &str, a: f64, b: f64, c: f64) -> Role {
    let text = format!(
        "id = \"{id}\"\ntitle = \"Role {id}\"\nsummary = \"s\"\nprofile = {{ a = {a}, b = {b}, c = {c} }}\n"
    );
    Role::from_toml(&format!("{id}.toml"), &text, quiz).expect("the role is valid")
}

fn sheet(quiz: &Quiz, answers: &str) -> AnswerSheet {
    AnswerSheet::from_toml("answers.toml", answers, quiz).expect("the answers are valid")
}

fn close(actual: f64, expected: f64) {
    assert!((actual - expected).abs() < 1e-9, "{actual} != {expected}");
}

/// q1 = 5 (likert), q2 = "y" (choice), q3 skipped, q4 = 2 (reverse-keyed).
///
/// a: q1 gives (5-3)*2 = 4 in [-4, 4]; q2's option y has no weight on a, so 0
///    in [min(1,0,0), max(1,0,0)] = [0, 1]. raw 4, lo -4, hi 5: 100*8/9.
/// b: q2 gives -1 in [-1, 2]; q4 gives (2-3)*(-1) = 1 in [-2, 2].
///    raw 0, lo -3, hi 4: 100*3/7.
/// c: only q3 measures it, and q3 was skipped: unmeasured.
const ANSWERS: &str = "[answers]\nq1 = 5\nq2 = \"y\"\nq4 = 2\n";

#[test]
fn likert_choice_skipped_and_unmeasured_dimensions() {
    let quiz = quiz();
    let roles = vec![
        role(&quiz, "r1", 90.0, 40.0, 0.0),
        role(&quiz, "r2", 40.0, 90.0, 100.0),
    ];
    let outcome = score(&quiz, &roles, &sheet(&quiz, ANSWERS)).unwrap();

    let (s_a, s_b) = (800.0 / 9.0, 300.0 / 7.0);
    close(outcome.dimensions[0].score.unwrap(), s_a);
    close(outcome.dimensions[1].score.unwrap(), s_b);
    assert_eq!(outcome.dimensions[2].score, None, "c was not measured");
    assert_eq!(outcome.answered, 3);
    assert_eq!(outcome.total, 4);

    // Fits over the measured dimensions a and b only.
    let fit_r1 = 100.0 - (((s_a - 90.0f64).powi(2) + (s_b - 40.0f64).powi(2)) / 2.0).sqrt();
    let fit_r2 = 100.0 - (((s_a - 40.0f64).powi(2) + (s_b - 90.0f64).powi(2)) / 2.0).sqrt();
    assert_eq!(outcome.ranking[0].role, "r1");
    close(outcome.ranking[0].fit, fit_r1);
    assert_eq!(outcome.ranking[1].role, "r2");
    close(outcome.ranking[1].fit, fit_r2);
    // Worked on paper: 100 - sqrt((1.11111^2 + 2.85714^2) / 2) = 97.8323.
    assert!((fit_r1 - 97.8323).abs() < 1e-4, "{fit_r1}");
}

#[test]
fn choice_by_position_scores_like_choice_by_id() {
    let quiz = quiz();
    let roles = vec![role(&quiz, "r1", 90.0, 40.0, 0.0)];
    let by_id = score(&quiz, &roles, &sheet(&quiz, ANSWERS)).unwrap();
    let by_position = score(
        &quiz,
        &roles,
        &sheet(&quiz, "[answers]\nq1 = 5\nq2 = 2\nq4 = 2\n"),
    )
    .unwrap();
    assert_eq!(by_id, by_position);
}

#[test]
fn reasons_cite_the_answers_that_moved_toward_the_top_role() {
    let quiz = quiz();
    let roles = vec![
        role(&quiz, "r1", 90.0, 40.0, 0.0),
        role(&quiz, "r2", 40.0, 90.0, 100.0),
    ];
    let outcome = score(&quiz, &roles, &sheet(&quiz, ANSWERS)).unwrap();
    // r1 wants a high (90) and b low (40).
    // q1 = 5 pushed a up by 4 from the middle 0: supports, strength 4 * 40 = 160.
    // q2 = y pushed b to -1, below its middle 0.5: supports, strength 1.5 * 10 = 15.
    // q4 = 2 pushed b up (+1 from the middle 0): against r1, so not cited.
    let cited: Vec<(&str, &str)> = outcome
        .reasons
        .iter()
        .map(|r| (r.question.as_str(), r.answer.as_str()))
        .collect();
    assert_eq!(cited, vec![("q1", "Strongly like"), ("q2", "Y")]);
    assert_eq!(outcome.reasons[0].text, "Do A");
}

#[test]
fn exact_ties_go_to_the_smaller_role_id() {
    let quiz = quiz();
    let roles = vec![
        role(&quiz, "zeta", 50.0, 50.0, 50.0),
        role(&quiz, "alpha", 50.0, 50.0, 50.0),
        role(&quiz, "mid", 50.0, 50.0, 50.0),
    ];
    let outcome = score(&quiz, &roles, &sheet(&quiz, ANSWERS)).unwrap();
    let order: Vec<&str> = outcome.ranking.iter().map(|f| f.role.as_str()).collect();
    assert_eq!(order, vec!["alpha", "mid", "zeta"]);
    assert!(outcome.close_call, "a tie is a close call");
}

#[test]
fn close_call_when_the_top_two_are_nearer_than_the_threshold() {
    let quiz = quiz();
    // Scores are a = 88.9, b = 42.9. Moving r2's target on a by 1 point
    // changes its fit by well under 3 points: a close call.
    let near = vec![
        role(&quiz, "r1", 90.0, 40.0, 0.0),
        role(&quiz, "r2", 91.0, 44.0, 0.0),
    ];
    assert!(
        score(&quiz, &near, &sheet(&quiz, ANSWERS))
            .unwrap()
            .close_call
    );
    let far = vec![
        role(&quiz, "r1", 90.0, 40.0, 0.0),
        role(&quiz, "r2", 40.0, 90.0, 0.0),
    ];
    assert!(
        !score(&quiz, &far, &sheet(&quiz, ANSWERS))
            .unwrap()
            .close_call
    );
}

#[test]
fn flat_when_the_scores_spread_less_than_the_threshold() {
    let quiz = quiz();
    let roles = vec![role(&quiz, "r1", 90.0, 40.0, 0.0)];
    // q1 = 3 puts a at 50; q4 = 3 puts b at 50; q3 = 3 puts c at 50: no spread.
    let outcome = score(
        &quiz,
        &roles,
        &sheet(&quiz, "[answers]\nq1 = 3\nq3 = 3\nq4 = 3\n"),
    )
    .unwrap();
    assert!(outcome.flat);
    // 88.9 and 42.9 spread by 46: not flat.
    assert!(!score(&quiz, &roles, &sheet(&quiz, ANSWERS)).unwrap().flat);
}

#[test]
fn incomplete_below_the_share_answered() {
    let quiz = quiz();
    let roles = vec![role(&quiz, "r1", 90.0, 40.0, 0.0)];
    // 1 of 4 answered = 0.25 < 0.5.
    assert!(
        score(&quiz, &roles, &sheet(&quiz, "[answers]\nq1 = 5\n"))
            .unwrap()
            .incomplete
    );
    // 2 of 4 = 0.5 is not below 0.5.
    assert!(
        !score(&quiz, &roles, &sheet(&quiz, "[answers]\nq1 = 5\nq4 = 1\n"))
            .unwrap()
            .incomplete
    );
}

#[test]
fn no_measured_dimension_means_no_ranking() {
    let quiz = quiz();
    let roles = vec![role(&quiz, "r1", 90.0, 40.0, 0.0)];
    let err = score(&quiz, &roles, &sheet(&quiz, "[answers]\n")).unwrap_err();
    assert_eq!(err, ScoreError::NothingMeasured);
    assert!(err.to_string().contains("answer at least one question"));
}

#[test]
fn a_neutral_choice_measures_but_does_not_move() {
    let quiz = quiz();
    let roles = vec![role(&quiz, "r1", 90.0, 40.0, 0.0)];
    // q2 = z (no weights): a is 0 in [0, 1] -> 0; b is 0 in [-1, 2] -> 33.3.
    let outcome = score(&quiz, &roles, &sheet(&quiz, "[answers]\nq2 = \"z\"\n")).unwrap();
    close(outcome.dimensions[0].score.unwrap(), 0.0);
    close(outcome.dimensions[1].score.unwrap(), 100.0 / 3.0);
    assert_eq!(outcome.dimensions[2].score, None);
}

#[test]
fn the_answer_sheet_round_trips_through_its_file_format() {
    let quiz = quiz();
    let original = sheet(&quiz, ANSWERS);
    let again = AnswerSheet::from_toml("again.toml", &original.to_toml(&quiz), &quiz).unwrap();
    assert_eq!(original, again);
    assert_eq!(again.get(1), Some(Answer::Choice(1)));
}
