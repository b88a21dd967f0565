//! Plain mode (issue 6) end to end, around the quiz: when plain mode is
//! chosen without being asked, roles and history as plain text, a closed
//! output, known bugs, and text from files kept safe and wrapped. The real
//! `careerfit` binary runs through pipes, with a home of its own
//! (common::cmd) and TERM, NO_COLOR and ACCESSIBLE removed unless a test
//! sets them.
//!
//! A few checks need stdin or stdout to really be a terminal (TERM=dumb and
//! ACCESSIBLE must choose plain mode even then; `--plain history 1` must not
//! open the full-screen results); those run the binary in a pseudo-terminal
//! (common::pty) and read the raw bytes it wrote.

#![cfg(unix)]

mod common;

use std::io::{Read, Write};
use std::path::Path;
use std::process::Stdio;
use std::thread;
use std::time::Duration;

use common::cmd::{Home, Run, UNSET};
use common::plain::*;
use common::pty::Pty;
use common::saved::content;

const BIN: &str = env!("CARGO_BIN_EXE_careerfit");
const TIMEOUT: Duration = Duration::from_secs(10);

/// Command-line arguments, and environment variables, for one case.
type Args<'a> = &'a [&'a str];
type Vars<'a> = &'a [(&'a str, &'a str)];

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
