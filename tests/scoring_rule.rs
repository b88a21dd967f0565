//! The contract's scoring rule (v2), checked against hand-computed figures:
//! a choice counts only for the dimensions its chosen option weighs.

mod common;

use careerfit::content::{Answer, AnswerSheet, Quiz, Role};
use careerfit::scoring::{ScoreError, score};
use common::cmd::Home;

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
/// a: q1 gives (5-3)*2 = 4 in [-4, 4]. q2's option y does not weigh a, so
///    q2 gives a nothing, not even a range (v1 counted 0 in [0, 1] here).
///    raw 4, lo -4, hi 4: 100.
/// b: q2's y weighs b: -1 in [min(2,-1,0), max(2,-1,0)] = [-1, 2]; q4 gives
///    (2-3)*(-1) = 1 in [-2, 2]. raw 0, lo -3, hi 4: 100*3/7.
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

    let (s_a, s_b) = (100.0, 300.0 / 7.0);
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
    // Worked on paper: 100 - sqrt((10^2 + 2.857143^2) / 2) = 92.64598.
    assert!((fit_r1 - 92.64598).abs() < 1e-5, "{fit_r1}");
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
    // q2 = y counts for b only: it pushed b to -1, below its middle 0.5:
    // supports, strength 1.5 * 10 = 15.
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
    // Scores are a = 100, b = 42.9: r1 fits 92.65, r2 (91, 44) fits 93.58,
    // under 3 points apart: a close call.
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
    // 100 and 42.9 spread by 57: not flat.
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
fn an_option_with_no_weights_counts_for_nothing() {
    let quiz = quiz();
    let roles = vec![role(&quiz, "r1", 90.0, 40.0, 0.0)];
    // q2 = z weighs nothing: alone it measures no dimension (v1 measured
    // a at 0 and b at 33.3 from it).
    let err = score(&quiz, &roles, &sheet(&quiz, "[answers]\nq2 = \"z\"\n")).unwrap_err();
    assert_eq!(err, ScoreError::NothingMeasured);
    // With q1 = 5: a is 4 in [-4, 4] = 100 from q1 alone; b stays unmeasured.
    let outcome = score(
        &quiz,
        &roles,
        &sheet(&quiz, "[answers]\nq1 = 5\nq2 = \"z\"\n"),
    )
    .unwrap();
    close(outcome.dimensions[0].score.unwrap(), 100.0);
    assert_eq!(outcome.dimensions[1].score, None);
    assert_eq!(outcome.dimensions[2].score, None);
    assert_eq!(outcome.answered, 2, "a neutral pick is still an answer");
    // Fit over a alone: 100 - |100 - 90| = 90.
    close(outcome.ranking[0].fit, 90.0);
}

#[test]
fn not_sure_everywhere_gives_no_reasons_from_options_not_chosen() {
    let quiz = quiz();
    let roles = vec![
        role(&quiz, "r1", 90.0, 40.0, 0.0),
        role(&quiz, "r2", 40.0, 90.0, 100.0),
    ];
    // Every likert at the middle and "None of these": in v1, z's 0 on a sat
    // below a's middle 0.5 and was cited for a role with a low a target.
    let outcome = score(
        &quiz,
        &roles,
        &sheet(&quiz, "[answers]\nq1 = 3\nq2 = \"z\"\nq3 = 3\nq4 = 3\n"),
    )
    .unwrap();
    assert!(outcome.reasons.is_empty(), "{:?}", outcome.reasons);
    for d in &outcome.dimensions {
        close(d.score.unwrap(), 50.0);
    }
    assert!(outcome.flat);
    assert!(!outcome.low_interest, "50 is not below 40");
}

#[test]
fn low_interest_when_every_measured_score_is_below_the_threshold() {
    let quiz = quiz();
    assert_eq!(quiz.settings.low_interest, 40.0, "the default");
    let roles = vec![role(&quiz, "r1", 90.0, 40.0, 0.0)];
    // q1 = 1: a is -4 in [-4, 4] = 0. q4 = 5: b is (5-3)*(-1) = -2 in
    // [-2, 2] = 0. q3 = 2: c is -1 in [-2, 2] = 25. max 25 < 40.
    let low = score(
        &quiz,
        &roles,
        &sheet(&quiz, "[answers]\nq1 = 1\nq3 = 2\nq4 = 5\n"),
    )
    .unwrap();
    close(low.dimensions[2].score.unwrap(), 25.0);
    assert!(low.low_interest);
    // q3 = 4: c is 75, above 40: some interest.
    let some = score(
        &quiz,
        &roles,
        &sheet(&quiz, "[answers]\nq1 = 1\nq3 = 4\nq4 = 5\n"),
    )
    .unwrap();
    assert!(!some.low_interest);
    // The JSON field is there either way.
    let json = serde_json::to_value(&low).unwrap();
    assert_eq!(json["low_interest"], true);
    assert_eq!(serde_json::to_value(&some).unwrap()["low_interest"], false);
}

#[test]
fn low_interest_threshold_is_strictly_below_and_set_in_the_quiz() {
    // q3 = 3 puts c at exactly 50; a and b at 0.
    let answers = "[answers]\nq1 = 1\nq3 = 3\nq4 = 5\n";
    let with = |threshold: &str| {
        let text = QUIZ.replacen(
            "[[dimension]]",
            &format!("[scoring]\nlow_interest = {threshold}\n\n[[dimension]]"),
            1,
        );
        let quiz = Quiz::from_toml("hand.toml", &text).unwrap();
        let roles = vec![role(&quiz, "r1", 90.0, 40.0, 0.0)];
        score(&quiz, &roles, &sheet(&quiz, answers))
            .unwrap()
            .low_interest
    };
    assert!(!with("50.0"), "50 is not below 50");
    assert!(with("50.5"));
    assert!(!with("0"), "0 turns the flag off");
}

#[test]
fn a_bad_low_interest_setting_names_the_file_line_and_what_to_write() {
    let text = QUIZ.replacen(
        "[[dimension]]",
        "[scoring]\nlow_interest = 140.0\n\n[[dimension]]",
        1,
    );
    let problems = Quiz::from_toml("hand.toml", &text).unwrap_err();
    let said: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(said.len(), 1, "{said:?}");
    let line = QUIZ
        .lines()
        .position(|l| l.starts_with("[[dimension]]"))
        .unwrap()
        + 2;
    assert!(said[0].contains(&format!("hand.toml:{line}")), "{said:?}");
    assert!(said[0].contains("low_interest is 140"), "{said:?}");
    assert!(said[0].contains("from 0 to 100"), "{said:?}");
}

/// Two interest areas, h and p, and a third, l, that only a choice measures.
const MIXED: &str = r#"
id = "mixed"
title = "Two interests"

[[dimension]]
id = "h"
name = "Hardware"

[[dimension]]
id = "p"
name = "Helping"

[[dimension]]
id = "l"
name = "Leading"

[[question]]
id = "fix"
kind = "likert"
text = "Fix a computer"
weights = { h = 2.0 }

[[question]]
id = "help"
kind = "likert"
text = "Help a person"
weights = { p = 2.0 }

[[question]]
id = "c1"
kind = "choice"
text = "The printer is broken"
options = [
  { id = "open", label = "Open it up", weights = { h = 2.0 } },
  { id = "talk", label = "Talk them through it", weights = { p = 2.0 } },
  { id = "none", label = "None of these" },
]

[[question]]
id = "c2"
kind = "choice"
text = "A new laptop arrives"
options = [
  { id = "open", label = "Set it up", weights = { h = 2.0 } },
  { id = "talk", label = "Show its owner around it", weights = { p = 2.0 } },
]

[[question]]
id = "c3"
kind = "choice"
text = "The team needs a plan"
options = [
  { id = "lead", label = "Make the plan", weights = { l = 2.0 } },
  { id = "help", label = "Ask everyone what they need", weights = { p = 1.0, l = -1.0 } },
  { id = "none", label = "None of these" },
]
"#;

fn mixed() -> Quiz {
    Quiz::from_toml("mixed.toml", MIXED).expect("the mixed quiz is valid")
}

fn mixed_role(quiz: &Quiz, id: &str, h: f64, p: f64, l: f64) -> Role {
    let text = format!(
        "id = \"{id}\"\ntitle = \"Role {id}\"\nsummary = \"s\"\nprofile = {{ h = {h}, p = {p}, l = {l} }}\n"
    );
    Role::from_toml(&format!("{id}.toml"), &text, quiz).expect("the role is valid")
}

#[test]
fn a_person_who_likes_hardware_and_helping_equally_keeps_both_high() {
    let quiz = mixed();
    let roles = vec![
        mixed_role(&quiz, "technician", 90.0, 45.0, 20.0),
        mixed_role(&quiz, "support", 45.0, 90.0, 20.0),
    ];
    // fix = 5, help = 5, one choice for each interest, c3 skipped.
    // h: fix 4 in [-4, 4]; c1 = open 2 in [0, 2]; c2 = talk does not weigh
    //    h: nothing. raw 6, lo -4, hi 6: 100. (v1: c2 added 0 in [0, 2],
    //    so h was 6 in [-4, 8]: 83.3, as if they disliked hardware.)
    // p: help 4 in [-4, 4]; c1 = open: nothing; c2 = talk 2 in [0, 2]: 100.
    // l: unmeasured. Both fits: 100 - sqrt((10^2 + 55^2) / 2) = 60.47;
    // an exact tie: a close call, to the smaller id.
    for answers in [
        "[answers]\nfix = 5\nhelp = 5\nc1 = \"open\"\nc2 = \"talk\"\n",
        "[answers]\nfix = 5\nhelp = 5\nc1 = \"talk\"\nc2 = \"open\"\n",
    ] {
        let outcome = score(&quiz, &roles, &sheet(&quiz, answers)).unwrap();
        close(outcome.dimensions[0].score.unwrap(), 100.0);
        close(outcome.dimensions[1].score.unwrap(), 100.0);
        assert_eq!(outcome.dimensions[2].score, None);
        let fit = 100.0 - ((10.0f64.powi(2) + 55.0f64.powi(2)) / 2.0).sqrt();
        close(outcome.ranking[0].fit, fit);
        close(outcome.ranking[1].fit, fit);
        assert_eq!(outcome.ranking[0].role, "support");
        assert!(outcome.close_call, "{answers}");
        assert!(!outcome.low_interest);
        // Each choice supports only the role of the interest it picked.
        let cited: Vec<&str> = outcome.reasons.iter().map(|r| r.answer.as_str()).collect();
        assert!(
            !cited.contains(&"Open it up") && !cited.contains(&"Set it up"),
            "a hardware pick is no reason for support: {cited:?}"
        );
    }
}

#[test]
fn a_dimension_only_a_choice_measures() {
    let quiz = mixed();
    let roles = vec![mixed_role(&quiz, "manager", 20.0, 60.0, 90.0)];
    // c3 = lead: l is 2 in [min(2, -1, 0), max(2, -1, 0)] = [-1, 2]: 100.
    let lead = score(&quiz, &roles, &sheet(&quiz, "[answers]\nc3 = \"lead\"\n")).unwrap();
    assert_eq!(lead.dimensions[0].score, None);
    assert_eq!(lead.dimensions[1].score, None);
    close(lead.dimensions[2].score.unwrap(), 100.0);
    close(lead.ranking[0].fit, 90.0);
    assert_eq!(lead.reasons.len(), 1);
    // c3 = help weighs p (1 in [0, 1]: 100) and l (-1 in [-1, 2]: 0).
    let help = score(&quiz, &roles, &sheet(&quiz, "[answers]\nc3 = \"help\"\n")).unwrap();
    close(help.dimensions[1].score.unwrap(), 100.0);
    close(help.dimensions[2].score.unwrap(), 0.0);
    assert!(help.dimensions[0].score.is_none());
    // fit: 100 - sqrt((40^2 + 90^2) / 2) = 30.36; max 100: not low interest.
    close(
        help.ranking[0].fit,
        100.0 - ((40.0f64.powi(2) + 90.0f64.powi(2)) / 2.0).sqrt(),
    );
    assert!(!help.low_interest);
    // c3 = none: nothing measured at all.
    assert_eq!(
        score(&quiz, &roles, &sheet(&quiz, "[answers]\nc3 = \"none\"\n")).unwrap_err(),
        ScoreError::NothingMeasured
    );
}

#[test]
fn rank_is_score_without_the_reasons() {
    let quiz = quiz();
    let roles = vec![
        role(&quiz, "r1", 90.0, 40.0, 0.0),
        role(&quiz, "r2", 40.0, 90.0, 100.0),
    ];
    let answers = sheet(&quiz, ANSWERS);
    let ranked = careerfit::scoring::rank(&quiz, &roles, &answers).unwrap();
    let outcome = score(&quiz, &roles, &answers).unwrap();
    assert_eq!(ranked.flags, outcome.flags());
    let order: Vec<(&str, f64)> = ranked
        .order
        .iter()
        .map(|&(r, fit)| (roles[r].id.as_str(), fit))
        .collect();
    let want: Vec<(&str, f64)> = outcome
        .ranking
        .iter()
        .map(|f| (f.role.as_str(), f.fit))
        .collect();
    assert_eq!(order, want);
}

#[test]
fn the_answer_sheet_round_trips_through_its_file_format() {
    let quiz = quiz();
    let original = sheet(&quiz, ANSWERS);
    let again = AnswerSheet::from_toml("again.toml", &original.to_toml(&quiz), &quiz).unwrap();
    assert_eq!(original, again);
    assert_eq!(again.get(1), Some(Answer::Choice(1)));
}

// ---- the real binary ------------------------------------------------------

/// Runs `careerfit score` on the valid fixtures with `answers` written to a
/// file of its own, in a temporary HOME; returns stdout.
fn score_fixture(answers: &str, format: &str) -> String {
    let home = Home::new();
    let file = home.write("answers.toml", answers);
    let run = home.run(&[
        "--quiz",
        "tests/fixtures/valid/quiz.toml",
        "--roles",
        "tests/fixtures/valid/roles",
        "score",
        "--format",
        format,
        "--answers",
        &file,
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    run.stdout
}

/// Text with its line wrapping undone: words joined by single spaces.
fn unwrapped(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// fix-printer = 1: tinker -4 in [-4, 4]. help-caller = 1: tinker
/// (1-3)*(-1) = 2 in [-2, 2], chat (1-3)*2 = -4 in [-4, 4]. lunch-break =
/// "none" weighs nothing: it counts for no dimension, but is an answer.
/// tinker: raw -2, lo -6, hi 6 -> 33.3; chat: 0. Both under 40.
const LOW: &str = "[answers]\nfix-printer = 1\nhelp-caller = 1\nlunch-break = \"none\"\n";

#[test]
fn the_binary_says_low_interest_in_json_text_and_report() {
    let json: serde_json::Value = serde_json::from_str(&score_fixture(LOW, "json")).unwrap();
    assert_eq!(json["low_interest"], true, "{json:#}");
    assert_eq!(json["incomplete"], false, "3 of 5 answered");
    assert_eq!(json["answered"], 3);
    close(
        json["dimensions"][0]["score"].as_f64().unwrap(),
        100.0 / 3.0,
    );
    close(json["dimensions"][1]["score"].as_f64().unwrap(), 0.0);

    let text = unwrapped(&score_fixture(LOW, "text"));
    assert!(
        text.contains("Little interest in these kinds of IT work"),
        "{text}"
    );
    assert!(
        !text.contains("Your best fit"),
        "never a confident pick: {text}"
    );
    assert!(
        text.contains("O*NET Interest Profiler at My Next Move"),
        "{text}"
    );
    assert!(
        text.contains("https://www.mynextmove.org/explore/ip"),
        "{text}"
    );
    assert!(text.contains("not a chance of success"), "{text}");

    let report = unwrapped(&score_fixture(LOW, "markdown"));
    assert!(report.contains("Little interest"), "{report}");
    assert!(report.contains("A wider look"), "{report}");
    assert!(
        report.contains("https://www.mynextmove.org/explore/ip"),
        "{report}"
    );
    assert!(!report.contains("Your best fit"), "{report}");
}

#[test]
fn the_binary_says_what_a_fit_is_where_fits_are_first_shown() {
    let answers = "[answers]\nfix-printer = 5\nhelp-caller = 2\nlunch-break = \"gossip\"\n";
    let text = unwrapped(&score_fixture(answers, "text"));
    let meaning = "Fit (0 to 100) is how closely your interests match a role's profile, \
                   not a chance of success.";
    assert!(
        text.contains(&format!("How each role fits you: {meaning} 1. Fixer")),
        "right under the ranking's heading: {text}"
    );
    for format in ["markdown", "html"] {
        let report = unwrapped(&score_fixture(answers, format));
        assert!(report.contains("not a chance of success"), "{report}");
    }
}
