//! One participant's result in Spanish: the quiz's own texts (questions,
//! roles, dimension names) come from the Spanish overlays when Spanish is
//! chosen; JSON for scripts is byte-identical in both languages; `score`
//! text speaks Spanish; progress saved in one language resumes in the other
//! as the same quiz; `e` on the welcome switches the questions' words too.

mod common;

use careerfit::content::{Content, Languages, Origin, Sameness};
use careerfit::lang::{Lang, Words};
use careerfit::store::{Store, progress};
use careerfit::tui::app::{App, Screen};
use careerfit::tui::theme::Theme;
use crossterm::event::KeyCode;

use common::app::{press, shown_at};
use common::cmd::{Home, ok};
use common::saved::{content, session_after};
use common::screen::{SMALL, shows_words};

const ANSWERS: &str = "tests/fixtures/valid/it-career-answers.toml";

/// The content `origin` names, in every language, English loaded first.
fn languages(origin: Origin) -> std::sync::Arc<Languages> {
    std::sync::Arc::new(Languages::of(origin, Lang::english()).expect("the base loads"))
}

/// A copy of the quiz in `dir` whose Spanish translation names a question
/// the quiz does not have (quiz.es.toml, line 2).
fn broken_translation(dir: &std::path::Path) -> Origin {
    let quiz = dir.join("quiz.toml");
    std::fs::copy("quizzes/it-career.toml", &quiz).expect("copied");
    std::fs::write(
        dir.join("quiz.es.toml"),
        "title = \"Cuestionario\"\n[question.no-such-question]\ntext = \"x\"\n",
    )
    .expect("written");
    Origin {
        quiz: Some(quiz),
        roles: None,
    }
}

fn spanish() -> Lang {
    Lang::find("es").expect("Spanish ships")
}

fn spanish_content() -> Content {
    Content::load_in(None, None, "es").expect("the Spanish content loads")
}

#[test]
fn score_json_is_the_same_bytes_in_english_and_spanish() {
    let english = ok(&[
        "--lang",
        "en",
        "score",
        "--answers",
        ANSWERS,
        "--format",
        "json",
    ]);
    let spanish = ok(&[
        "--lang",
        "es",
        "score",
        "--answers",
        ANSWERS,
        "--format",
        "json",
    ]);
    assert_eq!(english, spanish);
    // The base file's words, whatever the language.
    assert!(english.contains("\"IT Technician\""), "{english}");
    // The same through the locale variables.
    let home = Home::new();
    let by_locale = common::cmd::Run::of(
        home.command(&["score", "--answers", ANSWERS, "--format", "json"])
            .env("LANG", "es_US.UTF-8"),
    );
    assert_eq!(by_locale.stdout, english);
}

#[test]
fn score_text_speaks_spanish() {
    let shown = ok(&["--lang", "es", "score", "--answers", ANSWERS]);
    let es = spanish_content();
    // The quiz's title, the role and dimension names from the overlays.
    assert!(shown.contains(&es.quiz.title), "{shown}");
    let technician = es.role("technician").expect("the technician role");
    assert!(shown.contains(&technician.title), "{shown}");
    assert!(shown.contains(&es.quiz.dimensions[0].name), "{shown}");
    // The summary's words from the Spanish catalogue.
    let words = Words::new(spanish());
    assert!(
        shown.contains(&words.get("summary-fits-heading")),
        "{shown}"
    );
    for english in [
        "IT Technician",
        "How each role fits you",
        "Your interests",
        "You answered",
        "Your best fit",
    ] {
        assert!(!shown.contains(english), "{english} in:\n{shown}");
    }
    // English stays English.
    let english = ok(&["--lang", "en", "score", "--answers", ANSWERS]);
    assert!(
        english.contains("Your best fit: IT Technician"),
        "{english}"
    );
}

#[test]
fn a_translation_has_the_base_quiz_text_hash() {
    let en = content().quiz;
    let es = spanish_content().quiz;
    assert_ne!(en.questions[0].text, es.questions[0].text);
    assert_eq!(es.fingerprint(), en.fingerprint());
    assert_eq!(es.text_hash(), en.text_hash());
    assert_eq!(
        es.compare_saved(&en.fingerprint(), Some(&en.text_hash())),
        Sameness::Same
    );
}

#[test]
fn progress_saved_in_english_resumes_in_spanish_as_the_same_quiz() {
    let dir = tempfile::tempdir().expect("a folder");
    let store = Store::in_folder(dir.path());
    let en = content().quiz;
    progress::save(&store, &en, &session_after(&en, "5123")).expect("saved");

    let es = spanish_content();
    let found = progress::load(&store, &es.quiz)
        .expect("read")
        .expect("the unfinished quiz is found in Spanish");
    assert_eq!(found.answered, 4);
    assert_eq!(found.dropped, 0);
    assert!(!found.quiz_changed);

    // The offer to resume, in Spanish, says nothing of a changed quiz, and
    // the question it goes on with is in Spanish.
    let mut app = App::new(es.clone(), Theme::mono()).speaking(Words::new(spanish()));
    app.offer = Some(found);
    let offer = shown_at(&app, SMALL);
    let changed = Words::new(spanish()).args("resume-changed", &[("dropped", "".into())]);
    assert!(!offer.contains(changed.trim()), "{offer}");
    press(&mut app, KeyCode::Char('y'));
    assert_eq!(app.screen(), Screen::Question(4));
    let shown = shown_at(&app, SMALL);
    assert!(shows_words(&shown, &es.quiz.questions[4].text), "{shown}");
}

#[test]
fn e_on_the_welcome_switches_the_questions_words() {
    let mut app = App::new(content(), Theme::mono())
        .speaking(Words::english())
        .switching_among(languages(Origin::default()));
    press(&mut app, KeyCode::Char('e'));
    assert_eq!(app.words.lang(), spanish());
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Question(0));
    let es = spanish_content();
    let shown = shown_at(&app, SMALL);
    assert!(shows_words(&shown, &es.quiz.questions[0].text), "{shown}");
    assert!(
        !shown.contains(&content().quiz.questions[0].text),
        "{shown}"
    );

    // And back: English words and English questions.
    let mut app = App::new(es, Theme::mono())
        .speaking(Words::new(spanish()))
        .switching_among(languages(Origin::default()));
    press(&mut app, KeyCode::Char('e'));
    press(&mut app, KeyCode::Enter);
    let shown = shown_at(&app, SMALL);
    assert!(
        shows_words(&shown, &content().quiz.questions[0].text),
        "{shown}"
    );
}

#[test]
fn a_broken_translation_keeps_the_texts_and_says_why() {
    let dir = tempfile::tempdir().expect("a folder");
    let origin = broken_translation(dir.path());
    let base = origin.load().expect("the base loads");
    let mut app = App::new(base.clone(), Theme::mono())
        .speaking(Words::english())
        .switching_among(languages(origin));
    press(&mut app, KeyCode::Char('e'));
    assert_eq!(
        app.content.quiz.questions[0].text,
        base.quiz.questions[0].text
    );
    let notice = app.notice.clone().expect("a notice");
    assert!(notice.contains("quiz.es.toml"), "{notice}");
    assert!(notice.contains("no-such-question"), "{notice}");
}

#[test]
fn e_in_plain_mode_switches_the_questions_words() {
    let en = content();
    let es = spanish_content();
    let both = Languages::of(Origin::default(), Lang::english()).expect("loads");
    let store = Store::nowhere();
    let mut out = Vec::new();
    {
        let mut plain = careerfit::plain::Plain::new(&en, &store, &b"e\n5\n"[..], &mut out);
        plain.interactive = true;
        plain.languages = true;
        plain.translations = Some(&both);
        plain.run().expect("the run");
    }
    let out = String::from_utf8(out).expect("UTF-8");
    let english = out
        .find(&en.quiz.questions[0].text)
        .expect("the first question in English");
    let spanish = out[english..]
        .find(&es.quiz.questions[0].text)
        .expect("then in Spanish");
    // The next question is asked in Spanish too.
    assert!(
        out[english + spanish..].contains(&es.quiz.questions[1].text),
        "{out}"
    );
}

#[test]
fn a_translation_that_cannot_be_loaded_in_plain_mode_says_why() {
    let dir = tempfile::tempdir().expect("a folder");
    let origin = broken_translation(dir.path());
    let broken = Languages::of(origin, Lang::english()).expect("the base loads");
    let en = content();
    let store = Store::nowhere();
    let mut out = Vec::new();
    {
        let mut plain = careerfit::plain::Plain::new(&en, &store, &b"e\n"[..], &mut out);
        plain.interactive = true;
        plain.languages = true;
        plain.translations = Some(&broken);
        plain.run().expect("the run");
    }
    let out = String::from_utf8(out).expect("UTF-8");
    // Said in the language switched to, naming the file and the id.
    assert!(out.contains("quiz.es.toml:2"), "{out}");
    assert!(out.contains("no-such-question"), "{out}");
    // The question stays in the words it had.
    let first = out.find(&en.quiz.questions[0].text).expect("asked");
    assert!(
        out[first + 1..].contains(&en.quiz.questions[0].text),
        "{out}"
    );
}

#[test]
fn a_result_taken_in_english_reopens_in_spanish_words() {
    let dir = tempfile::tempdir().expect("a folder");
    let store = Store::in_folder(dir.path());
    careerfit::store::history::save(&store, &common::saved::result(common::app::HANDS_ON), None)
        .expect("saved");
    let (results, _) = careerfit::store::history::list(&store);
    let es = spanish_content();
    let mut app =
        careerfit::start::reopened_app(es.clone(), Theme::mono(), &results, 1).expect("reopened");
    app.words = Words::new(spanish());
    assert_eq!(app.screen(), Screen::Results);
    assert_eq!(app.warning, None, "a translation is the same quiz");
    let outcome = app.outcome.as_ref().expect("the result");
    let technician = es.role("technician").expect("the role");
    assert_eq!(outcome.ranking[0].title, technician.title);
    assert_eq!(outcome.dimensions[0].name, es.quiz.dimensions[0].name);
    // The person's own answers, in Spanish words; every number as saved.
    assert!(
        outcome
            .reasons
            .iter()
            .all(|r| es.quiz.questions.iter().any(|q| q.text == r.text)),
        "{:?}",
        outcome.reasons
    );
    assert_eq!(outcome.ranking[0].fit, results[0].1.outcome.ranking[0].fit);
    let shown = shown_at(&app, SMALL);
    assert!(shown.contains(&technician.title), "{shown}");
    assert!(!shown.contains("IT Technician"), "{shown}");
}
