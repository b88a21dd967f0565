//! What the Spanish review changed that a reader relies on: a Spanish
//! reader who shows little interest in IT is sent to the Spanish Interest
//! Profiler (Mi Próximo Paso), by its Spanish name and its Spanish address,
//! in the result and in the take-home report; an English reader still gets
//! My Next Move.

mod common;

use careerfit::content::{Content, QuestionKind};

use common::cmd::Home;

/// An answers file for the shipped quiz that shows little interest in
/// everything: every likert question answered 1 ("Strongly dislike"), the
/// choice questions skipped (24 of 32 answered, so not incomplete).
fn little_interest() -> String {
    let quiz = Content::built_in()
        .expect("the built-in content loads")
        .quiz;
    let mut text = String::from("[answers]\n");
    for question in &quiz.questions {
        if matches!(question.kind, QuestionKind::Likert { .. }) {
            text.push_str(&format!("{} = 1\n", question.id));
        }
    }
    text
}

/// `careerfit --lang LANG score --answers FILE --format FORMAT`, its
/// output with every run of spaces and line breaks made one space.
fn scored(lang: &str, format: &str) -> String {
    let home = Home::new();
    let answers = home.write("answers.toml", &little_interest());
    let args = [
        "--lang",
        lang,
        "score",
        "--answers",
        &answers,
        "--format",
        format,
    ];
    let out = home.run(&args).succeeded(&args);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_spanish_reader_with_little_interest_is_sent_to_the_spanish_interest_profiler() {
    let text = scored("es", "text");
    for words in [
        "Poco interés en estos tipos de trabajo de TI",
        "el Perfil de Intereses de O*NET en Mi Próximo Paso (https://www.miproximopaso.org/explore/ip).",
    ] {
        assert!(text.contains(words), "{words:?} missing:\n{text}");
    }
    assert!(!text.contains("mynextmove.org/explore/ip"), "{text}");

    let report = scored("es", "markdown");
    assert!(
        report.contains("https://www.miproximopaso.org/explore/ip"),
        "{report}"
    );
    assert!(!report.contains("mynextmove.org/explore/ip"), "{report}");
}

#[test]
fn an_english_reader_with_little_interest_still_gets_my_next_move() {
    let text = scored("en", "text");
    assert!(
        text.contains(
            "the O*NET Interest Profiler at My Next Move (https://www.mynextmove.org/explore/ip)"
        ),
        "{text}"
    );
    assert!(!text.contains("miproximopaso"), "{text}");
}
