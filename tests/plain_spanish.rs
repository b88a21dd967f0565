//! Plain mode in Spanish, end to end: the real binary through pipes with
//! `--lang es` and with LANG=es_US.UTF-8 (and `--lang` winning over it),
//! an unknown `--lang` refused with the languages careerfit has, and the
//! language chosen at the first prompt by a person at a terminal (e).

mod common;

use careerfit::content::{Content, QuestionKind};
use careerfit::lang::{Lang, Words};
use careerfit::plain::{Plain, PlainEnding};

use common::cmd::{Home, store_of};
use common::plain::*;
use common::saved::content;

/// No invisible bidi isolation marks, and plain text only.
fn assert_clean(what: &str, text: &str) {
    assert!(!text.contains(['\u{2068}', '\u{2069}']), "{what}: {text}");
    assert_plain_text(what, text);
}

/// The whole quiz piped in Spanish: every question, prompt and result word
/// in Spanish, the quiz's own text as it is.
fn assert_spanish_run(out: &str, content: &Content) {
    let mut at = find_after(out, "32 preguntas, unos 6 minutos.", 0);
    at = find_after(out, "Para responder, escriba el número de su respuesta", at);
    for (n, question) in content.quiz.questions.iter().enumerate() {
        at = find_after(out, &format!("Pregunta {} de 32\n", n + 1), at);
        at = find_after(out, &format!("{}\n", question.text), at);
        let (prompt, answers) = match &question.kind {
            QuestionKind::Choice { options } => {
                ("Elija lo que más le gustaría hacer.", options.len())
            }
            QuestionKind::Likert { .. } => ("¿Cuánto le gustaría hacer esto?", 5),
        };
        at = find_after(out, prompt, at);
        at = find_after(
            out,
            &format!("Responda de 1 a {answers} (b volver, s saltar, ? ayuda, q salir):"),
            at,
        );
    }
    at = find_after(out, "Respondió 32 de 32 preguntas.", at);
    at = find_after(out, "Su mejor opción: Técnico de TI", at);
    at = find_after(out, "Qué tan compatible es cada puesto con usted:", at);
    at = find_after(out, "Sus intereses (0 = nada, 100 = mucho):", at);
    at = find_after(out, "Por qué Técnico de TI: sus propias respuestas", at);
    at = find_after(out, "Sobre Técnico de TI:", at);
    find_after(out, "Su resultado está guardado.", at);
    for english in [
        "Question 1 of",
        "How much would you like",
        "Your best fit",
        "You answered",
        "To answer, type",
    ] {
        assert!(
            !out.contains(english),
            "{english:?} left in English:\n{out}"
        );
    }
    // Piped in by a script: no language question to trip over.
    assert!(!out.contains("Type e for English"), "{out}");
    assert_clean("stdout", out);
}

/// The shipped quiz and roles in Spanish words (the overlays laid over).
fn spanish_content() -> Content {
    Content::load_in(None, None, "es").expect("the Spanish content loads")
}

#[test]
fn the_whole_quiz_piped_with_lang_es() {
    let content = content();
    let home = Home::new();
    let answers = hands_on_answers(&content);
    let run = fed(&home, &["--plain", "--lang", "es"], &lines(&answers));
    assert_eq!(run.code, Some(0), "{}", run.all());
    assert!(run.stderr.is_empty(), "{}", run.all());
    assert_spanish_run(&run.stdout, &spanish_content());
}

#[test]
fn the_whole_quiz_piped_with_a_spanish_locale() {
    let content = content();
    let home = Home::new();
    let answers = hands_on_answers(&content);
    let mut command = command(&home, &["--plain"]);
    command.env("LANG", "es_US.UTF-8");
    let run = run_command(command, &lines(&answers));
    assert_eq!(run.code, Some(0), "{}", run.all());
    assert_spanish_run(&run.stdout, &spanish_content());
}

#[test]
fn lang_wins_over_the_locale_and_c_is_english() {
    let content = content();
    let answers = lines(&hands_on_answers(&content));
    let mut command_ = command(&Home::new(), &["--plain", "--lang", "en"]);
    command_.env("LC_ALL", "es_US.UTF-8");
    let run = run_command(command_, &answers);
    assert!(run.stdout.contains("Question 1 of 32"), "{}", run.all());
    assert!(
        run.stdout.contains("Your best fit: IT Technician"),
        "{}",
        run.all()
    );

    let mut command_ = command(&Home::new(), &["--plain"]);
    command_.env("LC_ALL", "C").env("LANG", "es_US.UTF-8");
    let run = run_command(command_, &answers);
    assert!(run.stdout.contains("Question 1 of 32"), "{}", run.all());
}

#[test]
fn q_in_spanish_says_the_answers_are_saved_in_spanish() {
    let home = Home::new();
    let run = fed(&home, &["--plain", "--lang", "es"], "4\nq\n");
    assert_eq!(run.code, Some(0), "{}", run.all());
    assert!(
        run.stdout.contains("Sus respuestas están guardadas."),
        "{}",
        run.all()
    );
}

#[test]
fn an_unknown_language_is_refused_with_the_ones_careerfit_has() {
    let run = fed(&Home::new(), &["--plain", "--lang", "fr"], "");
    assert_eq!(run.code, Some(2), "{}", run.all());
    assert!(run.stderr.contains("`fr`"), "{}", run.stderr);
    assert!(run.stderr.contains("en (English)"), "{}", run.stderr);
    assert!(run.stderr.contains("es (español)"), "{}", run.stderr);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
}

/// Plain mode as a person at a terminal runs it, starting in English with
/// the language choice on; its output.
fn at_a_terminal(home: &Home, typed: &str) -> (String, PlainEnding) {
    let content = Content::built_in().unwrap();
    let store = store_of(home.path());
    let mut out = Vec::new();
    let ending = {
        let mut plain = Plain::new(&content, &store, typed.as_bytes(), &mut out);
        plain.interactive = true;
        plain.languages = true;
        plain.words = Words::new(Lang::english());
        plain.run().unwrap()
    };
    (String::from_utf8(out).unwrap(), ending)
}

#[test]
fn e_at_the_first_prompt_switches_to_spanish() {
    let (out, ending) = at_a_terminal(&Home::new(), "e\n4\nq\n");
    assert!(matches!(ending, PlainEnding::Quit { .. }), "{ending:?}");
    // Offered in Spanish's own words, on the English welcome.
    let offer = find_after(&out, "Escriba e para español.", 0);
    let english = find_after(&out, "Question 1 of 32", offer);
    let spanish = find_after(&out, "Pregunta 1 de 32", english);
    find_after(&out, "Pregunta 2 de 32", spanish);
    assert_clean("stdout", &out);
}
