//! The command line's own words in Spanish, through the real binary: a
//! Spanish speaker who types `--lang es`, or whose locale is Spanish
//! (LANG=es_US.UTF-8), reads careerfit's failures and notices in Spanish,
//! with the same exit status; with neither they stay English, word for
//! word. Clap's own usage errors stay English (`--help` is in
//! tests/help_spanish.rs).

mod common;

use std::time::Duration;

use common::cmd::{Home, Run};
use common::pty::Pty;

/// `careerfit ARGS` as a Spanish speaker runs it, each with a home of its
/// own: with `--lang es`, and with no flag in a Spanish locale.
fn spanish(args: &[&str]) -> [Run; 2] {
    let flagged: Vec<&str> = ["--lang", "es"].iter().chain(args).copied().collect();
    let by_flag = Home::new().run(&flagged);
    let home = Home::new();
    let by_locale = Run::of(home.command(args).env("LANG", "es_US.UTF-8"));
    [by_flag, by_locale]
}

/// `careerfit ARGS` with no flag and no locale: English.
fn english(args: &[&str]) -> Run {
    Home::new().run(args)
}

/// Checks that `args` fails with `code`, nothing on stdout, and exactly
/// `es` on stderr in Spanish and `en` without.
fn refused_in_both(args: &[&str], code: i32, es: &str, en: &str) {
    for run in spanish(args) {
        assert_eq!(run.code, Some(code), "{args:?} in Spanish: {}", run.all());
        assert_eq!(run.stderr, es, "{args:?} in Spanish");
        assert!(run.stdout.is_empty(), "{}", run.all());
    }
    let run = english(args);
    assert_eq!(run.code, Some(code), "{args:?} in English: {}", run.all());
    assert_eq!(run.stderr, en, "{args:?} in English");
    assert!(run.stdout.is_empty(), "{}", run.all());
}

#[test]
fn a_role_that_is_not_there_is_said_in_spanish_with_the_roles_to_choose() {
    refused_in_both(
        &["roles", "nosuch"],
        1,
        "error: no hay ningún puesto `nosuch`; los puestos son: \
         manager, specialist, support-specialist, technician\n",
        "error: there is no role `nosuch`; the roles are: \
         manager, specialist, support-specialist, technician\n",
    );
}

#[test]
fn score_with_no_answers_file_to_read_sums_up_in_spanish() {
    let missing = "tests/fixtures/no-such-answers.toml";
    for run in spanish(&["score", "--answers", missing]) {
        assert_eq!(run.code, Some(1), "{}", run.all());
        assert!(run.stdout.is_empty(), "{}", run.all());
        assert!(run.stderr.starts_with("error: "), "{}", run.all());
        assert!(run.stderr.contains(missing), "{}", run.all());
        assert!(
            run.stderr
                .ends_with("careerfit: se encontró 1 problema; corríjalo e intente otra vez\n"),
            "{}",
            run.all()
        );
    }
    let run = english(&["score", "--answers", missing]);
    assert_eq!(run.code, Some(1), "{}", run.all());
    assert!(
        run.stderr
            .ends_with("careerfit: found 1 problem; fix it and try again\n"),
        "{}",
        run.all()
    );

    // No file at all is clap's usage error: its words, its status.
    for run in spanish(&["score"]) {
        assert_eq!(run.code, Some(2), "{}", run.all());
        assert!(run.stderr.contains("--answers"), "{}", run.all());
    }
}

#[test]
fn the_workshop_kiosk_refuses_no_save_and_a_bad_pin_in_spanish() {
    refused_in_both(
        &["workshop", "--no-save"],
        1,
        "error: el quiosco del taller guarda el resultado de cada participante; \
         ejecútelo sin --no-save\n",
        "error: the workshop kiosk saves each participant's result; run it without --no-save\n",
    );
    refused_in_both(
        &["workshop", "--pin", " "],
        1,
        "error: --pin está vacío: indique el PIN que el facilitador escribirá para terminar \
         el taller (de 1 a 40 caracteres), o quite --pin\n",
        "error: --pin is empty: give the PIN the facilitator will type to end the kiosk \
         (1 to 40 characters), or leave --pin out\n",
    );
}

#[test]
fn serve_refuses_its_options_in_spanish_before_it_starts() {
    refused_in_both(
        &["serve", "--max-per-address", "0"],
        1,
        "error: --max-per-address debe ser 1 o más\n",
        "error: --max-per-address must be at least 1\n",
    );
    refused_in_both(
        &["serve", "--code", "two words"],
        1,
        "error: --code: use de 1 a 32 letras, números, - _ o . \
         (los participantes lo escriben como su nombre de usuario de ssh)\n",
        "error: --code: use 1 to 32 letters, digits, - _ or . \
         (participants type it as their ssh user name)\n",
    );
}

#[test]
fn a_language_careerfit_does_not_have_lists_the_ones_it_has() {
    // The flag that would choose the language is the wrong one: the
    // locale says which language to say so in. Clap's words around it
    // stay English, and so does its exit status (2, a usage error).
    let home = Home::new();
    let run = Run::of(
        home.command(&["--lang", "fr", "roles"])
            .env("LANG", "es_US.UTF-8"),
    );
    assert_eq!(run.code, Some(2), "{}", run.all());
    assert!(
        run.stderr.contains(
            "careerfit no tiene el idioma `fr`; use uno de estos: en (English), es (español)"
        ),
        "{}",
        run.all()
    );
    let run = english(&["--lang", "fr", "roles"]);
    assert_eq!(run.code, Some(2), "{}", run.all());
    assert!(
        run.stderr
            .contains("careerfit has no `fr` language; use one of: en (English), es (español)"),
        "{}",
        run.all()
    );
}

#[test]
fn a_full_disk_is_said_in_spanish() {
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full")
    };
    let home = Home::new();
    for args in [
        &["--lang", "es", "roles"][..],
        &["--lang", "es", "questions"],
    ] {
        let output = home
            .command(args)
            .stdout(full())
            .output()
            .expect("the binary runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {stderr}");
        // The operating system's own words stay as it gives them.
        assert_eq!(
            stderr, "error: no se pudo escribir la salida: No space left on device\n",
            "{args:?}"
        );
    }
    let output = home
        .command(&["roles"])
        .env("LANG", "es_US.UTF-8")
        .stdout(full())
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with("error: no se pudo escribir la salida: "),
        "{stderr}"
    );
}

#[test]
fn a_report_that_cannot_read_a_file_says_nothing_was_exported_in_spanish() {
    let args = [
        "report",
        "tests/fixtures/no-such-results.jsonl",
        "--format",
        "csv",
    ];
    for run in spanish(&args) {
        assert_eq!(run.code, Some(1), "{}", run.all());
        assert!(run.stdout.is_empty(), "{}", run.all());
        assert!(
            run.stderr.ends_with(
                "error: no se exportó nada, para no dejar fuera sin aviso los resultados de \
                 ningún archivo: corrija la ruta, o quite ese archivo del comando\n"
            ),
            "{}",
            run.all()
        );
    }
    let run = english(&args);
    assert!(
        run.stderr.ends_with(
            "error: nothing was exported, so that no file's results are silently left out: \
             fix the path, or leave that file off the command line\n"
        ),
        "{}",
        run.all()
    );
}

#[test]
fn questions_tells_how_to_write_an_answers_file_in_spanish() {
    for run in spanish(&["questions"]) {
        assert_eq!(run.code, Some(0), "{}", run.all());
        let words = run.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            words.starts_with("Las 32 preguntas del cuestionario it-career"),
            "{words}"
        );
        assert!(
            words.contains("1. replace-laptop-drive (likert: del 1 al 5)"),
            "{words}"
        );
        assert!(
            words.contains("Un archivo de respuestas se ve así"),
            "{words}"
        );
        // What is typed stays as it is typed.
        assert!(
            words.contains("quiz = \"it-career\" [answers] replace-laptop-drive = 4"),
            "{words}"
        );
    }
}

#[test]
fn ctrl_c_in_the_spanish_quiz_says_it_stopped_in_spanish() {
    let home = tempfile::tempdir().expect("a home");
    let mut pty = Pty::start_with(home.path(), &[], &[("LANG", "es_US.UTF-8")]);
    pty.wait_for("Presione Enter para empezar", Duration::from_secs(5));
    pty.send(&[0x03]);
    pty.exits_with(130);
    let said = pty.main_screen_with_scrollback();
    assert!(said.contains("careerfit: se detuvo (Ctrl-C)"), "{said}");
}
