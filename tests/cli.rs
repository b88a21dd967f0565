//! End-to-end tests of the real `careerfit` binary: every invalid fixture in
//! tests/fixtures/invalid/ must be refused with an error naming the file, the
//! exact line of the culprit and the offending id or key; and the happy paths
//! of `check`, `score` and `roles` must print what the contract promises.
//!
//! Every test runs the binary from the crate root, with paths relative to it,
//! so the paths in the messages are the ones written here.

use std::process::{Command, Output, Stdio};

use serde_json::Value;

const QUIZ: &str = "tests/fixtures/invalid/quiz";
const ROLES: &str = "tests/fixtures/invalid/roles";
const ANSWERS: &str = "tests/fixtures/invalid/answers";
const VALID: &str = "tests/fixtures/valid";

fn careerfit() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_careerfit"));
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LIB_BACKTRACE");
    command
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    let Output {
        status,
        stdout,
        stderr,
    } = careerfit().args(args).output().expect("the binary runs");
    Run {
        code: status.code(),
        stdout: String::from_utf8(stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(stderr).expect("stderr is UTF-8"),
    }
}

fn assert_no_panic(run: &Run, args: &[&str]) {
    assert!(
        !run.stderr.contains("panicked") && !run.stderr.contains("RUST_BACKTRACE"),
        "careerfit {args:?} panicked:\n{}",
        run.stderr
    );
    assert_ne!(
        run.code,
        Some(101),
        "careerfit {args:?} exited 101 (a panic):\n{}",
        run.stderr
    );
}

/// Runs a command that must succeed quietly and returns its stdout.
fn ok(args: &[&str]) -> String {
    let run = run(args);
    assert_no_panic(&run, args);
    assert_eq!(
        run.code,
        Some(0),
        "careerfit {args:?} failed:\n{}",
        run.stderr
    );
    assert!(
        run.stderr.is_empty(),
        "careerfit {args:?} wrote to stderr:\n{}",
        run.stderr
    );
    run.stdout
}

/// Runs a command that must fail: non-zero exit, nothing on stdout, no panic.
fn refused(args: &[&str]) -> Run {
    let run = run(args);
    assert_no_panic(&run, args);
    assert!(
        matches!(run.code, Some(code) if code != 0),
        "careerfit {args:?} should fail, exited {:?}\nstdout:\n{}",
        run.code,
        run.stdout
    );
    assert!(
        run.stdout.is_empty(),
        "careerfit {args:?} wrote to stdout on failure:\n{}",
        run.stdout
    );
    run
}

/// One error the user must see: in `file` (relative to the case's path, or
/// the path itself when `None`), at `line` (or with no line, when the
/// mistake has no single place), with every one of `needles` on that line.
struct Expect {
    file: Option<&'static str>,
    line: Option<u32>,
    needles: &'static [&'static str],
}

/// An error at a line of the case's file.
const fn at(line: u32, needles: &'static [&'static str]) -> Expect {
    Expect {
        file: None,
        line: Some(line),
        needles,
    }
}

/// An error about the whole case file (a missing key, a missing table).
const fn whole(needles: &'static [&'static str]) -> Expect {
    Expect {
        file: None,
        line: None,
        needles,
    }
}

/// An error at a line of one file inside a roles folder.
const fn at_in(file: &'static str, line: u32, needles: &'static [&'static str]) -> Expect {
    Expect {
        file: Some(file),
        line: Some(line),
        needles,
    }
}

/// An error about a whole file inside a roles folder.
const fn whole_in(file: &'static str, needles: &'static [&'static str]) -> Expect {
    Expect {
        file: Some(file),
        line: None,
        needles,
    }
}

fn error_lines(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|l| l.starts_with("error:")).collect()
}

/// Every expected error is printed, each on one line naming the file, the
/// `:LINE:` and the culprit.
fn assert_names_culprits(args: &[&str], path: &str, expects: &[Expect]) {
    let run = refused(args);
    assert!(
        !run.stderr.contains("$__"),
        "careerfit {args:?}: an internal name leaked into the message:\n{}",
        run.stderr
    );
    for expect in expects {
        let file = match expect.file {
            Some(name) => format!("{path}/{name}"),
            None => path.to_string(),
        };
        let place = match expect.line {
            Some(line) => format!("{file}:{line}:"),
            None => format!("{file}:"),
        };
        let found = run
            .stderr
            .lines()
            .any(|l| l.contains(&place) && expect.needles.iter().all(|n| l.contains(n)));
        assert!(
            found,
            "careerfit {args:?}: expected an error at `{place}` naming {:?}; stderr was:\n{}",
            expect.needles, run.stderr
        );
    }
}

/// Nothing but the expected errors is reported: no spurious follow-on errors.
fn assert_nothing_else(args: &[&str], expects: &[Expect]) {
    let run = refused(args);
    let errors = error_lines(&run.stderr);
    assert_eq!(
        errors.len(),
        expects.len(),
        "careerfit {args:?}: expected exactly {} error(s); stderr was:\n{}",
        expects.len(),
        run.stderr
    );
}

/// One module per fixture, each with two tests: `names_the_culprit` and
/// `reports_nothing_else`, so a false extra error does not hide behind a
/// correct one. Attributes before the name apply to the first.
macro_rules! cases {
    ($args:expr, $path:expr; $(
        $(#[$culprit:meta])* $name:ident : $file:literal => [$($expect:expr),+ $(,)?]
        ;
    )+) => {$(
        mod $name {
            use super::*;
            fn path() -> String { $path($file) }
            fn expects() -> Vec<Expect> { vec![$($expect),+] }
            #[test]
            $(#[$culprit])*
            fn names_the_culprit() {
                let path = path();
                assert_names_culprits(&$args(&path), &path, &expects());
            }
            #[test]
            fn reports_nothing_else() {
                let path = path();
                assert_nothing_else(&$args(&path), &expects());
            }
        }
    )+};
}

fn quiz_path(file: &str) -> String {
    format!("{QUIZ}/{file}")
}
fn check_quiz(path: &str) -> Vec<&str> {
    vec!["check", "--quiz", path]
}
fn roles_path(dir: &str) -> String {
    format!("{ROLES}/{dir}")
}
fn check_roles(path: &str) -> Vec<&str> {
    vec!["check", "--roles", path]
}
fn answers_path(file: &str) -> String {
    format!("{ANSWERS}/{file}")
}
fn score_answers(path: &str) -> Vec<&str> {
    vec!["score", "--answers", path]
}

// Quiz files: `careerfit check --quiz FILE`.
mod quiz {
    use super::*;
    cases! { check_quiz, quiz_path;
        unknown_key_top: "unknown-key-top.toml" => [at(4, &["`colour`"])];
        unknown_key_question: "unknown-key-question.toml" => [at(23, &["note"])];
        unknown_key_option: "unknown-key-option.toml" => [at(31, &["colour"])];
        two_unknown_keys: "two-unknown-keys.toml" => [at(4, &["`version`"]), at(13, &["colour"])];
        duplicate_dimension: "duplicate-dimension.toml" => [at(14, &["`tinker`", "twice"])];
        duplicate_question: "duplicate-question.toml" => [at(20, &["`fix-printer`"])];
        duplicate_option: "duplicate-option.toml" => [at(31, &["`solder`", "`lunch-break`"])];
        undeclared_dimension_weight: "undeclared-dimension-weight.toml" => [at(23, &["`cooking`", "`help-caller`"])];
        weight_too_big: "weight-too-big.toml" => [at(23, &["`help-caller`", "`chat`", "11"])];
        weight_negative_too_big: "weight-negative-too-big.toml" => [at(30, &["`solder`", "`tinker`", "-10.5"])];
        weight_inf: "weight-inf.toml" => [at(23, &["`help-caller`", "`chat`", "inf"])];
        weight_nan: "weight-nan.toml" => [at(17, &["`fix-printer`", "`tinker`", "NaN"])];
        likert_no_weights: "likert-no-weights.toml" => [at(20, &["`help-caller`", "weight"])];
        choice_one_option: "choice-one-option.toml" => [at(29, &["`lunch-break`", "2 or more"])];
        unmeasured_dimension: "unmeasured-dimension.toml" => [at(14, &["`plan`", "not measured"])];
        // Every dimension is then unmeasured too: true, so it is expected.
        no_questions: "no-questions.toml" => [
            whole(&["no questions"]),
            whole(&["`tinker`", "not measured"]),
            whole(&["`chat`", "not measured"]),
        ];
        one_dimension: "one-dimension.toml" => [whole(&["1 [[dimension]]", "2 to 8"])];
        nine_dimensions: "nine-dimensions.toml" => [whole(&["9 [[dimension]]", "2 to 8"])];
        bad_quiz_id: "bad-quiz-id.toml" => [at(2, &["`IT Career`"])];
        bad_question_id: "bad-question-id.toml" => [at(14, &["`Fix Printer`"])];
        syntax_error: "syntax-error.toml" => [at(22, &["string"])];
        wrong_type: "wrong-type.toml" => [at(22, &["`text`", "5"])];
        kind_slider: "kind-slider.toml" => [at(21, &["`help-caller`", "\"slider\""])];
        scale_four_labels: "scale-four-labels.toml" => [at(6, &["labels", "4", "5"])];
        several_errors: "several-errors.toml" => [
            at(18, &["`fix-printer`", "`cooking`"]),
            at(21, &["`fix-printer`", "twice"]),
            at(24, &["`tinker`", "12"]),
            at(30, &["`lunch-break`", "2 or more"]),
        ];
    }
}

// Roles folders: `careerfit check --roles DIR` against the built-in quiz.
mod roles {
    use super::*;
    cases! { check_roles, roles_path;
        missing_dimension: "missing-dimension" => [at_in("technician.toml", 5, &["profile has no target for dimension `systems`"])];
        unknown_dimension: "unknown-dimension" => [at_in("technician.toml", 5, &["`cooking`"])];
        target_out_of_range: "target-out-of-range" => [at_in("technician.toml", 5, &["`people`", "120"])];
        unknown_key: "unknown-key" => [at_in("technician.toml", 8, &["`salary_guess`"])];
        unknown_occupation_key: "unknown-occupation-key" => [at_in("technician.toml", 10, &["occupation[1].median_pay`", "unknown key"])];
        pay_out_of_order: "pay-out-of-order" => [
            at_in("technician.toml", 9, &["\"15-1232\"", "15-1232.00"]),
            at_in("technician.toml", 10, &["p10 <= median <= p90"]),
        ];
        duplicate_id: "duplicate-id" => [at_in("b-bench-tech.toml", 2, &["`technician`", "a-technician.toml"])];
        missing_title: "missing-title" => [whole_in("technician.toml", &["`technician`", "`title`"])];
        empty_folder: "empty" => [whole(&["no role .toml files"])];
        expired_certification: "expired-certification" => [at_in("technician.toml", 12, &["`expired`", "`active`", "`retired`"])];
    }
}

// Answers files: `careerfit score --answers FILE` against the built-in quiz.
mod answers {
    use super::*;
    cases! { score_answers, answers_path;
        unknown_question: "unknown-question.toml" => [at(7, &["`fix-coffee-machine`"])];
        likert_six: "likert-six.toml" => [at(6, &["`walk-through-password-reset`", "6", "1 to 5"])];
        likert_zero: "likert-zero.toml" => [at(6, &["`walk-through-password-reset`", "0", "1 to 5"])];
        likert_text: "likert-text.toml" => [at(5, &["`replace-laptop-drive`", "\"5\""])];
        likert_float: "likert-float.toml" => [at(8, &["`server-out-of-memory`", "4.5"])];
        choice_unknown_option: "choice-unknown-option.toml" => [at(7, &["`printers-keep-failing`", "kick-it"])];
        choice_position_zero: "choice-position-zero.toml" => [at(7, &["`printers-keep-failing`", "0", "1 to 4"])];
        choice_position_too_big: "choice-position-too-big.toml" => [at(7, &["`printers-keep-failing`", "5", "1 to 4"])];
        quiz_mismatch: "quiz-mismatch.toml" => [at(2, &["`other-quiz`", "`it-career`"])];
        unknown_top_key: "unknown-top-key.toml" => [at(3, &["`student`"])];
        syntax_error: "syntax-error.toml" => [at(8, &["expected"])];
        several_errors: "several-errors.toml" => [
            at(6, &["`walk-through-password-reset`", "6"]),
            at(7, &["`printers-keep-failing`", "kick-it"]),
            at(9, &["`fix-coffee-machine`"]),
        ];
        nothing_answered: "nothing-answered.toml" => [whole(&["answer at least one question"])];
    }
}

#[test]
fn answers_errors_do_not_send_the_user_to_check() {
    let path = answers_path("likert-six.toml");
    let run = refused(&score_answers(&path));
    assert!(!run.stderr.contains("careerfit check"), "{}", run.stderr);
}

#[test]
fn a_broken_quiz_is_refused_by_every_command_not_only_check() {
    let quiz = quiz_path("duplicate-question.toml");
    let answers = format!("{VALID}/answers.toml");
    for args in [
        vec!["roles", "--quiz", &quiz],
        vec!["score", "--answers", &answers, "--quiz", &quiz],
    ] {
        assert_names_culprits(&args, &quiz, &[at(20, &["`fix-printer`"])]);
    }
}

// ---- missing paths ---------------------------------------------------------

#[test]
fn check_with_a_missing_quiz_file_says_so() {
    let run = refused(&["check", "--quiz", "tests/fixtures/no-such-quiz.toml"]);
    assert!(
        run.stderr.contains("tests/fixtures/no-such-quiz.toml"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.to_lowercase().contains("no such file"),
        "{}",
        run.stderr
    );
}

#[test]
fn check_with_a_folder_as_quiz_says_so() {
    let run = refused(&["check", "--quiz", "tests/fixtures"]);
    assert!(run.stderr.contains("tests/fixtures"), "{}", run.stderr);
    assert!(run.stderr.contains("folder"), "{}", run.stderr);
}

#[test]
fn check_with_a_missing_roles_folder_says_so() {
    let run = refused(&["check", "--roles", "tests/fixtures/no-such-roles"]);
    assert!(
        run.stderr.contains("tests/fixtures/no-such-roles"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.to_lowercase().contains("no such file"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_missing_roles_folder_is_said_in_plain_words() {
    let run = refused(&["check", "--roles", "tests/fixtures/no-such-roles"]);
    assert!(!run.stderr.contains("os error"), "{}", run.stderr);
    let run = refused(&["check", "--roles", "tests/fixtures/valid/quiz.toml"]);
    assert!(!run.stderr.contains("os error"), "{}", run.stderr);
}

#[test]
fn score_with_a_missing_answers_file_says_so() {
    let run = refused(&["score", "--answers", "tests/fixtures/no-such-answers.toml"]);
    assert!(
        run.stderr.contains("tests/fixtures/no-such-answers.toml"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.to_lowercase().contains("no such file"),
        "{}",
        run.stderr
    );
}

// ---- check -------------------------------------------------------------------

#[test]
fn check_passes_the_shipped_content_with_a_one_line_summary() {
    let out = ok(&["check"]);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.ends_with('\n'), "{out:?}");
    assert!(out.contains("it-career"), "{out}");
    for id in ["manager", "specialist", "support-specialist", "technician"] {
        assert!(out.contains(id), "{out}");
    }
}

#[test]
fn check_passes_the_valid_custom_fixtures() {
    let quiz = format!("{VALID}/quiz.toml");
    let roles = format!("{VALID}/roles");
    let out = ok(&["check", "--quiz", &quiz, "--roles", &roles]);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.contains("mini"), "{out}");
}

#[test]
fn check_reads_a_v1_role_file_and_says_what_to_write_instead() {
    let roles = format!("{VALID}/roles-v1");
    let out = ok(&["check", "--roles", &roles]);
    let file = format!("{roles}/technician.toml");
    for (line, said) in [
        (
            7,
            "`onet_codes` is the older (v1) form; write one [[occupation]] per code",
        ),
        (9, "[salary] (low, high) is the older (v1) form"),
        (
            18,
            "`as_of` and `source` in [outlook] are the older (v1) form",
        ),
    ] {
        assert!(
            out.lines()
                .any(|l| l.starts_with(&format!("{file}:{line}:")) && l.contains(said)),
            "no note at line {line}:\n{out}"
        );
    }
    assert!(out.lines().last().unwrap().starts_with("ok: "), "{out}");
    // The v1 facts are still shown, each with its source.
    let text = ok(&["roles", "technician", "--roles", &roles]);
    assert!(text.contains("$38,000 to $62,000 a year (2024)"), "{text}");
    assert!(text.contains("Our district's 2024 survey"), "{text}");
    assert!(
        text.contains("https://www.mynextmove.org/profile/summary/15-1232.00"),
        "{text}"
    );
}

#[test]
fn roles_json_gives_each_occupation_its_own_figures_and_links() {
    let out = ok(&["roles", "support-specialist", "--format", "json"]);
    let json: Value = serde_json::from_str(&out).expect("JSON");
    let occupation = &json["occupations"][0];
    assert_eq!(occupation["onet"], "15-1232.00");
    assert_eq!(occupation["pay"]["p10"], 38780);
    assert_eq!(occupation["pay"]["median"], 60340);
    assert_eq!(occupation["pay"]["p90"], 98010);
    assert_eq!(occupation["pay"]["as_of"], "May 2024");
    assert_eq!(occupation["outlook"]["openings"], 40800);
    assert_eq!(
        occupation["mi_proximo_paso"],
        "https://www.miproximopaso.org/profile/summary/15-1232.00"
    );
    assert!(occupation["source"].as_str().unwrap().contains("May 2024"));
    assert_eq!(json["entry"]["years"], 0);
    assert!(
        json.get("salary").is_none() && json.get("onet_codes").is_none(),
        "{json}"
    );
}

#[test]
fn roles_markdown_shows_pay_outlook_and_entry_per_occupation() {
    let out = ok(&["roles", "specialist", "--format", "markdown"]);
    for line in [
        "- Network and computer systems administrators (15-1244): median (middle) $96,800 a year, May 2024",
        "- Information security analysts (15-1212): jobs grow 29% over 2024-2034",
        "## How people get in",
        "- Computer systems analysts (15-1211): jobs grow 9% over 2024-2034; about 34,200 openings a year",
    ] {
        assert!(out.lines().any(|l| l == line), "no line {line:?}:\n{out}");
    }
}

// ---- score -------------------------------------------------------------------

fn score_json(extra: &[&str], answers: &str) -> Value {
    let mut args = vec!["score", "--answers", answers, "--format", "json"];
    args.extend_from_slice(extra);
    let out = ok(&args);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}):\n{out}"))
}

fn custom() -> [String; 4] {
    [
        "--quiz".into(),
        format!("{VALID}/quiz.toml"),
        "--roles".into(),
        format!("{VALID}/roles"),
    ]
}

fn keys(value: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

fn close(actual: &Value, expected: f64) {
    let actual = actual
        .as_f64()
        .unwrap_or_else(|| panic!("{actual} is not a number"));
    assert!((actual - expected).abs() < 1e-9, "{actual} != {expected}");
}

/// tests/fixtures/valid/answers.toml against tests/fixtures/valid/quiz.toml,
/// worked out by hand from the contract's scoring rule.
///
/// Answers: fix-printer = 5, help-caller = 2, lunch-break = "gossip";
/// plan-budget and run-meeting skipped.
///
/// tinker:
///   fix-printer  (likert, w = 2):  (5-3)*2  =  4, range [-4, 4]
///   help-caller  (likert, w = -1): (2-3)*-1 =  1, range [-2, 2]
///   lunch-break  (choice: solder 3, gossip -1, none 0): gossip = -1, range [-1, 3]
///   raw = 4, lo = -7, hi = 9  ->  s = 100 * (4+7)/16 = 68.75
/// chat:
///   fix-printer  (no chat weight): 0, range [0, 0]
///   help-caller  (likert, w = 2):  (2-3)*2 = -2, range [-4, 4]
///   lunch-break  (solder 0, gossip 1, none 0): gossip = 1, range [0, 1]
///   raw = -1, lo = -4, hi = 5  ->  s = 100 * 3/9 = 33.333...
/// plan: no answered question weighs it: lo = hi = 0 -> unmeasured (null).
///
/// fits over M = {tinker, chat}:
///   fixer  (80, 20): 100 - sqrt(((68.75-80)^2 + (33.33-20)^2)/2)
///                  = 100 - sqrt((126.5625 + 177.7778)/2) = 100 - 12.3357 = 87.6643
///   boss   (40, 50): 100 - sqrt((826.5625 + 277.7778)/2)  = 100 - 23.4983 = 76.5017
///   helper (30, 90): 100 - sqrt((1501.5625 + 3211.1111)/2) = 100 - 48.5421 = 51.4579
/// close_call: 87.66 - 76.50 = 11.16 >= 3 -> false
/// flat:       68.75 - 33.33 = 35.42 >= 15 -> false
/// incomplete: 3/5 = 0.6 >= 0.5 -> false
/// low_interest: max 68.75 >= 40 -> false
/// (Contract v2 changes nothing here: the one choice, gossip, weighs both
/// tinker and chat, so it counts for both, as in v1.)
///
/// reasons for fixer (tinker 80: lean +30; chat 20: lean -30; plan 50: none):
///   fix-printer: tinker 4 - mid 0 = +4, toward +30: supports (4*30 = 120)
///   help-caller: tinker 1 - 0 = +1 (30) and chat -2 - 0 = -2, toward -30 (60): supports (90)
///   lunch-break: tinker -1 - mid 1 = -2 (away), chat 1 - mid 0.5 = +0.5 (away): does not
///   -> fix-printer ("Love it", the quiz's own label for 5), then help-caller ("Dislike")
fn assert_hand_computed(json: &Value) {
    let fit = |s_tinker: f64, s_chat: f64, p: (f64, f64)| {
        100.0 - (((s_tinker - p.0).powi(2) + (s_chat - p.1).powi(2)) / 2.0).sqrt()
    };
    let (tinker, chat) = (68.75, 100.0 / 3.0);

    assert_eq!(
        keys(json),
        [
            "answered",
            "close_call",
            "dimensions",
            "flat",
            "incomplete",
            "low_interest",
            "quiz",
            "ranking",
            "reasons",
            "total"
        ],
        "{json:#}"
    );
    assert_eq!(json["quiz"], "mini");
    assert_eq!(json["answered"], 3);
    assert_eq!(json["total"], 5);

    let dimensions = json["dimensions"].as_array().expect("dimensions is a list");
    assert_eq!(dimensions.len(), 3);
    for (dimension, (id, name)) in dimensions.iter().zip([
        ("tinker", "Tinkering"),
        ("chat", "Chatting"),
        ("plan", "Planning"),
    ]) {
        assert_eq!(keys(dimension), ["id", "name", "score"], "{dimension}");
        assert_eq!(dimension["id"], id);
        assert_eq!(dimension["name"], name);
    }
    close(&dimensions[0]["score"], 68.75);
    close(&dimensions[1]["score"], 33.333_333_333_333_336);
    assert!(
        dimensions[2]["score"].is_null(),
        "plan is unmeasured: {}",
        dimensions[2]
    );

    let ranking = json["ranking"].as_array().expect("ranking is a list");
    let expected = [
        ("fixer", "Fixer", fit(tinker, chat, (80.0, 20.0))),
        ("boss", "Boss", fit(tinker, chat, (40.0, 50.0))),
        ("helper", "Helper", fit(tinker, chat, (30.0, 90.0))),
    ];
    assert_eq!(
        ranking.len(),
        expected.len(),
        "every role is ranked: {json:#}"
    );
    for (entry, (role, title, fit)) in ranking.iter().zip(expected) {
        assert_eq!(keys(entry), ["fit", "role", "title"], "{entry}");
        assert_eq!(entry["role"], role);
        assert_eq!(entry["title"], title);
        close(&entry["fit"], fit);
    }
    close(&ranking[0]["fit"], 87.664_273_880_760_45);
    close(&ranking[1]["fit"], 76.501_699_234_010_8);
    close(&ranking[2]["fit"], 51.457_886_268_153_14);

    assert_eq!(json["close_call"], false);
    assert_eq!(json["flat"], false);
    assert_eq!(json["incomplete"], false);
    assert_eq!(json["low_interest"], false);

    let reasons = json["reasons"].as_array().expect("reasons is a list");
    let expected = [
        ("fix-printer", "Fix a jammed printer", "Love it"),
        ("help-caller", "Help a caller reset a password", "Dislike"),
    ];
    assert_eq!(reasons.len(), expected.len(), "{json:#}");
    for (reason, (question, text, answer)) in reasons.iter().zip(expected) {
        assert_eq!(keys(reason), ["answer", "question", "text"], "{reason}");
        assert_eq!(reason["question"], question);
        assert_eq!(reason["text"], text);
        assert_eq!(reason["answer"], answer);
    }
}

#[test]
fn score_json_matches_the_hand_computed_result() {
    let custom = custom();
    let custom: Vec<&str> = custom.iter().map(String::as_str).collect();
    let json = score_json(&custom, &format!("{VALID}/answers.toml"));
    assert_hand_computed(&json);
}

#[test]
fn a_choice_by_position_scores_like_the_option_id() {
    let custom = custom();
    let custom: Vec<&str> = custom.iter().map(String::as_str).collect();
    let by_id = score_json(&custom, &format!("{VALID}/answers.toml"));
    let by_position = score_json(&custom, &format!("{VALID}/answers-by-position.toml"));
    assert_eq!(by_id, by_position);
}

/// answers-flags.toml: only plan-budget = 4.
///   plan: (4-3)*2 = 2, range [-4, 4] -> s = 100 * 6/8 = 75; nothing else measured.
///   fits over M = {plan}: boss 100 - |75-100| = 75, fixer 100 - |75-50| = 75,
///   helper 100 - |75-40| = 65. boss and fixer tie exactly: the smaller id,
///   boss, goes first. close_call (0 < 3), flat (spread 0 < 15) and
///   incomplete (1/5 < 0.5) are all raised.
#[test]
fn score_json_raises_every_flag_and_breaks_ties_by_role_id() {
    let custom = custom();
    let custom: Vec<&str> = custom.iter().map(String::as_str).collect();
    let json = score_json(&custom, &format!("{VALID}/answers-flags.toml"));
    assert_eq!(json["answered"], 1);
    assert!(json["dimensions"][0]["score"].is_null());
    assert!(json["dimensions"][1]["score"].is_null());
    close(&json["dimensions"][2]["score"], 75.0);
    let ranking: Vec<(&str, f64)> = json["ranking"]
        .as_array()
        .expect("ranking is a list")
        .iter()
        .map(|r| {
            (
                r["role"].as_str().expect("role is text"),
                r["fit"].as_f64().expect("fit is a number"),
            )
        })
        .collect();
    assert_eq!(ranking, [("boss", 75.0), ("fixer", 75.0), ("helper", 65.0)]);
    assert_eq!(json["close_call"], true);
    assert_eq!(json["flat"], true);
    assert_eq!(json["incomplete"], true);
    assert_eq!(json["reasons"][0]["question"], "plan-budget");
    assert_eq!(json["reasons"][0]["answer"], "Like");
}

#[test]
fn score_text_of_a_flagged_result_is_not_a_confident_answer() {
    let custom = custom();
    let answers = format!("{VALID}/answers-flags.toml");
    let mut args: Vec<&str> = vec!["score", "--answers", &answers, "--format", "text"];
    args.extend(custom.iter().map(String::as_str));
    let out = ok(&args);
    assert!(out.to_lowercase().contains("no clear lean"), "{out}");
    assert!(out.contains("1 of 5"), "{out}");
}

#[test]
fn score_text_shows_the_result_in_plain_words() {
    let custom = custom();
    let answers = format!("{VALID}/answers.toml");
    let mut args: Vec<&str> = vec!["score", "--answers", &answers, "--format", "text"];
    args.extend(custom.iter().map(String::as_str));
    let out = ok(&args);
    assert!(out.starts_with("Mini career quiz\n"), "{out}");
    assert!(out.contains("3 of 5"), "{out}");
    // Best first, every role.
    let (fixer, boss, helper) = (out.find("Fixer"), out.find("Boss"), out.find("Helper"));
    assert!(
        fixer.is_some() && boss.is_some() && helper.is_some(),
        "{out}"
    );
    assert!(
        fixer < boss && boss < helper,
        "ranking not best first:\n{out}"
    );
    // The reasons quote the person's own answers, with the quiz's own labels.
    assert!(
        out.contains("Love it") && out.contains("Fix a jammed printer"),
        "{out}"
    );
    assert!(
        out.contains("Dislike") && out.contains("Help a caller reset a password"),
        "{out}"
    );
    // No screen codes in plain text output.
    assert!(
        !out.contains('\x1b'),
        "escape codes in text output:\n{out:?}"
    );
    // The default format is text.
    let mut default_args: Vec<&str> = vec!["score", "--answers", &answers];
    default_args.extend(custom.iter().map(String::as_str));
    assert_eq!(ok(&default_args), out);
}

#[test]
fn score_the_built_in_quiz_with_every_question_answered() {
    let json = score_json(&[], &format!("{VALID}/it-career-answers.toml"));
    assert_eq!(json["quiz"], "it-career");
    let total = json["total"].as_u64().expect("total");
    assert_eq!(
        json["answered"].as_u64(),
        Some(total),
        "every question is answered: {json:#}"
    );
    let ids: Vec<&str> = json["dimensions"]
        .as_array()
        .expect("dimensions")
        .iter()
        .map(|d| d["id"].as_str().expect("id"))
        .collect();
    assert_eq!(
        ids,
        ["hands_on", "people", "systems", "leadership"],
        "quiz order"
    );
    assert!(
        json["dimensions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["score"].is_number())
    );
    let ranking = json["ranking"].as_array().expect("ranking");
    let mut roles: Vec<&str> = ranking
        .iter()
        .map(|r| r["role"].as_str().expect("role"))
        .collect();
    assert_eq!(roles[0], "technician", "{json:#}");
    let fits: Vec<f64> = ranking
        .iter()
        .map(|r| r["fit"].as_f64().expect("fit"))
        .collect();
    assert!(
        fits.windows(2).all(|w| w[0] >= w[1]),
        "best first: {fits:?}"
    );
    roles.sort_unstable();
    assert_eq!(
        roles,
        ["manager", "specialist", "support-specialist", "technician"]
    );
    assert_eq!(json["incomplete"], false);
    assert_eq!(json["flat"], false);
    assert_eq!(json["close_call"], false);
    let reasons = json["reasons"].as_array().expect("reasons");
    assert!((3..=5).contains(&reasons.len()), "{json:#}");
}

// ---- roles -------------------------------------------------------------------

const ROLE_IDS: [&str; 4] = ["manager", "specialist", "support-specialist", "technician"];

#[test]
fn roles_lists_every_role() {
    let out = ok(&["roles"]);
    for (id, title) in ROLE_IDS.iter().zip([
        "IT Manager",
        "IT Specialist",
        "IT Support Specialist",
        "IT Technician",
    ]) {
        assert!(
            out.lines().any(|l| l.starts_with(id) && l.contains(title)),
            "no line for {id}:\n{out}"
        );
    }
}

#[test]
fn roles_lists_the_custom_roles_with_roles_dir() {
    let quiz = format!("{VALID}/quiz.toml");
    let roles = format!("{VALID}/roles");
    let out = ok(&["roles", "--quiz", &quiz, "--roles", &roles]);
    for id in ["boss", "fixer", "helper"] {
        assert!(out.lines().any(|l| l.starts_with(id)), "{out}");
    }
    assert!(!out.contains("technician"), "{out}");
}

#[test]
fn roles_technician_shows_the_role_in_full() {
    let out = ok(&["roles", "technician"]);
    assert!(out.starts_with("IT Technician"), "{out}");
    assert!(out.contains("CompTIA A+"), "{out}");
    assert!(!out.contains("IT Manager ("), "only the one role: {out}");
}

#[test]
fn roles_json_is_every_role() {
    let out = ok(&["roles", "--format", "json"]);
    let json: Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}):\n{out}"));
    let roles = json.as_array().expect("a list of roles");
    let mut ids: Vec<&str> = roles
        .iter()
        .map(|r| r["id"].as_str().expect("id"))
        .collect();
    ids.sort_unstable();
    assert_eq!(ids, ROLE_IDS);
    for role in roles {
        assert!(
            role["title"].is_string() && role["summary"].is_string(),
            "{role}"
        );
        assert_eq!(
            role["profile"].as_object().expect("profile").len(),
            4,
            "{role}"
        );
    }
}

#[test]
fn roles_technician_as_markdown() {
    let out = ok(&["roles", "technician", "--format", "markdown"]);
    assert!(out.starts_with("# IT Technician\n"), "{out}");
    assert!(out.contains("\n## "), "{out}");
    assert_eq!(out.matches("\n# ").count(), 0, "only one role: {out}");
}

#[test]
fn roles_unknown_id_names_the_known_ids() {
    let run = refused(&["roles", "nosuch"]);
    assert!(run.stderr.contains("nosuch"), "{}", run.stderr);
    for id in ROLE_IDS {
        assert!(run.stderr.contains(id), "{}", run.stderr);
    }
}

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
        let output = careerfit()
            .args(args)
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

// ---- issue 9: printed text, write errors, hostile and huge inputs --------------

/// A child with a home of its own (HOME and XDG folders in a temporary
/// folder), never the real user's.
struct Isolated {
    home: tempfile::TempDir,
}

impl Isolated {
    fn new() -> Isolated {
        Isolated {
            home: tempfile::tempdir().expect("a temporary home"),
        }
    }

    fn path(&self) -> &std::path::Path {
        self.home.path()
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut command = careerfit();
        command
            .args(args)
            .env("HOME", self.path())
            .env("XDG_STATE_HOME", self.path().join("state"))
            .env("XDG_DATA_HOME", self.path().join("data"))
            .env("XDG_CONFIG_HOME", self.path().join("config"))
            .env_remove("COLUMNS")
            .env_remove("ACCESSIBLE")
            .stdin(Stdio::null());
        command
    }

    fn run(&self, args: &[&str]) -> Run {
        let Output {
            status,
            stdout,
            stderr,
        } = self.command(args).output().expect("the binary runs");
        Run {
            code: status.code(),
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
        }
    }

    /// Writes a file under the home and returns its path as text.
    fn write(&self, name: &str, text: &str) -> String {
        let path = self.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("a folder");
        }
        std::fs::write(&path, text).expect("a file");
        path.display().to_string()
    }
}

/// The option names (`--plain`) a command's `--help` lists.
fn options_in_help(args: &[&str]) -> (String, Vec<String>) {
    let home = Isolated::new();
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
    let home = Isolated::new();
    for args in [
        &["--plain", "roles"][..],
        &["--plain", "history"],
        &["history", "--plain"],
        &["--no-color", "roles", "technician"],
        &["roles", "--quiz", "quizzes/it-career.toml"],
        &["--quiz", "quizzes/it-career.toml", "check"],
    ] {
        let run = home.run(args);
        assert_no_panic(&run, args);
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
    let home = Isolated::new();
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
    let home = Isolated::new();
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
        assert_no_panic(&run, &args);
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
    let home = Isolated::new();
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
        assert_no_panic(&run, args);
        assert_eq!(run.code, Some(1), "careerfit {args:?}: {}", run.stderr);
        let error = run.stderr.lines().next().unwrap_or("");
        assert!(error.contains(file), "names the file: {}", run.stderr);
        assert!(error.contains(why), "says why: {}", run.stderr);
    }
}

#[test]
fn thousands_of_problems_print_the_first_hundred_and_a_count() {
    let home = Isolated::new();
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
fn hostile_content(home: &Isolated) -> (String, String) {
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
fn run_hostile(home: &Isolated, args: &[&str], quiz: &str, roles: &str, code: i32) -> Run {
    let mut all = args.to_vec();
    all.extend(["--quiz", quiz, "--roles", roles]);
    let run = home.run(&all);
    assert_no_panic(&run, &all);
    assert_eq!(run.code, Some(code), "careerfit {all:?}: {}", run.stderr);
    assert_nothing_hidden(&format!("{all:?} stdout"), &run.stdout);
    assert_nothing_hidden(&format!("{all:?} stderr"), &run.stderr);
    run
}

#[test]
fn text_from_hostile_files_never_reaches_the_terminal_raw() {
    let home = Isolated::new();
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
    let home = Isolated::new();
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
    let home = Isolated::new();
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
