//! Files, history, forget, batch scoring and workshop results files in the
//! reader's language: the real binary with a home of its own, in Spanish
//! (`--lang es`, or LANG=es_US.UTF-8) and in English without either.

mod common;

use common::cmd::{Home, Run, store_of};
use common::saved::{HANDS_ON, result};

use careerfit::store::history;

/// `careerfit ARGS` with `home`, in Spanish by the locale.
fn spanish_locale(home: &Home, args: &[&str]) -> Run {
    Run::of(home.command(args).env("LANG", "es_US.UTF-8"))
}

/// A saved result taken on 2 December 2026 at 14:10 UTC.
fn one_saved_result(home: &Home) {
    let mut saved = result(HANDS_ON);
    saved.taken_at = "2026-12-02T14:10:03Z".to_string();
    history::save(&store_of(home.path()), &saved, None).unwrap();
}

#[test]
fn history_with_nothing_saved_and_a_number_out_of_range() {
    let home = Home::new();
    let none = home.run(&["--lang", "es", "history", "1"]);
    assert_eq!(none.code, Some(1), "{none:?}");
    assert!(
        none.stderr.contains("todavía no hay resultados guardados"),
        "{none:?}"
    );
    let english = home.run(&["history", "1"]);
    assert!(
        english.stderr.contains("there are no saved results yet"),
        "{english:?}"
    );

    one_saved_result(&home);
    let out = spanish_locale(&home, &["history", "9"]);
    assert_eq!(out.code, Some(1), "{out:?}");
    assert!(
        out.stderr
            .contains("no hay un resultado 9; `careerfit history` muestra solo el 1"),
        "{out:?}"
    );
    let english = home.run(&["history", "9"]);
    assert!(
        english
            .stderr
            .contains("there is no result 9; `careerfit history` lists 1 to 1"),
        "{english:?}"
    );
}

#[test]
fn the_history_list_says_when_in_the_readers_language() {
    let home = Home::new();
    one_saved_result(&home);
    let out = home.run(&["--lang", "es", "history"]);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(
        out.stdout.contains("2 de diciembre de 2026, 14:10 UTC"),
        "{out:?}"
    );
    let english = home.run(&["history"]);
    assert!(
        english.stdout.contains("2026-12-02 14:10 UTC"),
        "{english:?}"
    );
    let reopened = spanish_locale(&home, &["history", "1"]);
    assert!(
        reopened
            .stdout
            .contains("Hecho el 2 de diciembre de 2026, 14:10 UTC"),
        "{reopened:?}"
    );
}

#[test]
fn a_damaged_saved_result_is_a_spanish_warning() {
    let home = Home::new();
    one_saved_result(&home);
    home.write(
        "data/careerfit/history/20261203T000000Z-000001-it-career.json",
        "{ not a result",
    );
    let out = spanish_locale(&home, &["history"]);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(
        out.stderr
            .starts_with("aviso: Un resultado guardado no se pudo leer y se saltó"),
        "{out:?}"
    );
}

#[test]
fn forget_without_a_terminal_asks_for_yes_in_spanish() {
    let home = Home::new();
    one_saved_result(&home);
    let out = home.run(&["--lang", "es", "forget"]);
    assert_eq!(out.code, Some(1), "{out:?}");
    assert!(
        out.stderr
            .contains("forget pregunta primero; ejecútelo en una terminal, o agregue --yes"),
        "{out:?}"
    );
    let english = home.run(&["forget"]);
    assert!(
        english
            .stderr
            .contains("forget asks first; run it in a terminal, or add --yes"),
        "{english:?}"
    );
    let removed = spanish_locale(&home, &["forget", "--yes"]);
    assert_eq!(removed.code, Some(0), "{removed:?}");
    assert!(removed.stdout.starts_with("Se borró:\n"), "{removed:?}");
    assert!(
        removed
            .stdout
            .contains("  resultados guardados: 1 archivo en "),
        "{removed:?}"
    );
}

#[test]
fn a_spreadsheet_with_a_bad_row_is_told_in_spanish_with_its_row() {
    let home = Home::new();
    let csv = home.write(
        "class.csv",
        "participant,replace-laptop-drive\nSam,4\nAna,9\n",
    );
    let out = home.run(&["--lang", "es", "score", "--answers-csv", &csv]);
    assert_eq!(out.code, Some(1), "{out:?}");
    assert!(
        out.stderr.contains(
            "fila 3, columna B (replace-laptop-drive): \"9\" no está en la escala; \
             use un número entero del 1 al 5"
        ),
        "{out:?}"
    );
    assert!(
        out.stdout
            .contains("1 fila calificada, 1 fila con problemas"),
        "{out:?}"
    );
    assert!(
        out.stderr
            .contains("tenía problemas (vea arriba) y no se calificó"),
        "{out:?}"
    );
    let english = home.run(&["score", "--answers-csv", &csv]);
    assert_eq!(english.code, Some(1), "{english:?}");
    assert!(
        english.stderr.contains(
            "row 3, column B (replace-laptop-drive): \"9\" is not on the scale; \
             use a whole number from 1 to 5"
        ),
        "{english:?}"
    );
    assert!(
        english.stdout.contains("1 row scored, 1 row with problems"),
        "{english:?}"
    );
}

#[test]
fn a_damaged_line_of_a_results_file_is_a_spanish_warning() {
    let home = Home::new();
    let good = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/results/v1-written-by-0.1.jsonl"),
    )
    .unwrap();
    let lines = good.lines().count();
    let file = home.write("class.jsonl", &format!("{good}this is not a record\n"));
    let bad_line = lines + 1;
    let out = spanish_locale(&home, &["report", &file, "--format", "text"]);
    assert_eq!(out.code, Some(0), "{out:?}");
    assert!(
        out.stderr.contains(&format!(
            "aviso: {file}:{bad_line}: se saltó una línea que no es un registro de careerfit"
        )),
        "{out:?}"
    );
    let english = home.run(&["report", &file, "--format", "text"]);
    assert!(
        english.stderr.contains(&format!(
            "warning: {file}:{bad_line}: skipped a line that is not a careerfit record"
        )),
        "{english:?}"
    );
}
