//! Plain mode (issue 6) end to end: the real `careerfit` binary driven
//! through pipes, the way a script or a screen reader's line-by-line
//! session drives it. Every child gets a home of its own (HOME,
//! XDG_STATE_HOME and XDG_DATA_HOME in a temporary folder), never the real
//! user's, and runs with TERM and ACCESSIBLE removed unless a test sets them.
//!
//! A few checks need stdin or stdout to really be a terminal (TERM=dumb and
//! ACCESSIBLE must choose plain mode even then; `--plain history 1` must not
//! open the full-screen results); those run the binary in a pseudo-terminal
//! and read the raw bytes it wrote.

#![cfg(unix)]

mod common;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::Duration;

use careerfit::content::{Content, QuestionKind, SavedAnswer};
use careerfit::plain::{Plain, PlainEnding};
use careerfit::store::{history, progress};

use common::cmd::{Home, Run, UNSET, careerfit_in, store_of};
use common::pty::Pty;

const BIN: &str = env!("CARGO_BIN_EXE_careerfit");
const TOTAL: usize = 32;
const TIMEOUT: Duration = Duration::from_secs(10);

/// Command-line arguments, and environment variables, for one case.
type Args<'a> = &'a [&'a str];
type Vars<'a> = &'a [(&'a str, &'a str)];

// ---------------------------------------------------------------- helpers

/// `careerfit ARGS` with `home` (common::cmd's environment), and no TERM
/// and no NO_COLOR unless a test sets them.
fn command(home: &Home, args: &[&str]) -> Command {
    let mut command = careerfit_in(home.path(), args);
    // Wide lines, so that checks of whole sentences are not split by the
    // wrapping; the wrapping itself is checked with COLUMNS set.
    command
        .env("COLUMNS", "1000")
        .env_remove("TERM")
        .env_remove("NO_COLOR");
    command
}

/// Runs `command` with `input` on stdin (a pipe); it must not panic
/// (checked by [`Run::fed`]) and must end by itself.
fn run_command(mut command: Command, input: &str) -> Run {
    let run = Run::fed(&mut command, input);
    assert_not_killed(&run);
    run
}

/// Runs `careerfit ARGS` with `home` and `input` on stdin.
fn fed(home: &Home, args: &[&str], input: &str) -> Run {
    run_command(command(home, args), input)
}

fn assert_not_killed(run: &Run) {
    assert!(run.code.is_some(), "killed by a signal:\n{}", run.all());
}

/// No escape sequences, no control characters but newline and tab, no box
/// drawing and no block elements.
fn assert_plain_text(what: &str, text: &str) {
    for (line_no, line) in text.split('\n').enumerate() {
        for c in line.chars() {
            let bad = (c.is_control() && c != '\t')
                || ('\u{2500}'..='\u{257F}').contains(&c)
                || ('\u{2580}'..='\u{259F}').contains(&c);
            assert!(
                !bad,
                "{what}: line {} holds {c:?} (U+{:04X}): {line:?}",
                line_no + 1,
                c as u32
            );
        }
    }
}

fn content() -> Content {
    Content::built_in().expect("the built-in content loads")
}

/// One answer a line for the whole quiz, leaning hard to hands-on work: the
/// hands-on option of every choice question; on the scale "Strongly like"
/// for hands-on questions and "Not sure" for the rest ("Strongly dislike"
/// for a reverse-keyed one, should a quiz have any).
fn hands_on_answers(content: &Content) -> Vec<String> {
    let hands_on = content
        .quiz
        .dimension_index("hands_on")
        .expect("the quiz has hands_on");
    content
        .quiz
        .questions
        .iter()
        .map(|question| match &question.kind {
            QuestionKind::Choice { options } => {
                let i = options
                    .iter()
                    .position(|o| o.weights[hands_on] > 0.0)
                    .expect("every choice question has a hands-on option");
                (i + 1).to_string()
            }
            QuestionKind::Likert { weights } => match weights[hands_on] {
                w if w > 0.0 => "5",
                w if w < 0.0 => "1",
                _ => "3",
            }
            .to_string(),
        })
        .collect()
}

fn lines(answers: &[String]) -> String {
    answers.iter().map(|a| format!("{a}\n")).collect()
}

/// How many times `needle` is in `haystack`.
fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

/// Where `needle` is in `haystack` at or after `from`; panics with the
/// output if it is not.
fn find_after(haystack: &str, needle: &str, from: usize) -> usize {
    match haystack[from..].find(needle) {
        Some(i) => from + i,
        None => panic!(
            "{needle:?} not found after byte {from} of:\n{}",
            &haystack[from..]
        ),
    }
}

fn unfinished(home: &Home) -> progress::Unfinished {
    match progress::find(&store_of(home.path()), &content().quiz) {
        progress::Found::Unfinished(unfinished) => unfinished,
        other => panic!("no unfinished quiz was saved: {other:?}"),
    }
}

// ------------------------------------------------- 1. the whole quiz, piped

#[test]
fn the_whole_quiz_piped_prints_the_result_with_the_best_roles_details() {
    let content = content();
    let home = Home::new();
    let answers = hands_on_answers(&content);
    assert_eq!(answers.len(), TOTAL);

    let run = fed(&home, &["--plain"], &lines(&answers));
    assert_eq!(run.code, Some(0), "{}", run.all());
    assert!(run.stderr.is_empty(), "{}", run.all());
    let out = &run.stdout;

    // Every question asked exactly once, in order, with its options numbered.
    let mut at = 0;
    for (n, question) in content.quiz.questions.iter().enumerate() {
        at = find_after(out, &format!("Question {} of {TOTAL}\n", n + 1), at);
        at = find_after(out, &format!("{}\n", question.text), at);
        let (first, count_) = match &question.kind {
            QuestionKind::Choice { options } => (options[0].label.clone(), options.len()),
            QuestionKind::Likert { .. } => (content.quiz.scale[0].clone(), 5),
        };
        at = find_after(out, &format!("  1. {first}\n"), at);
        at = find_after(out, &format!("Answer 1 to {count_} ("), at);
        assert_eq!(count(out, &format!("Question {} of {TOTAL}\n", n + 1)), 1);
    }

    assert!(out.contains("Your best fit: IT Technician"), "{out}");
    assert!(out.contains("You answered 32 of 32 questions."), "{out}");
    let technician = content.role("technician").expect("the technician role");
    let about = find_after(out, "About IT Technician:", 0);
    let details = &out[about..];
    assert!(details.contains("What you would do"), "{details}");
    for duty in &technician.facts.duties {
        assert!(details.contains(duty.as_str()), "duty {duty:?} missing");
    }
    assert!(details.contains("Certifications"), "{details}");
    for certification in &technician.facts.certifications {
        assert!(
            details.contains(&certification.name),
            "certification {:?} missing",
            certification.name
        );
    }
    assert!(out.contains("Your result is saved"), "{out}");

    // The result is in the history and the progress is gone.
    let (results, warnings) = history::list(&store_of(home.path()));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].1.outcome.ranking[0].role, "technician");
    assert_eq!(
        progress::find(&store_of(home.path()), &content.quiz),
        progress::Found::Nothing
    );
}

#[test]
fn the_welcome_says_to_answer_for_enjoyment_and_hints_sit_under_their_questions() {
    let content = content();
    let home = Home::new();
    let answers = hands_on_answers(&content);
    let run = fed(&home, &["--plain"], &lines(&answers));
    assert_eq!(run.code, Some(0), "{}", run.all());
    let out = &run.stdout;

    // The welcome, before the first question: as the O*NET Interest
    // Profiler asks, enjoyment counts, not training or pay; not a test.
    let first = find_after(out, "Question 1 of", 0);
    let welcome = &out[..first];
    for words in [
        "It is for exploring: not a test, and not a hiring tool.",
        "Answer by whether you would enjoy the work, not by whether you know how yet or what it pays.",
    ] {
        assert!(welcome.contains(words), "{words:?} not in:\n{welcome}");
    }

    // Each hint is printed once, right under its question and before the
    // answers; a question without one shows no "Hint:".
    let with_hints: Vec<_> = content
        .quiz
        .questions
        .iter()
        .filter(|q| q.hint.is_some())
        .collect();
    assert!(with_hints.len() >= 5, "{} hints", with_hints.len());
    for question in &with_hints {
        let hint = question.hint.as_deref().unwrap();
        let shown = format!("{}\nHint: {hint}\n", question.text);
        assert_eq!(count(out, &shown), 1, "{shown:?} not shown once:\n{out}");
        let at = find_after(out, &shown, 0);
        find_after(out, "  1. ", at);
    }
    assert_eq!(count(out, "Hint: "), with_hints.len(), "{out}");
    let server = "Find out why a server keeps running out of memory\n\
                  Hint: A server is a computer that runs programs or keeps files for many people at once.\n\
                  How much would you like to do this?\n";
    assert!(out.contains(server), "{out}");
}

/// Little interest in anything: every scale answer at the bottom of its
/// range (reverse-keyed ones at the top), and on each choice the option
/// that weighs least.
#[test]
fn little_interest_everywhere_is_said_plainly_with_a_wider_assessment() {
    let content = content();
    let home = Home::new();
    let answers: Vec<String> = content
        .quiz
        .questions
        .iter()
        .map(|question| match &question.kind {
            QuestionKind::Choice { options } => {
                let most = |o: &careerfit::content::ChoiceOption| {
                    o.weights.iter().copied().fold(f64::MIN, f64::max)
                };
                let i = (0..options.len())
                    .min_by(|&a, &b| most(&options[a]).total_cmp(&most(&options[b])))
                    .expect("options");
                (i + 1).to_string()
            }
            QuestionKind::Likert { weights } => match weights.iter().sum::<f64>() {
                w if w > 0.0 => "1",
                w if w < 0.0 => "5",
                _ => "3",
            }
            .to_string(),
        })
        .collect();
    let run = fed(&home, &["--plain"], &lines(&answers));
    assert_eq!(run.code, Some(0), "{}", run.all());
    let out = &run.stdout;
    assert!(
        out.contains("Little interest in these kinds of IT work"),
        "{out}"
    );
    assert!(
        out.contains(
            "the O*NET Interest Profiler at My Next Move (https://www.mynextmove.org/explore/ip)"
        ),
        "{out}"
    );
    assert!(!out.contains("Your best fit"), "{out}");
    assert!(
        out.contains("Fit (0 to 100) is how closely your interests match a role's profile, not a chance of success."),
        "{out}"
    );
    let (results, _) = history::list(&store_of(home.path()));
    assert!(results[0].1.outcome.low_interest);
    // The saved results list says it too, not a confident fit.
    let list = fed(&home, &["--plain", "history"], "");
    assert!(
        list.stdout
            .contains("little interest in these kinds of IT work (closest: "),
        "{}",
        list.all()
    );
    assert!(!list.stdout.contains("% fit)"), "{}", list.all());
}

// ------------------------------------------ 2. chosen without being asked

#[test]
fn plain_mode_is_chosen_when_stdin_is_a_pipe_or_term_is_dumb_or_accessible_is_set() {
    let cases: [(&str, Vars); 4] = [
        ("a pipe, no TERM", &[]),
        ("a pipe, TERM=xterm-256color", &[("TERM", "xterm-256color")]),
        ("TERM=dumb", &[("TERM", "dumb")]),
        (
            "ACCESSIBLE=1",
            &[("ACCESSIBLE", "1"), ("TERM", "xterm-256color")],
        ),
    ];
    for (what, vars) in cases {
        let home = Home::new();
        let mut command = command(&home, &[]);
        for (key, value) in vars {
            command.env(key, value);
        }
        let run = run_command(command, "4\nq\n");
        assert_eq!(run.code, Some(0), "{what}: {}", run.all());
        assert!(
            run.stdout.contains("Question 1 of 32\n")
                && run
                    .stdout
                    .contains("Answer 1 to 5 (b back, s skip, ? help, q quit):")
                && run.stdout.contains("Question 2 of 32\n")
                && run.stdout.contains("Your answers are saved"),
            "{what}: {}",
            run.all()
        );
        assert_plain_text(what, &run.stdout);
        assert_eq!(unfinished(&home).answered, 1, "{what}");
    }
}

/// `program ARGS` (careerfit, or a shell that runs it) in an 80x24 pty
/// with `home`, and TERM, ACCESSIBLE and NO_COLOR as `vars` say (removed
/// when not given); its raw output is read with [`Pty::raw`].
fn in_pty(home: &Home, program: &str, args: &[&str], vars: Vars) -> Pty {
    let mut unset = UNSET.to_vec();
    unset.extend(["TERM", "NO_COLOR"]);
    Pty::start_program(home.path(), program, args, &unset, vars, (24, 80))
}

/// Waits for the child in `pty` to exit; its exit code.
fn finish(pty: &mut Pty) -> u32 {
    pty.wait_exit(TIMEOUT).0.exit_code()
}

const ALTERNATE_SCREEN: &str = "\x1b[?1049h";

#[test]
fn in_a_real_terminal_term_dumb_and_accessible_choose_plain_mode() {
    // Control: a capable terminal gets the full-screen quiz, so the pty
    // really is a terminal and the cases below mean something.
    let home = Home::new();
    let mut pty = in_pty(&home, BIN, &[], &[("TERM", "xterm-256color")]);
    pty.wait_for_raw(ALTERNATE_SCREEN, TIMEOUT);
    pty.send(b"q");
    assert_eq!(finish(&mut pty), 0, "{:?}", pty.raw());

    let cases: [(&str, Args, Vars); 3] = [
        ("TERM=dumb", &[], &[("TERM", "dumb")]),
        (
            "ACCESSIBLE=1",
            &[],
            &[("TERM", "xterm-256color"), ("ACCESSIBLE", "1")],
        ),
        ("--plain", &["--plain"], &[("TERM", "xterm-256color")]),
    ];
    for (what, args, vars) in cases {
        let home = Home::new();
        let mut pty = in_pty(&home, BIN, args, vars);
        pty.wait_for_raw("Answer 1 to 5 (b back, s skip, ? help, q quit):", TIMEOUT);
        pty.send(b"5\r");
        pty.wait_for_raw("Question 2 of 32", TIMEOUT);
        pty.send(b"q\r");
        assert_eq!(finish(&mut pty), 0, "{what}: {:?}", pty.raw());
        let text = pty.raw();
        assert!(text.contains("Your answers are saved"), "{what}: {text:?}");
        // The terminal adds \r to each \n; nothing else may be there.
        assert_plain_text(what, &text.replace("\r\n", "\n"));
        assert_eq!(unfinished(&home).answered, 1, "{what}");
    }
}

#[test]
fn in_a_real_terminal_a_piped_stdin_or_stdout_chooses_plain_mode() {
    let bin = BIN.replace('\'', r"'\''");
    let cases = [
        ("stdin a pipe", format!("printf '5\\nq\\n' | '{bin}'")),
        ("stdout a pipe", format!("'{bin}' | cat")),
    ];
    for (what, script) in cases {
        let home = Home::new();
        let mut pty = in_pty(
            &home,
            "/bin/sh",
            &["-c", &script],
            &[("TERM", "xterm-256color")],
        );
        if what == "stdout a pipe" {
            pty.wait_for_raw("Answer 1 to 5 (b back, s skip, ? help, q quit):", TIMEOUT);
            pty.send(b"5\r");
            pty.wait_for_raw("Question 2 of 32", TIMEOUT);
            pty.send(b"q\r");
        }
        assert_eq!(finish(&mut pty), 0, "{what}: {:?}", pty.raw());
        let text = pty.raw();
        assert!(!text.contains(ALTERNATE_SCREEN), "{what}: {text:?}");
        assert!(
            text.contains("Question 2 of 32") && text.contains("Your answers are saved"),
            "{what}: {text:?}"
        );
        assert_plain_text(what, &text.replace("\r\n", "\n"));
    }
}

// ----------------------------------------------- 3. back, skip and review

#[test]
fn back_shows_the_answer_so_far_and_a_changed_answer_is_used() {
    let content = content();
    let home = Home::new();
    // Q1 5, Q2 3, back to Q2 (from Q3), change it to 2, then back from Q1
    // is refused politely; the rest "3".
    let mut input = String::from("5\n3\nb\n2\nb\nb\nb\n");
    // Now at Q1 again (answer 5 so far): keep it, and 2 for Q2.
    input.push_str("5\n2\n");
    input.push_str(&"3\n".repeat(TOTAL - 2));
    input.push_str("r\n");
    let run = fed(&home, &["--plain"], &input);
    assert_eq!(run.code, Some(0), "{}", run.all());
    let out = &run.stdout;

    let second_q2 = find_after(
        out,
        "Question 2 of 32",
        find_after(out, "Question 3 of 32", 0),
    );
    let so_far = find_after(out, "Your answer so far: 3. Not sure\n", second_q2);
    assert!(
        so_far < find_after(out, "Answer 1 to 5", second_q2),
        "{out}"
    );
    let again_q1 = find_after(out, "Question 1 of 32", second_q2);
    find_after(out, "Your answer so far: 5. Strongly like\n", again_q1);
    find_after(out, "This is the first question.", again_q1);

    let (results, _) = history::list(&store_of(home.path()));
    assert_eq!(results.len(), 1, "{}", run.all());
    let answers = &results[0].1.answers;
    let q = |n: usize| &content.quiz.questions[n].id;
    assert_eq!(answers.get(q(0)), Some(&SavedAnswer::Scale(5)));
    assert_eq!(answers.get(q(1)), Some(&SavedAnswer::Scale(2)));
    assert_eq!(results[0].1.outcome.answered, TOTAL);
}

#[test]
fn a_skipped_question_is_listed_in_the_review_and_can_be_answered_from_there() {
    let content = content();
    let home = Home::new();
    let mut input = String::from("4\n4\ns\n");
    input.push_str(&"3\n".repeat(TOTAL - 3));
    // The review: open question 3, answer it, the review comes back; r.
    input.push_str("3\n1\nr\n");
    let run = fed(&home, &["--plain"], &input);
    assert_eq!(run.code, Some(0), "{}", run.all());
    let out = &run.stdout;

    let skipped = find_after(
        out,
        "Skipped. You can come back to it in the review.",
        find_after(out, "Question 3 of 32", 0),
    );
    let review = find_after(out, "Review: you answered 31 of 32 questions.", skipped);
    let listed = find_after(out, "Not answered: question 3", review);
    assert!(
        !out[listed..].starts_with("Not answered: questions 3,"),
        "only question 3 is unanswered: {out}"
    );
    let prompt = find_after(out, "Type a question number, 1 to 32, to change it", review);
    let reopened = find_after(out, "Question 3 of 32", prompt);
    find_after(out, "You skipped this one before.", reopened);
    let back = find_after(out, "Review: you answered 32 of 32 questions.", reopened);
    assert!(
        !out[back..].contains("Not answered"),
        "nothing is unanswered now: {out}"
    );
    find_after(out, "How each role fits you", back);
    find_after(out, "Your result is saved", back);
    // The reopened question was asked twice in all, no other one was.
    assert_eq!(count(out, "Question 3 of 32\n"), 2);
    assert_eq!(count(out, "Question 4 of 32\n"), 1);

    let (results, _) = history::list(&store_of(home.path()));
    assert_eq!(results.len(), 1);
    let id = &content.quiz.questions[2].id;
    assert_eq!(results[0].1.answers.get(id), Some(&SavedAnswer::Scale(1)));
    assert_eq!(results[0].1.outcome.answered, TOTAL);
}

// ------------------------------------------------ 4. invalid input, help, q

#[test]
fn invalid_input_is_explained_and_the_same_question_is_asked_again() {
    let content = content();
    let home = Home::new();
    let q1 = &content.quiz.questions[0].text;
    let bad = ["x", "9", "", "  7  ", "0", "-1", "2.5", "r"];
    let mut input: String = bad.iter().map(|b| format!("{b}\n")).collect();
    input.push_str("?\n  4  \n");
    let run = fed(&home, &["--plain"], &input);
    assert_eq!(run.code, Some(3), "input ends mid-quiz: {}", run.all());
    let out = &run.stdout;

    let mut at = find_after(out, "Question 1 of 32", 0);
    for b in bad {
        let what = if b.trim().is_empty() {
            "Nothing was typed.".to_string()
        } else {
            format!("\"{}\" is not an answer here.", b.trim())
        };
        at = find_after(
            out,
            &format!("{what} Type a number from 1 to 5, or b, s, ? or q.\n"),
            at,
        );
        // The question again, in one line.
        at = find_after(out, &format!("Question 1 again: {q1}\n"), at);
        at = find_after(out, "Answer 1 to 5 (b back, s skip, ? help, q quit):", at);
    }
    let help = find_after(out, "Help: type the number of your answer", at);
    assert!(out[help..].contains("s skips a question"), "{out}");
    let prompt = find_after(out, "Answer 1 to 5 (b back, s skip, ? help, q quit):", help);
    find_after(out, "Question 2 of 32", prompt);
    // The question in full is printed once; each invalid reply gets it
    // again in one line.
    assert_eq!(count(out, "Question 1 of 32"), 1, "{out}");
    assert_eq!(count(out, "Question 1 again:"), bad.len(), "{out}");
    assert_eq!(count(out, "Question 2 of 32"), 1, "{out}");

    // The padded "  4  " answered question 1; nothing bad was recorded.
    let unfinished = unfinished(&home);
    assert_eq!(unfinished.answered, 1);
    assert_eq!(
        unfinished.session.answers().get(0),
        Some(careerfit::content::Answer::Likert(4))
    );
}

#[test]
fn a_number_beyond_a_choice_questions_options_is_refused() {
    let content = content();
    let choice = content
        .quiz
        .questions
        .iter()
        .position(|q| matches!(q.kind, QuestionKind::Choice { .. }))
        .expect("a choice question");
    let home = Home::new();
    let mut input = "3\n".repeat(choice);
    input.push_str("5\n1\n");
    let run = fed(&home, &["--plain"], &input);
    let out = &run.stdout;
    let asked = find_after(out, &format!("Question {} of 32", choice + 1), 0);
    let refused = find_after(
        out,
        "\"5\" is not an answer here. Type a number from 1 to 4",
        asked,
    );
    find_after(out, &content.quiz.questions[choice].text, refused);
    find_after(out, &format!("Question {} of 32", choice + 2), refused);
    assert_eq!(unfinished(&home).answered, choice + 1);
}

#[test]
fn q_with_saving_on_leaves_at_once_and_says_the_answers_are_saved() {
    let home = Home::new();
    let run = fed(&home, &["--plain"], "5\n3\nq\n");
    assert_eq!(run.code, Some(0), "{}", run.all());
    assert!(!run.stdout.contains("Quit now?"), "{}", run.all());
    assert!(
        run.stdout
            .contains("Your answers are saved. Run careerfit again to pick up where you left off."),
        "{}",
        run.all()
    );
    assert_eq!(unfinished(&home).answered, 2);
}

#[test]
fn q_with_no_save_asks_first_and_n_goes_on_and_y_quits() {
    let home = Home::new();
    let run = fed(
        &home,
        &["--plain", "--no-save"],
        "5\nq\nn\n4\nq\nmaybe\ny\n3\n",
    );
    assert_eq!(run.code, Some(0), "{}", run.all());
    let out = &run.stdout;
    let quit =
        "Quit now? Your answers are not saved and will be lost. Type y to quit or n to go on:";
    let first = find_after(out, quit, find_after(out, "Question 2 of 32", 0));
    // n: question 2 again, answered with 4, so question 3 comes.
    let again = find_after(out, "Question 2 of 32", first);
    let q3 = find_after(out, "Question 3 of 32", again);
    let second = find_after(out, quit, q3);
    let unclear = find_after(out, "Please type y or n.", second);
    find_after(out, quit, unclear);
    assert!(out.contains("Goodbye"), "{out}");
    assert!(!out.contains("Question 4 of 32"), "y quit at once: {out}");
    assert_eq!(home.files(), Vec::<PathBuf>::new(), "--no-save wrote files");
}

#[test]
fn q_before_any_answer_leaves_without_asking() {
    let home = Home::new();
    let run = fed(&home, &["--plain", "--no-save"], "q\n");
    assert_eq!(run.code, Some(0), "{}", run.all());
    assert!(!run.stdout.contains("Quit now?"), "{}", run.all());
    assert!(run.stdout.contains("Goodbye"), "{}", run.all());
}

// --------------------------------------------------------- 5. end of input

#[test]
fn the_end_of_input_mid_quiz_saves_exits_3_and_the_next_run_resumes() {
    let home = Home::new();
    let run = fed(&home, &["--plain"], "5\n3\n3\n1\n3\n");
    assert_eq!(run.code, Some(3), "{}", run.all());
    assert!(
        run.stderr.contains("the input ended") && run.stderr.contains("answers are saved"),
        "{}",
        run.all()
    );
    assert_eq!(unfinished(&home).answered, 5);

    // A person at a terminal is offered the unfinished quiz.
    let (out, ending) = plain_at_a_terminal(&home, "r\n");
    assert!(
        matches!(ending, PlainEnding::InputEnded { saved: true }),
        "{ending:?}"
    );
    let offer = find_after(&out, "You have an unfinished quiz", 0);
    let line_end = offer + out[offer..].find('\n').unwrap();
    assert!(
        out[offer..line_end].contains("5 of 32"),
        "{}",
        &out[offer..line_end]
    );
    let prompt = find_after(&out, "Type r to resume or n to start over", offer);
    find_after(&out, "Question 6 of 32", prompt);
    assert!(!out.contains("Question 1 of 32"), "{out}");
    // Nothing was lost by the second ending either.
    assert_eq!(unfinished(&home).answered, 5);

    // A script piping answers in is not asked: it is told, and starts anew.
    let run = fed(&home, &["--plain"], "4\n");
    let note = find_after(&run.stdout, "an unfinished quiz from", 0);
    find_after(&run.stdout, "Question 1 of 32", note);
}

/// The plain quiz as a person at a terminal runs it (the library, with
/// `interactive` on), reading `typed`; its output and ending.
fn plain_at_a_terminal(home: &Home, typed: &str) -> (String, PlainEnding) {
    let content = Content::built_in().unwrap();
    let store = store_of(home.path());
    let mut out = Vec::new();
    let ending = {
        let mut plain = Plain::new(&content, &store, typed.as_bytes(), &mut out);
        plain.interactive = true;
        plain.run().unwrap()
    };
    (String::from_utf8(out).unwrap(), ending)
}

#[test]
fn starting_over_from_the_offer_begins_at_question_1() {
    let home = Home::new();
    fed(&home, &["--plain"], "5\n3\n");
    let (out, _) = plain_at_a_terminal(&home, "n\n4\n");
    let offer = find_after(&out, "You have an unfinished quiz", 0);
    find_after(&out, "Question 1 of 32", offer);
    assert_eq!(unfinished(&home).answered, 1);
}

#[test]
fn the_end_of_input_with_no_save_saves_nothing_and_says_so() {
    let home = Home::new();
    let run = fed(&home, &["--plain", "--no-save"], "5\n3\n");
    assert_eq!(run.code, Some(3), "{}", run.all());
    assert!(
        run.stderr.contains("the input ended") && run.stderr.contains("no answers were saved"),
        "{}",
        run.all()
    );
    assert_eq!(home.files(), Vec::<PathBuf>::new());
}

#[test]
fn empty_input_is_an_ending_not_a_panic() {
    for args in [&["--plain"][..], &["--plain", "--no-save"]] {
        let home = Home::new();
        let run = fed(&home, args, "");
        assert_eq!(run.code, Some(3), "{args:?}: {}", run.all());
        assert!(run.stderr.contains("the input ended"), "{}", run.all());
        assert_eq!(home.files(), Vec::<PathBuf>::new(), "{args:?}");
    }
}

// ------------------------------------------------ 6. no screen-drawing codes

#[test]
fn a_full_run_holds_no_escape_sequences_control_characters_or_box_drawing() {
    let content = content();
    let home = Home::new();
    let answers = hands_on_answers(&content);
    // Help, an escape sequence and a bell typed as answers, back, skip, the
    // review, a reopened question and the results.
    let mut input = String::from("?\n\x1b[2J\x1b[31mred\n\x07\n");
    input.push_str(&format!("{}\nb\n{}\ns\n", answers[0], answers[0]));
    input.push_str(&lines(&answers[2..]));
    input.push_str("2\n");
    input.push_str(&format!("{}\nr\n", answers[1]));
    let run = fed(&home, &["--plain"], &input);
    assert_eq!(run.code, Some(0), "{}", run.all());
    assert!(
        run.stdout.contains("Your best fit: IT Technician"),
        "{}",
        run.all()
    );
    assert!(
        run.stdout.contains("Not answered: question 2"),
        "{}",
        run.all()
    );
    assert!(!run.stdout.as_bytes().contains(&0x1b));
    assert_plain_text("stdout", &run.stdout);
    assert_plain_text("stderr", &run.stderr);

    // And the prompts that only --no-save and a resume show.
    let run = fed(&home, &["--plain", "--no-save"], "5\nq\nwhat\nn\nq\ny\n");
    assert_plain_text("--no-save stdout", &run.stdout);
    fed(&home, &["--plain"], "5\n");
    // The resume offer is made to a person at a terminal.
    let (out, _) = plain_at_a_terminal(&home, "x\nr\n");
    assert!(out.contains("Please type r to resume"), "{out}");
    assert_plain_text("resume output", &out);
}

// ------------------------------------------------------- 7. roles, history

#[test]
fn roles_and_history_in_plain_mode_are_plain_text() {
    let content = content();
    let home = Home::new();
    let plain_ok = |args: &[&str]| -> String {
        let run = fed(&home, args, "");
        assert_eq!(run.code, Some(0), "{args:?}: {}", run.all());
        assert_plain_text(&format!("{args:?} stdout"), &run.stdout);
        assert_plain_text(&format!("{args:?} stderr"), &run.stderr);
        run.stdout
    };

    let roles = plain_ok(&["--plain", "roles"]);
    for role in &content.roles {
        assert!(roles.contains(&role.title), "{roles}");
    }
    let technician = plain_ok(&["--plain", "roles", "technician"]);
    assert!(
        technician.starts_with("IT Technician (technician)"),
        "{technician}"
    );
    assert!(technician.contains("Certifications"), "{technician}");

    let empty = plain_ok(&["--plain", "history"]);
    assert!(empty.contains("No saved results yet"), "{empty}");

    let quiz = fed(&home, &["--plain"], &lines(&hands_on_answers(&content)));
    assert_eq!(quiz.code, Some(0), "{}", quiz.all());

    let list = plain_ok(&["--plain", "history"]);
    assert!(
        list.contains("  1. ") && list.contains("IT Technician") && list.contains("32 of 32"),
        "{list}"
    );
    let one = plain_ok(&["--plain", "history", "1"]);
    assert!(one.contains("Your best fit: IT Technician"), "{one}");
    assert!(one.contains("How each role fits you"), "{one}");
}

#[test]
fn plain_history_and_roles_in_a_real_terminal_print_text_not_screens() {
    let content = content();
    let home = Home::new();
    let quiz = fed(&home, &["--plain"], &lines(&hands_on_answers(&content)));
    assert_eq!(quiz.code, Some(0), "{}", quiz.all());
    let cases: [(Args, Vars, &str); 4] = [
        (
            &["--plain", "history", "1"],
            &[("TERM", "xterm-256color")],
            "Your best fit: IT Technician",
        ),
        (&["history", "1"], &[("TERM", "dumb")], "Your best fit"),
        (
            &["history", "1"],
            &[("TERM", "xterm-256color"), ("ACCESSIBLE", "1")],
            "Your best fit",
        ),
        (
            &["--plain", "roles", "technician"],
            &[("TERM", "xterm-256color")],
            "What you would do",
        ),
    ];
    for (args, vars, expected) in cases {
        let mut pty = in_pty(&home, BIN, args, vars);
        let code = finish(&mut pty);
        let text = pty.raw();
        assert_eq!(code, 0, "{args:?} {vars:?}: {text:?}");
        assert!(text.contains(expected), "{args:?} {vars:?}: {text:?}");
        assert_plain_text(&format!("{args:?}"), &text.replace("\r\n", "\n"));
    }
}

// ------------------------------------------------------- 8. a closed output

#[test]
fn a_closed_output_mid_quiz_is_no_panic() {
    let content = content();
    let home = Home::new();
    let mut child = command(&home, &["--plain"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdout = child.stdout.take().expect("stdout");
    // Read the first line, then close the reading end.
    let mut first = Vec::new();
    let mut byte = [0u8; 1];
    while stdout.read(&mut byte).expect("read") == 1 && byte[0] != b'\n' {
        first.push(byte[0]);
    }
    assert_eq!(String::from_utf8_lossy(&first), content.quiz.title);
    drop(stdout);
    // Now the whole quiz: every answer it prints after this hits a closed pipe.
    let mut stdin = child.stdin.take().expect("stdin");
    let _ = stdin.write_all(lines(&hands_on_answers(&content)).as_bytes());
    drop(stdin);
    let output = child.wait_with_output().expect("it ends");
    let run = Run::ended(&["--plain"], output);
    assert_not_killed(&run);
    assert!(!run.stderr.contains("error"), "{}", run.all());
}

#[test]
fn a_closed_output_for_roles_and_history_is_no_panic() {
    let home = Home::new();
    fed(&home, &["--plain"], &lines(&hands_on_answers(&content())));
    for args in [
        &["--plain", "roles"][..],
        &["--plain", "roles", "technician"],
        &["--plain", "history", "1"],
    ] {
        // A pipe whose reader is gone before careerfit writes.
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        let output = command(&home, args)
            .stdin(Stdio::null())
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .expect("the binary runs");
        let run = Run::ended(args, output);
        assert_not_killed(&run);
        // Quiet, but not success: the output was cut short (issue 9 item 16).
        assert!(run.stderr.is_empty(), "{args:?}: {}", run.all());
        assert_eq!(run.code, Some(141), "{args:?}: {}", run.all());
    }
}

// ------------------------------------------------- known bugs (see report)

#[test]
fn r_in_the_review_with_no_answers_stays_in_the_review() {
    let home = Home::new();
    let mut input = "s\n".repeat(TOTAL);
    input.push_str("r\n1\n5\nr\n");
    let run = fed(&home, &["--plain"], &input);
    assert!(run.stdout.contains("No results yet"), "{}", run.all());
    assert_eq!(run.code, Some(0), "{}", run.all());
    assert!(run.stdout.contains("You answered 1 of 32"), "{}", run.all());
}

#[test]
fn a_line_that_is_not_utf8_is_an_invalid_answer() {
    let home = Home::new();
    let mut child = command(&home, &["--plain"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"\xe9t\xe9\n5\nq\n").unwrap();
    drop(stdin);
    let output = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("is not an answer here"), "{stdout}");
    assert!(stdout.contains("Question 2 of 32"), "{stdout}");
}

#[test]
fn plain_report_in_a_real_terminal_prints_text_not_the_dashboard() {
    let home = Home::new();
    let csv = home.path().join("answers.csv");
    let results = home.path().join("results.jsonl");
    std::fs::write(&csv, "participant,replace-laptop-drive\nann,5\n").unwrap();
    let scored = fed(
        &home,
        &[
            "score",
            "--answers-csv",
            csv.to_str().unwrap(),
            "--results",
            results.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(scored.code, Some(0), "{}", scored.all());
    let file = results.to_str().unwrap();
    let cases: [(Args, Vars); 3] = [
        (&["--plain", "report", file], &[("TERM", "xterm-256color")]),
        (&["report", file], &[("TERM", "dumb")]),
        (
            &["report", file],
            &[("TERM", "xterm-256color"), ("ACCESSIBLE", "1")],
        ),
    ];
    for (args, vars) in cases {
        let mut pty = in_pty(&home, BIN, args, vars);
        thread::sleep(Duration::from_millis(500));
        pty.send(b"q");
        let code = finish(&mut pty);
        let text = pty.raw();
        assert!(
            !text.contains(ALTERNATE_SCREEN),
            "{args:?} {vars:?}: {text:?}"
        );
        assert_eq!(code, 0, "{args:?} {vars:?}: {text:?}");
    }
}

// ------------------------------------------- issue 9: safe and wrapped text

/// Text that would write the clipboard, retitle the window, clear the
/// screen, reverse what follows and hide a character, as TOML escapes.
const HOSTILE: &str =
    r"\u001b]52;c;aGVsbG8=\u0007\u001b]0;pwned\u0007\u001b[2J\u202eevil\u200bhidden";

/// The mini quiz and its roles with hostile text wherever a person reads.
fn hostile_files(home: &Home) -> (String, String) {
    let valid = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    let quiz = std::fs::read_to_string(valid.join("quiz.toml"))
        .expect("the mini quiz")
        .replace(
            "title = \"Mini career quiz\"",
            &format!("title = \"Mini {HOSTILE}\""),
        )
        .replace("intro = \"", &format!("intro = \"{HOSTILE} "))
        .replace(
            "text = \"Fix a jammed printer\"",
            &format!("text = \"Fix {HOSTILE}\""),
        )
        .replace(
            "label = \"Solder a kit\"",
            &format!("label = \"Solder {HOSTILE}\""),
        )
        .replace("\"Love it\"]", &format!("\"Love {HOSTILE}\"]"));
    let folder = home.path().join("hostile");
    std::fs::create_dir_all(folder.join("roles")).expect("a folder");
    std::fs::write(folder.join("quiz.toml"), quiz).expect("the quiz");
    for role in ["boss", "fixer", "helper"] {
        let text = std::fs::read_to_string(valid.join("roles").join(format!("{role}.toml")))
            .expect("a role")
            .replacen("title = \"", &format!("title = \"{HOSTILE} "), 1)
            .replacen("summary = \"", &format!("summary = \"{HOSTILE} "), 1);
        let text = format!("{text}duties = [\"Duty {HOSTILE}\"]\n");
        std::fs::write(folder.join("roles").join(format!("{role}.toml")), text).expect("a role");
    }
    (
        folder.join("quiz.toml").display().to_string(),
        folder.join("roles").display().to_string(),
    )
}

#[test]
fn plain_mode_never_sends_a_files_escape_sequences_to_the_terminal() {
    let home = Home::new();
    let (quiz, roles) = hostile_files(&home);
    // A wrong answer first: it is echoed back.
    let input = "\u{1b}]0;typed\u{7}\n5\n2\n1\n3\n4\nr\n";
    let run = fed(
        &home,
        &["--plain", "--quiz", &quiz, "--roles", &roles],
        input,
    );
    assert_eq!(run.code, Some(0), "{}", run.all());
    for shown in [&run.stdout, &run.stderr] {
        assert!(!shown.contains('\u{1b}'), "an ESC byte: {}", run.all());
        assert!(!shown.contains('\u{7}'), "a BEL: {}", run.all());
        assert!(
            !shown.contains('\u{202e}'),
            "a bidi override: {}",
            run.all()
        );
        assert!(
            !shown.contains('\u{200b}'),
            "a zero-width space: {}",
            run.all()
        );
    }
    // Shown, not obeyed: in the question, its answers and the result.
    assert!(run.stdout.contains("Fix \\u{1b}]52;c;"), "{}", run.all());
    assert!(run.stdout.contains("Solder \\u{1b}"), "{}", run.all());
    assert!(run.stdout.contains("Duty \\u{1b}"), "{}", run.all());
}

#[test]
fn plain_mode_wraps_at_word_boundaries_to_the_width() {
    let home = Home::new();
    let input = lines(&hands_on_answers(&content()));
    let run = run_command(
        {
            let mut command = command(&home, &["--plain"]);
            command.env("COLUMNS", "50");
            command
        },
        &input,
    );
    assert_eq!(run.code, Some(0), "{}", run.all());
    for line in run.stdout.lines() {
        let long_word = line.split_whitespace().any(|w| w.chars().count() > 40);
        assert!(
            line.chars().count() <= 50 || long_word,
            "wider than 50 columns: {line:?}"
        );
    }
    // No word is cut in two: every word of a duty is on the page whole.
    let content = content();
    let technician = content.role("technician").expect("the technician role");
    let words: std::collections::HashSet<&str> = run.stdout.split_whitespace().collect();
    for duty in &technician.facts.duties {
        for word in duty.split_whitespace() {
            assert!(words.contains(word), "{word:?} of {duty:?} was cut");
        }
    }
    // An indented list item keeps its indent when it wraps.
    let result = &run.stdout[run.stdout.find("About IT Technician:").expect("details")..];
    let first = technician.facts.duties[0]
        .split_whitespace()
        .next()
        .unwrap();
    let at = result
        .find(&format!("  - {first}"))
        .expect("the first duty");
    let next_line = result[at..].lines().nth(1).unwrap_or("");
    assert!(
        next_line.starts_with("    "),
        "hanging indent lost: {next_line:?}"
    );
}

#[test]
fn the_exit_summary_after_the_full_screen_quiz_holds_no_markdown() {
    let home = Home::new();
    let content = content();
    let mut pty = in_pty(&home, BIN, &[], &[("TERM", "xterm-256color")]);
    pty.wait_for("Press Enter to start", TIMEOUT);
    pty.send(b"\r");
    for (i, key) in hands_on_answers(&content).iter().enumerate() {
        pty.wait_for(&format!("{} of {TOTAL}", i + 1), TIMEOUT);
        pty.send(key.as_bytes());
    }
    pty.wait_for("See my results", TIMEOUT);
    pty.send(b"\r");
    pty.wait_for("Your best fit: IT Technician", TIMEOUT);
    pty.send(b"q");
    assert_eq!(finish(&mut pty), 0, "{}", pty.raw());
    // What is printed once the full screen is left.
    let text = pty.raw();
    let summary = &text[text.rfind("\u{1b}[?1049l").expect("the screen is left")..];
    assert!(
        summary.contains("Your result is saved"),
        "the exit summary:\n{summary}"
    );
    assert!(summary.contains("careerfit history"), "{summary}");
    assert!(!summary.contains('`'), "Markdown on a terminal:\n{summary}");
    assert!(
        !summary.contains("**"),
        "Markdown on a terminal:\n{summary}"
    );
}

#[test]
fn a_short_quiz_says_its_length_in_the_right_number() {
    let home = Home::new();
    let run = fed(
        &home,
        &[
            "--quiz",
            "tests/fixtures/valid/quiz.toml",
            "--roles",
            "tests/fixtures/valid/roles",
            "--plain",
        ],
        "q\n",
    );
    assert!(
        run.stdout.contains("5 questions, about 1 minute."),
        "{}",
        run.all()
    );
    assert!(!run.stdout.contains("1 minutes"), "{}", run.all());
}
