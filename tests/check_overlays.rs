//! `careerfit check` on translations (overlay files beside a quiz and in a
//! roles folder), through the real binary: an unknown id, an empty text, a
//! weight or pay in an overlay, more items than the base list, an overlay
//! for no role are errors naming file:line and what to do (exit non-zero);
//! a text not translated yet is a warning (exit 0, the summary as always);
//! with complete overlays the output is the one it was before overlays.
//! And the library side: `Content::load_in` reads `--quiz FILE`'s sibling
//! and `<id>.<lang>.toml` in `--roles DIR`.

mod common;

use std::path::Path;

use careerfit::content::Content;
use common::cmd::{ok, refused};

const DIR: &str = "tests/fixtures/overlays";

/// The stderr line of the error at `file:line`, which must hold every needle.
fn error_at(stderr: &str, file: &str, line: u32, needles: &[&str]) {
    let start = format!("error: {DIR}/{file}:{line}:");
    let found = stderr.lines().find(|l| l.starts_with(&start));
    let Some(found) = found else {
        panic!("no error at {file}:{line} in:\n{stderr}");
    };
    for needle in needles {
        assert!(found.contains(needle), "{needle:?} is not in:\n{found}");
    }
}

#[test]
fn complete_overlays_leave_the_check_output_as_it_was() {
    let quiz = format!("{DIR}/good/quiz.toml");
    let roles = format!("{DIR}/good/roles");
    let out = ok(&["check", "--quiz", &quiz, "--roles", &roles]);
    assert_eq!(
        out,
        "ok: quiz mini (5 questions, 3 dimensions) and 3 roles (boss, fixer, helper) are valid\n"
    );
    // The shipped content and its Spanish overlays: complete, so the one
    // summary line of the contract, byte for byte.
    assert_eq!(
        ok(&["check"]),
        "ok: quiz it-career (32 questions, 4 dimensions) and 4 roles (manager, specialist, \
         support-specialist, technician) are valid\n"
    );
}

#[test]
fn a_quiz_overlay_with_an_unknown_id_an_empty_text_or_a_weight_is_refused_at_its_line() {
    let quiz = format!("{DIR}/bad/quiz.toml");
    let roles = format!("{DIR}/good/roles");
    let run = refused(&["check", "--quiz", &quiz, "--roles", &roles]);
    let err = &run.stderr;
    error_at(
        err,
        "bad/quiz.es.toml",
        22,
        &["`weights`", "only in the base file", "remove this line"],
    );
    error_at(
        err,
        "bad/quiz.es.toml",
        28,
        &[
            "option `nothing`",
            "question `lunch-break`",
            "solder, gossip, none",
        ],
    );
    error_at(
        err,
        "bad/quiz.es.toml",
        31,
        &["`text` of question `run-meeting`", "is empty"],
    );
    error_at(
        err,
        "bad/quiz.es.toml",
        33,
        &["question `fix-printr`", "not in the base file", "spelling"],
    );
    assert!(err.contains("careerfit: found 4 problems"), "{err}");
    // Untranslated texts are warnings: not among the errors.
    assert!(!err.contains("plan-budget"), "{err}");
}

#[test]
fn a_role_overlay_with_pay_a_web_address_an_extra_item_or_no_role_is_refused() {
    let quiz = format!("{DIR}/good/quiz.toml");
    let roles = format!("{DIR}/bad-roles");
    let run = refused(&["check", "--quiz", &quiz, "--roles", &roles]);
    let err = &run.stderr;
    error_at(
        err,
        "bad-roles/fixer.es.toml",
        4,
        &["`duties` has 3 items", "2 in the base file"],
    );
    error_at(
        err,
        "bad-roles/fixer.es.toml",
        10,
        &["certification `CompTIA B+`", "CompTIA A+"],
    );
    error_at(
        err,
        "bad-roles/fixer.es.toml",
        16,
        &["`pay`", "only in the base file", "remove this line"],
    );
    error_at(
        err,
        "bad-roles/fixer.es.toml",
        20,
        &["`url`", "web address"],
    );
    let nobody = format!("error: {DIR}/bad-roles/nobody.es.toml: ");
    let line = err
        .lines()
        .find(|l| l.starts_with(&nobody))
        .unwrap_or_else(|| panic!("{err}"));
    assert!(
        line.contains("role `nobody`") && line.contains("boss, fixer, helper"),
        "{line}"
    );
    assert!(err.contains("careerfit: found 5 problems"), "{err}");
}

#[test]
fn an_untranslated_text_is_a_warning_with_both_lines_and_the_check_passes() {
    let quiz = format!("{DIR}/missing/quiz.toml");
    let roles = format!("{DIR}/good/roles");
    let out = ok(&["check", "--quiz", &quiz, "--roles", &roles]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    // A question with no table at all: the file (so it comes first), and
    // the base file's line of the question.
    assert!(
        lines[0].starts_with(&format!("{DIR}/missing/quiz.es.toml: warning: the `text` of question `plan-budget` is not translated yet (es)")),
        "{out}"
    );
    assert!(
        lines[0].contains(&format!("({DIR}/missing/quiz.toml:45)")),
        "{out}"
    );
    // The option's label, at its question's table in the overlay, naming
    // the base file's line of the option.
    assert!(
        lines[1].starts_with(&format!(
            "{DIR}/missing/quiz.es.toml:23:1: warning: the label of option `gossip`"
        )),
        "{out}"
    );
    assert!(
        lines[1].contains(&format!("({DIR}/missing/quiz.toml:40)")),
        "{out}"
    );
    assert!(
        lines[1].contains("options.gossip = \"...\" under [question.lunch-break]"),
        "{out}"
    );
    assert!(lines[2].starts_with("ok: quiz mini"), "{out}");
}

#[test]
fn translations_in_a_roles_folder_are_not_read_as_roles() {
    let quiz = format!("{DIR}/good/quiz.toml");
    let roles = format!("{DIR}/good/roles");
    let content = Content::load(Some(Path::new(&quiz)), Some(Path::new(&roles))).unwrap();
    let ids: Vec<&str> = content.roles.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["boss", "fixer", "helper"]);
}

#[test]
fn load_in_reads_the_quiz_files_sibling_and_the_roles_folders_overlays() {
    let quiz = format!("{DIR}/good/quiz.toml");
    let roles = format!("{DIR}/good/roles");
    let (quiz, roles) = (Some(Path::new(&quiz)), Some(Path::new(&roles)));
    let english = Content::load(quiz, roles).unwrap();
    let spanish = Content::load_in(quiz, roles, "es").unwrap();
    assert_eq!(spanish.quiz.title, "Mini cuestionario de carreras");
    assert_eq!(spanish.quiz.scale[2], "No sé");
    assert_eq!(
        spanish.quiz.questions[2].text,
        "A la hora del almuerzo preferiría..."
    );
    let fixer = spanish.role("fixer").unwrap();
    assert_eq!(fixer.title, "Reparador");
    assert_eq!(
        fixer.facts.duties,
        ["Abrir las cosas.", "Cambiar la pieza rota."]
    );
    assert_eq!(
        fixer.facts.certifications[0].note.as_deref(),
        Some("Una primera certificación.")
    );
    assert_eq!(fixer.facts.occupations[0].source, "BLS, mayo de 2024");
    assert_eq!(fixer.facts.sources[0].title, "Una fuente");
    // Everything that is not a text is the base file's.
    assert_eq!(
        fixer.facts.sources[0].url,
        english.role("fixer").unwrap().facts.sources[0].url
    );
    assert_eq!(
        fixer.facts.occupations[0].pay,
        english.role("fixer").unwrap().facts.occupations[0].pay
    );
    assert_eq!(spanish.quiz.fingerprint(), english.quiz.fingerprint());
    // A language with no overlay, or a code that is not one, is the base.
    assert_eq!(Content::load_in(quiz, roles, "fr").unwrap(), english);
    assert_eq!(
        Content::load_in(quiz, roles, "../roles/fixer").unwrap(),
        english
    );
    // An overlay's missing text falls back to the base text.
    let missing = format!("{DIR}/missing/quiz.toml");
    let partly = Content::load_in(Some(Path::new(&missing)), roles, "es").unwrap();
    let budget = partly.quiz.question_index("plan-budget").unwrap();
    assert_eq!(
        partly.quiz.questions[budget].text,
        "Plan next year's budget"
    );
    assert_eq!(
        partly.quiz.questions[0].text,
        "Arreglar una impresora atascada"
    );
}

#[test]
fn load_in_refuses_an_overlay_with_errors_naming_it() {
    let quiz = format!("{DIR}/bad/quiz.toml");
    let roles = format!("{DIR}/good/roles");
    let roles = Some(Path::new(&roles));
    let error = Content::load_in(Some(Path::new(&quiz)), roles, "es").unwrap_err();
    let shown = error.to_string();
    assert!(
        shown.contains(&format!("{DIR}/bad/quiz.es.toml:22:")),
        "{shown}"
    );
    // The English content of the same files still loads.
    assert!(Content::load_in(Some(Path::new(&quiz)), roles, "en").is_ok());
}

#[test]
fn a_role_or_quiz_with_no_overlay_in_a_language_others_have_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let roles = dir.path().join("roles");
    std::fs::create_dir(&roles).unwrap();
    let good = Path::new(DIR).join("good");
    // The quiz has no Spanish overlay here; helper has none, and its
    // file is not named for its id.
    std::fs::copy(good.join("quiz.toml"), dir.path().join("quiz.toml")).unwrap();
    for file in ["boss.toml", "boss.es.toml", "fixer.toml", "fixer.es.toml"] {
        std::fs::copy(good.join("roles").join(file), roles.join(file)).unwrap();
    }
    std::fs::copy(
        good.join("roles/helper.toml"),
        roles.join("the-helper.toml"),
    )
    .unwrap();
    let quiz = dir.path().join("quiz.toml").display().to_string();
    let roles_arg = roles.display().to_string();
    let out = ok(&["check", "--quiz", &quiz, "--roles", &roles_arg]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert_eq!(
        lines[0],
        format!(
            "{quiz}: warning: the quiz has no translation (es), so it is shown in English: add \
             quiz.es.toml beside it"
        )
    );
    assert_eq!(
        lines[1],
        format!(
            "{}: warning: role `helper` has no translation (es), so it is shown in English: add \
             helper.es.toml beside the role files",
            roles.join("the-helper.toml").display()
        )
    );
    assert!(lines[2].starts_with("ok: quiz mini"), "{out}");
}
