//! What a Spanish-speaking counselor reads about a content file: `careerfit
//! check` through the real binary, with `--lang es` or LANG=es_US.UTF-8,
//! says each problem in Spanish with its file:line:column and exits
//! non-zero (an unknown key, an id used twice, bad TOML, an overlay's
//! unknown id, empty text or missing role); its warnings and its one-line
//! summary are Spanish too. Without either, the same runs read in English.
//! And the library side: every problem the invalid fixtures can produce is
//! a catalogued message that has Spanish words of its own.

mod common;

use std::path::Path;

use careerfit::content::{Content, Problem, Quiz, overlay};
use careerfit::lang::{Lang, Words};
use common::cmd::{Home, Run};

const QUIZ: &str = "tests/fixtures/invalid/quiz";
const OVERLAYS: &str = "tests/fixtures/overlays";

/// How a counselor asks for Spanish: the flag, or the locale.
#[derive(Debug, Clone, Copy)]
enum Asked {
    Flag,
    Locale,
    Nothing,
}

/// `careerfit check ARGS`, asked for Spanish as `asked` says.
fn check(asked: Asked, args: &[&str]) -> Run {
    let home = Home::new();
    let mut all = Vec::new();
    if let Asked::Flag = asked {
        all.extend(["--lang", "es"]);
    }
    all.push("check");
    all.extend(args);
    let mut command = home.command(&all);
    if let Asked::Locale = asked {
        command.env("LANG", "es_US.UTF-8");
    }
    Run::of(&mut command)
}

/// A run that failed with nothing on stdout; its stderr.
fn refused(asked: Asked, args: &[&str]) -> String {
    let run = check(asked, args);
    assert!(
        matches!(run.code, Some(code) if code != 0),
        "check {args:?} ({asked:?}) should fail:\n{}",
        run.all()
    );
    assert!(run.stdout.is_empty(), "{}", run.all());
    run.stderr
}

/// The error line at `place` (`file:line:column`) holds every needle.
fn error_at(stderr: &str, place: &str, needles: &[&str]) {
    let start = format!("error: {place}: ");
    let Some(line) = stderr.lines().find(|l| l.starts_with(&start)) else {
        panic!("no error at {place} in:\n{stderr}");
    };
    for needle in needles {
        assert!(line.contains(needle), "{needle:?} is not in:\n{line}");
    }
}

#[test]
fn an_unknown_key_is_said_in_spanish_with_its_line() {
    let quiz = format!("{QUIZ}/unknown-key-top.toml");
    let place = format!("{quiz}:4:1");
    for asked in [Asked::Flag, Asked::Locale] {
        let err = refused(asked, &["--quiz", &quiz]);
        error_at(
            &err,
            &place,
            &[
                "no se reconoce la clave `colour`",
                "revise cómo está escrita",
            ],
        );
    }
    let err = refused(Asked::Nothing, &["--quiz", &quiz]);
    error_at(
        &err,
        &place,
        &["unknown key `colour`: check its spelling, or remove it"],
    );
}

#[test]
fn an_id_used_twice_is_said_in_spanish_with_its_line() {
    let quiz = format!("{QUIZ}/duplicate-question.toml");
    let place = format!("{quiz}:20:6");
    for asked in [Asked::Flag, Asked::Locale] {
        let err = refused(asked, &["--quiz", &quiz]);
        error_at(
            &err,
            &place,
            &[
                "la pregunta `fix-printer` aparece dos veces",
                "dele a cada pregunta su propio id",
            ],
        );
    }
    let err = refused(Asked::Nothing, &["--quiz", &quiz]);
    error_at(
        &err,
        &place,
        &["question `fix-printer` is used twice: give each question its own id"],
    );
}

#[test]
fn bad_toml_is_said_in_spanish_with_its_line() {
    // A value without quotes: careerfit's own words for it.
    let home = Home::new();
    let quiz = home.write("quiz.toml", "id = \"mini\"\ntitle = Mini quiz\n");
    let place = format!("{quiz}:2:9");
    for asked in [Asked::Flag, Asked::Locale] {
        let err = refused(asked, &["--quiz", &quiz]);
        error_at(
            &err,
            &place,
            &[
                "falta un valor, o es un texto sin comillas",
                "entre comillas",
            ],
        );
    }
    let err = refused(Asked::Nothing, &["--quiz", &quiz]);
    error_at(
        &err,
        &place,
        &["a value is missing or is text without quotes"],
    );

    // Any other mistake the parser finds: said to be one in Spanish, the
    // parser's own (English) words kept inside.
    let quiz = format!("{QUIZ}/syntax-error.toml");
    let place = format!("{quiz}:22:39");
    let err = refused(Asked::Flag, &["--quiz", &quiz]);
    error_at(
        &err,
        &place,
        &["no sigue las reglas de TOML", "invalid basic string"],
    );
    let err = refused(Asked::Nothing, &["--quiz", &quiz]);
    error_at(&err, &place, &["invalid basic string, expected `\"`"]);
    assert!(!err.contains("TOML"), "{err}");
}

#[test]
fn a_value_of_the_wrong_kind_is_said_in_spanish() {
    let quiz = format!("{QUIZ}/wrong-type.toml");
    let place = format!("{quiz}:22:8");
    let err = refused(Asked::Locale, &["--quiz", &quiz]);
    error_at(
        &err,
        &place,
        &[
            "`text` en question `help-caller`",
            "un número entero (`5`)",
            "un texto entre comillas",
        ],
    );
    let err = refused(Asked::Nothing, &["--quiz", &quiz]);
    error_at(
        &err,
        &place,
        &[
            "`text` in question `help-caller`: wrong kind of value: integer `5`, expected text in quotes",
        ],
    );
}

#[test]
fn an_overlays_unknown_id_and_empty_text_are_said_in_spanish() {
    let quiz = format!("{OVERLAYS}/bad/quiz.toml");
    let roles = format!("{OVERLAYS}/good/roles");
    let overlay = format!("{OVERLAYS}/bad/quiz.es.toml");
    for asked in [Asked::Flag, Asked::Locale] {
        let err = refused(asked, &["--quiz", &quiz, "--roles", &roles]);
        error_at(
            &err,
            &format!("{overlay}:33:1"),
            &[
                "la pregunta `fix-printr` no está en el archivo base",
                "revise cómo está escrito el id",
            ],
        );
        error_at(
            &err,
            &format!("{overlay}:28:19"),
            &[
                "`nothing` no es una opción de la pregunta `lunch-break`",
                "solder, gossip, none",
            ],
        );
        error_at(
            &err,
            &format!("{overlay}:31:8"),
            &[
                "el `text` de la pregunta `run-meeting`",
                "aquí no hay texto",
            ],
        );
        error_at(
            &err,
            &format!("{overlay}:22:11"),
            &[
                "`weights` guarda los pesos de una pregunta",
                "quite esta línea",
            ],
        );
    }
    let err = refused(Asked::Nothing, &["--quiz", &quiz, "--roles", &roles]);
    error_at(
        &err,
        &format!("{overlay}:33:1"),
        &["question `fix-printr` is not in the base file"],
    );
    error_at(
        &err,
        &format!("{overlay}:31:8"),
        &["the `text` of question `run-meeting` is empty here"],
    );
}

#[test]
fn an_overlay_for_no_role_is_said_in_spanish() {
    let quiz = format!("{OVERLAYS}/good/quiz.toml");
    let roles = format!("{OVERLAYS}/bad-roles");
    let err = refused(Asked::Flag, &["--quiz", &quiz, "--roles", &roles]);
    let nobody = format!("error: {roles}/nobody.es.toml: ");
    let line = err.lines().find(|l| l.starts_with(&nobody));
    let line = line.unwrap_or_else(|| panic!("no error for nobody.es.toml in:\n{err}"));
    assert!(
        line.contains("ningún puesto tiene ese id (puestos: boss, fixer, helper)"),
        "{line}"
    );
    error_at(
        &err,
        &format!("{roles}/fixer.es.toml:4:10"),
        &["`duties`: aquí tiene 3 elementos", "tiene 2"],
    );
}

#[test]
fn a_missing_translation_is_a_spanish_warning_and_the_summary_is_spanish() {
    let quiz = format!("{OVERLAYS}/missing/quiz.toml");
    let roles = format!("{OVERLAYS}/good/roles");
    for asked in [Asked::Flag, Asked::Locale] {
        let run = check(asked, &["--quiz", &quiz, "--roles", &roles]);
        assert_eq!(run.code, Some(0), "{}", run.all());
        assert!(run.stderr.is_empty(), "{}", run.all());
        let out = &run.stdout;
        assert!(
            out.contains(&format!(
                "{OVERLAYS}/missing/quiz.es.toml: aviso: falta traducir el `text` de la \
                 pregunta `plan-budget` (es): agregue text = \"...\" debajo de \
                 [question.plan-budget]"
            )),
            "{out}"
        );
        assert!(
            out.contains(&format!("({OVERLAYS}/missing/quiz.toml:45)")),
            "{out}"
        );
        assert!(
            out.ends_with(
                "ok: el cuestionario mini (5 preguntas, 3 dimensiones) y 3 puestos \
                 (boss, fixer, helper) son válidos\n"
            ),
            "{out}"
        );
    }
    let run = check(Asked::Nothing, &["--quiz", &quiz, "--roles", &roles]);
    assert!(
        run.stdout
            .contains("warning: the `text` of question `plan-budget` is not translated yet (es)"),
        "{}",
        run.all()
    );
    assert!(
        run.stdout
            .ends_with("ok: quiz mini (5 questions, 3 dimensions) and 3 roles (boss, fixer, helper) are valid\n"),
        "{}",
        run.all()
    );
}

#[test]
fn the_shipped_contents_summary_is_spanish() {
    let run = check(Asked::Locale, &[]);
    assert_eq!(
        run.stdout,
        "ok: el cuestionario it-career (32 preguntas, 4 dimensiones) y 4 puestos (manager, \
         specialist, support-specialist, technician) son válidos\n",
        "{}",
        run.all()
    );
}

#[test]
fn a_file_that_cannot_be_read_is_said_in_spanish() {
    let err = refused(Asked::Flag, &["--quiz", "nowhere.toml"]);
    assert!(
        err.contains(
            "error: nowhere.toml: no se puede leer este archivo: no existe; revise la ruta"
        ),
        "{err}"
    );
    let err = refused(Asked::Flag, &["--roles", "nowhere"]);
    assert!(
        err.contains("error: nowhere: no se puede leer la carpeta de puestos"),
        "{err}"
    );
}

/// Every `.toml` file directly in `dir`, sorted.
fn tomls(dir: &str) -> Vec<std::path::PathBuf> {
    let mut found: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    found.sort();
    found
}

/// Every problem the invalid fixtures (quizzes, role folders, answers,
/// overlays) give.
fn every_fixture_problem() -> Vec<Problem> {
    let mut problems = Vec::new();
    for path in tomls(QUIZ) {
        let text = std::fs::read_to_string(&path).unwrap();
        let name = path.display().to_string();
        problems.extend(Quiz::from_toml(&name, &text).unwrap_err());
    }
    for entry in std::fs::read_dir("tests/fixtures/invalid/roles").unwrap() {
        let dir = entry.unwrap().path();
        let error = Content::load(None, Some(&dir)).unwrap_err();
        problems.extend(error.problems);
    }
    let built_in = Content::built_in().unwrap();
    for path in tomls("tests/fixtures/invalid/answers") {
        if let Err(error) = built_in.read_answers(&path) {
            problems.extend(error.problems);
        }
    }
    // The built-in roles against a quiz of other dimensions: every
    // profile problem.
    let small = Content::load(Some(Path::new("tests/fixtures/valid/quiz.toml")), None);
    problems.extend(small.unwrap_err().problems);
    for (quiz, roles) in [
        ("bad/quiz.toml", "good/roles"),
        ("good/quiz.toml", "bad-roles"),
        ("missing/quiz.toml", "good/roles"),
    ] {
        let quiz = Path::new(OVERLAYS).join(quiz);
        let roles = Path::new(OVERLAYS).join(roles);
        let content = Content::load(Some(&quiz), Some(&roles)).unwrap();
        let found = overlay::check(&content, Some(&quiz), Some(&roles));
        problems.extend(found.errors);
        problems.extend(found.warnings);
    }
    for folder in ["tests/fixtures/valid/roles-v1"] {
        let content = Content::load(None, Some(Path::new(folder))).unwrap();
        for role in content.roles {
            problems.extend(role.facts.older_form);
        }
    }
    for missing in [
        "nowhere.toml",
        "tests/fixtures",
        "tests/fixtures/csv/all-good.csv",
    ] {
        if let Err(error) = built_in.read_answers(Path::new(missing)) {
            problems.extend(error.problems);
        }
    }
    problems
}

#[test]
fn every_fixture_problem_has_spanish_words_of_its_own() {
    let spanish = Words::new(Lang::find("es").unwrap());
    let problems = every_fixture_problem();
    assert!(problems.len() > 60, "only {} problems", problems.len());
    let english_words = [
        " the ", " is ", "add ", " has ", " must ", "remove ", " not ",
    ];
    for problem in &problems {
        assert_ne!(
            problem.message.id(),
            "",
            "an untranslated message: {problem}"
        );
        let english = problem.message.to_string();
        let said = problem.message.say(&spanish);
        assert_ne!(said, english, "{problem}");
        // The TOML parser's own words are kept, in English, inside a
        // Spanish sentence that says whose words they are.
        let own = match said.split_once("(el lector de TOML lo dice en inglés: ") {
            Some((before, _)) => before.to_string(),
            None => said.clone(),
        };
        let padded = format!(" {own} ");
        for word in english_words {
            assert!(!padded.contains(word), "{word:?} in {said:?} ({problem})");
        }
    }
}
