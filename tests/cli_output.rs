//! What the real binary prints and how (issue 9): each command's help
//! lists only what works there, output that cannot be written is an error
//! (a full disk, a closed pipe), spreadsheets, pipes, devices and huge
//! files given as content are refused, thousands of problems are cut to a
//! hundred, text from hostile files never reaches the terminal raw, and
//! text wraps at word boundaries to the width.
//!
//! Every child runs from the crate root with a home of its own
//! (common/cmd.rs).

mod common;

use std::process::Stdio;

use common::cmd::{Home, Run};
use serde_json::Value;

const VALID: &str = "tests/fixtures/valid";

#[test]
fn roles_into_a_closed_pipe_exits_quietly_and_not_with_success() {
    // Like `careerfit roles --format markdown | head -0`: the reader is gone
    // before careerfit writes.
    for args in [
        &["roles", "--format", "markdown"][..],
        &["roles"][..],
        &["roles", "--format", "json"][..],
        &[
            "score",
            "--answers",
            "tests/fixtures/valid/it-career-answers.toml",
        ][..],
    ] {
        let (reader, writer) = std::io::pipe().expect("a pipe");
        drop(reader);
        let home = Home::new();
        let output = home
            .command(args)
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .expect("the binary runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            !stderr.contains("panicked"),
            "careerfit {args:?} panicked:\n{stderr}"
        );
        assert!(
            stderr.is_empty(),
            "careerfit {args:?} complained about the closed pipe:\n{stderr}"
        );
        // Quiet, but not success: a script with `set -o pipefail` learns
        // the output was cut short, as with a program stopped by SIGPIPE.
        assert_eq!(
            output.status.code(),
            Some(141),
            "careerfit {args:?} exited {}",
            output.status
        );
    }
}

/// The option names (`--plain`) a command's `--help` lists.
fn options_in_help(args: &[&str]) -> (String, Vec<String>) {
    let home = Home::new();
    let mut all = args.to_vec();
    all.push("--help");
    let run = home.run(&all);
    assert_eq!(run.code, Some(0), "{args:?} --help: {}", run.stderr);
    let options = run
        .stdout
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("--"))
        .map(|l| l.split([' ', ',']).next().unwrap_or("").to_string())
        .collect();
    (run.stdout, options)
}

#[test]
fn each_commands_help_lists_only_the_options_that_work_there() {
    let cases: &[(&[&str], &[&str], &[&str])] = &[
        // (command, options it must list, options it must not list)
        (&[], &["quiz", "roles", "plain", "no-save", "no-color"], &[]),
        (
            &["check"],
            &["quiz", "roles"],
            &["plain", "no-save", "no-color"],
        ),
        (
            &["score"],
            &["answers", "answers-csv", "format", "quiz", "roles"],
            &["plain", "no-save", "no-color"],
        ),
        (
            &["roles"],
            &["format", "quiz", "roles"],
            &["plain", "no-save", "no-color"],
        ),
        (
            &["history"],
            &["plain", "no-color", "quiz", "roles"],
            &["no-save"],
        ),
        (
            &["report"],
            &["format", "watch", "hide-names", "plain", "no-color"],
            &["no-save", "quiz", "roles"],
        ),
        (
            &["workshop"],
            &["plain", "no-color", "quiz", "roles"],
            &["no-save"],
        ),
        (
            &["forget"],
            &["yes"],
            &["plain", "no-save", "no-color", "quiz", "roles"],
        ),
    ];
    for (command, listed, not_listed) in cases {
        let (help, options) = options_in_help(command);
        for option in *listed {
            assert!(
                options.iter().any(|o| o == option),
                "careerfit {command:?} --help should list --{option}:\n{help}"
            );
        }
        for option in *not_listed {
            assert!(
                !options.iter().any(|o| o == option),
                "careerfit {command:?} --help lists --{option}, which does nothing there:\n{help}"
            );
        }
    }
    // --plain is described for what it does on each command: only the quiz
    // and the kiosk ask anything ("prompts").
    let (help, _) = options_in_help(&["history"]);
    let plain = help.lines().find(|l| l.contains("--plain")).unwrap_or("");
    assert!(!plain.contains("prompts"), "{help}");
    assert!(plain.contains("text"), "{help}");
    let (help, _) = options_in_help(&["report"]);
    assert!(
        help.contains("instead of opening the live dashboard"),
        "{help}"
    );
}

#[test]
fn command_lines_that_worked_before_still_work_where_the_flag_means_something() {
    let home = Home::new();
    for args in [
        &["--plain", "roles"][..],
        &["--plain", "history"],
        &["history", "--plain"],
        &["--no-color", "roles", "technician"],
        &["roles", "--quiz", "quizzes/it-career.toml"],
        &["--quiz", "quizzes/it-career.toml", "check"],
    ] {
        let run = home.run(args);
        assert_eq!(run.code, Some(0), "careerfit {args:?}: {}", run.stderr);
    }
    // Where a flag does nothing it is refused, by name.
    let run = home.run(&["roles", "--plain"]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stderr.contains("--plain"), "{}", run.stderr);
}

#[cfg(target_os = "linux")]
#[test]
fn output_that_cannot_be_written_is_an_error_not_success() {
    let home = Home::new();
    let results = home.path().join("group.jsonl").display().to_string();
    let made = home.run(&[
        "score",
        "--answers-csv",
        "tests/fixtures/csv/all-good.csv",
        "--results",
        &results,
    ]);
    assert_eq!(made.code, Some(0), "{}", made.stderr);
    let answers = "tests/fixtures/valid/it-career-answers.toml";
    for args in [
        &["score", "--answers", answers][..],
        &["score", "--answers", answers, "--format", "json"],
        &["score", "--answers", answers, "--format", "html"],
        &["roles"],
        &["roles", "manager", "--format", "markdown"],
        &["roles", "--format", "json"],
        &["check"],
        &["report", &results, "--format", "csv"],
        &["report", &results, "--format", "text"],
        &["report", &results, "--format", "json"],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let output = home
            .command(args)
            .stdout(full)
            .output()
            .expect("the binary runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(
            output.status.code(),
            Some(1),
            "careerfit {args:?} > /dev/full: {stderr}"
        );
        assert!(
            stderr.contains("could not write the output: No space left on device"),
            "careerfit {args:?} > /dev/full: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[test]
fn a_spreadsheet_given_as_answers_points_to_answers_csv() {
    let home = Home::new();
    let tsv = home.write("people.tsv", "participant\tfix-printer\nSam\t5\n");
    let csv_named_txt = home.write(
        "people.txt",
        "# exported\nparticipant;replace-laptop-drive\nSam;5\n",
    );
    for file in [
        "tests/fixtures/csv/all-good.csv",
        tsv.as_str(),
        csv_named_txt.as_str(),
    ] {
        let args = ["score", "--answers", file];
        let run = home.run(&args);
        assert_eq!(run.code, Some(1), "{}", run.stderr);
        assert!(run.stdout.is_empty(), "{}", run.stdout);
        assert!(run.stderr.contains("spreadsheet"), "{}", run.stderr);
        assert!(run.stderr.contains("--answers-csv"), "{}", run.stderr);
        assert!(
            !run.stderr.contains("TOML:") && !run.stderr.contains("invalid"),
            "no TOML syntax errors: {}",
            run.stderr
        );
        assert!(run.stderr.contains(file), "names the file: {}", run.stderr);
    }
    // A real answers file with a comma in a comment is still read.
    let toml = home.write(
        "mine.toml",
        "# mine, from Tuesday\nquiz = \"it-career\"\n[answers]\nreplace-laptop-drive = 5\n",
    );
    let run = home.run(&["score", "--answers", &toml]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
}

#[cfg(unix)]
#[test]
fn a_pipe_a_device_or_a_huge_file_is_refused_not_read_forever() {
    let home = Home::new();
    let fifo = home.path().join("quiz.toml");
    let c_path = std::ffi::CString::new(fifo.display().to_string()).expect("a path");
    // SAFETY: a valid NUL-terminated path; mkfifo only creates a file.
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
    let fifo = fifo.display().to_string();
    let huge = home.path().join("huge.toml");
    let file = std::fs::File::create(&huge).expect("a file");
    file.set_len(9 * 1024 * 1024).expect("9 MiB");
    let huge = huge.display().to_string();
    let cases: [(&[&str], &str, &str); 5] = [
        (&["check", "--quiz", &fifo], &fifo, "not a regular file"),
        (
            &["check", "--quiz", "/dev/zero"],
            "/dev/zero",
            "not a regular file",
        ),
        (
            &["score", "--answers", "/dev/zero"],
            "/dev/zero",
            "not a regular file",
        ),
        (&["score", "--answers", &fifo], &fifo, "not a regular file"),
        (&["check", "--quiz", &huge], &huge, "8 MiB"),
    ];
    for (args, file, why) in cases {
        let run = home.run(args);
        assert_eq!(run.code, Some(1), "careerfit {args:?}: {}", run.stderr);
        let error = run.stderr.lines().next().unwrap_or("");
        assert!(error.contains(file), "names the file: {}", run.stderr);
        assert!(error.contains(why), "says why: {}", run.stderr);
    }
}

#[test]
fn thousands_of_problems_print_the_first_hundred_and_a_count() {
    let home = Home::new();
    let shipped = std::fs::read_to_string("quizzes/it-career.toml").expect("the quiz");
    let keys: String = (0..3000)
        .map(|i| format!("unknown_key_{i} = {i}\n"))
        .collect();
    let quiz = home.write("many.toml", &format!("{keys}{shipped}"));
    let run = home.run(&["check", "--quiz", &quiz]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    let errors: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("error: "))
        .collect();
    assert_eq!(errors.len(), 100, "{}", run.stderr);
    assert!(
        errors[0].contains("many.toml:1:1: unknown key `unknown_key_0`"),
        "{}",
        errors[0]
    );
    assert!(
        errors[99].contains(":100:1: unknown key `unknown_key_99`"),
        "{}",
        errors[99]
    );
    assert!(
        run.stderr.contains("... and 2900 more problems not shown"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("found 3000 problems"), "{}", run.stderr);
}

/// Text that would write the clipboard (OSC 52), retitle the window (OSC 0),
/// clear the screen, reverse the text that follows and hide a character,
/// written as TOML escapes.
const HOSTILE: &str =
    r"\u001b]52;c;aGVsbG8=\u0007\u001b]0;pwned\u0007\u001b[2J\u202eevil\u200bhidden";

/// The characters that must never reach a terminal from a file.
fn assert_nothing_hidden(what: &str, shown: &str) {
    assert!(
        !shown.contains('\u{1b}'),
        "{what}: an ESC byte reached the terminal:\n{shown:?}"
    );
    assert!(
        !shown.contains('\u{7}'),
        "{what}: a BEL reached the terminal:\n{shown:?}"
    );
    for c in ['\u{202e}', '\u{200b}'] {
        assert!(
            !shown.contains(c),
            "{what}: {c:?} reached the terminal:\n{shown:?}"
        );
    }
}

/// The mini quiz and roles, with hostile text in every place a person reads.
fn hostile_content(home: &Home) -> (String, String) {
    let quiz = std::fs::read_to_string(format!("{VALID}/quiz.toml"))
        .expect("the mini quiz")
        .replace(
            "title = \"Mini career quiz\"",
            &format!("title = \"Mini {HOSTILE} quiz\""),
        )
        .replace(
            "name = \"Tinkering\"",
            &format!("name = \"Tinker{HOSTILE}\""),
        )
        .replace(
            "text = \"Fix a jammed printer\"",
            &format!("text = \"Fix a {HOSTILE} printer\""),
        )
        .replace(
            "label = \"Solder a kit\"",
            &format!("label = \"Solder {HOSTILE}\""),
        )
        .replace("\"Love it\"]", &format!("\"Love {HOSTILE}\"]"));
    let quiz = home.write("hostile/quiz.toml", &quiz);
    for role in ["boss", "fixer", "helper"] {
        let text = std::fs::read_to_string(format!("{VALID}/roles/{role}.toml"))
            .expect("a mini role")
            .replacen("title = \"", &format!("title = \"{HOSTILE} "), 1)
            .replacen("summary = \"", &format!("summary = \"{HOSTILE} "), 1);
        let text = format!(
            "{text}duties = [\"Duty {HOSTILE}\"]\n\n[[sources]]\ntitle = \"Source {HOSTILE}\"\nurl = \"https://example.com/{HOSTILE}\"\n"
        );
        home.write(&format!("hostile/roles/{role}.toml"), &text);
    }
    let roles = home.path().join("hostile/roles").display().to_string();
    (quiz, roles)
}

/// Runs `careerfit ARGS --quiz QUIZ --roles ROLES` and checks that
/// nothing hidden reached either stream, and that it exited with `code`.
fn run_hostile(home: &Home, args: &[&str], quiz: &str, roles: &str, code: i32) -> Run {
    let mut all = args.to_vec();
    all.extend(["--quiz", quiz, "--roles", roles]);
    let run = home.run(&all);
    assert_eq!(run.code, Some(code), "careerfit {all:?}: {}", run.stderr);
    assert_nothing_hidden(&format!("{all:?} stdout"), &run.stdout);
    assert_nothing_hidden(&format!("{all:?} stderr"), &run.stderr);
    run
}

#[test]
fn text_from_hostile_files_never_reaches_the_terminal_raw() {
    let home = Home::new();
    let (quiz, roles) = hostile_content(&home);
    let answers = home.write(
        "hostile/answers.toml",
        "quiz = \"mini\"\n[answers]\nfix-printer = 5\nhelp-caller = 2\nlunch-break = \"solder\"\n",
    );
    let cases: [&[&str]; 9] = [
        &["check"],
        &["score", "--answers", &answers, "--format", "json"],
        &["roles", "--format", "json"],
        &["score", "--answers", &answers],
        &["score", "--answers", &answers, "--format", "markdown"],
        &["score", "--answers", &answers, "--format", "html"],
        &["roles"],
        &["roles", "boss"],
        &["roles", "boss", "--format", "markdown"],
    ];
    for args in cases {
        let run = run_hostile(&home, args, &quiz, &roles, 0);
        if args.contains(&"json") {
            let value: Value = serde_json::from_str(&run.stdout).expect("valid JSON");
            assert!(value.to_string().contains('\u{202e}'), "the value is kept");
            assert!(run.stdout.contains("\\u202e"), "{}", run.stdout);
            continue;
        }
        // Shown, not obeyed: the reader can see something odd is there.
        if args[0] != "check" {
            assert!(run.stdout.contains("\\u{1b}"), "{args:?}: {}", run.stdout);
        }
    }
}

#[test]
fn errors_about_hostile_files_never_reach_the_terminal_raw() {
    let home = Home::new();
    let (quiz, roles) = hostile_content(&home);
    // Mistakes whose messages quote the file: an unknown key, a weight on a
    // dimension that does not exist, an unknown answer; and a file name
    // that itself holds an escape sequence.
    let text = std::fs::read_to_string(&quiz).expect("the hostile quiz");
    let broken = format!("\"{HOSTILE}\" = 1\n{text}").replace(
        "weights = { tinker = 2.0 }",
        &format!("weights = {{ \"tinker{HOSTILE}\" = 2.0 }}"),
    );
    let folder = home.path().join("evil\u{1b}[2J\u{202e}folder");
    std::fs::create_dir_all(&folder).expect("a folder");
    let broken_quiz = folder.join("quiz\u{1b}]0;title\u{7}.toml");
    std::fs::write(&broken_quiz, broken).expect("the broken quiz");
    let broken_quiz = broken_quiz.display().to_string();
    let answers = home.write(
        "hostile/bad-answers.toml",
        &format!("quiz = \"mini\"\n[answers]\n\"fix{HOSTILE}\" = 5\nlunch-break = \"{HOSTILE}\"\n"),
    );
    let cases: [(&[&str], &str); 4] = [
        (&["check"], &broken_quiz),
        (&["score", "--answers", &answers], &quiz),
        (&["score", "--answers", &broken_quiz], &quiz),
        (&["roles", "nosuch\u{1b}[2J"], &quiz),
    ];
    for (args, quiz) in cases {
        let run = run_hostile(&home, args, quiz, &roles, 1);
        assert!(run.stderr.contains("\\u{1b}"), "{args:?}: {}", run.stderr);
    }
}

#[test]
fn roles_and_score_text_wrap_at_word_boundaries_to_the_width() {
    let home = Home::new();
    let content = careerfit::content::Content::built_in().expect("the shipped content");
    for args in [
        &["roles"][..],
        &["roles", "manager"],
        &[
            "score",
            "--answers",
            "tests/fixtures/valid/it-career-answers.toml",
        ],
    ] {
        let output = home
            .command(args)
            .env("COLUMNS", "44")
            .output()
            .expect("the binary runs");
        assert_eq!(output.status.code(), Some(0), "{output:?}");
        let out = String::from_utf8(output.stdout).expect("UTF-8");
        for line in out.lines() {
            let url = line.trim_start().starts_with("https://")
                || line.trim_start().starts_with("<https://");
            assert!(
                line.chars().count() <= 44 || url,
                "careerfit {args:?}: wider than 44 columns: {line:?}"
            );
        }
        // No word is cut: every word of every role's summary (in the list)
        // and of the manager's duties and sources is on the page whole.
        let words: std::collections::HashSet<&str> = out.split_whitespace().collect();
        let texts: Vec<&str> = match args {
            ["roles"] => content.roles.iter().map(|r| r.summary.as_str()).collect(),
            ["roles", id] => {
                let role = content.role(id).expect("a role");
                let mut t: Vec<&str> = role.facts.duties.iter().map(String::as_str).collect();
                t.extend(role.facts.sources.iter().filter_map(|s| s.url.as_deref()));
                t
            }
            _ => vec!["How each role fits you:"],
        };
        for text in texts {
            for word in text.split_whitespace() {
                assert!(
                    words.contains(word) || words.contains(format!("<{word}>").as_str()),
                    "careerfit {args:?}: {word:?} was cut:\n{out}"
                );
            }
        }
        // Wrapped lines keep their indent: nothing but a heading, a role
        // id or a sentence start sits at the left edge after a list item.
        if args == ["roles"] {
            for role in &content.roles {
                let at = out.find(&role.summary[..20]).expect("the summary");
                let line_start = out[..at].rfind('\n').map_or(0, |i| i + 1);
                let indent = at - line_start;
                assert!(indent >= role.id.len(), "{out}");
                let next = out[at..].lines().nth(1).unwrap_or("");
                assert!(
                    next.starts_with(&" ".repeat(indent)),
                    "careerfit roles: the summary of {} lost its indent:\n{out}",
                    role.id
                );
            }
        }
    }
}
