//! The quiz's screens in Spanish at 80x24 (snapshots in the mono theme,
//! each reached with the keys a person would press): long Spanish words
//! wrap whole, never cut at the edge; the language key on the welcome
//! switches every word at once; no invisible bidi mark reaches the screen.

mod common;

use careerfit::content::Content;
use careerfit::lang::{Lang, Words};
use careerfit::tui::app::{App, Screen};
use careerfit::tui::theme::Theme;
use crossterm::event::KeyCode;

use common::app::{HANDS_ON, press, shown_at, typed};
use common::saved::content;
use common::screen::{SMALL, assert_all, assert_none, shows_words};

fn spanish() -> Words {
    Words::new(Lang::find("es").expect("Spanish ships"))
}

/// The built-in quiz and roles in Spanish (their translations laid over).
fn spanish_content() -> Content {
    Content::load_in(None, None, "es").expect("the Spanish content loads")
}

/// The built-in quiz on its welcome screen in Spanish, its language key on.
fn app() -> App {
    App::new(spanish_content(), Theme::mono()).speaking(spanish())
}

/// The Spanish app on its first question.
fn started() -> App {
    let mut app = app();
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Question(0));
    app
}

/// The Spanish app on the results of `digits`.
fn results_for(digits: &str) -> App {
    let mut app = started();
    typed(&mut app, digits);
    assert_eq!(app.screen(), Screen::Review);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Results);
    app
}

/// Snapshots the app at 80x24 as `NAME` and returns what is on screen,
/// checking what every screen must hold: no bidi isolation marks, and no
/// English key words left in the key bar.
fn snap(app: &App, name: &str) -> String {
    let shown = snap_at!(app, name, SMALL);
    assert!(!shown.contains(['\u{2068}', '\u{2069}']), "{shown}");
    shown
}

#[test]
fn welcome() {
    let shown = snap(&app(), "welcome");
    assert_all(
        std::slice::from_ref(&shown),
        &[
            "Bienvenida",
            "32 preguntas, unos 6 minutos",
            "Presione Enter para empezar.",
            "Cómo responder",
            "empezar",
            "teclas",
            // The way back to English, in English.
            "in English",
        ],
    );
    for words in [
        "Es para explorar: no es un examen ni una herramienta para contratar.",
        "Responda según si le gustaría el trabajo, no según si ya sabe hacerlo o cuánto paga.",
    ] {
        assert!(shows_words(&shown, words), "{words:?} is cut:\n{shown}");
    }
    // Longer in Spanish: the rest is a scroll away, whole.
    assert!(shown.contains("↓ hay más: PgDn"), "{shown}");
    let mut app = app();
    press(&mut app, KeyCode::PageDown);
    let below = shown_at(&app, SMALL);
    let words =
        "¿Usa un lector de pantalla o prefiere texto simple? Salga y escriba: careerfit --plain";
    assert!(shows_words(&below, words), "{words:?} is cut:\n{below}");
    assert_none(
        std::slice::from_ref(&shown),
        &["Press Enter", "How to answer", "start"],
    );
}

#[test]
fn the_language_key_switches_the_welcome_at_once_and_back() {
    let mut app = app();
    press(&mut app, KeyCode::Char('e'));
    assert_eq!(app.words.lang(), Lang::english());
    assert_eq!(app.screen(), Screen::Welcome);
    let english = shown_at(&app, SMALL);
    assert_all(
        std::slice::from_ref(&english),
        &["Press Enter to start.", "How to answer", "en español"],
    );
    assert!(!english.contains("Presione"), "{english}");
    press(&mut app, KeyCode::Char('e'));
    assert_eq!(app.words.lang().tag(), "es");
    assert!(shown_at(&app, SMALL).contains("Presione Enter para empezar."));
    // The quiz then goes on in the language chosen.
    press(&mut app, KeyCode::Enter);
    assert!(shown_at(&app, SMALL).contains("de 32"));
}

#[test]
fn the_language_key_is_offered_only_where_it_is_on() {
    // An app not told to offer it (tests, other shells) keeps e unused.
    let mut plain = App::new(content(), Theme::mono());
    press(&mut plain, KeyCode::Char('e'));
    assert_eq!(plain.words.lang(), Lang::english());
    // Past the welcome, e does nothing.
    let mut app = started();
    press(&mut app, KeyCode::Char('e'));
    assert_eq!(app.words.lang().tag(), "es");
}

#[test]
fn question() {
    let shown = snap(&started(), "question");
    assert_all(
        std::slice::from_ref(&shown),
        &[
            "1 de 32",
            "¿Cuánto le gustaría hacer esto?",
            "responder",
            "saltar",
        ],
    );
}

#[test]
fn question_with_an_answer_kept() {
    let mut app = started();
    typed(&mut app, "4");
    press(&mut app, KeyCode::Left);
    let shown = snap(&app, "question_answered");
    assert!(shown.contains("✓ su respuesta"), "{shown}");
}

#[test]
fn keys_help() {
    let mut app = started();
    press(&mut app, KeyCode::Char('?'));
    let shown = snap(&app, "keys_help");
    assert_all(
        std::slice::from_ref(&shown),
        &[
            "Teclas",
            "1 a 5",
            "responder de una vez y seguir",
            "Presione cualquier tecla para cerrar.",
        ],
    );
}

#[test]
fn leaving_asks_first() {
    let mut app = started();
    typed(&mut app, "3");
    press(&mut app, KeyCode::Char('q'));
    let shown = snap(&app, "confirm_leave");
    assert!(shown.contains("¿Salir del cuestionario?"), "{shown}");
    // Wrapped inside the box at word boundaries.
    assert_all(
        std::slice::from_ref(&shown),
        &[
            "│ Ha respondido 1 pregunta. Si sale ahora, sus ",
            "│ respuestas se pierden. ",
            "y salir   n seguir",
        ],
    );
}

#[test]
fn review() {
    let mut app = started();
    typed(&mut app, &HANDS_ON[..31]);
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(app.screen(), Screen::Review);
    let shown = snap(&app, "review");
    assert_all(
        std::slice::from_ref(&shown),
        &[
            "Repase sus respuestas",
            "Ver mis resultados →",
            "Saltada",
            "Saltadas: 1.",
        ],
    );
}

#[test]
fn results() {
    let app = results_for(HANDS_ON);
    let shown = snap(&app, "results");
    assert_all(
        std::slice::from_ref(&shown),
        &["Sus resultados", "Su mejor opción: Técnico de TI"],
    );
    assert!(
        shows_words(
            &shown,
            "La compatibilidad (de 0 a 100) dice qué tanto se parecen sus intereses al perfil de un puesto"
        ),
        "{shown}"
    );
}

#[test]
fn role() {
    let mut app = results_for(HANDS_ON);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Role);
    let shown = snap(&app, "role");
    assert_all(
        std::slice::from_ref(&shown),
        &[
            "Resumen",
            "de compatibilidad",
            "sección",
            "Dónde trabajaría",
            "Ocupaciones oficiales",
        ],
    );
    press(&mut app, KeyCode::Char('7'));
    let path = snap(&app, "role_path");
    assert!(path.contains("usted empieza aquí"), "{path}");
}

#[test]
fn compare() {
    let mut app = results_for(HANDS_ON);
    press(&mut app, KeyCode::Char('c'));
    assert_eq!(app.screen(), Screen::Compare);
    let shown = snap(&app, "compare");
    assert_all(
        std::slice::from_ref(&shown),
        &[
            "Comparar los puestos",
            "Cómo se entra",
            "Estudios",
            "Por lo general después de 5 años o más en TI",
        ],
    );
}

#[test]
fn retake_asks_first() {
    let mut app = results_for(HANDS_ON);
    press(&mut app, KeyCode::Char('r'));
    let shown = snap(&app, "confirm_retake");
    assert!(shown.contains("¿Empezar de nuevo?"), "{shown}");
    assert_all(
        std::slice::from_ref(&shown),
        &[
            "│ se está guardando nada, así que este resultado se ",
            "│ perderá. ",
            "n quedarme con mis resultados",
        ],
    );
}

#[test]
fn resume_offer() {
    let mut unfinished = started();
    typed(&mut unfinished, "44");
    let mut offered = app();
    offered.offer = Some(careerfit::store::progress::Unfinished {
        session: unfinished.session.clone(),
        saved_at: "2026-12-02T05:00:00Z".to_string(),
        answered: 2,
        dropped: 1,
        quiz_changed: true,
    });
    assert_eq!(offered.screen(), Screen::Resume);
    let shown = snap(&offered, "resume");
    assert_all(
        std::slice::from_ref(&shown),
        &[
            "Bienvenido de nuevo",
            "seguir donde se quedó",
            "empezar de nuevo",
        ],
    );
    for words in [
        "Tiene un cuestionario sin terminar del 2 de diciembre de 2026, 05:00 UTC: 2 de 32 preguntas respondidas.",
        "El cuestionario cambió desde entonces. 1 respuesta ya no coincide con el cuestionario",
    ] {
        assert!(shows_words(&shown, words), "{words:?}:\n{shown}");
    }
}

#[test]
fn kiosk_nickname() {
    let mut app = app();
    app.kiosk = Some(careerfit::tui::kiosk::Kiosk::new(
        "clase".to_string(),
        std::path::PathBuf::from("unused.jsonl"),
        true,
        None,
    ));
    assert_eq!(app.screen(), Screen::Name);
    let shown = snap(&app, "kiosk_name");
    assert_all(
        std::slice::from_ref(&shown),
        &["Taller: clase", "0 listos", "Apodo:", "continuar"],
    );
    assert!(
        shows_words(
            &shown,
            "¡Bienvenido! Escriba un apodo para que el facilitador encuentre su resultado"
        ),
        "{shown}"
    );
}

/// The real binary in a terminal with a Spanish locale: Spanish from the
/// welcome on, `e` switches to English and back at once, and the goodbye
/// after the terminal is given back is in Spanish too.
#[test]
fn the_real_binary_in_a_spanish_locale() {
    use common::pty::{Pty, TIMEOUT};
    let home = tempfile::tempdir().expect("a home folder");
    let mut pty = Pty::start_with(home.path(), &[], &[("LANG", "es_US.UTF-8")]);
    pty.wait_for("Presione Enter para empezar.", TIMEOUT);
    pty.wait_for("in English", TIMEOUT);
    pty.send(b"e");
    pty.wait_for("Press Enter to start.", TIMEOUT);
    pty.send(b"e");
    pty.wait_for("Presione Enter para empezar.", TIMEOUT);
    pty.send(b"\r");
    pty.wait_for("1 de 32", TIMEOUT);
    pty.send(b"4");
    pty.wait_for("2 de 32", TIMEOUT);
    pty.send(b"q");
    pty.exits_with(0);
    let after = pty.main_screen_with_scrollback();
    assert!(after.contains("Sus respuestas están guardadas."), "{after}");
    assert!(!pty.raw().contains(['\u{2068}', '\u{2069}']));
}

#[test]
fn the_career_path_keeps_you_start_here_whole_at_the_narrowest_size() {
    let mut app = results_for(HANDS_ON);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('7'));
    let wide = shown_at(&app, SMALL);
    assert!(wide.contains("│  ← usted empieza aquí"), "{wide}");
    // At the narrowest screen the box narrows (its steps wrap inside it)
    // so the words still fit beside it, whole, and no box line is broken.
    let narrow = shown_at(&app, common::screen::MIN);
    assert!(narrow.contains("│  ← usted empieza aquí"), "{narrow}");
    for line in narrow.lines().filter(|l| l.contains('│')) {
        assert_eq!(line.matches('│').count(), 2, "{narrow}");
    }
}

#[test]
fn a_number_too_big_and_no_answer_at_all_are_said_in_spanish() {
    let mut app = started();
    press(&mut app, KeyCode::Char('9'));
    let shown = shown_at(&app, SMALL);
    assert!(shown.contains("Presione un número del 1 al 5."), "{shown}");
    // Every question skipped: there is no result, and it says why.
    let mut app = started();
    typed(&mut app, &"s".repeat(32));
    assert_eq!(app.screen(), Screen::Review);
    press(&mut app, KeyCode::Enter);
    let shown = shown_at(&app, SMALL);
    assert!(shown.contains("Responda al menos una pregunta"), "{shown}");
}
