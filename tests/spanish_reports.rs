//! What a Spanish reader takes home and looks up: the Markdown and HTML
//! reports (`<html lang="es">`, the charts' labels and aria texts, the Mi
//! Próximo Paso link first), `roles` and `history` text, and a role's
//! screen at 80x24, all in Spanish with no English heading left, dates the
//! Spanish way ("mayo de 2024"). English stays as it was.

mod common;

use careerfit::content::{Content, mi_proximo_paso_url, my_next_move_url};
use careerfit::lang::{Lang, Words};
use careerfit::store::history;
use careerfit::tui::app::{App, Screen};
use careerfit::tui::theme::Theme;
use crossterm::event::KeyCode;

use common::app::{HANDS_ON, press, typed};
use common::cmd::{Home, ok, store_of};
use common::saved::result;
use common::screen::SMALL;

const ANSWERS: &str = "tests/fixtures/valid/it-career-answers.toml";

/// English words that must not be left in a Spanish report.
const ENGLISH: [&str; 24] = [
    "How each role fits you",
    "Your interests",
    "Next steps",
    "Your best fit",
    "You answered",
    "This report is for exploring",
    "Made with careerfit",
    "Source:",
    "Note:",
    "| Rank |",
    "Fit (out of 100)",
    "Score (0 to 100)",
    "Where you would work",
    "What you would do",
    "Skills you would use",
    "How people get in",
    "Job outlook",
    "Ways in, shortest first",
    "First jobs",
    " a year",
    "May 2024",
    "jobs shrink",
    "A certification to work toward",
    "IT Technician:",
];

fn spanish() -> Lang {
    Lang::find("es").expect("Spanish ships")
}

fn assert_no_english(what: &str, text: &str) {
    for english in ENGLISH {
        assert!(
            !text.contains(english),
            "{what}: {english:?} left in:\n{text}"
        );
    }
}

#[test]
fn the_markdown_report_in_spanish() {
    let report = ok(&[
        "--lang",
        "es",
        "score",
        "--answers",
        ANSWERS,
        "--format",
        "markdown",
    ]);
    for spanish in [
        "## Qué tan compatible es cada puesto con usted",
        "## Sus intereses",
        "| Lugar | Puesto | Compatibilidad (de 100) |",
        "## Su mejor opción: Técnico de TI",
        "### Cómo se entra",
        "### Sueldo",
        "al año",
        "mayo de 2024",
        "Fuente: ",
        "## Próximos pasos",
        "Hecho con careerfit.",
    ] {
        assert!(report.contains(spanish), "{spanish:?} missing:\n{report}");
    }
    assert_no_english("markdown", &report);
    // The occupation's page in Spanish comes first.
    let line = report
        .lines()
        .find(|l| l.contains("15-1232.00") && l.contains("miproximopaso"))
        .expect("the occupation's links");
    let spanish_at = line.find(&mi_proximo_paso_url("15-1232.00")).unwrap();
    let english_at = line.find(&my_next_move_url("15-1232.00")).unwrap();
    assert!(spanish_at < english_at, "{line}");

    // English is unchanged.
    let english = ok(&["score", "--answers", ANSWERS, "--format", "markdown"]);
    assert!(english.contains("## How each role fits you"), "{english}");
    assert!(english.contains("a year, May 2024"), "{english}");
}

#[test]
fn the_html_report_in_spanish() {
    let report = ok(&[
        "--lang",
        "es",
        "score",
        "--answers",
        ANSWERS,
        "--format",
        "html",
    ]);
    assert!(report.contains(r#"<html lang="es">"#), "{report}");
    assert!(!report.contains(r#"lang="en""#), "{report}");
    assert!(
        report.contains(
            "<title>¿Qué trabajo de TI (informática) va con usted?: su informe de careerfit</title>"
        ),
        "{report}"
    );
    // The charts name themselves in Spanish for screen readers.
    assert!(
        report.contains(
            r#"aria-label="Qué tan compatible es cada puesto con usted: Técnico de TI 90.9"#
        ),
        "{report}"
    );
    assert!(
        report.contains(r#"aria-label="Sus intereses: Equipos y piezas (hardware) 96.9"#),
        "{report}"
    );
    assert!(report.contains("<strong>Fuente:</strong>"), "{report}");
    assert_no_english("html", &report);
    assert!(!report.contains("your careerfit report"), "{report}");

    let english = ok(&["score", "--answers", ANSWERS, "--format", "html"]);
    assert!(english.contains(r#"<html lang="en">"#), "{english}");
}

#[test]
fn a_dimension_not_measured_is_said_in_spanish_in_the_chart() {
    // Only the first question answered: some interests are not measured.
    let home = Home::new();
    let answers = home.write(
        "answers.toml",
        "quiz = \"it-career\"\n[answers]\nreplace-laptop-drive = 5\n",
    );
    let report = home
        .run(&[
            "--lang",
            "es",
            "score",
            "--answers",
            &answers,
            "--format",
            "html",
        ])
        .succeeded(&["score"]);
    assert!(report.contains(">sin medir</text>"), "{report}");
    assert!(report.contains("sin medir"), "{report}");
    assert!(!report.contains("not measured"), "{report}");
}

#[test]
fn roles_text_in_spanish() {
    let list = ok(&["--lang", "es", "roles"]);
    assert!(list.contains("Técnico de TI"), "{list}");
    assert!(
        list.contains("Vea uno completo con: careerfit roles <id>"),
        "{list}"
    );
    assert!(!list.contains("Show one in full"), "{list}");

    let one = ok(&["--lang", "es", "roles", "technician"]);
    for spanish in [
        "Técnico de TI (technician)",
        "Dónde trabajaría",
        "Sueldo",
        "al año",
        "mayo de 2024",
        "Fuente: ",
        "Camino de carrera",
        ", luego ",
    ] {
        assert!(one.contains(spanish), "{spanish:?} missing:\n{one}");
    }
    assert_no_english("roles technician", &one);

    let markdown = ok(&[
        "--lang",
        "es",
        "roles",
        "technician",
        "--format",
        "markdown",
    ]);
    assert!(markdown.starts_with("# Técnico de TI\n"), "{markdown}");
    assert_no_english("roles --format markdown", &markdown);

    // JSON keeps the base file's words in every language.
    let json_es = ok(&["--lang", "es", "roles", "--format", "json"]);
    let json_en = ok(&["--lang", "en", "roles", "--format", "json"]);
    assert_eq!(json_es, json_en);
}

#[test]
fn history_in_spanish_rewords_a_result_taken_in_english() {
    let home = Home::new();
    history::save(&store_of(home.path()), &result(HANDS_ON), None)
        .expect("saved")
        .expect("a file");

    let list = home
        .run(&["--lang", "es", "history"])
        .succeeded(&["history"]);
    assert!(list.contains("Sus resultados guardados"), "{list}");
    assert!(list.contains("Técnico de TI"), "{list}");
    assert!(list.contains("respondidas"), "{list}");
    assert!(!list.contains("IT Technician"), "{list}");
    assert!(!list.contains("answered"), "{list}");

    let one = home
        .run(&["--lang", "es", "history", "1"])
        .succeeded(&["history", "1"]);
    assert!(one.starts_with("Hecho el "), "{one}");
    assert!(one.contains("Su mejor opción: Técnico de TI"), "{one}");
    // The person's own answers, in Spanish words.
    assert!(one.contains("Me gusta mucho"), "{one}");
    assert!(!one.contains("IT Technician"), "{one}");
    assert!(!one.contains("Strongly like"), "{one}");

    // English as before.
    let english = home.run(&["history"]).succeeded(&["history"]);
    assert!(
        english.contains("Your saved results, newest first:"),
        "{english}"
    );
    assert!(english.contains("IT Technician"), "{english}");
}

/// The Spanish app, with the Spanish content, on the results of HANDS_ON.
fn spanish_results() -> App {
    let content = Content::load_in(None, None, "es").expect("the Spanish content");
    let mut app = App::new(content, Theme::mono()).speaking(Words::new(spanish()));
    press(&mut app, KeyCode::Enter);
    typed(&mut app, HANDS_ON);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Results);
    app
}

#[test]
fn the_role_screen_in_spanish() {
    let mut app = spanish_results();
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Role);
    let overview = snap_at!(&app, "role_overview", SMALL);
    assert!(overview.contains("Técnico de TI"), "{overview}");
    // Pay: the Spanish way, every long word whole on its line.
    press(&mut app, KeyCode::Char('6'));
    let pay = snap_at!(&app, "role_pay", SMALL);
    for spanish in ["Sueldo", "al año", "mayo de", "Fuente:"] {
        assert!(pay.contains(spanish), "{spanish:?} missing:\n{pay}");
    }
    for english in ["a year", "May 2024", "Source:", "jobs shrink"] {
        assert!(!pay.contains(english), "{english:?} left in:\n{pay}");
    }
    // Long Spanish words wrap whole, never cut at the edge.
    for (shown, word) in [(&overview, "computadoras"), (&pay, "computadoras")] {
        for line in shown.lines().filter(|l| l.contains("computad")) {
            assert!(line.contains(word), "{word:?} cut in {line:?}:\n{shown}");
        }
    }
}
