//! Plain mode (issue 6) end to end, the quiz itself: the real `careerfit`
//! binary driven through pipes, the way a script or a screen reader's
//! line-by-line session drives it. The whole quiz piped; back, skip and the
//! review; invalid input, help and q; the end of input; no screen-drawing
//! codes. Every child gets a home of its own (common::cmd), never the real
//! user's, and runs with TERM, NO_COLOR and ACCESSIBLE removed unless a test
//! sets them.

#![cfg(unix)]

mod common;

use std::path::PathBuf;

use careerfit::content::{Content, QuestionKind, SavedAnswer};
use careerfit::plain::{Plain, PlainEnding};
use careerfit::store::{history, progress};

use common::cmd::{Home, store_of};
use common::plain::*;
use common::saved::content;

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
