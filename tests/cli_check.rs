//! `careerfit check` (and `score --answers`) through the real binary:
//! every invalid fixture in tests/fixtures/invalid/ must be refused with an
//! error naming the file, the exact line of the culprit and the offending
//! id or key, and nothing else; a missing path is said in plain words; the
//! shipped and the valid custom content pass.
//!
//! Every test runs the binary from the crate root (common/cmd.rs), with
//! paths relative to it, so the paths in the messages are the ones written
//! here.

mod common;

use common::cmd::{ok, refused};

const QUIZ: &str = "tests/fixtures/invalid/quiz";
const ROLES: &str = "tests/fixtures/invalid/roles";
const ANSWERS: &str = "tests/fixtures/invalid/answers";
const VALID: &str = "tests/fixtures/valid";

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

/// `careerfit ARGS`, where the last argument names a path that is not
/// there, is refused with an error naming that path and saying so.
fn says_the_path_is_missing(args: &[&str]) {
    let path = args.last().expect("a path");
    let run = refused(args);
    assert!(run.stderr.contains(path), "{}", run.stderr);
    assert!(
        run.stderr.to_lowercase().contains("no such file"),
        "{}",
        run.stderr
    );
}

#[test]
fn check_with_a_missing_quiz_file_says_so() {
    says_the_path_is_missing(&["check", "--quiz", "tests/fixtures/no-such-quiz.toml"]);
}

#[test]
fn check_with_a_folder_as_quiz_says_so() {
    let run = refused(&["check", "--quiz", "tests/fixtures"]);
    assert!(run.stderr.contains("tests/fixtures"), "{}", run.stderr);
    assert!(run.stderr.contains("folder"), "{}", run.stderr);
}

#[test]
fn check_with_a_missing_roles_folder_says_so() {
    says_the_path_is_missing(&["check", "--roles", "tests/fixtures/no-such-roles"]);
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
    says_the_path_is_missing(&["score", "--answers", "tests/fixtures/no-such-answers.toml"]);
}

// ---- the shipped and the valid content pass -----------------------------------

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
