//! The workshop side in Spanish (issue 13): the kiosk with `--lang es` or
//! LANG=es_US.UTF-8 (the plain kiosk through pipes, the full-screen
//! kiosk's PIN and saving notices), records that say the language the
//! participant used (`lang`), and a group report over a results file
//! holding English and Spanish records: one summary, the same counts.

mod common;

use std::time::Duration;

use careerfit::lang::{Lang, Words};
use careerfit::saving::Recorded;
use careerfit::tui::kiosk::PinTry;
use careerfit::workshop::record;

use common::cmd::Home;
use common::plain::*;
use common::saved::content;

fn spanish() -> Words {
    Words::new(Lang::find("es").unwrap())
}

/// One participant through the plain kiosk (Enter, the answers, n), then
/// the facilitator ends it (q, y).
fn one_participant() -> String {
    let answers = lines(&hands_on_answers(&content()));
    format!("\n{answers}r\nn\nq\ny\n")
}

/// The `lang` of each record in the results file, in order.
fn langs(path: &std::path::Path) -> Vec<Option<String>> {
    let read = record::read(path).unwrap();
    read.records.iter().map(|r| r.lang.clone()).collect()
}

#[test]
fn the_plain_kiosk_in_spanish_records_lang_es() {
    let home = Home::new();
    let results = home.path().join("results.jsonl");
    let args = [
        "workshop",
        "--plain",
        "--lang",
        "es",
        "--session",
        "Taller A",
        "--results",
        results.to_str().unwrap(),
    ];
    let run = fed(&home, &args, &one_participant());
    assert_eq!(run.code, Some(0), "{}", run.all());
    let out = &run.stdout;
    let mut at = find_after(out, "Quiosco del taller: Taller A.", 0);
    at = find_after(
        out,
        "Siguiente persona: presione Enter para empezar el cuestionario.",
        at,
    );
    at = find_after(out, "Pregunta 1 de 32", at);
    at = find_after(out, "Su mejor opción: Técnico de TI", at);
    at = find_after(out, "Escriba n cuando termine", at);
    at = find_after(out, "Guardado. Guardados hasta ahora: 1 participante.", at);
    at = find_after(out, "========== Siguiente persona ==========", at);
    at = find_after(
        out,
        "¿Terminar el taller? Guardados hasta ahora: 1 participante.",
        at,
    );
    find_after(out, "Taller terminado. Guardados en", at);
    assert!(
        out.contains("Muéstrele los resultados al grupo con: careerfit report"),
        "{out}"
    );
    for english in [
        "Workshop kiosk",
        "Next person",
        "Type n",
        "recorded so far",
        "Workshop ended",
    ] {
        assert!(
            !out.contains(english),
            "{english:?} left in English:\n{out}"
        );
    }
    assert_eq!(langs(&results), [Some("es".to_string())]);
}

#[test]
fn the_kiosk_follows_lang_and_english_records_say_en() {
    let home = Home::new();
    let results = home.path().join("results.jsonl");
    let path = results.to_str().unwrap();
    let args = ["workshop", "--plain", "--results", path];
    let mut command_ = command(&home, &args);
    command_.env("LANG", "es_US.UTF-8");
    let run = run_command(command_, &one_participant());
    assert!(run.stdout.contains("Quiosco del taller"), "{}", run.all());
    let mut command_ = command(&home, &args);
    command_.env("LANG", "en_US.UTF-8");
    let run = run_command(command_, &one_participant());
    assert!(run.stdout.contains("Workshop kiosk:"), "{}", run.all());
    assert!(
        run.stdout
            .contains("Workshop ended: 1 participant recorded"),
        "{}",
        run.all()
    );
    assert_eq!(
        langs(&results),
        [Some("es".to_string()), Some("en".to_string())]
    );
    // The line itself carries it, for scripts.
    let text = std::fs::read_to_string(&results).unwrap();
    assert_eq!(text.matches("\"lang\":\"es\"").count(), 1, "{text}");
    assert_eq!(text.matches("\"lang\":\"en\"").count(), 1, "{text}");
}

#[test]
fn a_spanish_record_in_a_mixed_group_report_is_one_summary() {
    let home = Home::new();
    let mixed = home.path().join("mixed.jsonl");
    let english = home.path().join("english.jsonl");
    for (lang, file) in [
        ("es", &mixed),
        ("en", &mixed),
        ("en", &english),
        ("en", &english),
    ] {
        let args = [
            "workshop",
            "--plain",
            "--lang",
            lang,
            "--session",
            "Lab A",
            "--results",
            file.to_str().unwrap(),
        ];
        let run = fed(&home, &args, &one_participant());
        assert_eq!(run.code, Some(0), "{}", run.all());
    }
    let report = |file: &std::path::Path| {
        let run = fed(&home, &["report", file.to_str().unwrap()], "");
        assert_eq!(run.code, Some(0), "{}", run.all());
        run.stdout
    };
    let mixed_report = report(&mixed);
    let english_report = report(&english);
    // The same answers in two languages are the same two participants: the
    // whole report matches the all-English one but for the file's name.
    assert_eq!(
        mixed_report.replace("mixed.jsonl", "F"),
        english_report.replace("english.jsonl", "F"),
    );
    assert!(mixed_report.contains("2 participants"), "{mixed_report}");
    assert!(!mixed_report.contains("version"), "{mixed_report}");
}

#[test]
fn pin_and_saving_notices_in_spanish() {
    let es = spanish();
    assert_eq!(
        PinTry::Wrong(Duration::ZERO).words_in(&es).unwrap(),
        "Ese PIN no es correcto."
    );
    assert_eq!(
        PinTry::Wrong(Duration::from_secs(4)).words_in(&es).unwrap(),
        "Ese PIN no es correcto. Espere 4 segundos antes de intentarlo otra vez."
    );
    assert_eq!(
        PinTry::TooSoon(Duration::from_millis(300))
            .words_in(&es)
            .unwrap(),
        "Demasiado pronto: ese PIN no se revisó. Espere 1 segundo antes de intentarlo otra vez."
    );
    let busy = Recorded::Busy(Duration::from_secs(5))
        .words_in(&es, es.word("kiosk-press"))
        .unwrap();
    assert!(busy.contains("por más de 5 segundos. Presione n"), "{busy}");
    // English stays as it was.
    assert_eq!(
        PinTry::Wrong(Duration::from_secs(1)).words().unwrap(),
        "That PIN is not right. Wait 1 second before trying again."
    );
}

/// The Spanish dashboard of the shared sample session, drawn at `size`.
fn spanish_dashboard(group: careerfit::workshop::group::Group) -> careerfit::dashboard::Dashboard {
    let mut d = common::group::dashboard_for(group, false);
    d.words = spanish();
    d
}

#[test]
fn the_dashboard_in_spanish_at_80x24() {
    use common::group::{screen_text, session, two_files};
    let d = spanish_dashboard(two_files(session()));
    let screen = screen_text(&d, (80, 24));
    insta::assert_snapshot!("dashboard_es_80x24", screen);
    for english in [
        "Group report",
        "Best fit",
        "Participants",
        "quit",
        "Close calls",
    ] {
        assert!(
            !screen.contains(english),
            "{english:?} left in English:\n{screen}"
        );
    }
    let mut help = d.clone();
    help.help = true;
    insta::assert_snapshot!("dashboard_es_help_80x24", screen_text(&help, (80, 24)));
    let empty = spanish_dashboard(careerfit::workshop::group::Group::summarise(Vec::new()));
    let screen = screen_text(&empty, (80, 24));
    assert!(screen.contains("Todavía no hay participantes."), "{screen}");
    assert!(screen.contains("0 participantes"), "{screen}");
    let small = screen_text(&d, (50, 10));
    assert!(
        small.contains("terminal muy pequeña: se necesita 60x20"),
        "{small}"
    );
}

#[test]
fn the_group_report_in_spanish_keeps_csv_and_json_columns_in_english() {
    let home = Home::new();
    let results = home.path().join("results.jsonl");
    let path = results.to_str().unwrap();
    let args = ["workshop", "--plain", "--lang", "es", "--results", path];
    let run = fed(&home, &args, &one_participant());
    assert_eq!(run.code, Some(0), "{}", run.all());
    let report = |extra: &[&str]| {
        let mut args = vec!["report", path];
        args.extend_from_slice(extra);
        let run = fed(&home, &args, "");
        assert_eq!(run.code, Some(0), "{}", run.all());
        run.stdout
    };
    let text = report(&["--lang", "es"]);
    let mut at = find_after(&text, "Informe del grupo: 1 participante", 0);
    at = find_after(&text, "Cuestionario `it-career`: 1 participante", at);
    at = find_after(&text, "Mejor opción", at);
    at = find_after(&text, "Perfil de interés promedio (0 a 100)", at);
    at = find_after(&text, "Muy parejos: 0", at);
    at = find_after(&text, "Participantes (horas en UTC)", at);
    find_after(&text, "Hora", at);
    assert!(text.contains("anónimo"), "{text}");
    let markdown = report(&["--format", "markdown", "--lang", "es"]);
    for want in [
        "# Informe del grupo",
        "**1 participante** de 1 archivo:",
        "## Cuestionario it-career: 1 participante",
        "| Puesto | Participantes | Parte |",
        "### Perfil de interés promedio",
        "Las horas están en UTC.",
        "| Hora | Sesión | Nombre | Mejor opción | Avisos |",
    ] {
        assert!(markdown.contains(want), "{want:?}:\n{markdown}");
    }
    // Scripts read the CSV and JSON: their names stay English.
    let english_csv = {
        let run = fed(
            &home,
            &["report", path, "--format", "csv", "--lang", "en"],
            "",
        );
        run.stdout
    };
    assert_eq!(report(&["--format", "csv", "--lang", "es"]), english_csv);
    let english_json = {
        let run = fed(
            &home,
            &["report", path, "--format", "json", "--lang", "en"],
            "",
        );
        run.stdout
    };
    assert_eq!(report(&["--format", "json", "--lang", "es"]), english_json);
    // And English text is as it was.
    let english = report(&["--lang", "en"]);
    assert!(
        english.starts_with("Group report: 1 participant\n"),
        "{english}"
    );
}

#[test]
fn the_reports_notes_in_spanish() {
    use careerfit::workshop::group::export::{self, InMemory, Sheet};
    use common::group::{files, session, two_files};
    let group = two_files(session());
    let names = files();
    let sheet = Sheet {
        group: &group,
        people: &InMemory,
        files: &names,
        hide_names: false,
        words: spanish(),
    };
    let mut out = Vec::new();
    export::text_to(&sheet, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains("Nota: 1 registro repetido quedó fuera: cada uno se leyó dos veces"),
        "{text}"
    );
    assert!(
        text.contains("Nota: 1 registro es de otra versión del cuestionario `it-career`"),
        "{text}"
    );
    assert!(!text.contains("Note:"), "{text}");
}
