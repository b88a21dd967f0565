//! Issue 13: the Spanish texts speak to the reader one way, as "usted"
//! (as US government Spanish does), never mixing in "tú". Every Spanish
//! catalogue and content overlay that ships is read line by line, and the
//! question screen the lead saw mixing the two is drawn at 80x24. And they
//! use one word for one thing: a role is always a "puesto", pay a "sueldo",
//! the dashboard a "tablero", a warning an "aviso".

mod common;

use std::fs;
use std::path::Path;

use careerfit::content::Content;
use careerfit::lang::{Lang, Words};
use careerfit::tui::app::{App, Screen};
use careerfit::tui::theme::Theme;
use crossterm::event::KeyCode;

use common::app::{press, shown_at, typed};
use common::screen::{SMALL, shows_words};

/// Words that only the "tú" form uses (case matters: "TI" is the Spanish
/// for IT, "ti" is "you").
const TU_WORDS: &[&str] = &[
    "tú", "Tú", "tu", "Tu", "tus", "Tus", "te", "Te", "ti", "contigo", "Contigo", "tuyo", "tuya",
    "tuyos", "tuyas",
];

/// Verbs in the "tú" form seen in earlier Spanish drafts, and others like
/// them (not "elige" or "vuelve": those are also "he" or "she" forms).
const TU_VERBS: &[&str] = &[
    "preferirías",
    "gustarías",
    "puedes",
    "tienes",
    "sabes",
    "quieres",
    "eres",
    "estás",
    "estés",
    "necesitas",
    "trabajas",
    "pasas",
    "diriges",
    "conoces",
    "manejas",
    "debes",
    "vas",
    "llegues",
    "planees",
    "resolviste",
    "haz",
    "pon",
    "usas",
    "buscas",
    "quieras",
    "puedas",
    "tengas",
    "seas",
];

/// Infinitives ending in "-te" that are nouns or other persons' verbs,
/// not "tú" (parte, suerte, comparte...).
const NOT_ENCLITIC: &[&str] = &[
    "parte", "aparte", "comparte", "reparte", "suerte", "fuerte", "muerte", "inerte", "arte",
];

/// The "tú" forms in one line of Spanish text: a word of the lists above,
/// or an infinitive carrying "te" ("Sentarte", "ayudarte").
fn tu_forms(line: &str) -> Vec<String> {
    line.split(|c: char| !c.is_alphabetic())
        .filter(|word| !word.is_empty())
        .filter(|word| {
            let lower = word.to_lowercase();
            let enclitic = ["arte", "erte", "irte"]
                .iter()
                .any(|end| lower.ends_with(end))
                && !NOT_ENCLITIC.contains(&lower.as_str());
            TU_WORDS.contains(word) || TU_VERBS.contains(&lower.as_str()) || enclitic
        })
        .map(str::to_string)
        .collect()
}

/// Every Spanish file that ships: the catalogues, the quiz overlay and the
/// role overlays.
fn spanish_files() -> Vec<String> {
    let mut files = vec!["quizzes/it-career.es.toml".to_string()];
    for (folder, end) in [("locales/es", ".ftl"), ("data/roles", ".es.toml")] {
        let mut found: Vec<String> =
            fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(folder))
                .unwrap()
                .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|name| name.ends_with(end))
                .map(|name| format!("{folder}/{name}"))
                .collect();
        found.sort();
        files.extend(found);
    }
    files
}

#[test]
fn every_spanish_text_addresses_the_reader_as_usted() {
    let files = spanish_files();
    assert!(files.len() >= 10, "{files:?}");
    let mut found = Vec::new();
    for file in &files {
        let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            let forms = tu_forms(line);
            if !forms.is_empty() {
                found.push(format!("{file}:{}: {forms:?}: {line}", n + 1));
            }
        }
    }
    assert!(found.is_empty(), "\"tú\" forms:\n{}", found.join("\n"));
}

#[test]
fn the_check_itself_finds_the_tu_forms_it_looks_for() {
    assert_eq!(
        tu_forms("¿Qué trabajo de informática (IT) va contigo?"),
        ["contigo"]
    );
    assert_eq!(tu_forms("Sentarte con ella y enseñarle"), ["Sentarte"]);
    assert_eq!(tu_forms("Pasas más tiempo con tu equipo"), ["Pasas", "tu"]);
    assert!(tu_forms("Gerente de TI: una parte del equipo, con suerte").is_empty());
    assert!(tu_forms("¿Qué parte preferiría hacer usted? Presione Enter.").is_empty());
}

/// The question the lead saw asking with "le gustaría" above an option
/// saying "Sentarte": now both speak as "usted".
#[test]
fn a_choice_question_and_its_options_speak_as_usted() {
    let spanish = Content::load_in(None, None, "es").expect("the Spanish content loads");
    let mut app = App::new(spanish, Theme::mono())
        .speaking(Words::new(Lang::find("es").expect("Spanish ships")));
    press(&mut app, KeyCode::Enter);
    typed(&mut app, "1111111");
    assert_eq!(app.screen(), Screen::Question(7));
    let shown = shown_at(&app, SMALL);
    for words in [
        "Una persona nueva empieza a trabajar el lunes. ¿Qué parte preferiría hacer usted?",
        "Sentarse con ella y enseñarle a entrar a su cuenta (log in)",
    ] {
        assert!(shows_words(&shown, words), "{words:?} missing:\n{shown}");
    }
    assert!(tu_forms(&shown).is_empty(), "{shown}");
}

/// Words a reader could trip on because the rest of careerfit says the same
/// thing another way, each with the word careerfit uses.
const ONE_WORD: &[(&str, &str)] = &[
    ("rol", "puesto"),
    ("roles", "puestos"),
    ("pago", "sueldo"),
    ("salario", "sueldo"),
    // The group's results on a screen, and a warning line: the dashboard
    // and `careerfit report` say "tablero", stderr says "aviso:".
    ("panel", "tablero"),
    ("advertencia", "aviso"),
];

/// The words of one line of Spanish text that ONE_WORD replaces; a
/// message id or TOML key before " = ", a typed command (`careerfit
/// roles`), a flag (`--roles`), a value's name (`{ $roles }`) and
/// anything quoted in backticks are left alone.
fn other_words(line: &str) -> Vec<String> {
    let text = match line.split_once(" = ") {
        Some((key, text))
            if key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c)) =>
        {
            text
        }
        _ => line,
    };
    let line = text.replace("careerfit roles", "careerfit");
    let mut quoted = false;
    let kept: Vec<&str> = line
        .split_whitespace()
        .filter(|token| {
            let inside = quoted || token.starts_with('`');
            if token.matches('`').count() % 2 == 1 {
                quoted = !quoted;
            }
            !(inside || token.starts_with('$') || token.starts_with("--"))
        })
        .collect();
    kept.join(" ")
        .split(|c: char| !c.is_alphabetic())
        .filter(|word| {
            ONE_WORD
                .iter()
                .any(|(other, _)| word.to_lowercase() == *other)
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn every_spanish_text_uses_one_word_for_a_role_and_for_pay() {
    let mut found = Vec::new();
    for file in &spanish_files() {
        let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            for word in other_words(line) {
                let (_, instead) = ONE_WORD
                    .iter()
                    .find(|(other, _)| word.to_lowercase() == *other)
                    .unwrap();
                found.push(format!(
                    "{file}:{}: {word:?} (say {instead:?}): {line}",
                    n + 1
                ));
            }
        }
    }
    assert!(found.is_empty(), "other words:\n{}", found.join("\n"));
    assert_eq!(
        other_words(
            "more-roles = este rol; Vea uno con: careerfit roles <id>; su pago; \
             { $roles } --roles `roles` roles"
        ),
        ["rol", "pago", "roles"]
    );
}
