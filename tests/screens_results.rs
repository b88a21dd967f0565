//! Snapshot tests of the results, the comparison, the help and the
//! confirmations, drawn on a test terminal at 80x24 and at 160x48 in the
//! mono theme (so a snapshot holds exactly the characters a person sees),
//! each reached with the keys a person would press. Each test also checks a
//! few things a person relies on, so a wrongly accepted snapshot still
//! fails for a real reason.

mod common;

use careerfit::content::Content;
use careerfit::tui::app::{Overlay, Screen};
use crossterm::event::KeyCode;

use common::app::{CLOSE_CALL, FLAT, HANDS_ON, app, press, results_for, typed};
use common::screen::{SMALL, assert_all, assert_none};

#[test]
fn results_for_a_clear_hands_on_person() {
    let app = results_for(HANDS_ON);
    let shown = snap!(&app, "results_hands_on");
    assert_all(
        &shown,
        &[
            "Your results",
            "32 of 32 answered",
            "Your best fit: IT Technician",
            "▶ IT Technician",
            "How each role fits you",
        ],
    );
    assert_none(
        &shown,
        &["Close call", "No clear lean", "too few questions"],
    );
    // The large screen has room for the interests and the reasons too.
    assert_all(
        &shown[1..],
        &[
            "Your interests (0 to 100)",
            "Hands-on hardware",
            "Why IT Technician: your own answers",
        ],
    );
}

#[test]
fn results_for_a_flat_profile_say_there_is_no_clear_lean() {
    let app = results_for(FLAT);
    let outcome = app.outcome.as_ref().unwrap();
    assert!(
        outcome.flat,
        "the profile should be flat: {:?}",
        outcome.dimensions
    );
    let shown = snap!(&app, "results_flat");
    assert_all(
        &shown,
        &["No clear lean", "Press r to take the quiz again."],
    );
    assert_none(&shown, &["Your best fit", "Why IT"]);
    // The large screen has room for the reasons: they are called a weak lean.
    assert!(shown[1].contains("(a weak lean)"), "{}", shown[1]);
}

/// Keys for little interest in anything: every scale answer at the bottom
/// of its range (reverse-keyed ones at the top), and on each choice the
/// option that weighs least.
fn little_interest_keys() -> String {
    let content = Content::built_in().unwrap();
    content
        .quiz
        .questions
        .iter()
        .map(|question| match &question.kind {
            careerfit::content::QuestionKind::Choice { options } => {
                let most = |o: &careerfit::content::ChoiceOption| {
                    o.weights.iter().copied().fold(f64::MIN, f64::max)
                };
                let i = (0..options.len())
                    .min_by(|&a, &b| most(&options[a]).total_cmp(&most(&options[b])))
                    .unwrap();
                char::from(b'1' + i as u8)
            }
            careerfit::content::QuestionKind::Likert { weights } => {
                match weights.iter().sum::<f64>() {
                    w if w > 0.0 => '1',
                    w if w < 0.0 => '5',
                    _ => '3',
                }
            }
        })
        .collect()
}

#[test]
fn results_for_little_interest_point_to_a_wider_assessment() {
    let app = results_for(&little_interest_keys());
    let outcome = app.outcome.as_ref().unwrap();
    assert!(outcome.low_interest, "{:?}", outcome.dimensions);
    let shown = snap!(&app, "results_low_interest");
    assert_all(
        &shown,
        &[
            "Little interest in these kinds of IT work",
            "O*NET Interest Profiler",
            "https://www.mynextmove.org/explore/ip",
        ],
    );
    assert_none(&shown, &["Your best fit", "Why IT"]);
    // The large screen has room for the reasons: they are called a weak lean.
    assert!(shown[1].contains("(a weak lean)"), "{}", shown[1]);
}

#[test]
fn results_say_what_a_fit_is_under_the_ranking() {
    let app = results_for(HANDS_ON);
    for screen in snap!(&app, "results_hands_on") {
        let rows: Vec<&str> = screen.lines().collect();
        let heading = rows
            .iter()
            .position(|r| r.contains("How each role fits you"))
            .unwrap();
        assert!(
            rows[heading + 1]
                .contains("Fit (0 to 100) is how closely your interests match a role's profile,"),
            "{screen}"
        );
        assert!(rows[heading + 2].contains("chance of success."), "{screen}");
    }
}

#[test]
fn results_for_a_close_call_name_both_roles() {
    let app = results_for(CLOSE_CALL);
    assert!(app.outcome.as_ref().unwrap().close_call);
    let shown = snap!(&app, "results_close_call");
    assert_all(
        &shown,
        &[
            "Close call: IT Technician and IT Support Specialist",
            "points apart",
            "▶ IT Technician",
        ],
    );
    assert_none(&shown, &["Your best fit"]);
}

#[test]
fn results_for_an_incomplete_quiz_say_it_is_rough() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    typed(&mut app, &HANDS_ON[..5]);
    typed(&mut app, &"s".repeat(27));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Results);
    let shown = snap!(&app, "results_incomplete");
    assert_all(
        &shown,
        &[
            "5 of 32 answered",
            "You lean toward IT Technician",
            "too few questions were answered",
        ],
    );
    assert_none(&shown, &["Your best fit"]);
}

#[test]
fn compare_screen() {
    let mut app = results_for(HANDS_ON);
    typed(&mut app, "c");
    assert_eq!(app.screen(), Screen::Compare);
    let shown = snap!(&app, "compare");
    assert_all(
        &shown,
        &[
            "Compare the roles",
            "IT Technician",
            "IT Manager",
            "How people get in",
            "Usually after 5 or more years in",
            "Education",
        ],
    );
    assert_all(
        &shown[1..],
        &[
            "Certifications",
            "Pay",
            "Computer user support specialists",
            "$38,780 / $60,340 /",
            "Job outlook",
        ],
    );
    // The rest is reached by scrolling.
    press(&mut app, KeyCode::PageDown);
    press(&mut app, KeyCode::PageDown);
    let scrolled = snap_at!(&app, "compare_scrolled", SMALL);
    assert!(scrolled.contains("Job outlook"), "{scrolled}");
}

#[test]
fn help_on_a_question() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "?");
    assert_eq!(app.overlay, Some(Overlay::Help));
    let shown = snap!(&app, "help_question");
    assert_all(
        &shown,
        &[
            "Keys",
            "answer at once",
            "back one question",
            "Press any key to close.",
            "Ctrl-C",
        ],
    );
}

#[test]
fn help_on_results() {
    let mut app = results_for(HANDS_ON);
    typed(&mut app, "?");
    let shown = snap!(&app, "help_results");
    assert_all(
        &shown,
        &[
            "Keys",
            "compare all roles",
            "take the quiz again",
            "Press any key to close.",
        ],
    );
}

#[test]
fn leave_confirmation() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "45q");
    assert_eq!(app.overlay, Some(Overlay::ConfirmLeave));
    let shown = snap!(&app, "confirm_leave");
    assert_all(
        &shown,
        &[
            "Leave the quiz?",
            "answered 2 questions",
            "y leave",
            "n keep going",
            "3 of 32",
        ],
    );
}

#[test]
fn retake_confirmation() {
    let mut app = results_for(HANDS_ON);
    typed(&mut app, "r");
    assert_eq!(app.overlay, Some(Overlay::ConfirmRetake));
    let shown = snap!(&app, "confirm_retake");
    assert_all(
        &shown,
        &["Start over?", "y start over", "n keep my results"],
    );
}
