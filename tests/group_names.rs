//! Role titles and interest-area names in a group's report and dashboard
//! (issue 13): a room of the built-in quiz reads them in the reader's
//! language, one title per role however each record was written (an
//! English kiosk, a Spanish seat); a custom quiz, or a counselor's own
//! role that reuses a built-in id, keeps the records' own words; CSV and
//! JSON stay as written, for scripts.

mod common;

use std::path::{Path, PathBuf};

use careerfit::content::Content;
use careerfit::lang::{Lang, Words};
use careerfit::workshop::group::Group;
use careerfit::workshop::record::{self, Record};

use common::cmd::Home;
use common::group::{dashboard_for, kiosk_a, scored_with, screen_text, write_records};
use common::plain::{count, fed, hands_on_answers, lines};

fn spanish() -> Lang {
    Lang::find("es").unwrap()
}

fn spanish_content() -> Content {
    Content::load_in(None, None, "es").unwrap()
}

/// A record of someone leaning hard to hands-on work, scored with
/// `content` and saying it was taken in `lang`.
fn hands_on(content: &Content, lang: Lang, time: &str, label: &str) -> Record {
    let digits = hands_on_answers(content).concat();
    scored_with(content, &digits, time, Some(label)).in_lang(lang)
}

/// A results file holding one participant of the English plain kiosk
/// (the real binary) and one Spanish record written with the Spanish
/// content, both leaning to hands-on work.
fn mixed_file(home: &Home) -> PathBuf {
    let file = home.path().join("mixed.jsonl");
    let kiosk = [
        "workshop",
        "--plain",
        "--lang",
        "en",
        "--session",
        "Lab A",
        "--results",
        file.to_str().unwrap(),
    ];
    let answers = lines(&hands_on_answers(&Content::built_in().unwrap()));
    let run = fed(home, &kiosk, &format!("\n{answers}r\nn\nq\ny\n"));
    assert_eq!(run.code, Some(0), "{}", run.all());
    let es = hands_on(
        &spanish_content(),
        spanish(),
        "2026-11-25T10:00:00Z",
        "Rosa",
    );
    write_records(&file, &[es]);
    let read = record::read(&file).unwrap();
    let titles: Vec<&str> = read
        .records
        .iter()
        .map(|r| r.best().unwrap().title.as_str())
        .collect();
    // The file holds both words for the one role.
    assert_eq!(titles, ["IT Technician", "Técnico de TI"]);
    file
}

/// `careerfit report FILE ARGS...`, its standard output.
fn report(home: &Home, file: &Path, args: &[&str]) -> String {
    let mut all = vec!["report", file.to_str().unwrap()];
    all.extend_from_slice(args);
    let run = fed(home, &all, "");
    assert_eq!(run.code, Some(0), "{}", run.all());
    run.stdout
}

/// The line of `text` that starts (after spaces) with `start`, its words
/// one space apart.
fn line_of(text: &str, start: &str) -> String {
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with(start))
        .unwrap_or_else(|| panic!("no line starting {start:?}:\n{text}"));
    line.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_mixed_room_reads_each_role_once_in_spanish() {
    let home = Home::new();
    let file = mixed_file(&home);
    let text = report(&home, &file, &["--lang", "es"]);
    // One role, both participants counted under its Spanish title.
    assert_eq!(
        line_of(&text, "Técnico de TI "),
        "Técnico de TI 2 100%",
        "{text}"
    );
    assert!(!text.contains("IT Technician"), "{text}");
    // Every row of the table names it the same way.
    assert_eq!(count(&text, "Técnico de TI"), 3, "{text}");
    // The interest areas in Spanish too.
    for area in [
        "Equipos y piezas (hardware)",
        "Ayudar a la gente",
        "Sistemas técnicos",
        "Dirigir y planear",
    ] {
        assert_eq!(count(&text, area), 1, "{area:?}\n{text}");
    }
    for english in [
        "Hands-on hardware",
        "Helping people",
        "IT Support Specialist",
    ] {
        assert!(!text.contains(english), "{english:?} in English:\n{text}");
    }

    let markdown = report(&home, &file, &["--format", "markdown", "--lang", "es"]);
    assert!(
        markdown.contains("| Técnico de TI | 2 | 100% |"),
        "{markdown}"
    );
    assert!(
        markdown.contains("| Equipos y piezas (hardware) | 100 | 2 |"),
        "{markdown}"
    );
    assert_eq!(count(&markdown, "Técnico de TI"), 3, "{markdown}");
    assert!(!markdown.contains("IT Technician"), "{markdown}");
}

#[test]
fn a_mixed_room_reads_each_role_once_in_english() {
    let home = Home::new();
    let file = mixed_file(&home);
    for args in [&["--lang", "en"][..], &[]] {
        let text = report(&home, &file, args);
        assert_eq!(
            line_of(&text, "IT Technician "),
            "IT Technician 2 100%",
            "{text}"
        );
        assert_eq!(count(&text, "IT Technician"), 3, "{text}");
        assert!(text.contains("Hands-on hardware"), "{text}");
        for spanish in ["Técnico", "Equipos y piezas", "Informe del grupo"] {
            assert!(!text.contains(spanish), "{spanish:?} in Spanish:\n{text}");
        }
    }
    let markdown = report(&home, &file, &["--format", "markdown"]);
    assert!(
        markdown.contains("| IT Technician | 2 | 100% |"),
        "{markdown}"
    );
    assert!(!markdown.contains("Técnico"), "{markdown}");
}

#[test]
fn csv_and_json_keep_the_records_own_words_in_every_language() {
    let home = Home::new();
    let file = mixed_file(&home);
    for format in ["csv", "json"] {
        let english = report(&home, &file, &["--format", format, "--lang", "en"]);
        let spanish = report(&home, &file, &["--format", format, "--lang", "es"]);
        assert_eq!(english, spanish, "{format}");
        // Each participant's best title as their record wrote it.
        assert!(english.contains("IT Technician"), "{english}");
        assert!(english.contains("Técnico de TI"), "{english}");
    }
}

#[test]
fn a_custom_quiz_keeps_the_records_own_words() {
    let home = Home::new();
    let good = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/overlays/good");
    let custom = Content::load(Some(&good.join("quiz.toml")), Some(&good.join("roles"))).unwrap();
    let file = home.path().join("custom.jsonl");
    let digits = "1".repeat(custom.quiz.questions.len());
    let r = scored_with(&custom, &digits, "2026-11-25T10:00:00Z", Some("Sam"));
    let title = r.best().unwrap().title.clone();
    let area = r.dimensions[0].name.clone();
    write_records(&file, &[r]);
    for lang in ["es", "en"] {
        let text = report(&home, &file, &["--lang", lang]);
        assert_eq!(count(&text, &title), 2, "{title:?}\n{text}");
        assert!(text.contains(&area), "{area:?}\n{text}");
    }
}

#[test]
fn a_counselors_own_role_under_a_built_in_id_keeps_its_title() {
    // The built-in quiz (same scoring identity) with a counselor's roles:
    // "technician" retitled. It is not the built-in role: its title stays.
    let mut content = Content::built_in().unwrap();
    for role in &mut content.roles {
        if role.id == "technician" {
            role.title = "Bench Tech".to_string();
        }
    }
    let home = Home::new();
    let file = home.path().join("own-roles.jsonl");
    let digits = hands_on_answers(&content).concat();
    write_records(
        &file,
        &[scored_with(&content, &digits, "2026-11-25T10:00:00Z", None)],
    );
    let text = report(&home, &file, &["--lang", "es"]);
    assert_eq!(count(&text, "Bench Tech"), 2, "{text}");
    assert!(!text.contains("Técnico de TI"), "{text}");
    // The built-in roles beside it, and the areas, are the built-in ones.
    assert!(text.contains("Especialista de TI"), "{text}");
    assert!(text.contains("Equipos y piezas (hardware)"), "{text}");
}

/// A room of the built-in quiz: three at the English kiosk, two on
/// Spanish seats.
fn mixed_room() -> Group {
    let es = spanish_content();
    let mut records = kiosk_a();
    records.push(
        scored_with(
            &es,
            "33313331333133313332333233323334",
            "2026-11-25T10:07:00Z",
            Some("Kim"),
        )
        .in_lang(spanish()),
    );
    records.push(hands_on(&es, spanish(), "2026-11-25T10:12:00Z", "Rosa"));
    Group::summarise(records)
}

#[test]
fn the_dashboard_of_a_mixed_room_in_spanish_at_80x24() {
    let mut d = dashboard_for(mixed_room(), false);
    d.words = Words::new(spanish());
    let screen = screen_text(&d, (80, 24));
    insta::assert_snapshot!("dashboard_mixed_room_es_80x24", screen);
    for english in [
        "IT Technician",
        "IT Manager",
        "IT Specialist",
        "Hands-on hardware",
        "Leading and planning",
    ] {
        assert!(!screen.contains(english), "{english:?}:\n{screen}");
    }
    assert!(screen.contains("Técnico de TI"), "{screen}");

    // The same room in English: English titles, the Spanish records too.
    let english = screen_text(&dashboard_for(mixed_room(), false), (80, 24));
    assert!(english.contains("IT Technician"), "{english}");
    for spanish in ["Técnico de TI", "Gerente de TI", "Equipos y piezas"] {
        assert!(!english.contains(spanish), "{spanish:?}:\n{english}");
    }
}
