//! The workshop kiosk and its results file: three participants in a row,
//! nothing of one visible to the next, only the facilitator's PIN ends it;
//! concurrent appends from two processes never interleave.

use std::path::Path;
use std::process::Command;

use careerfit::content::{AnswerSheet, Content};
use careerfit::scoring::score;
use careerfit::store::Store;
use careerfit::tui::app::{App, Exit, Screen};
use careerfit::tui::autosave::Autosave;
use careerfit::tui::kiosk::Kiosk;
use careerfit::tui::theme::Theme;
use careerfit::workshop::record::{self, Record};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Presses keys as the terminal shell would: the app, then the saving.
struct Kiosked {
    app: App,
    store: Store,
}

impl Kiosked {
    fn new(results: &Path, pin: Option<&str>) -> Kiosked {
        let mut app = App::new(Content::built_in().unwrap(), Theme::mono());
        app.kiosk = Some(Kiosk::new(
            "tuesday".into(),
            results.to_path_buf(),
            true,
            pin.map(String::from),
        ));
        Kiosked {
            app,
            store: Store::nowhere(),
        }
    }

    fn key(&mut self, code: KeyCode, modifiers: KeyModifiers) {
        let mut autosave = Autosave::new(&self.store, &mut self.app);
        let before = self.app.session.clone();
        self.app.handle_key(KeyEvent::new(code, modifiers));
        autosave.after_key(&mut self.app, &before, false);
    }

    fn press(&mut self, code: KeyCode) {
        self.key(code, KeyModifiers::NONE);
    }

    fn typed(&mut self, text: &str) {
        for c in text.chars() {
            self.press(KeyCode::Char(c));
        }
    }

    /// One participant: nickname, every question answered `digit`, results.
    fn participant(&mut self, name: &str, digit: char) {
        assert_eq!(self.app.screen(), Screen::Name);
        self.typed(name);
        self.press(KeyCode::Enter);
        self.press(KeyCode::Enter);
        for _ in 0..self.app.content.quiz.questions.len() {
            // A choice question has fewer options than the scale.
            let (_, question) = self.app.question().unwrap();
            let count = question.answer_count() as u32;
            let d = digit.to_digit(10).unwrap().min(count);
            self.press(KeyCode::Char(char::from_digit(d, 10).unwrap()));
        }
        self.press(KeyCode::Enter);
        assert_eq!(self.app.screen(), Screen::Results);
    }

    fn screen_text(&self) -> String {
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        terminal
            .draw(|f| careerfit::tui::screens::draw(&self.app, f))
            .unwrap();
        let buffer = terminal.backend().buffer();
        buffer.content().iter().map(|c| c.symbol()).collect()
    }
}

#[test]
fn three_participants_three_records_and_only_the_pin_ends_it() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("tuesday.jsonl");
    let mut kiosk = Kiosked::new(&results, Some("2468"));

    kiosk.participant("Sam", '1');
    // q, Esc and Ctrl-C on the results do not end the kiosk.
    kiosk.press(KeyCode::Char('q'));
    kiosk.press(KeyCode::Esc);
    kiosk.key(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(kiosk.app.exit, None);
    assert_eq!(kiosk.app.overlay, None);
    assert_eq!(kiosk.app.screen(), Screen::Results);
    assert!(kiosk.screen_text().contains("n done: next person"));
    kiosk.press(KeyCode::Char('n'));

    // Nothing of Sam is left: not on screen, not in memory.
    assert_eq!(kiosk.app.screen(), Screen::Name);
    assert_eq!(kiosk.app.session.answers().answered(), 0);
    assert!(kiosk.app.outcome.is_none());
    let shown = kiosk.screen_text();
    assert!(!shown.contains("Sam"), "{shown}");
    assert!(!shown.contains("Your results"), "{shown}");
    assert!(shown.contains("1 done"), "{shown}");

    kiosk.participant("Alex", '5');
    kiosk.press(KeyCode::Char('n'));
    kiosk.participant("", '3');
    kiosk.press(KeyCode::Char('n'));
    assert!(kiosk.screen_text().contains("3 done"));

    // q on the nickname screen is a letter; Esc asks for the PIN.
    kiosk.press(KeyCode::Esc);
    kiosk.typed("1111");
    kiosk.press(KeyCode::Enter);
    assert_eq!(kiosk.app.exit, None, "a wrong PIN must not end it");
    kiosk.typed("2468");
    kiosk.press(KeyCode::Enter);
    assert_eq!(kiosk.app.exit, Some(Exit::Quit));

    let read = record::read(&results).unwrap();
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    let labels: Vec<Option<&str>> = read.records.iter().map(|r| r.label.as_deref()).collect();
    assert_eq!(labels, vec![Some("Sam"), Some("Alex"), None]);
    assert!(
        read.records
            .iter()
            .all(|r| r.session == "tuesday" && r.answered == 32)
    );
}

#[test]
fn giving_up_mid_quiz_hands_over_without_a_record() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("r.jsonl");
    let mut kiosk = Kiosked::new(&results, None);
    kiosk.typed("Kim");
    kiosk.press(KeyCode::Enter);
    kiosk.press(KeyCode::Enter);
    kiosk.typed("123");
    kiosk.press(KeyCode::Char('q'));
    kiosk.press(KeyCode::Char('y'));
    assert_eq!(kiosk.app.exit, None);
    assert_eq!(kiosk.app.screen(), Screen::Name);
    assert_eq!(kiosk.app.session.answers().answered(), 0);
    assert!(!results.exists() || record::read(&results).unwrap().records.is_empty());
    // Without a PIN the facilitator ends it with y.
    kiosk.press(KeyCode::Esc);
    kiosk.press(KeyCode::Char('y'));
    assert_eq!(kiosk.app.exit, Some(Exit::Quit));
}

#[test]
fn an_unwritable_results_file_keeps_the_participant_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    // A folder where the file should be: appending fails (even as root).
    let results = dir.path().join("taken");
    std::fs::create_dir(&results).unwrap();
    let mut kiosk = Kiosked::new(&results, None);
    kiosk.participant("Lee", '4');
    kiosk.press(KeyCode::Char('n'));
    assert_eq!(
        kiosk.app.screen(),
        Screen::Results,
        "not cleared: the result is not saved"
    );
    assert!(
        kiosk
            .app
            .warning
            .as_deref()
            .unwrap_or("")
            .contains("could not be saved")
    );
}

fn sample_record(n: usize) -> Record {
    let content = Content::built_in().unwrap();
    let quiz = &content.quiz;
    let answers = AnswerSheet::from_answers(
        quiz.questions
            .iter()
            .enumerate()
            .map(|(i, q)| {
                Some(match &q.kind {
                    careerfit::content::QuestionKind::Likert { .. } => {
                        careerfit::content::Answer::Likert(((i + n) % 5) as u8 + 1)
                    }
                    careerfit::content::QuestionKind::Choice { options } => {
                        careerfit::content::Answer::Choice((i + n) % options.len())
                    }
                })
            })
            .collect(),
    );
    let outcome = score(quiz, &content.roles, &answers).unwrap();
    // A long label makes each line bigger than a pipe's atomic write size.
    Record::new(
        quiz,
        "race",
        Some(format!("p{n}-{}", "x".repeat(30))),
        &answers,
        &outcome,
    )
}

/// Run as a child process by the concurrency test: appends 200 records.
#[test]
fn appender_child() {
    let Ok(path) = std::env::var("CAREERFIT_APPEND_TO") else {
        return;
    };
    let who: usize = std::env::var("CAREERFIT_APPENDER")
        .unwrap()
        .parse()
        .unwrap();
    for n in 0..200 {
        record::append(Path::new(&path), &[sample_record(who * 1000 + n)]).unwrap();
    }
}

#[test]
fn two_processes_appending_at_once_never_interleave() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("shared.jsonl");
    let exe = std::env::current_exe().unwrap();
    let children: Vec<_> = (1..=2)
        .map(|who| {
            Command::new(&exe)
                .args(["--exact", "appender_child", "--test-threads=1"])
                .env("CAREERFIT_APPEND_TO", &results)
                .env("CAREERFIT_APPENDER", who.to_string())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
    let read = record::read(&results).unwrap();
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    assert_eq!(read.records.len(), 400);
    for who in [1, 2] {
        let mine: Vec<&str> = read
            .records
            .iter()
            .filter_map(|r| r.label.as_deref())
            .filter(|l| l.starts_with(&format!("p{who}")))
            .collect();
        assert_eq!(mine.len(), 200, "every record of process {who} is intact");
    }
}

#[test]
fn a_torn_last_line_is_skipped_and_the_next_append_starts_clean() {
    let dir = tempfile::tempdir().unwrap();
    let results = dir.path().join("torn.jsonl");
    record::append(&results, &[sample_record(1), sample_record(2)]).unwrap();
    // A crash mid-write leaves half a line.
    let mut bytes = std::fs::read(&results).unwrap();
    let line = serde_json::to_vec(&sample_record(3)).unwrap();
    bytes.extend_from_slice(&line[..line.len() / 2]);
    std::fs::write(&results, &bytes).unwrap();

    let read = record::read(&results).unwrap();
    assert_eq!(read.records.len(), 2);
    assert_eq!(read.warnings.len(), 1);
    assert!(
        read.warnings[0].contains(":3:") && read.warnings[0].contains("unfinished"),
        "{:?}",
        read.warnings
    );

    record::append(&results, &[sample_record(4)]).unwrap();
    let read = record::read(&results).unwrap();
    assert_eq!(
        read.records.len(),
        3,
        "the new record is not swallowed by the torn line"
    );
}

#[test]
fn empty_files_and_other_versions_are_handled_plainly() {
    let empty = record::parse(b"", "empty.jsonl");
    assert!(empty.records.is_empty() && empty.warnings.is_empty());
    let mut other = serde_json::to_value(sample_record(1)).unwrap();
    other["version"] = serde_json::json!(99);
    let text = format!("{other}\n");
    let read = record::parse(text.as_bytes(), "old.jsonl");
    assert!(read.records.is_empty());
    assert!(read.warnings[0].contains("old.jsonl:1") && read.warnings[0].contains("version 99"));
}
