//! Snapshot tests of every screen of the full-screen quiz, drawn on a test
//! terminal at 80x24 and at 160x48 in the mono theme (so a snapshot holds
//! exactly the characters a person sees), each reached with the keys a
//! person would press. Each test also checks a few things a person relies on,
//! so a wrongly accepted snapshot still fails for a real reason.

mod common;

use careerfit::content::{Answer, AnswerSheet, Content};
use careerfit::session::{Session, Stage};
use careerfit::tui::app::{App, Overlay, Screen};
use careerfit::tui::screens::draw;
use careerfit::tui::theme::Theme;
use crossterm::event::KeyCode;
use ratatui::style::Color;

use common::app::{
    CLOSE_CALL, FLAT, HANDS_ON, SYSTEMS, app, drawn_app, kiosk, press, results_for, shown_at, typed,
};
use common::screen::{terminal_text, text};

const SMALL: (u16, u16) = (80, 24);
const LARGE: (u16, u16) = (160, 48);

/// Snapshots the screen at one size and returns what is on it.
fn snap_at(app: &App, name: &str, size: (u16, u16)) -> String {
    let terminal = drawn_app(app, size);
    insta::assert_snapshot!(format!("{name}_{}x{}", size.0, size.1), terminal.backend());
    terminal_text(&terminal)
}

/// Snapshots the screen at 80x24 and at 160x48; returns both texts.
fn snap(app: &App, name: &str) -> [String; 2] {
    [snap_at(app, name, SMALL), snap_at(app, name, LARGE)]
}

fn assert_all(screens: &[String], wanted: &[&str]) {
    for screen in screens {
        for want in wanted {
            assert!(
                screen.contains(want),
                "{want:?} is not on screen:\n{screen}"
            );
        }
    }
}

fn assert_none(screens: &[String], unwanted: &[&str]) {
    for screen in screens {
        for no in unwanted {
            assert!(
                !screen.contains(no),
                "{no:?} should not be on screen:\n{screen}"
            );
        }
    }
}

#[test]
fn welcome() {
    let app = app();
    let shown = snap(&app, "welcome");
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
    let shown = snap(&app, "question_with_hint");
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
    let shown = snap_at(&app, "question_likert_first", SMALL);
    assert!(!shown.contains("Hint:"), "{shown}");
}

#[test]
fn first_question_is_a_likert_scale() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    let shown = snap(&app, "question_likert_first");
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
    let shown = snap(&app, "question_choice");
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
    let shown = snap(&app, "question_revisited");
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
    let after = snap(&app, "question_after_skip");
    assert_all(
        &after,
        &["2 of 32", "Skipped. You can come back to it in the review."],
    );

    typed(&mut app, "b");
    assert_eq!(app.screen(), Screen::Question(0));
    let shown = snap(&app, "question_skipped");
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
    let shown = snap(&app, "question_out_of_range");
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
    let shown = snap(&app, "review_mixed");
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
    let moved = snap_at(&app, "review_mixed_second_row", SMALL);
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
    let shown = snap(&app, "review_by_keys");
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
    let shown = snap(&app, "review_nothing_answered");
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
fn results_for_a_clear_hands_on_person() {
    let app = results_for(HANDS_ON);
    let shown = snap(&app, "results_hands_on");
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
    let shown = snap(&app, "results_flat");
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
    let shown = snap(&app, "results_low_interest");
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
    for screen in snap(&app, "results_hands_on") {
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
    let shown = snap(&app, "results_close_call");
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
    let shown = snap(&app, "results_incomplete");
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
fn role_details_on_every_tab() {
    let mut app = results_for(SYSTEMS);
    assert_eq!(app.outcome.as_ref().unwrap().ranking[0].role, "specialist");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Role);
    let tabs: [(&str, &[&str]); 8] = [
        (
            "overview",
            &["Overview", "Where you would work", "Official occupations"],
        ),
        ("duties", &["Duties", "• "]),
        ("skills", &["Skills", "• "]),
        (
            "certifications",
            &[
                "Certs",
                "Certifications",
                "CompTIA Security+",
                "by CompTIA",
                "RETIRED",
            ],
        ),
        ("education", &["Education", "How people get in", "degree"]),
        (
            "pay",
            &[
                "Pay",
                "Pay & outlook",
                "• Network and computer systems administrators (15-1244): median (middle)",
                "Computer systems analysts (15-1211): median (middle) $103,790",
                "Source: ",
                "Job outlook",
            ],
        ),
        (
            "path",
            &["Path", "Career path", "← you start here", "┌", "▼"],
        ),
        ("sources", &["Sources", "• O*NET OnLine", "https://"]),
    ];
    for (i, (name, wanted)) in tabs.iter().enumerate() {
        typed(&mut app, &(i + 1).to_string());
        assert_eq!(app.views.role.unwrap().tab.index(), i);
        let shown = snap(&app, &format!("role_{}_{name}", i + 1));
        if *name == "pay" {
            // The pay facts' heading is the one every output uses.
            for screen in &shown {
                assert!(screen.lines().any(|l| l.trim() == "Pay"), "{screen}");
            }
        }
        assert_all(&shown, &["IT Specialist", "#1 of 4"]);
        assert_all(&shown, wanted);
        for screen in &shown {
            assert_eq!(
                screen.matches('▶').count(),
                1,
                "one tab is highlighted:\n{screen}"
            );
            // The highlighted tab is this one, numbered or not.
            let marked = screen.split('▶').nth(1).unwrap_or("");
            let marked = marked.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
            assert!(
                marked.starts_with(wanted[0]),
                "tab {} is not highlighted:\n{screen}",
                wanted[0]
            );
        }
    }
}

#[test]
fn retired_certifications_are_marked_retired() {
    let mut app = results_for(SYSTEMS);
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "4");
    // The large screen shows every certification at once.
    let large = snap_at(&app, "role_certifications_all", LARGE);
    // Each retired one says so within the two lines under its name.
    let lines: Vec<&str> = large.lines().collect();
    for name in [
        "Microsoft Certified Solutions Expert (MCSE)",
        "CCNA Security",
    ] {
        let at = lines
            .iter()
            .position(|l| l.trim_end().ends_with(name))
            .unwrap_or_else(|| panic!("no {name}:\n{large}"));
        assert!(
            lines[at..=at + 2].iter().any(|l| l.contains("RETIRED")),
            "{name} is not marked retired:\n{large}"
        );
    }
    assert!(
        large.contains("Microsoft Certified Solutions Expert (MCSE)"),
        "{large}"
    );
    // On a small screen the last one is reached by scrolling.
    typed(&mut app, &"j".repeat(30));
    let small = snap_at(&app, "role_certifications_scrolled", SMALL);
    let lines: Vec<&str> = small.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("(MCSE)"))
        .unwrap_or_else(|| panic!("no MCSE:\n{small}"));
    assert!(
        lines[at..(at + 3).min(lines.len())]
            .iter()
            .any(|l| l.contains("RETIRED")),
        "{small}"
    );
}

#[test]
fn pay_and_outlook_give_each_occupation_its_own_percentiles_at_80x24() {
    let mut app = results_for(HANDS_ON);
    assert_eq!(app.outcome.as_ref().unwrap().ranking[0].role, "technician");
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "6");
    let shown = snap_at(&app, "role_pay_technician", SMALL);
    for want in [
        "• Computer user support specialists (15-1232): $38,780 / $60,340 / $98,010",
        "year: 10th percentile / median / 90th percentile, May 2024",
        "about 40,800 openings a year",
        "Computer network support specialists (15-1231): median (middle) $73,340",
        "Source: BLS Occupational Employment and Wage Statistics, May 2024",
    ] {
        assert!(shown.contains(want), "{want:?} is not on screen:\n{shown}");
    }
    press(&mut app, KeyCode::PageDown);
    let scrolled = snap_at(&app, "role_pay_technician_scrolled", SMALL);
    assert!(
        scrolled.contains("about 9,600 openings a year"),
        "{scrolled}"
    );
}

#[test]
fn compare_screen() {
    let mut app = results_for(HANDS_ON);
    typed(&mut app, "c");
    assert_eq!(app.screen(), Screen::Compare);
    let shown = snap(&app, "compare");
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
    let scrolled = snap_at(&app, "compare_scrolled", SMALL);
    assert!(scrolled.contains("Job outlook"), "{scrolled}");
}

#[test]
fn help_on_a_question() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "?");
    assert_eq!(app.overlay, Some(Overlay::Help));
    let shown = snap(&app, "help_question");
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
    let shown = snap(&app, "help_results");
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
    let shown = snap(&app, "confirm_leave");
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
    let shown = snap(&app, "confirm_retake");
    assert_all(
        &shown,
        &["Start over?", "y start over", "n keep my results"],
    );
}

#[test]
fn too_small() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    let shown = snap_at(&app, "too_small", (50, 15));
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

// ---------------------------------------------------------------------
// Issue 9: help per mode, the smallest size, honest words
// ---------------------------------------------------------------------

const MIN: (u16, u16) = (60, 20);

/// Every screen that has a help, reached by keys, alone and in the kiosk.
fn screens_with_help() -> Vec<(String, App)> {
    let mut states = Vec::new();
    for (mode, fresh) in [("alone", app()), ("kiosk", kiosk(app()))] {
        let mut app = fresh;
        states.push((format!("{mode} welcome"), app.clone()));
        press(&mut app, KeyCode::Enter);
        states.push((format!("{mode} question"), app.clone()));
        typed(&mut app, HANDS_ON);
        states.push((format!("{mode} review"), app.clone()));
        press(&mut app, KeyCode::Enter);
        states.push((format!("{mode} results"), app.clone()));
        press(&mut app, KeyCode::Enter);
        states.push((format!("{mode} role"), app.clone()));
        typed(&mut app, "c");
        states.push((format!("{mode} compare"), app));
    }
    states
}

#[test]
fn the_kiosk_help_names_n_and_leaves_out_keys_that_do_not_work_there() {
    let mut app = kiosk(app());
    press(&mut app, KeyCode::Enter);
    typed(&mut app, HANDS_ON);
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "?");
    let shown = shown_at(&app, SMALL);
    assert_all(
        std::slice::from_ref(&shown),
        &["n N", "done: save and hand over", "Press any key to close."],
    );
    assert_none(
        &[shown],
        &[
            "Ctrl-C",
            "take the quiz again",
            "take-home report",
            "leave careerfit",
        ],
    );
}

#[test]
fn the_help_fits_at_60x20_on_every_screen() {
    for (name, mut app) in screens_with_help() {
        let listed = app.bindings();
        typed(&mut app, "?");
        assert_eq!(app.overlay, Some(Overlay::Help), "{name}");
        let shown = shown_at(&app, MIN);
        assert!(
            shown.contains("Press any key to close."),
            "{name}:\n{shown}"
        );
        assert!(shown.contains('└'), "{name}: the box is cut:\n{shown}");
        for binding in listed {
            for word in binding.what.split_whitespace() {
                assert!(
                    shown.contains(word),
                    "{name}: {word:?} of {:?} is cut:\n{shown}",
                    binding.what
                );
            }
        }
    }
}

#[test]
fn the_key_bar_keeps_help_and_the_way_out_at_60x20() {
    for (name, app) in screens_with_help() {
        let shown = shown_at(&app, MIN);
        let bar = shown.lines().last().unwrap();
        assert!(bar.contains("? keys"), "{name}: {bar:?}");
        if app.kiosk.is_none() {
            assert!(bar.contains("q "), "{name}: {bar:?}");
        }
    }
    let results = results_for(HANDS_ON);
    let bar = shown_at(&results, MIN).lines().last().unwrap().to_string();
    assert!(bar.contains("q quit") && bar.contains("↑↓ role"), "{bar:?}");
}

#[test]
fn the_selected_role_tab_is_always_in_the_tab_bar_at_60x20() {
    let mut app = results_for(HANDS_ON);
    press(&mut app, KeyCode::Enter);
    for tab in 0..8 {
        let shown = shown_at(&app, MIN);
        let bar = shown.lines().nth(2).unwrap();
        assert!(
            bar.contains('▶'),
            "tab {} is not in the bar: {bar:?}\n{shown}",
            tab + 1
        );
        press(&mut app, KeyCode::Right);
    }
}

#[test]
fn starting_over_says_the_result_stays_in_the_history() {
    let mut app = results_for(HANDS_ON);
    app.saving = true;
    typed(&mut app, "r");
    let shown = shown_at(&app, SMALL);
    let flat = shown.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(!flat.contains("results will be cleared"), "{shown}");
    assert!(flat.contains("stays saved"), "{shown}");
    assert!(shown.contains("careerfit history"), "{shown}");
}

#[test]
fn the_too_small_screen_shows_the_leave_question() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "4");
    app.resize(40, 10);
    typed(&mut app, "55q");
    assert_eq!(app.session.answers().answered(), 1);
    let shown = shown_at(&app, (40, 10));
    assert!(shown.contains("Leave the quiz?"), "{shown}");
    assert!(shown.contains("y leave"), "{shown}");
}

#[test]
fn source_links_are_broken_only_at_the_edge_of_the_screen() {
    let mut app = results_for(SYSTEMS);
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "8");
    let role = &app.content.roles[app.views.role.unwrap().role];
    let urls: Vec<String> = role
        .facts
        .sources
        .iter()
        .filter_map(|s| s.url.clone())
        .collect();
    assert!(
        urls.iter().any(|u| u.len() > 60),
        "a long link to test with"
    );
    for width in [60u16, 80] {
        let shown = shown_at(&app, (width, 60));
        let rows: Vec<&str> = shown.lines().collect();
        for url in &urls {
            // The link starts its own line; each piece but the last runs to
            // the edge of the text, and every piece starts in the same column.
            let found = (0..rows.len()).any(|start| {
                let column = rows[start].len() - rows[start].trim_start().len();
                let mut joined = String::new();
                let mut row = start;
                while joined.len() < url.len() && row < rows.len() {
                    let line = rows[row];
                    let piece = line.trim();
                    if line.len() - line.trim_start().len() != column || piece.is_empty() {
                        return false;
                    }
                    if joined.len() + piece.len() < url.len()
                        && line.trim_end().chars().count() < usize::from(width) - 2
                    {
                        return false;
                    }
                    joined.push_str(piece);
                    row += 1;
                }
                joined == *url
            });
            assert!(
                found,
                "{url} is not shown whole, broken only at the edge, at {width} columns:\n{shown}"
            );
        }
    }
}

#[test]
fn a_long_notice_wraps_and_is_shown_whole() {
    let dir = "/home/someone-with-a-long-name/.local/share/careerfit/reports";
    let notice = format!(
        "Report saved: {dir}/careerfit-20261202-013000.html and {dir}/careerfit-20261202-013000.md (open the HTML file in a browser to print it)."
    );
    let mut app = results_for(HANDS_ON);
    app.notice = Some(notice.clone());
    for size in [MIN, SMALL] {
        let shown = shown_at(&app, size);
        let flat: String = shown.split_whitespace().collect();
        let want: String = notice.split_whitespace().collect();
        assert!(
            flat.contains(&want),
            "at {size:?} the notice is cut:\n{shown}"
        );
        assert!(shown.lines().last().unwrap().contains("? keys"), "{shown}");
    }
}

/// The words of `text` appear on screen in order, wherever lines wrap.
fn shows_words(shown: &str, text: &str) -> bool {
    let flat = shown
        .lines()
        .map(|l| l.trim_matches(|c: char| c == ' ' || c == '│'))
        .collect::<Vec<_>>()
        .join(" ");
    let flat = flat.split_whitespace().collect::<Vec<_>>().join(" ");
    flat.contains(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[test]
fn a_long_cjk_question_is_wrapped_whole() {
    let mut app = app();
    let question: String = "漢字かな交じり文".chars().cycle().take(240).collect();
    app.content.quiz.questions[0].text = question.clone();
    press(&mut app, KeyCode::Enter);
    for size in [MIN, SMALL] {
        let shown = shown_at(&app, size);
        let on_screen: String = shown
            .chars()
            .filter(|c| !c.is_ascii() && question.contains(*c))
            .collect();
        assert!(
            on_screen.starts_with(&question),
            "at {size:?} the question is cut:\n{shown}"
        );
        assert!(
            shown.contains("5  Strongly like") || shown.contains("↓ more below"),
            "the answers are cut without a word:\n{shown}"
        );
    }
    press(&mut app, KeyCode::End);
    let shown = shown_at(&app, MIN);
    assert!(shown.contains("▶ 5  Strongly like"), "{shown}");
    assert!(shown.contains("↑ more above"), "{shown}");
}

#[test]
fn every_answer_and_the_your_answer_mark_show_whole_at_60x20() {
    let base = app();
    let questions = base.content.quiz.questions.len();
    for n in 0..questions {
        let mut app = base.clone();
        press(&mut app, KeyCode::Enter);
        for _ in 0..n {
            typed(&mut app, "1");
        }
        assert_eq!(app.screen(), Screen::Question(n));
        let count = app.content.quiz.questions[n].answer_count();
        // Answer with the last option, come back: the mark is on it.
        typed(&mut app, &count.to_string());
        press(&mut app, KeyCode::Left);
        assert_eq!(app.screen(), Screen::Question(n));
        let shown = shown_at(&app, MIN);
        assert!(
            shown.contains("✓ your answer"),
            "question {}:\n{shown}",
            n + 1
        );
        for i in 0..count {
            let label = answer_label(&app, n, i);
            let shown = shown_at(&app, MIN);
            assert!(
                shows_words(&shown, &label),
                "question {}, the highlighted answer {label:?} is cut:\n{shown}",
                n + 1
            );
            press(&mut app, KeyCode::Up);
        }
    }
}

fn answer_label(app: &App, n: usize, i: usize) -> String {
    match &app.content.quiz.questions[n].kind {
        careerfit::content::QuestionKind::Likert { .. } => app.content.quiz.scale[i].clone(),
        careerfit::content::QuestionKind::Choice { options } => options[i].label.clone(),
    }
}

#[test]
fn a_question_taller_than_the_screen_says_there_is_more_and_follows_the_highlight() {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "444");
    let n = 3;
    let careerfit::content::QuestionKind::Choice { options } =
        &mut app.content.quiz.questions[n].kind
    else {
        panic!("question 4 is a choice");
    };
    for (i, option) in options.iter_mut().enumerate() {
        option.label = format!(
            "Option {} {}",
            i + 1,
            "and a long description of it ".repeat(4)
        );
    }
    let count = options.len();
    let last = answer_label(&app, n, count - 1);
    typed(&mut app, &count.to_string());
    press(&mut app, KeyCode::Left);
    let shown = shown_at(&app, MIN);
    assert!(
        shown.contains("more"),
        "nothing says there is more:\n{shown}"
    );
    assert!(shows_words(&shown, &last), "{shown}");
    assert!(shown.contains("✓ your answer"), "{shown}");
    press(&mut app, KeyCode::Home);
    let shown = shown_at(&app, MIN);
    assert!(shows_words(&shown, &answer_label(&app, n, 0)), "{shown}");
    assert!(shown.contains("more"), "{shown}");
}

/// The built-in roles copied to `count` roles with ids of their own.
fn many_roles(count: usize) -> App {
    let mut content = Content::built_in().unwrap();
    let originals = content.roles.clone();
    content.roles = (0..count)
        .map(|i| {
            let mut role = originals[i % originals.len()].clone();
            role.id = format!("role-{i:05}");
            role.title = format!("{} {i}", role.title);
            role
        })
        .collect();
    App::new(content, Theme::mono())
}

#[test]
fn the_comparison_of_10000_roles_shows_them_in_ranking_order() {
    let mut app = many_roles(10_000);
    press(&mut app, KeyCode::Enter);
    typed(&mut app, HANDS_ON);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Results);
    let ranking: Vec<String> = app
        .outcome
        .as_ref()
        .unwrap()
        .ranking
        .iter()
        .map(|f| f.title.clone())
        .collect();
    let started = std::time::Instant::now();
    typed(&mut app, "c");
    for size in [SMALL, LARGE] {
        app.resize(size.0, size.1);
        let shown = shown_at(&app, size);
        let row_of = |title: &str| {
            shown
                .lines()
                .position(|l| l.trim_start().starts_with(&format!("{title}  ")))
                .unwrap_or_else(|| panic!("{title} is not on screen:\n{shown}"))
        };
        assert!(row_of(&ranking[0]) < row_of(&ranking[1]), "{shown}");
    }
    app.resize(SMALL.0, SMALL.1);
    for _ in 0..5 {
        press(&mut app, KeyCode::PageDown);
        shown_at(&app, SMALL);
    }
    press(&mut app, KeyCode::Char('G'));
    eprintln!(
        "compare with 10,000 roles: opened, drawn at two sizes and paged 5 times in {:?} (debug build)",
        started.elapsed()
    );
}

#[test]
fn a_warning_takes_rows_of_its_own_and_covers_no_text() {
    let mut app = app();
    app.warning = Some(
        "Your saved progress was damaged and could not be read; starting fresh. The damaged file was kept as /home/someone/.local/state/careerfit/progress-it-career.json.damaged-20261202T012132Z."
            .to_string(),
    );
    for size in [MIN, SMALL] {
        app.resize(size.0, size.1);
        let shown = shown_at(&app, size);
        assert!(
            shown.contains("Press Enter to start."),
            "at {size:?}:\n{shown}"
        );
        let flat: String = shown.split_whitespace().collect();
        let want: String = app.warning.as_deref().unwrap().split_whitespace().collect();
        assert!(flat.contains(&want), "at {size:?}:\n{shown}");
        assert!(
            shown.lines().last().unwrap().contains("Enter start"),
            "{shown}"
        );
    }
    // With the warning gone the welcome still scrolls to its end at 60x20.
    press(&mut app, KeyCode::End);
    press(&mut app, KeyCode::PageDown);
    press(&mut app, KeyCode::PageDown);
    let shown = shown_at(&app, SMALL);
    assert!(shown.contains("careerfit --plain"), "{shown}");
}

#[test]
fn wide_characters_keep_the_ranking_bars_in_one_column() {
    let mut app = app();
    for (role, title) in
        app.content
            .roles
            .iter_mut()
            .zip(["技術者", "IT Support", "専門家の仕事", "Manager"])
    {
        role.title = title.to_string();
    }
    press(&mut app, KeyCode::Enter);
    typed(&mut app, HANDS_ON);
    press(&mut app, KeyCode::Enter);
    let shown = shown_at(&app, SMALL);
    let columns: Vec<usize> = shown
        .lines()
        .filter(|l| l.contains('%') && (l.contains('█') || l.contains('░')))
        .map(|l| {
            // Display column where the bar starts (a wide character takes two cells).
            let cells: Vec<char> = l.chars().collect();
            cells
                .iter()
                .position(|&c| c == '█' || c == '░' || "▏▎▍▌▋▊▉".contains(c))
                .unwrap()
        })
        .collect();
    assert_eq!(columns.len(), 4, "{shown}");
    assert!(
        columns.windows(2).all(|w| w[0] == w[1]),
        "bars start in different columns {columns:?}:\n{shown}"
    );
}

#[test]
fn a_long_career_step_wraps_inside_its_box() {
    let mut app = results_for(HANDS_ON);
    let role = app
        .content
        .roles
        .iter()
        .position(|r| r.id == "technician")
        .unwrap();
    let step =
        "Senior infrastructure and operations lead for a regional hospital network with many sites"
            .to_string();
    app.content.roles[role].facts.career_path[1] = step.clone();
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "7");
    let shown = shown_at(&app, (60, 40));
    assert!(shows_words(&shown, &step), "{shown}");
    let rights: Vec<usize> = shown
        .lines()
        .filter(|l| l.trim_start().starts_with('│'))
        .map(|l| {
            l.chars().position(|c| c == '│').unwrap()
                + l.chars()
                    .skip_while(|&c| c != '│')
                    .skip(1)
                    .position(|c| c == '│')
                    .unwrap()
        })
        .collect();
    assert!(
        rights.windows(2).all(|w| w[0] == w[1]),
        "box edges differ {rights:?}:\n{shown}"
    );
}

#[test]
fn the_welcomes_key_list_wraps_under_its_own_text_at_60x20() {
    let shown = shown_at(&app(), MIN);
    // "answer at once (a choice question uses 1 to 4)" does not fit in 60
    // columns beside its key: the rest goes under the meaning, not the key.
    let lines: Vec<&str> = shown.lines().collect();
    let first = lines
        .iter()
        .position(|l| l.contains("1 to 5") && l.contains("answer at once"))
        .unwrap_or_else(|| panic!("{shown}"));
    let next = lines[first + 1];
    let meaning_column = lines[first].find("answer at once").unwrap();
    assert!(
        next.len() > meaning_column && next[..meaning_column].trim().is_empty(),
        "the wrapped part starts under the key:\n{shown}"
    );
}

#[test]
fn the_results_say_a_senior_role_needs_years_of_work_first() {
    // The top role of these answers is given the manager's way in: the
    // results must say it takes years, and show the first step toward it.
    let mut app = results_for(HANDS_ON);
    let manager_entry = app
        .content
        .role("manager")
        .and_then(|r| r.facts.entry.clone())
        .expect("the manager's entry");
    let top = app.outcome.as_ref().unwrap().ranking[0].role.clone();
    let index = app.content.roles.iter().position(|r| r.id == top).unwrap();
    app.content.roles[index].facts.entry = Some(manager_entry);
    let shown = shown_at(&app, LARGE);
    assert!(
        shown.contains("Entry: usually after 5 or more years in IT; a first step toward it: Help"),
        "{shown}"
    );
}
