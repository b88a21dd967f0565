//! Snapshot tests of the quiz screens (the welcome, the questions, the
//! review, too small, the colour theme), drawn on a test terminal at 80x24
//! and at 160x48 in the mono theme (so a snapshot holds exactly the
//! characters a person sees), each reached with the keys a person would
//! press. Each test also checks a few things a person relies on, so a
//! wrongly accepted snapshot still fails for a real reason.

mod common;

use careerfit::content::{Answer, AnswerSheet, Content};
use careerfit::session::{Session, Stage};
use careerfit::tui::app::{App, Screen};
use careerfit::tui::screens::draw;
use careerfit::tui::theme::Theme;
use crossterm::event::KeyCode;
use ratatui::style::Color;

use common::app::{app, drawn_app, press, shown_at, typed};
use common::screen::{MIN, SMALL, assert_all, assert_none, shows_words, terminal_text, text};

#[test]
fn welcome() {
    let app = app();
    let shown = snap!(&app, "welcome");
    assert_all(
        &shown,
        &[
            "Which IT role fits you?",
            "32 questions",
            "Press Enter to start.",
            "It is for exploring",
        ],
    );
    // As the O*NET Interest Profiler asks: enjoyment, not training or pay.
    for screen in &shown {
        for words in [
            "It is for exploring: not a test, and not a hiring tool.",
            "Answer by whether you would enjoy the work, not by whether you know how yet or what it pays.",
        ] {
            assert!(shows_words(screen, words), "{words:?}:\n{screen}");
        }
    }
}

#[test]
fn a_hint_shows_under_its_question() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "45");
    assert_eq!(app.screen(), Screen::Question(2));
    let shown = snap!(&app, "question_with_hint");
    assert_all(
        &shown,
        &[
            "3 of 32",
            "Find out why a server keeps running out of memory",
            "Hint: A server is a computer that runs programs or keeps",
            "How much would you like to do this?",
        ],
    );
    // The hint sits between the question and the prompt.
    for screen in &shown {
        let question = screen.find("Find out why a server").unwrap();
        let hint = screen.find("Hint: A server").unwrap();
        let prompt = screen.find("How much would you like").unwrap();
        assert!(question < hint && hint < prompt, "{screen}");
    }
}

#[test]
fn a_long_hint_is_wrapped_whole_at_60x20() {
    let mut app = app();
    let hint = "A server is a computer that runs programs or keeps files for many people at once, \
                often in a locked room, and people reach it over the network from their own desks.";
    app.content.quiz.questions[0].hint = Some(hint.to_string());
    press(&mut app, KeyCode::Enter);
    let shown = shown_at(&app, MIN);
    assert!(shows_words(&shown, &format!("Hint: {hint}")), "{shown}");
}

#[test]
fn a_question_with_no_hint_shows_none() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    let shown = snap_at!(&app, "question_likert_first", SMALL);
    assert!(!shown.contains("Hint:"), "{shown}");
}

#[test]
fn first_question_is_a_likert_scale() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    let shown = snap!(&app, "question_likert_first");
    assert_all(
        &shown,
        &[
            "1 of 32",
            "Replace a failing hard drive in a laptop",
            "How much would you like to do this?",
            "1  Strongly dislike",
            "▶ 3  Not sure",
            "5  Strongly like",
        ],
    );
    assert_none(&shown, &["your answer"]);
}

#[test]
fn choice_question_lists_its_options() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "453");
    assert_eq!(app.screen(), Screen::Question(3));
    let shown = snap!(&app, "question_choice");
    assert_all(
        &shown,
        &[
            "4 of 32",
            "The office printers keep failing.",
            "Pick the one you would most like to do.",
            "▶ 1  Open one up and fix the part that broke",
            "4  Make a plan for who looks after each printer and when",
        ],
    );
    assert_none(&shown, &["5  ", "your answer"]);
}

#[test]
fn going_back_shows_the_earlier_answer() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "4533");
    assert_eq!(app.screen(), Screen::Question(4));
    typed(&mut app, "b");
    assert_eq!(app.screen(), Screen::Question(3));
    let shown = snap!(&app, "question_revisited");
    assert_all(
        &shown,
        &[
            "4 of 32",
            "▶ 3  Check the computer that runs the printers for error",
        ],
    );
    for screen in &shown {
        assert_eq!(screen.matches("✓ your answer").count(), 1, "{screen}");
    }
}

#[test]
fn skipping_says_so_and_the_skipped_question_says_so_too() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "s");
    assert_eq!(app.screen(), Screen::Question(1));
    let after = snap!(&app, "question_after_skip");
    assert_all(
        &after,
        &["2 of 32", "Skipped. You can come back to it in the review."],
    );

    typed(&mut app, "b");
    assert_eq!(app.screen(), Screen::Question(0));
    let shown = snap!(&app, "question_skipped");
    assert_all(
        &shown,
        &["1 of 32", "You skipped this one", "▶ 3  Not sure"],
    );
    assert_none(&shown, &["your answer"]);
}

#[test]
fn digit_out_of_range_leaves_a_notice_on_screen() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "7");
    let shown = snap!(&app, "question_out_of_range");
    assert_all(&shown, &["1 of 32", "Press a number from 1 to 5."]);
}

#[test]
fn review_shows_answered_skipped_and_not_answered() {
    // Every question the keys reach is either answered or skipped; a review
    // with questions never reached comes from resumed progress.
    let mut app = app();
    let quiz = app.content.quiz.clone();
    let mut answers = AnswerSheet::new(&quiz);
    answers.set(0, Some(Answer::Likert(5)));
    answers.set(1, Some(Answer::Likert(2)));
    answers.set(3, Some(Answer::Choice(0)));
    answers.set(4, Some(Answer::Likert(4)));
    let mut skipped = vec![false; quiz.questions.len()];
    skipped[2] = true;
    skipped[5] = true;
    app.session = Session::resume(&quiz, answers, skipped, Stage::Review);
    assert_eq!(app.screen(), Screen::Review);
    let shown = snap!(&app, "review_mixed");
    assert_all(
        &shown,
        &[
            "4 of 32 answered",
            "Skipped: 2.",
            "Not answered yet: 26.",
            "▶ See my results",
            "Strongly like",
            "Open one up and fix",
            "Skipped",
            "Not answered",
        ],
    );

    // Down to the first question and the highlight moves there.
    press(&mut app, KeyCode::Down);
    let moved = snap_at!(&app, "review_mixed_second_row", SMALL);
    assert!(
        moved.contains("▶  1. Replace a failing hard drive"),
        "{moved}"
    );
}

#[test]
fn review_after_the_last_question_by_keys() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "45s3");
    typed(&mut app, &"s".repeat(28));
    assert_eq!(app.screen(), Screen::Review);
    let shown = snap!(&app, "review_by_keys");
    assert_all(
        &shown,
        &["3 of 32 answered", "Skipped: 29.", "Skipped", "Like"],
    );
    assert_none(&shown, &["Not answered yet"]);
}

#[test]
fn asking_for_results_with_nothing_answered_shows_a_notice() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    typed(&mut app, &"s".repeat(32));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Review);
    let shown = snap!(&app, "review_nothing_answered");
    assert_all(
        &shown,
        &[
            "0 of 32 answered",
            "Skipped: 32.",
            "▶ See my results",
            "nswer at least one question",
        ],
    );
    assert_none(&shown, &["Your results"]);
}

#[test]
fn too_small() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    let shown = snap_at!(&app, "too_small", (50, 15));
    assert!(shown.contains("terminal too small: need 60x20"), "{shown}");
    assert!(shown.contains("now 50x15"), "{shown}");
    assert!(!shown.contains("1 of 32"), "{shown}");
}

#[test]
fn color_theme_question() {
    let mut app = App::new(Content::built_in().unwrap(), Theme { color: true });
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "4");
    typed(&mut app, "b");
    let terminal = drawn_app(&app, SMALL);
    let buffer = terminal.backend().buffer();
    // The characters match the mono theme; the styles are in the snapshot.
    insta::assert_snapshot!("color_question_80x24", format!("{buffer:?}"));
    let shown = text(buffer);
    let (y, line) = shown
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("▶ 4  Like"))
        .expect("the highlight");
    let x = line.chars().position(|c| c == '▶').unwrap() as u16;
    assert_eq!(
        buffer[(x, y as u16)].bg,
        Color::Cyan,
        "the highlight has a colour"
    );
    let tick = line.chars().position(|c| c == '✓').unwrap() as u16;
    assert_eq!(
        buffer[(tick, y as u16)].fg,
        Color::Green,
        "the saved answer is green"
    );
}

#[test]
fn resizing_loses_no_state() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "45s");
    let screen = app.screen();
    let answers = app.session.answers().clone();

    let mut terminal = drawn_app(&app, SMALL);
    let before = terminal_text(&terminal);
    terminal.backend_mut().resize(50, 15);
    terminal.draw(|f| draw(&app, f)).unwrap();
    assert!(terminal_text(&terminal).contains("terminal too small"));
    terminal.backend_mut().resize(80, 24);
    terminal.draw(|f| draw(&app, f)).unwrap();
    let after = terminal_text(&terminal);

    assert_eq!(app.screen(), screen);
    assert_eq!(app.session.answers(), &answers);
    assert_eq!(before, after);
    assert!(after.contains("4 of 32"), "{after}");
}
