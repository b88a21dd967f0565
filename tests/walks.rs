//! Whole walks through the quiz driven by synthetic key events, with no
//! terminal: what a person presses, and what the app then holds.

mod common;

use careerfit::content::Answer;
use careerfit::session::{Mark, Stage};
use careerfit::tui::app::{App, Exit, Overlay, Screen};
use common::app::{HANDS_ON, SYSTEMS, app, kiosk, press, results_for, shown_at, started, typed};
use common::keys::{ctrl, key, released};
use crossterm::event::{KeyCode, KeyEvent};

fn ctrl_c(app: &mut App) {
    app.handle_key(ctrl('c'));
}

fn notice(app: &App) -> &str {
    app.notice.as_deref().unwrap_or("")
}

#[test]
fn answering_every_question_with_digits_reaches_the_review_then_the_results() {
    let mut app = started();
    let total = app.content.quiz.questions.len();
    assert_eq!(total, 32);
    for (n, digit) in HANDS_ON.chars().enumerate() {
        assert_eq!(app.screen(), Screen::Question(n), "before answer {}", n + 1);
        typed(&mut app, &digit.to_string());
    }
    assert_eq!(app.screen(), Screen::Review);
    assert_eq!(app.session.answers().answered(), 32);
    assert!(app.outcome.is_none(), "no results before asking for them");
    assert_eq!(
        app.views.review.cursor, 0,
        "the review opens on \"See my results\""
    );

    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Results);
    let outcome = app.outcome.as_ref().expect("results");
    assert_eq!(outcome.ranking[0].role, "technician");
    assert_eq!(outcome.answered, 32);
    assert!(!outcome.flat && !outcome.close_call && !outcome.incomplete);
    assert!(!outcome.reasons.is_empty());
}

#[test]
fn a_systems_persona_gets_the_specialist() {
    let app = results_for(SYSTEMS);
    assert_eq!(app.outcome.as_ref().unwrap().ranking[0].role, "specialist");
}

#[test]
fn going_back_with_left_backspace_and_b_changes_an_answer() {
    let mut app = started();
    typed(&mut app, "4533");
    assert_eq!(app.screen(), Screen::Question(4));

    press(&mut app, KeyCode::Left);
    assert_eq!(app.screen(), Screen::Question(3));
    assert_eq!(
        app.views.question.cursor, 2,
        "the highlight sits on the saved choice"
    );
    press(&mut app, KeyCode::Backspace);
    assert_eq!(app.screen(), Screen::Question(2));
    assert_eq!(
        app.views.question.cursor, 2,
        "the highlight sits on the saved 3"
    );
    typed(&mut app, "b");
    assert_eq!(app.screen(), Screen::Question(1));
    assert_eq!(
        app.views.question.cursor, 4,
        "the highlight sits on the saved 5"
    );

    typed(&mut app, "1");
    assert_eq!(app.session.mark(1), Mark::Answered(Answer::Likert(1)));
    assert_eq!(
        app.screen(),
        Screen::Question(2),
        "a changed answer moves on"
    );
    assert_eq!(app.session.mark(0), Mark::Answered(Answer::Likert(4)));
    assert_eq!(app.session.mark(2), Mark::Answered(Answer::Likert(3)));
    assert_eq!(app.session.mark(3), Mark::Answered(Answer::Choice(2)));
    assert_eq!(app.session.answers().answered(), 4);

    // Back from the first question is the welcome screen, answers kept.
    typed(&mut app, "bbb");
    assert_eq!(app.screen(), Screen::Welcome);
    assert_eq!(app.session.answers().answered(), 4);
}

#[test]
fn answering_with_arrows_and_vim_keys_then_enter() {
    let mut app = started();
    assert_eq!(app.views.question.cursor, 2, "a scale starts on its middle");
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Up);
    assert_eq!(
        app.views.question.cursor, 0,
        "the highlight stops at the top"
    );
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.session.mark(0), Mark::Answered(Answer::Likert(2)));

    assert_eq!(app.screen(), Screen::Question(1));
    typed(&mut app, "jjjjjj");
    assert_eq!(
        app.views.question.cursor, 4,
        "the highlight stops at the bottom"
    );
    typed(&mut app, "k");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.session.mark(1), Mark::Answered(Answer::Likert(4)));

    typed(&mut app, "3");
    assert_eq!(app.screen(), Screen::Question(3));
    assert_eq!(
        app.views.question.cursor, 0,
        "a choice starts on its first option"
    );
    typed(&mut app, "jj");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.session.mark(3), Mark::Answered(Answer::Choice(2)));
    assert_eq!(app.screen(), Screen::Question(4));
}

#[test]
fn a_skipped_question_is_listed_and_can_be_answered_from_the_review() {
    let mut app = started();
    typed(&mut app, "4s");
    assert_eq!(app.screen(), Screen::Question(2));
    assert_eq!(app.session.mark(1), Mark::Skipped);
    assert!(notice(&app).contains("Skipped"), "{:?}", app.notice);
    typed(&mut app, &HANDS_ON[2..]);
    assert_eq!(app.screen(), Screen::Review);
    assert_eq!(app.session.skipped(), vec![1]);
    assert_eq!(app.session.unanswered(), vec![1]);

    // Row 0 is "See my results"; row 2 is question 2.
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    assert_eq!(app.views.review.cursor, 2);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Question(1));
    typed(&mut app, "2");
    assert_eq!(app.session.mark(1), Mark::Answered(Answer::Likert(2)));
    assert_eq!(
        app.screen(),
        Screen::Review,
        "an answer given from the review returns there"
    );
    assert!(app.session.skipped().is_empty());
    assert_eq!(app.session.answers().answered(), 32);
}

#[test]
fn skipping_a_revisited_question_keeps_its_answer() {
    let mut app = started();
    typed(&mut app, "5b");
    assert_eq!(app.screen(), Screen::Question(0));
    typed(&mut app, "s");
    assert_eq!(app.session.mark(0), Mark::Answered(Answer::Likert(5)));
    assert!(
        app.notice.is_none(),
        "no 'skipped' notice for an answered question"
    );
}

#[test]
fn results_with_nothing_answered_give_a_notice_not_results() {
    let mut app = started();
    typed(&mut app, &"s".repeat(32));
    assert_eq!(app.screen(), Screen::Review);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Review);
    assert!(app.outcome.is_none());
    assert!(!notice(&app).is_empty(), "a notice says why");
    assert!(
        notice(&app).to_lowercase().contains("answer"),
        "{:?}",
        app.notice
    );
    // The notice goes with the next key.
    press(&mut app, KeyCode::Down);
    assert!(app.notice.is_none());
}

#[test]
fn a_role_opens_from_the_results_and_its_tabs_change() {
    let mut app = results_for(HANDS_ON);
    press(&mut app, KeyCode::Down);
    assert_eq!(app.views.results.cursor, 1);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Role);
    let view = app.views.role.unwrap();
    assert_eq!(app.content.roles[view.role].id, "technician");
    assert_eq!(view.tab.index(), 0);

    press(&mut app, KeyCode::Tab);
    assert_eq!(app.views.role.unwrap().tab.index(), 1);
    press(&mut app, KeyCode::Right);
    assert_eq!(app.views.role.unwrap().tab.index(), 2);
    press(&mut app, KeyCode::Left);
    assert_eq!(app.views.role.unwrap().tab.index(), 1);
    press(&mut app, KeyCode::BackTab);
    assert_eq!(app.views.role.unwrap().tab.index(), 0);
    press(&mut app, KeyCode::BackTab);
    assert_eq!(app.views.role.unwrap().tab.index(), 7, "tabs wrap around");
    typed(&mut app, "4");
    assert_eq!(app.views.role.unwrap().tab.index(), 3);
    typed(&mut app, "9");
    assert_eq!(
        app.views.role.unwrap().tab.index(),
        3,
        "there is no ninth tab"
    );

    press(&mut app, KeyCode::Esc);
    assert_eq!(app.screen(), Screen::Results);
    assert!(app.exit.is_none());
    assert!(app.outcome.is_some());
}

#[test]
fn a_role_opens_by_its_rank_number() {
    let mut app = results_for(HANDS_ON);
    typed(&mut app, "2");
    assert_eq!(app.screen(), Screen::Role);
    let role = &app.content.roles[app.views.role.unwrap().role];
    assert_eq!(role.id, app.outcome.as_ref().unwrap().ranking[1].role);
    typed(&mut app, "b");
    assert_eq!(app.screen(), Screen::Results);
}

#[test]
fn compare_opens_with_c_and_closes_with_esc() {
    let mut app = results_for(HANDS_ON);
    typed(&mut app, "c");
    assert_eq!(app.screen(), Screen::Compare);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.screen(), Screen::Results);

    // From a role, compare closes back to the role.
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "c");
    assert_eq!(app.screen(), Screen::Compare);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.screen(), Screen::Role);
}

#[test]
fn retake_asks_first() {
    let mut app = results_for(HANDS_ON);
    typed(&mut app, "r");
    assert_eq!(app.overlay, Some(Overlay::ConfirmRetake));
    typed(&mut app, "n");
    assert_eq!(app.overlay, None);
    assert_eq!(app.screen(), Screen::Results);
    assert!(app.outcome.is_some());
    assert_eq!(app.session.answers().answered(), 32);

    typed(&mut app, "r");
    typed(&mut app, "y");
    assert_eq!(app.overlay, None);
    assert_eq!(app.screen(), Screen::Welcome);
    assert_eq!(app.session.stage(), Stage::Welcome);
    assert_eq!(app.session.answers().answered(), 0);
    assert!(app.session.skipped().is_empty());
    assert!(app.outcome.is_none());
    assert!(app.exit.is_none());

    // And the quiz can be taken again.
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Question(0));
}

#[test]
fn quitting_mid_quiz_with_answers_asks_first() {
    let mut app = started();
    typed(&mut app, "45");
    typed(&mut app, "q");
    assert_eq!(app.overlay, Some(Overlay::ConfirmLeave));
    assert!(app.exit.is_none());
    typed(&mut app, "n");
    assert_eq!(app.overlay, None);
    assert!(app.exit.is_none());
    assert_eq!(app.screen(), Screen::Question(2));
    assert_eq!(app.session.answers().answered(), 2);

    press(&mut app, KeyCode::Esc);
    assert_eq!(app.overlay, Some(Overlay::ConfirmLeave), "Esc asks too");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.overlay, None, "Esc on the question keeps going");

    typed(&mut app, "q");
    typed(&mut app, "y");
    assert_eq!(app.exit, Some(Exit::Quit));
}

#[test]
fn quitting_from_the_review_with_answers_asks_first() {
    let mut app = started();
    typed(&mut app, HANDS_ON);
    typed(&mut app, "q");
    assert_eq!(app.overlay, Some(Overlay::ConfirmLeave));
    typed(&mut app, "y");
    assert_eq!(app.exit, Some(Exit::Quit));
}

#[test]
fn quitting_with_nothing_to_lose_leaves_at_once() {
    let mut app = app();
    typed(&mut app, "q");
    assert_eq!(app.exit, Some(Exit::Quit), "q on the welcome screen");
    assert_eq!(app.overlay, None);

    let mut app = self::app();
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.exit, Some(Exit::Quit), "Esc on the welcome screen");

    let mut app = started();
    typed(&mut app, "ss");
    typed(&mut app, "q");
    assert_eq!(app.exit, Some(Exit::Quit), "only skips: nothing lost");

    let mut app = results_for(HANDS_ON);
    typed(&mut app, "q");
    assert_eq!(
        app.exit,
        Some(Exit::Quit),
        "the results are kept on leaving"
    );
    assert!(app.outcome.is_some());
}

#[test]
fn ctrl_c_leaves_at_once_from_anywhere() {
    let mut app = self::app();
    ctrl_c(&mut app);
    assert_eq!(app.exit, Some(Exit::Interrupted), "welcome");

    let mut app = started();
    typed(&mut app, "45");
    ctrl_c(&mut app);
    assert_eq!(app.exit, Some(Exit::Interrupted), "a question with answers");
    assert_eq!(app.overlay, None, "no question asked");

    let mut app = started();
    typed(&mut app, "45?");
    assert_eq!(app.overlay, Some(Overlay::Help));
    ctrl_c(&mut app);
    assert_eq!(app.exit, Some(Exit::Interrupted), "the help open");

    let mut app = started();
    typed(&mut app, "45q");
    assert_eq!(app.overlay, Some(Overlay::ConfirmLeave));
    ctrl_c(&mut app);
    assert_eq!(app.exit, Some(Exit::Interrupted), "the leave question open");

    let mut app = results_for(HANDS_ON);
    press(&mut app, KeyCode::Enter);
    ctrl_c(&mut app);
    assert_eq!(app.exit, Some(Exit::Interrupted), "a role");

    let mut app = results_for(HANDS_ON);
    typed(&mut app, "c");
    ctrl_c(&mut app);
    assert_eq!(app.exit, Some(Exit::Interrupted), "compare");
}

#[test]
fn help_opens_with_question_mark_and_any_key_closes_it_without_acting() {
    let mut app = started();
    typed(&mut app, "?");
    assert_eq!(app.overlay, Some(Overlay::Help));
    typed(&mut app, "5");
    assert_eq!(app.overlay, None);
    assert_eq!(
        app.screen(),
        Screen::Question(0),
        "the key that closes help does not answer"
    );
    assert!(!app.session.has_answers());
    typed(&mut app, "q");
    assert_eq!(app.exit, Some(Exit::Quit), "nothing answered: q leaves");
}

#[test]
fn key_releases_are_ignored() {
    let mut app = app();
    let release = |code| released(key(code));
    app.handle_key(release(KeyCode::Enter));
    assert_eq!(app.screen(), Screen::Welcome);
    press(&mut app, KeyCode::Enter);

    // A press then its release answers once, not twice.
    press(&mut app, KeyCode::Char('4'));
    app.handle_key(release(KeyCode::Char('4')));
    assert_eq!(app.screen(), Screen::Question(1));
    assert_eq!(app.session.answers().answered(), 1);

    for code in [
        KeyCode::Char('5'),
        KeyCode::Char('s'),
        KeyCode::Char('b'),
        KeyCode::Char('q'),
        KeyCode::Esc,
    ] {
        app.handle_key(release(code));
    }
    app.handle_key(released(ctrl('c')));
    assert_eq!(app.screen(), Screen::Question(1));
    assert_eq!(app.session.answers().answered(), 1);
    assert_eq!(app.overlay, None);
    assert_eq!(app.exit, None);
}

#[test]
fn digits_out_of_range_do_not_answer_and_leave_a_notice() {
    let mut app = started();
    typed(&mut app, "7");
    assert_eq!(app.screen(), Screen::Question(0));
    assert!(!app.session.has_answers());
    assert!(notice(&app).contains("1 to 5"), "{:?}", app.notice);
    typed(&mut app, "6");
    assert_eq!(app.screen(), Screen::Question(0));
    assert!(notice(&app).contains("1 to 5"), "{:?}", app.notice);

    typed(&mut app, "453");
    assert_eq!(app.screen(), Screen::Question(3), "a 4-option choice");
    typed(&mut app, "5");
    assert_eq!(app.screen(), Screen::Question(3));
    assert_eq!(app.session.mark(3), Mark::NotSeen);
    assert!(notice(&app).contains("1 to 4"), "{:?}", app.notice);
    typed(&mut app, "4");
    assert_eq!(app.session.mark(3), Mark::Answered(Answer::Choice(3)));
    assert!(app.notice.is_none());
}

#[test]
fn back_from_the_results_returns_to_the_review_and_results_come_again() {
    let mut app = results_for(HANDS_ON);
    press(&mut app, KeyCode::Left);
    assert_eq!(app.screen(), Screen::Review);
    assert!(app.outcome.is_none());
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Results);
    assert_eq!(app.outcome.as_ref().unwrap().ranking[0].role, "technician");
}

// ---------------------------------------------------------------------
// The help lists exactly the keys that work (issue 9 items 3, 5, 6)
// ---------------------------------------------------------------------

/// What a person can tell changed after a key (a passing notice aside:
/// a hint that a key does nothing here is not the key doing something).
fn state_of(app: &App) -> String {
    format!(
        "{:?}",
        (
            (
                &app.session,
                app.views.question.cursor,
                app.views.review.cursor
            ),
            (
                app.outcome.is_some(),
                app.views.results.cursor,
                app.views.results.scroll
            ),
            (
                app.views.role,
                app.views.compare.open,
                app.views.compare.scroll
            ),
            app.views.welcome.scroll,
            (app.overlay, app.exit, app.offer.is_some()),
            (app.request, &app.kiosk),
        )
    )
}

/// Every screen with the help, in a state where each key has room to act
/// (highlights and scrolls in the middle), at the smallest size.
fn every_screen(make: fn() -> App) -> Vec<(String, App)> {
    let mut states = Vec::new();
    let mut welcome = make();
    welcome.resize(60, 20);
    // The welcome text scrolls at 60x20: start one row down.
    press(&mut welcome, KeyCode::Down);
    assert_eq!(
        welcome.views.welcome.scroll, 1,
        "the welcome scrolls at 60x20"
    );
    states.push(("welcome".to_string(), welcome.clone()));

    let mut question = welcome.clone();
    press(&mut question, KeyCode::Enter);
    states.push(("likert question".to_string(), question.clone()));
    // Hands-on first, technical systems next: the runner-up (the IT
    // Specialist) has duties that scroll at 60x20.
    typed(&mut question, "415");
    press(&mut question, KeyCode::Down);
    states.push(("choice question".to_string(), question.clone()));

    let mut back = question.clone();
    typed(&mut back, "bbbb");
    assert_eq!(back.screen(), Screen::Welcome);
    states.push(("welcome with answers".to_string(), back.clone()));
    // On a big terminal the welcome does not scroll, and the help says no such thing.
    back.resize(160, 48);
    states.push(("welcome at 160x48".to_string(), back));

    let mut review = question.clone();
    typed(&mut review, &HANDS_ON[3..]);
    assert_eq!(review.screen(), Screen::Review);
    typed(&mut review, "jjjjj");
    states.push(("review".to_string(), review.clone()));

    let mut results = review.clone();
    press(&mut results, KeyCode::Home);
    press(&mut results, KeyCode::Enter);
    assert_eq!(results.screen(), Screen::Results);
    press(&mut results, KeyCode::Down);
    results.views.results.scroll = 1;
    states.push(("results".to_string(), results.clone()));

    let mut role = results.clone();
    press(&mut role, KeyCode::Enter);
    press(&mut role, KeyCode::Right);
    assert_eq!(role.screen(), Screen::Role);
    press(&mut role, KeyCode::Down);
    assert_eq!(role.views.role.unwrap().scroll, 1, "duties scroll at 60x20");
    states.push(("role".to_string(), role.clone()));

    let mut compare = role.clone();
    typed(&mut compare, "c");
    assert_eq!(compare.screen(), Screen::Compare);
    press(&mut compare, KeyCode::Down);
    assert_eq!(
        compare.views.compare.scroll, 1,
        "the comparison scrolls at 60x20"
    );
    states.push(("compare".to_string(), compare));
    states
}

/// Every key careerfit knows, a few it does not, and Ctrl-C.
fn every_key() -> Vec<KeyEvent> {
    let mut keys: Vec<KeyEvent> = careerfit::tui::keys::KEYS
        .iter()
        .map(|(code, _, _)| key(*code))
        .collect();
    for c in "123456789xzAQ".chars() {
        keys.push(key(KeyCode::Char(c)));
    }
    keys.push(key(KeyCode::F(5)));
    keys.push(ctrl('c'));
    keys
}

fn check_help_matches_keys(mode: &str, states: Vec<(String, App)>) {
    use careerfit::tui::keys::action;
    for (name, app) in states {
        let listed = app.bindings();
        for key in every_key() {
            let mut after = app.clone();
            after.handle_key(key);
            let acted = state_of(&after) != state_of(&app);
            let shown = action(key).is_some_and(|a| listed.iter().any(|b| b.keys.has(a)));
            assert_eq!(
                acted,
                shown,
                "{mode}, {name}: {:?} {} but the help {}; the help lists {:?}",
                key.code,
                if acted {
                    "does something"
                } else {
                    "does nothing"
                },
                if shown {
                    "lists it"
                } else {
                    "does not list it"
                },
                listed
                    .iter()
                    .map(|b| format!("{}: {}", b.keys.names(), b.what))
                    .collect::<Vec<_>>()
            );
        }
    }
}

#[test]
fn the_help_lists_exactly_the_keys_that_work_alone() {
    check_help_matches_keys("alone", every_screen(app));
}

#[test]
fn the_help_lists_exactly_the_keys_that_work_with_saving_on() {
    fn saving() -> App {
        let mut app = app();
        app.saving = true;
        app
    }
    check_help_matches_keys("saving", every_screen(saving));
}

#[test]
fn the_help_lists_exactly_the_keys_that_work_in_the_kiosk() {
    check_help_matches_keys("kiosk", every_screen(|| kiosk(app())));
}

#[test]
fn the_help_lists_exactly_the_keys_that_work_on_the_resume_offer() {
    let mut unfinished = app();
    press(&mut unfinished, KeyCode::Enter);
    typed(&mut unfinished, "44");
    let mut offered = app();
    offered.offer = Some(careerfit::store::progress::Unfinished {
        session: unfinished.session.clone(),
        saved_at: "today".to_string(),
        answered: 2,
        dropped: 0,
        quiz_changed: false,
    });
    assert_eq!(offered.screen(), Screen::Resume);
    check_help_matches_keys("alone", vec![("resume".to_string(), offered)]);
}

#[test]
fn the_kiosk_help_names_n_and_not_the_keys_that_do_not_work_there() {
    let mut app = kiosk(app());
    press(&mut app, KeyCode::Enter);
    typed(&mut app, HANDS_ON);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Results);
    let names: Vec<String> = app.bindings().iter().map(|b| b.keys.names()).collect();
    assert!(names.contains(&"n N".to_string()), "{names:?}");
    for gone in ["r", "p", "Ctrl-C", "q Esc", "q"] {
        assert!(
            !names.contains(&gone.to_string()),
            "{gone} listed: {names:?}"
        );
    }
}

#[test]
fn any_key_closes_the_help_even_one_careerfit_does_not_use() {
    for key in [
        KeyCode::Char('x'),
        KeyCode::Char('z'),
        KeyCode::F(5),
        KeyCode::Char('?'),
    ] {
        let mut app = started();
        press(&mut app, KeyCode::Char('?'));
        assert_eq!(app.overlay, Some(Overlay::Help));
        press(&mut app, key);
        assert_eq!(app.overlay, None, "{key:?} left the help open");
        assert_eq!(
            app.screen(),
            Screen::Question(0),
            "{key:?} did more than close it"
        );
        assert_eq!(app.session.answers().answered(), 0);
    }
}

#[test]
fn keys_typed_on_the_too_small_screen_answer_nothing() {
    let mut app = started();
    app.resize(40, 10);
    typed(&mut app, "55");
    for key in [
        KeyCode::Enter,
        KeyCode::Down,
        KeyCode::Right,
        KeyCode::Char('?'),
        KeyCode::Char('s'),
    ] {
        press(&mut app, key);
    }
    assert_eq!(
        app.session.answers().answered(),
        0,
        "answers typed blind were kept"
    );
    assert_eq!(app.screen(), Screen::Question(0));
    assert_eq!(app.overlay, None);
    assert_eq!(app.views.question.cursor, 2);

    // Growing the window brings the same question back, and keys work again.
    app.resize(80, 24);
    typed(&mut app, "5");
    assert_eq!(app.session.answers().answered(), 1);
    assert_eq!(app.screen(), Screen::Question(1));

    // q asks its usual question while too small; Ctrl-C leaves at once.
    app.resize(40, 10);
    typed(&mut app, "q");
    assert_eq!(app.overlay, Some(Overlay::ConfirmLeave));
    typed(&mut app, "n");
    assert_eq!(app.overlay, None);
    assert_eq!(app.exit, None);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.overlay, Some(Overlay::ConfirmLeave));
    typed(&mut app, "y");
    assert_eq!(app.exit, Some(Exit::Quit));

    let mut app = started();
    app.resize(40, 10);
    ctrl_c(&mut app);
    assert_eq!(app.exit, Some(Exit::Interrupted));
}

// ---------------------------------------------------------------------
// The results: the highlighted role stays in view; PgDn moves a page
// ---------------------------------------------------------------------

fn highlighted_role_in_view(app: &App, size: (u16, u16)) {
    let title = &app.outcome.as_ref().unwrap().ranking[app.views.results.cursor].title;
    let shown = shown_at(app, size);
    assert!(
        shown
            .lines()
            .any(|l| l.contains('▶') && l.contains(title.as_str())),
        "{title} is highlighted but not in view:\n{shown}"
    );
}

#[test]
fn the_highlighted_role_is_always_in_view() {
    let size = (60, 20);
    let mut app = results_for(HANDS_ON);
    app.resize(size.0, size.1);
    for _ in 0..3 {
        press(&mut app, KeyCode::Down);
        highlighted_role_in_view(&app, size);
    }
    // Scrolled away to the end, then a move brings the highlight back.
    for _ in 0..10 {
        press(&mut app, KeyCode::PageDown);
    }
    press(&mut app, KeyCode::Up);
    highlighted_role_in_view(&app, size);
    press(&mut app, KeyCode::PageDown);
    press(&mut app, KeyCode::PageDown);
    typed(&mut app, "k");
    highlighted_role_in_view(&app, size);
}

#[test]
fn page_down_on_the_results_moves_a_whole_page() {
    let size = (60, 20);
    let mut app = results_for(HANDS_ON);
    app.resize(size.0, size.1);
    let before = shown_at(&app, size);
    // Rows 2.. hold the text; the last two rows are the "more" line and the keys.
    let text_rows: Vec<&str> = before.lines().skip(2).take(16).collect();
    press(&mut app, KeyCode::PageDown);
    let after = shown_at(&app, size);
    let first_after = after.lines().nth(2).unwrap();
    assert!(
        !text_rows.contains(&first_after) || first_after.trim().is_empty(),
        "PgDn moved less than a page:\nbefore:\n{before}\nafter:\n{after}"
    );
    assert_eq!(
        app.views.results.scroll, 16,
        "a page is the 16 rows of text in view"
    );
    press(&mut app, KeyCode::PageUp);
    assert_eq!(shown_at(&app, size), before, "PgUp moves back a page");
}
